#include "box/BoxToolbox.h"

#include "accounts/AccountService.h"
#include "accounts/AppService.h"
#include "accounts/TokenService.h"
#include "auth/TokenClient.h"
#include "core/Async.h"
#include "core/Log.h"
#include "net/HttpClient.h"
#include "net/HttpResponse.h"
#include "net/UrlPolicy.h"
#include "secrets/SecretRecord.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QUrl>
#include <QUrlQuery>

namespace authdeck::box {

namespace {

const QString kTokenExchange = QStringLiteral("urn:ietf:params:oauth:grant-type:token-exchange");
const QString kAccessTokenType = QStringLiteral("urn:ietf:params:oauth:token-type:access_token");

bool numericId(const QString& id)
{
    static const QRegularExpression digits(QStringLiteral("^[0-9]{1,20}$"));
    return digits.match(id).hasMatch();
}

} // namespace

BoxToolbox::BoxToolbox(TokenService& tokens, AccountService& accounts, AppService& apps,
                       HttpClient& http, QObject* parent)
    : QObject(parent)
    , m_tokens(tokens)
    , m_accounts(accounts)
    , m_apps(apps)
    , m_http(http)
{}

bool BoxToolbox::servesProvider(const QString& providerId)
{
    return providerId == QLatin1String("box") || providerId == QLatin1String("sandbox");
}

Status BoxToolbox::checkWebhookKey(const SecretBytes& key, const QString& what)
{
    if (key.size() < 16 || key.bytes().contains('\n') || key.bytes().contains(' ')) {
        return fail(ErrorKind::BadInput,
                    tr("The %1 does not look like a Box signature key (one line of at least 16 "
                       "characters, as the Developer Console shows it).")
                        .arg(what));
    }
    return {};
}

QString BoxToolbox::keyFingerprint(const SecretBytes& key)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(key.bytes(), QCryptographicHash::Sha256).toHex().left(12));
}

void BoxToolbox::webhookKeys(const QString& app, QObject* context,
                             std::function<void(Result<WebhookKeys>)> done)
{
    auto reply = guarded(context, std::move(done));
    const Result<AppRegistration> reg = m_apps.find(app);
    if (!reg.ok()) {
        postLater(this, [reply, e = reg.error()] { reply(e); });
        return;
    }
    m_apps.readSecrets(reg->id, this, [reply](Result<SecretRecord> s) {
        if (!s.ok()) {
            reply(s.error());
            return;
        }
        reply(WebhookKeys{s->value(QLatin1String(PrimaryKeySecret)),
                          s->value(QLatin1String(SecondaryKeySecret))});
    });
}

void BoxToolbox::setWebhookKeys(const QString& app, const SecretBytes& primary,
                                const SecretBytes& secondary, QObject* context,
                                std::function<void(Result<WebhookKeys>)> done)
{
    auto reply = guarded(context, std::move(done));
    auto refuse = [this, reply](const Error& e) { postLater(this, [reply, e] { reply(e); }); };
    const Result<AppRegistration> reg = m_apps.find(app);
    if (!reg.ok()) {
        refuse(reg.error());
        return;
    }
    if (!servesProvider(reg->providerId)) {
        refuse(
            fail(ErrorKind::Usage,
                 tr("\"%1\" is not a Box app: webhook signature keys are Box's.").arg(reg->name)));
        return;
    }
    QList<QPair<QString, SecretBytes>> values;
    if (!primary.isEmpty())
        values.append({QLatin1String(PrimaryKeySecret), primary});
    if (!secondary.isEmpty())
        values.append({QLatin1String(SecondaryKeySecret), secondary});
    for (const auto& [name, key] : std::as_const(values)) {
        if (Status s =
                checkWebhookKey(key, name == QLatin1String(PrimaryKeySecret) ? tr("primary key")
                                                                             : tr("secondary key"));
            !s.ok()) {
            refuse(s.error());
            return;
        }
    }
    if (values.isEmpty()) {
        refuse(fail(ErrorKind::Usage, tr("Give a new primary or secondary key from the Developer "
                                         "Console (Webhooks, Manage signature keys).")));
        return;
    }
    const QString id = reg->id;
    m_apps.setSecretValues(id, values, this, [this, id, reply](Result<AppRegistration> r) {
        if (!r.ok()) {
            reply(r.error());
            return;
        }
        webhookKeys(id, this, reply);
    });
}

void BoxToolbox::verifyDelivery(const QString& app, const WebhookSignature::Headers& headers,
                                const QByteArray& body, QObject* context,
                                std::function<void(Result<WebhookSignature::Verified>)> done)
{
    auto reply = guarded(context, std::move(done));
    webhookKeys(app, this, [headers, body, reply](Result<WebhookKeys> keys) {
        if (!keys.ok()) {
            reply(keys.error());
            return;
        }
        reply(WebhookSignature::verify(headers, body, keys->primary, keys->secondary,
                                       QDateTime::currentDateTimeUtc()));
    });
}

const QStringList& BoxToolbox::knownTriggers()
{
    // Box's webhook v2 triggers (developer.box.com/guides/webhooks/triggers).
    static const QStringList all{
        QStringLiteral("FILE.UPLOADED"),
        QStringLiteral("FILE.PREVIEWED"),
        QStringLiteral("FILE.DOWNLOADED"),
        QStringLiteral("FILE.TRASHED"),
        QStringLiteral("FILE.DELETED"),
        QStringLiteral("FILE.RESTORED"),
        QStringLiteral("FILE.COPIED"),
        QStringLiteral("FILE.MOVED"),
        QStringLiteral("FILE.LOCKED"),
        QStringLiteral("FILE.UNLOCKED"),
        QStringLiteral("FILE.RENAMED"),
        QStringLiteral("COMMENT.CREATED"),
        QStringLiteral("COMMENT.UPDATED"),
        QStringLiteral("COMMENT.DELETED"),
        QStringLiteral("TASK_ASSIGNMENT.CREATED"),
        QStringLiteral("TASK_ASSIGNMENT.UPDATED"),
        QStringLiteral("METADATA_INSTANCE.CREATED"),
        QStringLiteral("METADATA_INSTANCE.UPDATED"),
        QStringLiteral("METADATA_INSTANCE.DELETED"),
        QStringLiteral("FOLDER.CREATED"),
        QStringLiteral("FOLDER.RENAMED"),
        QStringLiteral("FOLDER.DOWNLOADED"),
        QStringLiteral("FOLDER.RESTORED"),
        QStringLiteral("FOLDER.DELETED"),
        QStringLiteral("FOLDER.COPIED"),
        QStringLiteral("FOLDER.MOVED"),
        QStringLiteral("FOLDER.TRASHED"),
        QStringLiteral("WEBHOOK.DELETED"),
        QStringLiteral("COLLABORATION.CREATED"),
        QStringLiteral("COLLABORATION.ACCEPTED"),
        QStringLiteral("COLLABORATION.REJECTED"),
        QStringLiteral("COLLABORATION.REMOVED"),
        QStringLiteral("COLLABORATION.UPDATED"),
        QStringLiteral("SHARED_LINK.DELETED"),
        QStringLiteral("SHARED_LINK.CREATED"),
        QStringLiteral("SHARED_LINK.UPDATED"),
        QStringLiteral("SIGN_REQUEST.COMPLETED"),
        QStringLiteral("SIGN_REQUEST.DECLINED"),
        QStringLiteral("SIGN_REQUEST.EXPIRED"),
    };
    return all;
}

QStringList BoxToolbox::defaultTriggers(const QString& targetType)
{
    // What a "recent files" or activity-monitoring integration listens to.
    QStringList files{QStringLiteral("FILE.PREVIEWED"), QStringLiteral("FILE.DOWNLOADED"),
                      QStringLiteral("FILE.RENAMED"),   QStringLiteral("FILE.MOVED"),
                      QStringLiteral("FILE.COPIED"),    QStringLiteral("FILE.TRASHED"),
                      QStringLiteral("FILE.RESTORED")};
    if (targetType == QLatin1String("file"))
        return files << QStringLiteral("FILE.LOCKED") << QStringLiteral("FILE.UNLOCKED");
    files.prepend(QStringLiteral("FILE.UPLOADED"));
    return files << QStringLiteral("FOLDER.CREATED") << QStringLiteral("FOLDER.RENAMED")
                 << QStringLiteral("FOLDER.MOVED") << QStringLiteral("FOLDER.TRASHED");
}

bool BoxToolbox::covers(const QString& scope, const QStringList& granted)
{
    if (granted.isEmpty() || granted.contains(scope))
        return true;
    static const QStringList reading{
        QStringLiteral("base_explorer"),       QStringLiteral("base_picker"),
        QStringLiteral("base_preview"),        QStringLiteral("base_sidebar"),
        QStringLiteral("item_download"),       QStringLiteral("item_preview"),
        QStringLiteral("annotation_view_all"), QStringLiteral("annotation_view_self"),
        QStringLiteral("root_readonly")};
    static const QStringList writing{
        QStringLiteral("base_upload"), QStringLiteral("item_upload"),
        QStringLiteral("item_delete"), QStringLiteral("item_rename"),
        QStringLiteral("item_share"),  QStringLiteral("annotation_edit")};
    const bool readWrite = granted.contains(QStringLiteral("root_readwrite"));
    if (reading.contains(scope))
        return readWrite || granted.contains(QStringLiteral("root_readonly"));
    if (writing.contains(scope))
        return readWrite;
    return false;
}

const QStringList& BoxToolbox::uiElementScopes()
{
    static const QStringList all{
        QStringLiteral("annotation_edit"),      QStringLiteral("annotation_view_all"),
        QStringLiteral("annotation_view_self"), QStringLiteral("base_explorer"),
        QStringLiteral("base_picker"),          QStringLiteral("base_preview"),
        QStringLiteral("base_sidebar"),         QStringLiteral("base_upload"),
        QStringLiteral("item_delete"),          QStringLiteral("item_download"),
        QStringLiteral("item_preview"),         QStringLiteral("item_rename"),
        QStringLiteral("item_share"),           QStringLiteral("item_upload")};
    return all;
}

Result<BoxToolbox::NewWebhook>
BoxToolbox::parseRequest(const QString& target, const QString& address, const QStringList& triggers)
{
    NewWebhook out;
    const qsizetype colon = target.indexOf(QLatin1Char(':'));
    out.targetType = target.left(colon).trimmed().toLower();
    out.targetId = colon < 0 ? QString() : target.mid(colon + 1).trimmed();
    if (colon < 0
        || (out.targetType != QLatin1String("folder") && out.targetType != QLatin1String("file"))
        || !numericId(out.targetId)) {
        return fail(ErrorKind::Usage,
                    tr("The webhook's target \"%1\" is not folder:ID or file:ID (Box's numeric "
                       "id, as in the item's web address).")
                        .arg(target));
    }
    if (out.targetType == QLatin1String("folder") && out.targetId == QLatin1String("0")) {
        return fail(ErrorKind::Usage, tr("Box allows no webhook on the root folder (0): choose a "
                                         "folder inside it."));
    }
    const QUrl url(address, QUrl::StrictMode);
    const bool loopback = url.isValid() && UrlPolicy::isLoopbackHost(url.host());
    if (!url.isValid() || url.host().isEmpty() || !url.userInfo().isEmpty() || url.hasFragment()) {
        return fail(ErrorKind::Usage,
                    tr("The webhook address \"%1\" is not a web address.").arg(address));
    }
    if (url.scheme() != QLatin1String("https")
        && !(loopback && url.scheme() == QLatin1String("http"))) {
        return fail(ErrorKind::Usage,
                    tr("The webhook address must use https (Box sends deliveries only there), "
                       "not \"%1\".")
                        .arg(address));
    }
    if (!loopback && url.port(443) != 443) {
        return fail(ErrorKind::Usage,
                    tr("Box delivers webhooks to port 443 only; \"%1\" names port %2.")
                        .arg(address)
                        .arg(url.port()));
    }
    out.address = url.toString(QUrl::FullyEncoded);
    for (const QString& given : triggers) {
        for (const QString& t :
             given.split(QRegularExpression(QStringLiteral("[ ,]+")), Qt::SkipEmptyParts)) {
            const QString upper = t.toUpper();
            if (!knownTriggers().contains(upper)) {
                return fail(ErrorKind::Usage,
                            tr("\"%1\" is not a Box webhook trigger (for example FILE.UPLOADED, "
                               "FOLDER.CREATED).")
                                .arg(t));
            }
            if (out.targetType == QLatin1String("file") && upper.startsWith(u"FOLDER.")) {
                return fail(ErrorKind::Usage,
                            tr("The trigger %1 is about folders; a webhook on a file cannot use "
                               "it.")
                                .arg(upper));
            }
            if (!out.triggers.contains(upper))
                out.triggers.append(upper);
        }
    }
    if (out.triggers.isEmpty())
        out.triggers = defaultTriggers(out.targetType);
    return out;
}

Result<Account> BoxToolbox::boxAccount(const QString& idOrName) const
{
    Result<Account> a = m_accounts.find(idOrName);
    if (!a.ok())
        return a;
    if (!servesProvider(a->providerId)) {
        return fail(ErrorKind::Usage,
                    tr("\"%1\" is not a Box account: webhooks and downscoped tokens are Box's.")
                        .arg(a->name));
    }
    if (a->scheme == Scheme::Keys || a->scheme == Scheme::Password) {
        return fail(ErrorKind::Usage,
                    tr("\"%1\" has no OAuth 2.0 token to work with.").arg(a->name));
    }
    return a;
}

Result<BoxToolbox::Target> BoxToolbox::targetOf(const Account& account) const
{
    Target t;
    Result<QHash<QString, QString>> vars = m_tokens.variablesFor(account, &t.allowedOrigins);
    if (!vars.ok())
        return vars.error();
    t.apiBase = vars->value(QStringLiteral("api_base"));
    if (Result<AppRegistration> app = m_apps.find(account.appId); app.ok()) {
        Result<ResolvedApp> resolved = m_apps.resolveForUse(*app);
        if (!resolved.ok())
            return resolved.error();
        t.tokenUrl = resolved->tokenUrl.toString(QUrl::FullyEncoded);
        t.grantedScopes = app->scopes;
        if (t.apiBase.isEmpty())
            t.apiBase = resolved->apiBase;
    }
    if (t.apiBase.isEmpty())
        return fail(ErrorKind::Usage,
                    tr("The account \"%1\" has no API address.").arg(account.name));
    while (t.apiBase.endsWith(QLatin1Char('/')))
        t.apiBase.chop(1);
    return t;
}

void BoxToolbox::call(const QString& accountId, const QByteArray& method, const QString& path,
                      const QJsonObject& body, QObject* context,
                      std::function<void(Result<HttpResponse>)> done)
{
    auto reply = guarded(context, std::move(done));
    Result<Account> account = boxAccount(accountId);
    Result<Target> target = account.ok() ? targetOf(*account) : Result<Target>(account.error());
    if (!target.ok()) {
        postLater(this, [reply, e = target.error()] { reply(e); });
        return;
    }
    const Target t = *target;
    m_tokens.token(
        account->id, this, [this, t, method, path, body, reply](Result<AccessToken> tok) {
            if (!tok.ok()) {
                reply(tok.error());
                return;
            }
            HttpRequest request;
            request.method = method;
            request.url = QUrl(t.apiBase + path, QUrl::StrictMode);
            request.allowedOrigins = t.allowedOrigins;
            request.headers.append({QByteArrayLiteral("Authorization"),
                                    QByteArrayLiteral("Bearer ") + tok->token.bytes()});
            request.headers.append(
                {QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json")});
            if (!body.isEmpty()) {
                request.headers.append(
                    {QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")});
                request.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
            }
            // Creating is not repeated after a failure that may have been processed (a 5xx): Box
            // would answer the repeat with 409.
            const bool safe = method == "GET" || method == "DELETE";
            m_http.sendWithRetry(request, HttpClient::RetryPolicy{safe ? 3 : 2, 500, 30, !safe},
                                 this, reply);
        });
}

Error BoxToolbox::apiError(const HttpResponse& r, const QString& doing)
{
    const QJsonObject o = QJsonDocument::fromJson(r.body).object();
    const QString code = o.value(u"code").toString();
    QString said = o.value(u"message").toString().left(300);
    const QString box =
        said.isEmpty() ? QString()
                       : tr(" (Box said: \"%1\"%2)")
                             .arg(said, code.isEmpty() ? QString() : QStringLiteral(", ") + code);
    if (r.status == 401)
        return fail(
            ErrorKind::Rejected,
            tr("Box refused the account's token while %1%2: sign in again.").arg(doing, box));
    if (r.status == 403) {
        return fail(ErrorKind::Rejected,
                    tr("Box refused %1%2: the app needs the scope \"Manage webhooks\" "
                       "(manage_webhook) and the account access to the item.")
                        .arg(doing, box));
    }
    if (r.status == 404)
        return fail(ErrorKind::Usage, tr("Box knows no such item while %1%2.").arg(doing, box));
    if (r.status == 409)
        return fail(ErrorKind::Usage, tr("Box refused %1: it already exists%2.").arg(doing, box));
    if (r.status == 429 || r.status >= 500)
        return fail(ErrorKind::Network,
                    tr("Box is busy or failing (HTTP %1) while %2; try again later.")
                        .arg(r.status)
                        .arg(doing));
    return fail(ErrorKind::Usage,
                tr("Box refused %1 (HTTP %2)%3.").arg(doing).arg(r.status).arg(box));
}

BoxToolbox::Webhook BoxToolbox::webhookFrom(const QJsonObject& o)
{
    Webhook w;
    w.id = o.value(u"id").toString();
    const QJsonObject target = o.value(u"target").toObject();
    w.targetType = target.value(u"type").toString();
    w.targetId = target.value(u"id").toString();
    w.address = o.value(u"address").toString();
    for (const QJsonValue& t : o.value(u"triggers").toArray())
        w.triggers.append(t.toString());
    w.createdAt = o.value(u"created_at").toString();
    const QJsonObject by = o.value(u"created_by").toObject();
    w.createdBy = by.value(u"login").toString();
    if (w.createdBy.isEmpty())
        w.createdBy = by.value(u"id").toString();
    return w;
}

void BoxToolbox::listWebhooks(const QString& account, QObject* context,
                              std::function<void(Result<QList<Webhook>>)> done)
{
    auto reply = guarded(context, std::move(done));
    // Box pages with a marker; every page is read (an app has at most 1,000 webhooks per user).
    auto all = std::make_shared<QList<Webhook>>();
    auto page = std::make_shared<std::function<void(const QString&)>>();
    *page = [this, account, all, page, reply](const QString& marker) {
        QString path = QStringLiteral("/webhooks?limit=200");
        if (!marker.isEmpty())
            path +=
                QStringLiteral("&marker=") + QString::fromLatin1(QUrl::toPercentEncoding(marker));
        call(account, "GET", path, {}, this, [all, page, reply](Result<HttpResponse> r) {
            if (!r.ok()) {
                *page = nullptr;
                reply(r.error());
                return;
            }
            if (r->status != 200) {
                *page = nullptr;
                reply(apiError(*r, tr("listing the webhooks")));
                return;
            }
            const QJsonObject o = QJsonDocument::fromJson(r->body).object();
            for (const QJsonValue& e : o.value(u"entries").toArray())
                all->append(webhookFrom(e.toObject()));
            const QString next = o.value(u"next_marker").toString();
            if (next.isEmpty() || all->size() > 5000) {
                auto finish = std::move(*page);
                reply(*all);
                return;
            }
            (*page)(next);
        });
    };
    (*page)(QString());
}

void BoxToolbox::createWebhook(const QString& account, const NewWebhook& request, QObject* context,
                               std::function<void(Result<Webhook>)> done)
{
    auto reply = guarded(context, std::move(done));
    const QJsonObject body{
        {QStringLiteral("target"), QJsonObject{{QStringLiteral("id"), request.targetId},
                                               {QStringLiteral("type"), request.targetType}}},
        {QStringLiteral("address"), request.address},
        {QStringLiteral("triggers"), QJsonArray::fromStringList(request.triggers)}};
    call(account, "POST", QStringLiteral("/webhooks"), body, this, [reply](Result<HttpResponse> r) {
        if (!r.ok()) {
            reply(r.error());
            return;
        }
        if (r->status != 201 && r->status != 200) {
            reply(apiError(*r, tr("creating the webhook")));
            return;
        }
        const Webhook w = webhookFrom(QJsonDocument::fromJson(r->body).object());
        if (w.id.isEmpty()) {
            reply(fail(ErrorKind::Network,
                       tr("Box's answer to creating the webhook holds no webhook id.")));
            return;
        }
        reply(w);
    });
}

void BoxToolbox::deleteWebhook(const QString& account, const QString& webhookId, QObject* context,
                               std::function<void(Status)> done)
{
    auto reply = guarded(context, std::move(done));
    if (!numericId(webhookId)) {
        postLater(this, [reply, webhookId] {
            reply(fail(ErrorKind::Usage,
                       tr("\"%1\" is not a Box webhook id (a number; \"authdeck-cli webhooks "
                          "list\" shows them).")
                           .arg(webhookId)));
        });
        return;
    }
    call(account, "DELETE", QStringLiteral("/webhooks/") + webhookId, {}, this,
         [reply](Result<HttpResponse> r) {
             if (!r.ok()) {
                 reply(r.error());
                 return;
             }
             if (r->status != 204 && r->status != 200) {
                 reply(apiError(*r, tr("deleting the webhook")));
                 return;
             }
             reply({});
         });
}

void BoxToolbox::downscope(const QString& accountId, const QStringList& requested,
                           const QString& resource, QObject* context,
                           std::function<void(Result<Downscoped>)> done)
{
    auto reply = guarded(context, std::move(done));
    auto refuse = [this, reply](const Error& e) { postLater(this, [reply, e] { reply(e); }); };
    Result<Account> account = boxAccount(accountId);
    Result<Target> target = account.ok() ? targetOf(*account) : Result<Target>(account.error());
    if (!target.ok()) {
        refuse(target.error());
        return;
    }
    QStringList scopes;
    for (const QString& given : requested) {
        for (const QString& s :
             given.split(QRegularExpression(QStringLiteral("[ ,]+")), Qt::SkipEmptyParts)) {
            if (!scopes.contains(s))
                scopes.append(s);
        }
    }
    if (scopes.isEmpty()) {
        refuse(fail(ErrorKind::Usage, tr("Name the scopes the limited token may use, for example "
                                         "--downscope item_preview.")));
        return;
    }
    // Narrower only: each scope must be covered by what the account was granted, when the app
    // says what that is (a server-authenticated app's scopes live in the Developer Console).
    if (!target->grantedScopes.isEmpty()) {
        for (const QString& s : std::as_const(scopes)) {
            if (!covers(s, target->grantedScopes)) {
                refuse(fail(ErrorKind::Usage,
                            tr("The scope %1 is wider than what \"%2\" was granted (%3): a "
                               "downscoped token can only narrow the grant.")
                                .arg(s, account->name, target->grantedScopes.join(u' '))));
                return;
            }
        }
    }
    QString resourceUrl = resource.trimmed();
    if (!resourceUrl.isEmpty()) {
        // folder:ID and file:ID are shorthand for the API's own addresses.
        static const QRegularExpression shorthand(QStringLiteral("^(folder|file):([0-9]{1,20})$"));
        if (const QRegularExpressionMatch m = shorthand.match(resourceUrl); m.hasMatch())
            resourceUrl = target->apiBase
                          + (m.captured(1) == QLatin1String("folder") ? QStringLiteral("/folders/")
                                                                      : QStringLiteral("/files/"))
                          + m.captured(2);
        const QString folders = target->apiBase + QStringLiteral("/folders/");
        const QString files = target->apiBase + QStringLiteral("/files/");
        const QString rest = resourceUrl.startsWith(folders) ? resourceUrl.mid(folders.size())
                             : resourceUrl.startsWith(files) ? resourceUrl.mid(files.size())
                                                             : QString();
        if (!numericId(rest)) {
            refuse(fail(ErrorKind::Usage,
                        tr("The resource \"%1\" is not a folder or file of this account's Box "
                           "(%2/folders/ID or %2/files/ID, or folder:ID, file:ID).")
                            .arg(resource, target->apiBase)));
            return;
        }
    }
    const Target t = *target;
    m_tokens.token(
        account->id, this, [this, t, scopes, resourceUrl, reply](Result<AccessToken> tok) {
            if (!tok.ok()) {
                reply(tok.error());
                return;
            }
            TokenRequest req;
            req.tokenUrl = QUrl(t.tokenUrl, QUrl::StrictMode);
            req.clientAuth = ClientAuth::None; // the subject token is the credential
            req.allowedOrigins = t.allowedOrigins;
            req.form = {
                {QByteArrayLiteral("grant_type"), SecretBytes(kTokenExchange.toUtf8())},
                {QByteArrayLiteral("subject_token"), tok->token},
                {QByteArrayLiteral("subject_token_type"), SecretBytes(kAccessTokenType.toUtf8())},
                {QByteArrayLiteral("scope"), SecretBytes(scopes.join(u' ').toUtf8())}};
            if (!resourceUrl.isEmpty())
                req.form.append({QByteArrayLiteral("resource"), SecretBytes(resourceUrl.toUtf8())});
            auto* client = new TokenClient(m_http, this);
            client->request(req, this, [client, scopes, resourceUrl, reply](Result<TokenResult> r) {
                client->deleteLater();
                if (!r.ok()) {
                    reply(r.error());
                    return;
                }
                Downscoped d;
                d.token = r->token.accessToken;
                if (r->token.expiresIn > 0)
                    d.expires = QDateTime::currentDateTimeUtc().addSecs(r->token.expiresIn);
                d.scopes = scopes;
                d.resource = resourceUrl;
                d.restrictedTo = r->token.extra.value(u"restricted_to").toArray();
                reply(d);
            });
        });
}

} // namespace authdeck::box
