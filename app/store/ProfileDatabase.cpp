#include "store/ProfileDatabase.h"

#include "core/Log.h"
#include "store/TeamBinding.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QVariant>

#include <atomic>

namespace authdeck {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("authdeck::ProfileDatabase", text);
}

const QString Apps = QStringLiteral("apps");
const QString Accounts = QStringLiteral("accounts");

bool knownTable(const QString& table)
{
    return table == Apps || table == Accounts;
}

// SQLite's primary result code (Qt reports the extended one as text).
int primaryCode(const QSqlError& e)
{
    bool ok = false;
    const int code = e.nativeErrorCode().toInt(&ok);
    return ok ? (code & 0xff) : -1;
}

QString connectionName()
{
    static std::atomic<int> next{0};
    return QStringLiteral("authdeck-profile-%1").arg(next.fetch_add(1));
}

} // namespace

ProfileDatabase::ProfileDatabase(QString path, QString profileId, QString connection)
    : m_path(std::move(path))
    , m_profileId(std::move(profileId))
    , m_connection(std::move(connection))
{}

ProfileDatabase::~ProfileDatabase()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

Error ProfileDatabase::damaged(const QString& why) const
{
    QString next;
    if (QFileInfo::exists(backupPath())) {
        next = tr("A copy of an earlier state is kept as %1; to go back to it, move the damaged "
                  "file away and run: cp '%1' '%2'")
                   .arg(QDir::toNativeSeparators(backupPath()), m_path);
    } else {
        next = tr("Move the file away to start with an empty profile (its accounts must then be "
                  "connected again).");
    }
    return fail(ErrorKind::BadInput,
                tr("The profile database %1 cannot be used: %2. It was left as it is. %3")
                    .arg(QDir::toNativeSeparators(m_path), why, next));
}

Error ProfileDatabase::sqlError(const QSqlError& e, const QString& doing) const
{
    if (m_team)
        return teamError(e, doing);
    const QString dir = QDir::toNativeSeparators(QFileInfo(m_path).absolutePath());
    switch (primaryCode(e)) {
    case 5: // SQLITE_BUSY
    case 6: // SQLITE_LOCKED
        m_sawBusy = true;
        return fail(ErrorKind::Other,
                    tr("The profile %1 is in use by another AuthDeck process that does not let "
                       "go; try again. Nothing was changed.")
                        .arg(dir));
    case 11: // SQLITE_CORRUPT
    case 26: // SQLITE_NOTADB
        return damaged(tr("it is damaged or not a database (%1)").arg(e.databaseText()));
    case 13: // SQLITE_FULL
    case 10: // SQLITE_IOERR (a write refused by a file size limit lands here too)
        return fail(ErrorKind::Other,
                    tr("Cannot save the profile %1: no space left on device or a file size "
                       "limit reached (%2). Nothing was changed.")
                        .arg(dir, e.databaseText()));
    case 8:  // SQLITE_READONLY
    case 14: // SQLITE_CANTOPEN
        return fail(ErrorKind::Other, tr("Cannot write in the profile folder %1 (is the disk full "
                                         "or the folder read-only?). Nothing was changed.")
                                          .arg(dir));
    default:
        break;
    }
    qCWarning(lcStore).noquote() << "profile database:" << doing << e.text();
    return fail(ErrorKind::Other, tr("The profile database %1 failed while %2: %3")
                                      .arg(QDir::toNativeSeparators(m_path), doing, e.text()));
}

Result<std::unique_ptr<ProfileDatabase>>
ProfileDatabase::open(const QString& path, const QString& profileId, bool create)
{
    const bool existed = QFileInfo::exists(path);
    std::unique_ptr<ProfileDatabase> self(new ProfileDatabase(path, profileId, connectionName()));
    if (!existed && !create)
        return self->damaged(tr("it does not exist"));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), self->m_connection);
    if (!db.isValid()) {
        return fail(ErrorKind::Other,
                    tr("AuthDeck cannot open its profile database: Qt's SQLite driver is missing "
                       "(install libqt6sql6-sqlite)."));
    }
    db.setDatabaseName(path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(BusyTimeoutMs));
    if (!db.open())
        return self->sqlError(db.lastError(), tr("opening it"));
    // Another process creating or upgrading the file at this moment can make the first
    // statements report SQLITE_BUSY at once (a journal-mode switch does not wait for the busy
    // handler): the steps below are retried for up to the busy timeout.
    QElapsedTimer waited;
    waited.start();
    for (bool first = true;; first = false) {
        self->m_sawBusy = false;
        // After a first try the file is there (ours or the other process's).
        const Status prepared = self->prepare(existed || !first);
        if (prepared.ok())
            break;
        if (!self->m_sawBusy || waited.elapsed() > BusyTimeoutMs)
            return prepared.error();
        QThread::msleep(25);
    }
    return self;
}

Status ProfileDatabase::prepare(bool existed)
{
    // WAL: readers never wait for a writer; FULL: a commit is on disk before it is reported, so
    // a rotated refresh token survives a power cut as well as a kill. secure_delete overwrites
    // what a change removes.
    for (const char* pragma : {"PRAGMA journal_mode=WAL", "PRAGMA synchronous=FULL",
                               "PRAGMA secure_delete=ON", "PRAGMA foreign_keys=OFF"}) {
        if (Status s = exec(QLatin1String(pragma)); !s.ok())
            return s;
    }
    // A file with no tables at all is a creation that never committed (a process killed while
    // making the profile): there is nothing in it to keep, so it is made as a new one.
    Result<bool> empty = existed ? isEmpty() : Result<bool>(true);
    if (!empty.ok())
        return empty.error();
    if (*empty) {
        if (Status s = createSchema(); !s.ok()) {
            if (existed)
                return s;
            if (m_sawBusy)
                return s; // another process is making it: try again
            QSqlDatabase::database(m_connection, false).close();
            QFile::remove(m_path);
            QFile::remove(m_path + QStringLiteral("-wal"));
            QFile::remove(m_path + QStringLiteral("-shm"));
            return s;
        }
    }
    if (Status s = checkSchema(); !s.ok())
        return s;
    return {};
}

Status ProfileDatabase::exec(const QString& sql)
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    if (!q.exec(sql))
        return sqlError(q.lastError(), sql.section(QLatin1Char(' '), 0, 1).toLower());
    return {};
}

Result<bool> ProfileDatabase::isEmpty()
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    if (!q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) || !q.next())
        return sqlError(q.lastError(), tr("reading it"));
    return q.value(0).toInt() == 0;
}

Status ProfileDatabase::createSchema()
{
    return transaction(true, [this]() -> Status {
        // Another process may have made it between our look and our write lock.
        Result<bool> empty = isEmpty();
        if (!empty.ok())
            return empty.error();
        if (!*empty)
            return {};
        for (const char* sql :
             {"CREATE TABLE meta (key TEXT PRIMARY KEY NOT NULL, value TEXT NOT NULL) WITHOUT "
              "ROWID",
              // rowid tables: the rowid keeps the order items were added in (lists show it).
              "CREATE TABLE apps (id TEXT PRIMARY KEY NOT NULL, doc TEXT NOT NULL)",
              "CREATE TABLE accounts (id TEXT PRIMARY KEY NOT NULL, doc TEXT NOT NULL)",
              "CREATE TABLE secrets (owner TEXT NOT NULL, id TEXT NOT NULL, nonce BLOB NOT NULL, "
              "value BLOB NOT NULL, PRIMARY KEY (owner, id)) WITHOUT ROWID"}) {
            if (Status s = exec(QLatin1String(sql)); !s.ok())
                return s;
        }
        if (Status s = setMeta(QStringLiteral("format"), QLatin1String(FormatName)); !s.ok())
            return s;
        if (Status s = setMeta(QStringLiteral("schema_version"), QString::number(SchemaVersion));
            !s.ok())
            return s;
        if (Status s = setMeta(QStringLiteral("profile_id"), m_profileId); !s.ok())
            return s;
        return setMeta(QStringLiteral("created"),
                       QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    });
}

Status ProfileDatabase::checkSchema()
{
    return transaction(false, [this]() -> Status {
        QSqlQuery q(QSqlDatabase::database(m_connection, false));
        if (m_team) {
            if (!q.exec(QStringLiteral("SELECT count(*) FROM information_schema.tables WHERE "
                                       "table_schema = 'authdeck' AND table_name = 'meta'")))
                return sqlError(q.lastError(), tr("reading it"));
        } else if (!q.exec(
                       QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND "
                                      "name = 'meta'")))
            return sqlError(q.lastError(), tr("reading it"));
        if (!q.next() || q.value(0).toInt() != 1)
            return m_team ? notATeam() : damaged(tr("it is not an AuthDeck profile database"));
        Result<QString> format = meta(QStringLiteral("format"));
        if (!format.ok())
            return format.error();
        if (*format != QLatin1String(m_team ? TeamFormatName : FormatName))
            return m_team ? notATeam() : damaged(tr("it is not an AuthDeck profile database"));
        Result<QString> version = meta(QStringLiteral("schema_version"));
        if (!version.ok())
            return version.error();
        bool ok = false;
        const int v = version->toInt(&ok);
        if (!ok || v < 1)
            return damaged(tr("its schema version is missing"));
        if (m_team && v > TeamSchemaVersion) {
            return fail(ErrorKind::BadInput,
                        tr("The team database %1 was set up by a newer AuthDeck (team schema "
                           "version %2); update AuthDeck on this machine to use it. Nothing was "
                           "changed.")
                            .arg(m_path)
                            .arg(v));
        }
        if (!m_team && v > SchemaVersion) {
            return fail(ErrorKind::BadInput,
                        tr("The profile database %1 was written by a newer AuthDeck (schema "
                           "version %2); update AuthDeck to use it. It was left as it is.")
                            .arg(QDir::toNativeSeparators(m_path))
                            .arg(v));
        }
        Result<QString> owner = meta(QStringLiteral("profile_id"));
        if (!owner.ok())
            return owner.error();
        if (m_team && *owner != m_profileId) {
            Result<QString> name = meta(QStringLiteral("team_name"));
            return fail(ErrorKind::BadInput,
                        tr("The team database %1 belongs to another team (\"%2\"), not to the "
                           "team this profile is bound to. Nothing was changed: check the "
                           "database URL, or join that team with its own invite.")
                            .arg(m_path, name.ok() ? *name : QString()));
        }
        if (*owner != m_profileId) {
            return fail(ErrorKind::BadInput,
                        tr("The profile database %1 belongs to another profile (it was made for "
                           "a folder elsewhere); AuthDeck does not use it here. It was left as it "
                           "is: move it back, or move it away to start this profile afresh.")
                            .arg(QDir::toNativeSeparators(m_path)));
        }
        return {};
    });
}

Status ProfileDatabase::transaction(bool write, const std::function<Status()>& work)
{
    if (m_inTransaction)
        return work(); // already inside one: part of it
    if (m_team) {
        // A session that died (a cut connection, a restarted server) is replaced and the whole
        // transaction runs once more: the server rolled the first one back.
        for (int attempt = 0;; ++attempt) {
            m_lostMidWork = false;
            Status begun = exec(write ? QStringLiteral("BEGIN")
                                      : QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ"));
            // Writers take the one row of "changes" first: they queue like SQLite's BEGIN
            // IMMEDIATE, and the generation readers poll moves with every commit.
            if (begun.ok() && write)
                begun = exec(QStringLiteral("UPDATE changes SET generation = generation + 1"));
            Status result = begun;
            if (begun.ok()) {
                m_inTransaction = true;
                result = work();
                m_inTransaction = false;
                if (result.ok())
                    result = exec(QStringLiteral("COMMIT"));
            }
            if (result.ok())
                return {};
            const bool lost = m_lostMidWork;
            if (!lost)
                (void)exec(QStringLiteral("ROLLBACK"));
            if (!lost || attempt > 0)
                return result;
            if (Status r = reconnect(); !r.ok())
                return r;
        }
    }
    if (Status s = exec(write ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("BEGIN"));
        !s.ok())
        return s;
    m_inTransaction = true;
    Status result = work();
    m_inTransaction = false;
    if (!result.ok()) {
        (void)exec(QStringLiteral("ROLLBACK"));
        return result;
    }
    if (Status s = exec(QStringLiteral("COMMIT")); !s.ok()) {
        (void)exec(QStringLiteral("ROLLBACK"));
        return s;
    }
    return {};
}

Result<QList<QJsonObject>> ProfileDatabase::documents(const QString& table)
{
    Q_ASSERT(knownTable(table));
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, doc FROM %1 ORDER BY %2")
                    .arg(table, m_team ? QStringLiteral("seq") : QStringLiteral("rowid"))))
        return sqlError(q.lastError(), tr("reading it"));
    QList<QJsonObject> out;
    while (q.next()) {
        QJsonParseError err{};
        const QJsonDocument doc = QJsonDocument::fromJson(q.value(1).toByteArray(), &err);
        if (err.error != QJsonParseError::NoError || !doc.isObject())
            return damaged(tr("a row of its %1 is not valid").arg(table));
        out.append(doc.object());
    }
    if (q.lastError().isValid())
        return sqlError(q.lastError(), tr("reading it"));
    return out;
}

Status ProfileDatabase::putDocument(const QString& table, const QString& id, const QJsonObject& doc)
{
    Q_ASSERT(knownTable(table));
    const QString json = QString::fromUtf8(QJsonDocument(doc).toJson(QJsonDocument::Compact));
    // An update keeps the row (and its place in the list) of an item that changes. Not an
    // upsert: that needs the INSERT right even when the row exists, which a team's server role
    // renewing a token does not have (store/README.md, "Teams").
    QSqlQuery u(QSqlDatabase::database(m_connection, false));
    u.prepare(QStringLiteral("UPDATE %1 SET doc = ? WHERE id = ?").arg(table));
    u.addBindValue(json);
    u.addBindValue(id);
    if (!u.exec())
        return sqlError(u.lastError(), tr("saving"));
    if (u.numRowsAffected() > 0)
        return {};
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("INSERT INTO %1 (id, doc) VALUES (?, ?)").arg(table));
    q.addBindValue(id);
    q.addBindValue(json);
    if (!q.exec())
        return sqlError(q.lastError(), tr("saving"));
    return {};
}

Status ProfileDatabase::removeDocument(const QString& table, const QString& id)
{
    Q_ASSERT(knownTable(table));
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(table));
    q.addBindValue(id);
    if (!q.exec())
        return sqlError(q.lastError(), tr("saving"));
    return {};
}

Result<std::optional<ProfileDatabase::Sealed>> ProfileDatabase::secret(const QString& owner,
                                                                       const QString& id)
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("SELECT nonce, value FROM secrets WHERE owner = ? AND id = ?"));
    q.addBindValue(owner);
    q.addBindValue(id);
    if (!q.exec())
        return sqlError(q.lastError(), tr("reading a secret"));
    if (!q.next())
        return std::optional<Sealed>();
    return std::optional<Sealed>(Sealed{q.value(0).toByteArray(), q.value(1).toByteArray()});
}

Status ProfileDatabase::putSecret(const QString& owner, const QString& id, const Sealed& sealed)
{
    // Update, else insert (as putDocument: a server role may update secrets, not add them).
    QSqlQuery u(QSqlDatabase::database(m_connection, false));
    u.prepare(QStringLiteral("UPDATE secrets SET nonce = ?, value = ? WHERE owner = ? AND id = ?"));
    u.addBindValue(sealed.nonce);
    u.addBindValue(sealed.value);
    u.addBindValue(owner);
    u.addBindValue(id);
    if (!u.exec())
        return sqlError(u.lastError(), tr("saving a secret"));
    if (u.numRowsAffected() > 0)
        return {};
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("INSERT INTO secrets (owner, id, nonce, value) VALUES (?, ?, ?, ?)"));
    q.addBindValue(owner);
    q.addBindValue(id);
    q.addBindValue(sealed.nonce);
    q.addBindValue(sealed.value);
    if (!q.exec())
        return sqlError(q.lastError(), tr("saving a secret"));
    return {};
}

Status ProfileDatabase::removeSecret(const QString& owner, const QString& id)
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("DELETE FROM secrets WHERE owner = ? AND id = ?"));
    q.addBindValue(owner);
    q.addBindValue(id);
    if (!q.exec())
        return sqlError(q.lastError(), tr("deleting a secret"));
    return {};
}

Result<int> ProfileDatabase::secretCount()
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    if (!q.exec(QStringLiteral("SELECT count(*) FROM secrets")) || !q.next())
        return sqlError(q.lastError(), tr("reading it"));
    return q.value(0).toInt();
}

Result<QString> ProfileDatabase::meta(const QString& key)
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("SELECT value FROM meta WHERE key = ?"));
    q.addBindValue(key);
    if (!q.exec())
        return sqlError(q.lastError(), tr("reading it"));
    return q.next() ? q.value(0).toString() : QString();
}

Status ProfileDatabase::setMeta(const QString& key, const QString& value)
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO "
                             "UPDATE SET value = excluded.value"));
    q.addBindValue(key);
    q.addBindValue(value);
    if (!q.exec())
        return sqlError(q.lastError(), tr("saving"));
    return {};
}

qint64 ProfileDatabase::dataVersion()
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    if (!q.exec(m_team ? QStringLiteral("SELECT generation FROM changes")
                       : QStringLiteral("PRAGMA data_version"))
        || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

void ProfileDatabase::backupIfDue()
{
    if (m_team)
        return; // the database server's own backups
    const QFileInfo bak(backupPath());
    if (bak.exists() && bak.lastModified().secsTo(QDateTime::currentDateTime()) < 86400)
        return;
    // VACUUM INTO writes a consistent copy from a read transaction; it goes to a temporary name
    // first so a crash never leaves half a backup under the real one.
    const QString temp = backupPath() + QStringLiteral(".new");
    QFile::remove(temp);
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("VACUUM INTO ?"));
    q.addBindValue(temp);
    if (!q.exec()) {
        qCInfo(lcStore) << "no backup of the profile database:" << q.lastError().text();
        QFile::remove(temp);
        return;
    }
    QFile::remove(backupPath());
    if (!QFile::rename(temp, backupPath()))
        QFile::remove(temp);
}

} // namespace authdeck

// ---- Teams: the same rows on PostgreSQL -------------------------------------------------------

namespace authdeck {

namespace {

// libpq's words for a session that is gone (the server ended it, the network cut it); the
// SQLSTATE classes 08 (connection exception) and 57P (operator intervention) say the same.
bool lostText(const QString& text)
{
    for (const char* needle :
         {"server closed the connection", "terminating connection", "no connection to the server",
          "could not send data", "could not receive data", "connection to server", "SSL SYSCALL",
          "Connection reset", "Broken pipe", "connection not open"}) {
        if (text.contains(QLatin1String(needle), Qt::CaseInsensitive))
            return true;
    }
    return false;
}

} // namespace

Result<std::unique_ptr<ProfileDatabase>>
ProfileDatabase::openTeam(const TeamBinding& binding, const SecretBytes& password,
                          const std::optional<TeamCreate>& create)
{
    std::unique_ptr<ProfileDatabase> self(
        new ProfileDatabase(binding.displayName(), binding.teamId, connectionName()));
    self->m_team = true;
    self->m_member = binding.member;
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL"))) {
        return fail(ErrorKind::Other,
                    tr("AuthDeck cannot reach its team database: Qt's PostgreSQL driver is "
                       "missing (install libqt6sql6-psql)."));
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), self->m_connection);
    db.setHostName(binding.host);
    db.setPort(binding.port);
    db.setDatabaseName(binding.database);
    db.setUserName(binding.user);
    if (!password.isEmpty())
        db.setPassword(QString::fromUtf8(password.bytes())); // else ~/.pgpass, as libpq does
    // A dead peer is noticed within seconds (keepalives, tcp_user_timeout), not after the
    // kernel's two hours; a server that does not answer at all fails the open after 5 s.
    QString options =
        QStringLiteral("connect_timeout=5;application_name=authdeck;keepalives=1;keepalives_idle=5;"
                       "keepalives_interval=2;keepalives_count=3;tcp_user_timeout=10000");
    if (!binding.sslmode.isEmpty())
        options += QStringLiteral(";sslmode=") + binding.sslmode;
    db.setConnectOptions(options);
    if (!db.open())
        return self->teamError(db.lastError(), tr("connecting"));
    if (Status s = self->prepareTeam(create); !s.ok())
        return s.error();
    return self;
}

Error ProfileDatabase::notATeam() const
{
    return fail(ErrorKind::BadInput,
                tr("The database %1 holds no AuthDeck team (it has no schema \"authdeck\" made "
                   "by \"authdeck-cli team create\"). Nothing was changed: check the database "
                   "URL.")
                    .arg(m_path));
}

bool ProfileDatabase::connectionLost(const QSqlError& e) const
{
    const QString state = e.nativeErrorCode();
    if (state.startsWith(QLatin1String("08")) || state.startsWith(QLatin1String("57P")))
        return true;
    return e.type() == QSqlError::ConnectionError || lostText(e.text());
}

Error ProfileDatabase::teamError(const QSqlError& e, const QString& doing) const
{
    const QString text = e.text().simplified();
    const QString state = e.nativeErrorCode();
    if (text.contains(QLatin1String("password authentication failed"))
        || text.contains(QLatin1String("no password supplied")) || state == QLatin1String("28P01")
        || state == QLatin1String("28000")) {
        Error err = fail(ErrorKind::Rejected,
                         tr("The team database %1 refused this machine's password. Nothing was "
                            "changed: put the right one in ~/.pgpass, or give it again with "
                            "--database-password-file F.")
                             .arg(m_path));
        err.diagnosis = Diagnosis::InvalidClient;
        return err;
    }
    if (state == QLatin1String("3D000")
        || (text.contains(QLatin1String("database \""))
            && text.contains(QLatin1String("does not exist")))) {
        return fail(ErrorKind::BadInput,
                    tr("The database named in %1 does not exist on that server. Nothing was "
                       "changed: check the URL, or ask its administrator to create it.")
                        .arg(m_path));
    }
    if (state == QLatin1String("42501")) {
        return fail(ErrorKind::Rejected,
                    tr("The database user of %1 may not do this (%2): it has a server's rights, "
                       "which use tokens but do not change apps or accounts. Nothing was "
                       "changed; ask a team admin.")
                        .arg(m_path, doing));
    }
    if (connectionLost(e) || text.contains(QLatin1String("could not connect"))
        || text.contains(QLatin1String("timeout expired"))
        || text.contains(QLatin1String("Connection refused"))
        || text.contains(QLatin1String("could not translate host name"))) {
        m_lostMidWork = m_lostMidWork || connectionLost(e);
        Error err = fail(ErrorKind::Network,
                         tr("The team database %1 cannot be reached (%2). Nothing was changed, "
                            "and no local copy is used in its place: check the network and the "
                            "database server, then try again.")
                             .arg(m_path, text.left(200)));
        err.diagnosis = Diagnosis::ProviderOutage;
        return err;
    }
    if (state == QLatin1String("40001") || state == QLatin1String("40P01")) {
        return fail(ErrorKind::Other,
                    tr("The team database %1 was busy with another member's change; try again. "
                       "Nothing was changed.")
                        .arg(m_path));
    }
    qCWarning(lcStore).noquote() << "team database:" << doing << text;
    return fail(ErrorKind::Other,
                tr("The team database %1 failed while %2: %3").arg(m_path, doing, text));
}

Status ProfileDatabase::reconnect()
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    db.close();
    ++m_epoch;
    if (!db.open())
        return teamError(db.lastError(), tr("connecting"));
    qCInfo(lcStore) << "team database: connected again";
    return exec(QStringLiteral("SET search_path TO authdeck"));
}

Status ProfileDatabase::prepareTeam(const std::optional<TeamCreate>& create)
{
    if (Status s = exec(QStringLiteral("SET search_path TO authdeck")); !s.ok())
        return s;
    if (create)
        return createTeamSchema(*create);
    return checkSchema();
}

Status ProfileDatabase::createTeamSchema(const TeamCreate& create)
{
    QSqlQuery probe(QSqlDatabase::database(m_connection, false));
    if (!probe.exec(QStringLiteral("SELECT count(*) FROM information_schema.schemata WHERE "
                                   "schema_name = 'authdeck'"))
        || !probe.next())
        return sqlError(probe.lastError(), tr("reading it"));
    if (probe.value(0).toInt() != 0) {
        return fail(ErrorKind::BadInput,
                    tr("The database %1 already holds an AuthDeck team. Nothing was changed: "
                       "join it with an invite from one of its members (authdeck-cli team "
                       "join), or use another database.")
                        .arg(m_path));
    }
    if (Status s = exec(QStringLiteral("BEGIN")); !s.ok())
        return s;
    auto work = [&]() -> Status {
        for (const char* sql :
             {"CREATE SCHEMA authdeck",
              "CREATE TABLE meta (key TEXT PRIMARY KEY NOT NULL, value TEXT NOT NULL)",
              // seq keeps the order items were added in, as SQLite's rowid does locally.
              "CREATE TABLE apps (seq BIGSERIAL NOT NULL, id TEXT PRIMARY KEY NOT NULL, doc TEXT "
              "NOT NULL)",
              "CREATE TABLE accounts (seq BIGSERIAL NOT NULL, id TEXT PRIMARY KEY NOT NULL, doc "
              "TEXT NOT NULL)",
              "CREATE TABLE secrets (owner TEXT NOT NULL, id TEXT NOT NULL, nonce BYTEA NOT NULL, "
              "value BYTEA NOT NULL, PRIMARY KEY (owner, id))",
              "CREATE TABLE changes (id INTEGER PRIMARY KEY CHECK (id = 1), generation BIGINT NOT "
              "NULL)",
              "INSERT INTO changes (id, generation) VALUES (1, 0)",
              "CREATE TABLE members (name TEXT PRIMARY KEY NOT NULL, db_user TEXT NOT NULL "
              "DEFAULT current_user, joined TIMESTAMPTZ NOT NULL DEFAULT now(), last_seen "
              "TIMESTAMPTZ NOT NULL DEFAULT now())",
              "CREATE TABLE audit (seq BIGSERIAL PRIMARY KEY, at TIMESTAMPTZ NOT NULL DEFAULT "
              "now(), db_user TEXT NOT NULL DEFAULT current_user, member TEXT NOT NULL, action "
              "TEXT NOT NULL, subject TEXT NOT NULL DEFAULT '')"}) {
            if (Status s = exec(QLatin1String(sql)); !s.ok())
                return s;
        }
        const QList<std::pair<QString, QString>> meta{
            {QStringLiteral("format"), QLatin1String(TeamFormatName)},
            {QStringLiteral("schema_version"), QString::number(TeamSchemaVersion)},
            {QStringLiteral("profile_id"), m_profileId},
            {QStringLiteral("team_name"), create.teamName},
            {QStringLiteral("created"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
            {QStringLiteral("key_check"), create.keyCheck},
            {QStringLiteral("key_source"), QStringLiteral("keychain")}};
        for (const auto& [key, value] : meta) {
            if (Status s = setMeta(key, value); !s.ok())
                return s;
        }
        if (Status s = touchMember(); !s.ok())
            return s;
        return audit(QStringLiteral("created the team"), create.teamName);
    };
    m_inTransaction = true;
    Status result = work();
    m_inTransaction = false;
    if (result.ok())
        result = exec(QStringLiteral("COMMIT"));
    if (!result.ok()) {
        (void)exec(QStringLiteral("ROLLBACK"));
        return result;
    }
    return checkSchema();
}

Status ProfileDatabase::audit(const QString& action, const QString& subject)
{
    if (!m_team)
        return {};
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("INSERT INTO audit (member, action, subject) VALUES (?, ?, ?)"));
    q.addBindValue(m_member);
    q.addBindValue(action);
    q.addBindValue(subject);
    if (!q.exec())
        return sqlError(q.lastError(), tr("saving"));
    return {};
}

Result<QList<ProfileDatabase::AuditEntry>> ProfileDatabase::auditLog(int limit)
{
    QList<AuditEntry> out;
    if (!m_team)
        return out;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("SELECT at, member, db_user, action, subject FROM audit ORDER BY seq "
                             "DESC LIMIT ?"));
    q.addBindValue(limit);
    if (!q.exec())
        return sqlError(q.lastError(), tr("reading it"));
    while (q.next()) {
        out.append(AuditEntry{q.value(0).toDateTime().toUTC(), q.value(1).toString(),
                              q.value(2).toString(), q.value(3).toString(), q.value(4).toString()});
    }
    return out;
}

Result<QList<ProfileDatabase::Member>> ProfileDatabase::members()
{
    QList<Member> out;
    if (!m_team)
        return out;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    if (!q.exec(QStringLiteral("SELECT name, db_user, joined, last_seen FROM members ORDER BY "
                               "joined")))
        return sqlError(q.lastError(), tr("reading it"));
    while (q.next()) {
        out.append(Member{q.value(0).toString(), q.value(1).toString(),
                          q.value(2).toDateTime().toUTC(), q.value(3).toDateTime().toUTC()});
    }
    return out;
}

Status ProfileDatabase::touchMember(bool leaving)
{
    if (!m_team)
        return {};
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(leaving ? QStringLiteral("DELETE FROM members WHERE name = ?")
                      : QStringLiteral("INSERT INTO members (name) VALUES (?) ON CONFLICT (name) "
                                       "DO UPDATE SET last_seen = now(), db_user = current_user"));
    q.addBindValue(m_member);
    if (!q.exec())
        return sqlError(q.lastError(), tr("saving"));
    return {};
}

Result<bool> ProfileDatabase::mayChangeApps()
{
    if (!m_team)
        return true;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    if (!q.exec(QStringLiteral("SELECT has_table_privilege('authdeck.apps', 'INSERT')"))
        || !q.next())
        return sqlError(q.lastError(), tr("reading it"));
    return q.value(0).toBool();
}

Result<bool> ProfileDatabase::readOnly()
{
    if (!m_team)
        return false;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    if (!q.exec(QStringLiteral("SELECT current_setting('transaction_read_only') = 'on' OR "
                               "pg_is_in_recovery()"))
        || !q.next())
        return sqlError(q.lastError(), tr("reading it"));
    return q.value(0).toBool();
}

Status ProfileDatabase::dropTeam()
{
    if (!m_team)
        return {};
    return exec(QStringLiteral("DROP SCHEMA authdeck CASCADE"));
}

Result<bool> ProfileDatabase::tryLock(qint64 key)
{
    for (int attempt = 0;; ++attempt) {
        m_lostMidWork = false;
        QSqlQuery q(QSqlDatabase::database(m_connection, false));
        q.prepare(QStringLiteral("SELECT pg_try_advisory_lock(?)"));
        q.addBindValue(key);
        if (q.exec() && q.next())
            return q.value(0).toBool();
        const QSqlError e = q.lastError();
        if (!connectionLost(e) || attempt > 0)
            return sqlError(e, tr("locking an account"));
        if (Status r = reconnect(); !r.ok())
            return r.error();
    }
}

void ProfileDatabase::unlock(qint64 key, quint64 epoch)
{
    if (epoch != m_epoch)
        return; // that session is gone, and its locks with it
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("SELECT pg_advisory_unlock(?)"));
    q.addBindValue(key);
    if (!q.exec())
        qCInfo(lcStore) << "team database: an account lock was not released:"
                        << q.lastError().text();
}

} // namespace authdeck
