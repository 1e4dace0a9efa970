#pragma once

#include "core/Result.h"

#include <QString>
#include <QUrl>

namespace authdeck {

// Where AuthDeck is willing to send credentials: https anywhere, plain http only to a loopback
// address (127.0.0.0/8 or ::1), never to a name such as "localhost" that DNS could redirect.
class UrlPolicy {
public:
    [[nodiscard]] static bool isLoopbackHost(const QString& host);
    [[nodiscard]] static bool isAllowedScheme(const QUrl& url);
    // The same rule with a message that names http and the host.
    [[nodiscard]] static Status checkEndpoint(const QUrl& url, const QString& what);

    // "scheme://host:port" in lower case with the port spelt out (443 for https, 80 for http),
    // the unit endpoints are pinned by; empty for a URL without a host.
    [[nodiscard]] static QString originOf(const QUrl& url);

    // An admin-supplied server host for a per-server provider: a DNS name or IP literal with an
    // optional port, no scheme, path or credentials. Returns it normalised (lower case).
    [[nodiscard]] static Result<QString> normalizeHost(const QString& input);
};

} // namespace authdeck
