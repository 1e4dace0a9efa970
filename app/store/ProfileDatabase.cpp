#include "store/ProfileDatabase.h"

#include "core/Log.h"

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
        if (!q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND "
                                   "name = 'meta'")))
            return sqlError(q.lastError(), tr("reading it"));
        if (!q.next() || q.value(0).toInt() != 1)
            return damaged(tr("it is not an AuthDeck profile database"));
        Result<QString> format = meta(QStringLiteral("format"));
        if (!format.ok())
            return format.error();
        if (*format != QLatin1String(FormatName))
            return damaged(tr("it is not an AuthDeck profile database"));
        Result<QString> version = meta(QStringLiteral("schema_version"));
        if (!version.ok())
            return version.error();
        bool ok = false;
        const int v = version->toInt(&ok);
        if (!ok || v < 1)
            return damaged(tr("its schema version is missing"));
        if (v > SchemaVersion) {
            return fail(ErrorKind::BadInput,
                        tr("The profile database %1 was written by a newer AuthDeck (schema "
                           "version %2); update AuthDeck to use it. It was left as it is.")
                            .arg(QDir::toNativeSeparators(m_path))
                            .arg(v));
        }
        Result<QString> owner = meta(QStringLiteral("profile_id"));
        if (!owner.ok())
            return owner.error();
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
    if (!q.exec(QStringLiteral("SELECT id, doc FROM %1 ORDER BY rowid").arg(table)))
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
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    // An upsert keeps the row (and its rowid, the list order) of an item that changes.
    q.prepare(QStringLiteral("INSERT INTO %1 (id, doc) VALUES (?, ?) ON CONFLICT (id) DO UPDATE "
                             "SET doc = excluded.doc")
                  .arg(table));
    q.addBindValue(id);
    q.addBindValue(QString::fromUtf8(QJsonDocument(doc).toJson(QJsonDocument::Compact)));
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
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral(
        "INSERT OR REPLACE INTO secrets (owner, id, nonce, value) VALUES (?, ?, ?, ?)"));
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
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)"));
    q.addBindValue(key);
    q.addBindValue(value);
    if (!q.exec())
        return sqlError(q.lastError(), tr("saving"));
    return {};
}

qint64 ProfileDatabase::dataVersion()
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    if (!q.exec(QStringLiteral("PRAGMA data_version")) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

void ProfileDatabase::backupIfDue()
{
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
