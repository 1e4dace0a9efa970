#pragma once

#include "core/SecretBytes.h"

#include <QString>

namespace authdeck::crypto {

// Unpredictable values from the operating system's generator (getrandom on Linux), never from a
// seeded PRNG: keys, salts, nonces, OAuth `state`, JWT `jti`.
class Random {
public:
    // n random bytes; empty for n <= 0.
    [[nodiscard]] static SecretBytes randomBytes(int n);
    // chars characters of the base64url alphabet (6 random bits each), safe in URLs, headers and
    // JSON without escaping. 22 characters carry 132 bits.
    [[nodiscard]] static QString randomToken(int chars);
};

} // namespace authdeck::crypto
