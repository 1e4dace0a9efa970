// Config bundles through the real authdeck-cli binary and the real keychain, against the
// in-process sandbox: export with secrets, import into a fresh profile and mint a JWT token with
// the imported key; wrong passphrase, flipped byte, truncation and unknown version are exit 6 and
// leave the profile as it was; skip and rename on re-import; a bundle without secrets marks what
// it lacks. Needs the keychain: run inside packaging/test-session.sh.
#include "TestSupport.h"

#include "bundle/BundleFormat.h"
#include "crypto/RsaKey.h"
#include "sandbox/SandboxServer.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <sys/stat.h>

using namespace authdeck;
using namespace authdeck::crypto;

namespace {

const QByteArray BundlePassphrase = "bundle-passphrase-canary-5521";
const QByteArray KeyPassphrase = "box-config-passphrase-canary-77";
const QByteArray OAuthSecret = "oauth-client-secret-canary-3141";
const QString Kid = QStringLiteral("kid0bndl");

QString what(const test::CliRun& r)
{
    return QStringLiteral("exit %1, stdout: %2, stderr: %3")
        .arg(r.exitCode)
        .arg(QString::fromUtf8(r.out), QString::fromUtf8(r.err));
}

int fileMode(const QString& path)
{
    struct stat st {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return -1;
    return int(st.st_mode & 0777);
}

QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void writeBytes(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(bytes);
}

} // namespace

class TestBundleCli : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void roundTripRestoresAndMints();
    void refusalsLeaveTheProfileAlone_data();
    void refusalsLeaveTheProfileAlone();
    void reimportSkipAndRename();
    void withoutSecretsMarksNeedsCredentials();

private:
    std::unique_ptr<test::TempProfile> newProfile();
    test::CliRun cli(const test::TempProfile& p, QStringList args, bool json = true);
    QString profileState(const test::TempProfile& p);
    QString exportBundle(const test::TempProfile& p, bool secrets);
    void prepareSource();

    std::unique_ptr<SandboxServer> m_sandbox;
    std::unique_ptr<test::TempProfile> m_source;
    QTemporaryDir m_scratch;
    QString m_passFile;
    QString m_accountId;
    QByteArray m_pem;
    QString m_secretBundle;
    int m_files = 0;
};

std::unique_ptr<test::TempProfile> TestBundleCli::newProfile()
{
    auto p = std::make_unique<test::TempProfile>();
    QDir().mkpath(p->file(QStringLiteral("providers")));
    QFile f(p->file(QStringLiteral("providers/sandbox.json")));
    if (f.open(QIODevice::WriteOnly))
        f.write(QJsonDocument(m_sandbox->providerJson()).toJson());
    return p;
}

test::CliRun TestBundleCli::cli(const test::TempProfile& p, QStringList args, bool json)
{
    QStringList all{QStringLiteral("--profile"), p.path()};
    if (json)
        all << QStringLiteral("--json");
    all += args;
    test::CliProcess process(all);
    process.closeInput();
    return process.wait(120000);
}

// What the CLI shows of a profile: its apps and accounts.
QString TestBundleCli::profileState(const test::TempProfile& p)
{
    const test::CliRun apps = cli(p, {QStringLiteral("apps"), QStringLiteral("list")});
    const test::CliRun accounts = cli(p, {QStringLiteral("accounts")});
    return QString::fromUtf8(apps.out + accounts.out);
}

void TestBundleCli::initTestCase()
{
    QVERIFY2(test::keychainAvailable(), "No Secret Service: run inside packaging/test-session.sh");
    m_sandbox = std::make_unique<SandboxServer>();
    QVERIFY(m_sandbox->start());
    Result<RsaKey> key = RsaKey::generate(2048);
    QVERIFY(key.ok());
    Result<QByteArray> pem =
        key->toEncryptedPkcs8Pem(SecretBytes(KeyPassphrase), RsaKey::MinPbkdf2Iterations);
    QVERIFY(pem.ok());
    m_pem = *pem;
    SandboxClient client;
    client.name = QStringLiteral("Bundle test app");
    client.publicKeys.insert(Kid, key->publicKeyPem());
    client = m_sandbox->registerClient(client);

    m_passFile =
        test::writeFile(m_scratch.path(), QStringLiteral("bundle-pass"), BundlePassphrase + '\n');
    m_source = newProfile();
    const QJsonObject config{
        {QStringLiteral("boxAppSettings"),
         QJsonObject{
             {QStringLiteral("clientID"), client.clientId},
             {QStringLiteral("clientSecret"), client.clientSecret},
             {QStringLiteral("appAuth"),
              QJsonObject{{QStringLiteral("publicKeyID"), Kid},
                          {QStringLiteral("privateKey"), QString::fromLatin1(m_pem)},
                          {QStringLiteral("passphrase"), QString::fromLatin1(KeyPassphrase)}}}}},
        {QStringLiteral("enterpriseID"), QString::fromLatin1(SandboxServer::DefaultEnterpriseId)}};
    const QString configFile = test::writeFile(m_scratch.path(), QStringLiteral("config.json"),
                                               QJsonDocument(config).toJson());
    test::CliRun r =
        cli(*m_source, {QStringLiteral("apps"), QStringLiteral("import-box-config"), configFile,
                        QStringLiteral("--name"), QStringLiteral("Sandbox JWT"),
                        QStringLiteral("--provider"), QStringLiteral("sandbox")});
    QVERIFY2(r.exitCode == 0, qPrintable(what(r)));
    r = cli(*m_source,
            {QStringLiteral("connect"), QStringLiteral("--app"), QStringLiteral("Sandbox JWT"),
             QStringLiteral("--subject"), QStringLiteral("enterprise")});
    QVERIFY2(r.exitCode == 0, qPrintable(what(r)));
    m_accountId = QJsonDocument::fromJson(r.out).object().value(u"id").toString();
    QVERIFY(!m_accountId.isEmpty());

    const QString secretFile =
        test::writeFile(m_scratch.path(), QStringLiteral("oauth-secret"), OAuthSecret);
    r = cli(*m_source,
            {QStringLiteral("apps"), QStringLiteral("add"), QStringLiteral("--provider"),
             QStringLiteral("sandbox"), QStringLiteral("--name"), QStringLiteral("Sandbox OAuth"),
             QStringLiteral("--client-id"), QStringLiteral("oauth-client-1"),
             QStringLiteral("--client-secret-file"), secretFile});
    QVERIFY2(r.exitCode == 0, qPrintable(what(r)));

    m_secretBundle = exportBundle(*m_source, true);
    QVERIFY(!m_secretBundle.isEmpty());
}

QString TestBundleCli::exportBundle(const test::TempProfile& p, bool secrets)
{
    const QString out = m_scratch.filePath(QStringLiteral("bundle-%1.json").arg(++m_files));
    QStringList args{QStringLiteral("export"), QStringLiteral("--out"), out,
                     QStringLiteral("--passphrase-file"), m_passFile};
    if (secrets)
        args << QStringLiteral("--include-secrets");
    const test::CliRun r = cli(p, args);
    if (r.exitCode != 0) {
        qWarning() << what(r);
        return {};
    }
    return out;
}

void TestBundleCli::roundTripRestoresAndMints()
{
    // The file: 0600, reviewable config, no secret in plain text.
    QCOMPARE(fileMode(m_secretBundle), 0600);
    const QByteArray bytes = readAll(m_secretBundle);
    QVERIFY(bytes.contains("\"Sandbox JWT\""));
    QVERIFY(bytes.contains("\"Sandbox OAuth\""));
    QVERIFY(bytes.contains("\"aes-256-gcm\""));
    QVERIFY(!bytes.contains(OAuthSecret));
    QVERIFY(!bytes.contains(BundlePassphrase));
    QVERIFY(!bytes.contains(KeyPassphrase));
    QVERIFY(!bytes.contains("PRIVATE KEY"));
    QVERIFY(!bytes.contains(OAuthSecret.toBase64().left(16)));

    auto target = newProfile();
    test::CliRun r = cli(*target, {QStringLiteral("import"), m_secretBundle,
                                   QStringLiteral("--passphrase-file"), m_passFile});
    QVERIFY2(r.exitCode == 0, qPrintable(what(r)));
    const QJsonArray items = QJsonDocument::fromJson(r.out).object().value(u"items").toArray();
    QCOMPARE(items.size(), 3);
    for (const QJsonValue& v : items) {
        QCOMPARE(v.toObject().value(u"action").toString(), QStringLiteral("added"));
        QVERIFY(!v.toObject().value(u"needs_credentials").toBool());
    }

    r = cli(*target, {QStringLiteral("apps"), QStringLiteral("list")});
    QVERIFY2(r.exitCode == 0, qPrintable(what(r)));
    const QJsonArray apps = QJsonDocument::fromJson(r.out).array();
    QCOMPARE(apps.size(), 2);
    r = cli(*target, {QStringLiteral("accounts")});
    const QJsonArray accounts = QJsonDocument::fromJson(r.out).array();
    QCOMPARE(accounts.size(), 1);
    QCOMPARE(accounts.at(0).toObject().value(u"id").toString(), m_accountId);
    QCOMPARE(accounts.at(0).toObject().value(u"status").toString(), QStringLiteral("ok"));

    // The imported key works: the sandbox mints a new token for the imported account.
    const qsizetype jwtOkBefore = m_sandbox->grantLog().count(QStringLiteral("jwt ok"));
    r = cli(*target, {QStringLiteral("refresh"), m_accountId});
    QVERIFY2(r.exitCode == 0, qPrintable(what(r)));
    QCOMPARE(m_sandbox->grantLog().count(QStringLiteral("jwt ok")), jwtOkBefore + 1);
    r = cli(*target, {QStringLiteral("token"), m_accountId}, false);
    QVERIFY2(r.exitCode == 0 && !r.out.trimmed().isEmpty(), qPrintable(what(r)));

    // The imported OAuth app's client secret is in the keychain, not in the profile.
    QVERIFY(!target->allFileBytes().contains(OAuthSecret));
    const test::CliRun shown = cli(
        *target, {QStringLiteral("apps"), QStringLiteral("show"), QStringLiteral("Sandbox OAuth")});
    QVERIFY2(shown.exitCode == 0, qPrintable(what(shown)));
    QVERIFY2(shown.out.contains("\"client_secret_stored\": true"), shown.out.constData());
}

void TestBundleCli::refusalsLeaveTheProfileAlone_data()
{
    QTest::addColumn<QString>("damage");
    QTest::addColumn<QString>("named");
    QTest::newRow("wrong passphrase") << "passphrase"
                                      << "passphrase";
    QTest::newRow("flipped ciphertext byte") << "flip-ciphertext"
                                             << "altered or damaged";
    QTest::newRow("flipped config byte") << "flip-config"
                                         << "altered or damaged";
    QTest::newRow("truncated") << "truncate"
                               << "altered or damaged";
    QTest::newRow("unknown version") << "version"
                                     << "unknown format version";
    // 1 GiB and seconds of scrypt before the passphrase could be checked: refused unread.
    QTest::newRow("hostile scrypt cost") << "cost"
                                         << "scrypt cost 2^20 (log2_n) is above the limit";
}

void TestBundleCli::refusalsLeaveTheProfileAlone()
{
    QFETCH(QString, damage);
    QFETCH(QString, named);
    auto target = newProfile();
    // A profile that already holds something, to show it stays as it was.
    const QString secretFile =
        test::writeFile(m_scratch.path(), QStringLiteral("other-secret"), "other-secret-1");
    test::CliRun r = cli(*target, {QStringLiteral("apps"), QStringLiteral("add"),
                                   QStringLiteral("--provider"), QStringLiteral("sandbox"),
                                   QStringLiteral("--name"), QStringLiteral("Existing"),
                                   QStringLiteral("--client-id"), QStringLiteral("existing-1"),
                                   QStringLiteral("--client-secret-file"), secretFile});
    QVERIFY2(r.exitCode == 0, qPrintable(what(r)));
    const QString before = profileState(*target);
    const QByteArray filesBefore = target->allFileBytes();

    QByteArray bytes = readAll(m_secretBundle);
    QString pass = m_passFile;
    if (damage == QLatin1String("passphrase")) {
        pass = test::writeFile(m_scratch.path(), QStringLiteral("wrong-pass"),
                               "not-the-bundle-passphrase\n");
    } else if (damage == QLatin1String("flip-ciphertext")) {
        const qsizetype at = bytes.indexOf("\"ciphertext\": \"") + 20;
        bytes[at] = char(bytes[at] ^ 0x01);
    } else if (damage == QLatin1String("flip-config")) {
        const qsizetype at = bytes.indexOf("Sandbox OAuth");
        bytes[at + 3] = char(bytes[at + 3] ^ 0x01);
    } else if (damage == QLatin1String("truncate")) {
        bytes.chop(bytes.size() / 3);
    } else if (damage == QLatin1String("cost")) {
        QJsonObject doc = QJsonDocument::fromJson(bytes).object();
        QJsonObject secrets = doc.value(u"secrets").toObject();
        QJsonObject kdf = secrets.value(u"kdf").toObject();
        kdf.insert(QStringLiteral("log2_n"), 20);
        secrets.insert(QStringLiteral("kdf"), kdf);
        doc.insert(QStringLiteral("secrets"), secrets);
        Result<QByteArray> encoded = bundle::BundleFormat::encode(doc);
        QVERIFY(encoded.ok());
        bytes = *encoded;
    } else {
        QJsonObject doc = QJsonDocument::fromJson(bytes).object();
        doc.insert(QStringLiteral("version"), 2);
        Result<QByteArray> encoded = bundle::BundleFormat::encode(doc);
        QVERIFY(encoded.ok());
        bytes = *encoded;
    }
    const QString file = m_scratch.filePath(QStringLiteral("damaged-%1.json").arg(++m_files));
    writeBytes(file, bytes);

    r = cli(*target, {QStringLiteral("import"), file, QStringLiteral("--passphrase-file"), pass},
            false);
    QCOMPARE(r.exitCode, 6);
    QVERIFY2(r.err.contains(named.toUtf8()), r.err.constData());
    QCOMPARE(r.err.count("error:"), 1);  // one line naming the cause
    if (damage == QLatin1String("cost")) // ... and the file
        QVERIFY2(r.err.contains(QFile::encodeName(file)), r.err.constData());
    QCOMPARE(profileState(*target), before);
    QCOMPARE(target->allFileBytes(), filesBefore);
}

void TestBundleCli::reimportSkipAndRename()
{
    auto target = newProfile();
    test::CliRun r = cli(*target, {QStringLiteral("import"), m_secretBundle,
                                   QStringLiteral("--passphrase-file"), m_passFile});
    QVERIFY2(r.exitCode == 0, qPrintable(what(r)));
    const QString once = profileState(*target);

    r = cli(*target, {QStringLiteral("import"), m_secretBundle, QStringLiteral("--passphrase-file"),
                      m_passFile, QStringLiteral("--on-conflict"), QStringLiteral("skip")});
    QVERIFY2(r.exitCode == 0, qPrintable(what(r)));
    for (const QJsonValue& v : QJsonDocument::fromJson(r.out).object().value(u"items").toArray())
        QCOMPARE(v.toObject().value(u"action").toString(), QStringLiteral("skipped"));
    QCOMPARE(profileState(*target), once);

    r = cli(*target, {QStringLiteral("import"), m_secretBundle, QStringLiteral("--passphrase-file"),
                      m_passFile, QStringLiteral("--on-conflict"), QStringLiteral("rename")});
    QVERIFY2(r.exitCode == 0, qPrintable(what(r)));
    r = cli(*target, {QStringLiteral("apps"), QStringLiteral("list")});
    QStringList names;
    for (const QJsonValue& v : QJsonDocument::fromJson(r.out).array())
        names.append(v.toObject().value(u"name").toString());
    names.sort();
    QCOMPARE(names,
             (QStringList{QStringLiteral("Sandbox JWT"), QStringLiteral("Sandbox JWT (2)"),
                          QStringLiteral("Sandbox OAuth"), QStringLiteral("Sandbox OAuth (2)")}));
    r = cli(*target, {QStringLiteral("accounts")});
    const QJsonArray accounts = QJsonDocument::fromJson(r.out).array();
    QCOMPARE(accounts.size(), 2);
    QString copyId;
    QString copyApp;
    for (const QJsonValue& v : accounts) {
        if (v.toObject().value(u"id").toString() != m_accountId) {
            copyId = v.toObject().value(u"id").toString();
            copyApp = v.toObject().value(u"app").toString();
            QVERIFY(v.toObject().value(u"name").toString().endsWith(QLatin1String(" (2)")));
        }
    }
    QVERIFY(!copyId.isEmpty());
    // The renamed copy uses the renamed app, whose key came along too: it mints.
    r = cli(*target, {QStringLiteral("apps"), QStringLiteral("show"), copyApp});
    QVERIFY2(r.out.contains("Sandbox JWT (2)"), qPrintable(what(r)));
    r = cli(*target, {QStringLiteral("refresh"), copyId});
    QVERIFY2(r.exitCode == 0, qPrintable(what(r)));
}

void TestBundleCli::withoutSecretsMarksNeedsCredentials()
{
    const QString clear = exportBundle(*m_source, false);
    QVERIFY(!clear.isEmpty());
    QCOMPARE(fileMode(clear), 0600);
    const QByteArray bytes = readAll(clear);
    QVERIFY(!bytes.contains("\"secrets\""));
    QVERIFY(!bytes.contains(OAuthSecret));

    auto target = newProfile();
    // No passphrase needed for a bundle without secrets.
    test::CliRun r = cli(*target, {QStringLiteral("import"), clear});
    QVERIFY2(r.exitCode == 0, qPrintable(what(r)));
    QVERIFY2(r.err.contains("needs credentials"), r.err.constData());
    int needing = 0;
    for (const QJsonValue& v : QJsonDocument::fromJson(r.out).object().value(u"items").toArray())
        needing += v.toObject().value(u"needs_credentials").toBool() ? 1 : 0;
    QCOMPARE(needing, 3);
    r = cli(*target, {QStringLiteral("accounts")});
    QCOMPARE(QJsonDocument::fromJson(r.out).array().at(0).toObject().value(u"status").toString(),
             QStringLiteral("needs_credentials"));
    r = cli(*target,
            {QStringLiteral("apps"), QStringLiteral("show"), QStringLiteral("Sandbox JWT")});
    QVERIFY2(r.out.contains("\"needs_credentials\": true"), qPrintable(what(r)));
}

QTEST_GUILESS_MAIN(TestBundleCli)
#include "tst_bundle_cli.moc"
