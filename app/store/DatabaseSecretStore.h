#pragma once

#include "secrets/SecretStore.h"
#include "store/SecretCipher.h"

#include <QList>

#include <functional>
#include <optional>

namespace authdeck {

class ProfileKey;

// Every secret of the profile in its database, sealed under the profile key (the envelope
// pattern: the keychain keeps one key, the database keeps the values; store/README.md).
//
//   read/write/remove/commit --first use--> ProfileKey::obtain (the one keychain read, or scrypt
//        |                                  of the vault passphrase) --> key check in meta
//        '--> SecretCipher seal/open --> ProfileDatabase rows, one transaction per call
//
// commit() writes metadata and secrets in one transaction: an account and its tokens, a renewal,
// an import of thousands of items are all or nothing by construction.
class DatabaseSecretStore : public SecretStore {
    Q_OBJECT
public:
    // keyPrefix: "authdeck:<profile id>:"; keys are keyPrefix + "app:<id>" / "account:<id>".
    DatabaseSecretStore(ProfileStore& store, ProfileKey* key, QString keyPrefix,
                        QObject* parent = nullptr);
    ~DatabaseSecretStore() override;

    void read(const QString& key, QObject* context, ReadDone done) override;
    void write(const QString& key, const SecretBytes& value, QObject* context, Done done) override;
    void remove(const QString& key, QObject* context, Done done) override;
    void checkHealth(QObject* context, HealthDone done) override;
    [[nodiscard]] QString displayName() const override;
    void commit(ProfileStore& store, ProfileStore::Mutation mutation, QList<SecretChange> changes,
                QObject* context, Done done) override;

    // Obtains the key now (the window does at start, so it is there while unlocked).
    void unlock(QObject* context, Done done);
    // Wipes the key (closing the window, locking the vault).
    void lock();
    [[nodiscard]] bool isUnlocked() const { return m_cipher.has_value(); }
    [[nodiscard]] ProfileKey& profileKey() const { return *m_key; }

private:
    struct Row {
        QString owner;
        QString id;
    };
    [[nodiscard]] std::optional<Row> rowOf(const QString& key) const;
    void withKey(std::function<void(Status)> then);
    void keyObtained(Result<SecretBytes> key, bool created);
    void settle(const Status& status);

    ProfileStore& m_store;
    ProfileKey* m_key;
    QString m_prefix;
    std::optional<SecretCipher> m_cipher;
    bool m_obtaining = false;
    QList<std::function<void(Status)>> m_waiting;
};

} // namespace authdeck
