#include "accounts/ProfileStore.h"

#include "core/Ids.h"
#include "core/Log.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLockFile>
#include <QSaveFile>

#if defined(Q_OS_UNIX)
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace authdeck {

namespace {

const QLatin1String FormatName("authdeck-profile");

// Identifies one version of the file: every save is a rename of a new file, so on Unix the inode
// alone changes with each write, even two writes within the same millisecond.
QByteArray fileKey(const QString& path)
{
#if defined(Q_OS_UNIX)
    struct stat st {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return QByteArrayLiteral("absent");
    return QByteArray::number(static_cast<qulonglong>(st.st_ino)) + '/'
           + QByteArray::number(static_cast<qlonglong>(st.st_size)) + '/'
           + QByteArray::number(static_cast<qlonglong>(st.st_mtim.tv_sec)) + '.'
           + QByteArray::number(static_cast<qlonglong>(st.st_mtim.tv_nsec));
#else
    const QFileInfo info(path);
    if (!info.exists())
        return QByteArrayLiteral("absent");
    return QByteArray::number(info.size()) + '/'
           + QByteArray::number(info.lastModified().toMSecsSinceEpoch()) + '/'
           + QByteArray::number(info.metadataChangeTime().toMSecsSinceEpoch());
#endif
}

} // namespace

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
    return m_profile.filePath(QStringLiteral("profile.json"));
}

void ProfileStore::watch()
{
    if (m_watcher)
        return;
    m_watcher = new QFileSystemWatcher(this);
    m_watcher->addPath(m_profile.path());
    if (QFileInfo::exists(filePath()))
        m_watcher->addPath(filePath());
    auto onChange = [this] {
        // QSaveFile replaces the file, which drops it from the watch list: add it again.
        if (QFileInfo::exists(filePath()) && !m_watcher->files().contains(filePath()))
            m_watcher->addPath(filePath());
        if (fileKey(filePath()) != m_cacheKey) {
            m_cacheValid = false;
            Q_EMIT changed();
        }
    };
    connect(m_watcher, &QFileSystemWatcher::fileChanged, this, onChange);
    connect(m_watcher, &QFileSystemWatcher::directoryChanged, this, onChange);
}

Result<ProfileStore::Snapshot> ProfileStore::load()
{
    if (m_cacheValid && fileKey(filePath()) == m_cacheKey)
        return m_cache;
    // Reading needs no lock: writes are atomic renames.
    return readFile();
}

QString ProfileStore::backupPath() const
{
    return filePath() + QStringLiteral(".bak");
}

Result<ProfileStore::Snapshot> ProfileStore::readFile()
{
    const QString path = filePath();
    const QByteArray key = fileKey(path);
    QFile f(path);
    if (!f.exists()) {
        m_cache = {};
        m_cacheKey = key;
        m_cacheValid = true;
        return m_cache;
    }
    if (!f.open(QIODevice::ReadOnly)) {
        return fail(ErrorKind::Other,
                    tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), f.errorString()));
    }
    const QByteArray data = f.readAll();
    f.close();

    QString problem;
    Snapshot s = parse(data, &problem);
    if (!problem.isEmpty()) {
        // Never overwritten, never set aside: the admin decides what to restore. The copy of the
        // last good version (written before every save) is named so it can be put back.
        QString next;
        QString ignored;
        QFile bak(backupPath());
        if (bak.open(QIODevice::ReadOnly) && (parse(bak.readAll(), &ignored), ignored.isEmpty())) {
            next = tr("The version before the last change is kept as %1; to go back to it, run: "
                      "cp '%1' '%2'")
                       .arg(QDir::toNativeSeparators(backupPath()), path);
        } else {
            next = tr("No earlier version is kept; move the file away to start with an empty "
                      "profile (its accounts must then be connected again).");
        }
        return fail(ErrorKind::BadInput,
                    tr("The profile file %1 is damaged (%2); nothing was read or changed. %3")
                        .arg(QDir::toNativeSeparators(path), problem, next));
    }
    m_cache = s;
    m_cacheKey = key;
    m_cacheValid = true;
    return s;
}

ProfileStore::Snapshot ProfileStore::parse(const QByteArray& data, QString* problem) const
{
    QJsonParseError perr{};
    const QJsonDocument doc = QJsonDocument::fromJson(data, &perr);
    QJsonObject root;
    if (perr.error != QJsonParseError::NoError) {
        *problem =
            tr("it is not valid JSON (%1 at byte %2)").arg(perr.errorString()).arg(perr.offset);
        return {};
    }
    if (!doc.isObject()) {
        *problem = tr("it is not a JSON object");
        return {};
    }
    root = doc.object();
    if (root.value(QStringLiteral("format")).toString() != FormatName) {
        *problem = tr("it is not an AuthDeck profile file");
        return {};
    }
    if (!root.value(QStringLiteral("apps")).isArray()
        || !root.value(QStringLiteral("accounts")).isArray()) {
        *problem = tr("its apps or accounts list is missing");
        return {};
    }
    const int version = root.value(QStringLiteral("version")).toInt(0);
    if (version > FormatVersion) {
        *problem = tr("it was written by a newer AuthDeck (format version %1); update AuthDeck to "
                      "use it")
                       .arg(version);
        return {};
    }
    Snapshot s;
    for (const QJsonValue& v : root.value(QStringLiteral("apps")).toArray())
        s.apps.append(AppRegistration::fromJson(v.toObject()));
    for (const QJsonValue& v : root.value(QStringLiteral("accounts")).toArray())
        s.accounts.append(Account::fromJson(v.toObject()));
    // Ids name lock files and keychain keys: one that does not match the pattern means the file
    // was not written by AuthDeck.
    for (const AppRegistration& a : std::as_const(s.apps)) {
        if (!ids::isValid(a.id) || !ids::isValid(a.providerId)) {
            *problem = tr("an app registration has an id that is not valid");
            return {};
        }
    }
    for (const Account& a : std::as_const(s.accounts)) {
        if (!ids::isValid(a.id) || !ids::isValid(a.providerId)
            || (!a.appId.isEmpty() && !ids::isValid(a.appId))) {
            *problem = tr("an account has an id that is not valid");
            return {};
        }
    }
    return s;
}

Status ProfileStore::writeLocked(const Snapshot& snapshot)
{
    QJsonArray apps;
    for (const AppRegistration& a : snapshot.apps)
        apps.append(a.toJson());
    QJsonArray accounts;
    for (const Account& a : snapshot.accounts)
        accounts.append(a.toJson());
    QJsonObject root;
    root.insert(QStringLiteral("format"), FormatName);
    root.insert(QStringLiteral("version"), FormatVersion);
    root.insert(QStringLiteral("apps"), apps);
    root.insert(QStringLiteral("accounts"), accounts);

    const QString path = filePath();
    const QByteArray data = QJsonDocument(root).toJson(QJsonDocument::Indented);
    keepBackup();
    QSaveFile f(path);
    // Unbuffered, every byte checked: a full disk or a file size limit takes part of the data and
    // refuses the rest, and a short count is no error to QFileDevice (nor is a failed final flush
    // to QSaveFile::commit() in Qt 6.4): the truncated file would replace the good one. Writing
    // the rest again fails with the system's reason (ENOSPC, EFBIG).
    bool ok = !m_failWrites && f.open(QIODevice::WriteOnly | QIODevice::Unbuffered);
    if (ok)
        f.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    for (qint64 done = 0; ok && done < data.size();) {
        const qint64 n = f.write(data.constData() + done, data.size() - done);
        ok = n > 0;
        done += n;
    }
    if (ok)
        ok = f.commit();
    if (!ok) {
        // Taken before cancelWriting(), which replaces the system's reason with its own words.
        const QString why = m_failWrites ? tr("no space left on device") : f.errorString();
        f.cancelWriting();
        return fail(ErrorKind::Other, tr("Cannot save the profile %1: %2. Nothing was changed.")
                                          .arg(QDir::toNativeSeparators(path), why));
    }
    m_cache = snapshot;
    m_cacheKey = fileKey(path);
    m_cacheValid = true;
    return {};
}

void ProfileStore::keepBackup() const
{
#if defined(Q_OS_UNIX)
    // The version about to be replaced stays reachable as profile.json.bak: a hard link (no copy,
    // no extra write), swapped in with a rename so a crash leaves the old backup or the new one.
    const QByteArray current = QFile::encodeName(filePath());
    const QByteArray temp = QFile::encodeName(backupPath() + QStringLiteral(".new"));
    ::unlink(temp.constData());
    if (::link(current.constData(), temp.constData()) == 0
        && ::rename(temp.constData(), QFile::encodeName(backupPath()).constData()) != 0)
        ::unlink(temp.constData());
#endif
}

Error ProfileStore::lockFailed(const QLockFile& lock) const
{
    const QString dir = QDir::toNativeSeparators(m_profile.path());
    if (lock.error() == QLockFile::LockFailedError) {
        return fail(ErrorKind::Other, tr("The profile %1 is in use by another AuthDeck process "
                                         "that does not let go; try again.")
                                          .arg(dir));
    }
    // The lock file itself could not be written: not another process's doing.
    return fail(ErrorKind::Other, tr("Cannot write in the profile folder %1 (is the disk full or "
                                     "the folder read-only?). Nothing was changed.")
                                      .arg(dir));
}

Status ProfileStore::update(const Mutation& mutation)
{
    QLockFile lock(m_profile.filePath(QStringLiteral("profile.lock")));
    lock.setStaleLockTime(30000);
    if (!lock.tryLock(15000))
        return lockFailed(lock);
    m_cacheValid = false; // always re-read under the lock
    Result<Snapshot> current = readFile();
    if (!current.ok())
        return current.error();
    Snapshot next = *current;
    if (Status s = mutation(next); !s.ok())
        return s;
    if (Status s = writeLocked(next); !s.ok()) {
        m_cacheValid = false;
        return s;
    }
    Q_EMIT changed();
    return {};
}

} // namespace authdeck
