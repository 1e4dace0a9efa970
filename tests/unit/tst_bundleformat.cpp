// The bundle file format (app/bundle/README.md): canonical serialization, round trips, hostile
// parameters refused before any key derivation, and every region of the file bound: a flipped
// byte anywhere, a truncation, or a change re-checksummed by hand never yields secrets.
#include "bundle/BundleFormat.h"
#include "bundle/CanonicalJson.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace authdeck;
using namespace authdeck::bundle;

namespace {

const QByteArray SecretCanary = "client-secret-canary-7f3a91";
const QByteArray TokenCanary = "refresh-token-canary-c0ffee";

QJsonArray sampleApps()
{
    return QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("app-1")},
                                  {QStringLiteral("name"), QStringLiteral("Corp \"Box\" JWT")},
                                  {QStringLiteral("provider"), QStringLiteral("box")},
                                  {QStringLiteral("scheme"), QStringLiteral("jwt")},
                                  {QStringLiteral("client_id"), QStringLiteral("abc/def\u00e9")},
                                  {QStringLiteral("has_client_secret"), true},
                                  {QStringLiteral("redirect_port"), 8123}}};
}

QJsonArray sampleAccounts()
{
    return QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("acc-1")},
                                  {QStringLiteral("name"), QStringLiteral("Service account")},
                                  {QStringLiteral("provider"), QStringLiteral("box")},
                                  {QStringLiteral("app"), QStringLiteral("app-1")},
                                  {QStringLiteral("status"), QStringLiteral("ok")}}};
}

BundleFormat::Secrets sampleSecrets()
{
    BundleFormat::Secrets s;
    SecretRecord app;
    app.set(QStringLiteral("client_secret"), SecretBytes(SecretCanary));
    app.set(QStringLiteral("private_key"), SecretBytes("-----BEGIN PRIVATE KEY-----\nMII\n"));
    s.apps.insert(QStringLiteral("app-1"), app);
    SecretRecord acc;
    acc.set(QStringLiteral("refresh_token"), SecretBytes(TokenCanary));
    s.accounts.insert(QStringLiteral("acc-1"), acc);
    return s;
}

QJsonObject docOf(const QByteArray& bytes)
{
    return QJsonDocument::fromJson(bytes).object();
}

} // namespace

class TestBundleFormat : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void canonicalJson();
    void canonicalRefusesNonIntegers_data();
    void canonicalRefusesNonIntegers();
    void clearRoundTrip();
    void secretRoundTrip();
    void wrongPassphrase();
    void everyFlippedByteIsRefused();
    void everyTruncationIsRefused();
    void rechecksummedChangesFailTheTag_data();
    void rechecksummedChangesFailTheTag();
    void hostileParameters_data();
    void hostileParameters();
    void nonCanonicalNumbers_data();
    void nonCanonicalNumbers();
    void unknownVersion();
    void oversizedFile();
    void deriveRefusesBeforeWork();
    void acceptedCostRange_data();
    void acceptedCostRange();

private:
    BundleFormat::Keys m_keys;
    QByteArray m_file;
};

void TestBundleFormat::initTestCase()
{
    Result<BundleFormat::Keys> keys =
        BundleFormat::deriveKeys(SecretBytes("correct horse battery"), BundleFormat::freshKdf());
    QVERIFY(keys.ok());
    m_keys = *keys;
    const BundleFormat::Secrets secrets = sampleSecrets();
    Result<QByteArray> file = BundleFormat::write(
        sampleApps(), sampleAccounts(), QDateTime(QDate(2026, 11, 29), QTime(23, 50), Qt::UTC),
        &secrets, &m_keys);
    QVERIFY2(file.ok(), qPrintable(file.error().message));
    m_file = *file;
}

void TestBundleFormat::canonicalJson()
{
    const QJsonObject o{{QStringLiteral("b"), 1},
                        {QStringLiteral("a"), QJsonArray{true, QJsonValue::Null, -42}},
                        {QStringLiteral("\u00e9"), QStringLiteral("x\"\\/\n\u0001\u00e9")},
                        {QStringLiteral("Z"), QJsonObject{}}};
    Result<QByteArray> compact = CanonicalJson::serialize(o);
    QVERIFY(compact.ok());
    QCOMPARE(*compact, QByteArray("{\"Z\":{},\"a\":[true,null,-42],\"b\":1,"
                                  "\"\xc3\xa9\":\"x\\\"\\\\/\\n\\u0001\xc3\xa9\"}"));
    Result<QByteArray> pretty = CanonicalJson::serialize(
        QJsonObject{{QStringLiteral("k"), QJsonArray{1, 2}}, {QStringLiteral("e"), QJsonArray{}}},
        CanonicalJson::Layout::Pretty);
    QVERIFY(pretty.ok());
    QCOMPARE(*pretty, QByteArray("{\n  \"e\": [],\n  \"k\": [\n    1,\n    2\n  ]\n}\n"));
}

void TestBundleFormat::canonicalRefusesNonIntegers_data()
{
    QTest::addColumn<double>("value");
    QTest::newRow("fraction") << 1.5;
    QTest::newRow("beyond 2^53") << 9007199254740992.0 * 4;
    QTest::newRow("infinity") << std::numeric_limits<double>::infinity();
}

void TestBundleFormat::canonicalRefusesNonIntegers()
{
    QFETCH(double, value);
    QVERIFY(!CanonicalJson::serialize(QJsonObject{{QStringLiteral("n"), value}}).ok());
    QVERIFY(CanonicalJson::serialize(QJsonObject{{QStringLiteral("n"), 9007199254740991.0}}).ok());
}

void TestBundleFormat::clearRoundTrip()
{
    Result<QByteArray> file = BundleFormat::write(
        sampleApps(), sampleAccounts(), QDateTime::currentDateTimeUtc(), nullptr, nullptr);
    QVERIFY(file.ok());
    QVERIFY(file->startsWith("{\n  \"checksum\": \"sha256:"));
    QVERIFY(!file->contains("\"secrets\""));
    Result<BundleFormat::Parsed> p = BundleFormat::parse(*file);
    QVERIFY2(p.ok(), qPrintable(p.error().message));
    QVERIFY(!p->secrets);
    QCOMPARE(p->apps, sampleApps());
    QCOMPARE(p->accounts, sampleAccounts());
    QCOMPARE(p->version, 1);
}

void TestBundleFormat::secretRoundTrip()
{
    QVERIFY(!m_file.contains(SecretCanary));
    QVERIFY(!m_file.contains(TokenCanary));
    QVERIFY(!m_file.contains("PRIVATE KEY"));
    QVERIFY(!m_file.contains(SecretCanary.toBase64().left(12)));
    const QJsonObject kdf = docOf(m_file).value(u"secrets").toObject().value(u"kdf").toObject();
    QCOMPARE(kdf.value(u"log2_n").toInt(), 17);
    QCOMPARE(kdf.value(u"r").toInt(), 8);
    QCOMPARE(kdf.value(u"p").toInt(), 1);
    QCOMPARE(QByteArray::fromBase64(kdf.value(u"salt").toString().toLatin1()).size(), 16);

    Result<BundleFormat::Parsed> p = BundleFormat::parse(m_file);
    QVERIFY2(p.ok(), qPrintable(p.error().message));
    QVERIFY(p->secrets);
    Result<BundleFormat::Secrets> s = BundleFormat::open(*p, m_keys);
    QVERIFY2(s.ok(), qPrintable(s.error().message));
    QCOMPARE(s->apps.value(QStringLiteral("app-1")).value(QStringLiteral("client_secret")).bytes(),
             SecretCanary);
    QCOMPARE(
        s->accounts.value(QStringLiteral("acc-1")).value(QStringLiteral("refresh_token")).bytes(),
        TokenCanary);
    QVERIFY(s->apps.value(QStringLiteral("app-1")).has(QStringLiteral("private_key")));

    // A second export of the same content uses a fresh salt and nonce.
    const BundleFormat::Secrets secrets = sampleSecrets();
    Result<QByteArray> again =
        BundleFormat::write(sampleApps(), sampleAccounts(), p->created, &secrets, &m_keys);
    QVERIFY(again.ok());
    QVERIFY(docOf(*again).value(u"secrets").toObject().value(u"nonce")
            != docOf(m_file).value(u"secrets").toObject().value(u"nonce"));
}

void TestBundleFormat::wrongPassphrase()
{
    Result<BundleFormat::Parsed> p = BundleFormat::parse(m_file);
    QVERIFY(p.ok());
    Result<BundleFormat::Keys> wrong =
        BundleFormat::deriveKeys(SecretBytes("correct horse battery!"), p->secrets->kdf);
    QVERIFY(wrong.ok());
    Result<BundleFormat::Secrets> s = BundleFormat::open(*p, *wrong);
    QVERIFY(!s.ok());
    QCOMPARE(s.error().kind, ErrorKind::BadInput);
    QCOMPARE(s.error().diagnosis, Diagnosis::WrongPassphrase);
    QVERIFY(s.error().message.contains(QLatin1String("passphrase")));
}

void TestBundleFormat::everyFlippedByteIsRefused()
{
    int refusedByParse = 0;
    for (qsizetype i = 0; i < m_file.size(); ++i) {
        for (char mask : {char(0x01), char(0x20)}) {
            QByteArray bad = m_file;
            bad[i] = char(bad[i] ^ mask);
            Result<BundleFormat::Parsed> p = BundleFormat::parse(bad);
            if (!p.ok()) {
                QCOMPARE(p.error().kind, ErrorKind::BadInput);
                ++refusedByParse;
                continue;
            }
            Result<BundleFormat::Secrets> s = BundleFormat::open(*p, m_keys);
            QVERIFY2(!s.ok(), qPrintable(QStringLiteral("byte %1 changed unseen").arg(i)));
        }
    }
    QVERIFY(refusedByParse > 0);
}

void TestBundleFormat::everyTruncationIsRefused()
{
    for (qsizetype n = 0; n < m_file.size(); ++n) {
        Result<BundleFormat::Parsed> p = BundleFormat::parse(m_file.left(n));
        QVERIFY2(!p.ok(), qPrintable(QStringLiteral("truncated to %1 bytes accepted").arg(n)));
        QCOMPARE(p.error().kind, ErrorKind::BadInput);
    }
    Result<BundleFormat::Parsed> p = BundleFormat::parse(m_file.left(m_file.size() / 2));
    QVERIFY(p.error().message.contains(QLatin1String("altered or damaged")));
}

void TestBundleFormat::rechecksummedChangesFailTheTag_data()
{
    // Someone changes a region and fixes the checksum: the AEAD still catches it.
    QTest::addColumn<QString>("path");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<int>("diagnosis");
    const int tampered = int(Diagnosis::Tampered);
    QTest::newRow("created") << "created" << QJsonValue(QStringLiteral("2020-01-01T00:00:00Z"))
                             << tampered;
    QTest::newRow("app name") << "config.apps.0.name" << QJsonValue(QStringLiteral("Evil"))
                              << tampered;
    QTest::newRow("app token url")
        << "config.apps.0.token_url" << QJsonValue(QStringLiteral("https://evil.example/token"))
        << tampered;
    QTest::newRow("account status")
        << "config.accounts.0.status" << QJsonValue(QStringLiteral("error")) << tampered;
    QTest::newRow("nonce") << "secrets.nonce"
                           << QJsonValue(QString::fromLatin1(QByteArray(12, 'n').toBase64()))
                           << tampered;
    QTest::newRow("tag") << "secrets.tag"
                         << QJsonValue(QString::fromLatin1(QByteArray(16, 't').toBase64()))
                         << tampered;
    QTest::newRow("ciphertext") << "secrets.ciphertext"
                                << QJsonValue(QString::fromLatin1(QByteArray(40, 'c').toBase64()))
                                << tampered;
    QTest::newRow("key check") << "secrets.key_check"
                               << QJsonValue(QString::fromLatin1(QByteArray(16, 'k').toBase64()))
                               << int(Diagnosis::WrongPassphrase);
}

void TestBundleFormat::rechecksummedChangesFailTheTag()
{
    QFETCH(QString, path);
    QFETCH(QJsonValue, value);
    QFETCH(int, diagnosis);
    QJsonObject doc = docOf(m_file);
    const QStringList parts = path.split(QLatin1Char('.'));
    if (parts.size() == 1) {
        doc.insert(parts[0], value);
    } else if (parts[0] == QLatin1String("secrets")) {
        QJsonObject s = doc.value(u"secrets").toObject();
        s.insert(parts[1], value);
        doc.insert(QStringLiteral("secrets"), s);
    } else {
        QJsonObject config = doc.value(u"config").toObject();
        QJsonArray items = config.value(parts[1]).toArray();
        QJsonObject item = items.at(parts[2].toInt()).toObject();
        item.insert(parts[3], value);
        items.replace(parts[2].toInt(), item);
        config.insert(parts[1], items);
        doc.insert(QStringLiteral("config"), config);
    }
    Result<QByteArray> bytes = BundleFormat::encode(doc);
    QVERIFY(bytes.ok());
    QVERIFY(*bytes != m_file);
    Result<BundleFormat::Parsed> p = BundleFormat::parse(*bytes);
    QVERIFY2(p.ok(), qPrintable(p.error().message));
    Result<BundleFormat::Secrets> s = BundleFormat::open(*p, m_keys);
    QVERIFY(!s.ok());
    QCOMPARE(s.error().kind, ErrorKind::BadInput);
    QCOMPARE(int(s.error().diagnosis), diagnosis);
    if (diagnosis == int(Diagnosis::Tampered))
        QVERIFY(s.error().message.contains(QLatin1String("altered")));
}

void TestBundleFormat::hostileParameters_data()
{
    QTest::addColumn<QString>("member");
    QTest::addColumn<QJsonValue>("value"); // Undefined: remove the member
    QTest::addColumn<QString>("named");
    // Above 2^18 every value: 2^20 alone costs 1 GiB and seconds before the passphrase check.
    QTest::newRow("log2 N 19") << "log2_n" << QJsonValue(19)
                               << "2^19 (log2_n) is above the limit of 2^18";
    QTest::newRow("log2 N 20") << "log2_n" << QJsonValue(20) << "2^20 (log2_n)";
    QTest::newRow("log2 N 21") << "log2_n" << QJsonValue(21) << "2^21 (log2_n)";
    QTest::newRow("log2 N 22") << "log2_n" << QJsonValue(22) << "2^22 (log2_n)";
    QTest::newRow("log2 N 23") << "log2_n" << QJsonValue(23) << "2^23";
    QTest::newRow("log2 N 40") << "log2_n" << QJsonValue(40) << "2^40";
    QTest::newRow("log2 N huge") << "log2_n" << QJsonValue(4096) << "log2_n";
    QTest::newRow("log2 N 16") << "log2_n" << QJsonValue(16) << "minimum";
    QTest::newRow("log2 N negative") << "log2_n" << QJsonValue(-1) << "log2_n";
    QTest::newRow("log2 N string") << "log2_n" << QJsonValue(QStringLiteral("17")) << "log2_n";
    QTest::newRow("r 16") << "r" << QJsonValue(16) << "r = 16";
    QTest::newRow("p 2") << "p" << QJsonValue(2) << "p = 2";
    QTest::newRow("no salt") << "salt" << QJsonValue(QJsonValue::Undefined) << "salt";
    QTest::newRow("short salt") << "salt"
                                << QJsonValue(QString::fromLatin1(QByteArray(8, 's').toBase64()))
                                << "salt";
    QTest::newRow("empty salt") << "salt" << QJsonValue(QString()) << "salt";
    QTest::newRow("salt not base64") << "salt" << QJsonValue(QStringLiteral("!!!!")) << "salt";
    QTest::newRow("other kdf") << "name" << QJsonValue(QStringLiteral("pbkdf2")) << "scrypt";
}

void TestBundleFormat::hostileParameters()
{
    QFETCH(QString, member);
    QFETCH(QJsonValue, value);
    QFETCH(QString, named);
    QJsonObject doc = docOf(m_file);
    QJsonObject secrets = doc.value(u"secrets").toObject();
    QJsonObject kdf = secrets.value(u"kdf").toObject();
    if (value.isUndefined())
        kdf.remove(member);
    else
        kdf.insert(member, value);
    secrets.insert(QStringLiteral("kdf"), kdf);
    doc.insert(QStringLiteral("secrets"), secrets);
    Result<QByteArray> bytes = BundleFormat::encode(doc);
    QVERIFY(bytes.ok());
    QElapsedTimer t;
    t.start();
    Result<BundleFormat::Parsed> p = BundleFormat::parse(*bytes);
    QVERIFY(!p.ok());
    QVERIFY(t.elapsed() < 200); // refused before any key derivation
    QCOMPARE(p.error().kind, ErrorKind::BadInput);
    QVERIFY2(p.error().message.contains(named), qPrintable(p.error().message));
}

void TestBundleFormat::nonCanonicalNumbers_data()
{
    QTest::addColumn<QByteArray>("spelling");
    QTest::newRow("leading zero") << QByteArray("017");
    QTest::newRow("hex") << QByteArray("0x11");
    QTest::newRow("plus") << QByteArray("+17");
    QTest::newRow("fraction") << QByteArray("17.0");
    QTest::newRow("exponent") << QByteArray("1.7e1");
    QTest::newRow("overflow") << QByteArray("18446744073709551633");
    QTest::newRow("huge overflow") << QByteArray("1e400");
    QTest::newRow("negative zero") << QByteArray("-0");
}

void TestBundleFormat::nonCanonicalNumbers()
{
    QFETCH(QByteArray, spelling);
    QByteArray bad = m_file;
    const QByteArray needle = "\"log2_n\": 17,";
    QVERIFY(bad.contains(needle));
    bad.replace(needle, "\"log2_n\": " + spelling + ',');
    Result<BundleFormat::Parsed> p = BundleFormat::parse(bad);
    QVERIFY(!p.ok());
    QCOMPARE(p.error().kind, ErrorKind::BadInput);
}

void TestBundleFormat::unknownVersion()
{
    QJsonObject doc = docOf(m_file);
    doc.insert(QStringLiteral("version"), 2);
    Result<QByteArray> bytes = BundleFormat::encode(doc);
    QVERIFY(bytes.ok());
    Result<BundleFormat::Parsed> p = BundleFormat::parse(*bytes);
    QVERIFY(!p.ok());
    QCOMPARE(p.error().kind, ErrorKind::BadInput);
    QVERIFY2(p.error().message.contains(QLatin1String("unknown format version 2")),
             qPrintable(p.error().message));
}

void TestBundleFormat::oversizedFile()
{
    QByteArray big = m_file;
    big.append(QByteArray(BundleFormat::MaxFileBytes, ' '));
    Result<BundleFormat::Parsed> p = BundleFormat::parse(big);
    QVERIFY(!p.ok());
    QVERIFY(p.error().message.contains(QLatin1String("16 MiB")));
}

void TestBundleFormat::deriveRefusesBeforeWork()
{
    BundleFormat::KdfSettings k = BundleFormat::freshKdf(BundleFormat::MaxLog2N + 1);
    QElapsedTimer t;
    t.start();
    QVERIFY(!BundleFormat::deriveKeys(SecretBytes("pass phrase"), k).ok());
    k = BundleFormat::freshKdf();
    k.salt.chop(1);
    QVERIFY(!BundleFormat::deriveKeys(SecretBytes("pass phrase"), k).ok());
    QVERIFY(t.elapsed() < 200);
}

void TestBundleFormat::acceptedCostRange_data()
{
    QTest::addColumn<int>("log2N");
    QTest::addColumn<bool>("accepted");
    // README.md, "Reading": exactly 2^17 (what AuthDeck writes) and 2^18.
    QTest::newRow("2^16") << 16 << false;
    QTest::newRow("2^17") << 17 << true;
    QTest::newRow("2^18") << 18 << true;
    QTest::newRow("2^19") << 19 << false;
}

void TestBundleFormat::acceptedCostRange()
{
    QFETCH(int, log2N);
    QFETCH(bool, accepted);
    QCOMPARE(BundleFormat::MinLog2N, 17);
    QCOMPARE(BundleFormat::MaxLog2N, 18);
    const BundleFormat::KdfSettings kdf = BundleFormat::freshKdf(log2N);
    QCOMPARE(BundleFormat::kdfProblem(kdf).isEmpty(), accepted);
    if (!accepted) {
        QVERIFY(!BundleFormat::deriveKeys(SecretBytes("pass phrase"), kdf).ok());
        return;
    }
    if (log2N == BundleFormat::DefaultLog2N)
        return; // the round trips above cover it
    // A file at the top of the range is written, parsed and opened.
    Result<BundleFormat::Keys> keys = BundleFormat::deriveKeys(SecretBytes("pass phrase"), kdf);
    QVERIFY2(keys.ok(), qPrintable(keys.error().message));
    const BundleFormat::Secrets secrets = sampleSecrets();
    Result<QByteArray> file = BundleFormat::write(
        sampleApps(), sampleAccounts(), QDateTime::currentDateTimeUtc(), &secrets, &*keys);
    QVERIFY2(file.ok(), qPrintable(file.error().message));
    Result<BundleFormat::Parsed> parsed = BundleFormat::parse(*file);
    QVERIFY2(parsed.ok(), qPrintable(parsed.error().message));
    QCOMPARE(parsed->secrets->kdf.log2N, log2N);
    QVERIFY(BundleFormat::open(*parsed, *keys).ok());
}

QTEST_GUILESS_MAIN(TestBundleFormat)
#include "tst_bundleformat.moc"
