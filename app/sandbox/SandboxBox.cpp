// The sandbox's Box admin toolbox: webhooks v2, their signed deliveries, and downscoping by token
// exchange, as strict as Box where Box is strict (SandboxServer.h lists the endpoints).
#include "sandbox/SandboxServer.h"

#include "box/BoxToolbox.h"
#include "box/WebhookSignature.h"
#include "core/Log.h"
#include "crypto/Random.h"
#include "net/HttpResponder.h"
#include "net/UrlEncodedForm.h"
#include "net/UrlPolicy.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRegularExpression>
#include <QUuid>

namespace authdeck {

namespace {

using Field = std::pair<QByteArray, QByteArray>;

const QString kWebhooksPath = QStringLiteral("/2.0/webhooks");
const QString kDevApps = QStringLiteral("/developers/api/apps/");
const QString kDevWebhooks = QStringLiteral("/developers/api/webhooks/");
const QString kAccessTokenType = QStringLiteral("urn:ietf:params:oauth:token-type:access_token");

bool numeric(const QString& id)
{
    static const QRegularExpression digits(QStringLiteral("^[0-9]{1,20}$"));
    return digits.match(id).hasMatch();
}

bool knownScope(const QString& scope)
{
    static const QStringList app{QStringLiteral("root_readwrite"),
                                 QStringLiteral("root_readonly"),
                                 QStringLiteral("manage_managed_users"),
                                 QStringLiteral("manage_app_users"),
                                 QStringLiteral("manage_groups"),
                                 QStringLiteral("manage_webhook"),
                                 QStringLiteral("manage_enterprise_properties")};
    return app.contains(scope)
           || box::BoxToolbox::covers(scope, {QStringLiteral("root_readwrite")});
}

} // namespace

bool SandboxServer::routeBox(const HttpServerRequest& request, const HttpResponder& responder)
{
    const QString& path = request.path;
    if (path == kWebhooksPath) {
        webhooksCollection(request, responder);
        return true;
    }
    if (path.startsWith(kWebhooksPath + QLatin1Char('/'))) {
        webhookItem(request, responder, path.mid(kWebhooksPath.size() + 1));
        return true;
    }
    if (path.startsWith(kDevApps) && path.endsWith(u"/webhook-keys")) {
        const QString id = path.mid(kDevApps.size()).chopped(13);
        if (request.method != "POST" || id.isEmpty() || id.contains(QLatin1Char('/')))
            sendApiError(responder, 404, QStringLiteral("not_found"), QStringLiteral("Not Found"));
        else
            apiWebhookKey(request, responder, id);
        return true;
    }
    if (path.startsWith(kDevWebhooks) && path.endsWith(u"/deliver")) {
        const QString id = path.mid(kDevWebhooks.size()).chopped(8);
        if (request.method != "POST" || !numeric(id))
            sendApiError(responder, 404, QStringLiteral("not_found"), QStringLiteral("Not Found"));
        else
            apiDeliver(request, responder, id);
        return true;
    }
    return false;
}

std::optional<SandboxServer::AccessToken> SandboxServer::bearer(const HttpServerRequest& request,
                                                                const HttpResponder& responder)
{
    const QByteArray authorization = request.header("Authorization");
    const qsizetype space = authorization.indexOf(' ');
    const bool isBearer =
        space > 0
        && QByteArrayView(authorization).first(space).compare("Bearer", Qt::CaseInsensitive) == 0;
    const QString token =
        isBearer ? QString::fromLatin1(authorization.mid(space + 1).trimmed()) : QString();
    const auto it = m_access.constFind(token);
    if (token.isEmpty() || it == m_access.constEnd() || it->expires <= now()) {
        HttpHeaderList headers = baseHeaders();
        headers.append(Field{"WWW-Authenticate", token.isEmpty()
                                                     ? QByteArray("Bearer realm=\"Service\"")
                                                     : QByteArray("Bearer realm=\"Service\", "
                                                                  "error=\"invalid_token\", "
                                                                  "error_description=\"The access "
                                                                  "token provided is invalid.\"")});
        responder.respond(401, headers, {});
        return std::nullopt;
    }
    return *it;
}

std::optional<SandboxServer::AccessToken>
SandboxServer::webhookAccess(const HttpServerRequest& request, const HttpResponder& responder,
                             const QByteArray& allow)
{
    const QList<QByteArray> methods = allow.split(',');
    if (std::none_of(methods.cbegin(), methods.cend(),
                     [&](const QByteArray& m) { return m.trimmed() == request.method; })) {
        HttpHeaderList headers = baseHeaders();
        headers.append(Field{"Allow", allow});
        responder.respond(405, headers, "method not allowed\n");
        return std::nullopt;
    }
    std::optional<AccessToken> access = bearer(request, responder);
    if (!access)
        return std::nullopt;
    // Webhooks need manage_webhook; a downscoped token never manages them.
    if (!box::BoxToolbox::covers(QStringLiteral("manage_webhook"), access->scopes)
        || access->downscoped) {
        sendApiError(responder, 403, QStringLiteral("insufficient_scope"),
                     QStringLiteral("The request requires higher privileges than provided by the "
                                    "access token."));
        return std::nullopt;
    }
    return access;
}

QJsonObject SandboxServer::webhookJson(const SandboxWebhook& w) const
{
    const User u = m_users.value(w.userId);
    return {
        {QStringLiteral("id"), w.id},
        {QStringLiteral("type"), QStringLiteral("webhook")},
        {QStringLiteral("target"),
         QJsonObject{{QStringLiteral("id"), w.targetId}, {QStringLiteral("type"), w.targetType}}},
        {QStringLiteral("created_by"), QJsonObject{{QStringLiteral("type"), QStringLiteral("user")},
                                                   {QStringLiteral("id"), w.userId},
                                                   {QStringLiteral("name"), u.name},
                                                   {QStringLiteral("login"), u.login}}},
        {QStringLiteral("created_at"), w.created.toString(Qt::ISODate)},
        {QStringLiteral("address"), w.address},
        {QStringLiteral("triggers"), QJsonArray::fromStringList(w.triggers)}};
}

void SandboxServer::webhooksCollection(const HttpServerRequest& request,
                                       const HttpResponder& responder)
{
    const bool get = request.method == "GET" || request.method == "HEAD";
    const std::optional<AccessToken> access = webhookAccess(request, responder, "GET, HEAD, POST");
    if (!access)
        return;
    const QString user = access->subjectId;
    if (get) {
        // One page; marker and limit as Box takes them.
        bool ok = false;
        int limit = request.query.value(u"limit").toInt(&ok);
        if (!ok || limit <= 0)
            limit = 100;
        limit = std::min(limit, 200);
        const QString marker = request.query.value(u"marker");
        QJsonArray entries;
        QString next;
        for (const SandboxWebhook& w : std::as_const(m_webhooks)) {
            if (w.clientId != access->clientId || (!marker.isEmpty() && w.id < marker))
                continue;
            if (entries.size() == limit) {
                next = w.id;
                break;
            }
            entries.append(webhookJson(w));
        }
        QJsonObject out{{QStringLiteral("entries"), entries}, {QStringLiteral("limit"), limit}};
        if (!next.isEmpty())
            out.insert(QStringLiteral("next_marker"), next);
        sendJson(responder, 200, out);
        return;
    }
    QJsonParseError perr{};
    const QJsonDocument doc = QJsonDocument::fromJson(request.body, &perr);
    if (!request.header("Content-Type").toLower().startsWith("application/json")
        || perr.error != QJsonParseError::NoError || !doc.isObject()) {
        sendApiError(responder, 400, QStringLiteral("bad_request"),
                     QStringLiteral("Invalid JSON body"));
        return;
    }
    const QJsonObject o = doc.object();
    const QJsonObject target = o.value(u"target").toObject();
    SandboxWebhook w;
    w.clientId = access->clientId;
    w.userId = user;
    w.targetType = target.value(u"type").toString();
    w.targetId = target.value(u"id").toString();
    w.address = o.value(u"address").toString();
    w.created = now();
    auto bad = [&](const QString& message) {
        sendApiError(responder, 400, QStringLiteral("bad_request"), message);
    };
    if ((w.targetType != QLatin1String("file") && w.targetType != QLatin1String("folder"))
        || !numeric(w.targetId)) {
        bad(QStringLiteral("Bad request: target must be a file or folder with its id"));
        return;
    }
    if (w.targetType == QLatin1String("folder") && w.targetId == QLatin1String("0")) {
        bad(QStringLiteral("Webhooks cannot be created on the root folder"));
        return;
    }
    const QUrl address(w.address, QUrl::StrictMode);
    const bool local = address.isValid() && UrlPolicy::isLoopbackHost(address.host());
    const bool https = address.scheme() == QLatin1String("https") && address.port(443) == 443;
    if (!address.isValid() || address.host().isEmpty() || w.address.size() > 2000
        || !(https || (local && address.scheme() == QLatin1String("http")))) {
        bad(QStringLiteral("Bad request: address must be an HTTPS URL on port 443"));
        return;
    }
    const QJsonArray given = o.value(u"triggers").toArray();
    for (const QJsonValue& t : given) {
        const QString name = t.toString();
        if (!box::BoxToolbox::knownTriggers().contains(name)
            || (w.targetType == QLatin1String("file") && name.startsWith(u"FOLDER."))) {
            bad(QStringLiteral("Bad request: invalid trigger %1").arg(name));
            return;
        }
        if (!w.triggers.contains(name))
            w.triggers.append(name);
    }
    if (w.triggers.isEmpty()) {
        bad(QStringLiteral("Bad request: triggers must not be empty"));
        return;
    }
    for (const SandboxWebhook& other : std::as_const(m_webhooks)) {
        if (other.clientId == w.clientId && other.targetType == w.targetType
            && other.targetId == w.targetId && other.address == w.address) {
            sendApiError(
                responder, 409, QStringLiteral("conflict"),
                QStringLiteral("Webhook:%1 already exists on the requested target.").arg(other.id));
            return;
        }
    }
    w.id = QString::number(m_nextWebhookId++);
    m_webhooks.insert(w.id, w);
    qCInfo(lcSandbox) << "sandbox webhook created" << w.id << w.targetType << w.targetId;
    sendJson(responder, 201, webhookJson(w));
}

void SandboxServer::webhookItem(const HttpServerRequest& request, const HttpResponder& responder,
                                const QString& id)
{
    const bool get = request.method == "GET" || request.method == "HEAD";
    const std::optional<AccessToken> access =
        webhookAccess(request, responder, "GET, HEAD, DELETE");
    if (!access)
        return;
    const auto it = m_webhooks.constFind(id);
    if (!numeric(id) || it == m_webhooks.constEnd() || it->clientId != access->clientId) {
        sendApiError(responder, 404, QStringLiteral("not_found"),
                     QStringLiteral("Could not find the specified resource"));
        return;
    }
    if (get) {
        sendJson(responder, 200, webhookJson(*it));
        return;
    }
    m_webhooks.remove(id);
    responder.respond(204, baseHeaders(), {});
}

QByteArray SandboxServer::generateWebhookKey(const QString& clientId, const QString& which)
{
    auto it = m_clients.find(clientId);
    if (it == m_clients.end())
        return {};
    // 32 characters like the Developer Console's keys.
    const QByteArray key = crypto::Random::randomToken(32).toLatin1();
    if (which == QLatin1String("primary"))
        it->webhookPrimaryKey = key;
    else if (which == QLatin1String("secondary"))
        it->webhookSecondaryKey = key;
    else
        return {};
    return key;
}

void SandboxServer::apiWebhookKey(const HttpServerRequest& request, const HttpResponder& responder,
                                  const QString& clientId)
{
    const QString which = QJsonDocument::fromJson(request.body).object().value(u"key").toString();
    if (!m_clients.contains(clientId)) {
        sendApiError(responder, 404, QStringLiteral("not_found"),
                     QStringLiteral("There is no app with this client ID"));
        return;
    }
    const QByteArray key = generateWebhookKey(clientId, which);
    if (key.isEmpty()) {
        sendApiError(responder, 400, QStringLiteral("bad_request"),
                     QStringLiteral("key must be \"primary\" or \"secondary\""));
        return;
    }
    sendJson(responder, 201,
             {{QStringLiteral("key"), which}, {QStringLiteral("value"), QString::fromLatin1(key)}});
}

void SandboxServer::apiDeliver(const HttpServerRequest& request, const HttpResponder& responder,
                               const QString& webhookId)
{
    const auto it = m_webhooks.constFind(webhookId);
    if (it == m_webhooks.constEnd()) {
        sendApiError(responder, 404, QStringLiteral("not_found"),
                     QStringLiteral("Could not find the specified resource"));
        return;
    }
    const SandboxWebhook w = *it;
    const QJsonObject o = QJsonDocument::fromJson(request.body).object();
    const QString trigger = o.value(u"trigger").toString(w.triggers.value(0));
    if (!w.triggers.contains(trigger)) {
        sendApiError(responder, 400, QStringLiteral("bad_request"),
                     QStringLiteral("The webhook does not listen to %1").arg(trigger));
        return;
    }
    const QUrl address(w.address);
    if (!UrlPolicy::isLoopbackHost(address.host())) {
        // The sandbox never sends anything off this machine.
        sendApiError(responder, 400, QStringLiteral("bad_request"),
                     QStringLiteral("The sandbox delivers to loopback addresses only"));
        return;
    }
    const SandboxClient client = m_clients.value(w.clientId);
    const User by = m_users.value(w.userId);
    const QString deliveryId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    // Box stamps deliveries in Pacific time with an offset.
    const QDateTime stamp = now().toOffsetFromUtc(-8 * 3600);
    const QByteArray timestamp =
        (stamp.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")) + QStringLiteral("-08:00"))
            .toLatin1();
    const QString sourceType =
        trigger.startsWith(u"FOLDER.") ? QStringLiteral("folder") : QStringLiteral("file");
    const QString sourceId = o.value(u"source_id").toString(w.targetId);
    const QJsonObject payload{
        {QStringLiteral("type"), QStringLiteral("webhook_event")},
        {QStringLiteral("id"), deliveryId},
        {QStringLiteral("created_at"), QString::fromLatin1(timestamp)},
        {QStringLiteral("trigger"), trigger},
        {QStringLiteral("webhook"),
         QJsonObject{{QStringLiteral("id"), w.id},
                     {QStringLiteral("type"), QStringLiteral("webhook")}}},
        {QStringLiteral("created_by"), QJsonObject{{QStringLiteral("type"), QStringLiteral("user")},
                                                   {QStringLiteral("id"), by.id},
                                                   {QStringLiteral("name"), by.name},
                                                   {QStringLiteral("login"), by.login}}},
        {QStringLiteral("source"),
         QJsonObject{{QStringLiteral("id"), sourceId},
                     {QStringLiteral("type"), sourceType},
                     {QStringLiteral("name"), QStringLiteral("Quarterly report.pdf")}}}};
    const QByteArray body = QJsonDocument(payload).toJson(QJsonDocument::Compact);
    QNetworkRequest out(address);
    out.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    out.setRawHeader("BOX-DELIVERY-ID", deliveryId.toLatin1());
    out.setRawHeader("BOX-DELIVERY-TIMESTAMP", timestamp);
    out.setRawHeader("BOX-SIGNATURE-VERSION", "1");
    out.setRawHeader("BOX-SIGNATURE-ALGORITHM", "HmacSHA256");
    if (!client.webhookPrimaryKey.isEmpty())
        out.setRawHeader(
            "BOX-SIGNATURE-PRIMARY",
            box::WebhookSignature::sign(SecretBytes(client.webhookPrimaryKey), body, timestamp));
    if (!client.webhookSecondaryKey.isEmpty())
        out.setRawHeader(
            "BOX-SIGNATURE-SECONDARY",
            box::WebhookSignature::sign(SecretBytes(client.webhookSecondaryKey), body, timestamp));
    out.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                     QNetworkRequest::ManualRedirectPolicy);
    out.setTransferTimeout(15000);
    if (!m_deliveries)
        m_deliveries = new QNetworkAccessManager(this);
    m_deliveries->setProxy(QNetworkProxy::NoProxy);
    QNetworkReply* reply = m_deliveries->post(out, body);
    connect(
        reply, &QNetworkReply::finished, this, [this, reply, responder, w, trigger, deliveryId] {
            reply->deleteLater();
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            m_deliveryLog.append(QStringLiteral("%1 %2 %3").arg(w.id, trigger).arg(status));
            if (!responder.isConnected())
                return;
            sendJson(
                responder, 200,
                {{QStringLiteral("delivery_id"), deliveryId},
                 {QStringLiteral("status"), status},
                 {QStringLiteral("error"),
                  reply->error() == QNetworkReply::NoError ? QString() : reply->errorString()}});
        });
}

std::optional<SandboxServer::TokenError>
SandboxServer::grantTokenExchange(const UrlEncodedForm& form, QJsonObject& out)
{
    if (form.value(u"subject_token_type") != kAccessTokenType) {
        return TokenError{400, QStringLiteral("invalid_request"),
                          QStringLiteral("Invalid subject_token_type")};
    }
    const auto it = m_access.constFind(form.value(u"subject_token"));
    if (form.value(u"subject_token").isEmpty() || it == m_access.constEnd()
        || it->expires <= now()) {
        return TokenError{400, QStringLiteral("invalid_grant"),
                          QStringLiteral("Invalid subject token")};
    }
    const AccessToken subject = *it;
    const QStringList scopes = form.value(u"scope").split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (scopes.isEmpty()) {
        return TokenError{400, QStringLiteral("invalid_request"),
                          QStringLiteral("The scope parameter is required")};
    }
    for (const QString& s : scopes) {
        // Narrower only: a downscoped token cannot gain what its subject lacks.
        if (!knownScope(s) || !box::BoxToolbox::covers(s, subject.scopes)) {
            return TokenError{400, QStringLiteral("invalid_scope"),
                              QStringLiteral("The requested scope is invalid, unknown, or exceeds "
                                             "the scope granted by the subject token: %1")
                                  .arg(s)};
        }
    }
    QJsonObject object;
    const QString resource = form.value(u"resource");
    if (!resource.isEmpty()) {
        static const QRegularExpression item(
            QStringLiteral("^/2\\.0/(folders|files)/([0-9]{1,20})$"));
        const QUrl url(resource, QUrl::StrictMode);
        const QRegularExpressionMatch m = item.match(url.path());
        if (!url.isValid() || url.scheme() != apiBase().scheme() || url.host() != apiBase().host()
            || url.port() != apiBase().port() || !m.hasMatch() || url.hasQuery()) {
            return TokenError{400, QStringLiteral("invalid_resource"),
                              QStringLiteral("The target resource is invalid.")};
        }
        object = {{QStringLiteral("type"), m.captured(1).chopped(1)},
                  {QStringLiteral("id"), m.captured(2)},
                  {QStringLiteral("sequence_id"), QStringLiteral("0")},
                  {QStringLiteral("etag"), QStringLiteral("0")}};
    }
    const QString token = crypto::Random::randomToken(32);
    // No longer than its subject lives.
    const QDateTime expires = std::min(subject.expires, now().addSecs(m_accessLifetime));
    AccessToken narrowed{subject.clientId,
                         subject.subjectType,
                         subject.subjectId,
                         expires,
                         subject.family,
                         scopes,
                         true};
    m_access.insert(token, narrowed);
    QJsonArray restricted;
    for (const QString& s : scopes) {
        QJsonObject r{{QStringLiteral("scope"), s}};
        if (!object.isEmpty())
            r.insert(QStringLiteral("object"), object);
        restricted.append(r);
    }
    out = {{QStringLiteral("access_token"), token},
           {QStringLiteral("expires_in"), now().secsTo(expires)},
           {QStringLiteral("token_type"), QStringLiteral("bearer")},
           {QStringLiteral("restricted_to"), restricted},
           {QStringLiteral("issued_token_type"), kAccessTokenType}};
    return std::nullopt;
}

} // namespace authdeck
