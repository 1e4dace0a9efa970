#include "TestCertificate.h"

#include <QByteArray>
#include <QHostAddress>
#include <QRandomGenerator>
#include <QStringList>

#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <memory>

namespace authdeck::test {

namespace {
struct PkeyFree {
    void operator()(EVP_PKEY* p) const { EVP_PKEY_free(p); }
};
struct X509Free {
    void operator()(X509* p) const { X509_free(p); }
};
struct ExtFree {
    void operator()(X509_EXTENSION* p) const { X509_EXTENSION_free(p); }
};
struct BioFree {
    void operator()(BIO* p) const { BIO_free(p); }
};

QByteArray drain(BIO* bio)
{
    char* data = nullptr;
    const long size = BIO_get_mem_data(bio, &data);
    return QByteArray(data, size);
}
} // namespace

TestCertificate makeSelfSignedCertificate(const QString& name, long validFromSeconds,
                                          long validUntilSeconds)
{
    std::unique_ptr<EVP_PKEY, PkeyFree> key(EVP_EC_gen("P-256"));
    std::unique_ptr<X509, X509Free> cert(X509_new());
    if (!key || !cert)
        return TestCertificate();
    X509_set_version(cert.get(), 2);
    // Distinct serials: two test certificates with the same issuer and serial confuse caches.
    ASN1_INTEGER_set(X509_get_serialNumber(cert.get()),
                     long(QRandomGenerator::global()->bounded(1, 1 << 30)));
    X509_gmtime_adj(X509_getm_notBefore(cert.get()), validFromSeconds);
    X509_gmtime_adj(X509_getm_notAfter(cert.get()), validUntilSeconds);
    X509_set_pubkey(cert.get(), key.get());
    X509_NAME* subject = X509_get_subject_name(cert.get());
    // "a,b": the first is the subject CN, every one is a subjectAltName.
    const QStringList names = name.split(QLatin1Char(','));
    const QByteArray cn = names.first().toUtf8();
    X509_NAME_add_entry_by_txt(subject, "CN", MBSTRING_ASC,
                               reinterpret_cast<const unsigned char*>(cn.constData()), -1, -1, 0);
    X509_set_issuer_name(cert.get(), subject);
    X509V3_CTX ctx;
    X509V3_set_ctx_nodb(&ctx);
    X509V3_set_ctx(&ctx, cert.get(), cert.get(), nullptr, nullptr, 0);
    QByteArray san;
    for (const QString& n : names)
        san += (san.isEmpty() ? "" : ",") + QByteArray(QHostAddress(n).isNull() ? "DNS:" : "IP:")
               + n.toUtf8();
    std::unique_ptr<X509_EXTENSION, ExtFree> ext(
        X509V3_EXT_conf_nid(nullptr, &ctx, NID_subject_alt_name, san.constData()));
    if (!ext || !X509_add_ext(cert.get(), ext.get(), -1)
        || !X509_sign(cert.get(), key.get(), EVP_sha256()))
        return TestCertificate();

    std::unique_ptr<BIO, BioFree> certPem(BIO_new(BIO_s_mem()));
    std::unique_ptr<BIO, BioFree> keyPem(BIO_new(BIO_s_mem()));
    PEM_write_bio_X509(certPem.get(), cert.get());
    PEM_write_bio_PrivateKey(keyPem.get(), key.get(), nullptr, nullptr, 0, nullptr, nullptr);
    TestCertificate out;
    out.certificate = QSslCertificate(drain(certPem.get()), QSsl::Pem);
    out.key = QSslKey(drain(keyPem.get()), QSsl::Ec, QSsl::Pem);
    return out;
}

} // namespace authdeck::test
