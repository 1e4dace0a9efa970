#include "crypto/AesGcm.h"

#include "crypto/OpenSslPtr.h"

#include <QCoreApplication>

#include <openssl/core_names.h>

#include <climits>

namespace authdeck::crypto {

namespace {

Status checkSizes(const SecretBytes& key, const QByteArray& nonce, qsizetype dataBytes,
                  qsizetype aadBytes)
{
    if (key.size() != AesGcm::KeyBytes)
        return fail(ErrorKind::Usage, QCoreApplication::translate("authdeck::crypto::AesGcm",
                                                                  "An AES-256 key is 32 bytes"));
    if (nonce.size() != AesGcm::NonceBytes)
        return fail(ErrorKind::BadInput,
                    QCoreApplication::translate("authdeck::crypto::AesGcm",
                                                "An AES-GCM nonce is 12 bytes"));
    // EVP_*Update takes int lengths.
    if (dataBytes > INT_MAX || aadBytes > INT_MAX)
        return fail(ErrorKind::BadInput,
                    QCoreApplication::translate("authdeck::crypto::AesGcm",
                                                "The data is too large to encrypt in one piece"));
    return {};
}

// A context keyed for one message; null when OpenSSL could not set it up.
EvpCipherCtxPtr startCipher(bool encrypting, const SecretBytes& key, const QByteArray& nonce)
{
    EvpCipherPtr cipher(EVP_CIPHER_fetch(nullptr, "AES-256-GCM", nullptr));
    EvpCipherCtxPtr ctx(EVP_CIPHER_CTX_new());
    if (!cipher || !ctx)
        return nullptr;
    // 12 bytes is GCM's default IV length, so no length parameter is needed.
    const auto* keyBytes = reinterpret_cast<const unsigned char*>(key.constData());
    const int ok =
        encrypting
            ? EVP_EncryptInit_ex2(ctx.get(), cipher.get(), keyBytes, bytePtr(nonce), nullptr)
            : EVP_DecryptInit_ex2(ctx.get(), cipher.get(), keyBytes, bytePtr(nonce), nullptr);
    if (ok != 1)
        return nullptr;
    return ctx;
}

} // namespace

Result<AesGcm::Sealed> AesGcm::encrypt(const SecretBytes& key, const QByteArray& nonce,
                                       const SecretBytes& plaintext, const QByteArray& aad)
{
    const OpenSslErrorScope errors;
    if (Status s = checkSizes(key, nonce, plaintext.size(), aad.size()); !s)
        return s.error();
    EvpCipherCtxPtr ctx = startCipher(true, key, nonce);
    Sealed sealed;
    sealed.ciphertext = QByteArray(plaintext.size(), Qt::Uninitialized);
    sealed.tag = QByteArray(TagBytes, Qt::Uninitialized);
    int written = 0;
    int finalBytes = 0;
    const bool ok =
        ctx
        && (aad.isEmpty()
            || EVP_EncryptUpdate(ctx.get(), nullptr, &written, bytePtr(aad),
                                 static_cast<int>(aad.size()))
                   == 1)
        && EVP_EncryptUpdate(ctx.get(), bytePtr(sealed.ciphertext), &written,
                             reinterpret_cast<const unsigned char*>(plaintext.constData()),
                             static_cast<int>(plaintext.size()))
               == 1
        && EVP_EncryptFinal_ex(ctx.get(), bytePtr(sealed.ciphertext) + written, &finalBytes) == 1
        && EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_AEAD_GET_TAG, TagBytes, bytePtr(sealed.tag))
               == 1;
    if (!ok)
        return fail(ErrorKind::Other,
                    QCoreApplication::translate("authdeck::crypto::AesGcm", "Encryption failed"));
    return sealed;
}

Result<SecretBytes> AesGcm::decrypt(const SecretBytes& key, const QByteArray& nonce,
                                    const QByteArray& ciphertext, const QByteArray& tag,
                                    const QByteArray& aad)
{
    const OpenSslErrorScope errors;
    if (Status s = checkSizes(key, nonce, ciphertext.size(), aad.size()); !s)
        return s.error();
    if (tag.size() != TagBytes)
        return fail(ErrorKind::BadInput,
                    QCoreApplication::translate("authdeck::crypto::AesGcm",
                                                "The authentication tag is not 16 bytes"));
    EvpCipherCtxPtr ctx = startCipher(false, key, nonce);
    if (!ctx)
        return fail(ErrorKind::Other,
                    QCoreApplication::translate("authdeck::crypto::AesGcm", "Decryption failed"));

    QByteArray plain(ciphertext.size(), Qt::Uninitialized);
    int written = 0;
    int finalBytes = 0;
    // OpenSSL keeps its own copy of the expected tag; the const_cast is for its old signature.
    const bool setUp =
        EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_AEAD_SET_TAG, TagBytes,
                            const_cast<char*>(tag.constData()))
            == 1
        && (aad.isEmpty()
            || EVP_DecryptUpdate(ctx.get(), nullptr, &written, bytePtr(aad),
                                 static_cast<int>(aad.size()))
                   == 1)
        && EVP_DecryptUpdate(ctx.get(), bytePtr(plain), &written, bytePtr(ciphertext),
                             static_cast<int>(ciphertext.size()))
               == 1;
    // Final compares the tags in constant time; until it succeeds `plain` is unauthenticated
    // and must not leave this function.
    if (!setUp || EVP_DecryptFinal_ex(ctx.get(), bytePtr(plain) + written, &finalBytes) != 1) {
        wipe(plain);
        return fail(ErrorKind::BadInput,
                    QCoreApplication::translate(
                        "authdeck::crypto::AesGcm",
                        "The data failed its integrity check: wrong key or passphrase, or it was "
                        "changed"));
    }
    return SecretBytes(std::move(plain));
}

} // namespace authdeck::crypto
