#pragma once

#include "secrets/SecretChunker.h"
#include "secrets/SecretStore.h"

#include <QString>

namespace authdeck {

// The OS keychain through QtKeychain (Secret Service on Linux, Keychain on macOS, Credential
// Manager on Windows). Never QtKeychain's insecure plaintext fallback.
//
//   caller --read/write/remove--> KeychainSecretStore --one job at a time--> QtKeychain --> OS
//
// Entries are split by SecretChunker. A read that finds nothing is double-checked with a probe
// write: a locked or uninitialised Secret Service keyring answers reads with "not found" but fails
// writes, and that must surface as "locked", not as a missing secret.
class KeychainSecretStore : public SecretStore {
    Q_OBJECT
public:
    // service: the keychain service name; keys are expected to carry the app and profile prefix
    // themselves (Windows ignores the service name). probeKey is written and deleted by checks.
    KeychainSecretStore(const QString& service, const QString& probeKey, QObject* parent = nullptr);

    void read(const QString& key, QObject* context, ReadDone done) override;
    void write(const QString& key, const SecretBytes& value, QObject* context, Done done) override;
    void remove(const QString& key, QObject* context, Done done) override;
    void checkHealth(QObject* context, HealthDone done) override;
    [[nodiscard]] QString displayName() const override;

    // How long one keychain operation may take before it is reported as not answering (a locked
    // keyring may be showing an unlock prompt; the GUI allows more time than the CLI).
    void setJobTimeout(int milliseconds) { m_jobTimeoutMs = milliseconds; }

    struct Raw {
        int code = 0; // QKeychain::Error
        QString errorString;
        SecretBytes data;
    };
    using RawDone = std::function<void(Raw)>;

private:
    void rawRead(const QString& key, RawDone done);
    void rawWrite(const QString& key, const SecretBytes& value, RawDone done);
    void rawDelete(const QString& key, RawDone done);
    void probeWritable(std::function<void(Status)> done);
    void readChunks(const QString& key, int index, int count, const QString& generation,
                    QList<SecretBytes> collected,
                    std::function<void(Result<QList<SecretBytes>>)> done);
    void deleteChunks(const QString& key, const QString& generation, int from, int count,
                      std::function<void()> done);
    void writeEntries(QList<SecretChunker::Entry> entries, int index,
                      std::function<void(Status)> done);

    Error mapError(const Raw& raw, bool writing) const;

    QString m_service;
    QString m_probeKey;
    int m_jobTimeoutMs = 30000;
};

} // namespace authdeck
