// The shipped translations: the CLI answers in the user's language (--help included) and the GUI
// follows the locale; Qt's own strings (standard buttons) come along.
#include "TestSupport.h"

#include "MainWindow.h"

#include "core/Translations.h"
#include "engine/Engine.h"

#include <QDialogButtonBox>
#include <QMenuBar>
#include <QPushButton>
#include <QTest>

using namespace authdeck;

class TestTranslations : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void shipsGermanAndFrench()
    {
        const QStringList languages = availableLanguages();
        QVERIFY(languages.contains(QStringLiteral("de")));
        QVERIFY(languages.contains(QStringLiteral("fr")));
    }

    void cliHelpFollowsLanguage_data()
    {
        QTest::addColumn<QString>("env");
        QTest::addColumn<QString>("expected");
        QTest::newRow("LANGUAGE=de") << QStringLiteral("LANGUAGE=de") << QStringLiteral("Befehle:");
        QTest::newRow("LANG=fr") << QStringLiteral("LANG=fr_FR.UTF-8") << QStringLiteral("Verbes");
        QTest::newRow("English") << QStringLiteral("LANGUAGE=en") << QStringLiteral("Verbs:");
    }

    void cliHelpFollowsLanguage()
    {
        QFETCH(QString, env);
        QFETCH(QString, expected);
        const test::CliRun r =
            test::runCli({QStringLiteral("--help")}, {}, {QStringLiteral("LC_ALL="), env});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(QString::fromUtf8(r.out).contains(expected), r.out.constData());
    }

    void cliErrorsFollowLanguage()
    {
        test::TempProfile p;
        const test::CliRun r =
            test::runCli({QStringLiteral("--profile"), p.path(), QStringLiteral("apps"),
                          QStringLiteral("show"), QStringLiteral("nope")},
                         {}, {QStringLiteral("LC_ALL="), QStringLiteral("LANGUAGE=de")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("Keine App") || r.err.contains("keine App")
                     || r.err.contains("nope"),
                 r.err.constData());
        QVERIFY(!r.err.contains("No app"));
    }

    void guiFollowsLocale()
    {
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        installTranslations(*QCoreApplication::instance());
        test::TempProfile p;
        EngineOptions o;
        o.profileDir = p.path();
        o.store = SecretStoreKind::Memory;
        auto engine = Engine::create(o);
        QVERIFY(engine.ok());
        ui::MainWindow window(**engine);
        QCOMPARE(window.menuBar()->actions().first()->text(), QStringLiteral("&Datei"));
        // Qt's own translation (qtbase) is loaded too: standard buttons are German.
        QDialogButtonBox box(QDialogButtonBox::Cancel);
        QCOMPARE(box.button(QDialogButtonBox::Cancel)->text(), QStringLiteral("Abbrechen"));
    }
};

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
