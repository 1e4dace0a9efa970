#include "core/DisplayText.h"

namespace authdeck {

namespace {

bool unsafe(QChar c)
{
    // C0, DEL and C1 controls; format characters (bidirectional embeddings, overrides, isolates
    // and marks, zero-width characters).
    return c.category() == QChar::Other_Control || c.category() == QChar::Other_Format;
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
        if (ch.category() == QChar::Separator_Line || ch.category() == QChar::Separator_Paragraph) {
            out.append(allowLineBreaks ? QChar(u'\n') : QChar(u' '));
            continue;
        }
        out.append(unsafe(ch) ? QChar(0xfffd) : ch);
    }
    return out;
}

QString defaultAccountName(const QString& providerName, const QString& who)
{
    QString provider = providerName;
    if (const qsizetype open = provider.indexOf(QStringLiteral(" ("));
        open > 0 && provider.endsWith(QLatin1Char(')')))
        provider.truncate(open);
    return who.isEmpty() ? provider : QStringLiteral("%1 (%2)").arg(provider, who);
}

} // namespace authdeck
