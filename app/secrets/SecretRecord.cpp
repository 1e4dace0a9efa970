#include "secrets/SecretRecord.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace authdeck {

namespace {

// JSON string escaping into a buffer we own, so the serialized secret never passes through a
// QJsonDocument copy we cannot wipe.
void appendEscaped(QByteArray& out, const QByteArray& utf8)
{
    out.append('"');
    for (char c : utf8) {
        const auto u = static_cast<unsigned char>(c);
        switch (c) {
        case '"':
            out.append("\\\"");
            break;
        case '\\':
            out.append("\\\\");
            break;
        case '\n':
            out.append("\\n");
            break;
        case '\r':
            out.append("\\r");
            break;
        case '\t':
            out.append("\\t");
            break;
        default:
            if (u < 0x20) {
                static const char hex[] = "0123456789abcdef";
                out.append("\\u00");
                out.append(hex[u >> 4]);
                out.append(hex[u & 0xf]);
            } else {
                out.append(c);
            }
        }
    }
    out.append('"');
}

} // namespace

void SecretRecord::set(const QString& name, const SecretBytes& value)
{
    if (value.isEmpty())
        m_values.remove(name);
    else
        m_values.insert(name, value);
}

SecretBytes SecretRecord::serialize() const
{
    qsizetype size = 2;
    for (auto it = m_values.begin(); it != m_values.end(); ++it)
        size += it.key().size() + it.value().size() * 2 + 8;
    QByteArray out;
    out.reserve(size);
    out.append('{');
    bool first = true;
    for (auto it = m_values.begin(); it != m_values.end(); ++it) {
        if (!first)
            out.append(',');
        first = false;
        appendEscaped(out, it.key().toUtf8());
        out.append(':');
        appendEscaped(out, it.value().bytes());
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
