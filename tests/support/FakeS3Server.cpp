#include "FakeS3Server.h"

#include "crypto/SigV4.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QRegularExpression>
#include <QTimeZone>

#include <openssl/crypto.h>

namespace authdeck::test {

const QByteArray FakeS3Server::SecretKey = "s3canarySecretKey/wJalrXUtnFEMI/K7MDENG+bPxRfiCY";

FakeS3Server::FakeS3Server()
{
    m_server.setHandler(
        [this](const HttpServerRequest& r, const HttpResponder& a) { handle(r, a); });
    m_server.listen();
}

QString FakeS3Server::endpoint() const
{
    return m_server.baseUrl().toString();
}

void FakeS3Server::error(const HttpResponder& responder, int status, const QString& code,
                         const QString& message)
{
    answers.append(code);
    const QByteArray body = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Error><Code>"
                            + code.toUtf8() + "</Code><Message>" + message.toUtf8()
                            + "</Message><RequestId>4442587FB7D0A2F9</RequestId></Error>";
    responder.respond(status, {{"Content-Type", "application/xml"}}, body);
}

void FakeS3Server::handle(const HttpServerRequest& request, const HttpResponder& responder)
{
    ++requests;
    const QByteArray auth = request.header("Authorization");
    static const QRegularExpression form(QStringLiteral(
        "^AWS4-HMAC-SHA256 Credential=([^/,]+)/(\\d{8})/([a-z0-9-]+)/([a-z0-9-]+)/aws4_request, "
        "SignedHeaders=([a-z0-9;-]+), Signature=([0-9a-f]{64})$"));
    const QRegularExpressionMatch m = form.match(QString::fromLatin1(auth));
    if (!m.hasMatch()) {
        error(responder, 403, QStringLiteral("AccessDenied"),
              QStringLiteral("Anonymous users cannot list buckets"));
        return;
    }
    const QString keyId = m.captured(1);
    const QString region = m.captured(3);
    if (keyId != QLatin1String(AccessKeyId) && keyId != QLatin1String(DeniedKeyId)) {
        error(responder, 403, QStringLiteral("InvalidAccessKeyId"),
              QStringLiteral("The AWS Access Key Id you provided does not exist in our records."));
        return;
    }
    if (region != QLatin1String(Region) || m.captured(4) != QLatin1String("s3")) {
        error(responder, 400, QStringLiteral("AuthorizationHeaderMalformed"),
              QStringLiteral("The authorization header is malformed; the region '%1' is wrong; "
                             "expecting '%2'")
                  .arg(region, QLatin1String(Region)));
        return;
    }
    const QByteArray amzDate = request.header("x-amz-date");
    QDateTime time =
        QDateTime::fromString(QString::fromLatin1(amzDate), QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
    time.setTimeSpec(Qt::UTC);
    if (!time.isValid() || amzDate.left(8) != m.captured(2).toLatin1()
        || std::abs(time.secsTo(QDateTime::currentDateTimeUtc())) > 15 * 60) {
        error(responder, 403, QStringLiteral("RequestTimeTooSkewed"),
              QStringLiteral("The difference between the request time and the current time is "
                             "too large."));
        return;
    }
    const QByteArray payloadHash = request.header("x-amz-content-sha256");
    if (payloadHash != QCryptographicHash::hash(request.body, QCryptographicHash::Sha256).toHex()) {
        error(responder, 400, QStringLiteral("XAmzContentSHA256Mismatch"),
              QStringLiteral("The provided 'x-amz-content-sha256' header does not match what "
                             "was computed."));
        return;
    }

    // Recompute the signature over the headers the client says it signed.
    const QStringList signedNames = m.captured(5).split(QLatin1Char(';'));
    crypto::SigV4::Request toSign;
    toSign.method = request.method;
    toSign.url = QUrl(QStringLiteral("http://") + QString::fromLatin1(request.header("Host"))
                          + QString::fromLatin1(request.target),
                      QUrl::StrictMode);
    toSign.payloadHash = payloadHash;
    toSign.addContentSha256 = signedNames.contains(QStringLiteral("x-amz-content-sha256"));
    for (const QString& name : signedNames) {
        if (name == QLatin1String("x-amz-date") || name == QLatin1String("x-amz-content-sha256"))
            continue;
        toSign.headers.append({name.toLatin1(), request.header(name.toLatin1())});
    }
    const crypto::SigV4::Credentials creds{keyId, SecretBytes(SecretKey), region,
                                           QStringLiteral("s3")};
    Result<crypto::SigV4::Signed> expected = crypto::SigV4::sign(toSign, creds, time);
    const QByteArray given = m.captured(6).toLatin1();
    const bool same =
        expected.ok() && expected->signature.size() == given.size()
        && CRYPTO_memcmp(expected->signature.constData(), given.constData(), size_t(given.size()))
               == 0
        && expected->authorization == auth;
    if (!same) {
        error(responder, 403, QStringLiteral("SignatureDoesNotMatch"),
              QStringLiteral("The request signature we calculated does not match the signature "
                             "you provided. Check your key and signing method."));
        return;
    }
    ++goodSignatures;
    if (keyId == QLatin1String(DeniedKeyId)) {
        error(responder, 403, QStringLiteral("AccessDenied"), QStringLiteral("Access Denied"));
        return;
    }
    if (request.method != "GET" || request.path != QLatin1String("/")) {
        error(responder, 404, QStringLiteral("NoSuchBucket"),
              QStringLiteral("The specified bucket does not exist"));
        return;
    }
    answers.append(QStringLiteral("ok"));
    const QByteArray body =
        QByteArray("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                   "<ListAllMyBucketsResult xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\">"
                   "<Owner><ID>")
        + OwnerId + "</ID><DisplayName>" + OwnerName
        + "</DisplayName></Owner><Buckets><Bucket><Name>reports</Name>"
          "<CreationDate>2026-01-02T03:04:05.000Z</CreationDate></Bucket></Buckets>"
          "</ListAllMyBucketsResult>";
    responder.respond(200, {{"Content-Type", "application/xml"}}, body);
}

} // namespace authdeck::test
