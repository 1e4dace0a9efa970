#include "sandbox/SandboxServer.h"

#include "core/Log.h"
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
#include <QTimer>

#include <algorithm>

#include <openssl/crypto.h>

namespace authdeck {

namespace {

const QString kAuthorizePath = QStringLiteral("/api/oauth2/authorize");
const QString kTokenPath = QStringLiteral("/oauth2/token");
const QString kRevokePath = QStringLiteral("/oauth2/revoke");
const QString kUsersMePath = QStringLiteral("/2.0/users/me");
const QString kConsolePath = QStringLiteral("/developers/console");
const QString kAppsPath = QStringLiteral("/developers/api/apps");

using Field = std::pair<QByteArray, QByteArray>;

const QString kJwtGrant = QStringLiteral("urn:ietf:params:oauth:grant-type:jwt-bearer");

constexpr int kCodeLifetimeSeconds = 30;
constexpr int kConsentLifetimeSeconds = 600;
constexpr qint64 kRefreshLifetimeSeconds = 60LL * 24 * 3600;
constexpr int kJwtMaxLifetimeSeconds = 60;

QString lit(const char* text)
{
    return QString::fromLatin1(text);
}

// Lower-case letters and digits, like Box's client ids and Public Key IDs.
QString alnumToken(int chars, bool mixedCase)
{
    static constexpr char Lower[] = "abcdefghijklmnopqrstuvwxyz0123456789";
    static constexpr char Mixed[] =
        "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    const char* alphabet = mixedCase ? Mixed : Lower;
    const int size = mixedCase ? 62 : 36;
    QString out;
    while (out.size() < chars) {
        const SecretBytes bytes = crypto::Random::randomBytes(chars * 2);
        for (const char c : bytes.bytes()) {
            const int v = static_cast<unsigned char>(c);
            if (v < 256 - (256 % size) && out.size() < chars)
                out += QLatin1Char(alphabet[v % size]);
        }
    }
    return out;
}

bool sameSecret(const QString& a, const QString& b)
{
    const QByteArray x = a.toUtf8();
    const QByteArray y = b.toUtf8();
    return x.size() == y.size() && CRYPTO_memcmp(x.constData(), y.constData(), x.size()) == 0;
}

bool isLoopbackName(const QString& host)
{
    return host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0
           || UrlPolicy::isLoopbackHost(host);
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

QString grantName(const QString& grantType)
{
    if (grantType == kJwtGrant)
        return QStringLiteral("jwt");
    return grantType.isEmpty() ? QStringLiteral("(none)") : grantType.left(64);
}

} // namespace

SandboxServer::SandboxServer(QObject* parent)
    : QObject(parent)
{
    m_enterpriseNames.insert(lit(DefaultEnterpriseId), lit(DefaultEnterpriseName));
    addUser(lit(AdminUserId), lit(AdminLogin), QStringLiteral("Sandbox Admin"), lit(AdminPassword),
            true);
    addUser(lit(ServiceAccountId),
            QStringLiteral("AutomationUser_900102_sandbox@boxdevedition.com"),
            QStringLiteral("Sandbox Service Account"), {}, false);
    m_serviceAccounts.insert(lit(DefaultEnterpriseId), lit(ServiceAccountId));
    m_signedInUser = lit(AdminUserId);
}

SandboxServer::~SandboxServer() = default;

void SandboxServer::setTlsCertificate(const QSslCertificate& certificate, const QSslKey& key)
{
    m_tlsCertificate = certificate;
    m_tlsKey = key;
}

bool SandboxServer::start(QString* error)
{
    stop();
    m_server = std::make_unique<LocalHttpServer>();
    if (!m_tlsCertificate.isNull())
        m_server->setTlsCertificate(m_tlsCertificate, m_tlsKey);
    // The exact paths are the server's routes (it answers 405 with Allow for another method);
    // the paths with an id in them, and Box's JSON 404, are the fallback's. Every request passes
    // the fault switch first.
    m_server->setFilter([this](const HttpServerRequest& request, const HttpResponder& responder) {
        return filter(request, responder);
    });
    const auto on = [this](void (SandboxServer::*answer)(const HttpServerRequest&,
                                                         const HttpResponder&)) {
        return [this, answer](const HttpServerRequest& request, const HttpResponder& responder) {
            (this->*answer)(request, responder);
        };
    };
    m_server->route("GET", kAuthorizePath, on(&SandboxServer::authorizePage));
    m_server->route("POST", kAuthorizePath, on(&SandboxServer::authorizeDecision));
    m_server->route("POST", kTokenPath, on(&SandboxServer::token));
    m_server->route("POST", kRevokePath, on(&SandboxServer::revoke));
    m_server->route("GET", kUsersMePath, on(&SandboxServer::usersMe));
    m_server->route("GET", kConsolePath,
                    [this](const HttpServerRequest& request, const HttpResponder& responder) {
                        consolePage(request, responder);
                    });
    m_server->route("POST", kConsolePath, on(&SandboxServer::consoleRegister));
    m_server->route("POST", kAppsPath, on(&SandboxServer::apiRegisterApp));
    m_server->setHandler([this](const HttpServerRequest& request, HttpResponder responder) {
        routeById(request, responder);
    });
    if (!m_server->listen(QHostAddress::LocalHost, 0)) {
        if (error)
            *error = m_server->errorString();
        m_server.reset();
        return false;
    }
    m_consoleToken = crypto::Random::randomToken(32);
    qCInfo(lcSandbox).noquote() << "sandbox listening on" << baseUrl().toString();
    return true;
}

void SandboxServer::stop()
{
    if (m_server)
        m_server->close();
    m_server.reset();
    m_pending.clear();
}

bool SandboxServer::isRunning() const
{
    return m_server && m_server->isListening();
}

QUrl SandboxServer::baseUrl() const
{
    return m_server ? m_server->baseUrl() : QUrl();
}

QUrl SandboxServer::authorizeUrl() const
{
    return baseUrl().resolved(QUrl(kAuthorizePath));
}

QUrl SandboxServer::tokenUrl() const
{
    return baseUrl().resolved(QUrl(kTokenPath));
}

QUrl SandboxServer::revokeUrl() const
{
    return baseUrl().resolved(QUrl(kRevokePath));
}

QUrl SandboxServer::apiBase() const
{
    return baseUrl().resolved(QUrl(QStringLiteral("/2.0")));
}

QDateTime SandboxServer::now() const
{
    return QDateTime::currentDateTimeUtc().addSecs(m_clockOffset);
}

// ---- configuration -----------------------------------------------------------------------------

SandboxClient SandboxServer::registerClient(SandboxClient client)
{
    if (client.clientId.isEmpty())
        client.clientId = alnumToken(32, false);
    if (client.clientSecret.isEmpty())
        client.clientSecret = alnumToken(32, true);
    if (client.enterpriseId.isEmpty())
        client.enterpriseId = lit(DefaultEnterpriseId);
    if (client.name.isEmpty())
        client.name = QStringLiteral("Sandbox App");
    for (auto it = client.publicKeys.begin(); it != client.publicKeys.end();) {
        if (!crypto::RsaKey::fromPublicPem(it.value()).ok()) {
            qCWarning(lcSandbox).noquote()
                << "sandbox: dropped an unreadable public key" << it.key();
            it = client.publicKeys.erase(it);
        } else {
            ++it;
        }
    }
    m_clients.insert(client.clientId, client);
    return client;
}

std::optional<SandboxClient> SandboxServer::client(const QString& clientId) const
{
    const auto it = m_clients.constFind(clientId);
    if (it == m_clients.constEnd())
        return std::nullopt;
    return *it;
}

void SandboxServer::setClientAuthorized(const QString& clientId, bool authorized)
{
    auto it = m_clients.find(clientId);
    if (it != m_clients.end())
        it->authorized = authorized;
}

QString SandboxServer::addPublicKey(const QString& clientId, const QByteArray& pem, QString* error)
{
    auto it = m_clients.find(clientId);
    if (it == m_clients.end()) {
        if (error)
            *error = tr("There is no app with this client ID.");
        return {};
    }
    const Result<crypto::RsaKey> key = crypto::RsaKey::fromPublicPem(pem);
    if (!key) {
        if (error)
            *error = key.error().message;
        return {};
    }
    QString kid;
    do {
        kid = alnumToken(8, false);
    } while (it->publicKeys.contains(kid));
    it->publicKeys.insert(kid, pem);
    return kid;
}

void SandboxServer::addUser(const QString& id, const QString& login, const QString& name,
                            const QString& password, bool admin)
{
    addEnterpriseUser(lit(DefaultEnterpriseId), id, login, name, password,
                      admin ? QStringLiteral("admin") : QStringLiteral("user"));
}

void SandboxServer::addEnterpriseUser(const QString& enterpriseId, const QString& id,
                                      const QString& login, const QString& name,
                                      const QString& password, const QString& role)
{
    m_users.insert(id, User{id, login, name, password, enterpriseId, role});
}

QString SandboxServer::addEnterprise(const QString& id, const QString& name)
{
    m_enterpriseNames.insert(id, name);
    if (const auto existing = m_serviceAccounts.constFind(id);
        existing != m_serviceAccounts.constEnd())
        return *existing;
    // Box makes one service account per app and enterprise; one per enterprise is enough here.
    const QString account = QStringLiteral("8") + id.right(6).rightJustified(6, QLatin1Char('0'));
    addEnterpriseUser(id, account,
                      QStringLiteral("AutomationUser_%1_sandbox@boxdevedition.com").arg(account),
                      QStringLiteral("%1 Service Account").arg(name), {}, QStringLiteral("user"));
    m_serviceAccounts.insert(id, account);
    return account;
}

bool SandboxServer::authorizeInEnterprise(const QString& clientId, const QString& enterpriseId)
{
    auto it = m_clients.find(clientId);
    if (it == m_clients.end() || !m_enterpriseNames.contains(enterpriseId))
        return false;
    if (enterpriseId == it->enterpriseId)
        it->authorized = true;
    else
        it->otherEnterprises.insert(enterpriseId);
    return true;
}

bool SandboxServer::mayActIn(const SandboxClient& client, const QString& enterpriseId) const
{
    return enterpriseId == client.enterpriseId || client.otherEnterprises.contains(enterpriseId);
}

void SandboxServer::setSignedInUser(const QString& userId)
{
    m_signedInUser = userId;
}

void SandboxServer::setFault(const Fault& fault)
{
    m_fault = fault;
}

int SandboxServer::activeAccessTokenCount() const
{
    const QDateTime t = now();
    int n = 0;
    for (const AccessToken& token : m_access) {
        if (token.expires > t)
            ++n;
    }
    return n;
}

QString SandboxServer::consentRequestId(const QByteArray& html)
{
    static const QRegularExpression re(
        QStringLiteral("name=\"request_id\" value=\"([A-Za-z0-9_-]+)\""));
    const QRegularExpressionMatch m = re.match(QString::fromUtf8(html));
    return m.hasMatch() ? m.captured(1) : QString();
}

// ---- answers -----------------------------------------------------------------------------------

HttpHeaderList SandboxServer::baseHeaders() const
{
    return {{"Date", HttpDate::format(now())}};
}

void SandboxServer::sendJson(const HttpResponder& responder, int status, const QJsonObject& body,
                             HttpHeaderList extra) const
{
    extra += baseHeaders();
    responder.respondJson(status, body, extra);
}

void SandboxServer::sendOAuthError(const HttpResponder& responder, const TokenError& error) const
{
    HttpHeaderList extra;
    if (error.status == 401)
        extra.append(Field{"WWW-Authenticate", "Basic realm=\"Box\""});
    sendJson(responder, error.status,
             {{QStringLiteral("error"), error.error},
              {QStringLiteral("error_description"), error.description}},
             extra);
}

void SandboxServer::sendApiError(const HttpResponder& responder, int status, const QString& code,
                                 const QString& message) const
{
    // Box's API error object.
    sendJson(responder, status,
             {{QStringLiteral("type"), QStringLiteral("error")},
              {QStringLiteral("status"), status},
              {QStringLiteral("code"), code},
              {QStringLiteral("message"), message},
              {QStringLiteral("request_id"), alnumToken(16, false)}});
}

void SandboxServer::sendHtml(const HttpResponder& responder, int status, const QString& html) const
{
    HttpHeaderList headers = baseHeaders();
    headers.append(Field{"Content-Type", "text/html; charset=utf-8"});
    headers.append(Field{"X-Frame-Options", "DENY"});
    headers.append(Field{"Content-Security-Policy",
                         "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; "
                         "frame-ancestors 'none'"});
    headers.append(Field{"Referrer-Policy", "no-referrer"});
    responder.respond(status, headers, html.toUtf8());
}

void SandboxServer::sendRedirect(const HttpResponder& responder, const QUrl& location) const
{
    HttpHeaderList headers = baseHeaders();
    headers.append(Field{"Location", location.toEncoded()});
    headers.append(Field{"Referrer-Policy", "no-referrer"});
    responder.respond(302, headers);
}

// ---- dispatch ----------------------------------------------------------------------------------

bool SandboxServer::filter(const HttpServerRequest& request, const HttpResponder& responder)
{
    if (!responder.isConnected())
        return true;
    pruneExpired();
    if (request.path == kTokenPath)
        ++m_tokenRequests;
    return applyFault(request, responder);
}

bool SandboxServer::applyFault(const HttpServerRequest& request, const HttpResponder& responder)
{
    if (m_fault.kind == Fault::None || m_fault.count == 0)
        return false;
    const QString prefix = m_fault.pathPrefix.isEmpty() ? kTokenPath : m_fault.pathPrefix;
    if (!request.path.startsWith(prefix))
        return false;
    if (m_fault.count > 0)
        --m_fault.count;
    HttpHeaderList extra;
    if (m_fault.retryAfterSeconds > 0)
        extra.append(Field{"Retry-After", QByteArray::number(m_fault.retryAfterSeconds)});
    switch (m_fault.kind) {
    case Fault::TooManyRequests:
        extra += baseHeaders();
        responder.respondJson(
            429,
            {{QStringLiteral("type"), QStringLiteral("error")},
             {QStringLiteral("status"), 429},
             {QStringLiteral("code"), QStringLiteral("rate_limit_exceeded")},
             {QStringLiteral("message"),
              QStringLiteral("Request rate limit exceeded, please try again later")}},
            extra);
        if (request.path == kTokenPath)
            m_grantLog.append(
                grantName(request.form().value_or(UrlEncodedForm()).value(u"grant_type"))
                + QStringLiteral(" 429"));
        return true;
    case Fault::ServerError:
        extra += baseHeaders();
        responder.respondJson(
            500,
            {{QStringLiteral("type"), QStringLiteral("error")},
             {QStringLiteral("status"), 500},
             {QStringLiteral("code"), QStringLiteral("internal_server_error")},
             {QStringLiteral("message"), QStringLiteral("Internal Server Error")}},
            extra);
        if (request.path == kTokenPath)
            m_grantLog.append(
                grantName(request.form().value_or(UrlEncodedForm()).value(u"grant_type"))
                + QStringLiteral(" 500"));
        return true;
    case Fault::Slow: {
        const HttpServerRequest copy = request;
        QTimer::singleShot(std::max(0, m_fault.delayMs), this, [this, copy, responder] {
            if (!m_server || !responder.isConnected())
                return;
            pruneExpired();
            m_server->dispatchToRoutes(copy, responder);
        });
        return true;
    }
    case Fault::None:
        break;
    }
    return false;
}

void SandboxServer::routeById(const HttpServerRequest& request, const HttpResponder& responder)
{
    const QString& path = request.path;
    auto notAllowed = [&](const QByteArray& allow) {
        HttpHeaderList headers = baseHeaders();
        headers.append(Field{"Allow", allow});
        headers.append(Field{"Content-Type", "text/plain; charset=utf-8"});
        responder.respond(405, headers, "method not allowed\n");
    };
    if (routeBox(request, responder))
        return;
    if (path.startsWith(kAppsPath + QLatin1Char('/')) && path.endsWith(u"/keys")) {
        const QString id = path.mid(kAppsPath.size() + 1).chopped(5);
        if (id.isEmpty() || id.contains(QLatin1Char('/')))
            sendApiError(responder, 404, QStringLiteral("not_found"), QStringLiteral("Not Found"));
        else if (request.method == "POST")
            apiAddKey(request, responder, id);
        else
            notAllowed("POST");
    } else if (path.startsWith(kAppsPath + QLatin1Char('/')) && path.endsWith(u"/enterprises")) {
        const QString id = path.mid(kAppsPath.size() + 1).chopped(12);
        if (id.isEmpty() || id.contains(QLatin1Char('/')))
            sendApiError(responder, 404, QStringLiteral("not_found"), QStringLiteral("Not Found"));
        else if (request.method == "POST")
            apiAuthorizeInEnterprise(request, responder, id);
        else
            notAllowed("POST");
    } else {
        sendApiError(responder, 404, QStringLiteral("not_found"), QStringLiteral("Not Found"));
    }
}

void SandboxServer::pruneExpired()
{
    const QDateTime t = now();
    m_pending.removeIf([&](const auto& it) { return it.value().expires < t; });
    // Used codes are kept a while longer so a replay is still recognised as one.
    m_codes.removeIf([&](const auto& it) { return it.value().expires.addSecs(600) < t; });
    m_access.removeIf([&](const auto& it) { return it.value().expires.addSecs(600) < t; });
    m_refresh.removeIf([&](const auto& it) { return it.value().expires < t; });
}

// ---- authorize ---------------------------------------------------------------------------------

bool SandboxServer::redirectUriAllowed(const SandboxClient& client, const QUrl& uri) const
{
    if (!uri.isValid() || uri.isRelative() || uri.hasFragment() || uri.host().isEmpty())
        return false;
    for (const QString& registeredText : client.redirectUris) {
        const QUrl registered(registeredText, QUrl::StrictMode);
        if (!registered.isValid())
            continue;
        if (registered == uri)
            return true;
        // Loopback redirect URIs may use any port (RFC 8252 §7.3); everything else must match.
        const bool loopback =
            registered.scheme() == QLatin1String("http") && isLoopbackName(registered.host());
        auto path = [](const QUrl& u) {
            return u.path().isEmpty() ? QStringLiteral("/") : u.path();
        };
        if (loopback && uri.scheme() == registered.scheme()
            && uri.host().compare(registered.host(), Qt::CaseInsensitive) == 0
            && path(uri) == path(registered) && uri.query() == registered.query()
            && uri.userInfo().isEmpty())
            return true;
    }
    return false;
}

void SandboxServer::authorizePage(const HttpServerRequest& request, const HttpResponder& responder)
{
    const UrlEncodedForm& q = request.query;
    const QString clientId = q.value(u"client_id");
    const auto it = m_clients.constFind(clientId);
    if (clientId.isEmpty() || it == m_clients.constEnd()) {
        sendHtml(responder, 400,
                 sandboxpages::error(QStringLiteral("invalid_client"),
                                     QStringLiteral("The client ID is invalid. Please check the "
                                                    "client_id parameter.")));
        return;
    }
    const SandboxClient& client = *it;
    if (q.count(u"redirect_uri") > 1 || q.count(u"client_id") > 1) {
        sendHtml(responder, 400,
                 sandboxpages::error(QStringLiteral("invalid_request"),
                                     QStringLiteral("A parameter was given more than once.")));
        return;
    }
    // Box uses the app's (first) registered redirect URI when the request names none.
    const bool redirectGiven = q.contains(u"redirect_uri");
    const QString redirectText =
        redirectGiven ? q.value(u"redirect_uri") : client.redirectUris.value(0);
    const QUrl redirect(redirectText, QUrl::StrictMode);
    if (redirectText.isEmpty() || !redirectUriAllowed(client, redirect)) {
        sendHtml(responder, 400,
                 sandboxpages::error(QStringLiteral("redirect_uri_mismatch"),
                                     QStringLiteral("The redirect URI is not registered for this "
                                                    "app. Add it in the Developer Console.")));
        return;
    }

    const QString state = q.value(u"state");
    auto redirectError = [&](const QString& error, const QString& description) {
        UrlEncodedForm params;
        params.add(QStringLiteral("error"), error);
        params.add(QStringLiteral("error_description"), description);
        if (q.contains(u"state"))
            params.add(QStringLiteral("state"), state);
        sendRedirect(responder, withQuery(redirect, params));
    };
    const QStringList duplicates = q.duplicateNames();
    if (!duplicates.isEmpty()) {
        redirectError(
            QStringLiteral("invalid_request"),
            QStringLiteral("The parameter %1 was given more than once.").arg(duplicates.first()));
        return;
    }
    if (q.value(u"response_type") != QLatin1String("code")) {
        redirectError(QStringLiteral("unsupported_response_type"),
                      QStringLiteral("The response type must be 'code'."));
        return;
    }
    const QString challenge = q.value(u"code_challenge");
    const bool hasMethod = q.contains(u"code_challenge_method");
    const QString method = q.value(u"code_challenge_method");
    if (!challenge.isEmpty() || hasMethod) {
        if (method != QLatin1String("S256")) {
            redirectError(QStringLiteral("invalid_request"),
                          QStringLiteral("code_challenge_method must be S256."));
            return;
        }
        static const QRegularExpression challengeShape(QStringLiteral("^[A-Za-z0-9_-]{43}$"));
        if (!challengeShape.match(challenge).hasMatch()) {
            redirectError(QStringLiteral("invalid_request"),
                          QStringLiteral("The code_challenge is invalid."));
            return;
        }
    }
    const QStringList scopes = q.value(u"scope").split(QLatin1Char(' '), Qt::SkipEmptyParts);
    const QString requestId = crypto::Random::randomToken(32);
    m_pending.insert(requestId, PendingConsent{client.clientId, redirectText, redirectGiven, state,
                                               q.contains(u"state"), scopes, challenge,
                                               now().addSecs(kConsentLifetimeSeconds)});
    const User user = m_users.value(m_signedInUser);
    sendHtml(responder, 200,
             sandboxpages::consent(client.name, user.name.isEmpty() ? user.login : user.name,
                                   scopes, requestId, kAuthorizePath));
}

void SandboxServer::authorizeDecision(const HttpServerRequest& request,
                                      const HttpResponder& responder)
{
    const std::optional<UrlEncodedForm> form = request.form();
    const QString requestId = form ? form->value(u"request_id") : QString();
    const auto it = m_pending.constFind(requestId);
    if (!form || requestId.isEmpty() || it == m_pending.constEnd()) {
        sendHtml(responder, 400,
                 sandboxpages::error(QStringLiteral("invalid_request"),
                                     QStringLiteral("This sign-in request has expired or was "
                                                    "already used. Start again from the app.")));
        return;
    }
    const PendingConsent pending = *it;
    m_pending.remove(requestId); // single use, whatever the decision
    const QString decision = form->value(u"decision");
    UrlEncodedForm params;
    if (decision == QLatin1String("approve")) {
        const QString code = crypto::Random::randomToken(32);
        AuthCode entry;
        entry.clientId = pending.clientId;
        entry.redirectUri = pending.redirectUri;
        entry.redirectUriGiven = pending.redirectUriGiven;
        entry.challenge = pending.challenge;
        entry.userId = m_signedInUser;
        entry.scopes = pending.scopes;
        entry.expires = now().addSecs(kCodeLifetimeSeconds);
        entry.family = crypto::Random::randomToken(16);
        m_codes.insert(code, entry);
        params.add(QStringLiteral("code"), code);
    } else if (decision == QLatin1String("deny")) {
        params.add(QStringLiteral("error"), QStringLiteral("access_denied"));
        params.add(QStringLiteral("error_description"),
                   QStringLiteral("The user denied access to your application"));
    } else {
        sendHtml(responder, 400,
                 sandboxpages::error(QStringLiteral("invalid_request"),
                                     QStringLiteral("The decision must be approve or deny.")));
        return;
    }
    if (pending.hasState)
        params.add(QStringLiteral("state"), pending.state);
    sendRedirect(responder, withQuery(QUrl(pending.redirectUri, QUrl::StrictMode), params));
}

// ---- token -------------------------------------------------------------------------------------

std::optional<SandboxClient> SandboxServer::authenticateClient(const HttpServerRequest& request,
                                                               const UrlEncodedForm& form,
                                                               TokenError* error) const
{
    const TokenError invalid{401, QStringLiteral("invalid_client"),
                             QStringLiteral("The client credentials are invalid")};
    QString id = form.value(u"client_id");
    QString secret = form.value(u"client_secret");
    const auto basic = request.basicAuth();
    if (basic) {
        if (form.contains(u"client_secret")) {
            *error = TokenError{400, QStringLiteral("invalid_request"),
                                QStringLiteral("Use one client authentication method only")};
            return std::nullopt;
        }
        // RFC 6749 §2.3.1: the Basic user and password are form-encoded once more.
        const auto user = UrlEncodedForm::percentDecode(basic->first.toUtf8(), true);
        const auto password = UrlEncodedForm::percentDecode(basic->second.toUtf8(), true);
        if (!user || !password || !user->isValidUtf8() || !password->isValidUtf8()) {
            *error = invalid;
            return std::nullopt;
        }
        const QString basicId = QString::fromUtf8(*user);
        if (!id.isEmpty() && id != basicId) {
            *error = invalid;
            return std::nullopt;
        }
        id = basicId;
        secret = QString::fromUtf8(*password);
    }
    const auto it = m_clients.constFind(id);
    if (id.isEmpty() || secret.isEmpty() || it == m_clients.constEnd()
        || !sameSecret(secret, it->clientSecret)) {
        *error = invalid;
        return std::nullopt;
    }
    return *it;
}

QJsonObject SandboxServer::issue(const QString& grant, const SandboxClient& client,
                                 const QString& subjectType, const QString& subjectId,
                                 bool withRefresh, const QStringList& scopes, const QString& family)
{
    const QString access = crypto::Random::randomToken(32);
    m_access.insert(access, AccessToken{client.clientId, subjectType, subjectId,
                                        now().addSecs(m_accessLifetime), family, scopes, false});
    QJsonObject out{{QStringLiteral("access_token"), access},
                    {QStringLiteral("expires_in"), m_accessLifetime},
                    {QStringLiteral("restricted_to"), QJsonArray()},
                    {QStringLiteral("token_type"), QStringLiteral("bearer")}};
    if (withRefresh) {
        const QString refresh = crypto::Random::randomToken(64);
        m_refresh.insert(refresh, RefreshToken{client.clientId, subjectId, scopes,
                                               now().addSecs(kRefreshLifetimeSeconds), family});
        out.insert(QStringLiteral("refresh_token"), refresh);
    }
    Q_EMIT tokenIssued(grant, client.clientId, subjectType + QLatin1Char(':') + subjectId);
    return out;
}

void SandboxServer::revokeFamily(const QString& family)
{
    if (family.isEmpty())
        return;
    m_access.removeIf([&](const auto& it) { return it.value().family == family; });
    m_refresh.removeIf([&](const auto& it) { return it.value().family == family; });
}

void SandboxServer::token(const HttpServerRequest& request, const HttpResponder& responder)
{
    const std::optional<UrlEncodedForm> form = request.form();
    const QString grant = form ? form->value(u"grant_type") : QString();
    auto refuse = [&](const TokenError& error) {
        m_grantLog.append(grantName(grant) + QLatin1Char(' ') + error.error);
        qCInfo(lcSandbox).noquote()
            << "sandbox token request refused:" << grantName(grant) << error.error;
        sendOAuthError(responder, error);
    };
    if (!form || grant.isEmpty()) {
        refuse({400, QStringLiteral("invalid_request"),
                QStringLiteral("Invalid grant_type parameter or parameter missing")});
        return;
    }
    const QStringList duplicates = form->duplicateNames();
    if (!duplicates.isEmpty()) {
        refuse(
            {400, QStringLiteral("invalid_request"),
             QStringLiteral("The parameter %1 was given more than once").arg(duplicates.first())});
        return;
    }
    if (grant == QLatin1String("urn:ietf:params:oauth:grant-type:token-exchange")) {
        // Box downscopes without client authentication: the subject token is the credential.
        QJsonObject exchanged;
        if (std::optional<TokenError> e = grantTokenExchange(*form, exchanged)) {
            refuse(*e);
            return;
        }
        m_grantLog.append(QStringLiteral("token_exchange ok"));
        sendJson(responder, 200, exchanged,
                 {Field{"Cache-Control", "no-store"}, Field{"Pragma", "no-cache"}});
        return;
    }
    const bool known = grant == QLatin1String("authorization_code")
                       || grant == QLatin1String("refresh_token") || grant == kJwtGrant
                       || grant == QLatin1String("client_credentials")
                       || grant == QLatin1String("password");
    if (!known) {
        refuse({400, QStringLiteral("unsupported_grant_type"),
                QStringLiteral("Grant type is not supported")});
        return;
    }
    TokenError authError;
    const std::optional<SandboxClient> client = authenticateClient(request, *form, &authError);
    if (!client) {
        refuse(authError);
        return;
    }
    QJsonObject out;
    std::optional<TokenError> error;
    if (grant == QLatin1String("authorization_code"))
        error = grantCode(*form, *client, out);
    else if (grant == QLatin1String("refresh_token"))
        error = grantRefresh(*form, *client, out);
    else if (grant == kJwtGrant)
        error = grantJwt(*form, *client, out);
    else if (grant == QLatin1String("client_credentials"))
        error = grantClientCredentials(*form, *client, out);
    else
        error = grantPassword(*form, *client, out);
    if (error) {
        refuse(*error);
        return;
    }
    m_grantLog.append(grantName(grant) + QStringLiteral(" ok"));
    qCInfo(lcSandbox).noquote() << "sandbox issued a token:" << grantName(grant);
    sendJson(responder, 200, out, {{"Pragma", "no-cache"}});
}

std::optional<SandboxServer::TokenError>
SandboxServer::grantCode(const UrlEncodedForm& form, const SandboxClient& client, QJsonObject& out)
{
    const TokenError badCode{
        400, QStringLiteral("invalid_grant"),
        QStringLiteral("Auth code doesn't exist or is invalid for the client")};
    const QString code = form.value(u"code");
    auto it = m_codes.find(code);
    if (code.isEmpty() || it == m_codes.end() || it->clientId != client.clientId)
        return badCode;
    if (it->used) {
        // A replayed code: whatever it produced may be in the wrong hands (RFC 6749 §4.1.2).
        revokeFamily(it->family);
        return badCode;
    }
    it->used = true; // one attempt, whatever its outcome
    const AuthCode entry = *it;
    if (entry.expires < now())
        return TokenError{400, QStringLiteral("invalid_grant"),
                          QStringLiteral("The authorization code has expired")};
    if (entry.redirectUriGiven || form.contains(u"redirect_uri")) {
        if (form.value(u"redirect_uri") != entry.redirectUri)
            return TokenError{400, QStringLiteral("invalid_grant"),
                              QStringLiteral("The redirect_uri does not match the one used in "
                                             "the authorization request")};
    }
    if (!entry.challenge.isEmpty()) {
        const QString verifier = form.value(u"code_verifier");
        if (verifier.isEmpty())
            return TokenError{400, QStringLiteral("invalid_grant"),
                              QStringLiteral("A code_verifier is required")};
        const QByteArray bytes = verifier.toUtf8();
        if (!crypto::Pkce::isValidVerifier(bytes)
            || !sameSecret(crypto::Pkce::challengeS256(bytes), entry.challenge))
            return TokenError{400, QStringLiteral("invalid_grant"),
                              QStringLiteral("The code_verifier does not match the "
                                             "code_challenge")};
    }
    out = issue(QStringLiteral("authorization_code"), client, QStringLiteral("user"), entry.userId,
                true, entry.scopes, entry.family);
    return std::nullopt;
}

std::optional<SandboxServer::TokenError> SandboxServer::grantRefresh(const UrlEncodedForm& form,
                                                                     const SandboxClient& client,
                                                                     QJsonObject& out)
{
    const QString refresh = form.value(u"refresh_token");
    const auto it = m_refresh.constFind(refresh);
    if (refresh.isEmpty() || it == m_refresh.constEnd() || it->clientId != client.clientId
        || it->expires < now())
        return TokenError{400, QStringLiteral("invalid_grant"),
                          QStringLiteral("Invalid refresh token")};
    const RefreshToken entry = *it;
    m_refresh.erase(it); // single use: the old one dies now
    out = issue(QStringLiteral("refresh_token"), client, QStringLiteral("user"), entry.userId, true,
                entry.scopes, entry.family);
    return std::nullopt;
}

std::optional<SandboxServer::TokenError>
SandboxServer::grantJwt(const UrlEncodedForm& form, const SandboxClient& client, QJsonObject& out)
{
    auto invalidGrant = [](const QString& description) {
        return TokenError{400, QStringLiteral("invalid_grant"), description};
    };
    const QString assertion = form.value(u"assertion");
    if (assertion.isEmpty())
        return TokenError{400, QStringLiteral("invalid_request"),
                          QStringLiteral("Missing assertion parameter")};
    const Result<crypto::Jws::Parts> parts = crypto::Jws::parseCompact(assertion.toUtf8());
    if (!parts)
        return invalidGrant(QStringLiteral("Invalid JWT assertion"));
    const QString alg = parts->header.value(u"alg").toString();
    // Box signs and checks RS256, RS384 and RS512 only.
    if (alg != QLatin1String("RS256") && alg != QLatin1String("RS384")
        && alg != QLatin1String("RS512"))
        return invalidGrant(QStringLiteral("Please check the 'alg' header."));
    const QString kid = parts->header.value(u"kid").toString();
    if (kid.isEmpty() || !client.publicKeys.contains(kid))
        return invalidGrant(QStringLiteral("Please check the 'kid' claim. It must be the Public "
                                           "Key ID of a key added to this app."));
    const Result<crypto::RsaKey> key = crypto::RsaKey::fromPublicPem(client.publicKeys.value(kid));
    if (!key || !crypto::Jws::verify(*parts, *key, alg).ok())
        return invalidGrant(QStringLiteral("Signature verification error. The public key "
                                           "identified by 'kid' must correspond to the private "
                                           "key used for signing."));
    const QJsonObject& claims = parts->payload;
    if (claims.value(u"iss").toString() != client.clientId)
        return invalidGrant(QStringLiteral("Please check the 'iss' claim."));
    if (claims.value(u"aud") != QJsonValue(lit(JwtAudience)))
        return invalidGrant(QStringLiteral("Please check the 'aud' claim."));
    const QJsonValue exp = claims.value(u"exp");
    const qint64 nowSecs = now().toSecsSinceEpoch();
    if (!exp.isDouble() || exp.toDouble() <= static_cast<double>(nowSecs)
        || exp.toDouble() > static_cast<double>(nowSecs + kJwtMaxLifetimeSeconds))
        return invalidGrant(QStringLiteral("Please check the 'exp' claim."));
    const QJsonValue jtiValue = claims.value(u"jti");
    const QString jti = jtiValue.toString();
    if (!jtiValue.isString() || jti.size() < 16 || jti.size() > 128)
        return invalidGrant(QStringLiteral("Please check the 'jti' claim."));
    const QString jtiKey = client.clientId + QLatin1Char('\n') + jti;
    if (m_usedJti.contains(jtiKey))
        return invalidGrant(QStringLiteral("A unique 'jti' value is required."));
    m_usedJti.insert(jtiKey);
    const QString subType = claims.value(u"box_sub_type").toString();
    const QJsonValue subValue = claims.value(u"sub");
    const QString sub = subValue.isString() ? subValue.toString()
                        : subValue.isDouble()
                            ? QString::number(static_cast<qint64>(subValue.toDouble()))
                            : QString();
    QString enterprise;
    if (subType == QLatin1String("enterprise")) {
        if (!mayActIn(client, sub))
            return invalidGrant(QStringLiteral("Please check the 'sub' claim."));
        enterprise = sub;
    } else if (subType == QLatin1String("user")) {
        const auto user = m_users.constFind(sub);
        if (sub.isEmpty() || user == m_users.constEnd() || !mayActIn(client, user->enterpriseId))
            return invalidGrant(QStringLiteral("Please check the 'sub' claim."));
        enterprise = user->enterpriseId;
    } else {
        return invalidGrant(QStringLiteral("Please check the 'box_sub_type' claim."));
    }
    if (enterprise == client.enterpriseId && !client.authorized)
        return TokenError{400, QStringLiteral("unauthorized_client"),
                          QStringLiteral("This app is not authorized by the enterprise admin")};
    out = issue(QStringLiteral("jwt"), client, subType, sub, false, {}, {});
    return std::nullopt;
}

std::optional<SandboxServer::TokenError>
SandboxServer::grantClientCredentials(const UrlEncodedForm& form, const SandboxClient& client,
                                      QJsonObject& out)
{
    const QString type = form.value(u"box_subject_type");
    const QString id = form.value(u"box_subject_id");
    const TokenError badGrant{400, QStringLiteral("invalid_grant"),
                              QStringLiteral("Grant credentials are invalid")};
    QString enterprise;
    if (type == QLatin1String("enterprise")) {
        if (!mayActIn(client, id))
            return badGrant;
        enterprise = id;
    } else if (type == QLatin1String("user")) {
        const auto user = m_users.constFind(id);
        if (id.isEmpty() || user == m_users.constEnd() || !mayActIn(client, user->enterpriseId))
            return badGrant;
        enterprise = user->enterpriseId;
    } else {
        return TokenError{400, QStringLiteral("invalid_request"),
                          QStringLiteral("box_subject_type must be enterprise or user")};
    }
    if (enterprise == client.enterpriseId && !client.authorized)
        return TokenError{400, QStringLiteral("unauthorized_client"),
                          QStringLiteral("This app is not authorized by the enterprise admin")};
    out = issue(QStringLiteral("client_credentials"), client, type, id, false, {}, {});
    return std::nullopt;
}

std::optional<SandboxServer::TokenError> SandboxServer::grantPassword(const UrlEncodedForm& form,
                                                                      const SandboxClient& client,
                                                                      QJsonObject& out)
{
    const QString username = form.value(u"username");
    const QString password = form.value(u"password");
    for (const User& user : std::as_const(m_users)) {
        const bool nameMatches = user.login == username || user.id == username;
        if (!username.isEmpty() && nameMatches && !user.password.isEmpty()
            && sameSecret(password, user.password)) {
            out = issue(QStringLiteral("password"), client, QStringLiteral("user"), user.id, true,
                        form.value(u"scope").split(QLatin1Char(' '), Qt::SkipEmptyParts),
                        crypto::Random::randomToken(16));
            return std::nullopt;
        }
    }
    return TokenError{400, QStringLiteral("invalid_grant"),
                      QStringLiteral("Invalid user credentials")};
}

// ---- revoke ------------------------------------------------------------------------------------

void SandboxServer::revoke(const HttpServerRequest& request, const HttpResponder& responder)
{
    // RFC 7009 section 2.1: the client authenticates as it does at the token endpoint (RFC 6749
    // section 2.3: HTTP Basic or the form, never both), and, as there, no parameter may repeat.
    const QString method = request.basicAuth() ? QStringLiteral("basic") : QStringLiteral("body");
    auto refuse = [&](const TokenError& error) {
        m_revokeLog.append(method + QLatin1Char(' ') + error.error);
        sendOAuthError(responder, error);
    };
    const std::optional<UrlEncodedForm> form = request.form();
    if (!form) {
        refuse({400, QStringLiteral("invalid_request"),
                QStringLiteral("The request must be form-encoded")});
        return;
    }
    if (const QStringList duplicates = form->duplicateNames(); !duplicates.isEmpty()) {
        refuse(
            {400, QStringLiteral("invalid_request"),
             QStringLiteral("The parameter %1 was given more than once").arg(duplicates.first())});
        return;
    }
    TokenError authError;
    const std::optional<SandboxClient> client = authenticateClient(request, *form, &authError);
    if (!client) {
        refuse(authError);
        return;
    }
    const QString token = form->value(u"token");
    if (token.isEmpty()) {
        refuse({400, QStringLiteral("invalid_request"),
                QStringLiteral("The token parameter is required")});
        return;
    }
    ++m_revokes;
    m_revokeLog.append(method + QStringLiteral(" ok"));
    if (const auto r = m_refresh.constFind(token);
        r != m_refresh.constEnd() && r->clientId == client->clientId) {
        // The refresh token and every access token minted from it.
        revokeFamily(r->family);
        m_refresh.remove(token);
    } else if (const auto a = m_access.constFind(token);
               a != m_access.constEnd() && a->clientId == client->clientId) {
        m_access.remove(token);
    }
    HttpHeaderList headers = baseHeaders();
    headers.append(Field{"Content-Type", "application/json"});
    responder.respond(200, headers, {});
}

// ---- API ---------------------------------------------------------------------------------------

void SandboxServer::usersMe(const HttpServerRequest& request, const HttpResponder& responder)
{
    const std::optional<AccessToken> live = bearer(request, responder);
    if (!live)
        return;
    const AccessToken& access = *live;
    if (request.header("Box-Notifications").trimmed().compare("off", Qt::CaseInsensitive) == 0)
        ++m_notificationsOff;
    // An enterprise token acts as that enterprise's service account.
    QString userId = access.subjectType == QLatin1String("enterprise")
                         ? m_serviceAccounts.value(access.subjectId, lit(ServiceAccountId))
                         : access.subjectId;
    const QByteArray asUser = request.header("As-User").trimmed();
    if (!asUser.isEmpty()) {
        const bool mayImpersonate =
            access.subjectType == QLatin1String("enterprise") || m_users.value(userId).admin();
        if (!mayImpersonate) {
            sendApiError(responder, 403, QStringLiteral("access_denied_insufficient_permissions"),
                         QStringLiteral("Access denied - insufficient permission"));
            return;
        }
        const QString target = QString::fromLatin1(asUser);
        if (!m_users.contains(target)) {
            sendApiError(responder, 403, QStringLiteral("access_denied_insufficient_permissions"),
                         QStringLiteral("Access denied - insufficient permission"));
            return;
        }
        userId = target;
    }
    const User user = m_users.value(userId);
    QStringList fields;
    for (const QString& f : request.query.value(u"fields").split(QLatin1Char(',')))
        if (!f.trimmed().isEmpty())
            fields.append(f.trimmed());
    auto wanted = [&](const char* name) {
        return fields.isEmpty() || fields.contains(QLatin1String(name));
    };
    QJsonObject body{{QStringLiteral("type"), QStringLiteral("user")},
                     {QStringLiteral("id"), user.id}};
    if (wanted("name"))
        body.insert(QStringLiteral("name"), user.name);
    if (wanted("login"))
        body.insert(QStringLiteral("login"), user.login);
    // As Box: role and enterprise only when asked for (?fields=role,enterprise).
    if (fields.contains(QStringLiteral("role")))
        body.insert(QStringLiteral("role"), user.role);
    if (fields.contains(QStringLiteral("enterprise"))) {
        body.insert(
            QStringLiteral("enterprise"),
            QJsonObject{{QStringLiteral("type"), QStringLiteral("enterprise")},
                        {QStringLiteral("id"), user.enterpriseId},
                        {QStringLiteral("name"), m_enterpriseNames.value(user.enterpriseId)}});
    }
    sendJson(responder, 200, body);
}

// ---- developer console -------------------------------------------------------------------------

void SandboxServer::consolePage(const HttpServerRequest&, const HttpResponder& responder,
                                const QString& notice)
{
    QList<sandboxpages::ConsoleApp> apps;
    for (const SandboxClient& c : std::as_const(m_clients))
        apps.append(sandboxpages::ConsoleApp{
            c.name, c.clientId, c.redirectUris, c.publicKeys.keys(), c.authorized,
            c.enterpriseId.isEmpty() ? QString::fromLatin1(DefaultEnterpriseId) : c.enterpriseId});
    sendHtml(responder, 200, sandboxpages::console(apps, m_consoleToken, kConsolePath, notice));
}

void SandboxServer::consoleRegister(const HttpServerRequest& request,
                                    const HttpResponder& responder)
{
    const std::optional<UrlEncodedForm> form = request.form();
    if (!form || !sameSecret(form->value(u"console_token"), m_consoleToken)) {
        sendHtml(
            responder, 403,
            sandboxpages::error(QStringLiteral("access_denied"),
                                QStringLiteral("Reload the Developer Console and try again.")));
        return;
    }
    // The enterprise admin authorizes an app (Platform Apps Manager): its server-authentication
    // grants are refused until then, as Box refuses them.
    if (const QString clientId = form->value(u"authorize_client_id"); !clientId.isEmpty()) {
        const auto it = m_clients.constFind(clientId);
        if (it == m_clients.cend() || !authorizeInEnterprise(clientId, it->enterpriseId)) {
            consolePage(request, responder, QStringLiteral("There is no app with this client ID."));
            return;
        }
        consolePage(
            request, responder,
            QStringLiteral("Authorized %1 in enterprise %2.")
                .arg(m_clients.value(clientId).name, m_clients.value(clientId).enterpriseId));
        return;
    }
    // Add a Public Key to an app (the form under each app).
    if (const QString clientId = form->value(u"client_id"); !clientId.isEmpty()) {
        if (!m_clients.contains(clientId)) {
            consolePage(request, responder, QStringLiteral("There is no app with this client ID."));
            return;
        }
        QString error;
        const QString kid =
            addPublicKey(clientId, form->value(u"public_key").trimmed().toUtf8(), &error);
        consolePage(request, responder,
                    kid.isEmpty()
                        ? QStringLiteral("The public key could not be read: %1").arg(error)
                        : QStringLiteral("Added a public key to %1. Public Key ID: %2")
                              .arg(m_clients.value(clientId).name, kid));
        return;
    }
    const QString name = form->value(u"name").trimmed();
    const QString redirect = form->value(u"redirect_uri").trimmed();
    if (name.isEmpty() || (!redirect.isEmpty() && !QUrl(redirect, QUrl::StrictMode).isValid())) {
        consolePage(request, responder,
                    QStringLiteral("Give the app a name and a valid redirect URI."));
        return;
    }
    SandboxClient c;
    c.name = name.left(100);
    if (!redirect.isEmpty())
        c.redirectUris.append(redirect);
    // As in Box: a new app signs users in (OAuth 2.0) at once, but its server authentication
    // (JWT, client credentials) waits for the enterprise admin's authorization.
    c.authorized = false;
    c = registerClient(c);
    // The page is shown to the local admin only (loopback, no-store), as Box's console shows it.
    consolePage(request, responder,
                QStringLiteral("Created %1. Client ID: %2  Client Secret: %3")
                    .arg(c.name, c.clientId, c.clientSecret));
}

void SandboxServer::apiRegisterApp(const HttpServerRequest& request, const HttpResponder& responder)
{
    // JSON only: a cross-site page cannot send it without a CORS preflight the sandbox refuses.
    const QByteArray type = request.header("Content-Type");
    QJsonParseError perr{};
    const QJsonDocument doc = QJsonDocument::fromJson(request.body, &perr);
    if (!type.toLower().startsWith("application/json") || perr.error != QJsonParseError::NoError
        || !doc.isObject()) {
        sendApiError(responder, 400, QStringLiteral("bad_request"),
                     QStringLiteral("The body must be a JSON object"));
        return;
    }
    const QJsonObject o = doc.object();
    SandboxClient c;
    c.name = o.value(u"name").toString().trimmed().left(100);
    for (const QJsonValue& v : o.value(u"redirect_uris").toArray()) {
        const QString uri = v.toString();
        if (!QUrl(uri, QUrl::StrictMode).isValid() || uri.isEmpty()) {
            sendApiError(responder, 400, QStringLiteral("bad_request"),
                         QStringLiteral("Invalid redirect URI"));
            return;
        }
        c.redirectUris.append(uri);
    }
    c.authorized = o.value(u"authorized").toBool(true);
    if (c.name.isEmpty()) {
        sendApiError(responder, 400, QStringLiteral("bad_request"),
                     QStringLiteral("The app needs a name"));
        return;
    }
    c = registerClient(c);
    QJsonArray uris;
    for (const QString& uri : std::as_const(c.redirectUris))
        uris.append(uri);
    sendJson(responder, 201,
             {{QStringLiteral("client_id"), c.clientId},
              {QStringLiteral("client_secret"), c.clientSecret},
              {QStringLiteral("name"), c.name},
              {QStringLiteral("redirect_uris"), uris},
              {QStringLiteral("enterprise_id"), c.enterpriseId}});
}

void SandboxServer::apiAddKey(const HttpServerRequest& request, const HttpResponder& responder,
                              const QString& clientId)
{
    const QByteArray type = request.header("Content-Type");
    QJsonParseError perr{};
    const QJsonDocument doc = QJsonDocument::fromJson(request.body, &perr);
    if (!type.toLower().startsWith("application/json") || perr.error != QJsonParseError::NoError
        || !doc.isObject()) {
        sendApiError(responder, 400, QStringLiteral("bad_request"),
                     QStringLiteral("The body must be a JSON object"));
        return;
    }
    if (!m_clients.contains(clientId)) {
        sendApiError(responder, 404, QStringLiteral("not_found"),
                     QStringLiteral("There is no app with this client ID"));
        return;
    }
    const QByteArray pem = doc.object().value(u"public_key").toString().toUtf8();
    QString error;
    const QString kid = addPublicKey(clientId, pem, &error);
    if (kid.isEmpty()) {
        sendApiError(responder, 400, QStringLiteral("bad_request"),
                     QStringLiteral("The public key could not be read: %1").arg(error));
        return;
    }
    const Result<crypto::RsaKey> key = crypto::RsaKey::fromPublicPem(pem);
    sendJson(responder, 201,
             {{QStringLiteral("id"), kid},
              {QStringLiteral("fingerprint"), key ? key->fingerprintSha256().hex : QString()}});
}

void SandboxServer::apiAuthorizeInEnterprise(const HttpServerRequest& request,
                                             const HttpResponder& responder,
                                             const QString& clientId)
{
    const QJsonDocument doc = QJsonDocument::fromJson(request.body);
    const QString enterprise = doc.object().value(u"enterprise_id").toString().trimmed();
    const bool digits =
        !enterprise.isEmpty() && enterprise.size() <= 20
        && std::all_of(enterprise.cbegin(), enterprise.cend(), [](QChar c) { return c.isDigit(); });
    if (!request.header("Content-Type").toLower().startsWith("application/json") || !doc.isObject()
        || !digits) {
        sendApiError(responder, 400, QStringLiteral("bad_request"),
                     QStringLiteral("The body must be a JSON object with a numeric enterprise_id"));
        return;
    }
    if (!m_clients.contains(clientId)) {
        sendApiError(responder, 404, QStringLiteral("not_found"),
                     QStringLiteral("There is no app with this client ID"));
        return;
    }
    if (!m_enterpriseNames.contains(enterprise)) {
        const QString name = doc.object().value(u"name").toString().trimmed().left(100);
        addEnterprise(enterprise,
                      name.isEmpty() ? QStringLiteral("Enterprise %1").arg(enterprise) : name);
    }
    authorizeInEnterprise(clientId, enterprise);
    sendJson(responder, 201,
             {{QStringLiteral("client_id"), clientId},
              {QStringLiteral("enterprise_id"), enterprise},
              {QStringLiteral("service_account_id"), m_serviceAccounts.value(enterprise)}});
}

// ---- provider ----------------------------------------------------------------------------------

QJsonObject SandboxServer::providerJson() const
{
    const QString base = baseUrl().toString();
    const QString token = tokenUrl().toString();
    auto scope = [](const char* id, const char* description, bool recommended = false) {
        QJsonObject o{{QStringLiteral("id"), lit(id)},
                      {QStringLiteral("description"), lit(description)}};
        if (recommended)
            o.insert(QStringLiteral("recommended"), true);
        return o;
    };
    const QJsonArray subjects{QStringLiteral("enterprise"), QStringLiteral("user")};
    const QJsonObject oauth2{
        {QStringLiteral("authorize_url"), authorizeUrl().toString()},
        {QStringLiteral("token_url"), token},
        {QStringLiteral("revoke_url"), revokeUrl().toString()},
        {QStringLiteral("default_scopes"), QJsonArray{QStringLiteral("root_readwrite")}},
        {QStringLiteral("refresh_token_idle_days"), 60},
        {QStringLiteral("single_use_refresh_tokens"), true}};
    const QJsonObject jwt{
        {QStringLiteral("token_url"), token},
        {QStringLiteral("header"),
         QJsonObject{{QStringLiteral("kid"), QStringLiteral("{public_key_id}")}}},
        {QStringLiteral("claims"),
         QJsonObject{{QStringLiteral("iss"), QStringLiteral("{client_id}")},
                     {QStringLiteral("sub"), QStringLiteral("{subject_id}")},
                     {QStringLiteral("box_sub_type"), QStringLiteral("{subject_type}")},
                     {QStringLiteral("aud"), lit(JwtAudience)}}},
        {QStringLiteral("form"),
         QJsonObject{{QStringLiteral("client_id"), QStringLiteral("{client_id}")},
                     {QStringLiteral("client_secret"), QStringLiteral("{client_secret}")}}},
        {QStringLiteral("algorithms"),
         QJsonArray{QStringLiteral("RS256"), QStringLiteral("RS384"), QStringLiteral("RS512")}},
        {QStringLiteral("subject_types"), subjects},
        {QStringLiteral("key_format"), QStringLiteral("box-config")},
        {QStringLiteral("lifetime"), 30},
        {QStringLiteral("max_lifetime"), 60}};
    const QJsonObject clientCredentials{
        {QStringLiteral("token_url"), token},
        {QStringLiteral("form"),
         QJsonObject{{QStringLiteral("box_subject_type"), QStringLiteral("{subject_type}")},
                     {QStringLiteral("box_subject_id"), QStringLiteral("{subject_id}")}}},
        {QStringLiteral("subject_types"), subjects}};
    const QJsonObject password{
        {QStringLiteral("token_url"), token},
        {QStringLiteral("form"),
         QJsonObject{{QStringLiteral("client_id"), QStringLiteral("{client_id}")},
                     {QStringLiteral("client_secret"), QStringLiteral("{client_secret}")}}},
        {QStringLiteral("fields"),
         QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("username")},
                                {QStringLiteral("label"), QStringLiteral("Login")},
                                {QStringLiteral("placeholder"), lit(AdminLogin)}},
                    QJsonObject{{QStringLiteral("name"), QStringLiteral("password")},
                                {QStringLiteral("label"), QStringLiteral("Password")},
                                {QStringLiteral("secret"), true},
                                {QStringLiteral("help"),
                                 QStringLiteral("Exchanged once for tokens; AuthDeck does not "
                                                "keep it.")}}}}};
    return QJsonObject{
        {QStringLiteral("schema"), 1},
        {QStringLiteral("id"), QStringLiteral("sandbox")},
        {QStringLiteral("name"), QStringLiteral("Sandbox (Box-compatible)")},
        {QStringLiteral("category"), QStringLiteral("storage")},
        {QStringLiteral("description"),
         QStringLiteral("A Box-compatible server built into AuthDeck: try every sign-in flow "
                        "without a cloud account.")},
        {QStringLiteral("docs"), QString(base + kConsolePath)},
        {QStringLiteral("icon"), QStringLiteral("sandbox.svg")},
        {QStringLiteral("api_base"), apiBase().toString()},
        {QStringLiteral("scopes"),
         QJsonArray{scope("root_readwrite", "Read and write all files and folders", true),
                    scope("root_readonly", "Read all files and folders"),
                    scope("manage_managed_users", "Manage users"),
                    scope("manage_groups", "Manage groups"),
                    scope("manage_webhook", "Manage webhooks (recent files and activity)")}},
        {QStringLiteral("schemes"),
         QJsonObject{{QStringLiteral("oauth2"), oauth2},
                     {QStringLiteral("jwt"), jwt},
                     {QStringLiteral("client_credentials"), clientCredentials},
                     {QStringLiteral("password"), password}}},
        {QStringLiteral("verify"),
         QJsonObject{
             {QStringLiteral("url"),
              QStringLiteral("{api_base}/users/me?fields=id,name,login,enterprise")},
             {QStringLiteral("identity"),
              QJsonObject{
                  {QStringLiteral("id"), QStringLiteral("id")},
                  {QStringLiteral("name"), QStringLiteral("name")},
                  {QStringLiteral("login"), QStringLiteral("login")},
                  {QStringLiteral("enterprise_id"), QStringLiteral("enterprise.id")},
                  {QStringLiteral("enterprise_name"), QStringLiteral("enterprise.name")}}}}}};
}

} // namespace authdeck
