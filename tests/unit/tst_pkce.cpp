#include "crypto/Pkce.h"

#include <QSet>
#include <QTest>

using namespace authdeck;
using namespace authdeck::crypto;

class TestPkce : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void rfc7636AppendixB();
    void verifierDefaults();
    void verifierLengths_data();
    void verifierLengths();
    void verifiersDiffer();
    void isValidVerifier_data();
    void isValidVerifier();
};

void TestPkce::rfc7636AppendixB()
{
    const QByteArray verifier("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk");
    QVERIFY(Pkce::isValidVerifier(verifier));
    QCOMPARE(Pkce::challengeS256(verifier),
             QStringLiteral("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"));
}

void TestPkce::verifierDefaults()
{
    const Result<SecretBytes> v = Pkce::createVerifier();
    QVERIFY(v.ok());
    QCOMPARE(v->size(), 64);
    QVERIFY(Pkce::isValidVerifier(v->bytes()));
    // A challenge is 43 characters (32 bytes, unpadded) and never the verifier itself.
    const QString challenge = Pkce::challengeS256(v->bytes());
    QCOMPARE(challenge.size(), 43);
    QVERIFY(challenge != v->toString());
}

void TestPkce::verifierLengths_data()
{
    QTest::addColumn<int>("length");
    QTest::addColumn<bool>("ok");
    QTest::newRow("42") << 42 << false;
    QTest::newRow("43") << 43 << true;
    QTest::newRow("128") << 128 << true;
    QTest::newRow("129") << 129 << false;
    QTest::newRow("0") << 0 << false;
}

void TestPkce::verifierLengths()
{
    QFETCH(int, length);
    QFETCH(bool, ok);
    const Result<SecretBytes> v = Pkce::createVerifier(length);
    QCOMPARE(v.ok(), ok);
    if (ok) {
        QCOMPARE(v->size(), length);
        QVERIFY(Pkce::isValidVerifier(v->bytes()));
    } else {
        QCOMPARE(v.error().kind, ErrorKind::Usage);
    }
}

void TestPkce::verifiersDiffer()
{
    QSet<QByteArray> seen;
    for (int i = 0; i < 1000; ++i)
        seen.insert(Pkce::createVerifier(Pkce::MinLength)->bytes());
    QCOMPARE(seen.size(), 1000);
}

void TestPkce::isValidVerifier_data()
{
    QTest::addColumn<QByteArray>("verifier");
    QTest::addColumn<bool>("valid");
    const QByteArray base(43, 'a');
    QTest::newRow("43 letters") << base << true;
    QTest::newRow("42 letters") << base.left(42) << false;
    QTest::newRow("128") << QByteArray(128, 'Z') << true;
    QTest::newRow("129") << QByteArray(129, 'Z') << false;
    QTest::newRow("unreserved marks") << QByteArray(base.left(39) + "-._~") << true;
    QTest::newRow("plus") << QByteArray(base + '+') << false;
    QTest::newRow("slash") << QByteArray(base + '/') << false;
    QTest::newRow("equals") << QByteArray(base + '=') << false;
    QTest::newRow("space") << QByteArray(base + ' ') << false;
    QTest::newRow("percent") << QByteArray(base + '%') << false;
    QTest::newRow("non-ascii") << QByteArray(base + "\xc3\xa9") << false;
}

void TestPkce::isValidVerifier()
{
    QFETCH(QByteArray, verifier);
    QFETCH(bool, valid);
    QCOMPARE(Pkce::isValidVerifier(verifier), valid);
}

QTEST_GUILESS_MAIN(TestPkce)
#include "tst_pkce.moc"
