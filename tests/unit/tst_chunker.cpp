#include "secrets/SecretChunker.h"

#include <QTest>

using namespace authdeck;

class TestChunker : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void roundTrip_data();
    void roundTrip();
    void everyEntryFitsWindowsLimit();
    void baseEntryIsWrittenLast();
    void damagedEntriesRejected_data();
    void damagedEntriesRejected();
    void foreignChunksRejected();
    void tooLargeRefused();
};

namespace {
SecretBytes pattern(qsizetype size)
{
    QByteArray data(size, Qt::Uninitialized);
    for (qsizetype i = 0; i < size; ++i)
        data[i] = static_cast<char>((i * 7 + 13) & 0xff);
    return SecretBytes(data);
}
} // namespace

void TestChunker::roundTrip_data()
{
    QTest::addColumn<qsizetype>("size");
    QTest::addColumn<int>("chunks");
    QTest::newRow("empty") << qsizetype(0) << 1;
    QTest::newRow("one byte") << qsizetype(1) << 1;
    QTest::newRow("exactly one chunk") << SecretChunker::RawChunkBytes << 1;
    QTest::newRow("one over") << SecretChunker::RawChunkBytes + 1 << 2;
    QTest::newRow("4096-bit PEM") << qsizetype(3272) << 2;
    QTest::newRow("windows limit") << qsizetype(2560) << 2;
    QTest::newRow("many") << SecretChunker::RawChunkBytes * 7 + 5 << 8;
}

void TestChunker::roundTrip()
{
    QFETCH(qsizetype, size);
    QFETCH(int, chunks);
    const SecretBytes data = pattern(size);
    Result<QList<SecretChunker::Entry>> entries =
        SecretChunker::encode(QStringLiteral("authdeck:p:app:1"), data, QStringLiteral("0a1b2c3d"));
    QVERIFY(entries.ok());
    QCOMPARE(entries->size(), chunks);
    Result<SecretChunker::Header> header = SecretChunker::parseHeader(entries->last().value);
    QVERIFY(header.ok());
    QCOMPARE(header->count, chunks);
    QCOMPARE(header->generation, QStringLiteral("0a1b2c3d"));
    QList<SecretBytes> rest;
    for (qsizetype i = 0; i + 1 < entries->size(); ++i) {
        QCOMPARE(entries->at(i).key,
                 SecretChunker::chunkKey(QStringLiteral("authdeck:p:app:1"),
                                         QStringLiteral("0a1b2c3d"), int(i + 1)));
        rest.append(entries->at(i).value);
    }
    Result<SecretBytes> joined = SecretChunker::assemble(*header, rest);
    QVERIFY(joined.ok());
    QVERIFY(joined->equals(data));
}

void TestChunker::everyEntryFitsWindowsLimit()
{
    for (qsizetype size : {qsizetype(0), qsizetype(100), qsizetype(2559), qsizetype(2560),
                           qsizetype(2561), qsizetype(10000), qsizetype(50000)}) {
        Result<QList<SecretChunker::Entry>> entries = SecretChunker::encode(
            QStringLiteral("k"), pattern(size), SecretChunker::newGeneration());
        QVERIFY(entries.ok());
        for (const SecretChunker::Entry& e : *entries) {
            QVERIFY2(
                e.value.size() < SecretChunker::MaxEntryBytes,
                qPrintable(
                    QStringLiteral("%1 bytes for a %2-byte secret").arg(e.value.size()).arg(size)));
            // ASCII only, so the text round-trips through every keychain unchanged.
            for (char c : e.value.bytes())
                QVERIFY(static_cast<unsigned char>(c) >= 0x20
                        && static_cast<unsigned char>(c) < 0x7f);
        }
    }
}

void TestChunker::baseEntryIsWrittenLast()
{
    Result<QList<SecretChunker::Entry>> entries =
        SecretChunker::encode(QStringLiteral("base"), pattern(9000), QStringLiteral("g1"));
    QVERIFY(entries.ok());
    QCOMPARE(entries->last().key, QStringLiteral("base"));
    for (qsizetype i = 0; i + 1 < entries->size(); ++i)
        QVERIFY(entries->at(i).key.startsWith(QLatin1String("base#g1.")));
}

void TestChunker::damagedEntriesRejected_data()
{
    QTest::addColumn<QByteArray>("base");
    QTest::newRow("no header") << QByteArray("c2VjcmV0");
    QTest::newRow("wrong magic") << QByteArray("adk2;g;1;0000000000000000;c2VjcmV0");
    QTest::newRow("missing field") << QByteArray("adk1;g;1;c2VjcmV0");
    QTest::newRow("zero chunks") << QByteArray("adk1;g;0;0000000000000000;c2VjcmV0");
    QTest::newRow("leading zero") << QByteArray("adk1;g;01;0000000000000000;c2VjcmV0");
    QTest::newRow("huge count") << QByteArray("adk1;g;9999;0000000000000000;c2VjcmV0");
    QTest::newRow("bad base64") << QByteArray("adk1;g;1;0000000000000000;c2Vj*mV0");
    QTest::newRow("empty generation") << QByteArray("adk1;;1;0000000000000000;c2VjcmV0");
}

void TestChunker::damagedEntriesRejected()
{
    QFETCH(QByteArray, base);
    Result<SecretChunker::Header> h = SecretChunker::parseHeader(SecretBytes(base));
    QVERIFY(!h.ok());
    QCOMPARE(h.error().kind, ErrorKind::Keychain);
    QVERIFY(h.error().message.contains(QLatin1String("damaged")));
}

void TestChunker::foreignChunksRejected()
{
    // A base entry of one generation paired with the chunks of another must not assemble.
    auto a = SecretChunker::encode(QStringLiteral("k"), pattern(5000), QStringLiteral("aaaa"));
    auto b = SecretChunker::encode(QStringLiteral("k"), SecretBytes(QByteArray(5000, 'x')),
                                   QStringLiteral("bbbb"));
    QVERIFY(a.ok() && b.ok());
    Result<SecretChunker::Header> header = SecretChunker::parseHeader(a->last().value);
    QVERIFY(header.ok());
    QList<SecretBytes> wrong;
    for (qsizetype i = 0; i + 1 < b->size(); ++i)
        wrong.append(b->at(i).value);
    QVERIFY(!SecretChunker::assemble(*header, wrong).ok());
    // Too few chunks.
    QVERIFY(!SecretChunker::assemble(*header, {}).ok());
}

void TestChunker::tooLargeRefused()
{
    auto r = SecretChunker::encode(
        QStringLiteral("k"), pattern(SecretChunker::RawChunkBytes * SecretChunker::MaxChunks + 1),
        QStringLiteral("g"));
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, ErrorKind::Keychain);
}

QTEST_GUILESS_MAIN(TestChunker)
#include "tst_chunker.moc"
