#include "HostileKeyFiles.h"
#include "TestCertificate.h"

#include "crypto/Base64Url.h"
#include "crypto/KeyFiles.h"
#include "crypto/OpenSslPtr.h"
#include "crypto/RsaKey.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QtConcurrent/QtConcurrentRun>

#include <openssl/objects.h>
#include <openssl/pem.h>

#include <sys/stat.h>

using namespace authdeck;
using namespace authdeck::crypto;

namespace {

// The test's own view of keys, through OpenSSL directly, to make inputs AuthDeck never writes
// (PKCS#1, EC, short keys) and to inspect what it does write.
EvpPkeyPtr parsePrivate(const QByteArray& pem)
{
    BioPtr bio = readBio(pem);
    return EvpPkeyPtr(PEM_read_bio_PrivateKey(bio.get(), nullptr, nullptr, nullptr));
}

QByteArray privatePem(EVP_PKEY* key)
{
    BioPtr bio(BIO_new(BIO_s_mem()));
    PEM_write_bio_PrivateKey(bio.get(), key, nullptr, nullptr, 0, nullptr, nullptr);
    return bioContents(bio.get());
}

// "BEGIN RSA PRIVATE KEY", optionally with the legacy Proc-Type/DEK-Info encryption.
QByteArray traditionalPem(EVP_PKEY* key, const EVP_CIPHER* cipher = nullptr, QByteArray pass = {})
{
    BioPtr bio(BIO_new(BIO_s_mem()));
    PEM_write_bio_PrivateKey_traditional(bio.get(), key, cipher,
                                         reinterpret_cast<unsigned char*>(pass.data()),
                                         static_cast<int>(pass.size()), nullptr, nullptr);
    return bioContents(bio.get());
}

// "BEGIN RSA PUBLIC KEY"
QByteArray pkcs1PublicPem(EVP_PKEY* key)
{
    EncoderCtxPtr encoder(
        OSSL_ENCODER_CTX_new_for_pkey(key, EVP_PKEY_PUBLIC_KEY, "PEM", "type-specific", nullptr));
    BioPtr bio(BIO_new(BIO_s_mem()));
    if (!encoder || OSSL_ENCODER_to_bio(encoder.get(), bio.get()) != 1)
        return {};
    return bioContents(bio.get());
}

struct Pbes2Info {
    bool pbes2 = false;
    long iterations = 0;
    int prf = NID_undef;
    int cipher = NID_undef;
    int saltBytes = 0;
};

// Decodes EncryptedPrivateKeyInfo -> PBES2-params -> PBKDF2-params (RFC 8018 appendix A.2/A.4).
Pbes2Info inspectEncryptedPkcs8(const QByteArray& pem)
{
    Pbes2Info info;
    BioPtr bio = readBio(pem);
    X509SigPtr sig(PEM_read_bio_PKCS8(bio.get(), nullptr, nullptr, nullptr));
    if (!sig)
        return info;
    const X509_ALGOR* scheme = nullptr;
    X509_SIG_get0(sig.get(), &scheme, nullptr);
    const ASN1_OBJECT* oid = nullptr;
    int type = 0;
    const void* value = nullptr;
    X509_ALGOR_get0(&oid, &type, &value, scheme);
    if (OBJ_obj2nid(oid) != NID_pbes2 || type != V_ASN1_SEQUENCE)
        return info;
    const auto* sequence = static_cast<const ASN1_STRING*>(value);
    const unsigned char* p = ASN1_STRING_get0_data(sequence);
    OpenSslPtr<PBE2PARAM, PBE2PARAM_free> pbe2(
        d2i_PBE2PARAM(nullptr, &p, ASN1_STRING_length(sequence)));
    if (!pbe2)
        return info;
    X509_ALGOR_get0(&oid, nullptr, nullptr, pbe2->encryption);
    info.cipher = OBJ_obj2nid(oid);
    X509_ALGOR_get0(&oid, &type, &value, pbe2->keyfunc);
    if (OBJ_obj2nid(oid) != NID_id_pbkdf2 || type != V_ASN1_SEQUENCE)
        return info;
    const auto* kdfSequence = static_cast<const ASN1_STRING*>(value);
    p = ASN1_STRING_get0_data(kdfSequence);
    OpenSslPtr<PBKDF2PARAM, PBKDF2PARAM_free> kdf(
        d2i_PBKDF2PARAM(nullptr, &p, ASN1_STRING_length(kdfSequence)));
    if (!kdf)
        return info;
    info.pbes2 = true;
    info.iterations = ASN1_INTEGER_get(kdf->iter);
    // An absent PRF means HMAC-SHA1 (RFC 8018).
    info.prf = NID_hmacWithSHA1;
    if (kdf->prf) {
        X509_ALGOR_get0(&oid, nullptr, nullptr, kdf->prf);
        info.prf = OBJ_obj2nid(oid);
    }
    if (kdf->salt && kdf->salt->type == V_ASN1_OCTET_STRING)
        info.saltBytes = ASN1_STRING_length(kdf->salt->value.octet_string);
    return info;
}

SecretBytes secret(const char* text)
{
    return SecretBytes(QByteArray(text));
}

// The base64 body of a PEM block is the DER it carries.
QByteArray pemBody(const QByteArray& pem)
{
    QByteArray body;
    for (const QByteArray& line : pem.split('\n')) {
        if (!line.startsWith("-----"))
            body += line.trimmed();
    }
    return QByteArray::fromBase64(body);
}

} // namespace

class TestRsaKey : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void generateRefusesOtherSizes_data();
    void generateRefusesOtherSizes();
    void generateCancelled();
    void generateCancelledWhileRunning();
    void encryptedPkcs8RoundTrip();
    void encryptedPkcs8Parameters();
    void encryptedPkcs8Refusals();
    void wrongOrMissingPassphrase_data();
    void wrongOrMissingPassphrase();
    void clearPkcs8RoundTrip();
    void pkcs1Import();
    void legacyEncryptedPkcs1();
    void hostileEncryptionCostRefusedFirst_data();
    void hostileEncryptionCostRefusedFirst();
    void encryptionCostLimits_data();
    void encryptionCostLimits();
    void otherSchemesStillOpen();
    void refusedKeys_data();
    void refusedKeys();
    void publicKeys();
    void fingerprint();
    void jwkRoundTrip();
    void signAndVerify_data();
    void signAndVerify();
    void unsupportedAlgorithms_data();
    void unsupportedAlgorithms();
    void keyFileMode();
    void keyFileOverwrite();
    void keyFileErrors();

private:
    std::unique_ptr<RsaKey> m_key; // 2048 bits, made once for the whole class
};

void TestRsaKey::initTestCase()
{
    // On a worker thread, as the product does it.
    QFuture<Result<RsaKey>> future = QtConcurrent::run([] { return RsaKey::generate(2048); });
    const Result<RsaKey> key = future.result();
    QVERIFY2(key.ok(), qPrintable(key.error().message));
    m_key = std::make_unique<RsaKey>(*key);
    QCOMPARE(m_key->bits(), 2048);
    QVERIFY(m_key->hasPrivateKey());
}

void TestRsaKey::generateRefusesOtherSizes_data()
{
    QTest::addColumn<int>("bits");
    QTest::newRow("1024") << 1024;
    QTest::newRow("2047") << 2047;
    QTest::newRow("2560") << 2560;
    QTest::newRow("8192") << 8192;
    QTest::newRow("0") << 0;
}

void TestRsaKey::generateRefusesOtherSizes()
{
    QFETCH(int, bits);
    const Result<RsaKey> key = RsaKey::generate(bits);
    QVERIFY(!key.ok());
    QCOMPARE(key.error().kind, ErrorKind::Usage);
}

void TestRsaKey::generateCancelled()
{
    const std::atomic_bool cancel{true};
    const Result<RsaKey> key = RsaKey::generate(4096, &cancel);
    QVERIFY(!key.ok());
    QCOMPARE(key.error().kind, ErrorKind::Cancelled);
}

void TestRsaKey::generateCancelledWhileRunning()
{
    std::atomic_bool cancel{false};
    std::atomic_bool started{false};
    QFuture<Result<RsaKey>> future = QtConcurrent::run([&] {
        started = true;
        return RsaKey::generate(4096, &cancel);
    });
    QTRY_VERIFY(started.load());
    QThread::msleep(20);
    cancel = true;
    const Result<RsaKey> key = future.result();
    QVERIFY(!key.ok());
    QCOMPARE(key.error().kind, ErrorKind::Cancelled);
}

void TestRsaKey::encryptedPkcs8RoundTrip()
{
    const Result<QByteArray> pem = m_key->toEncryptedPkcs8Pem(secret("correct horse battery"));
    QVERIFY(pem.ok());
    QVERIFY(pem->startsWith("-----BEGIN ENCRYPTED PRIVATE KEY-----\n"));
    // Nothing of the clear key shows through.
    const QByteArray clearBody = pemBody(m_key->toPkcs8Pem()->bytes());
    QVERIFY(!pemBody(*pem).contains(clearBody.mid(40, 32)));

    const Result<RsaKey> back = RsaKey::fromPem(SecretBytes(*pem), secret("correct horse battery"));
    QVERIFY2(back.ok(), qPrintable(back.error().message));
    QVERIFY(back->hasPrivateKey());
    QCOMPARE(back->fingerprintSha256().hex, m_key->fingerprintSha256().hex);
    // The private half came back too: it signs what the original verifies.
    const Result<QByteArray> signature = back->sign(QStringLiteral("RS256"), "data");
    QVERIFY(signature.ok());
    QVERIFY(m_key->verify(QStringLiteral("RS256"), "data", *signature).ok());
}

void TestRsaKey::encryptedPkcs8Parameters()
{
    const Result<QByteArray> pem = m_key->toEncryptedPkcs8Pem(secret("pw"));
    QVERIFY(pem.ok());
    const Pbes2Info info = inspectEncryptedPkcs8(*pem);
    QVERIFY(info.pbes2);
    QCOMPARE(info.iterations, 600000L);
    QCOMPARE(info.prf, NID_hmacWithSHA256);
    QCOMPARE(info.cipher, NID_aes_256_cbc);
    QCOMPARE(info.saltBytes, 16);
    // A fresh salt (and IV) each time.
    const Result<QByteArray> again = m_key->toEncryptedPkcs8Pem(secret("pw"), 150000);
    QVERIFY(again.ok());
    QVERIFY(*again != *pem);
    QCOMPARE(inspectEncryptedPkcs8(*again).iterations, 150000L);
}

void TestRsaKey::encryptedPkcs8Refusals()
{
    const Result<QByteArray> empty = m_key->toEncryptedPkcs8Pem(SecretBytes());
    QVERIFY(!empty.ok());
    QCOMPARE(empty.error().kind, ErrorKind::BadInput);
    QVERIFY(!m_key->toEncryptedPkcs8Pem(secret("pw"), 2048).ok());
    const Result<RsaKey> publicOnly = RsaKey::fromPublicPem(m_key->publicKeyPem());
    QVERIFY(publicOnly.ok());
    QVERIFY(!publicOnly->toEncryptedPkcs8Pem(secret("pw")).ok());
    QVERIFY(!publicOnly->toPkcs8Pem().ok());
}

void TestRsaKey::wrongOrMissingPassphrase_data()
{
    QTest::addColumn<QByteArray>("passphrase");
    QTest::newRow("wrong") << QByteArray("Correct horse battery");
    QTest::newRow("missing") << QByteArray();
}

void TestRsaKey::wrongOrMissingPassphrase()
{
    QFETCH(QByteArray, passphrase);
    static const QByteArray pem = *m_key->toEncryptedPkcs8Pem(secret("correct horse battery"));
    const Result<RsaKey> key = RsaKey::fromPem(SecretBytes(pem), SecretBytes(passphrase));
    QVERIFY(!key.ok());
    QCOMPARE(key.error().kind, ErrorKind::BadInput);
    QVERIFY2(key.error().message.contains(QLatin1String("passphrase")),
             qPrintable(key.error().message));
}

void TestRsaKey::clearPkcs8RoundTrip()
{
    const Result<SecretBytes> pem = m_key->toPkcs8Pem();
    QVERIFY(pem.ok());
    QVERIFY(pem->bytes().startsWith("-----BEGIN PRIVATE KEY-----\n"));
    // A passphrase given for a clear key is simply not needed.
    for (const SecretBytes& passphrase : {SecretBytes(), secret("unused")}) {
        const Result<RsaKey> back = RsaKey::fromPem(*pem, passphrase);
        QVERIFY(back.ok());
        QCOMPARE(back->fingerprintSha256().base64, m_key->fingerprintSha256().base64);
        QVERIFY(back->hasPrivateKey());
    }
}

void TestRsaKey::pkcs1Import()
{
    EvpPkeyPtr raw = parsePrivate(m_key->toPkcs8Pem()->bytes());
    const QByteArray pem = traditionalPem(raw.get());
    QVERIFY(pem.startsWith("-----BEGIN RSA PRIVATE KEY-----\n"));
    const Result<RsaKey> key = RsaKey::fromPem(SecretBytes(pem), SecretBytes());
    QVERIFY2(key.ok(), qPrintable(key.error().message));
    QCOMPARE(key->fingerprintSha256().hex, m_key->fingerprintSha256().hex);
    QVERIFY(key->hasPrivateKey());
}

void TestRsaKey::legacyEncryptedPkcs1()
{
    EvpPkeyPtr raw = parsePrivate(m_key->toPkcs8Pem()->bytes());
    const QByteArray pem = traditionalPem(raw.get(), EVP_aes_128_cbc(), "legacy pass");
    QVERIFY(pem.contains("Proc-Type: 4,ENCRYPTED"));
    QVERIFY(pem.contains("DEK-Info: AES-128-CBC,"));
    const Result<RsaKey> key = RsaKey::fromPem(SecretBytes(pem), secret("legacy pass"));
    QVERIFY2(key.ok(), qPrintable(key.error().message));
    QCOMPARE(key->fingerprintSha256().hex, m_key->fingerprintSha256().hex);

    for (const SecretBytes& wrong : {secret("legacy pasS"), SecretBytes()}) {
        const Result<RsaKey> refused = RsaKey::fromPem(SecretBytes(pem), wrong);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().kind, ErrorKind::BadInput);
        QVERIFY2(refused.error().message.contains(QLatin1String("passphrase")),
                 qPrintable(refused.error().message));
    }
}

void TestRsaKey::hostileEncryptionCostRefusedFirst_data()
{
    QTest::addColumn<QByteArray>("pem");
    QTest::addColumn<QString>("expected");
    // Each would cost seconds to minutes of derivation before the passphrase is even checked.
    QTest::newRow("PBKDF2 above the limit")
        << test::pbkdf2KeyPem(RsaKey::MaxPbkdf2Iterations * 3) << "30000000 PBKDF2 iterations";
    QTest::newRow("PBKDF2 beyond 64 bits of sense")
        << test::pbkdf2KeyPem(quint64(1) << 40) << "1099511627776 PBKDF2 iterations";
    QTest::newRow("PKCS#12 above the limit")
        << test::pkcs12KeyPem(RsaKey::MaxPbkdf2Iterations * 3) << "30000000 PKCS#12 iterations";
    QTest::newRow("scrypt p = 200") << test::scryptKeyPem(16384, 8, 200) << "p = 200";
    QTest::newRow("scrypt 1 GiB") << test::scryptKeyPem(quint64(1) << 20, 8, 1)
                                  << "N = 1048576, r = 8";
    // OpenSSL's reader skips a block it cannot use and decrypts the next one.
    const QByteArray certificate = test::makeSelfSignedCertificate().certificate.toPem();
    QTest::newRow("after a certificate")
        << QByteArray(certificate + test::pbkdf2KeyPem(RsaKey::MaxPbkdf2Iterations * 3))
        << "30000000 PBKDF2";
    // Legacy PEM encryption around PKCS#8: OpenSSL would undo it, then derive from parameters
    // nobody could read beforehand.
    QByteArray twice = test::pbkdf2KeyPem(2048);
    twice.replace("-----BEGIN ENCRYPTED PRIVATE KEY-----\n",
                  "-----BEGIN ENCRYPTED PRIVATE KEY-----\nProc-Type: 4,ENCRYPTED\nDEK-Info: "
                  "AES-128-CBC,00112233445566778899AABBCCDDEEFF\n\n");
    QTest::newRow("inside DEK-Info") << twice << "encrypted twice";
}

void TestRsaKey::hostileEncryptionCostRefusedFirst()
{
    QFETCH(QByteArray, pem);
    QFETCH(QString, expected);
    QElapsedTimer timer;
    timer.start();
    const Result<RsaKey> key = RsaKey::fromPem(SecretBytes(pem), secret("any passphrase"));
    QVERIFY(!key.ok());
    QCOMPARE(key.error().kind, ErrorKind::BadInput);
    QVERIFY2(key.error().message.contains(expected), qPrintable(key.error().message));
    // Refused from the parameters, not after the work.
    QVERIFY2(timer.elapsed() < 1000, qPrintable(QString::number(timer.elapsed())));
}

void TestRsaKey::encryptionCostLimits_data()
{
    QTest::addColumn<QByteArray>("pem");
    QTest::addColumn<bool>("accepted");
    const quint64 max = RsaKey::MaxPbkdf2Iterations;
    QTest::newRow("PBKDF2 at the limit") << test::pbkdf2KeyPem(max) << true;
    QTest::newRow("PBKDF2 one above") << test::pbkdf2KeyPem(max + 1) << false;
    QTest::newRow("PBKDF2 2,048 (openssl genpkey)") << test::pbkdf2KeyPem(2048) << true;
    QTest::newRow("PBKDF2 2^31 - 1") << test::pbkdf2KeyPem(2147483647) << false;
    QTest::newRow("PKCS#12 at the limit") << test::pkcs12KeyPem(max) << true;
    QTest::newRow("PKCS#12 one above") << test::pkcs12KeyPem(max + 1) << false;
    // scrypt: at most 32 MiB (the table of N + 2 blocks and p more, 128 * r bytes each), p <= 16.
    QTest::newRow("scrypt openssl's default") << test::scryptKeyPem(16384, 8, 1) << true;
    QTest::newRow("scrypt p = 16") << test::scryptKeyPem(16384, 8, 16) << true;
    QTest::newRow("scrypt p = 17") << test::scryptKeyPem(16384, 8, 17) << false;
    QTest::newRow("scrypt 16 MiB, r = 1") << test::scryptKeyPem(quint64(1) << 17, 1, 16) << true;
    QTest::newRow("scrypt 32 MiB + 3 blocks") << test::scryptKeyPem(32768, 8, 1) << false;
    QTest::newRow("scrypt r = 0") << test::scryptKeyPem(16384, 0, 1) << false;
}

void TestRsaKey::encryptionCostLimits()
{
    QFETCH(QByteArray, pem);
    QFETCH(bool, accepted);
    const Status checked = RsaKey::checkEncryptionCost(SecretBytes(pem));
    QVERIFY2(checked.ok() == accepted,
             qPrintable(checked.ok() ? QStringLiteral("accepted") : checked.error().message));
    if (!accepted) {
        QCOMPARE(checked.error().kind, ErrorKind::BadInput);
        // The same refusal from the loader, before it derives anything.
        const Result<RsaKey> key = RsaKey::fromPem(SecretBytes(pem), secret("pw"));
        QVERIFY(!key.ok());
        QCOMPARE(key.error().message, checked.error().message);
    }
}

void TestRsaKey::otherSchemesStillOpen()
{
    // Real keys in the other schemes the loader reads, at the costs tools write.
    EvpPkeyPtr raw = parsePrivate(m_key->toPkcs8Pem()->bytes());
    Pkcs8InfoPtr info(EVP_PKEY2PKCS8(raw.get()));
    QVERIFY(info);
    const QByteArray pass = "other schemes";
    for (const bool scrypt : {true, false}) {
        X509_ALGOR* scheme =
            scrypt ? PKCS5_pbe2_set_scrypt(EVP_aes_256_cbc(), nullptr, 16, nullptr, 16384, 8, 1)
                   : PKCS5_pbe_set(NID_pbe_WithSHA1And3_Key_TripleDES_CBC, 2048, nullptr, 8);
        QVERIFY(scheme);
        X509SigPtr sig(PKCS8_set0_pbe(pass.constData(), int(pass.size()), info.get(), scheme));
        QVERIFY(sig);
        BioPtr bio(BIO_new(BIO_s_mem()));
        QVERIFY(PEM_write_bio_PKCS8(bio.get(), sig.get()) == 1);
        const Result<RsaKey> key =
            RsaKey::fromPem(SecretBytes(bioContents(bio.get())), SecretBytes(pass));
        QVERIFY2(key.ok(), qPrintable(key.error().message));
        QCOMPARE(key->fingerprintSha256().hex, m_key->fingerprintSha256().hex);
    }
}

void TestRsaKey::refusedKeys_data()
{
    QTest::addColumn<QByteArray>("pem");
    QTest::addColumn<QString>("expected");

    EvpPkeyPtr ec(EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-256"));
    EvpPkeyPtr ed25519(EVP_PKEY_Q_keygen(nullptr, nullptr, "ED25519"));
    EvpPkeyPtr small(EVP_PKEY_Q_keygen(nullptr, nullptr, "RSA", size_t(1024)));
    QVERIFY(ec && ed25519 && small);
    const QByteArray good = m_key->toPkcs8Pem()->bytes();

    QTest::newRow("EC (PKCS#8)") << privatePem(ec.get())
                                 << "The key is an EC key; AuthDeck needs an RSA key";
    QTest::newRow("EC (SEC1)") << traditionalPem(ec.get())
                               << "The key is an EC key; AuthDeck needs an RSA key";
    QTest::newRow("Ed25519") << privatePem(ed25519.get()) << "AuthDeck needs an RSA key";
    QTest::newRow("1024 bits") << privatePem(small.get()) << "has 1024 bits";
    QTest::newRow("1024 bits PKCS#1") << traditionalPem(small.get()) << "has 1024 bits";
    QTest::newRow("empty") << QByteArray() << "empty";
    QTest::newRow("garbage") << QByteArray("hello, world\n") << "not a PEM private key";
    QTest::newRow("binary") << QByteArray("\x30\x82\x04\xa3\x02\x01\x00", 7)
                            << "not a PEM private key";
    QTest::newRow("truncated") << good.left(good.size() / 2) << "damaged";
    QByteArray flipped = good;
    flipped[200] = flipped.at(200) == 'A' ? 'B' : 'A';
    QTest::newRow("changed byte") << flipped << "damaged";
    QTest::newRow("public key") << m_key->publicKeyPem() << "This is a public key";
    QTest::newRow("over 64 KiB") << QByteArray(good + QByteArray(64 * 1024, '\n'))
                                 << "larger than 64 KB";
}

void TestRsaKey::refusedKeys()
{
    QFETCH(QByteArray, pem);
    QFETCH(QString, expected);
    const Result<RsaKey> key = RsaKey::fromPem(SecretBytes(pem), SecretBytes());
    QVERIFY(!key.ok());
    QCOMPARE(key.error().kind, ErrorKind::BadInput);
    QVERIFY2(key.error().message.contains(expected), qPrintable(key.error().message));
}

void TestRsaKey::publicKeys()
{
    const QByteArray spki = m_key->publicKeyPem();
    QVERIFY(spki.startsWith("-----BEGIN PUBLIC KEY-----\n"));
    EvpPkeyPtr raw = parsePrivate(m_key->toPkcs8Pem()->bytes());
    const QByteArray pkcs1 = pkcs1PublicPem(raw.get());
    QVERIFY(pkcs1.startsWith("-----BEGIN RSA PUBLIC KEY-----\n"));

    const Result<QByteArray> signature = m_key->sign(QStringLiteral("RS256"), "payload");
    QVERIFY(signature.ok());
    for (const QByteArray& pem : {spki, pkcs1}) {
        const Result<RsaKey> key = RsaKey::fromPublicPem(pem);
        QVERIFY2(key.ok(), qPrintable(key.error().message));
        QVERIFY(!key->hasPrivateKey());
        QCOMPARE(key->bits(), 2048);
        QCOMPARE(key->publicKeyPem(), spki);
        QVERIFY(key->verify(QStringLiteral("RS256"), "payload", *signature).ok());
        QVERIFY(!key->sign(QStringLiteral("RS256"), "payload").ok());
    }

    EvpPkeyPtr ec(EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-256"));
    BioPtr bio(BIO_new(BIO_s_mem()));
    PEM_write_bio_PUBKEY(bio.get(), ec.get());
    const Result<RsaKey> ecKey = RsaKey::fromPublicPem(bioContents(bio.get()));
    QVERIFY(!ecKey.ok());
    QVERIFY(ecKey.error().message.contains(QLatin1String("EC key")));
    // A private key pasted where a public key belongs is refused, not quietly reduced.
    const Result<RsaKey> privateText = RsaKey::fromPublicPem(m_key->toPkcs8Pem()->bytes());
    QVERIFY(!privateText.ok());
    QVERIFY(privateText.error().message.contains(QLatin1String("private key")));
    QVERIFY(!RsaKey::fromPublicPem("-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----\n")
                 .ok());
}

void TestRsaKey::fingerprint()
{
    const RsaKey::Fingerprint fp = m_key->fingerprintSha256();
    // Recomputed independently: SHA-256 of the DER inside the public key PEM.
    const QByteArray digest =
        QCryptographicHash::hash(pemBody(m_key->publicKeyPem()), QCryptographicHash::Sha256);
    QCOMPARE(fp.base64, QString::fromLatin1(digest.toBase64()));
    QCOMPARE(fp.hex, QString::fromLatin1(digest.toHex(':').toUpper()));
    QCOMPARE(fp.hex.size(), 32 * 3 - 1);
    QVERIFY(QRegularExpression(QStringLiteral("^([0-9A-F]{2}:){31}[0-9A-F]{2}$"))
                .match(fp.hex)
                .hasMatch());
}

void TestRsaKey::jwkRoundTrip()
{
    const QJsonObject jwk = m_key->publicJwk();
    QCOMPARE(jwk.value(QLatin1String("kty")).toString(), QStringLiteral("RSA"));
    QCOMPARE(jwk.value(QLatin1String("e")).toString(), QStringLiteral("AQAB"));
    const Result<QByteArray> n =
        Base64Url::decode(jwk.value(QLatin1String("n")).toString().toLatin1());
    QVERIFY(n.ok());
    QCOMPARE(n->size(), 256);
    QVERIFY(quint8(n->at(0)) >= 0x80); // a 2048-bit modulus, no leading zero byte

    const Result<RsaKey> key = RsaKey::fromJwk(jwk);
    QVERIFY2(key.ok(), qPrintable(key.error().message));
    QVERIFY(!key->hasPrivateKey());
    QCOMPARE(key->fingerprintSha256().hex, m_key->fingerprintSha256().hex);

    QJsonObject broken = jwk;
    broken.insert(QStringLiteral("kty"), QStringLiteral("EC"));
    QVERIFY(!RsaKey::fromJwk(broken).ok());
    broken = jwk;
    broken.insert(QStringLiteral("n"), QStringLiteral("AQAB=="));
    QVERIFY(!RsaKey::fromJwk(broken).ok());
    broken = jwk;
    broken.remove(QStringLiteral("e"));
    QVERIFY(!RsaKey::fromJwk(broken).ok());
}

void TestRsaKey::signAndVerify_data()
{
    QTest::addColumn<QString>("alg");
    QTest::newRow("RS256") << "RS256";
    QTest::newRow("RS384") << "RS384";
    QTest::newRow("RS512") << "RS512";
}

void TestRsaKey::signAndVerify()
{
    QFETCH(QString, alg);
    const QByteArray data = "header.claims";
    const Result<QByteArray> signature = m_key->sign(alg, data);
    QVERIFY(signature.ok());
    QCOMPARE(signature->size(), 256);
    // PKCS#1 v1.5 is deterministic.
    QCOMPARE(*m_key->sign(alg, data), *signature);
    QVERIFY(m_key->verify(alg, data, *signature).ok());

    const Status changedData = m_key->verify(alg, "header.claimz", *signature);
    QVERIFY(!changedData.ok());
    QCOMPARE(changedData.error().kind, ErrorKind::BadInput);
    QByteArray changedSignature = *signature;
    changedSignature[100] = char(changedSignature.at(100) ^ 0x40);
    QVERIFY(!m_key->verify(alg, data, changedSignature).ok());
    QVERIFY(!m_key->verify(alg, data, signature->left(255)).ok());
    QVERIFY(!m_key->verify(alg, data, QByteArray()).ok());
    // The digest is part of what is signed: the same signature does not pass as another alg.
    const QString other =
        alg == QLatin1String("RS256") ? QStringLiteral("RS512") : QStringLiteral("RS256");
    QVERIFY(!m_key->verify(other, data, *signature).ok());
}

void TestRsaKey::unsupportedAlgorithms_data()
{
    QTest::addColumn<QString>("alg");
    QTest::newRow("none") << "none";
    QTest::newRow("HS256") << "HS256";
    QTest::newRow("PS384") << "PS384";
    QTest::newRow("lower case") << "rs256";
    QTest::newRow("empty") << "";
}

void TestRsaKey::unsupportedAlgorithms()
{
    QFETCH(QString, alg);
    QVERIFY(!m_key->sign(alg, "x").ok());
    const Result<QByteArray> good = m_key->sign(QStringLiteral("RS256"), "x");
    const Status verified = m_key->verify(alg, "x", *good);
    QVERIFY(!verified.ok());
    QCOMPARE(verified.error().kind, ErrorKind::BadInput);
}

void TestRsaKey::keyFileMode()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("private.pem"));
    const Result<SecretBytes> pem = m_key->toPkcs8Pem();
    // With no umask at all, a file created the ordinary way would be world-readable.
    const mode_t previous = ::umask(0);
    const Status written = KeyFiles::writeKeyFile(path, *pem);
    ::umask(previous);
    QVERIFY2(written.ok(), qPrintable(written.error().message));

    const QFile::Permissions others = QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup
                                      | QFile::ReadOther | QFile::WriteOther | QFile::ExeOther;
    const QFile::Permissions permissions = QFileInfo(path).permissions();
    QVERIFY(permissions.testFlag(QFile::ReadOwner));
    QVERIFY(permissions.testFlag(QFile::WriteOwner));
    QVERIFY(!permissions.testFlag(QFile::ExeOwner));
    QVERIFY(!(permissions & others));
    struct stat st {};
    QCOMPARE(::stat(QFile::encodeName(path).constData(), &st), 0);
    QCOMPARE(st.st_mode & 07777, mode_t(0600));

    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), pem->bytes());
    // Only the key file is left: no temporary beside it.
    QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
             QStringList{QStringLiteral("private.pem")});
}

void TestRsaKey::keyFileOverwrite()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("config.json"));
    {
        QFile existing(path);
        QVERIFY(existing.open(QIODevice::WriteOnly));
        existing.write("old");
        existing.setPermissions(existing.permissions() | QFile::ReadOther | QFile::ReadGroup);
    }
    const Status refused = KeyFiles::writeKeyFile(path, secret("new"));
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().kind, ErrorKind::Usage);
    QVERIFY(refused.error().message.contains(QLatin1String("already exists")));
    QFile check(path);
    QVERIFY(check.open(QIODevice::ReadOnly));
    QCOMPARE(check.readAll(), QByteArray("old"));
    check.close();

    const Status replaced =
        KeyFiles::writeKeyFile(path, secret("new"), KeyFiles::Existing::Replace);
    QVERIFY2(replaced.ok(), qPrintable(replaced.error().message));
    QVERIFY(check.open(QIODevice::ReadOnly));
    QCOMPARE(check.readAll(), QByteArray("new"));
    // The replacement is a new file with the key-file mode, not the old file's looser one.
    struct stat st {};
    QCOMPARE(::stat(QFile::encodeName(path).constData(), &st), 0);
    QCOMPARE(st.st_mode & 07777, mode_t(0600));
    QCOMPARE(
        QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot).size(),
        1);
}

void TestRsaKey::keyFileErrors()
{
    QTemporaryDir dir;
    const Status missingDir =
        KeyFiles::writeKeyFile(dir.filePath(QStringLiteral("no/such/dir/key.pem")), secret("x"));
    QVERIFY(!missingDir.ok());
    QCOMPARE(missingDir.error().kind, ErrorKind::Other);
    QVERIFY(missingDir.error().message.contains(QLatin1String("key.pem")));
}

QTEST_GUILESS_MAIN(TestRsaKey)
#include "tst_rsakey.moc"
