#include "auth/TokenClient.h"

#include "core/Async.h"
#include "core/Log.h"
#include "crypto/Jws.h"
#include "crypto/Random.h"
#include "net/HttpClient.h"
#include "net/UrlPolicy.h"

#include <QDateTime>

namespace authdeck {

namespace {

void appendEscaped(QByteArray& out, QByteArrayView bytes)
{
    static const char hex[] = "0123456789ABCDEF";
    for (char c : bytes) {
        const auto u = static_cast<unsigned char>(c);
        const bool unreserved = (u >= 'A' && u <= 'Z') || (u >= 'a' && u <= 'z')
                                || (u >= '0' && u <= '9') || u == '-' || u == '.' || u == '_'
                                || u == '~';
        if (unreserved) {
            out.append(c);
        } else {
            out.append('%');
            out.append(hex[u >> 4]);
            out.append(hex[u & 0xf]);
        }
    }
}

} // namespace

TokenClient::TokenClient(HttpClient& http, QObject* parent)
    : QObject(parent)
    , m_http(http)
{}

SecretBytes TokenClient::encodeForm(const QList<std::pair<QByteArray, SecretBytes>>& form)
{
    // Room for the worst case up front: a QByteArray that grew would leave its old buffer, with
    // the secret in it, to the allocator.
    qsizetype size = 0;
    for (const auto& [name, value] : form)
        size += (name.size() + value.size()) * 3 + 2;
    QByteArray out;
    out.reserve(size);
    for (const auto& [name, value] : form) {
        if (!out.isEmpty())
            out.append('&');
        appendEscaped(out, name);
        out.append('=');
        appendEscaped(out, value.bytes());
    }
    return SecretBytes(std::move(out));
}

QByteArray TokenClient::basicAuthorization(const QString& clientId, const SecretBytes& secret)
{
    // RFC 6749 section 2.3.1: both parts form-encoded before they are joined and base64-encoded.
    QByteArray pair;
    pair.reserve((clientId.size() * 3 + secret.size()) * 3 + 1); // never reallocated
    appendEscaped(pair, clientId.toUtf8());
    pair.append(':');
    appendEscaped(pair, secret.bytes());
    QByteArray header = "Basic " + pair.toBase64();
    wipe(pair);
    return header;
}

Result<QByteArray> TokenClient::clientAssertion(const QString& clientId,
                                                const ClientAssertionKey& key, QString* jti)
{
    if (key.privateKeyPem.isEmpty())
        return fail(ErrorKind::Usage,
                    tr("The app authenticates with a private key (private_key_jwt), but none is "
                       "stored: add it with --private-key-file."));
    if (!key.audience.isValid() || key.audience.isEmpty())
        return fail(ErrorKind::Other, tr("The client assertion has no audience."));
    Result<crypto::RsaKey> rsa = crypto::RsaKey::fromPem(key.privateKeyPem, SecretBytes());
    if (!rsa.ok()) {
        Error e = rsa.error();
        e.message = tr("The app's private key cannot be used: %1").arg(e.message);
        return e;
    }
    QJsonObject header;
    if (!key.keyId.isEmpty())
        header.insert(QStringLiteral("kid"), key.keyId);
    if (!key.x5tS256.isEmpty())
        header.insert(QStringLiteral("x5t#S256"), key.x5tS256);
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const QString id = crypto::Random::randomToken(32);
    const QJsonObject claims{
        {QStringLiteral("iss"), clientId},
        {QStringLiteral("sub"), clientId},
        {QStringLiteral("aud"), key.audience.toString(QUrl::FullyEncoded)},
        {QStringLiteral("jti"), id},
        {QStringLiteral("iat"), now},
        {QStringLiteral("nbf"), now},
        {QStringLiteral("exp"), now + std::max(30, key.lifetimeSeconds)},
    };
    if (jti)
        *jti = id;
    return crypto::Jws::signCompact(
        header, claims, *rsa, key.algorithm.isEmpty() ? QStringLiteral("RS256") : key.algorithm);
}

Result<HttpRequest> TokenClient::prepare(const TokenRequest& req)
{
    QList<std::pair<QByteArray, SecretBytes>> form = req.form;
    HttpRequest http;
    http.method = "POST";
    http.url = req.tokenUrl;
    http.deadlineMs = req.deadlineMs;
    http.allowedOrigins = req.allowedOrigins;
    http.headers.append({QByteArrayLiteral("Content-Type"),
                         QByteArrayLiteral("application/x-www-form-urlencoded")});
    http.headers.append({QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json")});
    if (req.clientAuth == ClientAuth::PrivateKeyJwt) {
        Result<QByteArray> assertion = clientAssertion(req.clientId, req.assertion);
        if (!assertion.ok())
            return assertion.error();
        form.append({QByteArrayLiteral("client_id"), SecretBytes(req.clientId.toUtf8())});
        form.append({QByteArrayLiteral("client_assertion_type"),
                     SecretBytes(QByteArrayLiteral(
                         "urn:ietf:params:oauth:client-assertion-type:jwt-bearer"))});
        form.append({QByteArrayLiteral("client_assertion"), SecretBytes(std::move(*assertion))});
    } else if (req.clientAuth == ClientAuth::None) {
        if (!req.clientId.isEmpty())
            form.append({QByteArrayLiteral("client_id"), SecretBytes(req.clientId.toUtf8())});
    } else if (req.clientAuth == ClientAuth::Basic && !req.clientSecret.isEmpty()) {
        http.headers.append({QByteArrayLiteral("Authorization"),
                             basicAuthorization(req.clientId, req.clientSecret)});
    } else {
        if (!req.clientId.isEmpty())
            form.append({QByteArrayLiteral("client_id"), SecretBytes(req.clientId.toUtf8())});
        if (!req.clientSecret.isEmpty())
            form.append({QByteArrayLiteral("client_secret"), req.clientSecret});
    }
    // Never a QByteArray body: its buffer would be shared by the request's copies and Qt's,
    // and outlive every wipe.
    http.secretBody = encodeForm(form);
    return http;
}

void TokenClient::request(const TokenRequest& req, QObject* context, Done done)
{
    requestDetailed(req, context,
                    [done = std::move(done)](Result<TokenResult> r, const TokenReplyInfo&) {
                        done(std::move(r));
                    });
}

void TokenClient::requestDetailed(const TokenRequest& req, QObject* context, DetailedDone done)
{
    auto reply = guarded(context, std::move(done));
    if (Status s = UrlPolicy::checkEndpoint(req.tokenUrl, tr("token URL")); !s.ok()) {
        postLater(this, [reply, e = s.error()] { reply(e, TokenReplyInfo()); });
        return;
    }
    Result<HttpRequest> prepared = prepare(req);
    if (!prepared.ok()) {
        postLater(this, [reply, e = prepared.error()] { reply(e, TokenReplyInfo()); });
        return;
    }
    HttpRequest http = std::move(prepared).value();
    const QString host = req.tokenUrl.host();
    qCDebug(lcAuth) << "token request to" << host << req.tokenUrl.path();
    // What a refusal means depends on the grant (an invalid_grant on a refresh: sign in again).
    QString grantType;
    for (const auto& [name, value] : req.form) {
        if (name == "grant_type")
            grantType = value.toString();
    }

    HttpClient::RetryPolicy policy;
    policy.maxAttempts = std::max(1, req.maxAttempts);
    policy.onlyUnprocessed = true;
    policy.maxDelaySeconds = 30;
    auto onAnswer = [reply, host, grantType](Result<HttpResponse> r) {
        if (!r.ok()) {
            reply(r.error(), TokenReplyInfo());
            return;
        }
        TokenReplyInfo info;
        info.httpStatus = r->status;
        info.serverDate = r->date();
        info.retryAfterSeconds = r->retryAfterSeconds();
        Result<TokenResponse> parsed = TokenResponseParser::parse(
            r->status, r->header("Content-Type"), r->body, host, grantType);
        if (!parsed.ok()) {
            Error e = parsed.error();
            e.httpStatus = r->status;
            if (info.retryAfterSeconds)
                e.retryAfterSeconds = int(*info.retryAfterSeconds);
            reply(e, info);
            return;
        }
        TokenResult result;
        result.token = std::move(parsed).value();
        result.serverDate = info.serverDate;
        reply(result, info);
    };
    m_http.sendWithRetry(http, policy, this, onAnswer);
}

void TokenClient::revoke(const TokenRequest& req, QObject* context,
                         std::function<void(Status)> done)
{
    auto reply = guarded(context, std::move(done));
    if (Status s = UrlPolicy::checkEndpoint(req.tokenUrl, tr("revocation URL")); !s.ok()) {
        postLater(this, [reply, s] { reply(s); });
        return;
    }
    Result<HttpRequest> prepared = prepare(req);
    if (!prepared.ok()) {
        postLater(this, [reply, e = prepared.error()] { reply(e); });
        return;
    }
    HttpRequest http = std::move(prepared).value();
    const QString host = req.tokenUrl.host();
    HttpClient::RetryPolicy policy;
    policy.maxAttempts = std::max(1, req.maxAttempts);
    policy.onlyUnprocessed = true;
    policy.maxDelaySeconds = 30;
    m_http.sendWithRetry(http, policy, this, [reply, host](Result<HttpResponse> r) {
        if (!r.ok()) {
            reply(r.error());
            return;
        }
        if (r->status == 200) {
            reply({});
            return;
        }
        if (std::optional<TokenResponseParser::OAuthError> oe =
                TokenResponseParser::parseError(r->body)) {
            Error e = TokenResponseParser::classify(*oe, r->status, host);
            if (r->status == 429 || r->status >= 500)
                e.kind = ErrorKind::Network;
            reply(e);
            return;
        }
        Error e =
            fail(r->status >= 500 || r->status == 429 ? ErrorKind::Network : ErrorKind::Rejected,
                 tr("%1 did not confirm the revocation (HTTP %2).").arg(host).arg(r->status));
        e.httpStatus = r->status;
        reply(e);
    });
}

} // namespace authdeck
