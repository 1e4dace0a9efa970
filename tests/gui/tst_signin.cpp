// The OAuth connect dialog end to end: the test plays the browser through
// QDesktopServices::setUrlHandler, against a provider served on loopback by the test.
#include "FakeOAuthProvider.h"
#include "TestSupport.h"

#include "AccountDetailsWidget.h"
#include "ConnectWizard.h"
#include "MainWindow.h"
#include "MessageBoxes.h"
#include "OAuthConnectDialog.h"

#include "accounts/AccountService.h"
#include "accounts/AppService.h"
#include "engine/Engine.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDesktopServices>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMimeData>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTreeWidget>

using namespace authdeck;
using namespace authdeck::ui;
using authdeck::test::FakeOAuthProvider;

// Stands in for the system browser: QDesktopServices hands it the URL.
class FakeBrowser : public QObject {
    Q_OBJECT
public:
    QList<QUrl> opened;
public Q_SLOTS:
    void open(const QUrl& url) { opened << url; }
};

class TestConnectDialog : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<test::TempProfile> m_profile;
    std::unique_ptr<FakeOAuthProvider> m_provider;
    std::unique_ptr<Engine> m_engine;
    FakeBrowser m_browser;
    QString m_appId;

private Q_SLOTS:
    void init()
    {
        m_profile = std::make_unique<test::TempProfile>();
        m_provider = std::make_unique<FakeOAuthProvider>();
        EngineOptions o;
        o.profileDir = m_profile->path();
        o.store = SecretStoreKind::Memory; // the keychain has its own tests
        auto e = Engine::create(o);
        QVERIFY(e.ok());
        m_engine = std::move(e).value();
        AppInput in = m_provider->boxApp(QStringLiteral("Corp Box"));
        in.scopes = {QStringLiteral("root_readwrite")};
        bool added = false;
        m_engine->apps().add(in, this, [&](Result<AppRegistration> r) {
            QVERIFY(r.ok());
            m_appId = r->id;
            added = true;
        });
        QTRY_VERIFY(added);
        m_browser.opened.clear();
        QDesktopServices::setUrlHandler(QStringLiteral("http"), &m_browser, "open");
    }

    void cleanup()
    {
        QDesktopServices::unsetUrlHandler(QStringLiteral("http"));
        m_engine.reset();
        m_provider.reset();
        m_profile.reset();
    }

    void signInWithTheBrowser()
    {
        OAuthConnectDialog dialog(*m_engine);
        QSignalSpy connected(&dialog, &OAuthConnectDialog::accountConnected);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QCOMPARE(dialog.appCombo()->count(), 1);
        // The catalog's scopes are offered; the app's own are ticked. Add one more.
        QListWidget* scopes = dialog.scopeList();
        QVERIFY(scopes->count() >= 10);
        int ticked = 0;
        for (int i = 0; i < scopes->count(); ++i) {
            QListWidgetItem* item = scopes->item(i);
            if (item->checkState() == Qt::Checked)
                ++ticked;
            if (item->data(Qt::UserRole).toString() == QLatin1String("manage_groups"))
                item->setCheckState(Qt::Checked);
        }
        QCOMPARE(ticked, 1);
        QTest::keyClicks(dialog.customScopes(), QStringLiteral("custom_scope"));
        QTest::keyClicks(dialog.nameEdit(), QStringLiteral("Ada at Corp"));

        QTest::mouseClick(dialog.signInButton(), Qt::LeftButton);
        QCOMPARE(dialog.page(), int(OAuthConnectDialog::WaitingPage));
        QTRY_COMPARE(m_browser.opened.size(), 1);
        const QUrl url = m_browser.opened.first();
        QCOMPARE(url, dialog.authorizationUrl());

        // "Open again" hands the same address to the browser once more.
        QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("openAgainPushButton")),
                          Qt::LeftButton);
        QCOMPARE(m_browser.opened.size(), 2);
        QCOMPARE(m_browser.opened.last(), url);

        const QByteArray page = test::playBrowser(url.toString(QUrl::FullyEncoded));
        QVERIFY2(page.contains("AuthDeck"), page.constData());
        QTRY_COMPARE(dialog.page(), int(OAuthConnectDialog::DonePage));
        QCOMPARE(connected.size(), 1);
        QVERIFY(dialog.doneLabel()->text().contains(QStringLiteral("ada@example.com")));
        QCOMPARE(m_provider->lastScope,
                 QStringLiteral("root_readwrite manage_groups custom_scope"));

        Result<Account> account = m_engine->accounts().find(dialog.connectedAccountId());
        QVERIFY(account.ok());
        QCOMPARE(account->name, QStringLiteral("Ada at Corp"));
        QCOMPARE(account->scopes,
                 QStringList({QStringLiteral("root_readwrite"), QStringLiteral("manage_groups"),
                              QStringLiteral("custom_scope")}));
        QVERIFY(!m_profile->allFileBytes().contains("canary"));
    }

    void pasteTheAddressWhenTheBrowserIsElsewhere()
    {
        OAuthConnectDialog dialog(*m_engine);
        dialog.show();
        QTest::mouseClick(dialog.signInButton(), Qt::LeftButton);
        QTRY_COMPARE(m_browser.opened.size(), 1);
        // The browser is on another machine: it ends at an address the listener never sees.
        // Ask the provider for the redirect without following it.
        QNetworkAccessManager nam;
        QNetworkRequest req(m_browser.opened.first());
        req.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
        QNetworkReply* reply = nam.get(req);
        QSignalSpy done(reply, &QNetworkReply::finished);
        QVERIFY(done.wait(10000));
        const QString location =
            reply->attribute(QNetworkRequest::RedirectionTargetAttribute).toUrl().toString();
        reply->deleteLater();
        QVERIFY(location.contains(QStringLiteral("code=")));

        QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("pasteAddressPushButton")),
                          Qt::LeftButton);
        QVERIFY(dialog.pasteEdit()->isVisible());
        QTest::keyClicks(dialog.pasteEdit(), location);
        QTest::keyClick(dialog.pasteEdit(), Qt::Key_Return);
        QTRY_VERIFY2(dialog.page() == int(OAuthConnectDialog::DonePage),
                     qPrintable(dialog.errorLabel()->text()));
        QCOMPARE(m_provider->codeGrants, 1);
    }

    void deniedConsentShowsTheReasonAndSavesNothing()
    {
        m_provider->authorizeMode = FakeOAuthProvider::Authorize::Denied;
        OAuthConnectDialog dialog(*m_engine);
        dialog.show();
        QTest::mouseClick(dialog.signInButton(), Qt::LeftButton);
        QTRY_COMPARE(m_browser.opened.size(), 1);
        test::playBrowser(m_browser.opened.first().toString(QUrl::FullyEncoded));
        QTRY_COMPARE(dialog.page(), int(OAuthConnectDialog::SetupPage));
        QVERIFY(dialog.errorLabel()->isVisible());
        QVERIFY2(dialog.errorLabel()->text().contains(QStringLiteral("denied")),
                 qPrintable(dialog.errorLabel()->text()));
        QCOMPARE(m_engine->accounts().list()->size(), 0);
    }

    void cancelWhileWaitingLeavesNothing()
    {
        OAuthConnectDialog dialog(*m_engine);
        dialog.show();
        QTest::mouseClick(dialog.signInButton(), Qt::LeftButton);
        QTRY_COMPARE(m_browser.opened.size(), 1);
        const QUrl url = m_browser.opened.first();
        dialog.reject();
        // The listener is gone: the redirect no longer reaches AuthDeck.
        int status = 0;
        test::playBrowser(url.toString(QUrl::FullyEncoded), &status);
        QCOMPARE(m_provider->codeGrants, 0);
        QCOMPARE(m_engine->accounts().list()->size(), 0);
    }

    void needsSignInIsNotified()
    {
        m_provider->nextExpiresIn = 60; // due for renewal at once
        OAuthConnectDialog dialog(*m_engine);
        dialog.show();
        QTest::mouseClick(dialog.signInButton(), Qt::LeftButton);
        QTRY_COMPARE(m_browser.opened.size(), 1);
        test::playBrowser(m_browser.opened.first().toString(QUrl::FullyEncoded));
        QTRY_COMPARE(dialog.page(), int(OAuthConnectDialog::DonePage));
        dialog.close();
        m_provider->refreshTokens.clear(); // revoked upstream: the renewal gets invalid_grant
        MainWindow window(*m_engine);
        window.show();
        QTRY_VERIFY_WITH_TIMEOUT(!window.lastNotification().isEmpty(), 15000);
        QVERIFY(window.lastNotification().contains(QStringLiteral("sign in again")));
    }

    void accountDetailsActions()
    {
        OAuthConnectDialog dialog(*m_engine);
        dialog.show();
        QTest::mouseClick(dialog.signInButton(), Qt::LeftButton);
        QTRY_COMPARE(m_browser.opened.size(), 1);
        test::playBrowser(m_browser.opened.first().toString(QUrl::FullyEncoded));
        QTRY_COMPARE(dialog.page(), int(OAuthConnectDialog::DonePage));

        AccountDetailsWidget details(*m_engine, nullptr);
        details.setClipboardMilliseconds(300);
        details.showAccount(dialog.connectedAccountId());
        details.show();
        QVERIFY(details.expiryLabel()->text().contains(QStringLiteral("min")));
        QTest::mouseClick(details.refreshButton(), Qt::LeftButton);
        QTRY_COMPARE(m_provider->refreshGrants, 1);
        QTRY_VERIFY(details.refreshButton()->isEnabled());

        QTest::mouseClick(details.copyTokenButton(), Qt::LeftButton);
        QTRY_VERIFY(m_provider->live.contains(QApplication::clipboard()->text()));
        const QMimeData* mime = QApplication::clipboard()->mimeData();
        QCOMPARE(mime->data(QStringLiteral("x-kde-passwordManagerHint")), QByteArray("secret"));
        QTRY_VERIFY(QApplication::clipboard()->text().isEmpty()); // cleared afterwards

        m_provider->refreshTokens.clear(); // revoked upstream
        QTest::mouseClick(details.refreshButton(), Qt::LeftButton);
        QTRY_VERIFY(details.messageLabel()->isVisible()
                    && details.messageLabel()->text().contains(QStringLiteral("sign")));
        QTRY_VERIFY(
            details.statusLabel()->text().contains(QStringLiteral("sign"), Qt::CaseInsensitive));
        QVERIFY(details.signInAgainButton()->isVisible());
    }

    void mainWindowOpensTheWizardAndShowsTheAccount()
    {
        MainWindow window(*m_engine);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTest::mouseClick(
            window.findChild<QPushButton*>(QStringLiteral("connectEmptyStatePushButton")),
            Qt::LeftButton);
        auto* wizard = window.findChild<ConnectWizard*>();
        QVERIFY(wizard);
        QTRY_VERIFY(wizard->isVisible());
        QVERIFY(wizard->selectProvider(QStringLiteral("box")));
        wizard->next();
        QVERIFY(wizard->selectScheme(Scheme::OAuth2));
        wizard->next();
        QCOMPARE(wizard->currentId(), int(ConnectWizard::AppPage));
        QCOMPARE(wizard->appCombo()->currentData().toString(), m_appId);
        wizard->next();
        QCOMPARE(wizard->currentId(), int(ConnectWizard::SignInPage));
        wizard->next();
        QTRY_COMPARE(m_browser.opened.size(), 1);
        test::playBrowser(m_browser.opened.first().toString(QUrl::FullyEncoded));
        QTRY_COMPARE(wizard->currentId(), int(ConnectWizard::VerifyPage));
        QVERIFY(wizard->identityLabel()->text().contains(QStringLiteral("ada@example.com")));
        QTRY_COMPARE(window.accountsView()->model()->rowCount(), 1);
        QVERIFY(window.accountsView()->isVisible());
        wizard->next();
        wizard->button(QWizard::FinishButton)->click();
        QCOMPARE(m_engine->accounts().list()->size(), 1);
    }
};

QTEST_MAIN(TestConnectDialog)
#include "tst_connectdialog.moc"
