#pragma once

#include "auth/ClientAuthentication.h"

#include <functional>

namespace authdeck {

class HttpClient;

// Token revocation (RFC 7009), the one place its request is built: the token (the refresh token
// when there is one, which revokes its access tokens too; else the access token) with its
// token_type_hint, the client authenticating as at the token endpoint (section 2.1), sent only
// to the app's pinned origins.
struct RevocationTarget {
    QUrl revokeUrl;
    QUrl tokenUrl; // a private_key_jwt assertion's aud
    QStringList allowedOrigins;
    const Provider* provider = nullptr;
    AppRegistration app;
    SecretRecord appSecrets;
};

[[nodiscard]] TokenRequest revocationRequest(const RevocationTarget& target,
                                             const SecretBytes& token, bool isRefreshToken);

// Revokes the tokens of a connection that did not complete, so they do not stay valid upstream.
// Failures are only logged; then() runs once the attempt is over (at most 10 s when given).
void revokeQuietly(HttpClient& http, QObject* owner, const RevocationTarget& target,
                   const TokenResult& tokens, std::function<void()> then = {});

} // namespace authdeck
