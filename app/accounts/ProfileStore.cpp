#include "accounts/ProfileStore.h"

#include "core/Ids.h"
#include "core/Log.h"
#include "store/ProfileDatabase.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QPointer>
#include <QtEndian>

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

void ProfileStore::bindTeam(const TeamBinding& binding, SecretBytes password)
{
    Q_ASSERT(!m_db);
    m_team = binding;
    m_teamPassword = std::move(password);
}

bool ProfileStore::needsMigration() const
{
    return !m_team && !m_db && !QFileInfo::exists(filePath())
           && QFileInfo::exists(legacyFilePath());
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
    if (m_team) {
        Result<std::unique_ptr<ProfileDatabase>> db =
            ProfileDatabase::openTeam(*m_team, m_teamPassword);
        if (!db.ok())
            return db.error();
        m_db = std::move(db).value();
        // When this member was last seen; a server's role without that right is no problem.
        (void)m_db->touchMember();
        return m_db.get();
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
    if (m_team || !m_db || !m_created)
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
    // A team's generation is one indexed row on the server: every three seconds is enough.
    m_poll->setInterval(m_team ? 3000 : 1000);
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
    if (!m_team && !m_db && !QFileInfo::exists(filePath()) && !needsMigration())
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
    qint64 version = -1;
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
        if (Status a = auditChanges(*current, next); !a.ok())
            return a;
        if (Status w = alsoWrite ? alsoWrite(*m_db) : Status(); !w.ok())
            return w;
        // The version this commit makes, read while no other writer can commit: read after the
        // commit, it could already include another process's change the cache does not hold.
        version = m_db->dataVersion();
        return {};
    });
    if (!s.ok()) {
        m_cacheValid = false;
        dropIfUnused();
        return s;
    }
    m_created = false; // it holds something now
    m_cache = next;
    m_cacheVersion = version;
    m_cacheValid = version >= 0;
    m_db->backupIfDue();
    Q_EMIT changed();
    return {};
}

Status ProfileStore::auditChanges(const Snapshot& before, const Snapshot& after)
{
    if (!m_team)
        return {};
    // The audit log says who did what to which item, never a secret: names and ids only.
    auto label = [](const QString& name, const QString& id) {
        return QStringLiteral("%1 (%2)").arg(name, id);
    };
    for (const AppRegistration& a : after.apps) {
        const AppRegistration* old = before.app(a.id);
        if (!old) {
            if (Status s = m_db->audit(QStringLiteral("registered the app"), label(a.name, a.id));
                !s.ok())
                return s;
        } else if (old->toJson() != a.toJson()) {
            if (Status s = m_db->audit(QStringLiteral("changed the app"), label(a.name, a.id));
                !s.ok())
                return s;
        }
    }
    for (const AppRegistration& a : before.apps) {
        if (!after.app(a.id)) {
            if (Status s = m_db->audit(QStringLiteral("removed the app"), label(a.name, a.id));
                !s.ok())
                return s;
        }
    }
    for (const Account& a : after.accounts) {
        const Account* old = before.account(a.id);
        QString action;
        if (!old)
            action = QStringLiteral("connected");
        else if (old->lastRefresh != a.lastRefresh)
            action = QStringLiteral("renewed");
        else if (old->status != a.status && a.status == AccountStatus::NeedsSignIn)
            action = QStringLiteral("found it needs sign-in again");
        else if (old->toJson() != a.toJson())
            action = QStringLiteral("changed the account");
        if (!action.isEmpty()) {
            if (Status s = m_db->audit(action, label(a.name, a.id)); !s.ok())
                return s;
        }
    }
    for (const Account& a : before.accounts) {
        if (!after.account(a.id)) {
            if (Status s = m_db->audit(QStringLiteral("disconnected"), label(a.name, a.id));
                !s.ok())
                return s;
        }
    }
    return {};
}

Status ProfileStore::record(const QString& action, const QString& subject)
{
    if (!m_team)
        return {};
    Result<ProfileDatabase*> db = database();
    if (!db.ok())
        return db.error();
    return (*db)->transaction(true, [&]() -> Status { return (*db)->audit(action, subject); });
}

namespace {

// A team's renewal lock: a PostgreSQL advisory lock of this process's database session.
struct TeamLockHolder : AccountLock::Holder {
    QPointer<ProfileStore> store;
    qint64 key = 0;
    quint64 epoch = 0;

    [[nodiscard]] bool held() const override
    {
        return store && store->openDatabase() && store->openDatabase()->sessionEpoch() == epoch;
    }
    ~TeamLockHolder() override
    {
        if (held())
            store->openDatabase()->unlock(key, epoch);
    }
};

qint64 teamLockKey(const QString& teamId, const QString& accountId)
{
    const QByteArray digest = QCryptographicHash::hash(
        QStringLiteral("authdeck-account\n%1\n%2").arg(teamId, accountId).toUtf8(),
        QCryptographicHash::Sha256);
    return qFromBigEndian<qint64>(digest.constData());
}

void attemptTeamLock(QPointer<ProfileStore> store, qint64 key, QDeadlineTimer deadline,
                     QObject* context, AccountLock::Done done)
{
    if (!store) {
        done(fail(ErrorKind::Cancelled,
                  QCoreApplication::translate("authdeck::ProfileStore", "Cancelled.")));
        return;
    }
    Result<ProfileDatabase*> db = store->database();
    if (!db.ok()) {
        done(db.error());
        return;
    }
    Result<bool> got = (*db)->tryLock(key);
    if (!got.ok()) {
        done(got.error());
        return;
    }
    if (*got) {
        auto holder = std::make_shared<TeamLockHolder>();
        holder->store = store;
        holder->key = key;
        holder->epoch = (*db)->sessionEpoch();
        done(AccountLock::Handle(holder));
        return;
    }
    if (deadline.hasExpired()) {
        done(fail(ErrorKind::Other,
                  QCoreApplication::translate("authdeck::ProfileStore",
                                              "Another member of the team is renewing this "
                                              "account and does not finish; try again.")));
        return;
    }
    QTimer::singleShot(50, context, [store, key, deadline, context, done] {
        attemptTeamLock(store, key, deadline, context, done);
    });
}

} // namespace

void ProfileStore::lockAccount(const QString& accountId, int timeoutMs, QObject* context,
                               AccountLock::Done done)
{
    if (!m_team) {
        AccountLock::acquire(m_profile.path(), accountId, timeoutMs, context, std::move(done));
        return;
    }
    QObject* receiver = context ? context : this;
    const qint64 key = teamLockKey(m_team->teamId, accountId);
    QTimer::singleShot(0, receiver,
                       [store = QPointer<ProfileStore>(this), key, timeoutMs, receiver, done] {
                           attemptTeamLock(store, key, QDeadlineTimer(timeoutMs), receiver, done);
                       });
}

} // namespace authdeck
