#pragma once

// With AUTHDECK_SCREENSHOT_DIR set (packaging/tools/screenshots.sh), a GUI test that walks a
// wizard saves each page it reaches there as <language>-<name>.png, in the language
// AUTHDECK_SCREENSHOT_LANG names (English when unset): the README's walkthrough. Without it,
// nothing is saved and nothing changes.

#include "core/Translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QLocale>
#include <QTest>
#include <QWidget>

namespace authdeck::test {

inline QString screenshotLanguage()
{
    return qEnvironmentVariable("AUTHDECK_SCREENSHOT_LANG", QStringLiteral("en"));
}

// The words the tests' checks look for are English; a run in another language skips only those.
inline bool english()
{
    return screenshotLanguage() == QLatin1String("en");
}

// For initTestCase: the screenshot run's language, translations included.
inline void useScreenshotLanguage()
{
    if (!qEnvironmentVariableIsSet("AUTHDECK_SCREENSHOT_LANG"))
        return;
    QLocale::setDefault(QLocale(screenshotLanguage()));
    installTranslations(*QCoreApplication::instance());
}

inline void shot(QWidget& window, const QString& name)
{
    const QString dir = qEnvironmentVariable("AUTHDECK_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QCoreApplication::processEvents();
    QVERIFY(window.grab().save(
        QDir(dir).filePath(QStringLiteral("%1-%2.png").arg(screenshotLanguage(), name))));
}

} // namespace authdeck::test
