// Username + password through the real authdeck-cli binary against the real sandbox
// (SandboxServer, in this process; the CLI's catalog gets its provider as a profile override):
// the password grant is exchanged once, only the tokens are kept, the account refreshes, and a
// wrong password saves nothing. Needs the keychain: run inside packaging/test-session.sh.
#include "KeychainPeek.h"
#include "TestSupport.h"

#include "core/Profile.h"
#include "net/HttpResponder.h"
#include "net/LocalHttpServer.h"
#include "sandbox/SandboxServer.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace authdeck;

namespace {

QString what(const test::CliRun& r)
{
    return QStringLiteral("exit %1, stdout: %2, stderr: %3")
        .arg(r.exitCode)
        .arg(QString::fromUtf8(r.out), QString::fromUtf8(r.err));
}

const QByteArray Password = SandboxServer::AdminPassword;

} // namespace

class TestPasswordConnect : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<test::TempProfile> m_profile;
    std::unique_ptr<QTemporaryDir> m_files; // password and client secret, outside the profile
    std::unique_ptr<SandboxServer> m_sandbox;
    QByteArray m_allOutput;
    SandboxClient m_client;

    test::CliRun cli(const QStringList& args, bool json = false, const QByteArray& in = {})
    {
        QStringList all{QStringLiteral("--profile"), m_profile->path()};
        if (json)
            all << QStringLiteral("--json");
        test::CliRun r = test::runCli(all + args, in,
                                      {QStringLiteral("AUTHDECK_HTTP_TIMEOUT_MS=5000"),
                                       QStringLiteral("QT_LOGGING_RULES=authdeck.*=true")});
        m_allOutput += r.out + r.err;
        return r;
    }

    QString file(const QString& name, const QByteArray& content)
    {
        return test::writeFile(m_files->path(), name, content);
    }

    test::CliRun connect(const QByteArray& password, const QStringList& extra = {})
    {
        const QStringList args{QStringLiteral("connect"),
                               QStringLiteral("--provider"),
                               QStringLiteral("sandbox"),
                               QStringLiteral("--name"),
                               QStringLiteral("Sandbox admin"),
                               QStringLiteral("--username"),
                               QLatin1String(SandboxServer::AdminLogin),
                               QStringLiteral("--password-file"),
                               file(QStringLiteral("password"), password + '\n')};
        return cli(args + extra, true);
    }

    QJsonArray accounts()
    {
        const test::CliRun r = cli({QStringLiteral("accounts")}, true);
        return QJsonDocument::fromJson(r.out).array();
    }

    QString keyOf(const QString& accountId) const
    {
        return QStringLiteral("authdeck:%1:account:%2")
            .arg(Profile::open(m_profile->path())->id(), accountId);
    }

private Q_SLOTS:
    void init()
    {
        if (!test::keychainAvailable())
            QSKIP("needs the Secret Service keychain (run through the test command)");
        m_profile = std::make_unique<test::TempProfile>();
        m_files = std::make_unique<QTemporaryDir>();
        m_sandbox = std::make_unique<SandboxServer>();
        QString error;
        QVERIFY2(m_sandbox->start(&error), qPrintable(error));
        m_allOutput.clear();
        SandboxClient c;
        c.name = QStringLiteral("AuthDeck password grant");
        c.redirectUris = {QStringLiteral("http://127.0.0.1/callback")};
        m_client = m_sandbox->registerClient(c);

        // The CLI's catalog: the sandbox provider as a profile override.
        QVERIFY(QDir(m_profile->path()).mkpath(QStringLiteral("providers")));
        test::writeFile(m_profile->path() + QStringLiteral("/providers"),
                        QStringLiteral("sandbox.json"),
                        QJsonDocument(m_sandbox->providerJson()).toJson());
        const test::CliRun app =
            cli({QStringLiteral("apps"), QStringLiteral("add"), QStringLiteral("--provider"),
                 QStringLiteral("sandbox"), QStringLiteral("--scheme"), QStringLiteral("password"),
                 QStringLiteral("--name"), QStringLiteral("sandbox-grant-app"),
                 QStringLiteral("--client-id"), m_client.clientId,
                 QStringLiteral("--client-secret-file"),
                 file(QStringLiteral("client-secret"), m_client.clientSecret.toUtf8())});
        QVERIFY2(app.exitCode == 0, qPrintable(what(app)));
    }

    void cleanup()
    {
        m_sandbox.reset();
        m_files.reset();
        m_profile.reset();
    }

    void exchangesOnceKeepsTokensOnlyAndRefreshes()
    {
        const test::CliRun r = connect(Password);
        QVERIFY2(r.exitCode == 0, qPrintable(what(r)));
        const QJsonObject created = QJsonDocument::fromJson(r.out).object();
        const QString id = created[QStringLiteral("id")].toString();
        QVERIFY(!id.isEmpty());
        QCOMPARE(created[QStringLiteral("scheme")].toString(), QStringLiteral("password"));
        QVERIFY(!created[QStringLiteral("keeps_password")].toBool());
        QCOMPARE(m_sandbox->grantLog(), QStringList{QStringLiteral("password ok")});

        // The identity the sandbox knows for that user.
        const QJsonArray list = accounts();
        QCOMPARE(list.size(), 1);
        QVERIFY2(QJsonDocument(list).toJson().contains(SandboxServer::AdminUserId),
                 QJsonDocument(list).toJson().constData());

        // The keychain entry holds tokens, not the password.
        const QByteArray record = test::peekKeychainRecord(keyOf(id));
        const QJsonObject secrets = QJsonDocument::fromJson(record).object();
        QVERIFY2(!secrets[QStringLiteral("access_token")].toString().isEmpty(), record.constData());
        QVERIFY(!secrets[QStringLiteral("refresh_token")].toString().isEmpty());
        QVERIFY(!secrets.contains(QStringLiteral("password")));
        QVERIFY(!record.contains(Password));

        // Refresh like an OAuth account: a refresh_token grant, a new access token stored.
        const QString before = secrets[QStringLiteral("access_token")].toString();
        const test::CliRun refreshed = cli({QStringLiteral("refresh"), id});
        QVERIFY2(refreshed.exitCode == 0, qPrintable(what(refreshed)));
        QCOMPARE(m_sandbox->grantLog().last(), QStringLiteral("refresh_token ok"));
        const QJsonObject after =
            QJsonDocument::fromJson(test::peekKeychainRecord(keyOf(id))).object();
        QVERIFY(!after[QStringLiteral("access_token")].toString().isEmpty());
        QVERIFY(after[QStringLiteral("access_token")].toString() != before);

        const test::CliRun tested = cli({QStringLiteral("test"), id});
        QVERIFY2(tested.exitCode == 0, qPrintable(what(tested)));
        QVERIFY2(tested.out.contains(SandboxServer::AdminLogin), qPrintable(what(tested)));

        // The password appears nowhere: profile files, keychain, outputs and debug logs.
        QVERIFY2(!m_profile->allFileBytes().contains(Password),
                 m_profile->allFileBytes().constData());
        QVERIFY(!test::peekKeychainRecord(keyOf(id)).contains(Password));
        QVERIFY(!m_allOutput.contains(Password));
        QVERIFY2(m_allOutput.contains("exchanging a password"), m_allOutput.constData());
    }

    void wrongPasswordSavesNothing()
    {
        const test::CliRun r = connect("not-the-" + Password);
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains("password"), qPrintable(what(r)));
        QCOMPARE(m_sandbox->grantLog(), QStringList{QStringLiteral("password invalid_grant")});
        QCOMPARE(accounts().size(), 0);
        QVERIFY(!m_profile->allFileBytes().contains("access_token"));
        QVERIFY2(!m_allOutput.contains(Password), m_allOutput.constData());
    }

    void failedVerificationLeavesNothing()
    {
        // The grant succeeds, the identity call does not: no account, and the tokens just issued
        // are revoked at the sandbox.
        SandboxServer::Fault fault;
        fault.kind = SandboxServer::Fault::ServerError;
        fault.count = -1;
        fault.pathPrefix = QStringLiteral("/2.0/users/me");
        m_sandbox->setFault(fault);
        const test::CliRun r = connect(Password);
        QVERIFY2(r.exitCode == 4, qPrintable(what(r)));
        QCOMPARE(m_sandbox->grantLog(), QStringList{QStringLiteral("password ok")});
        QCOMPARE(accounts().size(), 0);
        QTRY_COMPARE(m_sandbox->revokeCount(), 1);
        QCOMPARE(m_sandbox->activeAccessTokenCount(), 0);
        QVERIFY(!m_profile->allFileBytes().contains("access_token"));
    }

    void providerWordsReachTheTerminalWithoutEscapes()
    {
        // A token endpoint that answers with ANSI and OSC escape sequences (an OSC 52 write to
        // the clipboard, a colour, a screen clear, a bidirectional override): the admin's
        // terminal sees the words, never the sequences.
        LocalHttpServer server;
        QVERIFY(server.listen());
        const QString hostile = QStringLiteral(
            "\x1b]52;c;cHduZWQ=\x07\x1b[31mbad password\x1b[0m\x1b[2J\u202ereversed\x9b");
        server.route("POST", QStringLiteral("/token"),
                     [&](const HttpServerRequest&, const HttpResponder& a) {
                         a.respondJson(400,
                                       QJsonObject{{QStringLiteral("error"),
                                                    QStringLiteral("invalid_grant\x1b[5m")},
                                                   {QStringLiteral("error_description"), hostile}});
                     });
        QJsonObject provider = m_sandbox->providerJson();
        QJsonObject schemes = provider.value(u"schemes").toObject();
        QJsonObject password = schemes.value(u"password").toObject();
        password.insert(QStringLiteral("token_url"),
                        server.baseUrl().toString() + QStringLiteral("/token"));
        schemes.insert(QStringLiteral("password"), password);
        provider.insert(QStringLiteral("schemes"), schemes);
        test::writeFile(m_profile->path() + QStringLiteral("/providers"),
                        QStringLiteral("sandbox.json"), QJsonDocument(provider).toJson());
        for (bool json : {false, true}) {
            const test::CliRun r = cli(
                {QStringLiteral("connect"), QStringLiteral("--provider"), QStringLiteral("sandbox"),
                 QStringLiteral("--name"), QStringLiteral("escapes"), QStringLiteral("--username"),
                 QLatin1String(SandboxServer::AdminLogin), QStringLiteral("--password-file"),
                 file(QStringLiteral("password"), "wrong\n")},
                json);
            QVERIFY2(r.exitCode == 3, qPrintable(what(r)));
            QVERIFY2(r.err.contains("bad password"), r.err.constData());
            for (const QByteArray& bad : {QByteArray("\x1b"), QByteArray("\x07"),
                                          QByteArray("\xe2\x80\xae"), QByteArray("\xc2\x9b")}) {
                QVERIFY2(!r.err.contains(bad), r.err.toHex().constData());
                QVERIFY2(!r.out.contains(bad), r.out.toHex().constData());
            }
        }
    }

    void withoutExchangeThePasswordIsKeptInTheKeychainOnly()
    {
        // A provider with no token exchange (schemes.basic): the verification call signs in with
        // HTTP Basic, and the password is kept in the keychain, nowhere else.
        const QByteArray kept = "basic-canary-Pw-77";
        LocalHttpServer server;
        QVERIFY(server.listen());
        int calls = 0;
        server.route(
            "GET", QStringLiteral("/me"), [&](const HttpServerRequest& r, const HttpResponder& a) {
                ++calls;
                const auto basic = r.basicAuth();
                if (!basic || basic->first != QLatin1String("admin")
                    || basic->second.toUtf8() != kept) {
                    a.respond(401, {{"WWW-Authenticate", "Basic realm=\"test\""}});
                    return;
                }
                a.respondJson(200, QJsonObject{{QStringLiteral("id"), QStringLiteral("7")},
                                               {QStringLiteral("login"), QStringLiteral("admin")}});
            });
        const QJsonObject provider{
            {QStringLiteral("schema"), 1},
            {QStringLiteral("id"), QStringLiteral("basic-test")},
            {QStringLiteral("name"), QStringLiteral("Basic Test")},
            {QStringLiteral("category"), QStringLiteral("crm")},
            {QStringLiteral("docs"), QStringLiteral("https://example.com/docs")},
            {QStringLiteral("custom_scopes"), false},
            {QStringLiteral("schemes"),
             QJsonObject{
                 {QStringLiteral("basic"),
                  QJsonObject{
                      {QStringLiteral("fields"),
                       QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("username")},
                                              {QStringLiteral("label"), QStringLiteral("User")}},
                                  QJsonObject{{QStringLiteral("name"), QStringLiteral("password")},
                                              {QStringLiteral("label"), QStringLiteral("Password")},
                                              {QStringLiteral("secret"), true}}}}}}}},
            {QStringLiteral("verify"),
             QJsonObject{
                 {QStringLiteral("url"), server.baseUrl().toString() + QStringLiteral("/me")},
                 {QStringLiteral("identity"),
                  QJsonObject{{QStringLiteral("id"), QStringLiteral("id")},
                              {QStringLiteral("login"), QStringLiteral("login")}}}}}};
        test::writeFile(m_profile->path() + QStringLiteral("/providers"),
                        QStringLiteral("basic-test.json"), QJsonDocument(provider).toJson());
        auto connectBasic = [&](const QByteArray& password) {
            return cli({QStringLiteral("connect"), QStringLiteral("--provider"),
                        QStringLiteral("basic-test"), QStringLiteral("--name"),
                        QStringLiteral("basic"), QStringLiteral("--username"),
                        QStringLiteral("admin"), QStringLiteral("--password-file"),
                        file(QStringLiteral("basic-password"), password)},
                       true);
        };

        const test::CliRun wrong = connectBasic("wrong-" + kept);
        QVERIFY2(wrong.exitCode == 3, qPrintable(what(wrong)));
        QVERIFY2(wrong.err.contains("password"), qPrintable(what(wrong)));
        QCOMPARE(accounts().size(), 0);

        const test::CliRun r = connectBasic(kept);
        QVERIFY2(r.exitCode == 0, qPrintable(what(r)));
        const QJsonObject created = QJsonDocument::fromJson(r.out).object();
        QVERIFY(created[QStringLiteral("keeps_password")].toBool());
        QVERIFY2(r.err.contains("keychain"), qPrintable(what(r))); // said so
        const QString id = created[QStringLiteral("id")].toString();
        const QJsonObject secrets =
            QJsonDocument::fromJson(test::peekKeychainRecord(keyOf(id))).object();
        QCOMPARE(secrets[QStringLiteral("password")].toString().toUtf8(), kept);

        const test::CliRun tested = cli({QStringLiteral("test"), id});
        QVERIFY2(tested.exitCode == 0, qPrintable(what(tested)));
        QCOMPARE(calls, 3);
        QCOMPARE(cli({QStringLiteral("token"), id}).exitCode, 2); // no token to hand out

        QVERIFY(!m_profile->allFileBytes().contains(kept));
        QVERIFY(!m_allOutput.contains(kept));
        QCOMPARE(m_sandbox->tokenRequestCount(), 0);
    }

    void anOAuthAppOfTheProviderServesAsClient()
    {
        // No password-grant registration, only the provider's OAuth 2.0 one (what --sandbox
        // sets up): its client sends the grant, and refreshes.
        QVERIFY(cli({QStringLiteral("apps"), QStringLiteral("remove"),
                     QStringLiteral("sandbox-grant-app")})
                    .exitCode
                == 0);
        const test::CliRun app =
            cli({QStringLiteral("apps"), QStringLiteral("add"), QStringLiteral("--provider"),
                 QStringLiteral("sandbox"), QStringLiteral("--name"), QStringLiteral("oauth-app"),
                 QStringLiteral("--client-id"), m_client.clientId,
                 QStringLiteral("--client-secret-file"),
                 file(QStringLiteral("client-secret"), m_client.clientSecret.toUtf8())});
        QVERIFY2(app.exitCode == 0, qPrintable(what(app)));
        const test::CliRun r = connect(Password);
        QVERIFY2(r.exitCode == 0, qPrintable(what(r)));
        const QString id = QJsonDocument::fromJson(r.out).object()[QStringLiteral("id")].toString();
        const test::CliRun refreshed = cli({QStringLiteral("refresh"), id});
        QVERIFY2(refreshed.exitCode == 0, qPrintable(what(refreshed)));
        QCOMPARE(m_sandbox->grantLog(),
                 (QStringList{QStringLiteral("password ok"), QStringLiteral("refresh_token ok")}));
    }

    void passwordFromStdin()
    {
        const test::CliRun r =
            cli({QStringLiteral("connect"), QStringLiteral("--provider"), QStringLiteral("sandbox"),
                 QStringLiteral("--name"), QStringLiteral("stdin"), QStringLiteral("--username"),
                 QLatin1String(SandboxServer::AdminLogin), QStringLiteral("--password-file"),
                 QStringLiteral("-")},
                false, Password + '\n');
        QVERIFY2(r.exitCode == 0, qPrintable(what(r)));
        QCOMPARE(accounts().size(), 1);
    }

    void refusals_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("says");
        const QStringList pw{QStringLiteral("--username"), QStringLiteral("u"),
                             QStringLiteral("--password-file"), QStringLiteral("PW")};
        QTest::newRow("no app registration")
            << (QStringList{QStringLiteral("--provider"), QStringLiteral("sugarcrm"),
                            QStringLiteral("--name"), QStringLiteral("crm"),
                            QStringLiteral("--host"), QStringLiteral("crm.example.com")}
                + pw)
            << 2 << "apps add";
        QTest::newRow("http host")
            << (QStringList{QStringLiteral("--provider"), QStringLiteral("sugarcrm"),
                            QStringLiteral("--name"), QStringLiteral("crm"),
                            QStringLiteral("--app"), QStringLiteral("sugar"),
                            QStringLiteral("--host"), QStringLiteral("http://crm.example.com")}
                + pw)
            << 2 << "http";
        QTest::newRow("keys provider")
            << (QStringList{QStringLiteral("--provider"), QStringLiteral("s3"),
                            QStringLiteral("--name"), QStringLiteral("x")}
                + pw)
            << 2 << "user name and password";
        QTest::newRow("no name")
            << (QStringList{QStringLiteral("--provider"), QStringLiteral("sandbox")} + pw) << 2
            << "--name";
    }

    void refusals()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QFETCH(QString, says);
        const test::CliRun app = cli(
            {QStringLiteral("apps"), QStringLiteral("add"), QStringLiteral("--provider"),
             QStringLiteral("sugarcrm"), QStringLiteral("--scheme"), QStringLiteral("password"),
             QStringLiteral("--name"), QStringLiteral("sugar"), QStringLiteral("--client-id"),
             QStringLiteral("sugar"), QStringLiteral("--host"), QStringLiteral("crm.example.com")});
        QVERIFY2(app.exitCode == 0, qPrintable(what(app)));
        const QString pwFile = file(QStringLiteral("password"), Password);
        args.replaceInStrings(QStringLiteral("PW"), pwFile);
        if (QByteArray(QTest::currentDataTag()) == "no app registration") {
            const test::CliRun removed =
                cli({QStringLiteral("apps"), QStringLiteral("remove"), QStringLiteral("sugar")});
            QVERIFY2(removed.exitCode == 0, qPrintable(what(removed)));
        }
        const test::CliRun r = cli(QStringList{QStringLiteral("connect")} + args);
        QVERIFY2(r.exitCode == exitCode, qPrintable(what(r)));
        QVERIFY2(r.err.contains(says.toUtf8()), qPrintable(what(r)));
        QCOMPARE(m_sandbox->tokenRequestCount(), 0);
        QCOMPARE(accounts().size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestPasswordConnect)
#include "tst_password_connect.moc"
