#include "accounts/ProfileStore.h"

#include "core/Ids.h"
#include "core/Log.h"
#include "store/ProfileDatabase.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>

namespace authdeck {

const AppRegistration* ProfileStore::Snapshot::app(const QString& idOrName) const
{
    for (const AppRegistration& a : apps) {
        if (a.id == idOrName)
            return &a;
    }
    for (const AppRegistration& a : apps) {
        if (a.name == idOrName)
            return &a;
    }
    return nullptr;
}

// The non-const lookups iterate mutably so the list detaches from any shared copy BEFORE a
// pointer into it is handed out (a pointer into a shared buffer would write into the cache).
AppRegistration* ProfileStore::Snapshot::app(const QString& idOrName)
{
    for (AppRegistration& a : apps) {
        if (a.id == idOrName)
            return &a;
    }
    for (AppRegistration& a : apps) {
        if (a.name == idOrName)
            return &a;
    }
    return nullptr;
}

const Account* ProfileStore::Snapshot::account(const QString& id) const
{
    for (const Account& a : accounts) {
        if (a.id == id)
            return &a;
    }
    return nullptr;
}

Account* ProfileStore::Snapshot::account(const QString& id)
{
    for (Account& a : accounts) {
        if (a.id == id)
            return &a;
    }
    return nullptr;
}

ProfileStore::ProfileStore(const Profile& profile, QObject* parent)
    : QObject(parent)
    , m_profile(profile)
{}

ProfileStore::~ProfileStore() = default;

QString ProfileStore::filePath() const
{
    return m_profile.filePath(QStringLiteral("profile.db"));
}

QString ProfileStore::legacyFilePath() const
{
    return m_profile.filePath(QStringLiteral("profile.json"));
}

QString ProfileStore::backupPath() const
{
    return filePath() + QStringLiteral(".bak");
}

bool ProfileStore::needsMigration() const
{
    return !m_db && !QFileInfo::exists(filePath()) && QFileInfo::exists(legacyFilePath());
}

Result<ProfileDatabase*> ProfileStore::database()
{
    if (m_db)
        return m_db.get();
    if (needsMigration()) {
        return fail(ErrorKind::Other,
                    tr("The profile %1 is from an earlier AuthDeck and has not been moved into "
                       "its database yet.")
                        .arg(QDir::toNativeSeparators(m_profile.path())));
    }
    const bool existed = QFileInfo::exists(filePath());
    Result<std::unique_ptr<ProfileDatabase>> db = ProfileDatabase::open(filePath(), m_profile.id());
    if (!db.ok())
        return db.error();
    m_db = std::move(db).value();
    m_created = !existed;
    return m_db.get();
}

void ProfileStore::dropIfUnused()
{
    if (!m_db || !m_created)
        return;
    Result<QString> check = QString();
    Result<int> secrets = 0;
    Result<QList<QJsonObject>> apps = QList<QJsonObject>();
    Result<QList<QJsonObject>> accounts = QList<QJsonObject>();
    const Status read = m_db->transaction(false, [&]() -> Status {
        check = m_db->meta(QStringLiteral("key_check"));
        secrets = m_db->secretCount();
        apps = m_db->documents(QStringLiteral("apps"));
        accounts = m_db->documents(QStringLiteral("accounts"));
        return {};
    });
    const bool empty = read.ok() && check.ok() && check->isEmpty() && secrets.ok() && *secrets == 0
                       && apps.ok() && apps->isEmpty() && accounts.ok() && accounts->isEmpty();
    if (!empty)
        return;
    const QString path = m_db->path();
    m_db.reset();
    m_cacheValid = false;
    m_created = false;
    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path + suffix);
}

void ProfileStore::watch()
{
    if (m_poll)
        return;
    // A commit by another process changes SQLite's data_version; polling it costs a few
    // microseconds, and no file notification is needed (WAL writes would wake one per page).
    m_poll = new QTimer(this);
    m_poll->setInterval(1000);
    connect(m_poll, &QTimer::timeout, this, [this] {
        if (!m_db) {
            // Nothing was here yet: another process may have made the database since.
            if (!m_seenFile && QFileInfo::exists(filePath())) {
                m_seenFile = true; // once: a file that cannot be opened is reported once
                Q_EMIT changed();
            }
            return;
        }
        if (!m_cacheValid)
            return;
        if (m_db->dataVersion() != m_cacheVersion) {
            m_cacheValid = false;
            Q_EMIT changed();
        }
    });
    m_poll->start();
}

Result<ProfileStore::Snapshot> ProfileStore::fromDocuments(const QList<QJsonObject>& apps,
                                                           const QList<QJsonObject>& accounts,
                                                           const QString& what)
{
    Snapshot s;
    for (const QJsonObject& o : apps)
        s.apps.append(AppRegistration::fromJson(o));
    for (const QJsonObject& o : accounts)
        s.accounts.append(Account::fromJson(o));
    // Ids name lock files and keys: one that does not match the pattern was not written by
    // AuthDeck.
    for (const AppRegistration& a : std::as_const(s.apps)) {
        if (!ids::isValid(a.id) || !ids::isValid(a.providerId)) {
            return fail(ErrorKind::BadInput,
                        tr("%1: an app registration has an id that is not valid.").arg(what));
        }
    }
    for (const Account& a : std::as_const(s.accounts)) {
        if (!ids::isValid(a.id) || !ids::isValid(a.providerId)
            || (!a.appId.isEmpty() && !ids::isValid(a.appId))) {
            return fail(ErrorKind::BadInput,
                        tr("%1: an account has an id that is not valid.").arg(what));
        }
    }
    return s;
}

Result<ProfileStore::Snapshot> ProfileStore::readRows()
{
    Result<QList<QJsonObject>> apps = m_db->documents(QStringLiteral("apps"));
    if (!apps.ok())
        return apps.error();
    Result<QList<QJsonObject>> accounts = m_db->documents(QStringLiteral("accounts"));
    if (!accounts.ok())
        return accounts.error();
    Result<Snapshot> s = fromDocuments(*apps, *accounts, QDir::toNativeSeparators(m_db->path()));
    if (!s.ok()) {
        Error e = m_db->damaged(s.error().message);
        return e;
    }
    return s;
}

Result<ProfileStore::Snapshot> ProfileStore::load()
{
    if (!m_db && !QFileInfo::exists(filePath()) && !needsMigration())
        return Snapshot(); // reading never creates the database
    Result<ProfileDatabase*> db = database();
    if (!db.ok())
        return db.error();
    const qint64 version = m_db->dataVersion();
    if (m_cacheValid && version == m_cacheVersion)
        return m_cache;
    Result<Snapshot> read = Snapshot();
    const Status s = m_db->transaction(false, [&]() -> Status {
        read = readRows();
        return read.ok() ? Status() : Status(read.error());
    });
    if (!s.ok())
        return s.error();
    m_cache = *read;
    m_cacheVersion = version;
    m_cacheValid = true;
    return m_cache;
}

Status ProfileStore::update(const Mutation& mutation, const AlsoWrite& alsoWrite)
{
    Result<ProfileDatabase*> db = database();
    if (!db.ok())
        return db.error();
    Snapshot next;
    const Status s = m_db->transaction(true, [&]() -> Status {
        Result<Snapshot> current = readRows(); // always re-read under the write lock
        if (!current.ok())
            return current.error();
        next = *current;
        if (Status m = mutation(next); !m.ok())
            return m;
        if (m_failWrites) {
            return fail(ErrorKind::Other,
                        tr("Cannot save the profile %1: no space left on device. Nothing was "
                           "changed.")
                            .arg(QDir::toNativeSeparators(m_profile.path())));
        }
        // Only the rows that changed: another process's rows are never rewritten.
        QHash<QString, QJsonObject> before;
        for (const AppRegistration& a : std::as_const(current->apps))
            before.insert(QStringLiteral("app:") + a.id, a.toJson());
        for (const Account& a : std::as_const(current->accounts))
            before.insert(QStringLiteral("account:") + a.id, a.toJson());
        auto put = [&](const QString& table, const QString& key, const QString& id,
                       const QJsonObject& doc) -> Status {
            const auto it = before.constFind(key);
            const bool same = it != before.constEnd() && *it == doc;
            before.remove(key);
            return same ? Status() : m_db->putDocument(table, id, doc);
        };
        for (const AppRegistration& a : std::as_const(next.apps)) {
            if (Status p =
                    put(QStringLiteral("apps"), QStringLiteral("app:") + a.id, a.id, a.toJson());
                !p.ok())
                return p;
        }
        for (const Account& a : std::as_const(next.accounts)) {
            if (Status p = put(QStringLiteral("accounts"), QStringLiteral("account:") + a.id, a.id,
                               a.toJson());
                !p.ok())
                return p;
        }
        for (auto it = before.constBegin(); it != before.constEnd(); ++it) {
            const bool app = it.key().startsWith(QLatin1String("app:"));
            const QString id = it.key().mid(it.key().indexOf(QLatin1Char(':')) + 1);
            if (Status r = m_db->removeDocument(
                    app ? QStringLiteral("apps") : QStringLiteral("accounts"), id);
                !r.ok())
                return r;
        }
        return alsoWrite ? alsoWrite(*m_db) : Status();
    });
    if (!s.ok()) {
        m_cacheValid = false;
        dropIfUnused();
        return s;
    }
    m_created = false; // it holds something now
    m_cache = next;
    m_cacheVersion = m_db->dataVersion();
    m_cacheValid = true;
    m_db->backupIfDue();
    Q_EMIT changed();
    return {};
}

} // namespace authdeck
