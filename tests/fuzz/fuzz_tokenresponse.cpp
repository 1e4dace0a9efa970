// Token endpoint answers: success and error bodies under any status and Content-Type.
#include "FuzzSupport.h"
#include "auth/TokenResponse.h"

using namespace authdeck;

FUZZ_INIT()

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size < 2)
        return 0;
    static constexpr int statuses[] = {200, 201, 400, 401, 403, 404, 429, 500, 502, 503, 504, 302};
    static const QByteArray types[] = {"application/json", "application/json; charset=utf-8",
                                       "text/plain",       "application/x-www-form-urlencoded",
                                       "text/html",        ""};
    const int status = statuses[data[0] % std::size(statuses)];
    const QByteArray& type = types[data[1] % std::size(types)];
    const QByteArray body = fuzz::bytes(data + 2, size - 2);

    const auto parsed = TokenResponseParser::parse(status, type, body, QStringLiteral("fuzz.test"));
    if (parsed.ok()) {
        // Only a success status carries tokens, and a token response always has both.
        FUZZ_CHECK(status >= 200 && status < 300);
        FUZZ_CHECK(!parsed.value().accessToken.isEmpty());
        FUZZ_CHECK(!parsed.value().tokenType.isEmpty());
        // The secrets never stay in the non-secret members.
        FUZZ_CHECK(!parsed.value().extra.contains(QLatin1String("access_token")));
        FUZZ_CHECK(!parsed.value().extra.contains(QLatin1String("refresh_token")));
    } else {
        FUZZ_CHECK(!parsed.error().message.isEmpty());
    }
    if (const auto error = TokenResponseParser::parseError(body)) {
        const Error classified =
            TokenResponseParser::classify(*error, status, QStringLiteral("fuzz.test"));
        FUZZ_CHECK(!classified.message.isEmpty());
    }
    return 0;
}
