#include "crypto/SigV4.h"

#include <QTest>
#include <QTimeZone>

using namespace authdeck;
using namespace authdeck::crypto;

namespace {

const char* const EmptyHash = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

QDateTime utc(const char* text)
{
    QDateTime t =
        QDateTime::fromString(QString::fromLatin1(text), QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
    t.setTimeZone(QTimeZone::utc());
    return t;
}

SigV4::Credentials suiteCredentials()
{
    return {QStringLiteral("AKIDEXAMPLE"),
            SecretBytes(QByteArray("wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY")),
            QStringLiteral("us-east-1"), QStringLiteral("service")};
}

QList<SigV4::Header> headerList(const QStringList& lines)
{
    QList<SigV4::Header> headers;
    for (const QString& line : lines) {
        const qsizetype colon = line.indexOf(QLatin1Char(':'));
        headers.append({line.left(colon).toLatin1(), line.mid(colon + 1).toLatin1()});
    }
    return headers;
}

} // namespace

class TestSigV4 : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void publishedExamples_data();
    void publishedExamples();
    void headersToAdd();
    void canonicalForm_data();
    void canonicalForm();
    void unsignedPayload();
    void refusals_data();
    void refusals();
};

void TestSigV4::publishedExamples_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("url");
    QTest::addColumn<QStringList>("headers");
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<bool>("contentSha256");
    QTest::addColumn<QString>("keyId");
    QTest::addColumn<QByteArray>("secret");
    QTest::addColumn<QString>("region");
    QTest::addColumn<QString>("service");
    QTest::addColumn<QDateTime>("time");
    QTest::addColumn<QByteArray>("canonicalRequest");
    QTest::addColumn<QByteArray>("stringToSign");
    QTest::addColumn<QByteArray>("authorization");

    // The AWS SigV4 test suite (as kept in awslabs/aws-c-auth tests/aws-signing-test-suite/v4),
    // header-signing files: header-canonical-request.txt, header-string-to-sign.txt and the
    // Authorization line of header-signed-request.txt.
    const QByteArray suiteScope = "20150830/us-east-1/service/aws4_request";
    QTest::newRow("get-vanilla")
        << QByteArray("GET") << "https://example.amazonaws.com/"
        << QStringList{"Host:example.amazonaws.com"} << QByteArray() << false << "AKIDEXAMPLE"
        << QByteArray("wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY") << "us-east-1"
        << "service" << utc("20150830T123600Z")
        << QByteArray("GET\n/\n\nhost:example.amazonaws.com\nx-amz-date:20150830T123600Z\n\n"
                      "host;x-amz-date\n")
               + EmptyHash
        << "AWS4-HMAC-SHA256\n20150830T123600Z\n" + suiteScope
               + "\nbb579772317eb040ac9ed261061d46c1f17a8133879d6129b6e1c25292927e63"
        << "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/" + suiteScope
               + ", SignedHeaders=host;x-amz-date, "
                 "Signature=5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31";
    // Host comes from the URL here; the query arrives out of order.
    QTest::newRow("get-vanilla-query-order-key-case")
        << QByteArray("GET") << "https://example.amazonaws.com/?Param2=value2&Param1=value1"
        << QStringList() << QByteArray() << false << "AKIDEXAMPLE"
        << QByteArray("wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY") << "us-east-1"
        << "service" << utc("20150830T123600Z")
        << QByteArray("GET\n/\nParam1=value1&Param2=value2\nhost:example.amazonaws.com\n"
                      "x-amz-date:20150830T123600Z\n\nhost;x-amz-date\n")
               + EmptyHash
        << "AWS4-HMAC-SHA256\n20150830T123600Z\n" + suiteScope
               + "\n816cd5b414d056048ba4f7c5386d6e0533120fb1fcfa93762cf0fc39e2cf19e0"
        << "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/" + suiteScope
               + ", SignedHeaders=host;x-amz-date, "
                 "Signature=b97d918cfa904a5beff61c982a1b6f458b799221646efd99d3219ec94cdf2500";
    // This version of the case signs the body hash as a header, as S3 requires.
    QTest::newRow("post-x-www-form-urlencoded")
        << QByteArray("POST") << "https://example.amazonaws.com/"
        << QStringList{"Content-Type:application/x-www-form-urlencoded",
                       "Host:example.amazonaws.com", "Content-Length:13"}
        << QByteArray("Param1=value1") << true << "AKIDEXAMPLE"
        << QByteArray("wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY") << "us-east-1"
        << "service" << utc("20150830T123600Z")
        << QByteArray(
               "POST\n/\n\ncontent-length:13\ncontent-type:application/x-www-form-urlencoded\n"
               "host:example.amazonaws.com\n"
               "x-amz-content-sha256:"
               "9095672bbd1f56dfc5b65f3e153adc8731a4a654192329106275f4c7b24d0b6e\n"
               "x-amz-date:20150830T123600Z\n\n"
               "content-length;content-type;host;x-amz-content-sha256;x-amz-date\n"
               "9095672bbd1f56dfc5b65f3e153adc8731a4a654192329106275f4c7b24d0b6e")
        << "AWS4-HMAC-SHA256\n20150830T123600Z\n" + suiteScope
               + "\nb1edd1d03544c25390e32085d55b57acc9a3961bb59415ff86c45c3d89d16cfb"
        << "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/" + suiteScope
               + ", "
                 "SignedHeaders=content-length;content-type;host;x-amz-content-sha256;x-amz-date, "
                 "Signature=d3875051da38690788ef43de4db0d8f280229d82040bfac253562e56c3f20e0b";
    // Amazon S3 API reference, "Signature Calculations for the Authorization Header", example
    // GET Object (the first 10 bytes of test.txt in examplebucket).
    QTest::newRow("S3 GET Object")
        << QByteArray("GET") << "https://examplebucket.s3.amazonaws.com/test.txt"
        << QStringList{"Range: bytes=0-9"} << QByteArray() << true << "AKIAIOSFODNN7EXAMPLE"
        << QByteArray("wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY") << "us-east-1"
        << "s3" << utc("20130524T000000Z")
        << QByteArray("GET\n/test.txt\n\nhost:examplebucket.s3.amazonaws.com\nrange:bytes=0-9\n"
                      "x-amz-content-sha256:")
               + EmptyHash
               + "\nx-amz-date:20130524T000000Z\n\nhost;range;x-amz-content-sha256;x-amz-date\n"
               + EmptyHash
        << QByteArray("AWS4-HMAC-SHA256\n20130524T000000Z\n20130524/us-east-1/s3/aws4_request\n"
                      "7344ae5b7ee6c3e7e6b0fe0640412a37625d1fbfff95c48bbb2dc43964946972")
        << QByteArray("AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20130524/us-east-1/s3/"
                      "aws4_request, SignedHeaders=host;range;x-amz-content-sha256;x-amz-date, "
                      "Signature=f0e8bdb87c964420e857bd35b5d6ed310bd44f0170aba48dd91039c6036bdb41");
}

void TestSigV4::publishedExamples()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, url);
    QFETCH(QStringList, headers);
    QFETCH(QByteArray, payload);
    QFETCH(bool, contentSha256);
    QFETCH(QString, keyId);
    QFETCH(QByteArray, secret);
    QFETCH(QString, region);
    QFETCH(QString, service);
    QFETCH(QDateTime, time);
    QFETCH(QByteArray, canonicalRequest);
    QFETCH(QByteArray, stringToSign);
    QFETCH(QByteArray, authorization);

    SigV4::Request request;
    request.method = method;
    request.url = QUrl(url);
    request.headers = headerList(headers);
    request.payload = payload;
    request.addContentSha256 = contentSha256;
    const Result<SigV4::Signed> s =
        SigV4::sign(request, {keyId, SecretBytes(secret), region, service}, time);
    QVERIFY2(s.ok(), qPrintable(s.error().message));
    QCOMPARE(s->canonicalRequest, canonicalRequest);
    QCOMPARE(s->stringToSign, stringToSign);
    QCOMPARE(s->authorization, authorization);
    QVERIFY(authorization.endsWith(s->signature));
    QCOMPARE(s->signingKey.size(), 32);
}

void TestSigV4::headersToAdd()
{
    SigV4::Request request;
    request.method = "PUT";
    request.url = QUrl(QStringLiteral("https://examplebucket.s3.amazonaws.com/a.txt"));
    request.payload = "hello";
    // A time in another zone is signed as its UTC equivalent.
    const QDateTime berlin(QDate(2015, 8, 30), QTime(14, 36), QTimeZone(2 * 3600));
    const Result<SigV4::Signed> s = SigV4::sign(request, suiteCredentials(), berlin);
    QVERIFY(s.ok());
    QCOMPARE(s->headers.size(), 3);
    QCOMPARE(s->headers.at(0), SigV4::Header("X-Amz-Date", "20150830T123600Z"));
    QCOMPARE(s->headers.at(1),
             SigV4::Header("x-amz-content-sha256",
                           "2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824"));
    QCOMPARE(s->headers.at(2), SigV4::Header("Authorization", s->authorization));
    QVERIFY(s->authorization.contains("SignedHeaders=host;x-amz-content-sha256;x-amz-date,"));
}

void TestSigV4::canonicalForm_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QByteArray>("firstLines");
    QTest::newRow("query sorted, encoded, empty value")
        << "https://h.example/?b=2&a=x%20y&a=1&c"
        << QByteArray("GET\n/\na=1&a=x%20y&b=2&c=\nhost:h.example\n");
    QTest::newRow("reserved characters in query")
        << "https://h.example/?k=a%2Fb%3Dc~d"
        << QByteArray("GET\n/\nk=a%2Fb%3Dc~d\nhost:h.example\n");
    QTest::newRow("path encoded once")
        << "https://h.example/my%20folder/%C3%BC.txt"
        << QByteArray("GET\n/my%20folder/%C3%BC.txt\n\nhost:h.example\n");
    QTest::newRow("path characters S3 keeps")
        << "https://h.example/a-b_c.d~e" << QByteArray("GET\n/a-b_c.d~e\n\nhost:h.example\n");
    QTest::newRow("empty path") << "https://h.example" << QByteArray("GET\n/\n\nhost:h.example\n");
    QTest::newRow("port kept") << "http://127.0.0.1:9000/b"
                               << QByteArray("GET\n/b\n\nhost:127.0.0.1:9000\n");
    QTest::newRow("default port dropped")
        << "https://h.example:443/b" << QByteArray("GET\n/b\n\nhost:h.example\n");
    QTest::newRow("ipv6") << "http://[::1]:9000/" << QByteArray("GET\n/\n\nhost:[::1]:9000\n");
}

void TestSigV4::canonicalForm()
{
    QFETCH(QString, url);
    QFETCH(QByteArray, firstLines);
    SigV4::Request request;
    request.method = "get";
    request.url = QUrl(url);
    request.addContentSha256 = false;
    const Result<SigV4::Signed> s =
        SigV4::sign(request, suiteCredentials(), utc("20150830T123600Z"));
    QVERIFY(s.ok());
    QVERIFY2(s->canonicalRequest.startsWith(firstLines), s->canonicalRequest.constData());
}

void TestSigV4::unsignedPayload()
{
    SigV4::Request request;
    request.method = "PUT";
    request.url = QUrl(QStringLiteral("https://b.s3.amazonaws.com/big.bin"));
    request.headers = {{"X-Custom", "  two   spaces  "}, {"x-custom", "second"}};
    request.payloadHash = "UNSIGNED-PAYLOAD";
    const Result<SigV4::Signed> s =
        SigV4::sign(request, suiteCredentials(), utc("20150830T123600Z"));
    QVERIFY(s.ok());
    QVERIFY(s->canonicalRequest.endsWith("\nUNSIGNED-PAYLOAD"));
    QVERIFY(s->canonicalRequest.contains("\nx-amz-content-sha256:UNSIGNED-PAYLOAD\n"));
    // Names lower-cased, repeats joined, values trimmed and inner runs of spaces folded.
    QVERIFY(s->canonicalRequest.contains("\nx-custom:two spaces,second\n"));
}

void TestSigV4::refusals_data()
{
    QTest::addColumn<QString>("what");
    QTest::newRow("authorization header") << "authorization";
    QTest::newRow("x-amz-date header") << "date";
    QTest::newRow("bad payload hash") << "hash";
    QTest::newRow("upper-case region") << "region";
    QTest::newRow("empty secret") << "secret";
    QTest::newRow("key id with slash") << "keyid";
    QTest::newRow("no host") << "host";
    QTest::newRow("no time") << "time";
}

void TestSigV4::refusals()
{
    QFETCH(QString, what);
    SigV4::Request request;
    request.method = "GET";
    request.url = QUrl(QStringLiteral("https://h.example/"));
    SigV4::Credentials credentials = suiteCredentials();
    QDateTime time = utc("20150830T123600Z");
    if (what == QLatin1String("authorization"))
        request.headers = {{"Authorization", "x"}};
    else if (what == QLatin1String("date"))
        request.headers = {{"X-Amz-Date", "20150830T123600Z"}};
    else if (what == QLatin1String("hash"))
        request.payloadHash = "E3B0C442";
    else if (what == QLatin1String("region"))
        credentials.region = QStringLiteral("US-EAST-1");
    else if (what == QLatin1String("secret"))
        credentials.secretAccessKey = SecretBytes();
    else if (what == QLatin1String("keyid"))
        credentials.accessKeyId = QStringLiteral("AKID/EXAMPLE");
    else if (what == QLatin1String("host"))
        request.url = QUrl(QStringLiteral("/relative/path"));
    else if (what == QLatin1String("time"))
        time = QDateTime();
    const Result<SigV4::Signed> s = SigV4::sign(request, credentials, time);
    QVERIFY(!s.ok());
    QCOMPARE(s.error().kind, ErrorKind::Usage);
}

QTEST_GUILESS_MAIN(TestSigV4)
#include "tst_sigv4.moc"
