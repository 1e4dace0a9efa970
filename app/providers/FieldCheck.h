#pragma once

#include "providers/Provider.h"

#include <QList>
#include <QString>

namespace authdeck {

// The catalog's form fields of the key and basic schemes, checked the same way by the CLI and the
// credentials dialog (as typed).
namespace fields {

// The fields a scheme asks for; empty when the scheme has none.
[[nodiscard]] QList<FieldSpec> forScheme(const Provider& provider, Scheme scheme);
[[nodiscard]] const FieldSpec* find(const QList<FieldSpec>& fields, const QString& name);
// Empty when the value is acceptable, else one sentence naming the field.
[[nodiscard]] QString check(const FieldSpec& field, const QString& value);

} // namespace fields
} // namespace authdeck
