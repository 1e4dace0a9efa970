#include "engine/CertificateTrustPolicy.h"

#include "net/UrlPolicy.h"
#include "providers/ProviderCatalog.h"
#include "providers/Template.h"

#include <QCoreApplication>
#include <QUrl>

namespace authdeck {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("authdeck::CertificateTrustPolicy", text);
}

// Every URL template of a provider that can name the admin's server.
QStringList endpointTemplates(const Provider& p)
{
    QStringList out{p.apiBase, p.verify.url};
    for (const VerifySpec& v : p.verifyByScheme)
        out.append(v.url);
    if (p.oauth2)
        out << p.oauth2->authorizeUrl << p.oauth2->tokenUrl << p.oauth2->revokeUrl;
    if (p.jwt)
        out.append(p.jwt->tokenUrl);
    if (p.clientCredentials)
        out.append(p.clientCredentials->tokenUrl);
    if (p.password)
        out.append(p.password->tokenUrl);
    if (p.basic)
        out.append(p.basic->tokenUrl);
    out.removeAll(QString());
    return out;
}

// The https endpoints on the registration's own server host: its templates filled with its
// parameters, kept where the URL's host is the one the admin entered.
QSet<QString> endpointsOf(const Provider& provider, const AppRegistration& app)
{
    QSet<QString> out;
    const QString server = QUrl(QStringLiteral("https://") + app.host()).host();
    if (app.host().isEmpty() || server.isEmpty())
        return out;
    QHash<QString, QString> vars;
    for (const ParameterSpec& spec : provider.parameters)
        vars.insert(spec.name, app.parameters.value(spec.name, spec.defaultValue));
    if (!provider.apiBase.isEmpty()) {
        if (Result<QString> base = tmpl::expand(provider.apiBase, vars); base.ok())
            vars.insert(QStringLiteral("api_base"), *base);
    }
    for (const QString& templ : endpointTemplates(provider)) {
        // Templates that need more than the registration holds ({endpoint}, {client_id}) name no
        // server of the admin's.
        const Result<QString> filled = tmpl::expand(templ, vars);
        if (!filled.ok())
            continue;
        const QUrl url(*filled, QUrl::StrictMode);
        if (url.scheme().compare(QLatin1String("https"), Qt::CaseInsensitive) != 0
            || url.host().compare(server, Qt::CaseInsensitive) != 0)
            continue;
        out.insert(UrlPolicy::endpointKey(url.host(), quint16(url.port(443))));
    }
    return out;
}

} // namespace

QSet<QString> CertificateTrustPolicy::serverEndpoints(const ProviderCatalog& catalog,
                                                      const QList<AppRegistration>& apps)
{
    QSet<QString> out;
    for (const AppRegistration& app : apps) {
        if (const Provider* provider = catalog.find(app.providerId))
            out.unite(endpointsOf(*provider, app));
    }
    return out;
}

QString CertificateTrustPolicy::refusal(const ProviderCatalog& catalog,
                                        const QList<AppRegistration>& apps, const QString& host,
                                        quint16 port)
{
    const QString key = UrlPolicy::endpointKey(host, port);
    if (key.isEmpty())
        return tr("\"%1\" is not a host name or address.").arg(host);
    const QString owner = catalog.builtinHostOwner(host);
    if (!owner.isEmpty()) {
        return tr("%1 is a server of %2 in AuthDeck's built-in catalog: its certificate must be "
                  "issued by a certificate authority, and AuthDeck never accepts a self-signed "
                  "one for it.")
            .arg(host.toLower(), owner);
    }
    if (!serverEndpoints(catalog, apps).contains(key)) {
        return tr("No app registration of this profile uses %1 as its server; a self-signed "
                  "certificate is trusted only for the server host of an app registration.")
            .arg(key);
    }
    return {};
}

QStringList CertificateTrustPolicy::warnings(const ProviderCatalog& catalog,
                                             const QList<AppRegistration>& apps,
                                             const QMap<QString, QString>& trusted)
{
    QStringList out;
    for (auto it = trusted.begin(); it != trusted.end(); ++it) {
        QString host;
        quint16 port = 0;
        QString why;
        if (!UrlPolicy::splitEndpoint(it.key(), &host, &port))
            why = tr("\"%1\" is not a host name or address.").arg(it.key());
        else
            why = refusal(catalog, apps, host, port);
        if (!why.isEmpty())
            out.append(tr("The trusted certificate for %1 is ignored: %2").arg(it.key(), why));
    }
    return out;
}

} // namespace authdeck
