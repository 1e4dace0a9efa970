#include "net/HttpRequestParser.h"

#include <QRandomGenerator>
#include <QTest>

using namespace authdeck;

namespace {

struct Verdict {
    HttpRequestParser::State state = HttpRequestParser::State::NeedMore;
    int status = 0;
    HttpServerRequest request;
};

// Feeds `raw` in the given pieces (sizes; the rest goes last) and reports where it ended.
Verdict feedInPieces(const QByteArray& raw, const QList<qsizetype>& pieces,
                     const HttpRequestParser::Limits& limits = {})
{
    HttpRequestParser parser(limits);
    qsizetype pos = 0;
    for (qsizetype size : pieces) {
        parser.feed(QByteArrayView(raw).sliced(pos, size));
        pos += size;
    }
    parser.feed(QByteArrayView(raw).sliced(pos));
    return {parser.state(), parser.errorStatus(), parser.request()};
}

Verdict feedWhole(const QByteArray& raw, const HttpRequestParser::Limits& limits = {})
{
    return feedInPieces(raw, {}, limits);
}

// Everything a handler can see, to compare two parses.
QString describe(const Verdict& v)
{
    QStringList parts{QString::number(int(v.state)),
                      QString::number(v.status),
                      v.request.method,
                      v.request.target,
                      v.request.path,
                      v.request.body};
    for (const auto& [name, value] : v.request.query.items())
        parts << name + "=" + value;
    for (const auto& [name, value] : v.request.headers)
        parts << name + ":" + value;
    return parts.join('|');
}

const HttpRequestParser::State Complete = HttpRequestParser::State::Complete;
const HttpRequestParser::State NeedMore = HttpRequestParser::State::NeedMore;
const HttpRequestParser::State Error = HttpRequestParser::State::Error;

} // namespace

class TestHttpRequestParser : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void goodRequests_data();
    void goodRequests();
    void rejected_data();
    void rejected();
    void everySplitGivesTheSameResult_data();
    void everySplitGivesTheSameResult();
    void rejectionsAreSplitProof_data();
    void rejectionsAreSplitProof();
    void needsTheWholeBody();
    void oauthListenerLimits_data();
    void oauthListenerLimits();
    void randomMutationsStayWellBehaved();
};

void TestHttpRequestParser::goodRequests_data()
{
    QTest::addColumn<QByteArray>("raw");
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("queryName");
    QTest::addColumn<QString>("queryValue");
    QTest::addColumn<QByteArray>("body");

    QTest::newRow("simple GET") << QByteArray("GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
                                << QByteArray("GET") << "/"
                                << ""
                                << "" << QByteArray();
    QTest::newRow("OAuth redirect") << QByteArray(
        "GET /callback?code=abc%2Fdef&state=x+y&error_description=Access+denied%21 HTTP/1.1\r\n"
        "Host: localhost:8080\r\n\r\n")
                                    << QByteArray("GET") << "/callback"
                                    << "error_description"
                                    << "Access denied!" << QByteArray();
    QTest::newRow("encoded path") << QByteArray("GET /a%20b/%C3%A9 HTTP/1.1\r\nHost: h\r\n\r\n")
                                  << QByteArray("GET") << QString::fromUtf8("/a b/\u00e9") << ""
                                  << "" << QByteArray();
    QTest::newRow("POST form") << QByteArray(
        "POST /oauth2/token HTTP/1.1\r\nHost: 127.0.0.1:5000\r\n"
        "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: 30\r\n"
        "Expect: 100-continue\r\n\r\ngrant_type=refresh_token&a=%41")
                               << QByteArray("POST") << "/oauth2/token"
                               << ""
                               << "" << QByteArray("grant_type=refresh_token&a=%41");
    QTest::newRow("HTTP/1.0 without Host")
        << QByteArray("GET /x HTTP/1.0\r\n\r\n") << QByteArray("GET") << "/x"
        << ""
        << "" << QByteArray();
    QTest::newRow("repeated equal Content-Length") << QByteArray(
        "PUT /p HTTP/1.1\r\nHost: h\r\nContent-Length: 3\r\ncontent-length: 3\r\n\r\nabc")
                                                   << QByteArray("PUT") << "/p"
                                                   << ""
                                                   << "" << QByteArray("abc");
    QTest::newRow("whitespace around values")
        << QByteArray("GET /?q= HTTP/1.1\r\nHost:\t h \t\r\nX-Empty:\r\n\r\n") << QByteArray("GET")
        << "/"
        << "q"
        << "" << QByteArray();
    QTest::newRow("pipelined bytes ignored") << QByteArray(
        "POST / HTTP/1.1\r\nHost: h\r\nContent-Length: 2\r\n\r\nokGET /next HTTP/1.1\r\n\r\n")
                                             << QByteArray("POST") << "/"
                                             << ""
                                             << "" << QByteArray("ok");
    QTest::newRow("body with newlines")
        << QByteArray("POST / HTTP/1.1\r\nHost: h\r\nContent-Length: 4\r\n\r\n\n\r\n\r")
        << QByteArray("POST") << "/"
        << ""
        << "" << QByteArray("\n\r\n\r");
    QTest::newRow("unusual method token")
        << QByteArray("M-SEARCH /x HTTP/1.1\r\nHost: h\r\n\r\n") << QByteArray("M-SEARCH") << "/x"
        << ""
        << "" << QByteArray();
}

void TestHttpRequestParser::goodRequests()
{
    QFETCH(QByteArray, raw);
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(QString, queryName);
    QFETCH(QString, queryValue);
    QFETCH(QByteArray, body);
    const Verdict v = feedWhole(raw);
    QCOMPARE(v.state, Complete);
    QCOMPARE(v.request.method, method);
    QCOMPARE(v.request.path, path);
    if (!queryName.isEmpty()) {
        QVERIFY(v.request.query.contains(queryName));
        QCOMPARE(v.request.query.value(queryName), queryValue);
    }
    QCOMPARE(v.request.body, body);
    QVERIFY(!v.request.header("host").isEmpty() || v.request.version == "HTTP/1.0");
}

void TestHttpRequestParser::rejected_data()
{
    QTest::addColumn<QByteArray>("raw");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("reason");

    const QByteArray host = "Host: h\r\n";
    auto get = [&](const QByteArray& fields) { return "GET / HTTP/1.1\r\n" + fields + "\r\n"; };
    QTest::newRow("bare LF") << QByteArray("GET / HTTP/1.1\nHost: h\n\n") << 400
                             << QByteArray("bare");
    QTest::newRow("bare CR") << get("Host: a\rb\r\n") << 400 << QByteArray("bare");
    QTest::newRow("obs-fold") << get(host + "X-A: 1\r\n  more\r\n") << 400 << QByteArray("folding");
    QTest::newRow("space before colon") << get("Host : h\r\n") << 400 << QByteArray("header field");
    QTest::newRow("no colon") << get(host + "X-A 1\r\n") << 400 << QByteArray("header field");
    QTest::newRow("empty name") << get(host + ": 1\r\n") << 400 << QByteArray("header field");
    QTest::newRow("NUL in value") << get(host + QByteArray("X-A: a\0b\r\n", 10)) << 400
                                  << QByteArray("character");
    QTest::newRow("bad method") << QByteArray("G(T / HTTP/1.1\r\nHost: h\r\n\r\n") << 400
                                << QByteArray("method");
    QTest::newRow("double space") << QByteArray("GET  / HTTP/1.1\r\nHost: h\r\n\r\n") << 400
                                  << QByteArray("request line");
    QTest::newRow("no version") << QByteArray("GET /\r\nHost: h\r\n\r\n") << 400
                                << QByteArray("request line");
    QTest::newRow("absolute-form")
        << QByteArray("GET http://h/ HTTP/1.1\r\nHost: h\r\n\r\n") << 400 << QByteArray("target");
    QTest::newRow("asterisk-form")
        << QByteArray("OPTIONS * HTTP/1.1\r\nHost: h\r\n\r\n") << 400 << QByteArray("target");
    QTest::newRow("fragment") << QByteArray("GET /#x HTTP/1.1\r\nHost: h\r\n\r\n") << 400
                              << QByteArray("target");
    QTest::newRow("raw UTF-8 in target")
        << QByteArray("GET /\xc3\xa9 HTTP/1.1\r\nHost: h\r\n\r\n") << 400 << QByteArray("target");
    QTest::newRow("lower-case version")
        << QByteArray("GET / http/1.1\r\nHost: h\r\n\r\n") << 400 << QByteArray("version");
    QTest::newRow("HTTP/2.0") << QByteArray("GET / HTTP/2.0\r\nHost: h\r\n\r\n") << 505
                              << QByteArray("version");
    QTest::newRow("missing Host") << get("X-A: 1\r\n") << 400 << QByteArray("Host");
    QTest::newRow("two Hosts") << get(host + host) << 400 << QByteArray("Host");
    QTest::newRow("chunked") << QByteArray(
        "POST / HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n")
                             << 501 << QByteArray("Transfer-Encoding");
    QTest::newRow("chunked and length") << QByteArray(
        "POST / HTTP/1.1\r\nHost: h\r\nContent-Length: 5\r\nTransfer-Encoding: chunked\r\n\r\n")
                                        << 501 << QByteArray("Transfer-Encoding");
    auto post = [&](const QByteArray& lengths) {
        return "POST / HTTP/1.1\r\nHost: h\r\n" + lengths + "\r\nabcde";
    };
    QTest::newRow("negative length")
        << post("Content-Length: -1\r\n") << 400 << QByteArray("Content-Length");
    QTest::newRow("signed length")
        << post("Content-Length: +5\r\n") << 400 << QByteArray("Content-Length");
    QTest::newRow("leading zero") << post("Content-Length: 05\r\n") << 400
                                  << QByteArray("Content-Length");
    QTest::newRow("length list") << post("Content-Length: 5, 5\r\n") << 400
                                 << QByteArray("Content-Length");
    QTest::newRow("empty length") << post("Content-Length:\r\n") << 400
                                  << QByteArray("Content-Length");
    QTest::newRow("differing lengths") << post("Content-Length: 5\r\nContent-Length: 4\r\n") << 400
                                       << QByteArray("Content-Length");
    QTest::newRow("huge length") << post("Content-Length: 99999999999999999999\r\n") << 400
                                 << QByteArray("Content-Length");
    QTest::newRow("length over limit")
        << post("Content-Length: 1048577\r\n") << 413 << QByteArray("too large");
    auto path = [](const QByteArray& p) { return "GET " + p + " HTTP/1.1\r\nHost: h\r\n\r\n"; };
    QTest::newRow("broken escape") << path("/a%zz") << 400 << QByteArray("path");
    QTest::newRow("short escape") << path("/a%2") << 400 << QByteArray("path");
    QTest::newRow("escaped slash") << path("/a%2Fb") << 400 << QByteArray("slash");
    QTest::newRow("dot-dot") << path("/a/../b") << 400 << QByteArray("dot segment");
    QTest::newRow("escaped dot-dot") << path("/%2e%2e/b") << 400 << QByteArray("dot segment");
    QTest::newRow("dot") << path("/./b") << 400 << QByteArray("dot segment");
    QTest::newRow("escaped NUL") << path("/a%00") << 400 << QByteArray("path");
    QTest::newRow("not UTF-8") << path("/%C3%28") << 400 << QByteArray("path");
    QTest::newRow("broken query") << path("/?a=%g1") << 400 << QByteArray("query");
    QTest::newRow("query not UTF-8") << path("/?a=%FF") << 400 << QByteArray("query");
    QByteArray many;
    for (int i = 0; i < 101; ++i)
        many += "X-" + QByteArray::number(i) + ": 1\r\n";
    QTest::newRow("too many fields") << get(host + many) << 431 << QByteArray("too many");
    QTest::newRow("head too large") << get(host + "X-Big: " + QByteArray(17 * 1024, 'a') + "\r\n")
                                    << 431 << QByteArray("too large");
    QTest::newRow("endless request line")
        << QByteArray("GET /" + QByteArray(17 * 1024, 'a')) << 431 << QByteArray("too large");
}

void TestHttpRequestParser::rejected()
{
    QFETCH(QByteArray, raw);
    QFETCH(int, status);
    QFETCH(QByteArray, reason);
    HttpRequestParser parser;
    QCOMPARE(parser.feed(raw), Error);
    QCOMPARE(parser.errorStatus(), status);
    QVERIFY2(parser.errorReason().contains(reason), parser.errorReason().constData());
    // An error is final.
    QCOMPARE(parser.feed("GET / HTTP/1.1\r\nHost: h\r\n\r\n"), Error);
}

void TestHttpRequestParser::everySplitGivesTheSameResult_data()
{
    goodRequests_data();
}

void TestHttpRequestParser::everySplitGivesTheSameResult()
{
    QFETCH(QByteArray, raw);
    const QString whole = describe(feedWhole(raw));
    for (qsizetype cut = 0; cut <= raw.size(); ++cut)
        QCOMPARE(describe(feedInPieces(raw, {cut})), whole);
    QList<qsizetype> bytes(raw.size(), 1);
    QCOMPARE(describe(feedInPieces(raw, bytes)), whole);
}

void TestHttpRequestParser::rejectionsAreSplitProof_data()
{
    rejected_data();
}

void TestHttpRequestParser::rejectionsAreSplitProof()
{
    QFETCH(QByteArray, raw);
    QFETCH(int, status);
    const Verdict whole = feedWhole(raw);
    QCOMPARE(whole.status, status);
    // Every cut of the short ones; the 17 KiB rows at a stride, which is plenty.
    const qsizetype stride = raw.size() > 4096 ? 97 : 1;
    for (qsizetype cut = 0; cut <= raw.size(); cut += stride)
        QCOMPARE(describe(feedInPieces(raw, {cut})), describe(whole));
    QList<qsizetype> bytes(raw.size(), 1);
    QCOMPARE(describe(feedInPieces(raw, bytes)), describe(whole));
}

void TestHttpRequestParser::needsTheWholeBody()
{
    HttpRequestParser parser;
    QCOMPARE(parser.feed("POST / HTTP/1.1\r\nHost: h\r\nContent-Length: 5\r\n\r\nabc"), NeedMore);
    QCOMPARE(parser.feed("d"), NeedMore);
    QCOMPARE(parser.feed("eEXTRA"), Complete);
    QCOMPARE(parser.request().body, QByteArray("abcde"));
    QCOMPARE(parser.feed("more"), Complete);
    QCOMPARE(parser.request().body, QByteArray("abcde"));
}

void TestHttpRequestParser::oauthListenerLimits_data()
{
    QTest::addColumn<QByteArray>("raw");
    QTest::addColumn<int>("state");
    QTest::addColumn<int>("status");
    const QByteArray head =
        "GET /callback?code=" + QByteArray(3900, 'c') + " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n";
    QTest::newRow("a long redirect fits") << head << int(Complete) << 0;
    QTest::newRow("head over 4 KiB")
        << "GET /callback?code=" + QByteArray(4100, 'c') + " HTTP/1.1\r\nHost: h\r\n\r\n"
        << int(Error) << 431;
    QTest::newRow("body over 4 KiB")
        << QByteArray("POST / HTTP/1.1\r\nHost: h\r\nContent-Length: 4097\r\n\r\n") << int(Error)
        << 413;
    QTest::newRow("body of 4 KiB")
        << "POST / HTTP/1.1\r\nHost: h\r\nContent-Length: 4096\r\n\r\n" + QByteArray(4096, 'b')
        << int(Complete) << 0;
}

void TestHttpRequestParser::oauthListenerLimits()
{
    QFETCH(QByteArray, raw);
    QFETCH(int, state);
    QFETCH(int, status);
    const HttpRequestParser::Limits limits = HttpRequestParser::limitsFor(4096);
    QCOMPARE(limits.maxHeaderBytes, 4096);
    const Verdict whole = feedWhole(raw, limits);
    QCOMPARE(int(whole.state), state);
    QCOMPARE(whole.status, status);
    QList<qsizetype> bytes(raw.size(), 1);
    QCOMPARE(describe(feedInPieces(raw, bytes, limits)), describe(whole));
}

void TestHttpRequestParser::randomMutationsStayWellBehaved()
{
    // A poor man's fuzzer: flipped, dropped and duplicated bytes never crash the parser, and
    // whatever it accepts is internally consistent.
    const QByteArray seeds[] = {
        QByteArray("GET /callback?code=abc&state=xyz HTTP/1.1\r\nHost: 127.0.0.1:5000\r\n\r\n"),
        QByteArray("POST /oauth2/token HTTP/1.1\r\nHost: h\r\nContent-Length: 11\r\n"
                   "Content-Type: application/x-www-form-urlencoded\r\n\r\na=1&b=%20+c"),
    };
    QRandomGenerator rng(20240301);
    const char interesting[] = {'\r', '\n', ' ', ':', '%', '\0',   '\t',
                                '/',  '?',  '&', '=', '+', '\x80', '\xff'};
    for (int round = 0; round < 20000; ++round) {
        QByteArray raw = seeds[round % 2];
        const int edits = 1 + int(rng.bounded(4));
        for (int e = 0; e < edits && !raw.isEmpty(); ++e) {
            const qsizetype at = rng.bounded(int(raw.size()));
            switch (rng.bounded(3)) {
            case 0:
                raw[at] = interesting[rng.bounded(int(sizeof interesting))];
                break;
            case 1:
                raw.remove(at, 1);
                break;
            default:
                raw.insert(at, raw.mid(at, 1 + rng.bounded(8)));
                break;
            }
        }
        HttpRequestParser parser;
        qsizetype pos = 0;
        while (pos < raw.size() && parser.state() == NeedMore) {
            const qsizetype n = 1 + rng.bounded(16);
            parser.feed(QByteArrayView(raw).sliced(pos, std::min(n, raw.size() - pos)));
            pos += n;
        }
        if (parser.state() == Error) {
            QVERIFY(parser.errorStatus() >= 400 && parser.errorStatus() <= 505);
        } else if (parser.state() == Complete) {
            const HttpServerRequest& r = parser.request();
            QVERIFY(r.path.startsWith('/'));
            QVERIFY(r.target.startsWith('/'));
            QVERIFY(!r.method.isEmpty());
            QVERIFY(r.version == "HTTP/1.1" || r.version == "HTTP/1.0");
        }
    }
}

QTEST_GUILESS_MAIN(TestHttpRequestParser)
#include "tst_httprequestparser.moc"
