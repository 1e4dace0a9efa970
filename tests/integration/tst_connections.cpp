// Connections you can trust, through the real authdeck-cli binary against the embedded sandbox
// (SandboxServer, in this process) and a second loopback server standing in for an attacker:
// pinned endpoints (a provider file or an import that moves an origin holds the app; nothing is
// sent until `apps approve`), one token family per account (a renamed copy never shares the
// single-use refresh token), one Box JWT app in several enterprises, the enterprise admin
// confirmed before org-wide access, and one account per identity. Needs the keychain: run inside
// packaging/test-session.sh.
#include "FakeOAuthProvider.h"
#include "TestSupport.h"

#include "bundle/BundleFormat.h"
#include "crypto/RsaKey.h"
#include "sandbox/SandboxServer.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace authdeck;
using namespace authdeck::crypto;

namespace {

const QByteArray Passphrase = "connections-key-passphrase-canary-31";
const QByteArray BundlePassphrase = "connections-bundle-passphrase-77";
const QString SecondEnterprise = QStringLiteral("900002");
const QString PlainUserId = QStringLiteral("900301");
const QString PlainUserLogin = QStringLiteral("plain-user@sandbox.test");

QString what(const test::CliRun& r)
{
    return QStringLiteral("exit %1, stdout: %2, stderr: %3")
        .arg(r.exitCode)
        .arg(QString::fromUtf8(r.out), QString::fromUtf8(r.err));
}

QJsonObject objectOf(const test::CliRun& r)
{
    // connect --no-browser prints the sign-in URL on the first line, then the JSON.
    QByteArray out = r.out;
    if (out.startsWith("http"))
        out = out.mid(out.indexOf('\n') + 1);
    return QJsonDocument::fromJson(out).object();
}

// The attacker: a loopback port that counts every connection made to it and answers nothing.
class Listener : public QTcpServer {
public:
    Listener()
    {
        listen(QHostAddress::LocalHost, 0);
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket* s = nextPendingConnection()) {
                ++connections;
                s->close();
                s->deleteLater();
            }
        });
    }
    [[nodiscard]] QString url(const QString& path) const
    {
        return QStringLiteral("http://127.0.0.1:%1%2").arg(serverPort()).arg(path);
    }
    int connections = 0;
};

} // namespace

class TestConnections : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void providerFileMovingTheTokenOriginHoldsEverything();
    void heldJwtAppWorksAgainAfterApproval();
    void importMovingTheTokenOriginHoldsAndDropsSecrets();
    void renamedCopyNeverSharesTheRefreshToken();
    void oneJwtAppServesTwoEnterprises();
    void enterpriseAdminConfirmedFirst();
    void reconnectRefusesAnotherIdentity();
    void oneAccountPerIdentity();

private:
    QStringList base(bool json = true) const;
    test::CliRun cli(const QStringList& args, bool json = true);
    void writeProvider(const QJsonObject& json);
    QJsonObject providerWith(const QString& key, const QString& url) const;
    QString addOAuthApp();
    QString connectOAuth(const QString& app, const QString& userId = {});
    // An OAuth sign-in through the CLI with these arguments, the test playing userId's browser.
    test::CliRun signIn(const QStringList& args, const QString& userId);
    QString addJwtApp(const QString& name);
    void expire(const QString& accountId);

    std::optional<RsaKey> m_key;
    QByteArray m_encryptedPem;
    std::unique_ptr<SandboxServer> m_sandbox;
    std::unique_ptr<test::TempProfile> m_profile;
    QTemporaryDir m_scratch;
    SandboxClient m_oauthClient;
    SandboxClient m_jwtClient;
    QString m_kid;
};

void TestConnections::initTestCase()
{
    QVERIFY2(test::keychainAvailable(), "No Secret Service: run inside packaging/test-session.sh");
    Result<RsaKey> key = RsaKey::generate(2048);
    QVERIFY(key.ok());
    m_key = *key;
    Result<QByteArray> pem =
        key->toEncryptedPkcs8Pem(SecretBytes(Passphrase), RsaKey::MinPbkdf2Iterations);
    QVERIFY(pem.ok());
    m_encryptedPem = *pem;
}

void TestConnections::init()
{
    m_sandbox = std::make_unique<SandboxServer>();
    QString error;
    QVERIFY2(m_sandbox->start(&error), qPrintable(error));
    m_sandbox->addEnterpriseUser(QLatin1String(SandboxServer::DefaultEnterpriseId), PlainUserId,
                                 PlainUserLogin, QStringLiteral("Plain User"), QString(),
                                 QStringLiteral("user"));
    SandboxClient oauth;
    oauth.name = QStringLiteral("AuthDeck OAuth test");
    oauth.redirectUris = {QStringLiteral("http://127.0.0.1/callback")};
    m_oauthClient = m_sandbox->registerClient(oauth);
    SandboxClient jwt;
    jwt.name = QStringLiteral("AuthDeck JWT test");
    m_jwtClient = m_sandbox->registerClient(jwt);
    m_kid = m_sandbox->addPublicKey(m_jwtClient.clientId, m_key->publicKeyPem(), &error);
    QVERIFY2(!m_kid.isEmpty(), qPrintable(error));

    m_profile = std::make_unique<test::TempProfile>();
    QVERIFY(QDir(m_profile->path()).mkpath(QStringLiteral("providers")));
    writeProvider(m_sandbox->providerJson());
}

void TestConnections::cleanup()
{
    m_profile.reset();
    m_sandbox.reset();
}

QStringList TestConnections::base(bool json) const
{
    QStringList args{QStringLiteral("--profile"), m_profile->path()};
    if (json)
        args << QStringLiteral("--json");
    return args;
}

test::CliRun TestConnections::cli(const QStringList& args, bool json)
{
    return test::runCli(base(json) + args, {}, {QStringLiteral("AUTHDECK_HTTP_TIMEOUT_MS=5000")});
}

void TestConnections::writeProvider(const QJsonObject& json)
{
    QFile f(m_profile->file(QStringLiteral("providers/sandbox.json")));
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(QJsonDocument(json).toJson());
}

// The sandbox's provider file with one endpoint of every scheme moved (what a hostile or
// mistaken edit of <profile>/providers/ does).
QJsonObject TestConnections::providerWith(const QString& key, const QString& url) const
{
    QJsonObject p = m_sandbox->providerJson();
    QJsonObject schemes = p.value(u"schemes").toObject();
    for (const QString& scheme : schemes.keys()) {
        QJsonObject s = schemes.value(scheme).toObject();
        if (s.contains(key))
            s.insert(key, url);
        schemes.insert(scheme, s);
    }
    p.insert(QStringLiteral("schemes"), schemes);
    return p;
}

QString TestConnections::addOAuthApp()
{
    const QString secret = test::writeFile(m_scratch.path(), QStringLiteral("oauth-secret"),
                                           m_oauthClient.clientSecret.toUtf8());
    const test::CliRun r =
        cli({QStringLiteral("apps"), QStringLiteral("add"), QStringLiteral("--provider"),
             QStringLiteral("sandbox"), QStringLiteral("--name"), QStringLiteral("oauth"),
             QStringLiteral("--client-id"), m_oauthClient.clientId,
             QStringLiteral("--client-secret-file"), secret});
    if (r.exitCode != 0)
        qWarning().noquote() << what(r);
    return r.exitCode == 0 ? QStringLiteral("oauth") : QString();
}

// connect --no-browser, the test playing the signed-in user at the sandbox's consent page.
test::CliRun TestConnections::signIn(const QStringList& args, const QString& userId)
{
    m_sandbox->setSignedInUser(userId.isEmpty() ? QLatin1String(SandboxServer::AdminUserId)
                                                : userId);
    test::CliProcess p(base() + args + QStringList{QStringLiteral("--no-browser")});
    p.closeInput();
    const QString url = p.firstLine(30000);
    if (url.startsWith(QStringLiteral("http")))
        test::playSandboxBrowser(url);
    return p.wait(60000);
}

QString TestConnections::connectOAuth(const QString& app, const QString& userId)
{
    const test::CliRun r =
        signIn({QStringLiteral("connect"), QStringLiteral("--app"), app}, userId);
    if (r.exitCode != 0) {
        qWarning().noquote() << "connect failed:" << what(r);
        return {};
    }
    return objectOf(r).value(u"id").toString();
}

QString TestConnections::addJwtApp(const QString& name)
{
    const QJsonObject config{
        {QStringLiteral("boxAppSettings"),
         QJsonObject{
             {QStringLiteral("clientID"), m_jwtClient.clientId},
             {QStringLiteral("clientSecret"), m_jwtClient.clientSecret},
             {QStringLiteral("appAuth"),
              QJsonObject{{QStringLiteral("publicKeyID"), m_kid},
                          {QStringLiteral("privateKey"), QString::fromLatin1(m_encryptedPem)},
                          {QStringLiteral("passphrase"), QString::fromLatin1(Passphrase)}}}}},
        {QStringLiteral("enterpriseID"), QLatin1String(SandboxServer::DefaultEnterpriseId)}};
    const QString file = test::writeFile(m_scratch.path(), name + QStringLiteral(".json"),
                                         QJsonDocument(config).toJson());
    const test::CliRun r = cli({QStringLiteral("apps"), QStringLiteral("import-box-config"), file,
                                QStringLiteral("--name"), name, QStringLiteral("--provider"),
                                QStringLiteral("sandbox")});
    if (r.exitCode != 0)
        qWarning().noquote() << what(r);
    return r.exitCode == 0 ? name : QString();
}

// Makes the stored access token look expired, so `token` has to renew.
void TestConnections::expire(const QString& accountId)
{
    QVERIFY(test::editProfile(m_profile->path(),
                              [&](QList<QJsonObject>&, QList<QJsonObject>& accounts) {
                                  for (QJsonObject& a : accounts) {
                                      if (a.value(u"id").toString() == accountId)
                                          a.insert(QStringLiteral("access_expires"),
                                                   QStringLiteral("2020-01-01T00:00:00.000Z"));
                                  }
                              }));
}

void TestConnections::providerFileMovingTheTokenOriginHoldsEverything()
{
    QVERIFY(!addOAuthApp().isEmpty());
    const QString account = connectOAuth(QStringLiteral("oauth"));
    QVERIFY(!account.isEmpty());
    const int grantsBefore = m_sandbox->tokenRequestCount();

    Listener attacker;
    QVERIFY(attacker.isListening());
    // The token and revocation endpoints (every one that carries a secret) move elsewhere.
    QJsonObject moved =
        providerWith(QStringLiteral("token_url"), attacker.url(QStringLiteral("/oauth2/token")));
    QJsonObject schemes = moved.value(u"schemes").toObject();
    QJsonObject oauth2 = schemes.value(u"oauth2").toObject();
    oauth2.insert(QStringLiteral("revoke_url"), attacker.url(QStringLiteral("/oauth2/revoke")));
    schemes.insert(QStringLiteral("oauth2"), oauth2);
    moved.insert(QStringLiteral("schemes"), schemes);
    writeProvider(moved);

    for (const QStringList& verb : QList<QStringList>{{QStringLiteral("token"), account},
                                                      {QStringLiteral("refresh"), account},
                                                      {QStringLiteral("test"), account},
                                                      {QStringLiteral("disconnect"), account}}) {
        const test::CliRun r = cli(verb);
        QVERIFY2(r.exitCode == 6, qPrintable(verb.first() + QStringLiteral(": ") + what(r)));
        QVERIFY2(r.err.contains("token endpoint"), r.err.constData());
        QVERIFY2(r.err.contains(attacker.url({}).mid(7).toUtf8()), r.err.constData()); // now
        QVERIFY2(r.err.contains("apps approve"), r.err.constData());
        QCOMPARE(objectOf(r).value(u"error").toObject().value(u"exit_code").toInt(), 6);
    }
    QCOMPARE(attacker.connections, 0);
    QCOMPARE(m_sandbox->tokenRequestCount(), grantsBefore);

    // The lists say so, and the account is still there, untouched.
    test::CliRun r = cli({QStringLiteral("apps"), QStringLiteral("list")});
    QVERIFY2(r.exitCode == 0, qPrintable(what(r)));
    QCOMPARE(QJsonDocument::fromJson(r.out).array().first().toObject().value(u"held").toBool(),
             true);
    r = cli({QStringLiteral("accounts")});
    QCOMPARE(QJsonDocument::fromJson(r.out).array().size(), 1);
    QCOMPARE(QJsonDocument::fromJson(r.out).array().first().toObject().value(u"held").toBool(),
             true);

    // Approved: no longer held, and the requests now go where the admin agreed they go.
    r = cli({QStringLiteral("apps"), QStringLiteral("approve"), QStringLiteral("oauth")});
    QVERIFY2(r.exitCode == 0, qPrintable(what(r)));
    QVERIFY(QJsonDocument::fromJson(r.out).object().value(u"approved").toArray().size() >= 1);
    r = cli({QStringLiteral("refresh"), account});
    QVERIFY2(r.exitCode != 6 && r.exitCode != 0, qPrintable(what(r)));
    QVERIFY(attacker.connections >= 1);
}

void TestConnections::heldJwtAppWorksAgainAfterApproval()
{
    QVERIFY(!addJwtApp(QStringLiteral("jwt")).isEmpty());
    test::CliRun r = cli({QStringLiteral("connect"), QStringLiteral("--app"), QStringLiteral("jwt"),
                          QStringLiteral("--subject"), QStringLiteral("enterprise")});
    QVERIFY2(r.exitCode == 0, qPrintable(what(r)));
    const QString account = objectOf(r).value(u"id").toString();

    // A second Box-like server that knows the same app: where the token endpoint moves to.
    SandboxServer other;
    QVERIFY(other.start());
    other.registerClient(*m_sandbox->client(m_jwtClient.clientId)); // same id, secret, key
    QJsonObject moved = providerWith(QStringLiteral("token_url"), other.tokenUrl().toString());
    writeProvider(moved);
    expire(account);

    r = cli({QStringLiteral("token"), account});
    QVERIFY2(r.exitCode == 6, qPrintable(what(r)));
    QCOMPARE(other.tokenRequestCount(), 0);

    // The background renewal takes the same path as `refresh`.
    r = cli({QStringLiteral("refresh"), account});
    QVERIFY2(r.exitCode == 6, qPrintable(what(r)));
    QCOMPARE(other.tokenRequestCount(), 0);

    r = cli({QStringLiteral("apps"), QStringLiteral("approve"), QStringLiteral("jwt")});
    QVERIFY2(r.exitCode == 0, qPrintable(what(r)));
    r = cli({QStringLiteral("token"), account}, false);
    QVERIFY2(r.exitCode == 0 && !r.out.trimmed().isEmpty(), qPrintable(what(r)));
    QCOMPARE(other.tokenRequestCount(), 1);
}

void TestConnections::importMovingTheTokenOriginHoldsAndDropsSecrets()
{
    QVERIFY(!addOAuthApp().isEmpty());
    const QString account = connectOAuth(QStringLiteral("oauth"));
    QVERIFY(!account.isEmpty());

    // Someone's bundle: the same app (same id), its token URL moved, no secrets.
    test::CliRun r = cli({QStringLiteral("apps"), QStringLiteral("show"), QStringLiteral("oauth")});
    QVERIFY2(r.exitCode == 0, qPrintable(what(r)));
    QJsonObject app = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(app.value(u"client_secret_stored").toBool(), true);
    Listener attacker;
    QJsonObject bundleApp;
    QVERIFY(
        test::editProfile(m_profile->path(), [&](QList<QJsonObject>& apps, QList<QJsonObject>&) {
            bundleApp = apps.first();
        }));
    bundleApp.insert(QStringLiteral("token_url"), attacker.url(QStringLiteral("/oauth2/token")));
    bundleApp.insert(QStringLiteral("pinned_origins"),
                     QJsonObject{{QStringLiteral("token"), attacker.url({})}}); // ignored
    Result<QByteArray> bytes = bundle::BundleFormat::write(
        QJsonArray{bundleApp}, QJsonArray{}, QDateTime::currentDateTimeUtc(), nullptr, nullptr);
    QVERIFY(bytes.ok());
    const QString bundle =
        test::writeFile(m_scratch.path(), QStringLiteral("moved.authdeck"), *bytes);

    r = cli({QStringLiteral("import"), bundle, QStringLiteral("--on-conflict"),
             QStringLiteral("replace")});
    QVERIFY2(r.exitCode == 0, qPrintable(what(r)));
    QVERIFY2(r.err.contains("held"), r.err.constData());

    r = cli({QStringLiteral("apps"), QStringLiteral("show"), QStringLiteral("oauth")});
    app = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(app.value(u"held").toBool(), true);
    // The old client secret was not kept for the new endpoint.
    QCOMPARE(app.value(u"client_secret_stored").toBool(), false);

    for (const QString& verb : {QStringLiteral("token"), QStringLiteral("refresh")}) {
        r = cli({verb, account});
        QVERIFY2(r.exitCode == 6, qPrintable(what(r)));
    }
    QCOMPARE(attacker.connections, 0);
}

void TestConnections::renamedCopyNeverSharesTheRefreshToken()
{
    QVERIFY(!addOAuthApp().isEmpty());
    const QString original = connectOAuth(QStringLiteral("oauth"));
    QVERIFY(!original.isEmpty());

    const QString pass =
        test::writeFile(m_scratch.path(), QStringLiteral("bundle-pass"), BundlePassphrase);
    const QString bundle = m_scratch.filePath(QStringLiteral("all.authdeck"));
    test::CliRun r =
        cli({QStringLiteral("export"), QStringLiteral("--out"), bundle,
             QStringLiteral("--include-secrets"), QStringLiteral("--passphrase-file"), pass});
    QVERIFY2(r.exitCode == 0, qPrintable(what(r)));
    // The review part says that the grant moves with the bundle.
    QFile f(bundle);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QVERIFY(f.readAll().contains("moves the sign-in"));

    r = cli({QStringLiteral("import"), bundle, QStringLiteral("--passphrase-file"), pass,
             QStringLiteral("--on-conflict"), QStringLiteral("rename")});
    QVERIFY2(r.exitCode == 0, qPrintable(what(r)));
    QString copy;
    for (const QJsonValue& v : QJsonDocument::fromJson(r.out).object().value(u"items").toArray()) {
        const QJsonObject item = v.toObject();
        if (item.value(u"kind").toString() == QLatin1String("account"))
            copy = item.value(u"id").toString();
    }
    QVERIFY(!copy.isEmpty() && copy != original);

    const int refreshesBefore =
        int(m_sandbox->grantLog().count(QStringLiteral("refresh_token ok")));
    // The copy has no refresh token: it asks for a sign-in of its own.
    r = cli({QStringLiteral("refresh"), copy});
    QVERIFY2(r.exitCode == 3, qPrintable(what(r)));
    QVERIFY2(r.err.contains("sign in"), r.err.constData());
    // The original keeps working, refresh after refresh (single-use tokens rotate each time).
    for (int round = 0; round < 3; ++round) {
        r = cli({QStringLiteral("refresh"), original});
        QVERIFY2(r.exitCode == 0, qPrintable(what(r)));
    }
    QCOMPARE(int(m_sandbox->grantLog().count(QStringLiteral("refresh_token ok"))),
             refreshesBefore + 3);
    QVERIFY(!m_sandbox->grantLog().contains(QStringLiteral("refresh_token invalid_grant")));
}

void TestConnections::oneJwtAppServesTwoEnterprises()
{
    m_sandbox->addEnterprise(SecondEnterprise, QStringLiteral("Second Enterprise"));
    QVERIFY(m_sandbox->authorizeInEnterprise(m_jwtClient.clientId, SecondEnterprise));
    QVERIFY(!addJwtApp(QStringLiteral("jwt")).isEmpty());
    QStringList subjects;
    connect(
        m_sandbox.get(), &SandboxServer::tokenIssued, this,
        [&](const QString&, const QString&, const QString& subject) { subjects.append(subject); });

    test::CliRun r = cli({QStringLiteral("connect"), QStringLiteral("--app"), QStringLiteral("jwt"),
                          QStringLiteral("--subject"), QStringLiteral("enterprise")});
    QVERIFY2(r.exitCode == 0, qPrintable(what(r)));
    const QString first = objectOf(r).value(u"id").toString();
    r = cli({QStringLiteral("connect"), QStringLiteral("--app"), QStringLiteral("jwt"),
             QStringLiteral("--subject"), QStringLiteral("enterprise:") + SecondEnterprise});
    QVERIFY2(r.exitCode == 0, qPrintable(what(r)));
    const QJsonObject second = objectOf(r);
    QCOMPARE(second.value(u"subject").toString(), QStringLiteral("enterprise:") + SecondEnterprise);
    QCOMPARE(second.value(u"identity").toObject().value(u"enterprise_id").toString(),
             SecondEnterprise);
    QVERIFY(second.value(u"name").toString().contains(SecondEnterprise));

    // Both mint their own tokens, each for its enterprise.
    subjects.clear();
    for (const QString& id : {first, second.value(u"id").toString()}) {
        expire(id);
        r = cli({QStringLiteral("token"), id}, false);
        QVERIFY2(r.exitCode == 0 && !r.out.trimmed().isEmpty(), qPrintable(what(r)));
    }
    QCOMPARE(subjects, QStringList({QStringLiteral("enterprise:")
                                        + QLatin1String(SandboxServer::DefaultEnterpriseId),
                                    QStringLiteral("enterprise:") + SecondEnterprise}));

    // An enterprise that never added the app refuses; a second account for the same enterprise is
    // refused unless it replaces the first.
    r = cli({QStringLiteral("connect"), QStringLiteral("--app"), QStringLiteral("jwt"),
             QStringLiteral("--subject"), QStringLiteral("enterprise:900777")});
    QVERIFY2(r.exitCode == 3, qPrintable(what(r)));
    r = cli({QStringLiteral("connect"), QStringLiteral("--app"), QStringLiteral("jwt"),
             QStringLiteral("--subject"), QStringLiteral("enterprise:") + SecondEnterprise});
    QVERIFY2(r.exitCode == 2, qPrintable(what(r)));
    QVERIFY2(r.err.contains(second.value(u"name").toString().toUtf8()), r.err.constData());
    r = cli({QStringLiteral("connect"), QStringLiteral("--app"), QStringLiteral("jwt"),
             QStringLiteral("--subject"), QStringLiteral("enterprise:") + SecondEnterprise,
             QStringLiteral("--replace"), second.value(u"id").toString()});
    QVERIFY2(r.exitCode == 0, qPrintable(what(r)));
    r = cli({QStringLiteral("accounts")});
    QCOMPARE(QJsonDocument::fromJson(r.out).array().size(), 2);
}

void TestConnections::enterpriseAdminConfirmedFirst()
{
    m_sandbox->addEnterprise(SecondEnterprise, QStringLiteral("Second Enterprise"));
    QVERIFY(m_sandbox->authorizeInEnterprise(m_jwtClient.clientId, SecondEnterprise));
    QVERIFY(!addOAuthApp().isEmpty());
    QVERIFY(!addJwtApp(QStringLiteral("jwt")).isEmpty());
    const QString admin = connectOAuth(QStringLiteral("oauth"));
    QVERIFY(!admin.isEmpty());
    const QString plain = connectOAuth(QStringLiteral("oauth"), PlainUserId);
    QVERIFY(!plain.isEmpty());

    // A plain user of the enterprise cannot vouch for org-wide access: exit 3, the role named.
    test::CliRun r = cli({QStringLiteral("connect"), QStringLiteral("--app"), QStringLiteral("jwt"),
                          QStringLiteral("--subject"), QStringLiteral("enterprise"),
                          QStringLiteral("--confirm-admin"), plain});
    QVERIFY2(r.exitCode == 3, qPrintable(what(r)));
    QVERIFY2(r.err.contains("\"user\""), r.err.constData());
    QVERIFY2(r.err.contains(PlainUserLogin.toUtf8()), r.err.constData());
    // The admin of one enterprise cannot vouch for another.
    r = cli({QStringLiteral("connect"), QStringLiteral("--app"), QStringLiteral("jwt"),
             QStringLiteral("--subject"), QStringLiteral("enterprise:") + SecondEnterprise,
             QStringLiteral("--confirm-admin"), admin});
    QVERIFY2(r.exitCode == 3, qPrintable(what(r)));
    QVERIFY2(r.err.contains(SecondEnterprise.toUtf8()), r.err.constData());
    r = cli({QStringLiteral("accounts")});
    QCOMPARE(QJsonDocument::fromJson(r.out).array().size(), 2); // nothing connected meanwhile

    // "--subject enterprise" takes the enterprise from the admin's identity.
    r = cli({QStringLiteral("connect"), QStringLiteral("--app"), QStringLiteral("jwt"),
             QStringLiteral("--subject"), QStringLiteral("enterprise"),
             QStringLiteral("--confirm-admin"), admin});
    QVERIFY2(r.exitCode == 0, qPrintable(what(r)));
    QCOMPARE(objectOf(r).value(u"identity").toObject().value(u"enterprise_id").toString(),
             QLatin1String(SandboxServer::DefaultEnterpriseId));
}

void TestConnections::reconnectRefusesAnotherIdentity()
{
    QVERIFY(!addOAuthApp().isEmpty());
    const QString account = connectOAuth(QStringLiteral("oauth"));
    QVERIFY(!account.isEmpty());
    test::CliRun r = cli({QStringLiteral("accounts")});
    const QByteArray before = r.out;

    // The browser is signed in as someone else: refused, both named, nothing changed.
    r = signIn({QStringLiteral("reconnect"), account}, PlainUserId);
    QVERIFY2(r.exitCode == 3, qPrintable(what(r)));
    QVERIFY2(r.err.contains(PlainUserLogin.toUtf8()), r.err.constData());
    QVERIFY2(r.err.contains(SandboxServer::AdminLogin), r.err.constData());
    QVERIFY2(r.err.contains("--allow-other-identity"), r.err.constData());
    QCOMPARE(cli({QStringLiteral("accounts")}).out, before);
    r = cli({QStringLiteral("refresh"), account}); // its own grant still works
    QVERIFY2(r.exitCode == 0, qPrintable(what(r)));
    // The grant the other user just made was handed back.
    QTRY_VERIFY(m_sandbox->revokeCount() >= 1);

    // The same user signs in again: fine.
    r = signIn({QStringLiteral("reconnect"), account}, {});
    QVERIFY2(r.exitCode == 0, qPrintable(what(r)));
    QCOMPARE(objectOf(r).value(u"id").toString(), account);

    // Allowed explicitly: the account now belongs to the other user.
    r = signIn({QStringLiteral("reconnect"), account, QStringLiteral("--allow-other-identity")},
               PlainUserId);
    QVERIFY2(r.exitCode == 0, qPrintable(what(r)));
    QCOMPARE(objectOf(r).value(u"identity").toObject().value(u"id").toString(), PlainUserId);
}

void TestConnections::oneAccountPerIdentity()
{
    QVERIFY(!addOAuthApp().isEmpty());
    const QString first = connectOAuth(QStringLiteral("oauth"));
    QVERIFY(!first.isEmpty());
    const int revokesBefore = m_sandbox->revokeCount();

    test::CliRun r =
        signIn({QStringLiteral("connect"), QStringLiteral("--app"), QStringLiteral("oauth")}, {});
    QVERIFY2(r.exitCode == 2, qPrintable(what(r)));
    QVERIFY2(r.err.contains("reconnect") && r.err.contains("--replace"), r.err.constData());
    QTRY_COMPARE(m_sandbox->revokeCount(), revokesBefore + 1); // the duplicate grant went back
    QCOMPARE(QJsonDocument::fromJson(cli({QStringLiteral("accounts")}).out).array().size(), 1);

    r = signIn({QStringLiteral("connect"), QStringLiteral("--app"), QStringLiteral("oauth"),
                QStringLiteral("--replace"), first},
               {});
    QVERIFY2(r.exitCode == 0, qPrintable(what(r)));
    const QJsonArray accounts =
        QJsonDocument::fromJson(cli({QStringLiteral("accounts")}).out).array();
    QCOMPARE(accounts.size(), 1);
    QVERIFY(accounts.first().toObject().value(u"id").toString() != first);
    // The replaced account's own refresh is dead: it was revoked.
    QCOMPARE(cli({QStringLiteral("refresh"), first}).exitCode, 2); // no such account any more
}

QTEST_GUILESS_MAIN(TestConnections)
#include "tst_connections.moc"
