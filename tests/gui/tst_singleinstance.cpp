#include "TestSupport.h"

#include "MainWindow.h"
#include "SingleInstance.h"

#include "core/Profile.h"
#include "engine/Engine.h"

#include <QFile>
#include <QSignalSpy>
#include <QTest>
#include <QUuid>
#include <QWidget>

using namespace authdeck;
using namespace authdeck::ui;
using authdeck::test::TempProfile;

namespace {

QString uniqueId()
{
    return QUuid::createUuid().toString(QUuid::Id128).left(16);
}

std::unique_ptr<Engine> memoryEngine(const QString& profile)
{
    EngineOptions o;
    o.profileDir = profile;
    o.store = SecretStoreKind::Memory;
    auto e = Engine::create(o);
    return e.ok() ? std::move(e).value() : nullptr;
}

} // namespace

class TestSingleInstance : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void secondLaunchRaisesTheFirst();
    void otherProfilesAreIndependent();
    void staleSocketIsTakenOver();
    void socketIsFreedWhenTheFirstEnds();
    void geometryIsRememberedPerProfile();
};

void TestSingleInstance::secondLaunchRaisesTheFirst()
{
    const QString id = uniqueId();
    SingleInstance first(id);
    QVERIFY(!first.isSecondary());
    QVERIFY(first.isListening());
    QWidget window;
    window.showMinimized();
    first.raiseOnRequest(&window);
    QSignalSpy raised(&first, &SingleInstance::raiseRequested);

    SingleInstance second(id);
    QVERIFY(second.isSecondary());
    QVERIFY(!second.isListening());
    QVERIFY(raised.wait(5000));
    QCOMPARE(raised.size(), 1);
    QVERIFY(window.isVisible());
    QVERIFY(!(window.windowState() & Qt::WindowMinimized));
}

void TestSingleInstance::otherProfilesAreIndependent()
{
    SingleInstance first(uniqueId());
    SingleInstance other(uniqueId());
    QVERIFY(!first.isSecondary());
    QVERIFY(!other.isSecondary());
    QVERIFY(other.isListening());
    QVERIFY(SingleInstance::serverName(QStringLiteral("a"))
            != SingleInstance::serverName(QStringLiteral("b")));
}

void TestSingleInstance::staleSocketIsTakenOver()
{
    // A crashed instance leaves its socket file behind; nobody answers on it.
    const QString id = uniqueId();
    const QString name = SingleInstance::serverName(id);
    QVERIFY2(name.startsWith(QLatin1Char('/')), qPrintable(name));
    QFile stale(name);
    QVERIFY(stale.open(QIODevice::WriteOnly)); // a leftover at the socket's path
    stale.close();
    SingleInstance next(id);
    QVERIFY(!next.isSecondary());
    QVERIFY(next.isListening());
    SingleInstance later(id);
    QVERIFY(later.isSecondary()); // and the new owner answers
}

void TestSingleInstance::socketIsFreedWhenTheFirstEnds()
{
    const QString id = uniqueId();
    {
        SingleInstance first(id);
        QVERIFY(first.isListening());
    }
    SingleInstance again(id);
    QVERIFY(!again.isSecondary());
    QVERIFY(again.isListening());
}

void TestSingleInstance::geometryIsRememberedPerProfile()
{
    TempProfile profile;
    TempProfile otherProfile;
    const QRect wanted(20, 30, 720, 520); // inside the offscreen screen
    {
        auto engine = memoryEngine(profile.path());
        QVERIFY(engine);
        MainWindow window(*engine);
        window.setGeometry(wanted);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.close());
    }
    QVERIFY(QFile::exists(profile.file(QStringLiteral("window.ini"))));
    {
        auto engine = memoryEngine(profile.path());
        QVERIFY(engine);
        MainWindow window(*engine);
        QCOMPARE(window.size(), wanted.size());
    }
    {
        auto engine = memoryEngine(otherProfile.path());
        QVERIFY(engine);
        MainWindow window(*engine);
        QCOMPARE(window.size(), QSize(1120, 660)); // another profile keeps the default
    }
}

QTEST_MAIN(TestSingleInstance)
#include "tst_singleinstance.moc"
