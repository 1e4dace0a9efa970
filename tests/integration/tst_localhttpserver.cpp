#include "TestSupport.h"

#include "net/HttpDate.h"
#include "net/LocalHttpServer.h"

#include <QTcpSocket>
#include <QTest>
#include <QTimer>

#include <memory>
#include <vector>

using namespace authdeck;

namespace {

// What a bare TCP client got back.
struct RawAnswer {
    QByteArray bytes;
    bool closedByServer = false;

    int status() const { return bytes.startsWith("HTTP/1.1 ") ? bytes.mid(9, 3).toInt() : 0; }
    QByteArray header(const QByteArray& name) const
    {
        const QByteArray head = bytes.left(bytes.indexOf("\r\n\r\n"));
        for (const QByteArray& line : head.split('\n')) {
            const qsizetype colon = line.indexOf(':');
            if (colon > 0 && line.left(colon).compare(name, Qt::CaseInsensitive) == 0)
                return line.mid(colon + 1).trimmed();
        }
        return {};
    }
    QByteArray body() const { return bytes.mid(bytes.indexOf("\r\n\r\n") + 4); }
};

// Writes `request` on a fresh connection and reads until the server closes (or waitMs passes).
// Event-driven, because the server lives in this thread.
RawAnswer rawExchange(quint16 port, const QByteArray& request, int waitMs = 5000)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    RawAnswer answer;
    if (!QTest::qWaitFor([&] { return socket.state() == QAbstractSocket::ConnectedState; }, waitMs))
        return answer;
    socket.write(request);
    answer.closedByServer = QTest::qWaitFor(
        [&] {
            answer.bytes += socket.readAll();
            return socket.state() == QAbstractSocket::UnconnectedState;
        },
        waitMs);
    answer.bytes += socket.readAll();
    return answer;
}

QByteArray get(const QByteArray& path, quint16 port, const QByteArray& method = "GET")
{
    return method + ' ' + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + QByteArray::number(port)
           + "\r\n\r\n";
}

} // namespace

class TestLocalHttpServer : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();

    void refusesNonLoopbackAddresses_data();
    void refusesNonLoopbackAddresses();
    void routing();
    void responseHeaders();
    void hostMustBeLoopback_data();
    void hostMustBeLoopback();
    void parserErrorsReachTheClient_data();
    void parserErrorsReachTheClient();
    void readTimeout();
    void idleConnectionsMakeRoom();
    void silentConnectionsGoBeforeStuckOnes();
    void aConnectionLoopCannotStarveARealRequest();
    void heldRequestsAreNeverDropped();
    void unreadRequestIsNotTakenForIdle();
    void answerOutlivesTheServer();
    void firstAnswerWins();
    void lateAnswerAfterPeerLeftIsIgnored();
    void answerLater();

private:
    std::unique_ptr<LocalHttpServer> m_server;
};

void TestLocalHttpServer::init()
{
    m_server = std::make_unique<LocalHttpServer>();
    QVERIFY(m_server->listen());
    QCOMPARE(m_server->baseUrl().toString(),
             "http://127.0.0.1:" + QString::number(m_server->port()));
}

void TestLocalHttpServer::cleanup()
{
    m_server.reset();
}

void TestLocalHttpServer::refusesNonLoopbackAddresses_data()
{
    QTest::addColumn<QString>("address");
    QTest::newRow("any") << "0.0.0.0";
    QTest::newRow("any IPv6") << "::";
    QTest::newRow("documentation address") << "192.0.2.1";
}

void TestLocalHttpServer::refusesNonLoopbackAddresses()
{
    QFETCH(QString, address);
    LocalHttpServer server;
    QVERIFY(!server.listen(QHostAddress(address)));
    QVERIFY(!server.isListening());
    QVERIFY2(server.errorString().contains(address), qPrintable(server.errorString()));
    QVERIFY(!server.listen(QHostAddress::Any));
}

void TestLocalHttpServer::routing()
{
    HttpServerRequest seen;
    m_server->route("GET", "/a", [&](const HttpServerRequest& request, HttpResponder responder) {
        seen = request;
        responder.respond(200, {{"Content-Type", "text/plain"}}, "route a");
    });
    m_server->route("DELETE", "/a", [](const HttpServerRequest&, HttpResponder responder) {
        responder.respond(204);
    });
    const quint16 port = m_server->port();

    RawAnswer a = rawExchange(port, get("/a?x=1", port));
    QVERIFY(a.closedByServer);
    QCOMPARE(a.status(), 200);
    QCOMPARE(a.body(), QByteArray("route a"));
    QVERIFY(seen.peer.isLoopback());
    QCOMPARE(seen.query.value("x"), QString("1"));

    QCOMPARE(rawExchange(port, get("/b", port)).status(), 404);

    const RawAnswer post = rawExchange(port, get("/a", port, "POST"));
    QCOMPARE(post.status(), 405);
    QCOMPARE(post.header("Allow"), QByteArray("GET, HEAD, DELETE"));

    const RawAnswer del = rawExchange(port, get("/a", port, "DELETE"));
    QCOMPARE(del.status(), 204);
    QCOMPARE(del.header("Content-Length"), QByteArray());

    // HEAD rides on the GET route: the length of the body, not the body.
    const RawAnswer head = rawExchange(port, get("/a", port, "HEAD"));
    QCOMPARE(head.status(), 200);
    QCOMPARE(head.header("Content-Length"), QByteArray("7"));
    QCOMPARE(head.body(), QByteArray());

    // A fallback handler takes what no route does.
    m_server->setHandler([](const HttpServerRequest& request, HttpResponder responder) {
        responder.respond(200, {}, request.path.toUtf8());
    });
    QCOMPARE(rawExchange(port, get("/b%20c", port)).body(), QByteArray("/b c"));

    // A filter sees every request first: what it answers never reaches a route, what it passes
    // on does; dispatchToRoutes hands a request it kept to the routes later (the sandbox's slow
    // fault).
    QStringList filtered;
    m_server->setFilter([&](const HttpServerRequest& request, const HttpResponder& responder) {
        filtered << request.path;
        if (request.query.value("fault") == QLatin1String("now")) {
            responder.respond(429, {{"Retry-After", "1"}});
            return true;
        }
        if (request.query.value("fault") == QLatin1String("later")) {
            const HttpServerRequest copy = request;
            QTimer::singleShot(50, m_server.get(), [this, copy, responder] {
                m_server->dispatchToRoutes(copy, responder);
            });
            return true;
        }
        return false;
    });
    seen = {};
    const RawAnswer refused = rawExchange(port, get("/a?fault=now", port));
    QCOMPARE(refused.status(), 429);
    QCOMPARE(refused.header("Retry-After"), QByteArray("1"));
    QVERIFY(seen.path.isEmpty()); // the route never ran
    QCOMPARE(rawExchange(port, get("/a?fault=no", port)).body(), QByteArray("route a"));
    const RawAnswer delayed = rawExchange(port, get("/a?fault=later", port));
    QCOMPARE(delayed.status(), 200);
    QCOMPARE(delayed.body(), QByteArray("route a"));
    QCOMPARE(rawExchange(port, get("/a?fault=later", port, "POST")).status(), 405);
    QCOMPARE(filtered.size(), 4);
}

void TestLocalHttpServer::responseHeaders()
{
    m_server->route("GET", "/plain", [](const HttpServerRequest&, HttpResponder responder) {
        responder.respond(
            200, {{"Content-Length", "999"}, {"X-Bad", "a\r\nSet-Cookie: x=1"}, {"X-Good", "ok"}},
            "body");
    });
    m_server->route("GET", "/cached", [](const HttpServerRequest&, HttpResponder responder) {
        responder.respond(200, {{"Cache-Control", "max-age=60"}}, "");
    });
    const quint16 port = m_server->port();
    const RawAnswer plain = rawExchange(port, get("/plain", port));
    QCOMPARE(plain.header("Content-Length"), QByteArray("4"));
    QCOMPARE(plain.header("Connection"), QByteArray("close"));
    QCOMPARE(plain.header("Cache-Control"), QByteArray("no-store"));
    QVERIFY(HttpDate::parse(plain.header("Date")).isValid());
    QCOMPARE(plain.header("X-Good"), QByteArray("ok"));
    QCOMPARE(plain.header("X-Bad"), QByteArray());
    QCOMPARE(plain.header("Set-Cookie"), QByteArray());
    QCOMPARE(plain.body(), QByteArray("body"));

    QCOMPARE(rawExchange(port, get("/cached", port)).header("Cache-Control"),
             QByteArray("max-age=60"));

    // A handler's own Date is kept when it is a valid HTTP date (the sandbox's skewed clock) and
    // replaced by the current time when it is not.
    m_server->route("GET", "/dated", [](const HttpServerRequest&, HttpResponder responder) {
        responder.respond(200, {{"Date", "Sun, 06 Nov 1994 08:49:37 GMT"}}, "");
    });
    m_server->route("GET", "/baddate", [](const HttpServerRequest&, HttpResponder responder) {
        responder.respond(200, {{"Date", "yesterday"}}, "");
    });
    QCOMPARE(rawExchange(port, get("/dated", port)).header("Date"),
             QByteArray("Sun, 06 Nov 1994 08:49:37 GMT"));
    const QDateTime replaced =
        HttpDate::parse(rawExchange(port, get("/baddate", port)).header("Date"));
    QVERIFY(replaced.isValid());
    QVERIFY(qAbs(replaced.secsTo(QDateTime::currentDateTimeUtc())) < 60);
}

void TestLocalHttpServer::hostMustBeLoopback_data()
{
    QTest::addColumn<QByteArray>("host"); // %1 is the server's port
    QTest::addColumn<int>("status");
    QTest::newRow("address and port") << QByteArray("127.0.0.1:%1") << 200;
    QTest::newRow("address only") << QByteArray("127.0.0.1") << 200;
    QTest::newRow("localhost") << QByteArray("LocalHost:%1") << 200;
    QTest::newRow("IPv6 loopback") << QByteArray("[::1]:%1") << 200;
    QTest::newRow("rebound DNS name") << QByteArray("evil.example:%1") << 421;
    QTest::newRow("other port") << QByteArray("127.0.0.1:1") << 421;
    QTest::newRow("LAN address") << QByteArray("192.168.1.10:%1") << 421;
}

void TestLocalHttpServer::hostMustBeLoopback()
{
    QFETCH(QByteArray, host);
    QFETCH(int, status);
    m_server->setHandler(
        [](const HttpServerRequest&, HttpResponder responder) { responder.respond(200); });
    const quint16 port = m_server->port();
    host.replace("%1", QByteArray::number(port));
    QCOMPARE(rawExchange(port, "GET / HTTP/1.1\r\nHost: " + host + "\r\n\r\n").status(), status);
}

void TestLocalHttpServer::parserErrorsReachTheClient_data()
{
    QTest::addColumn<QByteArray>("request");
    QTest::addColumn<int>("status");
    QTest::newRow("malformed") << QByteArray("GET / HTTP/1.1\r\nHost : x\r\n\r\n") << 400;
    QTest::newRow("head over 4 KiB")
        << "GET /?" + QByteArray(5000, 'q') + " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"
        << 431;
    // The body is sent in full although the server refuses it after the head: the answer must
    // still arrive (no reset from closing on unread data).
    QTest::newRow("body over 4 KiB")
        << "POST / HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 60000\r\n\r\n"
               + QByteArray(60000, 'b')
        << 413;
    QTest::newRow("chunked") << QByteArray(
        "POST / HTTP/1.1\r\nHost: 127.0.0.1\r\nTransfer-Encoding: chunked\r\n\r\n"
        "5\r\nhello\r\n0\r\n\r\n")
                             << 501;
}

void TestLocalHttpServer::parserErrorsReachTheClient()
{
    QFETCH(QByteArray, request);
    QFETCH(int, status);
    int handled = 0;
    m_server->setMaxRequestBytes(4096);
    m_server->setHandler([&](const HttpServerRequest&, HttpResponder responder) {
        ++handled;
        responder.respond(200);
    });
    const RawAnswer answer = rawExchange(m_server->port(), request);
    QCOMPARE(answer.status(), status);
    QVERIFY(answer.closedByServer);
    QCOMPARE(handled, 0);
}

void TestLocalHttpServer::readTimeout()
{
    m_server->setReadTimeout(200);
    QElapsedTimer timer;
    timer.start();
    const RawAnswer answer = rawExchange(m_server->port(), "GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n");
    QCOMPARE(answer.status(), 408);
    QVERIFY2(timer.elapsed() < 3000, qPrintable(QString::number(timer.elapsed())));
}

// A connected socket that sends nothing: the kind a local program can open by the hundred.
std::unique_ptr<QTcpSocket> openIdle(quint16 port)
{
    auto socket = std::make_unique<QTcpSocket>();
    socket->connectToHost(QHostAddress::LocalHost, port);
    return socket;
}

void TestLocalHttpServer::idleConnectionsMakeRoom()
{
    m_server->setMaxConnections(2);
    m_server->setHandler(
        [](const HttpServerRequest&, HttpResponder responder) { responder.respond(200); });
    const quint16 port = m_server->port();
    auto oldest = openIdle(port);
    QTRY_COMPARE(m_server->connectionCount(), 1);
    auto newer = openIdle(port);
    QTRY_COMPARE(m_server->connectionCount(), 2);

    // Every slot is taken, by connections that do nothing: the newcomer gets the oldest's.
    QCOMPARE(rawExchange(port, get("/", port)).status(), 200);
    QTRY_COMPARE(oldest->state(), QAbstractSocket::UnconnectedState);
    QCOMPARE(newer->state(), QAbstractSocket::ConnectedState);
}

void TestLocalHttpServer::silentConnectionsGoBeforeStuckOnes()
{
    m_server->setMaxConnections(2);
    m_server->setHandler(
        [](const HttpServerRequest&, HttpResponder responder) { responder.respond(200); });
    const quint16 port = m_server->port();
    auto stuck = openIdle(port);
    QTRY_COMPARE(m_server->connectionCount(), 1);
    stuck->write("GET / HT");
    QTest::qWait(100); // read by the server: a partial request
    auto silent = openIdle(port);
    QTRY_COMPARE(m_server->connectionCount(), 2);

    QCOMPARE(rawExchange(port, get("/", port)).status(), 200);
    QTRY_COMPARE(silent->state(), QAbstractSocket::UnconnectedState);
    QCOMPARE(stuck->state(), QAbstractSocket::ConnectedState);
    // With no silent connection left, the oldest stuck one is next in line.
    auto stuckToo = openIdle(port);
    QTRY_COMPARE(m_server->connectionCount(), 2);
    stuckToo->write("GET /");
    QTest::qWait(100);
    QCOMPARE(rawExchange(port, get("/", port)).status(), 200);
    QTRY_COMPARE(stuck->state(), QAbstractSocket::UnconnectedState);
    QCOMPARE(stuckToo->state(), QAbstractSocket::ConnectedState);
}

void TestLocalHttpServer::aConnectionLoopCannotStarveARealRequest()
{
    m_server->setMaxConnections(4);
    m_server->setHandler(
        [](const HttpServerRequest&, HttpResponder responder) { responder.respond(200); });
    const quint16 port = m_server->port();
    // A program opening connections in a loop, as fast as the event loop lets it.
    std::vector<std::unique_ptr<QTcpSocket>> flood;
    QTimer loop;
    loop.setInterval(1);
    connect(&loop, &QTimer::timeout, this, [&] {
        for (int i = 0; i < 4 && flood.size() < 400; ++i)
            flood.push_back(openIdle(port));
    });
    loop.start();
    QTest::qWait(50);
    for (int i = 0; i < 5; ++i) {
        // A browser writes its request as soon as it is connected: here before the server's
        // event loop has even accepted the connection, amid the flood's.
        QTcpSocket browser;
        browser.connectToHost(QHostAddress::LocalHost, port);
        QVERIFY(browser.waitForConnected(5000));
        browser.write(get("/", port));
        QVERIFY(browser.waitForBytesWritten(5000));
        QByteArray bytes;
        QVERIFY(QTest::qWaitFor(
            [&] {
                bytes += browser.readAll();
                return browser.state() == QAbstractSocket::UnconnectedState;
            },
            5000));
        bytes += browser.readAll();
        QVERIFY2(bytes.startsWith("HTTP/1.1 200"), bytes.constData());
    }
    loop.stop();
    QVERIFY(flood.size() > 8); // the flood did run meanwhile
}

void TestLocalHttpServer::heldRequestsAreNeverDropped()
{
    m_server->setMaxConnections(1);
    HttpResponder held;
    m_server->setHandler([&](const HttpServerRequest&, HttpResponder responder) {
        held = responder; // answered later, as the redirect listener holds the browser
    });
    const quint16 port = m_server->port();
    QTcpSocket browser;
    browser.connectToHost(QHostAddress::LocalHost, port);
    QVERIFY(browser.waitForConnected(5000));
    browser.write(get("/", port));
    QTRY_VERIFY(held.isConnected());

    QTest::ignoreMessage(QtWarningMsg, "local server refused a connection: too many open");
    const RawAnswer refused = rawExchange(port, get("/", port));
    QCOMPARE(refused.status(), 503);
    QCOMPARE(m_server->connectionCount(), 1);

    held.respond(200, {}, "the outcome");
    QByteArray bytes;
    QVERIFY(QTest::qWaitFor(
        [&] {
            bytes += browser.readAll();
            return browser.state() == QAbstractSocket::UnconnectedState;
        },
        5000));
    bytes += browser.readAll();
    QVERIFY2(bytes.startsWith("HTTP/1.1 200") && bytes.endsWith("the outcome"), bytes.constData());
    QTRY_COMPARE(m_server->connectionCount(), 0);
}

void TestLocalHttpServer::unreadRequestIsNotTakenForIdle()
{
    m_server->setMaxConnections(1);
    int handled = 0;
    m_server->setHandler([&](const HttpServerRequest&, HttpResponder responder) {
        ++handled;
        responder.respond(200, {}, "served");
    });
    const quint16 port = m_server->port();
    // Both connect and write before the server's event loop runs: it accepts them in one go,
    // before it has read a byte of either. The first has its whole request waiting in the
    // kernel, so it is not "idle" and the second may not take its slot.
    QTcpSocket first;
    first.connectToHost(QHostAddress::LocalHost, port);
    QVERIFY(first.waitForConnected(5000));
    first.write(get("/", port));
    QVERIFY(first.waitForBytesWritten(5000));
    QTcpSocket second;
    second.connectToHost(QHostAddress::LocalHost, port);
    QVERIFY(second.waitForConnected(5000));
    second.write(get("/", port));
    QVERIFY(second.waitForBytesWritten(5000));

    QTest::ignoreMessage(QtWarningMsg, "local server refused a connection: too many open");
    QByteArray a;
    QByteArray b;
    QVERIFY(QTest::qWaitFor(
        [&] {
            a += first.readAll();
            b += second.readAll();
            return first.state() == QAbstractSocket::UnconnectedState
                   && second.state() == QAbstractSocket::UnconnectedState;
        },
        5000));
    a += first.readAll();
    b += second.readAll();
    QVERIFY2(a.startsWith("HTTP/1.1 200") && a.endsWith("served"), a.constData());
    QVERIFY2(b.startsWith("HTTP/1.1 503"), b.constData());
    QCOMPARE(handled, 1);
}

void TestLocalHttpServer::answerOutlivesTheServer()
{
    // A CLI that has its outcome, or a dialog closed at that moment, deletes the server right
    // after answering: the answer must still arrive whole.
    HttpResponder kept;
    m_server->setHandler(
        [&](const HttpServerRequest&, HttpResponder responder) { kept = responder; });
    const quint16 port = m_server->port();
    QTcpSocket client;
    client.connectToHost(QHostAddress::LocalHost, port);
    QVERIFY(client.waitForConnected(5000));
    client.write(get("/", port));
    QTRY_VERIFY(kept.isConnected());
    const QByteArray body(200 * 1024, 'x');
    kept.respond(200, {}, body);
    m_server.reset();
    QByteArray bytes;
    QVERIFY(QTest::qWaitFor(
        [&] {
            bytes += client.readAll();
            return client.state() == QAbstractSocket::UnconnectedState;
        },
        5000));
    bytes += client.readAll();
    QVERIFY2(bytes.startsWith("HTTP/1.1 200"), bytes.left(100).constData());
    QVERIFY(bytes.endsWith(body));
}

void TestLocalHttpServer::firstAnswerWins()
{
    bool answeredAfterFirst = false;
    m_server->setHandler([&](const HttpServerRequest&, HttpResponder responder) {
        const HttpResponder copy = responder;
        responder.respond(200, {}, "first");
        answeredAfterFirst = copy.isAnswered();
        copy.respond(500, {}, "second");
        copy.sendRawAndClose("garbage");
        copy.closeNow();
    });
    const RawAnswer answer = rawExchange(m_server->port(), get("/", m_server->port()));
    QCOMPARE(answer.status(), 200);
    QCOMPARE(answer.body(), QByteArray("first"));
    QVERIFY(answeredAfterFirst);
}

void TestLocalHttpServer::lateAnswerAfterPeerLeftIsIgnored()
{
    HttpResponder kept;
    m_server->setHandler(
        [&](const HttpServerRequest&, HttpResponder responder) { kept = responder; });
    {
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, m_server->port());
        QTRY_COMPARE(socket.state(), QAbstractSocket::ConnectedState);
        socket.write(get("/", m_server->port()));
        QTRY_VERIFY(kept.isConnected());
        socket.abort();
    }
    QTRY_VERIFY(!kept.isConnected());
    QCOMPARE(m_server->connectionCount(), 0);
    kept.respond(200, {}, "nobody listens");
    kept.drip("x", 1, 1);
    kept.closeNow();
    QVERIFY(kept.isAnswered());
}

void TestLocalHttpServer::answerLater()
{
    m_server->setHandler([](const HttpServerRequest& request, HttpResponder responder) {
        const QByteArray body = request.body;
        QTimer::singleShot(100, [responder, body] {
            responder.respondJson(201, {{"echo", QString::fromUtf8(body)}});
        });
    });
    const RawAnswer answer = rawExchange(
        m_server->port(), "POST /x HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 5\r\n\r\nhello");
    QCOMPARE(answer.status(), 201);
    QCOMPARE(answer.header("Content-Type"), QByteArray("application/json"));
    QCOMPARE(answer.body(), QByteArray("{\"echo\":\"hello\"}"));
}

QTEST_GUILESS_MAIN(TestLocalHttpServer)
#include "tst_localhttpserver.moc"
