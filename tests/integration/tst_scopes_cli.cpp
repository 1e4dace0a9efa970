// The real authdeck-cli binary with AuthDeck scopes: apps add takes files.read, box:SCOPE and
// files.read[box:...], apps show tells the AuthDeck scopes from the native ones they became, and
// a scope that cannot be read is one line, exit 2 and no app.
#include "TestSupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace authdeck;

namespace {

QStringList base(const test::TempProfile& p, bool json = false)
{
    QStringList args{QStringLiteral("--profile"), p.path()};
    if (json)
        args << QStringLiteral("--json");
    return args;
}

QStringList appsAdd(const QString& provider, const QStringList& scopes)
{
    QStringList args{QStringLiteral("apps"),        QStringLiteral("add"),
                     QStringLiteral("--provider"),  provider,
                     QStringLiteral("--name"),      QStringLiteral("Scoped"),
                     QStringLiteral("--client-id"), QStringLiteral("client-scoped")};
    for (const QString& s : scopes)
        args << QStringLiteral("--scope") << s;
    return args;
}

QString what(const test::CliRun& r)
{
    return QStringLiteral("exit %1, stderr: %2").arg(r.exitCode).arg(QString::fromUtf8(r.err));
}

QStringList strings(const QJsonValue& v)
{
    QStringList out;
    for (const QJsonValue& s : v.toArray())
        out.append(s.toString());
    return out;
}

} // namespace

class TestScopesCli : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void unifiedAndQualifiedScopes();
    void nestedScopesAndText();
    void plainNativeScopesHaveNoUnifiedField();
    void refusals_data();
    void refusals();
    void providersJsonHasTheMapping();
};

void TestScopesCli::initTestCase()
{
    QVERIFY2(test::keychainAvailable(), "No Secret Service: run the tests with packaging/dev test");
}

void TestScopesCli::unifiedAndQualifiedScopes()
{
    test::TempProfile p;
    const test::CliRun added = test::runCli(
        base(p, true) << appsAdd(QStringLiteral("box"), {QStringLiteral("files.read"),
                                                         QStringLiteral("box:manage_webhook")}));
    QVERIFY2(added.exitCode == 0, qPrintable(what(added)));

    const test::CliRun show =
        test::runCli(base(p, true) << QStringLiteral("apps") << QStringLiteral("show")
                                   << QStringLiteral("Scoped"));
    QVERIFY2(show.exitCode == 0, qPrintable(what(show)));
    const QJsonObject app = QJsonDocument::fromJson(show.out).object();
    QCOMPARE(strings(app[QStringLiteral("unified_scopes")]),
             QStringList{QStringLiteral("files.read")});
    QCOMPARE(strings(app[QStringLiteral("scopes")]),
             (QStringList{"root_readonly", "manage_webhook"}));
}

void TestScopesCli::nestedScopesAndText()
{
    test::TempProfile p;
    // One --scope holding several, one of them nested with a space inside its brackets.
    const test::CliRun added = test::runCli(
        base(p) << appsAdd(QStringLiteral("box"),
                           {QStringLiteral("activity.read[box:manage_webhook, box:root_readonly] "
                                           "groups.manage")}));
    QVERIFY2(added.exitCode == 0, qPrintable(what(added)));
    const test::CliRun json =
        test::runCli(base(p, true) << QStringLiteral("apps") << QStringLiteral("show")
                                   << QStringLiteral("Scoped"));
    const QJsonObject app = QJsonDocument::fromJson(json.out).object();
    QCOMPARE(strings(app[QStringLiteral("unified_scopes")]),
             (QStringList{"activity.read", "groups.manage"}));
    QCOMPARE(strings(app[QStringLiteral("scopes")]),
             (QStringList{"manage_webhook", "root_readonly", "manage_groups"}));

    const test::CliRun text = test::runCli(
        base(p) << QStringLiteral("apps") << QStringLiteral("show") << QStringLiteral("Scoped"));
    QVERIFY2(text.exitCode == 0, qPrintable(what(text)));
    QVERIFY2(text.out.contains("AuthDeck scopes       activity.read groups.manage\n"),
             text.out.constData());
    QVERIFY2(
        text.out.contains("Scopes                manage_webhook root_readonly manage_groups\n"),
        text.out.constData());
}

void TestScopesCli::plainNativeScopesHaveNoUnifiedField()
{
    test::TempProfile p;
    const test::CliRun added =
        test::runCli(base(p, true)
                     << appsAdd(QStringLiteral("dropbox"), {QStringLiteral("files.content.read")}));
    QVERIFY2(added.exitCode == 0, qPrintable(what(added)));
    const QJsonObject app = QJsonDocument::fromJson(added.out).object();
    QVERIFY(!app.contains(QStringLiteral("unified_scopes")));
    QCOMPARE(strings(app[QStringLiteral("scopes")]), QStringList{"files.content.read"});
    const test::CliRun text = test::runCli(
        base(p) << QStringLiteral("apps") << QStringLiteral("show") << QStringLiteral("Scoped"));
    QVERIFY(!text.out.contains("AuthDeck scopes"));
}

void TestScopesCli::refusals_data()
{
    QTest::addColumn<QString>("provider");
    QTest::addColumn<QString>("scope");
    QTest::addColumn<QString>("says");
    QTest::newRow("nested scope of another provider")
        << "box"
        << "files.read[dropbox:files.content.read]"
        << "is a scope of Dropbox (dropbox), but this app is for Box (box)";
    QTest::newRow("no mapping")
        << "dropbox"
        << "users.manage"
        << "Dropbox has no mapping for the AuthDeck scope users.manage; give its own scope names "
           "instead (see authdeck-cli providers --json).";
    QTest::newRow("qualified for another provider")
        << "dropbox"
        << "box:manage_webhook"
        << "\"box:manage_webhook\" is a scope of Box (box), but this app is for Dropbox (dropbox)";
    QTest::newRow("nested under an unknown name")
        << "box"
        << "files.erase[box:root_readwrite]"
        << "\"files.erase\" in \"files.erase[box:root_readwrite]\" is not an AuthDeck scope";
}

void TestScopesCli::refusals()
{
    QFETCH(QString, provider);
    QFETCH(QString, scope);
    QFETCH(QString, says);
    test::TempProfile p;
    const test::CliRun r =
        test::runCli(base(p) << appsAdd(provider, {QStringLiteral("files.read"), scope}));
    QVERIFY2(r.exitCode == 2, qPrintable(what(r)));
    QVERIFY2(r.err.contains(says.toUtf8()), r.err.constData());
    QCOMPARE(r.err.count('\n'), 1);
    QVERIFY(r.out.isEmpty());
    QVERIFY(!QFile::exists(p.file(QStringLiteral("profile.db")))); // nothing half-written
    const test::CliRun list =
        test::runCli(base(p, true) << QStringLiteral("apps") << QStringLiteral("list"));
    QVERIFY2(list.exitCode == 0, qPrintable(what(list)));
    QCOMPARE(QJsonDocument::fromJson(list.out).array().size(), 0);
}

void TestScopesCli::providersJsonHasTheMapping()
{
    test::TempProfile p;
    const test::CliRun r = test::runCli(base(p, true) << QStringLiteral("providers"));
    QCOMPARE(r.exitCode, 0);
    QHash<QString, QJsonObject> byId;
    for (const QJsonValue& v : QJsonDocument::fromJson(r.out).array())
        byId.insert(v[QStringLiteral("id")].toString(),
                    v[QStringLiteral("unified_scopes")].toObject());
    QCOMPARE(strings(byId.value(QStringLiteral("box"))[QStringLiteral("webhooks.manage")]),
             QStringList{QStringLiteral("manage_webhook")});
    QCOMPARE(strings(byId.value(QStringLiteral("dropbox"))[QStringLiteral("files.read")]),
             (QStringList{"files.metadata.read", "files.content.read"}));
    QVERIFY(byId.contains(QStringLiteral("s3")));
    QVERIFY(byId.value(QStringLiteral("s3")).isEmpty());
}

QTEST_GUILESS_MAIN(TestScopesCli)
#include "tst_scopes_cli.moc"
