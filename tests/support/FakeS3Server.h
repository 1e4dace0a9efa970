#pragma once

#include "net/LocalHttpServer.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace authdeck::test {

// An S3-compatible store played by a test on a loopback server: it checks every request's AWS
// Signature Version 4 (recomputed with crypto::SigV4 from the secret it knows) and answers as S3
// does: ListAllMyBucketsResult for GET /, or an <Error> with SignatureDoesNotMatch,
// InvalidAccessKeyId, AccessDenied, RequestTimeTooSkewed or AuthorizationHeaderMalformed.
class FakeS3Server {
public:
    static constexpr const char* AccessKeyId = "AKIAFAKES3TEST000001";
    static constexpr const char* DeniedKeyId = "AKIAFAKES3DENIED0002"; // valid, but not allowed
    static constexpr const char* Region = "eu-test-1";
    static constexpr const char* OwnerId = "75aa57f09aa0c8caeab4f8c24e99d10f8e7faeebf76c078efc7c6";
    static constexpr const char* OwnerName = "s3-test-owner";
    // Contains "canary" so a test can prove it reached no file or log.
    static const QByteArray SecretKey;

    FakeS3Server();

    [[nodiscard]] QString endpoint() const; // http://127.0.0.1:<port>

    int requests = 0;       // every request that arrived
    int goodSignatures = 0; // requests whose signature checked out
    QStringList answers;    // one S3 code (or "ok") per request

private:
    void handle(const HttpServerRequest& request, const HttpResponder& responder);
    void error(const HttpResponder& responder, int status, const QString& code,
               const QString& message);

    LocalHttpServer m_server;
};

} // namespace authdeck::test
