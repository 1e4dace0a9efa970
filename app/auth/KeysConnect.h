#pragma once

#include "accounts/Account.h"
#include "core/Result.h"
#include "core/SecretBytes.h"

#include <QObject>

#include <functional>

namespace authdeck {

class Engine;

struct KeysConnectRequest {
    QString providerId;
    QString accountName;
    QString accessKeyId;
    SecretBytes secretKey; // kept in the keychain entry only
    QString region;        // empty: the catalog's default
    QString endpoint;      // empty: the catalog's default (Amazon S3)
};

// Connects an access-key account (S3 and S3-compatible stores): the catalog's fields are checked,
// the endpoint must be https (or http to a loopback address) before any request, the keys are
// verified with a SigV4-signed ListBuckets (S3Verify), and only then is the account saved: the
// secret key to the keychain first, the metadata (key ID, region, endpoint) second. A failure
// at any step leaves nothing behind.
class KeysConnect {
public:
    using Done = std::function<void(Result<Account>)>;
    static void run(Engine& engine, KeysConnectRequest request, QObject* context, Done done);
};

} // namespace authdeck
