// OAuth sign-in through the connect wizard and what the main window does with the account, end
// to end: the test plays the browser through QDesktopServices::setUrlHandler, against a provider
// served on loopback by the test (FakeOAuthProvider).
#include "FakeOAuthProvider.h"
#include "Screenshot.h"
#include "TestSupport.h"

#include "AccountDetailsWidget.h"
#include "AccountsModel.h"
#include "ConnectWizard.h"
#include "MainWindow.h"
#include "MessageBoxes.h"

#include "accounts/AccountService.h"
#include "accounts/AppService.h"
#include "engine/Engine.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDesktopServices>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMimeData>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProgressBar>
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

class TestSignIn : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<test::TempProfile> m_profile;
    std::unique_ptr<FakeOAuthProvider> m_provider;
    std::unique_ptr<Engine> m_engine;
    FakeBrowser m_browser;
    QString m_appId;

    // Provider, method and app pages with the one Box app; then "Sign in with browser".
    void startOAuth(ConnectWizard& wizard)
    {
        QVERIFY(wizard.selectProvider(QStringLiteral("box")));
        wizard.next();
        QVERIFY(wizard.selectScheme(Scheme::OAuth2));
        wizard.next();
        QCOMPARE(wizard.currentId(), int(ConnectWizard::AppPage));
        QCOMPARE(wizard.appCombo()->currentData().toString(), m_appId);
        wizard.next();
        QCOMPARE(wizard.currentId(), int(ConnectWizard::SignInPage));
        const int before = int(m_browser.opened.size());
        wizard.next();
        QTRY_COMPARE(int(m_browser.opened.size()), before + 1);
    }

    // A whole connection through the wizard; returns the account id.
    QString connectOnce(const QString& userId = QStringLiteral("4242"))
    {
        m_provider->userId = userId;
        ConnectWizard wizard(*m_engine);
        wizard.show();
        startOAuth(wizard);
        test::playBrowser(m_browser.opened.last().toString(QUrl::FullyEncoded));
        [&] { QTRY_COMPARE(wizard.currentId(), int(ConnectWizard::VerifyPage)); }();
        wizard.next();
        wizard.button(QWizard::FinishButton)->click();
        return wizard.connectedAccountId();
    }

private Q_SLOTS:
    void initTestCase() { test::useScreenshotLanguage(); }

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
        in.scopes = {QStringLiteral("root_readwrite"), QStringLiteral("manage_groups")};
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
        MessageBoxes::setTestResponder({});
        QDesktopServices::unsetUrlHandler(QStringLiteral("http"));
        m_engine.reset();
        m_provider.reset();
        m_profile.reset();
    }

    void signInWithTheBrowser()
    {
        ConnectWizard wizard(*m_engine);
        QSignalSpy connected(&wizard, &ConnectWizard::accountConnected);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        startOAuth(wizard);
        const QUrl url = m_browser.opened.first();
        QCOMPARE(url, wizard.authorizationUrl());
        // While the browser is out, the wait shows: busy, and the time left.
        QVERIFY(wizard.busyBar()->isVisible());
        QVERIFY2(wizard.waitLabel()->text().contains(QStringLiteral("left")),
                 qPrintable(wizard.waitLabel()->text()));
        QVERIFY(wizard.button(QWizard::CancelButton)->isEnabled());

        // "Open again" hands the same address to the browser once more.
        QTest::mouseClick(wizard.findChild<QPushButton*>(QStringLiteral("openAgainPushButton")),
                          Qt::LeftButton);
        QCOMPARE(m_browser.opened.size(), 2);
        QCOMPARE(m_browser.opened.last(), url);

        const QByteArray page = test::playBrowser(url.toString(QUrl::FullyEncoded));
        QVERIFY2(page.contains("AuthDeck"), page.constData());
        QTRY_COMPARE(wizard.currentId(), int(ConnectWizard::VerifyPage));
        QCOMPARE(connected.size(), 1);
        QVERIFY(!wizard.busyBar()->isVisible());
        QCOMPARE(m_provider->lastScope, QStringLiteral("root_readwrite manage_groups"));

        // An identity card in words, no raw keys.
        QVERIFY(wizard.identityLabel()->text().contains(QStringLiteral("ada@example.com")));
        QStringList labels;
        for (const auto& [label, value] : wizard.identityRows()) {
            labels << label;
            QVERIFY2(!label.contains(QLatin1Char('_')), qPrintable(label));
        }
        QVERIFY2(labels.contains(QStringLiteral("Login:")), qPrintable(labels.join(u',')));
        QVERIFY(labels.contains(QStringLiteral("App registration:")));

        wizard.next();
        QCOMPARE(wizard.currentId(), int(ConnectWizard::DonePage));
        // The last page has nothing to cancel; the name has one pair of parentheses.
        QVERIFY(!wizard.button(QWizard::CancelButton)->isVisible());
        QCOMPARE(wizard.accountNameEdit()->text(), QStringLiteral("Box (ada@example.com)"));
        wizard.accountNameEdit()->clear();
        QTest::keyClicks(wizard.accountNameEdit(), QStringLiteral("Ada at Corp"));
        wizard.button(QWizard::FinishButton)->click();
        Result<Account> account = m_engine->accounts().find(wizard.connectedAccountId());
        QVERIFY(account.ok());
        QCOMPARE(account->name, QStringLiteral("Ada at Corp"));
        QCOMPARE(account->scopes,
                 QStringList({QStringLiteral("root_readwrite"), QStringLiteral("manage_groups")}));
        QVERIFY(!m_profile->allFileBytes().contains("canary"));
    }

    void escapeOnTheLastPageKeepsTheAccount()
    {
        ConnectWizard wizard(*m_engine);
        wizard.show();
        startOAuth(wizard);
        test::playBrowser(m_browser.opened.first().toString(QUrl::FullyEncoded));
        QTRY_COMPARE(wizard.currentId(), int(ConnectWizard::VerifyPage));
        wizard.next();
        QTest::keyClick(&wizard, Qt::Key_Escape);
        QCOMPARE(wizard.result(), int(QDialog::Accepted));
        QTest::qWait(100);
        QCOMPARE(m_engine->accounts().list()->size(), 1);
        QCOMPARE(m_provider->revoked.size(), 0);
    }

    void cancelOnVerifyAsksBeforeDisconnecting()
    {
        ConnectWizard wizard(*m_engine);
        wizard.show();
        startOAuth(wizard);
        test::playBrowser(m_browser.opened.first().toString(QUrl::FullyEncoded));
        QTRY_COMPARE(wizard.currentId(), int(ConnectWizard::VerifyPage));
        QStringList asked;
        bool answer = false;
        MessageBoxes::setTestResponder([&](MessageBoxes::Kind, const QString&, const QString& t) {
            asked << t;
            return answer;
        });
        wizard.reject();
        QCOMPARE(asked.size(), 1);
        QVERIFY(wizard.isVisible()); // declined: still there, still connected
        QCOMPARE(m_engine->accounts().list()->size(), 1);
        answer = true;
        wizard.reject();
        QTRY_COMPARE(m_engine->accounts().list()->size(), 0);
        QTRY_VERIFY(!m_provider->revoked.isEmpty());
    }

    void pasteTheAddressWhenTheBrowserIsElsewhere()
    {
        ConnectWizard wizard(*m_engine);
        wizard.show();
        startOAuth(wizard);
        // The browser is on another machine: it ends at an address the listener never sees.
        const QUrl location =
            test::redirectTarget(m_browser.opened.first().toString(QUrl::FullyEncoded));
        QVERIFY(location.toString().contains(QStringLiteral("code=")));
        QTest::mouseClick(wizard.findChild<QPushButton*>(QStringLiteral("pasteAddressPushButton")),
                          Qt::LeftButton);
        auto* paste = wizard.findChild<QLineEdit*>(QStringLiteral("pasteLineEdit"));
        QVERIFY(paste && paste->isVisible());
        QTest::keyClicks(paste, location.toString());
        QTest::keyClick(paste, Qt::Key_Return);
        QTRY_VERIFY2(wizard.currentId() == int(ConnectWizard::VerifyPage),
                     qPrintable(wizard.signInError()->text()));
        QCOMPARE(m_provider->codeGrants, 1);
    }

    // The refusal names the provider and the app, offers to edit the app, and saves nothing.
    void deniedConsentShowsTheReasonAndSavesNothing()
    {
        m_provider->authorizeMode = FakeOAuthProvider::Authorize::Denied;
        ConnectWizard wizard(*m_engine);
        wizard.show();
        startOAuth(wizard);
        test::playBrowser(m_browser.opened.first().toString(QUrl::FullyEncoded));
        QTRY_VERIFY(wizard.signInError()->isVisible());
        QCOMPARE(wizard.currentId(), int(ConnectWizard::SignInPage));
        const QString text = wizard.signInError()->text();
        QVERIFY2(text.contains(QStringLiteral("denied")), qPrintable(text));
        QVERIFY2(text.startsWith(QStringLiteral("Box did not connect with the app \"Corp Box\"")),
                 qPrintable(text));
        QVERIFY(wizard.editAppButton()->isVisible());
        QVERIFY(!wizard.busyBar()->isVisible());
        QVERIFY(wizard.button(QWizard::NextButton)->isEnabled()); // try again
        QCOMPARE(m_engine->accounts().list()->size(), 0);
    }

    // The browser's page tells the real outcome: a failed token exchange is not "signed in".
    void browserPageSaysWhatReallyHappened()
    {
        m_provider->tokenMode = FakeOAuthProvider::Token::ServerError;
        ConnectWizard wizard(*m_engine);
        wizard.show();
        startOAuth(wizard);
        int status = 0;
        const QByteArray page =
            test::playBrowser(m_browser.opened.first().toString(QUrl::FullyEncoded), &status);
        QVERIFY2(!page.contains("signed in")
                     && !page.contains("You can close this tab and "
                                       "return to AuthDeck. The account"),
                 page.constData());
        QVERIFY2(page.contains("did not complete") || page.contains("not"), page.constData());
        QVERIFY(status >= 400);
        QTRY_VERIFY(wizard.signInError()->isVisible());
        QCOMPARE(m_engine->accounts().list()->size(), 0);
    }

    // Cancel and Escape end a wait at once, long before its deadline, and leave nothing behind.
    void cancelWhileWaitingLeavesNothing()
    {
        ConnectWizard wizard(*m_engine);
        wizard.show();
        startOAuth(wizard);
        const QUrl url = m_browser.opened.first();
        QElapsedTimer timer;
        timer.start();
        QTest::keyClick(&wizard, Qt::Key_Escape);
        QVERIFY(!wizard.isVisible());
        QVERIFY(timer.elapsed() < 2000);
        // The listener is gone: the redirect no longer reaches AuthDeck.
        int status = 0;
        test::playBrowser(url.toString(QUrl::FullyEncoded), &status);
        QCOMPARE(m_provider->codeGrants, 0);
        QCOMPARE(m_engine->accounts().list()->size(), 0);
    }

    // A server-authentication connection whose token endpoint never answers: Cancel works at
    // once, and the late answer (none here) could not leave an account.
    void cancelWhileTheProviderHangs()
    {
        m_provider->tokenMode = FakeOAuthProvider::Token::Hang;
        AppInput in = m_provider->boxApp(QStringLiteral("Corp CCG"));
        in.scheme = Scheme::ClientCredentials;
        in.enterpriseId = QStringLiteral("900001");
        bool added = false;
        m_engine->apps().add(in, this, [&](Result<AppRegistration> r) {
            QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().fullMessage()));
            added = true;
        });
        QTRY_VERIFY(added);
        ConnectWizard wizard(*m_engine);
        wizard.show();
        QVERIFY(wizard.selectProvider(QStringLiteral("box")));
        wizard.next();
        QVERIFY(wizard.selectScheme(Scheme::ClientCredentials));
        wizard.next();
        wizard.next();
        QCOMPARE(wizard.currentId(), int(ConnectWizard::SignInPage));
        QCOMPARE(wizard.button(QWizard::NextButton)->text(), QStringLiteral("&Connect"));
        wizard.next();
        QTRY_VERIFY(wizard.busy());
        QVERIFY(wizard.busyBar()->isVisible());
        QVERIFY(wizard.waitLabel()->text().contains(QStringLiteral("Box")));
        QVERIFY(wizard.button(QWizard::CancelButton)->isEnabled());
        QTest::qWait(300);
        QElapsedTimer timer;
        timer.start();
        QTest::keyClick(&wizard, Qt::Key_Escape);
        QVERIFY(!wizard.isVisible());
        QVERIFY(timer.elapsed() < 2000);
        QCOMPARE(m_engine->accounts().list()->size(), 0);
    }

    void needsSignInIsNotified()
    {
        m_provider->nextExpiresIn = 60; // due for renewal at once
        QVERIFY(!connectOnce().isEmpty());
        m_provider->refreshTokens.clear(); // revoked upstream: the renewal gets invalid_grant
        MainWindow window(*m_engine);
        window.show();
        QTRY_VERIFY_WITH_TIMEOUT(!window.lastNotification().isEmpty(), 15000);
        QVERIFY(window.lastNotification().contains(QStringLiteral("sign in again")));
    }

    void accountDetailsActions()
    {
        const QString id = connectOnce();
        QVERIFY(!id.isEmpty());
        AccountDetailsWidget details(*m_engine, nullptr);
        details.setClipboardMilliseconds(300);
        details.showAccount(id);
        details.show();
        QVERIFY(details.expiryLabel()->text().contains(QStringLiteral("min")));
        QVERIFY(details.createdLabel()->text() != QStringLiteral("—"));
        // Box refresh tokens die after 60 days unused.
        QVERIFY2(details.signInLastsLabel()->text().contains(QStringLiteral("60 days")),
                 qPrintable(details.signInLastsLabel()->text()));
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

    void mainWindowOpensTheWizardAndSelectsTheAccount()
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
        startOAuth(*wizard);
        test::playBrowser(m_browser.opened.first().toString(QUrl::FullyEncoded));
        QTRY_COMPARE(wizard->currentId(), int(ConnectWizard::VerifyPage));
        QVERIFY(wizard->identityLabel()->text().contains(QStringLiteral("ada@example.com")));
        QTRY_COMPARE(window.accountsView()->model()->rowCount(), 1);
        QVERIFY(window.accountsView()->isVisible());
        wizard->next();
        const QString id = wizard->connectedAccountId();
        wizard->button(QWizard::FinishButton)->click();
        QCOMPARE(m_engine->accounts().list()->size(), 1);
        QTRY_COMPARE(window.selectedAccountId(), id);
        QCOMPARE(window.accountDetails()->accountId(), id);
        window.resize(1120, 660);
        test::shot(window, QStringLiteral("main-window"));
    }

    // Item 1: the selection is an account, kept by id whatever reloads the list.
    void selectionSurvivesReloads()
    {
        const QString first = connectOnce(QStringLiteral("4242"));
        const QString second = connectOnce(QStringLiteral("4343"));
        QVERIFY(!first.isEmpty() && !second.isEmpty() && first != second);
        MainWindow window(*m_engine);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_COMPARE(window.accountsModel()->rowCount(), 2);
        QVERIFY(window.selectAccount(second));
        QCOMPARE(window.selectedAccountId(), second);

        window.accountsModel()->reload(); // what renewals, imports and closed wizards do
        QCOMPARE(window.selectedAccountId(), second);

        // Test: the result sits under the account, which stays selected.
        QTest::mouseClick(window.accountDetails()->testButton(), Qt::LeftButton);
        QTRY_VERIFY(
            window.accountDetails()->messageLabel()->text().contains(QStringLiteral("Works")));
        QCOMPARE(window.selectedAccountId(), second);
        QCOMPARE(window.accountDetails()->accountId(), second);

        // Refresh now, and a change from outside (another process renames it).
        QTest::mouseClick(window.accountDetails()->refreshButton(), Qt::LeftButton);
        QTRY_COMPARE(m_provider->refreshGrants, 1);
        QTRY_VERIFY(
            window.accountDetails()->messageLabel()->text().contains(QStringLiteral("Renewed")));
        QCOMPARE(window.selectedAccountId(), second);
        QVERIFY(m_engine->accounts()
                    .updateMetadata(first, [](Account& a) { a.name = QStringLiteral("Zed"); })
                    .ok());
        QTRY_VERIFY(window.accountsModel()->rowOf(first) >= 0
                    && window.accountsModel()
                               ->index(window.accountsModel()->rowOf(first), 0)
                               .data()
                               .toString()
                           == QStringLiteral("Zed"));
        QCOMPARE(window.selectedAccountId(), second);
        QVERIFY(window.accountAction(MainWindow::AccountAction::SignInAgain)->isEnabled());
    }

    // The Accounts menu and the context menu: every action on the selected account.
    void accountsMenuActsOnTheSelection()
    {
        const QString id = connectOnce();
        MainWindow window(*m_engine);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QMenu* accounts = nullptr;
        for (QAction* a : window.menuBar()->actions()) {
            if (a->text() == QStringLiteral("&Accounts"))
                accounts = a->menu();
        }
        QVERIFY(accounts);
        QStringList texts;
        for (QAction* a : accounts->actions())
            texts << a->text();
        for (const char* wanted : {"&Test", "&Refresh now", "Sign &in again…", "Re&name…",
                                   "Copy access &token", "&Disconnect…"})
            QVERIFY2(texts.contains(QString::fromUtf8(wanted)), wanted);
        using A = MainWindow::AccountAction;
        for (A a : {A::Test, A::Refresh, A::SignInAgain, A::Rename, A::CopyToken, A::Disconnect})
            QVERIFY(!window.accountAction(a)->isEnabled()); // nothing selected
        QVERIFY(window.selectAccount(id));
        for (A a : {A::Test, A::Refresh, A::SignInAgain, A::Rename, A::CopyToken, A::Disconnect})
            QVERIFY(window.accountAction(a)->isEnabled());

        // Rename, through its own small dialog; the selection stays.
        window.accountAction(A::Rename)->trigger();
        auto* rename = window.findChild<QInputDialog*>(QStringLiteral("renameAccountDialog"));
        QVERIFY(rename);
        QTRY_VERIFY(rename->isVisible());
        rename->setTextValue(QStringLiteral("Renamed"));
        rename->accept();
        QTRY_COMPARE(m_engine->accounts().find(id)->name, QStringLiteral("Renamed"));
        QCOMPARE(window.selectedAccountId(), id);

        // Test from the menu: the details panel reports.
        window.accountAction(A::Test)->trigger();
        QTRY_VERIFY(
            window.accountDetails()->messageLabel()->text().contains(QStringLiteral("Works")));
        QVERIFY(window.accountDetails()->lastTestLabel()->text().contains(QStringLiteral("works")));

        // Disconnect asks first.
        QStringList asked;
        MessageBoxes::setTestResponder(
            [&](MessageBoxes::Kind, const QString& title, const QString&) {
                asked << title;
                return true;
            });
        window.accountAction(A::Disconnect)->trigger();
        QCOMPARE(asked.size(), 1);
        QVERIFY(asked.first().contains(QStringLiteral("Renamed")));
        QTRY_COMPARE(m_engine->accounts().list()->size(), 0);
    }

    // Item 8: a failed Test is the status (with icon and colour) until the account works again.
    void failedTestShowsInTheStatus()
    {
        const QString id = connectOnce();
        MainWindow window(*m_engine);
        window.show();
        QVERIFY(window.selectAccount(id));
        AccountsModel* model = window.accountsModel();
        const QModelIndex status = model->index(model->rowOf(id), AccountsModel::StatusColumn);
        QCOMPARE(status.data().toString(), QStringLiteral("Connected"));
        QVERIFY(!status.data(Qt::DecorationRole).value<QIcon>().isNull());

        m_provider->live.clear(); // the access token dies upstream
        m_provider->refreshTokens.clear();
        QTest::mouseClick(window.accountDetails()->testButton(), Qt::LeftButton);
        QTRY_VERIFY(!window.accountDetails()->busy());
        QTRY_VERIFY(window.accountDetails()->messageLabel()->isVisible());
        const QModelIndex after = model->index(model->rowOf(id), AccountsModel::StatusColumn);
        QVERIFY2(after.data().toString() != QStringLiteral("Connected"),
                 qPrintable(after.data().toString()));
        QVERIFY(after.data(Qt::ForegroundRole).isValid());
        QVERIFY(!after.data(Qt::ToolTipRole).toString().isEmpty());
        QVERIFY(!window.accountDetails()->statusLabel()->text().startsWith(
            QStringLiteral("Connected")));
        QCOMPARE(window.selectedAccountId(), id);
    }

    // "Sign in again" is the wizard, started at Sign in; the account keeps its id and name.
    void signInAgainThroughTheWizard()
    {
        const QString id = connectOnce();
        QVERIFY(m_engine->accounts()
                    .updateMetadata(id, [](Account& a) { a.name = QStringLiteral("Mine"); })
                    .ok());
        MainWindow window(*m_engine);
        window.show();
        QVERIFY(window.selectAccount(id));
        window.accountAction(MainWindow::AccountAction::SignInAgain)->trigger();
        auto* wizard = window.findChild<ConnectWizard*>();
        QVERIFY(wizard);
        QTRY_VERIFY(wizard->isVisible());
        QCOMPARE(wizard->currentId(), int(ConnectWizard::SignInPage));
        QCOMPARE(wizard->reauthAccountId(), id);
        const int before = int(m_browser.opened.size());
        wizard->next();
        QTRY_COMPARE(int(m_browser.opened.size()), before + 1);
        test::playBrowser(m_browser.opened.last().toString(QUrl::FullyEncoded));
        QTRY_COMPARE(wizard->currentId(), int(ConnectWizard::VerifyPage));
        QCOMPARE(wizard->connectedAccountId(), id);
        QCOMPARE(m_provider->codeGrants, 2);
        // Cancel here does not disconnect an account that existed before.
        wizard->reject();
        QTest::qWait(100);
        QCOMPARE(m_engine->accounts().list()->size(), 1);
        QCOMPARE(m_engine->accounts().find(id)->name, QStringLiteral("Mine"));
        QCOMPARE(window.selectedAccountId(), id);
    }

    // Column widths are the admin's, per profile; every column fits the first window.
    void columnWidthsAreRemembered()
    {
        connectOnce();
        int width = 0;
        {
            MainWindow window(*m_engine);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            QHeaderView* header = window.accountsView()->horizontalHeader();
            const int total = header->length();
            QVERIFY2(total <= window.accountsView()->viewport()->width() + 2,
                     qPrintable(QStringLiteral("%1 > %2").arg(total).arg(
                         window.accountsView()->viewport()->width())));
            header->resizeSection(AccountsModel::NameColumn, 211);
            width = header->sectionSize(AccountsModel::NameColumn);
            window.close();
        }
        MainWindow again(*m_engine);
        again.show();
        QVERIFY(QTest::qWaitForWindowExposed(&again));
        QCOMPARE(again.accountsView()->horizontalHeader()->sectionSize(AccountsModel::NameColumn),
                 width);
    }
};

QTEST_MAIN(TestSignIn)
#include "tst_signin.moc"
