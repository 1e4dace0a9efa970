#include "auth/GoogleKeyFile.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QUrl>

namespace authdeck {

namespace {

Error bad(const QString& message)
{
    return fail(ErrorKind::BadInput, message);
}

Result<QString> member(const QJsonObject& o, const QString& name, bool required = true)
{
    const QJsonValue v = o.value(name);
    if (v.isUndefined() || v.isNull()) {
        if (!required)
            return QString();
        return bad(QCoreApplication::translate("authdeck::GoogleKeyFile",
                                               "The service account key file has no \"%1\".")
                       .arg(name));
    }
    if (!v.isString())
        return bad(
            QCoreApplication::translate("authdeck::GoogleKeyFile",
                                        "In the service account key file, \"%1\" is not a string.")
                .arg(name));
    const QString s = v.toString().trimmed();
    if (s.isEmpty() && required)
        return bad(QCoreApplication::translate("authdeck::GoogleKeyFile",
                                               "In the service account key file, \"%1\" is empty.")
                       .arg(name));
    return s;
}

} // namespace

Result<GoogleKeyFile> GoogleKeyFile::parse(const SecretBytes& json)
{
    if (json.size() > MaxFileBytes)
        return bad(QCoreApplication::translate(
            "authdeck::GoogleKeyFile",
            "The service account key file is larger than 64 KiB; it is not a key "
            "file."));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json.bytes(), &error);
    if (error.error != QJsonParseError::NoError) {
        return bad(QCoreApplication::translate(
                       "authdeck::GoogleKeyFile",
                       "The service account key file is not valid JSON (%1 at byte %2); it may "
                       "be truncated.")
                       .arg(error.errorString())
                       .arg(error.offset));
    }
    if (!doc.isObject())
        return bad(QCoreApplication::translate(
            "authdeck::GoogleKeyFile", "The service account key file is not a JSON object."));
    const QJsonObject root = doc.object();

    Result<QString> type = member(root, QStringLiteral("type"));
    if (!type.ok())
        return type.error();
    if (*type != QLatin1String("service_account")) {
        return bad(QCoreApplication::translate(
                       "authdeck::GoogleKeyFile",
                       "The key file's \"type\" is \"%1\", not \"service_account\": download a "
                       "service account's JSON key.")
                       .arg(type->left(64)));
    }
    GoogleKeyFile k;
    Result<QString> email = member(root, QStringLiteral("client_email"));
    if (!email.ok())
        return email.error();
    if (!email->contains(QLatin1Char('@')))
        return bad(QCoreApplication::translate(
            "authdeck::GoogleKeyFile",
            "In the service account key file, \"client_email\" is not an e-mail "
            "address."));
    k.clientEmail = *email;
    Result<QString> keyId = member(root, QStringLiteral("private_key_id"));
    if (!keyId.ok())
        return keyId.error();
    k.privateKeyId = *keyId;
    const QJsonValue pem = root.value(QStringLiteral("private_key"));
    if (pem.isUndefined() || pem.isNull())
        return bad(QCoreApplication::translate(
            "authdeck::GoogleKeyFile", "The service account key file has no \"private_key\"."));
    if (!pem.isString() || !pem.toString().contains(QLatin1String("PRIVATE KEY-----")))
        return bad(QCoreApplication::translate(
            "authdeck::GoogleKeyFile",
            "In the service account key file, \"private_key\" is not a PEM private "
            "key."));
    k.privateKeyPem = SecretBytes(pem.toString().toUtf8());
    Result<QString> tokenUri = member(root, QStringLiteral("token_uri"));
    if (!tokenUri.ok())
        return tokenUri.error();
    const QUrl uri(*tokenUri, QUrl::StrictMode);
    if (!uri.isValid() || uri.host().isEmpty()
        || (uri.scheme() != QLatin1String("https") && uri.scheme() != QLatin1String("http")))
        return bad(QCoreApplication::translate(
            "authdeck::GoogleKeyFile",
            "In the service account key file, \"token_uri\" is not a URL."));
    k.tokenUri = *tokenUri;
    if (Result<QString> id = member(root, QStringLiteral("client_id"), false); id.ok())
        k.clientId = *id;
    if (Result<QString> project = member(root, QStringLiteral("project_id"), false); project.ok())
        k.projectId = *project;
    return k;
}

} // namespace authdeck
