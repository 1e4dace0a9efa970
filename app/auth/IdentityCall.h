#pragma once

#include "core/Result.h"
#include "core/SecretBytes.h"
#include "providers/Provider.h"

#include <QHash>
#include <QJsonValue>
#include <QMap>
#include <QObject>

#include <functional>

namespace authdeck {

class HttpClient;

using Identity = QMap<QString, QString>; // id, name, login, enterprise_id, enterprise_name, ...

// Options every API call of an account carries.
struct ApiCallOptions {
    QString asUser;                // Box As-User: act as this managed user
    bool notificationsOff = false; // Box-Notifications: off
    // The origins the connection pinned; the call (with its token) goes nowhere else.
    QStringList allowedOrigins;
};

// The catalog's verification ("who am I") call with a bearer token: fills the verify URL's
// template, sends it, and maps the response to an Identity with the catalog's dotted paths.
//
//   IdentityCall --GET {api_base}/users/me?fields=... , Authorization: Bearer--> provider API
//                <--JSON: id, name, login, enterprise{id,name}--
class IdentityCall {
public:
    using Done = std::function<void(Result<Identity>)>;

    static void run(HttpClient& http, const Provider& provider, Scheme scheme,
                    const QHash<QString, QString>& variables, const SecretBytes& accessToken,
                    const ApiCallOptions& options, QObject* context, Done done);
    // The same with a ready Authorization header value (HTTP Basic for a kept password).
    static void runWithAuthorization(HttpClient& http, const Provider& provider, Scheme scheme,
                                     const QHash<QString, QString>& variables,
                                     const SecretBytes& authorization,
                                     const ApiCallOptions& options, QObject* context, Done done);

    // "enterprise.name", "value.0.displayName": nullopt when the path does not lead to a scalar.
    [[nodiscard]] static std::optional<QString> extract(const QJsonValue& root,
                                                        const QString& path);
    [[nodiscard]] static Result<Identity> parse(const VerifySpec& spec, int status,
                                                const QByteArray& body, const QString& host,
                                                bool asUser);
};

} // namespace authdeck
