// Box webhook v2 signatures (issue 21): the signature agrees with an independent HMAC-SHA256 (the
// openssl command), and verify() refuses every way a delivery can be wrong, naming it.
#include "box/WebhookSignature.h"

#include <QProcess>
#include <QTest>

using namespace authdeck;
using box::WebhookSignature;

namespace {

const QByteArray Primary = "SamplePrimaryKey0123456789abcdef";
const QByteArray Secondary = "SampleSecondaryKey0123456789abcd";
const QByteArray Body = R"({"type":"webhook_event","id":"d2f5f1b0","trigger":"FILE.UPLOADED"})";

QByteArray stamp(const QDateTime& t)
{
    return (t.toOffsetFromUtc(-8 * 3600).toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"))
            + QStringLiteral("-08:00"))
        .toLatin1();
}

// base64(HMAC-SHA256(key, body || timestamp)) by the openssl command, not by AuthDeck's code.
QByteArray opensslHmac(const QByteArray& key, const QByteArray& message)
{
    QProcess p;
    p.start(QStringLiteral("openssl"),
            {QStringLiteral("dgst"), QStringLiteral("-sha256"), QStringLiteral("-mac"),
             QStringLiteral("HMAC"), QStringLiteral("-macopt"),
             QStringLiteral("key:") + QString::fromLatin1(key), QStringLiteral("-binary")});
    if (!p.waitForStarted(10000))
        return {};
    p.write(message);
    p.closeWriteChannel();
    p.waitForFinished(10000);
    return p.readAllStandardOutput().toBase64();
}

WebhookSignature::Headers delivery(const QByteArray& timestamp, const QByteArray& body)
{
    return {
        {"BOX-DELIVERY-ID", "d2f5f1b0"},
        {"BOX-DELIVERY-TIMESTAMP", timestamp},
        {"BOX-SIGNATURE-PRIMARY", WebhookSignature::sign(SecretBytes(Primary), body, timestamp)},
        {"BOX-SIGNATURE-SECONDARY",
         WebhookSignature::sign(SecretBytes(Secondary), body, timestamp)},
        {"BOX-SIGNATURE-VERSION", "1"},
        {"BOX-SIGNATURE-ALGORITHM", "HmacSHA256"}};
}

} // namespace

class TestWebhookSignature : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void agreesWithOpenssl();
    void genuineByEitherKey();
    void refusals_data();
    void refusals();
    void headerBlocks();
};

void TestWebhookSignature::agreesWithOpenssl()
{
    const QByteArray ts = "2026-12-02T10:15:30-08:00";
    const QByteArray ours = WebhookSignature::sign(SecretBytes(Primary), Body, ts);
    const QByteArray theirs = opensslHmac(Primary, Body + ts);
    QVERIFY2(!theirs.isEmpty(), "the openssl command did not answer");
    QCOMPARE(ours, theirs);
    // The timestamp is part of what is signed.
    QVERIFY(WebhookSignature::sign(SecretBytes(Primary), Body, "2026-12-02T10:15:31-08:00")
            != ours);
}

void TestWebhookSignature::genuineByEitherKey()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QByteArray ts = stamp(now.addSecs(-30));
    Result<WebhookSignature::Verified> v = WebhookSignature::verify(
        delivery(ts, Body), Body, SecretBytes(Primary), SecretBytes(Secondary), now);
    QVERIFY2(v.ok(), qPrintable(v.ok() ? QString() : v.error().message));
    QCOMPARE(v->key, WebhookSignature::Key::Primary);
    QCOMPARE(v->deliveryId, QStringLiteral("d2f5f1b0"));
    QCOMPARE(v->delivered.secsTo(now), 30);
    // During a rotation AuthDeck may hold only the secondary key that still matches.
    v = WebhookSignature::verify(delivery(ts, Body), Body, SecretBytes("an-old-primary-key-000000"),
                                 SecretBytes(Secondary), now);
    QVERIFY(v.ok());
    QCOMPARE(v->key, WebhookSignature::Key::Secondary);
    // Header names are case-insensitive, as HTTP's are.
    WebhookSignature::Headers lower = delivery(ts, Body);
    for (auto& h : lower)
        h.first = h.first.toLower();
    QVERIFY(WebhookSignature::verify(lower, Body, SecretBytes(Primary), {}, now).ok());
    // Exactly ten minutes old is still accepted.
    QVERIFY(WebhookSignature::verify(delivery(stamp(now.addSecs(-600)), Body), Body,
                                     SecretBytes(Primary), {}, now)
                .ok());
}

void TestWebhookSignature::refusals_data()
{
    QTest::addColumn<int>("fault");
    QTest::addColumn<QString>("reason");
    QTest::newRow("body changed") << 0 << QStringLiteral("Neither signature");
    QTest::newRow("old") << 1 << QStringLiteral("minutes old");
    QTest::newRow("future") << 2 << QStringLiteral("ahead of this machine's clock");
    QTest::newRow("no timestamp") << 3 << QStringLiteral("no BOX-DELIVERY-TIMESTAMP");
    QTest::newRow("no signatures") << 4 << QStringLiteral("not signed");
    QTest::newRow("two timestamps") << 5 << QStringLiteral("more than once");
    QTest::newRow("version 2") << 6 << QStringLiteral("signature version 2");
    QTest::newRow("sha1") << 7 << QStringLiteral("HmacSHA1");
    QTest::newRow("not a date") << 8 << QStringLiteral("not a date");
    QTest::newRow("wrong keys") << 9 << QStringLiteral("Neither signature");
}

void TestWebhookSignature::refusals()
{
    QFETCH(int, fault);
    QFETCH(QString, reason);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QByteArray body = Body;
    QByteArray ts = stamp(now.addSecs(-5));
    WebhookSignature::Headers h = delivery(ts, Body);
    SecretBytes primary(Primary);
    auto drop = [&](QByteArrayView name) {
        h.removeIf([&](const auto& f) { return QByteArrayView(f.first) == name; });
    };
    auto set = [&](QByteArrayView name, const QByteArray& value) {
        for (auto& f : h) {
            if (QByteArrayView(f.first) == name)
                f.second = value;
        }
    };
    switch (fault) {
    case 0:
        body.replace("UPLOADED", "DELETED");
        break;
    case 1:
        h = delivery(stamp(now.addSecs(-601)), Body);
        break;
    case 2:
        h = delivery(stamp(now.addSecs(660)), Body);
        break;
    case 3:
        drop("BOX-DELIVERY-TIMESTAMP");
        break;
    case 4:
        drop("BOX-SIGNATURE-PRIMARY");
        drop("BOX-SIGNATURE-SECONDARY");
        break;
    case 5:
        h.append({"box-delivery-timestamp", ts});
        break;
    case 6:
        set("BOX-SIGNATURE-VERSION", "2");
        break;
    case 7:
        set("BOX-SIGNATURE-ALGORITHM", "HmacSHA1");
        break;
    case 8:
        set("BOX-DELIVERY-TIMESTAMP", "yesterday");
        break;
    case 9:
        primary = SecretBytes("someone-elses-key-0123456789");
        break;
    }
    const SecretBytes secondary = fault == 9 ? SecretBytes() : SecretBytes(Secondary);
    Result<WebhookSignature::Verified> v =
        WebhookSignature::verify(h, body, primary, secondary, now);
    QVERIFY(!v.ok());
    QCOMPARE(v.error().kind, ErrorKind::Rejected);
    QVERIFY2(v.error().message.contains(reason), qPrintable(v.error().message));
    // No key at all is the admin's mistake, not the delivery's.
    Result<WebhookSignature::Verified> none = WebhookSignature::verify(h, body, {}, {}, now);
    QVERIFY(!none.ok());
    QCOMPARE(none.error().kind, ErrorKind::Usage);
}

void TestWebhookSignature::headerBlocks()
{
    Result<WebhookSignature::Headers> h = WebhookSignature::parseHeaderBlock(
        "POST /hooks HTTP/1.1\r\nHost: example.com\r\nBOX-DELIVERY-ID: abc\r\n"
        "BOX-DELIVERY-TIMESTAMP: 2026-12-02T10:15:30-08:00\r\n\r\n{\"ignored\": true}");
    QVERIFY(h.ok());
    QCOMPARE(h->size(), 3);
    QCOMPARE(h->at(2).second, QByteArray("2026-12-02T10:15:30-08:00"));
    QVERIFY(!WebhookSignature::parseHeaderBlock("not a header line\n").ok());
    QVERIFY(!WebhookSignature::parseHeaderBlock("A: b\n continued\n").ok());
    QVERIFY(!WebhookSignature::parseHeaderBlock("\n\n").ok());
    QVERIFY(WebhookSignature::parseTimestamp("2026-12-02T10:15:30Z").isValid());
    QVERIFY(WebhookSignature::parseTimestamp("2026-12-02T10:15:30.123+01:00").isValid());
    QVERIFY(!WebhookSignature::parseTimestamp("2026-12-02T10:15:30").isValid()); // no zone
    QCOMPARE(WebhookSignature::parseTimestamp("2026-12-02T10:15:30-08:00"),
             QDateTime(QDate(2026, 12, 2), QTime(18, 15, 30), Qt::UTC));
}

QTEST_GUILESS_MAIN(TestWebhookSignature)
#include "tst_webhooksignature.moc"
