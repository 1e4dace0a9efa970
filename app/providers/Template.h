#pragma once

#include "core/Result.h"

#include <QHash>
#include <QString>
#include <QStringList>

namespace authdeck {

// Catalog strings may hold {placeholders}: "https://{host}/oauth_token.do". A placeholder is a
// run of lower-case letters, digits and underscores in braces; "{{" and "}}" stand for braces.
namespace tmpl {

[[nodiscard]] QStringList placeholders(const QString& text);

// Fills every placeholder; one missing from vars is an error that names it.
[[nodiscard]] Result<QString> expand(const QString& text, const QHash<QString, QString>& vars);

} // namespace tmpl
} // namespace authdeck
