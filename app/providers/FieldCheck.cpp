#include "providers/FieldCheck.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace authdeck::fields {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("authdeck::fields", text);
}
} // namespace

QList<FieldSpec> forScheme(const Provider& provider, Scheme scheme)
{
    switch (scheme) {
    case Scheme::Password:
        return provider.password ? provider.password->fields : QList<FieldSpec>();
    case Scheme::Basic:
        return provider.basic ? provider.basic->fields : QList<FieldSpec>();
    case Scheme::Keys:
        return provider.keys ? provider.keys->fields : QList<FieldSpec>();
    default:
        return {};
    }
}

const FieldSpec* find(const QList<FieldSpec>& list, const QString& name)
{
    for (const FieldSpec& f : list) {
        if (f.name == name)
            return &f;
    }
    return nullptr;
}

QString check(const FieldSpec& field, const QString& value)
{
    const QString label = field.label.isEmpty() ? field.name : field.label;
    if (value.isEmpty())
        return field.required ? tr("%1 is required.").arg(label) : QString();
    if (value.size() > 4096)
        return tr("%1 is too long.").arg(label);
    if (!field.pattern.isEmpty()) {
        const QRegularExpression re(field.pattern);
        if (re.isValid() && !re.match(value).hasMatch()) {
            // Secret values are never echoed back.
            return field.secret
                       ? tr("%1 does not have the expected form.").arg(label)
                       : tr("%1 \"%2\" does not have the expected form.").arg(label, value);
        }
    }
    return {};
}

} // namespace authdeck::fields
