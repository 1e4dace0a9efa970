#include "providers/ProviderParser.h"

#include "net/UrlPolicy.h"
#include "providers/Template.h"
#include "providers/UnifiedScopes.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QRegularExpression>
#include <QSet>
#include <QUrl>

namespace authdeck {

namespace {

// Walks a JSON object while remembering where it is, so a problem names its field. The first
// problem wins; later reads become no-ops.
class Reader {
public:
    Reader(QString file)
        : m_file(std::move(file))
    {}

    [[nodiscard]] bool failed() const { return !m_error.isEmpty(); }
    [[nodiscard]] QString error() const { return m_error; }

    void fail(const QString& path, const QString& problem)
    {
        if (m_error.isEmpty())
            m_error = QStringLiteral("%1: %2: %3").arg(m_file, path, problem);
    }

    static QString join(const QString& base, const QString& key)
    {
        return base.isEmpty() ? key : base + QLatin1Char('.') + key;
    }

    void allowOnly(const QJsonObject& obj, const QString& path, const QStringList& keys)
    {
        for (auto it = obj.begin(); it != obj.end(); ++it) {
            if (!keys.contains(it.key())) {
                fail(join(path, it.key()), QCoreApplication::translate("authdeck::ProviderParser",
                                                                       "is not a known field"));
                return;
            }
        }
    }

    QString string(const QJsonObject& obj, const QString& path, const QString& key, bool required,
                   const QString& fallback = {})
    {
        const QJsonValue v = obj.value(key);
        if (v.isUndefined() || v.isNull()) {
            if (required)
                fail(join(path, key),
                     QCoreApplication::translate("authdeck::ProviderParser", "is required"));
            return fallback;
        }
        if (!v.isString()) {
            fail(join(path, key),
                 QCoreApplication::translate("authdeck::ProviderParser", "must be a string"));
            return fallback;
        }
        const QString s = v.toString();
        if (required && s.trimmed().isEmpty())
            fail(join(path, key),
                 QCoreApplication::translate("authdeck::ProviderParser", "must not be empty"));
        return s;
    }

    bool boolean(const QJsonObject& obj, const QString& path, const QString& key, bool fallback)
    {
        const QJsonValue v = obj.value(key);
        if (v.isUndefined())
            return fallback;
        if (!v.isBool()) {
            fail(join(path, key),
                 QCoreApplication::translate("authdeck::ProviderParser", "must be true or false"));
            return fallback;
        }
        return v.toBool();
    }

    int integer(const QJsonObject& obj, const QString& path, const QString& key, int fallback,
                int min, int max)
    {
        const QJsonValue v = obj.value(key);
        if (v.isUndefined())
            return fallback;
        const double d = v.toDouble(-1e300);
        if (!v.isDouble() || d != static_cast<double>(static_cast<long long>(d)) || d < min
            || d > max) {
            fail(join(path, key),
                 QCoreApplication::translate("authdeck::ProviderParser",
                                             "must be a whole number from %1 to %2")
                     .arg(min)
                     .arg(max));
            return fallback;
        }
        return static_cast<int>(d);
    }

    QStringList strings(const QJsonObject& obj, const QString& path, const QString& key)
    {
        const QJsonValue v = obj.value(key);
        if (v.isUndefined())
            return {};
        if (!v.isArray()) {
            fail(join(path, key), QCoreApplication::translate("authdeck::ProviderParser",
                                                              "must be a list of strings"));
            return {};
        }
        QStringList out;
        const QJsonArray arr = v.toArray();
        for (qsizetype i = 0; i < arr.size(); ++i) {
            if (!arr.at(i).isString() || arr.at(i).toString().isEmpty()) {
                fail(QStringLiteral("%1[%2]").arg(join(path, key)).arg(i),
                     QCoreApplication::translate("authdeck::ProviderParser",
                                                 "must be a non-empty string"));
                return {};
            }
            out.append(arr.at(i).toString());
        }
        return out;
    }

    QJsonObject object(const QJsonObject& obj, const QString& path, const QString& key,
                       bool required)
    {
        const QJsonValue v = obj.value(key);
        if (v.isUndefined()) {
            if (required)
                fail(join(path, key),
                     QCoreApplication::translate("authdeck::ProviderParser", "is required"));
            return {};
        }
        if (!v.isObject()) {
            fail(join(path, key),
                 QCoreApplication::translate("authdeck::ProviderParser", "must be an object"));
            return {};
        }
        return v.toObject();
    }

    QJsonArray array(const QJsonObject& obj, const QString& path, const QString& key)
    {
        const QJsonValue v = obj.value(key);
        if (v.isUndefined())
            return {};
        if (!v.isArray()) {
            fail(join(path, key),
                 QCoreApplication::translate("authdeck::ProviderParser", "must be a list"));
            return {};
        }
        return v.toArray();
    }

    // A templated URL: placeholders must be known, and with sample values filled in it must be
    // https (or http to a loopback host).
    QString url(const QJsonObject& obj, const QString& path, const QString& key, bool required,
                const QSet<QString>& known)
    {
        const QString s = string(obj, path, key, required);
        if (s.isEmpty() || failed())
            return s;
        checkPlaceholders(s, join(path, key), known);
        QHash<QString, QString> sample;
        for (const QString& name : known)
            sample.insert(name, name == QLatin1String("api_base")
                                    ? QStringLiteral("https://api.example.com/v1")
                                : name == QLatin1String("userinfo_endpoint")
                                    ? QStringLiteral("https://id.example.com/userinfo")
                                : name == QLatin1String("endpoint")
                                    ? QStringLiteral("https://storage.example.com")
                                    : QStringLiteral("example.com"));
        const Result<QString> filled = tmpl::expand(s, sample);
        if (!filled.ok())
            return s;
        const QUrl u(*filled, QUrl::StrictMode);
        if (!u.isValid() || u.host().isEmpty()) {
            fail(join(path, key),
                 QCoreApplication::translate("authdeck::ProviderParser", "is not a valid URL"));
            return s;
        }
        if (!UrlPolicy::isAllowedScheme(u))
            fail(join(path, key), QCoreApplication::translate(
                                      "authdeck::ProviderParser",
                                      "must be an https URL (http only to a loopback address)"));
        return s;
    }

    void checkPlaceholders(const QString& text, const QString& path, const QSet<QString>& known)
    {
        int open = 0;
        for (QChar c : text) {
            if (c == QLatin1Char('{'))
                ++open;
            else if (c == QLatin1Char('}'))
                --open;
        }
        if (tmpl::expand(text, {}).error().kind == ErrorKind::BadInput || open != 0) {
            fail(path,
                 QCoreApplication::translate("authdeck::ProviderParser", "has an unmatched brace"));
            return;
        }
        for (const QString& name : tmpl::placeholders(text)) {
            if (!known.contains(name)) {
                fail(path, QCoreApplication::translate("authdeck::ProviderParser",
                                                       "uses the unknown placeholder {%1}")
                               .arg(name));
                return;
            }
        }
    }

    // A flat object of templated strings (claims, form fields).
    QJsonObject templatedObject(const QJsonObject& obj, const QString& path, const QString& key,
                                const QSet<QString>& known)
    {
        const QJsonObject o = object(obj, path, key, false);
        for (auto it = o.begin(); it != o.end(); ++it) {
            const QString p = join(join(path, key), it.key());
            if (it->isString())
                checkPlaceholders(it->toString(), p, known);
            else if (!it->isDouble() && !it->isBool())
                fail(p, QCoreApplication::translate("authdeck::ProviderParser",
                                                    "must be a string, number or true/false"));
        }
        return o;
    }

private:
    QString m_file;
    QString m_error;
};

const QRegularExpression& idPattern()
{
    static const QRegularExpression re(QStringLiteral("^[a-z0-9][a-z0-9-]{1,39}$"));
    return re;
}

QList<FieldSpec> readFields(Reader& r, const QJsonObject& obj, const QString& path)
{
    QList<FieldSpec> fields;
    const QJsonArray arr = r.array(obj, path, QStringLiteral("fields"));
    QSet<QString> seen;
    for (qsizetype i = 0; i < arr.size() && !r.failed(); ++i) {
        const QString p =
            QStringLiteral("%1[%2]").arg(Reader::join(path, QStringLiteral("fields"))).arg(i);
        if (!arr.at(i).isObject()) {
            r.fail(p, QCoreApplication::translate("authdeck::ProviderParser", "must be an object"));
            break;
        }
        const QJsonObject f = arr.at(i).toObject();
        r.allowOnly(f, p,
                    {QStringLiteral("name"), QStringLiteral("label"), QStringLiteral("help"),
                     QStringLiteral("placeholder"), QStringLiteral("default"),
                     QStringLiteral("pattern"), QStringLiteral("link"), QStringLiteral("secret"),
                     QStringLiteral("required")});
        FieldSpec spec;
        spec.name = r.string(f, p, QStringLiteral("name"), true);
        spec.label = r.string(f, p, QStringLiteral("label"), true);
        spec.help = r.string(f, p, QStringLiteral("help"), false);
        spec.placeholder = r.string(f, p, QStringLiteral("placeholder"), false);
        spec.defaultValue = r.string(f, p, QStringLiteral("default"), false);
        spec.pattern = r.string(f, p, QStringLiteral("pattern"), false);
        spec.link = r.string(f, p, QStringLiteral("link"), false);
        spec.secret = r.boolean(f, p, QStringLiteral("secret"), false);
        spec.required = r.boolean(f, p, QStringLiteral("required"), true);
        if (!spec.pattern.isEmpty() && !QRegularExpression(spec.pattern).isValid())
            r.fail(Reader::join(p, QStringLiteral("pattern")),
                   QCoreApplication::translate("authdeck::ProviderParser",
                                               "is not a valid regular expression"));
        if (seen.contains(spec.name))
            r.fail(
                Reader::join(p, QStringLiteral("name")),
                QCoreApplication::translate("authdeck::ProviderParser", "repeats the field \"%1\"")
                    .arg(spec.name));
        seen.insert(spec.name);
        fields.append(spec);
    }
    return fields;
}

VerifySpec readVerify(Reader& r, const QJsonObject& v, const QString& path,
                      const QSet<QString>& known)
{
    VerifySpec spec;
    r.allowOnly(v, path,
                {QStringLiteral("method"), QStringLiteral("url"), QStringLiteral("format"),
                 QStringLiteral("identity"), QStringLiteral("body")});
    spec.method = r.string(v, path, QStringLiteral("method"), false, QStringLiteral("GET"));
    if (spec.method != QLatin1String("GET") && spec.method != QLatin1String("POST"))
        r.fail(Reader::join(path, QStringLiteral("method")),
               QCoreApplication::translate("authdeck::ProviderParser", "must be GET or POST"));
    spec.url = r.url(v, path, QStringLiteral("url"), true, known);
    spec.format = r.string(v, path, QStringLiteral("format"), false, QStringLiteral("json"));
    if (spec.format != QLatin1String("json") && spec.format != QLatin1String("xml"))
        r.fail(Reader::join(path, QStringLiteral("format")),
               QCoreApplication::translate("authdeck::ProviderParser", "must be json or xml"));
    spec.body = r.string(v, path, QStringLiteral("body"), false);
    const QJsonObject identity = r.object(v, path, QStringLiteral("identity"), true);
    for (auto it = identity.begin(); it != identity.end(); ++it) {
        if (!it->isString() || it->toString().isEmpty()) {
            r.fail(Reader::join(Reader::join(path, QStringLiteral("identity")), it.key()),
                   QCoreApplication::translate("authdeck::ProviderParser",
                                               "must be a field path such as \"user.email\""));
            break;
        }
        spec.identity.insert(it.key(), it->toString());
    }
    if (!r.failed() && spec.identity.isEmpty())
        r.fail(Reader::join(path, QStringLiteral("identity")),
               QCoreApplication::translate("authdeck::ProviderParser",
                                           "must name at least one field"));
    return spec;
}

} // namespace

Result<Provider> ProviderParser::parse(const QByteArray& json, const QString& fileLabel)
{
    auto bad = [&](const QString& what) {
        return fail(ErrorKind::BadInput, QStringLiteral("%1: %2").arg(fileLabel, what));
    };
    if (json.size() > MaxFileSize)
        return bad(QCoreApplication::translate("authdeck::ProviderParser",
                                               "the file is larger than 256 KB"));
    QJsonParseError perr{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &perr);
    if (perr.error != QJsonParseError::NoError)
        return bad(QCoreApplication::translate("authdeck::ProviderParser",
                                               "not valid JSON (%1 at byte %2)")
                       .arg(perr.errorString())
                       .arg(perr.offset));
    if (!doc.isObject())
        return bad(QCoreApplication::translate("authdeck::ProviderParser",
                                               "the top level must be a JSON object"));
    const QJsonObject root = doc.object();

    Reader r(fileLabel);
    Provider p;
    p.setRaw(root);
    p.source = fileLabel;
    r.allowOnly(root, {},
                {QStringLiteral("schema"), QStringLiteral("id"), QStringLiteral("name"),
                 QStringLiteral("category"), QStringLiteral("description"), QStringLiteral("docs"),
                 QStringLiteral("icon"), QStringLiteral("api_base"), QStringLiteral("parameters"),
                 QStringLiteral("scopes"), QStringLiteral("custom_scopes"),
                 QStringLiteral("unified_scopes"), QStringLiteral("schemes"),
                 QStringLiteral("verify"), QStringLiteral("verify_by_scheme")});
    const int schema = r.integer(root, {}, QStringLiteral("schema"), 0, 1, 1);
    if (!r.failed() && schema != 1)
        r.fail(QStringLiteral("schema"), QCoreApplication::translate("authdeck::ProviderParser",
                                                                     "is required and must be 1"));
    p.id = r.string(root, {}, QStringLiteral("id"), true);
    if (!r.failed() && !idPattern().match(p.id).hasMatch())
        r.fail(QStringLiteral("id"),
               QCoreApplication::translate("authdeck::ProviderParser",
                                           "must be 2 to 40 lower-case letters, digits or dashes"));
    p.name = r.string(root, {}, QStringLiteral("name"), true);
    p.category = r.string(root, {}, QStringLiteral("category"), true);
    p.description = r.string(root, {}, QStringLiteral("description"), false);
    p.docsUrl = r.url(root, {}, QStringLiteral("docs"), true, {});
    p.icon = r.string(root, {}, QStringLiteral("icon"), false);

    // Parameters first: their names become placeholders the URLs may use.
    QSet<QString> known{QStringLiteral("api_base")};
    const QJsonArray params = r.array(root, {}, QStringLiteral("parameters"));
    for (qsizetype i = 0; i < params.size() && !r.failed(); ++i) {
        const QString path = QStringLiteral("parameters[%1]").arg(i);
        if (!params.at(i).isObject()) {
            r.fail(path,
                   QCoreApplication::translate("authdeck::ProviderParser", "must be an object"));
            break;
        }
        const QJsonObject o = params.at(i).toObject();
        r.allowOnly(o, path,
                    {QStringLiteral("name"), QStringLiteral("label"), QStringLiteral("help"),
                     QStringLiteral("kind"), QStringLiteral("default"),
                     QStringLiteral("placeholder"), QStringLiteral("required")});
        ParameterSpec spec;
        spec.name = r.string(o, path, QStringLiteral("name"), true);
        spec.label = r.string(o, path, QStringLiteral("label"), true);
        spec.help = r.string(o, path, QStringLiteral("help"), false);
        spec.kind = r.string(o, path, QStringLiteral("kind"), false, QStringLiteral("text"));
        spec.defaultValue = r.string(o, path, QStringLiteral("default"), false);
        spec.placeholder = r.string(o, path, QStringLiteral("placeholder"), false);
        spec.required = r.boolean(o, path, QStringLiteral("required"), true);
        if (!r.failed()
            && !QRegularExpression(QStringLiteral("^[a-z][a-z0-9_]{0,30}$"))
                    .match(spec.name)
                    .hasMatch())
            r.fail(
                Reader::join(path, QStringLiteral("name")),
                QCoreApplication::translate("authdeck::ProviderParser",
                                            "must be lower-case letters, digits or underscores"));
        if (spec.kind != QLatin1String("hostname") && spec.kind != QLatin1String("text"))
            r.fail(Reader::join(path, QStringLiteral("kind")),
                   QCoreApplication::translate("authdeck::ProviderParser",
                                               "must be hostname or text"));
        if (known.contains(spec.name))
            r.fail(Reader::join(path, QStringLiteral("name")),
                   QCoreApplication::translate("authdeck::ProviderParser", "is used twice"));
        known.insert(spec.name);
        p.parameters.append(spec);
    }
    p.apiBase = r.url(root, {}, QStringLiteral("api_base"), false, known);

    const QJsonArray scopes = r.array(root, {}, QStringLiteral("scopes"));
    QSet<QString> scopeIds;
    for (qsizetype i = 0; i < scopes.size() && !r.failed(); ++i) {
        const QString path = QStringLiteral("scopes[%1]").arg(i);
        if (!scopes.at(i).isObject()) {
            r.fail(path,
                   QCoreApplication::translate("authdeck::ProviderParser", "must be an object"));
            break;
        }
        const QJsonObject o = scopes.at(i).toObject();
        r.allowOnly(o, path,
                    {QStringLiteral("id"), QStringLiteral("description"),
                     QStringLiteral("recommended"), QStringLiteral("on_request")});
        ScopeInfo s;
        s.id = r.string(o, path, QStringLiteral("id"), true);
        s.description = r.string(o, path, QStringLiteral("description"), true);
        s.recommended = r.boolean(o, path, QStringLiteral("recommended"), false);
        s.onRequest = r.boolean(o, path, QStringLiteral("on_request"), false);
        if (s.id.contains(QLatin1Char(' ')))
            r.fail(
                Reader::join(path, QStringLiteral("id")),
                QCoreApplication::translate("authdeck::ProviderParser", "must not contain spaces"));
        if (scopeIds.contains(s.id))
            r.fail(
                Reader::join(path, QStringLiteral("id")),
                QCoreApplication::translate("authdeck::ProviderParser", "repeats the scope \"%1\"")
                    .arg(s.id));
        scopeIds.insert(s.id);
        p.scopes.append(s);
    }
    p.customScopes = r.boolean(root, {}, QStringLiteral("custom_scopes"), true);

    // AuthDeck's scope vocabulary mapped to the scopes listed above (UnifiedScopes.h).
    const QJsonObject unified = r.object(root, {}, QStringLiteral("unified_scopes"), false);
    for (auto it = unified.begin(); it != unified.end() && !r.failed(); ++it) {
        const QString path = Reader::join(QStringLiteral("unified_scopes"), it.key());
        if (!UnifiedScopes::isUnified(it.key())) {
            r.fail(path, QCoreApplication::translate("authdeck::ProviderParser",
                                                     "is not an AuthDeck scope (%1)")
                             .arg(UnifiedScopes::vocabulary().join(QStringLiteral(", "))));
            break;
        }
        const QStringList natives = r.strings(unified, QStringLiteral("unified_scopes"), it.key());
        if (r.failed())
            break;
        if (natives.isEmpty()) {
            r.fail(path, QCoreApplication::translate("authdeck::ProviderParser",
                                                     "must list at least one scope"));
            break;
        }
        for (qsizetype i = 0; i < natives.size(); ++i) {
            if (!scopeIds.contains(natives.at(i))) {
                r.fail(QStringLiteral("%1[%2]").arg(path).arg(i),
                       QCoreApplication::translate("authdeck::ProviderParser",
                                                   "names the scope \"%1\", which \"scopes\" "
                                                   "does not list")
                           .arg(natives.at(i)));
                break;
            }
        }
        p.unifiedScopes.insert(it.key(), natives);
    }

    const QJsonObject schemes = r.object(root, {}, QStringLiteral("schemes"), true);
    if (!r.failed() && schemes.isEmpty())
        r.fail(QStringLiteral("schemes"),
               QCoreApplication::translate("authdeck::ProviderParser",
                                           "must offer at least one scheme"));
    r.allowOnly(schemes, QStringLiteral("schemes"),
                {QStringLiteral("oauth2"), QStringLiteral("jwt"),
                 QStringLiteral("client_credentials"), QStringLiteral("password"),
                 QStringLiteral("keys"), QStringLiteral("basic")});

    const QSet<QString> claimVars =
        known + QSet<QString>{QStringLiteral("client_id"),    QStringLiteral("client_secret"),
                              QStringLiteral("client_email"), QStringLiteral("subject_type"),
                              QStringLiteral("subject_id"),   QStringLiteral("public_key_id"),
                              QStringLiteral("token_url"),    QStringLiteral("scope")};

    if (schemes.contains(QStringLiteral("oauth2")) && !r.failed()) {
        const QString path = QStringLiteral("schemes.oauth2");
        const QJsonObject o =
            r.object(schemes, QStringLiteral("schemes"), QStringLiteral("oauth2"), true);
        r.allowOnly(
            o, path,
            {QStringLiteral("authorize_url"), QStringLiteral("token_url"),
             QStringLiteral("revoke_url"), QStringLiteral("revoke_style"), QStringLiteral("issuer"),
             QStringLiteral("scope_separator"), QStringLiteral("client_auth"),
             QStringLiteral("default_scopes"), QStringLiteral("authorize_params"),
             QStringLiteral("pkce"), QStringLiteral("fixed_redirect_port"),
             QStringLiteral("refresh_token_idle_days"), QStringLiteral("single_use_refresh_tokens"),
             QStringLiteral("device_authorization_url"), QStringLiteral("admin_consent_url"),
             QStringLiteral("discovery")});
        OAuth2Spec s;
        // A file may name an issuer instead of endpoints: they are read from its metadata when
        // an app is registered (RFC 8414 / OpenID Connect Discovery).
        s.discovery = r.boolean(o, path, QStringLiteral("discovery"), false);
        s.authorizeUrl = r.url(o, path, QStringLiteral("authorize_url"), !s.discovery, known);
        s.tokenUrl = r.url(o, path, QStringLiteral("token_url"), !s.discovery, known);
        s.deviceAuthorizationUrl =
            r.url(o, path, QStringLiteral("device_authorization_url"), false, known);
        s.adminConsentUrl = r.url(o, path, QStringLiteral("admin_consent_url"), false, known);
        s.revokeUrl = r.url(o, path, QStringLiteral("revoke_url"), false, known);
        s.revokeStyle = r.string(o, path, QStringLiteral("revoke_style"), false,
                                 s.revokeUrl.isEmpty() && !s.discovery ? QStringLiteral("none")
                                                                       : QStringLiteral("rfc7009"));
        if (s.revokeStyle != QLatin1String("rfc7009") && s.revokeStyle != QLatin1String("none"))
            r.fail(
                Reader::join(path, QStringLiteral("revoke_style")),
                QCoreApplication::translate("authdeck::ProviderParser", "must be rfc7009 or none"));
        if (s.revokeStyle == QLatin1String("rfc7009") && s.revokeUrl.isEmpty() && !s.discovery)
            r.fail(Reader::join(path, QStringLiteral("revoke_url")),
                   QCoreApplication::translate("authdeck::ProviderParser",
                                               "is required for rfc7009 revocation"));
        s.issuer = r.string(o, path, QStringLiteral("issuer"), false);
        if (!s.issuer.isEmpty() && !r.failed())
            r.url(o, path, QStringLiteral("issuer"), false, known);
        if (s.discovery && (!s.authorizeUrl.isEmpty() || !s.tokenUrl.isEmpty()))
            r.fail(Reader::join(path, QStringLiteral("discovery")),
                   QCoreApplication::translate(
                       "authdeck::ProviderParser",
                       "reads the endpoints from the issuer: authorize_url and token_url must "
                       "not be given as well"));
        s.scopeSeparator =
            r.string(o, path, QStringLiteral("scope_separator"), false, QStringLiteral(" "));
        if (s.scopeSeparator != QLatin1String(" ") && s.scopeSeparator != QLatin1String(","))
            r.fail(Reader::join(path, QStringLiteral("scope_separator")),
                   QCoreApplication::translate("authdeck::ProviderParser",
                                               "must be a space or a comma"));
        s.clientAuth =
            r.string(o, path, QStringLiteral("client_auth"), false, QStringLiteral("body"));
        if (s.clientAuth != QLatin1String("body") && s.clientAuth != QLatin1String("basic")
            && s.clientAuth != QLatin1String("private_key_jwt"))
            r.fail(Reader::join(path, QStringLiteral("client_auth")),
                   QCoreApplication::translate("authdeck::ProviderParser",
                                               "must be body, basic or private_key_jwt"));
        s.defaultScopes = r.strings(o, path, QStringLiteral("default_scopes"));
        const QString paramsPath = Reader::join(path, QStringLiteral("authorize_params"));
        const QJsonObject extra =
            r.templatedObject(o, path, QStringLiteral("authorize_params"), known);
        for (auto it = extra.begin(); it != extra.end(); ++it) {
            // A provider file may add to the sign-in request, never take over a part AuthDeck
            // sets: another state, challenge or redirect URI would undo what protects the
            // sign-in.
            if (OAuth2Spec::isProtocolAuthorizeParameter(it.key())) {
                r.fail(Reader::join(paramsPath, it.key()),
                       QCoreApplication::translate(
                           "authdeck::ProviderParser",
                           "is set by AuthDeck itself in the sign-in request and must not be "
                           "given"));
                break;
            }
            if (!OAuth2Spec::isParameterName(it.key())) {
                // Percent-encoded: the name may hold control characters meant for a terminal.
                r.fail(Reader::join(paramsPath,
                                    QString::fromLatin1(QUrl::toPercentEncoding(it.key()))),
                       QCoreApplication::translate(
                           "authdeck::ProviderParser",
                           "is not a parameter name (letters, digits, '-', '.' and '_' only)"));
                break;
            }
            s.authorizeParams.insert(it.key(), it->toVariant().toString());
        }
        s.pkce = r.boolean(o, path, QStringLiteral("pkce"), true);
        s.fixedRedirectPort = r.boolean(o, path, QStringLiteral("fixed_redirect_port"), false);
        s.refreshTokenIdleDays =
            r.integer(o, path, QStringLiteral("refresh_token_idle_days"), 0, 0, 3650);
        s.singleUseRefreshTokens =
            r.boolean(o, path, QStringLiteral("single_use_refresh_tokens"), false);
        p.oauth2 = s;
    }

    if (schemes.contains(QStringLiteral("jwt")) && !r.failed()) {
        const QString path = QStringLiteral("schemes.jwt");
        const QJsonObject o =
            r.object(schemes, QStringLiteral("schemes"), QStringLiteral("jwt"), true);
        r.allowOnly(o, path,
                    {QStringLiteral("token_url"), QStringLiteral("header"),
                     QStringLiteral("claims"), QStringLiteral("form"), QStringLiteral("algorithms"),
                     QStringLiteral("subject_types"), QStringLiteral("subject_optional"),
                     QStringLiteral("key_format"), QStringLiteral("lifetime"),
                     QStringLiteral("max_lifetime")});
        JwtSpec s;
        s.tokenUrl = r.url(o, path, QStringLiteral("token_url"), true, known);
        s.header = r.templatedObject(o, path, QStringLiteral("header"), claimVars);
        s.claims = r.templatedObject(o, path, QStringLiteral("claims"), claimVars);
        s.form = r.templatedObject(o, path, QStringLiteral("form"), claimVars);
        if (!r.failed()) {
            for (const char* required : {"iss", "aud"}) {
                if (!s.claims.contains(QLatin1String(required)))
                    r.fail(Reader::join(Reader::join(path, QStringLiteral("claims")),
                                        QLatin1String(required)),
                           QCoreApplication::translate("authdeck::ProviderParser", "is required"));
            }
            for (const char* reserved : {"jti", "exp", "iat"}) {
                if (s.claims.contains(QLatin1String(reserved)))
                    r.fail(Reader::join(Reader::join(path, QStringLiteral("claims")),
                                        QLatin1String(reserved)),
                           QCoreApplication::translate("authdeck::ProviderParser",
                                                       "is set by AuthDeck and must not be given"));
            }
        }
        const QStringList algs = r.strings(o, path, QStringLiteral("algorithms"));
        if (!algs.isEmpty())
            s.algorithms = algs;
        for (const QString& a : std::as_const(s.algorithms)) {
            if (a != QLatin1String("RS256") && a != QLatin1String("RS384")
                && a != QLatin1String("RS512"))
                r.fail(Reader::join(path, QStringLiteral("algorithms")),
                       QCoreApplication::translate("authdeck::ProviderParser",
                                                   "supports RS256, RS384 and RS512 only"));
        }
        s.subjectTypes = r.strings(o, path, QStringLiteral("subject_types"));
        s.subjectOptional = r.boolean(o, path, QStringLiteral("subject_optional"), false);
        s.keyFormat = r.string(o, path, QStringLiteral("key_format"), false);
        if (!s.keyFormat.isEmpty() && s.keyFormat != QLatin1String("box-config")
            && s.keyFormat != QLatin1String("google-service-account"))
            r.fail(Reader::join(path, QStringLiteral("key_format")),
                   QCoreApplication::translate("authdeck::ProviderParser",
                                               "must be box-config or google-service-account"));
        s.maxLifetimeSeconds = r.integer(o, path, QStringLiteral("max_lifetime"), 60, 10, 3600);
        s.lifetimeSeconds = r.integer(o, path, QStringLiteral("lifetime"), 30, 5, 3600);
        if (s.lifetimeSeconds > s.maxLifetimeSeconds)
            r.fail(Reader::join(path, QStringLiteral("lifetime")),
                   QCoreApplication::translate("authdeck::ProviderParser",
                                               "must not exceed max_lifetime"));
        p.jwt = s;
    }

    if (schemes.contains(QStringLiteral("client_credentials")) && !r.failed()) {
        const QString path = QStringLiteral("schemes.client_credentials");
        const QJsonObject o = r.object(schemes, QStringLiteral("schemes"),
                                       QStringLiteral("client_credentials"), true);
        r.allowOnly(o, path,
                    {QStringLiteral("token_url"), QStringLiteral("form"),
                     QStringLiteral("subject_types"), QStringLiteral("scopes")});
        ClientCredentialsSpec s;
        s.tokenUrl = r.url(o, path, QStringLiteral("token_url"), true, known);
        s.form = r.templatedObject(o, path, QStringLiteral("form"), claimVars);
        s.subjectTypes = r.strings(o, path, QStringLiteral("subject_types"));
        s.scopes = r.strings(o, path, QStringLiteral("scopes"));
        p.clientCredentials = s;
    }

    for (const QString& name : {QStringLiteral("password"), QStringLiteral("basic")}) {
        if (!schemes.contains(name) || r.failed())
            continue;
        const QString path = QStringLiteral("schemes.") + name;
        const QJsonObject o = r.object(schemes, QStringLiteral("schemes"), name, true);
        r.allowOnly(
            o, path,
            {QStringLiteral("token_url"), QStringLiteral("form"), QStringLiteral("fields")});
        PasswordSpec s;
        s.tokenUrl = r.url(o, path, QStringLiteral("token_url"), false, known);
        s.form = r.templatedObject(o, path, QStringLiteral("form"), claimVars);
        s.fields = readFields(r, o, path);
        if (name == QLatin1String("password"))
            p.password = s;
        else
            p.basic = s;
    }

    if (schemes.contains(QStringLiteral("keys")) && !r.failed()) {
        const QString path = QStringLiteral("schemes.keys");
        const QJsonObject o =
            r.object(schemes, QStringLiteral("schemes"), QStringLiteral("keys"), true);
        r.allowOnly(o, path,
                    {QStringLiteral("signing"), QStringLiteral("service"),
                     QStringLiteral("default_endpoint"), QStringLiteral("default_region"),
                     QStringLiteral("fields")});
        KeysSpec s;
        s.signing = r.string(o, path, QStringLiteral("signing"), true);
        if (!r.failed() && s.signing != QLatin1String("aws-sigv4"))
            r.fail(Reader::join(path, QStringLiteral("signing")),
                   QCoreApplication::translate("authdeck::ProviderParser", "must be aws-sigv4"));
        s.service = r.string(o, path, QStringLiteral("service"), false, QStringLiteral("s3"));
        s.defaultEndpoint = r.url(o, path, QStringLiteral("default_endpoint"), true, known);
        s.defaultRegion = r.string(o, path, QStringLiteral("default_region"), true);
        s.fields = readFields(r, o, path);
        p.keys = s;
    }

    QSet<QString> verifyVars = known;
    verifyVars.insert(QStringLiteral("endpoint"));
    verifyVars.insert(QStringLiteral("region"));
    verifyVars.insert(QStringLiteral("instance_url"));
    verifyVars.insert(QStringLiteral("userinfo_endpoint")); // OpenID Connect discovery
    const QJsonObject verify = r.object(root, {}, QStringLiteral("verify"), true);
    if (!r.failed())
        p.verify = readVerify(r, verify, QStringLiteral("verify"), verifyVars);
    const QJsonObject byScheme = r.object(root, {}, QStringLiteral("verify_by_scheme"), false);
    for (auto it = byScheme.begin(); it != byScheme.end() && !r.failed(); ++it) {
        const QString path = QStringLiteral("verify_by_scheme.") + it.key();
        const auto scheme = schemeFromId(it.key());
        if (!scheme || !p.supports(*scheme)) {
            r.fail(path,
                   QCoreApplication::translate("authdeck::ProviderParser",
                                               "names a scheme this provider does not offer"));
            break;
        }
        if (!it->isObject()) {
            r.fail(path,
                   QCoreApplication::translate("authdeck::ProviderParser", "must be an object"));
            break;
        }
        p.verifyByScheme.insert(it.key(), readVerify(r, it->toObject(), path, verifyVars));
    }

    if (r.failed())
        return fail(ErrorKind::BadInput, r.error());
    return p;
}

} // namespace authdeck
