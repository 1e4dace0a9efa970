#pragma once

#include "core/Result.h"
#include "core/SecretBytes.h"

#include <QString>

namespace authdeck {

// The config.json Box's Developer Console downloads for a JWT app ("Generate a Public/Private
// Keypair"), in its exact shape:
//   {"boxAppSettings": {"clientID", "clientSecret",
//                       "appAuth": {"publicKeyID", "privateKey", "passphrase"}},
//    "enterpriseID", optional "userID"}
// privateKey is an encrypted PKCS#8 PEM that passphrase opens.
struct BoxConfig {
    static constexpr qsizetype MaxFileBytes = 256 * 1024;

    QString clientId;
    SecretBytes clientSecret;
    QString publicKeyId;
    SecretBytes privateKeyPem; // as in the file (encrypted)
    SecretBytes passphrase;
    QString enterpriseId;
    QString userId;

    // Malformed, truncated or incomplete input fails with ErrorKind::BadInput naming the field
    // ("boxAppSettings.appAuth.publicKeyID").
    [[nodiscard]] static Result<BoxConfig> parse(const SecretBytes& json);
    // The same shape back (indented like Box's own file).
    [[nodiscard]] SecretBytes toJson() const;
};

} // namespace authdeck
