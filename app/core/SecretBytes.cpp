#include "core/SecretBytes.h"

#include <openssl/crypto.h>

namespace authdeck {

namespace {
QByteArray deepCopy(const QByteArray& data)
{
    return QByteArray(data.constData(), data.size());
}
} // namespace

SecretBytes::SecretBytes(QByteArray data)
    : m_data(std::move(data))
{
    // Own the buffer alone so the destructor's wipe reaches it.
    if (!m_data.isDetached())
        m_data = deepCopy(m_data);
}

SecretBytes::SecretBytes(const char* data, qsizetype size)
    : m_data(data, size)
{}

SecretBytes::SecretBytes(const SecretBytes& other)
    : m_data(deepCopy(other.m_data))
{}

SecretBytes::SecretBytes(SecretBytes&& other) noexcept
    : m_data(std::move(other.m_data))
{}

SecretBytes& SecretBytes::operator=(const SecretBytes& other)
{
    if (this != &other) {
        clear();
        m_data = deepCopy(other.m_data);
    }
    return *this;
}

SecretBytes& SecretBytes::operator=(SecretBytes&& other) noexcept
{
    if (this != &other) {
        clear();
        m_data = std::move(other.m_data);
    }
    return *this;
}

SecretBytes::~SecretBytes()
{
    clear();
}

bool SecretBytes::equals(const SecretBytes& other) const
{
    if (m_data.size() != other.m_data.size())
        return false;
    return CRYPTO_memcmp(m_data.constData(), other.m_data.constData(),
                         static_cast<size_t>(m_data.size()))
           == 0;
}

void SecretBytes::clear()
{
    wipe(m_data);
}

void wipe(QByteArray& data)
{
    if (!data.isEmpty() && data.isDetached())
        OPENSSL_cleanse(data.data(), static_cast<size_t>(data.size()));
    data.clear();
}

void wipe(QString& text)
{
    if (!text.isEmpty() && text.isDetached())
        OPENSSL_cleanse(text.data(), static_cast<size_t>(text.size()) * sizeof(QChar));
    text.clear();
}

} // namespace authdeck
