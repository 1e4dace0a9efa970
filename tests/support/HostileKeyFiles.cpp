#include "HostileKeyFiles.h"

#include "crypto/OpenSslPtr.h"
#include "crypto/Random.h"

#include <openssl/asn1.h>
#include <openssl/objects.h>
#include <openssl/pem.h>

namespace authdeck::test {

namespace {

using crypto::BioPtr;
using crypto::OpenSslPtr;
using crypto::X509AlgorPtr;
using crypto::X509SigPtr;

void setCount(ASN1_INTEGER* target, quint64 value)
{
    ASN1_INTEGER_set_uint64(target, value);
}

// Re-packs a structure into an algorithm identifier's SEQUENCE parameter.
template <typename T>
void repack(X509_ALGOR* algorithm, int nid, T* value, const ASN1_ITEM* item)
{
    ASN1_STRING* packed = ASN1_item_pack(value, item, nullptr);
    X509_ALGOR_set0(algorithm, OBJ_nid2obj(nid), V_ASN1_SEQUENCE, packed);
}

template <typename T, auto FreeFn>
OpenSslPtr<T, FreeFn> unpack(const X509_ALGOR* algorithm, const ASN1_ITEM* item)
{
    int type = V_ASN1_UNDEF;
    const void* value = nullptr;
    X509_ALGOR_get0(nullptr, &type, &value, algorithm);
    return OpenSslPtr<T, FreeFn>(
        static_cast<T*>(ASN1_item_unpack(static_cast<const ASN1_STRING*>(value), item)));
}

// An EncryptedPrivateKeyInfo with the given scheme and 1,216 random "encrypted" bytes, as PEM.
QByteArray pemOf(X509AlgorPtr scheme)
{
    X509SigPtr sig(X509_SIG_new());
    X509_ALGOR* algorithm = nullptr;
    ASN1_OCTET_STRING* digest = nullptr;
    X509_SIG_getm(sig.get(), &algorithm, &digest);
    X509_ALGOR_copy(algorithm, scheme.get());
    const QByteArray noise = crypto::Random::randomBytes(1216).bytes();
    ASN1_OCTET_STRING_set(digest, crypto::bytePtr(noise), int(noise.size()));
    BioPtr bio(BIO_new(BIO_s_mem()));
    PEM_write_bio_PKCS8(bio.get(), sig.get());
    return crypto::bioContents(bio.get());
}

} // namespace

QByteArray pbkdf2KeyPem(quint64 iterations)
{
    X509AlgorPtr scheme(PKCS5_pbe2_set_iv_ex(EVP_aes_256_cbc(), 1, nullptr, 16, nullptr,
                                             NID_hmacWithSHA256, nullptr));
    auto pbes2 = unpack<PBE2PARAM, PBE2PARAM_free>(scheme.get(), ASN1_ITEM_rptr(PBE2PARAM));
    auto kdf = unpack<PBKDF2PARAM, PBKDF2PARAM_free>(pbes2->keyfunc, ASN1_ITEM_rptr(PBKDF2PARAM));
    setCount(kdf->iter, iterations);
    repack(pbes2->keyfunc, NID_id_pbkdf2, kdf.get(), ASN1_ITEM_rptr(PBKDF2PARAM));
    repack(scheme.get(), NID_pbes2, pbes2.get(), ASN1_ITEM_rptr(PBE2PARAM));
    return pemOf(std::move(scheme));
}

QByteArray scryptKeyPem(quint64 n, quint64 r, quint64 p)
{
    // Made with small valid settings (OpenSSL checks them), then given the hostile ones.
    X509AlgorPtr scheme(PKCS5_pbe2_set_scrypt(EVP_aes_256_cbc(), nullptr, 16, nullptr, 1024, 8, 1));
    auto pbes2 = unpack<PBE2PARAM, PBE2PARAM_free>(scheme.get(), ASN1_ITEM_rptr(PBE2PARAM));
    auto kdf =
        unpack<SCRYPT_PARAMS, SCRYPT_PARAMS_free>(pbes2->keyfunc, ASN1_ITEM_rptr(SCRYPT_PARAMS));
    setCount(kdf->costParameter, n);
    setCount(kdf->blockSize, r);
    setCount(kdf->parallelizationParameter, p);
    repack(pbes2->keyfunc, NID_id_scrypt, kdf.get(), ASN1_ITEM_rptr(SCRYPT_PARAMS));
    repack(scheme.get(), NID_pbes2, pbes2.get(), ASN1_ITEM_rptr(PBE2PARAM));
    return pemOf(std::move(scheme));
}

QByteArray pkcs12KeyPem(quint64 iterations)
{
    X509AlgorPtr scheme(PKCS5_pbe_set(NID_pbe_WithSHA1And3_Key_TripleDES_CBC, 1, nullptr, 8));
    auto params = unpack<PBEPARAM, PBEPARAM_free>(scheme.get(), ASN1_ITEM_rptr(PBEPARAM));
    setCount(params->iter, iterations);
    repack(scheme.get(), NID_pbe_WithSHA1And3_Key_TripleDES_CBC, params.get(),
           ASN1_ITEM_rptr(PBEPARAM));
    return pemOf(std::move(scheme));
}

} // namespace authdeck::test
