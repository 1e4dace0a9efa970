#pragma once

#include "accounts/AppService.h"
#include "cli/Cli.h"
#include "crypto/RsaKey.h"

#include <functional>

namespace authdeck::cli {

// A private key taken from an imported file (Box config.json, a Google key file), opened off the
// CLI's thread.
struct OpenedKey {
    Result<crypto::RsaKey> key = fail(ErrorKind::Other, {});
    Result<SecretBytes> clearPem = fail(ErrorKind::Other, {});
};

// The end both importers share: a key that cannot be used is exit 6 with unusable(why); otherwise
// the app is registered with the key ready to use (keychain) and printed — its id and
// describe(app) on stderr, or with --json the app with "*_stored" flags (client_secret_stored
// only where the app has a client secret to speak of).
void registerImportedKeyApp(Cli& cli, AppInput in, const OpenedKey& opened,
                            const std::function<QString(const QString& why)>& unusable,
                            bool reportClientSecret,
                            const std::function<QString(const AppRegistration&)>& describe);

} // namespace authdeck::cli
