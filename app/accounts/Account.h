#pragma once

#include "providers/Provider.h"

#include <QDateTime>
#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>

namespace authdeck {

enum class AccountStatus { Ok, NeedsSignIn, NeedsCredentials, Error };

[[nodiscard]] QString accountStatusId(AccountStatus status);
[[nodiscard]] AccountStatus accountStatusFromId(const QString& id);
[[nodiscard]] QString accountStatusDisplay(AccountStatus status);

// A connected account: which provider and app, who it is, and the state of its tokens. The
// tokens themselves (and any kept password or secret key) live in the keychain entry named after
// the id; only their expiry times are kept here.
struct Account {
    QString id;
    QString name;
    QString providerId;
    Scheme scheme = Scheme::OAuth2;
    QString appId;
    QMap<QString, QString> identity;   // id, name, login, enterprise_id, enterprise_name
    QStringList scopes;                // as requested (Box never echoes them back)
    QMap<QString, QString> parameters; // host, tenant, region, endpoint, access_key_id
    QString subject;                   // "enterprise" or "user:<id>" for server authentication
    QString asUser;                    // Box As-User
    bool notificationsOff = false;     // Box-Notifications: off
    AccountStatus status = AccountStatus::Ok;
    QString statusReason;
    QDateTime accessExpires; // UTC; invalid when the scheme has no expiring token
    QDateTime refreshIssued; // when the current refresh token was issued (keep-alive)
    QDateTime lastRefresh;
    QDateTime created;
    bool keepsPassword = false; // no token exchange exists: the password itself is kept
    // Accounts without an app registration (a password without a client, access keys) pin the
    // origins of their own endpoints here, as apps do (AppRegistration::pins).
    QMap<QString, QString> pins;

    [[nodiscard]] QJsonObject toJson() const;
    static Account fromJson(const QJsonObject& o);
    [[nodiscard]] QString identityLabel() const;
};

} // namespace authdeck
