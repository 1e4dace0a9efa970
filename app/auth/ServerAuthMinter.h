#pragma once

#include "accounts/TokenService.h"

#include <memory>

namespace authdeck {

class AppService;
class HttpClient;
class ProviderCatalog;
class TokenClient;

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

class KeyCache;

// Owns what every minter shares: one token client and the cache of parsed private keys. Made by
// the Engine with the catalog, the app registry and the HTTP client it is given; the minters it
// hands out (to TokenService and ServerConnect) must not outlive it.
class Minters : public QObject {
    Q_OBJECT
public:
    Minters(const ProviderCatalog& catalog, AppService& apps, HttpClient& http,
            QObject* parent = nullptr);
    ~Minters() override;

    [[nodiscard]] TokenService::Minter jwt();
    [[nodiscard]] TokenService::Minter clientCredentials();
    // The minter of a server scheme (Jwt, ClientCredentials); an empty function for the others.
    [[nodiscard]] TokenService::Minter forScheme(Scheme scheme);
    // How often a JWT mint used the cached private key instead of parsing the PEM again (the
    // cache is per app, checked against the stored PEM and dropped when apps change).
    [[nodiscard]] int cachedKeyHits() const;

private:
    const ProviderCatalog& m_catalog;
    AppService& m_apps;
    TokenClient* m_client = nullptr;
    std::unique_ptr<KeyCache> m_keys;
};

} // namespace serverauth
} // namespace authdeck
