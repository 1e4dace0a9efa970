#include "core/Profile.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

namespace authdeck {

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
    p.m_id = QString::fromLatin1(
        QCryptographicHash::hash(p.m_path.toUtf8(), QCryptographicHash::Sha256).toHex().left(16));
    return p;
}

QString Profile::filePath(const QString& name) const
{
    return m_path + QLatin1Char('/') + name;
}

} // namespace authdeck
