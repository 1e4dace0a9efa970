// The connect wizard on the offscreen platform against an in-process SandboxServer (memory secret
// store): OAuth end to end with the browser played through QDesktopServices::setUrlHandler (the
// consent page fetched, its request id read, the decision posted with redirects followed), JWT
// with the enterprise subject, Back/Next keeping what was typed, and Cancel leaving no app
// registration or account behind.
#include "FakeS3Server.h"
#include "Screenshot.h"
#include "TestSupport.h"

#include "AppEditorWidget.h"
#include "BoxSetupPages.h"
#include "ConnectWizard.h"
#include "MessageBoxes.h"
#include "SecretLineEdit.h"

#include "accounts/AccountService.h"
#include "accounts/AppService.h"
#include "crypto/RsaKey.h"
#include "engine/Engine.h"
#include "sandbox/SandboxServer.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QDesktopServices>
#include <QDir>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTest>
#include <QTreeWidget>

using namespace authdeck;
using namespace authdeck::ui;

class SandboxBrowser : public QObject {
    Q_OBJECT
public:
    QList<QUrl> opened;
public Q_SLOTS:
    void open(const QUrl& url) { opened << url; }
};

namespace {

// What a person does in the browser: load the consent page, press Approve.
bool approveInBrowser(const QUrl& url)
{
    QNetworkAccessManager browser;
    QNetworkReply* page = browser.get(QNetworkRequest(url));
    QSignalSpy pageDone(page, &QNetworkReply::finished);
    if (!pageDone.wait(10000))
        return false;
    const QString requestId = SandboxServer::consentRequestId(page->readAll());
    page->deleteLater();
    if (requestId.isEmpty())
        return false;
    QUrl decide = url;
    decide.setQuery(QString());
    QNetworkRequest post(decide);
    post.setHeader(QNetworkRequest::ContentTypeHeader,
                   QStringLiteral("application/x-www-form-urlencoded"));
    post.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                      QNetworkRequest::NoLessSafeRedirectPolicy);
    QNetworkReply* answer = browser.post(
        post, QStringLiteral("request_id=%1&decision=approve").arg(requestId).toUtf8());
    QSignalSpy answerDone(answer, &QNetworkReply::finished);
    const bool ok = answerDone.wait(10000);
    answer->deleteLater();
    return ok;
}

} // namespace

class TestConnectWizard : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<SandboxServer> m_sandbox;
    std::unique_ptr<test::TempProfile> m_profile;
    std::unique_ptr<Engine> m_engine;
    SandboxBrowser m_browser;
    SandboxClient m_client;

    QString addApp(Scheme scheme, const QString& name, const QString& kid = {},
                   const QByteArray& pem = {})
    {
        AppInput in;
        in.providerId = QStringLiteral("sandbox");
        in.name = name;
        in.scheme = scheme;
        in.clientId = m_client.clientId;
        in.clientSecret = SecretBytes(m_client.clientSecret.toUtf8());
        in.publicKeyId = kid;
        in.enterpriseId = QString::fromLatin1(SandboxServer::DefaultEnterpriseId);
        in.privateKeyPem = SecretBytes(pem);
        QString id;
        bool done = false;
        m_engine->apps().add(in, this, [&](Result<AppRegistration> r) {
            done = true;
            if (r.ok())
                id = r->id;
            else
                qWarning() << r.error().fullMessage();
        });
        [&] { QTRY_VERIFY(done); }();
        return id;
    }

    // Provider, method and app pages, the usual way.
    void walkToSignIn(ConnectWizard& wizard, Scheme scheme)
    {
        QVERIFY(wizard.selectProvider(QStringLiteral("sandbox")));
        wizard.next();
        QCOMPARE(wizard.currentId(), int(ConnectWizard::MethodPage));
        QVERIFY(wizard.selectScheme(scheme));
        wizard.next();
        QCOMPARE(wizard.currentId(), int(ConnectWizard::AppPage));
        QVERIFY(wizard.appCombo()->count() >= 1);
        wizard.next();
        QCOMPARE(wizard.currentId(), int(ConnectWizard::SignInPage));
    }

private Q_SLOTS:
    void initTestCase() { test::useScreenshotLanguage(); }

    void init()
    {
        m_sandbox = std::make_unique<SandboxServer>();
        QVERIFY(m_sandbox->start());
        SandboxClient c;
        c.name = QStringLiteral("Wizard app");
        c.redirectUris = {QStringLiteral("http://127.0.0.1/callback")};
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

    void searchFiltersProviders()
    {
        ConnectWizard wizard(*m_engine);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
        QTest::keyClicks(wizard.searchEdit(), QStringLiteral("sandbox"));
        int visible = 0;
        QTreeWidget* tree = wizard.providerTree();
        for (int i = 0; i < tree->topLevelItemCount(); ++i) {
            for (int j = 0; j < tree->topLevelItem(i)->childCount(); ++j)
                visible += tree->topLevelItem(i)->child(j)->isHidden() ? 0 : 1;
        }
        QCOMPARE(visible, 1);
        QCOMPARE(wizard.providerId(), QStringLiteral("sandbox"));
        QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
        // The method page marks the recommended scheme and explains each one.
        wizard.next();
        auto* oauth = wizard.findChild<QRadioButton*>(QStringLiteral("method_oauth2"));
        QVERIFY(oauth);
        QVERIFY(oauth->isChecked());
        QVERIFY(oauth->text().contains(QStringLiteral("recommended")));
        QVERIFY(!oauth->accessibleDescription().isEmpty());
        QVERIFY(wizard.findChild<QRadioButton*>(QStringLiteral("method_jwt")));
    }

    // With AUTHDECK_SCREENSHOT_DIR set, every page it passes is saved (test::shot).
    void oauthEndToEnd()
    {
        addApp(Scheme::OAuth2, QStringLiteral("Sandbox OAuth"));
        ConnectWizard wizard(*m_engine);
        QSignalSpy connected(&wizard, &ConnectWizard::accountConnected);
        wizard.show();
        QVERIFY(wizard.selectProvider(QStringLiteral("sandbox")));
        test::shot(wizard, QStringLiteral("connect-1-provider"));
        wizard.next();
        QCOMPARE(wizard.currentId(), int(ConnectWizard::MethodPage));
        QVERIFY(wizard.selectScheme(Scheme::OAuth2));
        test::shot(wizard, QStringLiteral("connect-2-method"));
        wizard.next();
        QCOMPARE(wizard.currentId(), int(ConnectWizard::AppPage));
        QVERIFY(wizard.appCombo()->count() >= 1);
        test::shot(wizard, QStringLiteral("connect-3-app"));
        if (qEnvironmentVariableIsSet("AUTHDECK_SCREENSHOT_DIR")) {
            // The other choice of the page, a new registration, then back to the one there is.
            QRadioButton* use =
                wizard.findChild<QRadioButton*>(QStringLiteral("useAppRadioButton"));
            QVERIFY(use);
            wizard.createAppRadio()->click();
            test::shot(wizard, QStringLiteral("connect-3b-new-app"));
            use->click();
        }
        wizard.next();
        QCOMPARE(wizard.currentId(), int(ConnectWizard::SignInPage));
        test::shot(wizard, QStringLiteral("connect-4-sign-in"));
        wizard.next(); // "Sign in with browser"
        QTRY_COMPARE(m_browser.opened.size(), 1);
        test::shot(wizard, QStringLiteral("connect-5-waiting"));
        const QUrl url = m_browser.opened.first();
        QCOMPARE(url, wizard.authorizationUrl());
        QTest::mouseClick(wizard.findChild<QPushButton*>(QStringLiteral("openAgainPushButton")),
                          Qt::LeftButton);
        QCOMPARE(m_browser.opened.size(), 2);
        QVERIFY(approveInBrowser(url));
        QTRY_COMPARE(wizard.currentId(), int(ConnectWizard::VerifyPage));
        QCOMPARE(connected.size(), 1);
        QVERIFY2(wizard.identityLabel()->text().contains(QLatin1String(SandboxServer::AdminLogin)),
                 qPrintable(wizard.identityLabel()->text()));
        test::shot(wizard, QStringLiteral("connect-6-verified"));
        wizard.next();
        QCOMPARE(wizard.currentId(), int(ConnectWizard::DonePage));
        wizard.accountNameEdit()->clear();
        QTest::keyClicks(wizard.accountNameEdit(), QStringLiteral("Sandbox admin"));
        test::shot(wizard, QStringLiteral("connect-7-name"));
        wizard.button(QWizard::FinishButton)->click();
        QCOMPARE(wizard.result(), int(QDialog::Accepted));
        Result<Account> account = m_engine->accounts().find(wizard.connectedAccountId());
        QVERIFY(account.ok());
        QCOMPARE(account->name, QStringLiteral("Sandbox admin"));
        QCOMPARE(account->scheme, Scheme::OAuth2);
        QCOMPARE(m_engine->accounts().list()->size(), 1);
    }

    void jwtEnterprise()
    {
        Result<crypto::RsaKey> key = crypto::RsaKey::generate(2048);
        QVERIFY(key.ok());
        const QString kid = m_sandbox->addPublicKey(m_client.clientId, key->publicKeyPem());
        QVERIFY(!kid.isEmpty());
        Result<SecretBytes> pem = key->toPkcs8Pem();
        QVERIFY(pem.ok());
        addApp(Scheme::Jwt, QStringLiteral("Sandbox JWT"), kid, pem->bytes());
        ConnectWizard wizard(*m_engine);
        wizard.show();
        walkToSignIn(wizard, Scheme::Jwt);
        auto* subject = qobject_cast<QComboBox*>(wizard.fieldWidget(QStringLiteral("subject")));
        QVERIFY(subject);
        QCOMPARE(subject->currentData().toString(), QStringLiteral("enterprise"));
        wizard.next(); // Connect
        QTRY_COMPARE(wizard.currentId(), int(ConnectWizard::VerifyPage));
        QVERIFY(wizard.identityLabel()->text().contains(QStringLiteral("Signed in")));
        QCOMPARE(m_engine->accounts()
                     .find(wizard.connectedAccountId())
                     ->identity.value(QStringLiteral("id")),
                 QString::fromLatin1(SandboxServer::ServiceAccountId));
        QVERIFY(m_sandbox->grantLog().contains(QStringLiteral("jwt ok")));
        wizard.next();
        wizard.button(QWizard::FinishButton)->click();
        Result<Account> account = m_engine->accounts().find(wizard.connectedAccountId());
        QVERIFY(account.ok());
        QCOMPARE(account->scheme, Scheme::Jwt);
    }

    void passwordFields()
    {
        addApp(Scheme::Password, QStringLiteral("Sandbox password"));
        ConnectWizard wizard(*m_engine);
        wizard.show();
        walkToSignIn(wizard, Scheme::Password);
        auto* user = qobject_cast<QLineEdit*>(wizard.fieldWidget(QStringLiteral("username")));
        auto* pass = qobject_cast<SecretLineEdit*>(wizard.fieldWidget(QStringLiteral("password")));
        QVERIFY(user && pass);
        QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled()); // required fields empty
        QTest::keyClicks(user, QLatin1String(SandboxServer::AdminLogin));
        QTest::keyClicks(pass->lineEdit(), QStringLiteral("wrong-password"));
        wizard.next();
        QTRY_VERIFY(wizard.signInError()->isVisible());
        QCOMPARE(wizard.currentId(), int(ConnectWizard::SignInPage));
        QCOMPARE(m_engine->accounts().list()->size(), 0);
        // Item 4: the error takes room of its own; nothing on the page overlaps or is squeezed.
        QCoreApplication::processEvents();
        QWidget* page = wizard.currentPage();
        QList<QWidget*> shown;
        for (QWidget* w : page->findChildren<QWidget*>()) {
            if (w->isVisible() && w->parentWidget() && !qobject_cast<QLineEdit*>(w->parentWidget())
                && (qobject_cast<QLabel*>(w) || qobject_cast<QLineEdit*>(w)
                    || qobject_cast<SecretLineEdit*>(w)))
                shown << w;
        }
        for (QWidget* w : std::as_const(shown)) {
            if (qobject_cast<QLineEdit*>(w) && !qobject_cast<SecretLineEdit*>(w->parentWidget()))
                QVERIFY2(w->height() >= w->minimumSizeHint().height(), qPrintable(w->objectName()));
            const QRect a(w->mapTo(page, QPoint(0, 0)), w->size());
            for (QWidget* o : std::as_const(shown)) {
                if (o == w || o->isAncestorOf(w) || w->isAncestorOf(o))
                    continue;
                const QRect b(o->mapTo(page, QPoint(0, 0)), o->size());
                QVERIFY2(
                    !a.intersects(b),
                    qPrintable(
                        QStringLiteral("%1 overlaps %2").arg(w->objectName(), o->objectName())));
            }
        }
        pass->clear();
        QTest::keyClicks(pass->lineEdit(), QLatin1String(SandboxServer::AdminPassword));
        wizard.next();
        QTRY_COMPARE(wizard.currentId(), int(ConnectWizard::VerifyPage));
        QVERIFY(wizard.identityLabel()->text().contains(QLatin1String(SandboxServer::AdminLogin)));
        QVERIFY(m_sandbox->grantLog().contains(QStringLiteral("password ok")));
        QVERIFY(!m_profile->allFileBytes().contains(SandboxServer::AdminPassword));
    }

    // Access keys (S3-compatible store played by a loopback server that checks SigV4): no app
    // page, the fields from the catalog, a refused secret, then the right one.
    void s3KeysEndToEnd()
    {
        test::FakeS3Server s3;
        ConnectWizard wizard(*m_engine);
        wizard.show();
        QVERIFY(wizard.selectProvider(QStringLiteral("s3")));
        wizard.next();
        QCOMPARE(wizard.currentId(), int(ConnectWizard::MethodPage));
        QVERIFY(wizard.selectScheme(Scheme::Keys));
        wizard.next();
        QCOMPARE(wizard.currentId(), int(ConnectWizard::SignInPage)); // no app registration
        auto* keyId = qobject_cast<QLineEdit*>(wizard.fieldWidget(QStringLiteral("access_key_id")));
        auto* secret =
            qobject_cast<SecretLineEdit*>(wizard.fieldWidget(QStringLiteral("secret_key")));
        auto* region = qobject_cast<QLineEdit*>(wizard.fieldWidget(QStringLiteral("region")));
        auto* endpoint = qobject_cast<QLineEdit*>(wizard.fieldWidget(QStringLiteral("endpoint")));
        QVERIFY(keyId && secret && region && endpoint);
        QTest::keyClicks(keyId, QLatin1String(test::FakeS3Server::AccessKeyId));
        region->clear();
        QTest::keyClicks(region, QLatin1String(test::FakeS3Server::Region));
        QTest::keyClicks(endpoint, s3.endpoint());
        QTest::keyClicks(secret->lineEdit(), QStringLiteral("not-the-secret"));
        wizard.next();
        QTRY_VERIFY(wizard.signInError()->isVisible());
        QVERIFY2(
            wizard.signInError()->text().contains(QStringLiteral("signature"), Qt::CaseInsensitive),
            qPrintable(wizard.signInError()->text()));
        QCOMPARE(m_engine->accounts().list()->size(), 0);
        secret->clear();
        QTest::keyClicks(secret->lineEdit(), QString::fromLatin1(test::FakeS3Server::SecretKey));
        wizard.next();
        QTRY_COMPARE(wizard.currentId(), int(ConnectWizard::VerifyPage));
        QVERIFY(
            wizard.identityLabel()->text().contains(QLatin1String(test::FakeS3Server::OwnerName)));
        QVERIFY(!m_profile->allFileBytes().contains(test::FakeS3Server::SecretKey));
        wizard.next();
        QCOMPARE(wizard.currentId(), int(ConnectWizard::DonePage));
        wizard.accept();
        QCOMPARE(m_engine->accounts().list()->size(), 1);
        QCOMPARE(m_engine->accounts().list()->first().scheme, Scheme::Keys);
    }

    void backAndNextKeepWhatWasTyped()
    {
        addApp(Scheme::Jwt, QStringLiteral("Sandbox JWT"), QStringLiteral("abcd1234"),
               crypto::RsaKey::generate(2048)->toPkcs8Pem()->bytes());
        ConnectWizard wizard(*m_engine);
        wizard.show();
        QTest::keyClicks(wizard.searchEdit(), QStringLiteral("sand"));
        walkToSignIn(wizard, Scheme::Jwt);
        auto* subject = qobject_cast<QComboBox*>(wizard.fieldWidget(QStringLiteral("subject")));
        QVERIFY(subject);
        subject->setCurrentIndex(subject->findData(QStringLiteral("user")));
        auto* userId = qobject_cast<QLineEdit*>(wizard.fieldWidget(QStringLiteral("user_id")));
        QVERIFY(userId && userId->isEnabled());
        QTest::keyClicks(userId, QStringLiteral("900101"));

        wizard.back();
        QCOMPARE(wizard.currentId(), int(ConnectWizard::AppPage));
        wizard.back();
        QCOMPARE(wizard.currentId(), int(ConnectWizard::MethodPage));
        QVERIFY(wizard.findChild<QRadioButton*>(QStringLiteral("method_jwt"))->isChecked());
        wizard.back();
        QCOMPARE(wizard.currentId(), int(ConnectWizard::ProviderPage));
        QCOMPARE(wizard.searchEdit()->text(), QStringLiteral("sand"));
        QCOMPARE(wizard.providerId(), QStringLiteral("sandbox"));

        wizard.next();
        QVERIFY(wizard.findChild<QRadioButton*>(QStringLiteral("method_jwt"))->isChecked());
        wizard.next();
        wizard.next();
        QCOMPARE(wizard.currentId(), int(ConnectWizard::SignInPage));
        QCOMPARE(qobject_cast<QComboBox*>(wizard.fieldWidget(QStringLiteral("subject")))
                     ->currentData()
                     .toString(),
                 QStringLiteral("user"));
        QCOMPARE(qobject_cast<QLineEdit*>(wizard.fieldWidget(QStringLiteral("user_id")))->text(),
                 QStringLiteral("900101"));
        QCOMPARE(m_engine->accounts().list()->size(), 0);
    }

    // Item 9: a registration made here with a mistyped secret stays editable: "Edit app…" goes
    // back to it, and the correction updates the same registration.
    void wrongSecretIsCorrectedInPlace()
    {
        ConnectWizard wizard(*m_engine);
        wizard.show();
        QVERIFY(wizard.selectProvider(QStringLiteral("sandbox")));
        wizard.next();
        QVERIFY(wizard.selectScheme(Scheme::OAuth2));
        wizard.next();
        QVERIFY(wizard.createAppRadio()->isChecked());
        AppEditorWidget* editor = wizard.appEditor();
        QTest::keyClicks(editor->findChild<QLineEdit*>(QStringLiteral("nameLineEdit")),
                         QStringLiteral("Typo app"));
        QTest::keyClicks(editor->findChild<QLineEdit*>(QStringLiteral("clientIdLineEdit")),
                         m_client.clientId);
        auto* secret = editor->findChild<SecretLineEdit*>(QStringLiteral("clientSecretLineEdit"));
        QTest::keyClicks(secret->lineEdit(), QStringLiteral("not-the-secret"));
        QTRY_VERIFY(wizard.button(QWizard::NextButton)->isEnabled());
        wizard.next();
        QTRY_COMPARE(wizard.currentId(), int(ConnectWizard::SignInPage));
        wizard.next();
        QTRY_COMPARE(m_browser.opened.size(), 1);
        QVERIFY(approveInBrowser(m_browser.opened.first()));
        QTRY_VERIFY(wizard.signInError()->isVisible());
        QVERIFY2(wizard.signInError()->text().contains(QStringLiteral("Typo app")),
                 qPrintable(wizard.signInError()->text()));
        QVERIFY(wizard.editAppButton()->isVisible());
        QTest::mouseClick(wizard.editAppButton(), Qt::LeftButton);
        QCOMPARE(wizard.currentId(), int(ConnectWizard::AppPage));
        QVERIFY(wizard.createAppRadio()->isChecked());
        QVERIFY(editor->isEnabled() && editor->isVisible());
        QVERIFY(editor->isEditing());
        secret->clear();
        QTest::keyClicks(secret->lineEdit(), m_client.clientSecret);
        QTRY_VERIFY(wizard.button(QWizard::NextButton)->isEnabled());
        wizard.next();
        QTRY_COMPARE(wizard.currentId(), int(ConnectWizard::SignInPage));
        QCOMPARE(m_engine->apps().list()->size(), 1); // the same registration, corrected
        wizard.next();
        QTRY_COMPARE(m_browser.opened.size(), 2);
        QVERIFY(approveInBrowser(m_browser.opened.last()));
        QTRY_COMPARE(wizard.currentId(), int(ConnectWizard::VerifyPage));
    }

    // A Box server app is made by the guided setup (key pair, admin authorization, enterprise):
    // the app page offers it, and the same wizard goes on into its pages, the service and method
    // as chosen; Back returns, and Cancel there leaves nothing behind.
    void boxServerAppsTakeTheGuidedSetup()
    {
        ConnectWizard wizard(*m_engine);
        wizard.show();
        QVERIFY(wizard.selectProvider(QStringLiteral("sandbox")));
        wizard.next();
        QVERIFY(wizard.selectScheme(Scheme::Jwt));
        wizard.next();
        QCOMPARE(wizard.currentId(), int(ConnectWizard::AppPage));
        QVERIFY(wizard.guidedBoxRadio()->isVisible());
        QVERIFY(wizard.guidedBoxRadio()->isChecked());
        QVERIFY(!wizard.createAppRadio()->isVisible()); // its form has no key pair
        QVERIFY(!wizard.appEditor()->isVisible());
        QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
        test::shot(wizard, QStringLiteral("connect-3c-guided-box"));
        const QString connectTitle = wizard.windowTitle();
        wizard.next();
        QCOMPARE(wizard.currentId(), int(BoxSetupPages::CreateAppPage));
        QVERIFY(wizard.isVisible());
        QVERIFY(wizard.windowTitle() != connectTitle); // "Set up a Box app"
        BoxSetupPages* box = wizard.boxSetup();
        QCOMPARE(box->providerCombo()->currentData().toString(), QStringLiteral("sandbox"));
        QVERIFY(box->jwtRadio()->isChecked());
        test::shot(wizard, QStringLiteral("connect-3d-box-branch"));
        QTest::keyClicks(box->clientIdEdit(), QStringLiteral("guided-client"));
        QTest::keyClicks(box->clientSecretEdit()->lineEdit(), QStringLiteral("guided-secret"));
        wizard.next();
        QCOMPARE(wizard.currentId(), int(BoxSetupPages::KeyPairPage)); // JWT: the key pair next
        wizard.back();
        wizard.back();
        QCOMPARE(wizard.currentId(), int(ConnectWizard::AppPage));
        QCOMPARE(wizard.windowTitle(), connectTitle);
        // Client Credentials goes on into the same branch, without a key pair.
        wizard.back();
        QVERIFY(wizard.selectScheme(Scheme::ClientCredentials));
        wizard.next();
        QVERIFY(wizard.guidedBoxRadio()->isVisible());
        wizard.guidedBoxRadio()->setChecked(true);
        wizard.next();
        QCOMPARE(wizard.currentId(), int(BoxSetupPages::CreateAppPage));
        QVERIFY(box->ccgRadio()->isChecked());
        wizard.next();
        QCOMPARE(wizard.currentId(), int(BoxSetupPages::AccessPage));
        wizard.reject();
        QVERIFY(!wizard.isVisible());
        QCOMPARE(m_engine->apps().list()->size(), 0);
        QCOMPARE(m_engine->accounts().list()->size(), 0);

        // OAuth has no such branch.
        ConnectWizard oauth(*m_engine);
        oauth.show();
        QVERIFY(oauth.selectProvider(QStringLiteral("sandbox")));
        oauth.next();
        QVERIFY(oauth.selectScheme(Scheme::OAuth2));
        oauth.next();
        QVERIFY(!oauth.guidedBoxRadio()->isVisible());
        QVERIFY(oauth.createAppRadio()->isChecked());
    }

    void cancelLeavesNoAppAndNoAccount()
    {
        ConnectWizard wizard(*m_engine);
        wizard.show();
        QVERIFY(wizard.selectProvider(QStringLiteral("sandbox")));
        wizard.next();
        QVERIFY(wizard.selectScheme(Scheme::OAuth2));
        wizard.next();
        QCOMPARE(wizard.currentId(), int(ConnectWizard::AppPage));
        // No app yet: the wizard offers the registration panel itself.
        QVERIFY(wizard.createAppRadio()->isChecked());
        AppEditorWidget* editor = wizard.appEditor();
        QTest::keyClicks(editor->findChild<QLineEdit*>(QStringLiteral("nameLineEdit")),
                         QStringLiteral("Made in the wizard"));
        QTest::keyClicks(editor->findChild<QLineEdit*>(QStringLiteral("clientIdLineEdit")),
                         m_client.clientId);
        QTest::keyClicks(
            editor->findChild<SecretLineEdit*>(QStringLiteral("clientSecretLineEdit"))->lineEdit(),
            m_client.clientSecret);
        QTRY_VERIFY2(wizard.button(QWizard::NextButton)->isEnabled(),
                     qPrintable(editor->problem()));
        wizard.next();
        QTRY_COMPARE(wizard.currentId(), int(ConnectWizard::SignInPage));
        QCOMPARE(wizard.createdAppIds().size(), 1);
        QCOMPARE(m_engine->apps().list()->size(), 1);

        wizard.next();
        QTRY_COMPARE(m_browser.opened.size(), 1);
        QVERIFY(approveInBrowser(m_browser.opened.first()));
        QTRY_COMPARE(wizard.currentId(), int(ConnectWizard::VerifyPage));
        QCOMPARE(m_engine->accounts().list()->size(), 1);

        // Cancel after the account was verified asks first; yes disconnects it again.
        int asked = 0;
        MessageBoxes::setTestResponder([&](MessageBoxes::Kind, const QString&, const QString&) {
            ++asked;
            return true;
        });
        wizard.reject();
        MessageBoxes::setTestResponder({});
        QCOMPARE(asked, 1);
        QTRY_COMPARE(m_engine->accounts().list()->size(), 0);
        QTRY_COMPARE(m_engine->apps().list()->size(), 0);
        QTRY_VERIFY(m_sandbox->revokeCount() >= 1);
    }
};

QTEST_MAIN(TestConnectWizard)
#include "tst_connectwizard.moc"
