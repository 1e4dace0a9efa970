#pragma once

#include "accounts/AppRegistration.h"
#include "auth/TokenClient.h"
#include "core/Result.h"
#include "providers/Provider.h"
#include "secrets/SecretRecord.h"

#include <QString>
#include <QStringList>
#include <QUrl>

namespace authdeck {

// How an app's client authenticates at the token, device authorization and revocation endpoints,
// in one place so every request of the app does it the same way (RFC 7009 section 2.1: the
// revocation request authenticates as at the token endpoint).
//
//   app.clientAuth (the admin's) > a private key of an OAuth 2.0 / client credentials app
//                                   (private_key_jwt) > the provider file's client_auth
//
// The names are RFC 8414's token_endpoint_auth_methods_supported values.
class ClientAuthentication {
public:
    [[nodiscard]] static const QStringList& methods(); // client_secret_basic, ..., none
    [[nodiscard]] static QString methodFor(const Provider* provider, const AppRegistration& app);
    // The method's name and algorithm are known ones (validated with the app's other metadata).
    [[nodiscard]] static Status check(const Provider& provider, const AppRegistration& app);
    // Fills the request's client authentication from the app and its secrets. tokenUrl is the
    // app's token endpoint: a private_key_jwt assertion's aud, whichever endpoint it goes to.
    static void apply(TokenRequest& request, const Provider* provider, const AppRegistration& app,
                      const SecretRecord& appSecrets, const QUrl& tokenUrl);
};

} // namespace authdeck
