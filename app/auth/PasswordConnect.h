#pragma once

#include "accounts/Account.h"
#include "auth/TokenClient.h"
#include "core/Result.h"
#include "core/SecretBytes.h"

#include <QHash>
#include <QJsonObject>
#include <QMap>
#include <QObject>
#include <QUrl>

#include <functional>

namespace authdeck {

class Engine;
struct Provider;

struct PasswordConnectRequest {
    QString providerId;
    QString accountName;
    // The app registration (client ID and secret) the password grant is sent with; empty: the
    // provider's only password-scheme app, or none where the catalog's form needs no client.
    QString app;
    QMap<QString, QString> parameters; // host, ...
    QString username;
    SecretBytes password; // wiped once sent (or once the job ends)
};

// What connecting with a password will keep: shown by the dialog before saving.
struct PasswordPlan {
    Scheme scheme = Scheme::Password;
    bool exchanged = false; // the password is exchanged for tokens and never stored
    bool needsApp = false;  // the catalog's token request names {client_id} or {client_secret}
};

// Connects a username + password account.
//
// Where the catalog gives a password-grant token URL (SugarCRM, the sandbox) the password is
// exchanged once, only the tokens are kept, and the account refreshes like an OAuth account:
//
//   check endpoints (https, or http to loopback) --password grant--> tokens --IdentityCall-->
//   identity --AccountService::create (tokens to the keychain, then metadata)--> Account
//
// Without an exchange (basic) the verification call is made with HTTP Basic and the password
// itself goes to the keychain (Account::keepsPassword). A failure at any step leaves nothing
// behind; the password is wiped from the job's memory as soon as it has been sent.
class PasswordConnect {
public:
    using Done = std::function<void(Result<Account>)>;
    static void run(Engine& engine, PasswordConnectRequest request, QObject* context, Done done);

    [[nodiscard]] static Result<PasswordPlan> plan(const Provider& provider);
};

} // namespace authdeck
