#include "DesktopIntegration.h"

#include "core/Profile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSaveFile>
#include <QStandardPaths>

namespace authdeck::ui {

QString autostartFilePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation)
           + QStringLiteral("/autostart/authdeck.desktop");
}

Status setAutostart(bool enabled, const QString& profileDir)
{
    const QString path = autostartFilePath();
    if (!enabled) {
        if (QFile::exists(path) && !QFile::remove(path)) {
            return fail(
                ErrorKind::Other,
                QCoreApplication::translate("authdeck::ui::DesktopIntegration", "Cannot remove %1.")
                    .arg(QDir::toNativeSeparators(path)));
        }
        return {};
    }
    QDir().mkpath(QFileInfo(path).absolutePath());
    QString exec = QStringLiteral("authdeck");
    if (!profileDir.isEmpty()
        && QDir(profileDir).absolutePath() != QDir(Profile::defaultPath()).absolutePath()) {
        // Desktop entry Exec quoting: the argument in double quotes, with \ " ` $ escaped.
        QString quoted = QDir(profileDir).absolutePath();
        for (const char* c : {"\\", "\"", "`", "$"})
            quoted.replace(QLatin1String(c), QStringLiteral("\\") + QLatin1String(c));
        exec += QStringLiteral(" --profile \"%1\"").arg(quoted);
    }
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly)) {
        return fail(ErrorKind::Other, QCoreApplication::translate(
                                          "authdeck::ui::DesktopIntegration", "Cannot write %1.")
                                          .arg(QDir::toNativeSeparators(path)));
    }
    const QString entry = QStringLiteral("[Desktop Entry]\nType=Application\nName=AuthDeck\n"
                                         "Exec=%1\nIcon=authdeck\nX-GNOME-Autostart-enabled=true\n")
                              .arg(exec);
    f.write(entry.toUtf8());
    if (!f.commit()) {
        return fail(ErrorKind::Other, QCoreApplication::translate(
                                          "authdeck::ui::DesktopIntegration", "Cannot write %1.")
                                          .arg(QDir::toNativeSeparators(path)));
    }
    return {};
}

} // namespace authdeck::ui
