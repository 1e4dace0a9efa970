// Standards-based servers through the real authdeck-cli binary against the standards sandbox
// running in this test: discovery by issuer (and every way its metadata can be wrong), each
// client authentication method on the token, refresh and revocation requests, the checks the
// sandbox makes of a private_key_jwt assertion, the device flow (approval, slow_down, expiry,
// denial, cancel, the policy that forbids it) and a Microsoft-shaped tenant: app-only access with
// a certificate, refused until an admin consents.
#include "TestSupport.h"

#include "FakeOAuthProvider.h"
#include "auth/DeviceAuthorization.h"
#include "auth/TokenClient.h"
#include "crypto/Certificate.h"
#include "crypto/Jws.h"
#include "crypto/Random.h"
#include "crypto/RsaKey.h"
#include "net/HttpClient.h"
#include "net/HttpResponder.h"
#include "net/LocalHttpServer.h"
#include "net/UrlEncodedForm.h"
#include "sandbox/StandardsSandbox.h"

#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace authdeck;
using authdeck::test::playSandboxBrowser;

namespace {

QStringList base(const test::TempProfile& p, bool json = false)
{
    QStringList args{QStringLiteral("--profile"), p.path()};
    if (json)
        args << QStringLiteral("--json");
    return args;
}

QString what(const test::CliRun& r)
{
    return QStringLiteral("exit %1, stdout: %2, stderr: %3")
        .arg(r.exitCode)
        .arg(QString::fromUtf8(r.out), QString::fromUtf8(r.err));
}

// The last JSON document of --json output (after a URL or a device-code line).
QJsonObject lastJson(const QByteArray& out)
{
    const qsizetype start = out.startsWith("{\n") ? 0 : out.lastIndexOf("\n{\n") + 1;
    return QJsonDocument::fromJson(out.mid(start)).object();
}

struct Answer {
    int status = 0;
    QJsonObject json;
};

Answer post(const QUrl& url, const QByteArray& body, const QByteArray& basic = {})
{
    QNetworkAccessManager nam;
    QNetworkRequest req(url);
    req.setHeader(QNetworkRequest::ContentTypeHeader,
                  QStringLiteral("application/x-www-form-urlencoded"));
    if (!basic.isEmpty())
        req.setRawHeader("Authorization", "Basic " + basic.toBase64());
    QNetworkReply* reply = nam.post(req, body);
    QSignalSpy done(reply, &QNetworkReply::finished);
    done.wait(20000);
    Answer a;
    a.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    a.json = QJsonDocument::fromJson(reply->readAll()).object();
    reply->deleteLater();
    return a;
}

} // namespace

class TestStandards : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();

    void discovery();
    void discoveryRefusals_data();
    void discoveryRefusals();
    void providerFileNamesAnIssuer();
    void openIdConfigurationWhenRfc8414IsNotThere();
    void secretMethods_data();
    void secretMethods();
    void privateKeyJwt();
    void assertionChecks_data();
    void assertionChecks();
    void deviceFlow();
    void deviceSlowDown();
    void deviceExpired();
    void deviceDenied();
    void deviceCancel();
    void devicePolicy();
    void microsoftAppOnlyWithCertificate();
    void certificateMustMatchKey();

private:
    // An app at the sandbox's issuer, registered through discovery; returns its name.
    QString addDiscoveredApp(const test::TempProfile& profile, const StandardsClient& client,
                             const QStringList& extra = {});
    // connect --app NAME --no-browser, the test playing the browser; returns the account id.
    QString connectInBrowser(const test::TempProfile& profile, const QString& app);
    [[nodiscard]] int countLog(const QString& prefix) const;

    StandardsSandbox m_sandbox;
    std::unique_ptr<crypto::RsaKey> m_key;
    QByteArray m_keyPem;
    QTemporaryDir m_files;
    QString m_secretFile;
    QString m_keyFile;
};

void TestStandards::initTestCase()
{
    if (!test::keychainAvailable())
        QSKIP("no Secret Service on this session bus (run through packaging/test-session.sh)");
    QVERIFY(m_sandbox.start());
    Result<crypto::RsaKey> key = crypto::RsaKey::generate(2048);
    QVERIFY(key.ok());
    m_key = std::make_unique<crypto::RsaKey>(*key);
    Result<SecretBytes> pem = m_key->toPkcs8Pem();
    QVERIFY(pem.ok());
    m_keyPem = pem->bytes();
    m_keyFile = test::writeFile(m_files.path(), QStringLiteral("key.pem"), m_keyPem);
    m_secretFile = test::writeFile(m_files.path(), QStringLiteral("secret"), "sandbox-secret-1");
}

void TestStandards::init()
{
    m_sandbox.setDeviceInterval(1);
    m_sandbox.setDeviceCodeLifetime(60);
    m_sandbox.setBusyPolls(0);
}

int TestStandards::countLog(const QString& prefix) const
{
    int n = 0;
    for (const QString& line : m_sandbox.log())
        n += line.startsWith(prefix) ? 1 : 0;
    return n;
}

QString TestStandards::addDiscoveredApp(const test::TempProfile& profile,
                                        const StandardsClient& client, const QStringList& extra)
{
    const QString name = QStringLiteral("app-") + client.clientId.left(8);
    const test::CliRun r = test::runCli(
        base(profile, true)
        + QStringList{QStringLiteral("apps"), QStringLiteral("add"), QStringLiteral("--provider"),
                      QStringLiteral("oauth2"), QStringLiteral("--name"), name,
                      QStringLiteral("--issuer"), m_sandbox.issuer(), QStringLiteral("--client-id"),
                      client.clientId, QStringLiteral("--scope"),
                      QStringLiteral("openid profile offline_access")}
        + extra);
    if (r.exitCode != 0)
        qWarning().noquote() << what(r);
    return r.exitCode == 0 ? name : QString();
}

QString TestStandards::connectInBrowser(const test::TempProfile& profile, const QString& app)
{
    test::CliProcess cli(base(profile, true)
                         + QStringList{QStringLiteral("connect"), QStringLiteral("--app"), app,
                                       QStringLiteral("--no-browser")});
    const QString url = cli.firstLine();
    if (url.isEmpty()) {
        qWarning().noquote() << "no sign-in URL:" << what(cli.wait());
        return {};
    }
    const QByteArray page = playSandboxBrowser(url);
    const test::CliRun r = cli.wait();
    if (r.exitCode != 0) {
        qWarning().noquote() << what(r) << page;
        return {};
    }
    return lastJson(r.out).value(QLatin1String("id")).toString();
}

void TestStandards::discovery()
{
    test::TempProfile profile;
    StandardsClient c;
    c.name = QStringLiteral("Discovered");
    c.clientSecret = QStringLiteral("sandbox-secret-1");
    c.redirectUris = {QStringLiteral("http://127.0.0.1/callback")};
    c = m_sandbox.registerClient(c);
    const QString name =
        addDiscoveredApp(profile, c, {QStringLiteral("--client-secret-file"), m_secretFile});
    QVERIFY(!name.isEmpty());
    const test::CliRun show = test::runCli(
        base(profile, true) + QStringList{QStringLiteral("apps"), QStringLiteral("show"), name});
    QCOMPARE(show.exitCode, 0);
    const QJsonObject o = QJsonDocument::fromJson(show.out).object();
    const QJsonObject e = o.value(QLatin1String("endpoints")).toObject();
    const QString iss = m_sandbox.issuer();
    QCOMPARE(o.value(QLatin1String("issuer")).toString(), iss);
    QCOMPARE(e.value(QLatin1String("authorize_url")).toString(),
             iss + QStringLiteral("/authorize"));
    QCOMPARE(e.value(QLatin1String("token_url")).toString(), iss + QStringLiteral("/token"));
    QCOMPARE(e.value(QLatin1String("revoke_url")).toString(), iss + QStringLiteral("/revoke"));
    QCOMPARE(e.value(QLatin1String("device_authorization_url")).toString(),
             iss + QStringLiteral("/device"));
    QCOMPARE(e.value(QLatin1String("userinfo_url")).toString(), iss + QStringLiteral("/userinfo"));
    QVERIFY(o.value(QLatin1String("iss_parameter_required")).toBool());
    // A secret, and the server lists client_secret_basic: RFC 8414's default comes first.
    QCOMPARE(o.value(QLatin1String("client_auth_method")).toString(),
             QStringLiteral("client_secret_basic"));

    // And the sign-in it enables: the redirect carries iss, which is checked.
    const QString id = connectInBrowser(profile, name);
    QVERIFY(!id.isEmpty());
    const test::CliRun test =
        test::runCli(base(profile, true) + QStringList{QStringLiteral("test"), id});
    QVERIFY2(test.exitCode == 0, qPrintable(what(test)));
    QVERIFY(test.out.contains(StandardsSandbox::UserLogin));
}

void TestStandards::discoveryRefusals_data()
{
    QTest::addColumn<QByteArray>("metadata"); // served by this test's own server; empty: none
    QTest::addColumn<QString>("issuer");      // "%1": that server's base URL
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("names");

    const QByteArray good = R"({"issuer":"%1","authorization_endpoint":"%1/a",
                                "token_endpoint":"%1/t","userinfo_endpoint":"%1/u"})";
    QTest::newRow("another issuer")
        << QByteArray(R"({"issuer":"https://evil.example.com","authorization_endpoint":"%1/a",
                          "token_endpoint":"%1/t","userinfo_endpoint":"%1/u"})")
        << QStringLiteral("%1") << 6 << QStringLiteral("evil.example.com");
    QTest::newRow("not JSON") << QByteArray("<html>hello</html>") << QStringLiteral("%1") << 6
                              << QStringLiteral("not a JSON object");
    QTest::newRow("no token endpoint")
        << QByteArray(R"({"issuer":"%1","authorization_endpoint":"%1/a"})") << QStringLiteral("%1")
        << 6 << QStringLiteral("token_endpoint");
    QTest::newRow("no userinfo endpoint")
        << QByteArray(R"({"issuer":"%1","authorization_endpoint":"%1/a","token_endpoint":"%1/t"})")
        << QStringLiteral("%1") << 6 << QStringLiteral("userinfo_endpoint");
    QTest::newRow("plain PKCE only")
        << QByteArray(R"({"issuer":"%1","authorization_endpoint":"%1/a","token_endpoint":"%1/t",
                          "userinfo_endpoint":"%1/u","code_challenge_methods_supported":["plain"]})")
        << QStringLiteral("%1") << 6 << QStringLiteral("code_challenge_methods_supported");
    QTest::newRow("http endpoint elsewhere")
        << QByteArray(R"({"issuer":"%1","authorization_endpoint":"http://as.example.com/a",
                          "token_endpoint":"%1/t","userinfo_endpoint":"%1/u"})")
        << QStringLiteral("%1") << 6 << QStringLiteral("authorization_endpoint");
    QTest::newRow("no secret method")
        << QByteArray(R"({"issuer":"%1","authorization_endpoint":"%1/a","token_endpoint":"%1/t",
                          "userinfo_endpoint":"%1/u",
                          "token_endpoint_auth_methods_supported":["private_key_jwt"]})")
        << QStringLiteral("%1") << 6 << QStringLiteral("token_endpoint_auth_methods_supported");
    QTest::newRow("issuer with a trailing slash")
        << good << QStringLiteral("%1/") << 6 << QStringLiteral("exactly");
    QTest::newRow("unreachable") << QByteArray() << QStringLiteral("http://127.0.0.1:9") << 4
                                 << QStringLiteral("127.0.0.1:9");
}

void TestStandards::discoveryRefusals()
{
    QFETCH(QByteArray, metadata);
    QFETCH(QString, issuer);
    QFETCH(int, exitCode);
    QFETCH(QString, names);
    LocalHttpServer server;
    QVERIFY(server.listen());
    const QString root = server.baseUrl().toString();
    const QByteArray body =
        metadata.contains("%1") ? QString::fromUtf8(metadata).arg(root).toUtf8() : metadata;
    server.setHandler([body](const HttpServerRequest& request, HttpResponder responder) {
        if (request.path == QLatin1String("/.well-known/oauth-authorization-server"))
            responder.respond(200, {{"Content-Type", "application/json"}}, body);
        else
            responder.respond(404);
    });
    test::TempProfile profile;
    const test::CliRun r = test::runCli(
        base(profile)
        + QStringList{QStringLiteral("apps"), QStringLiteral("add"), QStringLiteral("--provider"),
                      QStringLiteral("oauth2"), QStringLiteral("--name"), QStringLiteral("bad"),
                      QStringLiteral("--issuer"),
                      issuer.contains(QLatin1String("%1")) ? issuer.arg(root) : issuer,
                      QStringLiteral("--client-id"), QStringLiteral("x"),
                      QStringLiteral("--client-secret-file"), m_secretFile});
    QVERIFY2(r.exitCode == exitCode, qPrintable(what(r)));
    QVERIFY2(QString::fromUtf8(r.err).contains(names), qPrintable(what(r)));
    // One line that names the cause, and nothing left behind.
    // (Log lines, which the test environment turns on, aside.)
    QStringList lines;
    for (const QByteArray& line : r.err.trimmed().split('\n')) {
        if (!line.startsWith("authdeck.") && !line.contains(": authdeck."))
            lines.append(QString::fromUtf8(line));
    }
    QVERIFY2(lines.size() == 2, qPrintable(lines.join(u'\n'))); // the note and the error
    const test::CliRun list = test::runCli(
        base(profile, true) + QStringList{QStringLiteral("apps"), QStringLiteral("list")});
    QCOMPARE(QJsonDocument::fromJson(list.out).array().size(), 0);
}

void TestStandards::providerFileNamesAnIssuer()
{
    test::TempProfile profile;
    const QJsonObject file{
        {QStringLiteral("schema"), 1},
        {QStringLiteral("id"), QStringLiteral("corp-sso")},
        {QStringLiteral("name"), QStringLiteral("Corp SSO")},
        {QStringLiteral("category"), QStringLiteral("identity")},
        {QStringLiteral("docs"), QStringLiteral("https://sso.example.com/docs")},
        {QStringLiteral("schemes"),
         QJsonObject{
             {QStringLiteral("oauth2"),
              QJsonObject{{QStringLiteral("discovery"), true},
                          {QStringLiteral("issuer"), m_sandbox.issuer()},
                          {QStringLiteral("default_scopes"),
                           QJsonArray{QStringLiteral("openid"), QStringLiteral("profile")}}}}}},
        {QStringLiteral("verify"),
         QJsonObject{{QStringLiteral("url"), QStringLiteral("{userinfo_endpoint}")},
                     {QStringLiteral("identity"),
                      QJsonObject{{QStringLiteral("id"), QStringLiteral("sub")}}}}}};
    QDir(profile.path()).mkpath(QStringLiteral("providers"));
    test::writeFile(profile.file(QStringLiteral("providers")), QStringLiteral("corp-sso.json"),
                    QJsonDocument(file).toJson());
    StandardsClient c;
    c.name = QStringLiteral("From a file");
    c = m_sandbox.registerClient(c);
    const test::CliRun r = test::runCli(
        base(profile, true)
        + QStringList{QStringLiteral("apps"), QStringLiteral("add"), QStringLiteral("--provider"),
                      QStringLiteral("corp-sso"), QStringLiteral("--name"), QStringLiteral("sso"),
                      QStringLiteral("--client-id"), c.clientId});
    QVERIFY2(r.exitCode == 0, qPrintable(what(r)));
    const QJsonObject app = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(app.value(QLatin1String("issuer")).toString(), m_sandbox.issuer());
    QCOMPARE(app.value(QLatin1String("endpoints")).toObject().value(QLatin1String("token_url")),
             QJsonValue(m_sandbox.issuer() + QStringLiteral("/token")));
    QCOMPARE(app.value(QLatin1String("client_auth_method")).toString(), QStringLiteral("none"));
}

void TestStandards::openIdConfigurationWhenRfc8414IsNotThere()
{
    LocalHttpServer server;
    QVERIFY(server.listen());
    const QString issuer = server.baseUrl().toString() + QStringLiteral("/realms/corp");
    const QByteArray body =
        QJsonDocument(
            QJsonObject{
                {QStringLiteral("issuer"), issuer},
                {QStringLiteral("authorization_endpoint"), issuer + QStringLiteral("/auth")},
                {QStringLiteral("token_endpoint"), issuer + QStringLiteral("/token")},
                {QStringLiteral("userinfo_endpoint"), issuer + QStringLiteral("/userinfo")}})
            .toJson();
    QStringList asked;
    server.setHandler([&](const HttpServerRequest& request, HttpResponder responder) {
        asked << request.path;
        if (request.path == QLatin1String("/realms/corp/.well-known/openid-configuration"))
            responder.respond(200, {{"Content-Type", "application/json"}}, body);
        else
            responder.respond(403, {{"Content-Type", "text/html"}}, "<html>forbidden</html>");
    });
    test::TempProfile profile;
    const test::CliRun r = test::runCli(
        base(profile, true)
        + QStringList{QStringLiteral("apps"), QStringLiteral("add"), QStringLiteral("--provider"),
                      QStringLiteral("oauth2"), QStringLiteral("--name"), QStringLiteral("corp"),
                      QStringLiteral("--issuer"), issuer, QStringLiteral("--client-id"),
                      QStringLiteral("x"), QStringLiteral("--client-secret-file"), m_secretFile});
    QVERIFY2(r.exitCode == 0, qPrintable(what(r)));
    // RFC 8414 section 3.1 first (the well-known segment inserted before the path), then OpenID
    // Connect's (appended).
    QCOMPARE(asked,
             (QStringList{QStringLiteral("/.well-known/oauth-authorization-server/realms/corp"),
                          QStringLiteral("/realms/corp/.well-known/openid-configuration")}));
    QCOMPARE(QJsonDocument::fromJson(r.out).object().value(QLatin1String("token_url")),
             QJsonValue(issuer + QStringLiteral("/token")));
}

void TestStandards::secretMethods_data()
{
    QTest::addColumn<QString>("method");
    QTest::newRow("client_secret_basic") << QStringLiteral("client_secret_basic");
    QTest::newRow("client_secret_post") << QStringLiteral("client_secret_post");
}

void TestStandards::secretMethods()
{
    QFETCH(QString, method);
    test::TempProfile profile;
    StandardsClient c;
    c.name = QStringLiteral("Secret ") + method;
    c.clientSecret = QStringLiteral("sandbox-secret-1");
    c.redirectUris = {QStringLiteral("http://127.0.0.1/callback")};
    c = m_sandbox.registerClient(c);
    const QString name = addDiscoveredApp(profile, c,
                                          {QStringLiteral("--client-secret-file"), m_secretFile,
                                           QStringLiteral("--client-auth"), method});
    QVERIFY(!name.isEmpty());
    const QString id = connectInBrowser(profile, name);
    QVERIFY(!id.isEmpty());
    QVERIFY(m_sandbox.log().contains(QStringLiteral("oidc authorization_code %1 ok").arg(method)));
    const test::CliRun refresh =
        test::runCli(base(profile) + QStringList{QStringLiteral("refresh"), id});
    QVERIFY2(refresh.exitCode == 0, qPrintable(what(refresh)));
    QVERIFY(m_sandbox.log().contains(QStringLiteral("oidc refresh_token %1 ok").arg(method)));
    const test::CliRun gone =
        test::runCli(base(profile) + QStringList{QStringLiteral("disconnect"), id});
    QVERIFY2(gone.exitCode == 0, qPrintable(what(gone)));
    QVERIFY(m_sandbox.log().contains(QStringLiteral("oidc revoke %1 ok").arg(method)));
}

void TestStandards::privateKeyJwt()
{
    test::TempProfile profile;
    StandardsClient c;
    c.name = QStringLiteral("Key client");
    c.redirectUris = {QStringLiteral("http://127.0.0.1/callback")};
    c.publicKeys.insert(QStringLiteral("key-1"), m_key->publicKeyPem());
    c = m_sandbox.registerClient(c);
    const QString name = addDiscoveredApp(profile, c,
                                          {QStringLiteral("--private-key-file"), m_keyFile,
                                           QStringLiteral("--key-id"), QStringLiteral("key-1"),
                                           QStringLiteral("--algorithm"), QStringLiteral("PS256")});
    QVERIFY(!name.isEmpty());
    const QString id = connectInBrowser(profile, name);
    QVERIFY(!id.isEmpty());
    QVERIFY(m_sandbox.log().contains(QStringLiteral("oidc authorization_code private_key_jwt ok")));
    // Every request of the app signs a new assertion: the sandbox refuses a reused jti.
    for (int i = 0; i < 2; ++i) {
        const test::CliRun refresh =
            test::runCli(base(profile) + QStringList{QStringLiteral("refresh"), id});
        QVERIFY2(refresh.exitCode == 0, qPrintable(what(refresh)));
    }
    QCOMPARE(countLog(QStringLiteral("oidc refresh_token private_key_jwt ok")), 2);
    const test::CliRun gone =
        test::runCli(base(profile) + QStringList{QStringLiteral("disconnect"), id});
    QVERIFY2(gone.exitCode == 0, qPrintable(what(gone)));
    QVERIFY(m_sandbox.log().contains(QStringLiteral("oidc revoke private_key_jwt ok")));
    // The private key never reached the profile's files.
    const QByteArray pemBody = m_keyPem.mid(40, 40);
    QVERIFY(!profile.allFileBytes().contains(pemBody));
}

void TestStandards::assertionChecks_data()
{
    QTest::addColumn<QString>("change");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("error");
    QTest::newRow("valid") << QString() << 200 << QString();
    QTest::newRow("aud is the issuer")
        << QStringLiteral("aud=issuer") << 401 << QStringLiteral("invalid_client");
    QTest::newRow("aud of another server") << QStringLiteral("aud=https://as.example.com/token")
                                           << 401 << QStringLiteral("invalid_client");
    QTest::newRow("iss is another client")
        << QStringLiteral("iss=other") << 401 << QStringLiteral("invalid_client");
    QTest::newRow("sub is another client")
        << QStringLiteral("sub=other") << 401 << QStringLiteral("invalid_client");
    QTest::newRow("expired") << QStringLiteral("exp=-10") << 401
                             << QStringLiteral("invalid_client");
    QTest::newRow("exp an hour ahead")
        << QStringLiteral("exp=3600") << 401 << QStringLiteral("invalid_client");
    QTest::newRow("no exp") << QStringLiteral("exp=none") << 401
                            << QStringLiteral("invalid_client");
    QTest::newRow("no jti") << QStringLiteral("jti=none") << 401
                            << QStringLiteral("invalid_client");
    QTest::newRow("reused jti") << QStringLiteral("replay") << 401
                                << QStringLiteral("invalid_client");
    QTest::newRow("iat in the future")
        << QStringLiteral("iat=600") << 401 << QStringLiteral("invalid_client");
    QTest::newRow("unknown kid") << QStringLiteral("kid=nope") << 401
                                 << QStringLiteral("invalid_client");
    QTest::newRow("another key") << QStringLiteral("otherkey") << 401
                                 << QStringLiteral("invalid_client");
    QTest::newRow("RS384") << QStringLiteral("alg=RS384") << 401
                           << QStringLiteral("invalid_client");
    QTest::newRow("assertion and secret")
        << QStringLiteral("secret") << 400 << QStringLiteral("invalid_request");
    QTest::newRow("wrong assertion type")
        << QStringLiteral("type") << 400 << QStringLiteral("invalid_request");
}

void TestStandards::assertionChecks()
{
    QFETCH(QString, change);
    QFETCH(int, status);
    QFETCH(QString, error);
    StandardsClient c;
    c.name = QStringLiteral("Assertions");
    c.publicKeys.insert(QStringLiteral("key-1"), m_key->publicKeyPem());
    c = m_sandbox.registerClient(c);
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    QJsonObject claims{{QStringLiteral("iss"), c.clientId},
                       {QStringLiteral("sub"), c.clientId},
                       {QStringLiteral("aud"), m_sandbox.oidcTokenUrl().toString()},
                       {QStringLiteral("jti"), crypto::Random::randomToken(32)},
                       {QStringLiteral("iat"), now},
                       {QStringLiteral("exp"), now + 120}};
    QJsonObject header{{QStringLiteral("kid"), QStringLiteral("key-1")}};
    QString alg = QStringLiteral("RS256");
    const QString key = change.section(QLatin1Char('='), 0, 0);
    const QString value = change.section(QLatin1Char('='), 1);
    if (key == QLatin1String("aud"))
        claims.insert(key, value == QLatin1String("issuer") ? m_sandbox.issuer() : value);
    else if (key == QLatin1String("iss") || key == QLatin1String("sub"))
        claims.insert(key, value);
    else if ((key == QLatin1String("exp") || key == QLatin1String("jti"))
             && value == QLatin1String("none"))
        claims.remove(key);
    else if (key == QLatin1String("exp") || key == QLatin1String("iat"))
        claims.insert(key, now + value.toInt());
    else if (key == QLatin1String("kid"))
        header.insert(key, value);
    else if (key == QLatin1String("alg"))
        alg = value;
    std::unique_ptr<crypto::RsaKey> signer = std::make_unique<crypto::RsaKey>(*m_key);
    if (change == QLatin1String("otherkey")) {
        Result<crypto::RsaKey> other = crypto::RsaKey::generate(2048);
        QVERIFY(other.ok());
        signer = std::make_unique<crypto::RsaKey>(*other);
    }
    Result<QByteArray> assertion = crypto::Jws::signCompact(header, claims, *signer, alg);
    QVERIFY(assertion.ok());
    UrlEncodedForm form;
    form.add(QStringLiteral("grant_type"), QStringLiteral("client_credentials"));
    form.add(QStringLiteral("client_id"), c.clientId);
    form.add(QStringLiteral("client_assertion_type"),
             change == QLatin1String("type")
                 ? QStringLiteral("urn:ietf:params:oauth:client-assertion-type:saml2-bearer")
                 : QStringLiteral("urn:ietf:params:oauth:client-assertion-type:jwt-bearer"));
    form.add(QStringLiteral("client_assertion"), QString::fromLatin1(*assertion));
    if (change == QLatin1String("secret"))
        form.add(QStringLiteral("client_secret"), QStringLiteral("x"));
    if (change == QLatin1String("replay")) {
        QCOMPARE(post(m_sandbox.oidcTokenUrl(), form.toEncoded()).status, 200);
    }
    const Answer a = post(m_sandbox.oidcTokenUrl(), form.toEncoded());
    QCOMPARE(a.status, status);
    if (status == 200)
        QVERIFY(!a.json.value(QLatin1String("access_token")).toString().isEmpty());
    else
        QCOMPARE(a.json.value(QLatin1String("error")).toString(), error);

    // What AuthDeck signs itself passes, and a copy of it is a replay.
    if (change.isEmpty()) {
        ClientAssertionKey k;
        k.privateKeyPem = SecretBytes(m_keyPem);
        k.keyId = QStringLiteral("key-1");
        k.audience = m_sandbox.oidcTokenUrl();
        k.algorithm = QStringLiteral("PS256");
        Result<QByteArray> ours = TokenClient::clientAssertion(c.clientId, k);
        QVERIFY(ours.ok());
        UrlEncodedForm f2;
        f2.add(QStringLiteral("grant_type"), QStringLiteral("client_credentials"));
        f2.add(QStringLiteral("client_assertion_type"),
               QStringLiteral("urn:ietf:params:oauth:client-assertion-type:jwt-bearer"));
        f2.add(QStringLiteral("client_assertion"), QString::fromLatin1(*ours));
        QCOMPARE(post(m_sandbox.oidcTokenUrl(), f2.toEncoded()).status, 200);
        QCOMPARE(post(m_sandbox.oidcTokenUrl(), f2.toEncoded()).status, 401);
    }
}

void TestStandards::deviceFlow()
{
    test::TempProfile profile;
    StandardsClient c;
    c.name = QStringLiteral("Headless");
    c.redirectUris = {QStringLiteral("http://127.0.0.1/callback")};
    c = m_sandbox.registerClient(c); // a public client: no secret, no key
    const QString name = addDiscoveredApp(profile, c);
    QVERIFY(!name.isEmpty());
    test::CliProcess cli(base(profile, true)
                         + QStringList{QStringLiteral("connect"), QStringLiteral("--app"), name,
                                       QStringLiteral("--device")});
    const QJsonObject code = QJsonDocument::fromJson(cli.firstLine().toUtf8()).object();
    const QString complete = code.value(QLatin1String("verification_uri_complete")).toString();
    QVERIFY2(!complete.isEmpty(), qPrintable(QString::fromUtf8(cli.errorsSoFar())));
    QCOMPARE(code.value(QLatin1String("verification_uri")).toString(),
             m_sandbox.baseUrl().toString() + QStringLiteral("/device"));
    QVERIFY(complete.endsWith(code.value(QLatin1String("user_code")).toString()));
    QTest::qWait(1500); // a poll or two: authorization_pending
    const QByteArray page = playSandboxBrowser(complete);
    QVERIFY(page.contains("Signed in"));
    const test::CliRun r = cli.wait();
    QVERIFY2(r.exitCode == 0, qPrintable(what(r)));
    QVERIFY(countLog(QStringLiteral("oidc device_code none authorization_pending")) >= 1);
    QVERIFY(m_sandbox.log().contains(QStringLiteral("oidc device_code none ok")));
    // The same account as a browser sign-in: the userinfo identity.
    const QJsonObject account = lastJson(r.out);
    QCOMPARE(account.value(QLatin1String("identity")).toObject().value(QLatin1String("id")),
             QJsonValue(QString::fromLatin1(StandardsSandbox::UserId)));

    // reconnect --device signs the same account in again the same way.
    const QString id = account.value(QLatin1String("id")).toString();
    test::CliProcess again(
        base(profile, true)
        + QStringList{QStringLiteral("reconnect"), id, QStringLiteral("--device")});
    const QJsonObject code2 = QJsonDocument::fromJson(again.firstLine().toUtf8()).object();
    QVERIFY(code2.value(QLatin1String("user_code")).toString()
            != code.value(QLatin1String("user_code")).toString());
    QVERIFY(playSandboxBrowser(code2.value(QLatin1String("verification_uri_complete")).toString())
                .contains("Signed in"));
    const test::CliRun r2 = again.wait();
    QVERIFY2(r2.exitCode == 0, qPrintable(what(r2)));
    QCOMPARE(lastJson(r2.out).value(QLatin1String("id")).toString(), id);
    const test::CliRun accounts =
        test::runCli(base(profile, true) + QStringList{QStringLiteral("accounts")});
    QCOMPARE(QJsonDocument::fromJson(accounts.out).array().size(), 1);
}

void TestStandards::deviceSlowDown()
{
    test::TempProfile profile;
    StandardsClient c;
    c.name = QStringLiteral("Slow");
    c.redirectUris = {QStringLiteral("http://127.0.0.1/callback")};
    c = m_sandbox.registerClient(c);
    const QString name = addDiscoveredApp(profile, c);
    QVERIFY(!name.isEmpty());
    m_sandbox.setBusyPolls(1);
    const int slowDownsBefore = countLog(QStringLiteral("oidc device_code none slow_down"));
    test::CliProcess cli(base(profile, true)
                         + QStringList{QStringLiteral("connect"), QStringLiteral("--app"), name,
                                       QStringLiteral("--device")});
    const QJsonObject code = QJsonDocument::fromJson(cli.firstLine().toUtf8()).object();
    const QString complete = code.value(QLatin1String("verification_uri_complete")).toString();
    QVERIFY(!complete.isEmpty());
    QVERIFY(playSandboxBrowser(complete).contains("Signed in"));
    QElapsedTimer timer;
    timer.start();
    const test::CliRun r = cli.wait();
    QVERIFY2(r.exitCode == 0, qPrintable(what(r)));
    // The first poll (after 1 s) heard slow_down; the next waited 1 + 5 s. Polling faster would
    // have drawn another slow_down from the sandbox.
    QCOMPARE(countLog(QStringLiteral("oidc device_code none slow_down")), slowDownsBefore + 1);
    QVERIFY2(timer.elapsed() >= 4500, qPrintable(QString::number(timer.elapsed())));
    QVERIFY(m_sandbox.log().contains(QStringLiteral("oidc device_code none ok")));
}

void TestStandards::deviceExpired()
{
    test::TempProfile profile;
    StandardsClient c;
    c.name = QStringLiteral("Expiring");
    c = m_sandbox.registerClient(c);
    const QString name = addDiscoveredApp(profile, c);
    QVERIFY(!name.isEmpty());
    m_sandbox.setDeviceCodeLifetime(3);
    const test::CliRun r =
        test::runCli(base(profile)
                     + QStringList{QStringLiteral("connect"), QStringLiteral("--app"), name,
                                   QStringLiteral("--device")});
    QVERIFY2(r.exitCode == 3, qPrintable(what(r)));
    QVERIFY2(r.err.contains("expired"), qPrintable(what(r)));
    const test::CliRun accounts =
        test::runCli(base(profile, true) + QStringList{QStringLiteral("accounts")});
    QCOMPARE(QJsonDocument::fromJson(accounts.out).array().size(), 0);
}

void TestStandards::deviceDenied()
{
    test::TempProfile profile;
    StandardsClient c;
    c.name = QStringLiteral("Denied");
    c = m_sandbox.registerClient(c);
    const QString name = addDiscoveredApp(profile, c);
    QVERIFY(!name.isEmpty());
    test::CliProcess cli(base(profile, true)
                         + QStringList{QStringLiteral("connect"), QStringLiteral("--app"), name,
                                       QStringLiteral("--device")});
    const QJsonObject code = QJsonDocument::fromJson(cli.firstLine().toUtf8()).object();
    const QString complete = code.value(QLatin1String("verification_uri_complete")).toString();
    QVERIFY(playSandboxBrowser(complete, QStringLiteral("deny")).contains("Denied"));
    const test::CliRun r = cli.wait();
    QVERIFY2(r.exitCode == 3, qPrintable(what(r)));
    QVERIFY2(r.err.contains("denied"), qPrintable(what(r)));
    QVERIFY(m_sandbox.log().contains(QStringLiteral("oidc device_code none access_denied")));
}

void TestStandards::deviceCancel()
{
    StandardsClient c;
    c.name = QStringLiteral("Cancelled");
    c = m_sandbox.registerClient(c);
    HttpClient http;
    DeviceAuthorization::Config config;
    config.providerName = QStringLiteral("Sandbox");
    config.deviceUrl = QUrl(m_sandbox.issuer() + QStringLiteral("/device"));
    config.client.tokenUrl = m_sandbox.oidcTokenUrl();
    config.client.clientId = c.clientId;
    config.client.clientAuth = ClientAuth::None;
    config.scopes = {QStringLiteral("openid")};
    DeviceAuthorization device(http, config);
    QSignalSpy code(&device, &DeviceAuthorization::codeReady);
    int finishedCount = 0;
    ErrorKind kind = ErrorKind::Other;
    connect(&device, &DeviceAuthorization::finished, this, [&](const Result<TokenResult>& r) {
        ++finishedCount;
        kind = r.ok() ? ErrorKind::Other : r.error().kind;
    });
    device.start();
    QVERIFY(code.wait(10000));
    QTRY_VERIFY_WITH_TIMEOUT(device.polls() >= 1, 5000);
    device.cancel();
    QCOMPARE(finishedCount, 1);
    QCOMPARE(kind, ErrorKind::Cancelled);
    const int polls = device.polls();
    QTest::qWait(500); // a poll already on its way may still be answered
    const int logged = countLog(QStringLiteral("oidc device_code"));
    QTest::qWait(2500);
    QCOMPARE(device.polls(), polls); // no poll after Cancel
    QCOMPARE(countLog(QStringLiteral("oidc device_code")), logged);
    QCOMPARE(finishedCount, 1);
}

void TestStandards::devicePolicy()
{
    test::TempProfile profile;
    StandardsClient c;
    c.name = QStringLiteral("Forbidden");
    c = m_sandbox.registerClient(c);
    const QString name = addDiscoveredApp(profile, c);
    QVERIFY(!name.isEmpty());
    const QString policy =
        test::writeFile(m_files.path(), QStringLiteral("policy.json"), R"({"device_flow": false})");
    const int before = countLog(QStringLiteral("oidc device"));
    const test::CliRun r =
        test::runCli(base(profile)
                         + QStringList{QStringLiteral("connect"), QStringLiteral("--app"), name,
                                       QStringLiteral("--device")},
                     {}, {QStringLiteral("AUTHDECK_POLICY_FILE=") + policy});
    QVERIFY2(r.exitCode == 2, qPrintable(what(r)));
    QVERIFY(r.err.contains("device_flow"));
    QCOMPARE(countLog(QStringLiteral("oidc device")), before); // nothing was sent
}

void TestStandards::microsoftAppOnlyWithCertificate()
{
    test::TempProfile profile;
    // The Microsoft-shaped tenant as a provider file of the profile.
    QJsonObject provider = m_sandbox.microsoftProviderJson();
    provider.insert(QStringLiteral("id"), QStringLiteral("m365-test"));
    QDir(profile.path()).mkpath(QStringLiteral("providers"));
    test::writeFile(profile.file(QStringLiteral("providers")), QStringLiteral("m365-test.json"),
                    QJsonDocument(provider).toJson());

    // keygen writes the key and a self-signed certificate, as an admin uploads to Entra ID.
    const QString pass = test::writeFile(m_files.path(), QStringLiteral("pass-m365"),
                                         "correct horse battery staple");
    const QString key = m_files.filePath(QStringLiteral("m365-key.pem"));
    const QString cert = m_files.filePath(QStringLiteral("m365-cert.pem"));
    QFile::remove(key);
    QFile::remove(cert);
    const test::CliRun keygen = test::runCli(
        base(profile, true)
        + QStringList{QStringLiteral("keygen"), QStringLiteral("--bits"), QStringLiteral("2048"),
                      QStringLiteral("--passphrase-file"), pass, QStringLiteral("--out"), key,
                      QStringLiteral("--certificate-out"), cert});
    QVERIFY2(keygen.exitCode == 0, qPrintable(what(keygen)));
    const QString x5t =
        QJsonDocument::fromJson(keygen.out).object().value(QLatin1String("x5t_s256")).toString();
    QFile certFile(cert);
    QVERIFY(certFile.open(QIODevice::ReadOnly));
    StandardsClient c;
    c.name = QStringLiteral("Graph reader");
    c.redirectUris = {QStringLiteral("http://127.0.0.1/callback")};
    c = m_sandbox.registerClient(c);
    QCOMPARE(m_sandbox.addCertificate(c.clientId, certFile.readAll()), x5t);

    const test::CliRun add = test::runCli(
        base(profile, true)
        + QStringList{
            QStringLiteral("apps"), QStringLiteral("add"), QStringLiteral("--provider"),
            QStringLiteral("m365-test"), QStringLiteral("--name"), QStringLiteral("graph"),
            QStringLiteral("--scheme"), QStringLiteral("client_credentials"),
            QStringLiteral("--client-id"), c.clientId, QStringLiteral("--private-key-file"), key,
            QStringLiteral("--passphrase-file"), pass, QStringLiteral("--certificate-file"), cert});
    QVERIFY2(add.exitCode == 0, qPrintable(what(add)));
    const QJsonObject app = QJsonDocument::fromJson(add.out).object();
    QCOMPARE(app.value(QLatin1String("certificate_thumbprint")).toString(), x5t);
    QCOMPARE(app.value(QLatin1String("client_auth_method")).toString(),
             QStringLiteral("private_key_jwt"));

    // Before an admin consents the token comes, but Graph refuses: exit 3, no account.
    const QStringList connect{QStringLiteral("connect"), QStringLiteral("--app"),
                              QStringLiteral("graph")};
    const test::CliRun early = test::runCli(base(profile, true) + connect);
    QVERIFY2(early.exitCode == 3, qPrintable(what(early)));
    QVERIFY(m_sandbox.log().contains(
        QStringLiteral("microsoft client_credentials private_key_jwt ok")));
    QCOMPARE(QJsonDocument::fromJson(
                 test::runCli(base(profile, true) + QStringList{QStringLiteral("accounts")}).out)
                 .array()
                 .size(),
             0);

    // A declined consent is exit 3 ...
    {
        test::CliProcess consent(
            base(profile)
            + QStringList{QStringLiteral("apps"), QStringLiteral("admin-consent"),
                          QStringLiteral("graph"), QStringLiteral("--no-browser")});
        const QString url = consent.firstLine();
        QVERIFY(url.contains(QStringLiteral("/v2.0/adminconsent?client_id=") + c.clientId));
        playSandboxBrowser(url, QStringLiteral("deny"));
        const test::CliRun r = consent.wait();
        QVERIFY2(r.exitCode == 3, qPrintable(what(r)));
    }
    // ... an accepted one names the tenant.
    test::CliProcess consent(base(profile)
                             + QStringList{QStringLiteral("apps"), QStringLiteral("admin-consent"),
                                           QStringLiteral("graph"),
                                           QStringLiteral("--no-browser")});
    const QString url = consent.firstLine();
    QVERIFY(url.contains(QStringLiteral("scope=https%3A%2F%2Fgraph.microsoft.com%2F.default")));
    const QByteArray page = playSandboxBrowser(url);
    QVERIFY2(page.contains("granted consent"), page.constData());
    const test::CliRun granted = consent.wait();
    QVERIFY2(granted.exitCode == 0, qPrintable(what(granted)));
    QCOMPARE(granted.out.trimmed().split('\n').last(), QByteArray(StandardsSandbox::TenantId));

    const test::CliRun ok = test::runCli(base(profile, true) + connect);
    QVERIFY2(ok.exitCode == 0, qPrintable(what(ok)));
    const QJsonObject identity = lastJson(ok.out).value(QLatin1String("identity")).toObject();
    QCOMPARE(identity.value(QLatin1String("id")).toString(),
             QString::fromLatin1(StandardsSandbox::TenantId));
    QCOMPARE(identity.value(QLatin1String("name")).toString(),
             QString::fromLatin1(StandardsSandbox::TenantName));
}

void TestStandards::certificateMustMatchKey()
{
    test::TempProfile profile;
    Result<crypto::RsaKey> other = crypto::RsaKey::generate(2048);
    QVERIFY(other.ok());
    Result<QByteArray> cert =
        crypto::Certificate::selfSigned(*other, QStringLiteral("someone else"), 30);
    QVERIFY(cert.ok());
    const QString certFile = test::writeFile(m_files.path(), QStringLiteral("other.pem"), *cert);
    const test::CliRun r = test::runCli(
        base(profile)
        + QStringList{QStringLiteral("apps"), QStringLiteral("add"), QStringLiteral("--provider"),
                      QStringLiteral("onedrive"), QStringLiteral("--name"),
                      QStringLiteral("mismatch"), QStringLiteral("--scheme"),
                      QStringLiteral("client_credentials"), QStringLiteral("--tenant"),
                      QStringLiteral("contoso.onmicrosoft.com"), QStringLiteral("--client-id"),
                      QStringLiteral("x"), QStringLiteral("--private-key-file"), m_keyFile,
                      QStringLiteral("--certificate-file"), certFile});
    QVERIFY2(r.exitCode == 6, qPrintable(what(r)));
    QVERIFY(r.err.contains("does not match the certificate"));
    const test::CliRun list = test::runCli(
        base(profile, true) + QStringList{QStringLiteral("apps"), QStringLiteral("list")});
    QCOMPARE(QJsonDocument::fromJson(list.out).array().size(), 0);

    // One PEM file with the certificate and its key is enough (--certificate-file alone).
    Result<QByteArray> own = crypto::Certificate::selfSigned(*m_key, QStringLiteral("own"), 30);
    QVERIFY(own.ok());
    const QString both =
        test::writeFile(m_files.path(), QStringLiteral("both.pem"), *own + m_keyPem);
    const test::CliRun ok = test::runCli(
        base(profile, true)
        + QStringList{QStringLiteral("apps"), QStringLiteral("add"), QStringLiteral("--provider"),
                      QStringLiteral("onedrive"), QStringLiteral("--name"), QStringLiteral("both"),
                      QStringLiteral("--scheme"), QStringLiteral("client_credentials"),
                      QStringLiteral("--tenant"), QStringLiteral("contoso.onmicrosoft.com"),
                      QStringLiteral("--client-id"), QStringLiteral("x"),
                      QStringLiteral("--certificate-file"), both});
    QVERIFY2(ok.exitCode == 0, qPrintable(what(ok)));
    const QJsonObject app = QJsonDocument::fromJson(ok.out).object();
    QCOMPARE(app.value(QLatin1String("certificate_thumbprint")).toString(),
             crypto::Certificate::fromPem(*own)->x5tS256);
    QVERIFY(app.value(QLatin1String("private_key_stored")).toBool());
    // A certificate without its key is refused before anything is stored.
    const QString alone = test::writeFile(m_files.path(), QStringLiteral("alone.pem"), *own);
    const test::CliRun refused = test::runCli(
        base(profile)
        + QStringList{QStringLiteral("apps"), QStringLiteral("add"), QStringLiteral("--provider"),
                      QStringLiteral("onedrive"), QStringLiteral("--name"), QStringLiteral("alone"),
                      QStringLiteral("--scheme"), QStringLiteral("client_credentials"),
                      QStringLiteral("--tenant"), QStringLiteral("contoso.onmicrosoft.com"),
                      QStringLiteral("--client-id"), QStringLiteral("x"),
                      QStringLiteral("--certificate-file"), alone});
    QVERIFY2(refused.exitCode == 2, qPrintable(what(refused)));
}

QTEST_GUILESS_MAIN(TestStandards)
#include "tst_standards.moc"
