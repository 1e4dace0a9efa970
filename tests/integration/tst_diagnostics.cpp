// Every diagnostic class provoked through the real authdeck-cli binary, checking the plain
// message, the next step from the engine's one table (core/Diagnosis) and the exit code:
//   provider refusals  FakeBoxServer answering the provider's own error for the token request
//                      (client-credentials connect): expired or revoked refresh token, refresh
//                      token used elsewhere, redirect URI not registered, app not authorized,
//                      clock skew, subject refused, key refused, scope not granted
//   provider outage    a loopback token endpoint answering 502
//   timeout            a loopback token endpoint that never answers (AUTHDECK_HTTP_TIMEOUT_MS)
//   TLS error          a loopback https endpoint with a self-signed certificate
//   DNS failure        a host under the reserved .invalid TLD (fails without any network)
// Secrets go to the passphrase vault, so no keychain is needed.
#include "FakeBoxServer.h"
#include "TestCertificate.h"
#include "TestSupport.h"

#include "net/HttpResponder.h"
#include "net/LocalHttpServer.h"
#include "sandbox/SandboxServer.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace authdeck;

namespace {

QString what(const test::CliRun& r)
{
    return QStringLiteral("exit %1, stdout: %2, stderr: %3")
        .arg(r.exitCode)
        .arg(QString::fromUtf8(r.out), QString::fromUtf8(r.err));
}

enum class Where { Refuse, Outage, Hang, Tls, Dns };

} // namespace

class TestDiagnostics : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<test::TempProfile> m_profile;
    std::unique_ptr<QTemporaryDir> m_files;
    std::unique_ptr<test::FakeBoxServer> m_box;
    std::unique_ptr<LocalHttpServer> m_other;
    QList<HttpResponder> m_hanging;

    test::CliRun cli(const QStringList& args)
    {
        const QStringList all{QStringLiteral("--profile"),
                              m_profile->path(),
                              QStringLiteral("--json"),
                              QStringLiteral("--secret-store"),
                              QStringLiteral("vault"),
                              QStringLiteral("--vault-passphrase-file"),
                              m_files->filePath(QStringLiteral("vault-pass"))};
        return test::runCli(all + args, {},
                            {QStringLiteral("AUTHDECK_HTTP_TIMEOUT_MS=1500"),
                             // Logs off: stderr is only what the admin reads.
                             QStringLiteral("QT_LOGGING_RULES=authdeck.*=false")},
                            90000);
    }

    // A client-credentials Box app whose token endpoint is tokenUrl.
    void addApp(const QString& tokenUrl)
    {
        const test::CliRun r = cli(
            {QStringLiteral("apps"), QStringLiteral("add"), QStringLiteral("--provider"),
             QStringLiteral("box"), QStringLiteral("--scheme"),
             QStringLiteral("client_credentials"), QStringLiteral("--name"), QStringLiteral("ccg"),
             QStringLiteral("--client-id"), m_box->clientId, QStringLiteral("--client-secret-file"),
             m_files->filePath(QStringLiteral("client-secret")), QStringLiteral("--enterprise-id"),
             m_box->enterpriseId, QStringLiteral("--token-url"), tokenUrl,
             QStringLiteral("--api-base"), m_box->apiBase()});
        QVERIFY2(r.exitCode == 0, qPrintable(what(r)));
    }

private Q_SLOTS:
    void init()
    {
        m_profile = std::make_unique<test::TempProfile>();
        m_files = std::make_unique<QTemporaryDir>();
        test::writeFile(m_files->path(), QStringLiteral("vault-pass"),
                        "a vault passphrase for tests\n");
        m_box = std::make_unique<test::FakeBoxServer>();
        QVERIFY(m_box->start());
        test::writeFile(m_files->path(), QStringLiteral("client-secret"),
                        m_box->clientSecret.toUtf8() + '\n');
    }

    void cleanup()
    {
        m_hanging.clear();
        m_other.reset();
        m_box.reset();
        m_files.reset();
        m_profile.reset();
    }

    void eachCause_data()
    {
        QTest::addColumn<int>("where");
        QTest::addColumn<QString>("code");  // the provider's error code (Refuse)
        QTest::addColumn<QString>("words"); // its error_description
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("diagnosis");
        QTest::addColumn<QString>("says");     // in the message
        QTest::addColumn<QString>("nextStep"); // after "What to do:" on the error line

        const int refuse = int(Where::Refuse);
        QTest::newRow("expired or revoked refresh token")
            << refuse << QStringLiteral("invalid_grant")
            << QStringLiteral("Refresh token has expired") << 3
            << QStringLiteral("refresh-token-expired") << QStringLiteral("sign in again")
            << QStringLiteral("Sign in again");
        QTest::newRow("refresh token used elsewhere")
            << refuse << QStringLiteral("invalid_grant")
            << QStringLiteral("Refresh token has already been used") << 3
            << QStringLiteral("refresh-token-reused") << QStringLiteral("sign in again")
            << QStringLiteral("keep each account in one AuthDeck");
        QTest::newRow("redirect URI not registered")
            << refuse << QStringLiteral("redirect_uri_mismatch")
            << QStringLiteral("The redirect URI is not registered for this app") << 3
            << QStringLiteral("redirect-uri-not-registered") << QStringLiteral("redirect URI")
            << QStringLiteral("apps show");
        QTest::newRow("app not authorized by the enterprise admin")
            << refuse << QStringLiteral("unauthorized_client")
            << QStringLiteral("This app is not authorized by the enterprise admin") << 3
            << QStringLiteral("app-not-authorized") << QStringLiteral("not authorized")
            << QStringLiteral("Ask the enterprise admin to authorize the app");
        QTest::newRow("clock skew")
            << refuse << QStringLiteral("invalid_grant")
            << QStringLiteral("Please check the 'exp' claim.") << 3 << QStringLiteral("clock-skew")
            << QStringLiteral("clock") << QStringLiteral("Set this computer's clock right");
        QTest::newRow("subject refused (client credentials)")
            << refuse << QStringLiteral("invalid_grant")
            << QStringLiteral("Grant credentials are invalid") << 3
            << QStringLiteral("subject-refused") << QStringLiteral("enterprise ID")
            << QStringLiteral("Check the enterprise ID");
        QTest::newRow("subject refused (JWT sub claim)")
            << refuse << QStringLiteral("invalid_grant")
            << QStringLiteral("Please check the 'sub' claim.") << 3
            << QStringLiteral("subject-refused") << QStringLiteral("subject")
            << QStringLiteral("Check the enterprise ID");
        QTest::newRow("key refused (signature)")
            << refuse << QStringLiteral("invalid_grant")
            << QStringLiteral("Signature verification error.") << 3 << QStringLiteral("key-refused")
            << QStringLiteral("signature") << QStringLiteral("Public Key ID");
        QTest::newRow("key refused (kid)")
            << refuse << QStringLiteral("invalid_grant")
            << QStringLiteral("Please check the 'kid' header: public key not found.") << 3
            << QStringLiteral("key-refused") << QStringLiteral("Public Key ID")
            << QStringLiteral("Add the app's public key");
        QTest::newRow("scope not granted")
            << refuse << QStringLiteral("invalid_scope")
            << QStringLiteral("The requested scope is not allowed for this app") << 3
            << QStringLiteral("scope-not-granted") << QStringLiteral("scopes")
            << QStringLiteral("Enable the scopes");
        QTest::newRow("provider outage 5xx")
            << int(Where::Outage) << QString() << QString() << 4
            << QStringLiteral("provider-outage") << QStringLiteral("HTTP 502")
            << QStringLiteral("try again later");
        QTest::newRow("timeout") << int(Where::Hang) << QString() << QString() << 4
                                 << QStringLiteral("timeout") << QStringLiteral("stopped")
                                 << QStringLiteral("raise the timeouts");
        QTest::newRow("TLS error")
            << int(Where::Tls) << QString() << QString() << 4 << QStringLiteral("tls-error")
            << QStringLiteral("secure connection") << QStringLiteral("SHA-256 fingerprint");
        QTest::newRow("DNS failure")
            << int(Where::Dns) << QString() << QString() << 4 << QStringLiteral("dns-failure")
            << QStringLiteral("auth.example.invalid could not be found")
            << QStringLiteral("DNS settings");
    }

    void eachCause()
    {
        QFETCH(int, where);
        QFETCH(QString, code);
        QFETCH(QString, words);
        QFETCH(int, exitCode);
        QFETCH(QString, diagnosis);
        QFETCH(QString, says);
        QFETCH(QString, nextStep);

        QString tokenUrl = m_box->tokenUrl();
        switch (Where(where)) {
        case Where::Refuse:
            m_box->refuseWith = code;
            m_box->refuseWords = words;
            break;
        case Where::Outage:
        case Where::Hang:
        case Where::Tls: {
            m_other = std::make_unique<LocalHttpServer>();
            if (Where(where) == Where::Tls) {
                const test::TestCertificate c = test::makeSelfSignedCertificate();
                m_other->setTlsCertificate(c.certificate, c.key);
            }
            const bool hang = Where(where) == Where::Hang;
            m_other->setReadTimeout(60000);
            m_other->setHandler([this, hang](const HttpServerRequest&, HttpResponder r) {
                if (hang) {
                    m_hanging.append(r); // never answered
                    return;
                }
                r.respond(502, {{"Content-Type", "text/html"}},
                          "<html><body>Bad gateway</body></html>");
            });
            QVERIFY2(m_other->listen(), qPrintable(m_other->errorString()));
            tokenUrl = m_other->baseUrl().toString() + QStringLiteral("/oauth2/token");
            break;
        }
        case Where::Dns:
            tokenUrl = QStringLiteral("https://auth.example.invalid/oauth2/token");
            break;
        }
        addApp(tokenUrl);
        if (QTest::currentTestFailed())
            return;

        const test::CliRun r =
            cli({QStringLiteral("connect"), QStringLiteral("--app"), QStringLiteral("ccg"),
                 QStringLiteral("--subject"), QStringLiteral("enterprise")});
        QVERIFY2(r.exitCode == exitCode, qPrintable(what(r)));
        const QString err = QString::fromUtf8(r.err);
        QVERIFY2(err.startsWith(QStringLiteral("authdeck-cli: error: ")), qPrintable(what(r)));
        QVERIFY2(err.count(QLatin1Char('\n')) == 1, qPrintable(what(r))); // one line
        QVERIFY2(err.contains(says, Qt::CaseInsensitive), qPrintable(what(r)));
        const qsizetype step = err.indexOf(QStringLiteral(" What to do: "));
        QVERIFY2(step > 0, qPrintable(what(r)));
        QVERIFY2(err.mid(step).contains(nextStep), qPrintable(what(r)));
        const QJsonObject e = QJsonDocument::fromJson(r.out).object().value(u"error").toObject();
        QCOMPARE(e.value(u"diagnosis").toString(), diagnosis);
        QCOMPARE(e.value(u"exit_code").toInt(), exitCode);
        QVERIFY(e.value(u"next_step").toString().contains(nextStep));
        QVERIFY(!e.value(u"cause").toString().isEmpty());

        // Nothing was connected.
        const test::CliRun accounts = cli({QStringLiteral("accounts")});
        QCOMPARE(accounts.exitCode, 0);
        QVERIFY2(QJsonDocument::fromJson(accounts.out).array().isEmpty(),
                 qPrintable(what(accounts)));
    }

    // The real sandbox: a password-grant account whose refresh token outlived its 60 days (the
    // sandbox clock moved on), then the sandbox's 5xx fault switch.
    void sandboxExpiredRefreshTokenAndOutage()
    {
        SandboxServer sandbox;
        QString error;
        QVERIFY2(sandbox.start(&error), qPrintable(error));
        SandboxClient c;
        c.name = QStringLiteral("AuthDeck diagnostics");
        c.redirectUris = {QStringLiteral("http://127.0.0.1/callback")};
        c = sandbox.registerClient(c);
        QVERIFY(QDir(m_profile->path()).mkpath(QStringLiteral("providers")));
        test::writeFile(m_profile->path() + QStringLiteral("/providers"),
                        QStringLiteral("sandbox.json"),
                        QJsonDocument(sandbox.providerJson()).toJson());
        const QString secret = test::writeFile(m_files->path(), QStringLiteral("sandbox-secret"),
                                               c.clientSecret.toUtf8());
        const test::CliRun app =
            cli({QStringLiteral("apps"), QStringLiteral("add"), QStringLiteral("--provider"),
                 QStringLiteral("sandbox"), QStringLiteral("--scheme"), QStringLiteral("password"),
                 QStringLiteral("--name"), QStringLiteral("pw"), QStringLiteral("--client-id"),
                 c.clientId, QStringLiteral("--client-secret-file"), secret});
        QVERIFY2(app.exitCode == 0, qPrintable(what(app)));
        const QString password = test::writeFile(m_files->path(), QStringLiteral("password"),
                                                 QByteArray(SandboxServer::AdminPassword) + '\n');
        const test::CliRun connected =
            cli({QStringLiteral("connect"), QStringLiteral("--provider"), QStringLiteral("sandbox"),
                 QStringLiteral("--name"), QStringLiteral("Sandbox admin"),
                 QStringLiteral("--username"), QLatin1String(SandboxServer::AdminLogin),
                 QStringLiteral("--password-file"), password});
        QVERIFY2(connected.exitCode == 0, qPrintable(what(connected)));
        const QString id = QJsonDocument::fromJson(connected.out).object().value(u"id").toString();
        QVERIFY(!id.isEmpty());

        // 5xx from the sandbox's fault switch: an outage, exit 4.
        SandboxServer::Fault fault;
        fault.kind = SandboxServer::Fault::ServerError;
        fault.count = -1;
        sandbox.setFault(fault);
        const test::CliRun outage = cli({QStringLiteral("refresh"), id});
        QVERIFY2(outage.exitCode == 4, qPrintable(what(outage)));
        QCOMPARE(QJsonDocument::fromJson(outage.out)
                     .object()
                     .value(u"error")
                     .toObject()
                     .value(u"diagnosis")
                     .toString(),
                 QStringLiteral("provider-outage"));
        QVERIFY2(outage.err.contains("What to do: Nothing is wrong on this side"),
                 qPrintable(what(outage)));
        sandbox.clearFault();

        // 61 days later the refresh token is dead: sign in again, exit 3.
        sandbox.setClockOffset(61 * 24 * 3600);
        const test::CliRun expired = cli({QStringLiteral("refresh"), id});
        QVERIFY2(expired.exitCode == 3, qPrintable(what(expired)));
        const QJsonObject e =
            QJsonDocument::fromJson(expired.out).object().value(u"error").toObject();
        QCOMPARE(e.value(u"diagnosis").toString(), QStringLiteral("refresh-token-expired"));
        QCOMPARE(e.value(u"provider_error").toString(), QStringLiteral("invalid_grant"));
        QVERIFY2(expired.err.contains("What to do: Sign in again"), qPrintable(what(expired)));
    }
};

QTEST_GUILESS_MAIN(TestDiagnostics)
#include "tst_diagnostics.moc"
