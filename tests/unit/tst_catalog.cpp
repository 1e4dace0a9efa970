#include "TestSupport.h"

#include "auth/OAuthSignIn.h"
#include "net/UrlEncodedForm.h"
#include "providers/ProviderCatalog.h"
#include "providers/ProviderParser.h"
#include "providers/Template.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace authdeck;

namespace {

// A minimal valid provider; tests break one field at a time.
QJsonObject validProvider()
{
    return QJsonDocument::fromJson(
               "{"
               "\"schema\": 1, \"id\": \"acme\", \"name\": \"Acme\", \"category\": \"storage\","
               "\"docs\": \"https://acme.example/docs\","
               "\"parameters\": [{\"name\": \"host\", \"label\": \"Host\", \"kind\": \"hostname\", "
               "\"required\": true}],"
               "\"scopes\": [{\"id\": \"files\", \"description\": \"Files\"}],"
               "\"schemes\": {\"oauth2\": {\"authorize_url\": \"https://{host}/authorize\","
               "\"token_url\": \"https://{host}/token\"}},"
               "\"verify\": {\"url\": \"https://{host}/me\", \"identity\": {\"id\": \"id\"}}"
               "}")
        .object();
}

QJsonObject withPath(QJsonObject root, const QStringList& path, const QJsonValue& value)
{
    if (path.size() == 1) {
        if (value.isUndefined())
            root.remove(path.first());
        else
            root.insert(path.first(), value);
        return root;
    }
    root.insert(path.first(), withPath(root.value(path.first()).toObject(), path.mid(1), value));
    return root;
}

} // namespace

class TestCatalog : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void builtinProvidersLoad();
    void builtinProvidersLoad_data();
    void everyBuiltinIsValid();
    void issuerInsteadOfEndpoints();
    void badFiles_data();
    void badFiles();
    void perServerProvider();
    void overrideDirectory();
    void templates_data();
    void templates();
    void authorizeParamsCannotTakeOverTheSignIn_data();
    void authorizeParamsCannotTakeOverTheSignIn();
    void catalogSkipsAProviderThatOverridesTheSignIn();
    void signInUrlKeepsItsOwnParameters();
};

void TestCatalog::builtinProvidersLoad_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QStringList>("schemes");
    QTest::newRow("box") << "box" << QStringList{"oauth2", "jwt", "client_credentials"};
    QTest::newRow("google-drive") << "google-drive" << QStringList{"oauth2", "jwt"};
    QTest::newRow("onedrive") << "onedrive" << QStringList{"oauth2", "client_credentials"};
    QTest::newRow("dropbox") << "dropbox" << QStringList{"oauth2"};
    QTest::newRow("salesforce") << "salesforce" << QStringList{"oauth2"};
    QTest::newRow("s3") << "s3" << QStringList{"keys"};
    QTest::newRow("sugarcrm") << "sugarcrm" << QStringList{"password"};
    QTest::newRow("servicenow") << "servicenow" << QStringList{"oauth2"};
    QTest::newRow("adobe-experience-manager")
        << "adobe-experience-manager" << QStringList{"oauth2"};
}

void TestCatalog::builtinProvidersLoad()
{
    QFETCH(QString, id);
    QFETCH(QStringList, schemes);
    ProviderCatalog catalog;
    catalog.load({});
    QVERIFY2(catalog.warnings().isEmpty(), qPrintable(catalog.warnings().join(u'\n')));
    const Provider* p = catalog.find(id);
    QVERIFY(p);
    QStringList got;
    for (Scheme s : p->schemes())
        got.append(schemeId(s));
    QCOMPARE(got, schemes);
    QVERIFY(!p->docsUrl.isEmpty());
    QVERIFY(!p->verify.url.isEmpty());
}

void TestCatalog::everyBuiltinIsValid()
{
    ProviderCatalog catalog;
    catalog.load({});
    QCOMPARE(catalog.providers().size(), 10);
    for (const Provider& p : catalog.providers()) {
        QVERIFY2(QFile::exists(QStringLiteral(":/icons/") + p.icon), qPrintable(p.id));
        if (p.oauth2)
            QVERIFY2(!p.scopes.isEmpty(), qPrintable(p.id));
    }
}

void TestCatalog::issuerInsteadOfEndpoints()
{
    QJsonObject o = validProvider();
    QJsonObject oauth2{
        {QStringLiteral("discovery"), true},
        {QStringLiteral("issuer"), QStringLiteral("https://{host}/realms/corp")},
        {QStringLiteral("device_authorization_url"), QStringLiteral("https://{host}/device")},
        {QStringLiteral("client_auth"), QStringLiteral("private_key_jwt")}};
    o = withPath(o, {"schemes", "oauth2"}, oauth2);
    o = withPath(o, {"verify", "url"}, QStringLiteral("{userinfo_endpoint}"));
    Result<Provider> p = ProviderParser::parse(QJsonDocument(o).toJson(), QStringLiteral("x"));
    QVERIFY2(p.ok(), qPrintable(p.ok() ? QString() : p.error().message));
    QVERIFY(p->oauth2->discovery);
    QVERIFY(p->oauth2->tokenUrl.isEmpty());
    QCOMPARE(p->oauth2->issuer, QStringLiteral("https://{host}/realms/corp"));
    QCOMPARE(p->oauth2->clientAuth, QStringLiteral("private_key_jwt"));
    QCOMPARE(p->oauth2->revokeStyle, QStringLiteral("rfc7009")); // the metadata may name one
    // The built-in generic provider reads everything from the issuer the admin gives.
    ProviderCatalog catalog;
    catalog.load({});
    const Provider* generic = catalog.find(QStringLiteral("oauth2"));
    QVERIFY(generic && generic->oauth2 && generic->oauth2->discovery);
    QVERIFY(generic->oauth2->issuer.isEmpty());
    const Provider* microsoft = catalog.find(QStringLiteral("onedrive"));
    QVERIFY(microsoft && !microsoft->oauth2->deviceAuthorizationUrl.isEmpty());
    QVERIFY(microsoft->oauth2->adminConsentUrl.contains(QLatin1String("/v2.0/adminconsent")));
}

void TestCatalog::badFiles_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("expected");

    auto doc = [](const QJsonObject& o) { return QJsonDocument(o).toJson(); };
    const QJsonObject ok = validProvider();
    QTest::newRow("not json") << QByteArray("{\"id\": ") << "not valid JSON";
    QTest::newRow("array") << QByteArray("[]") << "top level must be a JSON object";
    QTest::newRow("missing id") << doc(withPath(ok, {"id"}, QJsonValue::Undefined))
                                << "id: is required";
    QTest::newRow("bad id") << doc(withPath(ok, {"id"}, "Acme Corp")) << "id: must be 2 to 40";
    QTest::newRow("wrong schema") << doc(withPath(ok, {"schema"}, 2)) << "schema:";
    QTest::newRow("unknown field")
        << doc(withPath(ok, {"colour"}, "red")) << "colour: is not a known field";
    const QJsonObject discovered = withPath(
        withPath(withPath(ok, {"schemes", "oauth2", "authorize_url"}, QJsonValue::Undefined),
                 {"schemes", "oauth2", "token_url"}, QJsonValue::Undefined),
        {"schemes", "oauth2", "discovery"}, true);
    QTest::newRow("discovery with endpoints too")
        << doc(withPath(discovered, {"schemes", "oauth2", "token_url"}, "https://{host}/t"))
        << "schemes.oauth2.discovery: reads the endpoints from the issuer";
    QTest::newRow("no endpoints without discovery")
        << doc(withPath(discovered, {"schemes", "oauth2", "discovery"}, false))
        << "schemes.oauth2.authorize_url: is required";
    QTest::newRow("http issuer") << doc(
        withPath(discovered, {"schemes", "oauth2", "issuer"}, "http://{host}/realm"))
                                 << "schemes.oauth2.issuer: must be an https URL";
    QTest::newRow("unknown client auth")
        << doc(withPath(ok, {"schemes", "oauth2", "client_auth"}, "tls_client_auth"))
        << "client_auth: must be body, basic or private_key_jwt";
    QTest::newRow("http device endpoint")
        << doc(withPath(ok, {"schemes", "oauth2", "device_authorization_url"},
                        "http://{host}/device"))
        << "schemes.oauth2.device_authorization_url: must be an https URL";
    QTest::newRow("http token url")
        << doc(withPath(ok, {"schemes", "oauth2", "token_url"}, "http://{host}/token"))
        << "schemes.oauth2.token_url: must be an https URL";
    QTest::newRow("unknown placeholder")
        << doc(withPath(ok, {"schemes", "oauth2", "token_url"}, "https://{server}/token"))
        << "schemes.oauth2.token_url: uses the unknown placeholder {server}";
    QTest::newRow("unbalanced brace")
        << doc(withPath(ok, {"schemes", "oauth2", "token_url"}, "https://{host/token"))
        << "schemes.oauth2.token_url: has an unmatched brace";
    QTest::newRow("no schemes") << doc(withPath(ok, {"schemes"}, QJsonObject()))
                                << "schemes: must offer at least one scheme";
    QTest::newRow("unknown scheme") << doc(withPath(ok, {"schemes", "saml"}, QJsonObject()))
                                    << "schemes.saml: is not a known field";
    QTest::newRow("scope not object")
        << doc(withPath(ok, {"scopes"}, QJsonArray{"files"})) << "scopes[0]: must be an object";
    QTest::newRow("jwt without aud")
        << doc(withPath(ok, {"schemes", "jwt"},
                        QJsonObject{{"token_url", "https://{host}/token"},
                                    {"claims", QJsonObject{{"iss", "{client_id}"}}}}))
        << "schemes.jwt.claims.aud: is required";
    QTest::newRow("jwt sets jti") << doc(
        withPath(ok, {"schemes", "jwt"},
                 QJsonObject{{"token_url", "https://{host}/token"},
                             {"claims", QJsonObject{{"iss", "x"}, {"aud", "y"}, {"jti", "z"}}}}))
                                  << "schemes.jwt.claims.jti: is set by AuthDeck";
    QTest::newRow("bad alg") << doc(
        withPath(ok, {"schemes", "jwt"},
                 QJsonObject{{"token_url", "https://{host}/token"},
                             {"claims", QJsonObject{{"iss", "x"}, {"aud", "y"}}},
                             {"algorithms", QJsonArray{"HS256"}}}))
                             << "schemes.jwt.algorithms: supports RS256";
    QTest::newRow("verify without identity")
        << doc(withPath(ok, {"verify", "identity"}, QJsonValue::Undefined))
        << "verify.identity: is required";
    QTest::newRow("docs not https")
        << doc(withPath(ok, {"docs"}, "ftp://acme.example/docs")) << "docs: must be an https URL";
    QTest::newRow("lifetime too long")
        << doc(withPath(ok, {"schemes", "jwt"},
                        QJsonObject{{"token_url", "https://{host}/token"},
                                    {"claims", QJsonObject{{"iss", "x"}, {"aud", "y"}}},
                                    {"lifetime", 120}}))
        << "schemes.jwt.lifetime: must not exceed max_lifetime";
    QTest::newRow("too large") << QByteArray(300 * 1024, ' ') << "larger than 256 KB";
}

void TestCatalog::badFiles()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, expected);
    const Result<Provider> r = ProviderParser::parse(json, QStringLiteral("acme.json"));
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, ErrorKind::BadInput);
    QVERIFY2(r.error().message.startsWith(QLatin1String("acme.json: ")),
             qPrintable(r.error().message));
    QVERIFY2(r.error().message.contains(expected), qPrintable(r.error().message));
}

void TestCatalog::perServerProvider()
{
    ProviderCatalog catalog;
    catalog.load({});
    QVERIFY(catalog.find(QStringLiteral("servicenow"))->perServer());
    QVERIFY(catalog.find(QStringLiteral("sugarcrm"))->perServer());
    QVERIFY(catalog.find(QStringLiteral("adobe-experience-manager"))->perServer());
    QVERIFY(!catalog.find(QStringLiteral("box"))->perServer());
    // Salesforce has a host with a default (login.salesforce.com): not per-server.
    QVERIFY(!catalog.find(QStringLiteral("salesforce"))->perServer());
    QVERIFY(catalog.find(QStringLiteral("salesforce"))->parameter(QStringLiteral("host")));
}

void TestCatalog::overrideDirectory()
{
    test::TempProfile profile;
    const QString dir = profile.file(QStringLiteral("providers"));
    QVERIFY(QDir().mkpath(dir));
    // A new provider, a replacement for box, and a broken file.
    QJsonObject acme = validProvider();
    test::writeFile(dir, QStringLiteral("acme.json"), QJsonDocument(acme).toJson());
    QJsonObject box = withPath(withPath(validProvider(), {"id"}, "box"), {"name"}, "Box (EU)");
    test::writeFile(dir, QStringLiteral("box.json"), QJsonDocument(box).toJson());
    test::writeFile(dir, QStringLiteral("broken.json"),
                    QJsonDocument(withPath(acme, {"id"}, QJsonValue::Undefined)).toJson());

    ProviderCatalog catalog;
    catalog.load(dir);
    QCOMPARE(catalog.providers().size(), 11);
    QVERIFY(catalog.find(QStringLiteral("acme")));
    QCOMPARE(catalog.find(QStringLiteral("box"))->name, QStringLiteral("Box (EU)"));
    QVERIFY(!catalog.find(QStringLiteral("box"))->builtin);
    QCOMPARE(catalog.warnings().size(), 1);
    QVERIFY(catalog.warnings().first().contains(QLatin1String("broken.json: id: is required")));
}

void TestCatalog::templates_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain") << "https://a/b" << true << "https://a/b";
    QTest::newRow("one") << "https://{host}/x" << true << "https://h.example/x";
    QTest::newRow("two") << "{host}:{tenant}" << true << "h.example:t1";
    QTest::newRow("escaped") << "{{host}}" << true << "{host}";
    QTest::newRow("missing") << "{region}" << false << "";
    QTest::newRow("unmatched") << "{host" << false << "";
    QTest::newRow("stray close") << "host}" << false << "";
}

void TestCatalog::templates()
{
    QFETCH(QString, text);
    QFETCH(bool, ok);
    QFETCH(QString, expected);
    const Result<QString> r =
        tmpl::expand(text, {{QStringLiteral("host"), QStringLiteral("h.example")},
                            {QStringLiteral("tenant"), QStringLiteral("t1")}});
    QCOMPARE(r.ok(), ok);
    if (ok)
        QCOMPARE(*r, expected);
}

void TestCatalog::authorizeParamsCannotTakeOverTheSignIn_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("named"); // how the refusal names it
    // What the sign-in request sets itself: another state, challenge or redirect URI from a
    // provider file would undo what protects the sign-in.
    for (const char* name : {"response_type", "client_id", "redirect_uri", "scope", "state",
                             "code_challenge", "code_challenge_method", "request", "request_uri"})
        QTest::newRow(name) << QString::fromLatin1(name) << QString::fromLatin1(name);
    QTest::newRow("State") << "State"
                           << "State";
    QTest::newRow("REDIRECT_URI") << "REDIRECT_URI"
                                  << "REDIRECT_URI";
    // Names that would end the pair inside the query and start another one.
    QTest::newRow("ampersand") << "x&state"
                               << "x%26state";
    QTest::newRow("equals") << "x=1&state"
                            << "x%3D1%26state";
    QTest::newRow("empty") << ""
                           << "";
}

void TestCatalog::authorizeParamsCannotTakeOverTheSignIn()
{
    QFETCH(QString, name);
    QFETCH(QString, named);
    const QJsonObject provider =
        withPath(validProvider(), {"schemes", "oauth2", "authorize_params"},
                 QJsonObject{{QStringLiteral("access_type"), QStringLiteral("offline")},
                             {name, QStringLiteral("attacker")}});
    const Result<Provider> r =
        ProviderParser::parse(QJsonDocument(provider).toJson(), QStringLiteral("acme.json"));
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, ErrorKind::BadInput);
    // The file and the parameter.
    QVERIFY2(r.error().message.startsWith(QLatin1String("acme.json: ")),
             qPrintable(r.error().message));
    QVERIFY2(
        r.error().message.contains(QStringLiteral("schemes.oauth2.authorize_params.%1").arg(named)),
        qPrintable(r.error().message));

    // What providers really add still passes.
    const QJsonObject fine =
        withPath(validProvider(), {"schemes", "oauth2", "authorize_params"},
                 QJsonObject{{QStringLiteral("access_type"), QStringLiteral("offline")},
                             {QStringLiteral("prompt"), QStringLiteral("consent")},
                             {QStringLiteral("token_access_type"), QStringLiteral("offline")}});
    const Result<Provider> ok =
        ProviderParser::parse(QJsonDocument(fine).toJson(), QStringLiteral("acme.json"));
    QVERIFY2(ok.ok(), qPrintable(ok.error().message));
    QCOMPARE(ok->oauth2->authorizeParams.size(), 3);
}

void TestCatalog::catalogSkipsAProviderThatOverridesTheSignIn()
{
    test::TempProfile profile;
    const QString dir = profile.file(QStringLiteral("providers"));
    QVERIFY(QDir().mkpath(dir));
    const QJsonObject acme =
        withPath(validProvider(), {"schemes", "oauth2", "authorize_params"},
                 QJsonObject{{QStringLiteral("redirect_uri"), QStringLiteral("https://evil/")}});
    test::writeFile(dir, QStringLiteral("acme.json"), QJsonDocument(acme).toJson());
    ProviderCatalog catalog;
    catalog.load(dir);
    QVERIFY(!catalog.find(QStringLiteral("acme")));
    QVERIFY(catalog.find(QStringLiteral("box")));
    QCOMPARE(catalog.warnings().size(), 1);
    QVERIFY2(catalog.warnings().first().contains(
                 QLatin1String("acme.json: schemes.oauth2.authorize_params.redirect_uri")),
             qPrintable(catalog.warnings().first()));
}

void TestCatalog::signInUrlKeepsItsOwnParameters()
{
    // Defence in depth: parameters that got past the parser anyway change nothing AuthDeck sets.
    OAuthSignInConfig config;
    config.authorizeUrl = QUrl(QStringLiteral("https://acme.example/authorize?state=fixed"));
    config.clientId = QStringLiteral("client-1");
    config.scopes = {QStringLiteral("files"), QStringLiteral("a+b")};
    config.extraParameters = {{QStringLiteral("state"), QStringLiteral("attacker")},
                              {QStringLiteral("STATE"), QStringLiteral("attacker")},
                              {QStringLiteral("redirect_uri"), QStringLiteral("https://evil/")},
                              {QStringLiteral("code_challenge"), QStringLiteral("known")},
                              {QStringLiteral("code_challenge_method"), QStringLiteral("plain")},
                              {QStringLiteral("response_type"), QStringLiteral("token")},
                              {QStringLiteral("x&state"), QStringLiteral("attacker")},
                              {QStringLiteral("request_uri"), QStringLiteral("https://evil/r")},
                              {QStringLiteral("access_type"), QStringLiteral("off line+")}};
    const QString redirect = QStringLiteral("http://127.0.0.1:5555/callback");
    const QUrl url = OAuthSignIn::buildAuthorizationUrl(config, redirect, QStringLiteral("s-123"),
                                                        QStringLiteral("challenge-abc"));
    QCOMPARE(url.host(), QStringLiteral("acme.example"));
    QCOMPARE(url.path(), QStringLiteral("/authorize"));
    const std::optional<UrlEncodedForm> q =
        UrlEncodedForm::parse(url.query(QUrl::FullyEncoded).toUtf8());
    QVERIFY(q);
    QVERIFY2(q->duplicateNames().isEmpty(), qPrintable(q->duplicateNames().join(u',')));
    QCOMPARE(q->values(u"state"), QStringList{QStringLiteral("s-123")});
    QCOMPARE(q->value(u"redirect_uri"), redirect);
    QCOMPARE(q->value(u"code_challenge"), QStringLiteral("challenge-abc"));
    QCOMPARE(q->value(u"code_challenge_method"), QStringLiteral("S256"));
    QCOMPARE(q->value(u"response_type"), QStringLiteral("code"));
    QCOMPARE(q->value(u"client_id"), QStringLiteral("client-1"));
    QCOMPARE(q->value(u"scope"), QStringLiteral("files a+b"));
    QCOMPARE(q->value(u"access_type"), QStringLiteral("off line+"));
    for (const auto& [name, value] : q->items()) {
        QVERIFY2(name.compare(QLatin1String("state"), Qt::CaseInsensitive) != 0
                     || name == QLatin1String("state"),
                 qPrintable(name));
        QVERIFY2(value != QLatin1String("attacker") && !value.contains(QLatin1String("evil")),
                 qPrintable(name));
    }
    QCOMPARE(q->items().size(), 8);
}

QTEST_GUILESS_MAIN(TestCatalog)
#include "tst_catalog.moc"
