#include "core/JsonString.h"

namespace authdeck {

namespace {

// The short escape for c, or nullptr when c has none.
const char* shortEscape(char c)
{
    switch (c) {
    case '"':
        return "\\\"";
    case '\\':
        return "\\\\";
    case '\b':
        return "\\b";
    case '\f':
        return "\\f";
    case '\n':
        return "\\n";
    case '\r':
        return "\\r";
    case '\t':
        return "\\t";
    default:
        return nullptr;
    }
}

} // namespace

void appendJsonString(QByteArray& out, QByteArrayView utf8)
{
    static const char hex[] = "0123456789abcdef";
    out.append('"');
    for (char c : utf8) {
        const auto u = static_cast<unsigned char>(c);
        if (const char* escape = shortEscape(c)) {
            out.append(escape, 2);
        } else if (u < 0x20) {
            out.append("\\u00");
            out.append(hex[u >> 4]);
            out.append(hex[u & 0xf]);
        } else {
            out.append(c);
        }
    }
    out.append('"');
}

qsizetype jsonStringSize(QByteArrayView utf8)
{
    qsizetype size = 2;
    for (char c : utf8) {
        if (shortEscape(c))
            size += 2;
        else if (static_cast<unsigned char>(c) < 0x20)
            size += 6;
        else
            size += 1;
    }
    return size;
}

} // namespace authdeck
