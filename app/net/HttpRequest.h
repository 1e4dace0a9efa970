#pragma once

#include "core/SecretBytes.h"
#include "net/HttpHeaders.h"

#include <QByteArray>
#include <QStringList>
#include <QUrl>

namespace authdeck {

// One outgoing HTTP request, as HttpClient sends it.
struct HttpRequest {
    QByteArray method = "GET";
    QUrl url;
    HttpHeaderList headers;
    QByteArray body;
    // A body that carries secrets (token requests: passwords, client secrets, refresh tokens):
    // sent instead of body, from memory that is wiped once the call is over. A QByteArray body
    // is shared by every copy of the request and by Qt, so wiping one copy wipes nothing.
    SecretBytes secretBody;
    // The whole exchange (connect, TLS, send, receive), not just inactivity. 0 means the client's
    // default (30 s unless HttpClient::setDefaultDeadline says otherwise). With retries it applies
    // to each attempt.
    int deadlineMs = 0;
    // The response body may not exceed this; the transfer is aborted as soon as it would.
    qint64 maxResponseBytes = 1024 * 1024;
    // When not empty, the only origins (UrlPolicy::originOf) this request may go to: a request
    // carrying an app's secrets is given the origins the app pinned, and is refused before
    // anything is sent when its URL points elsewhere (redirects stay same-origin anyway).
    QStringList allowedOrigins;
};

} // namespace authdeck
