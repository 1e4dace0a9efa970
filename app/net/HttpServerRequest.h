#pragma once

#include "net/HttpHeaders.h"
#include "net/UrlEncodedForm.h"

#include <QByteArray>
#include <QHostAddress>
#include <QString>

#include <optional>
#include <utility>

namespace authdeck {

// One request as LocalHttpServer hands it to a handler, already checked by HttpRequestParser.
struct HttpServerRequest {
    QByteArray method;    // as sent; methods are case-sensitive
    QByteArray target;    // origin-form, still percent-encoded: "/callback?code=..."
    QByteArray version;   // "HTTP/1.1" or "HTTP/1.0"
    QString path;         // percent-decoded and validated: "/callback"
    UrlEncodedForm query; // form-decoded ('+' is a space), in order, duplicates kept
    HttpHeaderList headers;
    QByteArray body;
    QHostAddress peer;

    [[nodiscard]] QByteArray header(QByteArrayView name) const
    {
        return headerValue(headers, name);
    }
    // The body as a form; nullopt unless Content-Type is application/x-www-form-urlencoded and the
    // body decodes.
    [[nodiscard]] std::optional<UrlEncodedForm> form() const;
    // "Authorization: Basic ..." split into user and password (UTF-8). Values are returned as
    // sent: OAuth's client_secret_basic form-encodes them first (RFC 6749 §2.3.1), so a token
    // endpoint decodes them once more itself.
    [[nodiscard]] std::optional<std::pair<QString, QString>> basicAuth() const;
};

} // namespace authdeck
