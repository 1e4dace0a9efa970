#pragma once

#include "core/Result.h"
#include "core/SecretBytes.h"

#include <QDateTime>

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

class QSqlError;

namespace authdeck {

struct TeamBinding;

// One profile's database: <profile>/profile.db, SQLite through Qt SQL (QSQLITE), in WAL mode with
// full synchronous commits. It holds the app registrations and accounts (each row the item's JSON
// document) and every secret of the profile, each sealed with AES-256-GCM under the profile key
// (store/SecretCipher.h). The schema and the value format are documented in store/README.md.
//
//   ProfileStore ----metadata rows----+
//                                     +--> ProfileDatabase --one transaction--> profile.db (WAL)
//   DatabaseSecretStore --sealed rows-+
//
// Every change is one transaction (BEGIN IMMEDIATE ... COMMIT): a kill at any instant leaves the
// old or the new state. Writers in other processes wait for each other (busy timeout), so a GUI
// and several CLI runs change their own rows without losing each other's.
//
// A file that is not an AuthDeck profile database, is damaged, was written by a newer AuthDeck
// or belongs to another profile is refused (BadInput) and left untouched.
class ProfileDatabase {
public:
    static constexpr int SchemaVersion = 1;
    // The team schema (PostgreSQL): the same tables plus members, audit and changes.
    static constexpr int TeamSchemaVersion = 1;
    static constexpr int BusyTimeoutMs = 15000;
    static constexpr const char* FormatName = "authdeck-profile-db";
    static constexpr const char* TeamFormatName = "authdeck-team-db";

    struct Sealed {
        QByteArray nonce;
        QByteArray value; // ciphertext followed by the 16-byte tag
    };

    // Opens the database at path, creating the file and its schema when create is set and the
    // file does not exist. profileId is the profile's own (core/Profile.h); a database made for
    // another one is refused.
    [[nodiscard]] static Result<std::unique_ptr<ProfileDatabase>>
    open(const QString& path, const QString& profileId, bool create = true);

    // A team's database on PostgreSQL (QPSQL), its tables in the schema "authdeck"
    // (store/README.md, "Teams"). teamId is checked against the database's profile_id: a
    // database of another team is refused (BadInput). Unreachable: Network; password refused:
    // Rejected; no AuthDeck schema there, a newer schema: BadInput.
    struct TeamCreate {
        QString teamName;
        QString keyCheck; // SecretCipher::keyCheck of the new team key
    };
    [[nodiscard]] static Result<std::unique_ptr<ProfileDatabase>>
    openTeam(const TeamBinding& binding, const SecretBytes& password,
             const std::optional<TeamCreate>& create = std::nullopt);
    [[nodiscard]] bool isTeam() const { return m_team; }

    // Team databases only (no-ops that succeed on a local one).
    struct AuditEntry {
        QDateTime at;
        QString member;
        QString databaseUser;
        QString action;
        QString subject;
    };
    // Inside a write transaction: one line of the audit log (never a secret).
    [[nodiscard]] Status audit(const QString& action, const QString& subject);
    [[nodiscard]] Result<QList<AuditEntry>> auditLog(int limit);
    struct Member {
        QString name;
        QString databaseUser;
        QDateTime joined;
        QDateTime lastSeen;
    };
    [[nodiscard]] Result<QList<Member>> members();
    [[nodiscard]] Status touchMember(bool leaving = false);
    // Whether this database user may change apps and accounts (INSERT on apps), or only use
    // tokens (renewals: UPDATE on accounts and secrets).
    [[nodiscard]] Result<bool> mayChangeApps();
    // Whether the server takes no writes at all (a standby, default_transaction_read_only).
    [[nodiscard]] Result<bool> readOnly();
    // Takes back a team schema this process just created (team create failing afterwards).
    [[nodiscard]] Status dropTeam();
    // A session-level advisory lock (pg_try_advisory_lock): false when another session holds
    // it. It dies with this session; sessionEpoch() changes whenever the session was replaced.
    [[nodiscard]] Result<bool> tryLock(qint64 key);
    void unlock(qint64 key, quint64 epoch);
    [[nodiscard]] quint64 sessionEpoch() const { return m_epoch; }
    ~ProfileDatabase();
    ProfileDatabase(const ProfileDatabase&) = delete;
    ProfileDatabase& operator=(const ProfileDatabase&) = delete;

    [[nodiscard]] const QString& path() const { return m_path; }
    [[nodiscard]] const QString& profileId() const { return m_profileId; }

    // Runs work inside one transaction; it is committed when work succeeds and rolled back
    // otherwise (or when the commit itself fails). Not nestable.
    [[nodiscard]] Status transaction(bool write, const std::function<Status()>& work);

    // Inside a transaction.
    [[nodiscard]] Result<QList<QJsonObject>> documents(const QString& table);
    [[nodiscard]] Status putDocument(const QString& table, const QString& id,
                                     const QJsonObject& doc);
    [[nodiscard]] Status removeDocument(const QString& table, const QString& id);
    [[nodiscard]] Result<std::optional<Sealed>> secret(const QString& owner, const QString& id);
    [[nodiscard]] Status putSecret(const QString& owner, const QString& id, const Sealed& sealed);
    [[nodiscard]] Status removeSecret(const QString& owner, const QString& id);
    [[nodiscard]] Result<int> secretCount();
    [[nodiscard]] Result<QString> meta(const QString& key);
    [[nodiscard]] Status setMeta(const QString& key, const QString& value);

    // Changes whenever another connection (another process) committed (PRAGMA data_version).
    [[nodiscard]] qint64 dataVersion();
    // A copy of the last good state (profile.db.bak), refreshed at most once a day by a writer.
    [[nodiscard]] QString backupPath() const { return m_path + QStringLiteral(".bak"); }
    void backupIfDue();

    // The refusal for a file that is not usable, naming it; used by open() and the callers that
    // meet a damaged page later.
    [[nodiscard]] Error damaged(const QString& why) const;

private:
    ProfileDatabase(QString path, QString profileId, QString connection);
    [[nodiscard]] Status prepareTeam(const std::optional<TeamCreate>& create);
    [[nodiscard]] Status createTeamSchema(const TeamCreate& create);
    [[nodiscard]] Status reconnect();
    [[nodiscard]] bool connectionLost(const QSqlError& e) const;
    [[nodiscard]] Error notATeam() const;
    [[nodiscard]] Error teamError(const QSqlError& e, const QString& doing) const;
    [[nodiscard]] Status exec(const QString& sql);
    [[nodiscard]] Status prepare(bool existed);
    [[nodiscard]] Status createSchema();
    [[nodiscard]] Result<bool> isEmpty();
    [[nodiscard]] Status checkSchema();
    [[nodiscard]] Error sqlError(const QSqlError& e, const QString& doing) const;

    QString m_path;
    QString m_profileId;
    QString m_connection; // the Qt SQL connection name, unique per instance
    bool m_inTransaction = false;
    bool m_team = false;
    QString m_member;                   // team: who writes the audit lines
    quint64 m_epoch = 0;                // team: bumped on every reconnect
    mutable bool m_lostMidWork = false; // team: the session died (the last error said so)
    mutable bool m_sawBusy = false;     // the last error was SQLITE_BUSY or SQLITE_LOCKED
};

} // namespace authdeck
