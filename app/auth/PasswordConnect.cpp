#include "auth/PasswordConnect.h"

#include "accounts/AccountService.h"
#include "accounts/AppService.h"
#include "accounts/TokenService.h"
#include "auth/IdentityCall.h"
#include "auth/Revocation.h"
#include "core/Async.h"
#include "core/Log.h"
#include "engine/Engine.h"
#include "net/UrlPolicy.h"
#include "providers/FieldCheck.h"
#include "providers/ProviderCatalog.h"
#include "providers/Template.h"

#include <QCoreApplication>

#include <memory>
#include <optional>

namespace authdeck {

namespace {

Error usage(const QString& message)
{
    return fail(ErrorKind::Usage, message);
}

const PasswordSpec* specFor(const Provider& p, Scheme scheme)
{
    if (scheme == Scheme::Password && p.password)
        return &*p.password;
    if (scheme == Scheme::Basic && p.basic)
        return &*p.basic;
    return nullptr;
}

bool namesClient(const QJsonObject& form)
{
    for (auto it = form.begin(); it != form.end(); ++it) {
        const QString text = it->toVariant().toString();
        if (text.contains(QLatin1String("{client_id}"))
            || text.contains(QLatin1String("{client_secret}")))
            return true;
    }
    return false;
}

// Everything the job needs once it is past the checks.
struct Job {
    Engine* engine = nullptr;
    QString providerId;
    QString providerName;
    PasswordPlan plan;
    std::optional<AppRegistration> app;
    QHash<QString, QString> vars;
    QMap<QString, QString> parameters; // kept with the account
    QUrl tokenUrl;
    QString username;
    QString accountName;
    SecretBytes password;
    SecretBytes clientSecret; // the app's, for revoking tokens of a connection that failed
    std::function<void(Result<Account>)> reply;

    void finish(const Result<Account>& r)
    {
        password.clear();
        clientSecret.clear();
        reply(r);
    }
};

Result<std::shared_ptr<Job>> prepare(Engine& engine, PasswordConnectRequest& request)
{
    const Provider* provider = engine.catalog().find(request.providerId);
    if (!provider && engine.catalog().isForbidden(request.providerId))
        return usage(engine.catalog().policy().refusalForProvider(request.providerId));
    if (!provider) {
        return usage(QCoreApplication::translate(
                         "authdeck::PasswordConnect",
                         "Unknown provider \"%1\". Run \"authdeck-cli providers\" to see the "
                         "providers AuthDeck knows.")
                         .arg(request.providerId));
    }
    Result<PasswordPlan> plan = PasswordConnect::plan(*provider);
    if (!plan.ok())
        return plan.error();
    auto job = std::make_shared<Job>();
    job->engine = &engine;
    job->providerId = provider->id;
    job->providerName = provider->name;
    job->plan = *plan;
    job->username = request.username.trimmed();
    job->accountName = request.accountName.trimmed();

    const QList<FieldSpec> fieldList = fields::forScheme(*provider, plan->scheme);
    if (job->username.isEmpty())
        return usage(QCoreApplication::translate("authdeck::PasswordConnect",
                                                 "A user name is required (--username)."));
    if (request.password.isEmpty())
        return usage(
            QCoreApplication::translate("authdeck::PasswordConnect", "The password is empty."));
    if (const FieldSpec* f = fields::find(fieldList, QStringLiteral("username"))) {
        if (const QString why = fields::check(*f, job->username); !why.isEmpty())
            return usage(why);
    }

    // The app registration that carries the client ID and secret, where the grant needs one.
    if (!request.app.trimmed().isEmpty()) {
        Result<AppRegistration> app = engine.apps().find(request.app.trimmed());
        if (!app.ok())
            return app.error();
        if (app->providerId != provider->id
            || (app->scheme != Scheme::Password && app->scheme != Scheme::OAuth2)) {
            return usage(QCoreApplication::translate(
                             "authdeck::PasswordConnect",
                             "The app \"%1\" is not a %2 password-grant or OAuth 2.0 app "
                             "registration.")
                             .arg(app->name, provider->name));
        }
        job->app = *app;
    } else if (plan->needsApp) {
        Result<QList<AppRegistration>> apps = engine.apps().list();
        if (!apps.ok())
            return apps.error();
        // A password-grant registration, else the provider's OAuth 2.0 one: the same client
        // (Box-like servers, the sandbox) usually serves both grants.
        QList<AppRegistration> candidates;
        for (Scheme wanted : {Scheme::Password, Scheme::OAuth2}) {
            for (const AppRegistration& a : std::as_const(*apps)) {
                if (a.providerId == provider->id && a.scheme == wanted)
                    candidates.append(a);
            }
            if (!candidates.isEmpty())
                break;
        }
        if (candidates.isEmpty()) {
            return usage(QCoreApplication::translate(
                             "authdeck::PasswordConnect",
                             "%1's password grant needs the client ID of an app registration: add "
                             "one with \"authdeck-cli apps add --provider %2 --scheme password "
                             "--client-id ID\", then connect again.")
                             .arg(provider->name, provider->id));
        }
        if (candidates.size() > 1) {
            return usage(QCoreApplication::translate(
                             "authdeck::PasswordConnect",
                             "Several %1 app registrations could send the password grant; choose "
                             "one with --app NAME.")
                             .arg(provider->name));
        }
        job->app = candidates.first();
    }
    if (job->app) {
        if (Status allowed = engine.catalog().mayUse(*job->app); !allowed.ok())
            return allowed.error();
    }

    // Template variables and endpoints, checked before any request.
    if (job->app) {
        for (auto it = request.parameters.begin(); it != request.parameters.end(); ++it) {
            const QString mine = job->app->parameters.value(it.key());
            Result<QString> given = it.key() == QLatin1String("host")
                                        ? UrlPolicy::normalizeHost(it.value())
                                        : Result<QString>(it.value().trimmed());
            if (!given.ok())
                return given.error();
            if (!mine.isEmpty() && *given != mine) {
                return usage(QCoreApplication::translate("authdeck::PasswordConnect",
                                                         "The app \"%1\" is for %2 = %3, not %4.")
                                 .arg(job->app->name, it.key(), mine, *given));
            }
        }
        AppRegistration forPassword = *job->app;
        forPassword.scheme = Scheme::Password; // the password scheme's token URL
        Result<ResolvedApp> resolved = engine.apps().resolve(forPassword);
        if (!resolved.ok())
            return resolved.error();
        job->vars = resolved->variables;
        job->tokenUrl = resolved->tokenUrl;
        job->parameters = job->app->parameters;
    } else {
        for (auto it = request.parameters.begin(); it != request.parameters.end(); ++it) {
            if (!provider->parameter(it.key()))
                return usage(QCoreApplication::translate("authdeck::PasswordConnect",
                                                         "%1 has no setting \"%2\".")
                                 .arg(provider->name, it.key()));
        }
        for (const ParameterSpec& spec : provider->parameters) {
            QString value = request.parameters.value(spec.name).trimmed();
            if (value.isEmpty())
                value = spec.defaultValue;
            if (value.isEmpty() && spec.required) {
                if (spec.name == QLatin1String("host")) {
                    return usage(QCoreApplication::translate(
                                     "authdeck::PasswordConnect",
                                     "%1 runs on your own server: give its host with --host (for "
                                     "example %2).")
                                     .arg(provider->name, spec.placeholder.isEmpty()
                                                              ? QStringLiteral("server.example.com")
                                                              : spec.placeholder));
                }
                return usage(QCoreApplication::translate("authdeck::PasswordConnect",
                                                         "%1 needs a value for \"%2\".")
                                 .arg(provider->name, spec.label));
            }
            if (spec.kind == QLatin1String("hostname") && !value.isEmpty()) {
                Result<QString> host = UrlPolicy::normalizeHost(value);
                if (!host.ok())
                    return host.error();
                value = *host;
            }
            job->vars.insert(spec.name, value);
            if (!value.isEmpty())
                job->parameters.insert(spec.name, value);
        }
        if (!provider->apiBase.isEmpty()) {
            Result<QString> apiBase = tmpl::expand(provider->apiBase, job->vars);
            if (!apiBase.ok())
                return apiBase.error();
            job->vars.insert(QStringLiteral("api_base"), *apiBase);
        }
        if (plan->exchanged) {
            const PasswordSpec* spec = specFor(*provider, plan->scheme);
            Result<QString> url = tmpl::expand(spec->tokenUrl, job->vars);
            if (!url.ok())
                return url.error();
            job->tokenUrl = QUrl(*url, QUrl::StrictMode);
            if (Status s = UrlPolicy::checkEndpoint(
                    job->tokenUrl,
                    QCoreApplication::translate("authdeck::PasswordConnect", "token URL"));
                !s.ok())
                return s.error();
        }
    }
    if (job->plan.exchanged && job->tokenUrl.isEmpty())
        return usage(QCoreApplication::translate("authdeck::PasswordConnect",
                                                 "%1 has no token URL for the password grant.")
                         .arg(provider->name));
    Result<QString> verify = tmpl::expand(provider->verifyFor(plan->scheme).url, job->vars);
    if (!verify.ok())
        return verify.error();
    if (Status s = UrlPolicy::checkEndpoint(
            QUrl(*verify, QUrl::StrictMode),
            QCoreApplication::translate("authdeck::PasswordConnect", "verification URL"));
        !s.ok())
        return s.error();

    job->password = std::move(request.password);
    request.password.clear();
    return job;
}

// Tokens issued for a connection that did not complete should not stay valid upstream: revoked
// where the provider offers RFC 7009 revocation (the sandbox, Box-like servers).
//
// The failure is reported once the revocation is over, so a CLI does not exit under it.
void revokeThenFinish(const std::shared_ptr<Job>& job, const TokenResult& tokens, const Error& why)
{
    Engine* e = job->engine;
    const Provider* p = e->catalog().find(job->providerId);
    if (!job->app || !p || !p->oauth2 || p->oauth2->revokeStyle != QLatin1String("rfc7009")) {
        job->finish(why);
        return;
    }
    AppRegistration forRevoke = *job->app;
    forRevoke.scheme = Scheme::OAuth2;
    Result<ResolvedApp> resolved = e->apps().resolve(forRevoke);
    if (!resolved.ok() || resolved->revokeUrl.isEmpty()) {
        job->finish(why);
        return;
    }
    SecretRecord appSecrets;
    appSecrets.set(QStringLiteral("client_secret"), job->clientSecret);
    const RevocationTarget target{
        resolved->revokeUrl, resolved->tokenUrl, resolved->allowedOrigins, p,
        forRevoke,           appSecrets};
    revokeQuietly(e->http(), e, target, tokens, [job, why] { job->finish(why); });
}

void save(const std::shared_ptr<Job>& job, const Identity& identity, const TokenResult* tokens)
{
    Engine* e = job->engine;
    Account account;
    account.providerId = job->providerId;
    account.scheme = job->plan.scheme;
    account.appId = job->app ? job->app->id : QString();
    account.identity = identity;
    account.parameters = job->parameters;
    account.parameters.insert(QStringLiteral("username"), job->username);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    SecretRecord record;
    if (tokens) {
        const QString instance =
            tokens->token.extra.value(QStringLiteral("instance_url")).toString();
        if (!instance.isEmpty())
            account.parameters.insert(QStringLiteral("instance_url"), instance);
        account.accessExpires =
            tokens->token.expiresIn >= 0 ? now.addSecs(tokens->token.expiresIn) : QDateTime();
        account.refreshIssued = tokens->token.refreshToken.isEmpty() ? QDateTime() : now;
        account.lastRefresh = now;
        record = TokenService::recordFor(tokens->token, SecretRecord());
    } else {
        account.keepsPassword = true;
        record.set(QStringLiteral("password"), job->password);
    }
    job->password.clear();
    const QString who = identity.value(QStringLiteral("login"),
                                       identity.value(QStringLiteral("name"), job->username));
    const QString wanted = job->accountName.isEmpty()
                               ? QStringLiteral("%1 (%2)").arg(job->providerName, who)
                               : job->accountName;
    account.name = e->accounts().uniqueName(wanted);
    const std::optional<TokenResult> issued =
        tokens ? std::optional<TokenResult>(*tokens) : std::nullopt;
    e->accounts().create(account, record, e, [job, issued](Result<Account> r) {
        if (!r.ok() && issued) {
            revokeThenFinish(job, *issued, r.error());
            return;
        }
        if (r.ok())
            qCInfo(lcAuth) << "password account connected" << r->id << "exchanged"
                           << !r->keepsPassword;
        job->finish(r);
    });
}

} // namespace

Result<PasswordPlan> PasswordConnect::plan(const Provider& provider)
{
    PasswordPlan p;
    if (provider.password) {
        p.scheme = Scheme::Password;
    } else if (provider.basic) {
        p.scheme = Scheme::Basic;
    } else {
        return usage(
            QCoreApplication::translate("authdeck::PasswordConnect",
                                        "%1 does not sign in with a user name and password.")
                .arg(provider.name));
    }
    const PasswordSpec* spec = specFor(provider, p.scheme);
    p.exchanged = !spec->tokenUrl.isEmpty();
    p.needsApp = p.exchanged && namesClient(spec->form);
    return p;
}

void PasswordConnect::run(Engine& engine, PasswordConnectRequest request, QObject* context,
                          Done done)
{
    auto reply = guarded(context, std::move(done));
    QObject* owner = &engine;
    Result<std::shared_ptr<Job>> prepared = prepare(engine, request);
    request.password.clear();
    if (!prepared.ok()) {
        postLater(owner, [reply, e = prepared.error()] { reply(e); });
        return;
    }
    std::shared_ptr<Job> job = *prepared;
    job->reply = reply;
    const Provider* provider = engine.catalog().find(job->providerId);
    const Scheme scheme = job->plan.scheme;

    if (!job->plan.exchanged) {
        // No exchange exists: the verification call itself proves the password.
        QByteArray pair = job->username.toUtf8() + ':' + job->password.bytes();
        QByteArray encoded = pair.toBase64();
        const SecretBytes authorization(QByteArrayLiteral("Basic ") + encoded);
        wipe(pair);
        wipe(encoded);
        IdentityCall::runWithAuthorization(
            engine.http(), *provider, scheme, job->vars, authorization, {}, owner,
            [job](Result<Identity> identity) {
                if (!identity.ok()) {
                    Error e = identity.error();
                    if (e.httpStatus == 401) {
                        e.message =
                            QCoreApplication::translate("authdeck::PasswordConnect",
                                                        "%1 refused the user name or password.")
                                .arg(job->providerName);
                    }
                    job->finish(e);
                    return;
                }
                save(job, *identity, nullptr);
            });
        return;
    }

    const PasswordSpec* spec = specFor(*provider, scheme);
    QHash<QString, QString> formVars = job->vars;
    formVars.insert(QStringLiteral("client_id"), job->app ? job->app->clientId : QString());
    formVars.insert(QStringLiteral("client_secret"), QString());
    Result<QList<std::pair<QByteArray, SecretBytes>>> extra =
        tmpl::tokenFormFields(spec->form, formVars);
    if (!extra.ok()) {
        postLater(owner, [job, e = extra.error()] { job->finish(e); });
        return;
    }
    const QList<std::pair<QByteArray, SecretBytes>> extraFields = *extra;

    auto exchange = [job, extraFields, owner](const SecretBytes& clientSecret) {
        Engine* e = job->engine;
        TokenRequest req;
        req.tokenUrl = job->tokenUrl;
        req.clientId = job->app ? job->app->clientId : QString();
        req.clientSecret = clientSecret;
        req.form = {{QByteArrayLiteral("grant_type"), SecretBytes(QByteArrayLiteral("password"))},
                    {QByteArrayLiteral("username"), SecretBytes(job->username.toUtf8())},
                    {QByteArrayLiteral("password"), job->password}};
        req.form += extraFields;
        // Sent once: the job's copy goes now; the request's copies are wiped when it is done.
        job->password.clear();
        qCInfo(lcAuth) << "exchanging a password for tokens at" << job->tokenUrl.host();
        auto* client = new TokenClient(e->http(), owner);
        client->request(req, owner, [job, client](Result<TokenResult> r) {
            client->deleteLater();
            if (!r.ok()) {
                Error err = r.error();
                if (err.kind == ErrorKind::Rejected
                    && err.providerCode == QLatin1String("invalid_grant")) {
                    err.message = QCoreApplication::translate(
                                      "authdeck::PasswordConnect",
                                      "%1 refused the user name or password (invalid_grant).")
                                      .arg(job->providerName);
                }
                job->finish(err);
                return;
            }
            const TokenResult tokens = *r;
            const Provider* p = job->engine->catalog().find(job->providerId);
            if (!p) {
                job->finish(
                    fail(ErrorKind::Other,
                         QCoreApplication::translate("authdeck::PasswordConnect",
                                                     "The provider left the catalog meanwhile.")));
                return;
            }
            QHash<QString, QString> vars = job->vars;
            const QString instance =
                tokens.token.extra.value(QStringLiteral("instance_url")).toString();
            if (!instance.isEmpty())
                vars.insert(QStringLiteral("instance_url"), instance);
            IdentityCall::run(job->engine->http(), *p, job->plan.scheme, vars,
                              tokens.token.accessToken, {}, job->engine,
                              [job, tokens](Result<Identity> identity) {
                                  if (!identity.ok()) {
                                      revokeThenFinish(job, tokens, identity.error());
                                      return;
                                  }
                                  save(job, *identity, &tokens);
                              });
        });
    };
    if (!job->app) {
        postLater(owner, [exchange] { exchange(SecretBytes()); });
        return;
    }
    engine.apps().readSecrets(job->app->id, owner, [job, exchange](Result<SecretRecord> secrets) {
        if (!secrets.ok()) {
            job->finish(secrets.error());
            return;
        }
        job->clientSecret = secrets->value(QStringLiteral("client_secret"));
        exchange(job->clientSecret);
    });
}

} // namespace authdeck
