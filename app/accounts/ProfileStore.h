#pragma once

#include "accounts/Account.h"
#include "accounts/AccountLock.h"
#include "accounts/AppRegistration.h"
#include "core/Profile.h"
#include "core/Result.h"
#include "core/SecretBytes.h"
#include "store/TeamBinding.h"

#include <QObject>
#include <QStringList>
#include <QTimer>

#include <functional>
#include <memory>

namespace authdeck {

class ProfileDatabase;

// The profile's app registrations and accounts, rows of the profile's database (store/README.md)
// beside the sealed secrets, so a change of both is one transaction.
//
//   GUI --update()--+
//                   +--> BEGIN IMMEDIATE: read the rows, apply the change, write the rows that
//   CLI --update()--+    changed (and the secrets given with it), COMMIT
//
// Every update re-reads inside its write transaction, so a GUI and several CLI runs sharing a
// profile never lose each other's changes; each writes only the rows it changed. Reads come from
// a cache that is dropped when another process commits (SQLite's data_version). A database that
// cannot be used is an error (BadInput) that names the file and the backup kept; it is never
// overwritten. A profile from before the database (profile.json) is moved into it by
// ProfileMigration before anything else uses it.
class ProfileStore : public QObject {
    Q_OBJECT
public:
    struct Snapshot {
        QList<AppRegistration> apps;
        QList<Account> accounts;

        [[nodiscard]] const AppRegistration* app(const QString& idOrName) const;
        [[nodiscard]] const Account* account(const QString& id) const;
        [[nodiscard]] AppRegistration* app(const QString& idOrName);
        [[nodiscard]] Account* account(const QString& id);
    };
    using Mutation = std::function<Status(Snapshot&)>;
    // More work inside the same transaction (secret rows), after the metadata rows were written.
    using AlsoWrite = std::function<Status(ProfileDatabase&)>;

    explicit ProfileStore(const Profile& profile, QObject* parent = nullptr);
    ~ProfileStore() override;

    [[nodiscard]] const Profile& profile() const { return m_profile; }

    // Binds the store to a team's PostgreSQL database instead of profile.db (before first use).
    void bindTeam(const TeamBinding& binding, SecretBytes password = {});
    void setTeamPassword(SecretBytes password) { m_teamPassword = std::move(password); }
    [[nodiscard]] const SecretBytes& teamPassword() const { return m_teamPassword; }
    [[nodiscard]] bool isTeam() const { return m_team.has_value(); }
    [[nodiscard]] const std::optional<TeamBinding>& team() const { return m_team; }
    // The database when it is open, else null (no connection is made).
    [[nodiscard]] ProfileDatabase* openDatabase() const { return m_db.get(); }

    // Serializes the renewal of one account: a lock file in the profile folder, or for a team a
    // PostgreSQL advisory lock that every member's machine sees and that dies with its session.
    void lockAccount(const QString& accountId, int timeoutMs, QObject* context,
                     AccountLock::Done done);
    // One line of a team's audit log in a transaction of its own (exports, invites); nothing for
    // a local profile.
    [[nodiscard]] Status record(const QString& action, const QString& subject);
    // <profile>/profile.db
    [[nodiscard]] QString filePath() const;
    // The pre-database metadata file a migration reads (<profile>/profile.json).
    [[nodiscard]] QString legacyFilePath() const;
    // Whether the profile still has to be moved into its database (ProfileMigration).
    [[nodiscard]] bool needsMigration() const;

    // The current metadata (cached; re-read when another process committed).
    [[nodiscard]] Result<Snapshot> load();
    // Applies a change atomically. Nothing is written when the mutation (or alsoWrite) fails.
    [[nodiscard]] Status update(const Mutation& mutation, const AlsoWrite& alsoWrite = {});

    // The open database (opened, or created, on first use).
    [[nodiscard]] Result<ProfileDatabase*> database();
    // The copy of an earlier state the database keeps (ProfileDatabase::backupIfDue).
    [[nodiscard]] QString backupPath() const;

    // Removes the database again when this store created it and a first operation failed before
    // anything went into it: a failed first use leaves no file behind.
    void dropIfUnused();

    // Polls for changes made by other processes (the CLI) so the GUI sees them.
    void watch();

#if defined(AUTHDECK_TEST_BUILD)
    // Test seam: makes the next writes fail as a full disk would.
    void setFailWrites(bool fail)
    {
        m_failWrites = fail;
    }
#endif

    // Snapshot parsing shared with the migration (ids checked: BadInput naming `what`).
    [[nodiscard]] static Result<Snapshot> fromDocuments(const QList<QJsonObject>& apps,
                                                        const QList<QJsonObject>& accounts,
                                                        const QString& what);

Q_SIGNALS:
    void changed();

private:
    Result<Snapshot> readRows();

    [[nodiscard]] Status auditChanges(const Snapshot& before, const Snapshot& after);

    Profile m_profile;
    std::optional<TeamBinding> m_team;
    SecretBytes m_teamPassword;
    std::unique_ptr<ProfileDatabase> m_db;
    QTimer* m_poll = nullptr;
    Snapshot m_cache;
    qint64 m_cacheVersion = -1;
    bool m_cacheValid = false;
    bool m_failWrites = false;
    bool m_created = false;  // this store made the database file
    bool m_seenFile = false; // watch(): the database another process made was announced
};

} // namespace authdeck
