#include "auth/BoxConfig.h"

#include "crypto/RsaKey.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

namespace authdeck {

namespace {

Error bad(const QString& message)
{
    return fail(ErrorKind::BadInput, message);
}

// A required member: a non-empty string (Box writes enterpriseID as a string; a number is taken
// too).
Result<QString> member(const QJsonObject& o, const QString& path, const QString& name,
                       bool required = true)
{
    const QJsonValue v = o.value(name);
    const QString full = path.isEmpty() ? name : path + QLatin1Char('.') + name;
    if (v.isUndefined() || v.isNull()) {
        if (!required)
            return QString();
        return bad(
            QCoreApplication::translate("authdeck::BoxConfig", "The Box config file has no \"%1\".")
                .arg(full));
    }
    QString s;
    if (v.isString())
        s = v.toString().trimmed();
    else if (v.isDouble() && v.toDouble() >= 0 && v.toDouble() < 9.0e15
             && v.toDouble() == double(qint64(v.toDouble())))
        s = QString::number(qint64(v.toDouble()));
    else
        return bad(QCoreApplication::translate("authdeck::BoxConfig",
                                               "In the Box config file, \"%1\" is not a string.")
                       .arg(full));
    if (s.isEmpty() && required)
        return bad(QCoreApplication::translate("authdeck::BoxConfig",
                                               "In the Box config file, \"%1\" is empty.")
                       .arg(full));
    return s;
}

Result<QJsonObject> object(const QJsonObject& o, const QString& path, const QString& name)
{
    const QJsonValue v = o.value(name);
    const QString full = path.isEmpty() ? name : path + QLatin1Char('.') + name;
    if (v.isUndefined() || v.isNull())
        return bad(
            QCoreApplication::translate("authdeck::BoxConfig", "The Box config file has no \"%1\".")
                .arg(full));
    if (!v.isObject())
        return bad(QCoreApplication::translate("authdeck::BoxConfig",
                                               "In the Box config file, \"%1\" is not an object.")
                       .arg(full));
    return v.toObject();
}

} // namespace

Result<BoxConfig> BoxConfig::parse(const SecretBytes& json)
{
    if (json.size() > MaxFileBytes)
        return bad(QCoreApplication::translate(
            "authdeck::BoxConfig",
            "The Box config file is larger than 256 KiB; it is not a config.json."));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json.bytes(), &error);
    if (error.error != QJsonParseError::NoError) {
        return bad(QCoreApplication::translate(
                       "authdeck::BoxConfig",
                       "The Box config file is not valid JSON (%1 at byte %2); it may be "
                       "truncated.")
                       .arg(error.errorString())
                       .arg(error.offset));
    }
    if (!doc.isObject())
        return bad(QCoreApplication::translate("authdeck::BoxConfig",
                                               "The Box config file is not a JSON object."));
    const QJsonObject root = doc.object();
    const QString settingsName = QStringLiteral("boxAppSettings");
    Result<QJsonObject> settings = object(root, {}, settingsName);
    if (!settings.ok())
        return settings.error();
    const QString appAuthPath = settingsName + QStringLiteral(".appAuth");
    Result<QJsonObject> appAuth = object(*settings, settingsName, QStringLiteral("appAuth"));
    if (!appAuth.ok())
        return appAuth.error();

    BoxConfig c;
    struct Field {
        const QJsonObject* from;
        QString path;
        QString name;
        QString* text;
        SecretBytes* secret;
        bool required;
    };
    QString clientSecret, privateKey, passphrase;
    const Field fields[] = {
        {&*settings, settingsName, QStringLiteral("clientID"), &c.clientId, nullptr, true},
        {&*settings, settingsName, QStringLiteral("clientSecret"), &clientSecret, nullptr, true},
        {&*appAuth, appAuthPath, QStringLiteral("publicKeyID"), &c.publicKeyId, nullptr, true},
        {&*appAuth, appAuthPath, QStringLiteral("privateKey"), &privateKey, nullptr, true},
        {&*appAuth, appAuthPath, QStringLiteral("passphrase"), &passphrase, nullptr, true},
        {&root, {}, QStringLiteral("enterpriseID"), &c.enterpriseId, nullptr, true},
        {&root, {}, QStringLiteral("userID"), &c.userId, nullptr, false},
    };
    for (const Field& f : fields) {
        Result<QString> v = member(*f.from, f.path, f.name, f.required);
        if (!v.ok()) {
            wipe(clientSecret);
            wipe(privateKey);
            wipe(passphrase);
            return v.error();
        }
        *f.text = *v;
    }
    // "0" is what the console writes for an app without enterprise access; keep it as given.
    c.clientSecret = SecretBytes::fromString(clientSecret);
    c.privateKeyPem = SecretBytes::fromString(privateKey);
    c.passphrase = SecretBytes::fromString(passphrase);
    wipe(clientSecret);
    wipe(privateKey);
    wipe(passphrase);
    if (!c.privateKeyPem.bytes().contains("-----BEGIN"))
        return bad(QCoreApplication::translate(
                       "authdeck::BoxConfig",
                       "In the Box config file, \"%1.privateKey\" is not a PEM private key.")
                       .arg(appAuthPath));
    // A hostile file's key can ask for hours of key derivation: refused here, before anything
    // else is done with the file.
    if (Status s = crypto::RsaKey::checkEncryptionCost(c.privateKeyPem); !s.ok())
        return bad(QCoreApplication::translate(
                       "authdeck::BoxConfig",
                       "In the Box config file, \"%1.privateKey\" cannot be used: %2.")
                       .arg(appAuthPath, s.error().message));
    return c;
}

SecretBytes BoxConfig::toJson() const
{
    QJsonObject appAuth{{QStringLiteral("publicKeyID"), publicKeyId},
                        {QStringLiteral("privateKey"), privateKeyPem.toString()},
                        {QStringLiteral("passphrase"), passphrase.toString()}};
    QJsonObject settings{{QStringLiteral("clientID"), clientId},
                         {QStringLiteral("clientSecret"), clientSecret.toString()},
                         {QStringLiteral("appAuth"), appAuth}};
    QJsonObject root{{QStringLiteral("boxAppSettings"), settings},
                     {QStringLiteral("enterpriseID"), enterpriseId}};
    if (!userId.isEmpty())
        root.insert(QStringLiteral("userID"), userId);
    return SecretBytes(QJsonDocument(root).toJson(QJsonDocument::Indented));
}

} // namespace authdeck
