// The fault matrix (issue 11), second part: the rows that need the real authdeck-cli, a keychain
// and a profile folder. Each row runs on a keyring of its own (PrivateKeyring), asserts the
// expected outcome, and compares the profile before and after (apps, accounts, keychain entries,
// files) to show that nothing was lost or left half-written.
//   racing refreshes · clock ±5 min (Box JWT, OAuth expiry) · kill -9 between a rotated refresh
//   token and its saving · write failures in the profile folder · keychain locked · two
//   instances adding to one profile at once
#include "FakeBoxServer.h"
#include "FakeOAuthProvider.h"
#include "PrivateKeyring.h"
#include "ProfileSnapshot.h"
#include "TestSupport.h"

#include "crypto/RsaKey.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

#include <csignal>
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

// The JSON document after the first line of a connect --no-browser run (the URL comes first).
QJsonObject afterFirstLine(const QByteArray& out)
{
    return QJsonDocument::fromJson(out.mid(out.indexOf('\n') + 1)).object();
}

// Seconds between a time and now (positive: in the future).
qint64 secondsFromNow(const QString& isoTime)
{
    return QDateTime::currentDateTimeUtc().secsTo(QDateTime::fromString(isoTime, Qt::ISODate));
}

} // namespace

class TestFaultMatrix2 : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void racingRefreshesSpendEachRefreshTokenOnce();
    void boxJwtClockSkewRetriedWithServerDate_data();
    void boxJwtClockSkewRetriedWithServerDate();
    void boxJwtClockSkewUnfixableNamesTheClock();
    void oauthExpiryFollowsLocalReceiptTime_data();
    void oauthExpiryFollowsLocalReceiptTime();
    void killedBetweenRotationAndSave();
    void profileWriteFailure_data();
    void profileWriteFailure();
    void keychainLockedMidway();
    void twoInstancesAddAtOnce();

private:
    QStringList env() const;
    QStringList base(bool json = false) const;
    test::CliRun cli(const QStringList& args, bool json = false);
    QString addOAuthApp(const QString& name);
    QString connectOAuth(const QString& app);
    QString addJwtApp(const QString& name);
    QString connectBoxJwt();
    test::ProfileSnapshot snapshot() const;
    QJsonObject account(const QString& id);

    std::unique_ptr<test::PrivateKeyring> m_keyring;
    std::unique_ptr<test::TempProfile> m_profile;
    std::unique_ptr<FakeOAuthProvider> m_provider;
    std::unique_ptr<test::FakeBoxServer> m_box;
    std::unique_ptr<QTemporaryDir> m_scratch;
    std::optional<crypto::RsaKey> m_key;
    QByteArray m_encryptedPem;
    int m_files = 0;
};

void TestFaultMatrix2::initTestCase()
{
    Result<crypto::RsaKey> key = crypto::RsaKey::generate(2048);
    QVERIFY(key.ok());
    m_key = *key;
    Result<QByteArray> pem = key->toEncryptedPkcs8Pem(SecretBytes(QByteArrayLiteral("pass-fm2")),
                                                      crypto::RsaKey::MinPbkdf2Iterations);
    QVERIFY(pem.ok());
    m_encryptedPem = *pem;
}

void TestFaultMatrix2::init()
{
    m_keyring = std::make_unique<test::PrivateKeyring>();
    QVERIFY2(m_keyring->start(), qPrintable(m_keyring->why()));
    m_profile = std::make_unique<test::TempProfile>();
    m_scratch = std::make_unique<QTemporaryDir>();
    m_provider = std::make_unique<FakeOAuthProvider>();
}

void TestFaultMatrix2::cleanup()
{
    if (m_keyring && m_keyring->keyringPid() > 0)
        ::kill(pid_t(m_keyring->keyringPid()), SIGCONT); // a row may have stopped it
    m_box.reset();
    m_provider.reset();
    m_profile.reset();
    m_scratch.reset();
    m_keyring.reset();
}

QStringList TestFaultMatrix2::env() const
{
    return m_keyring->environment() << QStringLiteral("AUTHDECK_HTTP_TIMEOUT_MS=15000")
                                    << QStringLiteral("AUTHDECK_KEYCHAIN_TIMEOUT_MS=20000");
}

QStringList TestFaultMatrix2::base(bool json) const
{
    QStringList args{QStringLiteral("--profile"), m_profile->path()};
    if (json)
        args << QStringLiteral("--json");
    return args;
}

test::CliRun TestFaultMatrix2::cli(const QStringList& args, bool json)
{
    return test::runCli(base(json) + args, {}, env());
}

// A FakeBoxServer that trusts m_key, the "Skew" JWT app imported for it, and its enterprise
// account connected; returns the account's ID (empty, with a warning, on failure).
QString TestFaultMatrix2::connectBoxJwt()
{
    m_box = std::make_unique<test::FakeBoxServer>();
    Result<crypto::RsaKey> pub = crypto::RsaKey::fromPublicPem(m_key->publicKeyPem());
    if (!pub.ok()) {
        qWarning("the test key's public half does not load");
        return {};
    }
    m_box->publicKey = *pub;
    if (!m_box->start() || addJwtApp(QStringLiteral("Skew")).isEmpty()) {
        qWarning("the fake Box server or the JWT app could not be set up");
        return {};
    }
    const test::CliRun r =
        cli({QStringLiteral("connect"), QStringLiteral("--app"), QStringLiteral("Skew"),
             QStringLiteral("--subject"), QStringLiteral("enterprise")},
            true);
    if (r.exitCode != 0) {
        qWarning().noquote() << "connect failed:" << what(r);
        return {};
    }
    return QJsonDocument::fromJson(r.out).object().value(QStringLiteral("id")).toString();
}

test::ProfileSnapshot TestFaultMatrix2::snapshot() const
{
    return test::snapshotProfile(m_profile->path(), m_keyring->environment());
}

QJsonObject TestFaultMatrix2::account(const QString& id)
{
    const test::CliRun r = cli({QStringLiteral("accounts")}, true);
    for (const QJsonValue& v : QJsonDocument::fromJson(r.out).array()) {
        if (v.toObject().value(QStringLiteral("id")).toString() == id)
            return v.toObject();
    }
    return {};
}

QString TestFaultMatrix2::addOAuthApp(const QString& name)
{
    const QString secretFile =
        test::writeFile(m_scratch->path(), QStringLiteral("secret-%1").arg(++m_files),
                        FakeOAuthProvider::ClientSecret + '\n');
    const test::CliRun r =
        cli({QStringLiteral("apps"), QStringLiteral("add"), QStringLiteral("--provider"),
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

// connect --no-browser, the test playing the browser; returns the new account's id.
QString TestFaultMatrix2::connectOAuth(const QString& app)
{
    test::CliProcess p(base(true)
                           + QStringList{QStringLiteral("connect"), QStringLiteral("--app"), app,
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

QString TestFaultMatrix2::addJwtApp(const QString& name)
{
    const QJsonObject config{
        {QStringLiteral("boxAppSettings"),
         QJsonObject{
             {QStringLiteral("clientID"), m_box->clientId},
             {QStringLiteral("clientSecret"), m_box->clientSecret},
             {QStringLiteral("appAuth"),
              QJsonObject{{QStringLiteral("publicKeyID"), m_box->publicKeyId},
                          {QStringLiteral("privateKey"), QString::fromLatin1(m_encryptedPem)},
                          {QStringLiteral("passphrase"), QStringLiteral("pass-fm2")}}}}},
        {QStringLiteral("enterpriseID"), m_box->enterpriseId}};
    const QString file =
        test::writeFile(m_scratch->path(), QStringLiteral("config-%1.json").arg(++m_files),
                        QJsonDocument(config).toJson());
    const test::CliRun r = cli({QStringLiteral("apps"), QStringLiteral("import-box-config"), file,
                                QStringLiteral("--name"), name, QStringLiteral("--token-url"),
                                m_box->tokenUrl(), QStringLiteral("--api-base"), m_box->apiBase()},
                               true);
    if (r.exitCode != 0) {
        qWarning().noquote() << "import-box-config failed:" << what(r);
        return {};
    }
    return name;
}

// Two `refresh` processes started together on one account, at a provider that rotates refresh
// tokens and refuses a spent one: the account lock serialises them, the second re-reads the
// token the first stored, and no invalid_grant ever happens.
void TestFaultMatrix2::racingRefreshesSpendEachRefreshTokenOnce()
{
    QVERIFY(!addOAuthApp(QStringLiteral("race")).isEmpty());
    const QString id = connectOAuth(QStringLiteral("race"));
    QVERIFY(!id.isEmpty());
    const test::ProfileSnapshot before = snapshot();
    QVERIFY2(before.problem.isEmpty(), qPrintable(before.problem));
    QVERIFY(!before.accountSecrets(id).value(QStringLiteral("refresh_token")).toString().isEmpty());

    constexpr int Rounds = 2;
    for (int round = 0; round < Rounds; ++round) {
        test::CliProcess a(base() + QStringList{QStringLiteral("refresh"), id}, env());
        test::CliProcess b(base() + QStringList{QStringLiteral("refresh"), id}, env());
        a.closeInput();
        b.closeInput();
        const test::CliRun ra = a.wait(90000);
        const test::CliRun rb = b.wait(90000);
        QVERIFY2(ra.exitCode == 0, qPrintable(what(ra)));
        QVERIFY2(rb.exitCode == 0, qPrintable(what(rb)));
    }
    QCOMPARE(m_provider->refusedRefreshes, 0);
    QCOMPARE(m_provider->refreshGrants, 2 * Rounds); // one after the other, never the same token

    // Two `token` processes on an access token about to expire: exactly one exchange, and the
    // loser hands out what the winner stored.
    m_provider->nextExpiresIn = 30; // inside the refresh margin
    test::CliRun r = cli({QStringLiteral("refresh"), id});
    QVERIFY2(r.exitCode == 0, qPrintable(what(r)));
    m_provider->nextExpiresIn = 3600;
    const int grants = m_provider->refreshGrants;
    {
        test::CliProcess a(base() + QStringList{QStringLiteral("token"), id}, env());
        test::CliProcess b(base() + QStringList{QStringLiteral("token"), id}, env());
        a.closeInput();
        b.closeInput();
        const test::CliRun ra = a.wait(90000);
        const test::CliRun rb = b.wait(90000);
        QVERIFY2(ra.exitCode == 0, qPrintable(what(ra)));
        QVERIFY2(rb.exitCode == 0, qPrintable(what(rb)));
        QCOMPARE(ra.out.trimmed(), rb.out.trimmed());
        QVERIFY(m_provider->live.contains(QString::fromUtf8(ra.out.trimmed())));
    }
    QCOMPARE(m_provider->refreshGrants, grants + 1);
    QCOMPARE(m_provider->refusedRefreshes, 0);

    const test::ProfileSnapshot after = snapshot();
    QVERIFY2(test::lostBetween(before, after).isEmpty(),
             qPrintable(test::lostBetween(before, after)));
    QVERIFY2(test::strayFiles(before, after).isEmpty(),
             qPrintable(test::strayFiles(before, after).join(u',')));
    // The stored refresh token is the one live token the provider knows.
    const QString stored =
        after.accountSecrets(id).value(QStringLiteral("refresh_token")).toString();
    QCOMPARE(m_provider->refreshTokens.size(), 1);
    QVERIFY(m_provider->refreshTokens.contains(stored));
    QCOMPARE(account(id).value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
    // And it works.
    const test::CliRun again = cli({QStringLiteral("refresh"), id});
    QVERIFY2(again.exitCode == 0, qPrintable(what(again)));
    QCOMPARE(m_provider->refusedRefreshes, 0);
}

void TestFaultMatrix2::boxJwtClockSkewRetriedWithServerDate_data()
{
    QTest::addColumn<int>("offset");
    QTest::newRow("server 5 min ahead") << 300;
    QTest::newRow("server 5 min behind") << -300;
}

// Box refuses an assertion whose exp is off by its own clock; AuthDeck signs again once with the
// server's Date as "now" (what Box's SDKs do) and a new jti.
void TestFaultMatrix2::boxJwtClockSkewRetriedWithServerDate()
{
    QFETCH(int, offset);
    const QString id = connectBoxJwt();
    QVERIFY(!id.isEmpty());
    const test::ProfileSnapshot before = snapshot();
    QVERIFY2(before.problem.isEmpty(), qPrintable(before.problem));

    m_box->clockOffsetSeconds = offset;
    m_box->tokenRequests.clear();
    test::CliRun r = cli({QStringLiteral("refresh"), id}, true);
    QVERIFY2(r.exitCode == 0, qPrintable(what(r)));
    QCOMPARE(m_box->tokenRequests.size(), 2);
    const auto first = m_box->tokenRequests.at(0);
    const auto second = m_box->tokenRequests.at(1);
    QVERIFY2(first.problem.contains(QLatin1String("'exp'")), qPrintable(first.problem));
    QVERIFY2(second.problem.isEmpty(), qPrintable(second.problem));
    QVERIFY(first.claims.value(u"jti").toString() != second.claims.value(u"jti").toString());
    const qint64 moved = qint64(second.claims.value(u"exp").toDouble())
                         - qint64(first.claims.value(u"exp").toDouble());
    QVERIFY2(qAbs(moved - offset) <= 15, qPrintable(QString::number(moved)));
    // The token's expiry is still this computer's time plus expires_in (3600).
    const QJsonObject token = QJsonDocument::fromJson(r.out).object();
    const qint64 left = secondsFromNow(token.value(QStringLiteral("expires")).toString());
    QVERIFY2(left > 3600 - 120 && left <= 3600 + 5, qPrintable(QString::number(left)));

    const test::ProfileSnapshot after = snapshot();
    QVERIFY2(test::lostBetween(before, after).isEmpty(),
             qPrintable(test::lostBetween(before, after)));
    QCOMPARE(after.accountSecrets(id).value(QStringLiteral("access_token")).toString(),
             QStringLiteral("box-access-%1").arg(m_box->issued));
}

// A server whose Date does not help (it refuses every exp): one retry, then a refusal that names
// the clock, and the app's key and the account stay.
void TestFaultMatrix2::boxJwtClockSkewUnfixableNamesTheClock()
{
    const QString id = connectBoxJwt();
    QVERIFY(!id.isEmpty());
    const test::ProfileSnapshot before = snapshot();
    QVERIFY2(before.problem.isEmpty(), qPrintable(before.problem));

    m_box->tokenRequests.clear();
    m_box->refuseWith = QStringLiteral("invalid_grant");
    m_box->refuseWords = QStringLiteral("Please check the 'exp' claim.");
    test::CliRun r = cli({QStringLiteral("refresh"), id});
    QVERIFY2(r.exitCode == 3, qPrintable(what(r)));
    QVERIFY2(r.err.contains("clock"), qPrintable(what(r)));
    QCOMPARE(m_box->tokenRequests.size(), 2);

    const test::ProfileSnapshot after = snapshot();
    QVERIFY2(test::lostBetween(before, after).isEmpty(),
             qPrintable(test::lostBetween(before, after)));
    QCOMPARE(after.secrets, before.secrets); // nothing was written
}

void TestFaultMatrix2::oauthExpiryFollowsLocalReceiptTime_data()
{
    QTest::addColumn<int>("offset");
    QTest::newRow("server Date 5 min ahead") << 300;
    QTest::newRow("server Date 5 min behind") << -300;
}

// The provider's Date is five minutes off (as this computer's clock would be against a correct
// server): the expiry is still the local receipt time plus expires_in, neither early nor late.
// With expires_in 400 s an expiry taken from the server's clock would be 100 s or 700 s away.
void TestFaultMatrix2::oauthExpiryFollowsLocalReceiptTime()
{
    QFETCH(int, offset);
    m_provider->dateOffsetSeconds = offset;
    m_provider->nextExpiresIn = 400;
    QVERIFY(!addOAuthApp(QStringLiteral("clock")).isEmpty());
    const QString id = connectOAuth(QStringLiteral("clock"));
    QVERIFY(!id.isEmpty());
    qint64 left = secondsFromNow(account(id).value(QStringLiteral("access_expires")).toString());
    QVERIFY2(left > 400 - 60 && left <= 400 + 5, qPrintable(QString::number(left)));

    // token: still valid (400 s is beyond the 120 s margin), so no refresh.
    test::CliRun r = cli({QStringLiteral("token"), id}, true);
    QVERIFY2(r.exitCode == 0, qPrintable(what(r)));
    QCOMPARE(m_provider->refreshGrants, 0);
    QCOMPARE(QJsonDocument::fromJson(r.out).object().value(QStringLiteral("renewed")).toBool(),
             false);

    // refresh: the same rule for a renewed token.
    r = cli({QStringLiteral("refresh"), id}, true);
    QVERIFY2(r.exitCode == 0, qPrintable(what(r)));
    QCOMPARE(m_provider->refreshGrants, 1);
    left = secondsFromNow(
        QJsonDocument::fromJson(r.out).object().value(QStringLiteral("expires")).toString());
    QVERIFY2(left > 400 - 60 && left <= 400 + 5, qPrintable(QString::number(left)));
    left = secondsFromNow(account(id).value(QStringLiteral("access_expires")).toString());
    QVERIFY2(left > 400 - 60 && left <= 400 + 5, qPrintable(QString::number(left)));
}

// kill -9 after the provider has sent a rotated refresh token and before AuthDeck stored it. The
// keyring is stopped (SIGSTOP) as the answer goes out, so the CLI reads the new token (its log
// says so) but cannot store it; then the CLI is killed. The profile and keychain must be as before
// (the old, now spent, token still there, no half-written file), and the next refresh must say
// plainly to sign in again.
void TestFaultMatrix2::killedBetweenRotationAndSave()
{
    QVERIFY(!addOAuthApp(QStringLiteral("kill")).isEmpty());
    const QString id = connectOAuth(QStringLiteral("kill"));
    QVERIFY(!id.isEmpty());
    const test::ProfileSnapshot before = snapshot();
    QVERIFY2(before.problem.isEmpty(), qPrintable(before.problem));
    const QString oldToken =
        before.accountSecrets(id).value(QStringLiteral("refresh_token")).toString();
    QVERIFY(!oldToken.isEmpty());
    const QByteArray profileBefore = test::profileRows(m_profile->path());

    // Another writer holds the profile database when the rotated token arrives: the CLI's save
    // waits for it (the busy timeout), and is killed while it waits.
    const QString holder = QStringLiteral("holder");
    QSqlDatabase held = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), holder);
    held.setDatabaseName(test::profileDatabase(m_profile->path()));
    QVERIFY(held.open());
    QString rotated;
    m_provider->beforeIssue = [&](const QString& refreshToken) {
        rotated = refreshToken;
        QSqlQuery(held).exec(QStringLiteral("BEGIN IMMEDIATE"));
    };
    // The CLI's network log tells when it has read the whole answer (never its body).
    test::CliProcess p(base() + QStringList{QStringLiteral("refresh"), id},
                       env() << QStringLiteral("QT_LOGGING_RULES=authdeck.net.debug=true"));
    p.closeInput();
    QTRY_VERIFY_WITH_TIMEOUT(!rotated.isEmpty(), 60000);
    QTRY_VERIFY_WITH_TIMEOUT(p.errorsSoFar().contains("/token -> 200"), 30000);
    QTest::qWait(300); // it goes on to store the token, and waits for the other writer
    QVERIFY(p.pid() > 0);
    ::kill(pid_t(p.pid()), SIGKILL);
    m_provider->beforeIssue = nullptr;
    const test::CliRun killed = p.wait(30000);
    QCOMPARE(killed.exitCode, -2); // killed, not finished
    QSqlQuery(held).exec(QStringLiteral("ROLLBACK"));
    held.close();
    held = QSqlDatabase();
    QSqlDatabase::removeDatabase(holder);
    QCOMPARE(m_provider->refreshGrants, 1);
    QVERIFY(!m_provider->refreshTokens.contains(oldToken)); // spent at the provider

    const test::ProfileSnapshot after = snapshot();
    QVERIFY2(test::lostBetween(before, after).isEmpty(),
             qPrintable(test::lostBetween(before, after)));
    QVERIFY2(test::strayFiles(before, after).isEmpty(),
             qPrintable(test::strayFiles(before, after).join(u',')));
    QCOMPARE(test::profileRows(m_profile->path()), profileBefore);
    QCOMPARE(after.accountSecrets(id).value(QStringLiteral("refresh_token")).toString(), oldToken);

    // The next refresh sends the spent token once, is refused, and says what to do.
    const test::CliRun r = cli({QStringLiteral("refresh"), id});
    QVERIFY2(r.exitCode == 3, qPrintable(what(r)));
    QVERIFY2(QString::fromUtf8(r.err).contains(QLatin1String("sign in again"), Qt::CaseInsensitive),
             qPrintable(what(r)));
    QCOMPARE(m_provider->refusedRefreshes, 1);
    QCOMPARE(account(id).value(QStringLiteral("status")).toString(),
             QStringLiteral("needs_signin"));
    const test::ProfileSnapshot later = snapshot();
    QVERIFY2(test::lostBetween(before, later).isEmpty(),
             qPrintable(test::lostBetween(before, later)));
    // The app's secret still reads, so signing in again is all it takes.
    test::CliProcess again(
        base(true) + QStringList{QStringLiteral("reconnect"), id, QStringLiteral("--no-browser")},
        env());
    again.closeInput();
    const QString url = again.firstLine(30000);
    QVERIFY2(url.startsWith(QStringLiteral("http")), qPrintable(url));
    test::playBrowser(url);
    const test::CliRun signedIn = again.wait(60000);
    QVERIFY2(signedIn.exitCode == 0, qPrintable(what(signedIn)));
    QCOMPARE(account(id).value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
}

void TestFaultMatrix2::profileWriteFailure_data()
{
    QTest::addColumn<QString>("verb");
    QTest::addColumn<int>("limit"); // bytes a file may grow to
    QTest::addColumn<QString>("says");
    const QString cannotSave = QStringLiteral("Cannot save the profile");
    const QString cannotWrite = QStringLiteral("Cannot write in the profile folder");
    QTest::newRow("apps add") << QStringLiteral("apps add") << 256 << cannotSave;
    QTest::newRow("connect") << QStringLiteral("connect") << 256 << cannotSave;
    QTest::newRow("refresh") << QStringLiteral("refresh") << 256 << cannotSave;
    // Not even a lock file can be written: no other process is to blame.
    QTest::newRow("apps add, no lock file") << QStringLiteral("apps add") << 0 << cannotWrite;
    QTest::newRow("refresh, no lock file") << QStringLiteral("refresh") << 0 << cannotWrite;
}

// Writes to the profile folder fail (as on a full disk): the CLI runs with RLIMIT_FSIZE below the
// size of profile.json and SIGXFSZ ignored, so every write past the limit fails with EFBIG (with
// limit 0 not even a lock file can be written). Root ignores file modes, so a read-only folder
// cannot be simulated with chmod in CI.
void TestFaultMatrix2::profileWriteFailure()
{
    QFETCH(QString, verb);
    QFETCH(int, limit);
    QFETCH(QString, says);
    const QString appId = addOAuthApp(QStringLiteral("full"));
    QVERIFY(!appId.isEmpty());
    const QString id = connectOAuth(QStringLiteral("full"));
    QVERIFY(!id.isEmpty());
    const test::ProfileSnapshot before = snapshot();
    QVERIFY2(before.problem.isEmpty(), qPrintable(before.problem));
    const QByteArray profileBefore = test::profileRows(m_profile->path());
    QVERIFY(profileBefore.size() > limit);
    const int grantsBefore = m_provider->refreshGrants;

    const auto limitWrites = [limit] {
        ::signal(SIGXFSZ, SIG_IGN);
        const rlimit fsize{rlim_t(limit), rlim_t(limit)};
        ::setrlimit(RLIMIT_FSIZE, &fsize);
    };
    QStringList args = base(true);
    if (verb == QLatin1String("apps add")) {
        const QString secretFile = test::writeFile(m_scratch->path(), QStringLiteral("secret-full"),
                                                   "full-disk-canary-secret\n");
        args << QStringLiteral("apps") << QStringLiteral("add") << QStringLiteral("--provider")
             << QStringLiteral("box") << QStringLiteral("--name") << QStringLiteral("second")
             << QStringLiteral("--client-id") << QStringLiteral("second-client")
             << QStringLiteral("--client-secret-file") << secretFile;
    } else if (verb == QLatin1String("connect")) {
        m_provider->userId = QStringLiteral("4243"); // another user: a new account, not a second
        args << QStringLiteral("connect") << QStringLiteral("--app") << QStringLiteral("full")
             << QStringLiteral("--no-browser");
    } else {
        args << QStringLiteral("refresh") << id;
    }
    // Another process has the profile open (as the window would): its -shm and -wal files exist,
    // so the CLI can read the profile within the limit, and only what it writes fails.
    const QString held = QStringLiteral("fm2-held-reader");
    std::optional<test::CliRun> ran;
    {
        QSqlDatabase reader = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), held);
        reader.setDatabaseName(test::profileDatabase(m_profile->path()));
        QVERIFY(reader.open());
        QSqlQuery q(reader);
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM accounts")) && q.next());
        q.finish();
        test::CliProcess p(args, env(), limitWrites);
        p.closeInput();
        if (verb == QLatin1String("connect")) {
            const QString url = p.firstLine(30000);
            QVERIFY2(url.startsWith(QStringLiteral("http")), qPrintable(url));
            test::playBrowser(url);
        }
        ran = p.wait(90000);
        reader.close();
    }
    QSqlDatabase::removeDatabase(held);
    const test::CliRun r = *ran;
    QVERIFY2(r.exitCode == int(ErrorKind::Other), qPrintable(what(r)));
    QVERIFY2(QString::fromUtf8(r.err).contains(says), qPrintable(what(r)));
    if (limit > 0) // the cause, in the admin's words
        QVERIFY2(r.err.contains("file size limit"), qPrintable(what(r)));
    QVERIFY2(!r.err.contains("in use") && !r.err.contains("busy"), qPrintable(what(r)));
    QCOMPARE(r.err.count("authdeck-cli: error:"), 1);

    // The old file is intact and nothing half-written lies beside it.
    QCOMPARE(test::profileRows(m_profile->path()), profileBefore);
    const test::ProfileSnapshot after = snapshot();
    QVERIFY2(test::lostBetween(before, after).isEmpty(),
             qPrintable(test::lostBetween(before, after)));
    QVERIFY2(test::strayFiles(before, after).isEmpty(),
             qPrintable(test::strayFiles(before, after).join(u',')));
    if (verb == QLatin1String("refresh") && limit == 0) {
        // The account lock could not be taken: the refresh token was never sent.
        QCOMPARE(m_provider->refreshGrants, grantsBefore);
        QCOMPARE(after.secrets, before.secrets);
    } else if (verb == QLatin1String("refresh")) {
        // The provider rotated, the rotated token could not be saved with the account's state
        // (one transaction, refused by the full disk): the old state is intact, and the old token
        // is spent, so once the disk has room the next refresh says plainly to sign in again.
        QCOMPARE(m_provider->refreshGrants, grantsBefore + 1);
        QCOMPARE(after.secrets, before.secrets);
        const test::CliRun again = cli({QStringLiteral("refresh"), id});
        QVERIFY2(again.exitCode == 3, qPrintable(what(again)));
        QVERIFY2(QString::fromUtf8(again.err).contains(QLatin1String("sign in again"),
                                                       Qt::CaseInsensitive),
                 qPrintable(what(again)));
    } else {
        // No secret for the app or account that could not be saved.
        QCOMPARE(after.secrets.keys(), before.secrets.keys());
        QCOMPARE(after.apps.keys(), before.apps.keys());
        QCOMPARE(after.accounts.keys(), before.accounts.keys());
    }
}

// The keychain is locked while the profile holds an app and an account: every verb that needs a
// secret refuses with exit 5 and says so, the refresh token is not spent, and nothing is written.
// Unlocking (the keyring starting again with its password) finds everything as it was.
void TestFaultMatrix2::keychainLockedMidway()
{
    QVERIFY(!addOAuthApp(QStringLiteral("locked")).isEmpty());
    const QString id = connectOAuth(QStringLiteral("locked"));
    QVERIFY(!id.isEmpty());
    const test::ProfileSnapshot before = snapshot();
    QVERIFY2(before.problem.isEmpty(), qPrintable(before.problem));
    const QByteArray profileBefore = test::profileRows(m_profile->path());

    QVERIFY2(m_keyring->lockDefaultCollection(), qPrintable(m_keyring->why()));
    test::CliRun r = cli({QStringLiteral("refresh"), id});
    QVERIFY2(r.exitCode == int(ErrorKind::Keychain), qPrintable(what(r)));
    QVERIFY2(r.err.contains("locked"), qPrintable(what(r)));
    QCOMPARE(m_provider->refreshGrants, 0); // the refresh token was never sent

    const QString secretFile = test::writeFile(m_scratch->path(), QStringLiteral("secret-locked"),
                                               "locked-canary-secret\n");
    r = cli({QStringLiteral("apps"), QStringLiteral("add"), QStringLiteral("--provider"),
             QStringLiteral("box"), QStringLiteral("--name"), QStringLiteral("second"),
             QStringLiteral("--client-id"), QStringLiteral("second-client"),
             QStringLiteral("--client-secret-file"), secretFile});
    QVERIFY2(r.exitCode == int(ErrorKind::Keychain), qPrintable(what(r)));
    QVERIFY2(r.err.contains("keychain"), qPrintable(what(r)));
    QCOMPARE(test::profileRows(m_profile->path()), profileBefore);
    QVERIFY(!m_profile->allFileBytes().contains("locked-canary-secret"));

    QVERIFY2(m_keyring->restartKeyring(), qPrintable(m_keyring->why()));
    const test::ProfileSnapshot after = snapshot();
    QVERIFY2(after.problem.isEmpty(), qPrintable(after.problem));
    QCOMPARE(after.secrets, before.secrets);
    QCOMPARE(after.apps.keys(), before.apps.keys());
    QCOMPARE(after.accounts.keys(), before.accounts.keys());
    QVERIFY2(test::strayFiles(before, after).isEmpty(),
             qPrintable(test::strayFiles(before, after).join(u',')));
    r = cli({QStringLiteral("refresh"), id});
    QVERIFY2(r.exitCode == 0, qPrintable(what(r)));
    QCOMPARE(m_provider->refusedRefreshes, 0);
}

// Two CLI processes add to one profile at the same moment (apps, then accounts): both end up
// present with their secrets, and the file stays valid.
void TestFaultMatrix2::twoInstancesAddAtOnce()
{
    QVERIFY(!addOAuthApp(QStringLiteral("first")).isEmpty());
    const test::ProfileSnapshot before = snapshot();
    QVERIFY2(before.problem.isEmpty(), qPrintable(before.problem));

    const QString secretFile = test::writeFile(m_scratch->path(), QStringLiteral("secret-two"),
                                               FakeOAuthProvider::ClientSecret + '\n');
    auto addArgs = [&](const QString& name) {
        return base(true)
               + QStringList{QStringLiteral("apps"),
                             QStringLiteral("add"),
                             QStringLiteral("--provider"),
                             QStringLiteral("box"),
                             QStringLiteral("--name"),
                             name,
                             QStringLiteral("--client-id"),
                             QString::fromLatin1(FakeOAuthProvider::ClientId),
                             QStringLiteral("--client-secret-file"),
                             secretFile,
                             QStringLiteral("--authorize-url"),
                             m_provider->url(QStringLiteral("/authorize")),
                             QStringLiteral("--token-url"),
                             m_provider->url(QStringLiteral("/token")),
                             QStringLiteral("--api-base"),
                             m_provider->url(QStringLiteral("/2.0"))};
    };
    {
        test::CliProcess a(addArgs(QStringLiteral("alpha")), env());
        test::CliProcess b(addArgs(QStringLiteral("beta")), env());
        a.closeInput();
        b.closeInput();
        const test::CliRun ra = a.wait(90000);
        const test::CliRun rb = b.wait(90000);
        QVERIFY2(ra.exitCode == 0, qPrintable(what(ra)));
        QVERIFY2(rb.exitCode == 0, qPrintable(what(rb)));
    }
    {
        test::CliProcess a(base(true)
                               + QStringList{QStringLiteral("connect"), QStringLiteral("--app"),
                                             QStringLiteral("alpha"),
                                             QStringLiteral("--no-browser")},
                           env());
        test::CliProcess b(base(true)
                               + QStringList{QStringLiteral("connect"), QStringLiteral("--app"),
                                             QStringLiteral("beta"),
                                             QStringLiteral("--no-browser")},
                           env());
        a.closeInput();
        b.closeInput();
        const QString urlA = a.firstLine(30000);
        const QString urlB = b.firstLine(30000);
        QVERIFY2(urlA.startsWith(QStringLiteral("http")), qPrintable(urlA));
        QVERIFY2(urlB.startsWith(QStringLiteral("http")), qPrintable(urlB));
        test::playBrowser(urlA);
        test::playBrowser(urlB);
        const test::CliRun ra = a.wait(90000);
        const test::CliRun rb = b.wait(90000);
        QVERIFY2(ra.exitCode == 0, qPrintable(what(ra)));
        QVERIFY2(rb.exitCode == 0, qPrintable(what(rb)));
    }

    const test::ProfileSnapshot after = snapshot();
    QVERIFY2(test::lostBetween(before, after).isEmpty(),
             qPrintable(test::lostBetween(before, after)));
    QVERIFY2(test::strayFiles(before, after).isEmpty(),
             qPrintable(test::strayFiles(before, after).join(u',')));
    QCOMPARE(after.apps.size(), 3);
    QCOMPARE(after.accounts.size(), 2);
    QStringList appNames;
    for (const QJsonObject& app : after.apps) {
        appNames << app.value(QStringLiteral("name")).toString();
        QVERIFY(!after.appSecrets(app.value(QStringLiteral("id")).toString())
                     .value(QStringLiteral("client_secret"))
                     .toString()
                     .isEmpty());
    }
    appNames.sort();
    QCOMPARE(appNames, (QStringList{QStringLiteral("alpha"), QStringLiteral("beta"),
                                    QStringLiteral("first")}));
    QSet<QString> accountApps;
    QSet<QString> accountNames; // names identify accounts on the command line: no duplicates
    for (auto it = after.accounts.cbegin(); it != after.accounts.cend(); ++it) {
        accountApps.insert(it.value().value(QStringLiteral("app")).toString());
        accountNames.insert(it.value().value(QStringLiteral("name")).toString());
        QVERIFY(!after.accountSecrets(it.key())
                     .value(QStringLiteral("refresh_token"))
                     .toString()
                     .isEmpty());
    }
    QCOMPARE(accountApps.size(), 2); // one account for each app
    QCOMPARE(accountNames.size(), 2);
    // The CLI reads the file back the same way.
    const test::CliRun list = cli({QStringLiteral("accounts")}, true);
    QCOMPARE(list.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(list.out).array().size(), 2);
}

QTEST_GUILESS_MAIN(TestFaultMatrix2)
#include "tst_fault_matrix2.moc"
