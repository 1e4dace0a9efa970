#pragma once

#include "accounts/Account.h"
#include "accounts/AppRegistration.h"
#include "core/Profile.h"
#include "core/Result.h"

#include <QObject>
#include <QStringList>

#include <functional>

class QFileSystemWatcher;
class QLockFile;

namespace authdeck {

// The profile's non-secret metadata: app registrations and accounts, in one versioned JSON file
// (<profile>/profile.json) so that every change is atomic.
//
//   GUI --update()--+                        +--> QSaveFile: write temp, fsync, rename
//                   +--> QLockFile profile.lock
//   CLI --update()--+    (re-read the file under the lock, apply the change, write)
//
// Every update re-reads the file while holding the cross-process lock, so a GUI and several CLI
// runs sharing a profile never lose each other's changes. Before each save the version it
// replaces is kept as profile.json.bak. A file that cannot be parsed is an error (BadInput) that
// names it and that backup; it is never overwritten or moved.
class ProfileStore : public QObject {
    Q_OBJECT
public:
    static constexpr int FormatVersion = 1;

    struct Snapshot {
        QList<AppRegistration> apps;
        QList<Account> accounts;

        [[nodiscard]] const AppRegistration* app(const QString& idOrName) const;
        [[nodiscard]] const Account* account(const QString& id) const;
        [[nodiscard]] AppRegistration* app(const QString& idOrName);
        [[nodiscard]] Account* account(const QString& id);
    };
    using Mutation = std::function<Status(Snapshot&)>;

    explicit ProfileStore(const Profile& profile, QObject* parent = nullptr);
    ~ProfileStore() override;

    [[nodiscard]] const Profile& profile() const { return m_profile; }
    [[nodiscard]] QString filePath() const;

    // The current metadata (cached; re-read when the file changed on disk).
    [[nodiscard]] Result<Snapshot> load();
    // Applies a change atomically under the cross-process lock. Nothing is written when the
    // mutation fails.
    [[nodiscard]] Status update(const Mutation& mutation);

    // Watches the file so the GUI sees changes made by the CLI.
    void watch();

    // The copy of the version before the last save.
    [[nodiscard]] QString backupPath() const;

    // Test seam: makes the next writes fail as a full disk would.
    void setFailWrites(bool fail) { m_failWrites = fail; }

Q_SIGNALS:
    void changed();

private:
    Result<Snapshot> readFile();
    // The metadata in data, or an empty snapshot and *problem saying what is wrong.
    Snapshot parse(const QByteArray& data, QString* problem) const;
    void keepBackup() const;
    Status writeLocked(const Snapshot& snapshot);
    [[nodiscard]] Error lockFailed(const QLockFile& lock) const;

    Profile m_profile;
    QFileSystemWatcher* m_watcher = nullptr;
    Snapshot m_cache;
    QByteArray m_cacheKey; // size + mtime of the file the cache came from
    bool m_cacheValid = false;
    bool m_failWrites = false;
};

} // namespace authdeck
