// The locked-keyring trap: a locked Secret Service keyring answers reads with "not found" but
// refuses writes. AuthDeck must report it as locked, never as a missing secret. Runs against a
// keyring of its own so locking it disturbs no other test.
#include "PrivateKeyring.h"
#include "TestSupport.h"

#include "secrets/KeychainSecretStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace authdeck;

class TestKeychainLocked : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void readOfMissingEntryReportsLocked();
    void writeReportsLocked();
    void healthSaysLocked();
    void cliRefusesWithExitFiveAndWritesNothing();
    void cliWithoutSecretServiceExitsFive();

private:
    test::PrivateKeyring m_keyring;
};

void TestKeychainLocked::initTestCase()
{
    QVERIFY2(m_keyring.start(), qPrintable(m_keyring.why()));
    m_keyring.useInThisProcess();
    // Prove the keyring works before locking it, so a failure below is the lock's doing.
    KeychainSecretStore store(QStringLiteral("AuthDeck"),
                              QStringLiteral("authdeck:locktest:probe"));
    std::optional<Status> wrote;
    store.write(QStringLiteral("authdeck:locktest:app:existing"),
                SecretBytes(QByteArrayLiteral("v")), nullptr, [&](Status s) { wrote = s; });
    QTRY_VERIFY_WITH_TIMEOUT(wrote.has_value(), 30000);
    QVERIFY2(wrote->ok(), qPrintable(wrote->error().message));
    QVERIFY2(m_keyring.lockDefaultCollection(), qPrintable(m_keyring.why()));
}

void TestKeychainLocked::readOfMissingEntryReportsLocked()
{
    KeychainSecretStore store(QStringLiteral("AuthDeck"),
                              QStringLiteral("authdeck:locktest:probe"));
    store.setJobTimeout(15000);
    std::optional<Result<std::optional<SecretBytes>>> out;
    store.read(QStringLiteral("authdeck:locktest:app:existing"), nullptr,
               [&](Result<std::optional<SecretBytes>> r) { out = std::move(r); });
    QTRY_VERIFY_WITH_TIMEOUT(out.has_value(), 40000);
    // Without the probe this would be "no secret" (nullopt): the entry exists but is locked away.
    QVERIFY2(!out->ok(), "a locked keyring was mistaken for a missing secret");
    QCOMPARE(out->error().kind, ErrorKind::Keychain);
    QVERIFY2(out->error().message.contains(QLatin1String("keychain")),
             qPrintable(out->error().message));
}

void TestKeychainLocked::writeReportsLocked()
{
    KeychainSecretStore store(QStringLiteral("AuthDeck"),
                              QStringLiteral("authdeck:locktest:probe"));
    store.setJobTimeout(15000);
    std::optional<Status> out;
    store.write(QStringLiteral("authdeck:locktest:app:new"), SecretBytes(QByteArrayLiteral("x")),
                nullptr, [&](Status s) { out = s; });
    QTRY_VERIFY_WITH_TIMEOUT(out.has_value(), 40000);
    QVERIFY(!out->ok());
    QCOMPARE(out->error().kind, ErrorKind::Keychain);
    QVERIFY2(out->error().message.contains(QLatin1String("locked")),
             qPrintable(out->error().message));
}

void TestKeychainLocked::healthSaysLocked()
{
    KeychainSecretStore store(QStringLiteral("AuthDeck"),
                              QStringLiteral("authdeck:locktest:probe"));
    store.setJobTimeout(15000);
    std::optional<StoreHealth> health;
    store.checkHealth(nullptr, [&](StoreHealth h) { health = h; });
    QTRY_VERIFY_WITH_TIMEOUT(health.has_value(), 40000);
    QCOMPARE(health->state, StoreState::Locked);
    QVERIFY2(health->message.contains(QLatin1String("Unlock")), qPrintable(health->message));
}

void TestKeychainLocked::cliRefusesWithExitFiveAndWritesNothing()
{
    test::TempProfile profile;
    const QString secret = test::writeFile(profile.path(), QStringLiteral("../secret-locked.txt"),
                                           "locked-canary-secret\n");
    const test::CliRun r =
        test::runCli({QStringLiteral("--profile"), profile.path(), QStringLiteral("apps"),
                      QStringLiteral("add"), QStringLiteral("--provider"), QStringLiteral("box"),
                      QStringLiteral("--name"), QStringLiteral("b"), QStringLiteral("--client-id"),
                      QStringLiteral("cid"), QStringLiteral("--client-secret-file"), secret},
                     {}, m_keyring.environment());
    QFile::remove(secret);
    QCOMPARE(r.exitCode, 5);
    QVERIFY(r.err.contains("keychain"));
    QCOMPARE(r.err.count('\n'), 1); // one line
    QVERIFY(!profile.allFileBytes().contains("locked-canary-secret"));
    const test::CliRun list =
        test::runCli({QStringLiteral("--profile"), profile.path(), QStringLiteral("--json"),
                      QStringLiteral("apps"), QStringLiteral("list")},
                     {}, m_keyring.environment());
    QCOMPARE(list.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(list.out).array().size(), 0); // no app left behind
}

void TestKeychainLocked::cliWithoutSecretServiceExitsFive()
{
    m_keyring.stopKeyring();
    test::TempProfile profile;
    const QString secret = test::writeFile(profile.path(), QStringLiteral("../secret-absent.txt"),
                                           "absent-canary-secret\n");
    QStringList env = m_keyring.environment();
    env << QStringLiteral("AUTHDECK_KEYCHAIN_TIMEOUT_MS=10000");
    const test::CliRun r =
        test::runCli({QStringLiteral("--profile"), profile.path(), QStringLiteral("apps"),
                      QStringLiteral("add"), QStringLiteral("--provider"), QStringLiteral("box"),
                      QStringLiteral("--name"), QStringLiteral("b"), QStringLiteral("--client-id"),
                      QStringLiteral("cid"), QStringLiteral("--client-secret-file"), secret},
                     {}, env);
    QFile::remove(secret);
    QCOMPARE(r.exitCode, 5);
    QVERIFY(r.err.contains("keychain"));
    QVERIFY(!profile.allFileBytes().contains("absent-canary-secret"));
    QVERIFY(!QFile::exists(profile.file(QStringLiteral("profile.db"))));
}

QTEST_GUILESS_MAIN(TestKeychainLocked)
#include "tst_keychain_locked.moc"
