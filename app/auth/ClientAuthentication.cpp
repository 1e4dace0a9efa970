#include "auth/ClientAuthentication.h"

#include <QCoreApplication>

namespace authdeck {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("authdeck::ClientAuthentication", text);
}

const QString Basic = QStringLiteral("client_secret_basic");
const QString Post = QStringLiteral("client_secret_post");
const QString PrivateKeyJwt = QStringLiteral("private_key_jwt");
const QString None = QStringLiteral("none");

} // namespace

const QStringList& ClientAuthentication::methods()
{
    static const QStringList all{Basic, Post, PrivateKeyJwt, None};
    return all;
}

QString ClientAuthentication::methodFor(const Provider* provider, const AppRegistration& app)
{
    if (!app.clientAuth.isEmpty())
        return app.clientAuth;
    // A JWT app's key signs its grant, not its client authentication.
    if (app.hasPrivateKey && app.scheme != Scheme::Jwt)
        return PrivateKeyJwt;
    if (app.scheme == Scheme::ClientCredentials)
        return Post; // Box's client credentials: client_id and client_secret in the form
    const QString fromFile =
        provider && provider->oauth2 ? provider->oauth2->clientAuth : QStringLiteral("body");
    if (fromFile == QLatin1String("basic"))
        return Basic;
    if (fromFile == QLatin1String("private_key_jwt"))
        return PrivateKeyJwt;
    return Post;
}

Status ClientAuthentication::check(const Provider& provider, const AppRegistration& app)
{
    if (!app.clientAuth.isEmpty() && !methods().contains(app.clientAuth))
        return fail(ErrorKind::Usage,
                    tr("Unknown client authentication \"%1\"; AuthDeck uses %2.")
                        .arg(app.clientAuth, methods().join(QStringLiteral(", "))));
    if (methodFor(&provider, app) == PrivateKeyJwt && !app.algorithm.isEmpty()
        && app.algorithm != QLatin1String("RS256") && app.algorithm != QLatin1String("PS256"))
        return fail(ErrorKind::Usage,
                    tr("A private_key_jwt assertion is signed with RS256 or PS256, not %1.")
                        .arg(app.algorithm));
    return {};
}

void ClientAuthentication::apply(TokenRequest& req, const Provider* provider,
                                 const AppRegistration& app, const SecretRecord& appSecrets,
                                 const QUrl& tokenUrl)
{
    req.clientId = app.clientId;
    const QString method = methodFor(provider, app);
    if (method == PrivateKeyJwt) {
        req.clientAuth = ClientAuth::PrivateKeyJwt;
        req.clientSecret.clear();
        req.assertion.privateKeyPem = appSecrets.value(QStringLiteral("private_key"));
        req.assertion.keyId = app.publicKeyId;
        req.assertion.x5tS256 = app.certificateThumbprint;
        // Microsoft's certificate credentials ask for PS256 (RS256 still accepted).
        if (!app.algorithm.isEmpty())
            req.assertion.algorithm = app.algorithm;
        else if (!app.certificateThumbprint.isEmpty())
            req.assertion.algorithm = QStringLiteral("PS256");
        req.assertion.audience = tokenUrl;
        return;
    }
    if (method == None) {
        req.clientAuth = ClientAuth::None;
        req.clientSecret.clear();
        return;
    }
    req.clientAuth = method == Basic ? ClientAuth::Basic : ClientAuth::Body;
    req.clientSecret = appSecrets.value(QStringLiteral("client_secret"));
}

} // namespace authdeck
