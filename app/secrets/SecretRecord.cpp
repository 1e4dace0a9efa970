#include "secrets/SecretRecord.h"

#include "core/JsonString.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace authdeck {

void SecretRecord::set(const QString& name, const SecretBytes& value)
{
    if (value.isEmpty())
        m_values.remove(name);
    else
        m_values.insert(name, value);
}

SecretBytes SecretRecord::serialize() const
{
    // The exact size, reserved once: a reallocation would leave a copy of the secrets behind
    // that nothing wipes.
    qsizetype size = 2;
    for (auto it = m_values.begin(); it != m_values.end(); ++it)
        size += jsonStringSize(it.key().toUtf8()) + 1 + jsonStringSize(it.value().bytes()) + 1;
    QByteArray out;
    out.reserve(size);
    out.append('{');
    bool first = true;
    for (auto it = m_values.begin(); it != m_values.end(); ++it) {
        if (!first)
            out.append(',');
        first = false;
        appendJsonString(out, it.key().toUtf8());
        out.append(':');
        appendJsonString(out, it.value().bytes());
    }
    out.append('}');
    return SecretBytes(std::move(out));
}

Result<SecretRecord> SecretRecord::parse(const SecretBytes& blob)
{
    QJsonParseError err{};
    const QJsonDocument doc = QJsonDocument::fromJson(blob.bytes(), &err);
    if (err.error != QJsonParseError::NoError || !doc.isObject()) {
        return fail(ErrorKind::Keychain,
                    QCoreApplication::translate("authdeck::SecretRecord",
                                                "A keychain entry of AuthDeck is not readable."));
    }
    SecretRecord r;
    const QJsonObject o = doc.object();
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (!it->isString())
            continue;
        // Our copies are wiped; the parser's own ones are freed into cleared memory
        // (core/ProcessHygiene.cpp).
        QString text = it->toString();
        r.m_values.insert(it.key(), SecretBytes(text.toUtf8()));
        wipe(text);
    }
    return r;
}

} // namespace authdeck
