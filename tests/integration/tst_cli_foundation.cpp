// The real authdeck-cli binary: the catalog, app registrations in the real keychain, refusals and
// their exit codes, and several processes sharing one profile.
#include "ProfileSnapshot.h"
#include "TestSupport.h"

#include "cli/Cli.h"
#include "core/Profile.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>

#include <qt6keychain/keychain.h>

using namespace authdeck;

namespace {

QStringList base(const test::TempProfile& p, bool json = false)
{
    QStringList args{QStringLiteral("--profile"), p.path()};
    if (json)
        args << QStringLiteral("--json");
    return args;
}

QStringList appsAdd(const QString& name, const QString& provider = QStringLiteral("box"))
{
    return {QStringLiteral("apps"),        QStringLiteral("add"),
            QStringLiteral("--provider"),  provider,
            QStringLiteral("--name"),      name,
            QStringLiteral("--client-id"), QStringLiteral("client-") + name};
}

// Whether the profile holds a secret record under key (its database, opened with the key from
// the keychain, as an outsider with both would).
bool stored(const QString& profileDir, const QString& key)
{
    return !test::storedSecretRecord(profileDir, key).isEmpty();
}

QString what(const test::CliRun& r)
{
    return QStringLiteral("exit %1, stderr: %2").arg(r.exitCode).arg(QString::fromUtf8(r.err));
}

} // namespace

class TestCliFoundation : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void versionAloneAndWithOptions();
    void providersJson();
    void providersTable();
    void invalidOverrideIsNamedAndSkipped();
    void appsAddKeepsSecretInKeychainOnly();
    void appsRefusals_data();
    void appsRefusals();
    void missingSecretFileIsBadInput();
    void duplicateName();
    void concurrentAddsAllLand();
    void removeRefusedWhileInUseNeedsForce();
    void helpForEveryVerb();
    void unknownVerbAndOption();
    void secretsNeverOnCommandLine();

private:
    QString m_secretFile;
    QTemporaryDir m_scratch;
};

void TestCliFoundation::initTestCase()
{
    QVERIFY2(test::keychainAvailable(), "No Secret Service: run the tests with packaging/dev test");
    m_secretFile =
        test::writeFile(m_scratch.path(), QStringLiteral("secret.txt"), "cli-canary-Z8q2-secret\n");
}

void TestCliFoundation::providersJson()
{
    test::TempProfile p;
    const test::CliRun r = test::runCli(base(p, true) << QStringLiteral("providers"));
    QCOMPARE(r.exitCode, 0);
    const QJsonArray arr = QJsonDocument::fromJson(r.out).array();
    QCOMPARE(arr.size(), 10);
    QStringList ids;
    for (const QJsonValue& v : arr) {
        ids.append(v[QStringLiteral("id")].toString());
        QVERIFY(!v[QStringLiteral("name")].toString().isEmpty());
        QVERIFY(!v[QStringLiteral("schemes")].toArray().isEmpty());
    }
    for (const char* id : {"box", "google-drive", "onedrive", "dropbox", "salesforce", "s3",
                           "sugarcrm", "servicenow", "adobe-experience-manager"})
        QVERIFY2(ids.contains(QLatin1String(id)), id);
    const QJsonObject box = arr.at(ids.indexOf(QStringLiteral("box"))).toObject();
    const QJsonArray schemes = box[QStringLiteral("schemes")].toArray();
    QVERIFY(schemes.contains(QStringLiteral("oauth2")));
    QVERIFY(schemes.contains(QStringLiteral("jwt")));
    QVERIFY(r.err.isEmpty());
}

void TestCliFoundation::providersTable()
{
    test::TempProfile p;
    const test::CliRun r = test::runCli(base(p) << QStringLiteral("providers"));
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains("box"));
    QVERIFY(r.out.contains("oauth2, jwt, client_credentials"));
    QCOMPARE(r.out.count('\n'), 11); // header + ten providers
}

void TestCliFoundation::invalidOverrideIsNamedAndSkipped()
{
    test::TempProfile p;
    QDir().mkpath(p.file(QStringLiteral("providers")));
    test::writeFile(p.file(QStringLiteral("providers")), QStringLiteral("broken-acme.json"),
                    "{\"schema\": 1, \"id\": \"acme\", \"name\": \"Acme\"}");
    test::writeFile(
        p.file(QStringLiteral("providers")), QStringLiteral("acme2.json"),
        "{\"schema\": 1, \"id\": \"acme2\", \"name\": \"Acme Two\", \"category\": \"storage\","
        " \"docs\": \"https://acme.example/docs\","
        " \"schemes\": {\"oauth2\": {\"authorize_url\": \"https://acme.example/a\","
        " \"token_url\": \"https://acme.example/t\"}},"
        " \"verify\": {\"url\": \"https://acme.example/me\", \"identity\": {\"id\": \"id\"}}}");
    const test::CliRun r = test::runCli(base(p, true) << QStringLiteral("providers"));
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.err.contains("warning: broken-acme.json: category: is required; skipped."),
             r.err.constData());
    const QJsonArray arr = QJsonDocument::fromJson(r.out).array();
    QCOMPARE(arr.size(), 11);
    bool sawAcme2 = false;
    for (const QJsonValue& v : arr) {
        QVERIFY(v[QStringLiteral("id")].toString() != QLatin1String("acme"));
        sawAcme2 |= v[QStringLiteral("id")].toString() == QLatin1String("acme2");
    }
    QVERIFY(sawAcme2);
}

void TestCliFoundation::appsAddKeepsSecretInKeychainOnly()
{
    test::TempProfile p;
    const test::CliRun r =
        test::runCli(base(p, true) << appsAdd(QStringLiteral("Corp Box"))
                                   << QStringLiteral("--client-secret-file") << m_secretFile
                                   << QStringLiteral("--scope") << QStringLiteral("root_readwrite")
                                   << QStringLiteral("--scope") << QStringLiteral("manage_groups"));
    QVERIFY2(r.exitCode == 0, qPrintable(what(r)));
    const QJsonObject app = QJsonDocument::fromJson(r.out).object();
    const QString id = app[QStringLiteral("id")].toString();
    QVERIFY(!id.isEmpty());
    QCOMPARE(app[QStringLiteral("client_secret_stored")].toBool(), true);
    QCOMPARE(app[QStringLiteral("redirect_uri")].toString(),
             QStringLiteral("http://127.0.0.1/callback"));
    QCOMPARE(app[QStringLiteral("scopes")].toArray().size(), 2);

    QVERIFY(!p.allFileBytes().contains("cli-canary-Z8q2-secret"));
    QVERIFY(!r.out.contains("cli-canary") && !r.err.contains("cli-canary"));
    const QString key = QStringLiteral("authdeck:%1:app:%2").arg(Profile::open(p.path())->id(), id);
    QVERIFY(stored(p.path(), key));

    const test::CliRun show =
        test::runCli(base(p, true) << QStringLiteral("apps") << QStringLiteral("show")
                                   << QStringLiteral("Corp Box"));
    QCOMPARE(show.exitCode, 0);
    const QJsonObject shown = QJsonDocument::fromJson(show.out).object();
    QCOMPARE(shown[QStringLiteral("endpoints")][QStringLiteral("token_url")].toString(),
             QStringLiteral("https://api.box.com/oauth2/token"));
    QVERIFY(!show.out.contains("cli-canary"));

    const test::CliRun removed =
        test::runCli(base(p) << QStringLiteral("apps") << QStringLiteral("remove")
                             << QStringLiteral("Corp Box"));
    QVERIFY2(removed.exitCode == 0, qPrintable(what(removed)));
    QVERIFY(!stored(p.path(), key));
    const test::CliRun list =
        test::runCli(base(p, true) << QStringLiteral("apps") << QStringLiteral("list"));
    QCOMPARE(QJsonDocument::fromJson(list.out).array().size(), 0);
}

void TestCliFoundation::appsRefusals_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("says");
    QTest::newRow("unknown provider")
        << appsAdd(QStringLiteral("x"), QStringLiteral("nope")) << 2 << "nope";
    QTest::newRow("per-server without host")
        << appsAdd(QStringLiteral("x"), QStringLiteral("servicenow")) << 2 << "host";
    QTest::newRow("bad host") << (appsAdd(QStringLiteral("x"), QStringLiteral("servicenow"))
                                  << QStringLiteral("--host")
                                  << QStringLiteral("https://sn.example.com/path"))
                              << 2 << "host";
    QTest::newRow("port zero") << (appsAdd(QStringLiteral("x"))
                                   << QStringLiteral("--redirect-port") << QStringLiteral("0"))
                               << 2 << "1 to 65535";
    QTest::newRow("port too big") << (appsAdd(QStringLiteral("x")) << QStringLiteral(
                                          "--redirect-port") << QStringLiteral("70000"))
                                  << 2 << "1 to 65535";
    QTest::newRow("port not a number")
        << (appsAdd(QStringLiteral("x"))
            << QStringLiteral("--redirect-port") << QStringLiteral("abc"))
        << 2 << "1 to 65535";
    QTest::newRow("http to remote host")
        << (appsAdd(QStringLiteral("x"))
            << QStringLiteral("--token-url") << QStringLiteral("http://evil.example/token"))
        << 2 << "http";
    QTest::newRow("http to localhost name")
        << (appsAdd(QStringLiteral("x"))
            << QStringLiteral("--token-url") << QStringLiteral("http://localhost:8080/t"))
        << 2 << "http";
    QTest::newRow("no client id") << QStringList{QStringLiteral("apps"),
                                                 QStringLiteral("add"),
                                                 QStringLiteral("--provider"),
                                                 QStringLiteral("box"),
                                                 QStringLiteral("--name"),
                                                 QStringLiteral("x")}
                                  << 2 << "client ID";
    QTest::newRow("no name") << QStringList{QStringLiteral("apps"), QStringLiteral("add"),
                                            QStringLiteral("--provider"), QStringLiteral("box")}
                             << 2 << "--name";
    QTest::newRow("scheme not offered") << (appsAdd(QStringLiteral("x"), QStringLiteral("dropbox"))
                                            << QStringLiteral("--scheme") << QStringLiteral("jwt"))
                                        << 2 << "does not offer";
    QTest::newRow("show unknown app")
        << QStringList{QStringLiteral("apps"), QStringLiteral("show"), QStringLiteral("ghost")} << 2
        << "ghost";
    QTest::newRow("remove unknown app")
        << QStringList{QStringLiteral("apps"), QStringLiteral("remove"), QStringLiteral("ghost")}
        << 2 << "ghost";
}

void TestCliFoundation::appsRefusals()
{
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    QFETCH(QString, says);
    test::TempProfile p;
    const test::CliRun r = test::runCli(base(p) << args);
    QVERIFY2(r.exitCode == exitCode, qPrintable(what(r)));
    QVERIFY2(r.err.contains(says.toUtf8()), r.err.constData());
    QCOMPARE(r.err.count('\n'), 1); // one line names the cause
    QVERIFY(r.out.isEmpty());
    QVERIFY(!QFile::exists(p.file(QStringLiteral("profile.db")))); // nothing half-written
}

void TestCliFoundation::missingSecretFileIsBadInput()
{
    test::TempProfile p;
    const test::CliRun r = test::runCli(
        base(p) << appsAdd(QStringLiteral("x")) << QStringLiteral("--client-secret-file")
                << m_scratch.filePath(QStringLiteral("missing.txt")));
    QCOMPARE(r.exitCode, 6);
    QVERIFY(r.err.contains("client secret"));
    QVERIFY(!QFile::exists(p.file(QStringLiteral("profile.db"))));
    const QString empty = test::writeFile(m_scratch.path(), QStringLiteral("empty.txt"), "\n");
    const test::CliRun r2 = test::runCli(
        base(p) << appsAdd(QStringLiteral("x")) << QStringLiteral("--client-secret-file") << empty);
    QCOMPARE(r2.exitCode, 6);
    QVERIFY(r2.err.contains("empty"));
}

void TestCliFoundation::duplicateName()
{
    test::TempProfile p;
    QCOMPARE(test::runCli(base(p) << appsAdd(QStringLiteral("Same"))).exitCode, 0);
    const QByteArray before = p.allFileBytes();
    const test::CliRun r =
        test::runCli(base(p) << appsAdd(QStringLiteral("same"))
                             << QStringLiteral("--client-secret-file") << m_secretFile);
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains("already exists"));
    QCOMPARE(p.allFileBytes(), before);
}

void TestCliFoundation::concurrentAddsAllLand()
{
    test::TempProfile p;
    constexpr int Runs = 6;
    QList<QProcess*> procs;
    for (int i = 0; i < Runs; ++i) {
        auto* proc = new QProcess(this);
        proc->start(QStringLiteral(AUTHDECK_CLI_PATH),
                    base(p) << appsAdd(QStringLiteral("app-%1").arg(i))
                            << QStringLiteral("--client-secret-file") << m_secretFile);
        procs.append(proc);
    }
    for (QProcess* proc : procs) {
        QVERIFY(proc->waitForFinished(60000));
        QVERIFY2(proc->exitCode() == 0, proc->readAllStandardError().constData());
        proc->deleteLater();
    }
    const test::CliRun list =
        test::runCli(base(p, true) << QStringLiteral("apps") << QStringLiteral("list"));
    const QJsonArray apps = QJsonDocument::fromJson(list.out).array();
    QCOMPARE(apps.size(), Runs);
    for (const QJsonValue& a : apps)
        QVERIFY(stored(
            p.path(), QStringLiteral("authdeck:%1:app:%2")
                          .arg(Profile::open(p.path())->id(), a[QStringLiteral("id")].toString())));
    for (const QJsonValue& a : apps)
        test::runCli(base(p) << QStringLiteral("apps") << QStringLiteral("remove")
                             << a[QStringLiteral("name")].toString());
}

void TestCliFoundation::removeRefusedWhileInUseNeedsForce()
{
    test::TempProfile p;
    const test::CliRun added = test::runCli(base(p, true) << appsAdd(QStringLiteral("Used")));
    QCOMPARE(added.exitCode, 0);
    const QString appId =
        QJsonDocument::fromJson(added.out).object()[QStringLiteral("id")].toString();
    // An account using the app, written the way the engine writes it.
    QVERIFY(test::editProfile(p.path(), [&](QList<QJsonObject>&, QList<QJsonObject>& accounts) {
        accounts.append(QJsonObject{{QStringLiteral("id"), QStringLiteral("acc1")},
                                    {QStringLiteral("name"), QStringLiteral("Ops")},
                                    {QStringLiteral("provider"), QStringLiteral("box")},
                                    {QStringLiteral("scheme"), QStringLiteral("oauth2")},
                                    {QStringLiteral("app"), appId}});
    }));

    const test::CliRun refused = test::runCli(
        base(p) << QStringLiteral("apps") << QStringLiteral("remove") << QStringLiteral("Used"));
    QCOMPARE(refused.exitCode, 2);
    QVERIFY(refused.err.contains("Ops"));
    const test::CliRun forced =
        test::runCli(base(p) << QStringLiteral("apps") << QStringLiteral("remove")
                             << QStringLiteral("Used") << QStringLiteral("--force"));
    QCOMPARE(forced.exitCode, 0);
}

void TestCliFoundation::helpForEveryVerb()
{
    test::TempProfile p;
    const test::CliRun general = test::runCli({QStringLiteral("--help")});
    QCOMPARE(general.exitCode, 0);
    for (const cli::Verb& v : cli::Cli::verbs()) {
        QVERIFY2(general.out.contains(v.name.toUtf8()), qPrintable(v.name));
        QStringList args = v.name.split(QLatin1Char(' '));
        args << QStringLiteral("--help");
        const test::CliRun r = test::runCli(base(p) << args);
        QVERIFY2(r.exitCode == 0, qPrintable(v.name));
        QVERIFY2(r.out.startsWith("Usage: authdeck-cli"), qPrintable(v.name));
        QVERIFY2(r.out.contains(v.name.toUtf8()), qPrintable(v.name));
    }
    QVERIFY(!QFile::exists(p.file(QStringLiteral("profile.db"))));
}

void TestCliFoundation::unknownVerbAndOption()
{
    test::TempProfile p;
    const test::CliRun verb = test::runCli(base(p) << QStringLiteral("frobnicate"));
    QCOMPARE(verb.exitCode, 2);
    QVERIFY(verb.err.contains("frobnicate"));
    const test::CliRun option =
        test::runCli(base(p) << QStringLiteral("providers") << QStringLiteral("--colour"));
    QCOMPARE(option.exitCode, 2);
    QVERIFY(option.err.contains("colour"));
    const test::CliRun group = test::runCli(base(p) << QStringLiteral("apps"));
    QCOMPARE(group.exitCode, 2);
    QVERIFY(group.err.contains("apps add"));
    const test::CliRun json = test::runCli(base(p, true) << QStringLiteral("frobnicate"));
    QCOMPARE(QJsonDocument::fromJson(json.out)
                 .object()[QStringLiteral("error")][QStringLiteral("exit_code")]
                 .toInt(),
             2);
}

void TestCliFoundation::secretsNeverOnCommandLine()
{
    // There is no flag that takes a secret value itself.
    for (const cli::Verb& v : cli::Cli::verbs()) {
        for (const QCommandLineOption& o : v.options) {
            for (const QString& n : o.names()) {
                const bool secretish = n.contains(QLatin1String("secret"))
                                       || n.contains(QLatin1String("password"))
                                       || n.contains(QLatin1String("passphrase"))
                                       || n.contains(QLatin1String("token"));
                if (secretish && !o.valueName().isEmpty() && n != QLatin1String("token-url"))
                    QVERIFY2(n.endsWith(QLatin1String("-file")),
                             qPrintable(v.name + QStringLiteral(" --") + n));
            }
        }
    }
}

// `--version` alone takes a short path in main() (before Qt starts); with other options it goes
// through the parser. Both print the same line and touch no profile.
void TestCliFoundation::versionAloneAndWithOptions()
{
    test::TempProfile p;
    const QByteArray expected = "authdeck-cli " AUTHDECK_VERSION "\n";
    const test::CliRun alone = test::runCli({QStringLiteral("--version")});
    QCOMPARE(alone.exitCode, 0);
    QCOMPARE(alone.out, expected);
    QVERIFY(alone.err.isEmpty());
    const test::CliRun withProfile =
        test::runCli({QStringLiteral("--profile"), p.path(), QStringLiteral("--version")});
    QCOMPARE(withProfile.exitCode, 0);
    QCOMPARE(withProfile.out, expected);
    QVERIFY(!QFile::exists(p.path() + QStringLiteral("/profile.db")));
}

QTEST_GUILESS_MAIN(TestCliFoundation)
#include "tst_cli_foundation.moc"
