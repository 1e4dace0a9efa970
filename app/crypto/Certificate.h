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

// A private key opened for signing, the one way every face opens one (the CLI's importers and
// `apps add`, the app editor, the Box setup): decrypted when it is encrypted (that costs its KDF:
// call it through runOffThread), re-encoded as clear PKCS#8 for the keychain, and, when a
// certificate is given, checked to hold its public half.
struct OpenedSigningKey {
    Result<SecretBytes> pkcs8Pem = fail(ErrorKind::Other, {}); // error: the key cannot be used
    Status certificate; // error: the certificate cannot be read or is not the key's pair
    QString thumbprint; // the certificate's x5t#S256; empty without a certificate
    [[nodiscard]] bool ok() const { return pkcs8Pem.ok() && certificate.ok(); }
};
[[nodiscard]] OpenedSigningKey openSigningKey(const SecretBytes& keyPem,
                                              const SecretBytes& passphrase,
                                              const QByteArray& certificatePem = {});

} // namespace authdeck::crypto
