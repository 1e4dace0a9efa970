#pragma once

#include "secrets/SecretStore.h"

#include <QHash>

namespace authdeck {

// An in-memory store for unit tests of code that needs a SecretStore (never used by the product).
// Failures can be injected to test rollback paths.
class MemorySecretStore : public SecretStore {
    Q_OBJECT
public:
    using SecretStore::SecretStore;

    void read(const QString& key, QObject* context, ReadDone done) override;
    void write(const QString& key, const SecretBytes& value, QObject* context, Done done) override;
    void remove(const QString& key, QObject* context, Done done) override;
    void checkHealth(QObject* context, HealthDone done) override;
    [[nodiscard]] QString displayName() const override { return QStringLiteral("memory"); }

    // Test seams.
    void setUnavailable(bool unavailable) { m_unavailable = unavailable; }
    void failWritesAfter(int count) { m_writesLeft = count; }
    [[nodiscard]] const QHash<QString, SecretBytes>& entries() const { return m_entries; }

private:
    Error unavailable() const;

    QHash<QString, SecretBytes> m_entries;
    bool m_unavailable = false;
    int m_writesLeft = -1;
};

} // namespace authdeck
