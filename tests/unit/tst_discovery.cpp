// Discovery by issuer without the network: where the metadata is looked for (RFC 8414 section
// 3.1 and its examples, OpenID Connect Discovery section 4), what a document must say, and how an
// app registration is filled from it.
#include "accounts/AppService.h"
#include "auth/Discovery.h"
#include "providers/ProviderCatalog.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace authdeck;

namespace {

QByteArray metadata(const QJsonObject& extra = {})
{
    QJsonObject o{
        {QStringLiteral("issuer"), QStringLiteral("https://as.example.com/t1")},
        {QStringLiteral("authorization_endpoint"),
         QStringLiteral("https://as.example.com/t1/authorize")},
        {QStringLiteral("token_endpoint"), QStringLiteral("https://as.example.com/t1/token")},
        {QStringLiteral("userinfo_endpoint"),
         QStringLiteral("https://as.example.com/t1/userinfo")}};
    for (auto it = extra.begin(); it != extra.end(); ++it) {
        if (it->isNull())
            o.remove(it.key());
        else
            o.insert(it.key(), *it);
    }
    return QJsonDocument(o).toJson();
}

} // namespace

class TestDiscovery : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void metadataUrls_data()
    {
        QTest::addColumn<QString>("issuer");
        QTest::addColumn<QString>("rfc8414");
        QTest::addColumn<QString>("oidc");
        // RFC 8414 section 3.1: the well-known segment goes between the host and the path.
        QTest::newRow("no path") << "https://example.com"
                                 << "https://example.com/.well-known/oauth-authorization-server"
                                 << "https://example.com/.well-known/openid-configuration";
        QTest::newRow("RFC 8414 3.1 example")
            << "https://example.com/issuer1"
            << "https://example.com/.well-known/oauth-authorization-server/issuer1"
            << "https://example.com/issuer1/.well-known/openid-configuration";
        QTest::newRow("port and deeper path")
            << "http://127.0.0.1:8080/realms/corp"
            << "http://127.0.0.1:8080/.well-known/oauth-authorization-server/realms/corp"
            << "http://127.0.0.1:8080/realms/corp/.well-known/openid-configuration";
    }
    void metadataUrls()
    {
        QFETCH(QString, issuer);
        QFETCH(QString, rfc8414);
        QFETCH(QString, oidc);
        const QList<QUrl> urls = Discovery::metadataUrls(QUrl(issuer));
        QCOMPARE(urls.size(), 2);
        QCOMPARE(urls.at(0).toString(), rfc8414);
        QCOMPARE(urls.at(1).toString(), oidc);
    }

    void issuerChecks_data()
    {
        QTest::addColumn<QString>("issuer");
        QTest::addColumn<bool>("ok");
        QTest::newRow("https") << "https://login.example.com/t" << true;
        QTest::newRow("http loopback") << "http://127.0.0.1:9000/oidc" << true;
        QTest::newRow("http remote") << "http://login.example.com" << false;
        QTest::newRow("query") << "https://login.example.com/?tenant=1" << false;
        QTest::newRow("fragment") << "https://login.example.com/#x" << false;
        QTest::newRow("not a URL") << "login" << false;
    }
    void issuerChecks()
    {
        QFETCH(QString, issuer);
        QFETCH(bool, ok);
        QCOMPARE(Discovery::checkIssuer(issuer).ok(), ok);
    }

    void parse_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("problem"); // empty: accepted
        QTest::newRow("good") << metadata() << QString();
        QTest::newRow("another issuer")
            << metadata({{QStringLiteral("issuer"), QStringLiteral("https://as.example.com/t2")}})
            << QStringLiteral("is for the issuer");
        QTest::newRow("issuer with a trailing slash")
            << metadata({{QStringLiteral("issuer"), QStringLiteral("https://as.example.com/t1/")}})
            << QStringLiteral("is for the issuer");
        QTest::newRow("no issuer") << metadata({{QStringLiteral("issuer"), QJsonValue::Null}})
                                   << QStringLiteral("has no \"issuer\"");
        QTest::newRow("no token endpoint")
            << metadata({{QStringLiteral("token_endpoint"), QJsonValue::Null}})
            << QStringLiteral("token_endpoint");
        QTest::newRow("token endpoint not a string")
            << metadata({{QStringLiteral("token_endpoint"), 5}}) << QStringLiteral("not a string");
        QTest::newRow("http endpoint") << metadata(
            {{QStringLiteral("token_endpoint"), QStringLiteral("http://as.example.com/t")}})
                                       << QStringLiteral("token_endpoint");
        QTest::newRow("plain PKCE only")
            << metadata({{QStringLiteral("code_challenge_methods_supported"),
                          QJsonArray{QStringLiteral("plain")}}})
            << QStringLiteral("S256");
        QTest::newRow("iss flag not a bool")
            << metadata({{QStringLiteral("authorization_response_iss_parameter_supported"),
                          QStringLiteral("yes")}})
            << QStringLiteral("authorization_response_iss_parameter_supported");
        QTest::newRow("list not strings")
            << metadata({{QStringLiteral("token_endpoint_auth_methods_supported"), QJsonArray{1}}})
            << QStringLiteral("token_endpoint_auth_methods_supported");
        QTest::newRow("not JSON") << QByteArray("<html/>") << QStringLiteral("not a JSON object");
    }
    void parse()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, problem);
        const QUrl source(QStringLiteral("https://as.example.com/.well-known/x"));
        Result<ServerMetadata> m =
            Discovery::parse(body, QStringLiteral("https://as.example.com/t1"), source);
        if (problem.isEmpty()) {
            QVERIFY2(m.ok(), qPrintable(m.ok() ? QString() : m.error().message));
            QCOMPARE(m->tokenEndpoint.toString(),
                     QStringLiteral("https://as.example.com/t1/token"));
            return;
        }
        QVERIFY(!m.ok());
        QCOMPARE(m.error().kind, ErrorKind::BadInput);
        QVERIFY2(m.error().message.contains(problem), qPrintable(m.error().message));
        QVERIFY(m.error().message.contains(source.toString())); // names the server
    }

    void clientAuthChoice_data()
    {
        QTest::addColumn<QJsonValue>("methods"); // token_endpoint_auth_methods_supported
        QTest::addColumn<bool>("secret");
        QTest::addColumn<bool>("key");
        QTest::addColumn<QString>("asked");
        QTest::addColumn<QString>("chosen"); // empty: refused
        const QJsonValue none = QJsonValue::Null;
        const QJsonArray post{QStringLiteral("client_secret_post")};
        const QJsonArray all{QStringLiteral("client_secret_basic"),
                             QStringLiteral("client_secret_post"),
                             QStringLiteral("private_key_jwt")};
        QTest::newRow("secret, no list: RFC 8414's default")
            << none << true << false << QString() << QStringLiteral("client_secret_basic");
        QTest::newRow("secret, post only") << QJsonValue(post) << true << false << QString()
                                           << QStringLiteral("client_secret_post");
        QTest::newRow("key") << QJsonValue(all) << false << true << QString()
                             << QStringLiteral("private_key_jwt");
        QTest::newRow("key, not supported")
            << QJsonValue(post) << false << true << QString() << QString();
        QTest::newRow("public client")
            << QJsonValue(post) << false << false << QString() << QStringLiteral("none");
        QTest::newRow("asked for post")
            << QJsonValue(all) << true << false << QStringLiteral("client_secret_post")
            << QStringLiteral("client_secret_post");
        QTest::newRow("asked for basic, not supported")
            << QJsonValue(post) << true << false << QStringLiteral("client_secret_basic")
            << QString();
    }
    void clientAuthChoice()
    {
        QFETCH(QJsonValue, methods);
        QFETCH(bool, secret);
        QFETCH(bool, key);
        QFETCH(QString, asked);
        QFETCH(QString, chosen);
        Result<ServerMetadata> m = Discovery::parse(
            metadata({{QStringLiteral("token_endpoint_auth_methods_supported"), methods},
                      {QStringLiteral("authorization_response_iss_parameter_supported"), true},
                      {QStringLiteral("device_authorization_endpoint"),
                       QStringLiteral("https://as.example.com/t1/device")}}),
            QStringLiteral("https://as.example.com/t1"), QUrl(QStringLiteral("https://x")));
        QVERIFY(m.ok());
        ProviderCatalog catalog;
        catalog.load({});
        const Provider* generic = catalog.find(QStringLiteral("oauth2"));
        QVERIFY(generic);
        AppInput in;
        in.clientAuth = asked;
        const Status s = Discovery::applyTo(*m, *generic, in, secret, key);
        if (chosen.isEmpty()) {
            QVERIFY(!s.ok());
            QVERIFY(
                s.error().message.contains(QLatin1String("token_endpoint_auth_methods_supported")));
            return;
        }
        QVERIFY2(s.ok(), qPrintable(s.ok() ? QString() : s.error().message));
        QCOMPARE(in.clientAuth, chosen);
        QCOMPARE(in.issuer, QStringLiteral("https://as.example.com/t1"));
        QVERIFY(in.issParameterRequired);
        QCOMPARE(in.deviceAuthorizationUrl, QStringLiteral("https://as.example.com/t1/device"));
        QCOMPARE(in.userinfoUrl, QStringLiteral("https://as.example.com/t1/userinfo"));
    }
};

QTEST_GUILESS_MAIN(TestDiscovery)
#include "tst_discovery.moc"
