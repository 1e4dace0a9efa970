// OAuth 2.0 through the real authdeck-cli binary against a provider played by this test on a
// loopback server: connect (--no-browser, the test plays the browser), token, refresh, test and
// disconnect, and every way the sign-in or the token endpoint can fail.
#include "TestSupport.h"

#include "FakeOAuthProvider.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>
#include <QUrlQuery>

#include <algorithm>
#include <memory>
#include <vector>

using namespace authdeck;
using authdeck::test::FakeOAuthProvider;
using FakeProvider = authdeck::test::FakeOAuthProvider;
using authdeck::test::playBrowser;

namespace {

QStringList base(const test::TempProfile& p, bool json = false)
{
    QStringList args{QStringLiteral("--profile"), p.path()};
    if (json)
        args << QStringLiteral("--json");
    return args;
}

QString what(const test::CliRun& r)
{
    return QStringLiteral("exit %1, stdout: %2, stderr: %3")
        .arg(r.exitCode)
        .arg(QString::fromUtf8(r.out), QString::fromUtf8(r.err));
}

// What a client speaking raw TCP got back from the loopback listener.
struct RawPage {
    QByteArray bytes;
    bool closedByServer = false;

    int status() const { return bytes.startsWith("HTTP/1.1 ") ? bytes.mid(9, 3).toInt() : 0; }
    QByteArray head() const { return bytes.left(bytes.indexOf("\r\n\r\n")); }
    QByteArray body() const
    {
        const qsizetype end = bytes.indexOf("\r\n\r\n");
        return end < 0 ? QByteArray() : bytes.mid(end + 4);
    }
    // A status line, and exactly as many body bytes as Content-Length announced.
    bool complete() const
    {
        for (const QByteArray& line : head().split('\n')) {
            if (line.toLower().startsWith("content-length:"))
                return status() > 0 && line.mid(15).trimmed().toLongLong() == body().size();
        }
        return false;
    }
};

// The loopback listener's port, from the redirect_uri of an authorization URL.
quint16 listenerPort(const QString& authorizationUrl)
{
    const QUrl redirect(QUrlQuery(QUrl(authorizationUrl))
                            .queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded));
    return quint16(redirect.port());
}

QByteArray getRequest(quint16 port, const QByteArray& target)
{
    return "GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1:" + QByteArray::number(port)
           + "\r\nConnection: close\r\n\r\n";
}

// Reads what the server sends until it closes the connection (or waitMs passes).
void readToClose(QTcpSocket& socket, RawPage& page, int waitMs)
{
    page.closedByServer = QTest::qWaitFor(
        [&] {
            page.bytes += socket.readAll();
            return socket.state() == QAbstractSocket::UnconnectedState;
        },
        waitMs);
    page.bytes += socket.readAll();
}

// A request from "another local program": a fresh connection, one request, the answer.
RawPage rawRequest(quint16 port, const QByteArray& target, int waitMs = 10000)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    RawPage page;
    if (!socket.waitForConnected(waitMs))
        return page;
    socket.write(getRequest(port, target));
    readToClose(socket, page, waitMs);
    return page;
}

} // namespace

class TestOAuthCli : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<test::TempProfile> m_profile;
    std::unique_ptr<FakeProvider> m_provider;
    QByteArray m_allStderr;

    test::CliRun cli(const QStringList& args, bool json = false)
    {
        test::CliRun r = test::runCli(base(*m_profile, json) + args, {},
                                      {QStringLiteral("AUTHDECK_HTTP_TIMEOUT_MS=3000")});
        m_allStderr += r.err;
        return r;
    }

    void addApp(const QString& name = QStringLiteral("box-oauth"))
    {
        const QString secretFile =
            test::writeFile(m_profile->path() + QStringLiteral("/.."),
                            QStringLiteral("secret-%1").arg(QCoreApplication::applicationPid()),
                            FakeOAuthProvider::ClientSecret + '\n');
        m_secretFile = secretFile;
        test::CliRun r = cli({QStringLiteral("apps"),
                              QStringLiteral("add"),
                              QStringLiteral("--provider"),
                              QStringLiteral("box"),
                              QStringLiteral("--name"),
                              name,
                              QStringLiteral("--client-id"),
                              QStringLiteral("test-client"),
                              QStringLiteral("--client-secret-file"),
                              secretFile,
                              QStringLiteral("--scope"),
                              QStringLiteral("root_readonly"),
                              QStringLiteral("--scope"),
                              QStringLiteral("manage_groups"),
                              QStringLiteral("--authorize-url"),
                              m_provider->url(QStringLiteral("/authorize")),
                              QStringLiteral("--token-url"),
                              m_provider->url(QStringLiteral("/token")),
                              QStringLiteral("--revoke-url"),
                              m_provider->url(QStringLiteral("/revoke")),
                              QStringLiteral("--api-base"),
                              m_provider->url(QStringLiteral("/2.0"))});
        QVERIFY2(r.exitCode == 0, qPrintable(what(r)));
    }
    QString m_secretFile;

    // connect --no-browser, then the test plays the browser. Returns the CLI's result.
    test::CliRun connect(QByteArray* page = nullptr, const QStringList& extra = {})
    {
        test::CliProcess p(base(*m_profile, true)
                               + QStringList{QStringLiteral("connect"), QStringLiteral("--app"),
                                             QStringLiteral("box-oauth"),
                                             QStringLiteral("--no-browser")}
                               + extra,
                           {QStringLiteral("AUTHDECK_HTTP_TIMEOUT_MS=3000")});
        p.closeInput();
        const QString url = p.firstLine(20000);
        if (url.startsWith(QStringLiteral("http"))) {
            const QByteArray body = playBrowser(url);
            if (page)
                *page = body;
        }
        test::CliRun r = p.wait(30000);
        m_allStderr += r.err;
        return r;
    }

    int accountCount()
    {
        test::CliRun r = cli({QStringLiteral("accounts")}, true);
        return QJsonDocument::fromJson(r.out).array().size();
    }

private Q_SLOTS:
    void init()
    {
        if (!test::keychainAvailable())
            QSKIP("needs the Secret Service keychain (run through the test command)");
        m_profile = std::make_unique<test::TempProfile>();
        m_provider = std::make_unique<FakeProvider>();
        m_allStderr.clear();
        addApp();
    }

    void cleanup()
    {
        if (!m_secretFile.isEmpty())
            QFile::remove(m_secretFile);
        m_provider.reset();
        m_profile.reset();
    }

    void fullLifecycle()
    {
        m_provider->nextExpiresIn = 30; // already inside the refresh margin
        QByteArray page;
        test::CliRun r = connect(&page);
        QVERIFY2(r.exitCode == 0, qPrintable(what(r)));
        QVERIFY2(page.contains("signed in") || page.contains("Signed in"), page.constData());
        const QJsonObject account =
            QJsonDocument::fromJson(r.out.mid(r.out.indexOf('\n') + 1)).object();
        const QString id = account.value(QStringLiteral("id")).toString();
        QVERIFY2(!id.isEmpty(), r.out.constData());
        QCOMPARE(
            account.value(QStringLiteral("identity")).toObject().value(QStringLiteral("login")),
            QStringLiteral("ada@example.com"));
        // The requested scopes went to the provider and stay with the account.
        QCOMPARE(m_provider->lastScope, QStringLiteral("root_readonly manage_groups"));
        QCOMPARE(account.value(QStringLiteral("scopes")).toArray().size(), 2);
        QCOMPARE(m_provider->seenVerifiers.size(), 1);
        QVERIFY(m_provider->seenVerifiers.first().size() >= 43);

        // token on an expired account refreshes first...
        m_provider->nextExpiresIn = 3600;
        r = cli({QStringLiteral("token"), id});
        QVERIFY2(r.exitCode == 0, qPrintable(what(r)));
        QCOMPARE(m_provider->refreshGrants, 1);
        const QString fresh = QString::fromUtf8(r.out.trimmed());
        QVERIFY(m_provider->live.contains(fresh));
        // ...and a second one reuses the fresh token.
        r = cli({QStringLiteral("token"), QStringLiteral("Box")});
        if (r.exitCode != 0) // the name may differ; the id always works
            r = cli({QStringLiteral("token"), id});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(QString::fromUtf8(r.out.trimmed()), fresh);
        QCOMPARE(m_provider->refreshGrants, 1);

        // test makes a real call.
        r = cli({QStringLiteral("test"), id});
        QVERIFY2(r.exitCode == 0, qPrintable(what(r)));
        QVERIFY(r.out.contains("ada@example.com"));

        // Two processes racing on an expired account: one refresh, both succeed.
        m_provider->nextExpiresIn = 30;
        r = cli({QStringLiteral("refresh"), id});
        QVERIFY2(r.exitCode == 0, qPrintable(what(r)));
        QCOMPARE(m_provider->refreshGrants, 2);
        m_provider->nextExpiresIn = 3600;
        {
            test::CliProcess a(base(*m_profile) + QStringList{QStringLiteral("token"), id});
            test::CliProcess b(base(*m_profile) + QStringList{QStringLiteral("token"), id});
            a.closeInput();
            b.closeInput();
            const test::CliRun ra = a.wait();
            const test::CliRun rb = b.wait();
            m_allStderr += ra.err + rb.err;
            QVERIFY2(ra.exitCode == 0, qPrintable(what(ra)));
            QVERIFY2(rb.exitCode == 0, qPrintable(what(rb)));
            QCOMPARE(ra.out.trimmed(), rb.out.trimmed());
        }
        QCOMPARE(m_provider->refreshGrants, 3);

        // Nothing secret in the profile folder or in the debug logs.
        const QByteArray files = m_profile->allFileBytes();
        QVERIFY(!files.contains("canary"));
        QVERIFY(!files.contains(m_provider->seenVerifiers.first().toUtf8()));
        QVERIFY2(!m_allStderr.contains("canary"), m_allStderr.constData());
        QVERIFY(!m_allStderr.contains(m_provider->seenVerifiers.first().toUtf8()));
        QVERIFY(m_allStderr.contains("authdeck.")); // the debug logs were on

        // disconnect revokes upstream, then the account and its secrets are gone.
        r = cli({QStringLiteral("disconnect"), id});
        QVERIFY2(r.exitCode == 0, qPrintable(what(r)));
        QCOMPARE(m_provider->revoked.size(), 1);
        QVERIFY(m_provider->revoked.first().startsWith(QStringLiteral("refresh-canary")));
        QCOMPARE(accountCount(), 0);
        r = cli({QStringLiteral("token"), id});
        QCOMPARE(r.exitCode, 2);
    }

    void failures_data()
    {
        QTest::addColumn<int>("authorize");
        QTest::addColumn<int>("token");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("says");
        QTest::newRow("access denied")
            << int(FakeProvider::Authorize::Denied) << int(FakeProvider::Token::Normal) << 3
            << QStringLiteral("denied");
        QTest::newRow("html token answer")
            << int(FakeProvider::Authorize::Approve) << int(FakeProvider::Token::Html) << 4
            << QStringLiteral("HTML");
        QTest::newRow("500") << int(FakeProvider::Authorize::Approve)
                             << int(FakeProvider::Token::ServerError) << 4 << QStringLiteral("500");
        QTest::newRow("429") << int(FakeProvider::Authorize::Approve)
                             << int(FakeProvider::Token::TooMany) << 4 << QStringLiteral("429");
        QTest::newRow("hang") << int(FakeProvider::Authorize::Approve)
                              << int(FakeProvider::Token::Hang) << 4 << QString();
    }

    void failures()
    {
        QFETCH(int, authorize);
        QFETCH(int, token);
        QFETCH(int, exitCode);
        QFETCH(QString, says);
        m_provider->authorizeMode = FakeProvider::Authorize(authorize);
        m_provider->tokenMode = FakeProvider::Token(token);
        QByteArray page;
        test::CliRun r = connect(&page);
        if (exitCode < 0)
            QVERIFY2(r.exitCode != 0 && r.exitCode != 4, qPrintable(what(r)));
        else
            QVERIFY2(r.exitCode == exitCode, qPrintable(what(r)));
        const QJsonObject error = QJsonDocument::fromJson(r.out.mid(r.out.indexOf('\n') + 1))
                                      .object()
                                      .value(QStringLiteral("error"))
                                      .toObject();
        const QString message = QString::fromUtf8(r.err);
        QVERIFY2(message.contains(says, Qt::CaseInsensitive), qPrintable(what(r)));
        // The browser's page tells the real outcome: it was answered after the token exchange,
        // so it names what failed there instead of claiming a sign-in.
        QVERIFY2(!page.contains("signed in"), page.constData());
        QVERIFY2(page.contains("did not complete"), page.constData());
        QVERIFY2(QString::fromUtf8(page).contains(says, Qt::CaseInsensitive), page.constData());
        QCOMPARE(accountCount(), 0); // nothing left behind
        QVERIFY(!m_profile->allFileBytes().contains("canary"));
        Q_UNUSED(error);
    }

    void aForeignRequestDoesNotAbortTheSignIn()
    {
        // Another program on the machine sends redirects of its own before the browser comes:
        // none carries the state, so none may end (or spoil) the sign-in.
        test::CliProcess p(base(*m_profile, true)
                               + QStringList{QStringLiteral("connect"), QStringLiteral("--app"),
                                             QStringLiteral("box-oauth"),
                                             QStringLiteral("--no-browser"),
                                             QStringLiteral("--timeout"), QStringLiteral("60")},
                           {QStringLiteral("AUTHDECK_HTTP_TIMEOUT_MS=3000")});
        p.closeInput();
        const QString url = p.firstLine(20000);
        QVERIFY2(url.startsWith(QStringLiteral("http")), qPrintable(url));
        const quint16 port = listenerPort(url);

        const RawPage wrong = rawRequest(port, "/callback?code=forged-code&state=not-this-one");
        QVERIFY2(wrong.status() == 400, wrong.bytes.constData());
        QVERIFY2(wrong.complete() && wrong.body().contains("not the sign-in"),
                 wrong.bytes.constData());
        QCOMPARE(rawRequest(port, "/callback?code=forged-code").status(), 400);
        QCOMPARE(rawRequest(port, "/callback?error=access_denied").status(), 400);
        // A wrong iss with a wrong state is nobody's answer either: RFC 9207's check is for the
        // response to AuthDeck's own request, which only the right state identifies.
        QCOMPARE(
            rawRequest(port, "/callback?code=forged-code&state=nope&iss=https%3A%2F%2Fevil.example")
                .status(),
            400);
        QCOMPARE(rawRequest(port, "/favicon.ico").status(), 404);
        QVERIFY2(p.isRunning(), p.errorsSoFar().constData());

        const QByteArray page = playBrowser(url);
        QVERIFY2(page.contains("signed in"), page.constData());
        const test::CliRun r = p.wait(30000);
        m_allStderr += r.err;
        QVERIFY2(r.exitCode == 0, qPrintable(what(r)));
        QCOMPARE(m_provider->codeGrants, 1);
        QCOMPARE(accountCount(), 1);
        // Refused requests are logged without their values.
        QVERIFY2(!r.err.contains("not-this-one") && !r.err.contains("forged-code"),
                 r.err.constData());
    }

    void forgedStateIsIgnoredUntilTheTimeout()
    {
        m_provider->authorizeMode = FakeProvider::Authorize::ForgedState;
        test::CliProcess p(base(*m_profile, true)
                               + QStringList{QStringLiteral("connect"), QStringLiteral("--app"),
                                             QStringLiteral("box-oauth"),
                                             QStringLiteral("--no-browser"),
                                             QStringLiteral("--timeout"), QStringLiteral("3")},
                           {QStringLiteral("AUTHDECK_HTTP_TIMEOUT_MS=3000")});
        p.closeInput();
        const QString url = p.firstLine(20000);
        QVERIFY2(url.startsWith(QStringLiteral("http")), qPrintable(url));
        int status = 0;
        const QByteArray page = playBrowser(url, &status);
        QCOMPARE(status, 400);
        QVERIFY2(page.contains("not the sign-in"), page.constData());
        const test::CliRun r = p.wait(30000);
        QVERIFY2(r.exitCode == 4, qPrintable(what(r)));
        QVERIFY2(r.err.contains("did not belong to this sign-in"), qPrintable(what(r)));
        QCOMPARE(m_provider->codeGrants, 0);
        QCOMPARE(accountCount(), 0);
    }

    void idleConnectionsDoNotKeepTheBrowserOut()
    {
        test::CliProcess p(base(*m_profile, true)
                               + QStringList{QStringLiteral("connect"), QStringLiteral("--app"),
                                             QStringLiteral("box-oauth"),
                                             QStringLiteral("--no-browser"),
                                             QStringLiteral("--timeout"), QStringLiteral("60")},
                           {QStringLiteral("AUTHDECK_HTTP_TIMEOUT_MS=3000")});
        p.closeInput();
        const QString url = p.firstLine(20000);
        QVERIFY2(url.startsWith(QStringLiteral("http")), qPrintable(url));
        const quint16 port = listenerPort(url);

        // Far more idle connections than the listener has slots, all accepted before the
        // browser comes...
        std::vector<std::unique_ptr<QTcpSocket>> idle;
        auto openOne = [&idle, port] {
            idle.push_back(std::make_unique<QTcpSocket>());
            idle.back()->connectToHost(QHostAddress::LocalHost, port);
        };
        for (int i = 0; i < 40; ++i)
            openOne();
        QVERIFY(QTest::qWaitFor(
            [&] {
                return std::all_of(idle.begin(), idle.end(), [](const auto& s) {
                    return s->state() == QAbstractSocket::ConnectedState;
                });
            },
            10000));
        QTest::qWait(300);
        // ...and more arriving all the while, as from a program connecting in a loop.
        QTimer flood;
        flood.setInterval(2);
        QObject::connect(&flood, &QTimer::timeout, [&] {
            if (idle.size() < 250)
                openOne();
        });
        flood.start();
        int status = 0;
        const QByteArray page = playBrowser(url, &status);
        flood.stop();
        QVERIFY2(status == 200 && page.contains("signed in"), page.constData());
        const test::CliRun r = p.wait(30000);
        m_allStderr += r.err;
        QVERIFY2(r.exitCode == 0, qPrintable(what(r)));
        QCOMPARE(accountCount(), 1);
    }

    void cliWaitsUntilThePageIsSent_data()
    {
        QTest::addColumn<int>("authorize");
        QTest::addColumn<int>("token");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QByteArray>("says");
        QTest::newRow("connected")
            << int(FakeProvider::Authorize::Approve) << int(FakeProvider::Token::Normal) << 0
            << QByteArray("signed in");
        QTest::newRow("denied") << int(FakeProvider::Authorize::Denied)
                                << int(FakeProvider::Token::Normal) << 3 << QByteArray("denied");
        QTest::newRow("token exchange failed")
            << int(FakeProvider::Authorize::Approve) << int(FakeProvider::Token::Html) << 4
            << QByteArray("HTML");
    }

    void cliWaitsUntilThePageIsSent()
    {
        QFETCH(int, authorize);
        QFETCH(int, token);
        QFETCH(int, exitCode);
        QFETCH(QByteArray, says);
        m_provider->authorizeMode = FakeProvider::Authorize(authorize);
        m_provider->tokenMode = FakeProvider::Token(token);
        test::CliProcess p(base(*m_profile, true)
                               + QStringList{QStringLiteral("connect"), QStringLiteral("--app"),
                                             QStringLiteral("box-oauth"),
                                             QStringLiteral("--no-browser")},
                           {QStringLiteral("AUTHDECK_HTTP_TIMEOUT_MS=3000")});
        p.closeInput();
        const QString url = p.firstLine(20000);
        QVERIFY2(url.startsWith(QStringLiteral("http")), qPrintable(url));
        // The browser, played with a raw socket: the provider's redirect, sent by hand.
        const QUrl target = test::redirectTarget(url);
        QVERIFY2(target.port() > 0, qPrintable(target.toString()));
        QTcpSocket browser;
        browser.connectToHost(QHostAddress::LocalHost, quint16(target.port()));
        QVERIFY(browser.waitForConnected(5000));
        browser.write(getRequest(quint16(target.port()),
                                 target.toEncoded(QUrl::RemoveScheme | QUrl::RemoveAuthority)));
        QVERIFY(browser.waitForBytesWritten(5000));
        const test::CliRun r = p.wait(30000);
        m_allStderr += r.err;
        QVERIFY2(r.exitCode == exitCode, qPrintable(what(r)));
        // The CLI has ended: its page must be out in full, not cut off by the exit.
        RawPage page;
        readToClose(browser, page, 5000);
        QVERIFY2(page.closedByServer, page.bytes.constData());
        QVERIFY2(page.complete(), page.bytes.constData());
        QVERIFY2(page.body().contains(says) && page.body().endsWith("</html>"),
                 page.bytes.constData());
    }

    void mixUpDefenceRefusesAForeignIssuer()
    {
        m_provider->authorizeMode = FakeProvider::Authorize::WithIssuer;
        test::CliRun r = connect();
        QVERIFY2(r.exitCode == 3, qPrintable(what(r)));
        QCOMPARE(m_provider->codeGrants, 0); // the code was never spent
        QCOMPARE(accountCount(), 0);
    }

    void reusedRefreshTokenIsNeverSent()
    {
        m_provider->nextExpiresIn = 3600;
        test::CliRun r = connect();
        QVERIFY2(r.exitCode == 0, qPrintable(what(r)));
        const QString id = QJsonDocument::fromJson(r.out.mid(r.out.indexOf('\n') + 1))
                               .object()
                               .value(QStringLiteral("id"))
                               .toString();
        for (int i = 0; i < 3; ++i) {
            r = cli({QStringLiteral("refresh"), id});
            QVERIFY2(r.exitCode == 0, qPrintable(what(r)));
        }
        QCOMPARE(m_provider->refreshGrants, 3);
        // The provider now forgets every refresh token (as after 60 idle days on Box).
        m_provider->refreshTokens.clear();
        r = cli({QStringLiteral("refresh"), id});
        QCOMPARE(r.exitCode, 3);
        r = cli({QStringLiteral("accounts")}, true);
        QCOMPARE(QJsonDocument::fromJson(r.out).array().first().toObject().value(
                     QStringLiteral("status")),
                 QStringLiteral("needs_signin"));
    }

    void refusedRefreshAlwaysSaysSignInAgain()
    {
        m_provider->nextExpiresIn = 3600;
        test::CliRun r = connect();
        QVERIFY2(r.exitCode == 0, qPrintable(what(r)));
        const QString id = QJsonDocument::fromJson(r.out.mid(r.out.indexOf('\n') + 1))
                               .object()
                               .value(QStringLiteral("id"))
                               .toString();
        // invalid_grant on a refresh, in words that never mention a refresh token (RFC 6749
        // section 5.2: the grant is gone all the same).
        m_provider->refreshTokens.clear();
        m_provider->refusedRefreshDescription = QStringLiteral("Grant not found");
        r = cli({QStringLiteral("refresh"), id});
        QVERIFY2(r.exitCode == 3, qPrintable(what(r)));
        QVERIFY2(r.err.contains("sign in again"), qPrintable(what(r)));
        QVERIFY2(r.err.contains("Grant not found"), qPrintable(what(r)));
        QCOMPARE(m_provider->refusedRefreshes, 1);
        r = cli({QStringLiteral("accounts")}, true);
        const QJsonObject account = QJsonDocument::fromJson(r.out).array().first().toObject();
        QCOMPARE(account.value(QStringLiteral("status")), QStringLiteral("needs_signin"));
    }

    void timeoutEndsTheWait()
    {
        test::CliProcess p(base(*m_profile)
                           + QStringList{QStringLiteral("connect"), QStringLiteral("--app"),
                                         QStringLiteral("box-oauth"),
                                         QStringLiteral("--no-browser"),
                                         QStringLiteral("--timeout"), QStringLiteral("1")});
        p.closeInput();
        QVERIFY(p.firstLine().startsWith(QStringLiteral("http://127.0.0.1:")));
        const test::CliRun r = p.wait(20000);
        QVERIFY2(r.exitCode == 4, qPrintable(what(r)));
        QCOMPARE(accountCount(), 0);
    }

    void badTimeoutIsAUsageError()
    {
        const test::CliRun r =
            cli({QStringLiteral("connect"), QStringLiteral("--app"), QStringLiteral("box-oauth"),
                 QStringLiteral("--timeout"), QStringLiteral("soon")});
        QCOMPARE(r.exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestOAuthCli)
#include "tst_oauth_cli.moc"
