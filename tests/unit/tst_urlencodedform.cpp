#include "net/HttpServerRequest.h"
#include "net/UrlEncodedForm.h"

#include <QTest>

using namespace authdeck;

using Items = QList<std::pair<QString, QString>>;
Q_DECLARE_METATYPE(Items)

class TestUrlEncodedForm : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void parse_data();
    void parse();
    void encodeRoundTrips();
    void duplicates();
    void formNeedsItsContentType_data();
    void formNeedsItsContentType();
    void basicAuth_data();
    void basicAuth();
};

void TestUrlEncodedForm::parse_data()
{
    QTest::addColumn<QByteArray>("encoded");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<Items>("items");
    QTest::newRow("empty") << QByteArray() << true << Items{};
    QTest::newRow("pairs") << QByteArray("a=1&b=2") << true << Items{{"a", "1"}, {"b", "2"}};
    QTest::newRow("plus is space") << QByteArray("scope=root_readonly+manage_groups") << true
                                   << Items{{"scope", "root_readonly manage_groups"}};
    QTest::newRow("escaped plus stays plus")
        << QByteArray("k=a%2Bb") << true << Items{{"k", "a+b"}};
    QTest::newRow("escapes") << QByteArray("redirect_uri=http%3A%2F%2F127.0.0.1%3A5000%2Fcb")
                             << true << Items{{"redirect_uri", "http://127.0.0.1:5000/cb"}};
    QTest::newRow("UTF-8") << QByteArray("name=J%C3%BCrgen") << true
                           << Items{{"name", QString::fromUtf8("J\u00fcrgen")}};
    QTest::newRow("escaped separators") << QByteArray("a=%26%3D") << true << Items{{"a", "&="}};
    QTest::newRow("no value") << QByteArray("flag&x=") << true << Items{{"flag", ""}, {"x", ""}};
    QTest::newRow("empty pairs skipped")
        << QByteArray("&a=1&&b=2&") << true << Items{{"a", "1"}, {"b", "2"}};
    QTest::newRow("second = is data") << QByteArray("a=b=c") << true << Items{{"a", "b=c"}};
    QTest::newRow("escaped name") << QByteArray("a%20b=c") << true << Items{{"a b", "c"}};
    QTest::newRow("broken escape") << QByteArray("a=%zz") << false << Items{};
    QTest::newRow("short escape") << QByteArray("a=%4") << false << Items{};
    QTest::newRow("not UTF-8") << QByteArray("a=%FF%FE") << false << Items{};
}

void TestUrlEncodedForm::parse()
{
    QFETCH(QByteArray, encoded);
    QFETCH(bool, ok);
    QFETCH(Items, items);
    const std::optional<UrlEncodedForm> form = UrlEncodedForm::parse(encoded);
    QCOMPARE(form.has_value(), ok);
    if (ok)
        QCOMPARE(form->items(), items);
}

void TestUrlEncodedForm::encodeRoundTrips()
{
    UrlEncodedForm form;
    form.add("grant_type", "urn:ietf:params:oauth:grant-type:jwt-bearer");
    form.add("scope", "a b+c");
    form.add("weird", QString::fromUtf8("&=%\u00e9~*"));
    const QByteArray encoded = form.toEncoded();
    QCOMPARE(encoded, QByteArray("grant_type=urn%3Aietf%3Aparams%3Aoauth%3Agrant-type%3Ajwt-bearer"
                                 "&scope=a+b%2Bc&weird=%26%3D%25%C3%A9%7E*"));
    const std::optional<UrlEncodedForm> back = UrlEncodedForm::parse(encoded);
    QVERIFY(back);
    QCOMPARE(back->items(), form.items());
}

void TestUrlEncodedForm::duplicates()
{
    const std::optional<UrlEncodedForm> form = UrlEncodedForm::parse("code=1&state=s&code=2");
    QVERIFY(form);
    QCOMPARE(form->count("code"), 2);
    QCOMPARE(form->value("code"), QString("1"));
    QCOMPARE(form->values("code"), QStringList({"1", "2"}));
    QCOMPARE(form->duplicateNames(), QStringList{"code"});
    QVERIFY(form->contains("state"));
    QVERIFY(!form->contains("State"));
    QCOMPARE(form->value("missing"), QString());
}

void TestUrlEncodedForm::formNeedsItsContentType_data()
{
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<bool>("isForm");
    QTest::newRow("plain") << QByteArray("application/x-www-form-urlencoded") << true;
    QTest::newRow("with charset") << QByteArray("application/x-www-form-urlencoded; charset=UTF-8")
                                  << true;
    QTest::newRow("any case") << QByteArray("Application/X-WWW-Form-URLEncoded") << true;
    QTest::newRow("json") << QByteArray("application/json") << false;
    QTest::newRow("missing") << QByteArray() << false;
}

void TestUrlEncodedForm::formNeedsItsContentType()
{
    QFETCH(QByteArray, contentType);
    QFETCH(bool, isForm);
    HttpServerRequest request;
    if (!contentType.isEmpty())
        request.headers = {{"content-type", contentType}};
    request.body = "grant_type=authorization_code&code=x";
    const std::optional<UrlEncodedForm> form = request.form();
    QCOMPARE(form.has_value(), isForm);
    if (isForm)
        QCOMPARE(form->value("grant_type"), QString("authorization_code"));
}

void TestUrlEncodedForm::basicAuth_data()
{
    QTest::addColumn<QByteArray>("authorization");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("password");
    QTest::newRow("RFC 7617 example")
        << QByteArray("Basic QWxhZGRpbjpvcGVuIHNlc2FtZQ==") << true << "Aladdin"
        << "open sesame";
    QTest::newRow("scheme any case")
        << QByteArray("basic QWxhZGRpbjpvcGVuIHNlc2FtZQ==") << true << "Aladdin"
        << "open sesame";
    QTest::newRow("colon in password")
        << "Basic " + QByteArray("id:se:cret").toBase64() << true << "id"
        << "se:cret";
    QTest::newRow("UTF-8") << "Basic "
                                  + QString::fromUtf8("t\u00e9st:p\u00e4ss").toUtf8().toBase64()
                           << true << QString::fromUtf8("t\u00e9st")
                           << QString::fromUtf8("p\u00e4ss");
    QTest::newRow("empty password") << "Basic " + QByteArray("id:").toBase64() << true << "id"
                                    << "";
    QTest::newRow("no colon") << "Basic " + QByteArray("idonly").toBase64() << false << ""
                              << "";
    QTest::newRow("bad base64") << QByteArray("Basic !!!") << false << ""
                                << "";
    QTest::newRow("bearer") << QByteArray("Bearer abc") << false << ""
                            << "";
    QTest::newRow("missing") << QByteArray() << false << ""
                             << "";
}

void TestUrlEncodedForm::basicAuth()
{
    QFETCH(QByteArray, authorization);
    QFETCH(bool, ok);
    QFETCH(QString, user);
    QFETCH(QString, password);
    HttpServerRequest request;
    if (!authorization.isEmpty())
        request.headers = {{"Authorization", authorization}};
    const auto credentials = request.basicAuth();
    QCOMPARE(credentials.has_value(), ok);
    if (ok) {
        QCOMPARE(credentials->first, user);
        QCOMPARE(credentials->second, password);
    }
}

QTEST_GUILESS_MAIN(TestUrlEncodedForm)
#include "tst_urlencodedform.moc"
