#pragma once

#include "net/HttpHeaders.h"

#include <QByteArray>
#include <QDateTime>

#include <optional>

namespace authdeck {

// A complete HTTP answer. Error statuses are answers too: HttpClient returns a 404 or a 500 here,
// and only transport failures as errors.
struct HttpResponse {
    int status = 0;
    HttpHeaderList headers;
    QByteArray body;

    [[nodiscard]] QByteArray header(QByteArrayView name) const
    {
        return headerValue(headers, name);
    }
    // The Date field; an invalid QDateTime when absent or malformed.
    [[nodiscard]] QDateTime date() const;
    // Retry-After in seconds, measured from the response's own Date when it has one.
    [[nodiscard]] std::optional<qint64> retryAfterSeconds() const;
};

} // namespace authdeck
