// CLI parity for app registrations through the real authdeck-cli binary: "apps show" prints the
// resolved endpoints, the redirect URI to register and the scopes (and --json), and "apps add"
// refuses what it must with exit code 2 and a message that names the problem. Apps without
// secrets never touch the keychain, so these run anywhere.
#include "TestSupport.h"

#include <QDir>
#include <QFile>
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

} // namespace

class TestCliParity : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<test::TempProfile> m_profile;

    test::CliRun cli(const QStringList& args, bool json = false)
    {
        QStringList all{QStringLiteral("--profile"), m_profile->path()};
        if (json)
            all << QStringLiteral("--json");
        return test::runCli(all + args);
    }

    test::CliRun add(const QStringList& extra)
    {
        return cli(QStringList{QStringLiteral("apps"), QStringLiteral("add")} + extra);
    }

    int appCount()
    {
        const test::CliRun r = cli({QStringLiteral("apps"), QStringLiteral("list")}, true);
        return QJsonDocument::fromJson(r.out).array().size();
    }

private Q_SLOTS:
    void init() { m_profile = std::make_unique<test::TempProfile>(); }
    void cleanup() { m_profile.reset(); }

    void showPrintsEndpointsRedirectAndScopes()
    {
        const test::CliRun a = add({QStringLiteral("--provider"), QStringLiteral("box"),
                                    QStringLiteral("--name"), QStringLiteral("Team Box"),
                                    QStringLiteral("--client-id"), QStringLiteral("abc123"),
                                    QStringLiteral("--scope"), QStringLiteral("root_readonly"),
                                    QStringLiteral("--scope"), QStringLiteral("manage_groups"),
                                    QStringLiteral("--redirect-port"), QStringLiteral("8765")});
        QVERIFY2(a.exitCode == 0, qPrintable(what(a)));

        const test::CliRun text =
            cli({QStringLiteral("apps"), QStringLiteral("show"), QStringLiteral("Team Box")});
        QVERIFY2(text.exitCode == 0, qPrintable(what(text)));
        const QString out = QString::fromUtf8(text.out);
        QVERIFY2(out.contains(QStringLiteral("https://account.box.com/api/oauth2/authorize")),
                 qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("https://api.box.com/oauth2/token")), qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("http://127.0.0.1:8765/callback")), qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("root_readonly manage_groups")), qPrintable(out));
        QVERIFY(out.contains(QStringLiteral("abc123")));

        const test::CliRun json =
            cli({QStringLiteral("apps"), QStringLiteral("show"), QStringLiteral("team box")}, true);
        QVERIFY2(json.exitCode == 0, qPrintable(what(json)));
        const QJsonObject o = QJsonDocument::fromJson(json.out).object();
        QCOMPARE(o.value(u"name").toString(), QStringLiteral("Team Box"));
        QCOMPARE(o.value(u"redirect_uri").toString(),
                 QStringLiteral("http://127.0.0.1:8765/callback"));
        const QJsonObject e = o.value(u"endpoints").toObject();
        QCOMPARE(e.value(u"token_url").toString(),
                 QStringLiteral("https://api.box.com/oauth2/token"));
        QVERIFY(e.value(u"authorize_url").toString().startsWith(QStringLiteral("https://")));
        const QJsonArray scopes = o.value(u"scopes").toArray();
        QCOMPARE(scopes.size(), 2);
        QCOMPARE(scopes.at(0).toString(), QStringLiteral("root_readonly"));
        QCOMPARE(o.value(u"client_secret_stored").toBool(true), false);
    }

    void showResolvesPerServerHostAndOverrides()
    {
        const test::CliRun a = add(
            {QStringLiteral("--provider"), QStringLiteral("servicenow"), QStringLiteral("--name"),
             QStringLiteral("snow"), QStringLiteral("--client-id"), QStringLiteral("sn-client"),
             QStringLiteral("--host"), QStringLiteral("Acme.Service-Now.com"),
             QStringLiteral("--token-url"), QStringLiteral("https://sso.acme.example/token")});
        QVERIFY2(a.exitCode == 0, qPrintable(what(a)));
        const test::CliRun json =
            cli({QStringLiteral("apps"), QStringLiteral("show"), QStringLiteral("snow")}, true);
        QVERIFY2(json.exitCode == 0, qPrintable(what(json)));
        const QJsonObject o = QJsonDocument::fromJson(json.out).object();
        const QJsonObject e = o.value(u"endpoints").toObject();
        // The template took the (normalized) host; the override replaced the token URL.
        QVERIFY2(
            e.value(u"authorize_url").toString().contains(QStringLiteral("acme.service-now.com")),
            json.out.constData());
        QCOMPARE(e.value(u"token_url").toString(),
                 QStringLiteral("https://sso.acme.example/token"));
        QVERIFY(o.value(u"redirect_uri").toString().startsWith(QStringLiteral("http://127.0.0.1")));
    }

    void showUnknownApp()
    {
        const test::CliRun r =
            cli({QStringLiteral("apps"), QStringLiteral("show"), QStringLiteral("nope")});
        QVERIFY2(r.exitCode != 0, qPrintable(what(r)));
        QVERIFY2(r.err.contains("nope"), qPrintable(what(r)));
    }

    void refusals_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("says");

        const QString P = QStringLiteral("--provider");
        const QString N = QStringLiteral("--name");
        const QString C = QStringLiteral("--client-id");
        QTest::newRow("unknown provider")
            << QStringList{P, QStringLiteral("dropbux"), N, QStringLiteral("x"),
                           C, QStringLiteral("c")}
            << QStringLiteral("Unknown provider \"dropbux\"");
        QTest::newRow("per-server provider without host")
            << QStringList{P, QStringLiteral("servicenow"), N, QStringLiteral("x"),
                           C, QStringLiteral("c")}
            << QStringLiteral("--host");
        QTest::newRow("redirect port 0") << QStringList{P,
                                                        QStringLiteral("box"),
                                                        N,
                                                        QStringLiteral("x"),
                                                        C,
                                                        QStringLiteral("c"),
                                                        QStringLiteral("--redirect-port"),
                                                        QStringLiteral("0")}
                                         << QStringLiteral("1 to 65535");
        QTest::newRow("redirect port 65536") << QStringList{P,
                                                            QStringLiteral("box"),
                                                            N,
                                                            QStringLiteral("x"),
                                                            C,
                                                            QStringLiteral("c"),
                                                            QStringLiteral("--redirect-port"),
                                                            QStringLiteral("65536")}
                                             << QStringLiteral("1 to 65535");
        QTest::newRow("redirect port not a number")
            << QStringList{P,
                           QStringLiteral("box"),
                           N,
                           QStringLiteral("x"),
                           C,
                           QStringLiteral("c"),
                           QStringLiteral("--redirect-port"),
                           QStringLiteral("http")}
            << QStringLiteral("1 to 65535");
        QTest::newRow("duplicate name (any case)")
            << QStringList{P, QStringLiteral("dropbox"), N, QStringLiteral("EXISTING"),
                           C, QStringLiteral("c")}
            << QStringLiteral("already exists");
        QTest::newRow("plain http to a remote token URL")
            << QStringList{P,
                           QStringLiteral("box"),
                           N,
                           QStringLiteral("x"),
                           C,
                           QStringLiteral("c"),
                           QStringLiteral("--token-url"),
                           QStringLiteral("http://auth.example.com/token")}
            << QStringLiteral("plain http to auth.example.com");
        QTest::newRow("plain http to a remote authorize URL")
            << QStringList{P,
                           QStringLiteral("box"),
                           N,
                           QStringLiteral("x"),
                           C,
                           QStringLiteral("c"),
                           QStringLiteral("--authorize-url"),
                           QStringLiteral("http://10.1.2.3/authorize")}
            << QStringLiteral("plain http");
        QTest::newRow("missing provider")
            << QStringList{N, QStringLiteral("x"), C, QStringLiteral("c")}
            << QStringLiteral("--provider is required");
    }

    void refusals()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, says);
        const test::CliRun first =
            add({QStringLiteral("--provider"), QStringLiteral("box"), QStringLiteral("--name"),
                 QStringLiteral("existing"), QStringLiteral("--client-id"), QStringLiteral("c")});
        QVERIFY2(first.exitCode == 0, qPrintable(what(first)));
        QCOMPARE(appCount(), 1);

        const test::CliRun r = add(args);
        QVERIFY2(r.exitCode == 2, qPrintable(what(r)));
        QVERIFY2(QString::fromUtf8(r.err).contains(says), qPrintable(what(r)));
        QVERIFY2(r.out.isEmpty(), qPrintable(what(r)));
        QCOMPARE(appCount(), 1); // nothing was registered

        // --json: the same refusal as an object with the exit code.
        const test::CliRun j =
            cli(QStringList{QStringLiteral("apps"), QStringLiteral("add")} + args, true);
        QCOMPARE(j.exitCode, 2);
        const QJsonObject e = QJsonDocument::fromJson(j.out).object().value(u"error").toObject();
        QCOMPARE(e.value(u"kind").toString(), QStringLiteral("usage"));
        QCOMPARE(e.value(u"exit_code").toInt(), 2);
    }

    void policyForbidsProvidersAndSchemes()
    {
        const QString policy = test::writeFile(
            m_profile->path(), QStringLiteral("policy.json"),
            "{\"providers\": {\"deny\": [\"dropbox\"]}, \"schemes\": {\"deny\": [\"password\"]},"
            " \"exports_may_include_secrets\": false}");
        const QStringList env{QStringLiteral("AUTHDECK_POLICY_FILE=") + policy};
        const QStringList base{QStringLiteral("--profile"), m_profile->path()};

        // The catalog no longer offers Dropbox; Box stays.
        const test::CliRun list = test::runCli(
            base + QStringList{QStringLiteral("--json"), QStringLiteral("providers")}, {}, env);
        QVERIFY2(list.exitCode == 0, qPrintable(what(list)));
        QVERIFY2(!list.out.contains("\"dropbox\""), list.out.constData());
        QVERIFY2(list.out.contains("\"box\""), list.out.constData());
        const test::CliRun free = cli({QStringLiteral("--json"), QStringLiteral("providers")});
        QVERIFY(free.out.contains("\"dropbox\""));

        const test::CliRun add =
            test::runCli(base
                             + QStringList{QStringLiteral("apps"), QStringLiteral("add"),
                                           QStringLiteral("--provider"), QStringLiteral("dropbox"),
                                           QStringLiteral("--name"), QStringLiteral("d"),
                                           QStringLiteral("--client-id"), QStringLiteral("c")},
                         {}, env);
        QVERIFY2(add.exitCode == 2, qPrintable(what(add)));
        QVERIFY2(add.err.contains("managed by your organization"), qPrintable(what(add)));
        QVERIFY2(add.err.contains(policy.toUtf8()), qPrintable(what(add)));

        const test::CliRun password = test::runCli(
            base
                + QStringList{QStringLiteral("apps"), QStringLiteral("add"),
                              QStringLiteral("--provider"), QStringLiteral("sugarcrm"),
                              QStringLiteral("--host"), QStringLiteral("crm.example.com"),
                              QStringLiteral("--scheme"), QStringLiteral("password"),
                              QStringLiteral("--name"), QStringLiteral("p"),
                              QStringLiteral("--client-id"), QStringLiteral("c")},
            {}, env);
        QVERIFY2(password.exitCode == 2, qPrintable(what(password)));
        QVERIFY2(password.err.contains("managed by your organization"), qPrintable(what(password)));
        QCOMPARE(appCount(), 0);
    }

    void policyKeepsBuiltinEndpoints()
    {
        const QString policy =
            test::writeFile(m_profile->path(), QStringLiteral("policy.json"),
                            "{\"providers\": {\"allow\": [\"box\", \"servicenow\"]}}");
        const QStringList env{QStringLiteral("AUTHDECK_POLICY_FILE=") + policy};
        const QStringList base{QStringLiteral("--profile"), m_profile->path()};
        // A file in the profile that gives Box someone else's token endpoint.
        const QString dir = m_profile->file(QStringLiteral("providers"));
        QVERIFY(QDir().mkpath(dir));
        QFile builtin(QStringLiteral(":/providers/box.json"));
        QVERIFY(builtin.open(QIODevice::ReadOnly));
        QByteArray box = builtin.readAll();
        box.replace("https://api.box.com/oauth2/token", "https://collector.example.net/token");
        const QString boxFile = test::writeFile(dir, QStringLiteral("box.json"), box);

        // The app's own endpoints are refused, naming the policy; nothing is registered.
        for (const char* flag : {"--authorize-url", "--token-url", "--revoke-url", "--api-base"}) {
            const test::CliRun r = test::runCli(
                base
                    + QStringList{QStringLiteral("apps"), QStringLiteral("add"),
                                  QStringLiteral("--provider"), QStringLiteral("box"),
                                  QStringLiteral("--name"), QStringLiteral("own"),
                                  QStringLiteral("--client-id"), QStringLiteral("c"),
                                  QLatin1String(flag), QStringLiteral("https://sso.example.net/x")},
                {}, env);
            QVERIFY2(r.exitCode == 2, qPrintable(what(r)));
            QVERIFY2(r.err.contains("built-in endpoints only"), qPrintable(what(r)));
            QVERIFY2(r.err.contains(policy.toUtf8()), qPrintable(what(r)));
        }
        QCOMPARE(appCount(), 0);

        // Box as built in: the profile's box.json is ignored, and the warning names it once.
        const test::CliRun add =
            test::runCli(base
                             + QStringList{QStringLiteral("apps"), QStringLiteral("add"),
                                           QStringLiteral("--provider"), QStringLiteral("box"),
                                           QStringLiteral("--name"), QStringLiteral("plain"),
                                           QStringLiteral("--client-id"), QStringLiteral("c")},
                         {}, env);
        QVERIFY2(add.exitCode == 0, qPrintable(what(add)));
        QCOMPARE(add.err.count(boxFile.toUtf8()), 1);
        const test::CliRun show =
            test::runCli(base
                             + QStringList{QStringLiteral("--json"), QStringLiteral("apps"),
                                           QStringLiteral("show"), QStringLiteral("plain")},
                         {}, env);
        QVERIFY2(show.exitCode == 0, qPrintable(what(show)));
        QCOMPARE(QJsonDocument::fromJson(show.out)
                     .object()
                     .value(u"endpoints")
                     .toObject()
                     .value(u"token_url")
                     .toString(),
                 QStringLiteral("https://api.box.com/oauth2/token"));

        // A per-server provider still takes the admin's own server.
        const test::CliRun snow = test::runCli(
            base
                + QStringList{QStringLiteral("apps"), QStringLiteral("add"),
                              QStringLiteral("--provider"), QStringLiteral("servicenow"),
                              QStringLiteral("--name"), QStringLiteral("snow"),
                              QStringLiteral("--client-id"), QStringLiteral("c"),
                              QStringLiteral("--host"), QStringLiteral("acme.service-now.com")},
            {}, env);
        QVERIFY2(snow.exitCode == 0, qPrintable(what(snow)));
        QCOMPARE(appCount(), 2);
    }

    void brokenPolicyDeniesAndSaysWhere()
    {
        // "allow" as a string, on line 3: every provider is denied, and every verb says why.
        const QString policy = test::writeFile(m_profile->path(), QStringLiteral("policy.json"),
                                               "{\n  \"providers\": {\n    \"allow\": "
                                               "\"box\"\n  }\n}\n");
        const QStringList env{QStringLiteral("AUTHDECK_POLICY_FILE=") + policy};
        const QStringList base{QStringLiteral("--profile"), m_profile->path()};
        const test::CliRun list = test::runCli(
            base + QStringList{QStringLiteral("--json"), QStringLiteral("providers")}, {}, env);
        QVERIFY2(list.exitCode == 0, qPrintable(what(list)));
        QCOMPARE(QJsonDocument::fromJson(list.out).array().size(), 0);
        QCOMPARE(list.err.count(policy.toUtf8() + " is not valid: line 3:"), 1);

        const test::CliRun add =
            test::runCli(base
                             + QStringList{QStringLiteral("apps"), QStringLiteral("add"),
                                           QStringLiteral("--provider"), QStringLiteral("box"),
                                           QStringLiteral("--name"), QStringLiteral("b"),
                                           QStringLiteral("--client-id"), QStringLiteral("c")},
                         {}, env);
        QVERIFY2(add.exitCode == 2, qPrintable(what(add)));
        QCOMPARE(add.err.count("line 3:"), 1);
        QVERIFY2(add.err.contains("allows no provider"), qPrintable(what(add)));
        QCOMPARE(appCount(), 0);

        // A missing file at the configured place is no policy at all.
        const test::CliRun none = test::runCli(
            base + QStringList{QStringLiteral("--json"), QStringLiteral("providers")}, {},
            {QStringLiteral("AUTHDECK_POLICY_FILE=") + m_profile->file(QStringLiteral("none"))});
        QVERIFY2(none.exitCode == 0 && none.err.isEmpty(), qPrintable(what(none)));
        QVERIFY(QJsonDocument::fromJson(none.out).array().size() >= 9);
    }

    void loopbackHttpIsAccepted()
    {
        const test::CliRun r =
            add({QStringLiteral("--provider"), QStringLiteral("box"), QStringLiteral("--name"),
                 QStringLiteral("local"), QStringLiteral("--client-id"), QStringLiteral("c"),
                 QStringLiteral("--token-url"), QStringLiteral("http://127.0.0.1:9/token")});
        QVERIFY2(r.exitCode == 0, qPrintable(what(r)));
        QCOMPARE(appCount(), 1);
    }
};

QTEST_GUILESS_MAIN(TestCliParity)
#include "tst_cli_parity.moc"
