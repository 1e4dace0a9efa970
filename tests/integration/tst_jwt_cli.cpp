// Server authentication through the real authdeck-cli binary, against the test's own Box-like
// loopback server (FakeBoxServer) answering in this process while the CLI runs as a child:
// keygen, apps import-box-config / export-box-config, connect --subject, the clock-skew retry and
// Box's refusals. Needs the keychain: run inside packaging/test-session.sh.
#include "FakeBoxServer.h"
#include "HostileKeyFiles.h"
#include "TestSupport.h"

#include "crypto/OpenSslPtr.h"
#include "crypto/RsaKey.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

#include <openssl/objects.h>
#include <openssl/pem.h>
#include <openssl/x509.h>

#include <sys/stat.h>

using namespace authdeck;
using namespace authdeck::crypto;

namespace {

const QByteArray Passphrase = "box-config-passphrase-canary-91";

// Like test::runCli, but the event loop keeps running meanwhile so the in-process server answers.
// extraEnv entries are NAME=VALUE.
test::CliRun runCliLive(const QStringList& args, int timeoutMs = 90000,
                        const QStringList& extraEnv = {})
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString& e : extraEnv)
        env.insert(e.section(QLatin1Char('='), 0, 0), e.section(QLatin1Char('='), 1));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(AUTHDECK_CLI_PATH), args);
    QSignalSpy finished(&p, &QProcess::finished);
    test::CliRun r;
    if (!p.waitForStarted(10000))
        return r;
    p.closeWriteChannel();
    if (!finished.wait(timeoutMs)) {
        p.kill();
        p.waitForFinished(5000);
        r.err = "timed out";
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

QString what(const test::CliRun& r)
{
    return QStringLiteral("exit %1, stdout: %2, stderr: %3")
        .arg(r.exitCode)
        .arg(QString::fromUtf8(r.out), QString::fromUtf8(r.err));
}

long pbkdf2Iterations(const QByteArray& pem)
{
    BioPtr bio = readBio(pem);
    X509SigPtr sig(PEM_read_bio_PKCS8(bio.get(), nullptr, nullptr, nullptr));
    if (!sig)
        return -1;
    const X509_ALGOR* scheme = nullptr;
    X509_SIG_get0(sig.get(), &scheme, nullptr);
    const ASN1_OBJECT* oid = nullptr;
    int type = 0;
    const void* value = nullptr;
    X509_ALGOR_get0(&oid, &type, &value, scheme);
    if (OBJ_obj2nid(oid) != NID_pbes2 || type != V_ASN1_SEQUENCE)
        return -2;
    const auto* seq = static_cast<const ASN1_STRING*>(value);
    const unsigned char* p = ASN1_STRING_get0_data(seq);
    OpenSslPtr<PBE2PARAM, PBE2PARAM_free> pbe2(d2i_PBE2PARAM(nullptr, &p, ASN1_STRING_length(seq)));
    if (!pbe2)
        return -3;
    X509_ALGOR_get0(&oid, &type, &value, pbe2->keyfunc);
    if (OBJ_obj2nid(oid) != NID_id_pbkdf2 || type != V_ASN1_SEQUENCE)
        return -4;
    const auto* kdfSeq = static_cast<const ASN1_STRING*>(value);
    p = ASN1_STRING_get0_data(kdfSeq);
    OpenSslPtr<PBKDF2PARAM, PBKDF2PARAM_free> kdf(
        d2i_PBKDF2PARAM(nullptr, &p, ASN1_STRING_length(kdfSeq)));
    return kdf ? ASN1_INTEGER_get(kdf->iter) : -5;
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

} // namespace

class TestJwtCli : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void keygenWritesEncryptedKey();
    void keygenRefusals();
    void importHappyPath();
    void importIncomplete_data();
    void importIncomplete();
    void importWrongPassphrase();
    void importHostileKeyCost();
    void exportRoundTrip();
    void connectEnterprise();
    void connectAsUser();
    void clockSkewRetry();
    void unauthorizedClientIsExit3();
    void unknownKidNamesPublicKeyId();
    void policyRefusesSecretExports();
    void policyRefusesForbiddenAccounts();

private:
    QJsonObject configJson() const;
    QString writeConfig(const QByteArray& content);
    QStringList base(bool json = false) const;
    test::CliRun import(const QString& name, const QString& file);

    std::unique_ptr<test::TempProfile> m_profile;
    std::unique_ptr<test::FakeBoxServer> m_box;
    std::optional<RsaKey> m_key;
    QByteArray m_encryptedPem;
    QTemporaryDir m_scratch;
    int m_files = 0;
};

void TestJwtCli::initTestCase()
{
    QVERIFY2(test::keychainAvailable(), "No Secret Service: run inside packaging/test-session.sh");
    Result<RsaKey> key = RsaKey::generate(2048);
    QVERIFY(key.ok());
    m_key = *key;
    // A config.json as the console writes it; the minimum iteration count keeps the test quick.
    Result<QByteArray> pem =
        key->toEncryptedPkcs8Pem(SecretBytes(Passphrase), RsaKey::MinPbkdf2Iterations);
    QVERIFY(pem.ok());
    m_encryptedPem = *pem;
}

void TestJwtCli::init()
{
    m_profile = std::make_unique<test::TempProfile>();
    m_box = std::make_unique<test::FakeBoxServer>();
    Result<RsaKey> pub = RsaKey::fromPublicPem(m_key->publicKeyPem());
    QVERIFY(pub.ok());
    m_box->publicKey = *pub;
    QVERIFY(m_box->start());
}

QStringList TestJwtCli::base(bool json) const
{
    QStringList args{QStringLiteral("--profile"), m_profile->path()};
    if (json)
        args << QStringLiteral("--json");
    return args;
}

QJsonObject TestJwtCli::configJson() const
{
    return QJsonObject{
        {QStringLiteral("boxAppSettings"),
         QJsonObject{
             {QStringLiteral("clientID"), m_box->clientId},
             {QStringLiteral("clientSecret"), m_box->clientSecret},
             {QStringLiteral("appAuth"),
              QJsonObject{{QStringLiteral("publicKeyID"), m_box->publicKeyId},
                          {QStringLiteral("privateKey"), QString::fromLatin1(m_encryptedPem)},
                          {QStringLiteral("passphrase"), QString::fromLatin1(Passphrase)}}}}},
        {QStringLiteral("enterpriseID"), m_box->enterpriseId}};
}

QString TestJwtCli::writeConfig(const QByteArray& content)
{
    return test::writeFile(m_scratch.path(), QStringLiteral("config-%1.json").arg(++m_files),
                           content);
}

test::CliRun TestJwtCli::import(const QString& name, const QString& file)
{
    return runCliLive(base(true) << QStringLiteral("apps") << QStringLiteral("import-box-config")
                                 << file << QStringLiteral("--name") << name
                                 << QStringLiteral("--token-url") << m_box->tokenUrl()
                                 << QStringLiteral("--api-base") << m_box->apiBase());
}

void TestJwtCli::keygenWritesEncryptedKey()
{
    const QString pass =
        test::writeFile(m_scratch.path(), QStringLiteral("kg-pass"), "keygen-passphrase-canary\n");
    const QString out = m_scratch.filePath(QStringLiteral("kg-private.pem"));
    const QString pubOut = m_scratch.filePath(QStringLiteral("kg-public.pem"));
    const test::CliRun r =
        test::runCli({QStringLiteral("keygen"), QStringLiteral("--bits"), QStringLiteral("2048"),
                      QStringLiteral("--passphrase-file"), pass, QStringLiteral("--out"), out,
                      QStringLiteral("--public-out"), pubOut});
    QVERIFY2(r.exitCode == 0, qPrintable(what(r)));
    QVERIFY(QRegularExpression(QStringLiteral("^SHA256:([0-9A-F]{2}:){31}[0-9A-F]{2}\n$"))
                .match(QString::fromLatin1(r.out))
                .hasMatch());
    QCOMPARE(fileMode(out), 0600);
    const QByteArray pem = readAll(out);
    QVERIFY(pem.startsWith("-----BEGIN ENCRYPTED PRIVATE KEY-----"));
    QVERIFY(!pem.contains("keygen-passphrase-canary"));
    QVERIFY(pbkdf2Iterations(pem) >= 600000);
    // It opens with the passphrase and yields the written public key, and the fingerprint is its.
    Result<RsaKey> key = RsaKey::fromPem(SecretBytes(pem), SecretBytes("keygen-passphrase-canary"));
    QVERIFY(key.ok());
    QCOMPARE(key->bits(), 2048);
    QCOMPARE(readAll(pubOut), key->publicKeyPem());
    QCOMPARE(QString::fromLatin1(r.out).trimmed(),
             QStringLiteral("SHA256:") + key->fingerprintSha256().hex);
    QVERIFY(!RsaKey::fromPem(SecretBytes(pem), SecretBytes("wrong")).ok());

    // Acceptance 1: openssl itself opens it with -passin.
    const QString openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
    if (openssl.isEmpty())
        QSKIP("no openssl binary for the cross-check");
    QProcess p;
    p.start(openssl, {QStringLiteral("pkey"), QStringLiteral("-in"), out, QStringLiteral("-passin"),
                      QStringLiteral("file:") + pass, QStringLiteral("-pubout")});
    QVERIFY(p.waitForFinished(30000));
    QCOMPARE(p.exitCode(), 0);
    QCOMPARE(p.readAllStandardOutput(), key->publicKeyPem());
}

void TestJwtCli::keygenRefusals()
{
    const QString pass =
        test::writeFile(m_scratch.path(), QStringLiteral("kg2-pass"), "another-passphrase-123\n");
    const QString existing =
        test::writeFile(m_scratch.path(), QStringLiteral("kg2-existing.pem"), "keep me\n");
    test::CliRun r = test::runCli({QStringLiteral("keygen"), QStringLiteral("--passphrase-file"),
                                   pass, QStringLiteral("--out"), existing});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("already exists"), r.err.constData());
    QCOMPARE(readAll(existing), QByteArray("keep me\n"));

    r = test::runCli({QStringLiteral("keygen"), QStringLiteral("--bits"), QStringLiteral("1024"),
                      QStringLiteral("--passphrase-file"), pass, QStringLiteral("--out"),
                      m_scratch.filePath(QStringLiteral("kg2-new.pem"))});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(!QFile::exists(m_scratch.filePath(QStringLiteral("kg2-new.pem"))));

    r = test::runCli({QStringLiteral("keygen"), QStringLiteral("--out"),
                      m_scratch.filePath(QStringLiteral("kg2-new.pem"))});
    QCOMPARE(r.exitCode, 2); // no passphrase file
}

void TestJwtCli::importHappyPath()
{
    const QString file = writeConfig(QJsonDocument(configJson()).toJson());
    const test::CliRun r = import(QStringLiteral("Corp JWT"), file);
    QVERIFY2(r.exitCode == 0, qPrintable(what(r)));
    const QJsonObject app = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(app.value(u"scheme").toString(), QStringLiteral("jwt"));
    QCOMPARE(app.value(u"client_id").toString(), m_box->clientId);
    QCOMPARE(app.value(u"public_key_id").toString(), m_box->publicKeyId);
    QCOMPARE(app.value(u"enterprise_id").toString(), m_box->enterpriseId);
    QVERIFY(app.value(u"private_key_stored").toBool());
    QVERIFY(app.value(u"client_secret_stored").toBool());
    // No secret in the profile: not the client secret, the passphrase, nor any key material.
    const QByteArray bytes = m_profile->allFileBytes();
    QVERIFY(!bytes.isEmpty());
    QVERIFY(!bytes.contains(m_box->clientSecret.toLatin1()));
    QVERIFY(!bytes.contains(Passphrase));
    QVERIFY(!bytes.contains("PRIVATE KEY"));
    QVERIFY(!bytes.contains(m_encryptedPem.mid(40, 40)));
}

void TestJwtCli::importIncomplete_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("named");
    QJsonObject full = configJson();
    auto without = [&](const QString& outer, const QString& inner, const QString& key) {
        QJsonObject root = full;
        if (outer.isEmpty()) {
            root.remove(key);
            return QJsonDocument(root).toJson();
        }
        QJsonObject settings = root.value(outer).toObject();
        if (inner.isEmpty()) {
            settings.remove(key);
        } else {
            QJsonObject auth = settings.value(inner).toObject();
            auth.remove(key);
            settings.insert(inner, auth);
        }
        root.insert(outer, settings);
        return QJsonDocument(root).toJson();
    };
    const QString s = QStringLiteral("boxAppSettings");
    const QString a = QStringLiteral("appAuth");
    QTest::newRow("no publicKeyID")
        << without(s, a, QStringLiteral("publicKeyID")) << "boxAppSettings.appAuth.publicKeyID";
    QTest::newRow("no privateKey")
        << without(s, a, QStringLiteral("privateKey")) << "boxAppSettings.appAuth.privateKey";
    QTest::newRow("no passphrase")
        << without(s, a, QStringLiteral("passphrase")) << "boxAppSettings.appAuth.passphrase";
    QTest::newRow("no clientSecret")
        << without(s, {}, QStringLiteral("clientSecret")) << "boxAppSettings.clientSecret";
    QTest::newRow("no clientID") << without(s, {}, QStringLiteral("clientID"))
                                 << "boxAppSettings.clientID";
    QTest::newRow("no appAuth") << without(s, {}, QStringLiteral("appAuth"))
                                << "boxAppSettings.appAuth";
    QTest::newRow("no enterpriseID")
        << without({}, {}, QStringLiteral("enterpriseID")) << "enterpriseID";
    const QByteArray whole = QJsonDocument(full).toJson();
    QTest::newRow("truncated") << whole.left(whole.size() / 2) << "JSON";
    QTest::newRow("not an object") << QByteArray("[1,2]") << "object";
}

void TestJwtCli::importIncomplete()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, named);
    const test::CliRun r = import(QStringLiteral("Broken"), writeConfig(content));
    QVERIFY2(r.exitCode == 6, qPrintable(what(r)));
    QVERIFY2(QString::fromUtf8(r.err).contains(named), r.err.constData());
    const test::CliRun list =
        test::runCli(base(true) << QStringLiteral("apps") << QStringLiteral("list"));
    QCOMPARE(list.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(list.out).array().size(), 0);
}

void TestJwtCli::importWrongPassphrase()
{
    QJsonObject root = configJson();
    QJsonObject settings = root.value(u"boxAppSettings").toObject();
    QJsonObject auth = settings.value(u"appAuth").toObject();
    auth.insert(QStringLiteral("passphrase"), QStringLiteral("not-the-passphrase"));
    settings.insert(QStringLiteral("appAuth"), auth);
    root.insert(QStringLiteral("boxAppSettings"), settings);
    const test::CliRun r =
        import(QStringLiteral("Wrong pass"), writeConfig(QJsonDocument(root).toJson()));
    QVERIFY2(r.exitCode == 6, qPrintable(what(r)));
    QVERIFY2(r.err.contains("passphrase"), r.err.constData());
    const test::CliRun list =
        test::runCli(base(true) << QStringLiteral("apps") << QStringLiteral("list"));
    QCOMPARE(QJsonDocument::fromJson(list.out).array().size(), 0);
}

void TestJwtCli::importHostileKeyCost()
{
    // A config.json whose key asks for 2^31 - 1 PBKDF2 iterations: a quarter of an hour of work
    // before the passphrase could even be checked. Refused at once, naming the file and the
    // parameter.
    QJsonObject root = configJson();
    QJsonObject settings = root.value(u"boxAppSettings").toObject();
    QJsonObject auth = settings.value(u"appAuth").toObject();
    auth.insert(QStringLiteral("privateKey"), QString::fromLatin1(test::pbkdf2KeyPem(2147483647)));
    settings.insert(QStringLiteral("appAuth"), auth);
    root.insert(QStringLiteral("boxAppSettings"), settings);
    const QString file = writeConfig(QJsonDocument(root).toJson());
    QElapsedTimer timer;
    timer.start();
    const test::CliRun r =
        runCliLive(base(true) << QStringLiteral("apps") << QStringLiteral("import-box-config")
                              << file << QStringLiteral("--name") << QStringLiteral("Hostile"),
                   30000);
    QVERIFY2(r.exitCode == 6, qPrintable(what(r)));
    QVERIFY2(timer.elapsed() < 20000, qPrintable(QString::number(timer.elapsed())));
    const QString err = QString::fromUtf8(r.err);
    QVERIFY2(err.contains(QDir::toNativeSeparators(file)), r.err.constData());
    QVERIFY2(err.contains(QLatin1String("boxAppSettings.appAuth.privateKey")), r.err.constData());
    QVERIFY2(err.contains(QLatin1String("2147483647 PBKDF2 iterations")), r.err.constData());
    const test::CliRun list =
        test::runCli(base(true) << QStringLiteral("apps") << QStringLiteral("list"));
    QCOMPARE(QJsonDocument::fromJson(list.out).array().size(), 0);
}

void TestJwtCli::exportRoundTrip()
{
    QJsonObject withUser = configJson();
    withUser.insert(QStringLiteral("userID"), QStringLiteral("5150"));
    QCOMPARE(
        import(QStringLiteral("Round"), writeConfig(QJsonDocument(withUser).toJson())).exitCode, 0);
    const QString out = m_scratch.filePath(QStringLiteral("exported-%1.json").arg(++m_files));
    test::CliRun r =
        runCliLive(base() << QStringLiteral("apps") << QStringLiteral("export-box-config")
                          << QStringLiteral("Round") << QStringLiteral("--out") << out);
    QVERIFY2(r.exitCode == 0, qPrintable(what(r)));
    QCOMPARE(fileMode(out), 0600);
    const QJsonObject back = QJsonDocument::fromJson(readAll(out)).object();
    const QJsonObject settings = back.value(u"boxAppSettings").toObject();
    const QJsonObject auth = settings.value(u"appAuth").toObject();
    QCOMPARE(settings.value(u"clientID").toString(), m_box->clientId);
    QCOMPARE(settings.value(u"clientSecret").toString(), m_box->clientSecret);
    QCOMPARE(auth.value(u"publicKeyID").toString(), m_box->publicKeyId);
    QCOMPARE(back.value(u"enterpriseID").toString(), m_box->enterpriseId);
    QCOMPARE(back.value(u"userID").toString(), QStringLiteral("5150"));
    const QString passphrase = auth.value(u"passphrase").toString();
    QVERIFY(passphrase.size() >= 32);
    QVERIFY(passphrase != QString::fromLatin1(Passphrase));
    const QByteArray pem = auth.value(u"privateKey").toString().toLatin1();
    QVERIFY(pem.startsWith("-----BEGIN ENCRYPTED PRIVATE KEY-----"));
    QVERIFY(pem != m_encryptedPem);
    Result<RsaKey> key = RsaKey::fromPem(SecretBytes(pem), SecretBytes(passphrase.toLatin1()));
    QVERIFY(key.ok());
    QCOMPARE(key->publicKeyPem(), m_key->publicKeyPem());

    // An existing file is refused; the exported file imports again.
    r = runCliLive(base() << QStringLiteral("apps") << QStringLiteral("export-box-config")
                          << QStringLiteral("Round") << QStringLiteral("--out") << out);
    QCOMPARE(r.exitCode, 2);
    r = import(QStringLiteral("Round again"), out);
    QVERIFY2(r.exitCode == 0, qPrintable(what(r)));
    QCOMPARE(QJsonDocument::fromJson(r.out).object().value(u"user_id").toString(),
             QStringLiteral("5150"));
}

void TestJwtCli::connectEnterprise()
{
    QCOMPARE(
        import(QStringLiteral("Corp"), writeConfig(QJsonDocument(configJson()).toJson())).exitCode,
        0);
    const test::CliRun r = runCliLive(
        base() << QStringLiteral("connect") << QStringLiteral("--app") << QStringLiteral("Corp")
               << QStringLiteral("--subject") << QStringLiteral("enterprise"));
    QVERIFY2(r.exitCode == 0, qPrintable(what(r)));
    const QString id = QString::fromUtf8(r.out).trimmed();
    QVERIFY(!id.isEmpty() && !id.contains(QLatin1Char('\n')));

    // The server saw one assertion, accepted: RS256, kid, aud, exp <= 60 s, a long jti.
    QCOMPARE(m_box->tokenRequests.size(), 1);
    const test::FakeBoxServer::Seen seen = m_box->tokenRequests.first();
    QVERIFY2(seen.problem.isEmpty(), qPrintable(seen.problem));
    QCOMPARE(seen.grantType, QStringLiteral("urn:ietf:params:oauth:grant-type:jwt-bearer"));
    QCOMPARE(seen.header.value(u"alg").toString(), QStringLiteral("RS256"));
    QCOMPARE(seen.header.value(u"kid").toString(), m_box->publicKeyId);
    QCOMPARE(seen.claims.value(u"aud").toString(),
             QString::fromLatin1(test::FakeBoxServer::Audience));
    QCOMPARE(seen.claims.value(u"box_sub_type").toString(), QStringLiteral("enterprise"));
    QCOMPARE(seen.claims.value(u"sub").toString(), m_box->enterpriseId);
    QVERIFY(seen.claims.value(u"jti").toString().size() >= 32);
    const qint64 exp = qint64(seen.claims.value(u"exp").toDouble());
    QVERIFY(exp - QDateTime::currentSecsSinceEpoch() <= 60);

    const test::CliRun accounts = test::runCli(base(true) << QStringLiteral("accounts"));
    QCOMPARE(accounts.exitCode, 0);
    const QJsonArray list = QJsonDocument::fromJson(accounts.out).array();
    QCOMPARE(list.size(), 1);
    const QJsonObject a = list.first().toObject();
    QCOMPARE(a.value(u"id").toString(), id);
    QCOMPARE(a.value(u"scheme").toString(), QStringLiteral("jwt"));
    QVERIFY2(QJsonDocument(a).toJson().contains("AutomationUser_1_x@boxdevedition.com"),
             QJsonDocument(a).toJson().constData());
    // The token lives in the keychain only.
    QVERIFY(!m_profile->allFileBytes().contains("box-access-"));
}

void TestJwtCli::connectAsUser()
{
    QCOMPARE(
        import(QStringLiteral("Corp"), writeConfig(QJsonDocument(configJson()).toJson())).exitCode,
        0);
    const test::CliRun r = runCliLive(
        base(true) << QStringLiteral("connect") << QStringLiteral("--app") << QStringLiteral("Corp")
                   << QStringLiteral("--subject") << QStringLiteral("user:4242")
                   << QStringLiteral("--as-user") << QStringLiteral("777"));
    QVERIFY2(r.exitCode == 0, qPrintable(what(r)));
    const QJsonObject account = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(account.value(u"subject").toString(), QStringLiteral("user:4242"));
    QCOMPARE(m_box->tokenRequests.first().claims.value(u"box_sub_type").toString(),
             QStringLiteral("user"));
    QCOMPARE(m_box->tokenRequests.first().claims.value(u"sub").toString(), QStringLiteral("4242"));
    QVERIFY(m_box->asUserHeaders.contains(QByteArray("777")));
}

void TestJwtCli::clockSkewRetry()
{
    QCOMPARE(import(QStringLiteral("Skewed"), writeConfig(QJsonDocument(configJson()).toJson()))
                 .exitCode,
             0);
    m_box->clockOffsetSeconds = 300; // the server's clock is five minutes ahead
    const test::CliRun r = runCliLive(
        base() << QStringLiteral("connect") << QStringLiteral("--app") << QStringLiteral("Skewed")
               << QStringLiteral("--subject") << QStringLiteral("enterprise"));
    QVERIFY2(r.exitCode == 0, qPrintable(what(r)));
    QCOMPARE(m_box->tokenRequests.size(), 2);
    const auto first = m_box->tokenRequests.at(0);
    const auto second = m_box->tokenRequests.at(1);
    QVERIFY(first.problem.contains(QLatin1String("'exp'")));
    QVERIFY2(second.problem.isEmpty(), qPrintable(second.problem));
    QVERIFY(first.claims.value(u"jti").toString() != second.claims.value(u"jti").toString());
    // Re-signed with the server's Date as now: exp moved by about the offset.
    const qint64 moved = qint64(second.claims.value(u"exp").toDouble())
                         - qint64(first.claims.value(u"exp").toDouble());
    QVERIFY2(moved >= 295 && moved <= 310, qPrintable(QString::number(moved)));
}

void TestJwtCli::unauthorizedClientIsExit3()
{
    QCOMPARE(import(QStringLiteral("Unauth"), writeConfig(QJsonDocument(configJson()).toJson()))
                 .exitCode,
             0);
    m_box->refuseWith = QStringLiteral("unauthorized_client");
    m_box->refuseWords = QStringLiteral("This app is not authorized by the enterprise admin");
    const test::CliRun r = runCliLive(
        base() << QStringLiteral("connect") << QStringLiteral("--app") << QStringLiteral("Unauth")
               << QStringLiteral("--subject") << QStringLiteral("enterprise"));
    QVERIFY2(r.exitCode == 3, qPrintable(what(r)));
    QVERIFY2(r.err.contains("Platform Apps Manager"), r.err.constData());
    QVERIFY2(r.err.contains(m_box->clientId.toLatin1()), r.err.constData());
    QVERIFY2(r.err.contains("not authorized by the enterprise admin"), r.err.constData());
    QCOMPARE(m_box->tokenRequests.size(), 1); // a refusal is not retried
    const test::CliRun accounts = test::runCli(base(true) << QStringLiteral("accounts"));
    QCOMPARE(QJsonDocument::fromJson(accounts.out).array().size(), 0);
}

void TestJwtCli::unknownKidNamesPublicKeyId()
{
    QCOMPARE(
        import(QStringLiteral("Kid"), writeConfig(QJsonDocument(configJson()).toJson())).exitCode,
        0);
    m_box->publicKeyId = QStringLiteral("another-key"); // the server knows a different key
    const test::CliRun r = runCliLive(base() << QStringLiteral("connect") << QStringLiteral("--app")
                                             << QStringLiteral("Kid") << QStringLiteral("--subject")
                                             << QStringLiteral("enterprise"));
    QVERIFY2(r.exitCode == 3, qPrintable(what(r)));
    QVERIFY2(r.err.contains("Public Key ID (pk-42)"), r.err.constData());
}

void TestJwtCli::policyRefusesSecretExports()
{
    QCOMPARE(
        import(QStringLiteral("Corp"), writeConfig(QJsonDocument(configJson()).toJson())).exitCode,
        0);
    const QString policy =
        test::writeFile(m_scratch.path(), QStringLiteral("policy-%1.json").arg(++m_files),
                        "{\"exports_may_include_secrets\": false}");
    const QStringList env{QStringLiteral("AUTHDECK_POLICY_FILE=") + policy};

    // The config.json would carry the client secret, the key and its passphrase: refused, and
    // no file is written.
    const QString out = m_scratch.filePath(QStringLiteral("exported-%1.json").arg(++m_files));
    test::CliRun r =
        runCliLive(base() << QStringLiteral("apps") << QStringLiteral("export-box-config")
                          << QStringLiteral("Corp") << QStringLiteral("--out") << out,
                   90000, env);
    QVERIFY2(r.exitCode == 2, qPrintable(what(r)));
    QVERIFY2(r.err.contains("does not allow exports with secrets"), qPrintable(what(r)));
    QVERIFY2(r.err.contains(policy.toUtf8()), qPrintable(what(r)));
    QVERIFY(r.out.isEmpty());
    QVERIFY(!QFileInfo::exists(out));

    // A bundle with secrets neither; one without them still may be written.
    const QString pass = test::writeFile(m_scratch.path(), QStringLiteral("pass"), "bundle-pass-1");
    const QString bundle = m_scratch.filePath(QStringLiteral("bundle-%1.json").arg(++m_files));
    r = runCliLive(base() << QStringLiteral("export") << QStringLiteral("--out") << bundle
                          << QStringLiteral("--passphrase-file") << pass
                          << QStringLiteral("--include-secrets"),
                   90000, env);
    QVERIFY2(r.exitCode == 2, qPrintable(what(r)));
    QVERIFY(!QFileInfo::exists(bundle));
    r = runCliLive(base() << QStringLiteral("export") << QStringLiteral("--out") << bundle, 90000,
                   env);
    QVERIFY2(r.exitCode == 0, qPrintable(what(r)));
    QVERIFY(!readAll(bundle).contains(m_box->clientSecret.toUtf8()));

    // Without the policy the export works (the refusal above was the policy's).
    r = runCliLive(base() << QStringLiteral("apps") << QStringLiteral("export-box-config")
                          << QStringLiteral("Corp") << QStringLiteral("--out") << out);
    QVERIFY2(r.exitCode == 0, qPrintable(what(r)));
}

void TestJwtCli::policyRefusesForbiddenAccounts()
{
    QCOMPARE(
        import(QStringLiteral("Corp"), writeConfig(QJsonDocument(configJson()).toJson())).exitCode,
        0);
    test::CliRun r = runCliLive(base() << QStringLiteral("connect") << QStringLiteral("--app")
                                       << QStringLiteral("Corp") << QStringLiteral("--subject")
                                       << QStringLiteral("enterprise"));
    QVERIFY2(r.exitCode == 0, qPrintable(what(r)));
    const QString id = QString::fromUtf8(r.out).trimmed();
    // The token is cached: without a policy it is handed out without asking the server.
    r = runCliLive(base() << QStringLiteral("token") << id);
    QVERIFY2(r.exitCode == 0 && r.out.size() > 10, qPrintable(what(r)));
    const qsizetype requests = m_box->tokenRequests.size();

    struct Case {
        const char* name;
        QByteArray json;
        const char* says;
    };
    const Case cases[] = {
        {"box denied", "{\"providers\": {\"deny\": [\"box\"]}}", "not allowed by"},
        {"jwt denied", "{\"schemes\": {\"deny\": [\"jwt\"]}}", "not allowed by"},
        // Box is allowed, but this app has its own token URL (the fake server's).
        {"own endpoints", "{\"providers\": {\"allow\": [\"box\"]}}", "built-in endpoints only"},
        {"not valid", "{\"providers\": {\"deny\": \"box\"}}", "is not valid"},
    };
    for (const Case& c : cases) {
        const QString policy = test::writeFile(
            m_scratch.path(), QStringLiteral("policy-%1.json").arg(++m_files), c.json);
        const QStringList env{QStringLiteral("AUTHDECK_POLICY_FILE=") + policy};
        for (const char* verb : {"token", "refresh", "test"}) {
            r = runCliLive(base() << QLatin1String(verb) << id, 90000, env);
            const QString context = QStringLiteral("%1, %2: %3").arg(c.name, verb, what(r));
            QVERIFY2(r.exitCode == 2, qPrintable(context));
            QVERIFY2(r.out.isEmpty(), qPrintable(context)); // no cached token either
            QVERIFY2(r.err.contains(c.says), qPrintable(context));
            QVERIFY2(r.err.contains(policy.toUtf8()), qPrintable(context));
        }
    }
    QCOMPARE(m_box->tokenRequests.size(), requests);
}

QTEST_GUILESS_MAIN(TestJwtCli)
#include "tst_jwt_cli.moc"
