#include "engine/Engine.h"

#include "accounts/AccountService.h"
#include "accounts/AppService.h"
#include "accounts/ProfileStore.h"
#include "accounts/RefreshScheduler.h"
#include "accounts/TokenService.h"
#include "auth/ServerAuthMinter.h"
#include "core/Async.h"
#include "core/Log.h"
#include "engine/AppSettings.h"
#include "engine/CertificateTrustPolicy.h"
#include "net/HttpClient.h"
#include "providers/ProviderCatalog.h"
#include "sandbox/SandboxSession.h"
#include "secrets/KeychainSecretStore.h"
#include "secrets/MemorySecretStore.h"
#include "store/DatabaseSecretStore.h"
#include "store/ProfileKey.h"
#include "store/ProfileMigration.h"
#include "store/TeamBinding.h"

#include <QCoreApplication>
#include <QEvent>
#include <QFileInfo>
#include <QPointer>
#include <QTimer>

#include <cstdio>
#include <cstdlib>

namespace authdeck {

namespace {

#if defined(AUTHDECK_TEST_BUILD)
// Test builds only (release builds hold neither the hook nor its name).
// AUTHDECK_QUIT_AFTER_FIRST_PAINT=1: end the process once the main window's first paint pass is
// complete (the first-paint benchmark, tests/bench/compare.py, against floor_qmainwindow which
// does the same). Nothing is saved: the process ends with _Exit. Just before, it prints one line
// of counts on stderr (refresh schedulers, armed refresh timers, active QTimers) for the
// 10,000-account row of the same script.
class QuitAfterFirstPaint : public QObject {
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Paint && watched->isWidgetType() && !m_done) {
            m_done = true;
            m_painted = watched;
            qCDebug(lcLifecycle) << "first paint; quitting (AUTHDECK_QUIT_AFTER_FIRST_PAINT)";
            // Ahead of every event already posted (a keychain check, timers): the process ends
            // as soon as this paint pass is complete, and teardown is not timed.
            QCoreApplication::postEvent(this, new QEvent(QEvent::User), Qt::HighEventPriority);
        }
        return false;
    }
    void customEvent(QEvent*) override
    {
        reportTimers();
        std::fflush(nullptr);
        std::_Exit(0);
    }

private:
    // One line on stderr for the 10,000-account benchmark: how many refresh schedulers exist in
    // the painted window, how many of their timers are armed, and how many QTimers are active
    // in the window and the application object trees. Counts only, nothing about any account.
    void reportTimers() const
    {
        QObject* root = m_painted;
        while (root && root->parent())
            root = root->parent();
        QList<QObject*> roots{QCoreApplication::instance()};
        if (root && root != roots.first())
            roots.append(root);
        int schedulers = 0;
        int armed = 0;
        int active = 0;
        for (QObject* r : std::as_const(roots)) {
            for (const RefreshScheduler* s : r->findChildren<RefreshScheduler*>()) {
                ++schedulers;
                armed += s->isActive() ? 1 : 0;
            }
            for (const QTimer* t : r->findChildren<QTimer*>())
                active += t->isActive() ? 1 : 0;
        }
        std::fprintf(stderr,
                     "authdeck-first-paint: refresh-schedulers=%d refresh-timers-armed=%d "
                     "active-qtimers=%d\n",
                     schedulers, armed, active);
    }

    bool m_done = false;
    QPointer<QObject> m_painted;
};

void installBenchmarkHooks()
{
    QCoreApplication* app = QCoreApplication::instance();
    if (app && qEnvironmentVariableIntValue("AUTHDECK_QUIT_AFTER_FIRST_PAINT") == 1)
        app->installEventFilter(new QuitAfterFirstPaint(app));
}
#endif

} // namespace

Engine::Engine(const Profile& profile, QObject* parent)
    : QObject(parent)
    , m_profile(profile)
{}

Engine::~Engine()
{
    // Before the catalog it removes its provider from (children go in creation order).
    delete m_sandbox;
}

QString Engine::secretKeyPrefix() const
{
    // Windows ignores the service name, so the application name is part of every key too.
    return QStringLiteral("authdeck:%1:").arg(m_profile.id());
}

Result<std::unique_ptr<Engine>> Engine::create(const EngineOptions& options, QObject* parent)
{
#if defined(AUTHDECK_TEST_BUILD)
    installBenchmarkHooks();
#endif
    Result<Profile> profile = Profile::open(options.profileDir);
    if (!profile.ok())
        return profile.error();
    std::unique_ptr<Engine> e(new Engine(*profile, parent));
    e->m_catalog = new ProviderCatalog(e.get());
    e->m_catalog->setPolicy(AdminPolicy::load(AdminPolicy::defaultPath()));
    e->m_catalog->load(e->m_profile.providersDir());
    e->m_store = new ProfileStore(e->m_profile, e.get());
    // A profile bound to a team keeps everything in the team's database (store/TeamBinding.h).
    Result<std::optional<TeamBinding>> team = TeamBinding::load(e->m_profile);
    if (!team.ok())
        return team.error();
    if (*team) {
        if (options.store != SecretStoreKind::Keychain) {
            return fail(ErrorKind::Usage,
                        tr("This profile belongs to the team \"%1\", whose key is kept in the "
                           "keychain; open it without --secret-store vault.")
                            .arg((*team)->teamName));
        }
        e->m_store->bindTeam(**team);
    }
    e->m_http = new HttpClient(e.get());
    switch (options.store) {
    case SecretStoreKind::Keychain: {
        // One keychain entry per profile, its key; every secret in the profile's database.
        auto* keychain = new KeychainSecretStore(keychainService(),
                                                 e->secretKeyPrefix() + QStringLiteral("probe"));
        keychain->setJobTimeout(options.keychainTimeoutMs);
        e->m_keychain = keychain;
        auto* key = new KeychainProfileKey(keychain, e->profileKeyEntry());
        keychain->setParent(key);
        e->m_secrets = new DatabaseSecretStore(*e->m_store, key, e->secretKeyPrefix(), e.get());
        break;
    }
    case SecretStoreKind::Memory:
        e->m_secrets = new MemorySecretStore(e.get());
        break;
    case SecretStoreKind::Vault:
        if (options.vaultPassphrase.isEmpty())
            return fail(ErrorKind::Usage, tr("The encrypted vault needs its passphrase "
                                             "(--vault-passphrase-file F)."));
        // The same database, its key derived from the passphrase instead.
        e->m_vaultPassphrase = options.vaultPassphrase;
        e->m_secrets =
            new DatabaseSecretStore(*e->m_store, new VaultProfileKey(options.vaultPassphrase),
                                    e->secretKeyPrefix(), e.get());
        break;
    }
    e->m_apps =
        new AppService(*e->m_store, *e->m_secrets, *e->m_catalog, e->secretKeyPrefix(), e.get());
    e->m_accounts = new AccountService(*e->m_store, *e->m_secrets, e->secretKeyPrefix(), e.get());
    // Asked at every handshake a trusted certificate would rescue, so it sees the registrations
    // as they are then; the HttpClient is the engine's child and never outlives it.
    Engine* engine = e.get();
    e->m_http->setTrustCheck([engine](const QString& host, quint16 port) {
        return engine->certificateTrustRefusal(host, port);
    });
    // The admin's network preferences (Settings > Network), when they were ever saved.
    if (QFileInfo::exists(AppSettings::filePath(e->m_profile)))
        e->applySettings(AppSettings::load(e->m_profile));
    e->m_minters = new serverauth::Minters(*e->m_catalog, *e->m_apps, *e->m_http, e.get());
    e->m_tokens = new TokenService(
        {*e->m_catalog, *e->m_store, *e->m_apps, *e->m_accounts, *e->m_http}, e.get());
    e->m_tokens->setMinter(Scheme::Jwt, e->m_minters->jwt());
    e->m_tokens->setMinter(Scheme::ClientCredentials, e->m_minters->clientCredentials());
    return e;
}

QString Engine::profileKeyEntry() const
{
    return m_store && m_store->isTeam() ? teamKeyEntry()
                                        : secretKeyPrefix() + QStringLiteral("profile-key");
}

QString Engine::teamKeyEntry() const
{
    return secretKeyPrefix() + QStringLiteral("team-key");
}

QString Engine::teamPasswordEntry() const
{
    return secretKeyPrefix() + QStringLiteral("team-database-password");
}

void Engine::prepare(QObject* context, std::function<void(Status)> done)
{
    if (m_store->isTeam() && m_keychain) {
        // The team database's password, when this machine was given one, before the first
        // query; without it libpq's own conventions apply (~/.pgpass, PGPASSWORD).
        auto reply = guarded(context, std::move(done));
        m_keychain->read(teamPasswordEntry(), this,
                         [this, reply](Result<std::optional<SecretBytes>> pass) {
                             if (!pass.ok()) {
                                 reply(pass.error());
                                 return;
                             }
                             if (pass->has_value())
                                 m_store->setTeamPassword(**pass);
                             reply({});
                         });
        return;
    }
    ProfileMigration::run(*this, context, std::move(done));
}

Status Engine::mayUse(const Account& account) const
{
    return m_tokens->mayUse(account);
}

void Engine::startSandbox(QObject* context, std::function<void(Status)> done)
{
    if (!m_sandbox)
        m_sandbox = new SandboxSession(*this, this);
    m_sandbox->start(context, [done = std::move(done)](Result<AppRegistration> app) {
        if (!app.ok())
            done(app.error());
        else
            done({});
    });
}

void Engine::applySettings(const AppSettings& settings)
{
    settings.apply(*m_http);
    for (const QString& warning : certificateTrustWarnings(settings))
        qCWarning(lcNet).noquote() << warning;
}

QString Engine::certificateTrustRefusal(const QString& host, quint16 port) const
{
    // An unreadable profile lists no registration, so nothing is trusted: fail closed.
    const Result<QList<AppRegistration>> apps = m_apps->list();
    return CertificateTrustPolicy::refusal(*m_catalog, apps.ok() ? *apps : QList<AppRegistration>(),
                                           host, port);
}

QStringList Engine::certificateTrustWarnings(const AppSettings& settings) const
{
    const Result<QList<AppRegistration>> apps = m_apps->list();
    return CertificateTrustPolicy::warnings(
        *m_catalog, apps.ok() ? *apps : QList<AppRegistration>(), settings.trustedHosts);
}

} // namespace authdeck
