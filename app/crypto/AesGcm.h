#pragma once

#include "core/Result.h"
#include "core/SecretBytes.h"

#include <QByteArray>

namespace authdeck::crypto {

// AES-256-GCM with a 96-bit nonce and a full 128-bit tag: the cipher of bundles and the vault.
// A nonce must never repeat under one key (take 12 bytes from Random::randomBytes for each
// message, or derive a fresh key per message); GCM loses both secrecy and integrity otherwise.
class AesGcm {
public:
    static constexpr int KeyBytes = 32;
    static constexpr int NonceBytes = 12;
    static constexpr int TagBytes = 16;

    struct Sealed {
        QByteArray ciphertext; // as long as the plaintext
        QByteArray tag;
    };

    [[nodiscard]] static Result<Sealed> encrypt(const SecretBytes& key, const QByteArray& nonce,
                                                const SecretBytes& plaintext,
                                                const QByteArray& aad);
    // The tag is checked over the whole message before anything is returned: a wrong key, a
    // changed byte in the ciphertext, tag, nonce or associated data gives BadInput and no
    // plaintext at all.
    [[nodiscard]] static Result<SecretBytes> decrypt(const SecretBytes& key,
                                                     const QByteArray& nonce,
                                                     const QByteArray& ciphertext,
                                                     const QByteArray& tag, const QByteArray& aad);
};

} // namespace authdeck::crypto
