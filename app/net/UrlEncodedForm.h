#pragma once

#include <QAnyStringView>
#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <utility>

namespace authdeck {

// application/x-www-form-urlencoded, the encoding of HTML forms, OAuth token requests and the
// query of an OAuth redirect: name=value pairs joined by '&', '+' for a space, %XX for a byte of
// UTF-8. QUrlQuery is not this: it leaves '+' alone, so "error_description=Access+denied" would
// keep its plus signs.
class UrlEncodedForm {
public:
    using Item = std::pair<QString, QString>;

    UrlEncodedForm() = default;
    explicit UrlEncodedForm(QList<Item> items)
        : m_items(std::move(items))
    {}

    // nullopt for a broken %-escape or bytes that are not UTF-8; empty pairs ("a=1&&b=2") are
    // skipped and a pair without '=' has an empty value, as browsers do.
    [[nodiscard]] static std::optional<UrlEncodedForm> parse(QByteArrayView encoded);
    [[nodiscard]] QByteArray toEncoded() const;

    // %XX-decoding (and '+' to space when asked); nullopt for a '%' without two hex digits.
    [[nodiscard]] static std::optional<QByteArray> percentDecode(QByteArrayView encoded,
                                                                 bool plusIsSpace);

    void add(const QString& name, const QString& value) { m_items.append({name, value}); }
    [[nodiscard]] const QList<Item>& items() const { return m_items; }
    [[nodiscard]] bool isEmpty() const { return m_items.isEmpty(); }
    [[nodiscard]] bool contains(QAnyStringView name) const { return count(name) > 0; }
    [[nodiscard]] int count(QAnyStringView name) const;
    // The first value for name; empty when absent.
    [[nodiscard]] QString value(QAnyStringView name) const;
    [[nodiscard]] QStringList values(QAnyStringView name) const;
    // Names given more than once: OAuth (RFC 6749 §3.1) says such a request must be refused.
    [[nodiscard]] QStringList duplicateNames() const;

private:
    QList<Item> m_items;
};

} // namespace authdeck
