// JwtAssertion: the Box and Google assertions built from the catalog's templates, checked claim by
// claim after Jws::parseCompact + verify with the public key alone.
#include "auth/JwtAssertion.h"
#include "crypto/Jws.h"
#include "crypto/RsaKey.h"
#include "providers/ProviderCatalog.h"

#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace authdeck;
using namespace authdeck::crypto;

namespace {

AppRegistration boxApp()
{
    AppRegistration app;
    app.name = QStringLiteral("box-jwt");
    app.providerId = QStringLiteral("box");
    app.scheme = Scheme::Jwt;
    app.clientId = QStringLiteral("cl1ent1d");
    app.publicKeyId = QStringLiteral("k3y1d");
    app.enterpriseId = QStringLiteral("900100");
    return app;
}

} // namespace

class TestJwtAssertion : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void boxEnterpriseClaims();
    void boxUserSubject();
    void algorithms_data();
    void algorithms();
    void serverNowAndLifetimeCap();
    void missingPublicKeyIdIsNamed();
    void subjects_data();
    void subjects();
    void googleServiceAccountClaims();
    void googleDelegationSubject();
    void tenThousandUniqueJti();
    void publicKeyCannotSign();

private:
    Result<Jws::Parts> signAndParse(const JwtSpec& spec, const JwtAssertion::Params& params,
                                    JwtAssertion::Signed* out = nullptr);

    ProviderCatalog m_catalog;
    std::optional<RsaKey> m_key;
    std::optional<RsaKey> m_public;
    std::optional<RsaKey> m_other;
};

void TestJwtAssertion::initTestCase()
{
    m_catalog.load({});
    QVERIFY(m_catalog.find(QStringLiteral("box")));
    QVERIFY(m_catalog.find(QStringLiteral("box"))->jwt);
    Result<RsaKey> key = RsaKey::generate(2048);
    QVERIFY(key.ok());
    m_key = *key;
    Result<RsaKey> pub = RsaKey::fromPublicPem(key->publicKeyPem());
    QVERIFY(pub.ok());
    QVERIFY(!pub->hasPrivateKey());
    m_public = *pub;
    Result<RsaKey> other = RsaKey::generate(2048);
    QVERIFY(other.ok());
    m_other = *other;
}

Result<Jws::Parts> TestJwtAssertion::signAndParse(const JwtSpec& spec,
                                                  const JwtAssertion::Params& params,
                                                  JwtAssertion::Signed* out)
{
    Result<JwtAssertion::Signed> s = JwtAssertion::build(spec, *m_key, params);
    if (!s.ok())
        return s.error();
    if (out)
        *out = *s;
    Result<Jws::Parts> parts = Jws::parseCompact(s->token);
    if (!parts.ok())
        return parts.error();
    if (Status v = Jws::verify(*parts, *m_public, s->algorithm); !v.ok())
        return v.error();
    return parts;
}

void TestJwtAssertion::boxEnterpriseClaims()
{
    const JwtSpec& spec = *m_catalog.find(QStringLiteral("box"))->jwt;
    const AppRegistration app = boxApp();
    Result<ServerSubject> subject =
        ServerSubject::parse(QStringLiteral("enterprise"), spec.subjectTypes, app);
    QVERIFY(subject.ok());
    JwtAssertion::Params params;
    params.variables = JwtAssertion::variablesFor(app, *subject, spec.tokenUrl);
    const qint64 before = QDateTime::currentSecsSinceEpoch();
    JwtAssertion::Signed s;
    Result<Jws::Parts> parts = signAndParse(spec, params, &s);
    QVERIFY2(parts.ok(), qPrintable(parts.error().message));
    const qint64 after = QDateTime::currentSecsSinceEpoch();

    const QJsonObject h = parts->header;
    QCOMPARE(h.value(QLatin1String("alg")).toString(), QStringLiteral("RS256"));
    QCOMPARE(h.value(QLatin1String("typ")).toString(), QStringLiteral("JWT"));
    QCOMPARE(h.value(QLatin1String("kid")).toString(), QStringLiteral("k3y1d"));
    QCOMPARE(h.size(), 3);

    const QJsonObject c = parts->payload;
    QCOMPARE(c.value(QLatin1String("iss")).toString(), QStringLiteral("cl1ent1d"));
    QCOMPARE(c.value(QLatin1String("sub")).toString(), QStringLiteral("900100"));
    QVERIFY(c.value(QLatin1String("sub")).isString()); // a string, as Box requires
    QCOMPARE(c.value(QLatin1String("box_sub_type")).toString(), QStringLiteral("enterprise"));
    QCOMPARE(c.value(QLatin1String("aud")).toString(),
             QStringLiteral("https://api.box.com/oauth2/token"));
    const QString jti = c.value(QLatin1String("jti")).toString();
    QCOMPARE(jti.size(), JwtAssertion::JtiChars);
    QVERIFY(jti.size() >= 16 && jti.size() <= 128);
    QVERIFY(QRegularExpression(QStringLiteral("^[A-Za-z0-9_-]+$")).match(jti).hasMatch());
    QCOMPARE(jti, s.jti);
    const qint64 iat = qint64(c.value(QLatin1String("iat")).toDouble());
    const qint64 exp = qint64(c.value(QLatin1String("exp")).toDouble());
    QVERIFY(iat >= before && iat <= after);
    QCOMPARE(exp - iat, qint64(30)); // the catalog's lifetime
    QVERIFY(exp - after <= 60);      // Box: at most 60 s ahead
    QCOMPARE(s.expires.toSecsSinceEpoch(), exp);
    QCOMPARE(c.size(), 7); // iss sub box_sub_type aud jti iat exp, and nothing else
}

void TestJwtAssertion::boxUserSubject()
{
    const JwtSpec& spec = *m_catalog.find(QStringLiteral("box"))->jwt;
    const AppRegistration app = boxApp();
    Result<ServerSubject> subject =
        ServerSubject::parse(QStringLiteral("user:4242"), spec.subjectTypes, app);
    QVERIFY(subject.ok());
    QCOMPARE(subject->type, QStringLiteral("user"));
    QCOMPARE(subject->id, QStringLiteral("4242"));
    JwtAssertion::Params params;
    params.variables = JwtAssertion::variablesFor(app, *subject, spec.tokenUrl);
    Result<Jws::Parts> parts = signAndParse(spec, params);
    QVERIFY(parts.ok());
    QCOMPARE(parts->payload.value(QLatin1String("sub")).toString(), QStringLiteral("4242"));
    QCOMPARE(parts->payload.value(QLatin1String("box_sub_type")).toString(),
             QStringLiteral("user"));
}

void TestJwtAssertion::algorithms_data()
{
    QTest::addColumn<QString>("alg");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("RS256") << QStringLiteral("RS256") << true;
    QTest::newRow("RS384") << QStringLiteral("RS384") << true;
    QTest::newRow("RS512") << QStringLiteral("RS512") << true;
    QTest::newRow("HS256") << QStringLiteral("HS256") << false;
    QTest::newRow("none") << QStringLiteral("none") << false;
}

void TestJwtAssertion::algorithms()
{
    QFETCH(QString, alg);
    QFETCH(bool, accepted);
    const JwtSpec& spec = *m_catalog.find(QStringLiteral("box"))->jwt;
    JwtAssertion::Params params;
    params.variables = JwtAssertion::variablesFor(
        boxApp(), ServerSubject{QStringLiteral("enterprise"), QStringLiteral("1")}, spec.tokenUrl);
    params.algorithm = alg;
    Result<JwtAssertion::Signed> s = JwtAssertion::build(spec, *m_key, params);
    QCOMPARE(s.ok(), accepted);
    if (!accepted) {
        QCOMPARE(s.error().kind, ErrorKind::Usage);
        return;
    }
    Result<Jws::Parts> parts = Jws::parseCompact(s->token);
    QVERIFY(parts.ok());
    QCOMPARE(parts->header.value(QLatin1String("alg")).toString(), alg);
    QVERIFY(Jws::verify(*parts, *m_public, alg).ok());
    // Another key's public half must not verify it.
    Result<RsaKey> otherPublic = RsaKey::fromPublicPem(m_other->publicKeyPem());
    QVERIFY(otherPublic.ok());
    QVERIFY(!Jws::verify(*parts, *otherPublic, alg).ok());
}

void TestJwtAssertion::serverNowAndLifetimeCap()
{
    const JwtSpec& spec = *m_catalog.find(QStringLiteral("box"))->jwt;
    JwtAssertion::Params params;
    params.variables = JwtAssertion::variablesFor(
        boxApp(), ServerSubject{QStringLiteral("enterprise"), QStringLiteral("1")}, spec.tokenUrl);
    // The server's Date, five minutes ahead of this computer.
    const QDateTime serverNow = QDateTime::currentDateTimeUtc().addSecs(300);
    params.now = serverNow;
    Result<Jws::Parts> parts = signAndParse(spec, params);
    QVERIFY(parts.ok());
    QCOMPARE(qint64(parts->payload.value(QLatin1String("iat")).toDouble()),
             serverNow.toSecsSinceEpoch());
    QCOMPARE(qint64(parts->payload.value(QLatin1String("exp")).toDouble()),
             serverNow.toSecsSinceEpoch() + 30);

    // A longer lifetime than max_lifetime (60) is cut to it.
    params.lifetimeSeconds = 3600;
    parts = signAndParse(spec, params);
    QVERIFY(parts.ok());
    QCOMPARE(qint64(parts->payload.value(QLatin1String("exp")).toDouble())
                 - qint64(parts->payload.value(QLatin1String("iat")).toDouble()),
             qint64(spec.maxLifetimeSeconds));
    QCOMPARE(spec.maxLifetimeSeconds, 60);
}

void TestJwtAssertion::missingPublicKeyIdIsNamed()
{
    const JwtSpec& spec = *m_catalog.find(QStringLiteral("box"))->jwt;
    AppRegistration app = boxApp();
    app.publicKeyId.clear();
    JwtAssertion::Params params;
    params.variables = JwtAssertion::variablesFor(
        app, ServerSubject{QStringLiteral("enterprise"), QStringLiteral("1")}, spec.tokenUrl);
    Result<JwtAssertion::Signed> s = JwtAssertion::build(spec, *m_key, params);
    QVERIFY(!s.ok());
    QVERIFY2(s.error().message.contains(QLatin1String("Public Key ID")),
             qPrintable(s.error().message));

    app = boxApp();
    app.clientId.clear();
    params.variables = JwtAssertion::variablesFor(
        app, ServerSubject{QStringLiteral("enterprise"), QStringLiteral("1")}, spec.tokenUrl);
    s = JwtAssertion::build(spec, *m_key, params);
    QVERIFY(!s.ok());
    QVERIFY2(s.error().message.contains(QLatin1String("client ID")), qPrintable(s.error().message));
}

void TestJwtAssertion::subjects_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("enterpriseId");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("id");
    QTest::newRow("enterprise") << "enterprise"
                                << "77" << true << "enterprise"
                                << "77";
    QTest::newRow("enterprise without id") << "enterprise"
                                           << "" << false << ""
                                           << "";
    QTest::newRow("user") << "user:12"
                          << "77" << true << "user"
                          << "12";
    QTest::newRow("user without id") << "user:"
                                     << "77" << false << ""
                                     << "";
    QTest::newRow("unknown") << "group:1"
                             << "77" << false << ""
                             << "";
    QTest::newRow("empty") << ""
                           << "77" << false << ""
                           << "";
}

void TestJwtAssertion::subjects()
{
    QFETCH(QString, text);
    QFETCH(QString, enterpriseId);
    QFETCH(bool, ok);
    QFETCH(QString, type);
    QFETCH(QString, id);
    AppRegistration app = boxApp();
    app.enterpriseId = enterpriseId;
    Result<ServerSubject> s =
        ServerSubject::parse(text, {QStringLiteral("enterprise"), QStringLiteral("user")}, app);
    QCOMPARE(s.ok(), ok);
    if (ok) {
        QCOMPARE(s->type, type);
        QCOMPARE(s->id, id);
    } else {
        QCOMPARE(s.error().kind, ErrorKind::Usage);
    }
    // A provider that only takes users refuses "enterprise".
    if (text == QLatin1String("enterprise") && ok)
        QVERIFY(!ServerSubject::parse(text, {QStringLiteral("user")}, app).ok());
}

void TestJwtAssertion::googleServiceAccountClaims()
{
    const Provider* google = m_catalog.find(QStringLiteral("google-drive"));
    if (!google || !google->jwt)
        QSKIP("The catalog has no Google service-account scheme");
    const JwtSpec& spec = *google->jwt;
    AppRegistration app;
    app.name = QStringLiteral("g");
    app.providerId = google->id;
    app.scheme = Scheme::Jwt;
    app.clientEmail = QStringLiteral("svc@project.iam.gserviceaccount.com");
    app.publicKeyId = QStringLiteral("abc123");
    app.scopes = {QStringLiteral("https://www.googleapis.com/auth/drive"),
                  QStringLiteral("https://www.googleapis.com/auth/drive.file")};
    JwtAssertion::Params params;
    params.variables = JwtAssertion::variablesFor(app, ServerSubject(), spec.tokenUrl);
    Result<Jws::Parts> parts = signAndParse(spec, params);
    QVERIFY2(parts.ok(), parts.ok() ? "" : qPrintable(parts.error().message));
    const QJsonObject c = parts->payload;
    QCOMPARE(c.value(QLatin1String("iss")).toString(), app.clientEmail);
    QCOMPARE(c.value(QLatin1String("aud")).toString(), spec.tokenUrl);
    QCOMPARE(c.value(QLatin1String("scope")).toString(),
             QStringLiteral("https://www.googleapis.com/auth/drive "
                            "https://www.googleapis.com/auth/drive.file"));
    QVERIFY(!c.contains(QLatin1String("sub")));
    QCOMPARE(parts->header.value(QLatin1String("kid")).toString(), QStringLiteral("abc123"));
    QCOMPARE(qint64(c.value(QLatin1String("exp")).toDouble())
                 - qint64(c.value(QLatin1String("iat")).toDouble()),
             qint64(spec.lifetimeSeconds));
}

void TestJwtAssertion::googleDelegationSubject()
{
    const Provider* google = m_catalog.find(QStringLiteral("google-drive"));
    QVERIFY(google && google->jwt);
    const JwtSpec& spec = *google->jwt;
    QVERIFY(spec.subjectOptional);
    AppRegistration app;
    app.name = QStringLiteral("g");
    app.clientEmail = QStringLiteral("svc@project.iam.gserviceaccount.com");
    app.publicKeyId = QStringLiteral("abc123");
    app.scopes = {QStringLiteral("https://www.googleapis.com/auth/drive")};

    // No subject: the service account itself.
    Result<ServerSubject> none = ServerSubject::parse(QString(), spec.subjectTypes, app, true);
    QVERIFY(none.ok());
    QVERIFY(none->type.isEmpty());
    // Without subject_optional the same empty subject is refused (Box needs one).
    QVERIFY(!ServerSubject::parse(QString(), spec.subjectTypes, app, false).ok());
    // No enterprise at Google.
    QVERIFY(!ServerSubject::parse(QStringLiteral("enterprise"), spec.subjectTypes, app, true).ok());

    Result<ServerSubject> user =
        ServerSubject::parse(QStringLiteral("user:ada@example.com"), spec.subjectTypes, app, true);
    QVERIFY(user.ok());
    JwtAssertion::Params params;
    params.variables = JwtAssertion::variablesFor(app, *user, spec.tokenUrl);
    Result<Jws::Parts> parts = signAndParse(spec, params);
    QVERIFY2(parts.ok(), parts.ok() ? "" : qPrintable(parts.error().message));
    QCOMPARE(parts->payload.value(QLatin1String("sub")).toString(),
             QStringLiteral("ada@example.com"));
    QVERIFY(!parts->payload.contains(QLatin1String("box_sub_type")));

    // Scope is required: an app without scopes is told so instead of signing a useless assertion.
    app.scopes.clear();
    params.variables = JwtAssertion::variablesFor(app, *user, spec.tokenUrl);
    Result<JwtAssertion::Signed> noScope = JwtAssertion::build(spec, *m_key, params);
    QVERIFY(!noScope.ok());
    QVERIFY2(noScope.error().message.contains(QStringLiteral("scope")),
             qPrintable(noScope.error().message));
}

void TestJwtAssertion::tenThousandUniqueJti()
{
    // The property the issue asks for: every assertion (every retry) carries a new jti.
    const JwtSpec& spec = *m_catalog.find(QStringLiteral("box"))->jwt;
    JwtAssertion::Params params;
    params.variables = JwtAssertion::variablesFor(
        boxApp(), ServerSubject{QStringLiteral("enterprise"), QStringLiteral("1")}, spec.tokenUrl);
    QSet<QString> seen;
    constexpr int Count = 10000;
    seen.reserve(Count);
    for (int i = 0; i < Count; ++i) {
        Result<JwtAssertion::Signed> s = JwtAssertion::build(spec, *m_key, params);
        QVERIFY(s.ok());
        QCOMPARE(s->jti.size(), JwtAssertion::JtiChars);
        seen.insert(s->jti);
    }
    QCOMPARE(seen.size(), Count);
}

void TestJwtAssertion::publicKeyCannotSign()
{
    const JwtSpec& spec = *m_catalog.find(QStringLiteral("box"))->jwt;
    JwtAssertion::Params params;
    params.variables = JwtAssertion::variablesFor(
        boxApp(), ServerSubject{QStringLiteral("enterprise"), QStringLiteral("1")}, spec.tokenUrl);
    QVERIFY(!JwtAssertion::build(spec, *m_public, params).ok());
}

QTEST_GUILESS_MAIN(TestJwtAssertion)
#include "tst_jwtassertion.moc"
