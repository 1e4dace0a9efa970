// The loopback listener's request parser: whatever another local process sends. The same bytes
// fed whole or in arbitrary pieces give the same verdict and the same request.
#include "FuzzSupport.h"
#include "net/HttpRequestParser.h"

using namespace authdeck;

FUZZ_INIT()

namespace {

bool sameRequest(const HttpServerRequest& a, const HttpServerRequest& b)
{
    return a.method == b.method && a.target == b.target && a.version == b.version
           && a.path == b.path && a.query.items() == b.query.items() && a.headers == b.headers
           && a.body == b.body;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size < 1)
        return 0;
    const size_t step = data[0] % 16 + 1;
    const QByteArray input = fuzz::bytes(data + 1, size - 1);
    // Small limits so the fuzzer reaches 413 and 431 too.
    HttpRequestParser::Limits limits;
    limits.maxHeaderBytes = 2048;
    limits.maxHeaderCount = 16;
    limits.maxBodyBytes = 4096;

    HttpRequestParser whole(limits);
    const auto verdict = whole.feed(input);

    HttpRequestParser pieces(limits);
    auto pieceVerdict = HttpRequestParser::State::NeedMore;
    for (qsizetype at = 0; at < input.size() && pieceVerdict == HttpRequestParser::State::NeedMore;
         at += qsizetype(step))
        pieceVerdict = pieces.feed(QByteArrayView(input).sliced(
            at, std::min<qsizetype>(qsizetype(step), input.size() - at)));

    FUZZ_CHECK(verdict == pieceVerdict);
    if (verdict == HttpRequestParser::State::Error) {
        FUZZ_CHECK(whole.errorStatus() >= 400 && whole.errorStatus() < 600);
        FUZZ_CHECK(whole.errorStatus() == pieces.errorStatus());
    }
    if (verdict == HttpRequestParser::State::Complete) {
        FUZZ_CHECK(sameRequest(whole.request(), pieces.request()));
        const HttpServerRequest& request = whole.request();
        FUZZ_CHECK(request.body.size() <= limits.maxBodyBytes);
        FUZZ_CHECK(request.path.startsWith(QLatin1Char('/')));
        (void)request.form();
        (void)request.basicAuth();
        (void)request.header("host");
    }
    // A finished parser stays finished.
    const auto after = whole.feed("GET / HTTP/1.1\r\nHost: x\r\n\r\n");
    if (verdict != HttpRequestParser::State::NeedMore)
        FUZZ_CHECK(after == verdict);
    return 0;
}
