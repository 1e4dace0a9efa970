#pragma once

#include "net/HttpServerRequest.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QMap>
#include <QObject>
#include <QSet>
#include <QSslCertificate>
#include <QSslKey>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <memory>
#include <optional>

class QNetworkAccessManager;

namespace authdeck {

class HttpResponder;
class LocalHttpServer;

// An app registered with the sandbox, as Box's Developer Console would hold it.
struct SandboxClient {
    QString clientId;     // empty: registerClient() makes one (32 characters, like Box's)
    QString clientSecret; // empty: registerClient() makes one
    QString name;
    QStringList redirectUris;
    QString enterpriseId; // empty: the default enterprise
    QMap<QString /*kid*/, QByteArray /*public PEM*/> publicKeys;
    // The enterprise admin authorized the app; without it JWT and Client Credentials grants get
    // unauthorized_client.
    bool authorized = true;
    // Other enterprises whose admins added the app (Admin Console > Platform Apps Manager >
    // Add App): it may act for them too, as one Box app serves every enterprise that authorized it.
    QSet<QString> otherEnterprises;
    // Webhook signature keys (Developer Console > Webhooks > Manage signature keys); deliveries
    // carry a signature for each key that is set.
    QByteArray webhookPrimaryKey;
    QByteArray webhookSecondaryKey;
};

// A webhook v2 the sandbox holds for an app.
struct SandboxWebhook {
    QString id;
    QString clientId;
    QString userId; // who created it
    QString targetType;
    QString targetId;
    QString address;
    QStringList triggers;
    QDateTime created;
};

// The embedded Box-compatible server behind `--sandbox` and the integration tests: the OAuth 2.0
// authorize page, the token endpoint (authorization_code, refresh_token, jwt-bearer,
// client_credentials, password), revocation, a tiny /2.0/users/me and a developer console. It is
// strict where Box is strict (exact redirect URIs but any loopback port, 30 s single-use codes,
// single-use refresh tokens, the JWT rules: kid, signature, iss, exact aud, exp at most 60 s
// ahead, unique jti) and answers errors with Box's JSON and words. Listens on 127.0.0.1 only.
//
// Endpoints, relative to baseUrl():
//   GET  /api/oauth2/authorize            consent page (HTML)
//   POST /api/oauth2/authorize            the decision: form fields
//                                           request_id  the hidden single-use id of the page
//                                           decision    "approve" or "deny"
//                                         answers 302 to the redirect URI with code and state, or
//                                         error=access_denied and state
//   POST /oauth2/token                    form-encoded; client auth in the body or HTTP Basic
//   POST /oauth2/revoke                   token (and token_type_hint); client auth in the body or
//                                         HTTP Basic, as at the token endpoint; 200 even for dead
//                                         tokens
//   GET  /2.0/users/me                    Bearer token; optional As-User; ?fields=...,enterprise
//   GET  /developers/console              HTML: the registered apps and a registration form
//   POST /developers/console              its forms, each with console_token: create an app
//                                         (name, redirect_uri; its server authentication waits
//                                         for the admin, as in Box), add a public key (client_id,
//                                         public_key), authorize an app in the Admin Console
//                                         (authorize_client_id)
//   POST /developers/api/apps             JSON {"name","redirect_uris":[..],"authorized"?:bool}
//                                         -> 201 {"client_id","client_secret","name",
//                                                 "redirect_uris","enterprise_id"}
//   POST /developers/api/apps/<id>/keys   JSON {"public_key": PEM} -> 201 {"id", "fingerprint"}
//   GET|POST /2.0/webhooks, GET|DELETE /2.0/webhooks/<id>
//                                         Box's webhooks v2 (Bearer; the manage_webhook scope);
//                                         addresses https on port 443, or loopback http (the one
//                                         relaxation: rehearsals deliver to a local receiver)
//   POST /oauth2/token grant_type=urn:ietf:params:oauth:grant-type:token-exchange
//                                         downscoping (no client authentication, as at Box):
//                                         subject_token, subject_token_type, scope, resource?
//   POST /developers/api/apps/<id>/webhook-keys
//                                         JSON {"key": "primary"|"secondary"}: a new signature
//                                         key -> 201 {"key", "value"}
//   POST /developers/api/webhooks/<id>/deliver
//                                         JSON {"trigger"?, "source_id"?}: a signed delivery to
//                                         the webhook's (loopback) address -> 200 {"delivery_id",
//                                         "status"} with the receiver's HTTP status
//   POST /developers/api/apps/<id>/enterprises
//                                         JSON {"enterprise_id": ID, "name"?: N}: an admin of that
//                                         enterprise (made when new) adds the app -> 201
//
// A headless client (the CLI demo) approves by GETting the authorize URL, reading the hidden
// request_id from the page (consentRequestId() extracts it) and POSTing
// "decision=approve&request_id=..." to the same path.
//
// Every answer carries a Date header from the sandbox clock (real time + setClockOffset()), so a
// client can correct its own skew as Box's SDKs do.
class SandboxServer : public QObject {
    Q_OBJECT
public:
    // The default enterprise and its people.
    static constexpr const char* DefaultEnterpriseId = "900001";
    static constexpr const char* DefaultEnterpriseName = "Sandbox Enterprise";
    static constexpr const char* AdminUserId = "900101";
    static constexpr const char* AdminLogin = "sandbox-admin";
    static constexpr const char* AdminPassword = "sandbox-password";
    static constexpr const char* ServiceAccountId = "900102";
    // The aud Box (and so the sandbox) demands in JWT assertions.
    static constexpr const char* JwtAudience = "https://api.box.com/oauth2/token";

    struct Fault {
        enum Kind { None, TooManyRequests, ServerError, Slow };
        Kind kind = None;
        int count = 1;             // how many requests get it; -1 for ever
        int retryAfterSeconds = 0; // Retry-After on 429/5xx (0: none sent)
        int delayMs = 0;           // Slow: the answer comes this much later
        QString pathPrefix;        // which endpoint; empty: the token endpoint
    };

    explicit SandboxServer(QObject* parent = nullptr);
    ~SandboxServer() override;

    // Serve https with this certificate and key from the next start() on (the benchmarks' TLS
    // token server); without it the sandbox speaks plain http on loopback.
    void setTlsCertificate(const QSslCertificate& certificate, const QSslKey& key);

    // Listens on 127.0.0.1 with a free port.
    bool start(QString* error = nullptr);
    void stop();
    [[nodiscard]] bool isRunning() const;
    // "http://127.0.0.1:<port>" (https with a certificate); empty until start().
    [[nodiscard]] QUrl baseUrl() const;
    [[nodiscard]] QUrl authorizeUrl() const;
    [[nodiscard]] QUrl tokenUrl() const;
    [[nodiscard]] QUrl revokeUrl() const;
    [[nodiscard]] QUrl apiBase() const; // <base>/2.0

    // The "Sandbox (Box-compatible)" provider (id "sandbox") in the catalog file schema, pointed
    // at this server: call after start().
    [[nodiscard]] QJsonObject providerJson() const;

    // Registers (or replaces, by client id) an app; fills in an id and secret when empty and the
    // default enterprise. Public keys that do not parse are dropped with a warning.
    SandboxClient registerClient(SandboxClient client);
    [[nodiscard]] std::optional<SandboxClient> client(const QString& clientId) const;
    void setClientAuthorized(const QString& clientId, bool authorized);
    // Adds a public key (SubjectPublicKeyInfo or PKCS#1 PEM) to an app and returns its fresh
    // 8-character Public Key ID; empty (and *error set) for an unknown app or a bad key.
    QString addPublicKey(const QString& clientId, const QByteArray& pem, QString* error = nullptr);

    // A user of the default enterprise (for the password grant, user JWTs and As-User).
    void addUser(const QString& id, const QString& login, const QString& name,
                 const QString& password, bool admin = false);
    // A user of any enterprise, with Box's role: "admin", "coadmin" or "user".
    void addEnterpriseUser(const QString& enterpriseId, const QString& id, const QString& login,
                           const QString& name, const QString& password, const QString& role);
    // Another enterprise, with its own service account (what an enterprise token acts as);
    // returns the service account's user id.
    QString addEnterprise(const QString& id, const QString& name);
    // An admin of enterpriseId adds the app there: its JWT and client-credentials grants may then
    // name that enterprise as their subject.
    bool authorizeInEnterprise(const QString& clientId, const QString& enterpriseId);
    // Who is "signed in" at the authorize page (default: the admin).
    void setSignedInUser(const QString& userId);

    void setAccessTokenLifetime(int seconds) { m_accessLifetime = seconds; }
    // The sandbox's "now" is the real time plus this many seconds.
    void setClockOffset(int seconds) { m_clockOffset = seconds; }
    [[nodiscard]] QDateTime now() const;

    void setFault(const Fault& fault);
    void clearFault() { setFault({}); }

    // Counters for tests. grantLog() holds one line per token request: "<grant> ok" or
    // "<grant> <error code>", grant being authorization_code, refresh_token, jwt,
    // client_credentials, password or the unknown value sent.
    [[nodiscard]] int tokenRequestCount() const { return m_tokenRequests; }
    [[nodiscard]] int revokeCount() const { return m_revokes; }
    [[nodiscard]] QStringList grantLog() const { return m_grantLog; }
    // One line per revocation request: "<basic|body> ok" or "<basic|body> <error code>", by how
    // the client authenticated (HTTP Basic, or client_id and client_secret in the form).
    [[nodiscard]] QStringList revokeLog() const { return m_revokeLog; }
    [[nodiscard]] int activeAccessTokenCount() const;
    // API calls with a valid token that carried "Box-Notifications: off".
    [[nodiscard]] int notificationsOffCalls() const { return m_notificationsOff; }

    // Webhook deliveries sent (one line each: "<webhook id> <trigger> <receiver status>").
    [[nodiscard]] QStringList deliveryLog() const { return m_deliveryLog; }
    [[nodiscard]] QList<SandboxWebhook> webhooks() const { return m_webhooks.values(); }
    // Sets an app's webhook signature key ("primary" or "secondary") to a fresh random value and
    // returns it; empty for an unknown app or key name.
    QByteArray generateWebhookKey(const QString& clientId, const QString& which);

    // The request_id hidden in a consent page; empty when there is none.
    [[nodiscard]] static QString consentRequestId(const QByteArray& html);

Q_SIGNALS:
    // One per token issued; subject is "user:<id>" or "enterprise:<id>".
    void tokenIssued(const QString& grant, const QString& clientId, const QString& subject);

private:
    struct User {
        QString id;
        QString login;
        QString name;
        QString password;
        QString enterpriseId;
        QString role = QStringLiteral("user"); // Box's: admin, coadmin or user
        [[nodiscard]] bool admin() const
        {
            return role == QLatin1String("admin") || role == QLatin1String("coadmin");
        }
    };
    // Whether the app may act in this enterprise (its own, authorized, or one that added it).
    [[nodiscard]] bool mayActIn(const SandboxClient& client, const QString& enterpriseId) const;
    void apiAuthorizeInEnterprise(const HttpServerRequest& request, const HttpResponder& responder,
                                  const QString& clientId);
    struct PendingConsent {
        QString clientId;
        QString redirectUri; // as the client sent it (or the registered default)
        bool redirectUriGiven = false;
        QString state;
        bool hasState = false;
        QStringList scopes;
        QString challenge;
        QDateTime expires;
    };
    struct AuthCode {
        QString clientId;
        QString redirectUri;
        bool redirectUriGiven = false;
        QString challenge;
        QString userId;
        QStringList scopes;
        QDateTime expires;
        bool used = false;
        QString family; // the tokens it produced, revoked if the code is replayed
    };
    struct AccessToken {
        QString clientId;
        QString subjectType; // "user" or "enterprise"
        QString subjectId;
        QDateTime expires;
        QString family;
        // What the token may do; empty: everything the app was configured with (server
        // authentication, or a sign-in that asked for no scope).
        QStringList scopes;
        bool downscoped = false;
    };
    struct RefreshToken {
        QString clientId;
        QString userId;
        QStringList scopes;
        QDateTime expires;
        QString family;
    };
    struct TokenError {
        int status = 400;
        QString error;
        QString description;
    };

    // Before every route: drops a request whose client left, counts token requests, applies the
    // fault switch (true: answered).
    bool filter(const HttpServerRequest& request, const HttpResponder& responder);
    // What no exact route takes: the paths with an id in them, else Box's JSON 404.
    void routeById(const HttpServerRequest& request, const HttpResponder& responder);
    bool applyFault(const HttpServerRequest& request, const HttpResponder& responder);

    void authorizePage(const HttpServerRequest& request, const HttpResponder& responder);
    void authorizeDecision(const HttpServerRequest& request, const HttpResponder& responder);
    void token(const HttpServerRequest& request, const HttpResponder& responder);
    void revoke(const HttpServerRequest& request, const HttpResponder& responder);
    void usersMe(const HttpServerRequest& request, const HttpResponder& responder);
    void consolePage(const HttpServerRequest& request, const HttpResponder& responder,
                     const QString& notice = {});
    void consoleRegister(const HttpServerRequest& request, const HttpResponder& responder);
    void apiRegisterApp(const HttpServerRequest& request, const HttpResponder& responder);
    void apiAddKey(const HttpServerRequest& request, const HttpResponder& responder,
                   const QString& clientId);
    // SandboxBox.cpp: webhooks, their signed deliveries, token exchange.
    bool routeBox(const HttpServerRequest& request, const HttpResponder& responder);
    // The live access token of a Bearer request; answers 401 itself and returns nullopt.
    std::optional<AccessToken> bearer(const HttpServerRequest& request,
                                      const HttpResponder& responder);
    // The caller of a webhooks endpoint: an allowed method, a live token with manage_webhook;
    // answers 405, 401 or 403 itself and returns nullopt.
    std::optional<AccessToken> webhookAccess(const HttpServerRequest& request,
                                             const HttpResponder& responder,
                                             const QByteArray& allow);
    void webhooksCollection(const HttpServerRequest& request, const HttpResponder& responder);
    void webhookItem(const HttpServerRequest& request, const HttpResponder& responder,
                     const QString& id);
    void apiWebhookKey(const HttpServerRequest& request, const HttpResponder& responder,
                       const QString& clientId);
    void apiDeliver(const HttpServerRequest& request, const HttpResponder& responder,
                    const QString& webhookId);
    std::optional<TokenError> grantTokenExchange(const UrlEncodedForm& form, QJsonObject& out);
    [[nodiscard]] QJsonObject webhookJson(const SandboxWebhook& w) const;

    // Token grants: fill `out` on success, or return an error.
    std::optional<TokenError> grantCode(const UrlEncodedForm& form, const SandboxClient& client,
                                        QJsonObject& out);
    std::optional<TokenError> grantRefresh(const UrlEncodedForm& form, const SandboxClient& client,
                                           QJsonObject& out);
    std::optional<TokenError> grantJwt(const UrlEncodedForm& form, const SandboxClient& client,
                                       QJsonObject& out);
    std::optional<TokenError> grantClientCredentials(const UrlEncodedForm& form,
                                                     const SandboxClient& client, QJsonObject& out);
    std::optional<TokenError> grantPassword(const UrlEncodedForm& form, const SandboxClient& client,
                                            QJsonObject& out);
    // Client authentication (body or Basic); nullopt with *error set when it fails.
    std::optional<SandboxClient> authenticateClient(const HttpServerRequest& request,
                                                    const UrlEncodedForm& form,
                                                    TokenError* error) const;
    QJsonObject issue(const QString& grant, const SandboxClient& client, const QString& subjectType,
                      const QString& subjectId, bool withRefresh, const QStringList& scopes,
                      const QString& family);
    void revokeFamily(const QString& family);
    [[nodiscard]] bool redirectUriAllowed(const SandboxClient& client, const QUrl& uri) const;
    void pruneExpired();

    // Answers, always with the sandbox Date.
    [[nodiscard]] HttpHeaderList baseHeaders() const;
    void sendJson(const HttpResponder& responder, int status, const QJsonObject& body,
                  HttpHeaderList extra = {}) const;
    void sendOAuthError(const HttpResponder& responder, const TokenError& error) const;
    void sendApiError(const HttpResponder& responder, int status, const QString& code,
                      const QString& message) const;
    void sendHtml(const HttpResponder& responder, int status, const QString& html) const;
    void sendRedirect(const HttpResponder& responder, const QUrl& location) const;

    std::unique_ptr<LocalHttpServer> m_server;
    QSslCertificate m_tlsCertificate;
    QSslKey m_tlsKey;
    QMap<QString, SandboxClient> m_clients;
    QMap<QString, User> m_users;
    QMap<QString, QString> m_enterpriseNames; // id -> name
    QMap<QString, QString> m_serviceAccounts; // enterprise id -> its service account's user id
    QString m_signedInUser;
    QHash<QString, PendingConsent> m_pending;
    QHash<QString, AuthCode> m_codes;
    QHash<QString, AccessToken> m_access;
    QHash<QString, RefreshToken> m_refresh;
    QMap<QString, SandboxWebhook> m_webhooks;
    qint64 m_nextWebhookId = 4100000001;
    QStringList m_deliveryLog;
    QNetworkAccessManager* m_deliveries = nullptr;
    QSet<QString> m_usedJti; // client id + '\n' + jti
    QString m_consoleToken;
    int m_accessLifetime = 3600;
    int m_clockOffset = 0;
    Fault m_fault;
    int m_tokenRequests = 0;
    int m_revokes = 0;
    int m_notificationsOff = 0;
    QStringList m_grantLog;
    QStringList m_revokeLog;
};

} // namespace authdeck
