// `authdeck-cli demo`: every connect flow, through the same engine code the GUI and the CLI use,
// against the embedded sandbox, in a throwaway profile. One line per step and a summary; exit 0
// only when every step that exists held.
#include "accounts/AccountService.h"
#include "accounts/AppService.h"
#include "accounts/TokenService.h"
#include "auth/AdminConsent.h"
#include "auth/Discovery.h"
#include "auth/OAuthConnectJob.h"
#include "auth/PasswordConnect.h"
#include "auth/ServerConnect.h"
#include "box/BoxToolbox.h"
#include "box/WebhookSignature.h"
#include "cli/Cli.h"
#include "crypto/Certificate.h"
#include "crypto/Random.h"
#include "crypto/RsaKey.h"
#include "net/HttpClient.h"
#include "net/HttpResponder.h"
#include "net/LocalHttpServer.h"
#include "providers/ProviderCatalog.h"
#include "sandbox/SandboxServer.h"
#include "sandbox/SandboxSession.h"
#include "sandbox/StandardsSandbox.h"
#include "secrets/SecretStore.h"
#include "store/DatabaseSecretStore.h"
#include "store/ProfileKey.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>
#include <QTemporaryDir>
#include <QTimer>
#include <QUrlQuery>

namespace authdeck::cli {

namespace {

enum class Outcome { Held, Failed, NotYet };

struct Step {
    QString name;
    // Runs the step and calls back once with its outcome and a one-line detail.
    std::function<void(std::function<void(Outcome, QString)>)> run;
};

// The demo's state: a throwaway profile, an engine on it, the sandbox.
class Demo : public QObject {
public:
    Demo(Cli& cli)
        : m_cli(cli)
    {}

    void start()
    {
        if (!m_dir.isValid()) {
            m_cli.failWith(ErrorKind::Other, Cli::tr("Cannot create a temporary profile folder."));
            return;
        }
        openEngine(SecretStoreKind::Keychain);
    }

private:
    void openEngine(SecretStoreKind kind)
    {
        EngineOptions o;
        o.profileDir = m_dir.path();
        o.store = kind;
        o.keychainTimeoutMs = 10000;
        Result<std::unique_ptr<Engine>> e = Engine::create(o);
        if (!e.ok()) {
            m_cli.failWith(e.error());
            return;
        }
        m_engine = std::move(e).value();
        if (kind == SecretStoreKind::Memory) {
            startSandbox();
            return;
        }
        m_engine->secrets().checkHealth(this, [this](StoreHealth h) {
            if (h.state == StoreState::Ready) {
                m_cli.message(Cli::tr("Secrets go to the %1 under a throwaway profile.")
                                  .arg(m_engine->secrets().displayName()));
                startSandbox();
                return;
            }
            m_cli.message(h.message);
            m_cli.message(Cli::tr("The demo keeps its secrets in memory instead."));
            // Not deleted while its own callback runs.
            m_engine.release()->deleteLater();
            openEngine(SecretStoreKind::Memory);
        });
    }

    void startSandbox()
    {
        m_engine->startSandbox(this, [this](Status s) {
            if (!s.ok()) {
                m_cli.failWith(s.error());
                return;
            }
            m_cli.message(Cli::tr("Sandbox running at %1").arg(server().baseUrl().toString()));
            buildSteps();
            next();
        });
    }

    SandboxServer& server() { return m_engine->sandbox()->server(); }
    StandardsSandbox& standards() { return m_engine->sandbox()->standards(); }

    void buildSteps()
    {
        m_steps = {
            {Cli::tr("OAuth 2.0 sign-in with PKCE"), [this](auto done) { oauth(done); }},
            {Cli::tr("Refresh (single-use refresh token)"), [this](auto done) { refresh(done); }},
            {Cli::tr("JWT with a fresh key pair"), [this](auto done) { jwt(done); }},
            {Cli::tr("Client credentials"), [this](auto done) { clientCredentials(done); }},
            {Cli::tr("Box webhook: a signed delivery verified"),
             [this](auto done) { webhook(done); }},
            {Cli::tr("Box downscoped token for a script"), [this](auto done) { downscope(done); }},
            {Cli::tr("Password exchanged for tokens"), [this](auto done) { password(done); }},
            {Cli::tr("Discovery by issuer (RFC 8414, OpenID Connect)"),
             [this](auto done) { discovery(done); }},
            {Cli::tr("Sign-in with private_key_jwt client authentication"),
             [this](auto done) { privateKeyJwt(done); }},
            {Cli::tr("Device flow with slow_down (RFC 8628)"), [this](auto done) { device(done); }},
            {Cli::tr("Microsoft 365: admin consent, then app-only with a certificate"),
             [this](auto done) { microsoft(done); }},
            {Cli::tr("Revoke and disconnect"), [this](auto done) { revoke(done); }},
        };
    }

    void next()
    {
        if (m_index >= m_steps.size()) {
            finish();
            return;
        }
        const Step& step = m_steps.at(m_index);
        step.run([this, name = step.name](Outcome outcome, const QString& detail) {
            const QString mark = outcome == Outcome::Held     ? QStringLiteral("ok  ")
                                 : outcome == Outcome::NotYet ? QStringLiteral("--  ")
                                                              : QStringLiteral("FAIL");
            const QString status = outcome == Outcome::Held     ? Cli::tr("held")
                                   : outcome == Outcome::NotYet ? Cli::tr("not yet available")
                                                                : Cli::tr("failed");
            m_cli.print(QStringLiteral("%1 %2: %3 (%4)").arg(mark, name, status, detail));
            m_outcomes.append(outcome);
            ++m_index;
            QMetaObject::invokeMethod(
                this, [this] { next(); }, Qt::QueuedConnection);
        });
    }

    void finish()
    {
        // The throwaway profile's folder goes with m_dir; its one keychain entry goes now.
        if (auto* store = qobject_cast<DatabaseSecretStore*>(&m_engine->secrets());
            store && !m_keyErased) {
            m_keyErased = true;
            store->lock();
            store->profileKey().erase(this, [this](Status s) {
                if (!s.ok())
                    m_cli.message(Cli::tr("The demo profile's key could not be deleted from the "
                                          "keychain: %1")
                                      .arg(s.error().fullMessage()));
                finish();
            });
            return;
        }
        const qsizetype held = m_outcomes.count(Outcome::Held);
        const qsizetype failed = m_outcomes.count(Outcome::Failed);
        const qsizetype notYet = m_outcomes.count(Outcome::NotYet);
        m_cli.print(Cli::tr("%1 steps: %2 held, %3 failed, %4 not yet available.")
                        .arg(m_outcomes.size())
                        .arg(held)
                        .arg(failed)
                        .arg(notYet));
        if (failed > 0)
            m_cli.failWith(ErrorKind::Other,
                           Cli::tr("%n demo step(s) failed.", nullptr, int(failed)));
        else
            m_cli.succeed();
    }

    // The admin's browser, played by the demo: opens the consent page, approves it, and follows
    // the redirect back to AuthDeck's loopback listener.
    void approveInBrowser(const QUrl& url)
    {
        QNetworkReply* page = m_nam.get(QNetworkRequest(url));
        connect(page, &QNetworkReply::finished, this, [this, page, url] {
            page->deleteLater();
            const QString requestId = SandboxServer::consentRequestId(page->readAll());
            QUrl decision = url;
            decision.setQuery(QString());
            QNetworkRequest post(decision);
            post.setHeader(QNetworkRequest::ContentTypeHeader,
                           QStringLiteral("application/x-www-form-urlencoded"));
            post.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                              QNetworkRequest::NoLessSafeRedirectPolicy);
            QUrlQuery form;
            form.addQueryItem(QStringLiteral("request_id"), requestId);
            form.addQueryItem(QStringLiteral("decision"), QStringLiteral("approve"));
            QNetworkReply* answer = m_nam.post(post, form.query(QUrl::FullyEncoded).toUtf8());
            connect(answer, &QNetworkReply::finished, answer, &QObject::deleteLater);
        });
    }

    void oauth(std::function<void(Outcome, QString)> done)
    {
        connectInBrowser(QString::fromLatin1(SandboxSession::AppName), done,
                         [this, done](const Account& account) {
                             m_oauthAccount = account.id;
                             done(Outcome::Held,
                                  Cli::tr("connected as %1").arg(account.identityLabel()));
                         });
    }

    // Signs in to app with the authorization code flow, the sandbox's browser approving: a
    // failure goes to done, the new account to connected.
    void connectInBrowser(const QString& app, const std::function<void(Outcome, QString)>& done,
                          std::function<void(const Account&)> connected)
    {
        OAuthConnectRequest req;
        req.app = app;
        req.timeoutSeconds = 30;
        auto* job = new OAuthConnectJob(*m_engine, req, this);
        connect(job, &OAuthConnectJob::authorizationUrlReady, this,
                [this](const QUrl& url) { approveInBrowser(url); });
        connect(job, &OAuthConnectJob::finished, this,
                [job, done, connected = std::move(connected)](const Result<Account>& r) {
                    job->deleteLater();
                    if (!r.ok())
                        done(Outcome::Failed, r.error().fullMessage());
                    else
                        connected(*r);
                });
        job->start();
    }

    void refresh(std::function<void(Outcome, QString)> done)
    {
        if (m_oauthAccount.isEmpty()) {
            done(Outcome::Failed, Cli::tr("needs the OAuth 2.0 account"));
            return;
        }
        const int before = server().tokenRequestCount();
        m_engine->tokens().refresh(
            m_oauthAccount, this, [this, done, before](Result<AccessToken> t) {
                if (!t.ok()) {
                    done(Outcome::Failed, t.error().fullMessage());
                    return;
                }
                if (!t->renewed || server().tokenRequestCount() != before + 1) {
                    done(Outcome::Failed, Cli::tr("no refresh reached the sandbox"));
                    return;
                }
                // The old refresh token is dead now: a second refresh must use the new one.
                m_engine->tokens().refresh(m_oauthAccount, this, [done](Result<AccessToken> again) {
                    if (!again.ok())
                        done(Outcome::Failed, again.error().fullMessage());
                    else
                        done(Outcome::Held,
                             Cli::tr("new tokens twice, the rotated refresh token kept"));
                });
            });
    }

    void jwt(std::function<void(Outcome, QString)> done)
    {
        Result<crypto::RsaKey> key = crypto::RsaKey::generate(crypto::RsaKey::DefaultBits);
        if (!key.ok()) {
            done(Outcome::Failed, key.error().fullMessage());
            return;
        }
        Result<SecretBytes> pem = key->toPkcs8Pem();
        if (!pem.ok()) {
            done(Outcome::Failed, pem.error().fullMessage());
            return;
        }
        SandboxClient c;
        c.name = QStringLiteral("Sandbox JWT app");
        c = server().registerClient(c);
        QString why;
        const QString kid = server().addPublicKey(c.clientId, key->publicKeyPem(), &why);
        if (kid.isEmpty()) {
            done(Outcome::Failed, why);
            return;
        }
        AppInput in;
        in.providerId = QStringLiteral("sandbox");
        in.name = c.name;
        in.scheme = Scheme::Jwt;
        in.clientId = c.clientId;
        in.clientSecret = SecretBytes(c.clientSecret.toUtf8());
        in.publicKeyId = kid;
        in.enterpriseId = QString::fromLatin1(SandboxServer::DefaultEnterpriseId);
        in.privateKeyPem = *pem;
        serverConnect(in, QStringLiteral("enterprise"),
                      Cli::tr("Public Key ID %1, enterprise token").arg(kid), done);
    }

    void clientCredentials(std::function<void(Outcome, QString)> done)
    {
        SandboxClient c;
        c.name = QStringLiteral("Sandbox CCG app");
        c = server().registerClient(c);
        m_ccClient = c.clientId;
        AppInput in;
        in.providerId = QStringLiteral("sandbox");
        in.name = c.name;
        in.scheme = Scheme::ClientCredentials;
        in.clientId = c.clientId;
        in.clientSecret = SecretBytes(c.clientSecret.toUtf8());
        in.enterpriseId = QString::fromLatin1(SandboxServer::DefaultEnterpriseId);
        serverConnect(in, QStringLiteral("enterprise"), Cli::tr("enterprise token"), done,
                      &m_ccAccount);
    }

    box::BoxToolbox& toolbox()
    {
        if (!m_toolbox) {
            m_toolbox = new box::BoxToolbox(m_engine->tokens(), m_engine->accounts(),
                                            m_engine->apps(), m_engine->http(), this);
        }
        return *m_toolbox;
    }

    // A webhook on a folder of the client-credentials account, delivering to a receiver on this
    // machine; the app's signature keys as the Developer Console makes them; one delivery, checked
    // as `webhooks verify` checks it, and a changed copy refused.
    void webhook(std::function<void(Outcome, QString)> done)
    {
        Result<Account> account = m_engine->accounts().find(m_ccAccount);
        if (m_ccAccount.isEmpty() || !account.ok()) {
            done(Outcome::Failed, Cli::tr("needs the client-credentials account"));
            return;
        }
        m_receiver = std::make_unique<LocalHttpServer>();
        if (!m_receiver->listen()) {
            done(Outcome::Failed, Cli::tr("no local port for the receiver"));
            return;
        }
        const SecretBytes primary(
            server().generateWebhookKey(m_ccClient, QStringLiteral("primary")));
        const SecretBytes secondary(
            server().generateWebhookKey(m_ccClient, QStringLiteral("secondary")));
        m_receiver->setHandler(
            [primary, secondary, done](const HttpServerRequest& r, HttpResponder answer) {
                answer.respond(200);
                box::WebhookSignature::Headers headers;
                for (const auto& [name, value] : r.headers)
                    headers.append({name, value});
                const QDateTime now = QDateTime::currentDateTimeUtc();
                Result<box::WebhookSignature::Verified> v =
                    box::WebhookSignature::verify(headers, r.body, primary, secondary, now);
                QByteArray changed = r.body;
                changed.replace("Quarterly", "Quarterlx");
                const bool forgeryRefused =
                    !box::WebhookSignature::verify(headers, changed, primary, secondary, now).ok();
                if (!v.ok() || !forgeryRefused) {
                    done(Outcome::Failed,
                         v.ok() ? Cli::tr("a changed delivery was accepted") : v.error().message);
                    return;
                }
                done(Outcome::Held, Cli::tr("delivery %1 verified with the primary key; a changed "
                                            "copy refused")
                                        .arg(v->deliveryId.left(8)));
            });
        toolbox().setWebhookKeys(
            account->appId, primary, secondary, this,
            [this, done](Result<box::BoxToolbox::WebhookKeys> keys) {
                if (!keys.ok()) {
                    done(Outcome::Failed, keys.error().fullMessage());
                    return;
                }
                Result<box::BoxToolbox::NewWebhook> request = box::BoxToolbox::parseRequest(
                    QStringLiteral("folder:123456"),
                    QStringLiteral("http://127.0.0.1:%1/box-events").arg(m_receiver->port()), {});
                toolbox().createWebhook(
                    m_ccAccount, *request, this,
                    [this, done](Result<box::BoxToolbox::Webhook> hook) {
                        if (!hook.ok()) {
                            done(Outcome::Failed, hook.error().fullMessage());
                            return;
                        }
                        QNetworkRequest deliver(server().baseUrl().resolved(QUrl(
                            QStringLiteral("/developers/api/webhooks/%1/deliver").arg(hook->id))));
                        deliver.setHeader(QNetworkRequest::ContentTypeHeader,
                                          QByteArrayLiteral("application/json"));
                        QNetworkReply* reply = m_nam.post(
                            deliver, QByteArrayLiteral(R"({"trigger":"FILE.UPLOADED"})"));
                        connect(reply, &QNetworkReply::finished, this, [reply, done] {
                            reply->deleteLater();
                            if (reply->error() != QNetworkReply::NoError)
                                done(Outcome::Failed, reply->errorString());
                            // Otherwise the receiver has answered already.
                        });
                    });
            });
    }

    void downscope(std::function<void(Outcome, QString)> done)
    {
        if (m_ccAccount.isEmpty()) {
            done(Outcome::Failed, Cli::tr("needs the client-credentials account"));
            return;
        }
        toolbox().downscope(
            m_ccAccount, {QStringLiteral("item_preview")}, QStringLiteral("folder:123456"), this,
            [this, done](Result<box::BoxToolbox::Downscoped> d) {
                if (!d.ok()) {
                    done(Outcome::Failed, d.error().fullMessage());
                    return;
                }
                m_engine->tokens().token(
                    m_ccAccount, this, [done, limited = d->token](Result<AccessToken> own) {
                        if (!own.ok() || own->token.equals(limited)) {
                            done(Outcome::Failed, Cli::tr("the account's own token changed"));
                            return;
                        }
                        done(Outcome::Held, Cli::tr("item_preview on folder 123456 only; the "
                                                    "account's own token unchanged"));
                    });
            });
    }

    void serverConnect(const AppInput& in, const QString& subject, const QString& what,
                       std::function<void(Outcome, QString)> done, QString* keep = nullptr)
    {
        m_engine->apps().add(
            in, this, [this, subject, what, done, keep](Result<AppRegistration> app) {
                if (!app.ok()) {
                    done(Outcome::Failed, app.error().fullMessage());
                    return;
                }
                ServerConnectRequest req;
                req.app = app->id;
                req.subject = subject;
                ServerConnect::run(*m_engine, req, this, [what, done, keep](Result<Account> r) {
                    if (r.ok() && keep)
                        *keep = r->id;
                    if (!r.ok())
                        done(Outcome::Failed, r.error().fullMessage());
                    else
                        done(Outcome::Held,
                             Cli::tr("%1, connected as %2").arg(what, r->identityLabel()));
                });
            });
    }

    void password(std::function<void(Outcome, QString)> done)
    {
        PasswordConnectRequest req;
        req.providerId = QStringLiteral("sandbox");
        req.app = QString::fromLatin1(SandboxSession::AppName);
        req.username = QString::fromLatin1(SandboxServer::AdminLogin);
        req.password = SecretBytes(QByteArray(SandboxServer::AdminPassword));
        PasswordConnect::run(*m_engine, req, this, [this, done](Result<Account> r) {
            if (!r.ok()) {
                done(Outcome::Failed, r.error().fullMessage());
                return;
            }
            if (r->keepsPassword) {
                done(Outcome::Failed, Cli::tr("the password was kept instead of exchanged"));
                return;
            }
            // Exchanged accounts renew like OAuth ones.
            m_engine->tokens().refresh(
                r->id, this, [done, who = r->identityLabel()](Result<AccessToken> t) {
                    if (!t.ok())
                        done(Outcome::Failed, t.error().fullMessage());
                    else
                        done(Outcome::Held,
                             Cli::tr("connected as %1, password forgotten, tokens refreshed")
                                 .arg(who));
                });
        });
    }

    // An app at the standards sandbox's issuer, registered through discovery.
    void addDiscovered(AppInput in, std::function<void(Result<AppRegistration>)> then)
    {
        auto* discovery = new Discovery(m_engine->http(), this);
        discovery->discover(
            standards().issuer(), this,
            [this, discovery, in, then](Result<ServerMetadata> m) mutable {
                discovery->deleteLater();
                const Provider* p = m_engine->catalog().find(QStringLiteral("oauth2"));
                if (!m.ok() || !p) {
                    then(m.ok() ? fail(ErrorKind::Other, Cli::tr("no oauth2 provider"))
                                : m.error());
                    return;
                }
                if (Status s = Discovery::applyTo(*m, *p, in, !in.clientSecret.isEmpty(),
                                                  !in.privateKeyPem.isEmpty());
                    !s.ok()) {
                    then(s.error());
                    return;
                }
                m_engine->apps().add(in, this, then);
            });
    }

    AppInput standardsApp(const StandardsClient& c) const
    {
        AppInput in;
        in.providerId = QStringLiteral("oauth2");
        in.name = c.name;
        in.scheme = Scheme::OAuth2;
        in.clientId = c.clientId;
        in.scopes = {QStringLiteral("openid"), QStringLiteral("profile"),
                     QStringLiteral("offline_access")};
        return in;
    }

    void discovery(std::function<void(Outcome, QString)> done)
    {
        StandardsClient c;
        c.name = QStringLiteral("Sandbox OIDC app");
        c.clientSecret = crypto::Random::randomToken(32);
        c.redirectUris = {QString::fromLatin1(SandboxSession::RedirectUri)};
        c = standards().registerClient(c);
        AppInput in = standardsApp(c);
        in.clientSecret = SecretBytes(c.clientSecret.toUtf8());
        addDiscovered(in, [this, done](Result<AppRegistration> app) {
            if (!app.ok()) {
                done(Outcome::Failed, app.error().fullMessage());
                return;
            }
            connectInBrowser(app->id, done, [done, issuer = app->issuer](const Account& account) {
                done(Outcome::Held, Cli::tr("endpoints from %1, iss checked, "
                                            "client_secret_basic, connected as %2")
                                        .arg(issuer, account.identityLabel()));
            });
        });
    }

    void privateKeyJwt(std::function<void(Outcome, QString)> done)
    {
        Result<crypto::RsaKey> key = crypto::RsaKey::generate(crypto::RsaKey::DefaultBits);
        Result<SecretBytes> pem = key.ok() ? key->toPkcs8Pem() : Result<SecretBytes>(key.error());
        if (!pem.ok()) {
            done(Outcome::Failed, pem.error().fullMessage());
            return;
        }
        StandardsClient c;
        c.name = QStringLiteral("Sandbox key app");
        c.redirectUris = {QString::fromLatin1(SandboxSession::RedirectUri)};
        c.publicKeys.insert(QStringLiteral("demo-key"), key->publicKeyPem());
        c = standards().registerClient(c);
        AppInput in = standardsApp(c);
        in.privateKeyPem = *pem;
        in.publicKeyId = QStringLiteral("demo-key");
        in.algorithm = QStringLiteral("PS256");
        addDiscovered(in, [this, done](Result<AppRegistration> app) {
            if (!app.ok()) {
                done(Outcome::Failed, app.error().fullMessage());
                return;
            }
            connectInBrowser(app->id, done, [this, done](const Account& account) {
                // The refresh signs a new assertion (a new jti) as well.
                m_engine->tokens().refresh(account.id, this, [this, done](Result<AccessToken> t) {
                    const bool signedBoth =
                        standards().log().contains(
                            QStringLiteral("oidc authorization_code private_key_jwt ok"))
                        && standards().log().contains(
                            QStringLiteral("oidc refresh_token private_key_jwt ok"));
                    if (!t.ok())
                        done(Outcome::Failed, t.error().fullMessage());
                    else if (!signedBoth)
                        done(Outcome::Failed, Cli::tr("the sandbox saw no client assertion"));
                    else
                        done(Outcome::Held,
                             Cli::tr("PS256 assertions for the code and the refresh"));
                });
            });
        });
    }

    void device(std::function<void(Outcome, QString)> done)
    {
        StandardsClient c;
        c.name = QStringLiteral("Sandbox device app");
        c = standards().registerClient(c); // a public client
        standards().setDeviceInterval(1);
        standards().setBusyPolls(1);
        addDiscovered(standardsApp(c), [this, done](Result<AppRegistration> app) {
            if (!app.ok()) {
                done(Outcome::Failed, app.error().fullMessage());
                return;
            }
            OAuthConnectRequest req;
            req.app = app->id;
            req.device = true;
            auto* job = new OAuthConnectJob(*m_engine, req, this);
            auto code = std::make_shared<QString>();
            connect(job, &OAuthConnectJob::deviceCodeReady, this,
                    [this, code](const DeviceCode& dc) {
                        *code = dc.userCode;
                        // The admin on "another device": a little later, as a person would.
                        QTimer::singleShot(1500, this, [this, dc] {
                            approveInBrowser(dc.verificationUriComplete);
                        });
                    });
            connect(job, &OAuthConnectJob::finished, this,
                    [this, job, done, code](const Result<Account>& r) {
                        job->deleteLater();
                        const qsizetype slowDowns = standards().log().count(
                            QStringLiteral("oidc device_code none slow_down"));
                        if (!r.ok())
                            done(Outcome::Failed, r.error().fullMessage());
                        else
                            done(Outcome::Held,
                                 Cli::tr("code %1 entered, %2 slow_down honoured, connected as %3")
                                     .arg(*code)
                                     .arg(slowDowns)
                                     .arg(r->identityLabel()));
                    });
            job->start();
        });
    }

    void microsoft(std::function<void(Outcome, QString)> done)
    {
        Result<crypto::RsaKey> key = crypto::RsaKey::generate(crypto::RsaKey::DefaultBits);
        Result<QByteArray> cert =
            key.ok() ? crypto::Certificate::selfSigned(*key, QStringLiteral("AuthDeck demo"), 30)
                     : Result<QByteArray>(key.error());
        Result<SecretBytes> pem = cert.ok() ? key->toPkcs8Pem() : Result<SecretBytes>(cert.error());
        if (!pem.ok()) {
            done(Outcome::Failed, pem.error().fullMessage());
            return;
        }
        StandardsClient c;
        c.name = QStringLiteral("Sandbox Graph app");
        c.redirectUris = {QString::fromLatin1(SandboxSession::RedirectUri)};
        c = standards().registerClient(c);
        QString why;
        const QString x5t = standards().addCertificate(c.clientId, *cert, &why);
        if (x5t.isEmpty()) {
            done(Outcome::Failed, why);
            return;
        }
        AppInput in;
        in.providerId = QStringLiteral("sandbox-m365");
        in.name = c.name;
        in.scheme = Scheme::ClientCredentials;
        in.clientId = c.clientId;
        in.privateKeyPem = *pem;
        in.certificateThumbprint = x5t;
        in.clientAuth = QStringLiteral("private_key_jwt");
        m_engine->apps().add(in, this, [this, done](Result<AppRegistration> app) {
            if (!app.ok()) {
                done(Outcome::Failed, app.error().fullMessage());
                return;
            }
            auto* consent = new AdminConsentJob(*m_engine, app->id, 30, this);
            connect(consent, &AdminConsentJob::consentUrlReady, this,
                    [this](const QUrl& url) { approveInBrowser(url); });
            connect(consent, &AdminConsentJob::finished, this,
                    [this, consent, done, id = app->id](const Result<QString>& tenant) {
                        consent->deleteLater();
                        if (!tenant.ok()) {
                            done(Outcome::Failed, tenant.error().fullMessage());
                            return;
                        }
                        ServerConnectRequest req;
                        req.app = id;
                        ServerConnect::run(
                            *m_engine, req, this, [done, t = *tenant](Result<Account> r) {
                                if (!r.ok())
                                    done(Outcome::Failed, r.error().fullMessage());
                                else
                                    done(Outcome::Held,
                                         Cli::tr("tenant %1 consented; x5t#S256 assertion, "
                                                 "connected as %2")
                                             .arg(t, r->identityLabel()));
                            });
                    });
            consent->start();
        });
    }

    void revoke(std::function<void(Outcome, QString)> done)
    {
        if (m_oauthAccount.isEmpty()) {
            done(Outcome::Failed, Cli::tr("needs the OAuth 2.0 account"));
            return;
        }
        const int before = server().revokeCount();
        m_engine->tokens().disconnect(
            m_oauthAccount, false, this, [this, done, before](Result<DisconnectReport> r) {
                if (!r.ok()) {
                    done(Outcome::Failed, r.error().fullMessage());
                    return;
                }
                const bool gone = !m_engine->accounts().find(m_oauthAccount).ok();
                if (!r->revoked || server().revokeCount() <= before || !gone) {
                    done(Outcome::Failed, Cli::tr("the sandbox saw no revocation"));
                    return;
                }
                done(Outcome::Held, Cli::tr("revoked at the sandbox, account and secrets deleted"));
            });
    }

    Cli& m_cli;
    QTemporaryDir m_dir;
    std::unique_ptr<Engine> m_engine;
    QNetworkAccessManager m_nam;
    QList<Step> m_steps;
    QList<Outcome> m_outcomes;
    qsizetype m_index = 0;
    QString m_oauthAccount;
    QString m_ccAccount;
    QString m_ccClient;
    box::BoxToolbox* m_toolbox = nullptr;
    std::unique_ptr<LocalHttpServer> m_receiver;
    bool m_keyErased = false;
};

void runDemo(Cli& cli, const QCommandLineParser&)
{
    cli.message(Cli::tr("AuthDeck demo: every connect flow against the built-in sandbox."));
    auto* demo = new Demo(cli);
    demo->setParent(&cli);
    demo->start();
}

} // namespace

QList<Verb> demoVerbs()
{
    Verb demo;
    demo.name = QStringLiteral("demo");
    demo.summary = Cli::tr("Run every connect flow against the built-in sandbox, in a throwaway "
                           "profile, and print one line per step.");
    demo.needsEngine = false;
    demo.run = runDemo;
    return {demo};
}

} // namespace authdeck::cli
