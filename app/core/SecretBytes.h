#pragma once

#include <QByteArray>
#include <QString>

namespace authdeck {

// Bytes that wipe themselves (OPENSSL_cleanse) when released. Copies are deep, so wiping one copy
// never leaves another pointing at scrubbed memory, and no copy escapes the wipe through Qt's
// implicit sharing. Best effort: a QByteArray handed out by bytes() and copied by the caller is
// the caller's to wipe.
class SecretBytes {
public:
    SecretBytes() = default;
    explicit SecretBytes(QByteArray data);
    explicit SecretBytes(const char* data, qsizetype size);
    static SecretBytes fromString(const QString& text) { return SecretBytes(text.toUtf8()); }
    SecretBytes(const SecretBytes& other);
    SecretBytes(SecretBytes&& other) noexcept;
    SecretBytes& operator=(const SecretBytes& other);
    SecretBytes& operator=(SecretBytes&& other) noexcept;
    ~SecretBytes();

    [[nodiscard]] const QByteArray& bytes() const { return m_data; }
    [[nodiscard]] const char* constData() const { return m_data.constData(); }
    [[nodiscard]] qsizetype size() const { return m_data.size(); }
    [[nodiscard]] bool isEmpty() const { return m_data.isEmpty(); }
    [[nodiscard]] QString toString() const { return QString::fromUtf8(m_data); }

    // Constant-time comparison (CRYPTO_memcmp) for equal sizes.
    [[nodiscard]] bool equals(const SecretBytes& other) const;

    void clear();

private:
    QByteArray m_data;
};

// Scrubs a plain buffer in place (for temporaries that never became SecretBytes).
void wipe(QByteArray& data);
void wipe(QString& text);

} // namespace authdeck
