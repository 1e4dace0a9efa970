#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>

namespace authdeck::test {

// The AuthDeck keychain entries (service "AuthDeck") whose keys start with prefix, as an outsider
// sees them on the Secret Service of the session bus that env points at (DBUS_SESSION_BUS_ADDRESS=
// in env; this process's session bus when env has none). Keys of locked entries are listed with
// an empty value.
struct KeychainListing {
    bool ok = false;
    QString problem;
    QMap<QString, QByteArray> entries; // key -> stored value
};
KeychainListing keychainEntries(const QString& prefix, const QStringList& env = {});

// What a profile holds: the files in its folder, its keychain entries, and its database's rows,
// the secrets opened with the profile key from the keychain (as an outsider with both would).
struct ProfileSnapshot {
    QString problem;                     // empty when the database and the keychain could be read
    QStringList files;                   // relative paths under the profile folder, sorted
    QMap<QString, QJsonObject> apps;     // id -> registration
    QMap<QString, QJsonObject> accounts; // id -> account
    QMap<QString, QByteArray> secrets;   // "<prefix>app:<id>" / "<prefix>account:<id>" -> record
    QMap<QString, QByteArray> keychain;  // the profile's keychain entries, as stored

    // The JSON record stored under "<prefix>app:<id>" / "<prefix>account:<id>" (chunks joined).
    [[nodiscard]] QJsonObject appSecrets(const QString& id) const;
    [[nodiscard]] QJsonObject accountSecrets(const QString& id) const;
    [[nodiscard]] QString keyPrefix() const { return m_prefix; }

    QString m_prefix;
};

// Reads the profile database (when there is one), lists the folder and the keychain entries.
ProfileSnapshot snapshotProfile(const QString& profileDir, const QStringList& env = {});
// One secret record of the profile (its JSON), opened as above; empty when there is none.
QByteArray storedSecretRecord(const QString& profileDir, const QString& key,
                              const QStringList& env = {});

// What `before` had that `after` lost: an app, an account, a keychain entry, or a named value of a
// secret record (values may change as tokens renew, but none may disappear). Empty when nothing
// was lost; a snapshot that could not be read counts as losing everything.
QString lostBetween(const ProfileSnapshot& before, const ProfileSnapshot& after);

// Files in `after` that `before` did not have, other than lock files (a killed process may leave
// its lock behind; QLockFile treats it as stale): temporary save files, half-written copies.
QStringList strayFiles(const ProfileSnapshot& before, const ProfileSnapshot& after);

} // namespace authdeck::test
