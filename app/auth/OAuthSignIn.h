#pragma once

#include "auth/LoopbackReplyHandler.h"
#include "core/Result.h"
#include "core/SecretBytes.h"

#include <QMap>
#include <QObject>
#include <QStringList>
#include <QTimer>
#include <QUrl>

class QOAuth2AuthorizationCodeFlow;

namespace authdeck {

struct OAuthSignInConfig {
    QString providerName;
    QUrl authorizeUrl;
    QUrl tokenUrl;
    QString clientId;
    QStringList scopes;
    QString scopeSeparator = QStringLiteral(" ");
    QMap<QString, QString> extraParameters; // the catalog's authorize_params
    bool pkce = true;
    QString issuer; // RFC 9207 issuer the catalog names, if any
    // The issuer discovery found (RFC 8414): an iss that is present must equal it, even where
    // the server did not promise iss in every response.
    QString knownIssuer;
    quint16 port = 0;
    int timeoutSeconds = 300;
};

// The browser leg of an authorization-code sign-in: a QOAuth2AuthorizationCodeFlow with the
// workarounds Qt 6.4 needs, and a LoopbackReplyHandler as its redirect listener.
//
//   start() --> flow.grant() --authorizeWithBrowser--> authorizationUrlReady(url) --> face opens it
//   browser --redirect--> LoopbackReplyHandler --checked--> finished(code, redirect URI, verifier)
//   pasteRedirect(text) -----------------------checked--> finished(...)   (browser elsewhere)
//   the browser's response stays held by handler() until the caller calls answerBrowser().
//
// Requests to the listener without this sign-in's state are ignored (LoopbackReplyHandler):
// only the real redirect, a paste, cancel() or the timeout end the wait.
// - state: 192 random bits in base64url characters from the system RNG (Qt 6.4 uses 8 characters
//   from a clock-seeded mt19937, unencoded), and a mismatch is an error, not a log line;
// - PKCE S256 added at RequestingAuthorization (Qt adds none before 6.8);
// - every parameter value percent-encoded by us (QUrlQuery leaves '+' alone, which servers read
//   as a space);
// - the code is NOT exchanged by Qt's flow: Qt 6.4 double-encodes percent-encoded codes, drops
//   token errors silently and leaves its status stuck after a failed refresh, so TokenClient does
//   the exchange and every refresh.
class OAuthSignIn : public QObject {
    Q_OBJECT
public:
    struct Grant {
        QString code;
        QString redirectUri;
        SecretBytes verifier; // empty without PKCE
    };

    explicit OAuthSignIn(const OAuthSignInConfig& config, QObject* parent = nullptr);
    ~OAuthSignIn() override;

    // Starts listening and builds the authorization URL (authorizationUrlReady follows).
    [[nodiscard]] Status start();
    // The admin pasted the address the browser was sent to (or the bare code).
    void pasteRedirect(const QString& text);
    void cancel();

    // The authorization request (RFC 6749 section 4.1.1, RFC 7636 section 4.3): the config's
    // authorize URL with its query replaced by response_type=code, client_id, redirect_uri,
    // scope (when there are scopes), state, the S256 challenge (when one is given), then the
    // catalog's extra parameters. An extra is left out, whatever got past the catalog's checks,
    // when it names a parameter AuthDeck sets (OAuth2Spec::isProtocolAuthorizeParameter) or is
    // not a plain parameter name: it can neither replace nor repeat the state, the challenge or
    // the redirect URI. Every value is percent-encoded here (QUrlQuery would leave '+' and valid
    // %XX sequences alone, which servers then decode to something else).
    [[nodiscard]] static QUrl buildAuthorizationUrl(const OAuthSignInConfig& config,
                                                    const QString& redirectUri,
                                                    const QString& state, const QString& challenge);

    [[nodiscard]] QUrl authorizationUrl() const { return m_url; }
    [[nodiscard]] QString redirectUri() const;
    [[nodiscard]] LoopbackReplyHandler* handler() const { return m_handler; }
    [[nodiscard]] QOAuth2AuthorizationCodeFlow* flow() const { return m_flow; }

Q_SIGNALS:
    void authorizationUrlReady(const QUrl& url);
    void finished(const authdeck::Result<authdeck::OAuthSignIn::Grant>& result);

private:
    void finish(const Result<Grant>& result);

    OAuthSignInConfig m_config;
    QOAuth2AuthorizationCodeFlow* m_flow = nullptr;
    LoopbackReplyHandler* m_handler = nullptr;
    QTimer m_timeout;
    SecretBytes m_verifier;
    QString m_state;
    QUrl m_url;
    bool m_finished = false;
};

} // namespace authdeck
