#include "auth/ServerConnect.h"

#include "accounts/AccountService.h"
#include "accounts/AppService.h"
#include "accounts/TokenService.h"
#include "auth/JwtAssertion.h"
#include "auth/ServerAuthMinter.h"
#include "core/Async.h"
#include "core/Log.h"
#include "engine/Engine.h"
#include "providers/ProviderCatalog.h"

#include <QCoreApplication>

namespace authdeck {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("authdeck::ServerConnect", text);
}

QStringList subjectTypes(const Provider& p, Scheme scheme)
{
    if (scheme == Scheme::Jwt && p.jwt)
        return p.jwt->subjectTypes;
    if (scheme == Scheme::ClientCredentials && p.clientCredentials)
        return p.clientCredentials->subjectTypes;
    return {};
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
                       tr("The app \"%1\" uses %2; --subject is for server authentication (JWT "
                          "or client credentials).")
                           .arg(app.name, schemeDisplayName(app.scheme))));
        return;
    }
    const Provider* provider = engine.catalog().find(app.providerId);
    if (!provider) {
        failLater(fail(ErrorKind::Usage,
                       tr("The app \"%1\" uses the provider \"%2\", which is not in the catalog.")
                           .arg(app.name, app.providerId)));
        return;
    }
    Result<ServerSubject> subject = ServerSubject::parse(
        request.subject, subjectTypes(*provider, app.scheme), app,
        app.scheme == Scheme::Jwt && provider->jwt && provider->jwt->subjectOptional);
    if (!subject.ok()) {
        failLater(subject.error());
        return;
    }
    Result<ResolvedApp> resolved = engine.apps().resolve(app);
    if (!resolved.ok()) {
        failLater(resolved.error());
        return;
    }

    Account account;
    account.providerId = app.providerId;
    account.scheme = app.scheme;
    account.appId = app.id;
    account.scopes = app.scopes;
    account.parameters = app.parameters;
    account.subject = subject->type == QLatin1String("user") ? QStringLiteral("user:") + subject->id
                                                             : subject->type;
    account.asUser = request.api.asUser.trimmed();
    account.notificationsOff = request.api.notificationsOff;

    const QString providerName = provider->name;
    const QHash<QString, QString> vars = resolved->variables;
    const ServerSubject subj = *subject;
    const QString wantedName = request.accountName.trimmed();
    Engine* e = &engine;

    engine.apps().readSecrets(app.id, owner, [=](Result<SecretRecord> secrets) {
        if (!secrets.ok()) {
            reply(secrets.error());
            return;
        }
        TokenService::Minter minter = serverauth::minterFor(*e, app.scheme);
        minter(account, app, *secrets, owner, [=](Result<TokenResult> token) {
            if (!token.ok()) {
                reply(token.error());
                return;
            }
            const Provider* p = e->catalog().find(app.providerId);
            if (!p) {
                reply(fail(ErrorKind::Other, tr("The provider left the catalog meanwhile.")));
                return;
            }
            const TokenResult minted = *token;
            // Who the token is (the service account, or the user); As-User is checked after.
            IdentityCall::run(
                e->http(), *p, app.scheme, vars, minted.token.accessToken,
                ApiCallOptions{{}, request.api.notificationsOff}, owner,
                [=](Result<Identity> identity) {
                    if (!identity.ok()) {
                        reply(identity.error());
                        return;
                    }
                    auto save = [=]() {
                        Account a = account;
                        a.identity = *identity;
                        const QDateTime now = QDateTime::currentDateTimeUtc();
                        a.accessExpires = minted.token.expiresIn >= 0
                                              ? now.addSecs(minted.token.expiresIn)
                                              : QDateTime();
                        a.lastRefresh = now;
                        QString wanted = wantedName;
                        if (wanted.isEmpty()) {
                            const QString who = subj.type == QLatin1String("enterprise")
                                                    ? tr("enterprise %1").arg(subj.id)
                                                    : identity->value(QStringLiteral("login"),
                                                                      tr("user %1").arg(subj.id));
                            wanted = QStringLiteral("%1 (%2)").arg(providerName, who);
                        }
                        a.name = e->accounts().uniqueName(wanted);
                        const SecretRecord record =
                            TokenService::recordFor(minted.token, SecretRecord());
                        e->accounts().create(a, record, owner, [=](Result<Account> r) {
                            if (r.ok())
                                qCInfo(lcAuth) << "server account connected" << r->id;
                            reply(r);
                        });
                    };
                    if (account.asUser.isEmpty()) {
                        save();
                        return;
                    }
                    ApiCallOptions asUser{account.asUser, request.api.notificationsOff};
                    IdentityCall::run(e->http(), *p, app.scheme, vars, minted.token.accessToken,
                                      asUser, owner, [=](Result<Identity> acting) {
                                          if (!acting.ok()) {
                                              reply(acting.error());
                                              return;
                                          }
                                          save();
                                      });
                });
        });
    });
}

} // namespace authdeck
