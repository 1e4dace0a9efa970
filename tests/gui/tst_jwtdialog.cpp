// The JWT connect dialog on the offscreen platform, against an in-process SandboxServer (memory
// secret store): field validation as typed, key generation off the UI thread (file mode 0600,
// public key and fingerprint shown, cancel), connecting as the enterprise and as a user, a refused
// Public Key ID that leaves nothing behind, and the main window's menu action.
#include "TestSupport.h"

#include "JwtConnectDialog.h"
#include "MainWindow.h"
#include "SecretLineEdit.h"

#include "accounts/AccountService.h"
#include "accounts/AppService.h"
#include "crypto/RsaKey.h"
#include "engine/Engine.h"
#include "sandbox/SandboxServer.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressDialog>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace authdeck;
using namespace authdeck::ui;
using namespace authdeck::crypto;

namespace {

const QByteArray Passphrase = "gui-jwt-passphrase-canary-314";
const QString UserId = QStringLiteral("900301");

int fileMode(const QString& path)
{
    struct stat st {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return -1;
    return int(st.st_mode & 0777);
}

QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void type(QLineEdit* edit, const QString& text)
{
    edit->clear();
    QTest::keyClicks(edit, text);
}

} // namespace

class TestJwtDialog : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void validatesAsTyped();
    void generateThenConnect();
    void cancelGeneration();
    void existingKeyAsUser();
    void unknownKidLeavesNothing();
    void reachableFromMainWindow();

private:
    void fill(JwtConnectDialog& d, const QString& kid, const QString& keyFile);

    std::optional<RsaKey> m_key; // a ready key for the tests that do not generate one
    QString m_keyFile;
    QTemporaryDir m_scratch;
    std::unique_ptr<SandboxServer> m_sandbox;
    std::unique_ptr<test::TempProfile> m_profile;
    std::unique_ptr<Engine> m_engine;
    SandboxClient m_client;
};

void TestJwtDialog::initTestCase()
{
    Result<RsaKey> key = RsaKey::generate(2048);
    QVERIFY(key.ok());
    m_key = *key;
    Result<QByteArray> pem =
        key->toEncryptedPkcs8Pem(SecretBytes(Passphrase), RsaKey::MinPbkdf2Iterations);
    QVERIFY(pem.ok());
    m_keyFile = test::writeFile(m_scratch.path(), QStringLiteral("existing.pem"), *pem);
}

void TestJwtDialog::init()
{
    m_sandbox = std::make_unique<SandboxServer>();
    QVERIFY(m_sandbox->start());
    m_sandbox->addUser(UserId, QStringLiteral("gui-user@sandbox.test"), QStringLiteral("GUI User"),
                       QString());
    SandboxClient c;
    c.name = QStringLiteral("GUI JWT");
    m_client = m_sandbox->registerClient(c);
    m_profile = std::make_unique<test::TempProfile>();
    QVERIFY(QDir(m_profile->path()).mkpath(QStringLiteral("providers")));
    test::writeFile(m_profile->path() + QStringLiteral("/providers"),
                    QStringLiteral("sandbox.json"),
                    QJsonDocument(m_sandbox->providerJson()).toJson());
    EngineOptions o;
    o.profileDir = m_profile->path();
    o.store = SecretStoreKind::Memory;
    auto e = Engine::create(o);
    QVERIFY(e.ok());
    m_engine = std::move(e).value();
}

void TestJwtDialog::cleanup()
{
    m_engine.reset();
    m_profile.reset();
    m_sandbox.reset();
}

void TestJwtDialog::fill(JwtConnectDialog& d, const QString& kid, const QString& keyFile)
{
    const int sandbox = d.providerCombo()->findData(QStringLiteral("sandbox"));
    QVERIFY(sandbox >= 0);
    d.providerCombo()->setCurrentIndex(sandbox);
    type(d.clientIdEdit(), m_client.clientId);
    type(d.clientSecretEdit()->lineEdit(), m_client.clientSecret);
    type(d.publicKeyIdEdit(), kid);
    type(d.keyFileEdit(), keyFile);
    type(d.passphraseEdit()->lineEdit(), QString::fromLatin1(Passphrase));
    type(d.enterpriseIdEdit(), QLatin1String(SandboxServer::DefaultEnterpriseId));
}

void TestJwtDialog::validatesAsTyped()
{
    JwtConnectDialog d(*m_engine);
    d.show();
    QVERIFY(QTest::qWaitForWindowExposed(&d));
    QVERIFY(!d.connectButton()->isEnabled());
    // Nothing typed: no complaints yet.
    QCOMPARE(d.hintFor(QStringLiteral("clientIdLineEdit")), QString());

    QTest::keyClicks(d.clientIdEdit(), QStringLiteral("abc"));
    QVERIFY(!d.hintFor(QStringLiteral("clientIdLineEdit")).isEmpty());
    QTest::keyClicks(d.clientIdEdit(), QStringLiteral("defgh123"));
    QCOMPARE(d.hintFor(QStringLiteral("clientIdLineEdit")), QString());

    QTest::keyClicks(d.publicKeyIdEdit(), QStringLiteral("bad id!"));
    QVERIFY(
        d.hintFor(QStringLiteral("publicKeyIdLineEdit")).contains(QStringLiteral("Public Key ID")));

    QTest::keyClicks(d.enterpriseIdEdit(), QStringLiteral("90x"));
    QVERIFY(!d.hintFor(QStringLiteral("enterpriseIdLineEdit")).isEmpty());

    type(d.keyFileEdit(), m_scratch.filePath(QStringLiteral("nope.pem")));
    QVERIFY(d.hintFor(QStringLiteral("keyFileLineEdit")).contains(QStringLiteral("No such file")));
    const QString notKey =
        test::writeFile(m_scratch.path(), QStringLiteral("notkey.pem"), "hello\n");
    type(d.keyFileEdit(), notKey);
    QVERIFY(!d.hintFor(QStringLiteral("keyFileLineEdit")).isEmpty());
    // An encrypted key asks for its passphrase.
    type(d.keyFileEdit(), m_keyFile);
    QCOMPARE(d.hintFor(QStringLiteral("keyFileLineEdit")), QString());
    QVERIFY(d.hintFor(QStringLiteral("passphraseEdit")).contains(QStringLiteral("passphrase")));

    // A user subject needs a numeric user ID; As-User too.
    d.subjectCombo()->setCurrentIndex(d.subjectCombo()->findData(QStringLiteral("user")));
    QVERIFY(d.userIdEdit()->isEnabled());
    QTest::keyClicks(d.userIdEdit(), QStringLiteral("alice"));
    QVERIFY(!d.hintFor(QStringLiteral("userIdLineEdit")).isEmpty());
    QTest::keyClicks(d.asUserEdit(), QStringLiteral("x"));
    QVERIFY(!d.hintFor(QStringLiteral("asUserLineEdit")).isEmpty());

    // All right: Connect comes on.
    fill(d, QStringLiteral("abcd1234"), m_keyFile);
    type(d.userIdEdit(), UserId);
    d.asUserEdit()->clear();
    QVERIFY(d.fieldsValid());
    QVERIFY(d.connectButton()->isEnabled());
    for (const char* f : {"clientIdLineEdit", "publicKeyIdLineEdit", "enterpriseIdLineEdit",
                          "keyFileLineEdit", "passphraseEdit", "userIdLineEdit", "asUserLineEdit"})
        QCOMPARE(d.hintFor(QLatin1String(f)), QString());
    // And off again as soon as one field goes wrong.
    QTest::keyClicks(d.enterpriseIdEdit(), QStringLiteral("z"));
    QVERIFY(!d.connectButton()->isEnabled());
}

void TestJwtDialog::generateThenConnect()
{
    JwtConnectDialog d(*m_engine);
    QSignalSpy generated(&d, &JwtConnectDialog::keyGenerated);
    QSignalSpy connected(&d, &JwtConnectDialog::accountConnected);
    d.show();
    QVERIFY(QTest::qWaitForWindowExposed(&d));
    type(d.passphraseEdit()->lineEdit(), QString::fromLatin1(Passphrase));
    d.keySizeCombo()->setCurrentIndex(d.keySizeCombo()->findData(2048));
    const QString out = m_scratch.filePath(QStringLiteral("generated.pem"));
    d.generateKey(out);
    // Off the UI thread: the dialog answers while the key is being made.
    QVERIFY(d.generationProgress() != nullptr);
    QVERIFY(!d.generateButton()->isEnabled());
    QVERIFY(generated.wait(60000));
    QCOMPARE(generated.first().first().toString(), out);
    QCOMPARE(fileMode(out), 0600);
    const QByteArray pem = readAll(out);
    QVERIFY(pem.startsWith("-----BEGIN ENCRYPTED PRIVATE KEY-----"));
    Result<RsaKey> key = RsaKey::fromPem(SecretBytes(pem), SecretBytes(Passphrase));
    QVERIFY(key.ok());
    QCOMPARE(key->bits(), 2048);
    QCOMPARE(d.publicKeyView()->toPlainText().toLatin1(), key->publicKeyPem());
    QVERIFY(d.fingerprintLabel()->text().contains(key->fingerprintSha256().hex));
    QCOMPARE(d.keyFileEdit()->text(), out);
    QVERIFY(d.copyPublicKeyButton()->isEnabled());
    QTest::mouseClick(d.copyPublicKeyButton(), Qt::LeftButton);
    QCOMPARE(QApplication::clipboard()->text().toLatin1(), key->publicKeyPem());

    // The admin adds the public key in the console and gets its ID.
    QString error;
    const QString kid = m_sandbox->addPublicKey(
        m_client.clientId, d.publicKeyView()->toPlainText().toLatin1(), &error);
    QVERIFY2(!kid.isEmpty(), qPrintable(error));
    fill(d, kid, out);
    QVERIFY(d.connectButton()->isEnabled());
    QTest::mouseClick(d.connectButton(), Qt::LeftButton);
    QVERIFY(connected.wait(60000));
    QVERIFY(!d.resultLabel()->isHidden());
    QVERIFY2(d.resultLabel()->text().contains(QStringLiteral("Sandbox Enterprise")),
             qPrintable(d.resultLabel()->text()));
    Result<QList<Account>> accounts = m_engine->accounts().list();
    QVERIFY(accounts.ok());
    QCOMPARE(accounts->size(), 1);
    QCOMPARE(accounts->first().subject, QStringLiteral("enterprise"));
    QCOMPARE(accounts->first().identity.value(QStringLiteral("id")),
             QLatin1String(SandboxServer::ServiceAccountId));
    QCOMPARE(m_sandbox->grantLog(), QStringList{QStringLiteral("jwt ok")});
    // No secret in the profile folder (the memory store keeps them in this process).
    const QByteArray files = m_profile->allFileBytes();
    QVERIFY(!files.contains(m_client.clientSecret.toUtf8()));
    QVERIFY(!files.contains(Passphrase));
}

void TestJwtDialog::cancelGeneration()
{
    JwtConnectDialog d(*m_engine);
    QSignalSpy generated(&d, &JwtConnectDialog::keyGenerated);
    QSignalSpy busy(&d, &JwtConnectDialog::busyChanged);
    d.show();
    QVERIFY(QTest::qWaitForWindowExposed(&d));
    type(d.passphraseEdit()->lineEdit(), QString::fromLatin1(Passphrase));
    d.keySizeCombo()->setCurrentIndex(d.keySizeCombo()->findData(4096));
    const QString out = m_scratch.filePath(QStringLiteral("cancelled.pem"));
    d.generateKey(out);
    QVERIFY(d.generationProgress());
    auto* cancel = d.generationProgress()->findChild<QPushButton*>();
    QVERIFY(cancel);
    QTest::mouseClick(cancel, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(busy.count(), 2, 30000); // busy, then idle again
    QCOMPARE(busy.last().first().toBool(), false);
    QCOMPARE(generated.count(), 0);
    QVERIFY(!QFile::exists(out));
    QVERIFY(d.errorLabel()->isHidden()); // a cancel is not an error
    QVERIFY(d.generateButton()->isEnabled());
}

void TestJwtDialog::existingKeyAsUser()
{
    QString error;
    const QString kid = m_sandbox->addPublicKey(m_client.clientId, m_key->publicKeyPem(), &error);
    QVERIFY2(!kid.isEmpty(), qPrintable(error));
    JwtConnectDialog d(*m_engine);
    QSignalSpy connected(&d, &JwtConnectDialog::accountConnected);
    d.show();
    QVERIFY(QTest::qWaitForWindowExposed(&d));
    fill(d, kid, m_keyFile);
    d.subjectCombo()->setCurrentIndex(d.subjectCombo()->findData(QStringLiteral("user")));
    type(d.userIdEdit(), UserId);
    d.notificationsOffCheck()->setChecked(true);
    QTest::mouseClick(d.connectButton(), Qt::LeftButton);
    QVERIFY(connected.wait(60000));
    QVERIFY2(d.resultLabel()->text().contains(QStringLiteral("gui-user@sandbox.test")),
             qPrintable(d.resultLabel()->text()));
    Result<QList<Account>> accounts = m_engine->accounts().list();
    QVERIFY(accounts.ok());
    QCOMPARE(accounts->size(), 1);
    QCOMPARE(accounts->first().subject, QStringLiteral("user:") + UserId);
    QVERIFY(accounts->first().notificationsOff);
    QCOMPARE(m_sandbox->notificationsOffCalls(), 1);
}

void TestJwtDialog::unknownKidLeavesNothing()
{
    JwtConnectDialog d(*m_engine);
    QSignalSpy busy(&d, &JwtConnectDialog::busyChanged);
    d.show();
    QVERIFY(QTest::qWaitForWindowExposed(&d));
    fill(d, QStringLiteral("zz11zz11"), m_keyFile);
    QTest::mouseClick(d.connectButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!d.errorLabel()->isHidden(), 60000);
    QVERIFY2(d.errorLabel()->text().contains(QStringLiteral("Public Key ID")),
             qPrintable(d.errorLabel()->text()));
    QTRY_COMPARE_WITH_TIMEOUT(busy.count(), 2, 30000);
    QTRY_VERIFY(d.connectButton()->isEnabled()); // fix the field and try again
    Result<QList<AppRegistration>> apps = m_engine->apps().list();
    QVERIFY(apps.ok());
    QCOMPARE(apps->size(), 0);
    Result<QList<Account>> accounts = m_engine->accounts().list();
    QVERIFY(accounts.ok());
    QCOMPARE(accounts->size(), 0);

    // A wrong passphrase names the passphrase and contacts nobody.
    type(d.passphraseEdit()->lineEdit(), QStringLiteral("not the passphrase"));
    QTest::mouseClick(d.connectButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(d.errorLabel()->text().contains(QStringLiteral("passphrase")), 30000);
    QCOMPARE(m_sandbox->tokenRequestCount(), 1);
}

void TestJwtDialog::reachableFromMainWindow()
{
    MainWindow w(*m_engine);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    auto* action = w.findChild<QAction*>(QStringLiteral("connectJwtAction"));
    QVERIFY(action);
    QVERIFY(action->text().contains(QStringLiteral("JWT")));
    action->trigger();
    auto* dialog = w.findChild<JwtConnectDialog*>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    dialog->reject();
}

QTEST_MAIN(TestJwtDialog)
#include "tst_jwtdialog.moc"
