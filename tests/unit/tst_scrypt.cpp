#include "crypto/Scrypt.h"

#include <QElapsedTimer>
#include <QTest>

using namespace authdeck;
using namespace authdeck::crypto;

class TestScrypt : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void rfc7914_data();
    void rfc7914();
    void defaultParamsFitTheMemoryLimit();
    void badParams_data();
    void badParams();
    void keyLength();
};

void TestScrypt::rfc7914_data()
{
    QTest::addColumn<QByteArray>("passphrase");
    QTest::addColumn<QByteArray>("salt");
    QTest::addColumn<quint64>("n");
    QTest::addColumn<quint32>("r");
    QTest::addColumn<quint32>("p");
    QTest::addColumn<QByteArray>("expected");
    QTest::addColumn<bool>("slow");
    // RFC 7914 section 12.
    QTest::newRow("N=16 empty")
        << QByteArray() << QByteArray() << quint64(16) << quint32(1) << quint32(1)
        << QByteArray("77d6576238657b203b19ca42c18a0497f16b4844e3074ae8dfdffa3fede21442"
                      "fcd0069ded0948f8326a753a0fc81f17e8d3e0fb2e0d3628cf35e20c38d18906")
        << false;
    QTest::newRow("N=1024 p=16")
        << QByteArray("password") << QByteArray("NaCl") << quint64(1024) << quint32(8)
        << quint32(16)
        << QByteArray("fdbabe1c9d3472007856e7190d01e9fe7c6ad7cbc8237830e77376634b373162"
                      "2eaf30d92e22a3886ff109279d9830dac727afb94a83ee6d8360cbdfa2cc0640")
        << false;
    QTest::newRow("N=16384")
        << QByteArray("pleaseletmein") << QByteArray("SodiumChloride") << quint64(16384)
        << quint32(8) << quint32(1)
        << QByteArray("7023bdcb3afd7348461c06cd81fd38ebfda8fbba904f8e3ea9b543f6545da1f2"
                      "d5432955613f0fcf62d49705242a9af9e61e85dc0d651e40dfcf017b45575887")
        << false;
    // 1 GiB of memory and about seven seconds on a CI core: too slow for every run (the unit
    // suite has a 20 s budget). AUTHDECK_SLOW_TESTS=1 runs it.
    QTest::newRow("N=1048576")
        << QByteArray("pleaseletmein") << QByteArray("SodiumChloride") << quint64(1048576)
        << quint32(8) << quint32(1)
        << QByteArray("2101cb9b6a511aaeaddbbe09cf70f881ec568d574a2ffd4dabe5ee9820adaa47"
                      "8e56fd8f4ba5d09ffa1c6d927c40f4c337304049e8a952fbcbf45c6fa77a41a4")
        << true;
}

void TestScrypt::rfc7914()
{
    QFETCH(QByteArray, passphrase);
    QFETCH(QByteArray, salt);
    QFETCH(quint64, n);
    QFETCH(quint32, r);
    QFETCH(quint32, p);
    QFETCH(QByteArray, expected);
    QFETCH(bool, slow);
    if (slow && qEnvironmentVariableIntValue("AUTHDECK_SLOW_TESTS") == 0)
        QSKIP("1 GiB, several seconds: set AUTHDECK_SLOW_TESTS=1 to run");
    const Result<SecretBytes> key = Scrypt::derive(SecretBytes(passphrase), salt, {n, r, p}, 64);
    QVERIFY2(key.ok(), qPrintable(key.error().message));
    QCOMPARE(key->bytes().toHex(), expected);
}

void TestScrypt::defaultParamsFitTheMemoryLimit()
{
    // N = 2^17, r = 8 needs 128 MiB, four times OpenSSL's default maxmem: this fails unless the
    // limit is raised explicitly.
    const Scrypt::Params params;
    QCOMPARE(params.n, quint64(1) << 17);
    QVERIFY(Scrypt::memoryBytes(params) > quint64(128) * 8 * params.n);
    QElapsedTimer timer;
    timer.start();
    const Result<SecretBytes> key =
        Scrypt::derive(SecretBytes(QByteArray("correct horse")), QByteArray(16, 's'), params);
    QVERIFY2(key.ok(), qPrintable(key.error().message));
    QCOMPARE(key->size(), 32);
    qInfo("scrypt N=2^17 r=8 p=1 took %lld ms", timer.elapsed());
}

void TestScrypt::badParams_data()
{
    QTest::addColumn<quint64>("n");
    QTest::addColumn<quint32>("r");
    QTest::addColumn<quint32>("p");
    QTest::newRow("N not a power of two") << quint64(1000) << quint32(8) << quint32(1);
    QTest::newRow("N = 0") << quint64(0) << quint32(8) << quint32(1);
    QTest::newRow("N = 1") << quint64(1) << quint32(8) << quint32(1);
    QTest::newRow("log2 N = 23") << (quint64(1) << 23) << quint32(1) << quint32(1);
    QTest::newRow("log2 N = 40") << (quint64(1) << 40) << quint32(1) << quint32(1);
    QTest::newRow("r = 0") << quint64(1024) << quint32(0) << quint32(1);
    QTest::newRow("p = 0") << quint64(1024) << quint32(8) << quint32(0);
    QTest::newRow("p huge") << quint64(1024) << quint32(1) << quint32(1000000);
    QTest::newRow("r = 33") << quint64(1024) << quint32(33) << quint32(1);
    // 2^22 * 128 * 8 = 4 GiB: within the N limit, over the memory limit.
    QTest::newRow("4 GiB") << (quint64(1) << 22) << quint32(8) << quint32(1);
}

void TestScrypt::badParams()
{
    QFETCH(quint64, n);
    QFETCH(quint32, r);
    QFETCH(quint32, p);
    QElapsedTimer timer;
    timer.start();
    const Result<SecretBytes> key =
        Scrypt::derive(SecretBytes(QByteArray("pw")), QByteArray("salt"), {n, r, p});
    QVERIFY(!key.ok());
    QCOMPARE(key.error().kind, ErrorKind::BadInput);
    // Refused up front, not after spending the memory.
    QVERIFY(timer.elapsed() < 1000);
}

void TestScrypt::keyLength()
{
    const Scrypt::Params small{16, 1, 1};
    QVERIFY(!Scrypt::derive(SecretBytes(QByteArray("pw")), "salt", small, 0).ok());
    QVERIFY(!Scrypt::derive(SecretBytes(QByteArray("pw")), "salt", small, 1025).ok());
    const Result<SecretBytes> a = Scrypt::derive(SecretBytes(QByteArray("pw")), "salt", small, 16);
    const Result<SecretBytes> b = Scrypt::derive(SecretBytes(QByteArray("pw")), "salt", small, 64);
    QVERIFY(a.ok() && b.ok());
    QCOMPARE(a->size(), 16);
    // scrypt's last step is PBKDF2, so a shorter key is a prefix of a longer one.
    QCOMPARE(a->bytes(), b->bytes().left(16));
    // A different salt gives a different key.
    const Result<SecretBytes> c = Scrypt::derive(SecretBytes(QByteArray("pw")), "salt2", small, 16);
    QVERIFY(c.ok() && !c->equals(*a));
}

QTEST_GUILESS_MAIN(TestScrypt)
#include "tst_scrypt.moc"
