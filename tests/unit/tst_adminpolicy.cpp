// The organization policy (providers/AdminPolicy) and how the catalog applies it: a file with any
// error denies everything and names its line; a missing file is no policy; an allowed provider
// keeps its built-in endpoints; deny and allow rules catch a provider copied under another id.
#include "TestSupport.h"

#include "providers/AdminPolicy.h"
#include "providers/ProviderCatalog.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace authdeck;

namespace {

QJsonObject builtin(const QString& id)
{
    QFile f(QStringLiteral(":/providers/%1.json").arg(id));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}

// Sets a value at a dotted path ("schemes.oauth2.token_url").
QJsonObject with(QJsonObject root, const QString& dotted, const QJsonValue& value)
{
    const QStringList path = dotted.split(QLatin1Char('.'));
    if (path.size() == 1) {
        root.insert(path.first(), value);
        return root;
    }
    root.insert(path.first(), with(root.value(path.first()).toObject(),
                                   path.mid(1).join(QLatin1Char('.')), value));
    return root;
}

QJsonObject renamed(QJsonObject provider, const QString& id)
{
    provider.insert(QStringLiteral("id"), id);
    provider.insert(QStringLiteral("name"), id + QStringLiteral(" (copy)"));
    return provider;
}

AdminPolicy policyOf(const QByteArray& json)
{
    return AdminPolicy::parse(json, QStringLiteral("/etc/authdeck/policy.json"));
}

} // namespace

class TestAdminPolicy : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void anyErrorDeniesEverything_data();
    void anyErrorDeniesEverything();
    void validPolicyParses();
    void loadFailsClosed();
    void allowedProviderKeepsBuiltinEndpoints();
    void denyCatchesCopies_data();
    void denyCatchesCopies();
    void allowRefusesCopies();
    void denyingOneBuiltinKeepsTheOthers();
    void mayUseAndExports();
};

void TestAdminPolicy::anyErrorDeniesEverything_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<int>("line");
    QTest::newRow("syntax") << QByteArray("{\n  \"providers\": {\"allow\": [\"box\"]\n  ,,\n}")
                            << 3;
    QTest::newRow("unterminated") << QByteArray("{\"providers\": {\"allow\": [\"box\"]}") << 1;
    QTest::newRow("allow is a string")
        << QByteArray("{\n  \"providers\": {\n    \"allow\": \"box\"\n  }\n}") << 3;
    QTest::newRow("misspelt top-level key")
        << QByteArray("{\n  \"schemes\": {\"deny\": [\"password\"]},\n  \"provider\": "
                      "{\"allow\": [\"box\"]}\n}")
        << 3;
    QTest::newRow("misspelt inner key")
        << QByteArray("{\n  \"providers\": {\n    \"alow\": [\"box\"]\n  }\n}") << 3;
    QTest::newRow("unknown scheme")
        << QByteArray("{\"schemes\": {\n  \"deny\": [\n    \"password\",\n    \"passwd\"\n  ]\n}}")
        << 4;
    QTest::newRow("item not a string")
        << QByteArray("{\"providers\": {\"deny\": [\"dropbox\",\n 7]}}") << 2;
    QTest::newRow("not an id") << QByteArray("{\"providers\": {\"deny\": [\"drop box\"]}}") << 1;
    QTest::newRow("exports not a bool")
        << QByteArray("{\n\n\"exports_may_include_secrets\": \"no\"}") << 3;
    QTest::newRow("group not an object") << QByteArray("{\"providers\": [\"box\"]}") << 1;
    QTest::newRow("not an object") << QByteArray("\n[1]") << 2;
    QTest::newRow("empty file") << QByteArray() << 1;
    QTest::newRow("key given twice")
        << QByteArray("{\"providers\": {\"allow\": [\"box\"]},\n \"providers\": {}}") << 2;
}

void TestAdminPolicy::anyErrorDeniesEverything()
{
    QFETCH(QByteArray, json);
    QFETCH(int, line);
    const AdminPolicy p = policyOf(json);
    QVERIFY(p.present);
    QVERIFY(p.restricts());
    for (const char* id : {"box", "dropbox", "sandbox", "acme"})
        QVERIFY2(!p.allowsProvider(QLatin1String(id)), id);
    for (Scheme s : allSchemes())
        QVERIFY2(!p.allowsScheme(s), qPrintable(schemeId(s)));
    QCOMPARE(p.exportsMayIncludeSecrets, std::optional<bool>(false));
    // One message that names the file and the line.
    QCOMPARE(p.warnings.size(), 1);
    QVERIFY2(p.warnings.first().contains(QStringLiteral("/etc/authdeck/policy.json")),
             qPrintable(p.warnings.first()));
    QVERIFY2(p.warnings.first().contains(QStringLiteral("line %1:").arg(line)),
             qPrintable(p.warnings.first()));

    // The catalog then offers nothing at all.
    ProviderCatalog catalog;
    catalog.setPolicy(p);
    catalog.load(QString());
    QVERIFY(catalog.providers().isEmpty());
    QVERIFY(catalog.isForbidden(QStringLiteral("box")));
    QCOMPARE(catalog.warnings(), p.warnings);
}

void TestAdminPolicy::validPolicyParses()
{
    const AdminPolicy p = policyOf(
        "{\"providers\": {\"allow\": [\"Box\", \"dropbox\"], \"deny\": [\"dropbox\"]},\n"
        " \"schemes\": {\"deny\": [\"password\"]}, \"exports_may_include_secrets\": true}");
    QVERIFY(p.present);
    QVERIFY(!p.broken());
    QVERIFY(p.warnings.isEmpty());
    QVERIFY(p.allowsProvider(QStringLiteral("box")));
    QVERIFY(!p.allowsProvider(QStringLiteral("dropbox")));  // deny wins
    QVERIFY(!p.allowsProvider(QStringLiteral("onedrive"))); // not in allow
    QVERIFY(!p.allowsScheme(Scheme::Password));
    QVERIFY(p.allowsScheme(Scheme::OAuth2));
    QCOMPARE(p.exportsMayIncludeSecrets, std::optional<bool>(true));
    QVERIFY(p.restrictsProviders());

    const AdminPolicy schemesOnly = policyOf("{\"schemes\": {\"allow\": []}}");
    QVERIFY(!schemesOnly.broken());
    QVERIFY(schemesOnly.restricts());
    QVERIFY(!schemesOnly.restrictsProviders());
    QVERIFY(!schemesOnly.allowsScheme(Scheme::Jwt));

    const AdminPolicy empty = policyOf("{}");
    QVERIFY(empty.present && !empty.broken() && !empty.restricts());
}

void TestAdminPolicy::loadFailsClosed()
{
    // Only a missing file means no policy.
    const AdminPolicy missing = AdminPolicy::load(QStringLiteral("/nonexistent/policy.json"));
    QVERIFY(!missing.present);
    QVERIFY(missing.warnings.isEmpty());
    QVERIFY(missing.allowsProvider(QStringLiteral("box")));

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    // A folder where the file belongs, a file over 64 KB, a dangling link: all deny everything.
    QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("folder.json")));
    const QString big = test::writeFile(dir.path(), QStringLiteral("big.json"),
                                        "{\"providers\": {\"deny\": []}, \"x\": \""
                                            + QByteArray(70 * 1024, 'a') + "\"}");
    const QString link = dir.filePath(QStringLiteral("link.json"));
    QVERIFY(QFile::link(dir.filePath(QStringLiteral("gone.json")), link));
    for (const QString& path : {dir.filePath(QStringLiteral("folder.json")), big, link}) {
        const AdminPolicy p = AdminPolicy::load(path);
        QVERIFY2(p.broken(), qPrintable(path));
        QVERIFY(!p.allowsProvider(QStringLiteral("box")));
        QCOMPARE(p.exportsMayIncludeSecrets, std::optional<bool>(false));
        QVERIFY2(p.warnings.value(0).contains(path), qPrintable(p.warnings.value(0)));
    }

    // The release path is fixed; only a test build lets the environment choose another (that a
    // release build does not even hold the variable's name, the unit.policy_release_build test
    // checks on the object file).
    QCOMPARE(AdminPolicy::systemPath(), QStringLiteral("/etc/authdeck/policy.json"));
    qputenv("AUTHDECK_POLICY_FILE", big.toUtf8());
#ifdef AUTHDECK_TEST_BUILD
    QCOMPARE(AdminPolicy::defaultPath(), big);
#else
    QCOMPARE(AdminPolicy::defaultPath(), AdminPolicy::systemPath());
#endif
    qunsetenv("AUTHDECK_POLICY_FILE");
    QCOMPARE(AdminPolicy::defaultPath(), AdminPolicy::systemPath());
}

void TestAdminPolicy::allowedProviderKeepsBuiltinEndpoints()
{
    test::TempProfile profile;
    const QString dir = profile.file(QStringLiteral("providers"));
    QVERIFY(QDir().mkpath(dir));
    // box.json in the user's profile: Box's id, someone else's endpoints.
    QJsonObject box = builtin(QStringLiteral("box"));
    QVERIFY(!box.isEmpty());
    box = with(box, QStringLiteral("schemes.oauth2.token_url"),
               QStringLiteral("https://collector.example.net/token"));
    box = with(box, QStringLiteral("schemes.oauth2.authorize_url"),
               QStringLiteral("https://collector.example.net/authorize"));
    test::writeFile(dir, QStringLiteral("box.json"), QJsonDocument(box).toJson());

    for (const QByteArray& json : {QByteArray("{\"providers\": {\"allow\": [\"box\"]}}"),
                                   QByteArray("{\"providers\": {\"deny\": [\"dropbox\"]}}")}) {
        ProviderCatalog catalog;
        catalog.setPolicy(policyOf(json));
        catalog.load(dir);
        const Provider* p = catalog.find(QStringLiteral("box"));
        QVERIFY2(p, json.constData());
        QVERIFY(p->builtin);
        QCOMPARE(p->oauth2->tokenUrl, QStringLiteral("https://api.box.com/oauth2/token"));
        QCOMPARE(p->oauth2->authorizeUrl,
                 QStringLiteral("https://account.box.com/api/oauth2/authorize"));
        QCOMPARE(catalog.warnings().size(), 1);
        QVERIFY2(catalog.warnings().first().contains(dir + QStringLiteral("/box.json")),
                 qPrintable(catalog.warnings().first()));
    }

    // Without a policy (or one that restricts schemes only) the admin's file still replaces it.
    for (const QByteArray& json :
         {QByteArray(), QByteArray("{\"schemes\": {\"deny\": [\"jwt\"]}}")}) {
        ProviderCatalog catalog;
        if (!json.isEmpty())
            catalog.setPolicy(policyOf(json));
        catalog.load(dir);
        QCOMPARE(catalog.find(QStringLiteral("box"))->oauth2->tokenUrl,
                 QStringLiteral("https://collector.example.net/token"));
    }
}

void TestAdminPolicy::denyCatchesCopies_data()
{
    QTest::addColumn<QByteArray>("policy");
    QTest::addColumn<QJsonObject>("copy");
    QTest::addColumn<bool>("denied");
    const QByteArray noDropbox = "{\"providers\": {\"deny\": [\"dropbox\"]}}";
    const QByteArray noServiceNow = "{\"providers\": {\"deny\": [\"servicenow\"]}}";
    const QJsonObject dropbox = builtin(QStringLiteral("dropbox"));
    const QJsonObject servicenow = builtin(QStringLiteral("servicenow"));

    QTest::newRow("copy under a new id")
        << noDropbox << renamed(dropbox, QStringLiteral("dbx")) << true;
    // Only the token endpoint is Dropbox's (upper case, a port, a trailing dot).
    QJsonObject mixed = renamed(dropbox, QStringLiteral("dbx"));
    mixed = with(mixed, QStringLiteral("schemes.oauth2.authorize_url"),
                 QStringLiteral("https://auth.example.org/authorize"));
    mixed = with(mixed, QStringLiteral("api_base"), QStringLiteral("https://api.example.org/2"));
    mixed = with(mixed, QStringLiteral("schemes.oauth2.token_url"),
                 QStringLiteral("https://API.DropboxAPI.com.:443/oauth2/token"));
    QTest::newRow("one endpoint shared") << noDropbox << mixed << true;
    QJsonObject elsewhere = with(mixed, QStringLiteral("schemes.oauth2.token_url"),
                                 QStringLiteral("https://api.example.org/oauth2/token"));
    QTest::newRow("no endpoint shared") << noDropbox << elsewhere << false;

    // A per-server provider has no fixed host: its paths on any host are compared.
    QTest::newRow("per-server copy, template kept")
        << noServiceNow << renamed(servicenow, QStringLiteral("snow")) << true;
    QJsonObject oneServer = renamed(servicenow, QStringLiteral("snow"));
    oneServer.remove(QStringLiteral("parameters"));
    oneServer = with(oneServer, QStringLiteral("schemes.oauth2.authorize_url"),
                     QStringLiteral("https://acme.service-now.com/oauth_auth.do"));
    oneServer = with(oneServer, QStringLiteral("schemes.oauth2.token_url"),
                     QStringLiteral("https://acme.service-now.com//oauth_token.do/"));
    oneServer = with(oneServer, QStringLiteral("schemes.oauth2.revoke_url"),
                     QStringLiteral("https://acme.service-now.com/x/../oauth_revoke_token.do"));
    oneServer = with(oneServer, QStringLiteral("verify.url"),
                     QStringLiteral("https://acme.service-now.com/api/now/table/sys_user"));
    QTest::newRow("per-server copy naming one server") << noServiceNow << oneServer << true;
    // Another per-server product with its own paths is not ServiceNow.
    QJsonObject other = renamed(servicenow, QStringLiteral("acme"));
    other = with(other, QStringLiteral("schemes.oauth2.authorize_url"),
                 QStringLiteral("https://{host}/oauth2/authorize"));
    other = with(other, QStringLiteral("schemes.oauth2.token_url"),
                 QStringLiteral("https://{host}/oauth2/token"));
    other = with(other, QStringLiteral("schemes.oauth2.revoke_url"),
                 QStringLiteral("https://{host}/oauth2/revoke"));
    other = with(other, QStringLiteral("verify.url"), QStringLiteral("https://{host}/api/me"));
    QTest::newRow("other per-server provider") << noServiceNow << other << false;
}

void TestAdminPolicy::denyCatchesCopies()
{
    QFETCH(QByteArray, policy);
    QFETCH(QJsonObject, copy);
    QFETCH(bool, denied);
    QVERIFY(!copy.isEmpty());
    test::TempProfile profile;
    const QString dir = profile.file(QStringLiteral("providers"));
    QVERIFY(QDir().mkpath(dir));
    const QString id = copy.value(u"id").toString();
    test::writeFile(dir, id + QStringLiteral(".json"), QJsonDocument(copy).toJson());

    ProviderCatalog free;
    free.load(dir);
    QVERIFY2(free.find(id), qPrintable(free.warnings().join(QLatin1Char('\n'))));

    ProviderCatalog catalog;
    catalog.setPolicy(policyOf(policy));
    catalog.load(dir);
    QCOMPARE(catalog.find(id) == nullptr, denied);
    QCOMPARE(catalog.isForbidden(id), denied);
    if (denied) {
        // The admin learns which file and which denied provider it resembles.
        QCOMPARE(catalog.warnings().size(), 1);
        QVERIFY2(catalog.warnings().first().contains(QStringLiteral("not allow")),
                 qPrintable(catalog.warnings().first()));
        QVERIFY(catalog.warnings().first().contains(id + QStringLiteral(".json")));
    }
}

void TestAdminPolicy::allowRefusesCopies()
{
    test::TempProfile profile;
    const QString dir = profile.file(QStringLiteral("providers"));
    QVERIFY(QDir().mkpath(dir));
    test::writeFile(
        dir, QStringLiteral("box2.json"),
        QJsonDocument(renamed(builtin(QStringLiteral("box")), QStringLiteral("box2"))).toJson());
    test::writeFile(
        dir, QStringLiteral("snow.json"),
        QJsonDocument(renamed(builtin(QStringLiteral("servicenow")), QStringLiteral("snow")))
            .toJson());

    ProviderCatalog catalog;
    // Even an allow list naming the copies admits built-in providers only.
    catalog.setPolicy(
        policyOf("{\"providers\": {\"allow\": [\"box\", \"servicenow\", \"snow\"]}}"));
    catalog.load(dir);
    QVERIFY(catalog.find(QStringLiteral("box")));
    QVERIFY(catalog.find(QStringLiteral("servicenow")));
    QVERIFY(!catalog.find(QStringLiteral("box2")));
    QVERIFY(!catalog.find(QStringLiteral("snow")));
    QVERIFY(catalog.isForbidden(QStringLiteral("box2")));
    QVERIFY(catalog.isForbidden(QStringLiteral("snow")));
    QCOMPARE(catalog.providers().size(), 2);
    // The named copy is reported (the unnamed one is simply not allowed).
    QCOMPARE(catalog.warnings().size(), 1);
    QVERIFY2(catalog.warnings().first().contains(QStringLiteral("not built into AuthDeck")),
             qPrintable(catalog.warnings().first()));
}

void TestAdminPolicy::denyingOneBuiltinKeepsTheOthers()
{
    ProviderCatalog free;
    free.load(QString());
    QStringList ids;
    for (const Provider& p : free.providers())
        ids.append(p.id);
    QVERIFY(ids.size() >= 9);
    for (const QString& id : std::as_const(ids)) {
        ProviderCatalog catalog;
        catalog.setPolicy(
            policyOf(QStringLiteral("{\"providers\": {\"deny\": [\"%1\"]}}").arg(id).toUtf8()));
        catalog.load(QString());
        QVERIFY(!catalog.find(id));
        QCOMPARE(catalog.providers().size(), ids.size() - 1);
        QVERIFY2(catalog.warnings().isEmpty(), qPrintable(catalog.warnings().join(u'\n')));
    }
}

void TestAdminPolicy::mayUseAndExports()
{
    ProviderCatalog catalog;
    catalog.setPolicy(policyOf("{\"providers\": {\"allow\": [\"box\", \"servicenow\"]},"
                               " \"schemes\": {\"deny\": [\"jwt\"]},"
                               " \"exports_may_include_secrets\": false}"));
    catalog.load(QString());
    QVERIFY(catalog.mayUse(QStringLiteral("box"), Scheme::OAuth2, false).ok());
    // The server's own host is the per-server template's parameter, not an endpoint override.
    QVERIFY(catalog.mayUse(QStringLiteral("servicenow"), Scheme::OAuth2, false).ok());
    const Status own = catalog.mayUse(QStringLiteral("box"), Scheme::OAuth2, true);
    QVERIFY(!own.ok());
    QCOMPARE(own.error().kind, ErrorKind::Usage);
    QVERIFY(own.error().message.contains(QStringLiteral("built-in endpoints only")));
    const Status jwt = catalog.mayUse(QStringLiteral("box"), Scheme::Jwt, false);
    QVERIFY(!jwt.ok());
    QVERIFY(jwt.error().message.contains(QStringLiteral("/etc/authdeck/policy.json")));
    QVERIFY(!catalog.mayUse(QStringLiteral("dropbox"), Scheme::OAuth2, false).ok());
    // An id the catalog does not know cannot be checked: refused while providers are restricted.
    QVERIFY(!catalog.mayUse(QStringLiteral("sandbox"), Scheme::OAuth2, false).ok());
    const Status exports = catalog.mayExportSecrets();
    QVERIFY(!exports.ok());
    QCOMPARE(exports.error().exitCode(), 2);

    ProviderCatalog free;
    free.load(QString());
    QVERIFY(free.mayUse(QStringLiteral("box"), Scheme::OAuth2, true).ok());
    QVERIFY(free.mayUse(QStringLiteral("sandbox"), Scheme::OAuth2, false).ok());
    QVERIFY(free.mayExportSecrets().ok());
}

QTEST_GUILESS_MAIN(TestAdminPolicy)
#include "tst_adminpolicy.moc"
