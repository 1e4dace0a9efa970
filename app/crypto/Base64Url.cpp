#include "crypto/Base64Url.h"

#include <QCoreApplication>

namespace authdeck::crypto {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("authdeck::crypto::Base64Url", text);
}

constexpr auto Options = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;
} // namespace

bool Base64Url::isAlphabet(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-'
           || c == '_';
}

QByteArray Base64Url::encode(QByteArrayView data)
{
    // fromRawData: no copy of what may be secret bytes.
    return QByteArray::fromRawData(data.data(), data.size()).toBase64(Options);
}

Result<QByteArray> Base64Url::decode(QByteArrayView text)
{
    for (const char c : text) {
        if (!isAlphabet(c))
            return fail(ErrorKind::BadInput, tr("The text is not valid base64url"));
    }
    // A single character left over carries fewer than 8 bits: no byte can end that way.
    if (text.size() % 4 == 1)
        return fail(ErrorKind::BadInput, tr("The text is not valid base64url"));
    auto decoded =
        QByteArray::fromBase64Encoding(QByteArray::fromRawData(text.data(), text.size()),
                                       Options | QByteArray::AbortOnBase64DecodingErrors);
    // Re-encoding must give the input back; otherwise its unused trailing bits were not zero.
    if (decoded.decodingStatus != QByteArray::Base64DecodingStatus::Ok
        || encode(decoded.decoded) != text)
        return fail(ErrorKind::BadInput, tr("The text is not valid base64url"));
    return std::move(decoded.decoded);
}

} // namespace authdeck::crypto
