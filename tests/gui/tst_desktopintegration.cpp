// "Start AuthDeck when I log in": the XDG autostart entry.
#include "TestSupport.h"

#include "DesktopIntegration.h"

#include <QFile>
#include <QStandardPaths>
#include <QTest>

using namespace authdeck;

class TestDesktopIntegration : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void autostartEntryComesAndGoes()
    {
        test::TempProfile p;
        const QString path = ui::autostartFilePath();
        QVERIFY(ui::setAutostart(true, p.path()).ok());
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray entry = f.readAll();
        f.close();
        QVERIFY(entry.startsWith("[Desktop Entry]\n"));
        QVERIFY2(entry.contains("Exec=authdeck --profile \"" + p.path().toUtf8() + "\""),
                 entry.constData());
        QVERIFY(ui::setAutostart(false, p.path()).ok());
        QVERIFY(!QFile::exists(path));
        QVERIFY(ui::setAutostart(false, p.path()).ok()); // already gone: fine
    }
};

QTEST_MAIN(TestDesktopIntegration)
#include "tst_desktopintegration.moc"
