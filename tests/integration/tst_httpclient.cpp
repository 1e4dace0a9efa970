#include "TestCertificate.h"
#include "TestSupport.h"

#include "net/HttpCall.h"
#include "net/HttpClient.h"
#include "net/HttpDate.h"
#include "net/LocalHttpServer.h"

#include <QElapsedTimer>
#include <QNetworkProxy>
#include <QTcpServer>
#include <QTest>

#include <memory>
#include <optional>

using namespace authdeck;

namespace {

// What a callback saw: the result and how many times it was called.
struct Outcome {
    std::optional<Result<HttpResponse>> result;
    int calls = 0;
};

HttpClient::Callback recordInto(const std::shared_ptr<Outcome>& outcome)
{
    return [outcome](Result<HttpResponse> result) {
        ++outcome->calls;
        outcome->result = std::move(result);
    };
}

// Sends and waits (a test may spin the event loop; the product never does).
Result<HttpResponse> exchange(HttpClient& client, const HttpRequest& request,
                              std::optional<HttpRetryPolicy> policy = std::nullopt,
                              int waitMs = 15000)
{
    auto outcome = std::make_shared<Outcome>();
    if (policy)
        client.sendWithRetry(request, *policy, nullptr, recordInto(outcome));
    else
        client.send(request, nullptr, recordInto(outcome));
    if (!QTest::qWaitFor([&] { return outcome->result.has_value(); }, waitMs))
        return fail(ErrorKind::Other, QStringLiteral("test: no callback within %1 ms").arg(waitMs));
    // Exactly once: give a second call the chance to show up.
    QTest::qWait(20);
    if (outcome->calls != 1)
        return fail(ErrorKind::Other,
                    QStringLiteral("test: callback called %1 times").arg(outcome->calls));
    return *outcome->result;
}

HttpRequest get(const QUrl& url)
{
    HttpRequest r;
    r.url = url;
    return r;
}

QByteArray fingerprint(const QSslCertificate& certificate)
{
    return HttpClient::fingerprintOf(certificate);
}

} // namespace

class TestHttpClient : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();

    void getReturnsBodyAndSendsUserAgent();
    void postSendsBodyAndFollowsNoRedirect();
    void errorStatusesAreAnswers_data();
    void errorStatusesAreAnswers();
    void retryHonoursRetryAfter_data();
    void retryHonoursRetryAfter();
    void retryAfterIsCapped();
    void retryStopsAfterMaxAttempts();
    void burstOf500ThenSuccess();
    void plainSendDoesNotRetry();
    void deadlineStopsStalledServer();
    void dripSlowerThanDeadline();
    void oversizedResponse_data();
    void oversizedResponse();
    void brokenAnswers_data();
    void brokenAnswers();
    void refusedBeforeConnecting_data();
    void refusedBeforeConnecting();
    void connectionRefused();
    void cancelGivesCancelled();
    void cancelDuringRetryWait();
    void deadContextGetsNoCallback();
    void destroyedClientCancels();
    void selfSignedCertificate();
    void sameOriginRedirectFollowedOverHttps();
    void crossOriginRedirectNotFollowed();
    void unknownHostIsDnsFailure();

private:
    QUrl url(const QString& path) const { return m_server->baseUrl().resolved(QUrl(path)); }

    std::unique_ptr<LocalHttpServer> m_server;
    std::unique_ptr<HttpClient> m_client;
    int m_hits = 0;
};

void TestHttpClient::init()
{
    m_server = std::make_unique<LocalHttpServer>();
    QVERIFY(m_server->listen());
    m_client = std::make_unique<HttpClient>();
    m_hits = 0;
}

void TestHttpClient::cleanup()
{
    m_client.reset();
    m_server.reset();
}

void TestHttpClient::getReturnsBodyAndSendsUserAgent()
{
    QByteArray userAgent;
    QString query;
    m_server->route("GET", "/hello",
                    [&](const HttpServerRequest& request, HttpResponder responder) {
                        userAgent = request.header("user-agent");
                        query = request.query.value("name");
                        responder.respond(200, {{"Content-Type", "text/plain"}, {"X-Extra", "yes"}},
                                          "hello there");
                    });
    const Result<HttpResponse> r = exchange(*m_client, get(url("/hello?name=a+b%21")));
    QVERIFY2(r.ok(), qPrintable(r.error().message));
    QCOMPARE(r->status, 200);
    QCOMPARE(r->body, QByteArray("hello there"));
    QCOMPARE(r->header("x-extra"), QByteArray("yes"));
    QVERIFY(r->date().isValid());
    QVERIFY(qAbs(r->date().secsTo(QDateTime::currentDateTimeUtc())) < 5);
    QCOMPARE(userAgent, QByteArray("AuthDeck/" AUTHDECK_VERSION));
    QCOMPARE(query, QString("a b!"));
}

void TestHttpClient::postSendsBodyAndFollowsNoRedirect()
{
    QByteArray seenBody, seenType;
    int newHits = 0;
    m_server->route("POST", "/token",
                    [&](const HttpServerRequest& request, HttpResponder responder) {
                        seenBody = request.body;
                        seenType = request.header("Content-Type");
                        responder.respondJson(200, {{"access_token", "t"}});
                    });
    m_server->route("POST", "/moved", [&](const HttpServerRequest&, HttpResponder responder) {
        responder.respond(302, {{"Location", url("/token").toEncoded()}}, "see /token");
    });
    m_server->route("GET", "/token", [&](const HttpServerRequest&, HttpResponder responder) {
        ++newHits;
        responder.respond(200);
    });
    HttpRequest post;
    post.method = "POST";
    post.url = url("/token");
    post.headers = {{"Content-Type", "application/x-www-form-urlencoded"}};
    post.body = "grant_type=client_credentials&scope=a+b";
    Result<HttpResponse> r = exchange(*m_client, post);
    QVERIFY2(r.ok(), qPrintable(r.error().message));
    QCOMPARE(r->status, 200);
    QCOMPARE(r->header("Content-Type"), QByteArray("application/json"));
    QCOMPARE(seenBody, post.body);
    QCOMPARE(seenType, QByteArray("application/x-www-form-urlencoded"));

    post.url = url("/moved");
    r = exchange(*m_client, post);
    QVERIFY2(r.ok(), qPrintable(r.error().message));
    QCOMPARE(r->status, 302);
    QCOMPARE(r->header("Location"), url("/token").toEncoded());
    QCOMPARE(r->body, QByteArray("see /token"));
    QCOMPARE(newHits, 0);

    // Plain http, even to loopback, is never redirected either (only same-origin https is).
    m_server->route("GET", "/old", [&](const HttpServerRequest&, HttpResponder responder) {
        responder.redirect(url("/token"));
    });
    r = exchange(*m_client, get(url("/old")));
    QVERIFY2(r.ok(), qPrintable(r.error().message));
    QCOMPARE(r->status, 302);
    QCOMPARE(newHits, 0);
}

void TestHttpClient::errorStatusesAreAnswers_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("404 not routed") << "/nowhere" << 404 << QByteArray("not found\n");
    QTest::newRow("400 json") << "/json" << 400 << QByteArray("{\"error\":\"invalid_grant\"}");
    QTest::newRow("401") << "/auth" << 401 << QByteArray("{\"error\":\"invalid_token\"}");
    QTest::newRow("503 html") << "/html" << 503
                              << QByteArray("<html><body>Down for maintenance</body></html>");
}

void TestHttpClient::errorStatusesAreAnswers()
{
    QFETCH(QString, path);
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    m_server->route("GET", "/json", [](const HttpServerRequest&, HttpResponder responder) {
        responder.respond(400, {{"Content-Type", "application/json"}},
                          "{\"error\":\"invalid_grant\"}");
    });
    m_server->route("GET", "/auth", [](const HttpServerRequest&, HttpResponder responder) {
        responder.respond(401, {{"WWW-Authenticate", "Bearer error=\"invalid_token\""}},
                          "{\"error\":\"invalid_token\"}");
    });
    m_server->route("GET", "/html", [](const HttpServerRequest&, HttpResponder responder) {
        responder.respond(503, {{"Content-Type", "text/html"}},
                          "<html><body>Down for maintenance</body></html>");
    });
    const Result<HttpResponse> r = exchange(*m_client, get(url(path)));
    QVERIFY2(r.ok(), qPrintable(r.error().message));
    QCOMPARE(r->status, status);
    QCOMPARE(r->body, body);
}

void TestHttpClient::retryHonoursRetryAfter_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("retryAfter");
    QTest::newRow("429 seconds") << 429 << QByteArray("1");
    QTest::newRow("503 seconds") << 503 << QByteArray("1");
    // An HTTP-date is measured from the answer's own Date, which the server sets to "now".
    QTest::newRow("503 date") << 503 << QByteArray("date+1");
}

void TestHttpClient::retryHonoursRetryAfter()
{
    QFETCH(int, status);
    QFETCH(QByteArray, retryAfter);
    QElapsedTimer sinceFirst;
    qint64 gap = -1;
    m_server->route("GET", "/busy", [&](const HttpServerRequest&, HttpResponder responder) {
        if (++m_hits == 1) {
            sinceFirst.start();
            const QByteArray value =
                retryAfter == "date+1"
                    ? HttpDate::format(QDateTime::currentDateTimeUtc().addSecs(1))
                    : retryAfter;
            responder.respond(status, {{"Retry-After", value}}, "slow down");
            return;
        }
        gap = sinceFirst.elapsed();
        responder.respond(200, {}, "done");
    });
    HttpRetryPolicy policy;
    policy.baseDelayMs = 10;
    const Result<HttpResponse> r = exchange(*m_client, get(url("/busy")), policy);
    QVERIFY2(r.ok(), qPrintable(r.error().message));
    QCOMPARE(r->status, 200);
    QCOMPARE(m_hits, 2);
    // Whole seconds on the wire: at least most of one second passed, and not the backoff's 10 ms.
    QVERIFY2(gap >= 900 || (retryAfter == "date+1" && gap >= 0), qPrintable(QString::number(gap)));
    QVERIFY2(gap < 3000, qPrintable(QString::number(gap)));
}

void TestHttpClient::retryAfterIsCapped()
{
    QElapsedTimer timer;
    m_server->route("GET", "/busy", [&](const HttpServerRequest&, HttpResponder responder) {
        if (++m_hits == 1)
            responder.respond(429, {{"Retry-After", "3600"}});
        else
            responder.respond(200);
    });
    HttpRetryPolicy policy;
    policy.maxDelaySeconds = 1;
    timer.start();
    const Result<HttpResponse> r = exchange(*m_client, get(url("/busy")), policy);
    QVERIFY2(r.ok(), qPrintable(r.error().message));
    QCOMPARE(r->status, 200);
    QCOMPARE(m_hits, 2);
    QVERIFY2(timer.elapsed() >= 900 && timer.elapsed() < 5000,
             qPrintable(QString::number(timer.elapsed())));
}

void TestHttpClient::retryStopsAfterMaxAttempts()
{
    m_server->route("GET", "/down", [&](const HttpServerRequest&, HttpResponder responder) {
        ++m_hits;
        responder.respond(503, {{"Retry-After", "0"}}, "still down");
    });
    const Result<HttpResponse> r = exchange(*m_client, get(url("/down")), HttpRetryPolicy{});
    QVERIFY2(r.ok(), qPrintable(r.error().message));
    // The last answer is handed over as it is: the caller decides what a 503 means.
    QCOMPARE(r->status, 503);
    QCOMPARE(r->body, QByteArray("still down"));
    QCOMPARE(m_hits, 5);
    QTest::qWait(200);
    QCOMPARE(m_hits, 5);
}

void TestHttpClient::burstOf500ThenSuccess()
{
    m_server->route("POST", "/token",
                    [&](const HttpServerRequest& request, HttpResponder responder) {
                        if (++m_hits <= 3)
                            responder.respond(500, {}, "oops");
                        else
                            responder.respond(200, {}, request.body);
                    });
    HttpRequest post;
    post.method = "POST";
    post.url = url("/token");
    post.headers = {{"Content-Type", "text/plain"}};
    post.body = "same body every time";
    HttpRetryPolicy policy;
    policy.baseDelayMs = 20;
    QPointer<HttpCall> call;
    auto outcome = std::make_shared<Outcome>();
    call = m_client->sendWithRetry(post, policy, nullptr, recordInto(outcome));
    QVERIFY(call);
    QTRY_VERIFY(outcome->result.has_value());
    const Result<HttpResponse>& r = *outcome->result;
    QVERIFY2(r.ok(), qPrintable(r.error().message));
    QCOMPARE(r->status, 200);
    QCOMPARE(r->body, post.body);
    QCOMPARE(m_hits, 4);
    QCOMPARE(outcome->calls, 1);
    // The call deletes itself after its callback.
    QTRY_VERIFY(call.isNull());
}

void TestHttpClient::plainSendDoesNotRetry()
{
    m_server->route("GET", "/down", [&](const HttpServerRequest&, HttpResponder responder) {
        ++m_hits;
        responder.respond(503, {{"Retry-After", "0"}});
    });
    const Result<HttpResponse> r = exchange(*m_client, get(url("/down")));
    QVERIFY2(r.ok(), qPrintable(r.error().message));
    QCOMPARE(r->status, 503);
    QCOMPARE(r->retryAfterSeconds(), std::optional<qint64>(0));
    QCOMPARE(m_hits, 1);
}

void TestHttpClient::deadlineStopsStalledServer()
{
    m_server->route("GET", "/stall", [&](const HttpServerRequest&, HttpResponder responder) {
        ++m_hits;
        responder.stall();
    });
    HttpRequest request = get(url("/stall"));
    request.deadlineMs = 300;
    QElapsedTimer timer;
    timer.start();
    const Result<HttpResponse> r = exchange(*m_client, request);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, ErrorKind::Network);
    QCOMPARE(r.error().diagnosis, Diagnosis::Timeout);
    QVERIFY2(r.error().message.contains("took longer than 0.3 seconds"),
             qPrintable(r.error().message));
    QVERIFY2(r.error().message.contains(m_server->baseUrl().authority()),
             qPrintable(r.error().message));
    QVERIFY2(timer.elapsed() < 2000, qPrintable(QString::number(timer.elapsed())));
    QCOMPARE(m_hits, 1);
    // The aborted request's connection is gone on the server too.
    QTRY_COMPARE(m_server->connectionCount(), 0);
}

void TestHttpClient::dripSlowerThanDeadline()
{
    // Bytes keep coming, so only an overall deadline (not an inactivity timeout) stops this.
    m_server->route("GET", "/drip", [&](const HttpServerRequest&, HttpResponder responder) {
        responder.drip(HttpResponder::format(200, {}, QByteArray(200, 'x')), 4, 20);
    });
    HttpRequest request = get(url("/drip"));
    request.deadlineMs = 300;
    const Result<HttpResponse> r = exchange(*m_client, request);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().diagnosis, Diagnosis::Timeout);

    // The same drip with time to spare arrives whole.
    request.deadlineMs = 20000;
    m_server->route("GET", "/quickdrip", [&](const HttpServerRequest&, HttpResponder responder) {
        responder.drip(HttpResponder::format(200, {}, "slow but whole"), 16, 5);
    });
    request.url = url("/quickdrip");
    const Result<HttpResponse> whole = exchange(*m_client, request);
    QVERIFY2(whole.ok(), qPrintable(whole.error().message));
    QCOMPARE(whole->body, QByteArray("slow but whole"));
}

void TestHttpClient::oversizedResponse_data()
{
    QTest::addColumn<bool>("announced");
    QTest::newRow("Content-Length too large") << true;
    QTest::newRow("close-delimited body too large") << false;
}

void TestHttpClient::oversizedResponse()
{
    QFETCH(bool, announced);
    const QByteArray big(64 * 1024, 'z');
    m_server->route("GET", "/big", [&](const HttpServerRequest&, HttpResponder responder) {
        if (announced)
            responder.respond(200, {}, big);
        else
            responder.sendRawAndClose("HTTP/1.1 200 OK\r\nConnection: close\r\n\r\n" + big);
    });
    HttpRequest request = get(url("/big"));
    request.maxResponseBytes = 1000;
    const Result<HttpResponse> r = exchange(*m_client, request);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, ErrorKind::Network);
    QVERIFY2(r.error().message.contains("larger than"), qPrintable(r.error().message));

    // Within the limit the same answer is fine.
    request.maxResponseBytes = big.size();
    const Result<HttpResponse> fits = exchange(*m_client, request);
    QVERIFY2(fits.ok(), qPrintable(fits.error().message));
    QCOMPARE(fits->body.size(), big.size());
}

void TestHttpClient::brokenAnswers_data()
{
    QTest::addColumn<QByteArray>("raw"); // empty: drop the connection without a word
    QTest::addColumn<QString>("expected");
    QTest::newRow("truncated body")
        << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\nonly part of it")
        << "closed before the whole answer arrived";
    QTest::newRow("truncated headers") << QByteArray("HTTP/1.1 200 OK\r\nContent-Le")
                                       << "closed the connection without a valid answer";
    QTest::newRow("dropped") << QByteArray() << "closed the connection without a valid answer";
    QTest::newRow("garbage") << QByteArray("SSH-2.0-OpenSSH_9.2\r\n\r\n")
                             << "closed the connection without a valid answer";
}

void TestHttpClient::brokenAnswers()
{
    QFETCH(QByteArray, raw);
    QFETCH(QString, expected);
    m_server->route("GET", "/broken", [&](const HttpServerRequest&, HttpResponder responder) {
        if (raw.isEmpty())
            responder.closeNow();
        else
            responder.sendRawAndClose(raw);
    });
    const Result<HttpResponse> r = exchange(*m_client, get(url("/broken")));
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, ErrorKind::Network);
    QVERIFY2(r.error().message.contains(expected), qPrintable(r.error().message));
    QVERIFY2(r.error().message.contains(m_server->baseUrl().authority()),
             qPrintable(r.error().message));
}

void TestHttpClient::refusedBeforeConnecting_data()
{
    QTest::addColumn<QUrl>("url");
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QByteArray>("noteHeader"); // the value of an extra X-Note field, if any
    QTest::addColumn<QString>("expected");
    const QUrl remote("https://example.com/");
    const QByteArray none;
    QTest::newRow("http to a remote host")
        << QUrl("http://example.com/api?token=secret") << QByteArray("GET") << none
        << "plain http to example.com";
    QTest::newRow("http to localhost by name")
        << QUrl("http://localhost:8080/") << QByteArray("GET") << none << "plain http to localhost";
    QTest::newRow("not http") << QUrl("ftp://example.com/") << QByteArray("GET") << none << "https";
    QTest::newRow("user info") << QUrl("https://user:pw@example.com/") << QByteArray("GET") << none
                               << "user name";
    QTest::newRow("method with spaces")
        << remote << QByteArray("GET / HTTP/1.0\r\n") << none << "not an HTTP method";
    QTest::newRow("empty method") << remote << QByteArray() << none << "not an HTTP method";
    QTest::newRow("header injection")
        << remote << QByteArray("GET") << QByteArray("a\r\nAuthorization: Bearer forged")
        << "header field \"X-Note\"";
}

void TestHttpClient::refusedBeforeConnecting()
{
    QFETCH(QUrl, url);
    QFETCH(QByteArray, method);
    QFETCH(QByteArray, noteHeader);
    QFETCH(QString, expected);
    // Any connection attempt would have to go through this proxy.
    QTcpServer proxy;
    QVERIFY(proxy.listen(QHostAddress::LocalHost));
    m_client->setProxy(QNetworkProxy(QNetworkProxy::HttpProxy, "127.0.0.1", proxy.serverPort()));
    auto outcome = std::make_shared<Outcome>();
    HttpRequest request = get(url);
    request.method = method;
    if (!noteHeader.isEmpty())
        request.headers = {{"X-Note", noteHeader}};
    m_client->send(request, nullptr, recordInto(outcome));
    // Never from inside send().
    QCOMPARE(outcome->calls, 0);
    QTRY_COMPARE(outcome->calls, 1);
    const Result<HttpResponse>& r = *outcome->result;
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, ErrorKind::Usage);
    QVERIFY2(r.error().message.contains(expected), qPrintable(r.error().message));
    QVERIFY(!r.error().message.contains("secret"));
    QTest::qWait(100);
    QVERIFY(!proxy.hasPendingConnections());
    QCOMPARE(outcome->calls, 1);
}

void TestHttpClient::connectionRefused()
{
    const QUrl closed = url("/x");
    m_server->close();
    const Result<HttpResponse> r = exchange(*m_client, get(closed));
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, ErrorKind::Network);
    QVERIFY2(r.error().message.contains("refused the connection"), qPrintable(r.error().message));
    QVERIFY2(r.error().message.contains(closed.authority()), qPrintable(r.error().message));
}

void TestHttpClient::cancelGivesCancelled()
{
    m_server->route("GET", "/stall", [&](const HttpServerRequest&, HttpResponder responder) {
        ++m_hits;
        responder.stall();
    });
    auto outcome = std::make_shared<Outcome>();
    QPointer<HttpCall> call = m_client->send(get(url("/stall")), nullptr, recordInto(outcome));
    QTRY_COMPARE(m_hits, 1);
    call->cancel();
    QCOMPARE(outcome->calls, 0); // later, not from inside cancel()
    QTRY_COMPARE(outcome->calls, 1);
    QVERIFY(!outcome->result->ok());
    QCOMPARE(outcome->result->error().kind, ErrorKind::Cancelled);
    QTRY_VERIFY(call.isNull());
    QTRY_COMPARE(m_server->connectionCount(), 0);
    QTest::qWait(50);
    QCOMPARE(outcome->calls, 1);
}

void TestHttpClient::cancelDuringRetryWait()
{
    m_server->route("GET", "/busy", [&](const HttpServerRequest&, HttpResponder responder) {
        ++m_hits;
        responder.respond(429, {{"Retry-After", "30"}});
    });
    auto outcome = std::make_shared<Outcome>();
    QPointer<HttpCall> call =
        m_client->sendWithRetry(get(url("/busy")), HttpRetryPolicy{}, nullptr, recordInto(outcome));
    QTRY_COMPARE(m_hits, 1);
    QTest::qWait(50);
    QCOMPARE(call->attempts(), 1);
    call->cancel();
    QTRY_COMPARE(outcome->calls, 1);
    QCOMPARE(outcome->result->error().kind, ErrorKind::Cancelled);
    QCOMPARE(m_hits, 1);
}

void TestHttpClient::deadContextGetsNoCallback()
{
    m_server->route("GET", "/stall", [&](const HttpServerRequest&, HttpResponder responder) {
        ++m_hits;
        responder.stall();
    });
    auto* context = new QObject;
    auto outcome = std::make_shared<Outcome>();
    QPointer<HttpCall> call = m_client->send(get(url("/stall")), context, recordInto(outcome));
    QTRY_COMPARE(m_hits, 1);
    delete context;
    // The request is aborted (the server sees the connection go) and nobody is called.
    QTRY_COMPARE(m_server->connectionCount(), 0);
    QTRY_VERIFY(call.isNull());
    QTest::qWait(100);
    QCOMPARE(outcome->calls, 0);

    // A context that dies while the outcome is already queued is not called either.
    auto* context2 = new QObject;
    m_client->send(get(QUrl("http://example.com/")), context2, recordInto(outcome));
    delete context2;
    QTest::qWait(100);
    QCOMPARE(outcome->calls, 0);
}

void TestHttpClient::destroyedClientCancels()
{
    m_server->route("GET", "/stall", [&](const HttpServerRequest&, HttpResponder responder) {
        ++m_hits;
        responder.stall();
    });
    auto outcome = std::make_shared<Outcome>();
    m_client->send(get(url("/stall")), nullptr, recordInto(outcome));
    QTRY_COMPARE(m_hits, 1);
    m_client.reset();
    QTRY_COMPARE(outcome->calls, 1);
    QCOMPARE(outcome->result->error().kind, ErrorKind::Cancelled);
}

void TestHttpClient::selfSignedCertificate()
{
    const test::TestCertificate cert = test::makeSelfSignedCertificate();
    QVERIFY(!cert.certificate.isNull());
    LocalHttpServer tls;
    tls.setTlsCertificate(cert.certificate, cert.key);
    QVERIFY(tls.listen());
    tls.route("GET", "/me", [](const HttpServerRequest&, HttpResponder responder) {
        responder.respondJson(200, {{"id", "42"}});
    });
    const QUrl me = tls.baseUrl().resolved(QUrl("/me"));
    QCOMPARE(me.scheme(), QString("https"));

    // Nobody vouches for it: refused, with the fingerprint an admin would be shown.
    Result<HttpResponse> r = exchange(*m_client, get(me));
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, ErrorKind::Network);
    QCOMPARE(r.error().diagnosis, Diagnosis::TlsError);
    const QString shown = QString::fromLatin1(fingerprint(cert.certificate).toHex(':').toUpper());
    QVERIFY2(r.error().message.contains(shown), qPrintable(r.error().message));
    QVERIFY2(r.error().message.contains(tls.baseUrl().authority()), qPrintable(r.error().message));

    // Trusted by its fingerprint for this host: accepted.
    QVERIFY(m_client->setTrustedCertificate("127.0.0.1", fingerprint(cert.certificate).toHex(':')));
    r = exchange(*m_client, get(me));
    QVERIFY2(r.ok(), qPrintable(r.error().message));
    QCOMPARE(r->status, 200);

    // Another certificate's fingerprint does not vouch for this one.
    const test::TestCertificate other = test::makeSelfSignedCertificate();
    QVERIFY(m_client->setTrustedCertificate("127.0.0.1", fingerprint(other.certificate)));
    HttpClient fresh; // no TLS session to resume from the trusted exchange above
    QVERIFY(fresh.setTrustedCertificate("127.0.0.1", fingerprint(other.certificate)));
    r = exchange(fresh, get(me));
    QVERIFY(!r.ok());
    QCOMPARE(r.error().diagnosis, Diagnosis::TlsError);
    QVERIFY2(r.error().message.contains("not the one an administrator trusted"),
             qPrintable(r.error().message));

    // Trust is per host: the same certificate is not trusted under another name.
    HttpClient elsewhere;
    QVERIFY(elsewhere.setTrustedCertificate("localhost", fingerprint(cert.certificate)));
    r = exchange(elsewhere, get(me));
    QVERIFY(!r.ok());
    QCOMPARE(r.error().diagnosis, Diagnosis::TlsError);

    // A malformed fingerprint is refused and changes nothing.
    QTest::ignoreMessage(QtWarningMsg, "ignored a malformed certificate fingerprint for 127.0.0.1");
    QVERIFY(!elsewhere.setTrustedCertificate("127.0.0.1", "not a fingerprint"));
}

void TestHttpClient::sameOriginRedirectFollowedOverHttps()
{
    const test::TestCertificate cert = test::makeSelfSignedCertificate();
    LocalHttpServer tls;
    tls.setTlsCertificate(cert.certificate, cert.key);
    QVERIFY(tls.listen());
    tls.route("GET", "/old", [&](const HttpServerRequest&, HttpResponder responder) {
        responder.redirect(tls.baseUrl().resolved(QUrl("/new")));
    });
    tls.route("GET", "/new", [](const HttpServerRequest&, HttpResponder responder) {
        responder.respond(200, {}, "moved here");
    });
    QVERIFY(m_client->setTrustedCertificate("127.0.0.1", fingerprint(cert.certificate)));
    const Result<HttpResponse> r = exchange(*m_client, get(tls.baseUrl().resolved(QUrl("/old"))));
    QVERIFY2(r.ok(), qPrintable(r.error().message));
    QCOMPARE(r->status, 200);
    QCOMPARE(r->body, QByteArray("moved here"));
}

void TestHttpClient::crossOriginRedirectNotFollowed()
{
    const test::TestCertificate cert = test::makeSelfSignedCertificate();
    LocalHttpServer first;
    LocalHttpServer second;
    for (LocalHttpServer* s : {&first, &second}) {
        s->setTlsCertificate(cert.certificate, cert.key);
        QVERIFY(s->listen());
    }
    int secondHits = 0;
    first.route("GET", "/away", [&](const HttpServerRequest&, HttpResponder responder) {
        // With a body, as real servers send: it must not make the answer look truncated.
        responder.respond(302,
                          {{"Location", second.baseUrl().resolved(QUrl("/elsewhere")).toEncoded()}},
                          "<html>Moved</html>");
    });
    second.setHandler([&](const HttpServerRequest&, HttpResponder responder) {
        ++secondHits;
        responder.respond(200);
    });
    QVERIFY(m_client->setTrustedCertificate("127.0.0.1", fingerprint(cert.certificate)));
    const Result<HttpResponse> r =
        exchange(*m_client, get(first.baseUrl().resolved(QUrl("/away"))));
    // Another port is another origin: the redirect comes back as the answer, not followed.
    QVERIFY2(r.ok(), qPrintable(r.error().message));
    QCOMPARE(r->status, 302);
    QCOMPARE(r->header("Location"), second.baseUrl().resolved(QUrl("/elsewhere")).toEncoded());
    QCOMPARE(secondHits, 0);
}

void TestHttpClient::unknownHostIsDnsFailure()
{
    // .invalid never resolves (RFC 6761).
    HttpRequest request = get(QUrl("https://authdeck-test.invalid/"));
    request.deadlineMs = 20000;
    const Result<HttpResponse> r = exchange(*m_client, request, std::nullopt, 25000);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, ErrorKind::Network);
    if (r.error().diagnosis == Diagnosis::Timeout)
        QSKIP("the resolver of this machine does not answer");
    QCOMPARE(r.error().diagnosis, Diagnosis::DnsFailure);
    QVERIFY2(r.error().message.contains("authdeck-test.invalid"), qPrintable(r.error().message));
}

QTEST_GUILESS_MAIN(TestHttpClient)
#include "tst_httpclient.moc"
