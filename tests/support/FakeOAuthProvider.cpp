#include "FakeOAuthProvider.h"

#include "crypto/Pkce.h"
#include "net/HttpDate.h"
#include "sandbox/SandboxServer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QSignalSpy>

namespace authdeck::test {

const QByteArray FakeOAuthProvider::ClientSecret = "canary-client-secret-5b1e";

namespace {

void refuse(HttpResponder a, const QString& error, const QString& description)
{
    a.respondJson(400, {{QStringLiteral("error"), error},
                        {QStringLiteral("error_description"), description}});
}

} // namespace

FakeOAuthProvider::FakeOAuthProvider()
{
    m_server.route("GET", QStringLiteral("/authorize"),
                   [this](const HttpServerRequest& r, HttpResponder a) { authorize(r, a); });
    m_server.route("POST", QStringLiteral("/token"),
                   [this](const HttpServerRequest& r, HttpResponder a) { token(r, a); });
    m_server.route("POST", QStringLiteral("/revoke"),
                   [this](const HttpServerRequest& r, HttpResponder a) {
                       const std::optional<UrlEncodedForm> f = r.form();
                       if (f && f->value("client_secret") == QString::fromUtf8(ClientSecret))
                           revoked << f->value("token");
                       a.respond(200);
                   });
    m_server.route(
        "GET", QStringLiteral("/2.0/users/me"),
        [this](const HttpServerRequest& r, HttpResponder a) {
            const QString bearer = QString::fromUtf8(r.header("Authorization"));
            if (!bearer.startsWith(QStringLiteral("Bearer ")) || !live.contains(bearer.mid(7))) {
                a.respondJson(401, {{QStringLiteral("type"), QStringLiteral("error")}});
                return;
            }
            a.respondJson(
                200, {{QStringLiteral("id"), userId},
                      {QStringLiteral("name"), QStringLiteral("Ada Admin")},
                      {QStringLiteral("login"), QStringLiteral("ada@example.com")},
                      {QStringLiteral("enterprise"),
                       QJsonObject{{QStringLiteral("id"), QStringLiteral("777")},
                                   {QStringLiteral("name"), QStringLiteral("Example Corp")}}}});
        });
    m_server.listen();
}

QString FakeOAuthProvider::url(const QString& path) const
{
    return m_server.baseUrl().toString() + path;
}

AppInput FakeOAuthProvider::boxApp(const QString& name) const
{
    AppInput in;
    in.providerId = QStringLiteral("box");
    in.name = name;
    in.clientId = QString::fromLatin1(ClientId);
    in.clientSecret = SecretBytes(ClientSecret);
    in.authorizeUrl = url(QStringLiteral("/authorize"));
    in.tokenUrl = url(QStringLiteral("/token"));
    in.revokeUrl = url(QStringLiteral("/revoke"));
    in.apiBase = url(QStringLiteral("/2.0"));
    return in;
}

QString FakeOAuthProvider::fresh(const char* kind)
{
    static int n = 0;
    const QString t = QStringLiteral("%1-canary-%2-%3")
                          .arg(QLatin1String(kind))
                          .arg(++n)
                          .arg(QString::number(QRandomGenerator::global()->generate64(), 36));
    issuedTokens << t;
    return t;
}

void FakeOAuthProvider::authorize(const HttpServerRequest& r, HttpResponder a)
{
    QUrl redirect(r.query.value("redirect_uri"));
    // Percent-encoded by hand: QUrlQuery leaves '+' alone, which a form decoder reads as a space.
    QStringList q;
    auto add = [&q](const QString& name, const QString& value) {
        q << QString::fromLatin1(QUrl::toPercentEncoding(name) + '='
                                 + QUrl::toPercentEncoding(value));
    };
    lastScope = r.query.value("scope");
    if (authorizeMode == Authorize::Denied) {
        add(QStringLiteral("error"), QStringLiteral("access_denied"));
        add(QStringLiteral("state"), r.query.value("state"));
    } else {
        const QString code = fresh("code") + codeExtra;
        m_codes.insert(code, {{QStringLiteral("redirect_uri"), redirect.toString()},
                              {QStringLiteral("challenge"), r.query.value("code_challenge")},
                              {QStringLiteral("method"), r.query.value("code_challenge_method")}});
        add(QStringLiteral("code"), code);
        add(QStringLiteral("state"), authorizeMode == Authorize::ForgedState
                                         ? QStringLiteral("forged-state-value")
                                         : r.query.value("state"));
        if (authorizeMode == Authorize::WithIssuer)
            add(QStringLiteral("iss"), QStringLiteral("https://evil.example"));
    }
    redirect.setQuery(q.join(QLatin1Char('&')), QUrl::StrictMode);
    a.redirect(redirect);
}

void FakeOAuthProvider::issue(HttpResponder a)
{
    const QString access = fresh("access");
    const QString refresh = fresh("refresh");
    live.insert(access);
    refreshTokens.insert(refresh);
    const QJsonObject body{{QStringLiteral("access_token"), access},
                           {QStringLiteral("refresh_token"), refresh},
                           {QStringLiteral("expires_in"), nextExpiresIn},
                           {QStringLiteral("token_type"), QStringLiteral("bearer")},
                           {QStringLiteral("restricted_to"), QJsonArray()}};
    if (beforeIssue)
        beforeIssue(refresh);
    if (tokenMode == Token::JsonAsTextPlain) {
        // Qt 6.4's own flow drops a token answer of any other type silently.
        a.respond(200, {{"Content-Type", "text/plain"}},
                  QJsonDocument(body).toJson(QJsonDocument::Compact));
        return;
    }
    HttpHeaderList headers;
    if (dateOffsetSeconds != 0)
        headers.append(
            {"Date", HttpDate::format(QDateTime::currentDateTimeUtc().addSecs(dateOffsetSeconds))});
    a.respondJson(200, body, headers);
}

void FakeOAuthProvider::token(const HttpServerRequest& r, HttpResponder a)
{
    switch (tokenMode) {
    case Token::Html:
        a.respond(200, {{"Content-Type", "text/html"}}, "<html><body>Maintenance</body></html>");
        return;
    case Token::ServerError:
        a.respond(500, {{"Content-Type", "text/html"}}, "<h1>Internal error</h1>");
        return;
    case Token::TooMany:
        a.respond(429, {{"Retry-After", "1"}}, "slow down");
        return;
    case Token::Hang:
        a.stall();
        return;
    case Token::Normal:
    case Token::JsonAsTextPlain:
        break;
    }
    const std::optional<UrlEncodedForm> f = r.form();
    if (f)
        lastTokenForm = *f;
    if (!f || f->value("client_id") != QLatin1String(ClientId)
        || f->value("client_secret") != QString::fromUtf8(ClientSecret)) {
        a.respondJson(401, {{QStringLiteral("error"), QStringLiteral("invalid_client")}});
        return;
    }
    const QString grant = f->value("grant_type");
    if (grant == QLatin1String("authorization_code")) {
        const QString code = f->value("code");
        if (!m_codes.contains(code))
            return refuse(a, QStringLiteral("invalid_grant"),
                          QStringLiteral("Auth code doesn't exist or is invalid"));
        const QJsonObject c = m_codes.take(code);
        if (c.value(QStringLiteral("redirect_uri")).toString() != f->value("redirect_uri"))
            return refuse(a, QStringLiteral("invalid_grant"), QStringLiteral("redirect_uri"));
        const QString verifier = f->value("code_verifier");
        seenVerifiers << verifier;
        if (c.value(QStringLiteral("method")).toString() != QLatin1String("S256")
            || crypto::Pkce::challengeS256(verifier.toUtf8())
                   != c.value(QStringLiteral("challenge")).toString())
            return refuse(a, QStringLiteral("invalid_grant"),
                          QStringLiteral("PKCE verification failed"));
        ++codeGrants;
        issue(a);
        return;
    }
    if (grant == QLatin1String("refresh_token")) {
        const QString rt = f->value("refresh_token");
        if (!refreshTokens.remove(rt)) {
            ++refusedRefreshes;
            return refuse(a, QStringLiteral("invalid_grant"), refusedRefreshDescription);
        }
        ++refreshGrants;
        issue(a);
        return;
    }
    refuse(a, QStringLiteral("unsupported_grant_type"), {});
}

// The browser: follows the authorization URL through the provider's redirect to AuthDeck's
// loopback listener and returns the page the listener answered with.
QByteArray playBrowser(const QString& url, int* status)
{
    QNetworkAccessManager nam;
    QNetworkRequest req{QUrl(url)};
    req.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                     QNetworkRequest::NoLessSafeRedirectPolicy);
    QNetworkReply* reply = nam.get(req);
    QSignalSpy done(reply, &QNetworkReply::finished);
    done.wait(20000);
    if (status)
        *status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = reply->readAll();
    reply->deleteLater();
    return body;
}

QByteArray playSandboxBrowser(const QString& url, const QString& decision)
{
    QNetworkAccessManager nam;
    QNetworkReply* page = nam.get(QNetworkRequest(QUrl(url)));
    QSignalSpy pageDone(page, &QNetworkReply::finished);
    pageDone.wait(20000);
    const QString requestId = SandboxServer::consentRequestId(page->readAll());
    page->deleteLater();
    if (requestId.isEmpty())
        return {};
    QUrl decide(url);
    decide.setQuery(QString());
    QNetworkRequest post(decide);
    post.setHeader(QNetworkRequest::ContentTypeHeader,
                   QStringLiteral("application/x-www-form-urlencoded"));
    post.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                      QNetworkRequest::NoLessSafeRedirectPolicy);
    QNetworkReply* answer = nam.post(
        post, QStringLiteral("request_id=%1&decision=%2").arg(requestId, decision).toUtf8());
    QSignalSpy answerDone(answer, &QNetworkReply::finished);
    answerDone.wait(20000);
    const QByteArray body = answer->readAll();
    answer->deleteLater();
    return body;
}

QUrl redirectTarget(const QString& url)
{
    QNetworkAccessManager nam;
    QNetworkRequest req{QUrl(url)};
    req.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                     QNetworkRequest::ManualRedirectPolicy);
    QNetworkReply* reply = nam.get(req);
    QSignalSpy done(reply, &QNetworkReply::finished);
    done.wait(20000);
    const QUrl target = reply->attribute(QNetworkRequest::RedirectionTargetAttribute).toUrl();
    reply->deleteLater();
    return target;
}

} // namespace authdeck::test
