// The fault matrix (issue 11): loopback servers and local processes that misbehave on purpose.
// Each row asserts the outcome and that nothing was spent twice or accepted wrongly.
// Rows covered elsewhere: drip/stall deadlines, truncated headers, dropped connections and
// oversized answers in tst_httpclient; forged state, access_denied, 500/429/hang during sign-in
// in tst_oauth_cli; invalid_grant stopping renewal in tst_refreshscheduler; locked and absent
// keychain in tst_keychain_locked; chunked secrets in tst_keychain. Rows that need the real CLI,
// a keychain and a profile folder (racing refreshes, clock ±5 min, kill -9 after a rotated
// refresh token, write failures, keychain locked midway, two instances) are in
// tst_fault_matrix2.
#include "TestSupport.h"
#include "auth/LoopbackReplyHandler.h"
#include "auth/TokenClient.h"
#include "net/HttpClient.h"
#include "net/HttpResponder.h"
#include "net/LocalHttpServer.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include <memory>
#include <optional>

using namespace authdeck;

namespace {

struct Answer {
    int status = 200;
    HttpHeaderList headers;
    QByteArray body;
    QByteArray raw; // when set, sent as is instead of a response
};

QByteArray nested(int depth)
{
    return QByteArray("{\"a\":").repeated(depth) + "1" + QByteArray("}").repeated(depth);
}

// Sends raw bytes to 127.0.0.1:port and returns what came back before the server closed.
QByteArray rawExchange(quint16 port, const QByteArray& bytes, int waitMs = 5000)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    if (!socket.waitForConnected(waitMs))
        return {};
    socket.write(bytes);
    socket.flush();
    QByteArray answer;
    (void)QTest::qWaitFor(
        [&] {
            answer += socket.readAll();
            return socket.state() == QAbstractSocket::UnconnectedState;
        },
        waitMs);
    return answer + socket.readAll();
}

// Every redirectReceived of a handler (Result has no default constructor, so no QSignalSpy).
// Plays the connect job too: a redirect that counts is answered "signed in" at once, unless the
// test wants to hold it (answerAtOnce false) and answer itself.
struct Redirects {
    explicit Redirects(LoopbackReplyHandler& handler, bool answerAtOnce = true)
    {
        QObject::connect(&handler, &LoopbackReplyHandler::redirectReceived, &handler,
                         [this, &handler, answerAtOnce](const Result<AuthorizationResponse>& r) {
                             results.append(r);
                             if (answerAtOnce && r.ok())
                                 handler.answerBrowser({});
                         });
    }
    bool wait(int ms = 5000)
    {
        return QTest::qWaitFor([this] { return !results.isEmpty(); }, ms);
    }
    qsizetype size() const { return results.size(); }
    QList<Result<AuthorizationResponse>> results;
};

QByteArray callbackRequest(quint16 port, const QByteArray& query)
{
    return "GET /callback?" + query + " HTTP/1.1\r\nHost: 127.0.0.1:" + QByteArray::number(port)
           + "\r\nConnection: close\r\n\r\n";
}

} // namespace

class TestFaultMatrix : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();

    void unusableTokenBodies_data();
    void unusableTokenBodies();
    void retryAfterForms_data();
    void retryAfterForms();
    void fiveHundredBurstGivesUpAfterThreeAttempts();
    void serverErrorIsNeverRetried();
    void invalidGrantOnRefresh();

    void callbackStateFaults_data();
    void callbackStateFaults();
    void declaredIssuerIsChecked_data();
    void declaredIssuerIsChecked();
    void browserPageWaitsForTheOutcome();
    void slowOutcomeGetsAStillWorkingPage();
    void handlerGoneWhileHoldingStillAnswers();
    void concurrentCallbacksOneWins();
    void garbageFromAnotherProcess_data();
    void garbageFromAnotherProcess();
    void portInUse();

private:
    Result<TokenResult> refresh(int maxAttempts = 3);
    QUrl tokenUrl() const { return m_server->baseUrl().resolved(QUrl(QStringLiteral("/token"))); }

    std::unique_ptr<LocalHttpServer> m_server;
    std::unique_ptr<HttpClient> m_http;
    std::unique_ptr<TokenClient> m_tokens;
    QList<Answer> m_answers; // one per request, the last repeated
    QList<QByteArray> m_seenRefreshTokens;
};

void TestFaultMatrix::init()
{
    m_server = std::make_unique<LocalHttpServer>();
    QVERIFY(m_server->listen());
    m_http = std::make_unique<HttpClient>();
    m_tokens = std::make_unique<TokenClient>(*m_http);
    m_answers.clear();
    m_seenRefreshTokens.clear();
    m_server->route(
        "POST", QStringLiteral("/token"),
        [this](const HttpServerRequest& request, HttpResponder responder) {
            const auto form = request.form();
            m_seenRefreshTokens.append(form ? form->value(QStringLiteral("refresh_token")).toUtf8()
                                            : QByteArray());
            const Answer a =
                m_answers.at(std::min<qsizetype>(m_seenRefreshTokens.size(), m_answers.size()) - 1);
            if (!a.raw.isEmpty())
                responder.sendRawAndClose(a.raw);
            else
                responder.respond(a.status, a.headers, a.body);
        });
}

void TestFaultMatrix::cleanup()
{
    m_tokens.reset();
    m_http.reset();
    m_server.reset();
}

Result<TokenResult> TestFaultMatrix::refresh(int maxAttempts)
{
    TokenRequest request;
    request.tokenUrl = tokenUrl();
    request.form = {{"grant_type", SecretBytes(QByteArray("refresh_token"))},
                    {"refresh_token", SecretBytes(QByteArray("rt-1"))}};
    request.clientId = QStringLiteral("client-1");
    request.clientSecret = SecretBytes(QByteArray("client-secret-1"));
    request.maxAttempts = maxAttempts;
    request.deadlineMs = 20000;
    std::optional<Result<TokenResult>> outcome;
    int calls = 0;
    m_tokens->request(request, nullptr, [&](Result<TokenResult> r) {
        ++calls;
        outcome = std::move(r);
    });
    if (!QTest::qWaitFor([&] { return outcome.has_value(); }, 30000))
        return fail(ErrorKind::Other, QStringLiteral("test: no answer"));
    QTest::qWait(20);
    if (calls != 1)
        return fail(ErrorKind::Other, QStringLiteral("test: called %1 times").arg(calls));
    return *outcome;
}

void TestFaultMatrix::unusableTokenBodies_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("raw");
    const QByteArray json("application/json");
    QTest::newRow("truncated") << 200 << json << QByteArray("{\"access_token\":\"at-1\",\"tok")
                               << QByteArray();
    QTest::newRow("empty") << 200 << json << QByteArray() << QByteArray();
    QTest::newRow("non-object") << 200 << json << QByteArray("[\"at-1\",\"bearer\"]")
                                << QByteArray();
    QTest::newRow("string") << 200 << json << QByteArray("\"at-1\"") << QByteArray();
    QTest::newRow("deeply nested") << 200 << json << nested(100000) << QByteArray();
    QTest::newRow("no token_type")
        << 200 << json << QByteArray("{\"access_token\":\"at-1\"}") << QByteArray();
    QTest::newRow("html 200") << 200 << QByteArray("text/html")
                              << QByteArray("<html><body>Sign in</body></html>") << QByteArray();
    QTest::newRow("html 502") << 502 << QByteArray("text/html")
                              << QByteArray("<html><body>Bad Gateway</body></html>")
                              << QByteArray();
    // 100 MB announced, a megabyte sent: refused by size, never buffered whole.
    QTest::newRow("100 MB")
        << 200 << json << QByteArray()
        << QByteArray("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
                      "104857600\r\n\r\n{\"access_token\":\"")
               + QByteArray(1024 * 1024, 'a');
    QTest::newRow("2 MB body within one answer")
        << 200 << json
        << QByteArray("{\"access_token\":\"") + QByteArray(2 * 1024 * 1024, 'a')
               + "\",\"token_type\":\"bearer\"}"
        << QByteArray();
}

void TestFaultMatrix::unusableTokenBodies()
{
    QFETCH(int, status);
    QFETCH(QByteArray, contentType);
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, raw);
    m_answers = {{status, {{"Content-Type", contentType}}, body, raw}};
    const auto r = refresh();
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, ErrorKind::Network);
    QVERIFY(!r.error().message.isEmpty());
    // The message names the server and never echoes the body.
    QVERIFY2(!r.error().message.contains(QLatin1String("<html")), qPrintable(r.error().message));
    QVERIFY2(!r.error().message.contains(QLatin1String("at-1")), qPrintable(r.error().message));
    QVERIFY2(r.error().message.size() < 1000, "the message quotes the body");
    // A refresh token is single-use at some providers: an unusable answer is not retried.
    QCOMPARE(m_seenRefreshTokens.size(), 1);
}

void TestFaultMatrix::retryAfterForms_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("retryAfter");
    QTest::newRow("429 seconds") << 429 << QByteArray("1");
    QTest::newRow("503 seconds") << 503 << QByteArray("0");
    QTest::newRow("429 HTTP-date past") << 429 << QByteArray("Sun, 06 Nov 1994 08:49:37 GMT");
    QTest::newRow("503 garbage") << 503 << QByteArray("soon, maybe");
    QTest::newRow("429 negative") << 429 << QByteArray("-5");
    QTest::newRow("429 fractional") << 429 << QByteArray("0.5");
    QTest::newRow("503 absent") << 503 << QByteArray();
}

void TestFaultMatrix::retryAfterForms()
{
    QFETCH(int, status);
    QFETCH(QByteArray, retryAfter);
    HttpHeaderList headers{{"Content-Type", "application/json"}};
    if (!retryAfter.isEmpty())
        headers.append({"Retry-After", retryAfter});
    m_answers = {{status, headers, "{\"error\":\"temporarily_unavailable\"}", {}},
                 {200,
                  {{"Content-Type", "application/json"}},
                  "{\"access_token\":\"at-2\",\"token_type\":\"bearer\",\"expires_in\":3600}",
                  {}}};
    QElapsedTimer clock;
    clock.start();
    const auto r = refresh();
    QVERIFY2(r.ok(), qPrintable(r.error().message));
    QCOMPARE(r->token.accessToken.bytes(), QByteArray("at-2"));
    QCOMPARE(m_seenRefreshTokens.size(), 2);
    // Whatever the value, the wait stays within the policy's cap (30 s) and honours "1".
    QVERIFY(clock.elapsed() < 30000);
    if (retryAfter == "1")
        QVERIFY2(clock.elapsed() >= 900, qPrintable(QString::number(clock.elapsed())));
}

void TestFaultMatrix::fiveHundredBurstGivesUpAfterThreeAttempts()
{
    m_answers = {{503, {{"Retry-After", "0"}}, "busy", {}}};
    const auto r = refresh(3);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, ErrorKind::Network);
    QCOMPARE(m_seenRefreshTokens.size(), 3);
}

void TestFaultMatrix::serverErrorIsNeverRetried()
{
    // A 500 may have processed the request: the refresh token may already be spent.
    m_answers = {{500, {{"Content-Type", "text/plain"}}, "oops", {}},
                 {200,
                  {{"Content-Type", "application/json"}},
                  "{\"access_token\":\"at-2\",\"token_type\":\"bearer\"}",
                  {}}};
    const auto r = refresh(3);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, ErrorKind::Network);
    QCOMPARE(m_seenRefreshTokens.size(), 1);
}

void TestFaultMatrix::invalidGrantOnRefresh()
{
    m_answers = {{400,
                  {{"Content-Type", "application/json"}},
                  "{\"error\":\"invalid_grant\",\"error_description\":\"Refresh token revoked\"}",
                  {}}};
    const auto r = refresh(3);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, ErrorKind::Rejected);
    QCOMPARE(r.error().providerCode, QStringLiteral("invalid_grant"));
    QCOMPARE(m_seenRefreshTokens, QList<QByteArray>{"rt-1"});
}

void TestFaultMatrix::callbackStateFaults_data()
{
    QTest::addColumn<QByteArray>("query");
    // Whether the request is this sign-in's answer (it carries the state, exactly once) and so
    // ends the sign-in with an error; anything else is ignored and the wait goes on.
    QTest::addColumn<bool>("counts");
    QTest::newRow("wrong state") << QByteArray("code=c1&state=not-the-state") << false;
    QTest::newRow("empty state") << QByteArray("code=c1&state=") << false;
    QTest::newRow("no state") << QByteArray("code=c1") << false;
    QTest::newRow("error, no state") << QByteArray("error=access_denied") << false;
    QTest::newRow("duplicate state (right one first)")
        << QByteArray("code=c1&state=s-expected&state=s-expected") << false;
    QTest::newRow("duplicate state (forged second)")
        << QByteArray("code=c1&state=s-expected&state=forged") << false;
    QTest::newRow("state with a NUL") << QByteArray("code=c1&state=s-expected%00") << false;
    QTest::newRow("state prefix") << QByteArray("code=c1&state=s-expecte") << false;
    QTest::newRow("duplicate code") << QByteArray("code=c1&code=c2&state=s-expected") << true;
    QTest::newRow("no code") << QByteArray("state=s-expected") << true;
}

void TestFaultMatrix::callbackStateFaults()
{
    QFETCH(QByteArray, query);
    QFETCH(bool, counts);
    LoopbackReplyHandler handler;
    handler.setExpectedState(QStringLiteral("s-expected"));
    QVERIFY(handler.listen(0).ok());
    Redirects received(handler);
    const QByteArray answer = rawExchange(handler.port(), callbackRequest(handler.port(), query));
    QVERIFY2(answer.startsWith("HTTP/1.1 400"), answer.constData());
    if (counts) {
        QVERIFY(received.wait(5000) || received.size() == 1);
        QCOMPARE(received.size(), 1);
        const auto result = received.results.at(0);
        QVERIFY(!result.ok());
        QVERIFY(!result.error().message.isEmpty());
        QVERIFY2(answer.contains(result.error().message.toHtmlEscaped().toUtf8()),
                 answer.constData());
        return;
    }
    QVERIFY2(answer.contains("not the sign-in"), answer.constData());
    QTest::qWait(50);
    QCOMPARE(received.size(), 0);
    QCOMPARE(handler.strayRequests(), 1);
    QVERIFY(handler.isListening());
    // The real redirect still ends the wait.
    const QByteArray real = rawExchange(
        handler.port(), callbackRequest(handler.port(), "code=real-code&state=s-expected"));
    QVERIFY2(real.startsWith("HTTP/1.1 200"), real.constData());
    QVERIFY(received.size() == 1 || received.wait(5000));
    QVERIFY(received.results.at(0).ok());
    QCOMPARE(received.results.at(0)->code, QStringLiteral("real-code"));
}

void TestFaultMatrix::declaredIssuerIsChecked_data()
{
    QTest::addColumn<QByteArray>("query");
    QTest::addColumn<int>("outcome"); // 0 accepted, 1 refused as a mix-up, 2 ignored
    QTest::newRow("right iss") << QByteArray(
        "code=c1&state=s-expected&iss=https%3A%2F%2Fas.example")
                               << 0;
    QTest::newRow("no iss") << QByteArray("code=c1&state=s-expected") << 1;
    QTest::newRow("other iss") << QByteArray(
        "code=c1&state=s-expected&iss=https%3A%2F%2Fevil.example")
                               << 1;
    // Simple string comparison (RFC 3986 section 6.2.1): no normalisation.
    QTest::newRow("iss with a trailing slash")
        << QByteArray("code=c1&state=s-expected&iss=https%3A%2F%2Fas.example%2F") << 1;
    QTest::newRow("iss twice") << QByteArray(
        "code=c1&state=s-expected&iss=https%3A%2F%2Fas.example&iss=https%3A%2F%2Fas.example")
                               << 1;
    // Error responses carry iss too (RFC 9207 section 2): one without is no proof of who sent it.
    QTest::newRow("error without iss") << QByteArray("error=access_denied&state=s-expected") << 1;
    // Only the answer to AuthDeck's own request is judged: another program's is ignored.
    QTest::newRow("other iss, wrong state")
        << QByteArray("code=c1&state=forged&iss=https%3A%2F%2Fevil.example") << 2;
}

void TestFaultMatrix::declaredIssuerIsChecked()
{
    QFETCH(QByteArray, query);
    QFETCH(int, outcome);
    LoopbackReplyHandler handler;
    handler.setExpectedState(QStringLiteral("s-expected"));
    handler.setExpectedIssuer(QStringLiteral("https://as.example"),
                              QStringLiteral("https://login.as.example"));
    QVERIFY(handler.listen(0).ok());
    Redirects received(handler);
    const QByteArray answer = rawExchange(handler.port(), callbackRequest(handler.port(), query));
    if (outcome == 2) {
        QVERIFY2(answer.startsWith("HTTP/1.1 400"), answer.constData());
        QTest::qWait(50);
        QCOMPARE(received.size(), 0);
        QVERIFY(handler.isListening());
        return;
    }
    QVERIFY(received.size() == 1 || received.wait(5000));
    const auto result = received.results.at(0);
    if (outcome == 0) {
        QVERIFY2(result.ok(), qPrintable(result.error().message));
        QVERIFY2(answer.startsWith("HTTP/1.1 200"), answer.constData());
        return;
    }
    QVERIFY(!result.ok());
    QCOMPARE(result.error().kind, ErrorKind::Rejected);
    QVERIFY2(answer.startsWith("HTTP/1.1 400"), answer.constData());
    if (!QByteArray(QTest::currentDataTag()).contains("twice")) {
        QVERIFY2(result.error().message.contains(QStringLiteral("authorization server")),
                 qPrintable(result.error().message));
    }
}

void TestFaultMatrix::browserPageWaitsForTheOutcome()
{
    LoopbackReplyHandler handler;
    handler.setExpectedState(QStringLiteral("s-expected"));
    QVERIFY(handler.listen(0).ok());
    Redirects received(handler, false);
    QSignalSpy answered(&handler, &LoopbackReplyHandler::browserAnswered);
    QTcpSocket browser;
    browser.connectToHost(QHostAddress::LocalHost, handler.port());
    QVERIFY(browser.waitForConnected(5000));
    browser.write(callbackRequest(handler.port(), "code=c1&state=s-expected"));
    QVERIFY(received.wait(5000));
    QVERIFY(received.results.at(0).ok());
    QVERIFY(handler.isHoldingBrowser());
    QVERIFY(!handler.isBrowserAnswered());
    // Nothing is said until the outcome is known; a reload meanwhile hears "finished".
    QTest::qWait(200);
    QCOMPARE(browser.bytesAvailable(), 0);
    const QByteArray reload =
        rawExchange(handler.port(), callbackRequest(handler.port(), "code=c1&state=s-expected"));
    QVERIFY2(reload.startsWith("HTTP/1.1 409") && reload.contains("already finished"),
             reload.constData());
    QCOMPARE(received.size(), 1);

    handler.answerBrowser(fail(ErrorKind::Network, QStringLiteral("The token endpoint answered "
                                                                  "with an HTML page.")));
    QByteArray page;
    QVERIFY(QTest::qWaitFor(
        [&] {
            page += browser.readAll();
            return browser.state() == QAbstractSocket::UnconnectedState;
        },
        5000));
    page += browser.readAll();
    QVERIFY2(page.startsWith("HTTP/1.1 500"), page.constData());
    QVERIFY2(page.contains("did not complete") && page.contains("HTML page"), page.constData());
    QVERIFY(!page.contains("signed in"));
    QVERIFY(answered.size() == 1 || answered.wait(5000));
    QVERIFY(handler.isBrowserAnswered());
    QTRY_VERIFY(!handler.isListening()); // the sign-in is over
}

void TestFaultMatrix::slowOutcomeGetsAStillWorkingPage()
{
    LoopbackReplyHandler handler;
    handler.setExpectedState(QStringLiteral("s-expected"));
    handler.setHoldTimeout(300);
    QVERIFY(handler.listen(0).ok());
    Redirects received(handler, false);
    QElapsedTimer timer;
    timer.start();
    const QByteArray page =
        rawExchange(handler.port(), callbackRequest(handler.port(), "code=c1&state=s-expected"));
    QVERIFY2(page.startsWith("HTTP/1.1 200") && page.contains("still"), page.constData());
    QVERIFY(!page.contains("signed in"));
    QVERIFY(timer.elapsed() >= 250);
    QTRY_VERIFY(handler.isBrowserAnswered());
    handler.answerBrowser({}); // the outcome comes late: nothing more to say, nothing breaks
}

void TestFaultMatrix::handlerGoneWhileHoldingStillAnswers()
{
    auto handler = std::make_unique<LoopbackReplyHandler>();
    handler->setExpectedState(QStringLiteral("s-expected"));
    QVERIFY(handler->listen(0).ok());
    Redirects received(*handler, false);
    QTcpSocket browser;
    browser.connectToHost(QHostAddress::LocalHost, handler->port());
    QVERIFY(browser.waitForConnected(5000));
    browser.write(callbackRequest(handler->port(), "code=c1&state=s-expected"));
    QVERIFY(received.wait(5000));
    handler.reset(); // the window closed before the exchange was done
    QByteArray page;
    QVERIFY(QTest::qWaitFor(
        [&] {
            page += browser.readAll();
            return browser.state() == QAbstractSocket::UnconnectedState;
        },
        5000));
    page += browser.readAll();
    QVERIFY2(page.startsWith("HTTP/1.1 500") && page.contains("stopped"), page.constData());
    QVERIFY(page.endsWith("</html>"));
}

void TestFaultMatrix::concurrentCallbacksOneWins()
{
    LoopbackReplyHandler handler;
    handler.setExpectedState(QStringLiteral("s-expected"));
    QVERIFY(handler.listen(0).ok());
    Redirects received(handler);
    QSignalSpy extra(&handler, &LoopbackReplyHandler::extraRedirectRefused);
    constexpr int Count = 8;
    std::vector<std::unique_ptr<QTcpSocket>> sockets;
    for (int i = 0; i < Count; ++i) {
        auto socket = std::make_unique<QTcpSocket>();
        socket->connectToHost(QHostAddress::LocalHost, handler.port());
        QVERIFY(socket->waitForConnected(5000));
        sockets.push_back(std::move(socket));
    }
    // All requests are on the wire before the event loop reads any of them.
    for (int i = 0; i < Count; ++i)
        sockets[size_t(i)]->write(callbackRequest(handler.port(), "code=c" + QByteArray::number(i)
                                                                      + "&state=s-expected"));
    for (auto& s : sockets)
        s->flush();
    QVERIFY(QTest::qWaitFor([&] { return received.size() + extra.size() >= Count; }, 10000)
            || received.size() == 1);
    QTest::qWait(100);
    QCOMPARE(received.size(), 1);
    const auto result = received.results.at(0);
    QVERIFY2(result.ok(), qPrintable(result.error().message));
    QVERIFY(result->code.startsWith(QLatin1Char('c')));
    int ok = 0;
    for (auto& s : sockets) {
        (void)QTest::qWaitFor([&] { return s->state() == QAbstractSocket::UnconnectedState; },
                              5000);
        if (s->readAll().startsWith("HTTP/1.1 200"))
            ++ok;
    }
    QCOMPARE(ok, 1);
}

void TestFaultMatrix::garbageFromAnotherProcess_data()
{
    QTest::addColumn<QByteArray>("garbage");
    QTest::newRow("TLS hello") << QByteArray("\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03", 11);
    QTest::newRow("binary") << QByteArray(3000, '\xff');
    QTest::newRow("oversized head") << "GET /callback?" + QByteArray(8000, 'a') + " HTTP/1.1\r\n";
    QTest::newRow("wrong path") << QByteArray("GET /other HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
    QTest::newRow("foreign host") << QByteArray(
        "GET /callback?code=x&state=s-expected HTTP/1.1\r\nHost: evil.example\r\n\r\n");
    QTest::newRow("half a request") << QByteArray("GET /callback?code=x&sta");
}

void TestFaultMatrix::garbageFromAnotherProcess()
{
    // Another local program sends junk before the browser arrives: the junk is refused and the
    // real callback still completes the sign-in.
    QFETCH(QByteArray, garbage);
    LoopbackReplyHandler handler;
    handler.setExpectedState(QStringLiteral("s-expected"));
    QVERIFY(handler.listen(0).ok());
    Redirects received(handler);
    {
        QTcpSocket junk;
        junk.connectToHost(QHostAddress::LocalHost, handler.port());
        QVERIFY(junk.waitForConnected(5000));
        junk.write(garbage);
        junk.flush();
        QTest::qWait(200);
        junk.abort();
    }
    QCOMPARE(received.size(), 0);
    QVERIFY(handler.isListening());
    const QByteArray answer = rawExchange(
        handler.port(), callbackRequest(handler.port(), "code=real-code&state=s-expected"));
    QVERIFY2(answer.startsWith("HTTP/1.1 200"), answer.left(200).constData());
    QVERIFY(received.size() == 1 || received.wait(5000));
    const auto result = received.results.at(0);
    QVERIFY2(result.ok(), qPrintable(result.error().message));
    QCOMPARE(result->code, QStringLiteral("real-code"));
}

void TestFaultMatrix::portInUse()
{
    QTcpServer squatter;
    QVERIFY(squatter.listen(QHostAddress::LocalHost, 0));
    LoopbackReplyHandler handler;
    const Status s = handler.listen(squatter.serverPort());
    QVERIFY(!s.ok());
    QCOMPARE(s.error().kind, ErrorKind::Network);
    QVERIFY2(s.error().message.contains(QString::number(squatter.serverPort())),
             qPrintable(s.error().message));
    // Port 0 still finds a free one.
    LoopbackReplyHandler other;
    QVERIFY(other.listen(0).ok());
    QVERIFY(other.port() != squatter.serverPort());
}

QTEST_GUILESS_MAIN(TestFaultMatrix)
#include "tst_fault_matrix.moc"
