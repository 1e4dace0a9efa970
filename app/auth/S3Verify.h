#pragma once

#include "auth/IdentityCall.h"
#include "core/Result.h"
#include "core/SecretBytes.h"
#include "providers/Provider.h"

#include <QHash>
#include <QUrl>

#include <functional>

namespace authdeck {

class HttpClient;

struct S3Credentials {
    QString accessKeyId;
    SecretBytes secretKey;
    QString region;
    QUrl endpoint; // without a trailing slash
};

// The verification call of an access-key account: the catalog's verify request (S3: GET
// {endpoint}/, ListBuckets) signed with AWS Signature Version 4, its XML answer mapped to an
// Identity. The store's refusals become three plain messages, all ErrorKind::Rejected:
// SignatureDoesNotMatch (the secret key is wrong), InvalidAccessKeyId (no such key) and
// AccessDenied; an unreachable endpoint is ErrorKind::Network.
//
//   S3Verify --GET {endpoint}/ + X-Amz-Date, x-amz-content-sha256, Authorization: AWS4-HMAC-SHA256
//            --> S3 (or an S3-compatible store) <-- ListAllMyBucketsResult | Error{Code,Message}
class S3Verify {
public:
    using Done = std::function<void(Result<Identity>)>;

    static void run(HttpClient& http, const Provider& provider, const S3Credentials& credentials,
                    QObject* context, Done done);

    // The endpoint to use: the given one, else the catalog's default; https, or http to a
    // loopback address only (refused with ErrorKind::Usage, naming http).
    [[nodiscard]] static Result<QUrl> endpointFor(const Provider& provider, const QString& given);

    [[nodiscard]] static Result<Identity> parse(const VerifySpec& spec, int status,
                                                const QByteArray& body, const QString& host,
                                                const QString& accessKeyId);
};

} // namespace authdeck
