#include "crypto/AesGcm.h"
#include "crypto/Random.h"

#include <QTest>

using namespace authdeck;
using namespace authdeck::crypto;

namespace {
QByteArray hex(const char* text)
{
    return QByteArray::fromHex(text);
}

const char* const Tc15Key = "feffe9928665731c6d6a8f9467308308feffe9928665731c6d6a8f9467308308";
const char* const Tc15Nonce = "cafebabefacedbaddecaf888";
} // namespace

class TestAesGcm : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void knownAnswers_data();
    void knownAnswers();
    void tamperingIsDetected_data();
    void tamperingIsDetected();
    void wrongKeyIsDetected();
    void sizesAreChecked_data();
    void sizesAreChecked();
    void roundTripWithRandomNonce();
};

void TestAesGcm::knownAnswers_data()
{
    QTest::addColumn<QByteArray>("key");
    QTest::addColumn<QByteArray>("nonce");
    QTest::addColumn<QByteArray>("plaintext");
    QTest::addColumn<QByteArray>("aad");
    QTest::addColumn<QByteArray>("ciphertext");
    QTest::addColumn<QByteArray>("tag");

    // McGrew and Viega, "The Galois/Counter Mode of Operation (GCM)", appendix B, test cases
    // 13 to 16 (the AES-256 ones with a 96-bit IV).
    const QByteArray zeroKey(32, '\0');
    const QByteArray zeroNonce(12, '\0');
    QTest::newRow("GCM spec 13: empty") << zeroKey << zeroNonce << QByteArray() << QByteArray()
                                        << QByteArray() << hex("530f8afbc74536b9a963b4f1c4cb738b");
    QTest::newRow("GCM spec 14: one zero block")
        << zeroKey << zeroNonce << QByteArray(16, '\0') << QByteArray()
        << hex("cea7403d4d606b6e074ec5d3baf39d18") << hex("d0d1c8a799996bf0265b98b5d48ab919");
    QTest::newRow("GCM spec 15: four blocks")
        << hex(Tc15Key) << hex(Tc15Nonce)
        << hex("d9313225f88406e5a55909c5aff5269a86a7a9531534f7da2e4c303d8a318a72"
               "1c3c0c95956809532fcf0e2449a6b525b16aedf5aa0de657ba637b391aafd255")
        << QByteArray()
        << hex("522dc1f099567d07f47f37a32a84427d643a8cdcbfe5c0c97598a2bd2555d1aa"
               "8cb08e48590dbb3da7b08b1056828838c5f61e6393ba7a0abcc9f662898015ad")
        << hex("b094dac5d93471bdec1a502270e3cc6c");
    QTest::newRow("GCM spec 16: partial block with AAD")
        << hex(Tc15Key) << hex(Tc15Nonce)
        << hex("d9313225f88406e5a55909c5aff5269a86a7a9531534f7da2e4c303d8a318a72"
               "1c3c0c95956809532fcf0e2449a6b525b16aedf5aa0de657ba637b39")
        << hex("feedfacedeadbeeffeedfacedeadbeefabaddad2")
        << hex("522dc1f099567d07f47f37a32a84427d643a8cdcbfe5c0c97598a2bd2555d1aa"
               "8cb08e48590dbb3da7b08b1056828838c5f61e6393ba7a0abcc9f662")
        << hex("76fc6ece0f4e1768cddf8853bb2d551b");
    // NIST CAVP gcmEncryptExtIV256.rsp, [Keylen = 256] [IVlen = 96] [PTlen = 128] [AADlen = 160]
    // [Taglen = 128], Count = 0.
    QTest::newRow("CAVP ExtIV256 PT128 AAD160 #0")
        << hex("83688deb4af8007f9b713b47cfa6c73e35ea7a3aa4ecdb414dded03bf7a0fd3a")
        << hex("0b459724904e010a46901cf3") << hex("33d893a2114ce06fc15d55e454cf90c3")
        << hex("794a14ccd178c8ebfd1379dc704c5e208f9d8424")
        << hex("cc66bee423e3fcd4c0865715e9586696") << hex("0fb291bd3dba94a1dfd8b286cfb97ac5");
}

void TestAesGcm::knownAnswers()
{
    QFETCH(QByteArray, key);
    QFETCH(QByteArray, nonce);
    QFETCH(QByteArray, plaintext);
    QFETCH(QByteArray, aad);
    QFETCH(QByteArray, ciphertext);
    QFETCH(QByteArray, tag);

    const Result<AesGcm::Sealed> sealed =
        AesGcm::encrypt(SecretBytes(key), nonce, SecretBytes(plaintext), aad);
    QVERIFY(sealed.ok());
    QCOMPARE(sealed->ciphertext.toHex(), ciphertext.toHex());
    QCOMPARE(sealed->tag.toHex(), tag.toHex());

    const Result<SecretBytes> opened =
        AesGcm::decrypt(SecretBytes(key), nonce, ciphertext, tag, aad);
    QVERIFY(opened.ok());
    QCOMPARE(opened->bytes().toHex(), plaintext.toHex());
}

void TestAesGcm::tamperingIsDetected_data()
{
    QTest::addColumn<QString>("part");
    QTest::addColumn<int>("index");
    QTest::newRow("ciphertext first bit") << "ciphertext" << 0;
    QTest::newRow("ciphertext last byte") << "ciphertext" << 59;
    QTest::newRow("tag") << "tag" << 0;
    QTest::newRow("tag last byte") << "tag" << 15;
    QTest::newRow("aad") << "aad" << 3;
    QTest::newRow("nonce") << "nonce" << 11;
}

void TestAesGcm::tamperingIsDetected()
{
    QFETCH(QString, part);
    QFETCH(int, index);
    // Test case 16 again, with one bit flipped in one input.
    const QByteArray key = hex(Tc15Key);
    QByteArray nonce = hex(Tc15Nonce);
    QByteArray aad = hex("feedfacedeadbeeffeedfacedeadbeefabaddad2");
    QByteArray ciphertext = hex("522dc1f099567d07f47f37a32a84427d643a8cdcbfe5c0c97598a2bd2555d1aa"
                                "8cb08e48590dbb3da7b08b1056828838c5f61e6393ba7a0abcc9f662");
    QByteArray tag = hex("76fc6ece0f4e1768cddf8853bb2d551b");
    QVERIFY(AesGcm::decrypt(SecretBytes(key), nonce, ciphertext, tag, aad).ok());

    QByteArray& target = part == QLatin1String("ciphertext") ? ciphertext
                         : part == QLatin1String("tag")      ? tag
                         : part == QLatin1String("aad")      ? aad
                                                             : nonce;
    target[index] = char(target.at(index) ^ 0x01);
    const Result<SecretBytes> opened =
        AesGcm::decrypt(SecretBytes(key), nonce, ciphertext, tag, aad);
    QVERIFY(!opened.ok());
    QCOMPARE(opened.error().kind, ErrorKind::BadInput);
    QVERIFY(opened.error().message.contains(QLatin1String("integrity")));
}

void TestAesGcm::wrongKeyIsDetected()
{
    const SecretBytes key = Random::randomBytes(AesGcm::KeyBytes);
    const QByteArray nonce = Random::randomBytes(AesGcm::NonceBytes).bytes();
    const Result<AesGcm::Sealed> sealed =
        AesGcm::encrypt(key, nonce, SecretBytes(QByteArray("client secret")), "envelope");
    QVERIFY(sealed.ok());
    const Result<SecretBytes> opened = AesGcm::decrypt(Random::randomBytes(AesGcm::KeyBytes), nonce,
                                                       sealed->ciphertext, sealed->tag, "envelope");
    QVERIFY(!opened.ok());
    QCOMPARE(opened.error().kind, ErrorKind::BadInput);
    // Dropping the associated data is tampering too.
    QVERIFY(!AesGcm::decrypt(key, nonce, sealed->ciphertext, sealed->tag, QByteArray()).ok());
}

void TestAesGcm::sizesAreChecked_data()
{
    QTest::addColumn<int>("keyBytes");
    QTest::addColumn<int>("nonceBytes");
    QTest::addColumn<int>("tagBytes");
    QTest::newRow("AES-128 key") << 16 << 12 << 16;
    QTest::newRow("long key") << 33 << 12 << 16;
    QTest::newRow("short nonce") << 32 << 8 << 16;
    QTest::newRow("long nonce") << 32 << 16 << 16;
    QTest::newRow("truncated tag") << 32 << 12 << 12;
    QTest::newRow("empty tag") << 32 << 12 << 0;
}

void TestAesGcm::sizesAreChecked()
{
    QFETCH(int, keyBytes);
    QFETCH(int, nonceBytes);
    QFETCH(int, tagBytes);
    const SecretBytes key(QByteArray(keyBytes, 'k'));
    const QByteArray nonce(nonceBytes, 'n');
    const Result<SecretBytes> opened =
        AesGcm::decrypt(key, nonce, QByteArray(8, 'c'), QByteArray(tagBytes, 't'), QByteArray());
    QVERIFY(!opened.ok());
    if (keyBytes != 32 || nonceBytes != 12) {
        QVERIFY(!AesGcm::encrypt(key, nonce, SecretBytes(QByteArray("x")), QByteArray()).ok());
    }
}

void TestAesGcm::roundTripWithRandomNonce()
{
    const SecretBytes key = Random::randomBytes(AesGcm::KeyBytes);
    const QByteArray nonce = Random::randomBytes(AesGcm::NonceBytes).bytes();
    const SecretBytes plaintext(QByteArray(100000, 'p'));
    const Result<AesGcm::Sealed> sealed = AesGcm::encrypt(key, nonce, plaintext, "header");
    QVERIFY(sealed.ok());
    QCOMPARE(sealed->ciphertext.size(), plaintext.size());
    QVERIFY(sealed->ciphertext != plaintext.bytes());
    const Result<SecretBytes> opened =
        AesGcm::decrypt(key, nonce, sealed->ciphertext, sealed->tag, "header");
    QVERIFY(opened.ok());
    QVERIFY(opened->equals(plaintext));
}

QTEST_GUILESS_MAIN(TestAesGcm)
#include "tst_aesgcm.moc"
