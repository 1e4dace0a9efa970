// The window's side of standards-based servers, against the standards sandbox in this test: the
// app editor registers "Any OAuth 2.0 / OpenID Connect server" from its issuer (discovery), and
// the OAuth connect dialog signs in with a code on another device (RFC 8628), or cancels that.
#include "FakeOAuthProvider.h"
#include "TestSupport.h"

#include "AppEditorWidget.h"
#include "ConnectWizard.h"

#include "SettingsPages.h"
#include <QCheckBox>
#include <QComboBox>
#include <QProgressBar>
#include <QPushButton>

#include "accounts/AccountService.h"
#include "accounts/AppService.h"
#include "auth/ServerConnect.h"
#include "crypto/Certificate.h"
#include "crypto/RsaKey.h"
#include "engine/Engine.h"
#include "providers/ProviderCatalog.h"
#include "providers/ProviderParser.h"
#include "sandbox/StandardsSandbox.h"

#include <QDesktopServices>
#include <QJsonDocument>

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace authdeck;
using namespace authdeck::ui;

// Stands in for the system browser: QDesktopServices hands it the URL.
class RecordingBrowser : public QObject {
    Q_OBJECT
public:
    QList<QUrl> opened;
public Q_SLOTS:
    void open(const QUrl& url) { opened << url; }
};

class TestStandardsUi : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<test::TempProfile> m_profile;
    std::unique_ptr<Engine> m_engine;
    StandardsSandbox m_sandbox;
    QString m_appId;

    int devicePolls() const
    {
        int n = 0;
        for (const QString& line : m_sandbox.log())
            n += line.startsWith(QLatin1String("oidc device_code")) ? 1 : 0;
        return n;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_sandbox.start());
        m_sandbox.setDeviceInterval(1);
    }

    void init()
    {
        m_profile = std::make_unique<test::TempProfile>();
        EngineOptions o;
        o.profileDir = m_profile->path();
        o.store = SecretStoreKind::Memory;
        auto e = Engine::create(o);
        QVERIFY(e.ok());
        m_engine = std::move(e).value();

        // The app editor, as the settings panel and the wizard show it.
        StandardsClient c;
        c.name = QStringLiteral("Window app");
        c = m_sandbox.registerClient(c); // public: no secret
        AppEditorWidget editor(*m_engine);
        editor.startNew(QStringLiteral("oauth2"), Scheme::OAuth2);
        auto* issuer = editor.findChild<QLineEdit*>(QStringLiteral("issuerLineEdit"));
        QVERIFY(issuer);
        QVERIFY(!issuer->isHidden());
        editor.findChild<QLineEdit*>(QStringLiteral("nameLineEdit"))
            ->setText(QStringLiteral("Corp SSO"));
        editor.findChild<QLineEdit*>(QStringLiteral("clientIdLineEdit"))->setText(c.clientId);
        QVERIFY(editor.problem().contains(QStringLiteral("issuer")));
        issuer->setText(m_sandbox.issuer());
        QVERIFY2(editor.problem().isEmpty(), qPrintable(editor.problem()));
        bool saved = false;
        editor.save([&](Result<AppRegistration> r) {
            QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
            m_appId = r->id;
            QCOMPARE(r->issuer, m_sandbox.issuer());
            QCOMPARE(r->tokenUrl, m_sandbox.issuer() + QStringLiteral("/token"));
            QCOMPARE(r->clientAuth, QStringLiteral("none"));
            saved = true;
        });
        QTRY_VERIFY(saved);
    }

    void cleanup()
    {
        m_engine.reset();
        m_profile.reset();
    }

    void wrongIssuerIsRefusedInTheWindow()
    {
        AppEditorWidget editor(*m_engine);
        editor.startNew(QStringLiteral("oauth2"), Scheme::OAuth2);
        editor.findChild<QLineEdit*>(QStringLiteral("nameLineEdit"))->setText(QStringLiteral("x"));
        editor.findChild<QLineEdit*>(QStringLiteral("clientIdLineEdit"))
            ->setText(QStringLiteral("x"));
        editor.findChild<QLineEdit*>(QStringLiteral("issuerLineEdit"))
            ->setText(m_sandbox.issuer() + QStringLiteral("/other"));
        bool answered = false;
        editor.save([&](Result<AppRegistration> r) {
            QVERIFY(!r.ok());
            QCOMPARE(r.error().kind, ErrorKind::BadInput);
            answered = true;
        });
        QTRY_VERIFY(answered);
        QCOMPARE(m_engine->apps().list()->size(), 1); // only init()'s
    }

    // The connect wizard as far as its sign-in page, for the provider and app given.
    void toSignIn(ConnectWizard& wizard, const QString& provider, const QString& app)
    {
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        QVERIFY(wizard.selectProvider(provider));
        wizard.next();
        QVERIFY(wizard.selectScheme(Scheme::OAuth2));
        wizard.next();
        QCOMPARE(wizard.currentId(), int(ConnectWizard::AppPage));
        const int index = wizard.appCombo()->findData(app);
        QVERIFY(index >= 0);
        wizard.appCombo()->setCurrentIndex(index);
        wizard.next();
        QCOMPARE(wizard.currentId(), int(ConnectWizard::SignInPage));
    }

    void deviceSignIn()
    {
        ConnectWizard wizard(*m_engine);
        QSignalSpy connected(&wizard, &ConnectWizard::accountConnected);
        toSignIn(wizard, QStringLiteral("oauth2"), m_appId);
        QVERIFY(wizard.deviceCheckBox()->isVisible());
        wizard.deviceCheckBox()->setChecked(true);
        QCOMPARE(wizard.button(QWizard::NextButton)->text(),
                 QStringLiteral("&Sign in with a code"));
        wizard.next();
        QTRY_VERIFY(!wizard.userCode().isEmpty());
        QVERIFY(wizard.busyBar()->isVisible());
        const QString complete = m_sandbox.baseUrl().toString()
                                 + QStringLiteral("/device?user_code=") + wizard.userCode();
        QVERIFY(test::playSandboxBrowser(complete).contains("Signed in"));
        QTRY_COMPARE_WITH_TIMEOUT(wizard.currentId(), int(ConnectWizard::VerifyPage), 10000);
        QCOMPARE(connected.size(), 1);
        QVERIFY(m_engine->accounts().find(wizard.connectedAccountId()).ok());
    }

    void cancelStopsPolling()
    {
        ConnectWizard wizard(*m_engine);
        toSignIn(wizard, QStringLiteral("oauth2"), m_appId);
        wizard.deviceCheckBox()->setChecked(true);
        wizard.next();
        QTRY_VERIFY(!wizard.userCode().isEmpty());
        const int before = devicePolls();
        QTRY_VERIFY_WITH_TIMEOUT(devicePolls() > before, 5000); // polling
        wizard.reject();
        QTest::qWait(500);
        const int after = devicePolls();
        QTest::qWait(2500);
        QCOMPARE(devicePolls(), after);
        QVERIFY(m_engine->accounts().list()->isEmpty());
    }

    // Microsoft 365 app-only from the settings panel: the editor takes a key and its certificate,
    // the panel asks for admin consent, and the app then connects for the whole tenant.
    void microsoftAppOnlyFromTheWindow()
    {
        Result<Provider> provider = ProviderParser::parse(
            QJsonDocument(m_sandbox.microsoftProviderJson()).toJson(), QStringLiteral("m365"));
        QVERIFY(provider.ok());
        m_engine->catalog().addRuntimeProvider(*provider);
        Result<crypto::RsaKey> key = crypto::RsaKey::generate(2048);
        QVERIFY(key.ok());
        Result<QByteArray> cert = crypto::Certificate::selfSigned(*key, QStringLiteral("ui"), 30);
        QVERIFY(cert.ok());
        const QString keyFile =
            test::writeFile(m_profile->path(), QStringLiteral("k.pem"), key->toPkcs8Pem()->bytes());
        const QString certFile = test::writeFile(m_profile->path(), QStringLiteral("c.pem"), *cert);
        StandardsClient c;
        c.name = QStringLiteral("Window Graph app");
        c.redirectUris = {QStringLiteral("http://127.0.0.1/callback")};
        c = m_sandbox.registerClient(c);
        const QString x5t = m_sandbox.addCertificate(c.clientId, *cert);
        QVERIFY(!x5t.isEmpty());

        AppEditorWidget editor(*m_engine);
        editor.startNew(QStringLiteral("sandbox-m365"), Scheme::ClientCredentials);
        editor.findChild<QLineEdit*>(QStringLiteral("nameLineEdit"))->setText(QStringLiteral("g"));
        editor.findChild<QLineEdit*>(QStringLiteral("clientIdLineEdit"))->setText(c.clientId);
        editor.findChild<QLineEdit*>(QStringLiteral("certificateFileLineEdit"))->setText(certFile);
        QVERIFY(editor.problem().contains(QStringLiteral("private key")));
        editor.findChild<QLineEdit*>(QStringLiteral("privateKeyFileLineEdit"))->setText(keyFile);
        QVERIFY2(editor.problem().isEmpty(), qPrintable(editor.problem()));
        QString id;
        editor.save([&](Result<AppRegistration> r) {
            QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
            QCOMPARE(r->certificateThumbprint, x5t);
            QCOMPARE(r->clientAuth, QStringLiteral("private_key_jwt"));
            QVERIFY(r->hasPrivateKey);
            id = r->id;
        });
        QTRY_VERIFY(!id.isEmpty());

        RecordingBrowser browser;
        QDesktopServices::setUrlHandler(QStringLiteral("http"), &browser, "open");
        AppsSettingsPage page(*m_engine);
        page.selectApp(id);
        page.show();
        auto* consent = page.findChild<QPushButton*>(QStringLiteral("adminConsentPushButton"));
        QVERIFY(consent && consent->isVisible());
        QSignalSpy finished(&page, &AppsSettingsPage::operationFinished);
        QTest::mouseClick(consent, Qt::LeftButton);
        QTRY_COMPARE(browser.opened.size(), 1);
        QVERIFY(test::playSandboxBrowser(browser.opened.first().toString()).contains("granted"));
        QTRY_COMPARE(finished.size(), 1);
        QDesktopServices::unsetUrlHandler(QStringLiteral("http"));
        QVERIFY(finished.first().at(0).toBool());
        QVERIFY(page.findChild<QLabel*>(QStringLiteral("statusLabel"))
                    ->text()
                    .contains(QString::fromLatin1(StandardsSandbox::TenantId)));

        bool connected = false;
        ServerConnectRequest req;
        req.app = id;
        ServerConnect::run(*m_engine, req, this, [&](Result<Account> r) {
            QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
            QCOMPARE(r->identity.value(QStringLiteral("id")),
                     QString::fromLatin1(StandardsSandbox::TenantId));
            connected = true;
        });
        QTRY_VERIFY(connected);
    }

    void noDeviceButtonWithoutAnEndpoint()
    {
        AppInput in;
        in.providerId = QStringLiteral("box");
        in.name = QStringLiteral("Box app");
        in.clientId = QStringLiteral("abc");
        in.clientSecret = SecretBytes(QByteArrayLiteral("secret"));
        bool added = false;
        QString id;
        m_engine->apps().add(in, this, [&](Result<AppRegistration> r) {
            QVERIFY(r.ok());
            id = r->id;
            added = true;
        });
        QTRY_VERIFY(added);
        {
            ConnectWizard wizard(*m_engine);
            toSignIn(wizard, QStringLiteral("box"), id);
            QVERIFY(!wizard.deviceCheckBox()->isVisible());
        }
        ConnectWizard wizard(*m_engine);
        toSignIn(wizard, QStringLiteral("oauth2"), m_appId);
        QVERIFY(wizard.deviceCheckBox()->isVisible());
    }
};

QTEST_MAIN(TestStandardsUi)
#include "tst_standardsui.moc"
