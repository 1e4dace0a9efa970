// The canary scan (issue 11): unique markers go into every kind of secret the CLI takes (client
// secrets, passwords, key and bundle passphrases, PEM bodies) or hands out (access and refresh
// tokens, PKCE code verifiers); every verb runs with all logging categories at debug; then
// stdout/stderr, the profile folders, the QSettings files under HOME, the temporary folder, and
// the command lines and environments of every process the CLI runs as (sampled from /proc while
// it runs) are scanned. A CLI killed by a crash signal while it holds secrets leaves no core file
// and no secret in its output. Any hit fails.
#include "FakeOAuthProvider.h"
#include "TestSupport.h"
#include "sandbox/SandboxServer.h"

#include <csignal>
#include <sys/resource.h>

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace authdeck;

namespace {

const QByteArray ClientSecret = "canary-client-secret-7f3a91";
const QByteArray BoxPassphrase = "canary-box-passphrase-5c2e08";
const QByteArray KeyPassphrase = "canary-key-passphrase-a41d77";
const QByteArray BundlePassphrase = "canary-bundle-passphrase-0be9c3";
const QByteArray Password = SandboxServer::AdminPassword; // the sandbox's one password

QString what(const test::CliRun& r)
{
    return QStringLiteral("exit %1\nstdout: %2\nstderr: %3")
        .arg(r.exitCode)
        .arg(QString::fromUtf8(r.out.left(2000)), QString::fromUtf8(r.err.right(1500)));
}

// A middle line of a PEM body: long enough to be unique, short enough to survive line wrapping.
QByteArray pemLine(const QByteArray& pem)
{
    const QList<QByteArray> lines = pem.split('\n');
    return lines.size() > 4 ? lines.at(lines.size() / 2) : QByteArray();
}

// The core-file line of a process's limits, whitespace simplified ("Max core file size 0 0
// bytes" once it turned core files off); empty when the process is gone.
QByteArray coreLimit(qint64 pid)
{
    QFile limits(QStringLiteral("/proc/%1/limits").arg(pid));
    if (!limits.open(QIODevice::ReadOnly))
        return {};
    for (const QByteArray& line : limits.readAll().split('\n')) {
        if (line.startsWith("Max core file size"))
            return line.simplified();
    }
    return {};
}

} // namespace

class TestCanaryScan : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void everyVerbLeaksNothing();
    void oauthLifecycleLeaksNothing();
    void crashLeavesNoCoreAndNoSecret();

private:
    test::CliRun cli(const QString& profile, QStringList args, const QByteArray& stdinData = {},
                     bool sandbox = true);
    QStringList cliEnv() const;
    void sampleProcessTree(qint64 root);
    QString secretFile(const QString& name, const QByteArray& content);
    void scanTree(const QString& root, const QString& label);
    void scanBytes(const QByteArray& bytes, const QString& where);

    QTemporaryDir m_scratch;
    QString m_home;
    QString m_tmp;
    QString m_secrets; // where the secret input files live (not scanned: they hold canaries)
    QByteArray m_output;
    QByteArray m_processes; // command lines and environments seen in /proc
    int m_samples = 0;
    QList<QByteArray> m_canaries;
};

void TestCanaryScan::initTestCase()
{
    if (!test::keychainAvailable())
        QSKIP("needs the Secret Service keychain (run through the test command)");
    QVERIFY(m_scratch.isValid());
    m_home = m_scratch.filePath(QStringLiteral("home"));
    m_tmp = m_scratch.filePath(QStringLiteral("tmp"));
    m_secrets = m_scratch.filePath(QStringLiteral("inputs"));
    for (const QString& d : {m_home, m_tmp, m_secrets})
        QVERIFY(QDir().mkpath(d));
}

QStringList TestCanaryScan::cliEnv() const
{
    return {QStringLiteral("QT_LOGGING_RULES=authdeck.*.debug=true"),
            QStringLiteral("XDG_CONFIG_HOME=") + m_home + QStringLiteral("/.config"),
            QStringLiteral("XDG_CACHE_HOME=") + m_home + QStringLiteral("/.cache"),
            QStringLiteral("XDG_DATA_HOME=") + m_home + QStringLiteral("/.local"),
            QStringLiteral("TMPDIR=") + m_tmp};
}

test::CliRun TestCanaryScan::cli(const QString& profile, QStringList args,
                                 const QByteArray& stdinData, bool sandbox)
{
    args.prepend(profile);
    args.prepend(QStringLiteral("--profile"));
    if (sandbox)
        args.prepend(QStringLiteral("--sandbox"));
    test::CliProcess p(args, cliEnv());
    if (!stdinData.isEmpty())
        p.write(stdinData);
    p.closeInput();
    // Sample the process tree while it runs (in-process servers keep answering meanwhile).
    QDeadlineTimer deadline(120000);
    while (p.isRunning() && !deadline.hasExpired()) {
        sampleProcessTree(p.pid());
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
        QThread::msleep(3);
    }
    return p.wait(1000);
}

// Appends the command line and environment of root and of every descendant of it to
// m_processes (the test runs as the same user, so /proc lets it read them).
void TestCanaryScan::sampleProcessTree(qint64 root)
{
    if (root <= 0)
        return;
    QHash<qint64, qint64> parentOf;
    const QStringList pids = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs);
    for (const QString& name : pids) {
        bool numeric = false;
        const qint64 pid = name.toLongLong(&numeric);
        if (!numeric)
            continue;
        QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
        if (!stat.open(QIODevice::ReadOnly))
            continue;
        const QByteArray line = stat.readAll();
        const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
        if (fields.size() > 1)
            parentOf.insert(pid, fields.at(1).toLongLong());
    }
    for (auto it = parentOf.cbegin(); it != parentOf.cend(); ++it) {
        qint64 p = it.key();
        for (int depth = 0; p > 1 && p != root && depth < 64; ++depth)
            p = parentOf.value(p, 0);
        if (p != root)
            continue;
        for (const char* what : {"cmdline", "environ"}) {
            QFile f(QStringLiteral("/proc/%1/%2").arg(it.key()).arg(QLatin1String(what)));
            if (f.open(QIODevice::ReadOnly)) {
                const QByteArray bytes = f.readAll();
                if (!bytes.isEmpty())
                    ++m_samples;
                m_processes += bytes + '\n';
            }
        }
    }
}

QString TestCanaryScan::secretFile(const QString& name, const QByteArray& content)
{
    return test::writeFile(m_secrets, name, content);
}

void TestCanaryScan::scanBytes(const QByteArray& bytes, const QString& where)
{
    for (const QByteArray& canary : std::as_const(m_canaries)) {
        QVERIFY2(!bytes.contains(canary),
                 qPrintable(QStringLiteral("secret %1... found in %2")
                                .arg(QString::fromLatin1(canary.left(12)), where)));
        // Nor encoded the usual ways.
        QVERIFY2(!bytes.contains(canary.toBase64()),
                 qPrintable(QStringLiteral("base64 of a secret in %1").arg(where)));
        QVERIFY2(!bytes.contains(canary.toPercentEncoding()),
                 qPrintable(QStringLiteral("percent-encoded secret in %1").arg(where)));
    }
}

void TestCanaryScan::scanTree(const QString& root, const QString& label)
{
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            continue; // sockets and the like
        scanBytes(f.readAll(), label + QLatin1Char(':') + QDir(root).relativeFilePath(path));
        if (QTest::currentTestFailed())
            return;
    }
}

void TestCanaryScan::everyVerbLeaksNothing()
{
    test::TempProfile a;
    test::TempProfile b;
    m_canaries = {ClientSecret, BoxPassphrase, KeyPassphrase, BundlePassphrase, Password};
    const auto run = [&](const QString& profile, const QStringList& args, int expectedExit = 0) {
        const test::CliRun r = cli(profile, args);
        m_output += r.out + r.err;
        QVERIFY2(r.exitCode == expectedExit, qPrintable(args.join(u' ') + u'\n' + what(r)));
    };
#define RUN(...)                                                                                   \
    do {                                                                                           \
        run(__VA_ARGS__);                                                                          \
        if (QTest::currentTestFailed())                                                            \
            return;                                                                                \
    } while (false)

    // A key pair with a passphrase (its PEM body is a secret too).
    const QString keyOut = m_secrets + QStringLiteral("/box-key.pem");
    RUN(a.path(),
        {QStringLiteral("keygen"), QStringLiteral("--bits"), QStringLiteral("2048"),
         QStringLiteral("--passphrase-file"), secretFile(QStringLiteral("keypass"), KeyPassphrase),
         QStringLiteral("--out"), keyOut});
    QFile keyFile(keyOut);
    QVERIFY(keyFile.open(QIODevice::ReadOnly));
    const QByteArray encryptedPem = keyFile.readAll();
    m_canaries.append(pemLine(encryptedPem));
    QVERIFY(!m_canaries.last().isEmpty());

    // An OAuth app with a client secret.
    RUN(a.path(), {QStringLiteral("apps"), QStringLiteral("add"), QStringLiteral("--provider"),
                   QStringLiteral("sandbox"), QStringLiteral("--name"),
                   QStringLiteral("canary-app"), QStringLiteral("--client-id"),
                   QStringLiteral("canary-client-id"), QStringLiteral("--client-secret-file"),
                   secretFile(QStringLiteral("clientsecret"), ClientSecret)});

    // A Box config.json: client secret, key passphrase, encrypted PEM.
    const QJsonObject box{
        {QStringLiteral("boxAppSettings"),
         QJsonObject{
             {QStringLiteral("clientID"), QStringLiteral("canaryboxclientid")},
             {QStringLiteral("clientSecret"), QString::fromLatin1(ClientSecret + "-box")},
             {QStringLiteral("appAuth"),
              QJsonObject{{QStringLiteral("publicKeyID"), QStringLiteral("kid1")},
                          {QStringLiteral("privateKey"), QString::fromLatin1(encryptedPem)},
                          {QStringLiteral("passphrase"), QString::fromLatin1(KeyPassphrase)}}}}},
        {QStringLiteral("enterpriseID"), QLatin1String(SandboxServer::DefaultEnterpriseId)}};
    RUN(a.path(), {QStringLiteral("apps"), QStringLiteral("import-box-config"),
                   secretFile(QStringLiteral("config.json"), QJsonDocument(box).toJson()),
                   QStringLiteral("--name"), QStringLiteral("canary-box")});

    // Username and password: the account's tokens join the canaries once known.
    RUN(a.path(),
        {QStringLiteral("connect"), QStringLiteral("--provider"), QStringLiteral("sandbox"),
         QStringLiteral("--app"), QStringLiteral("Sandbox app"), QStringLiteral("--name"),
         QStringLiteral("canary-pw"), QStringLiteral("--username"),
         QLatin1String(SandboxServer::AdminLogin), QStringLiteral("--password-file"),
         secretFile(QStringLiteral("password"), Password)});
    const test::CliRun token =
        cli(a.path(), {QStringLiteral("token"), QStringLiteral("canary-pw")});
    QVERIFY2(token.exitCode == 0, qPrintable(what(token)));
    const QByteArray accessToken = token.out.trimmed();
    QVERIFY(accessToken.size() >= 16);
    m_output += token.err; // its stdout is the token, as asked
    m_canaries.append(accessToken);
    RUN(a.path(), {QStringLiteral("accounts")});
    RUN(a.path(), {QStringLiteral("apps"), QStringLiteral("list")});

    // A bundle with secrets, imported into a second profile.
    const QString bundle = m_secrets + QStringLiteral("/bundle.json");
    const QString bundlePass = secretFile(QStringLiteral("bundlepass"), BundlePassphrase);
    RUN(a.path(),
        {QStringLiteral("export"), QStringLiteral("--out"), bundle,
         QStringLiteral("--passphrase-file"), bundlePass, QStringLiteral("--include-secrets")});
    QFile bundleFile(bundle);
    QVERIFY(bundleFile.open(QIODevice::ReadOnly));
    scanBytes(bundleFile.readAll(), QStringLiteral("the encrypted bundle"));
    RUN(b.path(),
        {QStringLiteral("import"), bundle, QStringLiteral("--passphrase-file"), bundlePass});
    // A wrong passphrase fails without echoing anything.
    RUN(b.path(),
        {QStringLiteral("import"), bundle, QStringLiteral("--passphrase-file"),
         secretFile(QStringLiteral("wrongpass"), BundlePassphrase + "-wrong")},
        6);

    // Every flow of the demo, with debug logging, against its own sandbox.
    RUN(a.path(), {QStringLiteral("demo")});

    RUN(a.path(), {QStringLiteral("disconnect"), QStringLiteral("canary-pw")});

    scanBytes(m_output, QStringLiteral("stdout/stderr"));
    scanTree(a.path(), QStringLiteral("profile"));
    scanTree(b.path(), QStringLiteral("imported profile"));
    scanTree(m_home, QStringLiteral("HOME (QSettings)"));
    scanTree(m_tmp, QStringLiteral("TMPDIR"));
    QVERIFY2(m_samples > 0, "no command line was sampled from /proc");
    scanBytes(m_processes, QStringLiteral("a command line or environment"));
}

// OAuth 2.0 with PKCE against a strict provider: its access and refresh tokens (all contain
// "canary"), the code verifiers it received and the client secret must appear nowhere.
void TestCanaryScan::oauthLifecycleLeaksNothing()
{
    test::TempProfile profile;
    test::FakeOAuthProvider provider;
    m_output.clear();
    m_processes.clear();
    m_samples = 0;
    m_canaries = {test::FakeOAuthProvider::ClientSecret};
    const auto run = [&](const QStringList& args) {
        const test::CliRun r = cli(profile.path(), args, {}, false);
        m_output += r.out + r.err;
        QVERIFY2(r.exitCode == 0, qPrintable(args.join(u' ') + u'\n' + what(r)));
    };
    run({QStringLiteral("apps"), QStringLiteral("add"), QStringLiteral("--provider"),
         QStringLiteral("box"), QStringLiteral("--name"), QStringLiteral("oauth-app"),
         QStringLiteral("--client-id"), QLatin1String(test::FakeOAuthProvider::ClientId),
         QStringLiteral("--client-secret-file"),
         secretFile(QStringLiteral("oauth-secret"), test::FakeOAuthProvider::ClientSecret),
         QStringLiteral("--authorize-url"), provider.url(QStringLiteral("/authorize")),
         QStringLiteral("--token-url"), provider.url(QStringLiteral("/token")),
         QStringLiteral("--revoke-url"), provider.url(QStringLiteral("/revoke")),
         QStringLiteral("--api-base"), provider.url(QStringLiteral("/2.0"))});
    QVERIFY(!QTest::currentTestFailed());

    test::CliProcess connect({QStringLiteral("--profile"), profile.path(),
                              QStringLiteral("connect"), QStringLiteral("--app"),
                              QStringLiteral("oauth-app"), QStringLiteral("--name"),
                              QStringLiteral("oauth-account"), QStringLiteral("--no-browser")},
                             cliEnv());
    connect.closeInput();
    const QString url = connect.firstLine(30000);
    QVERIFY2(url.startsWith(QStringLiteral("http")), qPrintable(url));
    sampleProcessTree(connect.pid()); // it now holds the client secret and the code verifier
    test::playBrowser(url);
    const test::CliRun connected = connect.wait(60000);
    m_output += connected.out + connected.err;
    QVERIFY2(connected.exitCode == 0, qPrintable(what(connected)));

    const test::CliRun token =
        cli(profile.path(), {QStringLiteral("token"), QStringLiteral("oauth-account")}, {}, false);
    QVERIFY2(token.exitCode == 0, qPrintable(what(token)));
    m_output += token.err; // its stdout is the token, as asked
    run({QStringLiteral("refresh"), QStringLiteral("oauth-account")});
    run({QStringLiteral("test"), QStringLiteral("oauth-account")});
    run({QStringLiteral("accounts")});
    run({QStringLiteral("disconnect"), QStringLiteral("oauth-account")});
    QVERIFY(!QTest::currentTestFailed());

    // Every token the provider issued (access and refresh, before and after the rotation) and
    // every code verifier it saw.
    QVERIFY(provider.issuedTokens.size() >= 4);
    QCOMPARE(provider.seenVerifiers.size(), 1);
    for (const QString& t : std::as_const(provider.issuedTokens))
        m_canaries.append(t.toUtf8());
    for (const QString& v : std::as_const(provider.seenVerifiers))
        m_canaries.append(v.toUtf8());
    QVERIFY(m_canaries.contains(token.out.trimmed()));

    scanBytes(m_output, QStringLiteral("stdout/stderr"));
    scanTree(profile.path(), QStringLiteral("profile"));
    scanTree(m_home, QStringLiteral("HOME (QSettings)"));
    scanTree(m_tmp, QStringLiteral("TMPDIR"));
    QVERIFY2(m_samples > 0, "no command line was sampled from /proc");
    scanBytes(m_processes, QStringLiteral("a command line or environment"));
}

// A CLI that crashes while it holds secrets (the client secret and a PKCE verifier, waiting for
// the browser) dumps no core and prints none of them, even when the shell allows core files; nor
// does the window's process.
void TestCanaryScan::crashLeavesNoCoreAndNoSecret()
{
    // Allow core files for the child as far as this process may: then only AuthDeck's own
    // hardening can be what stops them.
    struct rlimit core {};
    QCOMPARE(getrlimit(RLIMIT_CORE, &core), 0);
    const struct rlimit saved = core;
    core.rlim_cur = core.rlim_max;
    QCOMPARE(setrlimit(RLIMIT_CORE, &core), 0);
    if (core.rlim_cur == 0)
        QSKIP("core files are forbidden by the hard limit here, so there is nothing to prove");

    test::TempProfile profile;
    test::FakeOAuthProvider provider;
    m_canaries = {test::FakeOAuthProvider::ClientSecret};
    const test::CliRun added =
        cli(profile.path(),
            {QStringLiteral("apps"), QStringLiteral("add"), QStringLiteral("--provider"),
             QStringLiteral("box"), QStringLiteral("--name"), QStringLiteral("crash-app"),
             QStringLiteral("--client-id"), QLatin1String(test::FakeOAuthProvider::ClientId),
             QStringLiteral("--client-secret-file"),
             secretFile(QStringLiteral("crash-secret"), test::FakeOAuthProvider::ClientSecret),
             QStringLiteral("--authorize-url"), provider.url(QStringLiteral("/authorize")),
             QStringLiteral("--token-url"), provider.url(QStringLiteral("/token"))},
            {}, false);
    QVERIFY2(added.exitCode == 0, qPrintable(what(added)));

    // The crash happens in a folder of its own, where a core file would land ("core" pattern).
    const QString crashDir = m_scratch.filePath(QStringLiteral("crash"));
    QVERIFY(QDir().mkpath(crashDir));
    const QString previous = QDir::currentPath();
    QVERIFY(QDir::setCurrent(crashDir));
    for (const int signal : {SIGSEGV, SIGABRT}) {
        test::CliProcess p({QStringLiteral("--profile"), profile.path(), QStringLiteral("connect"),
                            QStringLiteral("--app"), QStringLiteral("crash-app"),
                            QStringLiteral("--no-browser")},
                           cliEnv());
        p.closeInput();
        const QString url = p.firstLine(30000);
        QVERIFY2(url.startsWith(QStringLiteral("http")), qPrintable(url));
        const QByteArray coreLine = coreLimit(p.pid());
        QVERIFY2(coreLine.startsWith("Max core file size 0 "), coreLine.constData());
        QCOMPARE(::kill(static_cast<pid_t>(p.pid()), signal), 0);
        const test::CliRun crashed = p.wait(30000);
        QCOMPARE(crashed.exitCode, -2); // died of the signal
        scanBytes(crashed.out + crashed.err, QStringLiteral("the crashed CLI's output"));
    }
    // The window's process too: it turns core files off first thing, before any secret is read.
    {
        QProcess gui;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home + QStringLiteral("/.config"));
        gui.setProcessEnvironment(env);
        gui.start(QStringLiteral(AUTHDECK_GUI_PATH), {QStringLiteral("--profile"), profile.path()});
        QVERIFY(gui.waitForStarted(10000));
        QByteArray coreLine;
        QDeadlineTimer deadline(20000);
        while (!coreLine.startsWith("Max core file size 0 ") && !deadline.hasExpired()
               && gui.state() == QProcess::Running) {
            coreLine = coreLimit(gui.processId());
            QThread::msleep(20);
        }
        QVERIFY2(coreLine.startsWith("Max core file size 0 "), coreLine.constData());
        QThread::msleep(500); // well into its start: the window, the keychain check
        QCOMPARE(::kill(static_cast<pid_t>(gui.processId()), SIGSEGV), 0);
        QVERIFY(gui.waitForFinished(20000));
        QCOMPARE(gui.exitStatus(), QProcess::CrashExit);
    }
    QVERIFY(QDir::setCurrent(previous));
    QVERIFY(setrlimit(RLIMIT_CORE, &saved) == 0);
    const QStringList left = QDir(crashDir).entryList(QDir::Files | QDir::Hidden);
    QVERIFY2(left.isEmpty(), qPrintable(left.join(u',')));
    scanTree(profile.path(), QStringLiteral("profile after the crash"));
}

QTEST_GUILESS_MAIN(TestCanaryScan)
#include "tst_canary_scan.moc"
