#pragma once

#include "core/Result.h"
#include "core/SecretBytes.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>

namespace authdeck::crypto {

// AWS Signature Version 4 for S3 and S3-compatible stores (header form, not presigned URLs).
//
//   canonical request = METHOD \n path \n sorted query \n headers \n signed header names \n payload
//   hash string to sign    = "AWS4-HMAC-SHA256" \n x-amz-date \n date/region/service/aws4_request
//   \n hex(SHA256(canonical request)) signing key       = HMAC(HMAC(HMAC(HMAC("AWS4" + secret,
//   date), region), service), "aws4_request") Authorization     = AWS4-HMAC-SHA256 Credential=<key
//   id>/<scope>, SignedHeaders=<names>, Signature=hex(HMAC(signing key, string to sign))
//
// The path is encoded once and not normalised: S3's rule (other AWS services encode twice).
class SigV4 {
public:
    using Header = QPair<QByteArray, QByteArray>;

    struct Request {
        QByteArray method;
        QUrl url;
        // Headers to sign, as they will be sent. Host is taken from the URL when absent.
        QList<Header> headers;
        QByteArray payload;
        // Hex SHA-256 of the payload or "UNSIGNED-PAYLOAD"; computed from payload when empty.
        QByteArray payloadHash;
        // S3 requires x-amz-content-sha256; the generic AWS test suite signs without it.
        bool addContentSha256 = true;
    };

    struct Credentials {
        QString accessKeyId;
        SecretBytes secretAccessKey;
        QString region;  // e.g. us-east-1
        QString service; // s3
    };

    struct Signed {
        QByteArray canonicalRequest;
        QByteArray stringToSign;
        SecretBytes signingKey;
        QByteArray signature;     // lower-case hex
        QByteArray authorization; // the Authorization header's value
        // To add to the request as they are: X-Amz-Date, x-amz-content-sha256 (when asked for)
        // and Authorization.
        QList<Header> headers;
    };

    [[nodiscard]] static Result<Signed> sign(const Request& request, const Credentials& credentials,
                                             const QDateTime& time);
};

} // namespace authdeck::crypto
