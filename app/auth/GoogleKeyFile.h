#pragma once

#include "core/Result.h"
#include "core/SecretBytes.h"

#include <QString>

namespace authdeck {

// The JSON key file Google Cloud's console downloads for a service account ("Keys → Add key →
// Create new key → JSON"):
//   {"type": "service_account", "project_id", "private_key_id", "private_key" (clear PKCS#8 PEM),
//    "client_email", "client_id", "token_uri", ...}
// The assertion it signs: iss = client_email, kid = private_key_id, aud = token_uri, scope, and
// for domain-wide delegation sub = the user's e-mail.
struct GoogleKeyFile {
    static constexpr qsizetype MaxFileBytes = 64 * 1024;

    QString clientEmail;
    QString privateKeyId;
    SecretBytes privateKeyPem; // as in the file (clear PKCS#8)
    QString tokenUri;
    QString clientId;  // optional (the numeric OAuth client id)
    QString projectId; // optional

    // Malformed, truncated or incomplete input, or a "type" other than service_account, fails
    // with ErrorKind::BadInput naming the field.
    [[nodiscard]] static Result<GoogleKeyFile> parse(const SecretBytes& json);
};

} // namespace authdeck
