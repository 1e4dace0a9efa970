#include "net/UrlEncodedForm.h"

namespace authdeck {

namespace {
int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

std::optional<QString> decodeText(QByteArrayView encoded)
{
    const std::optional<QByteArray> bytes = UrlEncodedForm::percentDecode(encoded, true);
    if (!bytes || !bytes->isValidUtf8())
        return std::nullopt;
    return QString::fromUtf8(*bytes);
}

QByteArray encodeText(const QString& text)
{
    QByteArray out;
    for (const char c : text.toUtf8()) {
        const bool plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')
                           || (c >= '0' && c <= '9') || c == '*' || c == '-' || c == '.'
                           || c == '_';
        if (plain) {
            out += c;
        } else if (c == ' ') {
            out += '+';
        } else {
            static constexpr char kHex[] = "0123456789ABCDEF";
            const auto byte = static_cast<unsigned char>(c);
            out += '%';
            out += kHex[byte >> 4];
            out += kHex[byte & 0xf];
        }
    }
    return out;
}
} // namespace

std::optional<QByteArray> UrlEncodedForm::percentDecode(QByteArrayView encoded, bool plusIsSpace)
{
    QByteArray out;
    out.reserve(encoded.size());
    for (qsizetype i = 0; i < encoded.size(); ++i) {
        const char c = encoded[i];
        if (c == '%') {
            if (i + 2 >= encoded.size())
                return std::nullopt;
            const int hi = hexValue(encoded[i + 1]);
            const int lo = hexValue(encoded[i + 2]);
            if (hi < 0 || lo < 0)
                return std::nullopt;
            out += char(hi * 16 + lo);
            i += 2;
        } else if (c == '+' && plusIsSpace) {
            out += ' ';
        } else {
            out += c;
        }
    }
    return out;
}

std::optional<UrlEncodedForm> UrlEncodedForm::parse(QByteArrayView encoded)
{
    UrlEncodedForm form;
    qsizetype start = 0;
    while (start <= encoded.size()) {
        qsizetype end = encoded.indexOf('&', start);
        if (end < 0)
            end = encoded.size();
        const QByteArrayView pair = encoded.sliced(start, end - start);
        start = end + 1;
        if (pair.isEmpty())
            continue;
        const qsizetype eq = pair.indexOf('=');
        const std::optional<QString> name = decodeText(eq < 0 ? pair : pair.first(eq));
        const std::optional<QString> value =
            decodeText(eq < 0 ? QByteArrayView() : pair.sliced(eq + 1));
        if (!name || !value)
            return std::nullopt;
        form.add(*name, *value);
    }
    return form;
}

QByteArray UrlEncodedForm::toEncoded() const
{
    QByteArray out;
    for (const auto& [name, value] : m_items) {
        if (!out.isEmpty())
            out += '&';
        out += encodeText(name) + '=' + encodeText(value);
    }
    return out;
}

int UrlEncodedForm::count(QAnyStringView name) const
{
    int n = 0;
    for (const Item& item : m_items) {
        if (QAnyStringView::equal(item.first, name))
            ++n;
    }
    return n;
}

QString UrlEncodedForm::value(QAnyStringView name) const
{
    for (const Item& item : m_items) {
        if (QAnyStringView::equal(item.first, name))
            return item.second;
    }
    return {};
}

QStringList UrlEncodedForm::values(QAnyStringView name) const
{
    QStringList out;
    for (const Item& item : m_items) {
        if (QAnyStringView::equal(item.first, name))
            out.append(item.second);
    }
    return out;
}

QStringList UrlEncodedForm::duplicateNames() const
{
    QStringList out;
    for (const Item& item : m_items) {
        if (!out.contains(item.first) && count(item.first) > 1)
            out.append(item.first);
    }
    return out;
}

} // namespace authdeck
