#include "crypto/Certificate.h"

#include "crypto/Base64Url.h"
#include "crypto/OpenSslPtr.h"
#include "crypto/Random.h"

#include <QCoreApplication>
#include <QCryptographicHash>

#include <openssl/pem.h>
#include <openssl/x509.h>

namespace authdeck::crypto {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("authdeck::crypto::Certificate", text);
}

using X509Ptr = OpenSslPtr<X509, X509_free>;

QByteArray sha256(const unsigned char* data, int size)
{
    return QCryptographicHash::hash(QByteArrayView(reinterpret_cast<const char*>(data), size),
                                    QCryptographicHash::Sha256);
}

} // namespace

Result<CertificateInfo> Certificate::fromPem(const QByteArray& pem)
{
    if (pem.size() > MaxPemBytes)
        return fail(ErrorKind::BadInput, tr("The certificate file is larger than 64 KB."));
    if (!pem.contains("-----BEGIN CERTIFICATE-----"))
        return fail(ErrorKind::BadInput,
                    tr("The file holds no PEM certificate (\"BEGIN CERTIFICATE\")."));
    const OpenSslErrorScope errors;
    BioPtr bio(BIO_new_mem_buf(pem.constData(), static_cast<int>(pem.size())));
    X509Ptr cert(bio ? PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr) : nullptr);
    if (!cert)
        return fail(ErrorKind::BadInput, tr("The certificate cannot be read."));
    CertificateInfo info;
    unsigned char* der = nullptr;
    const int derSize = i2d_X509(cert.get(), &der);
    if (derSize <= 0)
        return fail(ErrorKind::BadInput, tr("The certificate cannot be read."));
    info.x5tS256 = QString::fromLatin1(Base64Url::encode(sha256(der, derSize)));
    OPENSSL_free(der);
    EVP_PKEY* pub = X509_get0_pubkey(cert.get());
    unsigned char* spki = nullptr;
    const int spkiSize = pub ? i2d_PUBKEY(pub, &spki) : 0;
    if (spkiSize <= 0)
        return fail(ErrorKind::BadInput, tr("The certificate has no public key AuthDeck reads."));
    info.spkiSha256 = sha256(spki, spkiSize);
    OPENSSL_free(spki);
    BioPtr out(BIO_new(BIO_s_mem()));
    if (out && PEM_write_bio_PUBKEY(out.get(), pub) == 1) {
        char* data = nullptr;
        const long n = BIO_get_mem_data(out.get(), &data);
        info.publicKeyPem = QByteArray(data, static_cast<qsizetype>(n));
    }
    char line[512] = {};
    X509_NAME_oneline(X509_get_subject_name(cert.get()), line, sizeof line);
    info.subject = QString::fromUtf8(line);
    const ASN1_TIME* notAfter = X509_get0_notAfter(cert.get());
    struct tm t = {};
    if (notAfter && ASN1_TIME_to_tm(notAfter, &t) == 1) {
        info.notAfter = QDateTime(QDate(t.tm_year + 1900, t.tm_mon + 1, t.tm_mday),
                                  QTime(t.tm_hour, t.tm_min, t.tm_sec), Qt::UTC);
    }
    return info;
}

Result<QByteArray> Certificate::selfSigned(const RsaKey& key, const QString& commonName, int days)
{
    const OpenSslErrorScope errors;
    Result<SecretBytes> pem = key.toPkcs8Pem();
    if (!pem.ok())
        return pem.error();
    BioPtr in(BIO_new_mem_buf(pem->bytes().constData(), static_cast<int>(pem->size())));
    EvpPkeyPtr pkey(in ? PEM_read_bio_PrivateKey(in.get(), nullptr, nullptr, nullptr) : nullptr);
    X509Ptr cert(X509_new());
    if (!pkey || !cert)
        return fail(ErrorKind::Other, tr("The certificate could not be made."));
    const SecretBytes serial = Random::randomBytes(16);
    BignumPtr bn(
        BN_bin2bn(reinterpret_cast<const unsigned char*>(serial.bytes().constData()), 16, nullptr));
    const QByteArray cn = commonName.toUtf8().left(64);
    X509_NAME* name = X509_get_subject_name(cert.get());
    const bool ok =
        bn && X509_set_version(cert.get(), 2) == 1
        && BN_to_ASN1_INTEGER(bn.get(), X509_get_serialNumber(cert.get())) != nullptr
        && X509_gmtime_adj(X509_getm_notBefore(cert.get()), 0) != nullptr
        && X509_gmtime_adj(X509_getm_notAfter(cert.get()), long(days) * 24 * 3600) != nullptr
        && X509_set_pubkey(cert.get(), pkey.get()) == 1
        && X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_UTF8,
                                      reinterpret_cast<const unsigned char*>(cn.constData()),
                                      static_cast<int>(cn.size()), -1, 0)
               == 1
        && X509_set_issuer_name(cert.get(), name) == 1
        && X509_sign(cert.get(), pkey.get(), EVP_sha256()) > 0;
    if (!ok)
        return fail(ErrorKind::Other, tr("The certificate could not be made."));
    BioPtr out(BIO_new(BIO_s_mem()));
    if (!out || PEM_write_bio_X509(out.get(), cert.get()) != 1)
        return fail(ErrorKind::Other, tr("The certificate could not be written."));
    char* data = nullptr;
    const long n = BIO_get_mem_data(out.get(), &data);
    return QByteArray(data, static_cast<qsizetype>(n));
}

Status Certificate::matchesKey(const CertificateInfo& certificate, const RsaKey& key)
{
    const QByteArray keyDigest = QByteArray::fromBase64(key.fingerprintSha256().base64.toLatin1());
    if (keyDigest.isEmpty() || keyDigest != certificate.spkiSha256)
        return fail(ErrorKind::BadInput,
                    tr("The private key does not match the certificate (%1): they are not one "
                       "key pair.")
                        .arg(certificate.subject));
    return {};
}

OpenedSigningKey openSigningKey(const SecretBytes& keyPem, const SecretBytes& passphrase,
                                const QByteArray& certificatePem)
{
    OpenedSigningKey out;
    Result<RsaKey> key = RsaKey::fromPem(keyPem, passphrase);
    if (!key.ok()) {
        Error e = key.error();
        if (e.kind == ErrorKind::Other)
            e.kind = ErrorKind::BadInput;
        out.pkcs8Pem = e;
        return out;
    }
    out.pkcs8Pem = key->toPkcs8Pem();
    if (certificatePem.isEmpty())
        return out;
    Result<CertificateInfo> cert = Certificate::fromPem(certificatePem);
    if (!cert.ok()) {
        out.certificate = cert.error();
        return out;
    }
    out.certificate = Certificate::matchesKey(*cert, *key);
    if (out.certificate.ok())
        out.thumbprint = cert->x5tS256;
    return out;
}

} // namespace authdeck::crypto
