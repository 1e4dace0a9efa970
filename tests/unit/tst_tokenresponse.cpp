#include "auth/TokenResponse.h"
#include "core/Diagnosis.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace authdeck;

class TestTokenResponse : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void success_data();
    void success();
    void failures_data();
    void failures();
    void secretsStayOutOfExtra();
    void deeplyNestedBodyIsRefused();
    void invalidGrantOnRefreshMeansSignInAgain_data();
    void invalidGrantOnRefreshMeansSignInAgain();
};

void TestTokenResponse::success_data()
{
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("access");
    QTest::addColumn<QByteArray>("refresh");
    QTest::addColumn<qint64>("expires");

    QTest::newRow("box json")
        << QByteArray("application/json")
        << QByteArray("{\"access_token\":\"AT1\",\"expires_in\":3600,\"restricted_to\":[],"
                      "\"refresh_token\":\"RT1\",\"token_type\":\"bearer\"}")
        << QByteArray("AT1") << QByteArray("RT1") << qint64(3600);
    // Qt 6.4 would drop these silently (docs/QT64-DEFECTS.md, defect 8).
    QTest::newRow("json labelled text/plain")
        << QByteArray("text/plain")
        << QByteArray("{\"access_token\":\"AT2\",\"token_type\":\"Bearer\"}") << QByteArray("AT2")
        << QByteArray() << qint64(-1);
    QTest::newRow("no content type")
        << QByteArray()
        << QByteArray(
               " {\"access_token\":\"AT3\",\"token_type\":\"bearer\",\"expires_in\":\"60\"}\n")
        << QByteArray("AT3") << QByteArray() << qint64(60);
    QTest::newRow("form encoded")
        << QByteArray("application/x-www-form-urlencoded")
        << QByteArray("access_token=A%2FB%2BC&token_type=bearer&refresh_token=R+1&expires_in=10")
        << QByteArray("A/B+C") << QByteArray("R 1") << qint64(10);
}

void TestTokenResponse::success()
{
    QFETCH(QByteArray, contentType);
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, access);
    QFETCH(QByteArray, refresh);
    QFETCH(qint64, expires);
    Result<TokenResponse> r =
        TokenResponseParser::parse(200, contentType, body, QStringLiteral("api.box.com"));
    QVERIFY2(r.ok(), qPrintable(r.error().message));
    QCOMPARE(r->accessToken.bytes(), access);
    QCOMPARE(r->refreshToken.bytes(), refresh);
    QCOMPARE(r->expiresIn, expires);
}

void TestTokenResponse::failures_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("diagnosis");
    QTest::addColumn<QString>("says");

    const int rejected = int(ErrorKind::Rejected);
    const int network = int(ErrorKind::Network);
    QTest::newRow("used refresh token")
        << 400 << QByteArray("application/json")
        << QByteArray(
               "{\"error\":\"invalid_grant\",\"error_description\":\"Refresh token has expired\"}")
        << rejected << int(Diagnosis::RefreshTokenExpired) << "sign in again";
    QTest::newRow("revoked refresh token")
        << 400 << QByteArray("application/json")
        << QByteArray("{\"error\":\"invalid_grant\",\"error_description\":\"Token has been "
                      "expired or revoked.\"}")
        << rejected << int(Diagnosis::RefreshTokenExpired) << "sign in again";
    QTest::newRow("refresh token used elsewhere")
        << 400 << QByteArray("application/json")
        << QByteArray("{\"error\":\"invalid_grant\",\"error_description\":\"The refresh "
                      "token was already used\"}")
        << rejected << int(Diagnosis::RefreshTokenReused) << "already used";
    QTest::newRow("redirect_uri_mismatch")
        << 400 << QByteArray("application/json")
        << QByteArray("{\"error\":\"redirect_uri_mismatch\"}") << rejected
        << int(Diagnosis::RedirectUriNotRegistered) << "redirect URI";
    QTest::newRow("invalid scope")
        << 400 << QByteArray("application/json") << QByteArray("{\"error\":\"invalid_scope\"}")
        << rejected << int(Diagnosis::ScopeNotGranted) << "scopes";
    QTest::newRow("clock skew exp")
        << 400 << QByteArray("application/json")
        << QByteArray("{\"error\":\"invalid_grant\",\"error_description\":\"Please check the 'exp' "
                      "claim.\"}")
        << rejected << int(Diagnosis::ClockSkew) << "clock";
    QTest::newRow("jti reuse") << 400 << QByteArray("application/json")
                               << QByteArray("{\"error\":\"invalid_grant\",\"error_description\":"
                                             "\"A unique 'jti' value is required\"}")
                               << rejected << int(Diagnosis::ClockSkew) << "jti";
    QTest::newRow("sub") << 400 << QByteArray("application/json")
                         << QByteArray("{\"error\":\"invalid_grant\",\"error_description\":"
                                       "\"Please check the 'sub' claim.\"}")
                         << rejected << int(Diagnosis::SubjectRefused) << "enterprise ID";
    QTest::newRow("kid") << 400 << QByteArray("application/json")
                         << QByteArray("{\"error\":\"invalid_grant\",\"error_description\":"
                                       "\"Please check the 'kid' header: public key not found.\"}")
                         << rejected << int(Diagnosis::KeyRefused) << "Public Key ID";
    QTest::newRow("signature") << 400 << QByteArray("application/json")
                               << QByteArray("{\"error\":\"invalid_grant\",\"error_description\":"
                                             "\"Signature verification error.\"}")
                               << rejected << int(Diagnosis::KeyRefused) << "signature";
    QTest::newRow("unauthorized client")
        << 400 << QByteArray("application/json")
        << QByteArray("{\"error\":\"unauthorized_client\",\"error_description\":\"This app is not "
                      "authorized by the enterprise admin\"}")
        << rejected << int(Diagnosis::AppNotAuthorized) << "not authorized";
    QTest::newRow("invalid client")
        << 401 << QByteArray("application/json")
        << QByteArray("{\"error\":\"invalid_client\",\"error_description\":\"The client "
                      "credentials are invalid\"}")
        << rejected << int(Diagnosis::InvalidClient) << "client ID and secret";
    QTest::newRow("html 200") << 200 << QByteArray("text/html")
                              << QByteArray("<html><body>Login</body></html>") << network
                              << int(Diagnosis::None) << "HTML";
    QTest::newRow("html 502") << 502 << QByteArray("text/html")
                              << QByteArray("<html>Bad gateway</html>") << network
                              << int(Diagnosis::ProviderOutage) << "HTTP 502";
    QTest::newRow("429") << 429 << QByteArray("application/json") << QByteArray("{}") << network
                         << int(Diagnosis::RateLimited) << "429";
    QTest::newRow("429 with oauth error")
        << 429 << QByteArray("application/json") << QByteArray("{\"error\":\"rate_limited\"}")
        << network << int(Diagnosis::RateLimited) << "rate_limited";
    QTest::newRow("empty") << 200 << QByteArray("application/json") << QByteArray() << network
                           << int(Diagnosis::None) << "empty";
    QTest::newRow("truncated") << 200 << QByteArray("application/json")
                               << QByteArray("{\"access_token\":\"AT") << network
                               << int(Diagnosis::None) << "malformed";
    QTest::newRow("array") << 200 << QByteArray("application/json") << QByteArray("[1,2]")
                           << network << int(Diagnosis::None) << "not an object";
    QTest::newRow("no access token")
        << 200 << QByteArray("application/json") << QByteArray("{\"token_type\":\"bearer\"}")
        << network << int(Diagnosis::None) << "without an access token";
    QTest::newRow("no token type")
        << 200 << QByteArray("application/json") << QByteArray("{\"access_token\":\"x\"}")
        << network << int(Diagnosis::None) << "without a token type";
    QTest::newRow("mac token") << 200 << QByteArray("application/json")
                               << QByteArray("{\"access_token\":\"x\",\"token_type\":\"mac\"}")
                               << network << int(Diagnosis::None) << "bearer tokens only";
    QTest::newRow("error in 200") << 200 << QByteArray("application/json")
                                  << QByteArray("{\"error\":\"access_denied\"}") << rejected
                                  << int(Diagnosis::AccessDenied) << "denied";
    QTest::newRow("server_error") << 400 << QByteArray("application/json")
                                  << QByteArray("{\"error\":\"server_error\"}") << network
                                  << int(Diagnosis::ProviderOutage) << "try again later";
    QTest::newRow("401 html") << 401 << QByteArray("text/html") << QByteArray("<h1>no</h1>")
                              << rejected << int(Diagnosis::InvalidClient) << "HTTP 401";
    QTest::newRow("oversized") << 200 << QByteArray("application/json")
                               << QByteArray(2 * 1024 * 1024, ' ') << network
                               << int(Diagnosis::None) << "larger than 1 MB";
}

void TestTokenResponse::failures()
{
    QFETCH(int, status);
    QFETCH(QByteArray, contentType);
    QFETCH(QByteArray, body);
    QFETCH(int, kind);
    QFETCH(int, diagnosis);
    QFETCH(QString, says);
    Result<TokenResponse> r =
        TokenResponseParser::parse(status, contentType, body, QStringLiteral("api.box.com"));
    QVERIFY(!r.ok());
    QCOMPARE(int(r.error().kind), kind);
    QCOMPARE(int(r.error().diagnosis), diagnosis);
    QVERIFY2(r.error().fullMessage().contains(says, Qt::CaseInsensitive),
             qPrintable(r.error().fullMessage()));
    QVERIFY(r.error().message.contains(QLatin1String("api.box.com")));
    // Every classified cause has its next step in the engine's one table.
    QCOMPARE(nextStep(r.error().diagnosis).isEmpty(), diagnosis == int(Diagnosis::None));
}

void TestTokenResponse::secretsStayOutOfExtra()
{
    Result<TokenResponse> r =
        TokenResponseParser::parse(200, "application/json",
                                   "{\"access_token\":\"A\",\"refresh_token\":\"R\",\"id_token\":"
                                   "\"I\",\"token_type\":\"bearer\","
                                   "\"instance_url\":\"https://x.my.salesforce.com\"}",
                                   QStringLiteral("login.salesforce.com"));
    QVERIFY(r.ok());
    QCOMPARE(r->extra.keys(), QStringList{QStringLiteral("instance_url")});
}

void TestTokenResponse::deeplyNestedBodyIsRefused()
{
    QByteArray body = "{\"a\":";
    for (int i = 0; i < 100000; ++i)
        body += '[';
    Result<TokenResponse> r =
        TokenResponseParser::parse(200, "application/json", body, QStringLiteral("h"));
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, ErrorKind::Network);
}

void TestTokenResponse::invalidGrantOnRefreshMeansSignInAgain_data()
{
    QTest::addColumn<QString>("description");
    QTest::addColumn<int>("diagnosis");
    QTest::addColumn<QString>("shown"); // the provider's words as the message keeps them
    const int expired = int(Diagnosis::RefreshTokenExpired);
    // RFC 6749 section 5.2: on a refresh, invalid_grant means the refresh token is invalid,
    // expired or revoked, whatever words a provider chooses (none of these says "refresh").
    QTest::newRow("grant not found") << "Grant not found" << expired << "Grant not found";
    QTest::newRow("token revoked")
        << "Token has been revoked." << expired << "Token has been revoked.";
    QTest::newRow("bad request") << "Bad Request" << expired << "Bad Request";
    QTest::newRow("no description") << "" << expired << "";
    QTest::newRow("already used") << "The token was already used"
                                  << int(Diagnosis::RefreshTokenReused)
                                  << "The token was already used";
    // Control characters are the provider's, not words: a terminal escape, a forged log line.
    QTest::newRow("control characters")
        << "Session\x1b[2J ended\r\nauthdeck-cli: ok\x07" << expired
        << QStringLiteral("Session\ufffd[2J ended authdeck-cli: ok\ufffd");
}

void TestTokenResponse::invalidGrantOnRefreshMeansSignInAgain()
{
    QFETCH(QString, description);
    QFETCH(int, diagnosis);
    QFETCH(QString, shown);
    QJsonObject body{{QStringLiteral("error"), QStringLiteral("invalid_grant")}};
    if (!description.isEmpty())
        body.insert(QStringLiteral("error_description"), description);
    const QByteArray json = QJsonDocument(body).toJson(QJsonDocument::Compact);
    const Result<TokenResponse> r =
        TokenResponseParser::parse(400, "application/json", json, QStringLiteral("api.box.com"),
                                   QStringLiteral("refresh_token"));
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, ErrorKind::Rejected); // exit 3
    QCOMPARE(int(r.error().diagnosis), diagnosis);
    const QString message = r.error().fullMessage();
    QVERIFY2(message.contains(QLatin1String("sign in again")), qPrintable(message));
    QVERIFY2(message.contains(shown), qPrintable(message));
    for (QChar c : message)
        QVERIFY2(c.category() != QChar::Other_Control, qPrintable(message));
    QVERIFY(!nextStep(r.error().diagnosis).isEmpty());

    // The same answer to another grant is not a dead refresh token.
    if (diagnosis == int(Diagnosis::RefreshTokenExpired) && !description.isEmpty()) {
        const Result<TokenResponse> code =
            TokenResponseParser::parse(400, "application/json", json, QStringLiteral("api.box.com"),
                                       QStringLiteral("authorization_code"));
        QVERIFY(!code.ok());
        QVERIFY(code.error().diagnosis != Diagnosis::RefreshTokenExpired);
    }
}

QTEST_GUILESS_MAIN(TestTokenResponse)
#include "tst_tokenresponse.moc"
