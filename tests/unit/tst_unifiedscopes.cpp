// AuthDeck's scope vocabulary: the catalog files' unified_scopes (parsed and checked), and the
// syntax an admin gives scopes in (native, files.read, files.read[box:...], box:SCOPE) turned into
// the provider's native scopes, with one Usage error per mistake.
#include "TestSupport.h"

#include "accounts/AppRegistration.h"
#include "providers/ProviderCatalog.h"
#include "providers/ProviderParser.h"
#include "providers/UnifiedScopes.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace authdeck;

namespace {

QJsonObject acme()
{
    return QJsonDocument::fromJson(
               "{"
               "\"schema\": 1, \"id\": \"acme\", \"name\": \"Acme\", \"category\": \"storage\","
               "\"docs\": \"https://acme.example/docs\","
               "\"scopes\": [{\"id\": \"read\", \"description\": \"Read\"},"
               "             {\"id\": \"write\", \"description\": \"Write\"},"
               "             {\"id\": \"hooks\", \"description\": \"Webhooks\"},"
               "             {\"id\": \"team.read\", \"description\": \"Team\"},"
               "             {\"id\": \"https://acme.example/auth/all\", \"description\": "
               "\"All\"}],"
               "\"unified_scopes\": {\"files.read\": [\"read\"], "
               "                     \"files.write\": [\"read\", \"write\"],"
               "                     \"webhooks.manage\": [\"hooks\"]},"
               "\"schemes\": {\"oauth2\": {\"authorize_url\": \"https://acme.example/authorize\","
               "\"token_url\": \"https://acme.example/token\"}},"
               "\"verify\": {\"url\": \"https://acme.example/me\", \"identity\": {\"id\": \"id\"}}"
               "}")
        .object();
}

Provider parsed(const QJsonObject& o)
{
    Result<Provider> p =
        ProviderParser::parse(QJsonDocument(o).toJson(), QStringLiteral("acme.json"));
    if (!p.ok())
        qFatal("%s", qPrintable(p.error().message));
    return *p;
}

const QHash<QString, QString>& known()
{
    static const QHash<QString, QString> ids{{QStringLiteral("acme"), QStringLiteral("Acme")},
                                             {QStringLiteral("dropbox"), QStringLiteral("Dropbox")},
                                             {QStringLiteral("box"), QStringLiteral("Box")}};
    return ids;
}

} // namespace

class TestUnifiedScopes : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void vocabulary();
    void parserReadsTheMapping();
    void badMappings_data();
    void badMappings();
    void tokensKeepBracketsWhole();
    void expands_data();
    void expands();
    void refusals_data();
    void refusals();
    void builtinMappingsNameListedScopes();
    void boxMapsTheWholeVocabulary();
    void registrationKeepsUnifiedScopes();
};

void TestUnifiedScopes::vocabulary()
{
    QCOMPARE(UnifiedScopes::vocabulary(),
             (QStringList{"files.read", "files.write", "users.manage", "groups.manage",
                          "enterprise.manage", "activity.read", "webhooks.manage"}));
    QVERIFY(UnifiedScopes::isUnified(QStringLiteral("files.read")));
    // Dotted native scopes of Box and Dropbox are not AuthDeck scopes.
    QVERIFY(!UnifiedScopes::isUnified(QStringLiteral("sign_requests.readwrite")));
    QVERIFY(!UnifiedScopes::isUnified(QStringLiteral("files.content.read")));
    QVERIFY(!UnifiedScopes::isUnified(QStringLiteral("Files.Read")));
}

void TestUnifiedScopes::parserReadsTheMapping()
{
    const Provider p = parsed(acme());
    QCOMPARE(p.unifiedScopes.size(), 3);
    QCOMPARE(p.unifiedScopes.value(QStringLiteral("files.write")), (QStringList{"read", "write"}));
    QVERIFY(!p.unifiedScopes.contains(QStringLiteral("users.manage")));

    QJsonObject none = acme();
    none.remove(QStringLiteral("unified_scopes"));
    QVERIFY(parsed(none).unifiedScopes.isEmpty());
}

void TestUnifiedScopes::badMappings_data()
{
    QTest::addColumn<QJsonValue>("mapping");
    QTest::addColumn<QString>("expected");
    QTest::newRow("not an object")
        << QJsonValue(QJsonArray{"files.read"}) << "acme.json: unified_scopes: must be an object";
    QTest::newRow("unknown unified scope")
        << QJsonValue(QJsonObject{{"files.delete", QJsonArray{"write"}}})
        << "acme.json: unified_scopes.files.delete: is not an AuthDeck scope (files.read,";
    QTest::newRow("a string, not a list")
        << QJsonValue(QJsonObject{{"files.read", "read"}})
        << "acme.json: unified_scopes.files.read: must be a list of strings";
    QTest::newRow("empty list") << QJsonValue(QJsonObject{{"files.read", QJsonArray{}}})
                                << "acme.json: unified_scopes.files.read: must list at least one";
    QTest::newRow("a number in the list")
        << QJsonValue(QJsonObject{{"files.read", QJsonArray{"read", 3}}})
        << "acme.json: unified_scopes.files.read[1]: must be a non-empty string";
    QTest::newRow("a scope the file does not list")
        << QJsonValue(QJsonObject{{"files.read", QJsonArray{"read", "everything"}}})
        << "acme.json: unified_scopes.files.read[1]: names the scope \"everything\", which";
}

void TestUnifiedScopes::badMappings()
{
    QFETCH(QJsonValue, mapping);
    QFETCH(QString, expected);
    QJsonObject o = acme();
    o.insert(QStringLiteral("unified_scopes"), mapping);
    Result<Provider> p =
        ProviderParser::parse(QJsonDocument(o).toJson(), QStringLiteral("acme.json"));
    QVERIFY(!p.ok());
    QCOMPARE(p.error().kind, ErrorKind::BadInput);
    QVERIFY2(p.error().message.startsWith(expected), qPrintable(p.error().message));
}

void TestUnifiedScopes::tokensKeepBracketsWhole()
{
    QCOMPARE(UnifiedScopes::tokens({QStringLiteral(" read  files.read[acme:read, acme:hooks] x"),
                                    QStringLiteral("y")}),
             (QStringList{"read", "files.read[acme:read,acme:hooks]", "x", "y"}));
    QCOMPARE(UnifiedScopes::tokens({QStringLiteral("   ")}), QStringList());
}

void TestUnifiedScopes::expands_data()
{
    QTest::addColumn<QStringList>("given");
    QTest::addColumn<QStringList>("scopes");
    QTest::addColumn<QStringList>("unified");
    QTest::newRow("native as before")
        << QStringList{"read write"} << QStringList{"read", "write"} << QStringList();
    QTest::newRow("unified") << QStringList{"files.write"} << QStringList{"read", "write"}
                             << QStringList{"files.write"};
    QTest::newRow("unified and native, no repeats")
        << QStringList{"read", "files.write", "files.read"} << QStringList{"read", "write"}
        << QStringList{"files.write", "files.read"};
    QTest::newRow("nested: the brackets decide")
        << QStringList{"files.read[acme:hooks]"} << QStringList{"hooks"}
        << QStringList{"files.read"};
    QTest::newRow("nested list with a space")
        << QStringList{"files.read[acme:read, acme:write]"} << QStringList{"read", "write"}
        << QStringList{"files.read"};
    QTest::newRow("nested unified the provider has no mapping for")
        << QStringList{"users.manage[acme:team.read]"} << QStringList{"team.read"}
        << QStringList{"users.manage"};
    QTest::newRow("qualified native")
        << QStringList{"acme:hooks"} << QStringList{"hooks"} << QStringList();
    QTest::newRow("dotted native")
        << QStringList{"team.read"} << QStringList{"team.read"} << QStringList();
    QTest::newRow("unknown dotted: passed on as native")
        << QStringList{"reports.read"} << QStringList{"reports.read"} << QStringList();
    QTest::newRow("a URL scope is not qualified")
        << QStringList{"https://acme.example/auth/all"}
        << QStringList{"https://acme.example/auth/all"} << QStringList();
    QTest::newRow("an unknown prefix is a native scope")
        << QStringList{"urn:acme:scope"} << QStringList{"urn:acme:scope"} << QStringList();
    QTest::newRow("nested URL scope")
        << QStringList{"files.read[acme:https://acme.example/auth/all]"}
        << QStringList{"https://acme.example/auth/all"} << QStringList{"files.read"};
}

void TestUnifiedScopes::expands()
{
    QFETCH(QStringList, given);
    QFETCH(QStringList, scopes);
    QFETCH(QStringList, unified);
    Result<UnifiedScopes::Expansion> e = UnifiedScopes::expand(parsed(acme()), given, known());
    QVERIFY2(e.ok(), qPrintable(e.error().message));
    QCOMPARE(e->scopes, scopes);
    QCOMPARE(e->unified, unified);
}

void TestUnifiedScopes::refusals_data()
{
    QTest::addColumn<QString>("given");
    QTest::addColumn<QString>("says");
    QTest::newRow("no mapping")
        << "users.manage"
        << "Acme has no mapping for the AuthDeck scope users.manage; give its own scope names "
           "instead (see authdeck-cli providers --json).";
    QTest::newRow("nested for another provider")
        << "files.read[dropbox:files.content.read]"
        << "\"dropbox:files.content.read\" in \"files.read[dropbox:files.content.read]\" is a "
           "scope of Dropbox (dropbox), but this app is for Acme (acme)";
    QTest::newRow("nested for an unknown provider")
        << "files.read[acme:read,nowhere:x]"
        << "is a scope of nowhere, but this app is for Acme";
    QTest::newRow("nested item without provider")
        << "files.read[read]"
        << "\"read\" in \"files.read[read]\" does not say its provider; write it as acme:read.";
    QTest::newRow("nested under an unknown name")
        << "files.delete[acme:write]"
        << "\"files.delete\" in \"files.delete[acme:write]\" is not an AuthDeck scope";
    QTest::newRow("empty brackets") << "files.read[]"
                                    << "\"files.read[]\" names no scope";
    QTest::newRow("unclosed bracket") << "files.read[acme:read"
                                      << "is not a scope AuthDeck can";
    QTest::newRow("nothing before the bracket") << "[acme:read]"
                                                << "is not a scope AuthDeck can";
    QTest::newRow("text after the bracket") << "files.read[acme:read]x"
                                            << "is not a scope AuthDeck can read";
    QTest::newRow("qualified for another provider")
        << "box:manage_webhook"
        << "\"box:manage_webhook\" is a scope of Box (box), but this app is for Acme (acme)";
}

void TestUnifiedScopes::refusals()
{
    QFETCH(QString, given);
    QFETCH(QString, says);
    Result<UnifiedScopes::Expansion> e =
        UnifiedScopes::expand(parsed(acme()), {QStringLiteral("read"), given}, known());
    QVERIFY(!e.ok());
    QCOMPARE(e.error().kind, ErrorKind::Usage);
    QVERIFY2(e.error().message.contains(says), qPrintable(e.error().message));
    QVERIFY(!e.error().message.contains(QLatin1Char('\n')));
}

void TestUnifiedScopes::builtinMappingsNameListedScopes()
{
    ProviderCatalog catalog;
    catalog.load({});
    QVERIFY2(catalog.warnings().isEmpty(), qPrintable(catalog.warnings().join(u'\n')));
    int mapped = 0;
    for (const Provider& p : catalog.providers()) {
        for (auto it = p.unifiedScopes.begin(); it != p.unifiedScopes.end(); ++it) {
            ++mapped;
            Result<UnifiedScopes::Expansion> e = UnifiedScopes::expand(p, {it.key()}, {});
            QVERIFY2(e.ok(), qPrintable(p.id + u' ' + it.key()));
            QCOMPARE(e->scopes, it.value());
        }
    }
    QVERIFY(mapped >= 14);
    // Providers without a scope concept have no mapping.
    QVERIFY(catalog.find(QStringLiteral("s3"))->unifiedScopes.isEmpty());
    QVERIFY(catalog.find(QStringLiteral("sugarcrm"))->unifiedScopes.isEmpty());
    QVERIFY(!catalog.find(QStringLiteral("dropbox"))
                 ->unifiedScopes.contains(QStringLiteral("users.manage")));
}

void TestUnifiedScopes::boxMapsTheWholeVocabulary()
{
    ProviderCatalog catalog;
    catalog.load({});
    const Provider* box = catalog.find(QStringLiteral("box"));
    QVERIFY(box);
    for (const QString& name : UnifiedScopes::vocabulary())
        QVERIFY2(box->unifiedScopes.contains(name), qPrintable(name));
    QCOMPARE(box->unifiedScopes.value(QStringLiteral("files.read")),
             QStringList{QStringLiteral("root_readonly")});
    Result<UnifiedScopes::Expansion> e = UnifiedScopes::expand(
        *box, {QStringLiteral("files.read box:manage_webhook sign_requests.readwrite")}, {});
    QVERIFY2(e.ok(), qPrintable(e.error().message));
    QCOMPARE(e->scopes,
             (QStringList{"root_readonly", "manage_webhook", "sign_requests.readwrite"}));
    QCOMPARE(e->unified, QStringList{QStringLiteral("files.read")});
}

void TestUnifiedScopes::registrationKeepsUnifiedScopes()
{
    AppRegistration app;
    app.id = QStringLiteral("a1");
    app.providerId = QStringLiteral("box");
    app.scopes = {QStringLiteral("root_readonly"), QStringLiteral("manage_webhook")};
    // Without AuthDeck scopes the field is absent, as in every profile written before it.
    QVERIFY(!app.toJson().contains(QStringLiteral("unified_scopes")));
    QVERIFY(AppRegistration::fromJson(app.toJson()).unifiedScopes.isEmpty());

    app.unifiedScopes = {QStringLiteral("files.read")};
    const QJsonObject o = app.toJson();
    QCOMPARE(o.value(QStringLiteral("unified_scopes")).toArray(), QJsonArray{"files.read"});
    const AppRegistration back = AppRegistration::fromJson(o);
    QCOMPARE(back.unifiedScopes, app.unifiedScopes);
    QCOMPARE(back.scopes, app.scopes);
}

QTEST_GUILESS_MAIN(TestUnifiedScopes)
#include "tst_unifiedscopes.moc"
