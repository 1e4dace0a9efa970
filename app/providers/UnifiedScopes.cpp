#include "providers/UnifiedScopes.h"

#include "providers/Provider.h"

#include <QRegularExpression>

#include <algorithm>

namespace authdeck {

namespace {

Error usage(const QString& message)
{
    return fail(ErrorKind::Usage, message);
}

void appendOnce(QStringList& list, const QString& value)
{
    if (!list.contains(value))
        list.append(value);
}

bool isNative(const Provider& provider, const QString& scope)
{
    return std::any_of(provider.scopes.begin(), provider.scopes.end(),
                       [&](const ScopeInfo& s) { return s.id == scope; });
}

// "box:manage_webhook": the part before the first colon when it can be a provider id and what
// follows is not the rest of a URL ("https://...", "api://...").
bool splitQualified(const QString& token, QString* providerId, QString* scope)
{
    static const QRegularExpression id(QStringLiteral("^[a-z0-9][a-z0-9-]{1,39}$"));
    const qsizetype colon = token.indexOf(QLatin1Char(':'));
    if (colon <= 0)
        return false;
    const QString prefix = token.left(colon);
    const QString rest = token.mid(colon + 1);
    if (rest.isEmpty() || rest.startsWith(QLatin1Char('/')) || !id.match(prefix).hasMatch())
        return false;
    *providerId = prefix;
    *scope = rest;
    return true;
}

QString providerLabel(const QString& id, const QHash<QString, QString>& knownProviders)
{
    const QString name = knownProviders.value(id);
    return name.isEmpty() ? id : QStringLiteral("%1 (%2)").arg(name, id);
}

} // namespace

const QStringList& UnifiedScopes::vocabulary()
{
    static const QStringList names{
        QStringLiteral("files.read"),        QStringLiteral("files.write"),
        QStringLiteral("users.manage"),      QStringLiteral("groups.manage"),
        QStringLiteral("enterprise.manage"), QStringLiteral("activity.read"),
        QStringLiteral("webhooks.manage"),
    };
    return names;
}

bool UnifiedScopes::isUnified(const QString& name)
{
    return vocabulary().contains(name);
}

QStringList UnifiedScopes::tokens(const QStringList& given)
{
    QStringList out;
    for (const QString& text : given) {
        QString current;
        int depth = 0;
        for (QChar c : text) {
            if (c == QLatin1Char('['))
                ++depth;
            else if (c == QLatin1Char(']') && depth > 0)
                --depth;
            if (c.isSpace() && depth == 0) {
                if (!current.isEmpty())
                    out.append(current);
                current.clear();
                continue;
            }
            if (!c.isSpace())
                current.append(c);
        }
        if (!current.isEmpty())
            out.append(current);
    }
    return out;
}

Result<UnifiedScopes::Expansion>
UnifiedScopes::expand(const Provider& provider, const QStringList& given,
                      const QHash<QString, QString>& knownProviders)
{
    const QString self = QStringLiteral("%1 (%2)").arg(provider.name, provider.id);
    const QString vocabularyList = vocabulary().join(QStringLiteral(", "));
    Expansion out;
    for (const QString& token : tokens(given)) {
        const qsizetype open = token.indexOf(QLatin1Char('['));
        if (open >= 0 || token.contains(QLatin1Char(']'))) {
            // files.read[box:root_readonly,box:manage_webhook]
            const QString name = token.left(std::max<qsizetype>(open, 0));
            if (open <= 0 || !token.endsWith(QLatin1Char(']'))
                || token.indexOf(QLatin1Char('['), open + 1) >= 0
                || token.indexOf(QLatin1Char(']')) != token.size() - 1) {
                return usage(tr("\"%1\" is not a scope AuthDeck can read: write an AuthDeck scope "
                                "with its provider's scopes in brackets, for example "
                                "files.read[%2:SCOPE].")
                                 .arg(token, provider.id));
            }
            if (!isUnified(name)) {
                return usage(tr("\"%1\" in \"%2\" is not an AuthDeck scope; the AuthDeck scopes "
                                "are %3.")
                                 .arg(name, token, vocabularyList));
            }
            const QStringList items = token.mid(open + 1, token.size() - open - 2)
                                          .split(QLatin1Char(','), Qt::SkipEmptyParts);
            if (items.isEmpty()) {
                return usage(tr("\"%1\" names no scope in its brackets; give %2's own scopes, "
                                "for example %3[%4:SCOPE].")
                                 .arg(token, provider.name, name, provider.id));
            }
            QStringList natives;
            for (const QString& item : items) {
                QString qualifier;
                QString scope;
                if (!splitQualified(item, &qualifier, &scope)) {
                    return usage(tr("\"%1\" in \"%2\" does not say its provider; write it as "
                                    "%3:%1.")
                                     .arg(item, token, provider.id));
                }
                if (qualifier != provider.id) {
                    return usage(tr("\"%1\" in \"%2\" is a scope of %3, but this app is for %4; "
                                    "give %5 scopes as %6:SCOPE.")
                                     .arg(item, token, providerLabel(qualifier, knownProviders),
                                          self, provider.name, provider.id));
                }
                appendOnce(natives, scope);
            }
            appendOnce(out.unified, name);
            for (const QString& s : std::as_const(natives))
                appendOnce(out.scopes, s);
            continue;
        }
        if (isUnified(token)) {
            const auto mapped = provider.unifiedScopes.constFind(token);
            if (mapped == provider.unifiedScopes.constEnd() || mapped->isEmpty()) {
                return usage(tr("%1 has no mapping for the AuthDeck scope %2; give its own scope "
                                "names instead (see authdeck-cli providers --json).")
                                 .arg(provider.name, token));
            }
            appendOnce(out.unified, token);
            for (const QString& s : *mapped)
                appendOnce(out.scopes, s);
            continue;
        }
        QString qualifier;
        QString scope;
        if (!isNative(provider, token) && splitQualified(token, &qualifier, &scope)
            && (qualifier == provider.id || knownProviders.contains(qualifier))) {
            // box:manage_webhook
            if (qualifier != provider.id) {
                return usage(tr("\"%1\" is a scope of %2, but this app is for %3; give %4 "
                                "scopes as %5:SCOPE or without a prefix.")
                                 .arg(token, providerLabel(qualifier, knownProviders), self,
                                      provider.name, provider.id));
            }
            appendOnce(out.scopes, scope);
            continue;
        }
        appendOnce(out.scopes, token);
    }
    return out;
}

} // namespace authdeck
