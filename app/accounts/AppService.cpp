#include "accounts/AppService.h"

#include "auth/ClientAuthentication.h"
#include "core/Async.h"
#include "core/Ids.h"
#include "core/Log.h"
#include "net/UrlPolicy.h"
#include "providers/ProviderCatalog.h"
#include "providers/Template.h"
#include "providers/UnifiedScopes.h"
#include "secrets/SecretStore.h"

#include <QUuid>

namespace authdeck {

namespace {

Error usage(const QString& message)
{
    return fail(ErrorKind::Usage, message);
}

// The scheme an app registration is for when the admin did not say: the provider's first scheme
// that uses an app registration at all.
std::optional<Scheme> defaultScheme(const Provider& p)
{
    for (Scheme s : {Scheme::OAuth2, Scheme::Jwt, Scheme::ClientCredentials, Scheme::Password}) {
        if (p.supports(s))
            return s;
    }
    return std::nullopt;
}

Status checkClientAuth(const Provider& provider, const AppRegistration& app)
{
    return ClientAuthentication::check(provider, app);
}

bool needsClientId(Scheme s)
{
    return s == Scheme::OAuth2 || s == Scheme::Jwt || s == Scheme::ClientCredentials;
}

} // namespace

AppService::AppService(ProfileStore& store, SecretStore& secrets, const ProviderCatalog& catalog,
                       QString secretKeyPrefix, QObject* parent)
    : QObject(parent)
    , m_store(store)
    , m_secrets(secrets)
    , m_catalog(catalog)
    , m_keyPrefix(std::move(secretKeyPrefix))
{
    connect(&m_store, &ProfileStore::changed, this, &AppService::appsChanged);
}

QString AppService::secretKey(const QString& appId) const
{
    return m_keyPrefix + QStringLiteral("app:") + appId;
}

Result<AppRegistration> AppService::validate(const AppInput& in,
                                             const ProfileStore::Snapshot& current) const
{
    const Provider* provider = m_catalog.find(in.providerId);
    if (!provider && m_catalog.isForbidden(in.providerId))
        return usage(m_catalog.policy().refusalForProvider(in.providerId));
    if (!provider) {
        return usage(tr("Unknown provider \"%1\". Run \"authdeck-cli providers\" to see the "
                        "providers AuthDeck knows.")
                         .arg(in.providerId));
    }
    const QString name = in.name.trimmed();
    if (name.isEmpty())
        return usage(tr("An app registration needs a name."));
    if (name.size() > 100)
        return usage(tr("The app name is longer than 100 characters."));
    for (const AppRegistration& a : current.apps) {
        if (a.name.compare(name, Qt::CaseInsensitive) == 0)
            return usage(tr("An app named \"%1\" already exists; choose another name.").arg(name));
    }

    AppRegistration app;
    app.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    app.name = name;
    app.providerId = provider->id;
    const std::optional<Scheme> scheme = in.scheme ? in.scheme : defaultScheme(*provider);
    if (!scheme) {
        return usage(tr("%1 connects with %2, which needs no app registration.")
                         .arg(provider->name, schemeDisplayName(provider->schemes().value(0))));
    }
    if (!provider->supports(*scheme) && !m_catalog.policy().allowsScheme(*scheme))
        return usage(m_catalog.policy().refusalForScheme(provider->name, *scheme));
    if (!provider->supports(*scheme)) {
        QStringList offered;
        for (Scheme s : provider->schemes())
            offered.append(schemeId(s));
        return usage(
            tr("%1 does not offer %2; it offers: %3.")
                .arg(provider->name, schemeId(*scheme), offered.join(QStringLiteral(", "))));
    }
    app.scheme = *scheme;

    app.clientId = in.clientId.trimmed();
    if (needsClientId(app.scheme) && app.clientId.isEmpty())
        return usage(tr("A client ID is required (--client-id)."));
    if (app.clientId.size() > 512)
        return usage(tr("The client ID is longer than 512 characters."));

    // Parameters: known names only; hosts validated; defaults filled.
    for (auto it = in.parameters.begin(); it != in.parameters.end(); ++it) {
        if (!provider->parameter(it.key()))
            return usage(tr("%1 has no setting \"%2\".").arg(provider->name, it.key()));
    }
    for (const ParameterSpec& spec : provider->parameters) {
        QString value = in.parameters.value(spec.name).trimmed();
        if (value.isEmpty())
            value = spec.defaultValue;
        if (value.isEmpty() && spec.required) {
            if (spec.name == QLatin1String("host")) {
                return usage(tr("%1 runs on your own server: give its host with --host "
                                "(for example %2).")
                                 .arg(provider->name, spec.placeholder.isEmpty()
                                                          ? QStringLiteral("server.example.com")
                                                          : spec.placeholder));
            }
            return usage(tr("%1 needs a value for \"%2\".").arg(provider->name, spec.label));
        }
        if (spec.kind == QLatin1String("hostname") && !value.isEmpty()) {
            Result<QString> host = UrlPolicy::normalizeHost(value);
            if (!host.ok())
                return host.error();
            value = *host;
        }
        if (!value.isEmpty())
            app.parameters.insert(spec.name, value);
    }

    if (in.redirectPort < 0 || in.redirectPort > 65535)
        return usage(tr("The redirect port must be a number from 1 to 65535."));
    app.redirectPort = in.redirectPort;

    // Scopes: the catalog's defaults unless given; unknown ones only where custom scopes exist.
    // AuthDeck scopes and provider-qualified ones become the provider's native scopes here, so
    // the CLI and the window read them alike.
    Result<UnifiedScopes::Expansion> expanded = expandScopes(*provider, in.scopes);
    if (!expanded.ok())
        return expanded.error();
    QStringList scopes = expanded->scopes;
    app.unifiedScopes = expanded->unified;
    if (scopes.isEmpty() && app.scheme == Scheme::OAuth2 && provider->oauth2)
        scopes = provider->oauth2->defaultScopes;
    if (!provider->customScopes) {
        for (const QString& s : std::as_const(scopes)) {
            const bool known = std::any_of(provider->scopes.begin(), provider->scopes.end(),
                                           [&](const ScopeInfo& i) { return i.id == s; });
            if (!known)
                return usage(tr("%1 has no scope \"%2\".").arg(provider->name, s));
        }
    }
    app.scopes = scopes;

    struct Override {
        const QString& value;
        QString* target;
        QString what;
    };
    const Override overrides[] = {
        {in.authorizeUrl, &app.authorizeUrl, tr("authorization URL")},
        {in.tokenUrl, &app.tokenUrl, tr("token URL")},
        {in.revokeUrl, &app.revokeUrl, tr("revocation URL")},
        {in.apiBase, &app.apiBase, tr("API base URL")},
        {in.deviceAuthorizationUrl, &app.deviceAuthorizationUrl, tr("device authorization URL")},
        {in.userinfoUrl, &app.userinfoUrl, tr("userinfo URL")},
    };
    for (const Override& o : overrides) {
        const QString v = o.value.trimmed();
        if (v.isEmpty())
            continue;
        const QUrl url(v, QUrl::StrictMode);
        if (Status s = UrlPolicy::checkEndpoint(url, o.what); !s.ok())
            return s.error();
        *o.target = v;
    }

    app.publicKeyId = in.publicKeyId.trimmed();
    app.enterpriseId = in.enterpriseId.trimmed();
    app.userId = in.userId.trimmed();
    app.clientEmail = in.clientEmail.trimmed();
    app.algorithm = in.algorithm.trimmed();
    if (!app.algorithm.isEmpty() && provider->jwt && app.scheme == Scheme::Jwt
        && !provider->jwt->algorithms.contains(app.algorithm))
        return usage(tr("%1 accepts the signing algorithms %2, not %3.")
                         .arg(provider->name, provider->jwt->algorithms.join(QStringLiteral(", ")),
                              app.algorithm));
    app.clientAuth = in.clientAuth.trimmed();
    app.certificateThumbprint = in.certificateThumbprint.trimmed();
    app.issuer = in.issuer.trimmed();
    app.issParameterRequired = in.issParameterRequired;
    app.hasClientSecret = !in.clientSecret.isEmpty();
    app.hasPrivateKey = !in.privateKeyPem.isEmpty();
    if (Status s = checkClientAuth(*provider, app); !s.ok())
        return s.error();
    app.created = QDateTime::currentDateTimeUtc();
    app.updated = app.created;

    // The organization's policy, as every use of the app will ask it (its own endpoints, when
    // the policy restricts providers).
    if (Status allowed = m_catalog.mayUse(app); !allowed.ok())
        return allowed.error();
    Result<EndpointOrigins> pinned = origins(app);
    if (!pinned.ok())
        return pinned.error();
    app.pins = pinned->byRole;
    return app;
}

Result<UnifiedScopes::Expansion> AppService::expandScopes(const Provider& provider,
                                                          const QStringList& given) const
{
    QHash<QString, QString> known;
    for (const Provider& p : m_catalog.providers())
        known.insert(p.id, p.name);
    return UnifiedScopes::expand(provider, given, known);
}

Result<AppRegistration> AppService::checkImported(const AppRegistration& app) const
{
    if (!ids::isValid(app.id) || !ids::isValid(app.providerId))
        return fail(ErrorKind::BadInput,
                    tr("The app \"%1\" has an id that is not valid.").arg(app.name.left(100)));
    AppInput in;
    in.providerId = app.providerId;
    in.name = app.name;
    in.scheme = app.scheme;
    in.clientId = app.clientId;
    in.scopes = app.scopes;
    in.parameters = app.parameters;
    in.redirectPort = app.redirectPort;
    in.authorizeUrl = app.authorizeUrl;
    in.tokenUrl = app.tokenUrl;
    in.revokeUrl = app.revokeUrl;
    in.apiBase = app.apiBase;
    in.publicKeyId = app.publicKeyId;
    in.enterpriseId = app.enterpriseId;
    in.userId = app.userId;
    in.clientEmail = app.clientEmail;
    in.algorithm = app.algorithm;
    in.clientAuth = app.clientAuth;
    in.certificateThumbprint = app.certificateThumbprint;
    in.issuer = app.issuer;
    in.deviceAuthorizationUrl = app.deviceAuthorizationUrl;
    in.userinfoUrl = app.userinfoUrl;
    in.issParameterRequired = app.issParameterRequired;
    Result<AppRegistration> checked = validate(in, ProfileStore::Snapshot());
    if (!checked.ok()) {
        Error e = checked.error();
        e.message = tr("The app \"%1\" cannot be imported: %2").arg(app.name.left(100), e.message);
        return e;
    }
    AppRegistration out = app;
    out.scopes = checked->scopes;
    // Only names: the native scopes above are what counts. One AuthDeck does not know is dropped.
    out.unifiedScopes.removeIf([](const QString& s) { return !UnifiedScopes::isUnified(s); });
    out.parameters = checked->parameters;
    out.pins = checked->pins;
    return out;
}

void AppService::add(const AppInput& input, QObject* context, AppDone done)
{
    auto reply = guarded(context, std::move(done));
    Result<ProfileStore::Snapshot> current = m_store.load();
    if (!current.ok()) {
        postLater(this, [reply, e = current.error()] { reply(e); });
        return;
    }
    Result<AppRegistration> app = validate(input, *current);
    if (!app.ok()) {
        postLater(this, [reply, e = app.error()] { reply(e); });
        return;
    }
    const AppRegistration reg = *app;
    const ProfileStore::Mutation append = [reg](ProfileStore::Snapshot& s) -> Status {
        // Checked again inside the transaction: another process may have taken the name.
        for (const AppRegistration& a : s.apps) {
            if (a.name.compare(reg.name, Qt::CaseInsensitive) == 0)
                return usage(
                    tr("An app named \"%1\" already exists; choose another name.").arg(reg.name));
        }
        s.apps.append(reg);
        return {};
    };
    QList<SecretChange> changes;
    if (reg.hasClientSecret || reg.hasPrivateKey) {
        SecretRecord record;
        record.set(QStringLiteral("client_secret"), input.clientSecret);
        record.set(QStringLiteral("private_key"), input.privateKeyPem);
        changes.append({secretKey(reg.id), record.serialize()});
    }
    // The registration and its secrets in one commit: nothing is left behind when it fails.
    m_secrets.commit(m_store, append, changes, this, [reg, reply](Status s) {
        if (!s.ok()) {
            reply(s.error());
            return;
        }
        qCInfo(lcStore) << "app registered" << reg.id << reg.providerId;
        reply(reg);
    });
}

void AppService::update(const QString& idOrName, const AppInput& input, bool replaceSecrets,
                        QObject* context, AppDone done)
{
    auto reply = guarded(context, std::move(done));
    Result<ProfileStore::Snapshot> current = m_store.load();
    if (!current.ok()) {
        postLater(this, [reply, e = current.error()] { reply(e); });
        return;
    }
    const AppRegistration* existing = current->app(idOrName);
    if (!existing) {
        postLater(this,
                  [reply, idOrName] { reply(usage(tr("No app named \"%1\".").arg(idOrName))); });
        return;
    }
    const AppRegistration old = *existing;
    ProfileStore::Snapshot others = *current;
    others.apps.removeIf([&](const AppRegistration& a) { return a.id == old.id; });
    Result<AppRegistration> checked = validate(input, others);
    if (!checked.ok()) {
        postLater(this, [reply, e = checked.error()] { reply(e); });
        return;
    }
    AppRegistration next = *checked;
    next.id = old.id;
    next.created = old.created;
    // An edit never re-pins: a changed origin holds the app until the admin approves it.
    next.pins = old.pins;
    if (!replaceSecrets) {
        next.hasClientSecret = old.hasClientSecret;
        next.hasPrivateKey = old.hasPrivateKey;
    }
    auto mutationFor = [](const AppRegistration& next) -> ProfileStore::Mutation {
        return [next](ProfileStore::Snapshot& snap) -> Status {
            AppRegistration* a = snap.app(next.id);
            if (!a)
                return usage(tr("The app \"%1\" was removed meanwhile.").arg(next.name));
            for (const AppRegistration& other : snap.apps) {
                if (other.id != next.id && other.name.compare(next.name, Qt::CaseInsensitive) == 0)
                    return usage(tr("An app named \"%1\" already exists; choose another name.")
                                     .arg(next.name));
            }
            *a = next;
            return {};
        };
    };
    if (!replaceSecrets) {
        m_secrets.commit(m_store, mutationFor(next), {}, this, [reply, next](Status s) {
            if (s.ok())
                reply(next);
            else
                reply(s.error());
        });
        return;
    }
    // Replace only the secrets given; keep the others (a new client secret keeps the key).
    m_secrets.readRecord(
        secretKey(next.id), this,
        [this, next, input, reply, mutationFor](Result<SecretRecord> existing) mutable {
            if (!existing.ok()) {
                reply(existing.error());
                return;
            }
            SecretRecord record = *existing;
            if (!input.clientSecret.isEmpty())
                record.set(QStringLiteral("client_secret"), input.clientSecret);
            if (!input.privateKeyPem.isEmpty())
                record.set(QStringLiteral("private_key"), input.privateKeyPem);
            next.hasClientSecret = record.has(QStringLiteral("client_secret"));
            next.hasPrivateKey = record.has(QStringLiteral("private_key"));
            m_secrets.commit(m_store, mutationFor(next),
                             {SecretChange{secretKey(next.id), record.serialize()}}, this,
                             [reply, next](Status s) {
                                 if (s.ok())
                                     reply(next);
                                 else
                                     reply(s.error());
                             });
        });
}

void AppService::setSecretValues(const QString& idOrName,
                                 const QList<QPair<QString, SecretBytes>>& values, QObject* context,
                                 std::function<void(Result<AppRegistration>)> done)
{
    auto reply = guarded(context, std::move(done));
    const Result<AppRegistration> app = find(idOrName);
    if (!app.ok()) {
        postLater(this, [reply, e = app.error()] { reply(e); });
        return;
    }
    const AppRegistration reg = *app;
    m_secrets.readRecord(
        secretKey(reg.id), this, [this, reg, values, reply](Result<SecretRecord> existing) {
            if (!existing.ok()) {
                reply(existing.error());
                return;
            }
            SecretRecord record = *existing;
            for (const auto& [name, value] : values) {
                if (value.isEmpty())
                    record.remove(name);
                else
                    record.set(name, value);
            }
            m_secrets.commit(m_store, {}, {SecretChange{secretKey(reg.id), record.serialize()}},
                             this, [reply, reg](Status s) {
                                 if (s.ok())
                                     reply(reg);
                                 else
                                     reply(s.error());
                             });
        });
}

void AppService::remove(const QString& idOrName, bool force, QObject* context,
                        std::function<void(Status)> done)
{
    auto reply = guarded(context, std::move(done));
    Result<AppRegistration> app = find(idOrName);
    if (!app.ok()) {
        postLater(this, [reply, e = app.error()] { reply(e); });
        return;
    }
    const QStringList users = accountsUsing(app->id);
    if (!users.isEmpty() && !force) {
        postLater(this, [reply, users, name = app->name] {
            reply(usage(tr("The app \"%1\" is used by %2. Disconnect those accounts first, or "
                           "remove it anyway with --force.")
                            .arg(name, users.join(QStringLiteral(", ")))));
        });
        return;
    }
    // The registration and its secrets go together.
    const QString id = app->id;
    const ProfileStore::Mutation drop = [id](ProfileStore::Snapshot& snap) -> Status {
        snap.apps.removeIf([&](const AppRegistration& a) { return a.id == id; });
        return {};
    };
    m_secrets.commit(m_store, drop, {SecretChange{secretKey(id), std::nullopt}}, this, reply);
}

Result<QList<AppRegistration>> AppService::list() const
{
    Result<ProfileStore::Snapshot> s = m_store.load();
    if (!s.ok())
        return s.error();
    return s->apps;
}

Result<AppRegistration> AppService::find(const QString& idOrName) const
{
    Result<ProfileStore::Snapshot> s = m_store.load();
    if (!s.ok())
        return s.error();
    if (const AppRegistration* a = s->app(idOrName))
        return *a;
    for (const AppRegistration& a : s->apps) {
        if (a.name.compare(idOrName, Qt::CaseInsensitive) == 0)
            return a;
    }
    return usage(tr("No app named \"%1\". Run \"authdeck-cli apps list\" to see the app "
                    "registrations.")
                     .arg(idOrName));
}

QStringList AppService::accountsUsing(const QString& appId) const
{
    QStringList names;
    Result<ProfileStore::Snapshot> s = m_store.load();
    if (!s.ok())
        return names;
    for (const Account& a : s->accounts) {
        if (a.appId == appId)
            names.append(a.name);
    }
    return names;
}

Result<ResolvedApp> AppService::resolve(const AppRegistration& app) const
{
    const Provider* provider = m_catalog.find(app.providerId);
    if (!provider) {
        return usage(tr("The app \"%1\" uses the provider \"%2\", which is not in the catalog.")
                         .arg(app.name, app.providerId));
    }
    ResolvedApp r;
    for (const ParameterSpec& spec : provider->parameters)
        r.variables.insert(spec.name, app.parameters.value(spec.name, spec.defaultValue));
    QString apiBase = app.apiBase;
    if (apiBase.isEmpty() && !provider->apiBase.isEmpty()) {
        Result<QString> filled = tmpl::expand(provider->apiBase, r.variables);
        if (!filled.ok())
            return filled.error();
        apiBase = *filled;
    }
    r.apiBase = apiBase;
    r.variables.insert(QStringLiteral("api_base"), apiBase);
    r.variables.insert(QStringLiteral("userinfo_endpoint"), app.userinfoUrl);

    auto endpoint = [&](const QString& override, const QString& templ, const QString& what,
                        QUrl* out) -> Status {
        const QString source = override.isEmpty() ? templ : override;
        if (source.isEmpty())
            return {};
        Result<QString> filled = tmpl::expand(source, r.variables);
        if (!filled.ok())
            return filled.error();
        const QUrl url(*filled, QUrl::StrictMode);
        if (Status s = UrlPolicy::checkEndpoint(url, what); !s.ok())
            return s;
        *out = url;
        return {};
    };
    QString tokenTemplate;
    if (app.scheme == Scheme::OAuth2 && provider->oauth2) {
        if (Status s = endpoint(app.authorizeUrl, provider->oauth2->authorizeUrl,
                                tr("authorization URL"), &r.authorizeUrl);
            !s.ok())
            return s.error();
        if (Status s = endpoint(app.revokeUrl, provider->oauth2->revokeUrl, tr("revocation URL"),
                                &r.revokeUrl);
            !s.ok())
            return s.error();
        if (Status s =
                endpoint(app.deviceAuthorizationUrl, provider->oauth2->deviceAuthorizationUrl,
                         tr("device authorization URL"), &r.deviceUrl);
            !s.ok())
            return s.error();
        tokenTemplate = provider->oauth2->tokenUrl;
    } else if (app.scheme == Scheme::Jwt && provider->jwt) {
        tokenTemplate = provider->jwt->tokenUrl;
    } else if (app.scheme == Scheme::ClientCredentials && provider->clientCredentials) {
        tokenTemplate = provider->clientCredentials->tokenUrl;
    } else if (app.scheme == Scheme::Password && provider->password) {
        tokenTemplate = provider->password->tokenUrl;
    }
    if (Status s = endpoint(app.tokenUrl, tokenTemplate, tr("token URL"), &r.tokenUrl); !s.ok())
        return s.error();
    r.redirectUri = app.redirectPort > 0
                        ? QStringLiteral("http://127.0.0.1:%1/callback").arg(app.redirectPort)
                        : QStringLiteral("http://127.0.0.1/callback");
    r.scopes = app.scopes;
    return r;
}

Result<EndpointOrigins> AppService::origins(const AppRegistration& app) const
{
    const Provider* provider = m_catalog.find(app.providerId);
    if (!provider) {
        return usage(tr("The app \"%1\" uses the provider \"%2\", which is not in the catalog.")
                         .arg(app.name, app.providerId));
    }
    // The app's own scheme, and the other one an OAuth 2.0 or password client also serves.
    QList<Scheme> schemes{app.scheme};
    if (app.scheme == Scheme::OAuth2 && provider->password)
        schemes.append(Scheme::Password);
    if (app.scheme == Scheme::Password && provider->oauth2)
        schemes.append(Scheme::OAuth2);
    EndpointOrigins out;
    for (Scheme scheme : std::as_const(schemes)) {
        AppRegistration as = app;
        as.scheme = scheme;
        Result<ResolvedApp> r = resolve(as);
        if (!r.ok()) {
            if (scheme == app.scheme)
                return r.error();
            continue;
        }
        const QString prefix =
            scheme == app.scheme ? QString() : schemeId(scheme) + QLatin1Char('.');
        out.add(prefix + QStringLiteral("authorize"), r->authorizeUrl, *provider);
        out.add(prefix + QStringLiteral("token"), r->tokenUrl, *provider);
        out.add(prefix + QStringLiteral("revoke"), r->revokeUrl, *provider);
        out.add(prefix + QStringLiteral("device"), r->deviceUrl, *provider);
        out.add(prefix + QStringLiteral("api"), r->apiBase, *provider);
        if (Result<QString> verify = tmpl::expand(provider->verifyFor(scheme).url, r->variables);
            verify.ok())
            out.add(prefix + QStringLiteral("verify"), *verify, *provider);
    }
    return out;
}

QStringList AppService::heldChanges(const AppRegistration& app) const
{
    if (app.pins.isEmpty())
        return {}; // from before pinning: pinned on first use
    Result<EndpointOrigins> now = origins(app);
    return now.ok() ? now->changesFrom(app.pins) : QStringList();
}

QList<EndpointChange> AppService::heldDifferences(const AppRegistration& app) const
{
    if (app.pins.isEmpty())
        return {};
    Result<EndpointOrigins> now = origins(app);
    return now.ok() ? now->differencesFrom(app.pins) : QList<EndpointChange>();
}

Result<ResolvedApp> AppService::resolveForUse(const AppRegistration& app,
                                              std::optional<Scheme> scheme)
{
    Result<EndpointOrigins> now = origins(app);
    if (!now.ok())
        return now.error();
    if (app.pins.isEmpty()) {
        // Registered before AuthDeck pinned endpoints: what it resolves to now is what it has
        // been using all along.
        const QMap<QString, QString> pins = now->byRole;
        const Status saved = m_store.update([&](ProfileStore::Snapshot& snap) -> Status {
            if (AppRegistration* a = snap.app(app.id); a && a->pins.isEmpty())
                a->pins = pins;
            return {};
        });
        if (!saved.ok())
            return saved.error();
        qCInfo(lcStore) << "pinned the endpoints of app" << app.id << "on first use";
    } else if (const QStringList changes = now->changesFrom(app.pins); !changes.isEmpty()) {
        qCWarning(lcStore) << "app" << app.id << "is held: its endpoints changed";
        return EndpointOrigins::held(
            tr("The app \"%1\"").arg(app.name), changes,
            QStringLiteral("authdeck-cli apps approve \"%1\"").arg(app.name));
    }
    AppRegistration as = app;
    if (scheme)
        as.scheme = *scheme;
    Result<ResolvedApp> r = resolve(as);
    if (!r.ok())
        return r.error();
    r->allowedOrigins = now->real;
    return r;
}

Result<QStringList> AppService::approve(const QString& idOrName)
{
    Result<AppRegistration> app = find(idOrName);
    if (!app.ok())
        return app.error();
    Result<EndpointOrigins> now = origins(*app);
    if (!now.ok())
        return now.error();
    const QStringList changes = app->pins.isEmpty() ? QStringList() : now->changesFrom(app->pins);
    const QString id = app->id;
    const QMap<QString, QString> pins = now->byRole;
    const Status saved = m_store.update([&](ProfileStore::Snapshot& snap) -> Status {
        AppRegistration* a = snap.app(id);
        if (!a)
            return usage(tr("The app \"%1\" was removed meanwhile.").arg(idOrName));
        a->pins = pins;
        a->updated = QDateTime::currentDateTimeUtc();
        return {};
    });
    if (!saved.ok())
        return saved.error();
    qCInfo(lcStore) << "app" << id << "approved with" << changes.size() << "changed endpoints";
    Q_EMIT appsChanged();
    return changes;
}

void AppService::readSecrets(const QString& appId, QObject* context, SecretsDone done)
{
    m_secrets.readRecord(secretKey(appId), context, std::move(done));
}

} // namespace authdeck
