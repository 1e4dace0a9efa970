// Google service accounts through the real authdeck-cli binary: `apps import-google-key` with a
// JSON key file, `connect --app` (the service account itself) and `--subject user:EMAIL`
// (domain-wide delegation), against the test's own loopback token endpoint that checks every
// assertion the way Google does (signature, kid, iss, aud, scope, sub, exp). A key file with a
// missing field is exit 6 naming the field, and nothing is created. Needs the keychain: run inside
// packaging/test-session.sh.
#include "TestSupport.h"

#include "crypto/Jws.h"
#include "crypto/RsaKey.h"
#include "net/LocalHttpServer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace authdeck;
using namespace authdeck::crypto;

namespace {

const QString Email = QStringLiteral("deck-bot@authdeck-test.iam.gserviceaccount.com");
const QString KeyId = QStringLiteral("3f1b2c4d5e6f708192a3b4c5d6e7f8091a2b3c4d");
const QString ScopeA = QStringLiteral("https://www.googleapis.com/auth/drive");
const QString ScopeB = QStringLiteral("https://www.googleapis.com/auth/drive.file");

QString what(const test::CliRun& r)
{
    return QStringLiteral("exit %1, stdout: %2, stderr: %3")
        .arg(r.exitCode)
        .arg(QString::fromUtf8(r.out), QString::fromUtf8(r.err));
}

// Google's token endpoint and Drive's /about, as far as a service account sees them.
class FakeGoogle : public QObject {
public:
    explicit FakeGoogle(const RsaKey& publicKey)
        : m_key(publicKey)
    {
        m_server.route("POST", QStringLiteral("/token"),
                       [this](const HttpServerRequest& r, HttpResponder a) { token(r, a); });
        m_server.route("GET", QStringLiteral("/drive/v3/about"),
                       [this](const HttpServerRequest& r, HttpResponder a) { about(r, a); });
    }
    bool start() { return m_server.listen(); }
    [[nodiscard]] QString tokenUrl() const
    {
        return m_server.baseUrl().toString() + QStringLiteral("/token");
    }
    [[nodiscard]] QString apiBase() const
    {
        return m_server.baseUrl().toString() + QStringLiteral("/drive/v3");
    }

    struct Seen {
        QJsonObject header;
        QJsonObject claims;
        QStringList formNames;
        QString problem;
    };
    QList<Seen> seen;

private:
    void token(const HttpServerRequest& request, HttpResponder responder)
    {
        Seen s;
        auto refuse = [&](const QString& words) {
            s.problem = words;
            seen.append(s);
            responder.respondJson(400, {{QStringLiteral("error"), QStringLiteral("invalid_grant")},
                                        {QStringLiteral("error_description"), words}});
        };
        const std::optional<UrlEncodedForm> form = request.form();
        if (!form)
            return refuse(QStringLiteral("not a form"));
        for (const auto& item : form->items())
            s.formNames.append(item.first);
        if (form->value(u"grant_type")
            != QLatin1String("urn:ietf:params:oauth:grant-type:jwt-bearer"))
            return refuse(QStringLiteral("grant_type"));
        const Result<Jws::Parts> parts = Jws::parseCompact(form->value(u"assertion").toUtf8());
        if (!parts)
            return refuse(QStringLiteral("Invalid JWT"));
        s.header = parts->header;
        s.claims = parts->payload;
        if (!Jws::verify(*parts, m_key, QStringLiteral("RS256")).ok())
            return refuse(QStringLiteral("Invalid JWT Signature."));
        if (parts->header.value(u"kid").toString() != KeyId)
            return refuse(QStringLiteral("kid"));
        if (s.claims.value(u"iss").toString() != Email)
            return refuse(QStringLiteral("iss"));
        if (s.claims.value(u"aud").toString() != tokenUrl())
            return refuse(QStringLiteral("Invalid JWT: aud"));
        if (s.claims.value(u"scope").toString().isEmpty())
            return refuse(QStringLiteral("Invalid OAuth scope or ID token audience provided."));
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        const qint64 exp = qint64(s.claims.value(u"exp").toDouble());
        const qint64 iat = qint64(s.claims.value(u"iat").toDouble());
        if (exp <= now || exp - iat > 3600 || iat > now + 60)
            return refuse(QStringLiteral("Invalid JWT: Token must be a short-lived token"));
        seen.append(s);
        const QString token = QStringLiteral("ya29.google-token-canary-%1").arg(seen.size());
        m_tokens.insert(token, s.claims.value(u"sub").toString());
        responder.respondJson(200, {{QStringLiteral("access_token"), token},
                                    {QStringLiteral("expires_in"), 3599},
                                    {QStringLiteral("token_type"), QStringLiteral("Bearer")}});
    }

    void about(const HttpServerRequest& request, HttpResponder responder)
    {
        const QByteArray auth = request.header("Authorization");
        const QString token = QString::fromLatin1(auth.mid(7));
        if (!auth.startsWith("Bearer ") || !m_tokens.contains(token)) {
            responder.respond(401);
            return;
        }
        const QString sub = m_tokens.value(token);
        const QString who = sub.isEmpty() ? Email : sub;
        responder.respondJson(
            200, {{QStringLiteral("user"),
                   QJsonObject{{QStringLiteral("permissionId"), QStringLiteral("perm-") + who},
                               {QStringLiteral("displayName"), QStringLiteral("Name of ") + who},
                               {QStringLiteral("emailAddress"), who}}}});
    }

    RsaKey m_key;
    LocalHttpServer m_server;
    QHash<QString, QString> m_tokens; // access token -> sub
};

} // namespace

class TestGoogleJwt : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void serviceAccountItself();
    void domainWideDelegation();
    void incompleteKeyFile_data();
    void incompleteKeyFile();

private:
    QJsonObject keyFile() const;
    QString write(const QByteArray& content);
    test::CliRun import(const QString& file, const QStringList& more = {});
    QStringList base() const
    {
        return {QStringLiteral("--profile"), m_profile->path(), QStringLiteral("--json")};
    }

    std::optional<RsaKey> m_key;
    QByteArray m_pem;
    std::unique_ptr<FakeGoogle> m_google;
    std::unique_ptr<test::TempProfile> m_profile;
    QTemporaryDir m_scratch;
    int m_files = 0;
};

void TestGoogleJwt::initTestCase()
{
    QVERIFY2(test::keychainAvailable(), "No Secret Service: run inside packaging/test-session.sh");
    Result<RsaKey> key = RsaKey::generate(2048);
    QVERIFY(key.ok());
    m_key = *key;
    Result<SecretBytes> pem = key->toPkcs8Pem();
    QVERIFY(pem.ok());
    m_pem = pem->bytes();
}

void TestGoogleJwt::init()
{
    Result<RsaKey> pub = RsaKey::fromPublicPem(m_key->publicKeyPem());
    QVERIFY(pub.ok());
    m_google = std::make_unique<FakeGoogle>(*pub);
    QVERIFY(m_google->start());
    m_profile = std::make_unique<test::TempProfile>();
}

void TestGoogleJwt::cleanup()
{
    m_google.reset();
    m_profile.reset();
}

QJsonObject TestGoogleJwt::keyFile() const
{
    // The shape Google Cloud's console downloads.
    return QJsonObject{
        {QStringLiteral("type"), QStringLiteral("service_account")},
        {QStringLiteral("project_id"), QStringLiteral("authdeck-test")},
        {QStringLiteral("private_key_id"), KeyId},
        {QStringLiteral("private_key"), QString::fromLatin1(m_pem)},
        {QStringLiteral("client_email"), Email},
        {QStringLiteral("client_id"), QStringLiteral("104857600000000000001")},
        {QStringLiteral("auth_uri"), QStringLiteral("https://accounts.google.com/o/oauth2/auth")},
        {QStringLiteral("token_uri"), m_google->tokenUrl()},
        {QStringLiteral("universe_domain"), QStringLiteral("googleapis.com")}};
}

QString TestGoogleJwt::write(const QByteArray& content)
{
    return test::writeFile(m_scratch.path(), QStringLiteral("sa-%1.json").arg(++m_files), content);
}

test::CliRun TestGoogleJwt::import(const QString& file, const QStringList& more)
{
    return test::runCli(base() << QStringLiteral("apps") << QStringLiteral("import-google-key")
                               << file << QStringLiteral("--name") << QStringLiteral("gsa")
                               << QStringLiteral("--api-base") << m_google->apiBase() << more);
}

void TestGoogleJwt::serviceAccountItself()
{
    test::CliRun r = import(write(QJsonDocument(keyFile()).toJson()),
                            {QStringLiteral("--scope"), ScopeA, QStringLiteral("--scope"), ScopeB});
    QVERIFY2(r.exitCode == 0, qPrintable(what(r)));
    const QJsonObject app = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(app.value(u"private_key_stored").toBool(), true);

    r = test::runCli(base() << QStringLiteral("connect") << QStringLiteral("--app")
                            << QStringLiteral("gsa"));
    QVERIFY2(r.exitCode == 0, qPrintable(what(r)));
    const QString account = QJsonDocument::fromJson(r.out).object().value(u"id").toString();
    QVERIFY(!account.isEmpty());

    QCOMPARE(m_google->seen.size(), 1);
    const FakeGoogle::Seen s = m_google->seen.first(); // a copy: later requests grow the list
    QCOMPARE(s.problem, QString());
    QCOMPARE(s.header.value(u"alg").toString(), QStringLiteral("RS256"));
    QCOMPARE(s.header.value(u"kid").toString(), KeyId);
    QCOMPARE(s.claims.value(u"iss").toString(), Email);
    QCOMPARE(s.claims.value(u"aud").toString(), m_google->tokenUrl());
    QCOMPARE(s.claims.value(u"scope").toString(), ScopeA + QLatin1Char(' ') + ScopeB);
    QVERIFY(!s.claims.contains(QLatin1String("sub")));
    QVERIFY(!s.claims.contains(QLatin1String("box_sub_type")));
    QCOMPARE(s.claims.value(u"jti").toString().size(), 32);
    QCOMPARE(qint64(s.claims.value(u"exp").toDouble()) - qint64(s.claims.value(u"iat").toDouble()),
             qint64(3600));
    // The assertion is the whole proof: no client_id or secret in the form.
    QVERIFY2(s.formNames
                 == QStringList({QStringLiteral("grant_type"), QStringLiteral("assertion")}),
             qPrintable(s.formNames.join(QLatin1Char(','))));

    r = test::runCli(base() << QStringLiteral("test") << account);
    QVERIFY2(r.exitCode == 0, qPrintable(what(r)));
    QVERIFY2(r.out.contains(Email.toUtf8()), r.out.constData());

    // A new token is a new assertion (no refresh token).
    r = test::runCli(base() << QStringLiteral("refresh") << account);
    QVERIFY2(r.exitCode == 0, qPrintable(what(r)));
    QCOMPARE(m_google->seen.size(), 2);
    QVERIFY(m_google->seen.at(1).claims.value(u"jti") != s.claims.value(u"jti"));

    // The key stays in the keychain.
    const QByteArray files = m_profile->allFileBytes();
    for (const QByteArray& line : m_pem.split('\n'))
        if (line.size() >= 40)
            QVERIFY2(!files.contains(line), "private key under the profile folder");
    QVERIFY(!files.contains("google-token-canary"));
}

void TestGoogleJwt::domainWideDelegation()
{
    // No --scope: the provider's default scope.
    test::CliRun r = import(write(QJsonDocument(keyFile()).toJson()));
    QVERIFY2(r.exitCode == 0, qPrintable(what(r)));
    r = test::runCli(base() << QStringLiteral("connect") << QStringLiteral("--app")
                            << QStringLiteral("gsa") << QStringLiteral("--subject")
                            << QStringLiteral("user:alice@authdeck-test.example"));
    QVERIFY2(r.exitCode == 0, qPrintable(what(r)));
    QCOMPARE(m_google->seen.size(), 1);
    const FakeGoogle::Seen s = m_google->seen.first(); // a copy: later requests grow the list
    QCOMPARE(s.claims.value(u"sub").toString(), QStringLiteral("alice@authdeck-test.example"));
    QCOMPARE(s.claims.value(u"scope").toString(), ScopeA);
    const QString account = QJsonDocument::fromJson(r.out).object().value(u"id").toString();
    r = test::runCli(base() << QStringLiteral("test") << account);
    QVERIFY2(r.exitCode == 0, qPrintable(what(r)));
    QVERIFY2(r.out.contains("alice@authdeck-test.example"), r.out.constData());

    // Google has no enterprise subject.
    r = test::runCli(base() << QStringLiteral("connect") << QStringLiteral("--app")
                            << QStringLiteral("gsa") << QStringLiteral("--subject")
                            << QStringLiteral("enterprise"));
    QVERIFY2(r.exitCode == 2, qPrintable(what(r)));
}

void TestGoogleJwt::incompleteKeyFile_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("action"); // remove, empty, value
    QTest::addColumn<QString>("value");
    for (const char* f : {"type", "client_email", "private_key", "private_key_id", "token_uri"})
        QTest::newRow(f) << QString::fromLatin1(f) << QStringLiteral("remove") << QString();
    QTest::newRow("empty client_email")
        << QStringLiteral("client_email") << QStringLiteral("value") << QString();
    QTest::newRow("not a service account")
        << QStringLiteral("type") << QStringLiteral("value") << QStringLiteral("authorized_user");
    QTest::newRow("not a key") << QStringLiteral("private_key") << QStringLiteral("value")
                               << QStringLiteral("-----BEGIN PRIVATE KEY-----\nAAAA\n"
                                                 "-----END PRIVATE KEY-----\n");
    QTest::newRow("truncated") << QStringLiteral("JSON") << QStringLiteral("truncate") << QString();
}

void TestGoogleJwt::incompleteKeyFile()
{
    QFETCH(QString, field);
    QFETCH(QString, action);
    QFETCH(QString, value);
    QJsonObject o = keyFile();
    QByteArray content;
    if (action == QLatin1String("remove"))
        o.remove(field);
    else if (action == QLatin1String("value"))
        o.insert(field, value);
    content = QJsonDocument(o).toJson();
    if (action == QLatin1String("truncate"))
        content.truncate(content.size() / 2);
    const test::CliRun r = import(write(content));
    QCOMPARE(r.exitCode, 6);
    QVERIFY2(r.err.contains(field.toUtf8()), r.err.constData());
    QVERIFY2(!r.err.contains("PRIVATE KEY-----\nMII"), "the key was echoed");
    const test::CliRun list =
        test::runCli(base() << QStringLiteral("apps") << QStringLiteral("list"));
    QVERIFY2(list.exitCode == 0, qPrintable(what(list)));
    QCOMPARE(QJsonDocument::fromJson(list.out).array().size(), 0);
    QCOMPARE(m_google->seen.size(), 0);
}

QTEST_GUILESS_MAIN(TestGoogleJwt)
#include "tst_google_jwt.moc"
