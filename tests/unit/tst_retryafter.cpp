#include "net/HttpDate.h"
#include "net/HttpResponse.h"
#include "net/RetryAfter.h"

#include <QTest>
#include <QTimeZone>

using namespace authdeck;

namespace {
const QDateTime kNow(QDate(2024, 3, 1), QTime(12, 0, 0), QTimeZone::utc());
// RFC 9110 §5.6.7's example instant, in its three spellings.
const QDateTime kRfcExample(QDate(1994, 11, 6), QTime(8, 49, 37), QTimeZone::utc());
} // namespace

class TestRetryAfter : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void httpDate_data();
    void httpDate();
    void formatIsImfFixdate();
    void parse_data();
    void parse();
    void responseMeasuresFromItsOwnDate();
};

void TestRetryAfter::httpDate_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QDateTime>("expected"); // invalid: refused
    QTest::newRow("IMF-fixdate") << QByteArray("Sun, 06 Nov 1994 08:49:37 GMT") << kRfcExample;
    QTest::newRow("RFC 850") << QByteArray("Sunday, 06-Nov-94 08:49:37 GMT") << kRfcExample;
    QTest::newRow("asctime") << QByteArray("Sun Nov  6 08:49:37 1994") << kRfcExample;
    QTest::newRow("asctime two-digit day")
        << QByteArray("Thu Mar 14 01:02:03 2024")
        << QDateTime(QDate(2024, 3, 14), QTime(1, 2, 3), QTimeZone::utc());
    QTest::newRow("leap second") << QByteArray("Sat, 31 Dec 2016 23:59:60 GMT")
                                 << QDateTime(QDate(2016, 12, 31), QTime(23, 59, 59),
                                              QTimeZone::utc());
    QTest::newRow("lower case") << QByteArray("sun, 06 nov 1994 08:49:37 gmt") << QDateTime();
    QTest::newRow("UTC instead of GMT")
        << QByteArray("Sun, 06 Nov 1994 08:49:37 UTC") << QDateTime();
    QTest::newRow("numeric zone") << QByteArray("Sun, 06 Nov 1994 08:49:37 +0000") << QDateTime();
    QTest::newRow("31 February") << QByteArray("Sun, 31 Feb 1994 08:49:37 GMT") << QDateTime();
    QTest::newRow("hour 25") << QByteArray("Sun, 06 Nov 1994 25:49:37 GMT") << QDateTime();
    QTest::newRow("one-digit day") << QByteArray("Sun, 6 Nov 1994 08:49:37 GMT") << QDateTime();
    QTest::newRow("trailing text") << QByteArray("Sun, 06 Nov 1994 08:49:37 GMT x") << QDateTime();
    QTest::newRow("truncated") << QByteArray("Sun, 06 Nov 1994 08:49") << QDateTime();
    QTest::newRow("ISO 8601") << QByteArray("1994-11-06T08:49:37Z") << QDateTime();
    QTest::newRow("empty") << QByteArray() << QDateTime();
}

void TestRetryAfter::httpDate()
{
    QFETCH(QByteArray, text);
    QFETCH(QDateTime, expected);
    const QDateTime parsed = HttpDate::parse(text);
    QCOMPARE(parsed.isValid(), expected.isValid());
    if (expected.isValid())
        QCOMPARE(parsed, expected);
}

void TestRetryAfter::formatIsImfFixdate()
{
    QCOMPARE(HttpDate::format(kRfcExample), QByteArray("Sun, 06 Nov 1994 08:49:37 GMT"));
    // Local times are converted, not relabelled.
    QCOMPARE(HttpDate::format(kRfcExample.toOffsetFromUtc(3600)),
             QByteArray("Sun, 06 Nov 1994 08:49:37 GMT"));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QCOMPARE(HttpDate::parse(HttpDate::format(now)), now.addMSecs(-now.time().msec()));
}

void TestRetryAfter::parse_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<qint64>("expected"); // -1: nullopt
    QTest::newRow("seconds") << QByteArray("120") << qint64(120);
    QTest::newRow("zero") << QByteArray("0") << qint64(0);
    QTest::newRow("leading zeros are still digits") << QByteArray("007") << qint64(7);
    QTest::newRow("surrounding whitespace") << QByteArray(" \t5 ") << qint64(5);
    QTest::newRow("capped at a day") << QByteArray("86401") << RetryAfter::kMaxSeconds;
    QTest::newRow("overflow saturates")
        << QByteArray("99999999999999999999999999999") << RetryAfter::kMaxSeconds;
    QTest::newRow("negative") << QByteArray("-5") << qint64(-1);
    QTest::newRow("plus sign") << QByteArray("+5") << qint64(-1);
    QTest::newRow("fraction") << QByteArray("1.5") << qint64(-1);
    QTest::newRow("unit") << QByteArray("5s") << qint64(-1);
    QTest::newRow("hex") << QByteArray("0x10") << qint64(-1);
    QTest::newRow("inner space") << QByteArray("1 0") << qint64(-1);
    QTest::newRow("empty") << QByteArray() << qint64(-1);
    QTest::newRow("blank") << QByteArray("  ") << qint64(-1);
    QTest::newRow("garbage") << QByteArray("soon") << qint64(-1);
    QTest::newRow("date in 30 s") << HttpDate::format(kNow.addSecs(30)) << qint64(30);
    QTest::newRow("date past") << HttpDate::format(kNow.addSecs(-30)) << qint64(0);
    QTest::newRow("date now") << HttpDate::format(kNow) << qint64(0);
    QTest::newRow("date far ahead") << HttpDate::format(kNow.addDays(3)) << RetryAfter::kMaxSeconds;
    QTest::newRow("RFC 850 date") << QByteArray("Friday, 01-Mar-24 12:02:00 GMT") << qint64(120);
    QTest::newRow("asctime date") << QByteArray("Fri Mar  1 12:01:00 2024") << qint64(60);
    QTest::newRow("bad date") << QByteArray("Fri, 01 Mar 2024 12:01:00 CET") << qint64(-1);
}

void TestRetryAfter::parse()
{
    QFETCH(QByteArray, value);
    QFETCH(qint64, expected);
    const std::optional<qint64> seconds = RetryAfter::parse(value, kNow);
    QCOMPARE(seconds.has_value(), expected >= 0);
    if (seconds)
        QCOMPARE(*seconds, expected);
}

void TestRetryAfter::responseMeasuresFromItsOwnDate()
{
    // A server whose clock says 1994 still means "two minutes from my now".
    HttpResponse response;
    response.status = 503;
    response.headers = {{"date", HttpDate::format(kRfcExample)},
                        {"retry-after", HttpDate::format(kRfcExample.addSecs(120))}};
    QCOMPARE(response.date(), kRfcExample);
    QCOMPARE(response.retryAfterSeconds(), std::optional<qint64>(120));

    response.headers = {{"Retry-After", "7"}};
    QVERIFY(!response.date().isValid());
    QCOMPARE(response.retryAfterSeconds(), std::optional<qint64>(7));

    response.headers = {};
    QCOMPARE(response.retryAfterSeconds(), std::nullopt);
}

QTEST_GUILESS_MAIN(TestRetryAfter)
#include "tst_retryafter.moc"
