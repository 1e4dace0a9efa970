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
    QStringList scopes;
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
    QString algorithm;   // RS256 (default), RS384, RS512
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
