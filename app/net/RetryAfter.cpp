#include "net/RetryAfter.h"

#include "net/HttpDate.h"
#include "net/HttpHeaders.h"

#include <algorithm>

namespace authdeck {

std::optional<qint64> RetryAfter::parse(QByteArrayView value, const QDateTime& now)
{
    const QByteArrayView v = trimOws(value);
    if (v.isEmpty())
        return std::nullopt;

    if (std::all_of(v.begin(), v.end(), [](char c) { return c >= '0' && c <= '9'; })) {
        // Saturate instead of overflowing: "99999999999999999999999" means "a long time".
        qint64 seconds = 0;
        for (char c : v) {
            seconds = seconds * 10 + (c - '0');
            if (seconds >= kMaxSeconds)
                return kMaxSeconds;
        }
        return seconds;
    }

    const QDateTime when = HttpDate::parse(v);
    if (!when.isValid() || !now.isValid())
        return std::nullopt;
    return std::clamp<qint64>(now.secsTo(when), 0, kMaxSeconds);
}

} // namespace authdeck
