#pragma once

#include "accounts/AppService.h"
#include "net/LocalHttpServer.h"

#include <QHash>
#include <QJsonObject>
#include <QSet>
#include <QStringList>

#include <functional>

namespace authdeck::test {

// An OAuth 2.0 provider played by a test on a loopback server, as strict as Box about codes
// (single use, PKCE S256, exact redirect_uri) and single-use refresh tokens. Every token it
// issues contains "canary", so a test can prove none reached a file or a log.
//   GET /authorize, POST /token, POST /revoke, GET /2.0/users/me
class FakeOAuthProvider {
public:
    static constexpr const char* ClientId = "test-client";
    static const QByteArray ClientSecret;

    enum class Authorize { Approve, ForgedState, Denied, WithIssuer };
    enum class Token { Normal, Html, ServerError, TooMany, Hang, JsonAsTextPlain };

    FakeOAuthProvider();

    [[nodiscard]] QString url(const QString& path) const;
    // A Box app registration pointed at this provider (client ID and secret as it expects).
    [[nodiscard]] AppInput boxApp(const QString& name) const;

    Authorize authorizeMode = Authorize::Approve;
    Token tokenMode = Token::Normal;
    int nextExpiresIn = 3600;
    // Who /2.0/users/me says signed in (AuthDeck keeps one account per identity and app).
    QString userId = QStringLiteral("4242");
    int refreshGrants = 0;
    int codeGrants = 0;
    QStringList revoked;
    QStringList seenVerifiers;
    QStringList issuedTokens;
    QString lastScope;
    QString codeExtra;            // appended to every code (characters that need percent-encoding)
    UrlEncodedForm lastTokenForm; // the last token request, as the provider decoded it
    QSet<QString> refreshTokens;  // alive
    QSet<QString> live;           // access tokens
    int refusedRefreshes = 0;     // refresh_token grants refused (a dead or reused token)
    // The error_description of those refusals (providers word it as they like).
    QString refusedRefreshDescription = QStringLiteral("Invalid refresh token");
    // Faults.
    qint64 dateOffsetSeconds = 0; // the token answers' Date is this far off the real time
    // Called with the new refresh token just before a token answer is written.
    std::function<void(const QString& refreshToken)> beforeIssue;

private:
    QString fresh(const char* kind);
    void authorize(const HttpServerRequest& r, HttpResponder a);
    void issue(HttpResponder a);
    void token(const HttpServerRequest& r, HttpResponder a);

    LocalHttpServer m_server;
    QHash<QString, QJsonObject> m_codes; // code -> redirect_uri, challenge, method
};

// The browser: follows an authorization URL through the provider's redirect to AuthDeck's
// loopback listener and returns the page the listener answered with (spins the event loop).
QByteArray playBrowser(const QString& url, int* status = nullptr);

// The same against the sandbox's consent page: opens the authorization URL, takes the page's
// request_id, posts the decision ("approve" or "deny") and follows the redirect to AuthDeck's
// loopback listener; returns the listener's page.
QByteArray playSandboxBrowser(const QString& url,
                              const QString& decision = QStringLiteral("approve"));

// The first half of the browser: asks the provider for the authorization URL and returns where
// it redirects to (AuthDeck's loopback callback with code and state), without going there.
QUrl redirectTarget(const QString& url);

} // namespace authdeck::test
