#pragma once

#include "core/Result.h"
#include "core/SecretBytes.h"

#include <QMap>
#include <QString>

namespace authdeck {

// The small JSON object stored in one keychain entry: named secret values ("client_secret",
// "access_token", "private_key", ...). Values are kept as SecretBytes so they wipe themselves.
class SecretRecord {
public:
    [[nodiscard]] static Result<SecretRecord> parse(const SecretBytes& blob);
    [[nodiscard]] SecretBytes serialize() const;

    [[nodiscard]] SecretBytes value(const QString& name) const { return m_values.value(name); }
    [[nodiscard]] QString text(const QString& name) const
    {
        return m_values.value(name).toString();
    }
    [[nodiscard]] bool has(const QString& name) const { return m_values.contains(name); }
    void set(const QString& name, const SecretBytes& value);
    void remove(const QString& name) { m_values.remove(name); }
    [[nodiscard]] bool isEmpty() const { return m_values.isEmpty(); }
    [[nodiscard]] QStringList names() const { return m_values.keys(); }

private:
    QMap<QString, SecretBytes> m_values;
};

} // namespace authdeck
