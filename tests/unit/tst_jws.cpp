#include "crypto/Base64Url.h"
#include "crypto/Jws.h"
#include "crypto/RsaKey.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace authdeck;
using namespace authdeck::crypto;

namespace {

// RFC 7515 appendix A.2: the RSA key of A.2.1, as a JWK.
QJsonObject rfc7515Key()
{
    return QJsonDocument::fromJson(
               "{\"kty\":\"RSA\","
               "\"n\":\"ofgWCuLjybRlzo0tZWJjNiuSfb4p4fAkd_wWJcyQoTbji9k0l8W26mPddxHmfHQp-Vaw-"
               "4qPCJrcS2mJPMEzP1Pt0Bm4d4QlL-yRT-SFd2lZS-pCgNMsD1W_"
               "YpRPEwOWvG6b32690r2jZ47soMZo9wGzjb_7OMg0LOL-bSf63kpaSHSXndS5z5rexMdbBYUsLA9e-"
               "KXBdQOS-UTo7WTBEMa2R2CapHg665xsmtdVMTBQY4uDZlxvb3qCo5ZwKh9kG4LT6_"
               "I5IhlJH7aGhyxXFvUK-DWNmoudF8NAco9_h9iaGNj8q2ethFkMLs91kzk2PAcDTW9gb54h4FRWyuXpoQ\","
               "\"e\":\"AQAB\","
               "\"d\":\"Eq5xpGnNCivDflJsRQBXHx1hdR1k6Ulwe2JZD50LpXyWPEAeP88vLNO97IjlA7_"
               "GQ5sLKMgvfTeXZx9SE-7YwVol2NXOoAJe46sui395IW_GO-pWJ1O0BkTGoVEn2bKVRUCgu-"
               "GjBVaYLU6f3l9kJfFNS3E0QbVdxzubSu3Mkqzjkn439X0M_V51gfpRLI9JYanrC4D4qAdGcopV_"
               "0ZHHzQlBjudU2QvXt4ehNYTCBr6XCLQUShb1juUO1ZdiYoFaFQT5Tw8bGUl_x_"
               "jTj3ccPDVZFD9pIuhLhBOneufuBiB4cS98l2SR_RQyGWSeWjnczT0QU91p1DhOVRuOopznQ\","
               "\"p\":\"4BzEEOtIpmVdVEZNCqS7baC4crd0pqnRH_"
               "5IB3jw3bcxGn6QLvnEtfdUdiYrqBdss1l58BQ3KhooKeQTa9AB0Hw_"
               "Py5PJdTJNPY8cQn7ouZ2KKDcmnPGBY5t7yLc1QlQ5xHdwW1VhvKn-nXqhJTBgIPgtldC-KDV5z-"
               "y2XDwGUc\","
               "\"q\":\"uQPEfgmVtjL0Uyyx88GZFF1fOunH3-"
               "7cepKmtH4pxhtCoHqpWmT8YAmZxaewHgHAjLYsp1ZSe7zFYHj7C6ul7TjeLQeZD_YwD66t62wDmpe_HlB-"
               "TnBA-njbglfIsRLtXlnDzQkv5dTltRJ11BKBBypeeF6689rjcJIDEz9RWdc\","
               "\"dp\":\"BwKfV3Akq5_MFZDFZCnW-wzl-"
               "CCo83WoZvnLQwCTeDv8uzluRSnm71I3QCLdhrqE2e9YkxvuxdBfpT_PI7Yz-"
               "FOKnu1R6HsJeDCjn12Sk3vmAktV2zb34MCdy7cpdTh_"
               "YVr7tss2u6vneTwrA86rZtu5Mbr1C1XsmvkxHQAdYo0\","
               "\"dq\":\"h_96-mK1R_"
               "7glhsum81dZxjTnYynPbZpHziZjeeHcXYsXaaMwkOlODsWa7I9xXDoRwbKgB719rrmI2oKr6N3Do9U0ajaH"
               "F-NKJnwgjMd2w9cjz3_-kyNlxAr2v4IKhGNpmM5iIgOS1VZnOZ68m6_pbLBSp3nssTdlqvd0tIiTHU\","
               "\"qi\":\"IYd7DHOhrWvxkwPQsRM2tOgrjbcrfvtQJipd-"
               "DlcxyVuuM9sQLdgjVk2oy26F0EmpScGLq2MowX7fhd_"
               "QJQ3ydy5cY7YIBi87w93IKLEdfnbJtoOPLUW0ITrJReOgo1cq9SbsxYawBgfp_gh6A5603k2-"
               "ZQwVK0JKSHuLFkuQ3U\"}")
        .object();
}

// RFC 7515 A.2.1: header {"alg":"RS256"} and the A.1 payload (with its CRLFs), exactly as encoded.
const QByteArray Rfc7515SigningInput = "eyJhbGciOiJSUzI1NiJ9"
                                       ".eyJpc3MiOiJqb2UiLA0KICJleHAiOjEzMDA4MTkzODAsDQogImh0dHA6Ly"
                                       "9leGFtcGxlLmNvbS9pc19yb290Ijp0cnVlfQ";
const QByteArray Rfc7515Signature =
    "cC4hiUPoj9Eetdgtv3hF80EGrhuB__dzERat0XF9g2VtQgr9PJbu3XOiZj5RZmh7AAuHIm4Bh-0Qc_lF5YKt_"
    "O8W2Fp5jujGbds9uJdbF9CUAr7t1dnZcAcQjbKBYNX4BAynRFdiuB--f_"
    "nZLgrnbyTyWzO75vRK5h6xBArLIARNPvkSjtQBMHlb1L07Qe7K0GarZRmB_eSN9383LcOLn6_dO--xi12jzDwusC-"
    "eOkHWEsqtFZESc6BfI7noOPqvhJ1phCnvWh6IeYI2w9QOYEUipUTI8np6LbgGY9Fs98rqVt5AXLIhWkWywlVmtVrBp0igc"
    "N_IoypGlUPQGe77Rw";

QByteArray part(const QJsonObject& object)
{
    return Base64Url::encode(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

} // namespace

class TestJws : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void rfc7515SignatureBytes();
    void rfc7515TokenVerifies();
    void rfc7515PublicKeyOnly();
    void roundTrip_data();
    void roundTrip();
    void headerAlgMustAgree();
    void ownTypIsKept();
    void verifyRefuses_data();
    void verifyRefuses();
    void parseRefuses_data();
    void parseRefuses();

private:
    std::unique_ptr<RsaKey> m_rfcKey;
    std::unique_ptr<RsaKey> m_otherKey;
};

void TestJws::initTestCase()
{
    const Result<RsaKey> rfc = RsaKey::fromJwk(rfc7515Key());
    QVERIFY2(rfc.ok(), qPrintable(rfc.error().message));
    QVERIFY(rfc->hasPrivateKey());
    QCOMPARE(rfc->bits(), 2048);
    m_rfcKey = std::make_unique<RsaKey>(*rfc);
    const Result<RsaKey> other = RsaKey::generate(2048);
    QVERIFY(other.ok());
    m_otherKey = std::make_unique<RsaKey>(*other);
}

void TestJws::rfc7515SignatureBytes()
{
    // RSASSA-PKCS1-v1_5 is deterministic, so the RFC's signature must come out byte for byte.
    const Result<QByteArray> signature =
        m_rfcKey->sign(QStringLiteral("RS256"), Rfc7515SigningInput);
    QVERIFY(signature.ok());
    QCOMPARE(Base64Url::encode(*signature), Rfc7515Signature);
}

void TestJws::rfc7515TokenVerifies()
{
    const Result<Jws::Parts> parts =
        Jws::parseCompact(Rfc7515SigningInput + '.' + Rfc7515Signature);
    QVERIFY2(parts.ok(), qPrintable(parts.error().message));
    QCOMPARE(parts->header, QJsonObject({{"alg", "RS256"}}));
    QCOMPARE(parts->payload.value("iss").toString(), QStringLiteral("joe"));
    QCOMPARE(parts->payload.value("exp").toInteger(), 1300819380);
    QCOMPARE(parts->payload.value("http://example.com/is_root").toBool(), true);
    // The signing input is kept as sent (the payload has CRLFs that re-serialising would lose).
    QCOMPARE(parts->signingInput, Rfc7515SigningInput);
    QVERIFY(Jws::verify(*parts, *m_rfcKey).ok());
    QVERIFY(Jws::verify(*parts, *m_rfcKey, QStringLiteral("RS256")).ok());
    const Status wrongKey = Jws::verify(*parts, *m_otherKey);
    QVERIFY(!wrongKey.ok());
    QCOMPARE(wrongKey.error().kind, ErrorKind::BadInput);
}

void TestJws::rfc7515PublicKeyOnly()
{
    QJsonObject publicJwk = rfc7515Key();
    for (const char* name : {"d", "p", "q", "dp", "dq", "qi"})
        publicJwk.remove(QLatin1String(name));
    const Result<RsaKey> key = RsaKey::fromJwk(publicJwk);
    QVERIFY(key.ok());
    QVERIFY(!key->hasPrivateKey());
    QCOMPARE(key->publicJwk(), publicJwk);
    const Result<Jws::Parts> parts =
        Jws::parseCompact(Rfc7515SigningInput + '.' + Rfc7515Signature);
    QVERIFY(Jws::verify(*parts, *key).ok());
}

void TestJws::roundTrip_data()
{
    QTest::addColumn<QString>("alg");
    QTest::newRow("RS256") << "RS256";
    QTest::newRow("RS384") << "RS384";
    QTest::newRow("RS512") << "RS512";
}

void TestJws::roundTrip()
{
    QFETCH(QString, alg);
    const QJsonObject claims{{"iss", "client-id"},
                             {"sub", "12345"},
                             {"box_sub_type", "enterprise"},
                             {"aud", "https://api.box.com/oauth2/token"},
                             {"jti", "abcdefghijklmnopqrstuvwxyz"},
                             {"exp", 1700000030}};
    const Result<QByteArray> token =
        Jws::signCompact(QJsonObject{{"kid", "key-id-1"}}, claims, *m_otherKey, alg);
    QVERIFY2(token.ok(), qPrintable(token.error().message));
    QCOMPARE(token->count('.'), 2);
    QVERIFY(!token->contains('='));

    const Result<Jws::Parts> parts = Jws::parseCompact(*token);
    QVERIFY(parts.ok());
    QCOMPARE(parts->header, QJsonObject({{"alg", alg}, {"typ", "JWT"}, {"kid", "key-id-1"}}));
    QCOMPARE(parts->payload, claims);
    // Compact JSON: no spaces or newlines in what is signed.
    const QByteArray headerJson = *Base64Url::decode(parts->signingInput.split('.').first());
    QVERIFY(!headerJson.contains(' ') && !headerJson.contains('\n'));
    QVERIFY(Jws::verify(*parts, *m_otherKey, alg).ok());
    QVERIFY(!Jws::verify(*parts, *m_rfcKey).ok());
    const QString otherAlg =
        alg == QLatin1String("RS512") ? QStringLiteral("RS256") : QStringLiteral("RS512");
    QVERIFY(!Jws::verify(*parts, *m_otherKey, otherAlg).ok());
}

void TestJws::headerAlgMustAgree()
{
    const Result<QByteArray> token = Jws::signCompact(
        QJsonObject{{"alg", "RS512"}}, QJsonObject{{"a", 1}}, *m_otherKey, QStringLiteral("RS256"));
    QVERIFY(!token.ok());
    QVERIFY(!Jws::signCompact({}, {}, *m_otherKey, QStringLiteral("HS256")).ok());
    QVERIFY(!Jws::signCompact({}, {}, *m_otherKey, QStringLiteral("none")).ok());
    const Result<QByteArray> agreeing = Jws::signCompact(QJsonObject{{"alg", "RS256"}}, {{"a", 1}},
                                                         *m_otherKey, QStringLiteral("RS256"));
    QVERIFY(agreeing.ok());
}

void TestJws::ownTypIsKept()
{
    const Result<QByteArray> token = Jws::signCompact(QJsonObject{{"typ", "at+jwt"}}, {{"a", 1}},
                                                      *m_otherKey, QStringLiteral("RS256"));
    QVERIFY(token.ok());
    QCOMPARE(Jws::parseCompact(*token)->header.value("typ").toString(), QStringLiteral("at+jwt"));
}

void TestJws::verifyRefuses_data()
{
    QTest::addColumn<QByteArray>("token");
    QTest::addColumn<QString>("expected");

    const QByteArray payload = Rfc7515SigningInput.split('.').at(1);
    QTest::newRow("alg none") << QByteArray(part({{"alg", "none"}}) + '.' + payload + '.'
                                            + Rfc7515Signature)
                              << "\"none\"";
    QTest::newRow("alg HS256") << QByteArray(part({{"alg", "HS256"}}) + '.' + payload + '.'
                                             + Rfc7515Signature)
                               << "\"HS256\"";
    QTest::newRow("alg missing") << QByteArray(part({{"typ", "JWT"}}) + '.' + payload + '.'
                                               + Rfc7515Signature)
                                 << "AuthDeck accepts";
    QTest::newRow("alg not a string")
        << QByteArray(part({{"alg", 256}}) + '.' + payload + '.' + Rfc7515Signature)
        << "AuthDeck accepts";
    QTest::newRow("alg swapped to RS384")
        << QByteArray(part({{"alg", "RS384"}}) + '.' + payload + '.' + Rfc7515Signature)
        << "does not match";
    QTest::newRow("crit") << QByteArray(part({{"alg", "RS256"}, {"crit", QJsonArray{"exp"}}}) + '.'
                                        + payload + '.' + Rfc7515Signature)
                          << "extensions";
    const QByteArray header = Rfc7515SigningInput.split('.').at(0);
    QTest::newRow("payload changed") << QByteArray(
        header + '.' + part({{"iss", "joe"}, {"exp", 1300819381}}) + '.' + Rfc7515Signature)
                                     << "does not match";
    QByteArray changedSignature = Rfc7515SigningInput + '.' + Rfc7515Signature;
    changedSignature[changedSignature.size() - 10] = 'A';
    QTest::newRow("signature changed") << changedSignature << "does not match";
}

void TestJws::verifyRefuses()
{
    QFETCH(QByteArray, token);
    QFETCH(QString, expected);
    const Result<Jws::Parts> parts = Jws::parseCompact(token);
    QVERIFY2(parts.ok(), qPrintable(parts.error().message));
    const Status verified = Jws::verify(*parts, *m_rfcKey);
    QVERIFY(!verified.ok());
    QCOMPARE(verified.error().kind, ErrorKind::BadInput);
    QVERIFY2(verified.error().message.contains(expected), qPrintable(verified.error().message));
}

void TestJws::parseRefuses_data()
{
    QTest::addColumn<QByteArray>("token");
    QTest::addColumn<QString>("expected");
    const QByteArray header = Rfc7515SigningInput.split('.').at(0);
    const QByteArray payload = Rfc7515SigningInput.split('.').at(1);
    QTest::newRow("empty") << QByteArray() << "three parts";
    QTest::newRow("two parts") << Rfc7515SigningInput << "three parts";
    QTest::newRow("four parts") << QByteArray(Rfc7515SigningInput + '.' + Rfc7515Signature + ".x")
                                << "three parts";
    QTest::newRow("JWE-like five parts") << QByteArray("a.b.c.d.e") << "three parts";
    QTest::newRow("padded header") << QByteArray(header + "==." + payload + '.' + Rfc7515Signature)
                                   << "header is not valid base64url";
    QTest::newRow("standard base64 signature")
        << QByteArray(Rfc7515SigningInput + '.' + QByteArray(Rfc7515Signature).replace('_', '/'))
        << "signature";
    QTest::newRow("empty signature") << QByteArray(Rfc7515SigningInput + '.') << "signature";
    QTest::newRow("header not JSON") << QByteArray(Base64Url::encode("alg") + '.' + payload + ".AA")
                                     << "header is not a JSON object";
    QTest::newRow("header JSON array")
        << QByteArray(Base64Url::encode("[\"RS256\"]") + '.' + payload + ".AA")
        << "header is not a JSON object";
    QTest::newRow("payload not JSON")
        << QByteArray(header + '.' + Base64Url::encode("hello") + ".AA")
        << "payload is not a JSON object";
    QTest::newRow("payload JSON string")
        << QByteArray(header + '.' + Base64Url::encode("\"x\"") + ".AA")
        << "payload is not a JSON object";
    QTest::newRow("space") << QByteArray(header + ". " + payload + '.' + Rfc7515Signature)
                           << "payload is not valid base64url";
    QTest::newRow("over 16 KiB") << QByteArray(
        header + '.'
        + Base64Url::encode(QJsonDocument(QJsonObject{{"x", QString(13000, 'x')}}).toJson())
        + ".AA") << "larger than 16 KB";
}

void TestJws::parseRefuses()
{
    QFETCH(QByteArray, token);
    QFETCH(QString, expected);
    const Result<Jws::Parts> parts = Jws::parseCompact(token);
    QVERIFY(!parts.ok());
    QCOMPARE(parts.error().kind, ErrorKind::BadInput);
    QVERIFY2(parts.error().message.contains(expected), qPrintable(parts.error().message));
}

QTEST_GUILESS_MAIN(TestJws)
#include "tst_jws.moc"
