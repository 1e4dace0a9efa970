#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QByteArrayView>

namespace authdeck::crypto {

// base64url without padding (RFC 4648 section 5), the encoding of JWS, JWK and PKCE. Decoding is
// strict: padding, whitespace, characters of the standard alphabet and non-canonical trailing
// bits are all refused, so one value has exactly one text form (a signed token cannot be varied
// without changing its bytes).
class Base64Url {
public:
    [[nodiscard]] static QByteArray encode(QByteArrayView data);
    [[nodiscard]] static Result<QByteArray> decode(QByteArrayView text);
    [[nodiscard]] static bool isAlphabet(char c);
};

} // namespace authdeck::crypto
