#pragma once

#include "providers/Provider.h"

#include <QDateTime>
#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>

namespace authdeck {

// An admin's own app at a provider ("custom OAuth keys"): client ID, scopes, host and endpoint
// overrides. Non-secret metadata only; the client secret and key material live in the keychain
// entry named after the id.
struct AppRegistration {
    QString id;
    QString name;
    QString providerId;
    Scheme scheme = Scheme::OAuth2;
    QString clientId;
    QStringList scopes; // native: what is sent to the provider
    // The AuthDeck scopes (UnifiedScopes.h) the scopes came from, as the admin asked for them;
    // empty when only native scopes were given.
    QStringList unifiedScopes;
    QMap<QString, QString> parameters; // {host}, {tenant}, ...
    int redirectPort = 0;              // 0: an ephemeral port
    QString authorizeUrl;              // overrides of the catalog's endpoints
    QString tokenUrl;
    QString revokeUrl;
    QString apiBase;
    // Server authentication (JWT)
    QString publicKeyId;
    QString enterpriseId;
    QString userId;
    QString clientEmail; // Google service accounts
    QString algorithm;   // RS256 (default), RS384, RS512; PS256 for private_key_jwt
    // How the client authenticates at the token, device and revocation endpoints:
    // "client_secret_basic", "client_secret_post", "private_key_jwt" (RFC 7523 section 2.2 with
    // the private key below; kid = publicKeyId) or "none"; empty: as the provider's file says
    // (ClientAuthentication.h).
    QString clientAuth;
    QString certificateThumbprint; // x5t#S256 of the app's certificate (Microsoft Entra ID)
    // From discovery (RFC 8414 / OpenID Connect Discovery): the issuer asked for, endpoints the
    // catalog has no template for, and whether every redirect carries iss (RFC 9207).
    QString issuer;
    QString deviceAuthorizationUrl;
    QString userinfoUrl;
    bool issParameterRequired = false;
    // What the keychain entry holds, so lists can say "needs credentials" without reading it.
    bool hasClientSecret = false;
    bool hasPrivateKey = false;
    bool needsCredentials = false;
    // The origin (UrlPolicy::originOf) of every endpoint the app resolved to when it was
    // registered or last approved, by role ("token", "authorize", "revoke", "api", "verify"; the
    // endpoints of the provider's other schemes the app can be used with are "<scheme>.<role>").
    // No secret of the app or its accounts goes to an origin that is not here (AppService).
    QMap<QString, QString> pins;
    QDateTime created;
    QDateTime updated;

    [[nodiscard]] QJsonObject toJson() const;
    static AppRegistration fromJson(const QJsonObject& o);
    [[nodiscard]] QString host() const { return parameters.value(QStringLiteral("host")); }
};

} // namespace authdeck
