// `authdeck-cli demo` and `--sandbox`: the embedded sandbox wired into the real binaries.
#include "PrivateKeyring.h"
#include "ProfileSnapshot.h"
#include "TestSupport.h"

#include "sandbox/SandboxServer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>

using namespace authdeck;

namespace {

QString what(const test::CliRun& r)
{
    return QStringLiteral("exit %1\nstdout: %2\nstderr: %3")
        .arg(r.exitCode)
        .arg(QString::fromUtf8(r.out), QString::fromUtf8(r.err));
}

} // namespace

class TestDemo : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void demoRunsEveryFlowThatExists_data()
    {
        QTest::addColumn<bool>("keychain");
        QTest::newRow("keychain") << true;
        QTest::newRow("no keychain: memory") << false;
    }

    void demoRunsEveryFlowThatExists()
    {
        QFETCH(bool, keychain);
        if (keychain && !test::keychainAvailable())
            QSKIP("needs the Secret Service keychain (run through the test command)");
        // A keyring of its own: what the demo leaves in it is all there is to see.
        test::PrivateKeyring keyring;
        if (keychain)
            QVERIFY2(keyring.start(), qPrintable(keyring.why()));
        const QStringList env = keychain ? keyring.environment()
                                         : QStringList{QStringLiteral("DBUS_SESSION_BUS_ADDRESS="),
                                                       QStringLiteral("DISPLAY=")};
        const test::CliRun r = test::runCli({QStringLiteral("demo")}, {}, env, 120000);
        QVERIFY2(r.exitCode == 0, qPrintable(what(r)));
        if (keychain) {
            // The throwaway profile took its one keychain entry (its key) with it.
            const test::KeychainListing left = test::keychainEntries(QString(), env);
            QVERIFY2(left.ok, qPrintable(left.problem));
            QVERIFY2(left.entries.isEmpty(), qPrintable(left.entries.keys().join(u',')));
        }
        const QString out = QString::fromUtf8(r.out);
        for (const char* step :
             {"OAuth 2.0 sign-in with PKCE: held", "Refresh", "JWT", "Client credentials",
              "Box webhook: a signed delivery verified: held (delivery",
              "Box downscoped token for a script: held", "Password",
              "Discovery by issuer (RFC 8414, OpenID Connect): held",
              "Sign-in with private_key_jwt client authentication: held",
              "Device flow with slow_down (RFC 8628): held",
              "Microsoft 365: admin consent, then app-only with a certificate: held",
              "Revoke and disconnect: held"}) {
            QVERIFY2(out.contains(QLatin1String(step)), qPrintable(what(r)));
        }
        QVERIFY2(!out.contains(QStringLiteral("FAIL")), qPrintable(what(r)));
        QVERIFY(out.contains(QStringLiteral("12 held, 0 failed, 0 not yet available")));
        // Every line that is not "not yet available" held.
        const QStringList lines = out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 13);
        for (const QString& line : lines.mid(0, 12))
            QVERIFY2(line.contains(QStringLiteral(": held"))
                         || line.contains(QStringLiteral("not yet available")),
                     qPrintable(line));
        if (!keychain)
            QVERIFY(r.err.contains("memory"));
    }

    void cliSandboxShowsItsProviderAndApp()
    {
        if (!test::keychainAvailable())
            QSKIP("needs the Secret Service keychain (run through the test command)");
        test::TempProfile p;
        test::CliRun r =
            test::runCli({QStringLiteral("--sandbox"), QStringLiteral("--profile"), p.path(),
                          QStringLiteral("--json"), QStringLiteral("providers")});
        QVERIFY2(r.exitCode == 0, qPrintable(what(r)));
        bool found = false;
        for (const QJsonValue& v : QJsonDocument::fromJson(r.out).array()) {
            const QJsonObject o = v.toObject();
            if (o.value(QStringLiteral("id")) == QLatin1String("sandbox")) {
                found = true;
                QCOMPARE(o.value(QStringLiteral("name")).toString(),
                         QStringLiteral("Sandbox (Box-compatible)"));
            }
        }
        QVERIFY2(found, r.out.constData());
        // Without --sandbox the provider is not there.
        r = test::runCli({QStringLiteral("--profile"), p.path(), QStringLiteral("--json"),
                          QStringLiteral("providers")});
        QVERIFY(!r.out.contains("\"sandbox\""));
        // The ready app registration stays in the profile, and its secret in the keychain.
        r = test::runCli({QStringLiteral("--sandbox"), QStringLiteral("--profile"), p.path(),
                          QStringLiteral("apps"), QStringLiteral("list")});
        QVERIFY2(r.exitCode == 0 && r.out.contains("Sandbox app"), qPrintable(what(r)));
        QCOMPARE(r.out.count("Sandbox app"), 1); // not added twice
    }

    // The CLI's OAuth connect against the sandbox, the test playing the admin at its consent
    // page: approve, then deny.
    void cliConnectsThroughTheSandboxConsentPage_data()
    {
        QTest::addColumn<QString>("decision");
        QTest::addColumn<int>("exitCode");
        QTest::newRow("approve") << QStringLiteral("approve") << 0;
        QTest::newRow("deny") << QStringLiteral("deny") << 3;
    }

    void cliConnectsThroughTheSandboxConsentPage()
    {
        QFETCH(QString, decision);
        QFETCH(int, exitCode);
        if (!test::keychainAvailable())
            QSKIP("needs the Secret Service keychain (run through the test command)");
        test::TempProfile p;
        test::CliProcess cli({QStringLiteral("--sandbox"), QStringLiteral("--profile"), p.path(),
                              QStringLiteral("connect"), QStringLiteral("--app"),
                              QStringLiteral("Sandbox app"), QStringLiteral("--no-browser")});
        cli.closeInput();
        const QUrl url(cli.firstLine());
        QVERIFY2(url.isValid() && url.path() == QLatin1String("/api/oauth2/authorize"),
                 qPrintable(url.toString()));
        QNetworkAccessManager browser;
        QNetworkReply* page = browser.get(QNetworkRequest(url));
        QSignalSpy pageDone(page, &QNetworkReply::finished);
        QVERIFY(pageDone.wait(10000));
        const QByteArray html = page->readAll();
        QVERIFY2(html.contains("Sandbox app") && html.contains("root_readwrite"), html.constData());
        const QString requestId = SandboxServer::consentRequestId(html);
        QVERIFY(!requestId.isEmpty());
        QUrl decide = url;
        decide.setQuery(QString());
        QNetworkRequest post(decide);
        post.setHeader(QNetworkRequest::ContentTypeHeader,
                       QStringLiteral("application/x-www-form-urlencoded"));
        post.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                          QNetworkRequest::NoLessSafeRedirectPolicy);
        QNetworkReply* answer = browser.post(
            post, QStringLiteral("request_id=%1&decision=%2").arg(requestId, decision).toUtf8());
        QSignalSpy answerDone(answer, &QNetworkReply::finished);
        QVERIFY(answerDone.wait(10000));
        const test::CliRun r = cli.wait();
        QVERIFY2(r.exitCode == exitCode, qPrintable(what(r)));
        if (exitCode == 0)
            QVERIFY(r.err.contains("sandbox-admin"));
        else
            QVERIFY2(r.err.contains("denied"), r.err.constData());
    }

    void guiStartsWithTheSandbox()
    {
        if (!test::keychainAvailable())
            QSKIP("needs the Secret Service keychain (run through the test command)");
        test::TempProfile p;
        QProcess gui;
        gui.start(QStringLiteral(AUTHDECK_GUI_PATH),
                  {QStringLiteral("--sandbox"), QStringLiteral("--profile"), p.path(),
                   QStringLiteral("--smoke-test")});
        QVERIFY(gui.waitForFinished(60000));
        const QByteArray out = gui.readAllStandardOutput();
        QVERIFY2(gui.exitCode() == 0, gui.readAllStandardError().constData());
        QVERIFY2(out.contains("sandbox: http://127.0.0.1:"), out.constData());
        QVERIFY2(out.contains("app: Sandbox app (Sandbox (Box-compatible))"), out.constData());
    }
};

QTEST_GUILESS_MAIN(TestDemo)
#include "tst_demo.moc"
