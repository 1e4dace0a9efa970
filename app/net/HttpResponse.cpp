#include "net/HttpResponse.h"

#include "net/HttpDate.h"
#include "net/RetryAfter.h"

namespace authdeck {

QDateTime HttpResponse::date() const
{
    return HttpDate::parse(header("Date"));
}

std::optional<qint64> HttpResponse::retryAfterSeconds() const
{
    const QDateTime serverNow = date();
    return RetryAfter::parse(header("Retry-After"),
                             serverNow.isValid() ? serverNow : QDateTime::currentDateTimeUtc());
}

} // namespace authdeck
