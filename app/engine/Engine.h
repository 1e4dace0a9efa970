#pragma once

#include "core/Profile.h"
#include "core/Result.h"
#include "core/SecretBytes.h"

#include <QObject>
#include <QString>

#include <functional>
#include <memory>

namespace authdeck {

class KeychainSecretStore;

struct Account;
class AccountService;
class AppService;
class HttpClient;
class TokenService;
namespace serverauth {
class Minters;
}
class ProfileStore;
class ProviderCatalog;
class SandboxSession;
class SecretStore;
struct AppSettings;

enum class SecretStoreKind { Keychain, Vault, Memory };

struct EngineOptions {
    QString profileDir; // empty: the platform's default profile
    SecretStoreKind store = SecretStoreKind::Keychain;
    int keychainTimeoutMs = 30000;
    SecretBytes vaultPassphrase; // Vault: unlocks <profile>/vault.json
};

// Owns the services both faces use: the GUI and the CLI construct one Engine each and never do
// HTTP, crypto or keychain work themselves.
//
//   authdeck / authdeck-cli --> Engine --+--> ProviderCatalog  (resources + <profile>/providers)
//                                        +--> ProfileStore     (<profile>/profile.json, locked)
//                                        +--> SecretStore      (the profile database, its key in
//                                                               the OS keychain or a vault)
//                                        +--> AppService, AccountService
//                                        +--> HttpClient       (the one network access manager)
//                                        +--> TokenService     (refresh, mint, verify, revoke)
class Engine : public QObject {
    Q_OBJECT
public:
    ~Engine() override;

    // Opens the profile and loads the catalog. Touches neither the network nor the keychain.
    static Result<std::unique_ptr<Engine>> create(const EngineOptions& options,
                                                  QObject* parent = nullptr);

    [[nodiscard]] const Profile& profile() const { return m_profile; }
    [[nodiscard]] ProviderCatalog& catalog() { return *m_catalog; }
    [[nodiscard]] ProfileStore& store() { return *m_store; }
    [[nodiscard]] SecretStore& secrets() { return *m_secrets; }
    [[nodiscard]] AppService& apps() { return *m_apps; }
    [[nodiscard]] AccountService& accounts() { return *m_accounts; }
    [[nodiscard]] HttpClient& http() { return *m_http; }
    [[nodiscard]] TokenService& tokens() { return *m_tokens; }
    // The server-authentication minters (JWT, client credentials) and what they share.
    [[nodiscard]] serverauth::Minters& minters() { return *m_minters; }
    // The embedded sandbox (--sandbox), once started; null otherwise.
    [[nodiscard]] SandboxSession* sandbox() const { return m_sandbox; }
    // Starts the sandbox, adds its provider and ensures the "Sandbox app" registration.
    void startSandbox(QObject* context, std::function<void(Status)> done);

    // The organization's policy for an account and its app registration, as every face asks it
    // before a token is handed out, renewed or tested (ProviderCatalog::mayUse).
    [[nodiscard]] Status mayUse(const Account& account) const;
    // The admin's preferences onto the HttpClient; trusted certificates that will be ignored are
    // logged, one warning each.
    void applySettings(const AppSettings& settings);
    // Why a certificate trusted for host:port is not honoured (CertificateTrustPolicy, against
    // the catalog and the profile's app registrations as they are now); empty when it is.
    [[nodiscard]] QString certificateTrustRefusal(const QString& host, quint16 port) const;
    // One line per trusted-certificate entry of `settings` that is ignored, and why.
    [[nodiscard]] QStringList certificateTrustWarnings(const AppSettings& settings) const;

    // The keychain service name and the prefix of every key this profile owns.
    [[nodiscard]] static QString keychainService() { return QStringLiteral("AuthDeck"); }
    [[nodiscard]] QString secretKeyPrefix() const;
    // The profile's one keychain entry: the key its database's secrets are sealed under.
    // For a team profile, the team's key instead (the same entry name ends in "team-key").
    [[nodiscard]] QString profileKeyEntry() const;
    // Where a team's key is kept on this machine (profileKeyEntry() once the profile is bound).
    [[nodiscard]] QString teamKeyEntry() const;
    // A team profile's database password, when one was given (else libpq's ~/.pgpass).
    [[nodiscard]] QString teamPasswordEntry() const;
    // The OS keychain itself (null with the vault or the in-memory store).
    [[nodiscard]] KeychainSecretStore* keychain() const { return m_keychain; }

    // What both faces run before anything else: moves a profile from before the database into
    // it (ProfileMigration). Answers at once when there is nothing to do.
    void prepare(QObject* context, std::function<void(Status)> done);
    // The vault passphrase, for reading a vault file from before the database (migration).
    [[nodiscard]] const SecretBytes& vaultPassphrase() const { return m_vaultPassphrase; }

private:
    explicit Engine(const Profile& profile, QObject* parent);

    Profile m_profile;
    ProviderCatalog* m_catalog = nullptr;
    ProfileStore* m_store = nullptr;
    SecretStore* m_secrets = nullptr;
    AppService* m_apps = nullptr;
    AccountService* m_accounts = nullptr;
    HttpClient* m_http = nullptr;
    TokenService* m_tokens = nullptr;
    serverauth::Minters* m_minters = nullptr;
    SandboxSession* m_sandbox = nullptr;
    KeychainSecretStore* m_keychain = nullptr;
    SecretBytes m_vaultPassphrase;
};

} // namespace authdeck
