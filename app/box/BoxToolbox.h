#pragma once

#include "box/WebhookSignature.h"
#include "core/Result.h"
#include "core/SecretBytes.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QObject>
#include <QStringList>

#include <functional>

namespace authdeck {

class AccountService;
class AppService;
class HttpClient;
class TokenService;
struct Account;
struct HttpResponse;

namespace box {

// What a Box admin does beyond connecting (docs/BOX.md, "The admin's toolbox"): webhooks v2 on a
// folder or file of a connected account, and downscoped tokens for scripts (RFC 8693 token
// exchange at Box's token endpoint). Every request carries the account's token to the origins
// its app pinned and nowhere else. Collaborators are passed in; nothing is looked up.
class BoxToolbox : public QObject {
    Q_OBJECT
public:
    BoxToolbox(TokenService& tokens, AccountService& accounts, AppService& apps, HttpClient& http,
               QObject* parent = nullptr);

    // Whether the toolbox serves a provider's accounts: Box's, and the sandbox's (it speaks Box).
    [[nodiscard]] static bool servesProvider(const QString& providerId);

    // The app's two webhook signature keys, kept in its sealed secret record.
    static constexpr const char* PrimaryKeySecret = "webhook_primary_key";
    static constexpr const char* SecondaryKeySecret = "webhook_secondary_key";
    struct WebhookKeys {
        SecretBytes primary; // empty when not set
        SecretBytes secondary;
    };
    // BadInput unless the key looks like one the Developer Console shows: one line of at least
    // 16 characters. `what` names it in the message ("primary key in key.txt").
    [[nodiscard]] static Status checkWebhookKey(const SecretBytes& key, const QString& what);
    // What the faces show of a key: the first 12 hex digits of its SHA-256, never the key.
    [[nodiscard]] static QString keyFingerprint(const SecretBytes& key);
    void webhookKeys(const QString& app, QObject* context,
                     std::function<void(Result<WebhookKeys>)> done);
    // Replaces the keys given (an empty one is left as it is), then answers with both.
    void setWebhookKeys(const QString& app, const SecretBytes& primary,
                        const SecretBytes& secondary, QObject* context,
                        std::function<void(Result<WebhookKeys>)> done);
    // One delivery checked against the app's keys (WebhookSignature::verify, now).
    void verifyDelivery(const QString& app, const WebhookSignature::Headers& headers,
                        const QByteArray& body, QObject* context,
                        std::function<void(Result<WebhookSignature::Verified>)> done);

    struct Webhook {
        QString id;
        QString targetType; // "folder" or "file"
        QString targetId;
        QString address;
        QStringList triggers;
        QString createdAt;
        QString createdBy; // the login or id Box names
    };
    struct NewWebhook {
        QString targetType;
        QString targetId;
        QString address;
        QStringList triggers;
    };
    // "folder:ID" or "file:ID", an https address (port 443, as Box requires; loopback http for
    // rehearsals against the sandbox), triggers from Box's list, or without any the activity
    // triggers a recent-files or monitoring integration needs. Usage naming what is wrong.
    [[nodiscard]] static Result<NewWebhook>
    parseRequest(const QString& target, const QString& address, const QStringList& triggers);
    [[nodiscard]] static QStringList defaultTriggers(const QString& targetType);
    [[nodiscard]] static const QStringList& knownTriggers();

    void listWebhooks(const QString& account, QObject* context,
                      std::function<void(Result<QList<Webhook>>)> done);
    void createWebhook(const QString& account, const NewWebhook& request, QObject* context,
                       std::function<void(Result<Webhook>)> done);
    void deleteWebhook(const QString& account, const QString& webhookId, QObject* context,
                       std::function<void(Status)> done);

    struct Downscoped {
        SecretBytes token;
        QDateTime expires; // UTC
        QStringList scopes;
        QString resource;
        QJsonArray restrictedTo; // Box's answer: scope and object per restriction
    };
    // The scopes a downscoped Box token may ask for beyond the app's own: Box UI Elements'.
    [[nodiscard]] static const QStringList& uiElementScopes();
    // Whether a grant of `granted` covers `scope`: the app's own scopes as granted, and Box UI
    // Elements' riding on root_readonly (the reading ones) or root_readwrite. An empty grant is
    // unrestricted (a server-authenticated app's scopes live in the Developer Console).
    [[nodiscard]] static bool covers(const QString& scope, const QStringList& granted);
    // Usage when a scope is wider than the account's grant (the app's scopes, when known), or
    // the resource is not a folder or file URL of the account's API.
    void downscope(const QString& account, const QStringList& scopes, const QString& resource,
                   QObject* context, std::function<void(Result<Downscoped>)> done);

private:
    struct Target {
        QString apiBase;
        QString tokenUrl;
        QStringList allowedOrigins;
        QStringList grantedScopes;
    };
    [[nodiscard]] Result<Target> targetOf(const Account& account) const;
    [[nodiscard]] Result<Account> boxAccount(const QString& idOrName) const;
    void call(const QString& account, const QByteArray& method, const QString& path,
              const QJsonObject& body, QObject* context,
              std::function<void(Result<HttpResponse>)> done);
    [[nodiscard]] static Error apiError(const HttpResponse& response, const QString& doing);
    [[nodiscard]] static Webhook webhookFrom(const QJsonObject& o);

    TokenService& m_tokens;
    AccountService& m_accounts;
    AppService& m_apps;
    HttpClient& m_http;
};

} // namespace box
} // namespace authdeck
