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

    // One TLS endpoint as AuthDeck keys it (a trusted certificate's host:port): the host in lower
    // case, an IPv6 address in brackets, the port always given. Empty for no host or port 0.
    [[nodiscard]] static QString endpointKey(const QString& host, quint16 port);
    // The reverse, for what normalizeHost() accepts: "host" (port 443, as for an https URL),
    // "host:port", "[v6]:port". False, changing nothing, for anything it refuses.
    [[nodiscard]] static bool splitEndpoint(const QString& text, QString* host, quint16* port);
};

} // namespace authdeck
