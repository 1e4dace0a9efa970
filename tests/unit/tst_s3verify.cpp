// S3Verify's reading of S3 answers (ListAllMyBucketsResult, <Error> codes) and the catalog field
// checks the CLI and the credentials dialog share.
#include "auth/S3Verify.h"
#include "providers/FieldCheck.h"

#include <QTest>

using namespace authdeck;

class TestS3Verify : public QObject {
    Q_OBJECT

    static VerifySpec s3Spec()
    {
        VerifySpec spec;
        spec.url = QStringLiteral("{endpoint}/");
        spec.format = QStringLiteral("xml");
        spec.identity = {{QStringLiteral("id"), QStringLiteral("Owner.ID")},
                         {QStringLiteral("name"), QStringLiteral("Owner.DisplayName")}};
        return spec;
    }

    static QByteArray error(const char* code)
    {
        return QByteArray("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Error><Code>") + code
               + "</Code><Message>words</Message></Error>";
    }

private Q_SLOTS:
    void owner()
    {
        const QByteArray body =
            "<?xml version=\"1.0\"?><ListAllMyBucketsResult xmlns=\"http://s3.amazonaws.com/doc/"
            "2006-03-01/\"><Owner><ID>abc123</ID><DisplayName>ops</DisplayName></Owner><Buckets>"
            "<Bucket><Name>b</Name></Bucket></Buckets></ListAllMyBucketsResult>";
        Result<Identity> id =
            S3Verify::parse(s3Spec(), 200, body, QStringLiteral("s3.test"), QStringLiteral("AK"));
        QVERIFY(id.ok());
        QCOMPARE(id->value(QStringLiteral("id")), QStringLiteral("abc123"));
        QCOMPARE(id->value(QStringLiteral("name")), QStringLiteral("ops"));
    }

    void noOwnerNamesTheKey()
    {
        Result<Identity> id = S3Verify::parse(
            s3Spec(), 200, "<ListAllMyBucketsResult><Buckets/></ListAllMyBucketsResult>",
            QStringLiteral("s3.test"), QStringLiteral("AKIDEXAMPLE"));
        QVERIFY(id.ok());
        QCOMPARE(id->value(QStringLiteral("access_key_id")), QStringLiteral("AKIDEXAMPLE"));
    }

    void refusals_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("says");
        const int rejected = int(ErrorKind::Rejected);
        const int network = int(ErrorKind::Network);
        QTest::newRow("signature") << 403 << error("SignatureDoesNotMatch") << rejected
                                   << QStringLiteral("signature does not match");
        QTest::newRow("unknown key") << 403 << error("InvalidAccessKeyId") << rejected
                                     << QStringLiteral("does not know the access key ID AK");
        QTest::newRow("denied") << 403 << error("AccessDenied") << rejected
                                << QStringLiteral("denied access");
        QTest::newRow("clock") << 403 << error("RequestTimeTooSkewed") << rejected
                               << QStringLiteral("clock");
        QTest::newRow("other code")
            << 400 << error("InvalidRequest") << rejected << QStringLiteral("InvalidRequest");
        QTest::newRow("no body") << 403 << QByteArray() << rejected << QStringLiteral("HTTP 403");
        QTest::newRow("outage") << 503 << error("SlowDown") << network << QStringLiteral("503");
        QTest::newRow("not xml") << 200 << QByteArray("<html") << network
                                 << QStringLiteral("not XML");
    }

    void refusals()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(int, kind);
        QFETCH(QString, says);
        Result<Identity> id = S3Verify::parse(s3Spec(), status, body, QStringLiteral("s3.test"),
                                              QStringLiteral("AK"));
        QVERIFY(!id.ok());
        QCOMPARE(int(id.error().kind), kind);
        QVERIFY2(id.error().message.contains(says), qPrintable(id.error().message));
    }

    void endpoints_data()
    {
        QTest::addColumn<QString>("given");
        QTest::addColumn<bool>("ok");
        QTest::newRow("default") << QString() << true;
        QTest::newRow("https") << QStringLiteral("https://s3.example.com/") << true;
        QTest::newRow("loopback http") << QStringLiteral("http://127.0.0.1:9000") << true;
        QTest::newRow("remote http") << QStringLiteral("http://s3.example.com") << false;
        QTest::newRow("localhost http") << QStringLiteral("http://localhost:9000") << false;
        QTest::newRow("query") << QStringLiteral("https://s3.example.com/?x=1") << false;
        QTest::newRow("ftp") << QStringLiteral("ftp://s3.example.com") << false;
    }

    void endpoints()
    {
        QFETCH(QString, given);
        QFETCH(bool, ok);
        Provider p;
        p.name = QStringLiteral("S3");
        p.keys = KeysSpec();
        p.keys->defaultEndpoint = QStringLiteral("https://s3.amazonaws.com");
        Result<QUrl> url = S3Verify::endpointFor(p, given);
        QCOMPARE(url.ok(), ok);
        if (ok)
            QVERIFY(!url->toString().endsWith(QLatin1Char('/')));
        else
            QCOMPARE(url.error().kind, ErrorKind::Usage);
    }

    void fieldChecks()
    {
        FieldSpec key;
        key.name = QStringLiteral("access_key_id");
        key.label = QStringLiteral("Access key ID");
        key.pattern = QStringLiteral("^[A-Z0-9]{16,128}$");
        QVERIFY(fields::check(key, QStringLiteral("AKIAIOSFODNN7EXAMPLE")).isEmpty());
        QVERIFY(fields::check(key, QStringLiteral("akia")).contains(QStringLiteral("akia")));
        QVERIFY(fields::check(key, QString()).contains(QStringLiteral("required")));
        key.required = false;
        QVERIFY(fields::check(key, QString()).isEmpty());

        FieldSpec secret;
        secret.name = QStringLiteral("secret_key");
        secret.label = QStringLiteral("Secret");
        secret.secret = true;
        secret.pattern = QStringLiteral("^.{40}$");
        const QString problem = fields::check(secret, QStringLiteral("short-canary"));
        QVERIFY(!problem.isEmpty());
        QVERIFY(!problem.contains(QStringLiteral("canary"))); // never echoed
    }
};

QTEST_GUILESS_MAIN(TestS3Verify)
#include "tst_s3verify.moc"
