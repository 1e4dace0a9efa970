#include "auth/ServerConnect.h"

#include "accounts/AccountService.h"
#include "accounts/AppService.h"
#include "accounts/TokenService.h"
#include "auth/JwtAssertion.h"
#include "auth/ServerAuthMinter.h"
#include "core/Async.h"
#include "core/DisplayText.h"
#include "core/Log.h"
#include "engine/Engine.h"
#include "net/HttpClient.h"
#include "providers/ProviderCatalog.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

#include <memory>

namespace authdeck {

namespace {

QStringList subjectTypes(const Provider& p, Scheme scheme)
{
    if (scheme == Scheme::Jwt && p.jwt)
        return p.jwt->subjectTypes;
    if (scheme == Scheme::ClientCredentials && p.clientCredentials)
        return p.clientCredentials->subjectTypes;
    return {};
}

// The subject an account acts for, with the app's own enterprise spelt out: two accounts of one
// app with the same key would share one identity.
QString subjectKey(const ServerSubject& s)
{
    return s.type + QLatin1Char(':') + s.id;
}

// Box's answer about the admin who vouches for org-wide access: role and enterprise are only
// reported when asked for.
struct AdminCheck {
    QString role;
    QString enterpriseId;
    QString login;
};

Result<AdminCheck> parseAdmin(const HttpResponse& r, const QString& host)
{
    if (r.status == 401 || r.status == 403) {
        return fail(ErrorKind::Rejected,
                    QCoreApplication::translate(
                        "authdeck::ServerConnect",
                        "%1 refused the admin account's token (HTTP %2): sign it in again.")
                        .arg(host)
                        .arg(r.status));
    }
    const QJsonObject o = QJsonDocument::fromJson(r.body).object();
    if (r.status != 200 || o.isEmpty()) {
        return fail(ErrorKind::Network, QCoreApplication::translate(
                                            "authdeck::ServerConnect",
                                            "%1 did not say who the admin account is (HTTP %2).")
                                            .arg(host)
                                            .arg(r.status));
    }
    AdminCheck a;
    a.role = o.value(u"role").toString();
    a.login = displaySafe(o.value(u"login").toString().left(200));
    const QJsonValue id = o.value(u"enterprise").toObject().value(u"id");
    a.enterpriseId = id.isString()   ? id.toString()
                     : id.isDouble() ? QString::number(static_cast<qint64>(id.toDouble()))
                                     : QString();
    return a;
}

} // namespace

namespace {

struct Connecting : std::enable_shared_from_this<Connecting> {
    Engine* engine = nullptr;
    ServerConnectRequest request;
    AppRegistration app;
    ServerSubject subject;
    QString providerName;
    QHash<QString, QString> vars;
    QStringList allowedOrigins;
    QString replacing; // the account of the same app and subject that --replace names
    std::function<void(Result<Account>)> reply;

    void fail(const Error& e) { reply(e); }
    void checkAdmin(std::function<void()> next);
    void checkDuplicate(std::function<void()> next);
    void mint();
    void save(const TokenResult& minted, const Identity& identity);
    void replaceThenSave(const TokenResult& minted, const Identity& identity);
};

void Connecting::checkAdmin(std::function<void()> next)
{
    if (request.confirmAdmin.isEmpty()) {
        next();
        return;
    }
    Result<Account> admin = engine->accounts().find(request.confirmAdmin);
    if (!admin.ok()) {
        fail(admin.error());
        return;
    }
    if (admin->scheme != Scheme::OAuth2 || admin->providerId != app.providerId) {
        fail(authdeck::fail(ErrorKind::Usage,
                            QCoreApplication::translate(
                                "authdeck::ServerConnect",
                                "--confirm-admin needs an account signed in with OAuth 2.0 at %1; "
                                "\"%2\" is not one.")
                                .arg(providerName, admin->name)));
        return;
    }
    const Account adminAccount = *admin;
    QObject* owner = engine;
    engine->tokens().token(
        adminAccount.id, owner,
        [this, self = shared_from_this(), adminAccount, owner, next](Result<AccessToken> token) {
            if (!token.ok()) {
                fail(token.error());
                return;
            }
            QStringList allowed;
            Result<QHash<QString, QString>> vars =
                engine->tokens().variablesFor(adminAccount, &allowed);
            if (!vars.ok()) {
                fail(vars.error());
                return;
            }
            HttpRequest req;
            req.url = QUrl(vars->value(QStringLiteral("api_base"))
                               + QStringLiteral("/users/me?fields=role,enterprise,login,name"),
                           QUrl::StrictMode);
            req.allowedOrigins = allowed;
            req.headers.append({QByteArrayLiteral("Authorization"),
                                QByteArrayLiteral("Bearer ") + token->token.bytes()});
            req.headers.append(
                {QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json")});
            const QString host = req.url.host();
            engine->http().send(
                req, owner,
                [this, self = shared_from_this(), adminAccount, host,
                 next](Result<HttpResponse> r) {
                    if (!r.ok()) {
                        fail(r.error());
                        return;
                    }
                    Result<AdminCheck> who = parseAdmin(*r, host);
                    if (!who.ok()) {
                        fail(who.error());
                        return;
                    }
                    const bool admin = who->role == QLatin1String("admin")
                                       || who->role == QLatin1String("coadmin");
                    const QString wanted =
                        subject.explicitId || subject.type != QLatin1String("enterprise")
                            ? subject.id
                            : who->enterpriseId;
                    if (subject.type == QLatin1String("enterprise") && !subject.explicitId) {
                        // "--subject enterprise --confirm-admin": the admin's own enterprise.
                        subject.id = who->enterpriseId;
                        subject.explicitId = subject.id != app.enterpriseId;
                    }
                    if (!admin) {
                        fail(authdeck::fail(
                            ErrorKind::Rejected,
                            QCoreApplication::translate(
                                "authdeck::ServerConnect",
                                "%1 says %2 (the account \"%3\") is a \"%4\" of enterprise %5, not "
                                "an "
                                "admin or co-admin: org-wide access needs an admin's confirmation. "
                                "Nothing was connected.")
                                .arg(providerName, who->login, adminAccount.name,
                                     who->role.isEmpty() ? QCoreApplication::translate(
                                         "authdeck::ServerConnect", "user")
                                                         : who->role,
                                     who->enterpriseId)));
                        return;
                    }
                    if (subject.type == QLatin1String("enterprise")
                        && who->enterpriseId != wanted) {
                        fail(authdeck::fail(ErrorKind::Rejected,
                                            QCoreApplication::translate(
                                                "authdeck::ServerConnect",
                                                "%1 says %2 (the account \"%3\") is an admin of "
                                                "enterprise %4, not of "
                                                "enterprise %5. Nothing was connected.")
                                                .arg(providerName, who->login, adminAccount.name,
                                                     who->enterpriseId, wanted)));
                        return;
                    }
                    qCInfo(lcAuth) << "enterprise admin confirmed for" << subject.id;
                    next();
                });
        });
}

void Connecting::checkDuplicate(std::function<void()> next)
{
    Result<QList<Account>> accounts = engine->accounts().list();
    if (!accounts.ok()) {
        fail(accounts.error());
        return;
    }
    const QString key = subjectKey(subject);
    for (const Account& a : *accounts) {
        if (a.appId != app.id)
            continue;
        Result<ServerSubject> theirs = ServerSubject::parse(a.subject, {}, app, true);
        if (!theirs.ok() || subjectKey(*theirs) != key)
            continue;
        const bool replacing =
            !request.replaceAccount.isEmpty()
            && (request.replaceAccount == a.id
                || request.replaceAccount.compare(a.name, Qt::CaseInsensitive) == 0);
        if (!replacing) {
            fail(authdeck::fail(
                ErrorKind::Usage,
                QCoreApplication::translate(
                    "authdeck::ServerConnect",
                    "The app \"%1\" already has the account \"%2\" for %3 %4; use it, or "
                    "replace it with --replace \"%2\".")
                    .arg(app.name, a.name, subject.type, subject.id)));
            return;
        }
        // Disconnected only once the new connection is verified (replaceThenSave): a refused
        // mint leaves the old account as it was.
        this->replacing = a.id;
        next();
        return;
    }
    if (!request.replaceAccount.isEmpty()) {
        fail(authdeck::fail(ErrorKind::Usage,
                            QCoreApplication::translate(
                                "authdeck::ServerConnect",
                                "--replace \"%1\": that is not an account of the app \"%2\" "
                                "for %3 %4.")
                                .arg(request.replaceAccount, app.name, subject.type, subject.id)));
        return;
    }
    next();
}

void Connecting::replaceThenSave(const TokenResult& minted, const Identity& identity)
{
    if (replacing.isEmpty()) {
        save(minted, identity);
        return;
    }
    // One grant per identity: the old connection is revoked and removed before the new is saved.
    engine->tokens().disconnect(
        replacing, true, engine,
        [this, self = shared_from_this(), minted, identity](Result<DisconnectReport> r) {
            if (!r.ok()) {
                fail(r.error());
                return;
            }
            save(minted, identity);
        });
}

void Connecting::mint()
{
    QObject* owner = engine;
    Account account;
    account.providerId = app.providerId;
    account.scheme = app.scheme;
    account.appId = app.id;
    account.subject = subject.text();
    engine->apps().readSecrets(
        app.id, owner,
        [this, self = shared_from_this(), owner, account](Result<SecretRecord> secrets) {
            if (!secrets.ok()) {
                fail(secrets.error());
                return;
            }
            TokenService::Minter minter = engine->minters().forScheme(app.scheme);
            minter(account, app, *secrets, owner,
                   [this, self = shared_from_this(), owner](Result<TokenResult> token) {
                       if (!token.ok()) {
                           fail(token.error());
                           return;
                       }
                       const Provider* p = engine->catalog().find(app.providerId);
                       if (!p) {
                           fail(authdeck::fail(ErrorKind::Other,
                                               QCoreApplication::translate(
                                                   "authdeck::ServerConnect",
                                                   "The provider left the catalog meanwhile.")));
                           return;
                       }
                       const TokenResult minted = *token;
                       // Who the token is (the service account, or the user); As-User is checked
                       // after.
                       ApiCallOptions plain{{}, request.api.notificationsOff, allowedOrigins};
                       IdentityCall::run(
                           engine->http(), *p, app.scheme, vars, minted.token.accessToken, plain,
                           owner,
                           [this, self = shared_from_this(), owner, minted,
                            p](Result<Identity> identity) {
                               if (!identity.ok()) {
                                   fail(identity.error());
                                   return;
                               }
                               const QString asUser = request.api.asUser.trimmed();
                               if (asUser.isEmpty()) {
                                   replaceThenSave(minted, *identity);
                                   return;
                               }
                               ApiCallOptions acting{asUser, request.api.notificationsOff,
                                                     allowedOrigins};
                               IdentityCall::run(engine->http(), *p, app.scheme, vars,
                                                 minted.token.accessToken, acting, owner,
                                                 [this, self = shared_from_this(), minted,
                                                  identity](Result<Identity> as) {
                                                     if (!as.ok()) {
                                                         fail(as.error());
                                                         return;
                                                     }
                                                     replaceThenSave(minted, *identity);
                                                 });
                           });
                   });
        });
}

void Connecting::save(const TokenResult& minted, const Identity& identity)
{
    Account a;
    a.providerId = app.providerId;
    a.scheme = app.scheme;
    a.appId = app.id;
    a.scopes = app.scopes;
    a.parameters = app.parameters;
    a.subject = subject.text();
    a.asUser = request.api.asUser.trimmed();
    a.notificationsOff = request.api.notificationsOff;
    a.identity = identity;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    a.accessExpires =
        minted.token.expiresIn >= 0 ? now.addSecs(minted.token.expiresIn) : QDateTime();
    a.lastRefresh = now;
    QString wanted = request.accountName.trimmed();
    if (wanted.isEmpty()) {
        const QString who =
            subject.type == QLatin1String("enterprise")
                ? QCoreApplication::translate("authdeck::ServerConnect", "enterprise %1")
                      .arg(subject.id)
                : identity.value(QStringLiteral("login"),
                                 QCoreApplication::translate("authdeck::ServerConnect", "user %1")
                                     .arg(subject.id));
        wanted = defaultAccountName(providerName, who);
    }
    a.name = engine->accounts().uniqueName(wanted);
    const SecretRecord record = TokenService::recordFor(minted.token, SecretRecord());
    auto done = reply;
    engine->accounts().create(a, record, engine, [done](Result<Account> r) {
        if (r.ok())
            qCInfo(lcAuth) << "server account connected" << r->id;
        done(r);
    });
}

} // namespace

void ServerConnect::run(Engine& engine, const ServerConnectRequest& request, QObject* context,
                        Done done)
{
    auto reply = guarded(context, std::move(done));
    QObject* owner = &engine;
    auto failLater = [owner, reply](const Error& e) { postLater(owner, [reply, e] { reply(e); }); };
    Result<AppRegistration> found = engine.apps().find(request.app);
    if (!found.ok()) {
        failLater(found.error());
        return;
    }
    const AppRegistration app = *found;
    if (Status allowed = engine.catalog().mayUse(app); !allowed.ok()) {
        failLater(allowed.error());
        return;
    }
    if (app.scheme != Scheme::Jwt && app.scheme != Scheme::ClientCredentials) {
        failLater(fail(ErrorKind::Usage,
                       QCoreApplication::translate(
                           "authdeck::ServerConnect",
                           "The app \"%1\" uses %2; --subject is for server authentication (JWT "
                           "or client credentials).")
                           .arg(app.name, schemeDisplayName(app.scheme))));
        return;
    }
    const Provider* provider = engine.catalog().find(app.providerId);
    if (!provider) {
        failLater(fail(ErrorKind::Usage,
                       QCoreApplication::translate(
                           "authdeck::ServerConnect",
                           "The app \"%1\" uses the provider \"%2\", which is not in the catalog.")
                           .arg(app.name, app.providerId)));
        return;
    }
    AppRegistration forParse = app;
    // "--subject enterprise --confirm-admin": the enterprise comes from the admin's identity.
    const bool fromAdmin = request.subject.trimmed() == QLatin1String("enterprise")
                           && !request.confirmAdmin.isEmpty() && app.enterpriseId.isEmpty();
    if (fromAdmin)
        forParse.enterpriseId = QStringLiteral("0");
    Result<ServerSubject> subject = ServerSubject::parse(
        request.subject, subjectTypes(*provider, app.scheme), forParse,
        app.scheme == Scheme::Jwt && provider->jwt && provider->jwt->subjectOptional);
    if (!subject.ok()) {
        failLater(subject.error());
        return;
    }
    if (!request.confirmAdmin.isEmpty() && subject->type != QLatin1String("enterprise")) {
        failLater(fail(ErrorKind::Usage,
                       QCoreApplication::translate(
                           "authdeck::ServerConnect",
                           "--confirm-admin is for org-wide access: use it with --subject "
                           "enterprise or --subject enterprise:ID.")));
        return;
    }
    // Nothing of the app goes anywhere while it is held (its endpoints changed).
    Result<ResolvedApp> resolved = engine.apps().resolveForUse(app);
    if (!resolved.ok()) {
        failLater(resolved.error());
        return;
    }
    auto c = std::make_shared<Connecting>();
    c->engine = &engine;
    c->request = request;
    c->app = app;
    c->subject = *subject;
    c->providerName = provider->name;
    c->vars = resolved->variables;
    c->allowedOrigins = resolved->allowedOrigins;
    c->reply = reply; // every asynchronous step holds the state until it answers
    postLater(owner, [c] { c->checkAdmin([c] { c->checkDuplicate([c] { c->mint(); }); }); });
}

} // namespace authdeck
