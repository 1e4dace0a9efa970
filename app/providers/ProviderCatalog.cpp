#include "providers/ProviderCatalog.h"

#include "accounts/Account.h"
#include "accounts/AppRegistration.h"
#include "core/Log.h"
#include "providers/ProviderParser.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <algorithm>

namespace authdeck {

ProviderCatalog::ProviderCatalog(QObject* parent)
    : QObject(parent)
{}

void ProviderCatalog::load(const QString& overrideDir)
{
    loadFrom(QStringLiteral(":/providers"), overrideDir);
}

void ProviderCatalog::loadFrom(const QString& builtinDir, const QString& overrideDir)
{
    QList<Provider> runtime;
    for (const Provider& p : std::as_const(m_providers)) {
        if (p.sandbox)
            runtime.append(p);
    }
    m_providers.clear();
    m_forbidden.clear();
    m_builtinHosts.clear();
    m_warnings = m_policy.warnings;
    const QList<Provider> builtins = readDir(builtinDir, true);
    // What the denied providers are, before any provider (a copy under another id) is admitted.
    m_policy.learnDenied(builtins);
    QSet<QString> builtinIds;
    for (const Provider& p : builtins) {
        builtinIds.insert(p.id);
        insertSorted(p);
    }
    if (!overrideDir.isEmpty() && QFileInfo(overrideDir).isDir()) {
        for (const Provider& p : readDir(overrideDir, false)) {
            if (builtinIds.contains(p.id) && m_policy.restrictsProviders()) {
                // The policy vouches for the built-in definition only: an allowed provider
                // with the user's own endpoints would be another service under a trusted id.
                warn(QCoreApplication::translate(
                         "authdeck::ProviderCatalog",
                         "%1 would replace the built-in provider \"%2\", but your "
                         "organization's policy (%3) allows providers with their built-in "
                         "endpoints only; the file is ignored.")
                         .arg(p.source, p.id, m_policy.path));
                continue;
            }
            if (find(p.id))
                qCInfo(lcCatalog) << "provider" << p.id << "overridden by" << p.source;
            insertSorted(p);
        }
    }
    for (const Provider& p : std::as_const(runtime))
        insertSorted(p);
    Q_EMIT changed();
}

void ProviderCatalog::warn(const QString& warning)
{
    // Shown by the faces (the CLI on stderr, the window above its lists); the log only keeps a
    // note, so a terminal sees the message once.
    qCInfo(lcCatalog).noquote() << warning;
    m_warnings.append(warning);
}

QList<Provider> ProviderCatalog::readDir(const QString& dir, bool builtin)
{
    QList<Provider> out;
    const QStringList files =
        QDir(dir).entryList({QStringLiteral("*.json")}, QDir::Files | QDir::Readable, QDir::Name);
    for (const QString& name : files) {
        const QString path = dir + QLatin1Char('/') + name;
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly)) {
            warn(QCoreApplication::translate("authdeck::ProviderCatalog",
                                             "%1: cannot be read (%2); skipped.")
                     .arg(name, f.errorString()));
        } else if (f.size() > ProviderParser::MaxFileSize) {
            warn(QCoreApplication::translate("authdeck::ProviderCatalog",
                                             "%1: the file is larger than 256 KB; skipped.")
                     .arg(name));
        } else {
            Result<Provider> parsed = ProviderParser::parse(f.readAll(), name);
            if (!parsed.ok()) {
                warn(QCoreApplication::translate("authdeck::ProviderCatalog", "%1; skipped.")
                         .arg(parsed.error().message));
            } else {
                Provider p = std::move(parsed).value();
                p.builtin = builtin;
                p.source = builtin ? name : path;
                if (builtin) {
                    for (const QString& host : p.literalHosts()) {
                        if (!m_builtinHosts.contains(host))
                            m_builtinHosts.insert(host, p.name);
                    }
                }
                out.append(p);
            }
        }
    }
    return out;
}

void ProviderCatalog::insertSorted(const Provider& provider)
{
    m_providers.removeIf([&](const Provider& p) { return p.id == provider.id; });
    // The organization's policy: forbidden providers and schemes are not offered at all.
    QString why;
    if (!m_policy.admits(provider, &why)) {
        m_forbidden.insert(provider.id);
        // A provider the admin added that the policy refuses for what it is, not its id: say so.
        if (!provider.builtin && m_policy.allowsProvider(provider.id))
            warn(why);
        return;
    }
    Provider allowed = provider;
    if (!m_policy.allowsScheme(Scheme::OAuth2))
        allowed.oauth2.reset();
    if (!m_policy.allowsScheme(Scheme::Jwt))
        allowed.jwt.reset();
    if (!m_policy.allowsScheme(Scheme::ClientCredentials))
        allowed.clientCredentials.reset();
    if (!m_policy.allowsScheme(Scheme::Password))
        allowed.password.reset();
    if (!m_policy.allowsScheme(Scheme::Keys))
        allowed.keys.reset();
    if (!m_policy.allowsScheme(Scheme::Basic))
        allowed.basic.reset();
    if (allowed.schemes().isEmpty()) {
        m_forbidden.insert(provider.id);
        return;
    }
    m_forbidden.remove(provider.id);
    const auto pos = std::lower_bound(m_providers.begin(), m_providers.end(), provider,
                                      [](const Provider& a, const Provider& b) {
                                          return a.name.compare(b.name, Qt::CaseInsensitive) < 0;
                                      });
    m_providers.insert(pos, allowed);
}

void ProviderCatalog::addRuntimeProvider(const Provider& provider)
{
    Provider p = provider;
    p.sandbox = true;
    p.builtin = false;
    insertSorted(p);
    Q_EMIT changed();
}

void ProviderCatalog::removeRuntimeProvider(const QString& id)
{
    m_providers.removeIf([&](const Provider& p) { return p.id == id && p.sandbox; });
    Q_EMIT changed();
}

void ProviderCatalog::setPolicy(const AdminPolicy& policy)
{
    m_policy = policy;
}

bool ProviderCatalog::isForbidden(const QString& id) const
{
    return m_forbidden.contains(id) || !m_policy.allowsProvider(id);
}

Status ProviderCatalog::mayUse(const QString& providerId, Scheme scheme, bool ownEndpoints) const
{
    if (!m_policy.present)
        return {};
    const Provider* provider = find(providerId);
    if (!provider) {
        if (isForbidden(providerId) || m_policy.restrictsProviders())
            return fail(ErrorKind::Usage, m_policy.refusalForProvider(providerId));
        return {};
    }
    if (!m_policy.allowsScheme(scheme))
        return fail(ErrorKind::Usage, m_policy.refusalForScheme(provider->name, scheme));
    if (ownEndpoints && m_policy.restrictsProviders())
        return fail(ErrorKind::Usage, m_policy.refusalForEndpoints(provider->name));
    return {};
}

Status ProviderCatalog::mayUse(const AppRegistration& app) const
{
    const bool ownEndpoints = !app.authorizeUrl.isEmpty() || !app.tokenUrl.isEmpty()
                              || !app.revokeUrl.isEmpty() || !app.apiBase.isEmpty();
    return mayUse(app.providerId, app.scheme, ownEndpoints);
}

Status ProviderCatalog::mayUse(const Account& account, const AppRegistration* app) const
{
    if (app) {
        if (Status s = mayUse(*app); !s.ok())
            return s;
    }
    return mayUse(account.providerId, account.scheme, false);
}

Status ProviderCatalog::mayExportSecrets() const
{
    if (m_policy.present && m_policy.exportsMayIncludeSecrets
        && !*m_policy.exportsMayIncludeSecrets)
        return fail(ErrorKind::Usage, m_policy.refusalForSecretExport());
    return {};
}

QString ProviderCatalog::builtinHostOwner(const QString& host) const
{
    QString h = host.trimmed().toLower();
    if (h.startsWith(QLatin1Char('[')) && h.endsWith(QLatin1Char(']')))
        h = h.mid(1, h.size() - 2);
    // A fully qualified name with its root dot is the same host.
    if (h.endsWith(QLatin1Char('.')))
        h.chop(1);
    return m_builtinHosts.value(h);
}

const Provider* ProviderCatalog::find(const QString& id) const
{
    for (const Provider& p : m_providers) {
        if (p.id == id)
            return &p;
    }
    return nullptr;
}

} // namespace authdeck
