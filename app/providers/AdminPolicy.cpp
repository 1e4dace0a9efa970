#include "providers/AdminPolicy.h"

#include "core/Log.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace authdeck {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("authdeck::AdminPolicy", text);
}

constexpr qint64 MaxPolicyBytes = 64 * 1024;

} // namespace

QString AdminPolicy::defaultPath()
{
    const QString env = qEnvironmentVariable("AUTHDECK_POLICY_FILE");
    if (!env.isEmpty())
        return env;
    return QStringLiteral("/etc/authdeck/policy.json");
}

AdminPolicy AdminPolicy::load(const QString& path)
{
    AdminPolicy policy;
    policy.path = path;
    if (path.isEmpty() || !QFileInfo::exists(path))
        return policy;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        policy.warnings.append(tr("The policy file %1 cannot be read (%2); it is ignored.")
                                   .arg(path, f.errorString()));
        return policy;
    }
    if (f.size() > MaxPolicyBytes) {
        policy.warnings.append(
            tr("The policy file %1 is larger than 64 KB; it is ignored.").arg(path));
        return policy;
    }
    return parse(f.readAll(), path);
}

AdminPolicy AdminPolicy::parse(const QByteArray& json, const QString& path)
{
    AdminPolicy policy;
    policy.path = path;
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &pe);
    if (!doc.isObject()) {
        policy.warnings.append(tr("The policy file %1 is not a JSON object (%2); it is ignored.")
                                   .arg(path, pe.errorString()));
        return policy;
    }
    const QJsonObject o = doc.object();
    auto names = [&](const QJsonValue& v, const QString& where) -> std::optional<QStringList> {
        if (v.isUndefined())
            return std::nullopt;
        if (!v.isArray()) {
            policy.warnings.append(
                tr("The policy file %1: \"%2\" must be a list of names; it is ignored.")
                    .arg(path, where));
            return std::nullopt;
        }
        QStringList out;
        for (const QJsonValue& item : v.toArray()) {
            if (item.isString())
                out.append(item.toString().trimmed().toLower());
        }
        return out;
    };
    const QJsonObject providers = o.value(u"providers").toObject();
    if (const auto allow = names(providers.value(u"allow"), QStringLiteral("providers.allow")))
        policy.allowedProviders = QSet<QString>(allow->begin(), allow->end());
    if (const auto deny = names(providers.value(u"deny"), QStringLiteral("providers.deny")))
        policy.deniedProviders = QSet<QString>(deny->begin(), deny->end());

    const QJsonObject schemes = o.value(u"schemes").toObject();
    auto toSchemes = [&](const QStringList& ids, const QString& where) {
        QSet<QString> out;
        for (const QString& id : ids) {
            if (const std::optional<Scheme> s = schemeFromId(id))
                out.insert(schemeId(*s));
            else
                policy.warnings.append(
                    tr("The policy file %1: unknown scheme \"%2\" in %3.").arg(path, id, where));
        }
        return out;
    };
    if (const auto allow = names(schemes.value(u"allow"), QStringLiteral("schemes.allow")))
        policy.allowedSchemes = toSchemes(*allow, QStringLiteral("schemes.allow"));
    if (const auto deny = names(schemes.value(u"deny"), QStringLiteral("schemes.deny")))
        policy.deniedSchemes = toSchemes(*deny, QStringLiteral("schemes.deny"));

    const QJsonValue exports = o.value(u"exports_may_include_secrets");
    if (exports.isBool())
        policy.exportsMayIncludeSecrets = exports.toBool();
    else if (!exports.isUndefined())
        policy.warnings.append(
            tr("The policy file %1: \"exports_may_include_secrets\" must be true or false.")
                .arg(path));
    policy.present = true;
    for (const QString& w : std::as_const(policy.warnings))
        qCWarning(lcCatalog).noquote() << w;
    return policy;
}

bool AdminPolicy::allowsProvider(const QString& providerId) const
{
    const QString id = providerId.toLower();
    if (deniedProviders.contains(id))
        return false;
    return !allowedProviders || allowedProviders->contains(id);
}

bool AdminPolicy::allowsScheme(Scheme scheme) const
{
    const QString id = schemeId(scheme);
    if (deniedSchemes.contains(id))
        return false;
    return !allowedSchemes || allowedSchemes->contains(id);
}

bool AdminPolicy::restricts() const
{
    return present
           && (allowedProviders || !deniedProviders.isEmpty() || allowedSchemes
               || !deniedSchemes.isEmpty());
}

QString AdminPolicy::refusalForProvider(const QString& providerId) const
{
    return tr("The provider \"%1\" is not allowed by your organization's policy (%2); it is "
              "managed by your organization.")
        .arg(providerId, path);
}

QString AdminPolicy::refusalForScheme(const QString& providerName, Scheme scheme) const
{
    return tr("%1 through %2 is not allowed by your organization's policy (%3); it is managed "
              "by your organization.")
        .arg(providerName, schemeId(scheme), path);
}

} // namespace authdeck
