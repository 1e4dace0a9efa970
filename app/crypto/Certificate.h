#pragma once

#include "core/Result.h"
#include "crypto/RsaKey.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace authdeck::crypto {

// An X.509 certificate in PEM, as an app's credential at Microsoft Entra ID: the assertion that
// authenticates the client names the certificate by its thumbprint (x5t#S256, RFC 7515 section
// 4.1.8: base64url of the SHA-256 of the DER), and the server checks the signature with the
// certificate's public key.
struct CertificateInfo {
    QString x5tS256;       // base64url(SHA-256(DER)), no padding
    QString subject;       // one line, for messages
    QDateTime notAfter;    // UTC
    QByteArray spkiSha256; // SHA-256 of the DER SubjectPublicKeyInfo (raw)
    QByteArray publicKeyPem;
};

class Certificate {
public:
    static constexpr qsizetype MaxPemBytes = 64 * 1024;
    // The first certificate of the PEM text.
    [[nodiscard]] static Result<CertificateInfo> fromPem(const QByteArray& pem);
    // A self-signed certificate (X.509 v3, SHA-256, CN = commonName, valid `days` from now) for
    // the key: what an app's credential at Microsoft Entra ID may be. PEM.
    [[nodiscard]] static Result<QByteArray> selfSigned(const RsaKey& key, const QString& commonName,
                                                       int days);
    // BadInput unless the certificate holds the public half of key.
    [[nodiscard]] static Status matchesKey(const CertificateInfo& certificate, const RsaKey& key);
};

} // namespace authdeck::crypto
