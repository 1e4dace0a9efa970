#include "providers/ProviderCatalog.h"

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
    loadDir(builtinDir, true);
    if (!overrideDir.isEmpty() && QFileInfo(overrideDir).isDir())
        loadDir(overrideDir, false);
    for (const Provider& p : std::as_const(runtime))
        insertSorted(p);
    Q_EMIT changed();
}

void ProviderCatalog::loadDir(const QString& dir, bool builtin)
{
    const QStringList files =
        QDir(dir).entryList({QStringLiteral("*.json")}, QDir::Files | QDir::Readable, QDir::Name);
    for (const QString& name : files) {
        const QString path = dir + QLatin1Char('/') + name;
        QFile f(path);
        QString warning;
        if (!f.open(QIODevice::ReadOnly)) {
            warning = QCoreApplication::translate("authdeck::ProviderCatalog",
                                                  "%1: cannot be read (%2); skipped.")
                          .arg(name, f.errorString());
        } else if (f.size() > ProviderParser::MaxFileSize) {
            warning = QCoreApplication::translate("authdeck::ProviderCatalog",
                                                  "%1: the file is larger than 256 KB; skipped.")
                          .arg(name);
        } else {
            Result<Provider> parsed = ProviderParser::parse(f.readAll(), name);
            if (!parsed.ok()) {
                warning = QCoreApplication::translate("authdeck::ProviderCatalog", "%1; skipped.")
                              .arg(parsed.error().message);
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
                if (!builtin && find(p.id))
                    qCInfo(lcCatalog) << "provider" << p.id << "overridden by" << path;
                insertSorted(p);
            }
        }
        if (!warning.isEmpty()) {
            qCWarning(lcCatalog).noquote() << warning;
            m_warnings.append(warning);
        }
    }
}

void ProviderCatalog::insertSorted(const Provider& provider)
{
    m_providers.removeIf([&](const Provider& p) { return p.id == provider.id; });
    // The organization's policy: forbidden providers and schemes are not offered at all.
    if (!m_policy.allowsProvider(provider.id)) {
        m_forbidden.insert(provider.id);
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
