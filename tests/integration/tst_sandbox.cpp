#include "crypto/Jws.h"
#include "crypto/Pkce.h"
#include "crypto/Random.h"
#include "crypto/RsaKey.h"
#include "net/HttpDate.h"
#include "net/UrlEncodedForm.h"
#include "providers/ProviderParser.h"
#include "sandbox/SandboxServer.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>
#include <QUrlQuery>

#include <memory>
#include <optional>

using namespace authdeck;
using namespace authdeck::crypto;

namespace {

struct Answer {
    int status = 0;
    QByteArray body;
    QJsonObject json;
    QList<QNetworkReply::RawHeaderPair> headers;

    [[nodiscard]] QByteArray header(const QByteArray& name) const
    {
        for (const auto& [k, v] : headers) {
            if (k.compare(name, Qt::CaseInsensitive) == 0)
                return v;
        }
        return {};
    }
    [[nodiscard]] QString error() const { return json.value(QLatin1String("error")).toString(); }
    [[nodiscard]] QString description() const
    {
        return json.value(QLatin1String("error_description")).toString();
    }
};

QByteArray formBody(const QList<std::pair<QString, QString>>& items)
{
    return UrlEncodedForm(items).toEncoded();
}

} // namespace

class TestSandbox : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void providerJsonParses();
    void authorizationCodeWithPkce();
    void reusedCodeIsRefusedAndRevokes();
    void missingVerifier();
    void wrongVerifier();
    void codeExpiresAfter30Seconds();
    void refreshIsSingleUse();
    void consentDenied();
    void requestIdIsSingleUse();
    void unregisteredRedirectHost();
    void plainPkceRefused();
    void jwtEnterpriseAndAsUser();
    void jwtUserSubject();
    void jwtRefusals_data();
    void jwtRefusals();
    void jwtReusedJti();
    void jwtUnauthorizedApp();
    void jwtClockSkewFollowsDateHeader();
    void clientCredentials();
    void passwordGrant();
    void revoke();
    void revokeAuthenticatesAsTheTokenEndpoint();
    void usersMeRefusals();
    void unsupportedGrantAndBadClient();
    void faultTooManyRequests();
    void developerConsole();

private:
    Answer send(const QByteArray& method, const QUrl& url, const QByteArray& body = {},
                const QByteArray& contentType = {},
                const QList<std::pair<QByteArray, QByteArray>>& headers = {});
    Answer token(const QList<std::pair<QString, QString>>& items);
    // GET the consent page, then POST the decision; returns the redirect Location.
    QUrl consent(const QUrlQuery& query, const QString& decision);
    QUrlQuery authorizeQuery(const QString& challenge,
                             const QString& state = QStringLiteral("st-1"));
    // A code obtained with this challenge.
    QString codeFor(const QString& challenge);
    QByteArray assertion(const QJsonObject& overrides, const RsaKey& key, const QString& kid,
                         qint64 nowSecs = QDateTime::currentSecsSinceEpoch());
    Answer usersMe(const QString& accessToken, const QByteArray& asUser = {});

    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<SandboxServer> m_sandbox;
    std::optional<RsaKey> m_key;
    std::optional<RsaKey> m_otherKey;
    SandboxClient m_client;
    QString m_kid;
    const QString m_redirect = QStringLiteral("http://127.0.0.1:54321/callback");
};

void TestSandbox::initTestCase()
{
    m_nam = std::make_unique<QNetworkAccessManager>();
    m_nam->setProxy(QNetworkProxy::NoProxy);
    m_nam->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    m_sandbox = std::make_unique<SandboxServer>();
    QString error;
    QVERIFY2(m_sandbox->start(&error), qPrintable(error));
    QCOMPARE(m_sandbox->baseUrl().host(), QStringLiteral("127.0.0.1"));

    auto key = RsaKey::generate(2048);
    QVERIFY(key.ok());
    m_key = *key;
    auto other = RsaKey::generate(2048);
    QVERIFY(other.ok());
    m_otherKey = *other;

    SandboxClient c;
    c.name = QStringLiteral("Test <App> & Co");
    c.redirectUris = {QStringLiteral("http://127.0.0.1/callback")};
    m_client = m_sandbox->registerClient(c);
    QCOMPARE(m_client.clientId.size(), 32);
    QCOMPARE(m_client.enterpriseId, QString::fromLatin1(SandboxServer::DefaultEnterpriseId));
    m_kid = m_sandbox->addPublicKey(m_client.clientId, m_key->publicKeyPem());
    QCOMPARE(m_kid.size(), 8);
    m_client = *m_sandbox->client(m_client.clientId);
    QVERIFY(m_sandbox->addPublicKey(m_client.clientId, "not a key").isEmpty());
    QVERIFY(m_sandbox->addPublicKey(QStringLiteral("nope"), m_key->publicKeyPem()).isEmpty());
}

void TestSandbox::cleanupTestCase()
{
    m_sandbox->stop();
    QVERIFY(!m_sandbox->isRunning());
}

Answer TestSandbox::send(const QByteArray& method, const QUrl& url, const QByteArray& body,
                         const QByteArray& contentType,
                         const QList<std::pair<QByteArray, QByteArray>>& headers)
{
    QNetworkRequest request(url);
    request.setTransferTimeout(10000);
    if (!contentType.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    for (const auto& [name, value] : headers)
        request.setRawHeader(name, value);
    QNetworkReply* reply = m_nam->sendCustomRequest(request, method, body);
    QEventLoop loop;
    connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(15000, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec();
    Answer a;
    if (!reply->isFinished()) {
        reply->abort();
        reply->deleteLater();
        return a;
    }
    a.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    a.body = reply->readAll();
    a.headers = reply->rawHeaderPairs();
    a.json = QJsonDocument::fromJson(a.body).object();
    reply->deleteLater();
    return a;
}

Answer TestSandbox::token(const QList<std::pair<QString, QString>>& items)
{
    return send("POST", m_sandbox->tokenUrl(), formBody(items),
                "application/x-www-form-urlencoded");
}

QUrlQuery TestSandbox::authorizeQuery(const QString& challenge, const QString& state)
{
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("response_type"), QStringLiteral("code"));
    q.addQueryItem(QStringLiteral("client_id"), m_client.clientId);
    q.addQueryItem(QStringLiteral("redirect_uri"), m_redirect);
    q.addQueryItem(QStringLiteral("state"), state);
    q.addQueryItem(QStringLiteral("scope"), QStringLiteral("root_readwrite manage_groups"));
    if (!challenge.isEmpty()) {
        q.addQueryItem(QStringLiteral("code_challenge"), challenge);
        q.addQueryItem(QStringLiteral("code_challenge_method"), QStringLiteral("S256"));
    }
    return q;
}

// The query as a form (QUrlQuery would leave a '+' alone, which a server reads as a space).
QUrl withForm(QUrl url, const QUrlQuery& query)
{
    QList<std::pair<QString, QString>> items;
    for (const auto& [name, value] : query.queryItems(QUrl::FullyDecoded))
        items.append({name, value});
    url.setQuery(QString::fromLatin1(UrlEncodedForm(items).toEncoded()));
    return url;
}

QUrl TestSandbox::consent(const QUrlQuery& query, const QString& decision)
{
    const QUrl url = withForm(m_sandbox->authorizeUrl(), query);
    const Answer page = send("GET", url);
    if (page.status != 200)
        return {};
    const QString requestId = SandboxServer::consentRequestId(page.body);
    if (requestId.isEmpty())
        return {};
    const Answer decided = send("POST", m_sandbox->authorizeUrl(),
                                formBody({{QStringLiteral("request_id"), requestId},
                                          {QStringLiteral("decision"), decision}}),
                                "application/x-www-form-urlencoded");
    if (decided.status != 302)
        return {};
    return QUrl::fromEncoded(decided.header("Location"));
}

QString TestSandbox::codeFor(const QString& challenge)
{
    const QUrl location = consent(authorizeQuery(challenge), QStringLiteral("approve"));
    return QUrlQuery(location).queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded);
}

QByteArray TestSandbox::assertion(const QJsonObject& overrides, const RsaKey& key,
                                  const QString& kid, qint64 nowSecs)
{
    QJsonObject claims{{QStringLiteral("iss"), m_client.clientId},
                       {QStringLiteral("sub"), m_client.enterpriseId},
                       {QStringLiteral("box_sub_type"), QStringLiteral("enterprise")},
                       {QStringLiteral("aud"), QString::fromLatin1(SandboxServer::JwtAudience)},
                       {QStringLiteral("jti"), Random::randomToken(32)},
                       {QStringLiteral("exp"), nowSecs + 30}};
    for (auto it = overrides.begin(); it != overrides.end(); ++it)
        claims.insert(it.key(), it.value());
    const auto signed_ = Jws::signCompact(QJsonObject{{QStringLiteral("kid"), kid}}, claims, key,
                                          QStringLiteral("RS256"));
    return signed_.ok() ? *signed_ : QByteArray();
}

Answer TestSandbox::usersMe(const QString& accessToken, const QByteArray& asUser)
{
    QUrl url = m_sandbox->apiBase();
    url.setPath(url.path() + QStringLiteral("/users/me"));
    url.setQuery(QStringLiteral("fields=id,name,login,enterprise"));
    QList<std::pair<QByteArray, QByteArray>> headers;
    if (!accessToken.isEmpty())
        headers.append({"Authorization", "Bearer " + accessToken.toLatin1()});
    if (!asUser.isEmpty())
        headers.append({"As-User", asUser});
    return send("GET", url, {}, {}, headers);
}

// ---- tests
// ---------------------------------------------------------------------------------------

void TestSandbox::providerJsonParses()
{
    const QJsonObject json = m_sandbox->providerJson();
    const Result<Provider> p =
        ProviderParser::parse(QJsonDocument(json).toJson(), QStringLiteral("sandbox.json"));
    QVERIFY2(p.ok(), qPrintable(p.error().message));
    QCOMPARE(p->id, QStringLiteral("sandbox"));
    QCOMPARE(p->name, QStringLiteral("Sandbox (Box-compatible)"));
    QCOMPARE(p->icon, QStringLiteral("sandbox.svg"));
    QVERIFY(p->oauth2 && p->jwt && p->clientCredentials && p->password);
    QCOMPARE(p->oauth2->tokenUrl, m_sandbox->tokenUrl().toString());
    QCOMPARE(p->oauth2->authorizeUrl, m_sandbox->authorizeUrl().toString());
    QCOMPARE(p->oauth2->revokeUrl, m_sandbox->revokeUrl().toString());
    QCOMPARE(p->password->tokenUrl, m_sandbox->tokenUrl().toString());
    QCOMPARE(p->apiBase, m_sandbox->apiBase().toString());
    QCOMPARE(p->verify.url, QStringLiteral("{api_base}/users/me?fields=id,name,login,enterprise"));

    // Same JWT claim template as Box's own file, aud included.
    QFile box(QStringLiteral(":/providers/box.json"));
    QVERIFY(box.open(QIODevice::ReadOnly));
    const Result<Provider> boxProvider =
        ProviderParser::parse(box.readAll(), QStringLiteral("box.json"));
    QVERIFY(boxProvider.ok());
    QCOMPARE(p->jwt->claims, boxProvider->jwt->claims);
    QCOMPARE(p->jwt->header, boxProvider->jwt->header);
    QCOMPARE(p->clientCredentials->form, boxProvider->clientCredentials->form);
}

void TestSandbox::authorizationCodeWithPkce()
{
    const auto verifier = Pkce::createVerifier();
    QVERIFY(verifier.ok());
    const QString challenge = Pkce::challengeS256(verifier->bytes());

    const QUrl url = withForm(m_sandbox->authorizeUrl(),
                              authorizeQuery(challenge, QStringLiteral("state with spaces+plus")));
    const Answer page = send("GET", url);
    QCOMPARE(page.status, 200);
    QVERIFY(page.header("Content-Type").startsWith("text/html"));
    QVERIFY(page.body.contains("Test &lt;App&gt; &amp; Co")); // escaped
    QVERIFY(!page.body.contains("<App>"));
    QVERIFY(page.body.contains("manage_groups"));
    QVERIFY(HttpDate::parse(page.header("Date")).isValid());
    const QString requestId = SandboxServer::consentRequestId(page.body);
    QVERIFY(!requestId.isEmpty());

    const Answer decided = send("POST", m_sandbox->authorizeUrl(),
                                formBody({{QStringLiteral("request_id"), requestId},
                                          {QStringLiteral("decision"), QStringLiteral("approve")}}),
                                "application/x-www-form-urlencoded");
    QCOMPARE(decided.status, 302);
    const QUrl location = QUrl::fromEncoded(decided.header("Location"));
    QCOMPARE(location.port(), 54321);
    QCOMPARE(location.path(), QStringLiteral("/callback"));
    const auto query = UrlEncodedForm::parse(location.query(QUrl::FullyEncoded).toLatin1());
    QVERIFY(query);
    QCOMPARE(query->value(u"state"), QStringLiteral("state with spaces+plus"));
    QVERIFY(!query->contains(u"iss"));
    const QString code = query->value(u"code");
    QVERIFY(!code.isEmpty());

    const int before = m_sandbox->tokenRequestCount();
    QSignalSpy issued(m_sandbox.get(), &SandboxServer::tokenIssued);
    const Answer t = token({{QStringLiteral("grant_type"), QStringLiteral("authorization_code")},
                            {QStringLiteral("code"), code},
                            {QStringLiteral("redirect_uri"), m_redirect},
                            {QStringLiteral("code_verifier"), verifier->toString()},
                            {QStringLiteral("client_id"), m_client.clientId},
                            {QStringLiteral("client_secret"), m_client.clientSecret}});
    QCOMPARE(t.status, 200);
    QCOMPARE(t.json.value(u"token_type").toString(), QStringLiteral("bearer"));
    QCOMPARE(t.json.value(u"expires_in").toInt(), 3600);
    QVERIFY(t.json.value(u"restricted_to").isArray());
    QVERIFY(!t.json.value(u"access_token").toString().isEmpty());
    QVERIFY(!t.json.value(u"refresh_token").toString().isEmpty());
    QCOMPARE(m_sandbox->tokenRequestCount(), before + 1);
    QCOMPARE(issued.count(), 1);
    QCOMPARE(m_sandbox->grantLog().last(), QStringLiteral("authorization_code ok"));

    const Answer me = usersMe(t.json.value(u"access_token").toString());
    QCOMPARE(me.status, 200);
    QCOMPARE(me.json.value(u"id").toString(), QString::fromLatin1(SandboxServer::AdminUserId));
    QCOMPARE(me.json.value(u"login").toString(), QString::fromLatin1(SandboxServer::AdminLogin));
    QCOMPARE(me.json.value(u"enterprise").toObject().value(u"id").toString(),
             QString::fromLatin1(SandboxServer::DefaultEnterpriseId));
    QCOMPARE(me.json.value(u"enterprise").toObject().value(u"type").toString(),
             QStringLiteral("enterprise"));
}

void TestSandbox::reusedCodeIsRefusedAndRevokes()
{
    const QString code = codeFor({});
    QVERIFY(!code.isEmpty());
    const QList<std::pair<QString, QString>> request{
        {QStringLiteral("grant_type"), QStringLiteral("authorization_code")},
        {QStringLiteral("code"), code},
        {QStringLiteral("redirect_uri"), m_redirect},
        {QStringLiteral("client_id"), m_client.clientId},
        {QStringLiteral("client_secret"), m_client.clientSecret}};
    const Answer first = token(request);
    QCOMPARE(first.status, 200);
    const QString access = first.json.value(u"access_token").toString();
    QCOMPARE(usersMe(access).status, 200);

    const Answer second = token(request);
    QCOMPARE(second.status, 400);
    QCOMPARE(second.error(), QStringLiteral("invalid_grant"));
    // The replay revoked what the code produced.
    QCOMPARE(usersMe(access).status, 401);
    const Answer refresh =
        token({{QStringLiteral("grant_type"), QStringLiteral("refresh_token")},
               {QStringLiteral("refresh_token"), first.json.value(u"refresh_token").toString()},
               {QStringLiteral("client_id"), m_client.clientId},
               {QStringLiteral("client_secret"), m_client.clientSecret}});
    QCOMPARE(refresh.error(), QStringLiteral("invalid_grant"));
}

void TestSandbox::missingVerifier()
{
    const QString challenge = Pkce::challengeS256(Pkce::createVerifier()->bytes());
    const QString code = codeFor(challenge);
    QVERIFY(!code.isEmpty());
    const Answer t = token({{QStringLiteral("grant_type"), QStringLiteral("authorization_code")},
                            {QStringLiteral("code"), code},
                            {QStringLiteral("redirect_uri"), m_redirect},
                            {QStringLiteral("client_id"), m_client.clientId},
                            {QStringLiteral("client_secret"), m_client.clientSecret}});
    QCOMPARE(t.status, 400);
    QCOMPARE(t.error(), QStringLiteral("invalid_grant"));
    QVERIFY(t.description().contains(QLatin1String("code_verifier")));
}

void TestSandbox::wrongVerifier()
{
    const QString challenge = Pkce::challengeS256(Pkce::createVerifier()->bytes());
    const QString code = codeFor(challenge);
    QVERIFY(!code.isEmpty());
    const Answer t = token({{QStringLiteral("grant_type"), QStringLiteral("authorization_code")},
                            {QStringLiteral("code"), code},
                            {QStringLiteral("redirect_uri"), m_redirect},
                            {QStringLiteral("code_verifier"), Pkce::createVerifier()->toString()},
                            {QStringLiteral("client_id"), m_client.clientId},
                            {QStringLiteral("client_secret"), m_client.clientSecret}});
    QCOMPARE(t.status, 400);
    QCOMPARE(t.error(), QStringLiteral("invalid_grant"));
    QVERIFY(t.description().contains(QLatin1String("code_verifier")));
}

void TestSandbox::codeExpiresAfter30Seconds()
{
    const QString code = codeFor({});
    QVERIFY(!code.isEmpty());
    m_sandbox->setClockOffset(31); // the server's clock, not the client's, decides
    const Answer t = token({{QStringLiteral("grant_type"), QStringLiteral("authorization_code")},
                            {QStringLiteral("code"), code},
                            {QStringLiteral("redirect_uri"), m_redirect},
                            {QStringLiteral("client_id"), m_client.clientId},
                            {QStringLiteral("client_secret"), m_client.clientSecret}});
    m_sandbox->setClockOffset(0);
    QCOMPARE(t.status, 400);
    QCOMPARE(t.error(), QStringLiteral("invalid_grant"));
    QVERIFY(t.description().contains(QLatin1String("expired")));
}

void TestSandbox::refreshIsSingleUse()
{
    const QString code = codeFor({});
    const Answer first =
        token({{QStringLiteral("grant_type"), QStringLiteral("authorization_code")},
               {QStringLiteral("code"), code},
               {QStringLiteral("redirect_uri"), m_redirect},
               {QStringLiteral("client_id"), m_client.clientId},
               {QStringLiteral("client_secret"), m_client.clientSecret}});
    QCOMPARE(first.status, 200);
    const QString oldRefresh = first.json.value(u"refresh_token").toString();

    // Client authentication with HTTP Basic this time (form-encoded once more, RFC 6749 §2.3.1).
    const QByteArray basic =
        "Basic "
        + (UrlEncodedForm({{m_client.clientId, {}}}).toEncoded().chopped(1) + ':'
           + UrlEncodedForm({{m_client.clientSecret, {}}}).toEncoded().chopped(1))
              .toBase64();
    const Answer refreshed =
        send("POST", m_sandbox->tokenUrl(),
             formBody({{QStringLiteral("grant_type"), QStringLiteral("refresh_token")},
                       {QStringLiteral("refresh_token"), oldRefresh}}),
             "application/x-www-form-urlencoded", {{"Authorization", basic}});
    QCOMPARE(refreshed.status, 200);
    const QString newRefresh = refreshed.json.value(u"refresh_token").toString();
    QVERIFY(!newRefresh.isEmpty());
    QVERIFY(newRefresh != oldRefresh);
    QCOMPARE(usersMe(refreshed.json.value(u"access_token").toString()).status, 200);

    const QList<std::pair<QString, QString>> again{
        {QStringLiteral("grant_type"), QStringLiteral("refresh_token")},
        {QStringLiteral("refresh_token"), oldRefresh},
        {QStringLiteral("client_id"), m_client.clientId},
        {QStringLiteral("client_secret"), m_client.clientSecret}};
    const Answer reused = token(again);
    QCOMPARE(reused.status, 400);
    QCOMPARE(reused.error(), QStringLiteral("invalid_grant"));
    QCOMPARE(reused.description(), QStringLiteral("Invalid refresh token"));

    const Answer next = token({{QStringLiteral("grant_type"), QStringLiteral("refresh_token")},
                               {QStringLiteral("refresh_token"), newRefresh},
                               {QStringLiteral("client_id"), m_client.clientId},
                               {QStringLiteral("client_secret"), m_client.clientSecret}});
    QCOMPARE(next.status, 200);
}

void TestSandbox::consentDenied()
{
    const QUrl location =
        consent(authorizeQuery({}, QStringLiteral("deny-state")), QStringLiteral("deny"));
    QVERIFY(location.isValid());
    QCOMPARE(location.port(), 54321);
    const QUrlQuery q(location);
    QCOMPARE(q.queryItemValue(QStringLiteral("error")), QStringLiteral("access_denied"));
    QCOMPARE(q.queryItemValue(QStringLiteral("state")), QStringLiteral("deny-state"));
    QVERIFY(!q.hasQueryItem(QStringLiteral("code")));
}

void TestSandbox::requestIdIsSingleUse()
{
    QUrl url = m_sandbox->authorizeUrl();
    url.setQuery(authorizeQuery({}));
    const Answer page = send("GET", url);
    const QString requestId = SandboxServer::consentRequestId(page.body);
    QVERIFY(!requestId.isEmpty());
    const QByteArray body = formBody({{QStringLiteral("request_id"), requestId},
                                      {QStringLiteral("decision"), QStringLiteral("approve")}});
    QCOMPARE(
        send("POST", m_sandbox->authorizeUrl(), body, "application/x-www-form-urlencoded").status,
        302);
    const Answer again =
        send("POST", m_sandbox->authorizeUrl(), body, "application/x-www-form-urlencoded");
    QCOMPARE(again.status, 400);
    QVERIFY(again.header("Location").isEmpty());
}

void TestSandbox::unregisteredRedirectHost()
{
    for (const QString& redirect : {QStringLiteral("http://evil.example/callback"),
                                    QStringLiteral("http://127.0.0.1:54321/other"),
                                    QStringLiteral("https://127.0.0.1/callback")}) {
        QUrlQuery q = authorizeQuery({});
        q.removeAllQueryItems(QStringLiteral("redirect_uri"));
        q.addQueryItem(QStringLiteral("redirect_uri"), redirect);
        QUrl url = m_sandbox->authorizeUrl();
        url.setQuery(q);
        const Answer a = send("GET", url);
        QCOMPARE(a.status, 400);
        QVERIFY(a.header("Location").isEmpty());
        QVERIFY(a.body.contains("redirect_uri_mismatch"));
        QVERIFY(SandboxServer::consentRequestId(a.body).isEmpty());
    }
    // An unknown client gets an error page too.
    QUrlQuery q = authorizeQuery({});
    q.removeAllQueryItems(QStringLiteral("client_id"));
    q.addQueryItem(QStringLiteral("client_id"), QStringLiteral("unknown"));
    QUrl url = m_sandbox->authorizeUrl();
    url.setQuery(q);
    const Answer a = send("GET", url);
    QCOMPARE(a.status, 400);
    QVERIFY(a.header("Location").isEmpty());
}

void TestSandbox::plainPkceRefused()
{
    QUrlQuery q = authorizeQuery({});
    q.addQueryItem(QStringLiteral("code_challenge"), QString(43, QLatin1Char('a')));
    q.addQueryItem(QStringLiteral("code_challenge_method"), QStringLiteral("plain"));
    QUrl url = m_sandbox->authorizeUrl();
    url.setQuery(q);
    const Answer a = send("GET", url);
    QCOMPARE(a.status, 302);
    const QUrlQuery back(QUrl::fromEncoded(a.header("Location")));
    QCOMPARE(back.queryItemValue(QStringLiteral("error")), QStringLiteral("invalid_request"));
    QCOMPARE(back.queryItemValue(QStringLiteral("state")), QStringLiteral("st-1"));
}

void TestSandbox::jwtEnterpriseAndAsUser()
{
    const Answer t =
        token({{QStringLiteral("grant_type"),
                QStringLiteral("urn:ietf:params:oauth:grant-type:jwt-bearer")},
               {QStringLiteral("assertion"), QString::fromLatin1(assertion({}, *m_key, m_kid))},
               {QStringLiteral("client_id"), m_client.clientId},
               {QStringLiteral("client_secret"), m_client.clientSecret}});
    QCOMPARE(t.status, 200);
    QVERIFY(!t.json.contains(u"refresh_token"));
    QCOMPARE(t.json.value(u"token_type").toString(), QStringLiteral("bearer"));
    const QString access = t.json.value(u"access_token").toString();

    const Answer me = usersMe(access);
    QCOMPARE(me.status, 200);
    QCOMPARE(me.json.value(u"id").toString(), QString::fromLatin1(SandboxServer::ServiceAccountId));
    QCOMPARE(me.json.value(u"enterprise").toObject().value(u"name").toString(),
             QString::fromLatin1(SandboxServer::DefaultEnterpriseName));

    const Answer asAdmin = usersMe(access, SandboxServer::AdminUserId);
    QCOMPARE(asAdmin.status, 200);
    QCOMPARE(asAdmin.json.value(u"id").toString(), QString::fromLatin1(SandboxServer::AdminUserId));
}

void TestSandbox::jwtUserSubject()
{
    const Answer t =
        token({{QStringLiteral("grant_type"),
                QStringLiteral("urn:ietf:params:oauth:grant-type:jwt-bearer")},
               {QStringLiteral("assertion"),
                QString::fromLatin1(assertion(
                    {{QStringLiteral("sub"), QString::fromLatin1(SandboxServer::AdminUserId)},
                     {QStringLiteral("box_sub_type"), QStringLiteral("user")}},
                    *m_key, m_kid))},
               {QStringLiteral("client_id"), m_client.clientId},
               {QStringLiteral("client_secret"), m_client.clientSecret}});
    QCOMPARE(t.status, 200);
    const Answer me = usersMe(t.json.value(u"access_token").toString());
    QCOMPARE(me.json.value(u"id").toString(), QString::fromLatin1(SandboxServer::AdminUserId));
}

void TestSandbox::jwtRefusals_data()
{
    QTest::addColumn<QString>("variant");
    QTest::addColumn<QString>("error");
    QTest::addColumn<QString>("words");
    QTest::newRow("other key") << "other-key"
                               << "invalid_grant"
                               << "Signature verification";
    QTest::newRow("wrong aud") << "aud"
                               << "invalid_grant"
                               << "'aud'";
    QTest::newRow("exp 120 s ahead") << "exp-far"
                                     << "invalid_grant"
                                     << "'exp'";
    QTest::newRow("exp in the past") << "exp-past"
                                     << "invalid_grant"
                                     << "'exp'";
    QTest::newRow("no exp") << "exp-none"
                            << "invalid_grant"
                            << "'exp'";
    QTest::newRow("unknown kid") << "kid"
                                 << "invalid_grant"
                                 << "'kid'";
    QTest::newRow("wrong iss") << "iss"
                               << "invalid_grant"
                               << "'iss'";
    QTest::newRow("short jti") << "jti-short"
                               << "invalid_grant"
                               << "'jti'";
    QTest::newRow("other enterprise") << "sub"
                                      << "invalid_grant"
                                      << "'sub'";
    QTest::newRow("wrong secret") << "secret"
                                  << "invalid_client"
                                  << "client credentials";
    QTest::newRow("garbage") << "garbage"
                             << "invalid_grant"
                             << "";
}

void TestSandbox::jwtRefusals()
{
    QFETCH(QString, variant);
    QFETCH(QString, error);
    QFETCH(QString, words);
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    QJsonObject overrides;
    const RsaKey* key = &*m_key;
    QString kid = m_kid;
    QString secret = m_client.clientSecret;
    if (variant == QLatin1String("other-key"))
        key = &*m_otherKey;
    else if (variant == QLatin1String("aud"))
        overrides.insert(QStringLiteral("aud"),
                         QStringLiteral("https://api.box.com/oauth2/token/"));
    else if (variant == QLatin1String("exp-far"))
        overrides.insert(QStringLiteral("exp"), now + 120);
    else if (variant == QLatin1String("exp-past"))
        overrides.insert(QStringLiteral("exp"), now - 5);
    else if (variant == QLatin1String("exp-none"))
        overrides.insert(QStringLiteral("exp"), QJsonValue());
    else if (variant == QLatin1String("kid"))
        kid = QStringLiteral("zzzzzzzz");
    else if (variant == QLatin1String("iss"))
        overrides.insert(QStringLiteral("iss"), QStringLiteral("someone-else"));
    else if (variant == QLatin1String("jti-short"))
        overrides.insert(QStringLiteral("jti"), QStringLiteral("short"));
    else if (variant == QLatin1String("sub"))
        overrides.insert(QStringLiteral("sub"), QStringLiteral("123456"));
    else if (variant == QLatin1String("secret"))
        secret = QStringLiteral("wrong-secret");
    QByteArray jwt = assertion(overrides, *key, kid, now);
    if (variant == QLatin1String("garbage"))
        jwt = "not.a.jwt";
    const Answer t = token({{QStringLiteral("grant_type"),
                             QStringLiteral("urn:ietf:params:oauth:grant-type:jwt-bearer")},
                            {QStringLiteral("assertion"), QString::fromLatin1(jwt)},
                            {QStringLiteral("client_id"), m_client.clientId},
                            {QStringLiteral("client_secret"), secret}});
    QCOMPARE(t.status, error == QLatin1String("invalid_client") ? 401 : 400);
    QCOMPARE(t.error(), error);
    QVERIFY2(t.description().contains(words), qPrintable(t.description()));
}

void TestSandbox::jwtReusedJti()
{
    const QString jti = Random::randomToken(40);
    QList<int> statuses;
    QString lastDescription;
    for (int i = 0; i < 2; ++i) {
        const Answer t =
            token({{QStringLiteral("grant_type"),
                    QStringLiteral("urn:ietf:params:oauth:grant-type:jwt-bearer")},
                   {QStringLiteral("assertion"),
                    QString::fromLatin1(assertion({{QStringLiteral("jti"), jti}}, *m_key, m_kid))},
                   {QStringLiteral("client_id"), m_client.clientId},
                   {QStringLiteral("client_secret"), m_client.clientSecret}});
        statuses.append(t.status);
        lastDescription = t.description();
    }
    QCOMPARE(statuses, (QList<int>{200, 400}));
    QCOMPARE(lastDescription, QStringLiteral("A unique 'jti' value is required."));
}

void TestSandbox::jwtUnauthorizedApp()
{
    SandboxClient c;
    c.name = QStringLiteral("Not yet authorized");
    c.authorized = false;
    c.publicKeys.insert(QStringLiteral("k1k1k1k1"), m_key->publicKeyPem());
    const SandboxClient registered = m_sandbox->registerClient(c);
    QJsonObject claims{{QStringLiteral("iss"), registered.clientId}};
    const Answer t =
        token({{QStringLiteral("grant_type"),
                QStringLiteral("urn:ietf:params:oauth:grant-type:jwt-bearer")},
               {QStringLiteral("assertion"),
                QString::fromLatin1(assertion(claims, *m_key, QStringLiteral("k1k1k1k1")))},
               {QStringLiteral("client_id"), registered.clientId},
               {QStringLiteral("client_secret"), registered.clientSecret}});
    QCOMPARE(t.status, 400);
    QCOMPARE(t.error(), QStringLiteral("unauthorized_client"));
    QCOMPARE(t.description(), QStringLiteral("This app is not authorized by the enterprise admin"));
}

void TestSandbox::jwtClockSkewFollowsDateHeader()
{
    // The sandbox runs 10 minutes behind: a client's "now + 30" is far beyond its now + 60.
    m_sandbox->setClockOffset(-600);
    auto request = [&](qint64 nowSecs) {
        return token({{QStringLiteral("grant_type"),
                       QStringLiteral("urn:ietf:params:oauth:grant-type:jwt-bearer")},
                      {QStringLiteral("assertion"),
                       QString::fromLatin1(assertion({}, *m_key, m_kid, nowSecs))},
                      {QStringLiteral("client_id"), m_client.clientId},
                      {QStringLiteral("client_secret"), m_client.clientSecret}});
    };
    const Answer skewed = request(QDateTime::currentSecsSinceEpoch());
    QCOMPARE(skewed.error(), QStringLiteral("invalid_grant"));
    QCOMPARE(skewed.description(), QStringLiteral("Please check the 'exp' claim."));
    const QDateTime serverNow = HttpDate::parse(skewed.header("Date"));
    QVERIFY(serverNow.isValid());
    QVERIFY(qAbs(serverNow.secsTo(QDateTime::currentDateTimeUtc()) - 600) < 5);
    // Re-signed with the server's Date as now, as Box's SDKs do.
    const Answer retried = request(serverNow.toSecsSinceEpoch());
    m_sandbox->setClockOffset(0);
    QCOMPARE(retried.status, 200);
}

void TestSandbox::clientCredentials()
{
    const Answer t = token({{QStringLiteral("grant_type"), QStringLiteral("client_credentials")},
                            {QStringLiteral("client_id"), m_client.clientId},
                            {QStringLiteral("client_secret"), m_client.clientSecret},
                            {QStringLiteral("box_subject_type"), QStringLiteral("enterprise")},
                            {QStringLiteral("box_subject_id"), m_client.enterpriseId}});
    QCOMPARE(t.status, 200);
    QVERIFY(!t.json.contains(u"refresh_token"));
    const QString access = t.json.value(u"access_token").toString();
    QCOMPARE(usersMe(access).json.value(u"id").toString(),
             QString::fromLatin1(SandboxServer::ServiceAccountId));
    QCOMPARE(usersMe(access, SandboxServer::AdminUserId).status, 200);

    const Answer wrongEnterprise =
        token({{QStringLiteral("grant_type"), QStringLiteral("client_credentials")},
               {QStringLiteral("client_id"), m_client.clientId},
               {QStringLiteral("client_secret"), m_client.clientSecret},
               {QStringLiteral("box_subject_type"), QStringLiteral("enterprise")},
               {QStringLiteral("box_subject_id"), QStringLiteral("111")}});
    QCOMPARE(wrongEnterprise.error(), QStringLiteral("invalid_grant"));
}

void TestSandbox::passwordGrant()
{
    const Answer t =
        token({{QStringLiteral("grant_type"), QStringLiteral("password")},
               {QStringLiteral("username"), QString::fromLatin1(SandboxServer::AdminLogin)},
               {QStringLiteral("password"), QString::fromLatin1(SandboxServer::AdminPassword)},
               {QStringLiteral("client_id"), m_client.clientId},
               {QStringLiteral("client_secret"), m_client.clientSecret}});
    QCOMPARE(t.status, 200);
    QVERIFY(!t.json.value(u"refresh_token").toString().isEmpty());
    QCOMPARE(usersMe(t.json.value(u"access_token").toString()).json.value(u"login").toString(),
             QString::fromLatin1(SandboxServer::AdminLogin));

    const Answer wrong =
        token({{QStringLiteral("grant_type"), QStringLiteral("password")},
               {QStringLiteral("username"), QString::fromLatin1(SandboxServer::AdminLogin)},
               {QStringLiteral("password"), QStringLiteral("nope")},
               {QStringLiteral("client_id"), m_client.clientId},
               {QStringLiteral("client_secret"), m_client.clientSecret}});
    QCOMPARE(wrong.status, 400);
    QCOMPARE(wrong.error(), QStringLiteral("invalid_grant"));
}

void TestSandbox::revoke()
{
    const Answer t =
        token({{QStringLiteral("grant_type"), QStringLiteral("password")},
               {QStringLiteral("username"), QString::fromLatin1(SandboxServer::AdminLogin)},
               {QStringLiteral("password"), QString::fromLatin1(SandboxServer::AdminPassword)},
               {QStringLiteral("client_id"), m_client.clientId},
               {QStringLiteral("client_secret"), m_client.clientSecret}});
    QCOMPARE(t.status, 200);
    const QString access = t.json.value(u"access_token").toString();
    const QString refresh = t.json.value(u"refresh_token").toString();
    QCOMPARE(usersMe(access).status, 200);

    auto revokeToken = [&](const QString& token, const QString& secret) {
        return send("POST", m_sandbox->revokeUrl(),
                    formBody({{QStringLiteral("client_id"), m_client.clientId},
                              {QStringLiteral("client_secret"), secret},
                              {QStringLiteral("token"), token}}),
                    "application/x-www-form-urlencoded");
    };
    const int before = m_sandbox->revokeCount();
    QCOMPARE(revokeToken(refresh, m_client.clientSecret).status, 200);
    QCOMPARE(m_sandbox->revokeCount(), before + 1);
    // Revoking the refresh token killed its access token too.
    QCOMPARE(usersMe(access).status, 401);
    const Answer refreshed = token({{QStringLiteral("grant_type"), QStringLiteral("refresh_token")},
                                    {QStringLiteral("refresh_token"), refresh},
                                    {QStringLiteral("client_id"), m_client.clientId},
                                    {QStringLiteral("client_secret"), m_client.clientSecret}});
    QCOMPARE(refreshed.error(), QStringLiteral("invalid_grant"));
    // Unknown or dead tokens: still 200.
    QCOMPARE(revokeToken(refresh, m_client.clientSecret).status, 200);
    QCOMPARE(revokeToken(QStringLiteral("never-issued"), m_client.clientSecret).status, 200);
    // A bad client: 401 invalid_client.
    const Answer bad = revokeToken(refresh, QStringLiteral("wrong"));
    QCOMPARE(bad.status, 401);
    QCOMPARE(bad.error(), QStringLiteral("invalid_client"));
}

void TestSandbox::revokeAuthenticatesAsTheTokenEndpoint()
{
    // RFC 7009 section 2.1: client authentication as at the token endpoint (RFC 6749 section
    // 2.3.1): HTTP Basic with the form-encoded id and secret, or both in the form; never both.
    auto freshRefresh = [&] {
        const Answer t =
            token({{QStringLiteral("grant_type"), QStringLiteral("password")},
                   {QStringLiteral("username"), QString::fromLatin1(SandboxServer::AdminLogin)},
                   {QStringLiteral("password"), QString::fromLatin1(SandboxServer::AdminPassword)},
                   {QStringLiteral("client_id"), m_client.clientId},
                   {QStringLiteral("client_secret"), m_client.clientSecret}});
        return t.json.value(u"refresh_token").toString();
    };
    auto basic = [&](const QString& secret) {
        const QByteArray pair =
            QUrl::toPercentEncoding(m_client.clientId) + ':' + QUrl::toPercentEncoding(secret);
        return QList<std::pair<QByteArray, QByteArray>>{
            {"Authorization", "Basic " + pair.toBase64()}};
    };
    const QByteArray form = "application/x-www-form-urlencoded";
    const int logged = int(m_sandbox->revokeLog().size());

    const QString refresh = freshRefresh();
    QVERIFY(!refresh.isEmpty());
    const Answer byBasic =
        send("POST", m_sandbox->revokeUrl(),
             formBody({{QStringLiteral("token"), refresh},
                       {QStringLiteral("token_type_hint"), QStringLiteral("refresh_token")}}),
             form, basic(m_client.clientSecret));
    QCOMPARE(byBasic.status, 200);
    // The token is dead: a refresh with it fails.
    const Answer refreshed = token({{QStringLiteral("grant_type"), QStringLiteral("refresh_token")},
                                    {QStringLiteral("refresh_token"), refresh},
                                    {QStringLiteral("client_id"), m_client.clientId},
                                    {QStringLiteral("client_secret"), m_client.clientSecret}});
    QCOMPARE(refreshed.error(), QStringLiteral("invalid_grant"));

    // A wrong secret in Basic: 401 with a challenge for the scheme the client used.
    const Answer wrong =
        send("POST", m_sandbox->revokeUrl(), formBody({{QStringLiteral("token"), freshRefresh()}}),
             form, basic(QStringLiteral("wrong")));
    QCOMPARE(wrong.status, 401);
    QCOMPARE(wrong.error(), QStringLiteral("invalid_client"));
    QVERIFY(wrong.header("WWW-Authenticate").startsWith("Basic"));
    // Two methods at once, and a repeated parameter: malformed.
    const Answer both = send("POST", m_sandbox->revokeUrl(),
                             formBody({{QStringLiteral("token"), freshRefresh()},
                                       {QStringLiteral("client_id"), m_client.clientId},
                                       {QStringLiteral("client_secret"), m_client.clientSecret}}),
                             form, basic(m_client.clientSecret));
    QCOMPARE(both.status, 400);
    QCOMPARE(both.error(), QStringLiteral("invalid_request"));
    const Answer twice = send("POST", m_sandbox->revokeUrl(),
                              formBody({{QStringLiteral("token"), freshRefresh()},
                                        {QStringLiteral("token"), QStringLiteral("other")}}),
                              form, basic(m_client.clientSecret));
    QCOMPARE(twice.status, 400);
    QCOMPARE(twice.error(), QStringLiteral("invalid_request"));

    QCOMPARE(m_sandbox->revokeLog().mid(logged),
             (QStringList{QStringLiteral("basic ok"), QStringLiteral("basic invalid_client"),
                          QStringLiteral("basic invalid_request"),
                          QStringLiteral("basic invalid_request")}));
}

void TestSandbox::usersMeRefusals()
{
    QCOMPARE(usersMe({}).status, 401);
    QCOMPARE(usersMe(QStringLiteral("made-up-token")).status, 401);

    m_sandbox->addUser(QStringLiteral("900200"), QStringLiteral("jo@example.com"),
                       QStringLiteral("Jo"), QStringLiteral("jo-password"));
    const Answer t = token({{QStringLiteral("grant_type"), QStringLiteral("password")},
                            {QStringLiteral("username"), QStringLiteral("jo@example.com")},
                            {QStringLiteral("password"), QStringLiteral("jo-password")},
                            {QStringLiteral("client_id"), m_client.clientId},
                            {QStringLiteral("client_secret"), m_client.clientSecret}});
    QCOMPARE(t.status, 200);
    const QString access = t.json.value(u"access_token").toString();
    QCOMPARE(usersMe(access).json.value(u"name").toString(), QStringLiteral("Jo"));
    // A plain user may not act as someone else.
    const Answer asAdmin = usersMe(access, SandboxServer::AdminUserId);
    QCOMPARE(asAdmin.status, 403);
    QCOMPARE(asAdmin.json.value(u"code").toString(),
             QStringLiteral("access_denied_insufficient_permissions"));

    // Expired tokens are refused on the sandbox clock.
    m_sandbox->setClockOffset(7200);
    const Answer expired = usersMe(access);
    m_sandbox->setClockOffset(0);
    QCOMPARE(expired.status, 401);
    QVERIFY(expired.header("WWW-Authenticate").contains("invalid_token"));
}

void TestSandbox::unsupportedGrantAndBadClient()
{
    const Answer unknown = token({{QStringLiteral("grant_type"), QStringLiteral("implicit")},
                                  {QStringLiteral("client_id"), m_client.clientId},
                                  {QStringLiteral("client_secret"), m_client.clientSecret}});
    QCOMPARE(unknown.status, 400);
    QCOMPARE(unknown.error(), QStringLiteral("unsupported_grant_type"));

    const Answer json =
        send("POST", m_sandbox->tokenUrl(), "{\"grant_type\":\"password\"}", "application/json");
    QCOMPARE(json.status, 400);
    QCOMPARE(json.error(), QStringLiteral("invalid_request"));

    const Answer badClient =
        token({{QStringLiteral("grant_type"), QStringLiteral("password")},
               {QStringLiteral("username"), QString::fromLatin1(SandboxServer::AdminLogin)},
               {QStringLiteral("password"), QString::fromLatin1(SandboxServer::AdminPassword)},
               {QStringLiteral("client_id"), m_client.clientId},
               {QStringLiteral("client_secret"), QStringLiteral("x")}});
    QCOMPARE(badClient.status, 401);
    QCOMPARE(badClient.error(), QStringLiteral("invalid_client"));
}

void TestSandbox::faultTooManyRequests()
{
    SandboxServer::Fault fault;
    fault.kind = SandboxServer::Fault::TooManyRequests;
    fault.count = 1;
    fault.retryAfterSeconds = 2;
    m_sandbox->setFault(fault);
    const QList<std::pair<QString, QString>> request{
        {QStringLiteral("grant_type"), QStringLiteral("client_credentials")},
        {QStringLiteral("client_id"), m_client.clientId},
        {QStringLiteral("client_secret"), m_client.clientSecret},
        {QStringLiteral("box_subject_type"), QStringLiteral("enterprise")},
        {QStringLiteral("box_subject_id"), m_client.enterpriseId}};
    const Answer limited = token(request);
    QCOMPARE(limited.status, 429);
    QCOMPARE(limited.header("Retry-After"), QByteArray("2"));
    QCOMPARE(token(request).status, 200);

    fault.kind = SandboxServer::Fault::ServerError;
    fault.retryAfterSeconds = 0;
    fault.pathPrefix = QStringLiteral("/2.0/");
    m_sandbox->setFault(fault);
    QCOMPARE(usersMe(QStringLiteral("whatever")).status, 500);
    QCOMPARE(usersMe(QStringLiteral("whatever")).status, 401);

    fault.kind = SandboxServer::Fault::Slow;
    fault.delayMs = 400;
    fault.pathPrefix.clear(); // the token endpoint
    m_sandbox->setFault(fault);
    QElapsedTimer timer;
    timer.start();
    QCOMPARE(token(request).status, 200);
    QVERIFY(timer.elapsed() >= 390);
    m_sandbox->clearFault();
}

void TestSandbox::developerConsole()
{
    const QUrl apps = m_sandbox->baseUrl().resolved(QUrl(QStringLiteral("/developers/api/apps")));
    const Answer created =
        send("POST", apps,
             QJsonDocument(QJsonObject{{QStringLiteral("name"), QStringLiteral("Console App")},
                                       {QStringLiteral("redirect_uris"),
                                        QJsonArray{QStringLiteral("http://127.0.0.1/cb")}}})
                 .toJson(),
             "application/json");
    QCOMPARE(created.status, 201);
    const QString id = created.json.value(u"client_id").toString();
    QCOMPARE(id.size(), 32);
    QVERIFY(!created.json.value(u"client_secret").toString().isEmpty());

    const QUrl keys =
        m_sandbox->baseUrl().resolved(QUrl(QStringLiteral("/developers/api/apps/%1/keys").arg(id)));
    const Answer key = send("POST", keys,
                            QJsonDocument(QJsonObject{{QStringLiteral("public_key"),
                                                       QString::fromLatin1(m_key->publicKeyPem())}})
                                .toJson(),
                            "application/json");
    QCOMPARE(key.status, 201);
    const QString kid = key.json.value(u"id").toString();
    QCOMPARE(kid.size(), 8);
    QVERIFY(m_sandbox->client(id)->publicKeys.contains(kid));
    const Answer badKey = send("POST", keys, "{\"public_key\":\"nope\"}", "application/json");
    QCOMPARE(badKey.status, 400);
    // A form post (what a foreign web page could send) is refused by the JSON API.
    QCOMPARE(send("POST", apps, "name=x", "application/x-www-form-urlencoded").status, 400);

    const Answer page =
        send("GET", m_sandbox->baseUrl().resolved(QUrl(QStringLiteral("/developers/console"))));
    QCOMPARE(page.status, 200);
    QVERIFY(page.body.contains("Console App"));
    QVERIFY(page.body.contains(kid.toLatin1()));
    QVERIFY(page.body.contains("<form"));
}

QTEST_GUILESS_MAIN(TestSandbox)
#include "tst_sandbox.moc"
