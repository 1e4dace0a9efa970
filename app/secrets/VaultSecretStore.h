#pragma once

#include "bundle/BundleFormat.h"
#include "secrets/SecretStore.h"

#include <QList>
#include <QMap>

#include <functional>
#include <optional>

namespace authdeck {

// The encrypted vault: a secret store in one passphrase-protected file (<profile>/vault.json) for
// machines with no keychain (headless servers). Chosen explicitly (--secret-store vault), never as
// a silent fallback. Same crypto as bundles (bundle/README.md): scrypt (N = 2^17, r = 8, p = 1,
// 16-byte salt) -> AES-256-GCM with a fresh 96-bit nonce on every save, the header (format,
// version, KDF settings, key check, nonce) bound as associated data. Written 0600, atomically,
// under a lock file so a GUI and CLI runs never lose each other's changes.
//
// The key is derived once, on a worker thread, at the first operation; operations arriving
// meanwhile wait for it. A wrong passphrase fails every operation with a message saying so.
class VaultSecretStore : public SecretStore {
    Q_OBJECT
public:
    VaultSecretStore(QString path, SecretBytes passphrase, QObject* parent = nullptr);
    ~VaultSecretStore() override;

    void read(const QString& key, QObject* context, ReadDone done) override;
    void write(const QString& key, const SecretBytes& value, QObject* context, Done done) override;
    void remove(const QString& key, QObject* context, Done done) override;
    void checkHealth(QObject* context, HealthDone done) override;
    [[nodiscard]] QString displayName() const override;

    static constexpr const char* FormatName = "authdeck-vault";

private:
    using Entries = QMap<QString, SecretBytes>;
    void withKey(std::function<void(Status)> then);
    Result<Entries> load() const;
    Status save(const Entries& entries) const;
    Status change(const std::function<void(Entries&)>& mutation);

    QString m_path;
    SecretBytes m_passphrase;
    std::optional<bundle::BundleFormat::Keys> m_keys;
    std::optional<Error> m_unlockError;
    bool m_deriving = false;
    QList<std::function<void(Status)>> m_waiting;
};

} // namespace authdeck
