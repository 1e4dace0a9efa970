// Access keys through the real authdeck-cli binary against the test's own S3-compatible store
// (FakeS3Server, in this process), which checks every AWS Signature Version 4: the keys are
// verified before anything is saved, `test` signs again, and each refusal has its own message.
// Needs the keychain: run inside packaging/test-session.sh.
#include "FakeS3Server.h"
#include "ProfileSnapshot.h"
#include "TestSupport.h"

#include "core/Profile.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpServer>
#include <QTest>

using namespace authdeck;
using authdeck::test::FakeS3Server;

namespace {

QString what(const test::CliRun& r)
{
    return QStringLiteral("exit %1, stdout: %2, stderr: %3")
        .arg(r.exitCode)
        .arg(QString::fromUtf8(r.out), QString::fromUtf8(r.err));
}

// A loopback port nobody listens on.
quint16 closedPort()
{
    QTcpServer s;
    s.listen(QHostAddress::LocalHost, 0);
    const quint16 port = s.serverPort();
    s.close();
    return port;
}

} // namespace

class TestS3Keys : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<test::TempProfile> m_profile;
    std::unique_ptr<QTemporaryDir> m_files;
    std::unique_ptr<FakeS3Server> m_s3;
    QByteArray m_allOutput;

    test::CliRun cli(const QStringList& args, bool json = false)
    {
        QStringList all{QStringLiteral("--profile"), m_profile->path()};
        if (json)
            all << QStringLiteral("--json");
        test::CliRun r = test::runCli(all + args, {},
                                      {QStringLiteral("AUTHDECK_HTTP_TIMEOUT_MS=5000"),
                                       QStringLiteral("QT_LOGGING_RULES=authdeck.*=true")});
        m_allOutput += r.out + r.err;
        return r;
    }

    test::CliRun connect(const QString& keyId, const QByteArray& secret,
                         const QString& endpoint = {})
    {
        const QString secretFile =
            test::writeFile(m_files->path(), QStringLiteral("secret-key"), secret + '\n');
        return cli({QStringLiteral("connect"), QStringLiteral("--provider"), QStringLiteral("s3"),
                    QStringLiteral("--name"), QStringLiteral("Test store"),
                    QStringLiteral("--access-key-id"), keyId, QStringLiteral("--secret-key-file"),
                    secretFile, QStringLiteral("--region"), QLatin1String(FakeS3Server::Region),
                    QStringLiteral("--endpoint"), endpoint.isEmpty() ? m_s3->endpoint() : endpoint},
                   true);
    }

    int accountCount()
    {
        return QJsonDocument::fromJson(cli({QStringLiteral("accounts")}, true).out).array().size();
    }

private Q_SLOTS:
    void init()
    {
        if (!test::keychainAvailable())
            QSKIP("needs the Secret Service keychain (run through the test command)");
        m_profile = std::make_unique<test::TempProfile>();
        m_files = std::make_unique<QTemporaryDir>();
        m_s3 = std::make_unique<FakeS3Server>();
        m_allOutput.clear();
    }

    void cleanup()
    {
        m_s3.reset();
        m_files.reset();
        m_profile.reset();
    }

    void rightKeySavesAccountSecretInKeychainOnly()
    {
        const test::CliRun r =
            connect(QLatin1String(FakeS3Server::AccessKeyId), FakeS3Server::SecretKey);
        QVERIFY2(r.exitCode == 0, qPrintable(what(r)));
        QCOMPARE(m_s3->goodSignatures, 1);
        QCOMPARE(m_s3->answers, QStringList{QStringLiteral("ok")});
        const QJsonObject created = QJsonDocument::fromJson(r.out).object();
        const QString id = created[QStringLiteral("id")].toString();
        QVERIFY(!id.isEmpty());
        QCOMPARE(created[QStringLiteral("scheme")].toString(), QStringLiteral("keys"));
        QVERIFY2(r.out.contains(FakeS3Server::OwnerName), qPrintable(what(r)));
        QVERIFY(r.out.contains(FakeS3Server::AccessKeyId)); // the key ID is not secret

        // The secret key: in the keychain entry, and nowhere else.
        const QString key = QStringLiteral("authdeck:%1:account:%2")
                                .arg(Profile::open(m_profile->path())->id(), id);
        const QJsonObject secrets =
            QJsonDocument::fromJson(test::storedSecretRecord(m_profile->path(), key)).object();
        QCOMPARE(secrets[QStringLiteral("secret_key")].toString().toUtf8(),
                 FakeS3Server::SecretKey);
        QVERIFY(!m_profile->allFileBytes().contains(FakeS3Server::SecretKey));
        QVERIFY(m_profile->allFileBytes().contains(FakeS3Server::AccessKeyId));

        // `test` signs again and gets the owner.
        const test::CliRun tested = cli({QStringLiteral("test"), id});
        QVERIFY2(tested.exitCode == 0, qPrintable(what(tested)));
        QCOMPARE(m_s3->goodSignatures, 2);
        QVERIFY2(tested.out.contains(FakeS3Server::OwnerName), qPrintable(what(tested)));

        // Keys have no token to hand out.
        const test::CliRun token = cli({QStringLiteral("token"), id});
        QCOMPARE(token.exitCode, 2);

        QVERIFY(!m_allOutput.contains(FakeS3Server::SecretKey));
        QVERIFY(!m_allOutput.contains("canary"));

        const test::CliRun gone = cli({QStringLiteral("disconnect"), id});
        QVERIFY2(gone.exitCode == 0, qPrintable(what(gone)));
        QVERIFY(test::storedSecretRecord(m_profile->path(), key).isEmpty());
    }

    void refusals_data()
    {
        QTest::addColumn<QString>("keyId");
        QTest::addColumn<QByteArray>("secret");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("says");
        QTest::newRow("wrong secret")
            << QString::fromLatin1(FakeS3Server::AccessKeyId)
            << QByteArray("wrongSecretKey/wJalrXUtnFEMI/K7MDENG+bPxRfiCY")
            << QStringLiteral("SignatureDoesNotMatch") << QStringLiteral("signature");
        QTest::newRow("unknown key")
            << QStringLiteral("AKIANOBODYKNOWSME123") << FakeS3Server::SecretKey
            << QStringLiteral("InvalidAccessKeyId") << QStringLiteral("does not know");
        QTest::newRow("access denied")
            << QString::fromLatin1(FakeS3Server::DeniedKeyId) << FakeS3Server::SecretKey
            << QStringLiteral("AccessDenied") << QStringLiteral("denied");
    }

    void refusals()
    {
        QFETCH(QString, keyId);
        QFETCH(QByteArray, secret);
        QFETCH(QString, code);
        QFETCH(QString, says);
        const test::CliRun r = connect(keyId, secret);
        QCOMPARE(r.exitCode, 3);
        QCOMPARE(m_s3->answers, QStringList{code});
        QVERIFY2(r.err.contains(says.toUtf8()), qPrintable(what(r)));
        QCOMPARE(accountCount(), 0);
        QVERIFY(!m_profile->allFileBytes().contains(secret));
        QVERIFY(!m_allOutput.contains(secret));
    }

    void unreachableEndpoint()
    {
        const test::CliRun r =
            connect(QLatin1String(FakeS3Server::AccessKeyId), FakeS3Server::SecretKey,
                    QStringLiteral("http://127.0.0.1:%1").arg(closedPort()));
        QVERIFY2(r.exitCode == 4, qPrintable(what(r)));
        QCOMPARE(accountCount(), 0);
    }

    void plainHttpToRemoteRefusedBeforeAnyRequest()
    {
        const test::CliRun r =
            connect(QLatin1String(FakeS3Server::AccessKeyId), FakeS3Server::SecretKey,
                    QStringLiteral("http://s3.example.com"));
        QVERIFY2(r.exitCode == 2, qPrintable(what(r)));
        QVERIFY2(r.err.contains("http"), qPrintable(what(r)));
        QVERIFY2(!m_allOutput.contains("verifying access keys"), m_allOutput.constData());
        QCOMPARE(m_s3->requests, 0);
        QCOMPARE(accountCount(), 0);
    }

    void badKeyIdForm()
    {
        const test::CliRun r = connect(QStringLiteral("not a key"), FakeS3Server::SecretKey);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("Access key ID"), qPrintable(what(r)));
        QCOMPARE(m_s3->requests, 0);
    }
};

QTEST_GUILESS_MAIN(TestS3Keys)
#include "tst_s3_keys.moc"
