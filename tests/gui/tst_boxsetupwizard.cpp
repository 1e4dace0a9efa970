// The connect wizard's guided Box setup branch (BoxSetupPages) on the offscreen platform against an
// in-process SandboxServer (memory secret store): the console button opens the sandbox's developer
// console, the key pair is generated off the UI thread into a 0600 file and its public key
// registered with the sandbox (addPublicKey), shape checks hold Next back, the first verification
// is refused (the app is not authorized yet) and leaves nothing behind, the fix button returns to
// the admin-authorization step, and the second verification ends with an account. Cancel after it
// removes the account and the app. A wrong enterprise ID and an unknown Public Key ID each lead
// back to the step that fixes them.
#include "Screenshot.h"
#include "TestSupport.h"

#include "BoxSetupPages.h"
#include "ConnectWizard.h"
#include "MainWindow.h"
#include "SecretLineEdit.h"

#include "accounts/AccountService.h"
#include "accounts/AppService.h"
#include "engine/Engine.h"
#include "sandbox/SandboxServer.h"

#include <QAbstractButton>
#include <QAction>
#include <QComboBox>
#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

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

using test::english;

namespace {
void shot(QWidget& window, const char* name)
{
    test::shot(window, QStringLiteral("box-") + QLatin1String(name));
}
} // namespace

class TestBoxSetupWizard : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<SandboxServer> m_sandbox;
    std::unique_ptr<test::TempProfile> m_profile;
    std::unique_ptr<Engine> m_engine;
    ConsoleBrowser m_browser;
    SandboxClient m_client;
    QTemporaryDir m_scratch;

    void walkToVerify(ConnectWizard& wizard, const QString& keyPath)
    {
        const int sandbox = wizard.boxSetup()->providerCombo()->findData(QStringLiteral("sandbox"));
        QVERIFY(sandbox >= 0);
        wizard.boxSetup()->providerCombo()->setCurrentIndex(sandbox);
        QTest::mouseClick(wizard.findChild<QPushButton*>(QStringLiteral("openConsolePushButton")),
                          Qt::LeftButton);
        QCOMPARE(m_browser.opened.size(), 1);
        QCOMPARE(m_browser.opened.first().path(), QStringLiteral("/developers/console"));
        QCOMPARE(m_browser.opened.first().port(), m_sandbox->baseUrl().port());

        QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
        QTest::keyClicks(wizard.boxSetup()->clientIdEdit(), m_client.clientId);
        QTest::keyClicks(wizard.boxSetup()->clientSecretEdit()->lineEdit(), m_client.clientSecret);
        QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
        shot(wizard, "1-create");
        wizard.next();
        QCOMPARE(wizard.currentId(), int(BoxSetupPages::KeyPairPage));

        // Generate: off the UI thread, into a file only its owner reads.
        QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
        QTest::keyClicks(wizard.boxSetup()->passphraseEdit()->lineEdit(),
                         QStringLiteral("box-setup-pass"));
        wizard.boxSetup()->keyFileEdit()->setText(keyPath);
        QSignalSpy generated(wizard.boxSetup(), &BoxSetupPages::keyGenerated);
        // The passphrase is typed twice; a slip is caught before any key is made.
        QTest::keyClicks(wizard.boxSetup()->passphraseRepeatEdit()->lineEdit(),
                         QStringLiteral("box-setup-pas"));
        QTest::mouseClick(wizard.boxSetup()->generateButton(), Qt::LeftButton);
        QVERIFY(!wizard.boxSetup()->busy());
        QVERIFY(!english()
                || wizard.boxSetup()->keyStatusLabel()->text().contains(QStringLiteral("differ")));
        QVERIFY(!QFile::exists(keyPath));
        QTest::keyClicks(wizard.boxSetup()->passphraseRepeatEdit()->lineEdit(),
                         QStringLiteral("s"));
        QTest::mouseClick(wizard.boxSetup()->generateButton(), Qt::LeftButton);
        QVERIFY(wizard.boxSetup()->busy()); // the UI thread is free while the key is made
        QVERIFY(generated.wait(60000));
        struct stat st {};
        QCOMPARE(::stat(QFile::encodeName(keyPath).constData(), &st), 0);
        QCOMPARE(int(st.st_mode & 0777), 0600);
        QFile keyFile(keyPath);
        QVERIFY(keyFile.open(QIODevice::ReadOnly));
        QVERIFY(keyFile.readAll().contains("BEGIN ENCRYPTED PRIVATE KEY"));
        const QByteArray publicPem = wizard.boxSetup()->publicKeyView()->toPlainText().toLatin1();
        QVERIFY(publicPem.contains("BEGIN PUBLIC KEY"));
        QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
        shot(wizard, "2-key-pair");
        wizard.next();

        // The admin pastes the public key into the (sandbox) console and gets its ID.
        QCOMPARE(wizard.currentId(), int(BoxSetupPages::PublicKeyIdPage));
        const QString kid = m_sandbox->addPublicKey(m_client.clientId, publicPem);
        QVERIFY(!kid.isEmpty());
        QTest::keyClicks(wizard.boxSetup()->publicKeyIdEdit(), QStringLiteral("bad id!"));
        QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
        QVERIFY(wizard.findChild<QLabel*>(QStringLiteral("boxPublicKeyIdHint"))->isVisible());
        wizard.boxSetup()->publicKeyIdEdit()->clear();
        QTest::keyClicks(wizard.boxSetup()->publicKeyIdEdit(), kid);
        QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
        shot(wizard, "3-public-key-id");
        wizard.next();
        QCOMPARE(wizard.currentId(), int(BoxSetupPages::AccessPage));
        shot(wizard, "4-access");
        wizard.next();
        QCOMPARE(wizard.currentId(), int(BoxSetupPages::AuthorizePage));
        shot(wizard, "5-authorize");
        QCOMPARE(wizard.findChild<QLabel*>(QStringLiteral("boxClientIdLabel"))->text(),
                 m_client.clientId);
        wizard.next();
        QCOMPARE(wizard.currentId(), int(BoxSetupPages::EnterprisePage));
        QTest::keyClicks(wizard.boxSetup()->enterpriseIdEdit(), QStringLiteral("ent-1"));
        QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
        wizard.boxSetup()->enterpriseIdEdit()->clear();
        QTest::keyClicks(wizard.boxSetup()->enterpriseIdEdit(),
                         QString::fromLatin1(SandboxServer::DefaultEnterpriseId));
        shot(wizard, "6-enterprise");
        wizard.next();
        QCOMPARE(wizard.currentId(), int(BoxSetupPages::VerifyPage));
        shot(wizard, "7-review");
        // What Verify will use is shown before anything is sent.
        const QString review = wizard.boxSetup()->reviewLabel()->text();
        QVERIFY2(review.contains(m_client.clientId) && review.contains(kid)
                     && review.contains(QDir::toNativeSeparators(keyPath))
                     && review.contains(QLatin1String(SandboxServer::DefaultEnterpriseId)),
                 qPrintable(review));
    }

    // The browser at the sandbox's developer console: GET the page, POST one of its forms.
    static QByteArray consoleGet(const QUrl& console)
    {
        QNetworkAccessManager nam;
        QNetworkReply* reply = nam.get(QNetworkRequest(console));
        QSignalSpy done(reply, &QNetworkReply::finished);
        done.wait(10000);
        const QByteArray body = reply->readAll();
        reply->deleteLater();
        return body;
    }

    static QByteArray consolePost(const QUrl& console, const QList<QPair<QString, QString>>& form)
    {
        QUrlQuery q;
        for (const auto& [k, v] : form)
            q.addQueryItem(k, QString::fromLatin1(QUrl::toPercentEncoding(v)));
        QNetworkAccessManager nam;
        QNetworkRequest req(console);
        req.setHeader(QNetworkRequest::ContentTypeHeader,
                      QStringLiteral("application/x-www-form-urlencoded"));
        QNetworkReply* reply = nam.post(req, q.toString(QUrl::FullyEncoded).toLatin1());
        QSignalSpy done(reply, &QNetworkReply::finished);
        done.wait(10000);
        const QByteArray body = reply->readAll();
        reply->deleteLater();
        return body;
    }

    static QString between(const QByteArray& page, const QByteArray& before, const char* until)
    {
        const qsizetype at = page.indexOf(before);
        if (at < 0)
            return {};
        const qsizetype start = at + before.size();
        return QString::fromUtf8(page.mid(start, page.indexOf(until, start) - start)).trimmed();
    }

private Q_SLOTS:
    void initTestCase() { test::useScreenshotLanguage(); }

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
        ConnectWizard wizard(*m_engine);
        wizard.startBoxSetup();
        QSignalSpy connected(&wizard, &ConnectWizard::accountConnected);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        walkToVerify(wizard, m_scratch.filePath(QStringLiteral("box1.pem")));
        if (QTest::currentTestFailed())
            return;

        // Refused: the app is not authorized in the Admin Console yet.
        wizard.button(QWizard::CommitButton)->click();
        QTRY_VERIFY_WITH_TIMEOUT(wizard.boxSetup()->verifyMessage()->isVisible(), 30000);
        QTRY_VERIFY(!wizard.boxSetup()->busy());
        QVERIFY2(!english()
                     || wizard.boxSetup()->verifyMessage()->text().contains(
                         QStringLiteral("authorized")),
                 qPrintable(wizard.boxSetup()->verifyMessage()->text()));
        QCOMPARE(wizard.currentId(), int(BoxSetupPages::VerifyPage));
        QVERIFY(wizard.boxSetup()->fixButton()->isVisible());
        shot(wizard, "8-refused");
        QCOMPARE(m_engine->apps().list()->size(), 0); // the attempt left nothing behind
        QCOMPARE(m_engine->accounts().list()->size(), 0);

        // The fix: back to the authorization step, the admin approves, verify again.
        QTest::mouseClick(wizard.boxSetup()->fixButton(), Qt::LeftButton);
        QCOMPARE(wizard.currentId(), int(BoxSetupPages::AuthorizePage));
        m_sandbox->setClientAuthorized(m_client.clientId, true);
        wizard.next();
        QCOMPARE(wizard.boxSetup()->enterpriseIdEdit()->text(),
                 QString::fromLatin1(SandboxServer::DefaultEnterpriseId)); // kept
        wizard.next();
        QCOMPARE(wizard.currentId(), int(BoxSetupPages::VerifyPage));
        wizard.button(QWizard::CommitButton)->click();
        QTRY_COMPARE_WITH_TIMEOUT(wizard.currentId(), int(BoxSetupPages::DonePage), 30000);
        QCOMPARE(connected.size(), 1);
        QVERIFY(m_sandbox->grantLog().contains(QStringLiteral("jwt ok")));
        Result<Account> account = m_engine->accounts().find(wizard.connectedAccountId());
        QVERIFY(account.ok());
        QCOMPARE(account->scheme, Scheme::Jwt);
        QCOMPARE(account->identity.value(QStringLiteral("id")),
                 QString::fromLatin1(SandboxServer::ServiceAccountId));
        QVERIFY(wizard.boxSetup()->doneLabel()->text().contains(account->name));
        shot(wizard, "9-done");
        wizard.button(QWizard::FinishButton)->click();
        QVERIFY(!QFile::exists(m_profile->file(QStringLiteral("box-setup.json"))));
        QCOMPARE(m_engine->accounts().list()->size(), 1);
        QCOMPARE(m_engine->apps().list()->size(), 1);
        QVERIFY(!m_profile->allFileBytes().contains("box-setup-pass"));
    }

    // Each refusal Box can explain sends the admin to the step that fixes it, by the engine's
    // diagnosis (core/Diagnosis), not by the words of the answer: a wrong enterprise ID to the
    // Enterprise ID step, an unknown Public Key ID to the Public Key ID step.
    void eachRefusalLeadsToItsStep()
    {
        m_sandbox->setClientAuthorized(m_client.clientId, true);
        ConnectWizard wizard(*m_engine);
        wizard.startBoxSetup();
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        walkToVerify(wizard, m_scratch.filePath(QStringLiteral("box-refusals.pem")));
        if (QTest::currentTestFailed())
            return;
        const auto verifyAndFix = [&wizard](int expectedPage, const char* says) {
            wizard.button(QWizard::CommitButton)->click();
            QTRY_VERIFY_WITH_TIMEOUT(wizard.boxSetup()->verifyMessage()->isVisible(), 30000);
            QTRY_VERIFY(!wizard.boxSetup()->busy());
            QVERIFY2(wizard.boxSetup()->verifyMessage()->text().contains(QLatin1String(says)),
                     qPrintable(wizard.boxSetup()->verifyMessage()->text()));
            QVERIFY(wizard.boxSetup()->fixButton()->isVisible());
            QTest::mouseClick(wizard.boxSetup()->fixButton(), Qt::LeftButton);
            QCOMPARE(wizard.currentId(), expectedPage);
        };

        wizard.back();
        QCOMPARE(wizard.currentId(), int(BoxSetupPages::EnterprisePage));
        wizard.boxSetup()->enterpriseIdEdit()->setText(QStringLiteral("900777"));
        wizard.next();
        verifyAndFix(int(BoxSetupPages::EnterprisePage), "Enterprise ID");
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(m_engine->apps().list()->size(), 0); // each refused attempt left nothing
        wizard.boxSetup()->enterpriseIdEdit()->setText(
            QString::fromLatin1(SandboxServer::DefaultEnterpriseId));

        while (wizard.currentId() != int(BoxSetupPages::PublicKeyIdPage))
            wizard.back();
        const QString kid = wizard.boxSetup()->publicKeyIdEdit()->text();
        wizard.boxSetup()->publicKeyIdEdit()->setText(QStringLiteral("unknownkey1"));
        while (wizard.currentId() != int(BoxSetupPages::VerifyPage))
            wizard.next();
        verifyAndFix(int(BoxSetupPages::PublicKeyIdPage), "Public Key ID");
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(m_engine->apps().list()->size(), 0);

        wizard.boxSetup()->publicKeyIdEdit()->setText(kid);
        while (wizard.currentId() != int(BoxSetupPages::VerifyPage))
            wizard.next();
        wizard.button(QWizard::CommitButton)->click();
        QTRY_COMPARE_WITH_TIMEOUT(wizard.currentId(), int(BoxSetupPages::DonePage), 30000);
        QCOMPARE(m_engine->accounts().list()->size(), 1);
    }

    // Done has no Cancel: the account is connected, and Escape there keeps it.
    void doneKeepsTheAccount()
    {
        m_sandbox->setClientAuthorized(m_client.clientId, true);
        ConnectWizard wizard(*m_engine);
        wizard.startBoxSetup();
        wizard.show();
        walkToVerify(wizard, m_scratch.filePath(QStringLiteral("box2.pem")));
        if (QTest::currentTestFailed())
            return;
        wizard.button(QWizard::CommitButton)->click();
        QTRY_COMPARE_WITH_TIMEOUT(wizard.currentId(), int(BoxSetupPages::DonePage), 30000);
        QCOMPARE(m_engine->accounts().list()->size(), 1);
        QVERIFY(!wizard.button(QWizard::CancelButton)->isVisible());
        QTest::keyClick(&wizard, Qt::Key_Escape);
        QCOMPARE(wizard.result(), int(QDialog::Accepted));
        QTest::qWait(100);
        QCOMPARE(m_engine->accounts().list()->size(), 1);
        QCOMPARE(m_engine->apps().list()->size(), 1);
    }

    // Acceptance: the whole setup from an empty profile to a verified JWT connection with only
    // the window and the sandbox's own developer console (its forms, as a browser posts them).
    void rehearsedWithTheConsoleOnly()
    {
        const QUrl console =
            m_sandbox->baseUrl().resolved(QUrl(QStringLiteral("/developers/console")));
        const QByteArray first = consoleGet(console);
        const QString token = between(first, "name=\"console_token\" value=\"", "\"");
        QVERIFY2(!token.isEmpty(), first.constData());
        const QByteArray created =
            consolePost(console, {{QStringLiteral("console_token"), token},
                                  {QStringLiteral("name"), QStringLiteral("Rehearsal")},
                                  {QStringLiteral("redirect_uri"), QString()}});
        const QString clientId = between(created, "Client ID: ", "  ");
        const QString secret = between(created, "Client Secret: ", "<");
        QVERIFY2(!clientId.isEmpty() && !secret.isEmpty(), created.constData());

        ConnectWizard wizard(*m_engine);
        wizard.startBoxSetup();
        wizard.show();
        wizard.boxSetup()->providerCombo()->setCurrentIndex(
            wizard.boxSetup()->providerCombo()->findData(QStringLiteral("sandbox")));
        QTest::keyClicks(wizard.boxSetup()->clientIdEdit(), clientId);
        QTest::keyClicks(wizard.boxSetup()->clientSecretEdit()->lineEdit(), secret);
        wizard.next();
        QCOMPARE(wizard.currentId(), int(BoxSetupPages::KeyPairPage));
        // The default key file: AuthDeck's key folder, named after the app, not doubled.
        QVERIFY2(
            !wizard.boxSetup()->keyFileEdit()->text().contains(QStringLiteral("AuthDeck/authdeck")),
            qPrintable(wizard.boxSetup()->keyFileEdit()->text()));
        QVERIFY(
            wizard.boxSetup()->keyFileEdit()->text().endsWith(QStringLiteral("-private-key.pem")));
        const QString keyPath = m_scratch.filePath(QStringLiteral("rehearsal.pem"));
        wizard.boxSetup()->keyFileEdit()->setText(keyPath);
        QTest::keyClicks(wizard.boxSetup()->passphraseEdit()->lineEdit(),
                         QStringLiteral("rehearsal-pass"));
        QTest::keyClicks(wizard.boxSetup()->passphraseRepeatEdit()->lineEdit(),
                         QStringLiteral("rehearsal-pass"));
        QSignalSpy generated(wizard.boxSetup(), &BoxSetupPages::keyGenerated);
        QTest::mouseClick(wizard.boxSetup()->generateButton(), Qt::LeftButton);
        QVERIFY(generated.wait(60000));
        const QString publicPem = wizard.boxSetup()->publicKeyView()->toPlainText();
        wizard.next();

        // Add a Public Key, in the console's form under the app.
        const QByteArray added = consolePost(console, {{QStringLiteral("console_token"), token},
                                                       {QStringLiteral("client_id"), clientId},
                                                       {QStringLiteral("public_key"), publicPem}});
        const QString kid = between(added, "Public Key ID: ", "<");
        QVERIFY2(kid.size() == 8, added.constData());
        const QString enterprise = between(added, "Enterprise ID: <code>", "<");
        QCOMPARE(enterprise, QString::fromLatin1(SandboxServer::DefaultEnterpriseId));
        QTest::keyClicks(wizard.boxSetup()->publicKeyIdEdit(), kid);
        wizard.next();
        wizard.next();
        wizard.next();
        QCOMPARE(wizard.currentId(), int(BoxSetupPages::EnterprisePage));
        QTest::keyClicks(wizard.boxSetup()->enterpriseIdEdit(), enterprise);
        wizard.next();
        QCOMPARE(wizard.currentId(), int(BoxSetupPages::VerifyPage));
        // A console-made app waits for the enterprise admin, as in Box: the first try is refused
        // and leads to step 5; the admin authorizes it in the console's Admin Console form.
        wizard.button(QWizard::CommitButton)->click();
        QTRY_VERIFY_WITH_TIMEOUT(wizard.boxSetup()->verifyMessage()->isVisible(), 30000);
        QTRY_VERIFY(!wizard.boxSetup()->busy());
        QCOMPARE(m_engine->accounts().list()->size(), 0);
        QTest::mouseClick(wizard.boxSetup()->fixButton(), Qt::LeftButton);
        QCOMPARE(wizard.currentId(), int(BoxSetupPages::AuthorizePage));
        const QByteArray authorized =
            consolePost(console, {{QStringLiteral("console_token"), token},
                                  {QStringLiteral("authorize_client_id"), clientId}});
        QVERIFY2(authorized.contains("Authorized Rehearsal"), authorized.constData());
        QVERIFY(!authorized.contains(
            (QStringLiteral("<code>%1</code> (not authorized").arg(clientId)).toUtf8()));
        while (wizard.currentId() != int(BoxSetupPages::VerifyPage))
            wizard.next();
        wizard.button(QWizard::CommitButton)->click();
        QTRY_COMPARE_WITH_TIMEOUT(wizard.currentId(), int(BoxSetupPages::DonePage), 30000);
        wizard.button(QWizard::FinishButton)->click();
        QCOMPARE(m_engine->accounts().list()->size(), 1);
        QCOMPARE(m_engine->accounts().list()->first().scheme, Scheme::Jwt);

        // A second app: the enterprise is offered from the connected account.
        ConnectWizard second(*m_engine);
        second.startBoxSetup();
        second.show();
        second.boxSetup()->providerCombo()->setCurrentIndex(
            second.boxSetup()->providerCombo()->findData(QStringLiteral("sandbox")));
        QTest::keyClicks(second.boxSetup()->clientIdEdit(), clientId);
        QTest::keyClicks(second.boxSetup()->clientSecretEdit()->lineEdit(), secret);
        second.findChild<QRadioButton*>(QStringLiteral("ccgRadioButton"))->setChecked(true);
        second.next();
        QCOMPARE(second.currentId(), int(BoxSetupPages::AccessPage));
        second.next();
        second.next();
        QCOMPARE(second.currentId(), int(BoxSetupPages::EnterprisePage));
        QCOMPARE(second.boxSetup()->enterpriseIdEdit()->text(), enterprise);
        QVERIFY(second.boxSetup()->enterpriseSourceLabel()->isVisible());
        second.reject();
    }

    void leftAndResumedWithoutSecrets()
    {
        {
            ConnectWizard wizard(*m_engine);
            wizard.startBoxSetup();
            wizard.show();
            QVERIFY(!wizard.boxSetup()->resumed());
            QTest::keyClicks(wizard.boxSetup()->clientIdEdit(), m_client.clientId);
            QTest::keyClicks(wizard.boxSetup()->clientSecretEdit()->lineEdit(),
                             m_client.clientSecret);
            wizard.next();
            QCOMPARE(wizard.currentId(), int(BoxSetupPages::KeyPairPage));
            wizard.reject();
        }
        QFile progress(m_profile->file(QStringLiteral("box-setup.json")));
        QVERIFY(progress.open(QIODevice::ReadOnly));
        const QByteArray saved = progress.readAll();
        QVERIFY(saved.contains(m_client.clientId.toUtf8()));
        QVERIFY(!saved.contains(m_client.clientSecret.toUtf8()));
        ConnectWizard again(*m_engine);
        again.startBoxSetup();
        QVERIFY(again.boxSetup()->resumed());
        QCOMPARE(again.boxSetup()->clientIdEdit()->text(), m_client.clientId);
        QVERIFY(again.boxSetup()->clientSecretEdit()->isEmpty()); // typed again
        QCOMPARE(m_engine->apps().list()->size(), 0);
    }

    // "Set up a Box app…" in the Accounts menu opens the connect wizard at its Box branch: one
    // wizard, one window.
    void theAccountsMenuOpensTheBranch()
    {
        MainWindow window(*m_engine);
        window.show();
        auto* action = window.findChild<QAction*>(QStringLiteral("boxSetupAction"));
        QVERIFY(action);
        action->trigger();
        const QList<ConnectWizard*> wizards = window.findChildren<ConnectWizard*>();
        QCOMPARE(wizards.size(), 1);
        ConnectWizard* wizard = wizards.first();
        QTRY_VERIFY(wizard->isVisible());
        QCOMPARE(wizard->currentId(), int(BoxSetupPages::CreateAppPage));
        QCOMPARE(wizard->windowTitle(), BoxSetupPages::tr("Set up a Box app"));
        // Its first page has no Back: the branch is where this entry starts.
        QVERIFY(!wizard->button(QWizard::BackButton)->isEnabled()
                || !wizard->button(QWizard::BackButton)->isVisible());
        wizard->reject();
        QTRY_VERIFY(window.findChildren<ConnectWizard*>().isEmpty()); // deleted on close
    }

    void stopGeneration()
    {
        ConnectWizard wizard(*m_engine);
        wizard.startBoxSetup();
        wizard.show();
        QTest::keyClicks(wizard.boxSetup()->clientIdEdit(), m_client.clientId);
        QTest::keyClicks(wizard.boxSetup()->clientSecretEdit()->lineEdit(), m_client.clientSecret);
        wizard.next();
        QTest::keyClicks(wizard.boxSetup()->passphraseEdit()->lineEdit(), QStringLiteral("pass"));
        QTest::keyClicks(wizard.boxSetup()->passphraseRepeatEdit()->lineEdit(),
                         QStringLiteral("pass"));
        const QString path = m_scratch.filePath(QStringLiteral("stopped.pem"));
        wizard.boxSetup()->keyFileEdit()->setText(path);
        wizard.boxSetup()->generateKey();
        QVERIFY(wizard.boxSetup()->busy());
        QTest::mouseClick(wizard.boxSetup()->cancelGenerationButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!wizard.boxSetup()->busy(), 30000);
        QVERIFY(!QFile::exists(path));
        QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
    }
};

QTEST_MAIN(TestBoxSetupWizard)
#include "tst_boxsetupwizard.moc"
