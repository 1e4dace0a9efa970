#include "sandbox/SandboxSession.h"

#include "accounts/AppService.h"
#include "core/Async.h"
#include "core/Profile.h"
#include "engine/Engine.h"
#include "providers/ProviderCatalog.h"
#include "providers/ProviderParser.h"
#include "sandbox/SandboxServer.h"
#include "sandbox/StandardsSandbox.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>

namespace authdeck {

SandboxSession::SandboxSession(Engine& engine, QObject* parent)
    : QObject(parent)
    , m_engine(engine)
    , m_server(new SandboxServer(this))
    , m_standards(new StandardsSandbox(this))
{}

SandboxSession::~SandboxSession()
{
    m_engine.catalog().removeRuntimeProvider(QStringLiteral("sandbox"));
    m_engine.catalog().removeRuntimeProvider(QStringLiteral("sandbox-m365"));
}

QString SandboxSession::defaultProfilePath()
{
    return QFileInfo(Profile::defaultPath()).dir().filePath(QStringLiteral("sandbox"));
}

void SandboxSession::start(QObject* context, Done done)
{
    auto reply = guarded(context, std::move(done));
    QString why;
    if (!m_server->start(&why)) {
        postLater(this, [reply, why] {
            reply(fail(ErrorKind::Other, tr("The sandbox could not start: %1").arg(why)));
        });
        return;
    }
    Result<Provider> provider = ProviderParser::parse(
        QJsonDocument(m_server->providerJson()).toJson(), QStringLiteral("sandbox"));
    if (!provider.ok()) {
        postLater(this, [reply, e = provider.error()] { reply(e); });
        return;
    }
    m_engine.catalog().addRuntimeProvider(*provider);
    if (!m_standards->start(&why)) {
        postLater(this, [reply, why] {
            reply(fail(ErrorKind::Other, tr("The sandbox could not start: %1").arg(why)));
        });
        return;
    }
    Result<Provider> microsoft =
        ProviderParser::parse(QJsonDocument(m_standards->microsoftProviderJson()).toJson(),
                              QStringLiteral("sandbox-m365"));
    if (!microsoft.ok()) {
        postLater(this, [reply, e = microsoft.error()] { reply(e); });
        return;
    }
    m_engine.catalog().addRuntimeProvider(*microsoft);

    Result<QList<AppRegistration>> apps = m_engine.apps().list();
    if (!apps.ok()) {
        postLater(this, [reply, e = apps.error()] { reply(e); });
        return;
    }
    std::optional<AppRegistration> existing;
    for (const AppRegistration& a : *apps) {
        if (a.providerId == QLatin1String("sandbox") && a.scheme == Scheme::OAuth2
            && a.name == QLatin1String(AppName))
            existing = a;
    }
    if (existing) {
        // The app from an earlier run: the new server learns its client id and secret.
        const AppRegistration app = *existing;
        m_engine.apps().readSecrets(app.id, this, [this, app, reply](Result<SecretRecord> s) {
            if (!s.ok() && s.error().kind == ErrorKind::Keychain) {
                reply(s.error());
                return;
            }
            if (!s.ok() || s->text(QStringLiteral("client_secret")).isEmpty()) {
                // The secret went missing (another keychain, a reset): start the app afresh.
                SandboxClient fresh;
                fresh.name = app.name;
                fresh.redirectUris = {QString::fromLatin1(RedirectUri)};
                fresh = m_server->registerClient(fresh);
                AppInput in;
                in.providerId = app.providerId;
                in.name = app.name;
                in.scheme = Scheme::OAuth2;
                in.clientId = fresh.clientId;
                in.clientSecret = SecretBytes(fresh.clientSecret.toUtf8());
                m_engine.apps().update(app.id, in, true, this,
                                       [reply](Result<AppRegistration> r) { reply(r); });
                return;
            }
            SandboxClient client;
            client.clientId = app.clientId;
            client.clientSecret = s->text(QStringLiteral("client_secret"));
            client.name = app.name;
            client.redirectUris = {QString::fromLatin1(RedirectUri)};
            m_server->registerClient(client);
            reply(app);
        });
        return;
    }
    SandboxClient client;
    client.name = QString::fromLatin1(AppName);
    client.redirectUris = {QString::fromLatin1(RedirectUri)};
    client = m_server->registerClient(client);
    AppInput in;
    in.providerId = QStringLiteral("sandbox");
    in.name = QString::fromLatin1(AppName);
    in.scheme = Scheme::OAuth2;
    in.clientId = client.clientId;
    in.clientSecret = SecretBytes(client.clientSecret.toUtf8());
    m_engine.apps().add(in, this, [reply](Result<AppRegistration> r) { reply(r); });
}

} // namespace authdeck
