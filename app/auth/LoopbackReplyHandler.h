#pragma once

#include "core/Result.h"

#include <QAbstractOAuthReplyHandler>
#include <QString>

#include <memory>

namespace authdeck {

class LocalHttpServer;
struct HttpServerRequest;
class HttpResponder;
class UrlEncodedForm;

// What the browser brought back to the loopback listener.
struct AuthorizationResponse {
    QString code;
};

// The loopback redirect listener of a native-app sign-in (RFC 8252 section 7.3), as a reply
// handler for QOAuth2AuthorizationCodeFlow.
//
//   browser --GET http://127.0.0.1:<port>/callback?code&state[&iss]--> LoopbackReplyHandler
//           <--small HTML page: signed in / what failed--              | checks state, iss,
//                                                                      | error=; once only
//                                         redirectReceived(Result) <---'
//
// Qt 6.4's QOAuthHttpServerReplyHandler listens on every interface, treats a state mismatch as a
// log line and parses token replies silently; this handler instead:
// - listens on 127.0.0.1 only (never all interfaces, never "localhost"), on an ephemeral port or
//   the port an app registration fixes;
// - answers only GET /callback (anything else 404), reads at most 4 KiB of a request;
// - accepts one callback, then stops listening;
// - requires the state it was given (compared in constant time) and, when the authorization
//   server is known to send one, the RFC 9207 `iss` it started with;
// - turns `error=` redirects into errors (access_denied in plain words).
class LoopbackReplyHandler : public QAbstractOAuthReplyHandler {
    Q_OBJECT
public:
    explicit LoopbackReplyHandler(QObject* parent = nullptr);
    ~LoopbackReplyHandler() override;

    // Starts listening on 127.0.0.1 (port 0: any free port).
    [[nodiscard]] Status listen(quint16 port);
    void close();
    [[nodiscard]] bool isListening() const;
    [[nodiscard]] quint16 port() const;

    // http://127.0.0.1:<port>/callback
    [[nodiscard]] QString callback() const override;

    void setExpectedState(const QString& state) { m_state = state; }
    // The issuer the sign-in started with; when set, a redirect must carry exactly this `iss`.
    // Without it, an `iss` that is present must still equal fallbackIssuer (the authorization
    // endpoint's origin).
    void setExpectedIssuer(const QString& issuer, const QString& fallbackIssuer)
    {
        m_issuer = issuer;
        m_fallbackIssuer = fallbackIssuer;
    }
    // Names the provider in the browser page and in messages.
    void setProviderName(const QString& name) { m_providerName = name; }

    // Checks a redirect's parameters exactly as a browser callback would be checked (used for
    // the "paste the address you were sent to" fallback too).
    [[nodiscard]] Result<AuthorizationResponse> check(const UrlEncodedForm& query) const;

    // Token replies, should Qt's flow ever send a token request through this handler: read
    // whatever the Content-Type and reported, never dropped silently.
    void networkReplyFinished(QNetworkReply* reply) override;

    static constexpr qint64 MaxRequestBytes = 4096;

Q_SIGNALS:
    void redirectReceived(const authdeck::Result<authdeck::AuthorizationResponse>& result);
    void tokenReplyFailed(const authdeck::Error& error);
    // A request after the one callback was answered (logged; the sign-in is not affected).
    void extraRedirectRefused();

private:
    void onCallback(const HttpServerRequest& request, const HttpResponder& responder);
    [[nodiscard]] QByteArray page(bool success, const QString& heading,
                                  const QString& detail) const;

    std::unique_ptr<LocalHttpServer> m_server;
    QString m_state;
    QString m_issuer;
    QString m_fallbackIssuer;
    QString m_providerName;
    bool m_answered = false;
};

} // namespace authdeck
