#pragma once

#include "core/Result.h"
#include "core/SecretBytes.h"
#include "crypto/RsaKey.h"

#include <QString>

#include <atomic>

namespace authdeck::crypto {

// Writes key files (private keys, exported Box config.json) so that no other user can ever read
// them: the file is created with mode 0600 (whatever the umask), filled and flushed under a
// temporary name in the same folder, and only then given its real name in one atomic step. A
// reader sees the whole old file or the whole new one; a crash leaves at most a hidden temporary.
class KeyFiles {
public:
    enum class Existing { Refuse, Replace };

    [[nodiscard]] static Status writeKeyFile(const QString& path, const SecretBytes& content,
                                             Existing existing = Existing::Refuse);
};

// A new key pair whose private half is saved, encrypted with the passphrase (PKCS#8, PBKDF2), to
// a key file: the one way every face makes one (keygen, the Box setup). Slow: call it through
// runOffThread. key fails when generation failed or was cancelled (ErrorKind::Cancelled, nothing
// written); written fails when the file could not be saved (nothing left behind either).
struct GeneratedKeyFile {
    Result<RsaKey> key = fail(ErrorKind::Other, {});
    Status written;
};
[[nodiscard]] GeneratedKeyFile generateKeyFile(int bits, const SecretBytes& passphrase,
                                               const QString& path,
                                               const std::atomic_bool* cancel = nullptr);

} // namespace authdeck::crypto
