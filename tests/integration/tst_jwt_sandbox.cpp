// Issue 5, acceptance 2 against the real embedded sandbox (SandboxServer, in this process) through
// the real authdeck-cli binary: enterprise and user tokens, a token minted again after expiry,
// the Date retry with the sandbox clock five minutes ahead, an unknown Public Key ID, the client
// credentials grant, an app the enterprise has not authorized, Box-Notifications: off, and no
// secret in the profile folder or in the CLI's debug log. Needs the keychain: run inside
// packaging/test-session.sh.
#include "ProfileSnapshot.h"
#include "TestSupport.h"

#include "crypto/RsaKey.h"
#include "sandbox/SandboxServer.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace authdeck;
using namespace authdeck::crypto;

namespace {

const QByteArray Passphrase = "sandbox-jwt-passphrase-canary-55";
const QString UserId = QStringLiteral("900201");
const QString UserLogin = QStringLiteral("jwt-user@sandbox.test");
const QStringList DebugLog{QStringLiteral("QT_LOGGING_RULES=authdeck.*.debug=true")};

QString what(const test::CliRun& r)
{
    return QStringLiteral("exit %1, stdout: %2, stderr: %3")
        .arg(r.exitCode)
        .arg(QString::fromUtf8(r.out), QString::fromUtf8(r.err));
}

QJsonObject jsonOf(const test::CliRun& r)
{
    return QJsonDocument::fromJson(r.out).object();
}

// The base64 lines of a PEM (any one of them in a file or log would be a leak of the key).
QList<QByteArray> pemLines(const QByteArray& pem)
{
    QList<QByteArray> lines;
    for (const QByteArray& line : pem.split('\n'))
        if (!line.startsWith("-----") && line.size() >= 40)
            lines.append(line);
    return lines;
}

} // namespace

class TestJwtSandbox : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void enterpriseAndUserTokens();
    void mintedAgainAfterExpiry();
    void clockFiveMinutesOff();
    void unknownKidNamesPublicKeyId();
    void clientCredentials();
    void unauthorizedApp();
    void notificationsOff();

private:
    QStringList base(bool json = true) const;
    QString writeConfig(const QString& kid);
    test::CliRun importApp(const QString& name, const QString& kid);
    test::CliRun connect(const QString& app, const QString& subject, const QStringList& more = {});
    // No secret in the profile folder or the given CLI output.
    void checkNoSecrets(const QByteArray& output, const QList<QByteArray>& tokens);

    std::optional<RsaKey> m_key;
    QByteArray m_encryptedPem;
    QByteArray m_clearPem;
    std::unique_ptr<SandboxServer> m_sandbox;
    std::unique_ptr<test::TempProfile> m_profile;
    QTemporaryDir m_scratch;
    SandboxClient m_client;
    QString m_kid;
    int m_files = 0;
};

void TestJwtSandbox::initTestCase()
{
    QVERIFY2(test::keychainAvailable(), "No Secret Service: run inside packaging/test-session.sh");
    Result<RsaKey> key = RsaKey::generate(2048);
    QVERIFY(key.ok());
    m_key = *key;
    Result<QByteArray> pem =
        key->toEncryptedPkcs8Pem(SecretBytes(Passphrase), RsaKey::MinPbkdf2Iterations);
    QVERIFY(pem.ok());
    m_encryptedPem = *pem;
    Result<SecretBytes> clear = key->toPkcs8Pem();
    QVERIFY(clear.ok());
    m_clearPem = clear->bytes();
    QVERIFY(!m_clearPem.isEmpty());
}

void TestJwtSandbox::init()
{
    m_sandbox = std::make_unique<SandboxServer>();
    QString error;
    QVERIFY2(m_sandbox->start(&error), qPrintable(error));
    m_sandbox->addUser(UserId, UserLogin, QStringLiteral("JWT User"), QString());
    SandboxClient c;
    c.name = QStringLiteral("AuthDeck JWT test");
    m_client = m_sandbox->registerClient(c);
    QVERIFY(!m_client.clientId.isEmpty());
    QVERIFY(!m_client.clientSecret.isEmpty());
    m_kid = m_sandbox->addPublicKey(m_client.clientId, m_key->publicKeyPem(), &error);
    QVERIFY2(!m_kid.isEmpty(), qPrintable(error));

    m_profile = std::make_unique<test::TempProfile>();
    QVERIFY(QDir(m_profile->path()).mkpath(QStringLiteral("providers")));
    QFile provider(m_profile->file(QStringLiteral("providers/sandbox.json")));
    QVERIFY(provider.open(QIODevice::WriteOnly));
    provider.write(QJsonDocument(m_sandbox->providerJson()).toJson());
}

void TestJwtSandbox::cleanup()
{
    m_profile.reset();
    m_sandbox.reset();
}

QStringList TestJwtSandbox::base(bool json) const
{
    QStringList args{QStringLiteral("--profile"), m_profile->path()};
    if (json)
        args << QStringLiteral("--json");
    return args;
}

QString TestJwtSandbox::writeConfig(const QString& kid)
{
    const QJsonObject config{
        {QStringLiteral("boxAppSettings"),
         QJsonObject{
             {QStringLiteral("clientID"), m_client.clientId},
             {QStringLiteral("clientSecret"), m_client.clientSecret},
             {QStringLiteral("appAuth"),
              QJsonObject{{QStringLiteral("publicKeyID"), kid},
                          {QStringLiteral("privateKey"), QString::fromLatin1(m_encryptedPem)},
                          {QStringLiteral("passphrase"), QString::fromLatin1(Passphrase)}}}}},
        {QStringLiteral("enterpriseID"), QLatin1String(SandboxServer::DefaultEnterpriseId)}};
    return test::writeFile(m_scratch.path(), QStringLiteral("config-%1.json").arg(++m_files),
                           QJsonDocument(config).toJson());
}

test::CliRun TestJwtSandbox::importApp(const QString& name, const QString& kid)
{
    return test::runCli(base() << QStringLiteral("apps") << QStringLiteral("import-box-config")
                               << writeConfig(kid) << QStringLiteral("--name") << name
                               << QStringLiteral("--provider") << QStringLiteral("sandbox"),
                        {}, DebugLog);
}

test::CliRun TestJwtSandbox::connect(const QString& app, const QString& subject,
                                     const QStringList& more)
{
    return test::runCli(base() << QStringLiteral("connect") << QStringLiteral("--app") << app
                               << QStringLiteral("--subject") << subject << more,
                        {}, DebugLog);
}

void TestJwtSandbox::checkNoSecrets(const QByteArray& output, const QList<QByteArray>& tokens)
{
    QList<QByteArray> secrets{m_client.clientSecret.toUtf8(), Passphrase};
    secrets += pemLines(m_clearPem);
    secrets += pemLines(m_encryptedPem);
    secrets += tokens;
    const QByteArray files = m_profile->allFileBytes();
    QVERIFY(!files.isEmpty());
    for (const QByteArray& s : std::as_const(secrets)) {
        QVERIFY(!s.isEmpty());
        QVERIFY2(!files.contains(s), "a secret was written under the profile folder");
        QVERIFY2(!output.contains(s), "a secret was printed to stderr");
    }
}

void TestJwtSandbox::enterpriseAndUserTokens()
{
    test::CliRun r = importApp(QStringLiteral("jwt"), m_kid);
    QVERIFY2(r.exitCode == 0, qPrintable(what(r)));
    QByteArray log = r.err;

    r = connect(QStringLiteral("jwt"), QStringLiteral("enterprise"));
    QVERIFY2(r.exitCode == 0, qPrintable(what(r)));
    log += r.err;
    const QString enterpriseAccount = jsonOf(r).value(u"id").toString();
    QVERIFY(!enterpriseAccount.isEmpty());

    r = connect(QStringLiteral("jwt"), QStringLiteral("user:") + UserId);
    QVERIFY2(r.exitCode == 0, qPrintable(what(r)));
    log += r.err;
    const QString userAccount = jsonOf(r).value(u"id").toString();
    QVERIFY(!userAccount.isEmpty());
    QVERIFY(userAccount != enterpriseAccount);
    QCOMPARE(m_sandbox->grantLog(),
             QStringList({QStringLiteral("jwt ok"), QStringLiteral("jwt ok")}));

    // The identities: the enterprise token is the service account, the user token the user.
    r = test::runCli(base() << QStringLiteral("test") << enterpriseAccount, {}, DebugLog);
    QVERIFY2(r.exitCode == 0, qPrintable(what(r)));
    log += r.err;
    QVERIFY2(r.out.contains(SandboxServer::ServiceAccountId), r.out.constData());
    r = test::runCli(base() << QStringLiteral("test") << userAccount, {}, DebugLog);
    QVERIFY2(r.exitCode == 0, qPrintable(what(r)));
    log += r.err;
    QVERIFY2(r.out.contains(UserLogin.toUtf8()), r.out.constData());

    // The tokens themselves, to look for them where they must not be.
    QList<QByteArray> tokens;
    for (const QString& account : {enterpriseAccount, userAccount}) {
        r = test::runCli(base() << QStringLiteral("token") << account, {}, DebugLog);
        QVERIFY2(r.exitCode == 0, qPrintable(what(r)));
        const QByteArray token = jsonOf(r).value(u"access_token").toString().toUtf8();
        QVERIFY(token.size() >= 16);
        tokens.append(token);
        log += r.err;
    }
    QVERIFY(tokens.at(0) != tokens.at(1));
    QVERIFY2(log.contains("authdeck."), "the debug log was not on: the canary proves nothing");
    checkNoSecrets(log, tokens);
}

void TestJwtSandbox::mintedAgainAfterExpiry()
{
    m_sandbox->setAccessTokenLifetime(2);
    test::CliRun r = importApp(QStringLiteral("jwt"), m_kid);
    QVERIFY2(r.exitCode == 0, qPrintable(what(r)));
    r = connect(QStringLiteral("jwt"), QStringLiteral("enterprise"));
    QVERIFY2(r.exitCode == 0, qPrintable(what(r)));
    const QString account = jsonOf(r).value(u"id").toString();
    QCOMPARE(m_sandbox->grantLog().count(QStringLiteral("jwt ok")), 1);
    QCOMPARE(m_sandbox->activeAccessTokenCount(), 1);
    QTest::qWait(2500); // the sandbox's token is dead now

    r = test::runCli(base() << QStringLiteral("token") << account, {}, DebugLog);
    QVERIFY2(r.exitCode == 0, qPrintable(what(r)));
    QVERIFY(jsonOf(r).value(u"renewed").toBool());
    // The sandbox refuses a jti it has seen: a second "jwt ok" is a new assertion with a new jti.
    QCOMPARE(m_sandbox->grantLog(),
             QStringList({QStringLiteral("jwt ok"), QStringLiteral("jwt ok")}));
    m_sandbox->setAccessTokenLifetime(3600);
    r = test::runCli(base() << QStringLiteral("refresh") << account, {}, DebugLog);
    QVERIFY2(r.exitCode == 0, qPrintable(what(r)));
    r = test::runCli(base() << QStringLiteral("test") << account, {}, DebugLog);
    QVERIFY2(r.exitCode == 0, qPrintable(what(r)));
    QCOMPARE(m_sandbox->grantLog().count(QStringLiteral("jwt ok")), 3);
}

void TestJwtSandbox::clockFiveMinutesOff()
{
    test::CliRun r = importApp(QStringLiteral("jwt"), m_kid);
    QVERIFY2(r.exitCode == 0, qPrintable(what(r)));
    m_sandbox->setClockOffset(300);
    r = connect(QStringLiteral("jwt"), QStringLiteral("enterprise"));
    QVERIFY2(r.exitCode == 0, qPrintable(what(r)));
    // First refused for its exp, then accepted when signed with the sandbox's Date.
    QCOMPARE(m_sandbox->grantLog(),
             QStringList({QStringLiteral("jwt invalid_grant"), QStringLiteral("jwt ok")}));

    m_sandbox->setClockOffset(-300); // and behind
    r = connect(QStringLiteral("jwt"), QStringLiteral("user:") + UserId);
    QVERIFY2(r.exitCode == 0, qPrintable(what(r)));
    QCOMPARE(m_sandbox->grantLog().mid(2),
             QStringList({QStringLiteral("jwt invalid_grant"), QStringLiteral("jwt ok")}));
}

void TestJwtSandbox::unknownKidNamesPublicKeyId()
{
    test::CliRun r = importApp(QStringLiteral("wrongkid"), QStringLiteral("zz99zz99"));
    QVERIFY2(r.exitCode == 0, qPrintable(what(r)));
    r = connect(QStringLiteral("wrongkid"), QStringLiteral("enterprise"));
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.err.contains("Public Key ID"), r.err.constData());
    QVERIFY2(r.err.contains("zz99zz99"), r.err.constData());
    QCOMPARE(m_sandbox->grantLog(), QStringList{QStringLiteral("jwt invalid_grant")});
    r = test::runCli(base() << QStringLiteral("accounts"));
    QVERIFY2(r.exitCode == 0, qPrintable(what(r)));
    QVERIFY2(!r.out.contains("wrongkid") && !r.out.contains("\"id\""), r.out.constData());
}

void TestJwtSandbox::clientCredentials()
{
    const QString secretFile =
        test::writeFile(m_scratch.path(), QStringLiteral("cc-secret-%1").arg(++m_files),
                        m_client.clientSecret.toUtf8() + '\n');
    test::CliRun r = test::runCli(
        base() << QStringLiteral("apps") << QStringLiteral("add") << QStringLiteral("--provider")
               << QStringLiteral("sandbox") << QStringLiteral("--scheme")
               << QStringLiteral("client_credentials") << QStringLiteral("--name")
               << QStringLiteral("ccg") << QStringLiteral("--client-id") << m_client.clientId
               << QStringLiteral("--client-secret-file") << secretFile
               << QStringLiteral("--enterprise-id")
               << QLatin1String(SandboxServer::DefaultEnterpriseId),
        {}, DebugLog);
    QVERIFY2(r.exitCode == 0, qPrintable(what(r)));
    QByteArray log = r.err;
    r = connect(QStringLiteral("ccg"), QStringLiteral("enterprise"));
    QVERIFY2(r.exitCode == 0, qPrintable(what(r)));
    log += r.err;
    const QString account = jsonOf(r).value(u"id").toString();
    r = connect(QStringLiteral("ccg"), QStringLiteral("user:") + UserId);
    QVERIFY2(r.exitCode == 0, qPrintable(what(r)));
    log += r.err;
    QCOMPARE(m_sandbox->grantLog(), QStringList({QStringLiteral("client_credentials ok"),
                                                 QStringLiteral("client_credentials ok")}));
    r = test::runCli(base() << QStringLiteral("token") << account, {}, DebugLog);
    QVERIFY2(r.exitCode == 0, qPrintable(what(r)));
    log += r.err;
    const QByteArray token = jsonOf(r).value(u"access_token").toString().toUtf8();
    QVERIFY(!token.isEmpty());
    checkNoSecrets(log, {token});
}

void TestJwtSandbox::unauthorizedApp()
{
    test::CliRun r = importApp(QStringLiteral("jwt"), m_kid);
    QVERIFY2(r.exitCode == 0, qPrintable(what(r)));
    m_sandbox->setClientAuthorized(m_client.clientId, false);
    r = connect(QStringLiteral("jwt"), QStringLiteral("enterprise"));
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.err.contains("Platform Apps Manager"), r.err.constData());
    QVERIFY2(r.err.contains(m_client.clientId.toUtf8()), r.err.constData());
    QCOMPARE(m_sandbox->grantLog(), QStringList{QStringLiteral("jwt unauthorized_client")});
    checkNoSecrets(r.err, {});
}

void TestJwtSandbox::notificationsOff()
{
    test::CliRun r = importApp(QStringLiteral("jwt"), m_kid);
    QVERIFY2(r.exitCode == 0, qPrintable(what(r)));
    r = connect(QStringLiteral("jwt"), QStringLiteral("enterprise"),
                {QStringLiteral("--notifications-off"), QStringLiteral("--as-user"), UserId});
    QVERIFY2(r.exitCode == 0, qPrintable(what(r)));
    const QString account = jsonOf(r).value(u"id").toString();
    // The verification (identity and As-User check) carried the header.
    QCOMPARE(m_sandbox->notificationsOffCalls(), 2);
    QVERIFY(test::snapshotProfile(m_profile->path())
                .accounts.value(account)
                .value(u"notifications_off")
                .toBool());
    r = test::runCli(base() << QStringLiteral("test") << account, {}, DebugLog);
    QVERIFY2(r.exitCode == 0, qPrintable(what(r)));
    QVERIFY2(r.out.contains(UserLogin.toUtf8()), r.out.constData()); // As-User kept
    QCOMPARE(m_sandbox->notificationsOffCalls(), 3);

    // Without the option, no header (another subject: the enterprise has its account already).
    r = connect(QStringLiteral("jwt"), QStringLiteral("user:") + UserId);
    QVERIFY2(r.exitCode == 0, qPrintable(what(r)));
    QCOMPARE(m_sandbox->notificationsOffCalls(), 3);
}

QTEST_GUILESS_MAIN(TestJwtSandbox)
#include "tst_jwt_sandbox.moc"
