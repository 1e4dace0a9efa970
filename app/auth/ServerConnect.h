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
    QString subject;     // "enterprise", "enterprise:<id>" or "user:<id>"
    QString accountName; // empty: named after the provider and the identity
    ApiCallOptions api;  // As-User, Box-Notifications: kept on the account
    // An OAuth 2.0 account of the enterprise's admin: before org-wide access is connected, Box
    // must confirm (GET /users/me?fields=role,enterprise) that this user is an admin or co-admin
    // of that enterprise. With subject "enterprise" the enterprise is the admin's own.
    QString confirmAdmin;
    // The account of the same app and subject to replace (it is disconnected first); without it
    // such a second connection is refused.
    QString replaceAccount;
};

// Connects a server-authentication account (JWT bearer, client credentials): mints the first
// token with the same minter TokenService uses later, verifies it with the catalog's identity
// call (and the As-User header when one is given), then saves the account: the token to the
// keychain first, the metadata second. A failure at any step leaves nothing behind.
//
//   [confirmAdmin: admin's token --GET /users/me?fields=role,enterprise--> admin of ID?]
//   app + subject --(no account of this app and subject yet, or --replace it)
//                 --minter--> token --IdentityCall--> identity [--As-User check]
//                 --AccountService::create (keychain, then profile)--> Account
class ServerConnect {
public:
    using Done = std::function<void(Result<Account>)>;
    static void run(Engine& engine, const ServerConnectRequest& request, QObject* context,
                    Done done);
};

} // namespace authdeck
