#pragma once

#include "core/Result.h"
#include "core/SecretBytes.h"
#include "store/ProfileDatabase.h"

#include <QString>

namespace authdeck {

// Seals and opens the secret rows of a profile database under its 256-bit profile key:
// AES-256-GCM, a fresh random 96-bit nonce per write, the full tag, and as associated data the
// row's identity, so a value copied to another row, another kind or another profile's database
// fails authentication instead of decrypting:
//
//   aad = "authdeck-secret/1\n" profile_id "\n" owner "\n" id        (owner: "app" | "account")
//
// The key check (meta "key_check") is the same seal of a fixed text under the owner "key-check":
// it tells a wrong key (another keychain entry, a wrong vault passphrase) from a damaged row.
class SecretCipher {
public:
    SecretCipher(SecretBytes key, QString profileId);

    [[nodiscard]] Result<ProfileDatabase::Sealed> seal(const QString& owner, const QString& id,
                                                       const SecretBytes& plain) const;
    // BadInput when the value fails authentication.
    [[nodiscard]] Result<SecretBytes> open(const QString& owner, const QString& id,
                                           const ProfileDatabase::Sealed& sealed) const;

    [[nodiscard]] Result<QString> keyCheck() const;
    [[nodiscard]] bool matches(const QString& keyCheck) const;

private:
    [[nodiscard]] QByteArray aad(const QString& owner, const QString& id) const;

    SecretBytes m_key;
    QString m_profileId;
};

} // namespace authdeck
