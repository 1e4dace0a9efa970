#pragma once

#include "accounts/Account.h"
#include "auth/IdentityCall.h"
#include "core/Result.h"

#include <QObject>

#include <functional>

namespace authdeck {

class Engine;

struct ServerConnectRequest {
    QString app;         // app registration id or name (JWT or client credentials)
    QString subject;     // "enterprise" or "user:<id>"
    QString accountName; // empty: named after the provider and the identity
    ApiCallOptions api;  // As-User, Box-Notifications: kept on the account
};

// Connects a server-authentication account (JWT bearer, client credentials): mints the first
// token with the same minter TokenService uses later, verifies it with the catalog's identity
// call (and the As-User header when one is given), then saves the account: the token to the
// keychain first, the metadata second. A failure at any step leaves nothing behind.
//
//   app + subject --minter--> token --IdentityCall--> identity [--As-User check]
//                 --AccountService::create (keychain, then profile)--> Account
class ServerConnect {
public:
    using Done = std::function<void(Result<Account>)>;
    static void run(Engine& engine, const ServerConnectRequest& request, QObject* context,
                    Done done);
};

} // namespace authdeck
