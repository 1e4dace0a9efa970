#include "crypto/Jws.h"

#include "crypto/Base64Url.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonParseError>

namespace authdeck::crypto {

namespace {

QByteArray encodeJson(const QJsonObject& object)
{
    return Base64Url::encode(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

Result<QJsonObject> decodeJson(QByteArrayView part, const QString& what)
{
    const Result<QByteArray> bytes = Base64Url::decode(part);
    if (!bytes)
        return fail(ErrorKind::BadInput,
                    QCoreApplication::translate("authdeck::crypto::Jws",
                                                "The token's %1 is not valid base64url")
                        .arg(what));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(*bytes, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return fail(ErrorKind::BadInput,
                    QCoreApplication::translate("authdeck::crypto::Jws",
                                                "The token's %1 is not a JSON object")
                        .arg(what));
    return doc.object();
}

} // namespace

Result<QByteArray> Jws::signCompact(QJsonObject header, const QJsonObject& claims,
                                    const RsaKey& key, const QString& alg)
{
    const QString algKey = QStringLiteral("alg");
    if (header.contains(algKey) && header.value(algKey).toString() != alg)
        return fail(ErrorKind::Usage,
                    QCoreApplication::translate(
                        "authdeck::crypto::Jws",
                        "The JWT header names the algorithm %1 but is signed with %2")
                        .arg(header.value(algKey).toString(), alg));
    header.insert(algKey, alg);
    if (!header.contains(QLatin1String("typ")))
        header.insert(QStringLiteral("typ"), QStringLiteral("JWT"));

    const QByteArray signingInput = encodeJson(header) + '.' + encodeJson(claims);
    const Result<QByteArray> signature = key.sign(alg, signingInput);
    if (!signature)
        return signature.error();
    return QByteArray(signingInput + '.' + Base64Url::encode(*signature));
}

Result<Jws::Parts> Jws::parseCompact(QByteArrayView token)
{
    if (token.size() > MaxTokenBytes)
        return fail(
            ErrorKind::BadInput,
            QCoreApplication::translate("authdeck::crypto::Jws", "The token is larger than 16 KB"));
    const qsizetype firstDot = token.indexOf('.');
    const qsizetype secondDot = firstDot < 0 ? -1 : token.indexOf('.', firstDot + 1);
    if (firstDot < 0 || secondDot < 0 || token.indexOf('.', secondDot + 1) >= 0)
        return fail(ErrorKind::BadInput,
                    QCoreApplication::translate("authdeck::crypto::Jws",
                                                "The token does not have exactly three parts"));

    Parts parts;
    const Result<QJsonObject> header = decodeJson(
        token.first(firstDot), QCoreApplication::translate("authdeck::crypto::Jws", "header"));
    if (!header)
        return header.error();
    const Result<QJsonObject> payload =
        decodeJson(token.sliced(firstDot + 1, secondDot - firstDot - 1),
                   QCoreApplication::translate("authdeck::crypto::Jws", "payload"));
    if (!payload)
        return payload.error();
    const Result<QByteArray> signature = Base64Url::decode(token.sliced(secondDot + 1));
    if (!signature || signature->isEmpty())
        return fail(ErrorKind::BadInput, QCoreApplication::translate(
                                             "authdeck::crypto::Jws",
                                             "The token's signature is missing or not base64url"));

    parts.header = *header;
    parts.payload = *payload;
    parts.signingInput = token.first(secondDot).toByteArray();
    parts.signature = *signature;
    return parts;
}

Status Jws::verify(const Parts& parts, const RsaKey& key, const QString& expectedAlg)
{
    const QJsonValue algValue = parts.header.value(QLatin1String("alg"));
    const QString alg = algValue.toString();
    // Taking the algorithm from the token only among RSA signatures closes the classic holes:
    // "none", and an HMAC keyed with the public key.
    if (!algValue.isString() || !RsaKey::signatureAlgorithms().contains(alg))
        return fail(
            ErrorKind::BadInput,
            QCoreApplication::translate(
                "authdeck::crypto::Jws",
                "The token is signed with \"%1\"; AuthDeck accepts RS256, RS384, RS512 and PS256")
                .arg(alg));
    if (!expectedAlg.isEmpty() && alg != expectedAlg)
        return fail(ErrorKind::BadInput,
                    QCoreApplication::translate("authdeck::crypto::Jws",
                                                "The token is signed with %1, not %2")
                        .arg(alg, expectedAlg));
    // RFC 7515 section 4.1.11: extensions we do not understand must not be ignored.
    if (parts.header.contains(QLatin1String("crit")))
        return fail(ErrorKind::BadInput,
                    QCoreApplication::translate(
                        "authdeck::crypto::Jws",
                        "The token requires extensions AuthDeck does not understand"));
    return key.verify(alg, parts.signingInput, parts.signature);
}

} // namespace authdeck::crypto
