#include "TestSupport.h"

#include "AccountsModel.h"
#include "AppsModel.h"
#include "KeychainStatusWidget.h"
#include "MainWindow.h"
#include "MessageBoxes.h"

#include "accounts/AppService.h"
#include "accounts/ProfileStore.h"
#include "engine/Engine.h"
#include "secrets/MemorySecretStore.h"
#include "store/ProfileDatabase.h"
#include "store/TeamBinding.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QToolButton>

using namespace authdeck;
using namespace authdeck::ui;

namespace {

std::unique_ptr<Engine> memoryEngine(const QString& profile)
{
    EngineOptions o;
    o.profileDir = profile;
    o.store = SecretStoreKind::Memory;
    auto e = Engine::create(o);
    return e.ok() ? std::move(e).value() : nullptr;
}

Result<AppRegistration> addApp(Engine& engine, const QString& name,
                               const QString& provider = QStringLiteral("box"))
{
    AppInput in;
    in.providerId = provider;
    in.name = name;
    in.clientId = QStringLiteral("cid-") + name;
    in.clientSecret = SecretBytes(QByteArrayLiteral("secret"));
    std::optional<Result<AppRegistration>> out;
    engine.apps().add(in, nullptr, [&](Result<AppRegistration> r) { out = r; });
    if (!QTest::qWaitFor([&] { return out.has_value(); }, 5000))
        return fail(ErrorKind::Other, QStringLiteral("timeout"));
    return out ? *out : Result<AppRegistration>(fail(ErrorKind::Other, QStringLiteral("timeout")));
}

QStackedWidget* stackOf(QTableView* view)
{
    for (QWidget* w = view; w; w = w->parentWidget()) {
        if (auto* s = qobject_cast<QStackedWidget*>(w))
            return s;
    }
    return nullptr;
}

} // namespace

class TestMainWindow : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void titleAndEmptyState();
    void policyErrorShownAboveTheLists();
    void modelsPassTheTester();
    void appsAppearAndTableReplacesEmptyState();
    void changesFromAnotherProcessShowUp();
    void keychainIndicatorStates();
    void teamIndicatorNeverBlocksAndShowsActivity();
    void removeAppAsksFirst();
    void binaryStartsOffscreen();
    void binaryStartsUnderXvfb();
    void binaryWithoutDisplaySaysSo();
};

void TestMainWindow::titleAndEmptyState()
{
    test::TempProfile p;
    auto engine = memoryEngine(p.path());
    QVERIFY(engine);
    MainWindow w(*engine);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QCOMPARE(w.windowTitle(), QStringLiteral("AuthDeck"));
    auto* empty = w.findChild<QWidget*>(QStringLiteral("accountsEmptyState"));
    QVERIFY(empty);
    QVERIFY(empty->isVisible());
    QVERIFY(!w.accountsView()->isVisible());
    auto* button = w.findChild<QPushButton*>(QStringLiteral("connectEmptyStatePushButton"));
    QVERIFY(button && button->isVisible());
    QCOMPARE(button->text(), QStringLiteral("Connect an account…"));
    QSignalSpy spy(&w, &MainWindow::connectRequested);
    QTest::mouseClick(button, Qt::LeftButton);
    QCOMPARE(spy.count(), 1);
    // The window's menus, in this order.
    QStringList menus;
    for (QAction* a : w.menuBar()->actions())
        menus.append(a->text().remove(QLatin1Char('&')));
    QCOMPARE(menus, (QStringList{"File", "Accounts", "Settings", "Help"}));
}

void TestMainWindow::policyErrorShownAboveTheLists()
{
    test::TempProfile p;
    // A policy file with a typo: nothing is allowed, and the window says which line is wrong.
    const QString policy = test::writeFile(p.path(), QStringLiteral("policy.json"),
                                           "{\n  \"providers\": {\"alow\": [\"box\"]}\n}");
    qputenv("AUTHDECK_POLICY_FILE", policy.toUtf8());
    auto engine = memoryEngine(p.path());
    qunsetenv("AUTHDECK_POLICY_FILE");
    QVERIFY(engine);
    MainWindow w(*engine);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    auto* label = w.findChild<QLabel*>(QStringLiteral("catalogWarningsLabel"));
    QVERIFY(label);
    QVERIFY(label->isVisible());
    QVERIFY2(label->text().contains(policy), qPrintable(label->text()));
    QVERIFY2(label->text().contains(QStringLiteral("line 2")), qPrintable(label->text()));

    // Without a policy, and with a clean catalog, there is nothing to say.
    test::TempProfile other;
    auto free = memoryEngine(other.path());
    QVERIFY(free);
    MainWindow clean(*free);
    clean.show();
    QVERIFY(QTest::qWaitForWindowExposed(&clean));
    QVERIFY(!clean.findChild<QLabel*>(QStringLiteral("catalogWarningsLabel"))->isVisible());
}

void TestMainWindow::modelsPassTheTester()
{
    test::TempProfile p;
    auto engine = memoryEngine(p.path());
    QVERIFY(addApp(*engine, QStringLiteral("A")).ok());
    QVERIFY(engine->store()
                .update([](ProfileStore::Snapshot& s) -> Status {
                    Account a;
                    a.id = QStringLiteral("acc");
                    a.name = QStringLiteral("Ops");
                    a.providerId = QStringLiteral("box");
                    a.identity.insert(QStringLiteral("login"), QStringLiteral("ops@example.com"));
                    a.accessExpires = QDateTime::currentDateTimeUtc().addSecs(3600);
                    s.accounts.append(a);
                    return {};
                })
                .ok());
    AccountsModel accounts(engine->accounts(), engine->catalog());
    AppsModel apps(engine->apps(), engine->catalog());
    QAbstractItemModelTester t1(&accounts, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester t2(&apps, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(accounts.rowCount(), 1);
    QCOMPARE(accounts.index(0, AccountsModel::IdentityColumn).data().toString(),
             QStringLiteral("ops@example.com"));
    QCOMPARE(accounts.index(0, AccountsModel::ProviderColumn).data().toString(),
             QStringLiteral("Box"));
    QCOMPARE(apps.rowCount(), 1);
    QCOMPARE(apps.index(0, AppsModel::ClientIdColumn).data().toString(), QStringLiteral("cid-A"));
    QCOMPARE(apps.index(0, AppsModel::SecretColumn).data().toString(),
             QStringLiteral("In keychain"));
    accounts.reload();
    apps.reload();
    QCOMPARE(accounts.rowCount(), 1);
}

void TestMainWindow::appsAppearAndTableReplacesEmptyState()
{
    test::TempProfile p;
    auto engine = memoryEngine(p.path());
    MainWindow w(*engine);
    w.show();
    w.tabs()->setCurrentIndex(1);
    QStackedWidget* stack = stackOf(w.appsView());
    QVERIFY(stack);
    QCOMPARE(stack->currentIndex(), 0);
    QVERIFY(addApp(*engine, QStringLiteral("First")).ok());
    QVERIFY(addApp(*engine, QStringLiteral("Second")).ok());
    QTRY_COMPARE(w.appsModel()->rowCount(), 2);
    QCOMPARE(stack->currentIndex(), 1);
    QVERIFY(w.appsView()->isVisible());
}

void TestMainWindow::changesFromAnotherProcessShowUp()
{
    test::TempProfile p;
    auto engine = memoryEngine(p.path());
    MainWindow w(*engine);
    w.show();
    // Another writer (as authdeck-cli would be) adds an account to the same profile.
    ProfileStore other(*Profile::open(p.path()));
    QVERIFY(other
                .update([](ProfileStore::Snapshot& s) -> Status {
                    Account a;
                    a.id = QStringLiteral("from-cli");
                    a.name = QStringLiteral("From the CLI");
                    a.providerId = QStringLiteral("dropbox");
                    s.accounts.append(a);
                    return {};
                })
                .ok());
    QTRY_COMPARE_WITH_TIMEOUT(w.accountsModel()->rowCount(), 1, 5000);
    QTRY_VERIFY(w.accountsView()->isVisible());
}

void TestMainWindow::keychainIndicatorStates()
{
    test::TempProfile p;
    auto engine = memoryEngine(p.path());
    MainWindow w(*engine);
    w.show();
    QTRY_COMPARE(w.keychainStatus()->state(), StoreState::Ready);
    QVERIFY(w.keychainStatus()->text().contains(QLatin1String("ready")));
    static_cast<MemorySecretStore&>(engine->secrets()).setUnavailable(true);
    w.keychainStatus()->recheck();
    QTRY_COMPARE(w.keychainStatus()->state(), StoreState::Unavailable);
    auto* button = w.keychainStatus()->findChild<QToolButton*>();
    QVERIFY(button->toolTip().contains(QLatin1String("cannot save secrets")));
    static_cast<MemorySecretStore&>(engine->secrets()).setUnavailable(false);
    QTest::mouseClick(button, Qt::LeftButton); // clicking checks again
    QTRY_COMPARE(w.keychainStatus()->state(), StoreState::Ready);
}

// A team profile's indicator: probed on a worker (the window keeps painting while a server
// that accepts and never answers holds the probe for libpq's whole connect timeout), then
// unreachable in red with the cause; against the test command's PostgreSQL, connected, with the
// members' recent activity from the audit log in its menu.
void TestMainWindow::teamIndicatorNeverBlocksAndShowsActivity()
{
    QTcpServer silent;
    QVERIFY(silent.listen(QHostAddress::LocalHost));
    QList<QTcpSocket*> held; // accepted and never answered
    connect(&silent, &QTcpServer::newConnection, &silent, [&] {
        while (QTcpSocket* s = silent.nextPendingConnection())
            held.append(s);
    });
    TeamBinding dead;
    dead.teamId = QStringLiteral("0123456789abcdef");
    dead.teamName = QStringLiteral("Acme");
    dead.host = QStringLiteral("127.0.0.1");
    dead.port = silent.serverPort();
    dead.database = QStringLiteral("acme");
    dead.user = QStringLiteral("nobody");
    dead.sslmode = QStringLiteral("disable");
    dead.member = QStringLiteral("tester@here");
    {
        TeamStatusWidget w(dead, {});
        w.show();
        int ticks = 0;
        QTimer ticker;
        connect(&ticker, &QTimer::timeout, &ticker, [&] { ++ticks; });
        ticker.start(20);
        QVERIFY(QTest::qWaitFor([&] { return w.probed(); }, 20000));
        // The probe waited seconds; the event loop kept running all along.
        QVERIFY2(ticks > 50, qPrintable(QString::number(ticks)));
        QCOMPARE(w.state(), TeamState::State::Unreachable);
        QCOMPARE(w.text(), QStringLiteral("Team Acme: unreachable"));
        auto* button = w.findChild<QToolButton*>(QStringLiteral("teamStatusToolButton"));
        QVERIFY(button);
        QVERIFY(!button->accessibleDescription().isEmpty());
        QVERIFY(button->toolTip().contains(QStringLiteral("no local copy")));
    }
    qDeleteAll(held);

    const QString socket = qEnvironmentVariable("AUTHDECK_TEST_PG_SOCKET");
    const int port = qEnvironmentVariableIntValue("AUTHDECK_TEST_PG_PORT");
    if (socket.isEmpty() || port <= 0)
        QSKIP("No PostgreSQL here for the connected half: run through packaging/test-session.sh.");
    {
        QSqlDatabase admin =
            QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("gui-admin"));
        admin.setHostName(socket);
        admin.setPort(port);
        admin.setUserName(QStringLiteral("postgres"));
        admin.setDatabaseName(QStringLiteral("postgres"));
        QVERIFY(admin.open());
        QSqlQuery(admin).exec(QStringLiteral("DROP DATABASE IF EXISTS gui_team"));
        QVERIFY(QSqlQuery(admin).exec(QStringLiteral("CREATE DATABASE gui_team")));
        admin.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("gui-admin"));
    TeamBinding live = dead;
    live.host = socket;
    live.port = port;
    live.database = QStringLiteral("gui_team");
    live.user = QStringLiteral("postgres");
    {
        Result<std::unique_ptr<ProfileDatabase>> db = ProfileDatabase::openTeam(
            live, {}, ProfileDatabase::TeamCreate{live.teamName, QStringLiteral("check")});
        QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().message));
        QVERIFY((*db)
                    ->transaction(true,
                                  [&] {
                                      return (*db)->audit(QStringLiteral("renewed"),
                                                          QStringLiteral("Box & Co (a1)"));
                                  })
                    .ok());
    }
    TeamStatusWidget w(live, {});
    QVERIFY(QTest::qWaitFor([&] { return w.probed(); }, 20000));
    QCOMPARE(w.state(), TeamState::State::Connected);
    QCOMPARE(w.text(), QStringLiteral("Team Acme: connected"));
    auto* menu = w.findChild<QMenu*>(QStringLiteral("teamActivityMenu"));
    QVERIFY(menu);
    QStringList lines;
    for (QAction* a : menu->actions())
        lines << a->text();
    const QString all = lines.join(QLatin1Char('\n'));
    QVERIFY2(all.contains(QStringLiteral("tester@here renewed Box && Co (a1)")), qPrintable(all));
    QVERIFY2(all.contains(QStringLiteral("created the team")) || lines.size() >= 3,
             qPrintable(all));
}

void TestMainWindow::removeAppAsksFirst()
{
    test::TempProfile p;
    auto engine = memoryEngine(p.path());
    QVERIFY(addApp(*engine, QStringLiteral("Doomed")).ok());
    MainWindow w(*engine);
    w.show();
    w.tabs()->setCurrentIndex(1);
    QTRY_COMPARE(w.appsModel()->rowCount(), 1);
    w.appsView()->selectRow(0);
    auto* remove = w.findChild<QPushButton*>(QStringLiteral("removeAppPushButton"));
    QVERIFY(remove->isEnabled());

    QStringList asked;
    bool answer = false;
    MessageBoxes::setTestResponder([&](MessageBoxes::Kind, const QString&, const QString& text) {
        asked.append(text);
        return answer;
    });
    QTest::mouseClick(remove, Qt::LeftButton);
    QCOMPARE(asked.size(), 1);
    QVERIFY(asked.first().contains(QLatin1String("Doomed")));
    QTest::qWait(50);
    QCOMPARE(w.appsModel()->rowCount(), 1); // declined: nothing removed

    answer = true;
    w.appsView()->selectRow(0);
    QTest::mouseClick(remove, Qt::LeftButton);
    QTRY_COMPARE(w.appsModel()->rowCount(), 0);
    QVERIFY(static_cast<MemorySecretStore&>(engine->secrets()).entries().isEmpty());
    MessageBoxes::setTestResponder({});
}

void TestMainWindow::binaryStartsOffscreen()
{
    test::TempProfile p;
    QProcess proc;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    proc.setProcessEnvironment(env);
    proc.start(QStringLiteral(AUTHDECK_GUI_PATH),
               {QStringLiteral("--profile"), p.path(), QStringLiteral("--smoke-test")});
    QVERIFY(proc.waitForFinished(30000));
    QCOMPARE(proc.exitCode(), 0);
    QVERIFY2(proc.readAllStandardOutput().contains("window: AuthDeck"),
             "no window titled AuthDeck");
}

void TestMainWindow::binaryStartsUnderXvfb()
{
    if (QStandardPaths::findExecutable(QStringLiteral("Xvfb")).isEmpty())
        QFAIL("Xvfb is not installed (packaging/dev test installs it)");
    // A display number of our own; -displayfd tells which one Xvfb took.
    QProcess xvfb;
    xvfb.start(QStringLiteral("Xvfb"),
               {QStringLiteral("-displayfd"), QStringLiteral("1"), QStringLiteral("-screen"),
                QStringLiteral("0"), QStringLiteral("1024x768x24"), QStringLiteral("-nolisten"),
                QStringLiteral("tcp")});
    QVERIFY(xvfb.waitForStarted(5000));
    QTRY_VERIFY_WITH_TIMEOUT(
        xvfb.canReadLine() || (xvfb.waitForReadyRead(100) && xvfb.canReadLine()), 10000);
    const QString display = QStringLiteral(":") + QString::fromLatin1(xvfb.readLine()).trimmed();
    test::TempProfile p;
    QProcess proc;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    env.insert(QStringLiteral("DISPLAY"), display);
    proc.setProcessEnvironment(env);
    proc.start(QStringLiteral(AUTHDECK_GUI_PATH),
               {QStringLiteral("--profile"), p.path(), QStringLiteral("--smoke-test")});
    const bool finished = proc.waitForFinished(30000);
    xvfb.terminate();
    xvfb.waitForFinished(5000);
    QVERIFY(finished);
    QVERIFY2(proc.exitCode() == 0, proc.readAllStandardError().constData());
    QVERIFY(proc.readAllStandardOutput().contains("window: AuthDeck"));
}

void TestMainWindow::binaryWithoutDisplaySaysSo()
{
    QProcess proc;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    proc.setProcessEnvironment(env);
    proc.start(QStringLiteral(AUTHDECK_GUI_PATH), {});
    QVERIFY(proc.waitForFinished(30000));
    QCOMPARE(proc.exitStatus(), QProcess::NormalExit); // no crash
    QCOMPARE(proc.exitCode(), 1);
    const QByteArray err = proc.readAllStandardError();
    QVERIFY(err.contains("no display"));
    QCOMPARE(err.count('\n'), 1);
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
