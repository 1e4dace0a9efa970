// private_key_jwt client assertions (RFC 7523 section 3, OpenID Connect Core section 9, Microsoft
// identity platform certificate credentials) as TokenClient builds them, PS256 signatures, and
// certificates: the x5t#S256 thumbprint against an independent computation, key matching.
#include "auth/ClientAuthentication.h"
#include "auth/TokenClient.h"
#include "crypto/Base64Url.h"
#include "crypto/Certificate.h"
#include "crypto/Jws.h"
#include "crypto/RsaKey.h"
#include "net/HttpRequest.h"
#include "net/UrlEncodedForm.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QSslCertificate>
#include <QTest>

using namespace authdeck;
using namespace authdeck::crypto;

class TestClientAssertion : public QObject {
    Q_OBJECT
private:
    std::unique_ptr<RsaKey> m_key;
    SecretBytes m_pem;

private Q_SLOTS:
    void initTestCase()
    {
        Result<RsaKey> key = RsaKey::generate(2048);
        QVERIFY(key.ok());
        m_key = std::make_unique<RsaKey>(*key);
        m_pem = *m_key->toPkcs8Pem();
    }

    void assertionShape_data()
    {
        QTest::addColumn<QString>("alg");
        QTest::addColumn<QString>("kid");
        QTest::addColumn<QString>("x5t");
        QTest::newRow("RS256 with kid") << "RS256"
                                        << "key-1"
                                        << "";
        QTest::newRow("PS256 with x5t#S256") << "PS256"
                                             << ""
                                             << "abc_-XYZ";
    }
    void assertionShape()
    {
        QFETCH(QString, alg);
        QFETCH(QString, kid);
        QFETCH(QString, x5t);
        ClientAssertionKey k;
        k.privateKeyPem = m_pem;
        k.keyId = kid;
        k.x5tS256 = x5t;
        k.algorithm = alg;
        k.audience = QUrl(QStringLiteral("https://login.example.com/t/oauth2/v2.0/token"));
        QString jti;
        const qint64 before = QDateTime::currentSecsSinceEpoch();
        Result<QByteArray> token =
            TokenClient::clientAssertion(QStringLiteral("client-1"), k, &jti);
        QVERIFY(token.ok());
        Result<Jws::Parts> parts = Jws::parseCompact(*token);
        QVERIFY(parts.ok());
        QVERIFY(Jws::verify(*parts, *m_key, alg).ok());
        QCOMPARE(parts->header.value(u"alg").toString(), alg);
        QCOMPARE(parts->header.value(u"typ").toString(), QStringLiteral("JWT"));
        QCOMPARE(parts->header.contains(u"kid"), !kid.isEmpty());
        QCOMPARE(parts->header.value(u"x5t#S256").toString(), x5t);
        const QJsonObject& c = parts->payload;
        QCOMPARE(c.value(u"iss").toString(), QStringLiteral("client-1"));
        QCOMPARE(c.value(u"sub").toString(), QStringLiteral("client-1"));
        QCOMPARE(c.value(u"aud").toString(), k.audience.toString());
        QCOMPARE(c.value(u"jti").toString(), jti);
        QVERIFY(jti.size() >= 32);
        const qint64 iat = qint64(c.value(u"iat").toDouble());
        QVERIFY(iat >= before && iat <= before + 5);
        QCOMPARE(qint64(c.value(u"nbf").toDouble()), iat);
        QCOMPARE(qint64(c.value(u"exp").toDouble()), iat + 300);
        // A second assertion is a new one.
        QString again;
        QVERIFY(TokenClient::clientAssertion(QStringLiteral("client-1"), k, &again).ok());
        QVERIFY(again != jti);
    }

    void requestCarriesTheAssertion()
    {
        TokenRequest req;
        req.tokenUrl = QUrl(QStringLiteral("https://as.example.com/revoke"));
        req.clientId = QStringLiteral("client-1");
        req.clientAuth = ClientAuth::PrivateKeyJwt;
        req.assertion.privateKeyPem = m_pem;
        req.assertion.audience = QUrl(QStringLiteral("https://as.example.com/token"));
        req.clientSecret = SecretBytes(QByteArrayLiteral("never-sent"));
        req.form = {{QByteArrayLiteral("token"), SecretBytes(QByteArrayLiteral("t"))}};
        Result<HttpRequest> http = TokenClient::prepare(req);
        QVERIFY(http.ok());
        const std::optional<UrlEncodedForm> form = UrlEncodedForm::parse(http->secretBody.bytes());
        QVERIFY(form);
        QCOMPARE(form->value(u"client_assertion_type"),
                 QStringLiteral("urn:ietf:params:oauth:client-assertion-type:jwt-bearer"));
        QVERIFY(!form->contains(u"client_secret"));
        QVERIFY(!http->secretBody.bytes().contains("never-sent"));
        for (const auto& [name, value] : http->headers)
            QVERIFY(name.compare("Authorization", Qt::CaseInsensitive) != 0);
        // aud is the token endpoint even at the revocation endpoint.
        Result<Jws::Parts> parts = Jws::parseCompact(form->value(u"client_assertion").toUtf8());
        QVERIFY(parts.ok());
        QCOMPARE(parts->payload.value(u"aud").toString(),
                 QStringLiteral("https://as.example.com/token"));
    }

    void noKeyIsAClearError()
    {
        TokenRequest req;
        req.tokenUrl = QUrl(QStringLiteral("https://as.example.com/token"));
        req.clientId = QStringLiteral("c");
        req.clientAuth = ClientAuth::PrivateKeyJwt;
        req.assertion.audience = req.tokenUrl;
        Result<HttpRequest> http = TokenClient::prepare(req);
        QVERIFY(!http.ok());
        QVERIFY(http.error().message.contains(QLatin1String("--private-key-file")));
    }

    void methodChoice()
    {
        Provider box;
        box.oauth2 = OAuth2Spec();
        box.oauth2->clientAuth = QStringLiteral("basic");
        AppRegistration app;
        app.scheme = Scheme::OAuth2;
        QCOMPARE(ClientAuthentication::methodFor(&box, app), QStringLiteral("client_secret_basic"));
        app.hasPrivateKey = true;
        QCOMPARE(ClientAuthentication::methodFor(&box, app), QStringLiteral("private_key_jwt"));
        app.clientAuth = QStringLiteral("client_secret_post");
        QCOMPARE(ClientAuthentication::methodFor(&box, app), QStringLiteral("client_secret_post"));
        AppRegistration jwt;
        jwt.scheme = Scheme::Jwt;
        jwt.hasPrivateKey = true; // signs the grant, not the client authentication
        QCOMPARE(ClientAuthentication::methodFor(&box, jwt), QStringLiteral("client_secret_basic"));
        app.clientAuth = QStringLiteral("tls_client_auth");
        QVERIFY(!ClientAuthentication::check(box, app).ok());
        app.clientAuth = QStringLiteral("private_key_jwt");
        app.algorithm = QStringLiteral("RS512");
        QVERIFY(!ClientAuthentication::check(box, app).ok());
    }

    void certificateThumbprint()
    {
        Result<QByteArray> pem = Certificate::selfSigned(*m_key, QStringLiteral("test"), 10);
        QVERIFY(pem.ok());
        Result<CertificateInfo> info = Certificate::fromPem(*pem);
        QVERIFY(info.ok());
        // The same thumbprint computed another way: Qt's own DER of the certificate.
        const QSslCertificate qt(*pem, QSsl::Pem);
        QVERIFY(!qt.isNull());
        const QByteArray expected =
            Base64Url::encode(QCryptographicHash::hash(qt.toDer(), QCryptographicHash::Sha256));
        QCOMPARE(info->x5tS256, QString::fromLatin1(expected));
        QVERIFY(!info->x5tS256.contains(QLatin1Char('=')));
        QCOMPARE(qt.subjectInfo(QSslCertificate::CommonName).value(0), QStringLiteral("test"));
        QVERIFY(info->notAfter > QDateTime::currentDateTimeUtc().addDays(9));
        QVERIFY(Certificate::matchesKey(*info, *m_key).ok());
        Result<RsaKey> other = RsaKey::generate(2048);
        QVERIFY(other.ok());
        QCOMPARE(Certificate::matchesKey(*info, *other).error().kind, ErrorKind::BadInput);
        QVERIFY(!Certificate::fromPem("-----BEGIN PUBLIC KEY-----\n").ok());
    }

    void ps256RoundTrip()
    {
        const QByteArray data = QByteArrayLiteral("signing input");
        Result<QByteArray> sig = m_key->sign(QStringLiteral("PS256"), data);
        QVERIFY(sig.ok());
        QVERIFY(m_key->verify(QStringLiteral("PS256"), data, *sig).ok());
        // PSS signatures are randomised; PKCS#1 v1.5 ones are not.
        QVERIFY(*m_key->sign(QStringLiteral("PS256"), data) != *sig);
        QVERIFY(!m_key->verify(QStringLiteral("RS256"), data, *sig).ok());
    }
};

QTEST_GUILESS_MAIN(TestClientAssertion)
#include "tst_clientassertion.moc"
