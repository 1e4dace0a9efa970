#include "auth/AdminConsent.h"

#include "accounts/AppService.h"
#include "auth/LoopbackReplyHandler.h"
#include "core/Async.h"
#include "core/Log.h"
#include "crypto/Random.h"
#include "engine/Engine.h"
#include "net/UrlPolicy.h"
#include "providers/ProviderCatalog.h"
#include "providers/Template.h"

#include <QUrlQuery>

namespace authdeck {

AdminConsentJob::AdminConsentJob(Engine& engine, QString app, int timeoutSeconds, QObject* parent)
    : QObject(parent)
    , m_engine(engine)
    , m_appName(std::move(app))
    , m_timeoutSeconds(timeoutSeconds)
{
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        finish(fail(ErrorKind::Network,
                    tr("No answer to the admin consent request came within %1 seconds; open the "
                       "address again, or run the command again.")
                        .arg(m_timeoutSeconds)));
    });
}

AdminConsentJob::~AdminConsentJob() = default;

void AdminConsentJob::start()
{
    auto failLater = [this](const Error& e) { postLater(this, [this, e] { finish(e); }); };
    Result<AppRegistration> app = m_engine.apps().find(m_appName);
    if (!app.ok()) {
        failLater(app.error());
        return;
    }
    if (Status allowed = m_engine.catalog().mayUse(*app); !allowed.ok()) {
        failLater(allowed.error());
        return;
    }
    const Provider* provider = m_engine.catalog().find(app->providerId);
    if (!provider || !provider->oauth2 || provider->oauth2->adminConsentUrl.isEmpty()) {
        failLater(fail(ErrorKind::Usage,
                       tr("%1 has no tenant-wide admin consent step; the app \"%2\" needs none.")
                           .arg(provider ? provider->name : app->providerId, app->name)));
        return;
    }
    m_providerName = provider->name;
    Result<ResolvedApp> resolved = m_engine.apps().resolve(*app);
    if (!resolved.ok()) {
        failLater(resolved.error());
        return;
    }
    Result<QString> filled = tmpl::expand(provider->oauth2->adminConsentUrl, resolved->variables);
    if (!filled.ok()) {
        failLater(filled.error());
        return;
    }
    QUrl url(*filled, QUrl::StrictMode);
    if (Status s = UrlPolicy::checkEndpoint(url, tr("admin consent URL")); !s.ok()) {
        failLater(s.error());
        return;
    }
    m_handler = new LoopbackReplyHandler(this);
    m_handler->setExpectAdminConsent(true);
    m_handler->setProviderName(provider->name);
    if (Status s = m_handler->listen(static_cast<quint16>(app->redirectPort)); !s.ok()) {
        failLater(s.error());
        return;
    }
    const QString state = crypto::Random::randomToken(32);
    m_handler->setExpectedState(state);
    // App-only permissions: what the client credentials grant will ask for.
    QStringList scopes = app->scopes;
    if (app->scheme != Scheme::OAuth2 && scopes.isEmpty() && provider->clientCredentials)
        scopes = provider->clientCredentials->scopes;
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("client_id"), app->clientId);
    if (!scopes.isEmpty())
        query.addQueryItem(QStringLiteral("scope"), QString::fromLatin1(QUrl::toPercentEncoding(
                                                        scopes.join(QLatin1Char(' ')))));
    query.addQueryItem(QStringLiteral("redirect_uri"),
                       QString::fromLatin1(QUrl::toPercentEncoding(m_handler->callback())));
    query.addQueryItem(QStringLiteral("state"), state);
    url.setQuery(query.query(QUrl::FullyEncoded), QUrl::StrictMode);
    m_url = url;

    connect(m_handler, &LoopbackReplyHandler::redirectReceived, this,
            [this](const Result<AuthorizationResponse>& r) {
                if (!r.ok()) {
                    finish(r.error());
                    return;
                }
                const QString tenant = r->tenant;
                connect(
                    m_handler, &LoopbackReplyHandler::browserAnswered, this,
                    [this, tenant] { finish(tenant); }, Qt::SingleShotConnection);
                m_handler->answerBrowser(
                    {}, tr("The tenant %1 granted consent to the app. You can close this tab "
                           "and return to AuthDeck.")
                            .arg(tenant));
            });
    m_timeout.start(std::max(1, m_timeoutSeconds) * 1000);
    qCInfo(lcAuth) << "admin consent URL ready for" << url.host();
    postLater(this, [this, url] { Q_EMIT consentUrlReady(url); });
}

void AdminConsentJob::cancel()
{
    finish(fail(ErrorKind::Cancelled, tr("The admin consent request was cancelled.")));
}

void AdminConsentJob::finish(const Result<QString>& result)
{
    if (m_finished)
        return;
    m_finished = true;
    m_timeout.stop();
    if (m_handler)
        m_handler->close();
    Q_EMIT finished(result);
}

} // namespace authdeck
