#pragma once

#include "core/Result.h"
#include "core/SecretBytes.h"

#include <QByteArray>

namespace authdeck::crypto {

// scrypt (RFC 7914) through OpenSSL 3's EVP_KDF, for keys made from passphrases (bundles, the
// vault file). The parameters may come from a file an attacker wrote, so they are bounded before
// any memory is spent: a hostile N or r must fail fast, not take the machine down.
class Scrypt {
public:
    struct Params {
        quint64 n = quint64(1) << 17; // cost: a power of two
        quint32 r = 8;                // block size
        quint32 p = 1;                // parallelism
    };

    static constexpr int MaxLog2N = 22;
    static constexpr quint32 MaxR = 32;
    static constexpr quint32 MaxP = 16;
    // The big table (128 * r * N bytes) may not exceed this: 1 GiB, what N = 2^20, r = 8 needs.
    static constexpr quint64 MaxTableBytes = quint64(1) << 30;
    static constexpr int MaxKeyBytes = 1024;

    [[nodiscard]] static Result<SecretBytes> derive(const SecretBytes& passphrase,
                                                    const QByteArray& salt, const Params& params,
                                                    int keyBytes = 32);
    // The memory OpenSSL must be allowed to use for these parameters (its own default limit of
    // 32 MB refuses N = 2^17, r = 8).
    [[nodiscard]] static quint64 memoryBytes(const Params& params);
    [[nodiscard]] static Status checkParams(const Params& params);
};

} // namespace authdeck::crypto
