#include "TestSupport.h"

#include "accounts/ProfileStore.h"
#include "store/ProfileDatabase.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

#include <thread>

#include <sys/stat.h>

using namespace authdeck;

namespace {

AppRegistration makeApp(const QString& name)
{
    AppRegistration a;
    a.id = name + QStringLiteral("-id");
    a.name = name;
    a.providerId = QStringLiteral("box");
    a.clientId = QStringLiteral("client-") + name;
    a.scopes = {QStringLiteral("root_readwrite")};
    return a;
}

Status addApp(ProfileStore& store, const QString& name)
{
    return store.update([&](ProfileStore::Snapshot& s) -> Status {
        s.apps.append(makeApp(name));
        return {};
    });
}

QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// What another program (or an attacker) does to the file: plain SQL on its own connection.
bool sql(const QString& path, const QString& statement)
{
    bool ok = false;
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        db.setDatabaseName(path);
        ok = db.open() && QSqlQuery(db).exec(statement);
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
    return ok;
}

// The rows of the database, as a byte-for-byte comparable dump.
QByteArray rows(const QString& path)
{
    QByteArray out;
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("dump"));
        db.setDatabaseName(path);
        if (db.open()) {
            for (const char* table : {"meta", "apps", "accounts", "secrets"}) {
                QSqlQuery q(db);
                q.exec(QStringLiteral("SELECT * FROM %1 ORDER BY 1, 2").arg(QLatin1String(table)));
                while (q.next()) {
                    for (int i = 0; i < q.record().count(); ++i)
                        out += q.value(i).toByteArray() + '|';
                    out += '\n';
                }
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("dump"));
    return out;
}

} // namespace

class TestProfileStore : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void emptyProfile();
    void roundTrip();
    void fileIsPrivateAndVersioned();
    void failedWriteKeepsOldFile();
    void failedMutationWritesNothing();
    void damagedFileRefused_data();
    void damagedFileRefused();
    void damagedFileNamesTheBackup();
    void otherProfilesDatabaseRefused();
    void idsFromTheFileAreChecked_data();
    void idsFromTheFileAreChecked();
    void profileMustBePrivate_data();
    void profileMustBePrivate();
    void newerVersionRefused();
    void concurrentWriters();
    void seesChangesFromOtherWriters();
    void editInPlaceReachesTheFile();
};

void TestProfileStore::emptyProfile()
{
    test::TempProfile dir;
    ProfileStore store(*Profile::open(dir.path()));
    Result<ProfileStore::Snapshot> s = store.load();
    QVERIFY(s.ok());
    QVERIFY(s->apps.isEmpty());
    QVERIFY(s->accounts.isEmpty());
    QVERIFY(!QFile::exists(store.filePath())); // reading never creates the file
}

void TestProfileStore::roundTrip()
{
    test::TempProfile dir;
    const Profile profile = *Profile::open(dir.path());
    {
        ProfileStore store(profile);
        QVERIFY(addApp(store, QStringLiteral("one")).ok());
        QVERIFY(
            store
                .update([](ProfileStore::Snapshot& s) -> Status {
                    Account a;
                    a.id = QStringLiteral("acc-1");
                    a.name = QStringLiteral("Admin");
                    a.providerId = QStringLiteral("box");
                    a.scheme = Scheme::Jwt;
                    a.appId = QStringLiteral("one-id");
                    a.identity.insert(QStringLiteral("login"), QStringLiteral("admin@example.com"));
                    a.scopes = {QStringLiteral("root_readwrite"), QStringLiteral("manage_groups")};
                    a.accessExpires = QDateTime(QDate(2030, 1, 2), QTime(3, 4, 5), Qt::UTC);
                    a.status = AccountStatus::NeedsSignIn;
                    a.statusReason = QStringLiteral("refresh token expired");
                    s.accounts.append(a);
                    return {};
                })
                .ok());
    }
    ProfileStore again(profile);
    Result<ProfileStore::Snapshot> s = again.load();
    QVERIFY(s.ok());
    QCOMPARE(s->apps.size(), 1);
    QCOMPARE(s->apps.first().clientId, QStringLiteral("client-one"));
    QCOMPARE(s->accounts.size(), 1);
    const Account& a = s->accounts.first();
    QCOMPARE(a.scheme, Scheme::Jwt);
    QCOMPARE(a.identity.value(QStringLiteral("login")), QStringLiteral("admin@example.com"));
    QCOMPARE(a.scopes.size(), 2);
    QCOMPARE(a.accessExpires, QDateTime(QDate(2030, 1, 2), QTime(3, 4, 5), Qt::UTC));
    QCOMPARE(a.status, AccountStatus::NeedsSignIn);
    QCOMPARE(a.statusReason, QStringLiteral("refresh token expired"));
}

void TestProfileStore::fileIsPrivateAndVersioned()
{
    test::TempProfile dir;
    const Profile profile = *Profile::open(dir.path());
    ProfileStore store(profile);
    QVERIFY(addApp(store, QStringLiteral("one")).ok());
    for (const QString& file : {store.filePath(), store.filePath() + QStringLiteral("-wal")}) {
        const QFile::Permissions perms = QFile::permissions(file);
        QVERIFY2(perms & QFile::ReadOwner, qPrintable(file));
        QVERIFY2(!(perms
                   & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther)),
                 qPrintable(file));
    }
    QVERIFY(Profile::open(dir.path()).ok()); // what it made passes the profile check
    const QByteArray dump = rows(store.filePath());
    QVERIFY2(dump.contains("format|authdeck-profile-db|"), dump.constData());
    QVERIFY2(dump.contains("schema_version|" + QByteArray::number(ProfileDatabase::SchemaVersion)),
             dump.constData());
    QVERIFY2(dump.contains("profile_id|" + profile.id().toUtf8()), dump.constData());
}

void TestProfileStore::failedWriteKeepsOldFile()
{
    test::TempProfile dir;
    ProfileStore store(*Profile::open(dir.path()));
    QVERIFY(addApp(store, QStringLiteral("one")).ok());
    const QByteArray before = rows(store.filePath());

    store.setFailWrites(true);
    const Status s = addApp(store, QStringLiteral("two"));
    QVERIFY(!s.ok());
    QVERIFY(s.error().message.contains(QLatin1String("Nothing was changed")));
    QCOMPARE(rows(store.filePath()), before);

    // The same through the file system: a read-only profile folder refuses the temporary file.
    store.setFailWrites(false);
    QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::ExeOwner);
    const bool root = QFileInfo(dir.path()).isWritable(); // root ignores permissions
    const Status s2 = addApp(store, QStringLiteral("three"));
    QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    if (!root) {
        QVERIFY(!s2.ok());
        QCOMPARE(rows(store.filePath()), before);
    }
    ProfileStore fresh(*Profile::open(dir.path()));
    QCOMPARE(fresh.load()->apps.size(), root ? 2 : 1);
}

void TestProfileStore::failedMutationWritesNothing()
{
    test::TempProfile dir;
    ProfileStore store(*Profile::open(dir.path()));
    QVERIFY(addApp(store, QStringLiteral("one")).ok());
    const QByteArray before = rows(store.filePath());
    const Status s = store.update([](ProfileStore::Snapshot& snap) -> Status {
        snap.apps.clear();
        return fail(ErrorKind::Usage, QStringLiteral("refused"));
    });
    QVERIFY(!s.ok());
    QCOMPARE(rows(store.filePath()), before);
    QCOMPARE(store.load()->apps.size(), 1);
}

void TestProfileStore::damagedFileRefused_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::newRow("not a database") << QByteArray("{\"format\": \"authdeck-profile\", \"apps\": [");
    QTest::newRow("binary") << QByteArray("\x00\x01\x02\xff", 4);
    QByteArray header("SQLite format 3\0", 16);
    QTest::newRow("truncated database") << header + QByteArray(84, '\x7f');
}

void TestProfileStore::damagedFileRefused()
{
    QFETCH(QByteArray, content);
    test::TempProfile dir;
    const Profile profile = *Profile::open(dir.path());
    test::writeFile(dir.path(), QStringLiteral("profile.db"), content);

    ProfileStore store(profile);
    Result<ProfileStore::Snapshot> s = store.load();
    QVERIFY(!s.ok());
    QCOMPARE(s.error().kind, ErrorKind::BadInput); // exit 6
    QVERIFY2(s.error().message.contains(QDir::toNativeSeparators(store.filePath())),
             qPrintable(s.error().message));

    // Nothing overwritten: the next write is refused too, and the file is as it was.
    QVERIFY(!addApp(store, QStringLiteral("fresh")).ok());
    QCOMPARE(readAll(store.filePath()), content);
}

void TestProfileStore::damagedFileNamesTheBackup()
{
    test::TempProfile dir;
    const Profile profile = *Profile::open(dir.path());
    {
        ProfileStore store(profile);
        QVERIFY(addApp(store, QStringLiteral("one")).ok());
        QVERIFY(QFile::exists(store.backupPath())); // the day's first write keeps a copy
    }
    ProfileStore store(profile);
    // A damaged row: the database opens, its contents do not parse.
    QVERIFY(sql(store.filePath(), QStringLiteral("UPDATE apps SET doc = '{broken'")));
    Result<ProfileStore::Snapshot> s = store.load();
    QVERIFY(!s.ok());
    QCOMPARE(s.error().kind, ErrorKind::BadInput);
    QVERIFY2(s.error().message.contains(QDir::toNativeSeparators(store.backupPath())),
             qPrintable(s.error().message));
    QVERIFY(s.error().message.contains(QLatin1String("cp '")));
}

void TestProfileStore::otherProfilesDatabaseRefused()
{
    // A database copied in from another profile folder (its id is another) is not used.
    test::TempProfile first;
    test::TempProfile second;
    {
        ProfileStore store(*Profile::open(first.path()));
        QVERIFY(addApp(store, QStringLiteral("one")).ok());
    }
    QVERIFY(QFile::copy(first.file(QStringLiteral("profile.db")),
                        second.file(QStringLiteral("profile.db"))));
    const QByteArray before = readAll(second.file(QStringLiteral("profile.db")));
    ProfileStore store(*Profile::open(second.path()));
    Result<ProfileStore::Snapshot> s = store.load();
    QVERIFY(!s.ok());
    QCOMPARE(s.error().kind, ErrorKind::BadInput);
    QVERIFY2(s.error().message.contains(QLatin1String("another profile")),
             qPrintable(s.error().message));
    QCOMPARE(readAll(second.file(QStringLiteral("profile.db"))), before);
}

void TestProfileStore::idsFromTheFileAreChecked_data()
{
    QTest::addColumn<QString>("table");
    QTest::addColumn<QByteArray>("doc");
    QTest::newRow("app id escaping")
        << QStringLiteral("apps")
        << QByteArray("{\"id\": \"../../victim\", \"name\": \"x\", \"provider\": \"box\"}");
    QTest::newRow("account id escaping")
        << QStringLiteral("accounts")
        << QByteArray("{\"id\": \"../../victim\", \"name\": \"x\", \"provider\": \"box\"}");
    QTest::newRow("account app id") << QStringLiteral("accounts")
                                    << QByteArray("{\"id\": \"a1\", \"name\": \"x\", "
                                                  "\"provider\": \"box\", \"app\": \"a/b\"}");
    QTest::newRow("provider id") << QStringLiteral(
        "accounts") << QByteArray("{\"id\": \"a1\", \"name\": \"x\", \"provider\": \"..\"}");
    QTest::newRow("empty id") << QStringLiteral(
        "apps") << QByteArray("{\"id\": \"\", \"name\": \"x\", \"provider\": \"box\"}");
}

void TestProfileStore::idsFromTheFileAreChecked()
{
    QFETCH(QString, table);
    QFETCH(QByteArray, doc);
    test::TempProfile dir;
    const Profile profile = *Profile::open(dir.path());
    {
        ProfileStore store(profile);
        QVERIFY(addApp(store, QStringLiteral("one")).ok());
    }
    QVERIFY(sql(dir.file(QStringLiteral("profile.db")),
                QStringLiteral("INSERT INTO %1 (id, doc) VALUES ('bad', '%2')")
                    .arg(table, QString::fromUtf8(doc))));
    ProfileStore store(profile);
    Result<ProfileStore::Snapshot> s = store.load();
    QVERIFY(!s.ok());
    QCOMPARE(s.error().kind, ErrorKind::BadInput);
    QVERIFY2(s.error().message.contains(QLatin1String("not valid")), qPrintable(s.error().message));
}

void TestProfileStore::profileMustBePrivate_data()
{
    QTest::addColumn<QString>("entry");
    QTest::addColumn<int>("mode");
    QTest::newRow("folder 0755") << QString() << 0755;
    QTest::newRow("folder 0777") << QString() << 0777;
    QTest::newRow("folder 0710") << QString() << 0710;
    QTest::newRow("profile.json 0644") << QStringLiteral("profile.json") << 0644;
    QTest::newRow("settings.ini 0640") << QStringLiteral("settings.ini") << 0640;
    QTest::newRow("providers/ 0755") << QStringLiteral("providers") << 0755;
    QTest::newRow("providers/x.json 0666") << QStringLiteral("providers/x.json") << 0666;
}

void TestProfileStore::profileMustBePrivate()
{
    QFETCH(QString, entry);
    QFETCH(int, mode);
    test::TempProfile dir;
    QDir(dir.path()).mkpath(QStringLiteral("providers"));
    test::writeFile(dir.path(), QStringLiteral("profile.json"),
                    "{\"format\": \"authdeck-profile\", \"version\": 1, \"apps\": [], "
                    "\"accounts\": []}");
    test::writeFile(dir.path(), QStringLiteral("settings.ini"), "[network]\n");
    test::writeFile(dir.path(), QStringLiteral("providers/x.json"), "{}");
    QVERIFY(Profile::open(dir.path()).ok()); // private as made

    const QString path = entry.isEmpty() ? dir.path() : dir.file(entry);
    QVERIFY(::chmod(QFile::encodeName(path).constData(), mode_t(mode)) == 0);
    Result<Profile> p = Profile::open(dir.path());
    QVERIFY(!p.ok());
    QCOMPARE(p.error().kind, ErrorKind::BadInput);
    // Names what is too open and the command that fixes it.
    QVERIFY2(p.error().message.contains(QDir::toNativeSeparators(path)),
             qPrintable(p.error().message));
    QVERIFY2(
        p.error().message.contains(
            QStringLiteral("chmod -R go-rwx '%1'").arg(QFileInfo(dir.path()).canonicalFilePath())),
        qPrintable(p.error().message));
    ::chmod(QFile::encodeName(path).constData(), entry.isEmpty() ? 0700 : 0600);
    QVERIFY(Profile::open(dir.path()).ok());
}

void TestProfileStore::newerVersionRefused()
{
    test::TempProfile dir;
    const Profile profile = *Profile::open(dir.path());
    {
        ProfileStore store(profile);
        QVERIFY(addApp(store, QStringLiteral("one")).ok());
    }
    QVERIFY(sql(dir.file(QStringLiteral("profile.db")),
                QStringLiteral("UPDATE meta SET value = '99' WHERE key = 'schema_version'")));
    const QByteArray before = rows(dir.file(QStringLiteral("profile.db")));
    ProfileStore store(profile);
    QVERIFY(!store.load().ok());
    QCOMPARE(store.load().error().kind, ErrorKind::BadInput);
    QVERIFY(store.load().error().message.contains(QLatin1String("newer AuthDeck")));
    QVERIFY(!addApp(store, QStringLiteral("x")).ok());
    QCOMPARE(rows(dir.file(QStringLiteral("profile.db"))), before); // never overwritten
}

void TestProfileStore::concurrentWriters()
{
    // Several writers (threads with their own store objects, as separate processes would have)
    // each add apps; the lock and the re-read under it mean none is lost.
    test::TempProfile dir;
    const Profile profile = *Profile::open(dir.path());
    constexpr int Writers = 4;
    constexpr int PerWriter = 15;
    std::vector<std::thread> threads;
    std::atomic<int> failures{0};
    for (int w = 0; w < Writers; ++w) {
        threads.emplace_back([&, w] {
            ProfileStore store(profile);
            for (int i = 0; i < PerWriter; ++i) {
                if (!addApp(store, QStringLiteral("w%1-%2").arg(w).arg(i)).ok())
                    ++failures;
            }
        });
    }
    for (std::thread& t : threads)
        t.join();
    QCOMPARE(failures.load(), 0);
    ProfileStore store(profile);
    QCOMPARE(store.load()->apps.size(), Writers * PerWriter);
}

void TestProfileStore::seesChangesFromOtherWriters()
{
    test::TempProfile dir;
    const Profile profile = *Profile::open(dir.path());
    ProfileStore reader(profile);
    QCOMPARE(reader.load()->apps.size(), 0);
    ProfileStore writer(profile);
    QVERIFY(addApp(writer, QStringLiteral("one")).ok());
    QCOMPARE(reader.load()->apps.size(), 1); // the cache notices the file changed
}

void TestProfileStore::editInPlaceReachesTheFile()
{
    // A pointer from Snapshot::app() must point into the snapshot being written, even when the
    // list is still shared with the store's cache and is iterated again afterwards.
    test::TempProfile dir;
    ProfileStore store(*Profile::open(dir.path()));
    QVERIFY(addApp(store, QStringLiteral("one")).ok());
    QVERIFY(addApp(store, QStringLiteral("two")).ok());
    QVERIFY(store.load().ok()); // warm the cache
    QVERIFY(store
                .update([](ProfileStore::Snapshot& s) -> Status {
                    AppRegistration* a = s.app(QStringLiteral("one-id"));
                    for (AppRegistration& other : s.apps)
                        Q_UNUSED(other)
                    a->name = QStringLiteral("renamed");
                    return {};
                })
                .ok());
    ProfileStore fresh(*Profile::open(dir.path()));
    QCOMPARE(fresh.load()->app(QStringLiteral("one-id"))->name, QStringLiteral("renamed"));
    QCOMPARE(store.load()->app(QStringLiteral("one-id"))->name, QStringLiteral("renamed"));
}

QTEST_GUILESS_MAIN(TestProfileStore)
#include "tst_profilestore.moc"
