#include "auth/ServerAuthMinter.h"

#include "auth/ClientAuthentication.h"

#include "accounts/AppService.h"
#include "auth/JwtAssertion.h"
#include "auth/TokenClient.h"
#include "core/Async.h"
#include "core/Log.h"
#include "providers/ProviderCatalog.h"
#include "providers/Template.h"

#include <QCoreApplication>
#include <QTimer>

#include <memory>

namespace authdeck::serverauth {

namespace {

const QString ClientSecretKey = QStringLiteral("client_secret");
const QString PrivateKeyKey = QStringLiteral("private_key");

bool boxLike(const Provider& p)
{
    return p.jwt && p.jwt->keyFormat == QLatin1String("box-config");
}

// Box's refusals as instructions; the provider's own words stay in providerWords.
Error explain(Error e, const Provider& provider, const AppRegistration& app)
{
    if (e.diagnosis == Diagnosis::AppNotAuthorized && boxLike(provider)) {
        e.message = QCoreApplication::translate(
                        "authdeck::ServerAuthMinter",
                        "%1 says this app is not authorized in your enterprise. Ask a %1 admin to "
                        "open Admin Console → Integrations → Platform Apps Manager → Add App and "
                        "paste the Client ID %2 (after any change of the app's scopes or access "
                        "level: Reauthorize App).")
                        .arg(provider.name, app.clientId);
        return e;
    }
    const QString words = e.providerWords.toLower();
    if (e.providerCode == QLatin1String("invalid_grant")
        && (words.contains(QLatin1String("kid")) || words.contains(QLatin1String("public key")))) {
        e.message = QCoreApplication::translate(
                        "authdeck::ServerAuthMinter",
                        "%1 does not know the key that signed the assertion: check the Public Key "
                        "ID (%2) and that its public key was added to the app.")
                        .arg(provider.name, app.publicKeyId.isEmpty() ? QCoreApplication::translate(
                                                "authdeck::ServerAuthMinter", "none given")
                                                                      : app.publicKeyId);
    } else if (e.providerCode == QLatin1String("invalid_grant")
               && words.contains(QLatin1String("'sub'"))) {
        e.message =
            QCoreApplication::translate(
                "authdeck::ServerAuthMinter",
                "%1 refused the subject (sub): check the enterprise ID (%2) or the user ID, "
                "and that the app is authorized in that enterprise.")
                .arg(provider.name, app.enterpriseId.isEmpty() ? QCoreApplication::translate(
                                        "authdeck::ServerAuthMinter", "none given")
                                                               : app.enterpriseId);
    }
    return e;
}

struct Context {
    const Provider* provider = nullptr;
    QUrl tokenUrl;
    QStringList allowedOrigins; // the app's pinned origins: the assertion goes nowhere else
    ServerSubject subject;
};

Result<Context> prepare(const ProviderCatalog& catalog, AppService& apps, const Account& account,
                        const AppRegistration& app, Scheme scheme)
{
    Context c;
    c.provider = catalog.find(app.providerId);
    if (!c.provider) {
        return fail(ErrorKind::Usage,
                    QCoreApplication::translate(
                        "authdeck::ServerAuthMinter",
                        "The app \"%1\" uses the provider \"%2\", which is not in the catalog.")
                        .arg(app.name, app.providerId));
    }
    const bool supported =
        scheme == Scheme::Jwt ? bool(c.provider->jwt) : bool(c.provider->clientCredentials);
    if (!supported || app.scheme != scheme) {
        return fail(ErrorKind::Usage,
                    QCoreApplication::translate("authdeck::ServerAuthMinter",
                                                "The app \"%1\" is not set up for %2.")
                        .arg(app.name, schemeDisplayName(scheme)));
    }
    Result<ResolvedApp> resolved = apps.resolveForUse(app);
    if (!resolved.ok())
        return resolved.error();
    c.tokenUrl = resolved->tokenUrl;
    c.allowedOrigins = resolved->allowedOrigins;
    const QStringList types = scheme == Scheme::Jwt ? c.provider->jwt->subjectTypes
                                                    : c.provider->clientCredentials->subjectTypes;
    const bool optional = scheme == Scheme::Jwt && c.provider->jwt->subjectOptional;
    Result<ServerSubject> subject = ServerSubject::parse(account.subject, types, app, optional);
    if (!subject.ok())
        return subject.error();
    c.subject = *subject;
    return c;
}

int retryDelayMs(const TokenReplyInfo& info, int attempt)
{
    if (info.retryAfterSeconds)
        return int(std::clamp<qint64>(*info.retryAfterSeconds, 0, MaxRetryDelaySeconds) * 1000);
    return std::min(500 * (1 << std::min(attempt - 1, 6)), MaxRetryDelaySeconds * 1000);
}

bool retryable(const Error& e, const TokenReplyInfo& info)
{
    return e.kind == ErrorKind::Network && (info.httpStatus == 429 || info.httpStatus >= 500);
}

// Mints one JWT-bearer token, re-signing (new jti, new exp) for every retry.
class JwtMint : public std::enable_shared_from_this<JwtMint> {
public:
    TokenClient* client = nullptr;
    Context ctx;
    AppRegistration app;
    SecretBytes clientSecret;
    std::optional<crypto::RsaKey> key;
    QPointer<QObject> receiver;
    std::function<void(Result<TokenResult>)> done;
    int attempt = 0;
    bool skewRetried = false;

    void send(const QDateTime& now)
    {
        ++attempt;
        JwtAssertion::Params params;
        params.variables = JwtAssertion::variablesFor(app, ctx.subject, ctx.tokenUrl.toString());
        params.algorithm = app.algorithm;
        params.now = now;
        Result<JwtAssertion::Signed> assertion =
            JwtAssertion::build(*ctx.provider->jwt, *key, params);
        if (!assertion.ok()) {
            finish(assertion.error());
            return;
        }
        Result<QList<std::pair<QByteArray, SecretBytes>>> extra =
            tmpl::tokenFormFields(ctx.provider->jwt->form, params.variables);
        if (!extra.ok()) {
            finish(extra.error());
            return;
        }
        TokenRequest req;
        req.tokenUrl = ctx.tokenUrl;
        req.allowedOrigins = ctx.allowedOrigins;
        // Client authentication only where the scheme's form asks for it (Box); Google's
        // assertion is the whole proof and its endpoint takes no client_id.
        if (ctx.provider->jwt->form.contains(QLatin1String("client_id")))
            req.clientId = app.clientId;
        if (ctx.provider->jwt->form.contains(QLatin1String("client_secret")))
            req.clientSecret = clientSecret;
        req.maxAttempts = 1; // retries are ours: each one carries a new assertion
        req.form = {{QByteArrayLiteral("grant_type"),
                     SecretBytes(QByteArrayLiteral("urn:ietf:params:oauth:grant-type:jwt-bearer"))},
                    {QByteArrayLiteral("assertion"), SecretBytes(assertion->token)}};
        req.form += *extra;
        qCInfo(lcAuth) << "minting a JWT-bearer token, attempt" << attempt << "alg"
                       << assertion->algorithm;
        auto self = shared_from_this();
        client->requestDetailed(req, receiver ? receiver.data() : nullptr,
                                [self](Result<TokenResult> r, TokenReplyInfo info) {
                                    self->answered(std::move(r), info);
                                });
    }

    void answered(Result<TokenResult> r, const TokenReplyInfo& info)
    {
        if (r.ok()) {
            r->attempts = attempt;
            finish(std::move(r));
            return;
        }
        const Error& e = r.error();
        if (attempt < MaxAttempts && e.diagnosis == Diagnosis::ClockSkew && !skewRetried) {
            skewRetried = true;
            qCInfo(lcAuth) << "assertion refused for its exp or jti; signing again with the "
                              "server's clock"
                           << (info.serverDate.isValid() ? "(Date header)" : "(no Date header)");
            send(info.serverDate.isValid() ? info.serverDate : QDateTime());
            return;
        }
        if (attempt < MaxAttempts && retryable(e, info)) {
            const int delay = retryDelayMs(info, attempt);
            qCInfo(lcAuth) << "token endpoint answered" << info.httpStatus << "; retrying in"
                           << delay << "ms";
            auto self = shared_from_this();
            QObject* timerOwner = receiver ? receiver.data() : client;
            QTimer::singleShot(delay, timerOwner, [self] { self->send(QDateTime()); });
            return;
        }
        finish(explain(e, *ctx.provider, app));
    }

    void finish(Result<TokenResult> r)
    {
        if (done) {
            auto d = std::move(done);
            done = nullptr;
            d(std::move(r));
        }
    }
};

} // namespace

// The parsed private key of each JWT app, so a mint does not pay OpenSSL's PEM decoding and key
// checks every time (tens of milliseconds). An entry is used only while the keychain still holds
// the very PEM it was parsed from, so new secrets always mean a new parse; the entries of apps
// that are gone are dropped whenever the profile changes.
class KeyCache {
public:
    Result<crypto::RsaKey> key(const QString& appId, const SecretBytes& pem)
    {
        const auto it = m_entries.constFind(appId);
        if (it != m_entries.constEnd() && it->pem.equals(pem)) {
            ++m_hits;
            return it->key;
        }
        // Stored ready to use (clear PKCS#8 in the keychain): no KDF here either.
        Result<crypto::RsaKey> parsed = crypto::RsaKey::fromPem(pem, SecretBytes());
        if (parsed.ok())
            m_entries.insert(appId, Entry{pem, *parsed});
        else
            m_entries.remove(appId);
        return parsed;
    }

    void prune(const AppService& apps)
    {
        for (auto it = m_entries.begin(); it != m_entries.end();) {
            if (apps.find(it.key()).ok())
                ++it;
            else
                it = m_entries.erase(it);
        }
    }
    [[nodiscard]] int hits() const { return m_hits; }

private:
    struct Entry {
        SecretBytes pem;
        crypto::RsaKey key;
    };
    QHash<QString, Entry> m_entries;
    int m_hits = 0;
};

Minters::Minters(const ProviderCatalog& catalog, AppService& apps, HttpClient& http,
                 QObject* parent)
    : QObject(parent)
    , m_catalog(catalog)
    , m_apps(apps)
    , m_client(new TokenClient(http, this))
    , m_keys(std::make_unique<KeyCache>())
{
    connect(&apps, &AppService::appsChanged, this, [this] { m_keys->prune(m_apps); });
}

Minters::~Minters() = default;

TokenService::Minter Minters::jwt()
{
    TokenClient* client = m_client;
    KeyCache* cache = m_keys.get();
    return [this, client, cache](const Account& account, const AppRegistration& app,
                                 const SecretRecord& appSecrets, QObject* context,
                                 std::function<void(Result<TokenResult>)> done) {
        auto reply = guarded(context, std::move(done));
        auto failLater = [client, reply](const Error& e) {
            postLater(client, [reply, e] { reply(e); });
        };
        Result<Context> ctx = prepare(m_catalog, m_apps, account, app, Scheme::Jwt);
        if (!ctx.ok()) {
            failLater(ctx.error());
            return;
        }
        const SecretBytes pem = appSecrets.value(PrivateKeyKey);
        if (pem.isEmpty()) {
            failLater(fail(ErrorKind::Usage,
                           QCoreApplication::translate(
                               "authdeck::ServerAuthMinter",
                               "The app \"%1\" has no private key in the keychain: import its "
                               "config.json again.")
                               .arg(app.name)));
            return;
        }
        Result<crypto::RsaKey> key = cache->key(app.id, pem);
        if (!key.ok()) {
            Error e = key.error();
            e.message = QCoreApplication::translate(
                            "authdeck::ServerAuthMinter",
                            "The private key stored for the app \"%1\" cannot be used: %2")
                            .arg(app.name, e.message);
            failLater(e);
            return;
        }
        auto mint = std::make_shared<JwtMint>();
        mint->client = client;
        mint->ctx = *ctx;
        mint->app = app;
        mint->clientSecret = appSecrets.value(ClientSecretKey);
        mint->key = std::move(key).value();
        mint->receiver = context;
        mint->done = reply;
        mint->send(QDateTime());
    };
}

TokenService::Minter Minters::clientCredentials()
{
    TokenClient* client = m_client;
    return [this, client](const Account& account, const AppRegistration& app,
                          const SecretRecord& appSecrets, QObject* context,
                          std::function<void(Result<TokenResult>)> done) {
        auto reply = guarded(context, std::move(done));
        Result<Context> ctx = prepare(m_catalog, m_apps, account, app, Scheme::ClientCredentials);
        if (!ctx.ok()) {
            postLater(client, [reply, e = ctx.error()] { reply(e); });
            return;
        }
        const ClientCredentialsSpec& spec = *ctx->provider->clientCredentials;
        const QHash<QString, QString> vars =
            JwtAssertion::variablesFor(app, ctx->subject, ctx->tokenUrl.toString());
        Result<QList<std::pair<QByteArray, SecretBytes>>> extra =
            tmpl::tokenFormFields(spec.form, vars);
        if (!extra.ok()) {
            postLater(client, [reply, e = extra.error()] { reply(e); });
            return;
        }
        TokenRequest req;
        req.tokenUrl = ctx->tokenUrl;
        req.allowedOrigins = ctx->allowedOrigins;
        ClientAuthentication::apply(req, ctx->provider, app, appSecrets, ctx->tokenUrl);
        req.maxAttempts = MaxAttempts; // the same request may be sent again: nothing single-use
        req.form = {{QByteArrayLiteral("grant_type"),
                     SecretBytes(QByteArrayLiteral("client_credentials"))}};
        req.form += *extra;
        const QStringList scopes = app.scopes.isEmpty() ? spec.scopes : app.scopes;
        if (!scopes.isEmpty()) {
            req.form.append(
                {QByteArrayLiteral("scope"), SecretBytes(scopes.join(QLatin1Char(' ')).toUtf8())});
        }
        const Provider provider = *ctx->provider;
        qCInfo(lcAuth) << "minting a client-credentials token";
        client->request(req, context, [reply, provider, app](Result<TokenResult> r) {
            if (!r.ok()) {
                reply(explain(r.error(), provider, app));
                return;
            }
            reply(std::move(r));
        });
    };
}

int Minters::cachedKeyHits() const
{
    return m_keys->hits();
}

TokenService::Minter Minters::forScheme(Scheme scheme)
{
    switch (scheme) {
    case Scheme::Jwt:
        return jwt();
    case Scheme::ClientCredentials:
        return clientCredentials();
    default:
        return {};
    }
}

} // namespace authdeck::serverauth
