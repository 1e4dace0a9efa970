#pragma once

#include "accounts/Account.h"
#include "accounts/ProfileStore.h"
#include "core/Result.h"
#include "secrets/SecretRecord.h"

#include <QObject>

#include <functional>

namespace authdeck {

class SecretStore;

// Connected accounts: metadata rows and sealed tokens (and any kept password or key) in the
// profile's database. Creating, removing and renewing change both in one commit
// (SecretStore::commit: one transaction), so a failure never leaves half of it behind.
class AccountService : public QObject {
    Q_OBJECT
public:
    AccountService(ProfileStore& store, SecretStore& secrets, QString secretKeyPrefix,
                   QObject* parent = nullptr);

    using AccountDone = std::function<void(Result<Account>)>;
    using SecretsDone = std::function<void(Result<SecretRecord>)>;

    [[nodiscard]] Result<QList<Account>> list() const;
    // ACCOUNT as the CLI takes it: an id, or a name that only one account has.
    [[nodiscard]] Result<Account> find(const QString& idOrName) const;
    [[nodiscard]] QString uniqueName(const QString& wanted) const;

    // Saves a new account with its secrets, all or nothing.
    void create(Account account, const SecretRecord& secrets, QObject* context, AccountDone done);
    // Deletes the account's secrets, then its metadata.
    void removeLocal(const QString& id, QObject* context, std::function<void(Status)> done);

    void readSecrets(const QString& id, QObject* context, SecretsDone done);
    void writeSecrets(const QString& id, const SecretRecord& secrets, QObject* context,
                      std::function<void(Status)> done);
    // New tokens and the metadata that goes with them (expiry, status), as one change: a renewal
    // is one transaction, so a rotated refresh token is never saved without its account's state.
    void saveTokens(const QString& id, const SecretRecord& secrets,
                    const std::function<void(Account&)>& change, QObject* context,
                    AccountDone done);
    // Changes an account's metadata under the profile lock.
    [[nodiscard]] Result<Account> updateMetadata(const QString& id,
                                                 const std::function<void(Account&)>& change);

    [[nodiscard]] QString secretKey(const QString& accountId) const;

Q_SIGNALS:
    void accountsChanged();

private:
    ProfileStore& m_store;
    SecretStore& m_secrets;
    QString m_keyPrefix;
};

} // namespace authdeck
