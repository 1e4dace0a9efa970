#include "providers/AdminPolicy.h"

#include "core/Log.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>
#include <QtGlobal>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <sys/stat.h>
#endif

namespace authdeck {

namespace {

int lineAt(const QByteArray& text, qsizetype offset)
{
    if (offset < 0)
        return 0;
    return 1 + int(text.left(std::min(offset, text.size())).count('\n'));
}

// Where each member of the document starts, by dotted path ("providers.allow") and list item
// ("providers.allow[1]"), so an error names its line; and the first key that appears twice in
// one object. Runs on text QJsonDocument has already accepted.
struct Locations {
    QHash<QString, qsizetype> offsets;
    QString repeated;
    qsizetype repeatedAt = -1;

    [[nodiscard]] qsizetype of(const QString& path) const { return offsets.value(path, -1); }
};

Locations locate(const QByteArray& json)
{
    struct Frame {
        bool object = false;
        QString path;
        int index = 0;
        QString key;
        bool wantKey = true;
    };
    QList<Frame> stack;
    Locations out;
    auto childPath = [&]() -> QString {
        if (stack.isEmpty())
            return QString();
        const Frame& f = stack.last();
        if (f.object)
            return f.path.isEmpty() ? f.key : f.path + QLatin1Char('.') + f.key;
        return f.path + QLatin1Char('[') + QString::number(f.index) + QLatin1Char(']');
    };
    auto valueAt = [&](qsizetype at) {
        const QString p = childPath();
        if (!out.offsets.contains(p))
            out.offsets.insert(p, at);
        return p;
    };
    const qsizetype n = json.size();
    qsizetype i = 0;
    while (i < n) {
        const char c = json.at(i);
        if (c == '{' || c == '[') {
            Frame f;
            f.object = c == '{';
            f.path = valueAt(i);
            stack.append(f);
            ++i;
        } else if (c == '}' || c == ']') {
            if (!stack.isEmpty())
                stack.removeLast();
            ++i;
        } else if (c == ',') {
            if (!stack.isEmpty()) {
                Frame& f = stack.last();
                if (f.object)
                    f.wantKey = true;
                else
                    ++f.index;
            }
            ++i;
        } else if (c == '"') {
            const qsizetype start = i++;
            while (i < n && json.at(i) != '"')
                i += json.at(i) == '\\' ? 2 : 1;
            ++i;
            if (!stack.isEmpty() && stack.last().object && stack.last().wantKey) {
                // The key as QJsonObject has it, escapes decoded.
                const QByteArray token = json.mid(start, i - start);
                Frame& f = stack.last();
                f.key = QJsonDocument::fromJson('[' + token + ']').array().at(0).toString();
                f.wantKey = false;
                const QString p = childPath();
                if (out.offsets.contains(p)) {
                    if (out.repeated.isEmpty()) {
                        out.repeated = p;
                        out.repeatedAt = start;
                    }
                } else {
                    out.offsets.insert(p, start);
                }
            } else {
                valueAt(start);
            }
        } else if (c == ':' || c == ' ' || c == '\t' || c == '\r' || c == '\n') {
            ++i;
        } else {
            valueAt(i);
            while (i < n && !QByteArrayView(",]} \t\r\n").contains(json.at(i)))
                ++i;
        }
    }
    return out;
}

// A policy that denies everything it could restrict, with the reason.
AdminPolicy brokenPolicy(const QString& path, int line, const QString& what)
{
    AdminPolicy p;
    p.path = path;
    p.present = true;
    p.errorLine = line;
    p.error =
        line > 0 ? QCoreApplication::translate(
                       "authdeck::AdminPolicy",
                       "The policy file %1 is not valid: line %2: %3. Until it is fixed, AuthDeck "
                       "allows "
                       "no provider, no sign-in method and no export with secrets.")
                       .arg(path)
                       .arg(line)
                       .arg(what)
                 : QCoreApplication::translate(
                       "authdeck::AdminPolicy",
                       "The policy file %1 is not valid: %2. Until it is fixed, AuthDeck allows no "
                       "provider, no sign-in method and no export with secrets.")
                       .arg(path, what);
    p.allowedProviders = QSet<QString>();
    p.allowedSchemes = QSet<QString>();
    p.exportsMayIncludeSecrets = false;
    p.deviceFlowAllowed = false;
    p.warnings = {p.error};
    // Not a warning in the log as well: the CLI prints the catalog's warnings once, on stderr.
    qCInfo(lcCatalog) << "policy file" << path << "is not valid, line" << line;
    return p;
}

bool isProviderId(const QString& id)
{
    static const QRegularExpression re(QStringLiteral("^[a-z0-9-]{2,40}$"));
    return re.match(id).hasMatch();
}

// ---- What a provider is: its endpoints (the deny rules in AdminPolicy.h) -------------------

// Every endpoint template of a provider definition.
QStringList endpointTemplates(const Provider& p)
{
    QStringList out{p.apiBase, p.verify.url};
    for (const VerifySpec& v : p.verifyByScheme)
        out.append(v.url);
    if (p.oauth2)
        out << p.oauth2->authorizeUrl << p.oauth2->tokenUrl << p.oauth2->revokeUrl;
    if (p.jwt)
        out << p.jwt->tokenUrl;
    if (p.clientCredentials)
        out << p.clientCredentials->tokenUrl;
    if (p.password)
        out << p.password->tokenUrl;
    if (p.basic)
        out << p.basic->tokenUrl;
    if (p.keys)
        out << p.keys->defaultEndpoint;
    out.removeAll(QString());
    return out;
}

// Fills the placeholders vars has values for and leaves the others ({api_base} may itself hold
// {host}, hence the rounds).
QString fill(QString text, const QHash<QString, QString>& vars)
{
    static const QRegularExpression placeholder(QStringLiteral("\\{([a-z0-9_]+)\\}"));
    for (int round = 0; round < 3 && text.contains(QLatin1Char('{')); ++round) {
        QString next;
        qsizetype last = 0;
        for (auto it = placeholder.globalMatch(text); it.hasNext();) {
            const QRegularExpressionMatch m = it.next();
            next += text.mid(last, m.capturedStart() - last);
            const auto v = vars.constFind(m.captured(1));
            next += v == vars.constEnd() ? m.captured(0) : *v;
            last = m.capturedEnd();
        }
        next += text.mid(last);
        if (next == text)
            break;
        text = next;
    }
    return text;
}

// Both readings of each endpoint: with the provider's structural values ({api_base},
// {endpoint}), and with its parameter defaults too (Salesforce's login.salesforce.com).
QStringList filledEndpoints(const Provider& p)
{
    QHash<QString, QString> vars;
    vars.insert(QStringLiteral("api_base"), p.apiBase);
    if (p.keys) {
        vars.insert(QStringLiteral("endpoint"), p.keys->defaultEndpoint);
        vars.insert(QStringLiteral("region"), p.keys->defaultRegion);
    }
    QHash<QString, QString> withDefaults = vars;
    for (const ParameterSpec& spec : p.parameters) {
        if (!spec.defaultValue.isEmpty())
            withDefaults.insert(spec.name, spec.defaultValue);
    }
    QStringList out;
    for (const QString& t : endpointTemplates(p)) {
        for (const QString& e : {fill(t, vars), fill(t, withDefaults)}) {
            if (!out.contains(e))
                out.append(e);
        }
    }
    return out;
}

struct Endpoint {
    QString host; // lower case, no port, no trailing dot; may hold placeholders
    QString path; // lower case, no query, no repeated or trailing slashes, no dot segments
    [[nodiscard]] bool literalHost() const
    {
        return !host.isEmpty() && !host.contains(QLatin1Char('{'));
    }
};

Endpoint split(const QString& url)
{
    QString rest = url.trimmed();
    if (const qsizetype s = rest.indexOf(QLatin1String("://")); s >= 0)
        rest = rest.mid(s + 3);
    qsizetype end = 0;
    while (end < rest.size() && !QStringView(u"/?#").contains(rest.at(end)))
        ++end;
    QString authority = rest.left(end);
    rest = rest.mid(end);
    if (const qsizetype at = authority.lastIndexOf(QLatin1Char('@')); at >= 0)
        authority = authority.mid(at + 1);
    if (authority.startsWith(QLatin1Char('['))) {
        authority = authority.left(authority.indexOf(QLatin1Char(']')) + 1);
    } else if (const qsizetype colon = authority.lastIndexOf(QLatin1Char(':')); colon >= 0) {
        authority = authority.left(colon);
    }
    Endpoint e;
    e.host = QUrl::fromPercentEncoding(authority.toUtf8()).toLower();
    while (e.host.endsWith(QLatin1Char('.')))
        e.host.chop(1);
    qsizetype q = 0;
    while (q < rest.size() && rest.at(q) != QLatin1Char('?') && rest.at(q) != QLatin1Char('#'))
        ++q;
    QStringList segments;
    const QString decoded = QUrl::fromPercentEncoding(rest.left(q).toUtf8()).toLower();
    for (const QString& s : decoded.split(QLatin1Char('/'), Qt::SkipEmptyParts)) {
        if (s == QLatin1String("."))
            continue;
        if (s == QLatin1String("..")) {
            if (!segments.isEmpty())
                segments.removeLast();
            continue;
        }
        segments.append(s);
    }
    if (!segments.isEmpty())
        e.path = QLatin1Char('/') + segments.join(QLatin1Char('/'));
    return e;
}

// A path that names something: not empty and not only placeholders.
bool meaningfulPath(const QString& path)
{
    static const QRegularExpression placeholder(QStringLiteral("\\{[a-z0-9_]+\\}"));
    QString rest = path;
    rest.remove(placeholder);
    rest.remove(QLatin1Char('/'));
    return !rest.isEmpty();
}

// host + path of a templated endpoint as a pattern: a placeholder stands for one host or one
// path segment, whatever a copy fills it with (or another placeholder).
QRegularExpression shapeOf(const Endpoint& e)
{
    static const QRegularExpression placeholder(QStringLiteral("\\{[a-z0-9_]+\\}"));
    const QString text = e.host + e.path;
    QString pattern = QStringLiteral("^");
    qsizetype last = 0;
    for (auto it = placeholder.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        pattern += QRegularExpression::escape(text.mid(last, m.capturedStart() - last));
        pattern += QStringLiteral("[^/]+");
        last = m.capturedEnd();
    }
    pattern += QRegularExpression::escape(text.mid(last)) + QLatin1Char('$');
    return QRegularExpression(pattern);
}

} // namespace

QString AdminPolicy::systemPath()
{
    return QStringLiteral("/etc/authdeck/policy.json");
}

QString AdminPolicy::defaultPath()
{
#ifdef AUTHDECK_TEST_BUILD
    // Test builds only (CMake option AUTHDECK_TEST_BUILD): the suite points at its own files.
    // Release builds never compile this, so no environment can move or switch off the policy.
    const QString env = qEnvironmentVariable("AUTHDECK_POLICY_FILE");
    if (!env.isEmpty())
        return env;
#endif
    return systemPath();
}

AdminPolicy AdminPolicy::load(const QString& path)
{
    AdminPolicy policy;
    policy.path = path;
    if (path.isEmpty())
        return policy;
#ifdef Q_OS_UNIX
    // Only "no such file" means no policy. A file that is there but cannot be looked at (a
    // folder on the way the user may not search, a dangling link) denies everything instead.
    struct stat st {};
    const QByteArray native = QFile::encodeName(path);
    if (::stat(native.constData(), &st) != 0) {
        const int err = errno;
        struct stat link {};
        if ((err == ENOENT || err == ENOTDIR) && ::lstat(native.constData(), &link) != 0)
            return policy;
        return brokenPolicy(
            path, 0,
            QCoreApplication::translate("authdeck::AdminPolicy", "it cannot be read (%1)")
                .arg(qt_error_string(err)));
    }
#else
    if (!QFileInfo::exists(path) && !QFileInfo(path).isSymLink())
        return policy;
#endif
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return brokenPolicy(
            path, 0,
            QCoreApplication::translate("authdeck::AdminPolicy", "it cannot be read (%1)")
                .arg(f.errorString()));
    const QByteArray bytes = f.read(MaxFileBytes + 1);
    if (bytes.size() > MaxFileBytes)
        return brokenPolicy(
            path, 0,
            QCoreApplication::translate("authdeck::AdminPolicy", "it is larger than 64 KB"));
    if (f.error() != QFileDevice::NoError)
        return brokenPolicy(
            path, 0,
            QCoreApplication::translate("authdeck::AdminPolicy", "it cannot be read (%1)")
                .arg(f.errorString()));
    return parse(bytes, path);
}

AdminPolicy AdminPolicy::parse(const QByteArray& json, const QString& path)
{
    QJsonParseError pe{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &pe);
    if (pe.error != QJsonParseError::NoError)
        return brokenPolicy(
            path, lineAt(json, pe.offset),
            QCoreApplication::translate("authdeck::AdminPolicy", "not valid JSON (%1)")
                .arg(pe.errorString()));
    const Locations where = locate(json);
    if (!doc.isObject())
        return brokenPolicy(path, lineAt(json, where.of(QString())),
                            QCoreApplication::translate("authdeck::AdminPolicy",
                                                        "the file must hold one JSON object"));
    if (!where.repeated.isEmpty())
        return brokenPolicy(
            path, lineAt(json, where.repeatedAt),
            QCoreApplication::translate("authdeck::AdminPolicy", "\"%1\" is given more than once")
                .arg(where.repeated));

    AdminPolicy policy;
    policy.path = path;
    policy.present = true;
    QString problem;
    qsizetype problemAt = -1;
    auto refuse = [&](const QString& at, const QString& what) {
        if (problem.isEmpty()) {
            problem = what;
            problemAt = where.of(at);
        }
    };
    const QJsonObject root = doc.object();
    const QStringList topKeys{QStringLiteral("providers"), QStringLiteral("schemes"),
                              QStringLiteral("exports_may_include_secrets"),
                              QStringLiteral("device_flow")};
    for (const QString& key : root.keys()) {
        if (!topKeys.contains(key))
            refuse(key, QCoreApplication::translate("authdeck::AdminPolicy",
                                                    "unknown key \"%1\" (the policy knows %2)")
                            .arg(key, topKeys.join(QStringLiteral(", "))));
    }

    // A list of ids under providers/schemes; item checks by kind.
    auto names = [&](const QJsonObject& group, const QString& groupKey, const QString& key,
                     bool schemes) -> std::optional<QSet<QString>> {
        const QString at = groupKey + QLatin1Char('.') + key;
        const QJsonValue v = group.value(key);
        if (v.isUndefined())
            return std::nullopt;
        if (!v.isArray()) {
            refuse(at, schemes ? QCoreApplication::translate(
                                     "authdeck::AdminPolicy",
                                     "\"%1\" must be a list of scheme ids, like [\"oauth2\"]")
                                     .arg(at)
                               : QCoreApplication::translate(
                                     "authdeck::AdminPolicy",
                                     "\"%1\" must be a list of provider ids, like [\"box\"]")
                                     .arg(at));
            return std::nullopt;
        }
        QSet<QString> out;
        const QJsonArray items = v.toArray();
        for (qsizetype i = 0; i < items.size(); ++i) {
            const QString itemAt = at + QStringLiteral("[%1]").arg(i);
            const QString id = items.at(i).toString().toLower();
            if (!items.at(i).isString() || id.isEmpty()) {
                refuse(itemAt,
                       QCoreApplication::translate("authdeck::AdminPolicy",
                                                   "every item of \"%1\" must be an id in quotes")
                           .arg(at));
                continue;
            }
            if (schemes && !schemeFromId(id)) {
                QStringList known;
                for (Scheme s : allSchemes())
                    known.append(schemeId(s));
                refuse(itemAt,
                       QCoreApplication::translate("authdeck::AdminPolicy",
                                                   "unknown scheme \"%1\" in \"%2\" (known: %3)")
                           .arg(items.at(i).toString(), at, known.join(QStringLiteral(", "))));
                continue;
            }
            if (!schemes && !isProviderId(id)) {
                refuse(itemAt,
                       QCoreApplication::translate(
                           "authdeck::AdminPolicy",
                           "\"%1\" in \"%2\" is not a provider id (2-40 characters a-z, 0-9, -)")
                           .arg(items.at(i).toString(), at));
                continue;
            }
            out.insert(id);
        }
        return out;
    };
    auto group = [&](const QString& key, bool schemes, std::optional<QSet<QString>>* allow,
                     QSet<QString>* deny) {
        const QJsonValue v = root.value(key);
        if (v.isUndefined())
            return;
        if (!v.isObject()) {
            refuse(key, QCoreApplication::translate(
                            "authdeck::AdminPolicy",
                            "\"%1\" must be an object with \"allow\" and/or \"deny\" lists")
                            .arg(key));
            return;
        }
        const QJsonObject o = v.toObject();
        for (const QString& sub : o.keys()) {
            if (sub != QLatin1String("allow") && sub != QLatin1String("deny")) {
                const QString at = key + QLatin1Char('.') + sub;
                refuse(at, QCoreApplication::translate(
                               "authdeck::AdminPolicy",
                               "unknown key \"%1\" (\"%2\" knows allow and deny)")
                               .arg(at, key));
            }
        }
        *allow = names(o, key, QStringLiteral("allow"), schemes);
        if (const auto d = names(o, key, QStringLiteral("deny"), schemes))
            *deny = *d;
    };
    group(QStringLiteral("providers"), false, &policy.allowedProviders, &policy.deniedProviders);
    group(QStringLiteral("schemes"), true, &policy.allowedSchemes, &policy.deniedSchemes);

    const QString exportsKey = QStringLiteral("exports_may_include_secrets");
    const QJsonValue exports = root.value(exportsKey);
    if (exports.isBool())
        policy.exportsMayIncludeSecrets = exports.toBool();
    else if (!exports.isUndefined())
        refuse(exportsKey,
               QCoreApplication::translate("authdeck::AdminPolicy", "\"%1\" must be true or false")
                   .arg(exportsKey));
    const QString deviceKey = QStringLiteral("device_flow");
    const QJsonValue device = root.value(deviceKey);
    if (device.isBool())
        policy.deviceFlowAllowed = device.toBool();
    else if (!device.isUndefined())
        refuse(deviceKey,
               QCoreApplication::translate("authdeck::AdminPolicy", "\"%1\" must be true or false")
                   .arg(deviceKey));

    if (!problem.isEmpty())
        return brokenPolicy(path, lineAt(json, problemAt), problem);
    return policy;
}

bool AdminPolicy::allowsProvider(const QString& providerId) const
{
    const QString id = providerId.toLower();
    if (deniedProviders.contains(id))
        return false;
    return !allowedProviders || allowedProviders->contains(id);
}

bool AdminPolicy::allowsScheme(Scheme scheme) const
{
    const QString id = schemeId(scheme);
    if (deniedSchemes.contains(id))
        return false;
    return !allowedSchemes || allowedSchemes->contains(id);
}

bool AdminPolicy::restricts() const
{
    return present
           && (broken() || allowedProviders || !deniedProviders.isEmpty() || allowedSchemes
               || !deniedSchemes.isEmpty());
}

bool AdminPolicy::restrictsProviders() const
{
    return present && (broken() || allowedProviders || !deniedProviders.isEmpty());
}

void AdminPolicy::learnDenied(const QList<Provider>& builtins)
{
    deniedHosts.clear();
    deniedShapes.clear();
    for (const Provider& p : builtins) {
        if (!deniedProviders.contains(p.id))
            continue;
        for (const QString& url : filledEndpoints(p)) {
            const Endpoint e = split(url);
            if (e.literalHost())
                deniedHosts.insert(e.host, p.id);
            else if (meaningfulPath(e.path))
                deniedShapes.append({shapeOf(e), p.id});
        }
    }
}

bool AdminPolicy::admits(const Provider& provider, QString* why) const
{
    auto refuse = [why](const QString& text) {
        if (why)
            *why = text;
        return false;
    };
    if (!present)
        return true;
    if (!allowsProvider(provider.id))
        return refuse(refusalForProvider(provider.id));
    if (allowedProviders && !provider.builtin && !provider.sandbox)
        return refuse(QCoreApplication::translate(
                          "authdeck::AdminPolicy",
                          "The provider \"%1\" (%2) is not built into AuthDeck, and your "
                          "organization's policy (%3) allows only the built-in providers it "
                          "names; it is managed by your organization.")
                          .arg(provider.id, provider.source, path));
    if (deniedHosts.isEmpty() && deniedShapes.isEmpty())
        return true;
    for (const QString& url : filledEndpoints(provider)) {
        const Endpoint e = split(url);
        QString denied = e.literalHost() ? deniedHosts.value(e.host) : QString();
        for (qsizetype i = 0; denied.isEmpty() && i < deniedShapes.size(); ++i) {
            if (deniedShapes.at(i).first.match(e.host + e.path).hasMatch())
                denied = deniedShapes.at(i).second;
        }
        if (!denied.isEmpty())
            return refuse(QCoreApplication::translate(
                              "authdeck::AdminPolicy",
                              "The provider \"%1\" (%2) uses the endpoints of \"%3\" (%4), which "
                              "your organization's policy (%5) does not allow; it is managed by "
                              "your organization.")
                              .arg(provider.id, provider.source, denied, url, path));
    }
    return true;
}

QString AdminPolicy::refusalForProvider(const QString& providerId) const
{
    if (broken())
        return QCoreApplication::translate(
                   "authdeck::AdminPolicy",
                   "The provider \"%1\" is not allowed: your organization's policy file (%2) is "
                   "not valid, and until it is fixed AuthDeck allows no provider.")
            .arg(providerId, path);
    return QCoreApplication::translate(
               "authdeck::AdminPolicy",
               "The provider \"%1\" is not allowed by your organization's policy (%2); it is "
               "managed by your organization.")
        .arg(providerId, path);
}

QString AdminPolicy::refusalForScheme(const QString& providerName, Scheme scheme) const
{
    if (broken())
        return QCoreApplication::translate(
                   "authdeck::AdminPolicy",
                   "%1 through %2 is not allowed: your organization's policy file (%3) is not "
                   "valid, and until it is fixed AuthDeck allows no sign-in method.")
            .arg(providerName, schemeId(scheme), path);
    return QCoreApplication::translate(
               "authdeck::AdminPolicy",
               "%1 through %2 is not allowed by your organization's policy (%3); it is managed "
               "by your organization.")
        .arg(providerName, schemeId(scheme), path);
}

QString AdminPolicy::refusalForEndpoints(const QString& providerName) const
{
    return QCoreApplication::translate(
               "authdeck::AdminPolicy",
               "Your organization's policy (%1) allows %2 with its built-in endpoints only: an "
               "app registration may not set its own authorization, token, revocation or API "
               "URLs. It is managed by your organization.")
        .arg(path, providerName);
}

QString AdminPolicy::refusalForSecretExport() const
{
    if (broken())
        return QCoreApplication::translate(
                   "authdeck::AdminPolicy",
                   "Exports with secrets are not allowed: your organization's policy file (%1) is "
                   "not valid, and until it is fixed AuthDeck writes no secret to a file.")
            .arg(path);
    return QCoreApplication::translate(
               "authdeck::AdminPolicy",
               "Your organization's policy (%1) does not allow exports with secrets (client "
               "secrets, keys, passphrases, tokens); it is managed by your organization. Export "
               "without secrets instead.")
        .arg(path);
}

} // namespace authdeck
