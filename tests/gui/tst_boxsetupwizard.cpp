// The Box setup wizard on the offscreen platform against an in-process SandboxServer (memory secret
// store): the console button opens the sandbox's developer console, the key pair is generated off
// the UI thread into a 0600 file and its public key registered with the sandbox (addPublicKey),
// shape checks hold Next back, the first verification is refused (the app is not authorized yet)
// and leaves nothing behind, the fix button returns to the admin-authorization step, and the
// second verification ends with an account. Cancel after it removes the account and the app.
#include "TestSupport.h"

#include "BoxSetupWizard.h"
#include "SecretLineEdit.h"

#include "accounts/AccountService.h"
#include "accounts/AppService.h"
#include "engine/Engine.h"
#include "sandbox/SandboxServer.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace authdeck;
using namespace authdeck::ui;

class ConsoleBrowser : public QObject {
    Q_OBJECT
public:
    QList<QUrl> opened;
public Q_SLOTS:
    void open(const QUrl& url) { opened << url; }
};

class TestBoxSetupWizard : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<SandboxServer> m_sandbox;
    std::unique_ptr<test::TempProfile> m_profile;
    std::unique_ptr<Engine> m_engine;
    ConsoleBrowser m_browser;
    SandboxClient m_client;
    QTemporaryDir m_scratch;

    void walkToVerify(BoxSetupWizard& wizard, const QString& keyPath)
    {
        const int sandbox = wizard.providerCombo()->findData(QStringLiteral("sandbox"));
        QVERIFY(sandbox >= 0);
        wizard.providerCombo()->setCurrentIndex(sandbox);
        QTest::mouseClick(wizard.findChild<QPushButton*>(QStringLiteral("openConsolePushButton")),
                          Qt::LeftButton);
        QCOMPARE(m_browser.opened.size(), 1);
        QCOMPARE(m_browser.opened.first().path(), QStringLiteral("/developers/console"));
        QCOMPARE(m_browser.opened.first().port(), m_sandbox->baseUrl().port());

        QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
        QTest::keyClicks(wizard.clientIdEdit(), m_client.clientId);
        QTest::keyClicks(wizard.clientSecretEdit()->lineEdit(), m_client.clientSecret);
        QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
        wizard.next();
        QCOMPARE(wizard.currentId(), int(BoxSetupWizard::KeyPairPage));

        // Generate: off the UI thread, into a file only its owner reads.
        QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
        QTest::keyClicks(wizard.passphraseEdit()->lineEdit(), QStringLiteral("box-setup-pass"));
        wizard.keyFileEdit()->setText(keyPath);
        QSignalSpy generated(&wizard, &BoxSetupWizard::keyGenerated);
        QTest::mouseClick(wizard.generateButton(), Qt::LeftButton);
        QVERIFY(wizard.busy()); // the UI thread is free while the key is made
        QVERIFY(generated.wait(60000));
        struct stat st {};
        QCOMPARE(::stat(QFile::encodeName(keyPath).constData(), &st), 0);
        QCOMPARE(int(st.st_mode & 0777), 0600);
        QFile keyFile(keyPath);
        QVERIFY(keyFile.open(QIODevice::ReadOnly));
        QVERIFY(keyFile.readAll().contains("BEGIN ENCRYPTED PRIVATE KEY"));
        const QByteArray publicPem = wizard.publicKeyView()->toPlainText().toLatin1();
        QVERIFY(publicPem.contains("BEGIN PUBLIC KEY"));
        QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
        wizard.next();

        // The admin pastes the public key into the (sandbox) console and gets its ID.
        QCOMPARE(wizard.currentId(), int(BoxSetupWizard::PublicKeyIdPage));
        const QString kid = m_sandbox->addPublicKey(m_client.clientId, publicPem);
        QVERIFY(!kid.isEmpty());
        QTest::keyClicks(wizard.publicKeyIdEdit(), QStringLiteral("bad id!"));
        QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
        QVERIFY(wizard.findChild<QLabel*>(QStringLiteral("boxPublicKeyIdHint"))->isVisible());
        wizard.publicKeyIdEdit()->clear();
        QTest::keyClicks(wizard.publicKeyIdEdit(), kid);
        QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
        wizard.next();
        QCOMPARE(wizard.currentId(), int(BoxSetupWizard::AccessPage));
        wizard.next();
        QCOMPARE(wizard.currentId(), int(BoxSetupWizard::AuthorizePage));
        QCOMPARE(wizard.findChild<QLabel*>(QStringLiteral("boxClientIdLabel"))->text(),
                 m_client.clientId);
        wizard.next();
        QCOMPARE(wizard.currentId(), int(BoxSetupWizard::EnterprisePage));
        QTest::keyClicks(wizard.enterpriseIdEdit(), QStringLiteral("ent-1"));
        QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
        wizard.enterpriseIdEdit()->clear();
        QTest::keyClicks(wizard.enterpriseIdEdit(),
                         QString::fromLatin1(SandboxServer::DefaultEnterpriseId));
        wizard.next();
        QCOMPARE(wizard.currentId(), int(BoxSetupWizard::VerifyPage));
    }

private Q_SLOTS:
    void init()
    {
        m_sandbox = std::make_unique<SandboxServer>();
        QVERIFY(m_sandbox->start());
        SandboxClient c;
        c.name = QStringLiteral("Box setup");
        c.authorized = false; // the admin has not approved it yet
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
        m_browser.opened.clear();
        QDesktopServices::setUrlHandler(QStringLiteral("http"), &m_browser, "open");
    }

    void cleanup()
    {
        QDesktopServices::unsetUrlHandler(QStringLiteral("http"));
        m_engine.reset();
        m_profile.reset();
        m_sandbox.reset();
    }

    void fromKeyGenerationToAVerifiedConnection()
    {
        BoxSetupWizard wizard(*m_engine);
        QSignalSpy connected(&wizard, &BoxSetupWizard::accountConnected);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        walkToVerify(wizard, m_scratch.filePath(QStringLiteral("box1.pem")));
        if (QTest::currentTestFailed())
            return;

        // Refused: the app is not authorized in the Admin Console yet.
        wizard.button(QWizard::CommitButton)->click();
        QTRY_VERIFY_WITH_TIMEOUT(wizard.verifyMessage()->isVisible(), 30000);
        QTRY_VERIFY(!wizard.busy());
        QVERIFY2(wizard.verifyMessage()->text().contains(QStringLiteral("authorized")),
                 qPrintable(wizard.verifyMessage()->text()));
        QCOMPARE(wizard.currentId(), int(BoxSetupWizard::VerifyPage));
        QVERIFY(wizard.fixButton()->isVisible());
        QCOMPARE(m_engine->apps().list()->size(), 0); // the attempt left nothing behind
        QCOMPARE(m_engine->accounts().list()->size(), 0);

        // The fix: back to the authorization step, the admin approves, verify again.
        QTest::mouseClick(wizard.fixButton(), Qt::LeftButton);
        QCOMPARE(wizard.currentId(), int(BoxSetupWizard::AuthorizePage));
        m_sandbox->setClientAuthorized(m_client.clientId, true);
        wizard.next();
        QCOMPARE(wizard.enterpriseIdEdit()->text(),
                 QString::fromLatin1(SandboxServer::DefaultEnterpriseId)); // kept
        wizard.next();
        QCOMPARE(wizard.currentId(), int(BoxSetupWizard::VerifyPage));
        wizard.button(QWizard::CommitButton)->click();
        QTRY_COMPARE_WITH_TIMEOUT(wizard.currentId(), int(BoxSetupWizard::DonePage), 30000);
        QCOMPARE(connected.size(), 1);
        QVERIFY(m_sandbox->grantLog().contains(QStringLiteral("jwt ok")));
        Result<Account> account = m_engine->accounts().find(wizard.connectedAccountId());
        QVERIFY(account.ok());
        QCOMPARE(account->scheme, Scheme::Jwt);
        QCOMPARE(account->identity.value(QStringLiteral("id")),
                 QString::fromLatin1(SandboxServer::ServiceAccountId));
        QVERIFY(wizard.doneLabel()->text().contains(account->name));
        wizard.button(QWizard::FinishButton)->click();
        QVERIFY(!QFile::exists(m_profile->file(QStringLiteral("box-setup.json"))));
        QCOMPARE(m_engine->accounts().list()->size(), 1);
        QCOMPARE(m_engine->apps().list()->size(), 1);
        QVERIFY(!m_profile->allFileBytes().contains("box-setup-pass"));
    }

    void cancelAfterVerifyLeavesNothing()
    {
        m_sandbox->setClientAuthorized(m_client.clientId, true);
        BoxSetupWizard wizard(*m_engine);
        wizard.show();
        walkToVerify(wizard, m_scratch.filePath(QStringLiteral("box2.pem")));
        if (QTest::currentTestFailed())
            return;
        wizard.button(QWizard::CommitButton)->click();
        QTRY_COMPARE_WITH_TIMEOUT(wizard.currentId(), int(BoxSetupWizard::DonePage), 30000);
        QCOMPARE(m_engine->accounts().list()->size(), 1);
        wizard.reject();
        QTRY_COMPARE(m_engine->accounts().list()->size(), 0);
        QTRY_COMPARE(m_engine->apps().list()->size(), 0);
    }

    void leftAndResumedWithoutSecrets()
    {
        {
            BoxSetupWizard wizard(*m_engine);
            wizard.show();
            QVERIFY(!wizard.resumed());
            QTest::keyClicks(wizard.clientIdEdit(), m_client.clientId);
            QTest::keyClicks(wizard.clientSecretEdit()->lineEdit(), m_client.clientSecret);
            wizard.next();
            QCOMPARE(wizard.currentId(), int(BoxSetupWizard::KeyPairPage));
            wizard.reject();
        }
        QFile progress(m_profile->file(QStringLiteral("box-setup.json")));
        QVERIFY(progress.open(QIODevice::ReadOnly));
        const QByteArray saved = progress.readAll();
        QVERIFY(saved.contains(m_client.clientId.toUtf8()));
        QVERIFY(!saved.contains(m_client.clientSecret.toUtf8()));
        BoxSetupWizard again(*m_engine);
        QVERIFY(again.resumed());
        QCOMPARE(again.clientIdEdit()->text(), m_client.clientId);
        QVERIFY(again.clientSecretEdit()->isEmpty()); // typed again
        QCOMPARE(m_engine->apps().list()->size(), 0);
    }

    void stopGeneration()
    {
        BoxSetupWizard wizard(*m_engine);
        wizard.show();
        QTest::keyClicks(wizard.clientIdEdit(), m_client.clientId);
        QTest::keyClicks(wizard.clientSecretEdit()->lineEdit(), m_client.clientSecret);
        wizard.next();
        QTest::keyClicks(wizard.passphraseEdit()->lineEdit(), QStringLiteral("pass"));
        const QString path = m_scratch.filePath(QStringLiteral("stopped.pem"));
        wizard.keyFileEdit()->setText(path);
        wizard.generateKey();
        QVERIFY(wizard.busy());
        QTest::mouseClick(wizard.cancelGenerationButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!wizard.busy(), 30000);
        QVERIFY(!QFile::exists(path));
        QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
    }
};

QTEST_MAIN(TestBoxSetupWizard)
#include "tst_boxsetupwizard.moc"
