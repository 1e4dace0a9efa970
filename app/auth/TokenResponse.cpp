#include "auth/TokenResponse.h"

#include "core/DisplayText.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonValue>
#include <QUrlQuery>

#include <algorithm>

namespace authdeck {

namespace {

Error networkError(Diagnosis d, const QString& message)
{
    Error e = fail(ErrorKind::Network, message);
    e.diagnosis = d;
    return e;
}

// RFC 6749 section 5.2 allows only printable ASCII in error codes and descriptions; a hostile
// server's control characters (terminal escapes, a line break that forges a second log line) are
// replaced before its words are shown anywhere, on one line.
QString printable(const QString& text)
{
    return displaySafe(text).simplified();
}

QByteArray trimmed(const QByteArray& body)
{
    return body.trimmed();
}

// The body as a flat map of members, from JSON or form encoding; nullopt when it is neither.
std::optional<QJsonObject> members(const QByteArray& body)
{
    const QByteArray b = trimmed(body);
    if (b.startsWith('{')) {
        QJsonParseError err{};
        const QJsonDocument doc = QJsonDocument::fromJson(b, &err);
        if (err.error != QJsonParseError::NoError || !doc.isObject())
            return std::nullopt;
        return doc.object();
    }
    // application/x-www-form-urlencoded (some older servers, and Qt's own fallback).
    if (b.isEmpty() || b.contains('<') || !b.contains('='))
        return std::nullopt;
    for (char c : b) {
        if (static_cast<unsigned char>(c) < 0x21 || static_cast<unsigned char>(c) > 0x7e)
            return std::nullopt;
    }
    QJsonObject o;
    // '+' means space in form encoding; QUrlQuery leaves it alone.
    QByteArray normalized = b;
    normalized.replace('+', "%20");
    const QUrlQuery q(QString::fromLatin1(normalized));
    for (const auto& [key, value] : q.queryItems(QUrl::FullyDecoded)) {
        if (key.isEmpty())
            return std::nullopt;
        o.insert(key, value);
    }
    return o;
}

QString describeBody(const QByteArray& body, const QByteArray& contentType)
{
    const QByteArray b = trimmed(body);
    if (b.isEmpty())
        return QCoreApplication::translate("authdeck::TokenResponse", "an empty answer");
    if (contentType.contains("html") || b.startsWith('<'))
        return QCoreApplication::translate("authdeck::TokenResponse",
                                           "an HTML page instead of a token");
    if (b.startsWith('[') || b.startsWith('"'))
        return QCoreApplication::translate("authdeck::TokenResponse", "JSON that is not an object");
    if (b.startsWith('{'))
        return QCoreApplication::translate("authdeck::TokenResponse",
                                           "incomplete or malformed JSON");
    return QCoreApplication::translate("authdeck::TokenResponse",
                                       "an answer that is neither JSON nor form data");
}

} // namespace

std::optional<TokenResponseParser::OAuthError>
TokenResponseParser::parseError(const QByteArray& body)
{
    const std::optional<QJsonObject> o = members(body);
    if (!o || !o->value(QStringLiteral("error")).isString())
        return std::nullopt;
    OAuthError e;
    // RFC 6749 5.2 allows only printable ASCII here; a server that sends escape sequences gets
    // them replaced before anything is shown or logged.
    e.error = displaySafe(o->value(QStringLiteral("error")).toString().left(200));
    e.description = displaySafe(o->value(QStringLiteral("error_description")).toString().left(500));
    e.uri = displaySafe(o->value(QStringLiteral("error_uri")).toString().left(500));
    if (e.error.isEmpty())
        return std::nullopt;
    return e;
}

Error TokenResponseParser::classify(const OAuthError& oe, int httpStatus, const QString& host,
                                    const QString& grantType)
{
    Error e;
    e.kind = ErrorKind::Rejected;
    e.providerCode = printable(oe.error);
    e.providerWords = printable(oe.description);
    e.httpStatus = httpStatus;
    const QString d = e.providerWords.toLower();
    const QString code = e.providerCode;
    // "already used" is one cause of a dead refresh token worth naming apart: two copies of the
    // account refreshing with one token.
    const auto refreshRefused = [&e, &d, &host] {
        const bool reused = d.contains(QLatin1String("already used"))
                            || d.contains(QLatin1String("already been used"))
                            || d.contains(QLatin1String("reuse"))
                            || d.contains(QLatin1String("used elsewhere"));
        e.diagnosis = reused ? Diagnosis::RefreshTokenReused : Diagnosis::RefreshTokenExpired;
        e.message = QCoreApplication::translate(
                        "authdeck::TokenResponse",
                        "%1 no longer accepts this account's sign-in (the refresh token expired, "
                        "was revoked or was already used): sign in again.")
                        .arg(host);
    };
    if (code == QLatin1String("invalid_grant") && grantType == QLatin1String("refresh_token")) {
        // On a refresh the grant is the refresh token (RFC 6749 sections 5.2 and 6), so the
        // description's wording does not matter: the account must sign in again.
        refreshRefused();
    } else if (code == QLatin1String("invalid_grant")) {
        if (d.contains(QLatin1String("'exp'")) || d.contains(QLatin1String("'jti'"))
            || d.contains(QLatin1String("exp claim")) || d.contains(QLatin1String("jti claim"))
            || d.contains(QLatin1String("unique 'jti'"))) {
            e.diagnosis = Diagnosis::ClockSkew;
            e.message = QCoreApplication::translate(
                            "authdeck::TokenResponse",
                            "%1 refused the assertion's timing or id (exp or jti): this computer's "
                            "clock may disagree with the server's.")
                            .arg(host);
        } else if (d.contains(QLatin1String("'sub'")) || d.contains(QLatin1String("box_sub"))
                   || (grantType == QLatin1String("client_credentials")
                       && d.contains(QLatin1String("grant credentials are invalid")))) {
            // Box answers a client-credentials grant whose box_subject_id it does not accept
            // with "Grant credentials are invalid"; a JWT's with "check the 'sub' claim".
            e.diagnosis = Diagnosis::SubjectRefused;
            e.message = QCoreApplication::translate(
                            "authdeck::TokenResponse",
                            "%1 refused the subject (sub): check the enterprise ID or user ID.")
                            .arg(host);
        } else if (d.contains(QLatin1String("kid")) || d.contains(QLatin1String("public key"))) {
            e.diagnosis = Diagnosis::KeyRefused;
            e.message = QCoreApplication::translate(
                            "authdeck::TokenResponse",
                            "%1 does not know the key that signed the assertion: check the Public "
                            "Key ID and that the public key was added to the app.")
                            .arg(host);
        } else if (d.contains(QLatin1String("signature")) || d.contains(QLatin1String("verify"))) {
            e.diagnosis = Diagnosis::KeyRefused;
            e.message =
                QCoreApplication::translate(
                    "authdeck::TokenResponse",
                    "%1 could not verify the assertion's signature: the private key does not "
                    "match the public key registered for this Public Key ID.")
                    .arg(host);
        } else if (d.contains(QLatin1String("redirect"))) {
            e.diagnosis = Diagnosis::RedirectUriNotRegistered;
            e.message = QCoreApplication::translate(
                            "authdeck::TokenResponse",
                            "%1 refused the redirect URI: register http://127.0.0.1/callback (any "
                            "port) for the app at the provider.")
                            .arg(host);
        } else if (d.contains(QLatin1String("refresh"))
                   || d.contains(QLatin1String("token has been expired or revoked"))) {
            refreshRefused();
        } else if (d.contains(QLatin1String("code"))) {
            e.message = QCoreApplication::translate(
                            "authdeck::TokenResponse",
                            "%1 refused the authorization code: it expired or was already used. "
                            "Sign in again.")
                            .arg(host);
        } else {
            e.message = QCoreApplication::translate("authdeck::TokenResponse",
                                                    "%1 refused the grant (invalid_grant).")
                            .arg(host);
        }
    } else if (code == QLatin1String("redirect_uri_mismatch")) {
        e.diagnosis = Diagnosis::RedirectUriNotRegistered;
        e.message = QCoreApplication::translate(
                        "authdeck::TokenResponse",
                        "%1 refused the redirect URI: register http://127.0.0.1/callback (any "
                        "port) for the app at the provider.")
                        .arg(host);
    } else if (code == QLatin1String("invalid_client")) {
        e.diagnosis = Diagnosis::InvalidClient;
        e.message =
            QCoreApplication::translate(
                "authdeck::TokenResponse",
                "%1 does not accept the client ID and secret (invalid_client): check the app "
                "registration.")
                .arg(host);
    } else if (code == QLatin1String("unauthorized_client")) {
        e.diagnosis = Diagnosis::AppNotAuthorized;
        e.message = QCoreApplication::translate(
                        "authdeck::TokenResponse",
                        "%1 says the app is not authorized for this (unauthorized_client).")
                        .arg(host);
    } else if (code == QLatin1String("access_denied")) {
        e.diagnosis = Diagnosis::AccessDenied;
        e.message =
            QCoreApplication::translate("authdeck::TokenResponse", "Access was denied at %1.")
                .arg(host);
    } else if (code == QLatin1String("invalid_scope")) {
        e.diagnosis = Diagnosis::ScopeNotGranted;
        e.message = QCoreApplication::translate(
                        "authdeck::TokenResponse",
                        "%1 refused the requested scopes (invalid_scope): the app may not be "
                        "allowed these scopes.")
                        .arg(host);
    } else if (code == QLatin1String("unsupported_grant_type")) {
        e.message =
            QCoreApplication::translate(
                "authdeck::TokenResponse",
                "%1 does not support this sign-in method for the app (unsupported_grant_type).")
                .arg(host);
    } else if (code == QLatin1String("server_error")
               || code == QLatin1String("temporarily_unavailable")) {
        e.kind = ErrorKind::Network;
        e.diagnosis = Diagnosis::ProviderOutage;
        e.message =
            QCoreApplication::translate("authdeck::TokenResponse",
                                        "%1 has a problem of its own (%2); try again later.")
                .arg(host, code);
    } else {
        e.message =
            QCoreApplication::translate("authdeck::TokenResponse", "%1 refused the request (%2).")
                .arg(host, code.left(100));
    }
    return e;
}

Result<TokenResponse> TokenResponseParser::parse(int status, const QByteArray& contentType,
                                                 const QByteArray& body, const QString& host,
                                                 const QString& grantType)
{
    if (body.size() > MaxBodyBytes) {
        return networkError(Diagnosis::None, QCoreApplication::translate(
                                                 "authdeck::TokenResponse",
                                                 "%1 sent an answer larger than 1 MB; refused.")
                                                 .arg(host));
    }
    if (std::optional<OAuthError> oe = parseError(body)) {
        Error e = classify(*oe, status, host, grantType);
        if (status == 429) {
            e.kind = ErrorKind::Network;
            e.diagnosis = Diagnosis::RateLimited;
        } else if (status >= 500) {
            e.kind = ErrorKind::Network;
            e.diagnosis = Diagnosis::ProviderOutage;
        }
        return e;
    }
    if (status == 429) {
        return networkError(
            Diagnosis::RateLimited,
            QCoreApplication::translate("authdeck::TokenResponse",
                                        "%1 is limiting requests (HTTP 429); try again later.")
                .arg(host));
    }
    if (status >= 500) {
        return networkError(
            Diagnosis::ProviderOutage,
            QCoreApplication::translate("authdeck::TokenResponse",
                                        "%1 has a problem of its own (HTTP %2); try again later.")
                .arg(host)
                .arg(status));
    }
    if (status < 200 || status >= 300) {
        Error e = networkError(
            Diagnosis::None,
            QCoreApplication::translate("authdeck::TokenResponse", "%1 answered HTTP %2 with %3.")
                .arg(host)
                .arg(status)
                .arg(describeBody(body, contentType)));
        if (status == 401 || status == 403) {
            e.kind = ErrorKind::Rejected;
            e.diagnosis = Diagnosis::InvalidClient;
        }
        e.httpStatus = status;
        return e;
    }
    const std::optional<QJsonObject> o = members(body);
    if (!o) {
        return networkError(Diagnosis::None,
                            QCoreApplication::translate("authdeck::TokenResponse",
                                                        "%1 sent %2; AuthDeck cannot use it.")
                                .arg(host, describeBody(body, contentType)));
    }
    const QJsonValue access = o->value(QStringLiteral("access_token"));
    const QJsonValue type = o->value(QStringLiteral("token_type"));
    if (!access.isString() || access.toString().isEmpty()) {
        return networkError(Diagnosis::None,
                            QCoreApplication::translate(
                                "authdeck::TokenResponse",
                                "%1 answered without an access token; AuthDeck cannot use it.")
                                .arg(host));
    }
    if (!type.isString() || type.toString().isEmpty()) {
        return networkError(
            Diagnosis::None,
            QCoreApplication::translate("authdeck::TokenResponse",
                                        "%1 answered without a token type; AuthDeck cannot use it.")
                .arg(host));
    }
    if (type.toString().compare(QLatin1String("bearer"), Qt::CaseInsensitive) != 0) {
        return networkError(Diagnosis::None,
                            QCoreApplication::translate(
                                "authdeck::TokenResponse",
                                "%1 issued a \"%2\" token; AuthDeck supports bearer tokens only.")
                                .arg(host, type.toString().left(40)));
    }
    // RFC 6749 appendix A.12 and A.17: both tokens are 1*VSCHAR (%x20-7E). A token with other
    // characters would carry them into headers, files and the terminal (`token` prints it).
    const auto vschar = [](const QString& t) {
        return std::all_of(t.cbegin(), t.cend(),
                           [](QChar c) { return c.unicode() >= 0x20 && c.unicode() <= 0x7e; });
    };
    const QJsonValue refresh = o->value(QStringLiteral("refresh_token"));
    if (!vschar(access.toString()) || (refresh.isString() && !vschar(refresh.toString()))) {
        return networkError(Diagnosis::None,
                            QCoreApplication::translate(
                                "authdeck::TokenResponse",
                                "%1 issued a token with characters a token may not have (RFC 6749 "
                                "allows printable ASCII only); AuthDeck cannot use it.")
                                .arg(host));
    }
    TokenResponse r;
    r.accessToken = SecretBytes(access.toString().toUtf8());
    r.tokenType = type.toString();
    if (refresh.isString())
        r.refreshToken = SecretBytes(refresh.toString().toUtf8());
    const QJsonValue expires = o->value(QStringLiteral("expires_in"));
    if (expires.isDouble()) {
        const double v = expires.toDouble();
        if (v >= 0 && v <= 10.0 * 365 * 86400)
            r.expiresIn = static_cast<qint64>(v);
    } else if (expires.isString()) {
        bool ok = false;
        const qint64 v = expires.toString().toLongLong(&ok);
        if (ok && v >= 0 && v <= 10LL * 365 * 86400)
            r.expiresIn = v;
    }
    r.scope = o->value(QStringLiteral("scope")).toString();
    QJsonObject extra = *o;
    for (const char* secret :
         {"access_token", "refresh_token", "id_token", "token_type", "expires_in", "scope"})
        extra.remove(QLatin1String(secret));
    r.extra = extra;
    return r;
}

} // namespace authdeck
