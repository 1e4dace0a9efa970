#include "sandbox/StandardsSandbox.h"

#include "core/Log.h"
#include "crypto/Certificate.h"
#include "crypto/Jws.h"
#include "crypto/Pkce.h"
#include "crypto/Random.h"
#include "crypto/RsaKey.h"
#include "net/HttpDate.h"
#include "net/HttpResponder.h"
#include "net/LocalHttpServer.h"
#include "net/UrlPolicy.h"
#include "sandbox/SandboxPages.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QUuid>

#include <openssl/crypto.h>

namespace authdeck {

namespace {

using Field = std::pair<QByteArray, QByteArray>;

const QString kOidc = QStringLiteral("/oidc");
const QString kDevicePage = QStringLiteral("/device");
const QString kAssertionType =
    QStringLiteral("urn:ietf:params:oauth:client-assertion-type:jwt-bearer");
const QString kDeviceGrant = QStringLiteral("urn:ietf:params:oauth:grant-type:device_code");
constexpr int kCodeLifetimeSeconds = 60;
constexpr int kPageLifetimeSeconds = 600;
constexpr qint64 kRefreshLifetimeSeconds = 90LL * 24 * 3600;
constexpr int kSkewSeconds = 30;

QString lit(const char* text)
{
    return QString::fromLatin1(text);
}

bool sameSecret(const QString& a, const QString& b)
{
    const QByteArray x = a.toUtf8();
    const QByteArray y = b.toUtf8();
    return x.size() == y.size() && CRYPTO_memcmp(x.constData(), y.constData(), x.size()) == 0;
}

QUrl withQuery(QUrl url, const UrlEncodedForm& extra)
{
    QByteArray query = url.query(QUrl::FullyEncoded).toLatin1();
    if (!query.isEmpty())
        query += '&';
    query += extra.toEncoded();
    url.setQuery(QString::fromLatin1(query), QUrl::StrictMode);
    return url;
}

// "BCDF-GHJK": RFC 8628 section 6.1's advice, consonants only, no look-alikes.
QString userCode()
{
    static constexpr char Alphabet[] = "BCDFGHJKLMNPQRSTVWXZ";
    QString out;
    const SecretBytes bytes = crypto::Random::randomBytes(32);
    for (const char c : bytes.bytes()) {
        const int v = static_cast<unsigned char>(c);
        if (v >= 240)
            continue; // 240 = 12 * 20: no bias
        out += QLatin1Char(Alphabet[v % 20]);
        if (out.size() == 4)
            out += QLatin1Char('-');
        if (out.size() == 9)
            break;
    }
    return out.size() == 9 ? out : userCode();
}

QString normalizeUserCode(const QString& text)
{
    QString out;
    for (QChar c : text) {
        if (c.isLetter())
            out += c.toUpper();
    }
    return out.size() == 8 ? out.left(4) + QLatin1Char('-') + out.mid(4) : QString();
}

QString realmName(int realm)
{
    return realm == 0 ? QStringLiteral("oidc") : QStringLiteral("microsoft");
}

// Microsoft's error answers carry AADSTS codes in the description and error_codes.
QJsonObject microsoftError(const QString& error, const QString& description)
{
    static const QRegularExpression code(QStringLiteral("^AADSTS(\\d+)"));
    QJsonArray codes;
    const QRegularExpressionMatch m = code.match(description);
    if (m.hasMatch())
        codes.append(m.captured(1).toInt());
    return {{QStringLiteral("error"), error},
            {QStringLiteral("error_description"), description},
            {QStringLiteral("error_codes"), codes},
            {QStringLiteral("timestamp"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
            {QStringLiteral("trace_id"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
            {QStringLiteral("correlation_id"), QUuid::createUuid().toString(QUuid::WithoutBraces)}};
}

} // namespace

StandardsSandbox::StandardsSandbox(QObject* parent)
    : QObject(parent)
{}

StandardsSandbox::~StandardsSandbox() = default;

bool StandardsSandbox::start(QString* error)
{
    stop();
    m_server = std::make_unique<LocalHttpServer>();
    // The fixed paths are the server's routes (405 with Allow for another method); the paths
    // with a tenant in them and Graph are the fallback's, with this server's JSON 404.
    m_server->setFilter([this](const HttpServerRequest&, const HttpResponder& responder) {
        if (!responder.isConnected())
            return true;
        prune();
        return false;
    });
    using Answer = std::function<void(const HttpServerRequest&, const HttpResponder&)>;
    const auto on = [this](const QByteArray& method, const QString& path, Answer answer) {
        m_server->route(method, path,
                        [answer = std::move(answer)](const HttpServerRequest& request,
                                                     const HttpResponder& responder) {
                            answer(request, responder);
                        });
    };
    const auto sendMetadata = [this](const HttpServerRequest&, const HttpResponder& responder) {
        sendJson(responder, 200, metadata());
    };
    on("GET", QLatin1String("/.well-known/oauth-authorization-server") + kOidc, sendMetadata);
    on("GET", kOidc + QLatin1String("/.well-known/openid-configuration"), sendMetadata);
    on("GET", kDevicePage, [this](const HttpServerRequest& request, const HttpResponder& r) {
        devicePage(request, r);
    });
    on("POST", kDevicePage, [this](const HttpServerRequest& request, const HttpResponder& r) {
        decision(kDevicePage, request, r);
    });
    on("GET", kOidc + QLatin1String("/authorize"),
       [this](const HttpServerRequest& request, const HttpResponder& r) {
           authorizePage(Realm::Oidc, {}, request, r);
       });
    on("POST", kOidc + QLatin1String("/authorize"),
       [this](const HttpServerRequest& request, const HttpResponder& r) {
           decision(request.path, request, r);
       });
    on("POST", kOidc + QLatin1String("/token"),
       [this](const HttpServerRequest& request, const HttpResponder& r) {
           token(Realm::Oidc, {}, request, r);
       });
    on("POST", kOidc + QLatin1String("/device"),
       [this](const HttpServerRequest& request, const HttpResponder& r) {
           deviceAuthorization(Realm::Oidc, {}, request, r);
       });
    on("POST", kOidc + QLatin1String("/revoke"),
       [this](const HttpServerRequest& request, const HttpResponder& r) { revoke(request, r); });
    on("GET", kOidc + QLatin1String("/userinfo"),
       [this](const HttpServerRequest& request, const HttpResponder& r) { userinfo(request, r); });
    m_server->setHandler([this](const HttpServerRequest& request, HttpResponder responder) {
        routeByTenant(request, responder);
    });
    if (!m_server->listen(QHostAddress::LocalHost, 0)) {
        if (error)
            *error = m_server->errorString();
        m_server.reset();
        return false;
    }
    qCInfo(lcSandbox).noquote() << "standards sandbox listening on" << baseUrl().toString();
    return true;
}

void StandardsSandbox::stop()
{
    if (m_server)
        m_server->close();
    m_server.reset();
    m_pending.clear();
}

bool StandardsSandbox::isRunning() const
{
    return m_server && m_server->isListening();
}

QUrl StandardsSandbox::baseUrl() const
{
    return m_server ? m_server->baseUrl() : QUrl();
}

QString StandardsSandbox::issuer() const
{
    return baseUrl().toString() + kOidc;
}

QUrl StandardsSandbox::oidcTokenUrl() const
{
    return QUrl(issuer() + QStringLiteral("/token"));
}

QUrl StandardsSandbox::microsoftTokenUrl(const QString& tenant) const
{
    return QUrl(baseUrl().toString() + QLatin1Char('/') + tenant
                + QStringLiteral("/oauth2/v2.0/token"));
}

QUrl StandardsSandbox::tokenUrlFor(Realm realm, const QString& tenant) const
{
    return realm == Realm::Oidc ? oidcTokenUrl() : microsoftTokenUrl(tenant);
}

StandardsClient StandardsSandbox::registerClient(StandardsClient client)
{
    if (client.clientId.isEmpty())
        client.clientId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    client.publicClient = client.clientSecret.isEmpty() && client.publicKeys.isEmpty()
                          && client.certificates.isEmpty();
    m_clients.insert(client.clientId, client);
    return client;
}

std::optional<StandardsClient> StandardsSandbox::client(const QString& clientId) const
{
    const auto it = m_clients.constFind(clientId);
    if (it == m_clients.constEnd())
        return std::nullopt;
    return *it;
}

QString StandardsSandbox::addCertificate(const QString& clientId, const QByteArray& pem,
                                         QString* error)
{
    auto it = m_clients.find(clientId);
    if (it == m_clients.end()) {
        if (error)
            *error = QStringLiteral("unknown client");
        return {};
    }
    Result<crypto::CertificateInfo> cert = crypto::Certificate::fromPem(pem);
    if (!cert.ok()) {
        if (error)
            *error = cert.error().message;
        return {};
    }
    it->certificates.insert(cert->x5tS256, cert->publicKeyPem);
    it->publicClient = false;
    return cert->x5tS256;
}

void StandardsSandbox::setAdminConsented(const QString& clientId, bool consented)
{
    if (auto it = m_clients.find(clientId); it != m_clients.end())
        it->adminConsented = consented;
}

QString StandardsSandbox::requestIdIn(const QByteArray& html)
{
    static const QRegularExpression re(
        QStringLiteral("name=\"request_id\" value=\"([A-Za-z0-9_-]+)\""));
    const QRegularExpressionMatch m = re.match(QString::fromUtf8(html));
    return m.hasMatch() ? m.captured(1) : QString();
}

// ---- answers -----------------------------------------------------------------------------------

void StandardsSandbox::sendJson(const HttpResponder& responder, int status,
                                const QJsonObject& body) const
{
    responder.respondJson(status, body,
                          {{"Date", HttpDate::format(QDateTime::currentDateTimeUtc())},
                           {"Cache-Control", "no-store"}});
}

void StandardsSandbox::sendError(Realm realm, const HttpResponder& responder,
                                 const TokenError& error) const
{
    if (realm == Realm::Microsoft) {
        sendJson(responder, error.status, microsoftError(error.error, error.description));
        return;
    }
    sendJson(responder, error.status,
             {{QStringLiteral("error"), error.error},
              {QStringLiteral("error_description"), error.description}});
}

void StandardsSandbox::sendHtml(const HttpResponder& responder, int status,
                                const QString& html) const
{
    responder.respond(status,
                      {{"Content-Type", "text/html; charset=utf-8"},
                       {"X-Frame-Options", "DENY"},
                       {"Content-Security-Policy",
                        "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; "
                        "frame-ancestors 'none'"},
                       {"Referrer-Policy", "no-referrer"}},
                      html.toUtf8());
}

void StandardsSandbox::sendRedirect(const HttpResponder& responder, const QUrl& location) const
{
    responder.respond(302,
                      {{"Location", location.toEncoded()}, {"Referrer-Policy", "no-referrer"}});
}

// ---- dispatch ----------------------------------------------------------------------------------

QString StandardsSandbox::tenantOf(const QString& path, QString* rest) const
{
    // "/{tenant}/..." where the tenant is the sandbox's id or domain (case-insensitive).
    const qsizetype slash = path.indexOf(QLatin1Char('/'), 1);
    if (slash < 0)
        return {};
    const QString tenant = path.mid(1, slash - 1);
    if (tenant.compare(lit(TenantId), Qt::CaseInsensitive) != 0
        && tenant.compare(lit(TenantDomain), Qt::CaseInsensitive) != 0)
        return {};
    *rest = path.mid(slash);
    return tenant;
}

void StandardsSandbox::routeByTenant(const HttpServerRequest& request,
                                     const HttpResponder& responder)
{
    const QString& path = request.path;
    const bool get = request.method == "GET" || request.method == "HEAD";
    const bool post = request.method == "POST";
    auto notFound = [&] {
        sendJson(responder, 404, {{QStringLiteral("error"), QStringLiteral("not_found")}});
    };
    auto notAllowed = [&](const QByteArray& allow) {
        responder.respond(405, {{"Allow", allow}, {"Content-Type", "text/plain; charset=utf-8"}},
                          "method not allowed\n");
    };
    if (path.startsWith(kOidc + QLatin1Char('/'))) { // the issuer's paths are all routes
        notFound();
        return;
    }
    if (path.startsWith(QLatin1String("/graph/v1.0/"))) {
        get ? graph(path.mid(12), request, responder) : notAllowed("GET, HEAD");
        return;
    }
    QString rest;
    const QString tenant = tenantOf(path, &rest);
    if (tenant.isEmpty()) {
        if (path.count(QLatin1Char('/')) >= 2 && path.contains(QLatin1String("/oauth2/v2.0/"))) {
            // Microsoft's answer to a tenant that does not exist.
            sendError(Realm::Microsoft, responder,
                      {400, QStringLiteral("invalid_request"),
                       QStringLiteral("AADSTS90002: Tenant '%1' not found. Check to make sure "
                                      "you have the correct tenant ID and are signing into the "
                                      "correct cloud.")
                           .arg(path.section(QLatin1Char('/'), 1, 1).left(100))});
            return;
        }
        notFound();
        return;
    }
    if (rest == QLatin1String("/oauth2/v2.0/authorize")) {
        if (get)
            authorizePage(Realm::Microsoft, tenant, request, responder);
        else if (post)
            decision(path, request, responder);
        else
            notAllowed("GET, HEAD, POST");
    } else if (rest == QLatin1String("/oauth2/v2.0/token")) {
        post ? token(Realm::Microsoft, tenant, request, responder) : notAllowed("POST");
    } else if (rest == QLatin1String("/oauth2/v2.0/devicecode")) {
        post ? deviceAuthorization(Realm::Microsoft, tenant, request, responder)
             : notAllowed("POST");
    } else if (rest == QLatin1String("/v2.0/adminconsent")) {
        if (get)
            adminConsentPage(tenant, request, responder);
        else if (post)
            decision(path, request, responder);
        else
            notAllowed("GET, HEAD, POST");
    } else {
        notFound();
    }
}

void StandardsSandbox::prune()
{
    const QDateTime t = QDateTime::currentDateTimeUtc();
    m_pending.removeIf([&](const auto& it) { return it.value().expires < t; });
    m_codes.removeIf([&](const auto& it) { return it.value().expires.addSecs(600) < t; });
    m_devices.removeIf([&](const auto& it) { return it.value().expires.addSecs(600) < t; });
    m_tokens.removeIf([&](const auto& it) { return it.value().expires < t; });
    m_refresh.removeIf([&](const auto& it) { return it.value().expires < t; });
    m_seenJti.removeIf([&](const auto& it) { return it.value() < t; });
}

QJsonObject StandardsSandbox::metadata() const
{
    const QString iss = issuer();
    return {
        {QStringLiteral("issuer"), iss},
        {QStringLiteral("authorization_endpoint"), QString(iss + QStringLiteral("/authorize"))},
        {QStringLiteral("token_endpoint"), QString(iss + QStringLiteral("/token"))},
        {QStringLiteral("revocation_endpoint"), QString(iss + QStringLiteral("/revoke"))},
        {QStringLiteral("device_authorization_endpoint"), QString(iss + QStringLiteral("/device"))},
        {QStringLiteral("userinfo_endpoint"), QString(iss + QStringLiteral("/userinfo"))},
        {QStringLiteral("response_types_supported"), QJsonArray{QStringLiteral("code")}},
        {QStringLiteral("grant_types_supported"),
         QJsonArray{QStringLiteral("authorization_code"), QStringLiteral("refresh_token"),
                    QStringLiteral("client_credentials"), kDeviceGrant}},
        {QStringLiteral("code_challenge_methods_supported"), QJsonArray{QStringLiteral("S256")}},
        {QStringLiteral("token_endpoint_auth_methods_supported"),
         QJsonArray{QStringLiteral("client_secret_basic"), QStringLiteral("client_secret_post"),
                    QStringLiteral("private_key_jwt"), QStringLiteral("none")}},
        {QStringLiteral("token_endpoint_auth_signing_alg_values_supported"),
         QJsonArray{QStringLiteral("RS256"), QStringLiteral("PS256")}},
        {QStringLiteral("revocation_endpoint_auth_methods_supported"),
         QJsonArray{QStringLiteral("client_secret_basic"), QStringLiteral("client_secret_post"),
                    QStringLiteral("private_key_jwt"), QStringLiteral("none")}},
        {QStringLiteral("scopes_supported"),
         QJsonArray{QStringLiteral("openid"), QStringLiteral("profile"), QStringLiteral("email"),
                    QStringLiteral("offline_access")}},
        {QStringLiteral("subject_types_supported"), QJsonArray{QStringLiteral("public")}},
        {QStringLiteral("authorization_response_iss_parameter_supported"), true},
    };
}

// ---- authorize, admin consent, device verification ---------------------------------------------

bool StandardsSandbox::redirectAllowed(const StandardsClient& client, const QUrl& uri) const
{
    if (!uri.isValid() || uri.isRelative() || uri.hasFragment() || uri.host().isEmpty()
        || !uri.userInfo().isEmpty())
        return false;
    for (const QString& text : client.redirectUris) {
        const QUrl registered(text, QUrl::StrictMode);
        if (registered == uri)
            return true;
        // RFC 8252 section 7.3: a loopback redirect URI may use any port.
        if (registered.scheme() == QLatin1String("http")
            && UrlPolicy::isLoopbackHost(registered.host()) && uri.scheme() == registered.scheme()
            && uri.host() == registered.host() && uri.path() == registered.path()
            && uri.query() == registered.query())
            return true;
    }
    return false;
}

void StandardsSandbox::authorizePage(Realm realm, const QString& tenant,
                                     const HttpServerRequest& request,
                                     const HttpResponder& responder)
{
    const UrlEncodedForm& q = request.query;
    const auto it = m_clients.constFind(q.value(u"client_id"));
    if (it == m_clients.constEnd()) {
        sendHtml(responder, 400,
                 sandboxpages::error(QStringLiteral("invalid_client"),
                                     QStringLiteral("No application with this client_id.")));
        return;
    }
    // No default redirect URI here: OpenID Connect requires it, and so does Microsoft.
    const QUrl redirect(q.value(u"redirect_uri"), QUrl::StrictMode);
    if (!q.contains(u"redirect_uri") || !redirectAllowed(*it, redirect)) {
        sendHtml(responder, 400,
                 sandboxpages::error(QStringLiteral("invalid_request"),
                                     QStringLiteral("The redirect_uri is not registered for "
                                                    "this application.")));
        return;
    }
    auto redirectError = [&](const QString& error, const QString& description) {
        UrlEncodedForm params;
        params.add(QStringLiteral("error"), error);
        params.add(QStringLiteral("error_description"), description);
        if (q.contains(u"state"))
            params.add(QStringLiteral("state"), q.value(u"state"));
        if (realm == Realm::Oidc)
            params.add(QStringLiteral("iss"), issuer());
        sendRedirect(responder, withQuery(redirect, params));
    };
    if (!q.duplicateNames().isEmpty()) {
        redirectError(QStringLiteral("invalid_request"),
                      QStringLiteral("The parameter %1 was given more than once.")
                          .arg(q.duplicateNames().first()));
        return;
    }
    if (q.value(u"response_type") != QLatin1String("code")) {
        redirectError(QStringLiteral("unsupported_response_type"),
                      QStringLiteral("response_type must be code."));
        return;
    }
    // PKCE is required of every client here (OAuth 2.0 Security BCP), S256 only.
    static const QRegularExpression challengeShape(QStringLiteral("^[A-Za-z0-9_-]{43}$"));
    if (q.value(u"code_challenge_method") != QLatin1String("S256")
        || !challengeShape.match(q.value(u"code_challenge")).hasMatch()) {
        redirectError(QStringLiteral("invalid_request"),
                      realm == Realm::Microsoft
                          ? QStringLiteral("AADSTS9002325: Proof Key for Code Exchange is "
                                           "required for cross-origin authorization code "
                                           "redemption.")
                          : QStringLiteral("PKCE with code_challenge_method S256 is required."));
        return;
    }
    Pending p;
    p.kind = Pending::Authorize;
    p.realm = realm;
    p.clientId = it->clientId;
    p.redirectUri = q.value(u"redirect_uri");
    p.state = q.value(u"state");
    p.hasState = q.contains(u"state");
    p.scopes = q.value(u"scope").split(QLatin1Char(' '), Qt::SkipEmptyParts);
    p.challenge = q.value(u"code_challenge");
    p.tenant = tenant;
    p.expires = QDateTime::currentDateTimeUtc().addSecs(kPageLifetimeSeconds);
    const QString id = crypto::Random::randomToken(32);
    m_pending.insert(id, p);
    sendHtml(responder, 200,
             sandboxpages::consent(it->name, lit(UserName), p.scopes, id, request.path));
}

void StandardsSandbox::adminConsentPage(const QString& tenant, const HttpServerRequest& request,
                                        const HttpResponder& responder)
{
    const UrlEncodedForm& q = request.query;
    const auto it = m_clients.constFind(q.value(u"client_id"));
    if (it == m_clients.constEnd()) {
        sendHtml(responder, 400,
                 sandboxpages::error(QStringLiteral("unauthorized_client"),
                                     QStringLiteral("AADSTS700016: Application with identifier "
                                                    "'%1' was not found in the directory.")
                                         .arg(q.value(u"client_id").left(64))));
        return;
    }
    const QUrl redirect(q.value(u"redirect_uri"), QUrl::StrictMode);
    if (!redirectAllowed(*it, redirect)) {
        sendHtml(responder, 400,
                 sandboxpages::error(QStringLiteral("invalid_request"),
                                     QStringLiteral("AADSTS50011: The redirect URI specified in "
                                                    "the request does not match the redirect "
                                                    "URIs configured for the application.")));
        return;
    }
    const QStringList scopes = q.value(u"scope").split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (scopes.isEmpty()) {
        UrlEncodedForm params;
        params.add(QStringLiteral("error"), QStringLiteral("invalid_request"));
        params.add(QStringLiteral("error_description"),
                   QStringLiteral("AADSTS900144: The request body must contain the following "
                                  "parameter: 'scope'."));
        if (q.contains(u"state"))
            params.add(QStringLiteral("state"), q.value(u"state"));
        sendRedirect(responder, withQuery(redirect, params));
        return;
    }
    Pending p;
    p.kind = Pending::AdminConsent;
    p.realm = Realm::Microsoft;
    p.clientId = it->clientId;
    p.redirectUri = q.value(u"redirect_uri");
    p.state = q.value(u"state");
    p.hasState = q.contains(u"state");
    p.scopes = scopes;
    p.tenant = tenant;
    p.expires = QDateTime::currentDateTimeUtc().addSecs(kPageLifetimeSeconds);
    const QString id = crypto::Random::randomToken(32);
    m_pending.insert(id, p);
    sendHtml(responder, 200,
             sandboxpages::consent(it->name + QStringLiteral(" (for your whole organization)"),
                                   lit(UserName), scopes, id, request.path));
}

void StandardsSandbox::devicePage(const HttpServerRequest& request, const HttpResponder& responder)
{
    const QString code = normalizeUserCode(request.query.value(u"user_code"));
    const DeviceGrant* grant = nullptr;
    for (auto it = m_devices.cbegin(); it != m_devices.cend(); ++it) {
        if (!code.isEmpty() && it->userCode == code && it->state == DeviceGrant::Waiting
            && it->expires > QDateTime::currentDateTimeUtc())
            grant = &*it;
    }
    if (!grant) {
        const QString notice =
            request.query.contains(u"user_code")
                ? QStringLiteral("<p><strong>That code is not valid or has expired.</strong></p>")
                : QString();
        sendHtml(responder, request.query.contains(u"user_code") ? 400 : 200,
                 QStringLiteral("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Enter "
                                "code</title></head><body><h1>Enter the code shown on your "
                                "device</h1>%1<form method=\"get\" action=\"/device\"><input "
                                "name=\"user_code\" autocomplete=\"off\"><button "
                                "type=\"submit\">Next</button></form></body></html>")
                     .arg(notice));
        return;
    }
    Pending p;
    p.kind = Pending::Device;
    p.realm = grant->realm;
    p.clientId = grant->clientId;
    p.scopes = grant->scopes;
    p.userCode = grant->userCode;
    p.expires = grant->expires;
    const QString id = crypto::Random::randomToken(32);
    m_pending.insert(id, p);
    sendHtml(responder, 200,
             sandboxpages::consent(m_clients.value(grant->clientId).name, lit(UserName),
                                   grant->scopes, id, kDevicePage));
}

void StandardsSandbox::decision(const QString& action, const HttpServerRequest& request,
                                const HttpResponder& responder)
{
    const std::optional<UrlEncodedForm> form = request.form();
    const QString id = form ? form->value(u"request_id") : QString();
    const auto it = m_pending.constFind(id);
    if (!form || id.isEmpty() || it == m_pending.constEnd()) {
        sendHtml(responder, 400,
                 sandboxpages::error(QStringLiteral("invalid_request"),
                                     QStringLiteral("This request has expired or was already "
                                                    "answered. Start again.")));
        return;
    }
    const Pending p = *it;
    m_pending.remove(id); // single use, whatever the decision
    const QString choice = form->value(u"decision");
    if (choice != QLatin1String("approve") && choice != QLatin1String("deny")) {
        sendHtml(responder, 400,
                 sandboxpages::error(QStringLiteral("invalid_request"),
                                     QStringLiteral("The decision must be approve or deny.")));
        return;
    }
    const bool approve = choice == QLatin1String("approve");
    if (p.kind == Pending::Device) {
        for (auto d = m_devices.begin(); d != m_devices.end(); ++d) {
            if (d->userCode == p.userCode && d->state == DeviceGrant::Waiting)
                d->state = approve ? DeviceGrant::Approved : DeviceGrant::Denied;
        }
        sendHtml(responder, 200,
                 QStringLiteral("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Done"
                                "</title></head><body><h1>%1</h1><p>You can close this window "
                                "and return to your device.</p></body></html>")
                     .arg(approve ? QStringLiteral("Signed in") : QStringLiteral("Denied")));
        return;
    }
    Q_UNUSED(action);
    UrlEncodedForm params;
    if (p.kind == Pending::AdminConsent) {
        if (approve) {
            setAdminConsented(p.clientId, true);
            params.add(QStringLiteral("admin_consent"), QStringLiteral("True"));
            params.add(QStringLiteral("tenant"), lit(TenantId));
            params.add(QStringLiteral("scope"), p.scopes.join(QLatin1Char(' ')));
        } else {
            params.add(QStringLiteral("error"), QStringLiteral("access_denied"));
            params.add(QStringLiteral("error_subcode"), QStringLiteral("cancel"));
            params.add(QStringLiteral("error_description"),
                       QStringLiteral("AADSTS65004: User declined to consent to access the "
                                      "app."));
        }
    } else if (approve) {
        const QString code = crypto::Random::randomToken(32);
        Code c;
        c.realm = p.realm;
        c.clientId = p.clientId;
        c.redirectUri = p.redirectUri;
        c.challenge = p.challenge;
        c.scopes = p.scopes;
        c.expires = QDateTime::currentDateTimeUtc().addSecs(kCodeLifetimeSeconds);
        c.family = crypto::Random::randomToken(16);
        m_codes.insert(code, c);
        params.add(QStringLiteral("code"), code);
    } else {
        params.add(QStringLiteral("error"), QStringLiteral("access_denied"));
        params.add(QStringLiteral("error_description"),
                   QStringLiteral("The user denied the request."));
    }
    if (p.hasState)
        params.add(QStringLiteral("state"), p.state);
    if (p.realm == Realm::Oidc)
        params.add(QStringLiteral("iss"), issuer()); // RFC 9207
    sendRedirect(responder, withQuery(QUrl(p.redirectUri, QUrl::StrictMode), params));
}

// ---- client authentication ---------------------------------------------------------------------

std::optional<StandardsSandbox::TokenError>
StandardsSandbox::checkAssertion(Realm realm, const QString& tenant, const StandardsClient& client,
                                 const QString& assertion)
{
    const bool ms = realm == Realm::Microsoft;
    auto invalid = [&](const QString& oidcText, const QString& msText) {
        return TokenError{401, QStringLiteral("invalid_client"), ms ? msText : oidcText};
    };
    const Result<crypto::Jws::Parts> parts = crypto::Jws::parseCompact(assertion.toUtf8());
    if (!parts)
        return invalid(QStringLiteral("The client assertion is not a JWS."),
                       QStringLiteral("AADSTS50027: JWT token is invalid or malformed."));
    const QString alg = parts->header.value(u"alg").toString();
    if (alg != QLatin1String("RS256") && alg != QLatin1String("PS256"))
        return invalid(QStringLiteral("The client assertion must be signed with RS256 or PS256."),
                       QStringLiteral("AADSTS5002738: Invalid JWT token. '%1' is not a supported "
                                      "signature algorithm.")
                           .arg(alg.left(20)));
    QByteArray pem;
    const QString kid = parts->header.value(u"kid").toString();
    const QString x5t = parts->header.value(u"x5t#S256").toString();
    if (!x5t.isEmpty() && client.certificates.contains(x5t))
        pem = client.certificates.value(x5t);
    else if (!ms && !kid.isEmpty() && client.publicKeys.contains(kid))
        pem = client.publicKeys.value(kid);
    else if (!ms && kid.isEmpty() && x5t.isEmpty() && client.publicKeys.size() == 1)
        pem = client.publicKeys.first();
    if (pem.isEmpty())
        return invalid(QStringLiteral("No key of this client matches the assertion's kid or "
                                      "x5t#S256."),
                       QStringLiteral("AADSTS700027: The certificate with identifier used to "
                                      "sign the client assertion is not registered on "
                                      "application. [Reason - The key was not found.]"));
    const Result<crypto::RsaKey> key = crypto::RsaKey::fromPublicPem(pem);
    if (!key || !crypto::Jws::verify(*parts, *key, alg).ok())
        return invalid(QStringLiteral("The client assertion's signature is invalid."),
                       QStringLiteral("AADSTS7000274: Client assertion contains an invalid "
                                      "signature."));
    const QJsonObject& c = parts->payload;
    if (c.value(u"iss").toString() != client.clientId
        || c.value(u"sub").toString() != client.clientId)
        return invalid(QStringLiteral("The client assertion's iss and sub must both be the "
                                      "client_id."),
                       QStringLiteral("AADSTS700023: Client assertion audience claim does not "
                                      "match Realm issuer, or iss and sub are not the client "
                                      "id."));
    const QString expectedAud = tokenUrlFor(realm, tenant).toString();
    const QJsonValue aud = c.value(u"aud");
    const bool audOk = aud.isString() ? aud.toString() == expectedAud
                                      : aud.isArray() && aud.toArray().contains(expectedAud);
    if (!audOk)
        return invalid(QStringLiteral("The client assertion's aud must be the token endpoint, "
                                      "%1.")
                           .arg(expectedAud),
                       QStringLiteral("AADSTS700016: The audience claim of the client assertion "
                                      "must be %1.")
                           .arg(expectedAud));
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const QJsonValue exp = c.value(u"exp");
    if (!exp.isDouble())
        return invalid(QStringLiteral("The client assertion has no exp."),
                       QStringLiteral("AADSTS700025: Client assertion has no exp claim."));
    if (qint64(exp.toDouble()) <= now)
        return invalid(QStringLiteral("The client assertion has expired."),
                       QStringLiteral("AADSTS700024: Client assertion is not within its valid "
                                      "time range."));
    if (qint64(exp.toDouble()) > now + MaxAssertionLifetimeSeconds + kSkewSeconds)
        return invalid(QStringLiteral("The client assertion's exp is more than %1 seconds "
                                      "ahead.")
                           .arg(MaxAssertionLifetimeSeconds),
                       QStringLiteral("AADSTS700024: Client assertion is not within its valid "
                                      "time range."));
    for (const char* claim : {"nbf", "iat"}) {
        const QJsonValue v = c.value(QLatin1String(claim));
        if (!v.isUndefined() && (!v.isDouble() || qint64(v.toDouble()) > now + kSkewSeconds))
            return invalid(QStringLiteral("The client assertion's %1 is in the future.")
                               .arg(QLatin1String(claim)),
                           QStringLiteral("AADSTS700024: Client assertion is not within its "
                                          "valid time range."));
    }
    const QString jti = c.value(u"jti").toString();
    if (jti.isEmpty())
        return invalid(QStringLiteral("The client assertion has no jti."),
                       QStringLiteral("AADSTS700020: Client assertion has no jti claim."));
    const QString seen = client.clientId + QLatin1Char('\n') + jti;
    if (m_seenJti.contains(seen))
        return invalid(QStringLiteral("The client assertion's jti was used before."),
                       QStringLiteral("AADSTS700021: Client assertion's jti was already used "
                                      "(replay)."));
    m_seenJti.insert(
        seen, QDateTime::fromSecsSinceEpoch(qint64(exp.toDouble()), Qt::UTC).addSecs(kSkewSeconds));
    return std::nullopt;
}

std::optional<StandardsClient> StandardsSandbox::authenticate(Realm realm, const QString& tenant,
                                                              const HttpServerRequest& request,
                                                              const UrlEncodedForm& form,
                                                              QString* method, TokenError* error)
{
    *method = QStringLiteral("-");
    const bool ms = realm == Realm::Microsoft;
    const TokenError invalid{401, QStringLiteral("invalid_client"),
                             ms ? QStringLiteral("AADSTS7000215: Invalid client secret "
                                                 "provided.")
                                : QStringLiteral("Client authentication failed.")};
    const auto basic = request.basicAuth();
    const bool hasSecret = form.contains(u"client_secret");
    const bool hasAssertion =
        form.contains(u"client_assertion") || form.contains(u"client_assertion_type");
    // RFC 6749 section 2.3: a client MUST NOT use more than one method in a request.
    if (int(bool(basic)) + int(hasSecret) + int(hasAssertion) > 1) {
        *error = {400, QStringLiteral("invalid_request"),
                  ms ? QStringLiteral("AADSTS50027: Only one client authentication method may "
                                      "be used.")
                     : QStringLiteral("Only one client authentication method may be used.")};
        return std::nullopt;
    }
    QString id = form.value(u"client_id");
    if (id.isEmpty() && hasAssertion) {
        // RFC 7521 section 4.2: client_id may be left out; the assertion's iss names the
        // client (checked against sub and the signature below).
        if (const Result<crypto::Jws::Parts> parts =
                crypto::Jws::parseCompact(form.value(u"client_assertion").toUtf8()))
            id = parts->payload.value(u"iss").toString();
    }
    if (basic) {
        const auto user = UrlEncodedForm::percentDecode(basic->first.toUtf8(), true);
        const auto password = UrlEncodedForm::percentDecode(basic->second.toUtf8(), true);
        if (!user || !password || (!id.isEmpty() && id != QString::fromUtf8(*user))) {
            *error = invalid;
            return std::nullopt;
        }
        id = QString::fromUtf8(*user);
    }
    const auto it = m_clients.constFind(id);
    if (id.isEmpty() || it == m_clients.constEnd()) {
        *error = {401, QStringLiteral("invalid_client"),
                  ms ? QStringLiteral("AADSTS700016: Application with identifier '%1' was not "
                                      "found in the directory '%2'.")
                           .arg(id.left(64), lit(TenantName))
                     : QStringLiteral("Unknown client.")};
        return std::nullopt;
    }
    const StandardsClient& client = *it;
    if (basic || hasSecret) {
        *method =
            basic ? QStringLiteral("client_secret_basic") : QStringLiteral("client_secret_post");
        const QString secret =
            basic ? QString::fromUtf8(*UrlEncodedForm::percentDecode(basic->second.toUtf8(), true))
                  : form.value(u"client_secret");
        if (client.clientSecret.isEmpty() || !sameSecret(secret, client.clientSecret)) {
            *error = invalid;
            return std::nullopt;
        }
        return client;
    }
    if (hasAssertion) {
        *method = QStringLiteral("private_key_jwt");
        if (form.value(u"client_assertion_type") != kAssertionType) {
            *error = {400, QStringLiteral("invalid_request"),
                      QStringLiteral("client_assertion_type must be %1.").arg(kAssertionType)};
            return std::nullopt;
        }
        if (std::optional<TokenError> e =
                checkAssertion(realm, tenant, client, form.value(u"client_assertion"))) {
            *error = *e;
            return std::nullopt;
        }
        return client;
    }
    *method = QStringLiteral("none");
    if (!client.publicClient) {
        *error = {401, QStringLiteral("invalid_client"),
                  ms ? QStringLiteral("AADSTS7000218: The request body must contain the "
                                      "following parameter: 'client_assertion' or "
                                      "'client_secret'.")
                     : QStringLiteral("This client must authenticate.")};
        return std::nullopt;
    }
    return client;
}

// ---- token, device authorization, revocation ---------------------------------------------------

QJsonObject StandardsSandbox::issue(Realm realm, const StandardsClient& client,
                                    const QString& userId, const QStringList& scopes,
                                    const QString& family, bool withRefresh)
{
    const QString access = crypto::Random::randomToken(43);
    Token t;
    t.realm = realm;
    t.clientId = client.clientId;
    t.userId = userId;
    t.scopes = scopes;
    t.roles = userId.isEmpty() && client.adminConsented;
    t.expires = QDateTime::currentDateTimeUtc().addSecs(m_accessLifetime);
    t.family = family;
    m_tokens.insert(access, t);
    QJsonObject out{{QStringLiteral("access_token"), access},
                    {QStringLiteral("token_type"), QStringLiteral("Bearer")},
                    {QStringLiteral("expires_in"), m_accessLifetime}};
    if (!scopes.isEmpty())
        out.insert(QStringLiteral("scope"), scopes.join(QLatin1Char(' ')));
    if (withRefresh && scopes.contains(QLatin1String("offline_access"))) {
        const QString refresh = crypto::Random::randomToken(64);
        Token r = t;
        r.expires = QDateTime::currentDateTimeUtc().addSecs(kRefreshLifetimeSeconds);
        m_refresh.insert(refresh, r);
        out.insert(QStringLiteral("refresh_token"), refresh);
    }
    return out;
}

void StandardsSandbox::token(Realm realm, const QString& tenant, const HttpServerRequest& request,
                             const HttpResponder& responder)
{
    const bool ms = realm == Realm::Microsoft;
    const std::optional<UrlEncodedForm> form = request.form();
    const QString grant = form ? form->value(u"grant_type") : QString();
    QString method = QStringLiteral("-");
    const QString grantLabel =
        grant == kDeviceGrant ? QStringLiteral("device_code") : grant.left(40);
    auto refuse = [&](const TokenError& e) {
        m_log.append(
            QStringLiteral("%1 %2 %3 %4").arg(realmName(int(realm)), grantLabel, method, e.error));
        sendError(realm, responder, e);
    };
    if (!form) {
        refuse({400, QStringLiteral("invalid_request"),
                QStringLiteral("The body must be application/x-www-form-urlencoded.")});
        return;
    }
    if (!form->duplicateNames().isEmpty()) {
        refuse({400, QStringLiteral("invalid_request"),
                QStringLiteral("The parameter %1 was given more than once.")
                    .arg(form->duplicateNames().first())});
        return;
    }
    TokenError authError;
    const std::optional<StandardsClient> client =
        authenticate(realm, tenant, request, *form, &method, &authError);
    if (!client) {
        refuse(authError);
        return;
    }
    auto ok = [&](const QJsonObject& body) {
        m_log.append(QStringLiteral("%1 %2 %3 ok").arg(realmName(int(realm)), grantLabel, method));
        sendJson(responder, 200, body);
    };
    const TokenError invalidGrant{400, QStringLiteral("invalid_grant"),
                                  ms ? QStringLiteral("AADSTS70000: The provided authorization "
                                                      "code or refresh token is invalid, "
                                                      "expired or already used.")
                                     : QStringLiteral("The grant is invalid, expired or "
                                                      "already used.")};
    if (grant == QLatin1String("authorization_code")) {
        const QString codeText = form->value(u"code");
        auto it = m_codes.find(codeText);
        if (codeText.isEmpty() || it == m_codes.end() || it->realm != realm
            || it->clientId != client->clientId) {
            refuse(invalidGrant);
            return;
        }
        if (it->used) {
            // RFC 6749 section 4.1.2: a replayed code revokes what it produced.
            const QString family = it->family;
            m_tokens.removeIf([&](const auto& t) { return t.value().family == family; });
            m_refresh.removeIf([&](const auto& t) { return t.value().family == family; });
            refuse(invalidGrant);
            return;
        }
        it->used = true;
        if (it->expires < QDateTime::currentDateTimeUtc()
            || form->value(u"redirect_uri") != it->redirectUri) {
            refuse(invalidGrant);
            return;
        }
        const QString verifier = form->value(u"code_verifier");
        if (verifier.isEmpty() || crypto::Pkce::challengeS256(verifier.toUtf8()) != it->challenge) {
            refuse({400, QStringLiteral("invalid_grant"),
                    ms ? QStringLiteral("AADSTS501481: The Code_Verifier does not match the "
                                        "code_challenge supplied in the authorization request.")
                       : QStringLiteral("The code_verifier does not match the code_challenge.")});
            return;
        }
        ok(issue(realm, *client, lit(UserId), it->scopes, it->family, true));
        return;
    }
    if (grant == QLatin1String("refresh_token")) {
        const QString refresh = form->value(u"refresh_token");
        const auto it = m_refresh.constFind(refresh);
        if (refresh.isEmpty() || it == m_refresh.constEnd() || it->realm != realm
            || it->clientId != client->clientId) {
            refuse(invalidGrant);
            return;
        }
        const Token old = *it;
        m_refresh.remove(refresh); // rotated: every refresh token is used once
        ok(issue(realm, *client, old.userId, old.scopes, old.family, true));
        return;
    }
    if (grant == kDeviceGrant) {
        const QString deviceCode = form->value(u"device_code");
        auto it = m_devices.find(deviceCode);
        if (deviceCode.isEmpty() || it == m_devices.end() || it->realm != realm
            || it->clientId != client->clientId || it->state == DeviceGrant::Used) {
            refuse(invalidGrant);
            return;
        }
        const QDateTime now = QDateTime::currentDateTimeUtc();
        if (it->expires <= now) {
            refuse({400, QStringLiteral("expired_token"),
                    ms ? QStringLiteral("AADSTS70020: The provided value for the input parameter "
                                        "'device_code' is not valid. This device code has "
                                        "expired.")
                       : QStringLiteral("The device code has expired.")});
            return;
        }
        // RFC 8628 section 3.5: polling faster than the interval, or a busy server, gets
        // slow_down, and the interval grows by 5 seconds for every later poll.
        const bool tooSoon =
            it->lastPoll.isValid() && it->lastPoll.msecsTo(now) < qint64(it->interval) * 1000 - 250;
        it->lastPoll = now;
        if (tooSoon || m_busyPolls > 0) {
            if (m_busyPolls > 0)
                --m_busyPolls;
            it->interval += 5;
            refuse({400, QStringLiteral("slow_down"),
                    QStringLiteral("Polling too fast; wait %1 seconds between requests.")
                        .arg(it->interval)});
            return;
        }
        if (it->state == DeviceGrant::Waiting) {
            refuse({400, QStringLiteral("authorization_pending"),
                    ms ? QStringLiteral("AADSTS70016: OAuth 2.0 device flow error. "
                                        "Authorization is pending. Continue polling.")
                       : QStringLiteral("The user has not yet entered the code.")});
            return;
        }
        if (it->state == DeviceGrant::Denied) {
            it->state = DeviceGrant::Used;
            refuse({400, QStringLiteral("access_denied"),
                    ms ? QStringLiteral("AADSTS70000: The user declined the sign-in request.")
                       : QStringLiteral("The user denied the request.")});
            return;
        }
        it->state = DeviceGrant::Used;
        ok(issue(realm, *client, lit(UserId), it->scopes, it->family, true));
        return;
    }
    if (grant == QLatin1String("client_credentials")) {
        if (client->publicClient) {
            refuse({400, QStringLiteral("unauthorized_client"),
                    QStringLiteral("A public client cannot use client_credentials.")});
            return;
        }
        const QStringList scopes =
            form->value(u"scope").split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (ms && (scopes.size() != 1 || !scopes.first().endsWith(QLatin1String("/.default")))) {
            refuse({400, QStringLiteral("invalid_scope"),
                    QStringLiteral("AADSTS1002012: The provided value for scope %1 is not "
                                   "valid. Client credential flows must have a scope value with "
                                   "/.default suffixed to the resource identifier "
                                   "(application ID URI).")
                        .arg(scopes.join(QLatin1Char(' ')).left(200))});
            return;
        }
        ok(issue(realm, *client, {}, scopes, crypto::Random::randomToken(16), false));
        return;
    }
    refuse({400, QStringLiteral("unsupported_grant_type"),
            ms ? QStringLiteral("AADSTS70003: The app requested an unsupported grant type '%1'.")
                     .arg(grant.left(60))
               : QStringLiteral("The grant type is not supported.")});
}

void StandardsSandbox::deviceAuthorization(Realm realm, const QString& tenant,
                                           const HttpServerRequest& request,
                                           const HttpResponder& responder)
{
    const std::optional<UrlEncodedForm> form = request.form();
    QString method = QStringLiteral("-");
    auto refuse = [&](const TokenError& e) {
        m_log.append(QStringLiteral("%1 device %2 %3").arg(realmName(int(realm)), method, e.error));
        sendError(realm, responder, e);
    };
    if (!form || !form->duplicateNames().isEmpty()) {
        refuse({400, QStringLiteral("invalid_request"), QStringLiteral("Malformed request.")});
        return;
    }
    TokenError authError;
    const std::optional<StandardsClient> client =
        authenticate(realm, tenant, request, *form, &method, &authError);
    if (!client) {
        refuse(authError);
        return;
    }
    DeviceGrant g;
    g.realm = realm;
    g.clientId = client->clientId;
    g.userCode = userCode();
    g.scopes = form->value(u"scope").split(QLatin1Char(' '), Qt::SkipEmptyParts);
    g.expires = QDateTime::currentDateTimeUtc().addSecs(m_deviceLifetime);
    g.interval = m_deviceInterval;
    g.family = crypto::Random::randomToken(16);
    const QString deviceCode = crypto::Random::randomToken(43);
    m_devices.insert(deviceCode, g);
    const QString verify = baseUrl().toString() + kDevicePage;
    QJsonObject out{{QStringLiteral("device_code"), deviceCode},
                    {QStringLiteral("user_code"), g.userCode},
                    {QStringLiteral("verification_uri"), verify},
                    {QStringLiteral("expires_in"), m_deviceLifetime},
                    {QStringLiteral("interval"), m_deviceInterval}};
    if (realm == Realm::Oidc) {
        out.insert(QStringLiteral("verification_uri_complete"),
                   QString(verify + QStringLiteral("?user_code=") + g.userCode));
    } else {
        out.insert(QStringLiteral("message"),
                   QStringLiteral("To sign in, use a web browser to open the page %1 and enter "
                                  "the code %2 to authenticate.")
                       .arg(verify, g.userCode));
    }
    m_log.append(QStringLiteral("%1 device %2 ok").arg(realmName(int(realm)), method));
    sendJson(responder, 200, out);
}

void StandardsSandbox::revoke(const HttpServerRequest& request, const HttpResponder& responder)
{
    const std::optional<UrlEncodedForm> form = request.form();
    QString method = QStringLiteral("-");
    auto refuse = [&](const TokenError& e) {
        m_log.append(QStringLiteral("oidc revoke %1 %2").arg(method, e.error));
        sendError(Realm::Oidc, responder, e);
    };
    if (!form || !form->contains(u"token")) {
        refuse({400, QStringLiteral("invalid_request"), QStringLiteral("token is required.")});
        return;
    }
    TokenError authError;
    const std::optional<StandardsClient> client =
        authenticate(Realm::Oidc, {}, request, *form, &method, &authError);
    if (!client) {
        refuse(authError);
        return;
    }
    const QString token = form->value(u"token");
    // RFC 7009 section 2.1: only the client's own tokens; the whole grant goes.
    QString family;
    if (auto it = m_refresh.constFind(token);
        it != m_refresh.constEnd() && it->clientId == client->clientId)
        family = it->family;
    if (auto it = m_tokens.constFind(token);
        it != m_tokens.constEnd() && it->clientId == client->clientId)
        family = it->family;
    if (!family.isEmpty()) {
        m_tokens.removeIf([&](const auto& t) { return t.value().family == family; });
        m_refresh.removeIf([&](const auto& t) { return t.value().family == family; });
    }
    m_log.append(QStringLiteral("oidc revoke %1 ok").arg(method));
    responder.respond(200, {{"Cache-Control", "no-store"}});
}

// ---- resources ---------------------------------------------------------------------------------

std::optional<StandardsSandbox::Token>
StandardsSandbox::bearer(const HttpServerRequest& request) const
{
    const QByteArray auth = request.header("Authorization");
    if (!auth.startsWith("Bearer "))
        return std::nullopt;
    const auto it = m_tokens.constFind(QString::fromLatin1(auth.mid(7).trimmed()));
    if (it == m_tokens.constEnd() || it->expires <= QDateTime::currentDateTimeUtc())
        return std::nullopt;
    return *it;
}

void StandardsSandbox::userinfo(const HttpServerRequest& request, const HttpResponder& responder)
{
    const std::optional<Token> t = bearer(request);
    if (!t || t->realm != Realm::Oidc) {
        responder.respond(401, {{"WWW-Authenticate", "Bearer error=\"invalid_token\""}});
        return;
    }
    if (t->userId.isEmpty() || !t->scopes.contains(QLatin1String("openid"))) {
        responder.respond(
            403, {{"WWW-Authenticate", "Bearer error=\"insufficient_scope\", scope=\"openid\""}});
        return;
    }
    QJsonObject out{{QStringLiteral("sub"), lit(UserId)}};
    if (t->scopes.contains(QLatin1String("profile"))) {
        out.insert(QStringLiteral("name"), lit(UserName));
        out.insert(QStringLiteral("preferred_username"), lit(UserLogin));
    }
    if (t->scopes.contains(QLatin1String("email")))
        out.insert(QStringLiteral("email"), lit(UserLogin));
    sendJson(responder, 200, out);
}

void StandardsSandbox::graph(const QString& what, const HttpServerRequest& request,
                             const HttpResponder& responder)
{
    auto graphError = [&](int status, const QString& code, const QString& message) {
        sendJson(responder, status,
                 {{QStringLiteral("error"), QJsonObject{{QStringLiteral("code"), code},
                                                        {QStringLiteral("message"), message}}}});
    };
    const std::optional<Token> t = bearer(request);
    if (!t || t->realm != Realm::Microsoft) {
        graphError(401, QStringLiteral("InvalidAuthenticationToken"),
                   QStringLiteral("Access token is empty or invalid."));
        return;
    }
    if (what == QLatin1String("me")) {
        if (t->userId.isEmpty()) {
            graphError(400, QStringLiteral("BadRequest"),
                       QStringLiteral("/me request is only valid with delegated authentication "
                                      "flow."));
            return;
        }
        sendJson(responder, 200,
                 {{QStringLiteral("id"), lit(UserId)},
                  {QStringLiteral("displayName"), lit(UserName)},
                  {QStringLiteral("userPrincipalName"), lit(UserLogin)}});
        return;
    }
    if (what == QLatin1String("organization")) {
        if (t->userId.isEmpty() && !t->roles) {
            graphError(403, QStringLiteral("Authorization_RequestDenied"),
                       QStringLiteral("Insufficient privileges to complete the operation."));
            return;
        }
        sendJson(responder, 200,
                 {{QStringLiteral("value"),
                   QJsonArray{QJsonObject{{QStringLiteral("id"), lit(TenantId)},
                                          {QStringLiteral("displayName"), lit(TenantName)}}}}});
        return;
    }
    graphError(404, QStringLiteral("Request_ResourceNotFound"),
               QStringLiteral("Resource not found."));
}

// ---- provider ----------------------------------------------------------------------------------

QJsonObject StandardsSandbox::microsoftProviderJson() const
{
    const QString base = baseUrl().toString();
    const QString login = QString(base + QStringLiteral("/{tenant}"));
    return QJsonObject{
        {QStringLiteral("schema"), 1},
        {QStringLiteral("id"), QStringLiteral("sandbox-m365")},
        {QStringLiteral("name"), QStringLiteral("Sandbox (Microsoft 365-compatible)")},
        {QStringLiteral("category"), QStringLiteral("productivity")},
        {QStringLiteral("description"),
         QStringLiteral("A Microsoft Entra ID-shaped tenant built into AuthDeck: delegated "
                        "sign-in, the device code flow, admin consent and app-only access with "
                        "a certificate, without a Microsoft 365 subscription.")},
        {QStringLiteral("docs"), QString(base + kDevicePage)},
        {QStringLiteral("icon"), QStringLiteral("microsoft365.svg")},
        {QStringLiteral("api_base"), QString(base + QStringLiteral("/graph/v1.0"))},
        {QStringLiteral("parameters"),
         QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("tenant")},
                                {QStringLiteral("label"), QStringLiteral("Tenant")},
                                {QStringLiteral("kind"), QStringLiteral("text")},
                                {QStringLiteral("default"), lit(TenantDomain)},
                                {QStringLiteral("required"), true}}}},
        {QStringLiteral("scopes"),
         QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("offline_access")},
                                {QStringLiteral("description"),
                                 QStringLiteral("Stay connected (refresh tokens)")},
                                {QStringLiteral("recommended"), true}},
                    QJsonObject{{QStringLiteral("id"), QStringLiteral("User.Read")},
                                {QStringLiteral("description"),
                                 QStringLiteral("Sign in and read the user's profile")},
                                {QStringLiteral("recommended"), true}}}},
        {QStringLiteral("schemes"),
         QJsonObject{
             {QStringLiteral("oauth2"),
              QJsonObject{
                  {QStringLiteral("authorize_url"),
                   QString(login + QStringLiteral("/oauth2/v2.0/authorize"))},
                  {QStringLiteral("token_url"),
                   QString(login + QStringLiteral("/oauth2/v2.0/token"))},
                  {QStringLiteral("device_authorization_url"),
                   QString(login + QStringLiteral("/oauth2/v2.0/devicecode"))},
                  {QStringLiteral("admin_consent_url"),
                   QString(login + QStringLiteral("/v2.0/adminconsent"))},
                  {QStringLiteral("revoke_style"), QStringLiteral("none")},
                  {QStringLiteral("default_scopes"),
                   QJsonArray{QStringLiteral("offline_access"), QStringLiteral("User.Read")}}}},
             {QStringLiteral("client_credentials"),
              QJsonObject{{QStringLiteral("token_url"),
                           QString(login + QStringLiteral("/oauth2/v2.0/token"))},
                          {QStringLiteral("scopes"),
                           QJsonArray{QStringLiteral("https://graph.microsoft.com/.default")}}}}}},
        {QStringLiteral("verify"),
         QJsonObject{
             {QStringLiteral("url"), QStringLiteral("{api_base}/me")},
             {QStringLiteral("identity"),
              QJsonObject{{QStringLiteral("id"), QStringLiteral("id")},
                          {QStringLiteral("name"), QStringLiteral("displayName")},
                          {QStringLiteral("login"), QStringLiteral("userPrincipalName")}}}}},
        {QStringLiteral("verify_by_scheme"),
         QJsonObject{
             {QStringLiteral("client_credentials"),
              QJsonObject{{QStringLiteral("url"),
                           QStringLiteral("{api_base}/organization?$select=id,displayName")},
                          {QStringLiteral("identity"),
                           QJsonObject{{QStringLiteral("id"), QStringLiteral("value.0.id")},
                                       {QStringLiteral("name"),
                                        QStringLiteral("value.0.displayName")}}}}}}}};
}

} // namespace authdeck
