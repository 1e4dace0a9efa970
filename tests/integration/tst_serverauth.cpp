// The server-authentication engine in-process (memory secret store, no keychain): ServerConnect,
// the JWT and client-credentials minters as TokenService uses them (re-mint with a new jti), the
// clock-skew retry and 429 retries, against FakeBoxServer on loopback.
#include "FakeBoxServer.h"
#include "TestSupport.h"

#include "accounts/AccountService.h"
#include "accounts/AppService.h"
#include "accounts/TokenService.h"
#include "auth/ServerAuthMinter.h"
#include "auth/ServerConnect.h"
#include "engine/Engine.h"

#include <QSignalSpy>
#include <QTest>

using namespace authdeck;
using namespace authdeck::crypto;

class TestServerAuth : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void connectThenRemintWithNewJti();
    void clockSkewRetriedOnce();
    void rateLimitedRetriedWithNewAssertions();
    void clientCredentials();
    void clientCredentialsRefused();
    void parsedKeyCachedUntilSecretsChange();

private:
    Result<AppRegistration> addApp(Scheme scheme);
    Result<Account> connect(const QString& app, const QString& subject, const QString& asUser = {});
    Result<AccessToken> refresh(const QString& accountId);

    std::optional<RsaKey> m_key;
    std::unique_ptr<test::TempProfile> m_profile;
    std::unique_ptr<Engine> m_engine;
    std::unique_ptr<test::FakeBoxServer> m_box;
};

void TestServerAuth::initTestCase()
{
    Result<RsaKey> key = RsaKey::generate(2048);
    QVERIFY(key.ok());
    m_key = *key;
}

void TestServerAuth::init()
{
    m_profile = std::make_unique<test::TempProfile>();
    EngineOptions options;
    options.profileDir = m_profile->path();
    options.store = SecretStoreKind::Memory;
    Result<std::unique_ptr<Engine>> engine = Engine::create(options);
    QVERIFY(engine.ok());
    m_engine = std::move(engine).value();
    m_box = std::make_unique<test::FakeBoxServer>();
    Result<RsaKey> pub = RsaKey::fromPublicPem(m_key->publicKeyPem());
    QVERIFY(pub.ok());
    m_box->publicKey = *pub;
    QVERIFY(m_box->start());
}

void TestServerAuth::cleanup()
{
    m_box.reset();
    m_engine.reset();
    m_profile.reset();
}

Result<AppRegistration> TestServerAuth::addApp(Scheme scheme)
{
    AppInput in;
    in.providerId = QStringLiteral("box");
    in.name = scheme == Scheme::Jwt ? QStringLiteral("jwt") : QStringLiteral("ccg");
    in.scheme = scheme;
    in.clientId = m_box->clientId;
    in.clientSecret = SecretBytes(m_box->clientSecret.toUtf8());
    in.enterpriseId = m_box->enterpriseId;
    in.tokenUrl = m_box->tokenUrl();
    in.apiBase = m_box->apiBase();
    if (scheme == Scheme::Jwt) {
        in.publicKeyId = m_box->publicKeyId;
        Result<SecretBytes> pem = m_key->toPkcs8Pem();
        if (!pem.ok())
            return pem.error();
        in.privateKeyPem = *pem;
    }
    std::optional<Result<AppRegistration>> out;
    m_engine->apps().add(in, this, [&](Result<AppRegistration> r) { out = r; });
    if (!QTest::qWaitFor([&] { return out.has_value(); }, 30000))
        return fail(ErrorKind::Other, QStringLiteral("timeout"));
    return *out;
}

Result<Account> TestServerAuth::connect(const QString& app, const QString& subject,
                                        const QString& asUser)
{
    ServerConnectRequest req;
    req.app = app;
    req.subject = subject;
    req.api.asUser = asUser;
    std::optional<Result<Account>> out;
    ServerConnect::run(*m_engine, req, this, [&](Result<Account> r) { out = r; });
    if (!QTest::qWaitFor([&] { return out.has_value(); }, 60000))
        return fail(ErrorKind::Other, QStringLiteral("timeout"));
    return *out;
}

Result<AccessToken> TestServerAuth::refresh(const QString& accountId)
{
    std::optional<Result<AccessToken>> out;
    m_engine->tokens().refresh(accountId, this, [&](Result<AccessToken> r) { out = r; });
    if (!QTest::qWaitFor([&] { return out.has_value(); }, 60000))
        return fail(ErrorKind::Other, QStringLiteral("timeout"));
    return *out;
}

void TestServerAuth::connectThenRemintWithNewJti()
{
    QVERIFY(addApp(Scheme::Jwt).ok());
    Result<Account> account = connect(QStringLiteral("jwt"), QStringLiteral("enterprise"));
    QVERIFY2(account.ok(), qPrintable(account.error().fullMessage()));
    QCOMPARE(account->scheme, Scheme::Jwt);
    QCOMPARE(account->subject, QStringLiteral("enterprise"));
    QCOMPARE(account->identity.value(QStringLiteral("enterprise_id")), m_box->enterpriseId);
    QVERIFY(account->accessExpires.isValid());
    QCOMPARE(m_box->issued, 1);

    // No refresh token: TokenService mints again through the registered minter.
    Result<AccessToken> again = refresh(account->id);
    QVERIFY2(again.ok(), qPrintable(again.error().fullMessage()));
    QVERIFY(again->renewed);
    QCOMPARE(again->token.bytes(), QByteArray("box-access-2"));
    QCOMPARE(m_box->tokenRequests.size(), 2);
    QVERIFY(m_box->tokenRequests.at(0).claims.value(u"jti").toString()
            != m_box->tokenRequests.at(1).claims.value(u"jti").toString());
    // token() hands out the stored one while it is valid: no new request.
    std::optional<Result<AccessToken>> current;
    m_engine->tokens().token(account->id, this, [&](Result<AccessToken> r) { current = r; });
    QTRY_VERIFY(current.has_value());
    QVERIFY(current->ok());
    QCOMPARE((*current)->token.bytes(), QByteArray("box-access-2"));
    QCOMPARE(m_box->tokenRequests.size(), 2);
}

void TestServerAuth::clockSkewRetriedOnce()
{
    QVERIFY(addApp(Scheme::Jwt).ok());
    m_box->clockOffsetSeconds = -300; // the server is five minutes behind: exp looks too far ahead
    Result<Account> account = connect(QStringLiteral("jwt"), QStringLiteral("enterprise"));
    QVERIFY2(account.ok(), qPrintable(account.error().fullMessage()));
    QCOMPARE(m_box->tokenRequests.size(), 2);
    QVERIFY(m_box->tokenRequests.at(0).problem.contains(QLatin1String("'exp'")));
    QVERIFY(m_box->tokenRequests.at(1).problem.isEmpty());

    // A server whose Date does not help: retried once only, then refused (exit 3) with the cause.
    // (A second account for the same subject is refused first unless it replaces the first.)
    std::optional<Status> removed;
    m_engine->accounts().removeLocal(account->id, this, [&](Status s) { removed = s; });
    QTRY_VERIFY(removed.has_value() && removed->ok());
    m_box->tokenRequests.clear();
    m_box->clockOffsetSeconds = 0;
    m_box->refuseWith = QStringLiteral("invalid_grant");
    m_box->refuseWords = QStringLiteral("Please check the 'jti' claim.");
    Result<Account> refused = connect(QStringLiteral("jwt"), QStringLiteral("enterprise"));
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().kind, ErrorKind::Rejected);
    QCOMPARE(refused.error().diagnosis, Diagnosis::ClockSkew);
    QCOMPARE(m_box->tokenRequests.size(), 2);
    QCOMPARE(m_engine->accounts().list()->size(), 0); // nothing left behind
}

void TestServerAuth::rateLimitedRetriedWithNewAssertions()
{
    QVERIFY(addApp(Scheme::Jwt).ok());
    m_box->answer429Times = 2;
    Result<Account> account = connect(QStringLiteral("jwt"), QStringLiteral("user:99"));
    QVERIFY2(account.ok(), qPrintable(account.error().fullMessage()));
    QCOMPARE(m_box->tokenRequests.size(), 3);
    QCOMPARE(m_box->tokenRequests.at(0).problem, QStringLiteral("429"));
    QCOMPARE(m_box->tokenRequests.at(1).problem, QStringLiteral("429"));
    QVERIFY(m_box->tokenRequests.at(2).problem.isEmpty());
    QCOMPARE(account->subject, QStringLiteral("user:99"));
}

void TestServerAuth::clientCredentials()
{
    QVERIFY(addApp(Scheme::ClientCredentials).ok());
    Result<Account> account = connect(QStringLiteral("ccg"), QStringLiteral("enterprise"));
    QVERIFY2(account.ok(), qPrintable(account.error().fullMessage()));
    QCOMPARE(account->scheme, Scheme::ClientCredentials);
    QCOMPARE(m_box->tokenRequests.size(), 1);
    QCOMPARE(m_box->tokenRequests.first().grantType, QStringLiteral("client_credentials"));
    Result<AccessToken> again = refresh(account->id);
    QVERIFY2(again.ok(), qPrintable(again.error().fullMessage()));
    QCOMPARE(m_box->issued, 2);
}

void TestServerAuth::clientCredentialsRefused()
{
    QVERIFY(addApp(Scheme::ClientCredentials).ok());
    m_box->refuseWith = QStringLiteral("unauthorized_client");
    m_box->refuseWords = QStringLiteral("This app is not authorized by the enterprise admin");
    Result<Account> account = connect(QStringLiteral("ccg"), QStringLiteral("enterprise"));
    QVERIFY(!account.ok());
    QCOMPARE(account.error().exitCode(), 3);
    QVERIFY(account.error().message.contains(m_box->clientId));
    QCOMPARE(m_engine->accounts().list()->size(), 0);
}

void TestServerAuth::parsedKeyCachedUntilSecretsChange()
{
    Result<AppRegistration> app = addApp(Scheme::Jwt);
    QVERIFY2(app.ok(), app.ok() ? "" : qPrintable(app.error().message));
    Result<Account> account = connect(QStringLiteral("jwt"), QStringLiteral("enterprise"));
    QVERIFY2(account.ok(), account.ok() ? "" : qPrintable(account.error().message));
    const int first = m_engine->minters().cachedKeyHits();
    QVERIFY(refresh(account->id).ok());
    QVERIFY(refresh(account->id).ok());
    QCOMPARE(m_engine->minters().cachedKeyHits(), first + 2);

    // A new key pair for the app: the cached key must not sign again.
    Result<RsaKey> other = RsaKey::generate(2048);
    QVERIFY(other.ok());
    Result<RsaKey> otherPublic = RsaKey::fromPublicPem(other->publicKeyPem());
    QVERIFY(otherPublic.ok());
    m_box->publicKey = *otherPublic;
    QVERIFY(!refresh(account->id).ok()); // the old key, still stored: refused by the server
    QCOMPARE(m_engine->minters().cachedKeyHits(), first + 3);

    AppInput in;
    in.providerId = app->providerId;
    in.name = app->name;
    in.scheme = app->scheme;
    in.clientId = app->clientId;
    in.clientSecret = SecretBytes(m_box->clientSecret.toUtf8());
    in.enterpriseId = app->enterpriseId;
    in.tokenUrl = app->tokenUrl;
    in.apiBase = app->apiBase;
    in.publicKeyId = app->publicKeyId;
    Result<SecretBytes> pem = other->toPkcs8Pem();
    QVERIFY(pem.ok());
    in.privateKeyPem = *pem;
    std::optional<Result<AppRegistration>> updated;
    m_engine->apps().update(app->id, in, true, this,
                            [&](Result<AppRegistration> r) { updated = r; });
    QVERIFY(QTest::qWaitFor([&] { return updated.has_value(); }, 30000));
    QVERIFY2(updated->ok(), updated->ok() ? "" : qPrintable(updated->error().message));
    const int before = m_engine->minters().cachedKeyHits();
    Result<AccessToken> r = refresh(account->id);
    QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message));
    QCOMPARE(m_engine->minters().cachedKeyHits(), before); // parsed anew
    QVERIFY(refresh(account->id).ok());
    QCOMPARE(m_engine->minters().cachedKeyHits(), before + 1);
}

QTEST_GUILESS_MAIN(TestServerAuth)
#include "tst_serverauth.moc"
