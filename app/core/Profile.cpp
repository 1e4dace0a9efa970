#include "core/Profile.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

#if defined(Q_OS_UNIX)
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace authdeck {

namespace {

#if defined(Q_OS_UNIX)
// A profile holds app registrations, the database of encrypted secrets and the files that steer
// where they are sent (providers/, settings.ini): it must belong to this user and be private
// (folders 0700, files 0600), or another local user could read or replace what AuthDeck trusts.
// Checked on the folder, its files and its sub-folders one level down (providers/, locks/).
Status checkPrivate(const QString& root, const QString& path, int depth)
{
    struct stat st {};
    const QByteArray native = QFile::encodeName(path);
    if (::stat(native.constData(), &st) != 0)
        return {}; // gone meanwhile (a lock file): nothing to protect
    const QString shown = QDir::toNativeSeparators(path);
    if (st.st_uid != ::geteuid()) {
        return fail(ErrorKind::BadInput,
                    QCoreApplication::translate(
                        "authdeck::Profile",
                        "%1 in the profile belongs to another user (uid %2); AuthDeck uses only a "
                        "profile that belongs to you. Move it away, or fix its owner.")
                        .arg(shown)
                        .arg(st.st_uid));
    }
    if ((st.st_mode & 077) != 0) {
        return fail(ErrorKind::BadInput,
                    QCoreApplication::translate(
                        "authdeck::Profile",
                        "%1 can be read or changed by other users (mode %2); AuthDeck keeps a "
                        "profile private. Run: chmod -R go-rwx '%3'")
                        .arg(shown)
                        .arg(st.st_mode & 07777, 4, 8, QLatin1Char('0'))
                        .arg(root));
    }
    if (S_ISDIR(st.st_mode) && depth > 0) {
        const QStringList entries = QDir(path).entryList(QDir::AllEntries | QDir::Hidden
                                                         | QDir::System | QDir::NoDotAndDotDot);
        for (const QString& name : entries) {
            if (Status s = checkPrivate(root, path + QLatin1Char('/') + name, depth - 1); !s.ok())
                return s;
        }
    }
    return {};
}
#endif

} // namespace

QString Profile::defaultPath()
{
    QString base = QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation);
    if (base.isEmpty())
        base = QDir::homePath() + QStringLiteral("/.config");
    return base + QStringLiteral("/authdeck/default");
}

Result<Profile> Profile::open(const QString& dir)
{
    const QString wanted = dir.isEmpty() ? defaultPath() : dir;
    QDir d(wanted);
    if (!d.exists()) {
        if (!QDir().mkpath(wanted)) {
            return fail(ErrorKind::Other,
                        QCoreApplication::translate("authdeck::Profile",
                                                    "Cannot create the profile folder %1.")
                            .arg(QDir::toNativeSeparators(wanted)));
        }
        QFile::setPermissions(wanted, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }
    const QFileInfo info(wanted);
    if (!info.isDir() || !info.isWritable()) {
        return fail(ErrorKind::Other,
                    QCoreApplication::translate("authdeck::Profile",
                                                "The profile folder %1 is not a writable folder.")
                        .arg(QDir::toNativeSeparators(wanted)));
    }
    Profile p;
    p.m_path = info.canonicalFilePath();
#if defined(Q_OS_UNIX)
    if (Status s = checkPrivate(p.m_path, p.m_path, 2); !s.ok())
        return s.error();
#endif
    p.m_id = QString::fromLatin1(
        QCryptographicHash::hash(p.m_path.toUtf8(), QCryptographicHash::Sha256).toHex().left(16));
    return p;
}

QString Profile::filePath(const QString& name) const
{
    return m_path + QLatin1Char('/') + name;
}

} // namespace authdeck
