// Keyboard and screen-reader use of every window and every wizard page: accessible names, no
// literal '&', one mnemonic per letter (WidgetAudit.h); and the keys an admin tries first.
#include "TestSupport.h"
#include "WidgetAudit.h"

#include "AccountsModel.h"
#include "AppDialog.h"
#include "AppEditorWidget.h"
#include "BoxSetupPages.h"
#include "ConnectWizard.h"
#include "MainWindow.h"
#include "SecretLineEdit.h"

#include "accounts/AccountService.h"
#include "accounts/AppService.h"
#include "accounts/ProfileStore.h"
#include "core/Translations.h"
#include "engine/Engine.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDesktopServices>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QRadioButton>
#include <QTest>

using namespace authdeck;
using namespace authdeck::ui;

class UrlSink : public QObject {
    Q_OBJECT
public:
    QList<QUrl> opened;
public Q_SLOTS:
    void open(const QUrl& url) { opened << url; }
};

class TestAccessibility : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<test::TempProfile> m_profile;
    std::unique_ptr<Engine> m_engine;
    UrlSink m_sink;

    void addApp(Scheme scheme, const QString& name)
    {
        AppInput in;
        in.providerId = QStringLiteral("box");
        in.name = name;
        in.scheme = scheme;
        in.clientId = QStringLiteral("cid-") + name;
        in.clientSecret = SecretBytes(QByteArrayLiteral("secret"));
        if (scheme == Scheme::ClientCredentials)
            in.enterpriseId = QStringLiteral("900001");
        bool done = false;
        m_engine->apps().add(in, this, [&](Result<AppRegistration> r) {
            QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().fullMessage()));
            done = true;
        });
        QTRY_VERIFY(done);
    }

    static void audit(QWidget* window, const QString& where)
    {
        QApplication::setActiveWindow(window);
        QStringList problems = test::auditWidgets(window);
        if (QTest::qWaitForWindowActive(window))
            problems += test::checkBuddyMnemonics(window);
        QVERIFY2(problems.isEmpty(), qPrintable(where + QStringLiteral(":\n  ")
                                                + problems.join(QStringLiteral("\n  "))));
    }

private Q_SLOTS:
    void init()
    {
        m_profile = std::make_unique<test::TempProfile>();
        EngineOptions o;
        o.profileDir = m_profile->path();
        o.store = SecretStoreKind::Memory;
        auto e = Engine::create(o);
        QVERIFY(e.ok());
        m_engine = std::move(e).value();
        QDesktopServices::setUrlHandler(QStringLiteral("http"), &m_sink, "open");
        QDesktopServices::setUrlHandler(QStringLiteral("https"), &m_sink, "open");
    }

    void cleanup()
    {
        QDesktopServices::unsetUrlHandler(QStringLiteral("http"));
        QDesktopServices::unsetUrlHandler(QStringLiteral("https"));
        m_engine.reset();
        m_profile.reset();
    }

    void mainWindow()
    {
        QVERIFY(m_engine->store()
                    .update([](ProfileStore::Snapshot& s) -> Status {
                        Account a;
                        a.id = QStringLiteral("acc");
                        a.name = QStringLiteral("Ops");
                        a.providerId = QStringLiteral("box");
                        a.identity.insert(QStringLiteral("login"),
                                          QStringLiteral("ops@example.com"));
                        s.accounts.append(a);
                        return {};
                    })
                    .ok());
        MainWindow w(*m_engine);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QTRY_COMPARE(w.accountsModel()->rowCount(), 1);
        audit(&w, QStringLiteral("main window, nothing selected"));
        QVERIFY(w.selectAccount(QStringLiteral("acc")));
        audit(&w, QStringLiteral("main window, an account selected"));
        // Alt+A opens the Accounts menu (the tab takes another letter).
        QMenu* accounts = nullptr;
        for (QAction* a : w.menuBar()->actions()) {
            if (a->text() == QStringLiteral("&Accounts"))
                accounts = a->menu();
        }
        QVERIFY(accounts);
        for (int i = 0; i < w.tabs()->count(); ++i)
            QVERIFY(test::mnemonicOf(w.tabs()->tabText(i)) != QLatin1Char('a'));
        w.tabs()->setCurrentIndex(1);
        audit(&w, QStringLiteral("main window, app registrations"));
    }

    void appDialog()
    {
        AppDialog dialog(*m_engine);
        dialog.startNew();
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        audit(&dialog, QStringLiteral("app dialog"));
    }

    void connectWizardPages()
    {
        addApp(Scheme::OAuth2, QStringLiteral("Box OAuth"));
        ConnectWizard wizard(*m_engine);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        audit(&wizard, QStringLiteral("provider page"));
        QVERIFY(wizard.selectProvider(QStringLiteral("box")));
        wizard.next();
        audit(&wizard, QStringLiteral("method page"));
        QVERIFY(wizard.selectScheme(Scheme::OAuth2));
        wizard.next();
        QCOMPARE(wizard.currentId(), int(ConnectWizard::AppPage));
        audit(&wizard, QStringLiteral("app page, an app chosen"));
        wizard.createAppRadio()->setChecked(true);
        audit(&wizard, QStringLiteral("app page, a new registration"));
        QVERIFY(wizard.findChild<QRadioButton*>(QStringLiteral("useAppRadioButton")));
        wizard.findChild<QRadioButton*>(QStringLiteral("useAppRadioButton"))->setChecked(true);
        wizard.next();
        QCOMPARE(wizard.currentId(), int(ConnectWizard::SignInPage));
        audit(&wizard, QStringLiteral("sign-in page (OAuth)"));
        // Enter on the sign-in page signs in (the browser opens).
        QTest::keyClick(&wizard, Qt::Key_Return);
        QTRY_COMPARE(m_sink.opened.size(), 1);
        audit(&wizard, QStringLiteral("sign-in page, waiting for the browser"));
        wizard.reject();
    }

    void connectWizardServerAndKeys()
    {
        addApp(Scheme::ClientCredentials, QStringLiteral("Box CCG"));
        ConnectWizard wizard(*m_engine);
        wizard.show();
        QVERIFY(wizard.selectProvider(QStringLiteral("box")));
        wizard.next();
        QVERIFY(wizard.selectScheme(Scheme::ClientCredentials));
        wizard.next();
        QVERIFY(wizard.guidedBoxRadio()->isVisible());
        wizard.createAppRadio()->setChecked(true);
        audit(&wizard, QStringLiteral("app page (client credentials), a new registration"));
        wizard.findChild<QRadioButton*>(QStringLiteral("useAppRadioButton"))->setChecked(true);
        wizard.next();
        QCOMPARE(wizard.currentId(), int(ConnectWizard::SignInPage));
        audit(&wizard, QStringLiteral("sign-in page (client credentials)"));

        ConnectWizard keys(*m_engine);
        keys.show();
        QVERIFY(keys.selectProvider(QStringLiteral("s3")));
        keys.next();
        QVERIFY(keys.selectScheme(Scheme::Keys));
        keys.next();
        QCOMPARE(keys.currentId(), int(ConnectWizard::SignInPage));
        audit(&keys, QStringLiteral("sign-in page (access keys)"));
    }

    void boxSetupPages()
    {
        ConnectWizard wizard(*m_engine);
        wizard.startBoxSetup();
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        audit(&wizard, QStringLiteral("Box setup: create the app"));
        QTest::keyClicks(wizard.boxSetup()->clientIdEdit(), QStringLiteral("abc"));
        QTest::keyClicks(wizard.boxSetup()->clientSecretEdit()->lineEdit(), QStringLiteral("def"));
        wizard.next();
        QCOMPARE(wizard.currentId(), int(BoxSetupPages::KeyPairPage));
        audit(&wizard, QStringLiteral("Box setup: key pair"));
        // The remaining pages need a key first: each is audited as it will show, beside the
        // wizard's Back, Next and Cancel.
        const QStringList buttons{wizard.buttonText(QWizard::BackButton),
                                  wizard.buttonText(QWizard::NextButton),
                                  wizard.buttonText(QWizard::CancelButton)};
        for (int id : {int(BoxSetupPages::PublicKeyIdPage), int(BoxSetupPages::AccessPage),
                       int(BoxSetupPages::AuthorizePage), int(BoxSetupPages::EnterprisePage),
                       int(BoxSetupPages::VerifyPage), int(BoxSetupPages::DonePage)}) {
            const QStringList problems = test::auditWidgets(wizard.page(id), buttons);
            QVERIFY2(problems.isEmpty(), qPrintable(QStringLiteral("Box setup page %1:\n  ").arg(id)
                                                    + problems.join(QStringLiteral("\n  "))));
        }
    }

    // The same in German and French: translated mnemonics must not collide either. (Last: the
    // translators stay installed.)
    void translated_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("de") << QStringLiteral("de");
        QTest::newRow("fr") << QStringLiteral("fr");
    }

    void translated()
    {
        QFETCH(QString, language);
        QLocale::setDefault(QLocale(language));
        installTranslations(*QCoreApplication::instance());
        addApp(Scheme::OAuth2, QStringLiteral("Box OAuth"));
        QVERIFY(m_engine->store()
                    .update([](ProfileStore::Snapshot& s) -> Status {
                        Account a;
                        a.id = QStringLiteral("acc");
                        a.name = QStringLiteral("Ops");
                        a.providerId = QStringLiteral("box");
                        s.accounts.append(a);
                        return {};
                    })
                    .ok());
        {
            MainWindow w(*m_engine);
            w.show();
            QTRY_COMPARE(w.accountsModel()->rowCount(), 1);
            QVERIFY(w.selectAccount(QStringLiteral("acc")));
            audit(&w, language + QStringLiteral(": main window"));
        }
        ConnectWizard wizard(*m_engine);
        wizard.show();
        audit(&wizard, language + QStringLiteral(": provider page"));
        QVERIFY(wizard.selectProvider(QStringLiteral("box")));
        wizard.next();
        audit(&wizard, language + QStringLiteral(": method page"));
        wizard.next();
        audit(&wizard, language + QStringLiteral(": app page"));
        wizard.createAppRadio()->setChecked(true);
        audit(&wizard, language + QStringLiteral(": app page, a new registration"));
        wizard.findChild<QRadioButton*>(QStringLiteral("useAppRadioButton"))->setChecked(true);
        wizard.next();
        QCOMPARE(wizard.currentId(), int(ConnectWizard::SignInPage));
        audit(&wizard, language + QStringLiteral(": sign-in page"));

        ConnectWizard box(*m_engine);
        box.startBoxSetup();
        box.show();
        audit(&box, language + QStringLiteral(": Box setup, create the app"));
        QTest::keyClicks(box.boxSetup()->clientIdEdit(), QStringLiteral("abc"));
        QTest::keyClicks(box.boxSetup()->clientSecretEdit()->lineEdit(), QStringLiteral("def"));
        box.next();
        audit(&box, language + QStringLiteral(": Box setup, key pair"));
        const QStringList buttons{box.buttonText(QWizard::BackButton),
                                  box.buttonText(QWizard::NextButton),
                                  box.buttonText(QWizard::CancelButton)};
        for (int id : {int(BoxSetupPages::PublicKeyIdPage), int(BoxSetupPages::AccessPage),
                       int(BoxSetupPages::AuthorizePage), int(BoxSetupPages::EnterprisePage),
                       int(BoxSetupPages::VerifyPage)}) {
            const QStringList problems = test::auditWidgets(box.page(id), buttons);
            QVERIFY2(problems.isEmpty(),
                     qPrintable(QStringLiteral("%1: Box setup page %2:\n  ").arg(language).arg(id)
                                + problems.join(QStringLiteral("\n  "))));
        }
    }
};

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
