#pragma once

#include "accounts/AppService.h"
#include "cli/Cli.h"
#include "crypto/Certificate.h"

#include <functional>

namespace authdeck::cli {

// The end both importers share, for a key opened by crypto::openSigningKey off the CLI's
// thread: a key that cannot be used is exit 6 with unusable(why); otherwise
// the app is registered with the key ready to use (keychain) and printed — its id and
// describe(app) on stderr, or with --json the app with "*_stored" flags (client_secret_stored
// only where the app has a client secret to speak of).
void registerImportedKeyApp(Cli& cli, AppInput in, const crypto::OpenedSigningKey& opened,
                            const std::function<QString(const QString& why)>& unusable,
                            bool reportClientSecret,
                            const std::function<QString(const AppRegistration&)>& describe);

} // namespace authdeck::cli
