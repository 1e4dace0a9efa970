#pragma once

#include "accounts/Account.h"
#include "accounts/AccountLock.h"
#include "accounts/AppRegistration.h"
#include "auth/IdentityCall.h"
#include "auth/TokenClient.h"
#include "core/Result.h"
#include "secrets/SecretRecord.h"

#include <QHash>
#include <QObject>

#include <functional>

namespace authdeck {

class AccountService;
class AppService;
class HttpClient;
class ProfileStore;
class ProviderCatalog;

struct AccessToken {
    SecretBytes token;
    QDateTime expires; // UTC; invalid when unknown
    bool renewed = false;
};

struct DisconnectReport {
    bool revoked = false;  // the provider confirmed the revocation
    bool revocable = true; // false: the provider offers no revocation endpoint
    QString revokeProblem; // why revocation failed (when removed anyway)
};

// The token lifecycle of every account: hands out valid access tokens, refreshing (OAuth 2.0,
// exchanged passwords) or minting again (JWT, client credentials) first when they are about to
// expire; verifies identities; revokes on disconnect.
//
//   token(account) --lock account (cross-process)--> re-read keychain --still valid? -> done
//                                                       |  no: refresh_token grant / mint
//                                                       v
//                     new refresh token into the keychain FIRST, then metadata, then unlock
//
// A single-use refresh token (Box) is therefore never sent twice, by this process or another
// sharing the profile; an invalid_grant marks the account "needs sign-in again" in plain words.
class TokenService : public QObject {
    Q_OBJECT
public:
    // Mints a new token for server authentication (JWT bearer, client credentials).
    using Minter = std::function<void(const Account& account, const AppRegistration& app,
                                      const SecretRecord& appSecrets, QObject* context,
                                      std::function<void(Result<TokenResult>)> done)>;

    // What the token lifecycle works with, each owned by the Engine and outliving this service.
    struct Collaborators {
        ProviderCatalog& catalog;
        ProfileStore& store;
        AppService& apps;
        AccountService& accounts;
        HttpClient& http;
    };

    explicit TokenService(const Collaborators& with, QObject* parent = nullptr);

    // The organization's policy for an account and its app registration, asked before a token
    // is handed out, renewed or tested (ProviderCatalog::mayUse).
    [[nodiscard]] Status mayUse(const Account& account) const;

    void setMinter(Scheme scheme, Minter minter);

    using TokenDone = std::function<void(Result<AccessToken>)>;
    // A valid access token: the stored one while it has more than RefreshMarginSeconds left,
    // else a renewed one.
    void token(const QString& accountId, QObject* context, TokenDone done);
    // Renews now (refresh, or mint again), whatever the expiry.
    void refresh(const QString& accountId, QObject* context, TokenDone done);
    // A real verification call; updates the account's identity and status.
    void test(const QString& accountId, const ApiCallOptions& options, QObject* context,
              std::function<void(Result<Identity>)> done);
    // Revokes upstream where the provider can (RFC 7009), then deletes secrets and metadata. When
    // revocation fails the account stays, unless removeAnyway is set.
    void disconnect(const QString& accountId, bool removeAnyway, QObject* context,
                    std::function<void(Result<DisconnectReport>)> done);

    // The keychain record after a token response: the new tokens, keeping a refresh token the
    // server did not replace.
    [[nodiscard]] static SecretRecord recordFor(const TokenResponse& response,
                                                const SecretRecord& previous);
    // Template variables for an account's API calls: the app's resolved endpoints and the
    // account's own parameters (host, instance_url, ...).
    // Refused when the app (or an account without one) is held: its endpoints changed.
    [[nodiscard]] Result<QHash<QString, QString>>
    variablesFor(const Account& account, QStringList* allowedOrigins = nullptr);
    // The origins requests with the account's secrets may go to, or the "held" refusal (exit 6).
    [[nodiscard]] Result<QStringList> allowedOriginsFor(const Account& account);

    static constexpr int RefreshMarginSeconds = 120;
    static constexpr int LockTimeoutMs = 60000;

Q_SIGNALS:
    void accountChanged(const QString& accountId);

private:
    void renew(const QString& accountId, bool force, QObject* context, TokenDone done);
    void renewLocked(const Account& account, bool force, AccountLock::Handle lock, TokenDone done);
    // With both records read: mint, refresh or exchange, then save.
    void renewWithApp(const Account& account, const SecretRecord& previous,
                      const AppRegistration& reg, const SecretRecord& appSecrets,
                      AccountLock::Handle lock, TokenDone done);
    [[nodiscard]] Error appRemoved(const Account& account) const;
    [[nodiscard]] Error lockLost() const;
    void refused(const Account& account, const SecretRecord& previous, const Error& why,
                 TokenDone done);
    void saveRenewed(const Account& account, const SecretRecord& previous,
                     const TokenResult& result, AccountLock::Handle lock, TokenDone done);
    void refreshPasswordAccount(const Account& account, const SecretRecord& previous,
                                const AppRegistration& app, const SecretRecord& appSecrets,
                                AccountLock::Handle lock, TokenDone done);
    void testWithoutToken(const Account& account, std::function<void(Result<Identity>)> reply);
    void markNeedsSignIn(const QString& accountId, const Error& why);
    Result<QStringList> checkAccountPins(const Account& account, const Provider& provider,
                                         const QHash<QString, QString>& vars);

    Collaborators m_with;
    TokenClient* m_tokens = nullptr;
    QHash<int, Minter> m_minters; // by Scheme
};

} // namespace authdeck
