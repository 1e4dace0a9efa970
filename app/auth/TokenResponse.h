#pragma once

#include "core/Result.h"
#include "core/SecretBytes.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace authdeck {

// A token endpoint's successful answer (RFC 6749 section 5.1).
struct TokenResponse {
    SecretBytes accessToken;
    SecretBytes refreshToken; // empty when none was issued
    QString tokenType;
    qint64 expiresIn = -1; // seconds; -1 when the server did not say
    QString scope;         // as granted, when the server says (Box never does)
    QJsonObject extra;     // other members without the secrets (instance_url, restricted_to ...)
};

// Reads what a token endpoint sent back, whatever its Content-Type claims (Qt 6.4 drops answers
// whose Content-Type it does not know, and some servers label JSON text/plain): JSON first, then
// form encoding. Errors follow RFC 6749 section 5.2 and are classified into plain causes:
//   400/401 with an OAuth error  -> ErrorKind::Rejected (exit 3), with the provider's words
//   429, 5xx                     -> ErrorKind::Network  (exit 4): rate limited, provider outage
//   HTML, empty, not an object, no access_token or token_type -> ErrorKind::Network (unusable)
class TokenResponseParser {
public:
    static constexpr qsizetype MaxBodyBytes = 1024 * 1024;
    static constexpr int MaxJsonDepth = 32;

    // host names the server in messages; grantType is the request's grant_type (it decides what
    // an error means, see classify()).
    [[nodiscard]] static Result<TokenResponse> parse(int httpStatus, const QByteArray& contentType,
                                                     const QByteArray& body, const QString& host,
                                                     const QString& grantType = {});

    // The error members of an OAuth error body, if the body is one.
    struct OAuthError {
        QString error;
        QString description;
        QString uri;
    };
    [[nodiscard]] static std::optional<OAuthError> parseError(const QByteArray& body);

    // Turns an OAuth error (from a token endpoint or a redirect) into an Error in plain words,
    // the provider's own words kept in providerWords without control characters. grantType is
    // the grant_type of the token request that failed, if any: invalid_grant on refresh_token
    // always means the sign-in is gone (RFC 6749 section 5.2: the refresh token is invalid,
    // expired or revoked), whatever the description says.
    [[nodiscard]] static Error classify(const OAuthError& e, int httpStatus, const QString& host,
                                        const QString& grantType = {});
};

} // namespace authdeck
