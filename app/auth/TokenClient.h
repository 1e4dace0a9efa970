#pragma once

#include "auth/TokenResponse.h"
#include "core/Result.h"
#include "core/SecretBytes.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QStringList>
#include <QUrl>

#include <functional>
#include <optional>
#include <utility>

namespace authdeck {

class HttpClient;
struct HttpRequest;

// How a request authenticates the client: client_id and client_secret in the form
// (client_secret_post), HTTP Basic (client_secret_basic), a signed assertion (private_key_jwt,
// RFC 7523 section 2.2 and OpenID Connect Core section 9), or client_id alone (a public client).
enum class ClientAuth { Body, Basic, PrivateKeyJwt, None };

// The key a private_key_jwt assertion is signed with, and what names it. Every request gets a
// fresh assertion (new jti, iat = nbf = now, exp a few minutes later); iss = sub = client_id.
struct ClientAssertionKey {
    SecretBytes privateKeyPem; // clear PKCS#8 or PKCS#1, from the keychain
    QString keyId;             // kid; empty: none sent
    QString x5tS256;           // x5t#S256 of the certificate (Microsoft Entra ID); empty: none
    QString algorithm = QStringLiteral("RS256"); // or PS256
    QUrl audience; // aud: the token endpoint, also for revocation and device requests
    int lifetimeSeconds = 300;
};

// One request to a token endpoint (RFC 6749 section 4): the grant's form fields plus client
// authentication.
struct TokenRequest {
    QUrl tokenUrl;
    QList<std::pair<QByteArray, SecretBytes>> form; // grant_type, code, refresh_token, ...
    QString clientId;
    SecretBytes clientSecret; // empty for public clients
    ClientAuth clientAuth = ClientAuth::Body;
    ClientAssertionKey assertion; // for ClientAuth::PrivateKeyJwt
    // 429 and 503 answers (the request was not processed) are retried after Retry-After; other
    // failures never are, so a single-use code or refresh token is never spent twice.
    int maxAttempts = 3;
    int deadlineMs = 0; // 0: the HttpClient default (30 s unless the admin changed it)
    // The origins the app pinned (AppService::resolveForUse): the request goes nowhere else.
    QStringList allowedOrigins;
};

struct TokenResult {
    TokenResponse token;
    QDateTime serverDate; // the token server's Date header (clock-skew handling); may be invalid
    int attempts = 1;
};

// What the token server's answer said beside its body, for failures too: the JWT minter re-signs
// with the server's Date after a clock-skew refusal and waits Retry-After itself.
struct TokenReplyInfo {
    int httpStatus = 0;   // 0: no answer (transport failure)
    QDateTime serverDate; // invalid when absent or malformed
    std::optional<qint64> retryAfterSeconds;
};

// Sends token requests on the engine's HttpClient and reads the answers with
// TokenResponseParser. Every grant AuthDeck uses goes through here: authorization code, refresh,
// JWT bearer, client credentials, password.
//
//   caller --TokenRequest--> TokenClient --POST form--> token endpoint
//          <--TokenResult--              <--JSON (or form), any Content-Type--
class TokenClient : public QObject {
    Q_OBJECT
public:
    explicit TokenClient(HttpClient& http, QObject* parent = nullptr);

    using Done = std::function<void(Result<TokenResult>)>;
    void request(const TokenRequest& request, QObject* context, Done done);
    // The same, with the answer's status, Date and Retry-After whether it succeeded or not.
    using DetailedDone = std::function<void(Result<TokenResult>, TokenReplyInfo)>;
    void requestDetailed(const TokenRequest& request, QObject* context, DetailedDone done);

    // RFC 7009 revocation: the request's form carries token and token_type_hint. HTTP 200 is
    // success, also for a token that was already dead; 429/503 are retried after Retry-After.
    void revoke(const TokenRequest& request, QObject* context, std::function<void(Status)> done);

    // application/x-www-form-urlencoded, every byte but RFC 3986 unreserved characters escaped.
    [[nodiscard]] static SecretBytes
    encodeForm(const QList<std::pair<QByteArray, SecretBytes>>& form);
    [[nodiscard]] static QByteArray basicAuthorization(const QString& clientId,
                                                       const SecretBytes& secret);
    // A private_key_jwt client assertion (compact JWS) for clientId; its jti is returned too.
    [[nodiscard]] static Result<QByteArray>
    clientAssertion(const QString& clientId, const ClientAssertionKey& key, QString* jti = nullptr);
    // The request as it goes out (form, headers, client authentication), for the device
    // authorization endpoint too.
    [[nodiscard]] static Result<HttpRequest> prepare(const TokenRequest& request);

    HttpClient& m_http;
};

} // namespace authdeck
