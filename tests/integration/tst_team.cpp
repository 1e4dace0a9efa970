// Teams on PostgreSQL (issue 24), with the real authdeck-cli, two machines played by two HOMEs
// and two keyrings of their own, and a real PostgreSQL 15 that the test command starts
// (packaging/test-session.sh exports AUTHDECK_TEST_PG_*):
//   two members share one renewal: eight `token` processes over both machines, one refresh, and
//   repeated rounds never break the single-use refresh tokens · renewals killed or cut off the
//   database at random points never lose the account, except when the provider rotated and the
//   process died before the commit, which then says "sign in again" · bad input (wrong password,
//   unreachable server, another team's database, no AuthDeck schema, a schema too new, a missing
//   team key, a wrong invite passphrase) is refused with its exit code and writes nothing
#include "FakeOAuthProvider.h"
#include "PrivateKeyring.h"
#include "ProfileSnapshot.h"
#include "TestSupport.h"

#include "core/Profile.h"
#include "engine/Engine.h"
#include "secrets/KeychainSecretStore.h"
#include "store/ProfileDatabase.h"
#include "store/TeamBinding.h"

#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <csignal>
#include <memory>

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

// The server the test command started, reached as its superuser through the private socket.
struct Server {
    QString host = qEnvironmentVariable("AUTHDECK_TEST_PG_HOST");
    int port = qEnvironmentVariableIntValue("AUTHDECK_TEST_PG_PORT");
    QString socket = qEnvironmentVariable("AUTHDECK_TEST_PG_SOCKET");
    [[nodiscard]] bool present() const { return port > 0 && !socket.isEmpty(); }
};

// Statements as the superuser on `database`; the first column of the last one's first row.
QVariant superuser(const QString& database, const QStringList& statements,
                   QString* problem = nullptr)
{
    const Server s;
    QVariant out;
    static int counter = 0;
    const QString connection = QStringLiteral("tst-team-admin-%1").arg(++counter);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connection);
        db.setHostName(s.socket);
        db.setPort(s.port);
        db.setDatabaseName(database);
        db.setUserName(QStringLiteral("postgres"));
        if (!db.open()) {
            if (problem)
                *problem = db.lastError().text();
        } else {
            for (const QString& st : statements) {
                QSqlQuery q(db);
                if (!q.exec(st)) {
                    if (problem)
                        *problem = st + QStringLiteral(": ") + q.lastError().text();
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

// One machine of the team: a HOME, an OS user name, a keyring and a profile of its own.
struct Machine {
    QString name;
    test::PrivateKeyring keyring;
    QTemporaryDir home;
    test::TempProfile profile;

    QStringList env() const
    {
        return keyring.environment()
               << QStringLiteral("HOME=") + home.path() << QStringLiteral("USER=") + name
               << QStringLiteral("AUTHDECK_HTTP_TIMEOUT_MS=15000")
               << QStringLiteral("AUTHDECK_KEYCHAIN_TIMEOUT_MS=20000");
    }
    QStringList args(const QStringList& rest, bool json = false) const
    {
        QStringList all{QStringLiteral("--profile"), profile.path()};
        if (json)
            all << QStringLiteral("--json");
        return all + rest;
    }
    test::CliRun cli(const QStringList& rest, bool json = false) const
    {
        return test::runCli(args(rest, json), {}, env(), 120000);
    }
    [[nodiscard]] QMap<QString, QByteArray> entries() const
    {
        return test::keychainEntries(prefixOf(profile.path()), keyring.environment()).entries;
    }
    [[nodiscard]] bool bound() const
    {
        return QFile::exists(profile.file(QLatin1String(TeamBinding::FileName)));
    }
};

} // namespace

class TestTeam : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void twoMachinesShareOneRenewal();
    void killedAndCutRenewalsNeverLoseTheAccount();
    void badInputWritesNothing();

private:
    // A database and two roles for one test: the admin (owner of the database, may change apps)
    // and a server role granted what store/README.md ("Teams") lists for servers.
    bool makeDatabase(const QString& name);
    bool grantServer(const QString& name);
    QString url(const QString& db, const QString& role) const;
    QString file(const QString& name, const QByteArray& content);
    // A, the admin, makes the team; B, a server, joins it with an invite.
    bool makeTeam(const QString& db);
    QString addApp();
    // connect (or with `again`, reconnect that account) as `user`, the test playing the browser.
    QString connect(const QString& user, const QString& again = {});
    // The account's access token is about to expire: renewed once (counted) to one that
    // expires in a minute, well inside the renewal margin.
    bool expire(const QString& account);

    std::unique_ptr<Machine> m_a;
    std::unique_ptr<Machine> m_b;
    std::unique_ptr<FakeOAuthProvider> m_provider;
    std::unique_ptr<QTemporaryDir> m_scratch;
    int m_files = 0;
};

void TestTeam::initTestCase()
{
    if (!Server().present())
        QSKIP("No PostgreSQL for the team tests: run them through packaging/test-session.sh.");
    QVERIFY2(QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")),
             "Qt's PostgreSQL driver is missing (libqt6sql6-psql)");
}

void TestTeam::init()
{
    m_scratch = std::make_unique<QTemporaryDir>();
    m_provider = std::make_unique<FakeOAuthProvider>();
    m_a = std::make_unique<Machine>();
    m_a->name = QStringLiteral("alice");
    m_b = std::make_unique<Machine>();
    m_b->name = QStringLiteral("svc-sync");
    QVERIFY2(m_a->keyring.start(), qPrintable(m_a->keyring.why()));
    QVERIFY2(m_b->keyring.start(), qPrintable(m_b->keyring.why()));
}

void TestTeam::cleanup()
{
    m_a.reset();
    m_b.reset();
    m_provider.reset();
    m_scratch.reset();
}

bool TestTeam::makeDatabase(const QString& name)
{
    QString problem;
    superuser(QStringLiteral("postgres"),
              {QStringLiteral("DROP DATABASE IF EXISTS %1").arg(name),
               QStringLiteral("DROP ROLE IF EXISTS %1_admin").arg(name),
               QStringLiteral("DROP ROLE IF EXISTS %1_server").arg(name),
               QStringLiteral("CREATE ROLE %1_admin LOGIN PASSWORD 'admin-pw-%1'").arg(name),
               QStringLiteral("CREATE ROLE %1_server LOGIN PASSWORD 'server-pw-%1'").arg(name),
               QStringLiteral("CREATE DATABASE %1 OWNER %1_admin").arg(name),
               QStringLiteral("REVOKE ALL ON DATABASE %1 FROM PUBLIC").arg(name),
               QStringLiteral("GRANT CONNECT ON DATABASE %1 TO %1_server").arg(name)},
              &problem);
    if (!problem.isEmpty())
        qWarning().noquote() << "makeDatabase:" << problem;
    return problem.isEmpty();
}

// The GRANTs store/README.md documents for a server (tokens only), run by the admin role's
// owner as the superuser would.
bool TestTeam::grantServer(const QString& name)
{
    QString problem;
    const QString server = name + QStringLiteral("_server");
    superuser(name,
              {QStringLiteral("GRANT USAGE ON SCHEMA authdeck TO %1").arg(server),
               QStringLiteral("GRANT SELECT ON authdeck.meta, authdeck.apps TO %1").arg(server),
               QStringLiteral("GRANT SELECT, UPDATE ON authdeck.accounts, authdeck.secrets, "
                              "authdeck.changes TO %1")
                   .arg(server),
               QStringLiteral("GRANT SELECT, INSERT, UPDATE, DELETE ON authdeck.members TO %1")
                   .arg(server),
               QStringLiteral("GRANT SELECT, INSERT ON authdeck.audit TO %1").arg(server),
               QStringLiteral("GRANT USAGE ON SEQUENCE authdeck.audit_seq_seq TO %1").arg(server)},
              &problem);
    if (!problem.isEmpty())
        qWarning().noquote() << "grantServer:" << problem;
    return problem.isEmpty();
}

QString TestTeam::url(const QString& db, const QString& role) const
{
    const Server s;
    return QStringLiteral("postgresql://%1@%2:%3/%4").arg(role, s.host).arg(s.port).arg(db);
}

QString TestTeam::file(const QString& name, const QByteArray& content)
{
    return test::writeFile(m_scratch->path(), QStringLiteral("%1-%2").arg(++m_files).arg(name),
                           content);
}

bool TestTeam::makeTeam(const QString& db)
{
    if (!makeDatabase(db))
        return false;
    const test::CliRun created =
        m_a->cli({QStringLiteral("team"), QStringLiteral("create"), QStringLiteral("--database"),
                  url(db, db + QStringLiteral("_admin")), QStringLiteral("--name"),
                  QStringLiteral("Acme"), QStringLiteral("--database-password-file"),
                  file(QStringLiteral("pw"), "admin-pw-" + db.toUtf8() + '\n')});
    if (created.exitCode != 0) {
        qWarning().noquote() << "team create:" << what(created);
        return false;
    }
    if (!grantServer(db))
        return false;
    const QString invite = m_scratch->filePath(QStringLiteral("invite-%1.adteam").arg(db));
    const QString phrase = file(QStringLiteral("phrase"), "correct horse battery\n");
    const test::CliRun invited =
        m_a->cli({QStringLiteral("team"), QStringLiteral("invite"), QStringLiteral("--out"), invite,
                  QStringLiteral("--passphrase-file"), phrase});
    if (invited.exitCode != 0) {
        qWarning().noquote() << "team invite:" << what(invited);
        return false;
    }
    const test::CliRun joined =
        m_b->cli({QStringLiteral("team"), QStringLiteral("join"), invite,
                  QStringLiteral("--passphrase-file"), phrase, QStringLiteral("--database-user"),
                  db + QStringLiteral("_server"), QStringLiteral("--database-password-file"),
                  file(QStringLiteral("spw"), "server-pw-" + db.toUtf8() + '\n')});
    if (joined.exitCode != 0) {
        qWarning().noquote() << "team join:" << what(joined);
        return false;
    }
    return true;
}

QString TestTeam::addApp()
{
    const QString secretFile =
        file(QStringLiteral("secret"), FakeOAuthProvider::ClientSecret + '\n');
    const test::CliRun r =
        m_a->cli({QStringLiteral("apps"), QStringLiteral("add"), QStringLiteral("--provider"),
                  QStringLiteral("box"), QStringLiteral("--name"), QStringLiteral("team-box"),
                  QStringLiteral("--client-id"), QString::fromLatin1(FakeOAuthProvider::ClientId),
                  QStringLiteral("--client-secret-file"), secretFile,
                  QStringLiteral("--authorize-url"), m_provider->url(QStringLiteral("/authorize")),
                  QStringLiteral("--token-url"), m_provider->url(QStringLiteral("/token")),
                  QStringLiteral("--revoke-url"), m_provider->url(QStringLiteral("/revoke")),
                  QStringLiteral("--api-base"), m_provider->url(QStringLiteral("/2.0"))},
                 true);
    if (r.exitCode != 0) {
        qWarning().noquote() << "apps add:" << what(r);
        return {};
    }
    return QJsonDocument::fromJson(r.out).object().value(QStringLiteral("id")).toString();
}

QString TestTeam::connect(const QString& user, const QString& again)
{
    m_provider->userId = user;
    const QStringList verb = again.isEmpty()
                                 ? QStringList{QStringLiteral("connect"), QStringLiteral("--app"),
                                               QStringLiteral("team-box")}
                                 : QStringList{QStringLiteral("reconnect"), again};
    test::CliProcess p(m_a->args(verb + QStringList{QStringLiteral("--no-browser")}, true),
                       m_a->env());
    p.closeInput();
    const QString address = p.firstLine(30000);
    if (address.startsWith(QStringLiteral("http")))
        test::playBrowser(address);
    const test::CliRun r = p.wait(60000);
    if (r.exitCode != 0) {
        qWarning().noquote() << "connect:" << what(r);
        return {};
    }
    return afterFirstLine(r.out).value(QStringLiteral("id")).toString();
}

bool TestTeam::expire(const QString& account)
{
    m_provider->nextExpiresIn = 60;
    const test::CliRun r = m_a->cli({QStringLiteral("refresh"), account});
    m_provider->nextExpiresIn = 3600;
    if (r.exitCode != 0)
        qWarning().noquote() << "refresh:" << what(r);
    return r.exitCode == 0;
}

// Acceptance 1: two machines (two HOMEs, two keyrings, an admin and a server role) in one team;
// eight `token` processes split over both, on an account whose token is due, all print the one
// new token, the provider sees one refresh, and its single-use refresh tokens survive rounds.
void TestTeam::twoMachinesShareOneRenewal()
{
    QVERIFY(makeTeam(QStringLiteral("team_share")));
    QVERIFY(m_a->bound());
    QVERIFY(m_b->bound());
    // Only the binding on disk: no profile database, no secret.
    QVERIFY(!QFile::exists(test::profileDatabase(m_b->profile.path())));
    QVERIFY(!m_a->profile.allFileBytes().contains("admin-pw"));
    QCOMPARE(m_a->entries().size(), 2); // the team key and the database password
    QCOMPARE(m_b->entries().size(), 2);

    QVERIFY(!addApp().isEmpty());
    const QString account = connect(QStringLiteral("u-team"));
    QVERIFY(!account.isEmpty());
    // The server sees the admin's account, and may not change apps.
    const test::CliRun listed = m_b->cli({QStringLiteral("accounts")}, true);
    QVERIFY2(listed.exitCode == 0, qPrintable(what(listed)));
    QCOMPARE(QJsonDocument::fromJson(listed.out).array().size(), 1);
    const test::CliRun refusedAdd =
        m_b->cli({QStringLiteral("apps"), QStringLiteral("remove"), QStringLiteral("team-box"),
                  QStringLiteral("--force")});
    QCOMPARE(refusedAdd.exitCode, 3);
    QVERIFY2(refusedAdd.err.contains("right"), qPrintable(what(refusedAdd)));

    constexpr int Processes = 8;
    constexpr int Rounds = 4;
    for (int round = 0; round < Rounds; ++round) {
        QVERIFY(expire(account));
        const int before = m_provider->refreshGrants;
        std::vector<std::unique_ptr<test::CliProcess>> running;
        for (int i = 0; i < Processes; ++i) {
            const Machine& m = i % 2 ? *m_b : *m_a;
            running.push_back(std::make_unique<test::CliProcess>(
                m.args({QStringLiteral("token"), account}), m.env()));
            running.back()->closeInput();
        }
        QSet<QByteArray> printed;
        QList<test::CliRun> runs;
        for (auto& p : running)
            runs.append(p->wait(120000));
        for (const test::CliRun& r : std::as_const(runs)) {
            if (r.exitCode != 0) {
                for (const test::CliRun& each : std::as_const(runs))
                    qInfo().noquote() << "process:" << what(each);
            }
            QVERIFY2(r.exitCode == 0,
                     qPrintable(QStringLiteral("round %1: ").arg(round) + what(r)));
            const QByteArray token = r.out.trimmed();
            QVERIFY2(m_provider->live.contains(QString::fromUtf8(token)),
                     qPrintable(QStringLiteral("round %1: a dead token %2")
                                    .arg(round)
                                    .arg(QString::fromUtf8(token))));
            printed.insert(token);
        }
        QCOMPARE(m_provider->refreshGrants, before + 1);
        QCOMPARE(printed.size(), 1);
    }
    QCOMPARE(m_provider->refusedRefreshes, 0);
    QCOMPARE(m_provider->refreshTokens.size(), 1);

    // Both see the team; the audit log names who renewed, never a secret.
    const test::CliRun status = m_b->cli({QStringLiteral("team"), QStringLiteral("status")}, true);
    QVERIFY2(status.exitCode == 0, qPrintable(what(status)));
    const QJsonObject s = QJsonDocument::fromJson(status.out).object();
    QCOMPARE(s.value(u"state").toString(), QStringLiteral("tokens-only"));
    QCOMPARE(s.value(u"members").toArray().size(), 2);
    QCOMPARE(s.value(u"accounts").toInt(), 1);
    const test::CliRun adminStatus =
        m_a->cli({QStringLiteral("team"), QStringLiteral("status")}, true);
    QCOMPARE(QJsonDocument::fromJson(adminStatus.out).object().value(u"state").toString(),
             QStringLiteral("connected"));
    const QString log = superuser(QStringLiteral("team_share"),
                                  {QStringLiteral("SELECT string_agg(member || ' ' || action || "
                                                  "' ' || subject, E'\\n' ORDER BY seq) FROM "
                                                  "authdeck.audit")})
                            .toString();
    QVERIFY2(log.contains(QStringLiteral("svc-sync@")), qPrintable(log));
    QVERIFY2(log.contains(QStringLiteral("renewed")), qPrintable(log));
    QVERIFY2(log.contains(QStringLiteral("joined the team")), qPrintable(log));
    for (const QString& t : std::as_const(m_provider->issuedTokens))
        QVERIFY2(!log.contains(t), "a token in the audit log");
    // The secrets in the database are sealed: no token in any row.
    const QString rows = superuser(QStringLiteral("team_share"),
                                   {QStringLiteral("SELECT string_agg(encode(value, 'escape'), "
                                                   "'') FROM authdeck.secrets")})
                             .toString();
    QVERIFY(!rows.isEmpty());
    for (const QString& t : std::as_const(m_provider->issuedTokens))
        QVERIFY2(!rows.contains(t), "a token in the clear in the database");
}

// Acceptance 2: a renewing process killed, or its database session cut, at random points (at
// the provider's answer, and at random instants around it). The account survives, except when
// the provider rotated and the process died before its commit: then the next `token` says
// "sign in again" (exit 3), and signing in again brings the account back.
void TestTeam::killedAndCutRenewalsNeverLoseTheAccount()
{
    QVERIFY(makeTeam(QStringLiteral("team_kill")));
    QVERIFY(!addApp().isEmpty());
    const QString account = connect(QStringLiteral("u-kill"));
    QVERIFY(!account.isEmpty());

    constexpr int Attempts = 24;
    int kills = 0;
    int cuts = 0;
    int lost = 0;
    int cutsFinished = 0;
    QRandomGenerator random(20261202);
    for (int i = 0; i < Attempts; ++i) {
        QVERIFY(expire(account));
        const bool kill = i % 2 == 0;
        const bool atAnswer = i % 3 == 0; // else at a random instant
        const Machine& m = i % 4 < 2 ? *m_a : *m_b;
        const int before = m_provider->refreshGrants;
        test::CliProcess p(m.args({QStringLiteral("token"), account}), m.env());
        p.closeInput();
        auto strike = [&] {
            if (kill) {
                if (p.isRunning())
                    ::kill(pid_t(p.pid()), SIGKILL);
            } else {
                superuser(QStringLiteral("postgres"),
                          {QStringLiteral("SELECT count(pg_terminate_backend(pid)) FROM "
                                          "pg_stat_activity WHERE application_name = "
                                          "'authdeck'")});
            }
        };
        if (atAnswer) {
            m_provider->beforeIssue = [&](const QString&) { strike(); };
        } else {
            QTimer::singleShot(int(random.bounded(40, 400)), [&] { strike(); });
        }
        const test::CliRun r = p.wait(120000);
        m_provider->beforeIssue = {};
        QTest::qWait(450); // the random strike, if it came late
        const bool rotated = m_provider->refreshGrants > before;
        if (kill) {
            ++kills;
        } else {
            ++cuts;
            // A cut process reconnects and finishes (or says the network failed, sending
            // nothing more); it never leaves a spent token behind.
            QVERIFY2(r.exitCode == 0 || r.exitCode == 4, qPrintable(what(r)));
            cutsFinished += r.exitCode == 0 ? 1 : 0;
        }
        const Machine& other = i % 4 < 2 ? *m_b : *m_a;
        const test::CliRun next = other.cli({QStringLiteral("token"), account});
        if (next.exitCode == 0) {
            QVERIFY2(m_provider->live.contains(QString::fromUtf8(next.out.trimmed())),
                     qPrintable(QStringLiteral("attempt %1: a dead token").arg(i)));
            continue;
        }
        QVERIFY2(kill && rotated && r.exitCode != 0,
                 qPrintable(QStringLiteral("attempt %1 (%2, %3): the account was lost: %4")
                                .arg(i)
                                .arg(kill ? QStringLiteral("kill") : QStringLiteral("cut"),
                                     atAnswer ? QStringLiteral("at the answer")
                                              : QStringLiteral("at random"),
                                     what(next))));
        QCOMPARE(next.exitCode, 3);
        QVERIFY2(next.err.contains("sign in again") || next.err.contains("Sign in again"),
                 qPrintable(what(next)));
        ++lost;
        // Signing in again restores the same account.
        QCOMPARE(connect(QStringLiteral("u-kill"), account), account);
    }
    QVERIFY(kills >= 10);
    QVERIFY(cuts >= 10);
    qInfo("%d kills, %d cuts (%d finished after reconnecting), %d times the provider rotated "
          "before a killed commit",
          kills, cuts, cutsFinished, lost);
    // Nobody holds the account's lock after all that: a renewal goes through at once.
    QVERIFY(expire(account));
}

// Bad input: one clear message each, the contract's exit code, and nothing written on this
// machine or in the database.
void TestTeam::badInputWritesNothing()
{
    QVERIFY(makeDatabase(QStringLiteral("team_bad")));
    const QString adminUrl = url(QStringLiteral("team_bad"), QStringLiteral("team_bad_admin"));
    const QString goodPw = file(QStringLiteral("pw"), "admin-pw-team_bad\n");
    auto nothingLocal = [](const Machine& m) {
        return !m.bound() && m.entries().isEmpty()
               && !QFile::exists(test::profileDatabase(m.profile.path()));
    };

    // A wrong password: exit 3, nothing anywhere.
    const test::CliRun wrong = m_a->cli(
        {QStringLiteral("team"), QStringLiteral("create"), QStringLiteral("--database"), adminUrl,
         QStringLiteral("--database-password-file"), file(QStringLiteral("bad"), "nope\n")});
    QCOMPARE(wrong.exitCode, 3);
    QVERIFY2(wrong.err.contains("password"), qPrintable(what(wrong)));
    QVERIFY(nothingLocal(*m_a));
    QCOMPARE(superuser(QStringLiteral("team_bad"),
                       {QStringLiteral("SELECT count(*) FROM information_schema.schemata WHERE "
                                       "schema_name = 'authdeck'")})
                 .toInt(),
             0);

    // Nobody listening: exit 4.
    const test::CliRun down =
        m_a->cli({QStringLiteral("team"), QStringLiteral("create"), QStringLiteral("--database"),
                  QStringLiteral("postgresql://x@127.0.0.1:1/none")});
    QCOMPARE(down.exitCode, 4);
    QVERIFY(nothingLocal(*m_a));

    // A password in the URL is refused before anything is tried: exit 2.
    const test::CliRun inUrl = m_a->cli(
        {QStringLiteral("team"), QStringLiteral("create"), QStringLiteral("--database"),
         QStringLiteral("postgresql://team_bad_admin:admin-pw-team_bad@127.0.0.1/team_bad")});
    QCOMPARE(inUrl.exitCode, 2);
    QVERIFY(!inUrl.err.contains("admin-pw"));
    QVERIFY(nothingLocal(*m_a));

    // The team, then its invite.
    const test::CliRun created =
        m_a->cli({QStringLiteral("team"), QStringLiteral("create"), QStringLiteral("--database"),
                  adminUrl, QStringLiteral("--database-password-file"), goodPw});
    QVERIFY2(created.exitCode == 0, qPrintable(what(created)));
    // A second team in the same database: exit 6, and the first is untouched.
    test::TempProfile third;
    const test::CliRun twice =
        test::runCli({QStringLiteral("--profile"), third.path(), QStringLiteral("team"),
                      QStringLiteral("create"), QStringLiteral("--database"), adminUrl,
                      QStringLiteral("--database-password-file"), goodPw},
                     {}, m_b->env(), 120000);
    QCOMPARE(twice.exitCode, 6);
    QVERIFY(!QFile::exists(third.file(QLatin1String(TeamBinding::FileName))));

    const QString invite = m_scratch->filePath(QStringLiteral("bad.adteam"));
    const QString phrase = file(QStringLiteral("phrase"), "correct horse battery\n");
    QCOMPARE(m_a->cli({QStringLiteral("team"), QStringLiteral("invite"), QStringLiteral("--out"),
                       invite, QStringLiteral("--passphrase-file"), phrase})
                 .exitCode,
             0);
    const QVariant members0 = superuser(QStringLiteral("team_bad"),
                                        {QStringLiteral("SELECT count(*) FROM authdeck.members")});
    const QVariant audit0 = superuser(QStringLiteral("team_bad"),
                                      {QStringLiteral("SELECT count(*) FROM authdeck.audit")});
    auto join = [&](const QString& path, const QString& pass, const QStringList& more = {}) {
        return m_b->cli(QStringList{QStringLiteral("team"), QStringLiteral("join"), path,
                                    QStringLiteral("--passphrase-file"), pass}
                        + more);
    };
    auto nothingRemote = [&] {
        return superuser(QStringLiteral("team_bad"),
                         {QStringLiteral("SELECT count(*) FROM authdeck.members")})
                   == members0
               && superuser(QStringLiteral("team_bad"),
                            {QStringLiteral("SELECT count(*) FROM authdeck.audit")})
                      == audit0;
    };

    // A wrong invite passphrase: exit 6, named as such.
    const test::CliRun badPhrase = join(invite, file(QStringLiteral("p2"), "not the passphrase\n"),
                                        {QStringLiteral("--database-password-file"), goodPw});
    QCOMPARE(badPhrase.exitCode, 6);
    QVERIFY2(badPhrase.err.contains("passphrase"), qPrintable(what(badPhrase)));
    QVERIFY(nothingLocal(*m_b));

    // The right invite, a wrong database password: exit 3.
    const test::CliRun badPw =
        join(invite, phrase,
             {QStringLiteral("--database-password-file"), file(QStringLiteral("p3"), "wrong\n")});
    QCOMPARE(badPw.exitCode, 3);
    QVERIFY(nothingLocal(*m_b));
    QVERIFY(nothingRemote());

    // An invite of this team pointing at a database with no AuthDeck schema, and at one of
    // another team: exit 6 each.
    auto forged = [&](const QString& database, const QString& teamId) {
        TeamInvite::Contents c;
        Result<TeamBinding> b =
            TeamBinding::fromUrl(url(database, QStringLiteral("team_bad_admin")));
        if (!b.ok())
            return QString();
        c.binding = *b;
        c.binding.teamId = teamId;
        c.binding.teamName = QStringLiteral("Forged");
        c.teamKey = SecretBytes(QByteArray(32, 'k'));
        Result<QByteArray> bytes = TeamInvite::write(c, SecretBytes("correct horse battery"));
        return bytes.ok() ? file(QStringLiteral("forged.adteam"), *bytes) : QString();
    };
    QVERIFY(makeDatabase(QStringLiteral("team_empty")));
    QString problem;
    superuser(QStringLiteral("postgres"),
              {QStringLiteral("GRANT team_empty_admin TO team_bad_admin")}, &problem);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    const test::CliRun empty =
        join(forged(QStringLiteral("team_empty"), QStringLiteral("00112233aabbccdd")), phrase,
             {QStringLiteral("--database-password-file"), goodPw});
    QCOMPARE(empty.exitCode, 6);
    QVERIFY2(empty.err.contains("AuthDeck"), qPrintable(what(empty)));
    QVERIFY(nothingLocal(*m_b));
    const test::CliRun other =
        join(forged(QStringLiteral("team_bad"), QStringLiteral("00112233aabbccdd")), phrase,
             {QStringLiteral("--database-password-file"), goodPw});
    QCOMPARE(other.exitCode, 6);
    QVERIFY2(other.err.contains("another team"), qPrintable(what(other)));
    QVERIFY(nothingLocal(*m_b));
    QVERIFY(nothingRemote());

    // The right team id with a wrong key: exit 6.
    const QString teamId =
        superuser(QStringLiteral("team_bad"),
                  {QStringLiteral("SELECT value FROM authdeck.meta WHERE key = 'profile_id'")})
            .toString();
    const test::CliRun badKey = join(forged(QStringLiteral("team_bad"), teamId), phrase,
                                     {QStringLiteral("--database-password-file"), goodPw});
    QCOMPARE(badKey.exitCode, 6);
    QVERIFY(nothingLocal(*m_b));
    QVERIFY(nothingRemote());

    // A schema newer than this AuthDeck: exit 6 for a member, and a join is refused too.
    superuser(QStringLiteral("team_bad"),
              {QStringLiteral("UPDATE authdeck.meta SET value = '99' WHERE key = "
                              "'schema_version'")});
    const test::CliRun newer = m_a->cli({QStringLiteral("accounts")});
    QCOMPARE(newer.exitCode, 6);
    QVERIFY2(newer.err.contains("newer"), qPrintable(what(newer)));
    QCOMPARE(join(invite, phrase, {QStringLiteral("--database-password-file"), goodPw}).exitCode,
             6);
    QVERIFY(nothingLocal(*m_b));
    superuser(QStringLiteral("team_bad"),
              {QStringLiteral("UPDATE authdeck.meta SET value = '1' WHERE key = "
                              "'schema_version'")});

    // The team key gone from this machine's keychain: exit 5 as soon as a secret is needed.
    QVERIFY(!addApp().isEmpty());
    {
        m_a->keyring.useInThisProcess();
        KeychainSecretStore keychain(Engine::keychainService(),
                                     prefixOf(m_a->profile.path()) + QStringLiteral("probe"));
        QObject context;
        QEventLoop loop;
        Status removed = fail(ErrorKind::Other, QStringLiteral("no answer"));
        keychain.remove(prefixOf(m_a->profile.path()) + QStringLiteral("team-key"), &context,
                        [&](Status s) {
                            removed = s;
                            loop.quit();
                        });
        loop.exec();
        QVERIFY2(removed.ok(), qPrintable(removed.error().message));
    }
    const test::CliRun noKeyInvite =
        m_a->cli({QStringLiteral("team"), QStringLiteral("invite"), QStringLiteral("--out"),
                  m_scratch->filePath(QStringLiteral("never.adteam")),
                  QStringLiteral("--passphrase-file"), phrase});
    QCOMPARE(noKeyInvite.exitCode, 5);
    QVERIFY2(noKeyInvite.err.contains("team key"), qPrintable(what(noKeyInvite)));
    QVERIFY(!QFile::exists(m_scratch->filePath(QStringLiteral("never.adteam"))));

    // Leaving removes the binding and this machine's team entries, and says so in the log.
    const test::CliRun left = m_a->cli({QStringLiteral("team"), QStringLiteral("leave")});
    QVERIFY2(left.exitCode == 0, qPrintable(what(left)));
    QVERIFY(!m_a->bound());
    QVERIFY(m_a->entries().isEmpty());
    QVERIFY(superuser(QStringLiteral("team_bad"),
                      {QStringLiteral("SELECT count(*) FROM authdeck.audit WHERE action = 'left "
                                      "the team'")})
                .toInt()
            == 1);
}

QTEST_MAIN(TestTeam)
#include "tst_team.moc"
