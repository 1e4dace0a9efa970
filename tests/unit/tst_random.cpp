#include "crypto/Base64Url.h"
#include "crypto/Random.h"

#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace authdeck;
using namespace authdeck::crypto;

class TestRandom : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void randomBytesLength_data();
    void randomBytesLength();
    void randomBytesDiffer();
    void tokensAreDistinctAndUrlSafe();
    void tokenLength();
    void encodeRfc4648_data();
    void encodeRfc4648();
    void decodeRejects_data();
    void decodeRejects();
};

void TestRandom::randomBytesLength_data()
{
    QTest::addColumn<int>("n");
    QTest::addColumn<int>("expected");
    QTest::newRow("zero") << 0 << 0;
    QTest::newRow("negative") << -5 << 0;
    QTest::newRow("one") << 1 << 1;
    QTest::newRow("not a multiple of four") << 13 << 13;
    QTest::newRow("key") << 32 << 32;
}

void TestRandom::randomBytesLength()
{
    QFETCH(int, n);
    QFETCH(int, expected);
    QCOMPARE(Random::randomBytes(n).size(), expected);
}

void TestRandom::randomBytesDiffer()
{
    // Two 32-byte draws colliding, or one being all zeros, has probability 2^-256.
    const SecretBytes a = Random::randomBytes(32);
    const SecretBytes b = Random::randomBytes(32);
    QVERIFY(!a.equals(b));
    QVERIFY(a.bytes() != QByteArray(32, '\0'));
    // Every byte value shows up in a large sample: the tail bytes of each word are filled too.
    const SecretBytes big = Random::randomBytes(64 * 1024 + 3);
    QSet<char> seen;
    for (char c : big.bytes())
        seen.insert(c);
    QCOMPARE(seen.size(), 256);
}

void TestRandom::tokensAreDistinctAndUrlSafe()
{
    const QRegularExpression alphabet(QStringLiteral("^[A-Za-z0-9_-]{22}$"));
    QSet<QString> tokens;
    QSet<QChar> characters;
    for (int i = 0; i < 10000; ++i) {
        const QString token = Random::randomToken(22);
        QVERIFY2(alphabet.match(token).hasMatch(), qPrintable(token));
        tokens.insert(token);
        for (QChar c : token)
            characters.insert(c);
    }
    QCOMPARE(tokens.size(), 10000);
    // 220,000 draws from 64 characters: every one of them appears.
    QCOMPARE(characters.size(), 64);
}

void TestRandom::tokenLength()
{
    QCOMPARE(Random::randomToken(0), QString());
    QCOMPARE(Random::randomToken(1).size(), 1);
    QCOMPARE(Random::randomToken(128).size(), 128);
}

void TestRandom::encodeRfc4648_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QByteArray>("encoded");
    // RFC 4648 section 10, without the padding base64url leaves out.
    QTest::newRow("empty") << QByteArray() << QByteArray();
    QTest::newRow("f") << QByteArray("f") << QByteArray("Zg");
    QTest::newRow("fo") << QByteArray("fo") << QByteArray("Zm8");
    QTest::newRow("foo") << QByteArray("foo") << QByteArray("Zm9v");
    QTest::newRow("foob") << QByteArray("foob") << QByteArray("Zm9vYg");
    QTest::newRow("fooba") << QByteArray("fooba") << QByteArray("Zm9vYmE");
    QTest::newRow("foobar") << QByteArray("foobar") << QByteArray("Zm9vYmFy");
    // The two characters where base64url differs from base64 ('+' and '/').
    QTest::newRow("url alphabet") << QByteArray("\xfb\xff\xbf", 3) << QByteArray("-_-_");
}

void TestRandom::encodeRfc4648()
{
    QFETCH(QByteArray, data);
    QFETCH(QByteArray, encoded);
    QCOMPARE(Base64Url::encode(data), encoded);
    const Result<QByteArray> decoded = Base64Url::decode(encoded);
    QVERIFY(decoded.ok());
    QCOMPARE(*decoded, data);
}

void TestRandom::decodeRejects_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::newRow("padding") << QByteArray("Zg==");
    QTest::newRow("one pad") << QByteArray("Zm8=");
    QTest::newRow("plus") << QByteArray("+_-_");
    QTest::newRow("slash") << QByteArray("-_/_");
    QTest::newRow("space") << QByteArray("Zm9v Yg");
    QTest::newRow("newline") << QByteArray("Zm9v\nYg");
    QTest::newRow("dot") << QByteArray("Zm9v.Yg");
    QTest::newRow("lone character") << QByteArray("Zm9vY");
    QTest::newRow("non-canonical bits") << QByteArray("Zh");
    QTest::newRow("non-ascii") << QByteArray("Zm9v\xc3\xa9");
    QTest::newRow("nul") << QByteArray("Zm\0v", 4);
}

void TestRandom::decodeRejects()
{
    QFETCH(QByteArray, text);
    const Result<QByteArray> r = Base64Url::decode(text);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, ErrorKind::BadInput);
}

QTEST_GUILESS_MAIN(TestRandom)
#include "tst_random.moc"
