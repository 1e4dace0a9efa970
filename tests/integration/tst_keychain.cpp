// The secret store against the real Secret Service (gnome-keyring started by the test command in
// a private D-Bus session).
#include "TestSupport.h"

#include "secrets/KeychainSecretStore.h"
#include "secrets/SecretChunker.h"
#include "secrets/SecretRecord.h"

#include <QSignalSpy>
#include <QTest>
#include <QUuid>

#include <qt6keychain/keychain.h>

using namespace authdeck;

namespace {

const QString Service = QStringLiteral("AuthDeck");

struct Waiter {
    bool done = false;
};

Result<std::optional<SecretBytes>> readSync(SecretStore& store, const QString& key)
{
    std::optional<Result<std::optional<SecretBytes>>> out;
    store.read(key, nullptr, [&](Result<std::optional<SecretBytes>> r) { out = std::move(r); });
    if (!QTest::qWaitFor([&] { return out.has_value(); }, 30000))
        return fail(ErrorKind::Other, QStringLiteral("timed out"));
    return *out;
}

Status writeSync(SecretStore& store, const QString& key, const SecretBytes& value)
{
    std::optional<Status> out;
    store.write(key, value, nullptr, [&](Status s) { out = s; });
    if (!QTest::qWaitFor([&] { return out.has_value(); }, 30000))
        return fail(ErrorKind::Other, QStringLiteral("timed out"));
    return *out;
}

Status removeSync(SecretStore& store, const QString& key)
{
    std::optional<Status> out;
    store.remove(key, nullptr, [&](Status s) { out = s; });
    if (!QTest::qWaitFor([&] { return out.has_value(); }, 30000))
        return fail(ErrorKind::Other, QStringLiteral("timed out"));
    return *out;
}

// Reads one raw entry straight through QtKeychain: whether it exists at all.
bool rawEntryExists(const QString& key)
{
    auto* job = new QKeychain::ReadPasswordJob(Service);
    job->setAutoDelete(true);
    job->setKey(key);
    QSignalSpy spy(job, &QKeychain::Job::finished);
    int error = -1;
    QObject::connect(job, &QKeychain::Job::finished,
                     [&](QKeychain::Job* j) { error = j->error(); });
    job->start();
    spy.wait(30000);
    return error == QKeychain::NoError;
}

SecretBytes pattern(qsizetype size, char seed)
{
    QByteArray b(size, Qt::Uninitialized);
    for (qsizetype i = 0; i < size; ++i)
        b[i] = static_cast<char>('A' + (i * 31 + seed) % 26);
    return SecretBytes(b);
}

} // namespace

class TestKeychain : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void roundTrip();
    void missingEntryIsNotFound();
    void largeSecretIsChunked();
    void overwriteDropsOldChunks();
    void removeIsIdempotent();
    void recordRoundTrip();
    void healthIsReady();
    void profilesDoNotSeeEachOther();

private:
    QString key(const QString& name) const { return m_prefix + name; }
    QString m_prefix;
};

void TestKeychain::initTestCase()
{
    QVERIFY2(test::keychainAvailable(),
             "No Secret Service on the session bus: run the tests with packaging/dev test");
    m_prefix = QStringLiteral("authdeck:test-%1:")
                   .arg(QUuid::createUuid().toString(QUuid::Id128).left(12));
}

void TestKeychain::roundTrip()
{
    KeychainSecretStore store(Service, key(QStringLiteral("probe")));
    const SecretBytes value(QByteArrayLiteral("s3cr3t-\xc3\xa9-value"));
    QVERIFY(writeSync(store, key(QStringLiteral("a")), value).ok());
    auto r = readSync(store, key(QStringLiteral("a")));
    QVERIFY2(r.ok(), qPrintable(r.error().message));
    QVERIFY(r->has_value());
    QVERIFY((*r)->equals(value));
    QVERIFY(removeSync(store, key(QStringLiteral("a"))).ok());
}

void TestKeychain::missingEntryIsNotFound()
{
    KeychainSecretStore store(Service, key(QStringLiteral("probe")));
    auto r = readSync(store, key(QStringLiteral("never-written")));
    QVERIFY2(r.ok(), qPrintable(r.error().message));
    QVERIFY(!r->has_value());
    // The probe write used to tell "missing" from "locked" leaves nothing behind.
    QVERIFY(!rawEntryExists(key(QStringLiteral("probe"))));
}

void TestKeychain::largeSecretIsChunked()
{
    KeychainSecretStore store(Service, key(QStringLiteral("probe")));
    const SecretBytes big = pattern(10000, 3); // over Windows' 2,560-byte limit several times
    QVERIFY(writeSync(store, key(QStringLiteral("big")), big).ok());
    auto r = readSync(store, key(QStringLiteral("big")));
    QVERIFY2(r.ok(), qPrintable(r.error().message));
    QVERIFY(r->has_value());
    QVERIFY((*r)->equals(big));
    QVERIFY(removeSync(store, key(QStringLiteral("big"))).ok());
    QVERIFY(!rawEntryExists(key(QStringLiteral("big"))));
}

void TestKeychain::overwriteDropsOldChunks()
{
    KeychainSecretStore store(Service, key(QStringLiteral("probe")));
    const QString k = key(QStringLiteral("rotating"));
    QVERIFY(writeSync(store, k, pattern(6000, 1)).ok());
    // Find the generation the first write used, from the raw base entry.
    auto* job = new QKeychain::ReadPasswordJob(Service);
    job->setAutoDelete(true);
    job->setKey(k);
    QString base;
    QSignalSpy spy(job, &QKeychain::Job::finished);
    QObject::connect(job, &QKeychain::Job::finished,
                     [&](QKeychain::Job*) { base = job->textData(); });
    job->start();
    QVERIFY(spy.wait(30000));
    const QString generation = base.section(QLatin1Char(';'), 1, 1);
    QVERIFY(!generation.isEmpty());
    QVERIFY(rawEntryExists(SecretChunker::chunkKey(k, generation, 1)));

    const SecretBytes small(QByteArrayLiteral("small now"));
    QVERIFY(writeSync(store, k, small).ok());
    auto r = readSync(store, k);
    QVERIFY(r.ok() && r->has_value());
    QVERIFY((*r)->equals(small));
    for (int i = 1; i < 4; ++i)
        QVERIFY2(!rawEntryExists(SecretChunker::chunkKey(k, generation, i)),
                 "an old chunk was left behind");
    QVERIFY(removeSync(store, k).ok());
}

void TestKeychain::removeIsIdempotent()
{
    KeychainSecretStore store(Service, key(QStringLiteral("probe")));
    QVERIFY(removeSync(store, key(QStringLiteral("not-there"))).ok());
}

void TestKeychain::recordRoundTrip()
{
    KeychainSecretStore store(Service, key(QStringLiteral("probe")));
    SecretRecord record;
    record.set(QStringLiteral("client_secret"),
               SecretBytes(QByteArrayLiteral("with \"quotes\" and \\ and \n")));
    record.set(QStringLiteral("private_key"), pattern(3300, 9));
    QVERIFY(writeSync(store, key(QStringLiteral("record")), record.serialize()).ok());
    std::optional<Result<SecretRecord>> out;
    store.readRecord(key(QStringLiteral("record")), nullptr,
                     [&](Result<SecretRecord> r) { out = std::move(r); });
    QTRY_VERIFY_WITH_TIMEOUT(out.has_value(), 30000);
    QVERIFY(out->ok());
    QVERIFY((*out)
                ->value(QStringLiteral("client_secret"))
                .equals(record.value(QStringLiteral("client_secret"))));
    QVERIFY((*out)
                ->value(QStringLiteral("private_key"))
                .equals(record.value(QStringLiteral("private_key"))));
    QVERIFY(removeSync(store, key(QStringLiteral("record"))).ok());
}

void TestKeychain::healthIsReady()
{
    KeychainSecretStore store(Service, key(QStringLiteral("probe")));
    std::optional<StoreHealth> health;
    store.checkHealth(nullptr, [&](StoreHealth h) { health = h; });
    QTRY_VERIFY_WITH_TIMEOUT(health.has_value(), 30000);
    QCOMPARE(health->state, StoreState::Ready);
    QVERIFY(!rawEntryExists(key(QStringLiteral("probe"))));
}

void TestKeychain::profilesDoNotSeeEachOther()
{
    KeychainSecretStore store(Service, key(QStringLiteral("probe")));
    const QString other = QStringLiteral("authdeck:other-profile:");
    QVERIFY(writeSync(store, key(QStringLiteral("app:1")), SecretBytes(QByteArrayLiteral("mine")))
                .ok());
    auto r = readSync(store, other + QStringLiteral("app:1"));
    QVERIFY(r.ok());
    QVERIFY(!r->has_value());
    QVERIFY(removeSync(store, key(QStringLiteral("app:1"))).ok());
}

QTEST_GUILESS_MAIN(TestKeychain)
#include "tst_keychain.moc"
