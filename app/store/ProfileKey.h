#pragma once

#include "core/Result.h"
#include "core/SecretBytes.h"
#include "secrets/SecretStore.h"

#include <QObject>
#include <QString>

#include <functional>
#include <memory>

namespace authdeck {

class KeychainSecretStore;
class ProfileDatabase;

// Where a profile's 256-bit key comes from: the OS keychain (one entry per profile, named
// "authdeck:<profile id>:profile-key"), or a passphrase through scrypt (the vault). Asked once
// per process; the key never touches the profile folder.
class ProfileKey : public QObject {
    Q_OBJECT
public:
    using KeyDone = std::function<void(Result<SecretBytes>)>;
    using QObject::QObject;

    // The key. create: the database has no key check yet (a new profile), so one is made where
    // none exists; without it a missing key is an error (Keychain: exit 5).
    virtual void obtain(ProfileDatabase& db, bool create, QObject* context, KeyDone done) = 0;
    // Takes back a key obtain() just created (a first use that then failed).
    virtual void discardCreated(QObject* context, SecretStore::Done done) = 0;
    // Deletes the key for good (a throwaway profile being removed); its database is then lost.
    virtual void erase(QObject* context, SecretStore::Done done) = 0;
    virtual void checkHealth(QObject* context, SecretStore::HealthDone done) = 0;
    [[nodiscard]] virtual QString displayName() const = 0;
    // "keychain" or "vault", kept in the database so the other way of unlocking is refused.
    [[nodiscard]] virtual QString kind() const = 0;
    // The refusal when the key obtained does not open the database.
    [[nodiscard]] virtual Error wrongKey(const QString& databasePath) const = 0;
};

// The profile key in the OS keychain (KeychainSecretStore underneath: its health probe and the
// locked-keyring trap handling apply).
class KeychainProfileKey : public ProfileKey {
    Q_OBJECT
public:
    KeychainProfileKey(KeychainSecretStore* keychain, QString entry, QObject* parent = nullptr);

    void obtain(ProfileDatabase& db, bool create, QObject* context, KeyDone done) override;
    void discardCreated(QObject* context, SecretStore::Done done) override;
    void erase(QObject* context, SecretStore::Done done) override;
    void checkHealth(QObject* context, SecretStore::HealthDone done) override;
    [[nodiscard]] QString displayName() const override;
    [[nodiscard]] QString kind() const override { return QStringLiteral("keychain"); }
    [[nodiscard]] Error wrongKey(const QString& databasePath) const override;
    [[nodiscard]] const QString& entry() const { return m_entry; }

private:
    KeychainSecretStore* m_keychain;
    QString m_entry;
    bool m_created = false;
};

// The profile key derived from the vault passphrase (scrypt with the bundles' settings, salt and
// cost kept in the database's meta "vault_kdf"), on a worker thread.
class VaultProfileKey : public ProfileKey {
    Q_OBJECT
public:
    VaultProfileKey(SecretBytes passphrase, QObject* parent = nullptr);

    void obtain(ProfileDatabase& db, bool create, QObject* context, KeyDone done) override;
    void discardCreated(QObject* context, SecretStore::Done done) override;
    void erase(QObject* context, SecretStore::Done done) override;
    void checkHealth(QObject* context, SecretStore::HealthDone done) override;
    [[nodiscard]] QString displayName() const override;
    [[nodiscard]] QString kind() const override { return QStringLiteral("vault"); }
    [[nodiscard]] Error wrongKey(const QString& databasePath) const override;

private:
    SecretBytes m_passphrase;
};

} // namespace authdeck
