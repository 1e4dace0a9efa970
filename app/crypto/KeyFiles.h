#pragma once

#include "core/Result.h"
#include "core/SecretBytes.h"

#include <QString>

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

} // namespace authdeck::crypto
