#include "crypto/Scrypt.h"

#include "crypto/OpenSslPtr.h"

#include <QCoreApplication>

#include <openssl/core_names.h>
#include <openssl/kdf.h>

namespace authdeck::crypto {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("authdeck::crypto::Scrypt", text);
}

// Room on top of the exact need, so a rounding difference in OpenSSL's own accounting never turns
// a valid parameter set into a refusal.
constexpr quint64 MemorySlack = quint64(1) << 20;
} // namespace

quint64 Scrypt::memoryBytes(const Params& params)
{
    // What OpenSSL checks against maxmem: the table V (N + 2 blocks of 128 * r bytes, counting
    // its scratch space) plus B (p blocks).
    const quint64 block = quint64(128) * params.r;
    return block * (params.n + 2) + block * params.p + MemorySlack;
}

Status Scrypt::checkParams(const Params& params)
{
    const bool powerOfTwo = params.n >= 2 && (params.n & (params.n - 1)) == 0;
    if (!powerOfTwo || params.n > (quint64(1) << MaxLog2N))
        return fail(ErrorKind::BadInput,
                    tr("The scrypt cost N must be a power of two from 2 to 2^%1").arg(MaxLog2N));
    if (params.r < 1 || params.r > MaxR || params.p < 1 || params.p > MaxP)
        return fail(
            ErrorKind::BadInput,
            tr("The scrypt parameters r and p must be 1 to %1 and 1 to %2").arg(MaxR).arg(MaxP));
    if (quint64(128) * params.r * params.n > MaxTableBytes)
        return fail(ErrorKind::BadInput,
                    tr("The scrypt parameters ask for more than 1 GiB of memory"));
    return {};
}

Result<SecretBytes> Scrypt::derive(const SecretBytes& passphrase, const QByteArray& salt,
                                   const Params& params, int keyBytes)
{
    const OpenSslErrorScope errors;
    if (Status s = checkParams(params); !s)
        return s.error();
    if (keyBytes < 1 || keyBytes > MaxKeyBytes)
        return fail(ErrorKind::Usage, tr("A derived key must be 1 to %1 bytes").arg(MaxKeyBytes));

    EvpKdfPtr kdf(EVP_KDF_fetch(nullptr, OSSL_KDF_NAME_SCRYPT, nullptr));
    EvpKdfCtxPtr ctx(kdf ? EVP_KDF_CTX_new(kdf.get()) : nullptr);
    if (!ctx)
        return fail(ErrorKind::Other, tr("This OpenSSL has no scrypt"));

    uint64_t n = params.n;
    uint32_t r = params.r;
    uint32_t p = params.p;
    uint64_t maxmem = memoryBytes(params);
    // OSSL_PARAM wants non-const pointers, though it only reads these buffers.
    const OSSL_PARAM settings[] = {
        OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_PASSWORD,
                                          const_cast<char*>(passphrase.constData()),
                                          static_cast<size_t>(passphrase.size())),
        OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_SALT, const_cast<char*>(salt.constData()),
                                          static_cast<size_t>(salt.size())),
        OSSL_PARAM_construct_uint64(OSSL_KDF_PARAM_SCRYPT_N, &n),
        OSSL_PARAM_construct_uint32(OSSL_KDF_PARAM_SCRYPT_R, &r),
        OSSL_PARAM_construct_uint32(OSSL_KDF_PARAM_SCRYPT_P, &p),
        OSSL_PARAM_construct_uint64(OSSL_KDF_PARAM_SCRYPT_MAXMEM, &maxmem),
        OSSL_PARAM_construct_end(),
    };
    QByteArray key(keyBytes, Qt::Uninitialized);
    if (EVP_KDF_derive(ctx.get(), bytePtr(key), static_cast<size_t>(keyBytes), settings) != 1) {
        wipe(key);
        return fail(ErrorKind::Other, tr("Deriving the key with scrypt failed (out of memory?)"));
    }
    return SecretBytes(std::move(key));
}

} // namespace authdeck::crypto
