#pragma once

#include "core/Result.h"
#include "core/SecretBytes.h"

#include <QByteArrayView>
#include <QString>

namespace authdeck::crypto {

// Proof Key for Code Exchange (RFC 7636), S256 only ("plain" would show the verifier to anyone
// who sees the authorization URL).
//
//   AuthDeck                         browser / authorization server
//   verifier = random, kept secret
//   challenge = BASE64URL(SHA256(verifier))
//   ---- authorize?code_challenge=challenge&code_challenge_method=S256 ---->
//   <--------------------------- code ---------------------------------------
//   ---- token: code + code_verifier=verifier ------------------------------->
//                                    server checks SHA256(verifier) == challenge
class Pkce {
public:
    static constexpr int MinLength = 43;
    static constexpr int MaxLength = 128;
    static constexpr int DefaultLength = 64;

    // A fresh verifier of `length` characters from the system generator. The base64url alphabet
    // is a subset of RFC 7636's unreserved set, so every verifier is valid as it stands.
    [[nodiscard]] static Result<SecretBytes> createVerifier(int length = DefaultLength);
    // base64url(SHA-256(verifier)) without padding.
    [[nodiscard]] static QString challengeS256(QByteArrayView verifier);
    // 43 to 128 characters of A-Z a-z 0-9 - . _ ~ (RFC 7636 section 4.1).
    [[nodiscard]] static bool isValidVerifier(QByteArrayView verifier);
};

} // namespace authdeck::crypto
