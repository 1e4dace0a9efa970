// The canary scan (issue 11): unique markers go into every kind of secret the CLI takes (client
// secrets, passwords, key and bundle passphrases, PEM bodies) or hands out (access tokens); every
// verb runs with all logging categories at debug; then stdout/stderr, the profile folders, the
// QSettings files under HOME, and the temporary folder are scanned. Any hit fails.
#include "TestSupport.h"
#include "sandbox/SandboxServer.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

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

} // namespace

class TestCanaryScan : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void everyVerbLeaksNothing();

private:
    test::CliRun cli(const QString& profile, QStringList args, const QByteArray& stdinData = {});
    QString secretFile(const QString& name, const QByteArray& content);
    void scanTree(const QString& root, const QString& label);
    void scanBytes(const QByteArray& bytes, const QString& where);

    QTemporaryDir m_scratch;
    QString m_home;
    QString m_tmp;
    QString m_secrets; // where the secret input files live (not scanned: they hold canaries)
    QByteArray m_output;
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

test::CliRun TestCanaryScan::cli(const QString& profile, QStringList args,
                                 const QByteArray& stdinData)
{
    args.prepend(profile);
    args.prepend(QStringLiteral("--profile"));
    args.prepend(QStringLiteral("--sandbox"));
    const QStringList env{QStringLiteral("QT_LOGGING_RULES=authdeck.*.debug=true"),
                          QStringLiteral("XDG_CONFIG_HOME=") + m_home + QStringLiteral("/.config"),
                          QStringLiteral("XDG_CACHE_HOME=") + m_home + QStringLiteral("/.cache"),
                          QStringLiteral("XDG_DATA_HOME=") + m_home + QStringLiteral("/.local"),
                          QStringLiteral("TMPDIR=") + m_tmp};
    return test::runCli(args, stdinData, env, 120000);
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
}

QTEST_GUILESS_MAIN(TestCanaryScan)
#include "tst_canary_scan.moc"
