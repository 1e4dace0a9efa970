#include "providers/Template.h"

#include <QCoreApplication>
#include <QVariant>

namespace authdeck::tmpl {

namespace {

bool isNameChar(QChar c)
{
    return (c >= QLatin1Char('a') && c <= QLatin1Char('z'))
           || (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || c == QLatin1Char('_');
}

// Calls onText for literal runs and onName for placeholders; false on a malformed brace.
template <typename TextFn, typename NameFn>
bool scan(const QString& text, TextFn onText, NameFn onName)
{
    qsizetype i = 0;
    const qsizetype n = text.size();
    while (i < n) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('{')) {
            if (i + 1 < n && text.at(i + 1) == QLatin1Char('{')) {
                onText(QStringLiteral("{"));
                i += 2;
                continue;
            }
            qsizetype j = i + 1;
            while (j < n && isNameChar(text.at(j)))
                ++j;
            if (j == i + 1 || j >= n || text.at(j) != QLatin1Char('}'))
                return false;
            onName(text.mid(i + 1, j - i - 1));
            i = j + 1;
        } else if (c == QLatin1Char('}')) {
            if (i + 1 < n && text.at(i + 1) == QLatin1Char('}')) {
                onText(QStringLiteral("}"));
                i += 2;
                continue;
            }
            return false;
        } else {
            qsizetype j = i;
            while (j < n && text.at(j) != QLatin1Char('{') && text.at(j) != QLatin1Char('}'))
                ++j;
            onText(text.mid(i, j - i));
            i = j;
        }
    }
    return true;
}

} // namespace

QStringList placeholders(const QString& text)
{
    QStringList names;
    scan(
        text, [](const QString&) {},
        [&](const QString& name) {
            if (!names.contains(name))
                names.append(name);
        });
    return names;
}

Result<QString> expand(const QString& text, const QHash<QString, QString>& vars)
{
    QString out;
    QString missing;
    const bool wellFormed = scan(
        text, [&](const QString& literal) { out += literal; },
        [&](const QString& name) {
            const auto it = vars.constFind(name);
            if (it == vars.constEnd()) {
                if (missing.isEmpty())
                    missing = name;
            } else {
                out += *it;
            }
        });
    if (!wellFormed) {
        return fail(ErrorKind::BadInput,
                    QCoreApplication::translate("authdeck::Template",
                                                "The template \"%1\" has an unmatched brace.")
                        .arg(text));
    }
    if (!missing.isEmpty()) {
        return fail(
            ErrorKind::Usage,
            QCoreApplication::translate("authdeck::Template", "No value for {%1}.").arg(missing));
    }
    return out;
}

Result<QList<std::pair<QByteArray, SecretBytes>>>
tokenFormFields(const QJsonObject& templ, const QHash<QString, QString>& vars)
{
    QList<std::pair<QByteArray, SecretBytes>> form;
    for (auto it = templ.begin(); it != templ.end(); ++it) {
        if (it.key() == QLatin1String("client_id") || it.key() == QLatin1String("client_secret"))
            continue;
        const QString text = it->isString() ? it->toString() : it->toVariant().toString();
        Result<QString> filled = tmpl::expand(text, vars);
        if (!filled.ok())
            return filled.error();
        if (filled->isEmpty())
            continue;
        form.append({it.key().toUtf8(), SecretBytes(filled->toUtf8())});
    }
    return form;
}

} // namespace authdeck::tmpl
