#pragma once

#include "net/HttpServerRequest.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QMap>
#include <QObject>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <memory>
#include <optional>

namespace authdeck {

class HttpResponder;
class LocalHttpServer;

// A client registered with the standards sandbox.
struct StandardsClient {
    QString clientId;     // empty: registerClient() makes one
    QString clientSecret; // empty and no keys: a public client (token_endpoint_auth_method none)
    QString name;
    QStringList redirectUris;
    QMap<QString /*kid*/, QByteArray /*public PEM*/> publicKeys; // private_key_jwt by kid
    // private_key_jwt by certificate (Microsoft Entra ID): x5t#S256 -> the certificate's public
    // key (PEM).
    QMap<QString, QByteArray> certificates;
    bool publicClient = false;   // set by registerClient() when it has no secret and no keys
    bool adminConsented = false; // the tenant's admin granted the app's application permissions
};

// The second embedded server behind `--sandbox` and the integration tests: what standards-based
// servers speak, as strictly as they speak it, so discovery, private_key_jwt, the device flow and
// a Microsoft-shaped tenant can be rehearsed offline. Listens on 127.0.0.1 only.
//
// An OpenID Connect provider, issuer <base>/oidc:
//   GET  /.well-known/oauth-authorization-server/oidc   RFC 8414 metadata
//   GET  /oidc/.well-known/openid-configuration          the same (OpenID Connect Discovery)
//   GET  /oidc/authorize, POST (request_id, decision)    consent page; the redirect carries iss
//                                                        (RFC 9207, announced in the metadata)
//   POST /oidc/token        authorization_code (PKCE S256 required), refresh_token (rotated),
//                           device_code, client_credentials
//   POST /oidc/revoke       RFC 7009, client authentication as at the token endpoint
//   POST /oidc/device       RFC 8628 device authorization
//   GET  /oidc/userinfo     Bearer; sub, name, preferred_username, email (scope openid)
// A Microsoft Entra ID-shaped tenant (TenantId, or TenantDomain, in place of {tenant}):
//   /{tenant}/oauth2/v2.0/authorize | token | devicecode, /{tenant}/v2.0/adminconsent,
//   Graph: GET /graph/v1.0/me (delegated only), GET /graph/v1.0/organization (app-only after
//   admin consent, else 403 Authorization_RequestDenied)
// Shared:
//   GET /device[?user_code=...], POST (request_id, decision)   the verification page
//
// Client authentication (RFC 6749 2.3, RFC 7523 2.2, OpenID Connect Core 9): exactly one method
// per request. A secret client uses client_secret_basic or client_secret_post; a key client
// private_key_jwt only; a public client none (and no client_credentials). A client assertion
// must be a JWS with RS256 or PS256 by a registered key (kid) or certificate (x5t#S256, which the
// Microsoft tenant requires), iss = sub = the client id, aud = the token endpoint URL exactly,
// exp in the future and at most 10 minutes ahead, nbf and iat not in the future, and a jti never
// seen before: anything else is invalid_client.
//
// Device flow (RFC 8628): codes live deviceCodeLifetime seconds (expired_token after that), a
// poll sooner than the interval after the previous one gets slow_down and raises the interval by
// 5 s for good, pending codes get authorization_pending, a denied one access_denied; a device code
// is used once.
class StandardsSandbox : public QObject {
    Q_OBJECT
public:
    static constexpr const char* TenantId = "6f1c3a52-8d0e-4b7a-9c21-5e4d3b2a1f09";
    static constexpr const char* TenantDomain = "sandbox.onmicrosoft.com";
    static constexpr const char* TenantName = "Sandbox Tenant";
    static constexpr const char* UserId = "3c9a7d10-5b2e-4f61-8a43-0d1e2f3a4b5c";
    static constexpr const char* UserLogin = "admin@sandbox.onmicrosoft.com";
    static constexpr const char* UserName = "Sandbox Admin";
    static constexpr int MaxAssertionLifetimeSeconds = 600;

    explicit StandardsSandbox(QObject* parent = nullptr);
    ~StandardsSandbox() override;

    bool start(QString* error = nullptr);
    void stop();
    [[nodiscard]] bool isRunning() const;
    [[nodiscard]] QUrl baseUrl() const;
    [[nodiscard]] QString issuer() const; // <base>/oidc
    [[nodiscard]] QUrl oidcTokenUrl() const;
    [[nodiscard]] QUrl
    microsoftTokenUrl(const QString& tenant = QString::fromLatin1(TenantId)) const;

    // The "Sandbox (Microsoft 365-compatible)" provider (id "sandbox-m365"), catalog schema.
    [[nodiscard]] QJsonObject microsoftProviderJson() const;

    StandardsClient registerClient(StandardsClient client);
    [[nodiscard]] std::optional<StandardsClient> client(const QString& clientId) const;
    // A certificate (PEM) as a credential of the app; returns its x5t#S256, empty on failure.
    QString addCertificate(const QString& clientId, const QByteArray& certificatePem,
                           QString* error = nullptr);
    void setAdminConsented(const QString& clientId, bool consented);

    // Device flow timing (defaults 900 s and 5 s, as most servers).
    void setDeviceCodeLifetime(int seconds) { m_deviceLifetime = seconds; }
    void setDeviceInterval(int seconds) { m_deviceInterval = seconds; }
    // A busy server: the next `polls` device-code polls are answered slow_down (as a server under
    // load does), raising that code's interval by 5 s each time.
    void setBusyPolls(int polls) { m_busyPolls = polls; }
    void setAccessTokenLifetime(int seconds) { m_accessLifetime = seconds; }

    // One line per token, device and revocation request:
    //   "<realm> <grant|device|revoke> <auth method> ok" or "... <error code>"
    // realm "oidc" or "microsoft"; auth method client_secret_basic, client_secret_post,
    // private_key_jwt, none or "-" (not authenticated).
    [[nodiscard]] QStringList log() const { return m_log; }
    // The request_id hidden in a consent or verification page; empty when there is none.
    [[nodiscard]] static QString requestIdIn(const QByteArray& html);

private:
    enum class Realm { Oidc, Microsoft };
    struct TokenError {
        int status = 400;
        QString error;
        QString description;
    };
    struct Pending { // a consent page waiting for its decision
        enum Kind { Authorize, AdminConsent, Device } kind = Authorize;
        Realm realm = Realm::Oidc;
        QString clientId;
        QString redirectUri;
        QString state;
        bool hasState = false;
        QStringList scopes;
        QString challenge;
        QString tenant; // the {tenant} of the request
        QString userCode;
        QDateTime expires;
    };
    struct Code {
        Realm realm = Realm::Oidc;
        QString clientId;
        QString redirectUri;
        QString challenge;
        QStringList scopes;
        QDateTime expires;
        bool used = false;
        QString family;
    };
    struct DeviceGrant {
        Realm realm = Realm::Oidc;
        QString clientId;
        QString userCode;
        QStringList scopes;
        QDateTime expires;
        int interval = 5;
        QDateTime lastPoll;
        enum State { Waiting, Approved, Denied, Used } state = Waiting;
        QString family;
    };
    struct Token {
        Realm realm = Realm::Oidc;
        QString clientId;
        QString userId; // empty: app-only
        QStringList scopes;
        bool roles = false; // app-only with admin consent (Graph application permissions)
        QDateTime expires;
        QString family;
    };

    // What no fixed route takes: Graph, the paths with a tenant in them, else a JSON 404.
    void routeByTenant(const HttpServerRequest& request, const HttpResponder& responder);
    [[nodiscard]] QString tenantOf(const QString& path, QString* rest) const;
    [[nodiscard]] QUrl tokenUrlFor(Realm realm, const QString& tenant) const;
    [[nodiscard]] QJsonObject metadata() const;

    void authorizePage(Realm realm, const QString& tenant, const HttpServerRequest& request,
                       const HttpResponder& responder);
    void adminConsentPage(const QString& tenant, const HttpServerRequest& request,
                          const HttpResponder& responder);
    void decision(const QString& action, const HttpServerRequest& request,
                  const HttpResponder& responder);
    void token(Realm realm, const QString& tenant, const HttpServerRequest& request,
               const HttpResponder& responder);
    void deviceAuthorization(Realm realm, const QString& tenant, const HttpServerRequest& request,
                             const HttpResponder& responder);
    void devicePage(const HttpServerRequest& request, const HttpResponder& responder);
    void revoke(const HttpServerRequest& request, const HttpResponder& responder);
    void userinfo(const HttpServerRequest& request, const HttpResponder& responder);
    void graph(const QString& what, const HttpServerRequest& request,
               const HttpResponder& responder);

    // Client authentication; *method says which one was used.
    std::optional<StandardsClient> authenticate(Realm realm, const QString& tenant,
                                                const HttpServerRequest& request,
                                                const UrlEncodedForm& form, QString* method,
                                                TokenError* error);
    std::optional<TokenError> checkAssertion(Realm realm, const QString& tenant,
                                             const StandardsClient& client,
                                             const QString& assertion);
    QJsonObject issue(Realm realm, const StandardsClient& client, const QString& userId,
                      const QStringList& scopes, const QString& family, bool withRefresh);
    [[nodiscard]] std::optional<Token> bearer(const HttpServerRequest& request) const;
    [[nodiscard]] bool redirectAllowed(const StandardsClient& client, const QUrl& uri) const;
    void prune();

    void sendJson(const HttpResponder& responder, int status, const QJsonObject& body) const;
    void sendError(Realm realm, const HttpResponder& responder, const TokenError& error) const;
    void sendHtml(const HttpResponder& responder, int status, const QString& html) const;
    void sendRedirect(const HttpResponder& responder, const QUrl& location) const;

    std::unique_ptr<LocalHttpServer> m_server;
    QMap<QString, StandardsClient> m_clients;
    QHash<QString, Pending> m_pending;
    QHash<QString, Code> m_codes;
    QHash<QString, DeviceGrant> m_devices; // by device code
    QHash<QString, Token> m_tokens;        // access tokens
    QHash<QString, Token> m_refresh;
    QHash<QString, QDateTime> m_seenJti; // client id + '\n' + jti -> when it may be forgotten
    int m_deviceLifetime = 900;
    int m_deviceInterval = 5;
    int m_busyPolls = 0;
    int m_accessLifetime = 3600;
    QStringList m_log;
};

} // namespace authdeck
