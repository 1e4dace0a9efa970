#include "auth/IdentityCall.h"

#include "core/DisplayText.h"
#include "net/HttpClient.h"
#include "providers/Template.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

namespace authdeck {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("authdeck::IdentityCall", text);
}
} // namespace

std::optional<QString> IdentityCall::extract(const QJsonValue& root, const QString& path)
{
    QJsonValue v = root;
    for (const QString& part : path.split(QLatin1Char('.'))) {
        if (v.isObject()) {
            v = v.toObject().value(part);
        } else if (v.isArray()) {
            bool ok = false;
            const int index = part.toInt(&ok);
            if (!ok || index < 0 || index >= v.toArray().size())
                return std::nullopt;
            v = v.toArray().at(index);
        } else {
            return std::nullopt;
        }
    }
    if (v.isString())
        return v.toString();
    if (v.isDouble())
        return QString::number(v.toDouble(), 'g', 17);
    if (v.isBool())
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    return std::nullopt;
}

Result<Identity> IdentityCall::parse(const VerifySpec& spec, int status, const QByteArray& body,
                                     const QString& host, bool asUser)
{
    if (status == 401) {
        Error e =
            fail(ErrorKind::Rejected, tr("%1 refused the access token (HTTP 401): it expired or "
                                         "was revoked.")
                                          .arg(host));
        e.httpStatus = status;
        return e;
    }
    if (status == 403) {
        Error e =
            fail(ErrorKind::Rejected,
                 asUser ? tr("%1 does not let this account act as that user (HTTP 403): the app "
                             "needs \"Perform actions as users\" and an admin or service "
                             "account token.")
                              .arg(host)
                        : tr("%1 refused the verification call (HTTP 403): the app may lack the "
                             "scope to read the user's identity.")
                              .arg(host));
        e.diagnosis = asUser ? Diagnosis::None : Diagnosis::ScopeNotGranted;
        e.httpStatus = status;
        return e;
    }
    if (status == 429 || status >= 500) {
        Error e =
            fail(ErrorKind::Network, tr("%1 could not answer the verification call (HTTP %2); try "
                                        "again later.")
                                         .arg(host)
                                         .arg(status));
        e.diagnosis = status == 429 ? Diagnosis::RateLimited : Diagnosis::ProviderOutage;
        return e;
    }
    if (status < 200 || status >= 300) {
        return fail(ErrorKind::Rejected,
                    tr("%1 answered the verification call with HTTP %2.").arg(host).arg(status));
    }
    QJsonParseError err{};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &err);
    if (err.error != QJsonParseError::NoError || (!doc.isObject() && !doc.isArray())) {
        return fail(
            ErrorKind::Network,
            tr("%1 answered the verification call with something that is not JSON.").arg(host));
    }
    const QJsonValue root = doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(doc.array());
    Identity identity;
    for (auto it = spec.identity.begin(); it != spec.identity.end(); ++it) {
        if (std::optional<QString> v = extract(root, it.value()); v && !v->isEmpty())
            identity.insert(it.key(), displaySafe(v->left(300))); // shown in both faces
    }
    if (identity.isEmpty()) {
        return fail(ErrorKind::Network,
                    tr("%1 answered the verification call without naming the account.").arg(host));
    }
    return identity;
}

void IdentityCall::run(HttpClient& http, const Provider& provider, Scheme scheme,
                       const QHash<QString, QString>& variables, const SecretBytes& accessToken,
                       const ApiCallOptions& options, QObject* context, Done done)
{
    runWithAuthorization(http, provider, scheme, variables,
                         SecretBytes(QByteArrayLiteral("Bearer ") + accessToken.bytes()), options,
                         context, std::move(done));
}

void IdentityCall::runWithAuthorization(HttpClient& http, const Provider& provider, Scheme scheme,
                                        const QHash<QString, QString>& variables,
                                        const SecretBytes& authorization,
                                        const ApiCallOptions& options, QObject* context, Done done)
{
    const VerifySpec spec = provider.verifyFor(scheme);
    Result<QString> url = tmpl::expand(spec.url, variables);
    HttpRequest request;
    request.method = spec.method.toLatin1();
    request.url = url.ok() ? QUrl(*url, QUrl::StrictMode) : QUrl();
    request.allowedOrigins = options.allowedOrigins;
    request.headers.append({QByteArrayLiteral("Authorization"), authorization.bytes()});
    request.headers.append({QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json")});
    if (!options.asUser.isEmpty())
        request.headers.append({QByteArrayLiteral("As-User"), options.asUser.toUtf8()});
    if (options.notificationsOff)
        request.headers.append({QByteArrayLiteral("Box-Notifications"), QByteArrayLiteral("off")});
    if (spec.method == QLatin1String("POST")) {
        request.headers.append(
            {QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")});
        request.body = spec.body.toUtf8();
    }
    const QString host = request.url.host();
    const bool asUser = !options.asUser.isEmpty();
    if (!url.ok()) {
        QTimer::singleShot(0, context ? context : QCoreApplication::instance(),
                           [done, e = url.error()] { done(e); });
        return;
    }
    http.sendWithRetry(request, HttpClient::RetryPolicy{3, 500, 30, true}, context,
                       [done, spec, host, asUser](Result<HttpResponse> r) {
                           if (!r.ok()) {
                               done(r.error());
                               return;
                           }
                           done(parse(spec, r->status, r->body, host, asUser));
                       });
}

} // namespace authdeck
