#pragma once

#include "accounts/TokenService.h"

namespace authdeck {

class Engine;

// The minters of server authentication, registered with TokenService by the Engine and used by
// ServerConnect for the first token of a new account: there is no refresh token, a new token is
// minted from the app's own credentials each time.
//
// JWT bearer (RFC 7523):
//   JwtAssertion(now, new jti) --POST grant_type=urn:ietf:params:oauth:grant-type:jwt-bearer,
//                                assertion, client_id, client_secret, + the scheme's form-->
//     invalid_grant naming exp/jti  -> once: re-sign with the server's Date as now, new jti
//     429 / 5xx                     -> wait Retry-After (or back off), re-sign, new jti
//   at most MaxAttempts requests in all.
// Client credentials: grant_type=client_credentials, client_id, client_secret and the scheme's
// form (Box: box_subject_type, box_subject_id from the account's subject).
namespace serverauth {

inline constexpr int MaxAttempts = 5;
inline constexpr int MaxRetryDelaySeconds = 30;

[[nodiscard]] TokenService::Minter jwtMinter(Engine& engine);
[[nodiscard]] TokenService::Minter clientCredentialsMinter(Engine& engine);
// How often a JWT mint used the engine's cached private key instead of parsing the PEM again (the
// cache is per app, checked against the stored PEM and dropped when apps change).
[[nodiscard]] int cachedKeyHits(Engine& engine);
// The minter of a server scheme (Jwt, ClientCredentials); an empty function for the others.
[[nodiscard]] TokenService::Minter minterFor(Engine& engine, Scheme scheme);

} // namespace serverauth
} // namespace authdeck
