#include "accounts/TokenService.h"

#include "accounts/AccountService.h"
#include "accounts/AppService.h"
#include "accounts/EndpointPins.h"
#include "accounts/ProfileStore.h"
#include "auth/ClientAuthentication.h"
#include "auth/PasswordConnect.h"
#include "auth/Revocation.h"
#include "auth/S3Verify.h"
#include "core/Async.h"
#include "core/Log.h"
#include "net/HttpClient.h"
#include "providers/ProviderCatalog.h"
#include "providers/Template.h"
#include "secrets/SecretStore.h"

namespace authdeck {

namespace {

const QString AccessTokenKey = QStringLiteral("access_token");
const QString RefreshTokenKey = QStringLiteral("refresh_token");

bool stillValid(const Account& a, const SecretRecord& secrets)
{
    if (!secrets.has(AccessTokenKey))
        return false;
    if (!a.accessExpires.isValid())
        return true; // the provider never said: use it until refused
    return QDateTime::currentDateTimeUtc().secsTo(a.accessExpires)
           > TokenService::RefreshMarginSeconds;
}

} // namespace

TokenService::TokenService(const Collaborators& with, QObject* parent)
    : QObject(parent)
    , m_with(with)
    , m_tokens(new TokenClient(with.http, this))
{}

Status TokenService::mayUse(const Account& account) const
{
    if (account.appId.isEmpty())
        return m_with.catalog.mayUse(account, nullptr);
    const Result<AppRegistration> app = m_with.apps.find(account.appId);
    return m_with.catalog.mayUse(account, app.ok() ? &*app : nullptr);
}

void TokenService::setMinter(Scheme scheme, Minter minter)
{
    m_minters.emplace(int(scheme), std::move(minter));
}

SecretRecord TokenService::recordFor(const TokenResponse& response, const SecretRecord& previous)
{
    SecretRecord r = previous;
    r.set(AccessTokenKey, response.accessToken);
    if (!response.refreshToken.isEmpty())
        r.set(RefreshTokenKey, response.refreshToken);
    r.set(QStringLiteral("token_type"), SecretBytes(response.tokenType.toUtf8()));
    return r;
}

Result<QHash<QString, QString>> TokenService::variablesFor(const Account& account,
                                                           QStringList* allowedOrigins)
{
    QHash<QString, QString> vars;
    const Provider* provider = m_with.catalog.find(account.providerId);
    if (!provider) {
        return fail(ErrorKind::Usage,
                    tr("The account \"%1\" uses the provider \"%2\", which is not in "
                       "the catalog.")
                        .arg(account.name, account.providerId));
    }
    for (const ParameterSpec& p : provider->parameters)
        vars.insert(p.name, p.defaultValue);
    if (!account.appId.isEmpty()) {
        Result<AppRegistration> app = m_with.apps.find(account.appId);
        if (!app.ok())
            return appRemoved(account);
        Result<ResolvedApp> resolved = m_with.apps.resolveForUse(*app);
        if (!resolved.ok())
            return resolved.error();
        vars.insert(resolved->variables);
        if (allowedOrigins)
            *allowedOrigins = resolved->allowedOrigins;
    } else if (!provider->apiBase.isEmpty()) {
        vars.insert(QStringLiteral("api_base"), provider->apiBase);
    }
    for (auto it = account.parameters.begin(); it != account.parameters.end(); ++it)
        vars.insert(it.key(), it.value());
    if (account.appId.isEmpty()) {
        Result<QStringList> allowed = checkAccountPins(account, *provider, vars);
        if (!allowed.ok())
            return allowed.error();
        if (allowedOrigins)
            *allowedOrigins = *allowed;
    }
    return vars;
}

Result<QStringList> TokenService::checkAccountPins(const Account& account, const Provider& provider,
                                                   const QHash<QString, QString>& vars)
{
    // An account without an app registration (a password without a client, access keys) pins
    // its own endpoints, as an app does.
    EndpointOrigins now;
    if (account.scheme == Scheme::Keys && provider.keys) {
        if (Result<QUrl> endpoint = S3Verify::endpointFor(
                provider, account.parameters.value(QStringLiteral("endpoint")));
            endpoint.ok())
            now.add(QStringLiteral("api"), *endpoint, provider);
    }
    if (account.scheme == Scheme::Password && provider.password) {
        if (Result<QString> url = tmpl::expand(provider.password->tokenUrl, vars); url.ok())
            now.add(QStringLiteral("token"), *url, provider);
    }
    now.add(QStringLiteral("api"), vars.value(QStringLiteral("api_base")), provider);
    if (Result<QString> verify = tmpl::expand(provider.verifyFor(account.scheme).url, vars);
        verify.ok())
        now.add(QStringLiteral("verify"), *verify, provider);
    if (account.pins.isEmpty()) {
        const QMap<QString, QString> pins = now.byRole;
        Result<Account> pinned = m_with.accounts.updateMetadata(account.id, [&](Account& a) {
            if (a.pins.isEmpty())
                a.pins = pins;
        });
        if (!pinned.ok())
            return pinned.error();
    } else if (const QStringList changes = now.changesFrom(account.pins); !changes.isEmpty()) {
        qCWarning(lcLifecycle) << "account" << account.id << "is held: its endpoints changed";
        return EndpointOrigins::held(
            tr("The account \"%1\"").arg(account.name), changes,
            tr("authdeck-cli disconnect \"%1\" and connect it again").arg(account.name));
    }
    return now.real;
}

Result<QStringList> TokenService::allowedOriginsFor(const Account& account)
{
    QStringList allowed;
    Result<QHash<QString, QString>> vars = variablesFor(account, &allowed);
    if (!vars.ok())
        return vars.error();
    return allowed;
}

void TokenService::token(const QString& accountId, QObject* context, TokenDone done)
{
    renew(accountId, false, context, std::move(done));
}

void TokenService::refresh(const QString& accountId, QObject* context, TokenDone done)
{
    renew(accountId, true, context, std::move(done));
}

void TokenService::renew(const QString& accountId, bool force, QObject* context, TokenDone done)
{
    auto reply = guarded(context, std::move(done));
    Result<Account> account = m_with.accounts.find(accountId);
    if (!account.ok()) {
        postLater(this, [reply, e = account.error()] { reply(e); });
        return;
    }
    // The organization's policy first: a forbidden account gets nothing, not even a cached token.
    if (Status allowed = mayUse(*account); !allowed.ok()) {
        postLater(this, [reply, e = allowed.error()] { reply(e); });
        return;
    }
    if (account->scheme == Scheme::Keys || account->keepsPassword) {
        postLater(this, [reply, name = account->name] {
            reply(
                fail(ErrorKind::Usage, tr("The account \"%1\" signs each request with its keys or "
                                          "password; it has no token.")
                                           .arg(name)));
        });
        return;
    }
    const Account a = *account;
    // Nothing of the account goes anywhere while its app (or the account) is held.
    if (Result<QStringList> allowed = allowedOriginsFor(a); !allowed.ok()) {
        postLater(this, [reply, e = allowed.error()] { reply(e); });
        return;
    }
    // Serialize per account across processes; everything below happens under the lock.
    // (A lock file in the profile folder; for a team, a lock every member's machine sees.)
    m_with.store.lockAccount(a.id, LockTimeoutMs, this,
                             [this, id = a.id, force, reply](Result<AccountLock::Handle> lock) {
                                 if (!lock.ok()) {
                                     reply(lock.error());
                                     return;
                                 }
                                 // Re-read: another process may have renewed while we waited.
                                 Result<Account> fresh = m_with.accounts.find(id);
                                 if (!fresh.ok()) {
                                     reply(fresh.error());
                                     return;
                                 }
                                 renewLocked(*fresh, force, *lock, reply);
                             });
}

void TokenService::renewLocked(const Account& account, bool force, AccountLock::Handle lock,
                               TokenDone done)
{
    m_with.accounts.readSecrets(
        account.id, this, [this, account, force, lock, done](Result<SecretRecord> secrets) {
            if (!secrets.ok()) {
                done(secrets.error());
                return;
            }
            if (!force && stillValid(account, *secrets)) {
                done(AccessToken{secrets->value(AccessTokenKey), account.accessExpires, false});
                return;
            }
            if (account.appId.isEmpty() && account.scheme == Scheme::Password) {
                refreshPasswordAccount(account, *secrets, AppRegistration(), SecretRecord(), lock,
                                       done);
                return;
            }
            Result<AppRegistration> app = m_with.apps.find(account.appId);
            if (!app.ok()) {
                done(appRemoved(account));
                return;
            }
            const SecretRecord previous = *secrets;
            const AppRegistration reg = *app;
            m_with.apps.readSecrets(
                reg.id, this,
                [this, account, reg, previous, lock, done](Result<SecretRecord> appSecrets) {
                    if (!appSecrets.ok()) {
                        done(appSecrets.error());
                        return;
                    }
                    renewWithApp(account, previous, reg, *appSecrets, lock, done);
                });
        });
}

Error TokenService::lockLost() const
{
    return fail(ErrorKind::Network,
                tr("The connection to the team database was lost while the account was locked; "
                   "nothing was sent to the provider. Try again."));
}

Error TokenService::appRemoved(const Account& account) const
{
    return fail(ErrorKind::Usage, tr("The app registration of the account \"%1\" was removed; "
                                     "register it again and sign in again.")
                                      .arg(account.name));
}

void TokenService::renewWithApp(const Account& account, const SecretRecord& previous,
                                const AppRegistration& reg, const SecretRecord& appSecrets,
                                AccountLock::Handle lock, TokenDone done)
{
    auto saved = [this, account, previous, lock, done](Result<TokenResult> r) {
        if (!r.ok()) {
            if (r.error().kind == ErrorKind::Rejected) {
                refused(account, previous, r.error(), done);
                return;
            }
            done(r.error());
            return;
        }
        saveRenewed(account, previous, *r, lock, done);
    };
    // A team's lock dies with its database session: nothing is sent without it.
    if (!lock->held()) {
        done(lockLost());
        return;
    }
    const bool minted =
        account.scheme == Scheme::Jwt || account.scheme == Scheme::ClientCredentials;
    if (minted) {
        const auto minter = m_minters.constFind(int(account.scheme));
        if (minter == m_minters.constEnd()) {
            done(fail(ErrorKind::Usage, tr("%1 is not available in this version of AuthDeck.")
                                            .arg(schemeDisplayName(account.scheme))));
            return;
        }
        (*minter)(account, reg, appSecrets, this, saved);
        return;
    }
    if (account.scheme == Scheme::Password) {
        refreshPasswordAccount(account, previous, reg, appSecrets, lock, done);
        return;
    }
    if (!previous.has(RefreshTokenKey)) {
        Error e = fail(ErrorKind::Rejected, tr("The account \"%1\" has no refresh token: sign in "
                                               "again.")
                                                .arg(account.name));
        e.diagnosis = Diagnosis::RefreshTokenExpired;
        markNeedsSignIn(account.id, e);
        done(e);
        return;
    }
    Result<ResolvedApp> resolved = m_with.apps.resolveForUse(reg);
    if (!resolved.ok()) {
        done(resolved.error());
        return;
    }
    const Provider* provider = m_with.catalog.find(reg.providerId);
    TokenRequest req;
    req.tokenUrl = resolved->tokenUrl;
    req.allowedOrigins = resolved->allowedOrigins;
    ClientAuthentication::apply(req, provider, reg, appSecrets, resolved->tokenUrl);
    // No redirect_uri and no scope: Qt 6.4 sends redirect_uri=callback() and
    // asserts a listener exists; neither belongs in a refresh (RFC 6749 section 6).
    req.form = {{QByteArrayLiteral("grant_type"), SecretBytes(QByteArrayLiteral("refresh_token"))},
                {QByteArrayLiteral("refresh_token"), previous.value(RefreshTokenKey)}};
    qCInfo(lcLifecycle) << "refreshing account" << account.id;
    m_tokens->request(req, this, saved);
}

void TokenService::refreshPasswordAccount(const Account& account, const SecretRecord& previous,
                                          const AppRegistration& app,
                                          const SecretRecord& appSecrets, AccountLock::Handle lock,
                                          TokenDone done)
{
    // An exchanged password: the refresh_token grant at the password scheme's token URL, with
    // the catalog's extra form fields (SugarCRM: platform) and the app's client, when there is one.
    if (!previous.has(RefreshTokenKey)) {
        Error e = fail(ErrorKind::Rejected,
                       tr("The account \"%1\" has no refresh token: connect it again with the "
                          "password.")
                           .arg(account.name));
        e.diagnosis = Diagnosis::RefreshTokenExpired;
        markNeedsSignIn(account.id, e);
        done(e);
        return;
    }
    const Provider* provider = m_with.catalog.find(account.providerId);
    QStringList allowed;
    Result<QHash<QString, QString>> vars = variablesFor(account, &allowed);
    if (!provider || !provider->password || !vars.ok()) {
        done(vars.ok() ? fail(ErrorKind::Usage, tr("Unknown provider.")) : vars.error());
        return;
    }
    QUrl tokenUrl;
    if (!app.id.isEmpty()) {
        // An OAuth 2.0 registration may be the client.
        Result<ResolvedApp> resolved = m_with.apps.resolveForUse(app, Scheme::Password);
        if (!resolved.ok()) {
            done(resolved.error());
            return;
        }
        tokenUrl = resolved->tokenUrl;
        allowed = resolved->allowedOrigins;
    } else {
        Result<QString> url = tmpl::expand(provider->password->tokenUrl, *vars);
        if (!url.ok()) {
            done(url.error());
            return;
        }
        tokenUrl = QUrl(*url, QUrl::StrictMode);
    }
    QHash<QString, QString> formVars = *vars;
    formVars.insert(QStringLiteral("client_id"), app.clientId);
    formVars.insert(QStringLiteral("client_secret"), QString());
    Result<QList<std::pair<QByteArray, SecretBytes>>> extra =
        tmpl::tokenFormFields(provider->password->form, formVars);
    if (!extra.ok()) {
        done(extra.error());
        return;
    }
    TokenRequest req;
    req.tokenUrl = tokenUrl;
    req.allowedOrigins = allowed;
    req.clientId = app.clientId;
    req.clientSecret = appSecrets.value(QStringLiteral("client_secret"));
    req.form = {{QByteArrayLiteral("grant_type"), SecretBytes(QByteArrayLiteral("refresh_token"))},
                {QByteArrayLiteral("refresh_token"), previous.value(RefreshTokenKey)}};
    req.form += *extra;
    if (!lock->held()) {
        done(lockLost());
        return;
    }
    qCInfo(lcLifecycle) << "refreshing password account" << account.id;
    m_tokens->request(req, this, [this, account, previous, lock, done](Result<TokenResult> r) {
        if (!r.ok()) {
            if (r.error().kind == ErrorKind::Rejected) {
                refused(account, previous, r.error(), done);
                return;
            }
            done(r.error());
            return;
        }
        saveRenewed(account, previous, *r, lock, done);
    });
}

void TokenService::refused(const Account& account, const SecretRecord& previous, const Error& why,
                           TokenDone done)
{
    // Refused: the grant is dead, unless another renewal replaced the refresh token meanwhile (a
    // team member whose database session was cut while it renewed): then the stored one is live.
    m_with.accounts.readSecrets(
        account.id, this, [this, account, previous, why, done](Result<SecretRecord> now) {
            Result<Account> fresh = m_with.accounts.find(account.id);
            if (now.ok() && fresh.ok() && now->has(RefreshTokenKey)
                && !now->value(RefreshTokenKey).equals(previous.value(RefreshTokenKey))
                && stillValid(*fresh, *now)) {
                qCInfo(lcLifecycle) << "account" << account.id << "was renewed elsewhere";
                done(AccessToken{now->value(AccessTokenKey), fresh->accessExpires, false});
                return;
            }
            markNeedsSignIn(account.id, why);
            done(why);
        });
}

void TokenService::saveRenewed(const Account& account, const SecretRecord& previous,
                               const TokenResult& result, AccountLock::Handle lock, TokenDone done)
{
    const SecretRecord next = recordFor(result.token, previous);
    const bool rotated = !result.token.refreshToken.isEmpty();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QDateTime expires =
        result.token.expiresIn >= 0 ? now.addSecs(result.token.expiresIn) : QDateTime();
    // The new refresh token and the account's new state in one transaction, before anything else
    // uses it (the old one is dead now), still under the account's lock.
    m_with.accounts.saveTokens(
        account.id, next,
        [now, expires, rotated](Account& a) {
            a.accessExpires = expires;
            a.lastRefresh = now;
            if (rotated)
                a.refreshIssued = now;
            a.status = AccountStatus::Ok;
            a.statusReason.clear();
        },
        this,
        [this, account, result, expires, lock, done](Result<Account> updated) {
            Q_UNUSED(lock)
            if (!updated.ok()) {
                qCWarning(lcLifecycle)
                    << "could not store renewed tokens for account" << account.id;
                done(updated.error());
                return;
            }
            Q_EMIT accountChanged(account.id);
            done(AccessToken{result.token.accessToken, expires, true});
        });
}

void TokenService::markNeedsSignIn(const QString& accountId, const Error& why)
{
    Result<Account> updated = m_with.accounts.updateMetadata(accountId, [&](Account& a) {
        a.status = a.scheme == Scheme::Jwt || a.scheme == Scheme::ClientCredentials
                       ? AccountStatus::Error
                       : AccountStatus::NeedsSignIn;
        a.statusReason = why.fullMessage();
    });
    if (updated.ok())
        Q_EMIT accountChanged(accountId);
}

void TokenService::test(const QString& accountId, const ApiCallOptions& options, QObject* context,
                        std::function<void(Result<Identity>)> done)
{
    auto reply = guarded(context, std::move(done));
    const Result<Account> a = m_with.accounts.find(accountId);
    if (Status allowed = a.ok() ? mayUse(*a) : Status(); !allowed.ok()) {
        postLater(this, [reply, e = allowed.error()] { reply(e); });
        return;
    }
    if (a.ok() && (a->scheme == Scheme::Keys || a->keepsPassword)) {
        testWithoutToken(*a, reply);
        return;
    }
    token(accountId, this, [this, accountId, options, reply](Result<AccessToken> t) {
        if (!t.ok()) {
            reply(t.error());
            return;
        }
        Result<Account> account = m_with.accounts.find(accountId);
        if (!account.ok()) {
            reply(account.error());
            return;
        }
        QStringList allowed;
        Result<QHash<QString, QString>> vars = variablesFor(*account, &allowed);
        const Provider* provider = m_with.catalog.find(account->providerId);
        if (!vars.ok() || !provider) {
            reply(vars.ok() ? fail(ErrorKind::Usage, tr("Unknown provider.")) : vars.error());
            return;
        }
        ApiCallOptions effective = options;
        effective.allowedOrigins = allowed;
        if (effective.asUser.isEmpty())
            effective.asUser = account->asUser;
        effective.notificationsOff = effective.notificationsOff || account->notificationsOff;
        IdentityCall::run(
            m_with.http, *provider, account->scheme, *vars, t->token, effective, this,
            [this, accountId, reply, asUser = !effective.asUser.isEmpty()](Result<Identity> id) {
                if (id.ok() && !asUser) {
                    Result<Account> updated =
                        m_with.accounts.updateMetadata(accountId, [&](Account& a) {
                            a.identity = *id;
                            a.status = AccountStatus::Ok;
                            a.statusReason.clear();
                        });
                    if (updated.ok())
                        Q_EMIT accountChanged(accountId);
                }
                reply(id);
            });
    });
}

void TokenService::testWithoutToken(const Account& account,
                                    std::function<void(Result<Identity>)> reply)
{
    // Access keys and kept passwords sign each request themselves: the verification call is made
    // with them, read from the keychain for the call only.
    const QString id = account.id;
    auto record = [this, id, reply](Result<Identity> identity) {
        if (identity.ok()) {
            Result<Account> updated = m_with.accounts.updateMetadata(id, [&](Account& a) {
                a.identity = *identity;
                a.status = AccountStatus::Ok;
                a.statusReason.clear();
            });
            if (updated.ok())
                Q_EMIT accountChanged(id);
        } else if (identity.error().kind == ErrorKind::Rejected) {
            Result<Account> updated = m_with.accounts.updateMetadata(id, [&](Account& a) {
                a.status = AccountStatus::NeedsCredentials;
                a.statusReason = identity.error().fullMessage();
            });
            if (updated.ok())
                Q_EMIT accountChanged(id);
        }
        reply(identity);
    };
    QStringList allowed;
    if (Result<QHash<QString, QString>> vars = variablesFor(account, &allowed); !vars.ok()) {
        postLater(this, [reply, e = vars.error()] { reply(e); });
        return;
    }
    m_with.accounts.readSecrets(
        id, this, [this, account, record, allowed](Result<SecretRecord> secrets) {
            if (!secrets.ok()) {
                record(secrets.error());
                return;
            }
            const Provider* provider = m_with.catalog.find(account.providerId);
            if (!provider) {
                record(fail(ErrorKind::Usage, tr("Unknown provider.")));
                return;
            }
            if (account.scheme == Scheme::Keys) {
                Result<QUrl> endpoint = S3Verify::endpointFor(
                    *provider, account.parameters.value(QStringLiteral("endpoint")));
                if (!endpoint.ok()) {
                    record(endpoint.error());
                    return;
                }
                S3Credentials creds{account.parameters.value(QStringLiteral("access_key_id")),
                                    secrets->value(QStringLiteral("secret_key")),
                                    account.parameters.value(QStringLiteral("region")), *endpoint};
                S3Verify::run(m_with.http, *provider, creds, this, record);
                return;
            }
            Result<QHash<QString, QString>> vars = variablesFor(account);
            if (!vars.ok()) {
                record(vars.error());
                return;
            }
            ApiCallOptions options;
            options.allowedOrigins = allowed;
            QByteArray pair = account.parameters.value(QStringLiteral("username")).toUtf8() + ':'
                              + secrets->value(QStringLiteral("password")).bytes();
            QByteArray encoded = pair.toBase64();
            const SecretBytes authorization(QByteArrayLiteral("Basic ") + encoded);
            wipe(pair);
            wipe(encoded);
            IdentityCall::runWithAuthorization(m_with.http, *provider, account.scheme, *vars,
                                               authorization, options, this, record);
        });
}

void TokenService::disconnect(const QString& accountId, bool removeAnyway, QObject* context,
                              std::function<void(Result<DisconnectReport>)> done)
{
    auto reply = guarded(context, std::move(done));
    Result<Account> account = m_with.accounts.find(accountId);
    if (!account.ok()) {
        postLater(this, [reply, e = account.error()] { reply(e); });
        return;
    }
    const Account a = *account;
    auto removeLocal = [this, a, reply](DisconnectReport report) {
        m_with.accounts.removeLocal(a.id, this, [this, a, reply, report](Status s) {
            if (!s.ok()) {
                reply(s.error());
                return;
            }
            qCInfo(lcLifecycle) << "account removed" << a.id << "revoked" << report.revoked;
            Q_EMIT accountChanged(a.id);
            reply(report);
        });
    };
    const Provider* provider = m_with.catalog.find(a.providerId);
    Result<AppRegistration> app = a.appId.isEmpty()
                                      ? Result<AppRegistration>(fail(ErrorKind::Other, {}))
                                      : m_with.apps.find(a.appId);
    QUrl revokeUrl;
    QUrl tokenUrl; // a private_key_jwt assertion's aud, also at the revocation endpoint
    QStringList allowed;
    if (app.ok() && provider && provider->oauth2
        && provider->oauth2->revokeStyle == QLatin1String("rfc7009")) {
        // The revocation endpoint of the app (catalog template or the app's own override), only
        // while the app still points where it was pinned.
        Result<ResolvedApp> r = m_with.apps.resolveForUse(*app, Scheme::OAuth2);
        if (!r.ok() && r.error().kind == ErrorKind::BadInput && !removeAnyway) {
            postLater(this, [reply, e = r.error()] { reply(e); });
            return;
        }
        if (r.ok()) {
            revokeUrl = r->revokeUrl;
            tokenUrl = r->tokenUrl;
            allowed = r->allowedOrigins;
        }
    }
    const bool hasTokens = a.scheme != Scheme::Keys && !a.keepsPassword;
    if (!hasTokens || revokeUrl.isEmpty()) {
        DisconnectReport report;
        report.revocable = !hasTokens; // keys and kept passwords have nothing to revoke
        postLater(this, [removeLocal, report] { removeLocal(report); });
        return;
    }
    const AppRegistration reg = *app;
    // RFC 7009 section 2.1: the client authenticates as at the token endpoint.
    m_with.accounts.readSecrets(
        a.id, this,
        [this, a, reg, revokeUrl, tokenUrl, allowed, removeAnyway, removeLocal,
         reply](Result<SecretRecord> secrets) {
            if (!secrets.ok()) {
                if (!removeAnyway) {
                    reply(secrets.error());
                    return;
                }
                removeLocal(DisconnectReport{false, true, secrets.error().message});
                return;
            }
            const bool refresh = secrets->has(RefreshTokenKey);
            const SecretBytes token =
                refresh ? secrets->value(RefreshTokenKey) : secrets->value(AccessTokenKey);
            if (token.isEmpty()) {
                removeLocal(DisconnectReport{false, true, {}});
                return;
            }
            m_with.apps.readSecrets(
                reg.id, this,
                [this, reg, revokeUrl, tokenUrl, allowed, token, refresh, removeAnyway, removeLocal,
                 reply](Result<SecretRecord> appSecrets) {
                    const RevocationTarget target{
                        revokeUrl, tokenUrl,
                        allowed,   m_with.catalog.find(reg.providerId),
                        reg,       appSecrets.ok() ? *appSecrets : SecretRecord()};
                    const TokenRequest req = revocationRequest(target, token, refresh);
                    m_tokens->revoke(req, this, [removeAnyway, removeLocal, reply](Status s) {
                        if (s.ok()) {
                            removeLocal(DisconnectReport{true, true, {}});
                            return;
                        }
                        if (!removeAnyway) {
                            Error e = s.error();
                            e.message =
                                tr("%1 Nothing was removed; to remove the account locally anyway, "
                                   "disconnect again with --local (the token then stays valid at "
                                   "the "
                                   "provider until it expires).")
                                    .arg(e.message);
                            reply(e);
                            return;
                        }
                        removeLocal(DisconnectReport{false, true, s.error().fullMessage()});
                    });
                });
        });
}

} // namespace authdeck
