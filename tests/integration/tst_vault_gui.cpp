// The window on the encrypted vault: chosen with --secret-store vault or in Settings → Security,
// never silently; the passphrase comes from a file or is asked for.
#include "TestSupport.h"

#include "core/Profile.h"
#include "engine/AppSettings.h"

#include <QProcess>
#include <QTest>

using namespace authdeck;

namespace {

QByteArray runGui(const QStringList& args, int* exitCode = nullptr)
{
    QProcess gui;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    gui.setProcessEnvironment(env);
    gui.start(QStringLiteral(AUTHDECK_GUI_PATH),
              args + QStringList{QStringLiteral("--smoke-test")});
    gui.waitForFinished(60000);
    if (exitCode)
        *exitCode = gui.exitCode();
    return gui.readAllStandardOutput();
}

} // namespace

class TestVaultGui : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void chosenOnTheCommandLine()
    {
        test::TempProfile p;
        const QString pass = test::writeFile(p.path(), QStringLiteral("pass"), "vault words 1\n");
        int code = -1;
        const QByteArray out =
            runGui({QStringLiteral("--profile"), p.path(), QStringLiteral("--secret-store"),
                    QStringLiteral("vault"), QStringLiteral("--vault-passphrase-file"), pass},
                   &code);
        QCOMPARE(code, 0);
        QVERIFY2(out.contains("secrets: encrypted vault"), out.constData());
    }

    void chosenInSettingsAndSharedWithTheCli()
    {
        test::TempProfile p;
        const QString pass = test::writeFile(p.path(), QStringLiteral("pass"), "vault words 2\n");
        const QString secret = test::writeFile(p.path(), QStringLiteral("secret"), "s3cr3t\n");
        // The CLI stores an app in the vault.
        const test::CliRun r = test::runCli(
            {QStringLiteral("--profile"), p.path(), QStringLiteral("--secret-store"),
             QStringLiteral("vault"), QStringLiteral("--vault-passphrase-file"), pass,
             QStringLiteral("apps"), QStringLiteral("add"), QStringLiteral("--provider"),
             QStringLiteral("box"), QStringLiteral("--name"), QStringLiteral("Vaulted"),
             QStringLiteral("--client-id"), QStringLiteral("cid"),
             QStringLiteral("--client-secret-file"), secret});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        // Settings → Security: the vault.
        Result<Profile> profile = Profile::open(p.path());
        QVERIFY(profile.ok());
        AppSettings s = AppSettings::load(*profile);
        s.secretStore = QStringLiteral("vault");
        s.save(*profile);
        int code = -1;
        const QByteArray out = runGui({QStringLiteral("--profile"), p.path(),
                                       QStringLiteral("--vault-passphrase-file"), pass},
                                      &code);
        QCOMPARE(code, 0);
        QVERIFY2(out.contains("secrets: encrypted vault"), out.constData());
        QVERIFY2(out.contains("app: Vaulted"), out.constData());
        // --secret-store keychain overrides the setting for one run.
        const QByteArray keychain =
            runGui({QStringLiteral("--profile"), p.path(), QStringLiteral("--secret-store"),
                    QStringLiteral("keychain")});
        QVERIFY2(!keychain.contains("encrypted vault"), keychain.constData());
    }

    void unknownStoreIsRefused()
    {
        test::TempProfile p;
        int code = -1;
        runGui({QStringLiteral("--profile"), p.path(), QStringLiteral("--secret-store"),
                QStringLiteral("plaintext")},
               &code);
        QCOMPARE(code, 2);
    }
};

QTEST_GUILESS_MAIN(TestVaultGui)
#include "tst_vault_gui.moc"
