#include "auth/JwtAssertion.h"

#include "crypto/Jws.h"
#include "crypto/Random.h"
#include "providers/Template.h"

#include <QCoreApplication>
#include <QJsonValue>

#include <algorithm>

namespace authdeck {

namespace {

// Fills one templated object. Members that come out empty are dropped, unless required lists
// them: then the admin is told which app field is missing.
Result<QJsonObject> fill(const QJsonObject& templ, const QHash<QString, QString>& vars,
                         const QStringList& required)
{
    QJsonObject out;
    for (auto it = templ.begin(); it != templ.end(); ++it) {
        if (!it->isString()) {
            out.insert(it.key(), *it);
            continue;
        }
        const QString text = it->toString();
        Result<QString> filled = tmpl::expand(text, vars);
        if (!filled.ok())
            return filled.error();
        if (filled->isEmpty()) {
            if (!required.contains(it.key())) {
                continue;
            }
            const QStringList names = tmpl::placeholders(text);
            return fail(ErrorKind::Usage,
                        QCoreApplication::translate(
                            "authdeck::JwtAssertion",
                            "The assertion's \"%1\" needs %2, which the app registration does not "
                            "have.")
                            .arg(it.key(), JwtAssertion::describeVariable(names.value(0))));
        }
        out.insert(it.key(), *filled);
    }
    return out;
}

} // namespace

Result<ServerSubject> ServerSubject::parse(const QString& text, const QStringList& allowedTypes,
                                           const AppRegistration& app, bool optional)
{
    const QString t = text.trimmed();
    ServerSubject s;
    if (t == QLatin1String("enterprise")) {
        s.type = t;
        s.id = app.enterpriseId;
        if (s.id.isEmpty()) {
            return fail(ErrorKind::Usage, QCoreApplication::translate(
                                              "authdeck::JwtAssertion",
                                              "The app \"%1\" has no enterprise ID: import its "
                                              "config.json again or register it with the "
                                              "enterprise ID, or name the enterprise as "
                                              "enterprise:ID.")
                                              .arg(app.name));
        }
    } else if (t.startsWith(QLatin1String("enterprise:"))) {
        s.type = QStringLiteral("enterprise");
        s.id = t.mid(11).trimmed();
        s.explicitId = true;
        const bool digits = !s.id.isEmpty() && std::all_of(s.id.cbegin(), s.id.cend(), [](QChar c) {
            return c >= QLatin1Char('0') && c <= QLatin1Char('9');
        });
        if (!digits) {
            return fail(ErrorKind::Usage,
                        QCoreApplication::translate(
                            "authdeck::JwtAssertion",
                            "Give the enterprise as enterprise:ID with its numeric enterprise ID, "
                            "for example enterprise:900001."));
        }
    } else if (t.startsWith(QLatin1String("user:"))) {
        s.type = QStringLiteral("user");
        s.id = t.mid(5).trimmed();
        if (s.id.isEmpty())
            return fail(ErrorKind::Usage, QCoreApplication::translate(
                                              "authdeck::JwtAssertion",
                                              "Give the user as user:ID, for example user:123."));
    } else if (t.isEmpty() && (allowedTypes.isEmpty() || optional)) {
        return s;
    } else {
        return fail(ErrorKind::Usage,
                    QCoreApplication::translate(
                        "authdeck::JwtAssertion",
                        "Unknown subject \"%1\": use enterprise, enterprise:ID or user:ID.")
                        .arg(t));
    }
    if (s.id.size() > 256 || s.id.contains(QLatin1Char('\n')))
        return fail(ErrorKind::Usage,
                    QCoreApplication::translate("authdeck::JwtAssertion",
                                                "The subject's ID is not valid."));
    if (!allowedTypes.isEmpty() && !allowedTypes.contains(s.type)) {
        return fail(ErrorKind::Usage, QCoreApplication::translate(
                                          "authdeck::JwtAssertion",
                                          "This app cannot act for the subject type \"%1\"; it "
                                          "accepts: %2.")
                                          .arg(s.type, allowedTypes.join(QStringLiteral(", "))));
    }
    return s;
}

QString ServerSubject::text() const
{
    if (type == QLatin1String("user"))
        return QStringLiteral("user:") + id;
    if (type == QLatin1String("enterprise") && explicitId)
        return QStringLiteral("enterprise:") + id;
    return type;
}

QHash<QString, QString> JwtAssertion::variablesFor(const AppRegistration& app,
                                                   const ServerSubject& subject,
                                                   const QString& tokenUrl)
{
    return {
        {QStringLiteral("client_id"), app.clientId},
        {QStringLiteral("client_email"), app.clientEmail},
        {QStringLiteral("public_key_id"), app.publicKeyId},
        {QStringLiteral("subject_type"), subject.type},
        {QStringLiteral("subject_id"), subject.id},
        {QStringLiteral("token_url"), tokenUrl},
        {QStringLiteral("scope"), app.scopes.join(QLatin1Char(' '))},
    };
}

QString JwtAssertion::describeVariable(const QString& name)
{
    if (name == QLatin1String("public_key_id"))
        return QCoreApplication::translate("authdeck::JwtAssertion", "the Public Key ID");
    if (name == QLatin1String("client_id"))
        return QCoreApplication::translate("authdeck::JwtAssertion", "the client ID");
    if (name == QLatin1String("client_email"))
        return QCoreApplication::translate("authdeck::JwtAssertion",
                                           "the service account's client email");
    if (name == QLatin1String("subject_id"))
        return QCoreApplication::translate("authdeck::JwtAssertion",
                                           "the enterprise ID or user ID");
    if (name == QLatin1String("subject_type"))
        return QCoreApplication::translate("authdeck::JwtAssertion",
                                           "a subject (enterprise or user)");
    if (name == QLatin1String("scope"))
        return QCoreApplication::translate("authdeck::JwtAssertion", "scopes");
    if (name == QLatin1String("token_url"))
        return QCoreApplication::translate("authdeck::JwtAssertion", "the token URL");
    return QStringLiteral("{%1}").arg(name);
}

Result<JwtAssertion::Signed> JwtAssertion::build(const JwtSpec& spec, const crypto::RsaKey& key,
                                                 const Params& params)
{
    if (!key.hasPrivateKey())
        return fail(ErrorKind::Usage,
                    QCoreApplication::translate("authdeck::JwtAssertion",
                                                "Signing an assertion needs the private key."));
    QString alg = params.algorithm;
    if (alg.isEmpty())
        alg = spec.algorithms.value(0, QStringLiteral("RS256"));
    if (!spec.algorithms.contains(alg)) {
        return fail(ErrorKind::Usage, QCoreApplication::translate(
                                          "authdeck::JwtAssertion",
                                          "The provider accepts the signing algorithms %1, not %2.")
                                          .arg(spec.algorithms.join(QStringLiteral(", ")), alg));
    }
    int lifetime = params.lifetimeSeconds > 0 ? params.lifetimeSeconds : spec.lifetimeSeconds;
    lifetime = std::clamp(lifetime, 1, spec.maxLifetimeSeconds);

    Result<QJsonObject> header = fill(spec.header, params.variables, spec.header.keys());
    if (!header.ok())
        return header.error();
    // iss and aud always; sub whenever the template has it (Box), it names who the token is for,
    // unless the scheme makes the subject optional (Google: sub only for delegation).
    QStringList required{QStringLiteral("iss"), QStringLiteral("aud"),
                         QStringLiteral("box_sub_type"), QStringLiteral("scope")};
    if (!spec.subjectOptional)
        required.append(QStringLiteral("sub"));
    Result<QJsonObject> claims = fill(spec.claims, params.variables, required);
    if (!claims.ok())
        return claims.error();

    Signed s;
    s.algorithm = alg;
    const QDateTime now =
        (params.now.isValid() ? params.now : QDateTime::currentDateTimeUtc()).toUTC();
    const qint64 nowSecs = now.toSecsSinceEpoch();
    s.issued = QDateTime::fromSecsSinceEpoch(nowSecs, Qt::UTC);
    s.expires = QDateTime::fromSecsSinceEpoch(nowSecs + lifetime, Qt::UTC);
    s.jti = crypto::Random::randomToken(JtiChars);
    claims->insert(QStringLiteral("jti"), s.jti);
    claims->insert(QStringLiteral("iat"), double(nowSecs));
    claims->insert(QStringLiteral("exp"), double(nowSecs + lifetime));

    Result<QByteArray> token = crypto::Jws::signCompact(*header, *claims, key, alg);
    if (!token.ok())
        return token.error();
    s.token = std::move(token).value();
    return s;
}

} // namespace authdeck
