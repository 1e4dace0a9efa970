// Each defect of Qt 6.4.2's NetworkAuth listed in docs/QT64-DEFECTS.md, shown handled against a
// loopback provider. Every test here fails if its workaround is taken out.
#include "FakeOAuthProvider.h"
#include "TestSupport.h"

#include "accounts/AccountService.h"
#include "accounts/AppService.h"
#include "accounts/TokenService.h"
#include "auth/OAuthConnectJob.h"
#include "auth/OAuthSignIn.h"
#include "engine/Engine.h"

#include <QNetworkInterface>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>
#include <QUrlQuery>

using namespace authdeck;
using authdeck::test::FakeOAuthProvider;

class TestQt64Workarounds : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<test::TempProfile> m_profile;
    std::unique_ptr<FakeOAuthProvider> m_provider;
    std::unique_ptr<Engine> m_engine;
    QUrl m_lastUrl;

    Result<Account> connectOne(const QStringList& scopes = {})
    {
        OAuthConnectRequest req;
        req.app = QStringLiteral("Corp Box");
        req.scopes = scopes;
        OAuthConnectJob job(*m_engine, req);
        connect(&job, &OAuthConnectJob::authorizationUrlReady, this, [this](const QUrl& url) {
            m_lastUrl = url;
            QTimer::singleShot(0, [url] { test::playBrowser(url.toString(QUrl::FullyEncoded)); });
        });
        std::optional<Result<Account>> result;
        connect(&job, &OAuthConnectJob::finished, this,
                [&result](const Result<Account>& r) { result = r; });
        job.start();
        if (!QTest::qWaitFor([&] { return result.has_value(); }, 20000))
            return fail(ErrorKind::Other, QStringLiteral("timed out"));
        return *result;
    }

    Result<AccessToken> refresh(const QString& id)
    {
        std::optional<Result<AccessToken>> result;
        m_engine->tokens().refresh(id, this, [&result](Result<AccessToken> r) { result = r; });
        if (!QTest::qWaitFor([&] { return result.has_value(); }, 20000))
            return fail(ErrorKind::Other, QStringLiteral("timed out"));
        return *result;
    }

    OAuthSignInConfig signInConfig() const
    {
        OAuthSignInConfig c;
        c.providerName = QStringLiteral("Box");
        c.authorizeUrl = QUrl(m_provider->url(QStringLiteral("/authorize")));
        c.tokenUrl = QUrl(m_provider->url(QStringLiteral("/token")));
        c.clientId = QString::fromLatin1(FakeOAuthProvider::ClientId);
        c.scopes = {QStringLiteral("root_readwrite")};
        return c;
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

    // Defect 1: QOAuthHttpServerReplyHandler(port) listens on all interfaces.
    void listenerIsOnLoopbackOnly()
    {
        OAuthSignIn signIn(signInConfig());
        QVERIFY(signIn.start().ok());
        const QUrl redirect(signIn.redirectUri());
        QCOMPARE(redirect.host(), QStringLiteral("127.0.0.1"));
        QCOMPARE(redirect.path(), QStringLiteral("/callback"));
        QVERIFY(redirect.port() > 0);
        int tried = 0;
        for (const QHostAddress& a : QNetworkInterface::allAddresses()) {
            if (a.isLoopback() || a.protocol() != QAbstractSocket::IPv4Protocol)
                continue;
            QTcpSocket s;
            s.connectToHost(a, quint16(redirect.port()));
            QVERIFY2(!s.waitForConnected(2000),
                     qPrintable(QStringLiteral("reachable on %1").arg(a.toString())));
            ++tried;
        }
        QTcpSocket local;
        local.connectToHost(QHostAddress::LocalHost, quint16(redirect.port()));
        QVERIFY(local.waitForConnected(2000));
        if (tried == 0)
            qWarning("no non-loopback interface here: only the address was checked");
    }

    // Defect 3: an 8-character clock-seeded state, not URL-encoded, and a mismatch only logged.
    void stateIsStrongEncodedAndChecked()
    {
        OAuthSignIn a(signInConfig());
        OAuthSignIn b(signInConfig());
        QVERIFY(a.start().ok());
        QVERIFY(b.start().ok());
        const QString stateA =
            QUrlQuery(a.authorizationUrl()).queryItemValue(QStringLiteral("state"));
        const QString stateB =
            QUrlQuery(b.authorizationUrl()).queryItemValue(QStringLiteral("state"));
        QVERIFY2(stateA.size() >= 22, qPrintable(stateA)); // >= 128 bits in base64url
        QVERIFY(QRegularExpression(QStringLiteral("^[A-Za-z0-9_-]+$")).match(stateA).hasMatch());
        QVERIFY(stateA != stateB);

        std::optional<Result<OAuthSignIn::Grant>> result;
        connect(&a, &OAuthSignIn::finished, this,
                [&result](const Result<OAuthSignIn::Grant>& r) { result = r; });
        a.pasteRedirect(QStringLiteral("%1?code=abc&state=%2").arg(a.redirectUri(), stateB));
        QTRY_VERIFY(result.has_value());
        QVERIFY(!result->ok());
        QCOMPARE(result->error().kind, ErrorKind::Rejected);
    }

    // Defect 7: no PKCE before Qt 6.8.
    void pkceIsAdded()
    {
        const Result<Account> account = connectOne();
        QVERIFY2(account.ok(), qPrintable(account.error().fullMessage()));
        const QUrlQuery q(m_lastUrl);
        QCOMPARE(q.queryItemValue(QStringLiteral("code_challenge_method")), QStringLiteral("S256"));
        QCOMPARE(q.queryItemValue(QStringLiteral("code_challenge")).size(), 43);
        const QString verifier = m_provider->seenVerifiers.value(0);
        QVERIFY(verifier.size() >= 43 && verifier.size() <= 128);
    }

    // Defect 5: a percent-encoded authorization code is encoded twice.
    void codeIsDecodedExactlyOnce()
    {
        m_provider->codeExtra = QStringLiteral("/+=%&é~");
        const Result<Account> account = connectOne();
        QVERIFY2(account.ok(), qPrintable(account.error().fullMessage()));
        QVERIFY(m_provider->lastTokenForm.value("code").endsWith(QStringLiteral("/+=%&é~")));
        QCOMPARE(m_provider->codeGrants, 1);
    }

    // Defect 8: a token answer that is not JSON/form by Content-Type is dropped silently.
    void tokenAnswerOfAnyContentTypeIsRead()
    {
        m_provider->tokenMode = FakeOAuthProvider::Token::JsonAsTextPlain;
        const Result<Account> account = connectOne();
        QVERIFY2(account.ok(), qPrintable(account.error().fullMessage()));
    }

    // Defect 2: token-endpoint errors are silent and a failed refresh leaves the flow stuck in
    // RefreshingToken, refusing every later refresh.
    void refreshErrorsAreReportedAndDoNotStick()
    {
        const Result<Account> account = connectOne();
        QVERIFY(account.ok());
        m_provider->tokenMode = FakeOAuthProvider::Token::ServerError;
        Result<AccessToken> r = refresh(account->id);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, ErrorKind::Network);
        QCOMPARE(r.error().httpStatus, 500);
        m_provider->tokenMode = FakeOAuthProvider::Token::Normal;
        r = refresh(account->id);
        QVERIFY2(r.ok(), qPrintable(r.error().fullMessage()));
        QCOMPARE(m_provider->refreshGrants, 1);
        m_provider->refreshTokens.clear();
        r = refresh(account->id);
        QCOMPARE(r.error().kind, ErrorKind::Rejected);
        QCOMPARE(r.error().providerCode, QStringLiteral("invalid_grant"));
    }

    // Defect 4: scope() is cleared after a grant or refresh without "scope" (Box never sends it).
    void requestedScopesAreKept()
    {
        const QStringList scopes{QStringLiteral("root_readonly"), QStringLiteral("manage_groups")};
        const Result<Account> account = connectOne(scopes);
        QVERIFY(account.ok());
        QCOMPARE(account->scopes, scopes);
        QVERIFY(refresh(account->id).ok());
        QCOMPARE(m_engine->accounts().find(account->id)->scopes, scopes);
    }

    // Defect 6: refresh sends redirect_uri=callback() and asserts the listener is up.
    void refreshNeedsNoListener()
    {
        const Result<Account> account = connectOne();
        QVERIFY(account.ok());
        QVERIFY(refresh(account->id).ok());
        QCOMPARE(m_provider->lastTokenForm.value("grant_type"), QStringLiteral("refresh_token"));
        QVERIFY(!m_provider->lastTokenForm.contains("redirect_uri"));
    }
};

QTEST_GUILESS_MAIN(TestQt64Workarounds)
#include "tst_qt64_workarounds.moc"
