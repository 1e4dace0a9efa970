// The background renewal: one timer for every account, renewal ahead of expiry, keep-alive for
// refresh tokens that die when idle, and backoff that honours Retry-After.
#include "FakeOAuthProvider.h"
#include "TestSupport.h"

#include "accounts/AccountService.h"
#include "accounts/AppService.h"
#include "accounts/RefreshScheduler.h"
#include "accounts/TokenService.h"
#include "auth/OAuthConnectJob.h"
#include "engine/Engine.h"

#include <QSignalSpy>
#include <QTest>
#include <QTimer>

using namespace authdeck;
using authdeck::test::FakeOAuthProvider;

class TestRefreshScheduler : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<test::TempProfile> m_profile;
    std::unique_ptr<FakeOAuthProvider> m_provider;
    std::unique_ptr<Engine> m_engine;

    Account connectOne(const QString& name)
    {
        OAuthConnectRequest req;
        req.app = QStringLiteral("Corp Box");
        req.accountName = name;
        OAuthConnectJob job(*m_engine, req);
        connect(&job, &OAuthConnectJob::authorizationUrlReady, this, [](const QUrl& url) {
            QTimer::singleShot(0, [url] { test::playBrowser(url.toString(QUrl::FullyEncoded)); });
        });
        std::optional<Result<Account>> result;
        connect(&job, &OAuthConnectJob::finished, this,
                [&result](const Result<Account>& r) { result = r; });
        job.start();
        if (!QTest::qWaitFor([&] { return result.has_value(); }, 20000) || !result->ok())
            return {};
        return **result;
    }

private Q_SLOTS:
    void init()
    {
        m_profile = std::make_unique<test::TempProfile>();
        m_provider = std::make_unique<FakeOAuthProvider>();
        EngineOptions o;
        o.profileDir = m_profile->path();
        o.store = SecretStoreKind::Memory; // the keychain has its own tests
        auto e = Engine::create(o);
        QVERIFY(e.ok());
        m_engine = std::move(e).value();
        AppInput in = m_provider->boxApp(QStringLiteral("Corp Box"));
        bool added = false;
        m_engine->apps().add(in, this, [&](Result<AppRegistration> r) { added = r.ok(); });
        QTRY_VERIFY(added);
    }

    void cleanup()
    {
        m_engine.reset();
        m_provider.reset();
        m_profile.reset();
    }

    void dueTimes()
    {
        RefreshScheduler scheduler(*m_engine);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        Account a;
        a.providerId = QStringLiteral("box");
        a.scheme = Scheme::OAuth2;
        a.accessExpires = now.addSecs(3600);
        QCOMPARE(scheduler.dueTime(a), a.accessExpires.addSecs(-RefreshScheduler::MarginSeconds));
        // Box refresh tokens die after 60 idle days: renew a week before, even if the access
        // token is far from expiry.
        a.accessExpires = now.addDays(365);
        a.refreshIssued = now.addDays(-50);
        QCOMPARE(scheduler.dueTime(a),
                 a.refreshIssued.addSecs(60LL * 86400 - RefreshScheduler::KeepAliveMarginSeconds));
        a.status = AccountStatus::NeedsSignIn;
        QVERIFY(!scheduler.dueTime(a).isValid());
        Account jwt;
        jwt.providerId = QStringLiteral("box");
        jwt.scheme = Scheme::Jwt;
        jwt.accessExpires = now.addSecs(10);
        // No refresh token: minted again ahead of expiry.
        QCOMPARE(scheduler.dueTime(jwt),
                 jwt.accessExpires.addSecs(-RefreshScheduler::MarginSeconds));
        Account keys;
        keys.providerId = QStringLiteral("s3");
        keys.scheme = Scheme::Keys;
        QVERIFY(!scheduler.dueTime(keys).isValid());
    }

    void oneTimerRenewsTheEarliestAccountFirst()
    {
        m_provider->nextExpiresIn = 7200;
        const Account late = connectOne(QStringLiteral("late"));
        QVERIFY(!late.id.isEmpty());
        m_provider->nextExpiresIn = RefreshScheduler::MarginSeconds + 2; // due in 2 s
        m_provider->userId = QStringLiteral("4243"); // another user: one account per identity
        const Account soon = connectOne(QStringLiteral("soon"));
        QVERIFY(!soon.id.isEmpty());

        RefreshScheduler scheduler(*m_engine);
        scheduler.start();
        QVERIFY(scheduler.isActive());
        QCOMPARE(scheduler.nextAccountId(), soon.id);

        m_provider->nextExpiresIn = 3600;
        QSignalSpy renewed(&scheduler, &RefreshScheduler::renewed);
        QVERIFY(renewed.wait(10000));
        QCOMPARE(renewed.first().first().toString(), soon.id);
        QCOMPARE(m_provider->refreshGrants, 1);
        // "soon" is now due at +3300 s, "late" at +6900 s.
        QCOMPARE(scheduler.nextAccountId(), soon.id);
        QVERIFY(scheduler.nextDue() > QDateTime::currentDateTimeUtc().addSecs(3000));
    }

    void failureBacksOffAsTheServerAsks()
    {
        m_provider->nextExpiresIn = RefreshScheduler::MarginSeconds; // due now
        const Account a = connectOne(QStringLiteral("busy"));
        QVERIFY(!a.id.isEmpty());
        m_provider->tokenMode = FakeOAuthProvider::Token::TooMany; // 429, Retry-After: 1
        RefreshScheduler scheduler(*m_engine);
        QSignalSpy failed(&scheduler, &RefreshScheduler::renewFailed);
        scheduler.start();
        QVERIFY(failed.wait(20000));
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QCOMPARE(scheduler.nextAccountId(), a.id);
        // Retry-After said 1 s: not the 30 s default backoff, and not at once either.
        QVERIFY(scheduler.nextDue() > now.addMSecs(-100));
        QVERIFY(scheduler.nextDue() <= now.addSecs(2));
        // The server recovers: the next attempt renews.
        m_provider->tokenMode = FakeOAuthProvider::Token::Normal;
        m_provider->nextExpiresIn = 3600;
        QSignalSpy renewed(&scheduler, &RefreshScheduler::renewed);
        QVERIFY(renewed.wait(10000));
        QCOMPARE(m_engine->accounts().find(a.id)->status, AccountStatus::Ok);
    }

    void invalidGrantStopsRenewalUntilSignIn()
    {
        m_provider->nextExpiresIn = RefreshScheduler::MarginSeconds;
        const Account a = connectOne(QStringLiteral("dead"));
        QVERIFY(!a.id.isEmpty());
        m_provider->refreshTokens.clear(); // the refresh token died upstream
        RefreshScheduler scheduler(*m_engine);
        QSignalSpy failed(&scheduler, &RefreshScheduler::renewFailed);
        scheduler.start();
        QVERIFY(failed.wait(10000));
        QTRY_COMPARE(m_engine->accounts().find(a.id)->status, AccountStatus::NeedsSignIn);
        QTRY_VERIFY(scheduler.nextAccountId().isEmpty());
        QVERIFY(!scheduler.isActive());
    }
};

QTEST_GUILESS_MAIN(TestRefreshScheduler)
#include "tst_refreshscheduler.moc"
