#pragma once

#include "core/Result.h"
#include "crypto/RsaKey.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QJsonObject>
#include <QString>

namespace authdeck::crypto {

// JWS compact serialisation (RFC 7515) with RS256/RS384/RS512: the signed assertions AuthDeck
// sends to Box and Google, and the ones the sandbox checks.
//
//   BASE64URL(header) "." BASE64URL(claims) "." BASE64URL(RSASSA-PKCS1-v1_5(signing input))
//   \_______________ signing input _______/
//
// Parsing is strict (exactly three parts, unpadded base64url, JSON objects, at most 16 KiB) and
// keeps the signing input exactly as received: a signature covers those bytes, not re-serialised
// JSON.
class Jws {
public:
    static constexpr qsizetype MaxTokenBytes = 16 * 1024;

    struct Parts {
        QJsonObject header;
        QJsonObject payload;
        QByteArray signingInput;
        QByteArray signature;
    };

    // Sets "alg" (it must agree if the header already has one) and "typ": "JWT" unless the header
    // sets its own.
    [[nodiscard]] static Result<QByteArray> signCompact(QJsonObject header,
                                                        const QJsonObject& claims,
                                                        const RsaKey& key, const QString& alg);
    [[nodiscard]] static Result<Parts> parseCompact(QByteArrayView token);
    // Checks the signature with the algorithm the header names, which must be RS256, RS384 or
    // RS512 ("none" and HMAC names are refused), and equal expectedAlg when one is given.
    [[nodiscard]] static Status verify(const Parts& parts, const RsaKey& key,
                                       const QString& expectedAlg = {});
};

} // namespace authdeck::crypto
