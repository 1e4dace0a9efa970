#include "core/DisplayText.h"

namespace authdeck {

namespace {

bool unsafe(char16_t c)
{
    if (c < 0x20 || c == 0x7f || (c >= 0x80 && c <= 0x9f))
        return true;
    // Bidirectional embeddings, overrides and isolates, and the Arabic letter mark.
    return (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069) || c == 0x061c
           || c == 0x200e || c == 0x200f;
}

} // namespace

QString displaySafe(const QString& text, bool allowLineBreaks)
{
    QString out;
    out.reserve(text.size());
    for (const QChar ch : text) {
        const char16_t c = ch.unicode();
        if (c == u'\n' || c == u'\r' || c == u'\t') {
            if (c == u'\n' && allowLineBreaks)
                out.append(ch);
            else if (c != u'\r' || !allowLineBreaks)
                out.append(QLatin1Char(' '));
            continue;
        }
        out.append(unsafe(c) ? QChar(0xfffd) : ch);
    }
    return out;
}

} // namespace authdeck
