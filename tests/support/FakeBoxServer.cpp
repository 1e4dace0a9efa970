#include "FakeBoxServer.h"

#include "crypto/Jws.h"
#include "net/HttpDate.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace authdeck::test {

FakeBoxServer::FakeBoxServer(QObject* parent)
    : QObject(parent)
{
    m_server.route("POST", QStringLiteral("/oauth2/token"),
                   [this](const HttpServerRequest& r, HttpResponder a) { token(r, a); });
    m_server.route("GET", QStringLiteral("/2.0/users/me"),
                   [this](const HttpServerRequest& r, HttpResponder a) { usersMe(r, a); });
}

bool FakeBoxServer::start()
{
    return m_server.listen();
}

QString FakeBoxServer::tokenUrl() const
{
    return m_server.baseUrl().toString() + QStringLiteral("/oauth2/token");
}

QString FakeBoxServer::apiBase() const
{
    return m_server.baseUrl().toString() + QStringLiteral("/2.0");
}

QDateTime FakeBoxServer::serverNow() const
{
    return QDateTime::currentDateTimeUtc().addSecs(clockOffsetSeconds);
}

void FakeBoxServer::answer(const HttpResponder& responder, int status, const QJsonObject& body,
                           const QList<std::pair<QByteArray, QByteArray>>& extra) const
{
    // Written raw so the Date can be the server's own (possibly wrong) clock.
    const QByteArray json = QJsonDocument(body).toJson(QJsonDocument::Compact);
    QByteArray out = "HTTP/1.1 " + QByteArray::number(status) + ' '
                     + HttpResponder::reasonPhrase(status) + "\r\n";
    out += "Content-Type: application/json\r\n";
    out += "Date: " + HttpDate::format(serverNow()) + "\r\n";
    for (const auto& [name, value] : extra)
        out += name + ": " + value + "\r\n";
    out += "Content-Length: " + QByteArray::number(json.size()) + "\r\n";
    out += "Cache-Control: no-store\r\nConnection: close\r\n\r\n" + json;
    responder.sendRawAndClose(out);
}

void FakeBoxServer::token(const HttpServerRequest& request, HttpResponder responder)
{
    Seen seen;
    auto refuse = [&](const QString& code, const QString& words, int status = 400) {
        seen.problem = code + QStringLiteral(": ") + words;
        tokenRequests.append(seen);
        answer(responder, status,
               {{QStringLiteral("error"), code}, {QStringLiteral("error_description"), words}});
    };
    const std::optional<UrlEncodedForm> form = request.form();
    if (!form || !form->duplicateNames().isEmpty()) {
        refuse(QStringLiteral("invalid_request"), QStringLiteral("Bad form"));
        return;
    }
    seen.grantType = form->value(u"grant_type");
    if (answer429Times > 0) {
        --answer429Times;
        seen.problem = QStringLiteral("429");
        tokenRequests.append(seen);
        answer(responder, 429, {{QStringLiteral("error"), QStringLiteral("rate_limited")}},
               {{"Retry-After", "1"}});
        return;
    }
    if (form->value(u"client_id") != clientId || form->value(u"client_secret") != clientSecret) {
        refuse(QStringLiteral("invalid_client"),
               QStringLiteral("The client credentials are invalid."));
        return;
    }
    if (!refuseWith.isEmpty()) {
        refuse(refuseWith, refuseWords);
        return;
    }
    if (seen.grantType == QLatin1String("client_credentials")) {
        const QString type = form->value(u"box_subject_type");
        const QString id = form->value(u"box_subject_id");
        if ((type != QLatin1String("enterprise") && type != QLatin1String("user")) || id.isEmpty()
            || (type == QLatin1String("enterprise") && id != enterpriseId)) {
            refuse(QStringLiteral("invalid_grant"),
                   QStringLiteral("Grant credentials are invalid"));
            return;
        }
    } else if (seen.grantType == QLatin1String("urn:ietf:params:oauth:grant-type:jwt-bearer")) {
        Result<crypto::Jws::Parts> parts =
            crypto::Jws::parseCompact(form->value(u"assertion").toUtf8());
        if (!parts.ok()) {
            refuse(QStringLiteral("invalid_grant"), QStringLiteral("Malformed assertion"));
            return;
        }
        seen.header = parts->header;
        seen.claims = parts->payload;
        const QJsonObject& c = parts->payload;
        if (!publicKey || !crypto::Jws::verify(*parts, *publicKey).ok()) {
            refuse(QStringLiteral("invalid_grant"),
                   QStringLiteral("Signature verification error."));
            return;
        }
        if (parts->header.value(u"kid").toString() != publicKeyId) {
            refuse(QStringLiteral("invalid_grant"),
                   QStringLiteral("Please check the 'kid' header: public key not found."));
            return;
        }
        if (c.value(u"iss").toString() != clientId) {
            refuse(QStringLiteral("invalid_grant"),
                   QStringLiteral("Please check the 'iss' claim."));
            return;
        }
        if (c.value(u"aud").toString() != QLatin1String(Audience)) {
            refuse(QStringLiteral("invalid_grant"),
                   QStringLiteral("Please check the 'aud' claim."));
            return;
        }
        const QString subType = c.value(u"box_sub_type").toString();
        const QJsonValue sub = c.value(u"sub");
        if (!sub.isString()
            || (subType == QLatin1String("enterprise") && sub.toString() != enterpriseId)
            || (subType != QLatin1String("enterprise") && subType != QLatin1String("user"))) {
            refuse(QStringLiteral("invalid_grant"),
                   QStringLiteral("Please check the 'sub' claim."));
            return;
        }
        const qint64 now = serverNow().toSecsSinceEpoch();
        const QJsonValue exp = c.value(u"exp");
        if (!exp.isDouble() || qint64(exp.toDouble()) <= now || qint64(exp.toDouble()) > now + 60) {
            refuse(QStringLiteral("invalid_grant"),
                   QStringLiteral("Please check the 'exp' claim."));
            return;
        }
        const QString jti = c.value(u"jti").toString();
        if (jti.size() < 16 || jti.size() > 128 || m_jtis.contains(jti)) {
            refuse(QStringLiteral("invalid_grant"),
                   QStringLiteral("Please check the 'jti' claim."));
            return;
        }
        m_jtis.insert(jti);
    } else {
        refuse(QStringLiteral("unsupported_grant_type"), seen.grantType);
        return;
    }
    tokenRequests.append(seen);
    ++issued;
    answer(responder, 200,
           {{QStringLiteral("access_token"), QStringLiteral("box-access-%1").arg(issued)},
            {QStringLiteral("expires_in"), 3600},
            {QStringLiteral("restricted_to"), QJsonArray()},
            {QStringLiteral("token_type"), QStringLiteral("bearer")}});
}

void FakeBoxServer::usersMe(const HttpServerRequest& request, HttpResponder responder)
{
    asUserHeaders.append(request.header("As-User"));
    if (!request.header("Authorization").startsWith("Bearer box-access-")) {
        answer(responder, 401, {{QStringLiteral("type"), QStringLiteral("error")}});
        return;
    }
    const QByteArray asUser = request.header("As-User");
    if (!asUser.isEmpty()) {
        answer(responder, 200,
               {{QStringLiteral("id"), QString::fromLatin1(asUser)},
                {QStringLiteral("name"), QStringLiteral("Managed User")},
                {QStringLiteral("login"), QStringLiteral("managed@example.com")}});
        return;
    }
    answer(responder, 200,
           {{QStringLiteral("id"), QStringLiteral("31337")},
            {QStringLiteral("name"), QStringLiteral("AuthDeck Service")},
            {QStringLiteral("login"), QStringLiteral("AutomationUser_1_x@boxdevedition.com")},
            {QStringLiteral("enterprise"),
             QJsonObject{{QStringLiteral("id"), enterpriseId},
                         {QStringLiteral("name"), QStringLiteral("Acme Corp")}}}});
}

} // namespace authdeck::test
