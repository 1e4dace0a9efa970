#include "accounts/EndpointPins.h"

#include "net/UrlPolicy.h"
#include "providers/Provider.h"

#include <QCoreApplication>

namespace authdeck {

namespace {} // namespace

void EndpointOrigins::add(const QString& role, const QUrl& url, const Provider& provider)
{
    const QString origin = UrlPolicy::originOf(url);
    if (origin.isEmpty())
        return;
    QString pinned = origin;
    if (provider.sandbox && origin == UrlPolicy::originOf(QUrl(provider.apiBase)))
        pinned = QStringLiteral("sandbox");
    byRole.insert(role, pinned);
    if (!real.contains(origin))
        real.append(origin);
}

void EndpointOrigins::add(const QString& role, const QString& url, const Provider& provider)
{
    if (!url.isEmpty())
        add(role, QUrl(url, QUrl::StrictMode), provider);
}

QList<EndpointChange> EndpointOrigins::differencesFrom(const QMap<QString, QString>& pinned) const
{
    QList<EndpointChange> changes;
    const QList<QString> pinnedOrigins = pinned.values();
    for (auto it = byRole.begin(); it != byRole.end(); ++it) {
        const auto was = pinned.constFind(it.key());
        if (was != pinned.constEnd() && *was == it.value())
            continue;
        // A role the app did not have when it was pinned may use an origin it already trusts.
        if (was == pinned.constEnd() && pinnedOrigins.contains(it.value()))
            continue;
        changes.append({it.key(), was == pinned.constEnd() ? QString() : *was, it.value()});
    }
    return changes;
}

QStringList EndpointOrigins::changesFrom(const QMap<QString, QString>& pinned) const
{
    QStringList lines;
    for (const EndpointChange& c : differencesFrom(pinned)) {
        lines.append(
            c.pinned.isEmpty()
                ? QCoreApplication::translate("authdeck::EndpointPins", "%1: new, %2")
                      .arg(roleName(c.role), c.now)
                : QCoreApplication::translate("authdeck::EndpointPins", "%1: was %2, now %3")
                      .arg(roleName(c.role), c.pinned, c.now));
    }
    return lines;
}

QString EndpointOrigins::roleName(const QString& role)
{
    const qsizetype dot = role.indexOf(QLatin1Char('.'));
    const QString base = dot < 0 ? role : role.mid(dot + 1);
    QString name;
    if (base == QLatin1String("authorize"))
        name = QCoreApplication::translate("authdeck::EndpointPins", "sign-in page");
    else if (base == QLatin1String("token"))
        name = QCoreApplication::translate("authdeck::EndpointPins", "token endpoint");
    else if (base == QLatin1String("revoke"))
        name = QCoreApplication::translate("authdeck::EndpointPins", "revocation endpoint");
    else if (base == QLatin1String("api"))
        name = QCoreApplication::translate("authdeck::EndpointPins", "API");
    else if (base == QLatin1String("verify"))
        name = QCoreApplication::translate("authdeck::EndpointPins", "verification call");
    else
        name = base;
    if (dot < 0)
        return name;
    const std::optional<Scheme> scheme = schemeFromId(role.left(dot));
    return QCoreApplication::translate("authdeck::EndpointPins", "%1 (%2)")
        .arg(name, scheme ? schemeDisplayName(*scheme) : role.left(dot));
}

Error EndpointOrigins::held(const QString& what, const QStringList& changes,
                            const QString& approveCommand)
{
    return fail(ErrorKind::BadInput,
                QCoreApplication::translate(
                    "authdeck::EndpointPins",
                    "%1 is held because its endpoints changed (%2). Nothing was sent. Check the "
                    "change, then approve it with: %3")
                    .arg(what, changes.join(QStringLiteral("; ")), approveCommand));
}

} // namespace authdeck
