#include "accounts/Account.h"
#include "accounts/AppRegistration.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace authdeck {

namespace {

QJsonObject mapToJson(const QMap<QString, QString>& map)
{
    QJsonObject o;
    for (auto it = map.begin(); it != map.end(); ++it)
        o.insert(it.key(), it.value());
    return o;
}

QMap<QString, QString> mapFromJson(const QJsonValue& v)
{
    QMap<QString, QString> map;
    const QJsonObject o = v.toObject();
    for (auto it = o.begin(); it != o.end(); ++it)
        map.insert(it.key(), it->toString());
    return map;
}

QString timeToJson(const QDateTime& t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QDateTime timeFromJson(const QJsonValue& v)
{
    QDateTime t = QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
    if (t.isValid())
        t = t.toUTC();
    return t;
}

void putIfSet(QJsonObject& o, const QString& key, const QString& value)
{
    if (!value.isEmpty())
        o.insert(key, value);
}

} // namespace

QJsonObject AppRegistration::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("id"), id);
    o.insert(QStringLiteral("name"), name);
    o.insert(QStringLiteral("provider"), providerId);
    o.insert(QStringLiteral("scheme"), schemeId(scheme));
    putIfSet(o, QStringLiteral("client_id"), clientId);
    if (!scopes.isEmpty())
        o.insert(QStringLiteral("scopes"), QJsonArray::fromStringList(scopes));
    if (!unifiedScopes.isEmpty())
        o.insert(QStringLiteral("unified_scopes"), QJsonArray::fromStringList(unifiedScopes));
    if (!parameters.isEmpty())
        o.insert(QStringLiteral("parameters"), mapToJson(parameters));
    if (redirectPort > 0)
        o.insert(QStringLiteral("redirect_port"), redirectPort);
    putIfSet(o, QStringLiteral("authorize_url"), authorizeUrl);
    putIfSet(o, QStringLiteral("token_url"), tokenUrl);
    putIfSet(o, QStringLiteral("revoke_url"), revokeUrl);
    putIfSet(o, QStringLiteral("api_base"), apiBase);
    putIfSet(o, QStringLiteral("public_key_id"), publicKeyId);
    putIfSet(o, QStringLiteral("enterprise_id"), enterpriseId);
    putIfSet(o, QStringLiteral("user_id"), userId);
    putIfSet(o, QStringLiteral("client_email"), clientEmail);
    putIfSet(o, QStringLiteral("algorithm"), algorithm);
    putIfSet(o, QStringLiteral("client_auth"), clientAuth);
    putIfSet(o, QStringLiteral("certificate_thumbprint"), certificateThumbprint);
    putIfSet(o, QStringLiteral("issuer"), issuer);
    putIfSet(o, QStringLiteral("device_authorization_url"), deviceAuthorizationUrl);
    putIfSet(o, QStringLiteral("userinfo_url"), userinfoUrl);
    if (issParameterRequired)
        o.insert(QStringLiteral("iss_parameter_required"), true);
    o.insert(QStringLiteral("has_client_secret"), hasClientSecret);
    o.insert(QStringLiteral("has_private_key"), hasPrivateKey);
    if (needsCredentials)
        o.insert(QStringLiteral("needs_credentials"), true);
    if (!pins.isEmpty())
        o.insert(QStringLiteral("pinned_origins"), mapToJson(pins));
    putIfSet(o, QStringLiteral("created"), timeToJson(created));
    putIfSet(o, QStringLiteral("updated"), timeToJson(updated));
    return o;
}

AppRegistration AppRegistration::fromJson(const QJsonObject& o)
{
    AppRegistration a;
    a.id = o.value(QStringLiteral("id")).toString();
    a.name = o.value(QStringLiteral("name")).toString();
    a.providerId = o.value(QStringLiteral("provider")).toString();
    a.scheme = schemeFromId(o.value(QStringLiteral("scheme")).toString()).value_or(Scheme::OAuth2);
    a.clientId = o.value(QStringLiteral("client_id")).toString();
    for (const QJsonValue& v : o.value(QStringLiteral("scopes")).toArray())
        a.scopes.append(v.toString());
    for (const QJsonValue& v : o.value(QStringLiteral("unified_scopes")).toArray())
        a.unifiedScopes.append(v.toString());
    a.parameters = mapFromJson(o.value(QStringLiteral("parameters")));
    a.redirectPort = o.value(QStringLiteral("redirect_port")).toInt(0);
    a.authorizeUrl = o.value(QStringLiteral("authorize_url")).toString();
    a.tokenUrl = o.value(QStringLiteral("token_url")).toString();
    a.revokeUrl = o.value(QStringLiteral("revoke_url")).toString();
    a.apiBase = o.value(QStringLiteral("api_base")).toString();
    a.publicKeyId = o.value(QStringLiteral("public_key_id")).toString();
    a.enterpriseId = o.value(QStringLiteral("enterprise_id")).toString();
    a.userId = o.value(QStringLiteral("user_id")).toString();
    a.clientEmail = o.value(QStringLiteral("client_email")).toString();
    a.algorithm = o.value(QStringLiteral("algorithm")).toString();
    a.clientAuth = o.value(QStringLiteral("client_auth")).toString();
    a.certificateThumbprint = o.value(QStringLiteral("certificate_thumbprint")).toString();
    a.issuer = o.value(QStringLiteral("issuer")).toString();
    a.deviceAuthorizationUrl = o.value(QStringLiteral("device_authorization_url")).toString();
    a.userinfoUrl = o.value(QStringLiteral("userinfo_url")).toString();
    a.issParameterRequired = o.value(QStringLiteral("iss_parameter_required")).toBool();
    a.hasClientSecret = o.value(QStringLiteral("has_client_secret")).toBool();
    a.hasPrivateKey = o.value(QStringLiteral("has_private_key")).toBool();
    a.needsCredentials = o.value(QStringLiteral("needs_credentials")).toBool();
    a.pins = mapFromJson(o.value(QStringLiteral("pinned_origins")));
    a.created = timeFromJson(o.value(QStringLiteral("created")));
    a.updated = timeFromJson(o.value(QStringLiteral("updated")));
    return a;
}

QString accountStatusId(AccountStatus status)
{
    switch (status) {
    case AccountStatus::Ok:
        return QStringLiteral("ok");
    case AccountStatus::NeedsSignIn:
        return QStringLiteral("needs_signin");
    case AccountStatus::NeedsCredentials:
        return QStringLiteral("needs_credentials");
    case AccountStatus::Error:
        return QStringLiteral("error");
    }
    return {};
}

AccountStatus accountStatusFromId(const QString& id)
{
    if (id == QLatin1String("needs_signin"))
        return AccountStatus::NeedsSignIn;
    if (id == QLatin1String("needs_credentials"))
        return AccountStatus::NeedsCredentials;
    if (id == QLatin1String("error"))
        return AccountStatus::Error;
    return AccountStatus::Ok;
}

QString accountStatusDisplay(AccountStatus status)
{
    switch (status) {
    case AccountStatus::Ok:
        return QCoreApplication::translate("authdeck::Account", "Connected");
    case AccountStatus::NeedsSignIn:
        return QCoreApplication::translate("authdeck::Account", "Needs sign-in again");
    case AccountStatus::NeedsCredentials:
        return QCoreApplication::translate("authdeck::Account", "Needs credentials");
    case AccountStatus::Error:
        return QCoreApplication::translate("authdeck::Account", "Error");
    }
    return {};
}

QJsonObject Account::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("id"), id);
    o.insert(QStringLiteral("name"), name);
    o.insert(QStringLiteral("provider"), providerId);
    o.insert(QStringLiteral("scheme"), schemeId(scheme));
    putIfSet(o, QStringLiteral("app"), appId);
    if (!identity.isEmpty())
        o.insert(QStringLiteral("identity"), mapToJson(identity));
    if (!scopes.isEmpty())
        o.insert(QStringLiteral("scopes"), QJsonArray::fromStringList(scopes));
    if (!parameters.isEmpty())
        o.insert(QStringLiteral("parameters"), mapToJson(parameters));
    putIfSet(o, QStringLiteral("subject"), subject);
    putIfSet(o, QStringLiteral("as_user"), asUser);
    if (notificationsOff)
        o.insert(QStringLiteral("notifications_off"), true);
    o.insert(QStringLiteral("status"), accountStatusId(status));
    putIfSet(o, QStringLiteral("status_reason"), statusReason);
    putIfSet(o, QStringLiteral("access_expires"), timeToJson(accessExpires));
    putIfSet(o, QStringLiteral("refresh_issued"), timeToJson(refreshIssued));
    putIfSet(o, QStringLiteral("last_refresh"), timeToJson(lastRefresh));
    putIfSet(o, QStringLiteral("created"), timeToJson(created));
    if (keepsPassword)
        o.insert(QStringLiteral("keeps_password"), true);
    if (!pins.isEmpty())
        o.insert(QStringLiteral("pinned_origins"), mapToJson(pins));
    return o;
}

Account Account::fromJson(const QJsonObject& o)
{
    Account a;
    a.id = o.value(QStringLiteral("id")).toString();
    a.name = o.value(QStringLiteral("name")).toString();
    a.providerId = o.value(QStringLiteral("provider")).toString();
    a.scheme = schemeFromId(o.value(QStringLiteral("scheme")).toString()).value_or(Scheme::OAuth2);
    a.appId = o.value(QStringLiteral("app")).toString();
    a.identity = mapFromJson(o.value(QStringLiteral("identity")));
    for (const QJsonValue& v : o.value(QStringLiteral("scopes")).toArray())
        a.scopes.append(v.toString());
    a.parameters = mapFromJson(o.value(QStringLiteral("parameters")));
    a.subject = o.value(QStringLiteral("subject")).toString();
    a.asUser = o.value(QStringLiteral("as_user")).toString();
    a.notificationsOff = o.value(QStringLiteral("notifications_off")).toBool();
    a.status = accountStatusFromId(o.value(QStringLiteral("status")).toString());
    a.statusReason = o.value(QStringLiteral("status_reason")).toString();
    a.accessExpires = timeFromJson(o.value(QStringLiteral("access_expires")));
    a.refreshIssued = timeFromJson(o.value(QStringLiteral("refresh_issued")));
    a.lastRefresh = timeFromJson(o.value(QStringLiteral("last_refresh")));
    a.created = timeFromJson(o.value(QStringLiteral("created")));
    a.keepsPassword = o.value(QStringLiteral("keeps_password")).toBool();
    a.pins = mapFromJson(o.value(QStringLiteral("pinned_origins")));
    return a;
}

QString Account::identityLabel() const
{
    const QString login = identity.value(QStringLiteral("login"));
    const QString name = identity.value(QStringLiteral("name"));
    QString label = !login.isEmpty() ? login : name;
    if (label.isEmpty())
        label = identity.value(QStringLiteral("id"));
    const QString enterprise = identity.value(QStringLiteral("enterprise_name"));
    if (!enterprise.isEmpty() && !label.isEmpty())
        label += QStringLiteral(" (") + enterprise + QLatin1Char(')');
    return label;
}

} // namespace authdeck
