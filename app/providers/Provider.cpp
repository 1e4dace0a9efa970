#include "providers/Provider.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>
#include <QUrl>

namespace authdeck {

namespace {

// The host of a URL written out in a catalog file, in lower case without the port; empty where
// the text is no URL or its authority is (or holds) a placeholder.
QString literalHostOf(const QString& text)
{
    static const QRegularExpression url(
        QStringLiteral("^\\s*[A-Za-z][A-Za-z0-9+.-]*://([^/?#\\s]*)"));
    const QRegularExpressionMatch match = url.match(text);
    if (!match.hasMatch())
        return {};
    QString authority = match.captured(1);
    authority = authority.mid(authority.lastIndexOf(QLatin1Char('@')) + 1);
    if (authority.isEmpty() || authority.contains(QLatin1Char('{'))
        || authority.contains(QLatin1Char('}')))
        return {};
    return QUrl(QStringLiteral("https://") + authority).host().toLower();
}

void collectHosts(const QJsonValue& value, const QString& key, QSet<QString>& out)
{
    // Text and examples shown to the admin, not places AuthDeck connects to.
    static const QStringList prose{QStringLiteral("description"), QStringLiteral("help"),
                                   QStringLiteral("placeholder"), QStringLiteral("label")};
    if (prose.contains(key))
        return;
    if (value.isString()) {
        if (const QString host = literalHostOf(value.toString()); !host.isEmpty())
            out.insert(host);
    } else if (value.isArray()) {
        for (const QJsonValue& item : value.toArray())
            collectHosts(item, key, out);
    } else if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            collectHosts(it.value(), it.key(), out);
    }
}

} // namespace

const QStringList& OAuth2Spec::protocolAuthorizeParameters()
{
    static const QStringList names{
        QStringLiteral("response_type"),
        QStringLiteral("client_id"),
        QStringLiteral("redirect_uri"),
        QStringLiteral("scope"),
        QStringLiteral("state"),
        QStringLiteral("code_challenge"),
        QStringLiteral("code_challenge_method"),
        QStringLiteral("request"),
        QStringLiteral("request_uri"),
    };
    return names;
}

bool OAuth2Spec::isProtocolAuthorizeParameter(const QString& name)
{
    return protocolAuthorizeParameters().contains(name, Qt::CaseInsensitive);
}

bool OAuth2Spec::isParameterName(const QString& name)
{
    if (name.isEmpty() || name.size() > 128)
        return false;
    for (QChar c : name) {
        const char16_t u = c.unicode();
        const bool ok = (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z')
                        || (u >= u'0' && u <= u'9') || u == u'-' || u == u'.' || u == u'_';
        if (!ok)
            return false;
    }
    return true;
}

QString schemeId(Scheme scheme)
{
    switch (scheme) {
    case Scheme::OAuth2:
        return QStringLiteral("oauth2");
    case Scheme::Jwt:
        return QStringLiteral("jwt");
    case Scheme::ClientCredentials:
        return QStringLiteral("client_credentials");
    case Scheme::Password:
        return QStringLiteral("password");
    case Scheme::Keys:
        return QStringLiteral("keys");
    case Scheme::Basic:
        return QStringLiteral("basic");
    }
    return {};
}

std::optional<Scheme> schemeFromId(const QString& id)
{
    for (Scheme s : allSchemes()) {
        if (schemeId(s) == id)
            return s;
    }
    return std::nullopt;
}

QString schemeDisplayName(Scheme scheme)
{
    switch (scheme) {
    case Scheme::OAuth2:
        return QCoreApplication::translate("authdeck::Scheme", "OAuth 2.0 sign-in");
    case Scheme::Jwt:
        return QCoreApplication::translate("authdeck::Scheme", "Server authentication (JWT)");
    case Scheme::ClientCredentials:
        return QCoreApplication::translate("authdeck::Scheme", "Client credentials");
    case Scheme::Password:
        return QCoreApplication::translate("authdeck::Scheme", "Username and password");
    case Scheme::Keys:
        return QCoreApplication::translate("authdeck::Scheme", "Access keys");
    case Scheme::Basic:
        return QCoreApplication::translate("authdeck::Scheme", "Basic authentication");
    }
    return {};
}

const QList<Scheme>& allSchemes()
{
    static const QList<Scheme> all{Scheme::OAuth2,   Scheme::Jwt,  Scheme::ClientCredentials,
                                   Scheme::Password, Scheme::Keys, Scheme::Basic};
    return all;
}

QList<Scheme> Provider::schemes() const
{
    QList<Scheme> out;
    for (Scheme s : allSchemes()) {
        if (supports(s))
            out.append(s);
    }
    return out;
}

bool Provider::supports(Scheme scheme) const
{
    switch (scheme) {
    case Scheme::OAuth2:
        return oauth2.has_value();
    case Scheme::Jwt:
        return jwt.has_value();
    case Scheme::ClientCredentials:
        return clientCredentials.has_value();
    case Scheme::Password:
        return password.has_value();
    case Scheme::Keys:
        return keys.has_value();
    case Scheme::Basic:
        return basic.has_value();
    }
    return false;
}

bool Provider::perServer() const
{
    for (const ParameterSpec& p : parameters) {
        if (p.name == QLatin1String("host") && p.required && p.defaultValue.isEmpty())
            return true;
    }
    return false;
}

const ParameterSpec* Provider::parameter(const QString& name) const
{
    for (const ParameterSpec& p : parameters) {
        if (p.name == name)
            return &p;
    }
    return nullptr;
}

const VerifySpec& Provider::verifyFor(Scheme scheme) const
{
    const auto it = verifyByScheme.constFind(schemeId(scheme));
    return it != verifyByScheme.constEnd() ? *it : verify;
}

QSet<QString> Provider::literalHosts() const
{
    QSet<QString> out;
    collectHosts(m_raw, QString(), out);
    for (const ParameterSpec& spec : parameters) {
        if (spec.kind != QLatin1String("hostname") || spec.defaultValue.isEmpty())
            continue;
        const QString host = QUrl(QStringLiteral("https://") + spec.defaultValue).host().toLower();
        if (!host.isEmpty())
            out.insert(host);
    }
    return out;
}

} // namespace authdeck
