// The profile database (issue 23), with the real authdeck-cli, a keychain of its own and real
// SQLite files:
//   one keychain entry per profile · the move from per-item keychain entries (and a failed move
//   that changes nothing) · writers killed at random instants leave the old or the new state ·
//   eight processes renewing eight accounts lose no update · a value moved to another row, or a
//   missing profile key, is refused and nothing is overwritten
#include "FakeOAuthProvider.h"
#include "PrivateKeyring.h"
#include "ProfileSnapshot.h"
#include "TestSupport.h"

#include "accounts/AccountService.h"
#include "accounts/ProfileStore.h"
#include "core/Profile.h"
#include "engine/Engine.h"
#include "secrets/KeychainSecretStore.h"
#include "secrets/SecretRecord.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

#include <csignal>
#include <memory>
#include <optional>
#include <sys/resource.h>

using namespace authdeck;
using test::FakeOAuthProvider;

namespace {

QString what(const test::CliRun& r)
{
    return QStringLiteral("exit %1, stdout: %2, stderr: %3")
        .arg(r.exitCode)
        .arg(QString::fromUtf8(r.out), QString::fromUtf8(r.err));
}

QJsonObject afterFirstLine(const QByteArray& out)
{
    return QJsonDocument::fromJson(out.mid(out.indexOf('\n') + 1)).object();
}

QString prefixOf(const QString& profileDir)
{
    const Result<Profile> p = Profile::open(profileDir);
    return p.ok() ? QStringLiteral("authdeck:%1:").arg(p->id()) : QString();
}

QByteArray fileBytes(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// Runs one SQL statement list on a profile's database from this process (an outsider with
// write access to the file); the first column of the last statement's first row.
QVariant sql(const QString& profileDir, const QStringList& statements)
{
    QVariant out;
    const QString connection = QStringLiteral("tst-store-%1").arg(quintptr(&out));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(test::profileDatabase(profileDir));
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=15000"));
        if (db.open()) {
            for (const QString& s : statements) {
                QSqlQuery q(db);
                if (!q.exec(s)) {
                    qWarning().noquote() << "sql:" << s << q.lastError().text();
                    out = QVariant();
                    break;
                }
                out = q.next() ? q.value(0) : QVariant();
            }
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(connection);
    return out;
}

// Waits for an asynchronous store call in this process.
template <typename Start>
Status await(Start&& start)
{
    QEventLoop loop;
    Status result = fail(ErrorKind::Other, QStringLiteral("no answer"));
    start([&](Status s) {
        result = s;
        loop.quit();
    });
    loop.exec();
    return result;
}

} // namespace

class TestStore : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void oneKeychainEntryPerProfile();
    void migrationMovesEverythingOnce();
    void killedImportsLeaveOldOrNewState();
    void eightProcessesRenewEightAccounts();
    void movedValueAndMissingKeyAreRefused();

private:
    QStringList env() const;
    test::CliRun cli(const QString& profile, const QStringList& args, bool json = false);
    QString addOAuthApp(const QString& profile, const QString& name);
    QString connectOAuth(const QString& profile, const QString& app, const QString& user);
    int accountCount(const QString& profile);
    QMap<QString, QByteArray> entriesOf(const QString& profile);

    test::PrivateKeyring m_keyring;
    std::unique_ptr<FakeOAuthProvider> m_provider;
    std::unique_ptr<QTemporaryDir> m_scratch;
    std::vector<std::unique_ptr<test::TempProfile>> m_profiles;
    int m_files = 0;

    QString newProfile()
    {
        m_profiles.push_back(std::make_unique<test::TempProfile>());
        return m_profiles.back()->path();
    }
};

void TestStore::initTestCase()
{
    QVERIFY2(m_keyring.start(), qPrintable(m_keyring.why()));
    // This process writes keychain entries too (the layout from before the database).
    m_keyring.useInThisProcess();
}

void TestStore::init()
{
    m_provider = std::make_unique<FakeOAuthProvider>();
    m_scratch = std::make_unique<QTemporaryDir>();
}

void TestStore::cleanup()
{
    m_provider.reset();
    m_scratch.reset();
}

QStringList TestStore::env() const
{
    return m_keyring.environment() << QStringLiteral("AUTHDECK_HTTP_TIMEOUT_MS=15000")
                                   << QStringLiteral("AUTHDECK_KEYCHAIN_TIMEOUT_MS=20000");
}

test::CliRun TestStore::cli(const QString& profile, const QStringList& args, bool json)
{
    QStringList all{QStringLiteral("--profile"), profile};
    if (json)
        all << QStringLiteral("--json");
    return test::runCli(all + args, {}, env(), 120000);
}

QString TestStore::addOAuthApp(const QString& profile, const QString& name)
{
    const QString secretFile =
        test::writeFile(m_scratch->path(), QStringLiteral("secret-%1").arg(++m_files),
                        FakeOAuthProvider::ClientSecret + '\n');
    const test::CliRun r =
        cli(profile,
            {QStringLiteral("apps"), QStringLiteral("add"), QStringLiteral("--provider"),
             QStringLiteral("box"), QStringLiteral("--name"), name, QStringLiteral("--client-id"),
             QString::fromLatin1(FakeOAuthProvider::ClientId),
             QStringLiteral("--client-secret-file"), secretFile, QStringLiteral("--authorize-url"),
             m_provider->url(QStringLiteral("/authorize")), QStringLiteral("--token-url"),
             m_provider->url(QStringLiteral("/token")), QStringLiteral("--revoke-url"),
             m_provider->url(QStringLiteral("/revoke")), QStringLiteral("--api-base"),
             m_provider->url(QStringLiteral("/2.0"))},
            true);
    if (r.exitCode != 0) {
        qWarning().noquote() << "apps add failed:" << what(r);
        return {};
    }
    return QJsonDocument::fromJson(r.out).object().value(QStringLiteral("id")).toString();
}

// connect --no-browser as `user`, the test playing the browser; the new account's id.
QString TestStore::connectOAuth(const QString& profile, const QString& app, const QString& user)
{
    m_provider->userId = user;
    test::CliProcess p(QStringList{QStringLiteral("--profile"), profile, QStringLiteral("--json"),
                                   QStringLiteral("connect"), QStringLiteral("--app"), app,
                                   QStringLiteral("--no-browser")},
                       env());
    p.closeInput();
    const QString url = p.firstLine(30000);
    if (url.startsWith(QStringLiteral("http")))
        test::playBrowser(url);
    const test::CliRun r = p.wait(60000);
    if (r.exitCode != 0) {
        qWarning().noquote() << "connect failed:" << what(r);
        return {};
    }
    return afterFirstLine(r.out).value(QStringLiteral("id")).toString();
}

int TestStore::accountCount(const QString& profile)
{
    const test::CliRun r = cli(profile, {QStringLiteral("accounts")}, true);
    if (r.exitCode != 0) {
        qWarning().noquote() << "accounts failed:" << what(r);
        return -1;
    }
    return int(QJsonDocument::fromJson(r.out).array().size());
}

// The profile's entries in the keychain, as an outsider lists them on the Secret Service.
QMap<QString, QByteArray> TestStore::entriesOf(const QString& profile)
{
    const test::KeychainListing l =
        test::keychainEntries(prefixOf(profile), m_keyring.environment());
    if (!l.ok)
        qWarning().noquote() << "keychain listing:" << l.problem;
    return l.entries;
}

// Acceptance 1: however many apps and accounts, one keychain entry per profile, and every secret
// in the database.
void TestStore::oneKeychainEntryPerProfile()
{
    const QString a = newProfile();
    const QString b = newProfile();
    QVERIFY(!addOAuthApp(a, QStringLiteral("one")).isEmpty());
    QVERIFY(!addOAuthApp(a, QStringLiteral("two")).isEmpty());
    QVERIFY(!addOAuthApp(b, QStringLiteral("three")).isEmpty());
    const QString a1 = connectOAuth(a, QStringLiteral("one"), QStringLiteral("u-a1"));
    const QString a2 = connectOAuth(a, QStringLiteral("two"), QStringLiteral("u-a2"));
    const QString b1 = connectOAuth(b, QStringLiteral("three"), QStringLiteral("u-b1"));
    QVERIFY(!a1.isEmpty() && !a2.isEmpty() && !b1.isEmpty());

    const test::KeychainListing all = test::keychainEntries(QString(), m_keyring.environment());
    QVERIFY2(all.ok, qPrintable(all.problem));
    QStringList expected{prefixOf(a) + QStringLiteral("profile-key"),
                         prefixOf(b) + QStringLiteral("profile-key")};
    expected.sort();
    QCOMPARE(all.entries.keys(), expected);
    QCOMPARE(all.entries.size(), 2);
    for (const QByteArray& stored : all.entries) {
        // KeychainSecretStore's framing around base64 of the key: a 256-bit key, nothing else.
        const QList<QByteArray> parts = stored.split(';');
        QCOMPARE(parts.size(), 5);
        QCOMPARE(QByteArray::fromBase64(QByteArray::fromBase64(parts.at(4))).size(), 32);
    }

    // Every secret is in the database: three accounts' tokens, three apps' client secrets.
    const test::ProfileSnapshot sa = test::snapshotProfile(a, m_keyring.environment());
    QVERIFY2(sa.problem.isEmpty(), qPrintable(sa.problem));
    QVERIFY(!sa.accountSecrets(a1).value(QStringLiteral("refresh_token")).toString().isEmpty());
    QVERIFY(!sa.accountSecrets(a2).value(QStringLiteral("access_token")).toString().isEmpty());
    QCOMPARE(sql(a, {QStringLiteral("SELECT count(*) FROM secrets")}).toInt(), 4);
    QCOMPARE(sql(b, {QStringLiteral("SELECT count(*) FROM secrets")}).toInt(), 2);
    // And no token is in the database in the clear.
    QVERIFY(
        !fileBytes(test::profileDatabase(a))
             .contains(
                 sa.accountSecrets(a1).value(QStringLiteral("refresh_token")).toString().toUtf8()));
}

// A profile from before the database (profile.json and one keychain entry per item) moves in one
// transaction; a move that fails changes nothing, and the old entries go only after the commit.
void TestStore::migrationMovesEverythingOnce()
{
    // The items to move: made by this version, then written out in the old layout.
    const QString source = newProfile();
    const QString appId = addOAuthApp(source, QStringLiteral("legacy"));
    QVERIFY(!appId.isEmpty());
    const QString accountId = connectOAuth(source, QStringLiteral("legacy"), QStringLiteral("u-m"));
    QVERIFY(!accountId.isEmpty());
    const test::ProfileSnapshot s = test::snapshotProfile(source, m_keyring.environment());
    QVERIFY2(s.problem.isEmpty(), qPrintable(s.problem));
    QCOMPARE(s.keyPrefix(), prefixOf(source));
    const QByteArray appRecord = s.secrets.value(s.keyPrefix() + QStringLiteral("app:") + appId);
    const QByteArray accountRecord =
        s.secrets.value(s.keyPrefix() + QStringLiteral("account:") + accountId);
    QVERIFY(!appRecord.isEmpty() && !accountRecord.isEmpty());

    const QString legacy = newProfile();
    const QString prefix = prefixOf(legacy);
    // Many accounts (only the first with secrets), so that the move is one big transaction.
    constexpr int Accounts = 300;
    QJsonArray accounts;
    accounts.append(s.accounts.value(accountId));
    for (int i = 1; i < Accounts; ++i) {
        QJsonObject copy = s.accounts.value(accountId);
        copy.insert(QStringLiteral("id"),
                    QStringLiteral("moved-%1").arg(i, 3, 10, QLatin1Char('0')));
        copy.insert(QStringLiteral("name"), QStringLiteral("Moved account %1").arg(i));
        QJsonObject identity = copy.value(QStringLiteral("identity")).toObject();
        identity.insert(QStringLiteral("id"), QStringLiteral("moved-user-%1").arg(i));
        copy.insert(QStringLiteral("identity"), identity);
        accounts.append(copy);
    }
    const QJsonObject old{{QStringLiteral("format"), QStringLiteral("authdeck-profile")},
                          {QStringLiteral("version"), 1},
                          {QStringLiteral("apps"), QJsonArray{s.apps.value(appId)}},
                          {QStringLiteral("accounts"), accounts}};
    const QString json = QDir(legacy).filePath(QStringLiteral("profile.json"));
    test::writeFile(legacy, QStringLiteral("profile.json"), QJsonDocument(old).toJson());
    QFile::setPermissions(json, QFile::ReadOwner | QFile::WriteOwner);
    {
        KeychainSecretStore keychain(Engine::keychainService(), prefix + QStringLiteral("probe"));
        QObject context;
        QVERIFY(await([&](auto done) {
                    keychain.write(prefix + QStringLiteral("app:") + appId, SecretBytes(appRecord),
                                   &context, done);
                }).ok());
        QVERIFY(await([&](auto done) {
                    keychain.write(prefix + QStringLiteral("account:") + accountId,
                                   SecretBytes(accountRecord), &context, done);
                }).ok());
    }
    const QMap<QString, QByteArray> oldEntries = entriesOf(legacy);
    QCOMPARE(oldEntries.size(), 2);
    const QByteArray oldJson = fileBytes(json);
    const auto unchanged = [&](const char* when) {
        QVERIFY2(fileBytes(json) == oldJson, when);
        QVERIFY2(entriesOf(legacy) == oldEntries, when);
        QVERIFY2(!QFile::exists(json + QStringLiteral(".migrated")), when);
    };

    // 1. A damaged database where the move would go: refused, named, nothing touched.
    const QByteArray junk("this is not an SQLite database, but it is someone's file");
    test::writeFile(legacy, QStringLiteral("profile.db"), junk);
    QFile::setPermissions(test::profileDatabase(legacy), QFile::ReadOwner | QFile::WriteOwner);
    test::CliRun r = cli(legacy, {QStringLiteral("accounts")});
    QCOMPARE(r.exitCode, 6);
    QVERIFY2(r.err.contains("profile.db"), qPrintable(what(r)));
    QCOMPARE(fileBytes(test::profileDatabase(legacy)), junk);
    unchanged("after the damaged database");
    QVERIFY(QFile::remove(test::profileDatabase(legacy)));

    // 2. The disk fills during the move (a file size limit on the process): nothing of it stays.
    {
        test::CliProcess p(
            QStringList{QStringLiteral("--profile"), legacy, QStringLiteral("accounts")}, env(),
            [] {
                ::signal(SIGXFSZ, SIG_IGN);
                struct rlimit limit {};
                limit.rlim_cur = limit.rlim_max = 64 * 1024;
                ::setrlimit(RLIMIT_FSIZE, &limit);
            });
        p.closeInput();
        r = p.wait(120000);
    }
    QVERIFY2(r.exitCode != 0, qPrintable(what(r)));
    QVERIFY2(r.err.contains("file size limit") || r.err.contains("no space"), qPrintable(what(r)));
    unchanged("after the failed move");
    QVERIFY(!QFile::exists(test::profileDatabase(legacy)));
    QVERIFY(!QFile::exists(test::profileDatabase(legacy) + QStringLiteral("-wal")));

    // 3. The move: everything arrives, the old entries go, one profile key stays.
    QCOMPARE(accountCount(legacy), Accounts);
    QVERIFY(!QFile::exists(json));
    QCOMPARE(fileBytes(json + QStringLiteral(".migrated")), oldJson);
    QCOMPARE(entriesOf(legacy).keys(), QStringList{prefix + QStringLiteral("profile-key")});
    const test::ProfileSnapshot moved = test::snapshotProfile(legacy, m_keyring.environment());
    QVERIFY2(moved.problem.isEmpty(), qPrintable(moved.problem));
    QCOMPARE(moved.secrets.value(prefix + QStringLiteral("app:") + appId), appRecord);
    QCOMPARE(moved.secrets.value(prefix + QStringLiteral("account:") + accountId), accountRecord);
    QCOMPARE(moved.accounts.size(), Accounts);
    // The moved token is the one handed out.
    r = cli(legacy, {QStringLiteral("token"), accountId});
    QVERIFY2(r.exitCode == 0, qPrintable(what(r)));
    QCOMPARE(QString::fromUtf8(r.out.trimmed()),
             QJsonDocument::fromJson(accountRecord).object().value(u"access_token").toString());
    // Only once: a second start changes nothing.
    const QByteArray rows = test::profileRows(legacy);
    QCOMPARE(accountCount(legacy), Accounts);
    QCOMPARE(test::profileRows(legacy), rows);
}

// Acceptance 3: bundle imports killed with SIGKILL at random instants, many times. After each,
// the database is intact and holds all of the import or none of it, and every value opens.
void TestStore::killedImportsLeaveOldOrNewState()
{
    // A profile of one app and many accounts with secrets, written by the engine in this process.
    const QString source = newProfile();
    QVERIFY(!addOAuthApp(source, QStringLiteral("bulk")).isEmpty());
    const QString first = connectOAuth(source, QStringLiteral("bulk"), QStringLiteral("u-k"));
    QVERIFY(!first.isEmpty());
    constexpr int Extra = 499;
    {
        EngineOptions options;
        options.profileDir = source;
        Result<std::unique_ptr<Engine>> engine = Engine::create(options);
        QVERIFY2(engine.ok(), qPrintable(engine.ok() ? QString() : engine.error().message));
        Engine& e = **engine;
        QVERIFY(await([&](auto done) { e.prepare(&e, done); }).ok());
        Result<ProfileStore::Snapshot> loaded = e.store().load();
        QVERIFY(loaded.ok() && loaded->account(first));
        const Account model = *loaded->account(first);
        QList<SecretChange> changes;
        QList<Account> added;
        for (int i = 0; i < Extra; ++i) {
            Account a = model;
            a.id = QStringLiteral("bulk-%1").arg(i, 4, 10, QLatin1Char('0'));
            a.name = QStringLiteral("Bulk %1").arg(i);
            a.identity.insert(QStringLiteral("id"), QStringLiteral("bulk-user-%1").arg(i));
            added.append(a);
            SecretRecord record;
            record.set(QStringLiteral("access_token"),
                       SecretBytes(QByteArray::number(i).rightJustified(64, 'a')));
            record.set(QStringLiteral("refresh_token"),
                       SecretBytes(QByteArray::number(i).rightJustified(64, 'r')));
            changes.append(SecretChange{e.accounts().secretKey(a.id), record.serialize()});
        }
        const Status s = await([&](auto done) {
            e.secrets().commit(
                e.store(),
                [added](ProfileStore::Snapshot& snap) -> Status {
                    snap.accounts.append(added);
                    return {};
                },
                changes, &e, done);
        });
        QVERIFY2(s.ok(), qPrintable(s.ok() ? QString() : s.error().message));
    }
    constexpr int Total = Extra + 1;
    QCOMPARE(accountCount(source), Total);
    const QString pass = test::writeFile(m_scratch->path(), QStringLiteral("pass"),
                                         QByteArrayLiteral("correct horse battery staple\n"));
    const QString bundle = m_scratch->filePath(QStringLiteral("bulk.authdeck"));
    test::CliRun r = cli(source, {QStringLiteral("export"), QStringLiteral("--out"), bundle,
                                  QStringLiteral("--include-secrets"),
                                  QStringLiteral("--passphrase-file"), pass});
    QVERIFY2(r.exitCode == 0, qPrintable(what(r)));
    const QStringList import{QStringLiteral("import"), bundle, QStringLiteral("--passphrase-file"),
                             pass};

    // How long an import takes here, uninterrupted (the kills are spread over it).
    const QString calibration = newProfile();
    QElapsedTimer clock;
    clock.start();
    r = cli(calibration, import);
    const qint64 full = clock.elapsed();
    QVERIFY2(r.exitCode == 0, qPrintable(what(r)));
    QCOMPARE(accountCount(calibration), Total);

    constexpr int Rounds = 24;
    int none = 0;
    int all = 0;
    for (int round = 0; round < Rounds; ++round) {
        const QString target = newProfile();
        // A third of the kills anywhere, the others near the end, where the transaction is.
        const qint64 at = round % 3 == 0
                              ? QRandomGenerator::global()->bounded(full + 1)
                              : full * 8 / 10 + QRandomGenerator::global()->bounded(full * 3 / 10);
        test::CliProcess p(QStringList{QStringLiteral("--profile"), target} + import, env());
        p.closeInput();
        QTest::qWait(int(at));
        if (p.pid() > 0) // 0 once it ended: kill(0) would hit this test's own process group
            ::kill(pid_t(p.pid()), SIGKILL);
        (void)p.wait(30000);
        const QString where =
            QStringLiteral("round %1, killed after %2 of %3 ms").arg(round).arg(at).arg(full);

        if (QFile::exists(test::profileDatabase(target))) {
            QCOMPARE(sql(target, {QStringLiteral("PRAGMA integrity_check")}).toString(),
                     QStringLiteral("ok"));
            const int accounts =
                sql(target, {QStringLiteral("SELECT count(*) FROM accounts")}).toInt();
            const int secrets =
                sql(target, {QStringLiteral("SELECT count(*) FROM secrets")}).toInt();
            const int apps = sql(target, {QStringLiteral("SELECT count(*) FROM apps")}).toInt();
            QVERIFY2((accounts == 0 && apps == 0 && secrets == 0)
                         || (accounts == Total && apps == 1 && secrets == Total + 1),
                     qPrintable(where
                                + QStringLiteral(": %1 apps, %2 accounts, %3 secrets")
                                      .arg(apps)
                                      .arg(accounts)
                                      .arg(secrets)));
            (accounts == 0 ? none : all) += 1;
            if (accounts == Total) {
                // The new state is whole: every value opens with the profile's key.
                const test::ProfileSnapshot snap =
                    test::snapshotProfile(target, m_keyring.environment());
                QVERIFY2(snap.problem.isEmpty(), qPrintable(where + snap.problem));
                QCOMPARE(snap.secrets.size(), Total + 1);
                continue;
            }
        } else {
            ++none;
        }
        // The old state (nothing) is usable: the import runs again and lands whole.
        r = cli(target, import);
        QVERIFY2(r.exitCode == 0, qPrintable(where + what(r)));
        QCOMPARE(accountCount(target), Total);
        QVERIFY2(entriesOf(target).size() == 1, qPrintable(where));
    }
    qInfo("kills: %d left nothing, %d left the whole import", none, all);
    QCOMPARE(none + all, Rounds);
}

// Acceptance 3: eight processes, each renewing a different account of one profile at once, at a
// provider that rotates refresh tokens: no process fails, no update is lost (a lost one would
// leave a spent refresh token stored, and the next round would fail).
void TestStore::eightProcessesRenewEightAccounts()
{
    const QString profile = newProfile();
    QVERIFY(!addOAuthApp(profile, QStringLiteral("eight")).isEmpty());
    constexpr int Processes = 8;
    QStringList ids;
    for (int i = 0; i < Processes; ++i) {
        const QString id =
            connectOAuth(profile, QStringLiteral("eight"), QStringLiteral("u-8-%1").arg(i));
        QVERIFY(!id.isEmpty());
        ids.append(id);
    }
    for (int round = 0; round < 3; ++round) {
        std::vector<std::unique_ptr<test::CliProcess>> running;
        for (const QString& id : std::as_const(ids)) {
            running.push_back(std::make_unique<test::CliProcess>(
                QStringList{QStringLiteral("--profile"), profile, QStringLiteral("refresh"), id},
                env()));
            running.back()->closeInput();
        }
        for (auto& p : running) {
            const test::CliRun r = p->wait(120000);
            QVERIFY2(r.exitCode == 0,
                     qPrintable(QStringLiteral("round %1: ").arg(round) + what(r)));
        }
    }
    QCOMPARE(m_provider->refusedRefreshes, 0);
    QCOMPARE(m_provider->refreshGrants, 3 * Processes);
    const test::ProfileSnapshot snap = test::snapshotProfile(profile, m_keyring.environment());
    QVERIFY2(snap.problem.isEmpty(), qPrintable(snap.problem));
    QCOMPARE(m_provider->refreshTokens.size(), Processes);
    for (const QString& id : std::as_const(ids)) {
        const QString stored =
            snap.accountSecrets(id).value(QStringLiteral("refresh_token")).toString();
        QVERIFY2(m_provider->refreshTokens.contains(stored), qPrintable(id));
    }
    QCOMPARE(entriesOf(profile).size(), 1);
}

// A sealed value copied into another row fails its check: refused (exit 6), named, and the file
// is left as it was; the profile key gone from the keychain is exit 5, and nothing is made anew.
void TestStore::movedValueAndMissingKeyAreRefused()
{
    const QString profile = newProfile();
    QVERIFY(!addOAuthApp(profile, QStringLiteral("moved")).isEmpty());
    const QString a = connectOAuth(profile, QStringLiteral("moved"), QStringLiteral("u-t1"));
    const QString b = connectOAuth(profile, QStringLiteral("moved"), QStringLiteral("u-t2"));
    QVERIFY(!a.isEmpty() && !b.isEmpty());
    test::CliRun r = cli(profile, {QStringLiteral("token"), b});
    QVERIFY2(r.exitCode == 0, qPrintable(what(r)));
    const QByteArray tokenOfB = r.out.trimmed();

    // b's sealed value written over a's row: a would get b's token if the row were not bound.
    QVERIFY(sql(profile, {QStringLiteral("UPDATE secrets SET (nonce, value) = (SELECT nonce, "
                                         "value FROM secrets WHERE owner = 'account' AND id = "
                                         "'%1') WHERE owner = 'account' AND id = '%2'")
                              .arg(b, a),
                          QStringLiteral("SELECT changes()")})
                .toInt()
            == 1);
    const QByteArray rows = test::profileRows(profile);
    r = cli(profile, {QStringLiteral("token"), a});
    QCOMPARE(r.exitCode, 6);
    QVERIFY2(r.err.contains("fails its authentication check"), qPrintable(what(r)));
    QVERIFY(!r.out.contains(tokenOfB));
    r = cli(profile, {QStringLiteral("refresh"), a});
    QCOMPARE(r.exitCode, 6);
    QCOMPARE(test::profileRows(profile), rows);
    // The other account still works.
    r = cli(profile, {QStringLiteral("token"), b});
    QVERIFY2(r.exitCode == 0, qPrintable(what(r)));
    QCOMPARE(r.out.trimmed(), tokenOfB);

    // The profile key removed from the keychain: exit 5, and no new key is made over the data.
    {
        KeychainSecretStore keychain(Engine::keychainService(),
                                     prefixOf(profile) + QStringLiteral("probe"));
        QObject context;
        QVERIFY(await([&](auto done) {
                    keychain.remove(prefixOf(profile) + QStringLiteral("profile-key"), &context,
                                    done);
                }).ok());
    }
    QVERIFY(entriesOf(profile).isEmpty());
    r = cli(profile, {QStringLiteral("token"), b});
    QCOMPARE(r.exitCode, 5);
    QVERIFY2(r.err.contains("missing from the keychain"), qPrintable(what(r)));
    QVERIFY(entriesOf(profile).isEmpty());
    QCOMPARE(test::profileRows(profile), rows);
}

QTEST_GUILESS_MAIN(TestStore)
#include "tst_store.moc"
