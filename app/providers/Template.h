#pragma once

#include "core/Result.h"
#include "core/SecretBytes.h"

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace authdeck {

// Catalog strings may hold {placeholders}: "https://{host}/oauth_token.do". A placeholder is a
// run of lower-case letters, digits and underscores in braces; "{{" and "}}" stand for braces.
namespace tmpl {

[[nodiscard]] QStringList placeholders(const QString& text);

// Fills every placeholder; one missing from vars is an error that names it.
[[nodiscard]] Result<QString> expand(const QString& text, const QHash<QString, QString>& vars);

// A token request's templated extra fields (a catalog entry's "form"), filled from vars: what
// TokenClient sends itself (client_id, client_secret) and fields that come out empty are left out.
[[nodiscard]] Result<QList<std::pair<QByteArray, SecretBytes>>>
tokenFormFields(const QJsonObject& templ, const QHash<QString, QString>& vars);

} // namespace tmpl
} // namespace authdeck
