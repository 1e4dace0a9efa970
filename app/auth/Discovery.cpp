#include "auth/Discovery.h"

#include "accounts/AppService.h"
#include "auth/ClientAuthentication.h"
#include "core/Async.h"
#include "core/DisplayText.h"
#include "core/Log.h"
#include "net/HttpClient.h"
#include "net/UrlPolicy.h"
#include "providers/Provider.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace authdeck {

namespace {

constexpr qint64 MaxMetadataBytes = 256 * 1024;

QStringList stringList(const QJsonObject& o, const QString& key, QString* problem)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined())
        return {};
    QStringList out;
    if (!v.isArray()) {
        *problem = key;
        return {};
    }
    for (const QJsonValue& item : v.toArray()) {
        if (!item.isString()) {
            *problem = key;
            return {};
        }
        out.append(item.toString());
    }
    return out;
}

} // namespace

Discovery::Discovery(HttpClient& http, QObject* parent)
    : QObject(parent)
    , m_http(http)
{}

Result<QUrl> Discovery::checkIssuer(const QString& text)
{
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    if (text.trimmed().isEmpty() || !url.isValid() || url.host().isEmpty())
        return fail(ErrorKind::Usage,
                    tr("The issuer \"%1\" is not a URL (for example https://login.example.com).")
                        .arg(displaySafe(text)));
    // RFC 8414 section 2: "a URL that uses the https scheme and has no query or fragment
    // components".
    if (url.hasQuery() || url.hasFragment())
        return fail(ErrorKind::Usage,
                    tr("The issuer \"%1\" has a query or fragment; an issuer has neither.")
                        .arg(displaySafe(text)));
    if (Status s = UrlPolicy::checkEndpoint(url, tr("issuer")); !s.ok())
        return s.error();
    return url;
}

QList<QUrl> Discovery::metadataUrls(const QUrl& issuer)
{
    QString path = issuer.path(QUrl::FullyEncoded);
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    QUrl rfc8414 = issuer;
    rfc8414.setPath(QStringLiteral("/.well-known/oauth-authorization-server") + path,
                    QUrl::StrictMode);
    QUrl oidc = issuer;
    oidc.setPath(path + QStringLiteral("/.well-known/openid-configuration"), QUrl::StrictMode);
    return {rfc8414, oidc};
}

Result<ServerMetadata> Discovery::parse(const QByteArray& body, const QString& expectedIssuer,
                                        const QUrl& source)
{
    const QString where = source.toString(QUrl::RemoveUserInfo);
    auto bad = [&](const QString& what) {
        return fail(
            ErrorKind::BadInput,
            tr("The discovery metadata at %1 %2. Nothing was registered.").arg(where, what));
    };
    QJsonParseError perr{};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &perr);
    if (perr.error != QJsonParseError::NoError || !doc.isObject())
        return bad(tr("is not a JSON object"));
    const QJsonObject o = doc.object();
    ServerMetadata m;
    m.source = source;
    const QJsonValue issuer = o.value(QLatin1String("issuer"));
    if (!issuer.isString() || issuer.toString().isEmpty())
        return bad(tr("has no \"issuer\""));
    m.issuer = issuer.toString();
    if (m.issuer != expectedIssuer)
        return bad(tr("is for the issuer \"%1\", not \"%2\" (\"issuer\" must be the issuer asked "
                      "for, exactly)")
                       .arg(displaySafe(m.issuer.left(200)), expectedIssuer));

    struct Field {
        const char* name;
        QUrl* target;
        bool required;
    };
    const Field fields[] = {
        {"authorization_endpoint", &m.authorizationEndpoint, true},
        {"token_endpoint", &m.tokenEndpoint, true},
        {"revocation_endpoint", &m.revocationEndpoint, false},
        {"device_authorization_endpoint", &m.deviceAuthorizationEndpoint, false},
        {"userinfo_endpoint", &m.userinfoEndpoint, false},
    };
    for (const Field& f : fields) {
        const QString key = QLatin1String(f.name);
        const QJsonValue v = o.value(key);
        if (v.isUndefined() || v.isNull()) {
            if (f.required)
                return bad(tr("has no \"%1\"").arg(key));
            continue;
        }
        if (!v.isString())
            return bad(tr("has a \"%1\" that is not a string").arg(key));
        const QUrl url(v.toString(), QUrl::StrictMode);
        if (!url.isValid() || url.host().isEmpty() || url.hasFragment())
            return bad(tr("has a \"%1\" that is not a URL").arg(key));
        if (Status s = UrlPolicy::checkEndpoint(url, key); !s.ok())
            return bad(tr("has a \"%1\" AuthDeck may not use: %2").arg(key, s.error().message));
        *f.target = url;
    }
    QString problem;
    m.codeChallengeMethods =
        stringList(o, QStringLiteral("code_challenge_methods_supported"), &problem);
    m.tokenEndpointAuthMethods =
        stringList(o, QStringLiteral("token_endpoint_auth_methods_supported"), &problem);
    m.tokenEndpointSigningAlgorithms =
        stringList(o, QStringLiteral("token_endpoint_auth_signing_alg_values_supported"), &problem);
    m.grantTypes = stringList(o, QStringLiteral("grant_types_supported"), &problem);
    if (!problem.isEmpty())
        return bad(tr("has a \"%1\" that is not a list of strings").arg(problem));
    const QJsonValue iss = o.value(QLatin1String("authorization_response_iss_parameter_supported"));
    if (!iss.isUndefined() && !iss.isBool())
        return bad(tr("has an \"authorization_response_iss_parameter_supported\" that is not "
                      "true or false"));
    m.issParameterSupported = iss.toBool(false);
    // AuthDeck always sends PKCE S256; a server that lists its methods without S256 would
    // refuse (or worse, accept "plain" only).
    if (!m.codeChallengeMethods.isEmpty()
        && !m.codeChallengeMethods.contains(QLatin1String("S256")))
        return bad(tr("lists \"code_challenge_methods_supported\" without S256, which AuthDeck "
                      "needs"));
    return m;
}

Status Discovery::applyTo(const ServerMetadata& m, const Provider& provider, AppInput& in,
                          bool hasClientSecret, bool hasPrivateKey)
{
    const QString where = m.source.toString(QUrl::RemoveUserInfo);
    auto bad = [&](const QString& what) {
        return fail(
            ErrorKind::BadInput,
            tr("The discovery metadata at %1 %2. Nothing was registered.").arg(where, what));
    };
    const bool needsUserinfo = provider.verify.url.contains(QLatin1String("{userinfo_endpoint}"));
    if (needsUserinfo && m.userinfoEndpoint.isEmpty())
        return bad(tr("has no \"userinfo_endpoint\", which AuthDeck calls to check who signed in"));
    in.issuer = m.issuer;
    in.authorizeUrl = m.authorizationEndpoint.toString(QUrl::FullyEncoded);
    in.tokenUrl = m.tokenEndpoint.toString(QUrl::FullyEncoded);
    in.revokeUrl = m.revocationEndpoint.toString(QUrl::FullyEncoded);
    in.deviceAuthorizationUrl = m.deviceAuthorizationEndpoint.toString(QUrl::FullyEncoded);
    in.userinfoUrl = m.userinfoEndpoint.toString(QUrl::FullyEncoded);
    in.issParameterRequired = m.issParameterSupported;

    // RFC 8414 section 2: without the list, client_secret_basic is the default.
    const QStringList supported = m.tokenEndpointAuthMethods.isEmpty()
                                      ? QStringList{QStringLiteral("client_secret_basic")}
                                      : m.tokenEndpointAuthMethods;
    const QString pkjwt = QStringLiteral("private_key_jwt");
    QString method = in.clientAuth;
    if (method.isEmpty()) {
        if (hasPrivateKey)
            method = pkjwt;
        else if (hasClientSecret)
            method = supported.contains(QLatin1String("client_secret_basic"))
                         ? QStringLiteral("client_secret_basic")
                         : QStringLiteral("client_secret_post");
        else
            method = QStringLiteral("none");
    }
    if (method != QLatin1String("none") && !supported.contains(method))
        return bad(tr("lists \"token_endpoint_auth_methods_supported\" as %1, without %2")
                       .arg(supported.join(QStringLiteral(", ")), method));
    if (method == pkjwt && !m.tokenEndpointSigningAlgorithms.isEmpty()) {
        const QString alg = in.algorithm.isEmpty() ? QStringLiteral("RS256") : in.algorithm;
        if (!m.tokenEndpointSigningAlgorithms.contains(alg))
            return bad(tr("lists \"token_endpoint_auth_signing_alg_values_supported\" as %1, "
                          "without %2")
                           .arg(m.tokenEndpointSigningAlgorithms.join(QStringLiteral(", ")), alg));
    }
    in.clientAuth = method;
    return {};
}

void Discovery::discover(const QString& issuerText, QObject* context, Done done)
{
    auto reply = guarded(context, std::move(done));
    Result<QUrl> issuer = checkIssuer(issuerText);
    if (!issuer.ok()) {
        postLater(this, [reply, e = issuer.error()] { reply(e); });
        return;
    }
    tryNext(issuerText.trimmed(), metadataUrls(*issuer), reply, std::nullopt);
}

void Discovery::tryNext(const QString& issuer, QList<QUrl> urls,
                        std::function<void(Result<ServerMetadata>)> reply,
                        std::optional<Error> earlier)
{
    const QUrl url = urls.takeFirst();
    HttpRequest req;
    req.method = "GET";
    req.url = url;
    req.maxResponseBytes = MaxMetadataBytes;
    req.headers.append({QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json")});
    qCInfo(lcAuth) << "reading discovery metadata from" << url.host() << url.path();
    m_http.send(req, this, [this, issuer, urls, url, reply, earlier](Result<HttpResponse> r) {
        if (!r.ok()) {
            Error e = r.error();
            e.message = tr("The discovery metadata at %1 could not be read: %2")
                            .arg(url.toString(QUrl::RemoveUserInfo), e.message);
            reply(e);
            return;
        }
        Result<ServerMetadata> result = ServerMetadata();
        if (r->status != 200) {
            Error e = fail(r->status >= 500 || r->status == 429 ? ErrorKind::Network
                                                                : ErrorKind::BadInput,
                           tr("The discovery metadata at %1 answered HTTP %2; is %3 the "
                              "issuer?")
                               .arg(url.toString(QUrl::RemoveUserInfo))
                               .arg(r->status)
                               .arg(issuer));
            e.httpStatus = r->status;
            result = e;
        } else {
            // Compared with the issuer exactly as the admin gave it, not a normalised copy.
            result = parse(r->body, issuer, url);
        }
        if (result.ok() || result.error().kind == ErrorKind::Network) {
            reply(result);
            return;
        }
        // The other well-known location may still hold it (a server may answer the first with
        // a 404, a 403 or a page of its web app); what a document that was there said matters
        // more than a 404 at the other place.
        const std::optional<Error> keep =
            earlier ? earlier : (r->status == 200 ? std::optional<Error>(result.error()) : earlier);
        if (!urls.isEmpty()) {
            tryNext(issuer, urls, reply, keep);
            return;
        }
        reply(keep ? Result<ServerMetadata>(*keep) : result);
    });
}

} // namespace authdeck
