#include "net/SecretUploadBuffer.h"

namespace authdeck {

SecretUploadBuffer::SecretUploadBuffer(SecretBytes body, QObject* parent)
    : QBuffer(parent)
    , m_body(std::move(body))
{
    // The buffer's QByteArray only points at the SecretBytes: never a second, shared copy.
    setData(QByteArray::fromRawData(m_body.constData(), m_body.size()));
    open(QIODevice::ReadOnly);
}

SecretUploadBuffer::~SecretUploadBuffer()
{
    close();
    // Drop the view before the bytes it points at are wiped and freed.
    setData(QByteArray());
}

} // namespace authdeck
