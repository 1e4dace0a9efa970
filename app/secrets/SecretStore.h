#pragma once

#include "accounts/ProfileStore.h"
#include "core/Result.h"
#include "core/SecretBytes.h"
#include "secrets/SecretRecord.h"

#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>
#include <optional>

namespace authdeck {

enum class StoreState { Unknown, Ready, Locked, Unavailable };

struct StoreHealth {
    StoreState state = StoreState::Unknown;
    QString message; // what is wrong and what to do, in the admin's terms
};

// One secret entry to change with a commit(): written when value is set, removed otherwise.
struct SecretChange {
    QString key;
    std::optional<SecretBytes> value;
};

// Where secrets live: one entry (a small JSON blob) per app registration or account, named by a
// key ("authdeck:<profile>:app:<id>"). Every call answers later, on the event loop, through its
// callback; never synchronously. A callback whose context object is gone is dropped.
class SecretStore : public QObject {
    Q_OBJECT
public:
    using ReadDone = std::function<void(Result<std::optional<SecretBytes>>)>;
    using Done = std::function<void(Status)>;
    using HealthDone = std::function<void(StoreHealth)>;

    using QObject::QObject;
    ~SecretStore() override = default;

    // nullopt when no entry exists (and the store is known to be usable).
    virtual void read(const QString& key, QObject* context, ReadDone done) = 0;
    virtual void write(const QString& key, const SecretBytes& value, QObject* context,
                       Done done) = 0;
    // Removing an entry that does not exist succeeds.
    virtual void remove(const QString& key, QObject* context, Done done) = 0;
    // Checks that secrets can be written and read back.
    virtual void checkHealth(QObject* context, HealthDone done) = 0;

    [[nodiscard]] virtual QString displayName() const = 0;

    // An entry parsed as a SecretRecord; a missing entry reads as an empty record.
    void readRecord(const QString& key, QObject* context,
                    std::function<void(Result<SecretRecord>)> done);

    // Secret changes and a change of the profile's metadata as one: the profile database
    // (DatabaseSecretStore) makes it one transaction. This default, for stores that cannot,
    // writes the secrets first, then the metadata, and puts the old secrets back when anything
    // fails. An empty mutation changes secrets only.
    virtual void commit(ProfileStore& store, ProfileStore::Mutation mutation,
                        QList<SecretChange> changes, QObject* context, Done done);

Q_SIGNALS:
    void healthChanged(const authdeck::StoreHealth& health);
};

} // namespace authdeck
