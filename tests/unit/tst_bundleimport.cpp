// BundleService against an in-memory secret store: the import is all or nothing. A keychain write
// or the profile write failing midway leaves no entry and no metadata behind; replace puts back
// what it overwrote; the plan previews added, replaced, skipped and renamed items.
#include "TestSupport.h"

#include "accounts/AccountLock.h"
#include "accounts/AccountService.h"
#include "accounts/AppService.h"
#include "accounts/ProfileStore.h"
#include "bundle/BundleService.h"
#include "engine/Engine.h"
#include "secrets/MemorySecretStore.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace authdeck;

namespace {

const QByteArray ClientSecret = "client-secret-canary-unit-77";
const QByteArray RefreshToken = "refresh-token-canary-unit-88";

struct World {
    std::unique_ptr<test::TempProfile> profile;
    std::unique_ptr<Engine> engine;
    std::unique_ptr<BundleService> bundles;
    MemorySecretStore& store() { return static_cast<MemorySecretStore&>(engine->secrets()); }
};

std::unique_ptr<World> makeWorld()
{
    auto w = std::make_unique<World>();
    w->profile = std::make_unique<test::TempProfile>();
    EngineOptions o;
    o.profileDir = w->profile->path();
    o.store = SecretStoreKind::Memory;
    auto e = Engine::create(o);
    if (!e.ok())
        return nullptr;
    w->engine = std::move(e).value();
    Engine& en = *w->engine;
    w->bundles =
        std::make_unique<BundleService>(en.store(), en.secrets(), en.apps(), en.accounts());
    return w;
}

} // namespace

class TestBundleImport : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void importRestoresEverything();
    void keychainFailureRollsBack();
    void profileWriteFailureRollsBack();
    void replaceRollbackRestoresOldSecret();
    void planPreview();
    void idsThatLeaveTheirFolderAreRefused_data();
    void idsThatLeaveTheirFolderAreRefused();
    void lockRefusesAnIdOutsideItsFolder();

private:
    BundleService::Contents read(World& w);
    Result<BundleService::Report> apply(World& w, BundleService::Conflict conflict);

    std::unique_ptr<World> m_source;
    QTemporaryDir m_scratch;
    QString m_bundle;
    QString m_appId;
    QString m_accountId;
};

void TestBundleImport::initTestCase()
{
    m_source = makeWorld();
    QVERIFY(m_source);
    AppInput in;
    in.providerId = QStringLiteral("box");
    in.name = QStringLiteral("Box OAuth");
    in.clientId = QStringLiteral("client-1");
    in.clientSecret = SecretBytes(ClientSecret);
    std::optional<Result<AppRegistration>> app;
    m_source->engine->apps().add(in, nullptr, [&](Result<AppRegistration> r) { app.emplace(r); });
    QTRY_VERIFY(app.has_value());
    QVERIFY2(app->ok(), qPrintable(app->error().message));
    m_appId = app->value().id;

    Account account;
    account.name = QStringLiteral("Admin");
    account.providerId = QStringLiteral("box");
    account.appId = m_appId;
    SecretRecord tokens;
    tokens.set(QStringLiteral("refresh_token"), SecretBytes(RefreshToken));
    std::optional<Result<Account>> created;
    m_source->engine->accounts().create(account, tokens, nullptr,
                                        [&](Result<Account> r) { created.emplace(r); });
    QTRY_VERIFY(created.has_value());
    QVERIFY(created->ok());
    m_accountId = created->value().id;

    BundleService::ExportRequest request;
    request.path = m_scratch.filePath(QStringLiteral("bundle.json"));
    request.includeSecrets = true;
    request.passphrase = SecretBytes("unit test passphrase");
    std::optional<Result<BundleService::ExportSummary>> exported;
    m_source->bundles->exportBundle(
        request, nullptr, [&](Result<BundleService::ExportSummary> r) { exported.emplace(r); });
    QTRY_VERIFY_WITH_TIMEOUT(exported.has_value(), 30000);
    QVERIFY2(exported->ok(), qPrintable(exported->error().message));
    QCOMPARE(exported->value().apps, 1);
    QCOMPARE(exported->value().accounts, 1);
    m_bundle = request.path;
}

BundleService::Contents TestBundleImport::read(World& w)
{
    std::optional<Result<BundleService::Contents>> c;
    w.bundles->read(m_bundle, SecretBytes("unit test passphrase"), nullptr,
                    [&](Result<BundleService::Contents> r) { c.emplace(r); });
    [&] { QTRY_VERIFY_WITH_TIMEOUT(c.has_value(), 30000); }();
    if (!c || !c->ok())
        return {};
    return c->value();
}

Result<BundleService::Report> TestBundleImport::apply(World& w, BundleService::Conflict conflict)
{
    const BundleService::Contents contents = read(w);
    Result<BundleService::Plan> plan = w.bundles->plan(contents, conflict);
    if (!plan.ok())
        return plan.error();
    std::optional<Result<BundleService::Report>> out;
    w.bundles->apply(*plan, nullptr, [&](Result<BundleService::Report> r) { out.emplace(r); });
    [&] { QTRY_VERIFY_WITH_TIMEOUT(out.has_value(), 30000); }();
    if (!out)
        return fail(ErrorKind::Other, QStringLiteral("no answer"));
    return *out;
}

void TestBundleImport::importRestoresEverything()
{
    auto w = makeWorld();
    Result<BundleService::Report> r = apply(*w, BundleService::Conflict::Skip);
    QVERIFY2(r.ok(), qPrintable(r.error().message));
    QCOMPARE(w->store().entries().size(), 2);
    QCOMPARE(w->engine->apps().list()->size(), 1);
    QCOMPARE(w->engine->accounts().list()->size(), 1);
    const AppRegistration app = w->engine->apps().find(m_appId).value();
    QVERIFY(app.hasClientSecret);
    QVERIFY(!app.needsCredentials);
    const SecretBytes entry = w->store().entries().value(w->engine->apps().secretKey(m_appId));
    QVERIFY(entry.bytes().contains(ClientSecret));
    const SecretBytes tokens =
        w->store().entries().value(w->engine->accounts().secretKey(m_accountId));
    QVERIFY(tokens.bytes().contains(RefreshToken));
}

void TestBundleImport::keychainFailureRollsBack()
{
    auto w = makeWorld();
    w->store().failWritesAfter(1); // the app's entry is written, the account's fails
    Result<BundleService::Report> r = apply(*w, BundleService::Conflict::Skip);
    QVERIFY(!r.ok());
    QVERIFY(w->store().entries().isEmpty());
    QVERIFY(w->engine->apps().list()->isEmpty());
    QVERIFY(w->engine->accounts().list()->isEmpty());
}

void TestBundleImport::profileWriteFailureRollsBack()
{
    auto w = makeWorld();
    w->engine->store().setFailWrites(true);
    Result<BundleService::Report> r = apply(*w, BundleService::Conflict::Skip);
    QVERIFY(!r.ok());
    QVERIFY(w->store().entries().isEmpty());
    w->engine->store().setFailWrites(false);
    QVERIFY(w->engine->apps().list()->isEmpty());
    QVERIFY(w->engine->accounts().list()->isEmpty());
}

void TestBundleImport::replaceRollbackRestoresOldSecret()
{
    auto w = makeWorld();
    QVERIFY(apply(*w, BundleService::Conflict::Skip).ok());
    const QString appKey = w->engine->apps().secretKey(m_appId);
    // The admin changed the app's secret since; a failing replace must put it back.
    SecretRecord changed;
    changed.set(QStringLiteral("client_secret"), SecretBytes("changed-secret"));
    std::optional<Status> written;
    w->store().write(appKey, changed.serialize(), nullptr, [&](Status s) { written.emplace(s); });
    QTRY_VERIFY(written.has_value());
    w->engine->store().setFailWrites(true);
    Result<BundleService::Report> r = apply(*w, BundleService::Conflict::Replace);
    QVERIFY(!r.ok());
    w->engine->store().setFailWrites(false);
    QVERIFY(w->store().entries().value(appKey).bytes().contains("changed-secret"));
    QVERIFY(w->store()
                .entries()
                .value(w->engine->accounts().secretKey(m_accountId))
                .bytes()
                .contains(RefreshToken));
    QCOMPARE(w->store().entries().size(), 2);
}

void TestBundleImport::planPreview()
{
    auto w = makeWorld();
    QVERIFY(apply(*w, BundleService::Conflict::Skip).ok());
    const BundleService::Contents contents = read(*w);
    for (auto [conflict, action] :
         {std::pair{BundleService::Conflict::Skip, BundleService::Action::Skip},
          std::pair{BundleService::Conflict::Replace, BundleService::Action::Replace},
          std::pair{BundleService::Conflict::Rename, BundleService::Action::Rename}}) {
        Result<BundleService::Plan> plan = w->bundles->plan(contents, conflict);
        QVERIFY(plan.ok());
        QCOMPARE(plan->items.size(), 2);
        for (const BundleService::PlanItem& i : plan->items)
            QCOMPARE(int(i.action), int(action));
        if (action == BundleService::Action::Rename) {
            QCOMPARE(plan->items[0].targetName, QStringLiteral("Box OAuth (2)"));
            QVERIFY(plan->items[0].targetId != m_appId);
            // The renamed account points at the renamed app.
            QCOMPARE(plan->items[1].account.appId, plan->items[0].targetId);
        }
    }
    // Planning writes nothing.
    QCOMPARE(w->engine->apps().list()->size(), 1);
}

void TestBundleImport::idsThatLeaveTheirFolderAreRefused_data()
{
    QTest::addColumn<bool>("isApp");
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("provider");
    QTest::newRow("account ../../victim")
        << false << QStringLiteral("../../victim") << QStringLiteral("box");
    QTest::newRow("account a/b") << false << QStringLiteral("a/b") << QStringLiteral("box");
    QTest::newRow("app ../../victim")
        << true << QStringLiteral("../../victim") << QStringLiteral("box");
    QTest::newRow("provider ..") << false << QStringLiteral("fine-id") << QStringLiteral("..");
}

void TestBundleImport::idsThatLeaveTheirFolderAreRefused()
{
    QFETCH(bool, isApp);
    QFETCH(QString, id);
    QFETCH(QString, provider);
    std::unique_ptr<World> w = makeWorld();
    QVERIFY(w);
    BundleService::Contents c;
    if (isApp) {
        AppRegistration a;
        a.id = id;
        a.name = QStringLiteral("Imported");
        a.providerId = provider;
        a.clientId = QStringLiteral("client-x");
        c.apps.append(a);
    } else {
        Account a;
        a.id = id;
        a.name = QStringLiteral("Imported");
        a.providerId = provider;
        c.accounts.append(a);
    }
    Result<BundleService::Plan> plan = w->bundles->plan(c, BundleService::Conflict::Rename);
    QVERIFY(!plan.ok());
    QCOMPARE(plan.error().kind, ErrorKind::BadInput);
    QVERIFY2(plan.error().message.contains(QLatin1String("not valid")),
             qPrintable(plan.error().message));
    QVERIFY(!QFile::exists(w->profile->file(QStringLiteral("profile.db"))));
}

void TestBundleImport::lockRefusesAnIdOutsideItsFolder()
{
    test::TempProfile p;
    QVERIFY(QDir(p.path()).mkpath(QStringLiteral("inner")));
    const QString victim = p.file(QStringLiteral("victim.lock"));
    test::writeFile(p.path(), QStringLiteral("victim.lock"), "someone else's");
    std::optional<Result<AccountLock::Handle>> got;
    AccountLock::acquire(p.file(QStringLiteral("inner")), QStringLiteral("../../victim"), 1000,
                         nullptr, [&](Result<AccountLock::Handle> r) { got = r; });
    QTRY_VERIFY(got.has_value());
    QVERIFY(!got->ok());
    QCOMPARE(got->error().kind, ErrorKind::BadInput);
    QVERIFY(QFile::exists(victim)); // untouched
    QVERIFY(!QDir(p.file(QStringLiteral("inner"))).exists(QStringLiteral("locks")));
}

QTEST_GUILESS_MAIN(TestBundleImport)
#include "tst_bundleimport.moc"
