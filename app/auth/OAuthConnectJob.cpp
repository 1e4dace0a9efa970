#include "auth/OAuthConnectJob.h"

#include "accounts/AccountService.h"
#include "accounts/AppService.h"
#include "accounts/TokenService.h"
#include "auth/ClientAuthentication.h"
#include "auth/Revocation.h"
#include "core/Async.h"
#include "core/Log.h"
#include "engine/Engine.h"
#include "net/HttpClient.h"
#include "providers/ProviderCatalog.h"

#include <QCoreApplication>

namespace authdeck {

OAuthConnectJob::OAuthConnectJob(Engine& engine, const OAuthConnectRequest& request,
                                 QObject* parent)
    : QObject(parent)
    , m_engine(engine)
    , m_request(request)
{}

OAuthConnectJob::~OAuthConnectJob() = default;

void OAuthConnectJob::setStage(Stage stage, const QString& description)
{
    m_stage = stage;
    Q_EMIT stageChanged(stage, description);
}

void OAuthConnectJob::start()
{
    Result<AppRegistration> app = m_engine.apps().find(m_request.app);
    if (!app.ok()) {
        postLater(this, [this, e = app.error()] { finish(e); });
        return;
    }
    m_app = *app;
    if (Status allowed = m_engine.catalog().mayUse(m_app); !allowed.ok()) {
        postLater(this, [this, e = allowed.error()] { finish(e); });
        return;
    }
    const Provider* provider = m_engine.catalog().find(m_app.providerId);
    if (m_app.scheme != Scheme::OAuth2 || !provider || !provider->oauth2) {
        postLater(this, [this] {
            finish(
                fail(ErrorKind::Usage,
                     tr("The app \"%1\" is not an OAuth 2.0 app registration.").arg(m_app.name)));
        });
        return;
    }
    // Nothing of the app goes anywhere while it is held (its endpoints changed).
    Result<ResolvedApp> resolved = m_engine.apps().resolveForUse(m_app);
    if (!resolved.ok()) {
        postLater(this, [this, e = resolved.error()] { finish(e); });
        return;
    }
    m_allowedOrigins = resolved->allowedOrigins;
    if (!m_request.reauthAccountId.isEmpty()) {
        if (Result<Account> existing = m_engine.accounts().find(m_request.reauthAccountId);
            !existing.ok()) {
            postLater(this, [this, e = existing.error()] { finish(e); });
            return;
        }
    }
    m_providerName = provider->name;
    m_tokenUrl = resolved->tokenUrl;
    m_deviceUrl = resolved->deviceUrl;
    if (m_request.device) {
        QString refusal;
        if (!m_engine.catalog().policy().allowsDeviceFlow())
            refusal = tr("Your organization's policy does not allow signing in with a code on "
                         "another device (device_flow is false); sign in in a browser instead.");
        else if (m_deviceUrl.isEmpty())
            refusal = tr("%1 offers no device authorization endpoint for the app \"%2\"; sign in "
                         "in a browser instead (without --device).")
                          .arg(provider->name, m_app.name);
        if (!refusal.isEmpty()) {
            postLater(this, [this, refusal] { finish(fail(ErrorKind::Usage, refusal)); });
            return;
        }
    }
    m_revokeUrl =
        provider->oauth2->revokeStyle == QLatin1String("rfc7009") ? resolved->revokeUrl : QUrl();

    OAuthSignInConfig config;
    config.providerName = provider->name;
    config.authorizeUrl = resolved->authorizeUrl;
    config.tokenUrl = resolved->tokenUrl;
    config.clientId = m_app.clientId;
    config.scopes = m_request.scopes.isEmpty() ? resolved->scopes : m_request.scopes;
    m_scopes = config.scopes;
    config.scopeSeparator = provider->oauth2->scopeSeparator;
    config.extraParameters = provider->oauth2->authorizeParams;
    config.pkce = provider->oauth2->pkce;
    // RFC 9207: a server whose metadata promised iss must send it in every redirect.
    config.issuer = m_app.issParameterRequired ? m_app.issuer : provider->oauth2->issuer;
    config.knownIssuer = m_app.issuer;
    config.port = static_cast<quint16>(m_app.redirectPort);
    config.timeoutSeconds = m_request.timeoutSeconds;

    m_engine.apps().readSecrets(m_app.id, this, [this, config](Result<SecretRecord> secrets) {
        if (!secrets.ok()) {
            finish(secrets.error());
            return;
        }
        m_appSecrets = *secrets;
        if (m_request.device) {
            startDevice(config.scopes, config.scopeSeparator);
            return;
        }
        m_signIn = new OAuthSignIn(config, this);
        connect(m_signIn, &OAuthSignIn::authorizationUrlReady, this, [this](const QUrl& url) {
            m_url = url;
            setStage(Stage::WaitingForBrowser, tr("Waiting for the sign-in in the browser…"));
            Q_EMIT authorizationUrlReady(url);
        });
        connect(m_signIn, &OAuthSignIn::finished, this,
                [this](const Result<OAuthSignIn::Grant>& grant) {
                    if (!grant.ok()) {
                        finish(grant.error());
                        return;
                    }
                    exchange(*grant);
                });
        if (Status s = m_signIn->start(); !s.ok())
            finish(s.error());
    });
}

void OAuthConnectJob::startDevice(const QStringList& scopes, const QString& scopeSeparator)
{
    DeviceAuthorization::Config config;
    config.providerName = m_providerName;
    config.deviceUrl = m_deviceUrl;
    config.scopes = scopes;
    config.scopeSeparator = scopeSeparator;
    config.client.tokenUrl = m_tokenUrl;
    config.client.allowedOrigins = m_allowedOrigins;
    authenticate(config.client);
    m_device = new DeviceAuthorization(m_engine.http(), config, this);
    connect(m_device, &DeviceAuthorization::codeReady, this, [this](const DeviceCode& code) {
        setStage(Stage::WaitingForBrowser,
                 tr("Waiting for the code %1 to be entered at %2…")
                     .arg(code.userCode, code.verificationUri.toString()));
        Q_EMIT deviceCodeReady(code);
    });
    connect(m_device, &DeviceAuthorization::finished, this,
            [this](const Result<TokenResult>& tokens) {
                if (!tokens.ok()) {
                    finish(tokens.error());
                    return;
                }
                verify(*tokens);
            });
    m_device->start();
}

void OAuthConnectJob::pasteRedirect(const QString& text)
{
    if (m_signIn && m_stage == Stage::WaitingForBrowser)
        m_signIn->pasteRedirect(text);
}

void OAuthConnectJob::cancel()
{
    if (m_device && m_stage != Stage::Verifying && m_stage != Stage::Saving) {
        m_device->cancel();
        return;
    }
    if (m_signIn && m_stage == Stage::WaitingForBrowser) {
        m_signIn->cancel();
        return;
    }
    finish(fail(ErrorKind::Cancelled, tr("The connection was cancelled.")));
}

void OAuthConnectJob::authenticate(TokenRequest& req) const
{
    ClientAuthentication::apply(req, m_engine.catalog().find(m_app.providerId), m_app, m_appSecrets,
                                m_tokenUrl);
}

void OAuthConnectJob::exchange(const OAuthSignIn::Grant& grant)
{
    setStage(Stage::Exchanging, tr("Exchanging the authorization code…"));
    TokenRequest req;
    req.tokenUrl = m_tokenUrl;
    req.allowedOrigins = m_allowedOrigins;
    authenticate(req);
    req.form = {
        {QByteArrayLiteral("grant_type"), SecretBytes(QByteArrayLiteral("authorization_code"))},
        {QByteArrayLiteral("code"), SecretBytes(grant.code.toUtf8())},
        {QByteArrayLiteral("redirect_uri"), SecretBytes(grant.redirectUri.toUtf8())}};
    if (!grant.verifier.isEmpty())
        req.form.append({QByteArrayLiteral("code_verifier"), grant.verifier});
    auto* client = new TokenClient(m_engine.http(), this);
    client->request(req, this, [this, client](Result<TokenResult> r) {
        client->deleteLater();
        if (!r.ok()) {
            finish(r.error());
            return;
        }
        verify(*r);
    });
}

void OAuthConnectJob::verify(const TokenResult& tokens)
{
    if (m_finished) {
        revokeQuietly(tokens);
        return;
    }
    setStage(Stage::Verifying, tr("Checking who signed in…"));
    const Provider* provider = m_engine.catalog().find(m_app.providerId);
    Result<ResolvedApp> resolved = m_engine.apps().resolve(m_app);
    if (!provider || !resolved.ok()) {
        revokeQuietly(tokens);
        finish(fail(ErrorKind::Other, tr("The app registration changed during the sign-in.")));
        return;
    }
    QHash<QString, QString> vars = resolved->variables;
    // Salesforce and others name the instance to call in the token response.
    const QString instance = tokens.token.extra.value(QStringLiteral("instance_url")).toString();
    if (!instance.isEmpty())
        vars.insert(QStringLiteral("instance_url"), instance);
    ApiCallOptions api = m_request.api;
    api.allowedOrigins = m_allowedOrigins;
    IdentityCall::run(m_engine.http(), *provider, Scheme::OAuth2, vars, tokens.token.accessToken,
                      api, this, [this, tokens](Result<Identity> identity) {
                          if (!identity.ok()) {
                              revokeQuietly(tokens);
                              finish(identity.error());
                              return;
                          }
                          save(tokens, *identity);
                      });
}

void OAuthConnectJob::save(const TokenResult& tokens, const Identity& identity)
{
    if (m_finished) {
        revokeQuietly(tokens);
        return;
    }
    setStage(Stage::Saving, tr("Saving the account in the keychain…"));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QDateTime expires =
        tokens.token.expiresIn >= 0 ? now.addSecs(tokens.token.expiresIn) : QDateTime();
    const QString instance = tokens.token.extra.value(QStringLiteral("instance_url")).toString();
    const SecretRecord record = TokenService::recordFor(tokens.token, SecretRecord());

    if (!m_request.reauthAccountId.isEmpty()) {
        const QString id = m_request.reauthAccountId;
        Result<Account> existing = m_engine.accounts().find(id);
        if (!existing.ok()) {
            revokeQuietly(tokens);
            finish(existing.error());
            return;
        }
        if (std::optional<Error> refused = otherIdentity(*existing, identity)) {
            // The account stays as it was; the grant the browser just made goes back first.
            revokeQuietly(tokens, [this, e = *refused] { finish(e); });
            return;
        }
        // The tokens and the account's new state together (one transaction).
        m_engine.accounts().saveTokens(
            id, record,
            [this, identity, expires, now, instance, tokens](Account& a) {
                a.identity = identity;
                // Box never echoes scopes: keep what was requested (Qt 6.4 clears its copy).
                a.scopes = m_scopes;
                a.accessExpires = expires;
                a.refreshIssued = tokens.token.refreshToken.isEmpty() ? QDateTime() : now;
                a.lastRefresh = now;
                a.status = AccountStatus::Ok;
                a.statusReason.clear();
                if (!instance.isEmpty())
                    a.parameters.insert(QStringLiteral("instance_url"), instance);
            },
            this,
            [this, tokens](Result<Account> updated) {
                if (!updated.ok())
                    revokeQuietly(tokens);
                finish(updated);
            });
        return;
    }

    saveNew(tokens, identity);
}

namespace {

// Who an identity is, for comparing two: the provider's user id and, where the provider names
// one (Box), the enterprise. Empty when the verification call named no id.
QString identityKey(const Identity& identity)
{
    const QString id = identity.value(QStringLiteral("id"));
    if (id.isEmpty())
        return {};
    return id + QLatin1Char('@') + identity.value(QStringLiteral("enterprise_id"));
}

QString describe(const Identity& identity)
{
    Account a;
    a.identity = identity;
    const QString label = a.identityLabel();
    const QString id = identity.value(QStringLiteral("id"));
    QString text = label.isEmpty() ? id : QStringLiteral("%1, id %2").arg(label, id);
    const QString enterprise = identity.value(QStringLiteral("enterprise_id"));
    if (!enterprise.isEmpty())
        text += QCoreApplication::translate("authdeck::OAuthConnectJob", ", enterprise %1")
                    .arg(enterprise);
    return text;
}

} // namespace

std::optional<Error> OAuthConnectJob::otherIdentity(const Account& account,
                                                    const Identity& identity) const
{
    const QString was = identityKey(account.identity);
    if (was.isEmpty() || was == identityKey(identity) || m_request.allowOtherIdentity)
        return std::nullopt;
    qCWarning(lcAuth) << "sign-in again for account" << account.id << "returned another identity";
    Error e = fail(
        ErrorKind::Rejected,
        tr("The browser signed in as %1, but the account \"%2\" is %3. Nothing was "
           "changed. Sign out of %4 in the browser and sign in as the account's user, "
           "or allow another identity (--allow-other-identity).")
            .arg(describe(identity), account.name, describe(account.identity), m_providerName));
    e.diagnosis = Diagnosis::None;
    return e;
}

void OAuthConnectJob::saveNew(const TokenResult& tokens, const Identity& identity)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QDateTime expires =
        tokens.token.expiresIn >= 0 ? now.addSecs(tokens.token.expiresIn) : QDateTime();
    const QString instance = tokens.token.extra.value(QStringLiteral("instance_url")).toString();
    const SecretRecord record = TokenService::recordFor(tokens.token, SecretRecord());

    // One account per identity and app: a second connection of the same user is refused, or
    // replaces the first when the admin names it.
    QString replacing;
    if (const QString key = identityKey(identity); !key.isEmpty()) {
        Result<QList<Account>> accounts = m_engine.accounts().list();
        if (!accounts.ok()) {
            revokeQuietly(tokens);
            finish(accounts.error());
            return;
        }
        for (const Account& a : *accounts) {
            if (a.appId != m_app.id || identityKey(a.identity) != key)
                continue;
            if (m_request.replaceAccount != a.id
                && m_request.replaceAccount.compare(a.name, Qt::CaseInsensitive) != 0) {
                const Error duplicate =
                    fail(ErrorKind::Usage,
                         tr("%1 already has the account \"%2\" with the app \"%3\". Sign "
                            "it in again with \"authdeck-cli reconnect %2\", or replace it "
                            "with --replace \"%2\".")
                             .arg(describe(identity), a.name, m_app.name));
                revokeQuietly(tokens, [this, duplicate] { finish(duplicate); });
                return;
            }
            replacing = a.id;
        }
    }
    if (!m_request.replaceAccount.isEmpty() && replacing.isEmpty()) {
        const Error unknown = fail(
            ErrorKind::Usage, tr("--replace \"%1\": the browser signed in as %2, who has "
                                 "no account with the app \"%3\". Nothing was changed.")
                                  .arg(m_request.replaceAccount, describe(identity), m_app.name));
        revokeQuietly(tokens, [this, unknown] { finish(unknown); });
        return;
    }

    Account account;
    account.providerId = m_app.providerId;
    account.scheme = Scheme::OAuth2;
    account.appId = m_app.id;
    account.identity = identity;
    account.scopes = m_scopes; // as requested: Box never sends them back
    account.parameters = m_app.parameters;
    if (!instance.isEmpty())
        account.parameters.insert(QStringLiteral("instance_url"), instance);
    account.asUser = m_request.api.asUser;
    account.notificationsOff = m_request.api.notificationsOff;
    account.accessExpires = expires;
    account.refreshIssued = tokens.token.refreshToken.isEmpty() ? QDateTime() : now;
    account.lastRefresh = now;
    const QString who =
        identity.value(QStringLiteral("login"), identity.value(QStringLiteral("name")));
    const QString wanted =
        m_request.accountName.trimmed().isEmpty()
            ? (who.isEmpty() ? m_providerName : QStringLiteral("%1 (%2)").arg(m_providerName, who))
            : m_request.accountName.trimmed();
    auto create = [this, tokens, record, account, wanted]() mutable {
        account.name = m_engine.accounts().uniqueName(wanted);
        m_engine.accounts().create(account, record, this, [this, tokens](Result<Account> r) {
            if (!r.ok())
                revokeQuietly(tokens);
            finish(r);
        });
    };
    if (replacing.isEmpty()) {
        create();
        return;
    }
    // The old grant goes first (revoked where the provider can), then the new account is saved.
    m_engine.tokens().disconnect(replacing, true, this,
                                 [this, tokens, create](Result<DisconnectReport> r) mutable {
                                     if (!r.ok()) {
                                         revokeQuietly(tokens);
                                         finish(r.error());
                                         return;
                                     }
                                     create();
                                 });
}

void OAuthConnectJob::revokeQuietly(const TokenResult& tokens, std::function<void()> then)
{
    // Tokens issued for a connection that did not complete should not stay valid upstream.
    const RevocationTarget target{
        m_revokeUrl, m_tokenUrl,  m_allowedOrigins, m_engine.catalog().find(m_app.providerId),
        m_app,       m_appSecrets};
    authdeck::revokeQuietly(m_engine.http(), &m_engine, target, tokens, std::move(then));
}

void OAuthConnectJob::finish(const Result<Account>& result)
{
    if (m_finished)
        return;
    m_finished = true;
    m_appSecrets = SecretRecord();
    LoopbackReplyHandler* handler = m_signIn ? m_signIn->handler() : nullptr;
    if (!handler || handler->isBrowserAnswered()) {
        if (handler)
            handler->close();
        emitFinished(result);
        return;
    }
    // The browser's redirect is still held (or its page still being written): only now is the
    // outcome known, the account saved or the failure final, so only now does the browser hear
    // it. finished follows once the page is out, bounded by the handler's FlushWaitMs, so a
    // CLI that exits on finished never cuts the page off.
    connect(
        handler, &LoopbackReplyHandler::browserAnswered, this,
        [this, result] { emitFinished(result); }, Qt::SingleShotConnection);
    if (result.ok()) {
        handler->answerBrowser({}, tr("AuthDeck connected \"%1\". You can close this tab and "
                                      "return to AuthDeck.")
                                       .arg(result->name));
    } else {
        handler->answerBrowser(result.error());
    }
}

void OAuthConnectJob::emitFinished(const Result<Account>& result)
{
    setStage(Stage::Done, result.ok() ? tr("Connected.") : result.error().message);
    Q_EMIT finished(result);
}

} // namespace authdeck
