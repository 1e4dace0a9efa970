// Retry-After values (RFC 9110 §10.2.3): delta-seconds or an HTTP-date, anything else refused.
#include "FuzzSupport.h"
#include "net/RetryAfter.h"

using namespace authdeck;

FUZZ_INIT()

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray value = fuzz::bytes(data, size);
    const QDateTime now = QDateTime::fromSecsSinceEpoch(1764460800, Qt::UTC);
    const auto seconds = RetryAfter::parse(value, now);
    if (seconds) {
        FUZZ_CHECK(*seconds >= 0);
        FUZZ_CHECK(*seconds <= RetryAfter::kMaxSeconds);
    }
    // Pure: the same input, the same answer.
    FUZZ_CHECK(RetryAfter::parse(value, now) == seconds);
    return 0;
}
