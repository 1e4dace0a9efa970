#include "RecordingProxy.h"
#include "TestCertificate.h"
#include "TestSupport.h"

#include "accounts/AccountService.h"
#include "engine/AppSettings.h"
#include "engine/CertificateTrustPolicy.h"
#include "engine/Engine.h"
#include "net/HttpCall.h"
#include "net/HttpClient.h"
#include "net/HttpDate.h"
#include "net/LocalHttpServer.h"
#include "providers/ProviderCatalog.h"

#include <QElapsedTimer>
#include <QNetworkProxy>
#include <QRegularExpression>
#include <QSettings>
#include <QTcpServer>
#include <QTemporaryDir>
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

// For tests about the waiver itself: every host:port may carry a trusted certificate.
QString anywhere(const QString&, quint16)
{
    return {};
}

// An app registration of a per-server provider with the server host an admin entered.
AppRegistration serverApp(const QString& providerId, const QString& host)
{
    AppRegistration app;
    app.id = providerId + QLatin1Char('@') + host;
    app.name = app.id;
    app.providerId = providerId;
    app.parameters.insert(QStringLiteral("host"), host);
    return app;
}

// The engine's rule over a catalog and a list of registrations, as Engine installs it.
HttpClient::TrustCheck ruleOf(const ProviderCatalog& catalog, const QList<AppRegistration>& apps)
{
    return [&catalog, apps](const QString& host, quint16 port) {
        return CertificateTrustPolicy::refusal(catalog, apps, host, port);
    };
}

HttpRequest tokenPost(const QUrl& url)
{
    HttpRequest post;
    post.method = "POST";
    post.url = url;
    post.headers = {{"Content-Type", "application/x-www-form-urlencoded"}};
    post.body = "grant_type=password&username=admin&password=canary-password&client_secret=canary";
    return post;
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
    void catalogHostIsNeverTrusted_data();
    void catalogHostIsNeverTrusted();
    void settingsLineForCatalogHostIsIgnored();
    void builtinLoopbackHostIsNeverTrusted();
    void trustIsPerHostAndPort();
    void trustedCertificateStillExpires();
    void noTrustCheckTrustsNothing();
    void loopbackNeverThroughProxy_data();
    void loopbackNeverThroughProxy();

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

    // Trusted by its fingerprint for this host and port: accepted.
    m_client->setTrustCheck(anywhere);
    QVERIFY(m_client->setTrustedCertificate("127.0.0.1", tls.port(),
                                            fingerprint(cert.certificate).toHex(':')));
    r = exchange(*m_client, get(me));
    QVERIFY2(r.ok(), qPrintable(r.error().message));
    QCOMPARE(r->status, 200);

    // Another certificate's fingerprint does not vouch for this one.
    const test::TestCertificate other = test::makeSelfSignedCertificate();
    HttpClient fresh; // no TLS session to resume from the trusted exchange above
    fresh.setTrustCheck(anywhere);
    QVERIFY(fresh.setTrustedCertificate("127.0.0.1", tls.port(), fingerprint(other.certificate)));
    r = exchange(fresh, get(me));
    QVERIFY(!r.ok());
    QCOMPARE(r.error().diagnosis, Diagnosis::TlsError);
    QVERIFY2(r.error().message.contains("not the one an administrator trusted"),
             qPrintable(r.error().message));

    // Trust is per host: the same certificate is not trusted under another name.
    HttpClient elsewhere;
    elsewhere.setTrustCheck(anywhere);
    QVERIFY(
        elsewhere.setTrustedCertificate("localhost", tls.port(), fingerprint(cert.certificate)));
    r = exchange(elsewhere, get(me));
    QVERIFY(!r.ok());
    QCOMPARE(r.error().diagnosis, Diagnosis::TlsError);

    // A fingerprint is the identity, not the name in the certificate: one made out for another
    // address is accepted where it is the certificate trusted (HttpCall says why).
    const test::TestCertificate renamed = test::makeSelfSignedCertificate("10.1.2.3");
    LocalHttpServer appliance;
    appliance.setTlsCertificate(renamed.certificate, renamed.key);
    QVERIFY(appliance.listen());
    appliance.route("GET", "/me", [](const HttpServerRequest&, HttpResponder responder) {
        responder.respondJson(200, {{"id", "7"}});
    });
    const QUrl applianceMe = appliance.baseUrl().resolved(QUrl("/me"));
    r = exchange(elsewhere, get(applianceMe));
    QVERIFY(!r.ok()); // untrusted: the name is checked
    QVERIFY(elsewhere.setTrustedCertificate("127.0.0.1", appliance.port(),
                                            fingerprint(renamed.certificate)));
    r = exchange(elsewhere, get(applianceMe));
    QVERIFY2(r.ok(), qPrintable(r.error().message));

    // A malformed fingerprint is refused and changes nothing.
    QTest::ignoreMessage(QtWarningMsg,
                         "ignored a malformed certificate fingerprint for 127.0.0.1:443");
    QVERIFY(!elsewhere.setTrustedCertificate("127.0.0.1", 443, "not a fingerprint"));
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
    m_client->setTrustCheck(anywhere);
    QVERIFY(
        m_client->setTrustedCertificate("127.0.0.1", tls.port(), fingerprint(cert.certificate)));
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
    m_client->setTrustCheck(anywhere);
    for (LocalHttpServer* s : {&first, &second})
        QVERIFY(
            m_client->setTrustedCertificate("127.0.0.1", s->port(), fingerprint(cert.certificate)));
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
void TestHttpClient::catalogHostIsNeverTrusted_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("provider"); // named in the refusal; empty: trusted (the control)
    // Literal hosts of built-in providers' endpoints, also one only reached through {tenant} in
    // the path and one that is a host parameter's default.
    QTest::newRow("Box token endpoint") << "api.box.com"
                                        << "/oauth2/token"
                                        << "Box";
    QTest::newRow("Box authorize host") << "account.box.com"
                                        << "/api/oauth2/authorize"
                                        << "Box";
    QTest::newRow("Microsoft login") << "login.microsoftonline.com"
                                     << "/common/oauth2/v2.0/token"
                                     << "Microsoft 365 (OneDrive, SharePoint, Graph)";
    QTest::newRow("Salesforce default login host") << "login.salesforce.com"
                                                   << "/services/oauth2/token"
                                                   << "Salesforce";
    // The same interception on a ServiceNow instance the admin registered: there the trusted
    // certificate is honoured, which shows the rows above fail for the host alone.
    QTest::newRow("control: a registered per-server host") << "acme.service-now.example"
                                                           << "/oauth_token.do" << QString();
}

void TestHttpClient::catalogHostIsNeverTrusted()
{
    QFETCH(QString, host);
    QFETCH(QString, path);
    QFETCH(QString, provider);
    ProviderCatalog catalog;
    catalog.load(QString()); // the built-in files
    // An attacker on the machine registered a per-server app on the very host too: no help.
    const QList<AppRegistration> apps{serverApp(QStringLiteral("servicenow"), host)};
    m_client->setTrustCheck(ruleOf(catalog, apps));

    // The attacker's proxy terminates TLS with a self-signed certificate made out for the host
    // itself, so nothing but "nobody vouches for it" is wrong with it, and a trust entry for
    // exactly that certificate, host and port.
    const test::TestCertificate cert = test::makeSelfSignedCertificate(host);
    test::RecordingProxy proxy;
    proxy.setInterceptCertificate(cert.certificate, cert.key);
    QVERIFY(proxy.listenOnLoopback());
    m_client->setProxy(QNetworkProxy(QNetworkProxy::HttpProxy, "127.0.0.1", proxy.serverPort()));
    QVERIFY(m_client->setTrustedCertificate(host, 443, fingerprint(cert.certificate)));

    const Result<HttpResponse> r =
        exchange(*m_client, tokenPost(QUrl(QStringLiteral("https://") + host + path)));
    QCOMPARE(proxy.connectTargets(), QStringList{host + QStringLiteral(":443")});
    if (provider.isEmpty()) {
        QVERIFY2(r.ok(), qPrintable(r.error().message));
        QCOMPARE(proxy.interceptedRequests().size(), 1);
        return;
    }
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, ErrorKind::Network);
    QCOMPARE(r.error().diagnosis, Diagnosis::TlsError);
    QVERIFY2(r.error().message.contains(
                 QStringLiteral("%1 in AuthDeck's built-in catalog").arg(provider)),
             qPrintable(r.error().message));
    // Not a byte of the request went into the tunnel: no password, no client secret.
    QCOMPARE(proxy.interceptedRequests().size(), 0);
}

void TestHttpClient::settingsLineForCatalogHostIsIgnored()
{
    // The whole path an admin's settings.ini takes: an entry as older versions wrote it (a bare
    // host, now port 443) for Box, and the manual proxy, read by the engine at start.
    const test::TestCertificate cert = test::makeSelfSignedCertificate("api.box.com");
    test::RecordingProxy proxy;
    proxy.setInterceptCertificate(cert.certificate, cert.key);
    QVERIFY(proxy.listenOnLoopback());
    test::TempProfile profile;
    {
        QSettings s(profile.file(QStringLiteral("settings.ini")), QSettings::IniFormat);
        s.setValue(QStringLiteral("network/proxy"), QStringLiteral("manual"));
        s.setValue(QStringLiteral("network/proxyHost"), QStringLiteral("127.0.0.1"));
        s.setValue(QStringLiteral("network/proxyPort"), proxy.serverPort());
        s.setValue(QStringLiteral("trustedCertificates/api.box.com"),
                   QString::fromLatin1(fingerprint(cert.certificate).toHex(':')));
    }
    EngineOptions options;
    options.profileDir = profile.path();
    options.store = SecretStoreKind::Memory;
    QTest::ignoreMessage(QtWarningMsg,
                         QRegularExpression("The trusted certificate for api.box.com:443 is "
                                            "ignored: api.box.com is a server of Box"));
    Result<std::unique_ptr<Engine>> engine = Engine::create(options);
    QVERIFY2(engine.ok(), qPrintable(engine.error().message));
    const QStringList warnings =
        (*engine)->certificateTrustWarnings(AppSettings::load((*engine)->profile()));
    QCOMPARE(warnings.size(), 1);

    const Result<HttpResponse> r =
        exchange((*engine)->http(), tokenPost(QUrl("https://api.box.com/oauth2/token")));
    QVERIFY(!r.ok());
    QCOMPARE(r.error().diagnosis, Diagnosis::TlsError);
    QCOMPARE(proxy.connectTargets(), QStringList{"api.box.com:443"});
    QCOMPARE(proxy.interceptedRequests().size(), 0);
}

void TestHttpClient::builtinLoopbackHostIsNeverTrusted()
{
    // A catalog whose built-in file names a loopback TLS server, like the real catalog names
    // api.box.com: a per-server registration on the same host:port and a trust entry for its
    // exact certificate do not make AuthDeck accept it, and the server never sees the request.
    const test::TestCertificate cert = test::makeSelfSignedCertificate();
    LocalHttpServer tls;
    tls.setTlsCertificate(cert.certificate, cert.key);
    QVERIFY(tls.listen());
    int hits = 0;
    tls.setHandler([&](const HttpServerRequest&, HttpResponder responder) {
        ++hits;
        responder.respondJson(200, {{"access_token", "t"}});
    });
    const QString endpoint = QStringLiteral("127.0.0.1:%1").arg(tls.port());
    QTemporaryDir builtins;
    QTemporaryDir overrides;
    test::writeFile(builtins.path(), "boxlike.json",
                    QStringLiteral(R"({"schema": 1, "id": "boxlike", "name": "Boxlike",
        "category": "storage", "docs": "https://%1/docs",
        "schemes": {"client_credentials": {"token_url": "https://%1/oauth2/token"}},
        "verify": {"url": "https://%1/2.0/users/me", "identity": {"id": "id"}}})")
                        .arg(endpoint)
                        .toUtf8());
    test::writeFile(overrides.path(), "selfhosted.json",
                    R"({"schema": 1, "id": "selfhosted", "name": "Self-hosted",
        "category": "storage", "docs": "https://example.com/docs",
        "parameters": [{"name": "host", "label": "Host", "kind": "hostname", "required": true}],
        "schemes": {"client_credentials": {"token_url": "https://{host}/oauth2/token"}},
        "verify": {"url": "https://{host}/2.0/users/me", "identity": {"id": "id"}}})");
    ProviderCatalog catalog;
    catalog.loadFrom(builtins.path(), overrides.path());
    QVERIFY2(catalog.warnings().isEmpty(), qPrintable(catalog.warnings().join('\n')));
    QVERIFY(catalog.find("selfhosted"));
    const QList<AppRegistration> apps{serverApp(QStringLiteral("selfhosted"), endpoint)};
    m_client->setTrustCheck(ruleOf(catalog, apps));
    QVERIFY(
        m_client->setTrustedCertificate("127.0.0.1", tls.port(), fingerprint(cert.certificate)));

    const Result<HttpResponse> r =
        exchange(*m_client, tokenPost(tls.baseUrl().resolved(QUrl("/oauth2/token"))));
    QVERIFY(!r.ok());
    QCOMPARE(r.error().diagnosis, Diagnosis::TlsError);
    QVERIFY2(r.error().message.contains("Boxlike in AuthDeck's built-in catalog"),
             qPrintable(r.error().message));
    QCOMPARE(hits, 0);
}

void TestHttpClient::trustIsPerHostAndPort()
{
    // Two TLS servers of the admin's on one host with one certificate, both the server host of a
    // ServiceNow registration.
    const test::TestCertificate cert = test::makeSelfSignedCertificate();
    LocalHttpServer first;
    LocalHttpServer second;
    int hits = 0;
    for (LocalHttpServer* s : {&first, &second}) {
        s->setTlsCertificate(cert.certificate, cert.key);
        QVERIFY(s->listen());
        s->setHandler([&](const HttpServerRequest&, HttpResponder responder) {
            ++hits;
            responder.respondJson(200, {{"access_token", "t"}});
        });
    }
    ProviderCatalog catalog;
    catalog.load(QString());
    QList<AppRegistration> apps{
        serverApp(QStringLiteral("servicenow"), QStringLiteral("127.0.0.1:%1").arg(first.port())),
        serverApp(QStringLiteral("servicenow"), QStringLiteral("127.0.0.1:%1").arg(second.port()))};
    // Through AppSettings, as the engine applies settings.ini.
    auto post = [&](const LocalHttpServer& s, const QMap<QString, QString>& trusted) {
        HttpClient client; // a fresh connection and TLS session every time
        client.setTrustCheck(ruleOf(catalog, apps));
        AppSettings settings;
        settings.proxyMode = AppSettings::ProxyMode::None;
        settings.trustedHosts = trusted;
        settings.apply(client);
        return exchange(client, tokenPost(s.baseUrl().resolved(QUrl("/oauth_token.do"))));
    };
    const QString shown = QString::fromLatin1(fingerprint(cert.certificate).toHex(':').toUpper());

    // Trusted for the second server's port only: the first one is refused, the second works.
    QMap<QString, QString> trusted{{QStringLiteral("127.0.0.1:%1").arg(second.port()), shown}};
    Result<HttpResponse> r = post(first, trusted);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().diagnosis, Diagnosis::TlsError);
    QCOMPARE(hits, 0);
    r = post(second, trusted);
    QVERIFY2(r.ok(), qPrintable(r.error().message));
    QCOMPARE(hits, 1);

    // An entry for the bare host (as older versions wrote them) means port 443 only.
    test::TempProfile profile;
    QSettings ini(profile.file(QStringLiteral("settings.ini")), QSettings::IniFormat);
    ini.setValue(QStringLiteral("trustedCertificates/127.0.0.1"), shown);
    trusted = AppSettings::load(ini).trustedHosts;
    QCOMPARE(trusted.keys(), QStringList{"127.0.0.1:443"});
    for (const LocalHttpServer* s : {&first, &second}) {
        r = post(*s, trusted);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().diagnosis, Diagnosis::TlsError);
    }
    QCOMPARE(hits, 1);

    // A port no registration uses is refused even with the right certificate, and says why.
    apps.removeFirst();
    trusted = {{QStringLiteral("127.0.0.1:%1").arg(first.port()), shown}};
    r = post(first, trusted);
    QVERIFY(!r.ok());
    QVERIFY2(r.error().message.contains(
                 QStringLiteral("No app registration of this profile uses 127.0.0.1:%1")
                     .arg(first.port())),
             qPrintable(r.error().message));
    QCOMPARE(hits, 1);
}

void TestHttpClient::trustedCertificateStillExpires()
{
    // Trusting a certificate vouches for who it is, not for a date: expired is still refused.
    const test::TestCertificate expired =
        test::makeSelfSignedCertificate("127.0.0.1", -2 * 24 * 3600, -24 * 3600);
    LocalHttpServer tls;
    tls.setTlsCertificate(expired.certificate, expired.key);
    QVERIFY(tls.listen());
    int hits = 0;
    tls.setHandler([&](const HttpServerRequest&, HttpResponder responder) {
        ++hits;
        responder.respond(200);
    });
    m_client->setTrustCheck(anywhere);
    QVERIFY(
        m_client->setTrustedCertificate("127.0.0.1", tls.port(), fingerprint(expired.certificate)));
    const Result<HttpResponse> r = exchange(*m_client, get(tls.baseUrl()));
    QVERIFY(!r.ok());
    QCOMPARE(r.error().diagnosis, Diagnosis::TlsError);
    QVERIFY2(r.error().message.contains("The certificate has expired"),
             qPrintable(r.error().message));
    QCOMPARE(hits, 0);
}

void TestHttpClient::noTrustCheckTrustsNothing()
{
    // A client nobody told where trust may apply honours no trust entry at all.
    const test::TestCertificate cert = test::makeSelfSignedCertificate();
    LocalHttpServer tls;
    tls.setTlsCertificate(cert.certificate, cert.key);
    QVERIFY(tls.listen());
    tls.setHandler(
        [](const HttpServerRequest&, HttpResponder responder) { responder.respond(200); });
    QVERIFY(
        m_client->setTrustedCertificate("127.0.0.1", tls.port(), fingerprint(cert.certificate)));
    const Result<HttpResponse> r = exchange(*m_client, get(tls.baseUrl()));
    QVERIFY(!r.ok());
    QCOMPARE(r.error().diagnosis, Diagnosis::TlsError);
}

void TestHttpClient::loopbackNeverThroughProxy_data()
{
    QTest::addColumn<QString>("mode");
    QTest::addColumn<bool>("remoteViaProxy");
    QTest::newRow("manual") << "manual" << true;
    QTest::newRow("system (http_proxy, https_proxy)") << "system" << true;
    QTest::newRow("none") << "none" << false;
}

void TestHttpClient::loopbackNeverThroughProxy()
{
    QFETCH(QString, mode);
    QFETCH(bool, remoteViaProxy);
    test::RecordingProxy proxy;
    QVERIFY(proxy.listenOnLoopback());
    const QByteArray proxyUrl = "http://127.0.0.1:" + QByteArray::number(proxy.serverPort());
    // The desktop's proxy as libproxy and Qt read it without a desktop session.
    struct Environment {
        QList<QByteArray> names{"http_proxy",  "https_proxy", "HTTP_PROXY",
                                "HTTPS_PROXY", "no_proxy",    "NO_PROXY"};
        QHash<QByteArray, QByteArray> saved;
        Environment()
        {
            for (const QByteArray& n : names) {
                if (qEnvironmentVariableIsSet(n.constData()))
                    saved.insert(n, qgetenv(n.constData()));
                qunsetenv(n.constData());
            }
        }
        ~Environment()
        {
            for (const QByteArray& n : names) {
                if (saved.contains(n))
                    qputenv(n.constData(), saved.value(n));
                else
                    qunsetenv(n.constData());
            }
        }
    } environment;
    if (mode == "system") {
        qputenv("http_proxy", proxyUrl);
        qputenv("https_proxy", proxyUrl);
    }
    AppSettings settings;
    settings.proxyMode = mode == "manual"   ? AppSettings::ProxyMode::Manual
                         : mode == "system" ? AppSettings::ProxyMode::System
                                            : AppSettings::ProxyMode::None;
    settings.proxyHost = "127.0.0.1";
    settings.proxyPort = proxy.serverPort();
    settings.apply(*m_client);

    // A password grant and a client secret to a loopback server go straight to it.
    QByteArray seen;
    m_server->route("POST", "/token",
                    [&](const HttpServerRequest& request, HttpResponder responder) {
                        seen = request.body;
                        responder.respondJson(200, {{"access_token", "direct"}});
                    });
    const HttpRequest post = tokenPost(url("/token"));
    Result<HttpResponse> r = exchange(*m_client, post);
    QVERIFY2(r.ok(), qPrintable(r.error().message));
    QCOMPARE(r->status, 200);
    QCOMPARE(seen, post.body);
    QCOMPARE(proxy.connections(), 0);
    for (const char* loopback : {"http://127.0.0.1/", "http://127.1.2.3:8080/", "http://[::1]/"})
        QCOMPARE(m_client->proxiesFor(QUrl(loopback)).value(0).type(), QNetworkProxy::NoProxy);

    // A request that leaves the machine takes the admin's proxy (it answers 502: nothing more).
    if (!remoteViaProxy)
        return;
    r = exchange(*m_client, get(QUrl("https://authdeck-test.example/api")));
    QVERIFY(!r.ok());
    QCOMPARE(proxy.requestLines(), QStringList{"CONNECT authdeck-test.example:443 HTTP/1.1"});
}

QTEST_GUILESS_MAIN(TestHttpClient)
#include "tst_httpclient.moc"
