#include "crypto/RsaKey.h"

#include "crypto/Base64Url.h"

#include <QCoreApplication>
#include <QCryptographicHash>

#include <openssl/asn1.h>
#include <openssl/core_names.h>
#include <openssl/objects.h>
#include <openssl/pem.h>
#include <openssl/rsa.h>

#include <algorithm>
#include <cstring>
#include <iterator>
#include <optional>
#include <vector>

namespace authdeck::crypto {

namespace {

struct Algorithm {
    const char* jwsName;
    const char* digest;
    bool pss; // RSASSA-PSS (RFC 7518 section 3.5): MGF1 with the same hash, salt = hash length
};
constexpr Algorithm Algorithms[] = {{"RS256", "SHA256", false},
                                    {"RS384", "SHA384", false},
                                    {"RS512", "SHA512", false},
                                    {"PS256", "SHA256", true}};

const char* digestFor(const QString& alg)
{
    for (const Algorithm& a : Algorithms) {
        if (alg == QLatin1String(a.jwsName))
            return a.digest;
    }
    return nullptr;
}

bool isPss(const QString& alg)
{
    for (const Algorithm& a : Algorithms) {
        if (alg == QLatin1String(a.jwsName))
            return a.pss;
    }
    return false;
}

// PS256 and friends: PSS padding, MGF1 with the message digest, a salt as long as the digest.
bool setPss(EVP_PKEY_CTX* pctx, const QString& alg)
{
    if (!isPss(alg))
        return true;
    return pctx && EVP_PKEY_CTX_set_rsa_padding(pctx, RSA_PKCS1_PSS_PADDING) == 1
           && EVP_PKEY_CTX_set_rsa_pss_saltlen(pctx, RSA_PSS_SALTLEN_DIGEST) == 1;
}

// Called by OpenSSL between prime candidates; returning 0 abandons the generation.
int keygenProgress(EVP_PKEY_CTX* ctx)
{
    const auto* cancel = static_cast<const std::atomic_bool*>(EVP_PKEY_CTX_get_app_data(ctx));
    return cancel && cancel->load(std::memory_order_relaxed) ? 0 : 1;
}

// Hands the caller's passphrase to OpenSSL instead of its default, which would prompt on the
// terminal. Records that it was asked, which is how we know the key was encrypted.
struct PassphraseRequest {
    const SecretBytes* passphrase = nullptr;
    bool asked = false;
};

int passphraseCallback(char* buffer, int size, int /*writing*/, void* userData)
{
    auto* request = static_cast<PassphraseRequest*>(userData);
    request->asked = true;
    const SecretBytes& passphrase = *request->passphrase;
    if (passphrase.isEmpty() || passphrase.size() > size)
        return -1;
    std::memcpy(buffer, passphrase.constData(), static_cast<size_t>(passphrase.size()));
    return static_cast<int>(passphrase.size());
}

bool hasPrivateExponent(EVP_PKEY* key)
{
    BIGNUM* d = nullptr;
    const bool found = EVP_PKEY_get_bn_param(key, OSSL_PKEY_PARAM_RSA_D, &d) == 1;
    BignumPtr owned(d);
    return found;
}

QByteArray bigEndianParam(EVP_PKEY* key, const char* name)
{
    BIGNUM* raw = nullptr;
    if (EVP_PKEY_get_bn_param(key, name, &raw) != 1)
        return {};
    BignumPtr bn(raw);
    QByteArray out(BN_num_bytes(bn.get()), Qt::Uninitialized);
    BN_bn2bin(bn.get(), bytePtr(out));
    return out;
}

Error tooLarge()
{
    return fail(ErrorKind::BadInput, QCoreApplication::translate(
                                         "authdeck::crypto::RsaKey",
                                         "The key text is larger than 64 KB; it is not a PEM key"));
}

// One block of PEM text as PEM_read_bio_ex hands it out (from the secure heap: the body may be a
// clear key).
struct PemBlock {
    char* name = nullptr;
    char* header = nullptr;
    unsigned char* data = nullptr;
    long size = 0;

    PemBlock() = default;
    PemBlock(const PemBlock&) = delete;
    PemBlock& operator=(const PemBlock&) = delete;
    ~PemBlock()
    {
        OPENSSL_secure_free(name);
        OPENSSL_secure_free(header);
        OPENSSL_secure_clear_free(data, static_cast<size_t>(std::max(0L, size)));
    }
};

// The parameters of the schemes OpenSSL derives a key with, read with its own ASN.1 types
// (RFC 8018 appendix A), as its decoder will read them.
template <typename T, auto FreeFn>
OpenSslPtr<T, FreeFn> unpackParameter(const X509_ALGOR* algorithm, const ASN1_ITEM* item)
{
    int type = V_ASN1_UNDEF;
    const void* value = nullptr;
    X509_ALGOR_get0(nullptr, &type, &value, algorithm);
    if (type != V_ASN1_SEQUENCE || !value)
        return nullptr;
    return OpenSslPtr<T, FreeFn>(
        static_cast<T*>(ASN1_item_unpack(static_cast<const ASN1_STRING*>(value), item)));
}

int algorithmNid(const X509_ALGOR* algorithm)
{
    const ASN1_OBJECT* oid = nullptr;
    X509_ALGOR_get0(&oid, nullptr, nullptr, algorithm);
    return oid ? OBJ_obj2nid(oid) : NID_undef;
}

// A DER INTEGER as a count; nullopt for a negative one or one beyond 64 bits.
std::optional<quint64> count(const ASN1_INTEGER* value)
{
    uint64_t out = 0;
    if (!value || ASN1_INTEGER_get_uint64(&out, value) != 1)
        return std::nullopt;
    return quint64(out);
}

Error costRefused(const QString& why)
{
    return fail(ErrorKind::BadInput,
                QCoreApplication::translate(
                    "authdeck::crypto::RsaKey",
                    "%1; AuthDeck refuses such a key before spending that work. Encrypt the key "
                    "again with a lower cost (for example openssl pkcs8 -topk8 -v2 aes-256-cbc "
                    "-iter 600000)")
                    .arg(why));
}

// kdf names the derivation in the message: PBKDF2, PKCS#12 or PKCS#5 v1.5.
Status checkIterations(const ASN1_INTEGER* iterations, const char* kdf)
{
    const std::optional<quint64> n = count(iterations);
    if (!n || *n > RsaKey::MaxPbkdf2Iterations) {
        return costRefused(QCoreApplication::translate(
                               "authdeck::crypto::RsaKey",
                               "The private key's encryption asks for %1 %2 iterations, more than "
                               "the %3 AuthDeck accepts")
                               .arg(n ? QString::number(*n)
                                      : QCoreApplication::translate("authdeck::crypto::RsaKey",
                                                                    "a negative or huge number of"),
                                    QLatin1String(kdf))
                               .arg(RsaKey::MaxPbkdf2Iterations));
    }
    return {};
}

Status checkScrypt(const SCRYPT_PARAMS& params)
{
    const std::optional<quint64> n = count(params.costParameter);
    const std::optional<quint64> r = count(params.blockSize);
    const std::optional<quint64> p = count(params.parallelizationParameter);
    const auto number = [](const std::optional<quint64>& v) {
        return v ? QString::number(*v) : QStringLiteral("?");
    };
    // What OpenSSL's scrypt allocates (a table of N + 2 blocks and p more, 128 * r bytes each),
    // computed only once every factor is small enough not to overflow.
    const bool small =
        n && r && p && *n <= (quint64(1) << 32) && *r <= 1024 && *p <= RsaKey::MaxScryptKeyFileP;
    const bool fits = small && *n >= 2 && *r >= 1 && *p >= 1
                      && quint64(128) * *r * (*n + 2 + *p) <= RsaKey::MaxScryptKeyFileBytes;
    if (!fits) {
        return costRefused(QCoreApplication::translate(
                               "authdeck::crypto::RsaKey",
                               "The private key's encryption asks for scrypt with N = %1, r = %2, "
                               "p = %3, more than the %4 MiB and p = %5 AuthDeck accepts")
                               .arg(number(n), number(r), number(p))
                               .arg(RsaKey::MaxScryptKeyFileBytes / (1024 * 1024))
                               .arg(RsaKey::MaxScryptKeyFileP));
    }
    return {};
}

// PBES2 with PBKDF2 or scrypt, and the PKCS#5 v1.5 and PKCS#12 schemes (one iteration count
// each): the schemes OpenSSL derives keys with. Others it cannot decrypt, so they cost nothing.
Status checkScheme(const X509_ALGOR* scheme)
{
    static constexpr int Pkcs5v15[] = {
        NID_pbeWithMD2AndDES_CBC, NID_pbeWithMD5AndDES_CBC,  NID_pbeWithMD2AndRC2_CBC,
        NID_pbeWithMD5AndRC2_CBC, NID_pbeWithSHA1AndDES_CBC, NID_pbeWithSHA1AndRC2_CBC,
    };
    static constexpr int Pkcs12[] = {
        NID_pbe_WithSHA1And128BitRC4,           NID_pbe_WithSHA1And40BitRC4,
        NID_pbe_WithSHA1And3_Key_TripleDES_CBC, NID_pbe_WithSHA1And2_Key_TripleDES_CBC,
        NID_pbe_WithSHA1And128BitRC2_CBC,       NID_pbe_WithSHA1And40BitRC2_CBC,
    };
    const int nid = algorithmNid(scheme);
    const auto among = [nid](const auto& list) {
        return std::find(std::begin(list), std::end(list), nid) != std::end(list);
    };
    if (among(Pkcs5v15) || among(Pkcs12)) {
        const auto params =
            unpackParameter<PBEPARAM, PBEPARAM_free>(scheme, ASN1_ITEM_rptr(PBEPARAM));
        return params ? checkIterations(params->iter, among(Pkcs12) ? "PKCS#12" : "PKCS#5 v1.5")
                      : Status();
    }
    if (nid != NID_pbes2)
        return {};
    const auto pbes2 =
        unpackParameter<PBE2PARAM, PBE2PARAM_free>(scheme, ASN1_ITEM_rptr(PBE2PARAM));
    if (!pbes2 || !pbes2->keyfunc)
        return {};
    switch (algorithmNid(pbes2->keyfunc)) {
    case NID_id_pbkdf2: {
        const auto kdf = unpackParameter<PBKDF2PARAM, PBKDF2PARAM_free>(
            pbes2->keyfunc, ASN1_ITEM_rptr(PBKDF2PARAM));
        return kdf ? checkIterations(kdf->iter, "PBKDF2") : Status();
    }
    case NID_id_scrypt: {
        const auto kdf = unpackParameter<SCRYPT_PARAMS, SCRYPT_PARAMS_free>(
            pbes2->keyfunc, ASN1_ITEM_rptr(SCRYPT_PARAMS));
        return kdf ? checkScrypt(*kdf) : Status();
    }
    default:
        return {};
    }
}

} // namespace

Status RsaKey::checkEncryptionCost(const SecretBytes& pem)
{
    const OpenSslErrorScope errors;
    if (pem.size() > MaxPemBytes)
        return tooLarge();
    // Every block, not just the first: OpenSSL's reader skips blocks it cannot use (a
    // certificate, a damaged key) and decrypts the next "ENCRYPTED PRIVATE KEY". It stops where
    // the PEM syntax breaks, and so does this loop.
    BioPtr bio = readBio(pem.bytes());
    while (bio) {
        PemBlock block;
        if (PEM_read_bio_ex(bio.get(), &block.name, &block.header, &block.data, &block.size,
                            PEM_FLAG_SECURE | PEM_FLAG_EAY_COMPATIBLE)
            != 1)
            break;
        if (std::strcmp(block.name, PEM_STRING_PKCS8) != 0)
            continue;
        // OpenSSL would first undo legacy encryption around it (cheap) and then derive the
        // PKCS#8 key from parameters that cannot be read beforehand. No tool writes such a file.
        if (block.header && *block.header)
            return fail(ErrorKind::BadInput,
                        QCoreApplication::translate(
                            "authdeck::crypto::RsaKey",
                            "The private key is encrypted twice (PKCS#8 inside legacy PEM "
                            "encryption); AuthDeck does not read such keys"));
        const unsigned char* p = block.data;
        const X509SigPtr sig(d2i_X509_SIG(nullptr, &p, block.size));
        if (!sig)
            continue; // OpenSSL cannot read it either, so derives nothing from it
        const X509_ALGOR* scheme = nullptr;
        X509_SIG_get0(sig.get(), &scheme, nullptr);
        if (Status s = checkScheme(scheme); !s.ok())
            return s;
    }
    return {};
}

RsaKey::RsaKey(EvpPkeyPtr key, bool hasPrivate)
    : m_key(std::move(key))
    , m_hasPrivate(hasPrivate)
{}

RsaKey::RsaKey(const RsaKey& other)
    : m_hasPrivate(other.m_hasPrivate)
{
    // The key is never modified after it is made, so copies can share it.
    if (other.m_key && EVP_PKEY_up_ref(other.m_key.get()) == 1)
        m_key.reset(other.m_key.get());
}

RsaKey& RsaKey::operator=(const RsaKey& other)
{
    if (this != &other)
        *this = RsaKey(other);
    return *this;
}

Result<RsaKey> RsaKey::accept(EvpPkeyPtr key, bool hasPrivate)
{
    if (!EVP_PKEY_is_a(key.get(), "RSA")) {
        if (EVP_PKEY_is_a(key.get(), "EC"))
            return fail(
                ErrorKind::BadInput,
                QCoreApplication::translate("authdeck::crypto::RsaKey",
                                            "The key is an EC key; AuthDeck needs an RSA key"));
        const char* name = EVP_PKEY_get0_type_name(key.get());
        return fail(ErrorKind::BadInput,
                    QCoreApplication::translate("authdeck::crypto::RsaKey",
                                                "The key is of type %1; AuthDeck needs an RSA key")
                        .arg(QString::fromLatin1(name ? name : "unknown")));
    }
    const int bits = EVP_PKEY_get_bits(key.get());
    if (bits < MinBits)
        return fail(ErrorKind::BadInput,
                    QCoreApplication::translate(
                        "authdeck::crypto::RsaKey",
                        "The key has %1 bits; AuthDeck needs an RSA key of at least %2 bits")
                        .arg(bits)
                        .arg(MinBits));
    if (bits > MaxBits)
        return fail(ErrorKind::BadInput,
                    QCoreApplication::translate(
                        "authdeck::crypto::RsaKey",
                        "The key has %1 bits; AuthDeck handles RSA keys of up to %2 bits")
                        .arg(bits)
                        .arg(MaxBits));
    if (hasPrivate) {
        if (!hasPrivateExponent(key.get()))
            return fail(ErrorKind::BadInput,
                        QCoreApplication::translate(
                            "authdeck::crypto::RsaKey",
                            "This is a public key; AuthDeck needs the private key"));
    }
    RsaKey accepted(std::move(key), hasPrivate);
    if (hasPrivate) {
        // A damaged file can still parse (a changed byte inside a number is valid DER). Its
        // signatures would then fail at the provider with nothing to say why. A signature that
        // verifies with the key's own public half is the property that matters, and costs about
        // a millisecond; EVP_PKEY_pairwise_check also proves p and q prime (about 50 ms), and
        // every token mint of the CLI loads the key afresh (tests/bench/README.md).
        static const QByteArray probe("AuthDeck pairwise consistency check");
        const QString alg = QStringLiteral("RS256");
        const Result<QByteArray> signature = accepted.sign(alg, probe);
        if (!signature.ok() || !accepted.verify(alg, probe, *signature).ok())
            return fail(ErrorKind::BadInput,
                        QCoreApplication::translate(
                            "authdeck::crypto::RsaKey",
                            "The private key is damaged: its numbers do not belong together"));
    }
    return accepted;
}

Result<RsaKey> RsaKey::generate(int bits, const std::atomic_bool* cancel)
{
    const OpenSslErrorScope errors;
    if (!isAllowedBits(bits))
        return fail(ErrorKind::Usage,
                    QCoreApplication::translate(
                        "authdeck::crypto::RsaKey",
                        "AuthDeck makes RSA keys of 2048, 3072 or 4096 bits, not %1")
                        .arg(bits));
    const auto cancelled = [cancel] { return cancel && cancel->load(); };
    if (cancelled())
        return fail(ErrorKind::Cancelled,
                    QCoreApplication::translate("authdeck::crypto::RsaKey",
                                                "Key generation was cancelled"));

    EvpPkeyCtxPtr ctx(EVP_PKEY_CTX_new_from_name(nullptr, "RSA", nullptr));
    if (!ctx || EVP_PKEY_keygen_init(ctx.get()) != 1
        || EVP_PKEY_CTX_set_rsa_keygen_bits(ctx.get(), bits) != 1)
        return fail(ErrorKind::Other,
                    QCoreApplication::translate("authdeck::crypto::RsaKey",
                                                "Could not start RSA key generation"));
    if (cancel) {
        // OpenSSL only passes the pointer back to keygenProgress, which reads it.
        EVP_PKEY_CTX_set_app_data(ctx.get(), const_cast<std::atomic_bool*>(cancel));
        EVP_PKEY_CTX_set_cb(ctx.get(), keygenProgress);
    }
    EVP_PKEY* raw = nullptr;
    const int generated = EVP_PKEY_generate(ctx.get(), &raw);
    EvpPkeyPtr key(raw);
    if (generated != 1 || !key) {
        if (cancelled())
            return fail(ErrorKind::Cancelled,
                        QCoreApplication::translate("authdeck::crypto::RsaKey",
                                                    "Key generation was cancelled"));
        return fail(ErrorKind::Other, QCoreApplication::translate("authdeck::crypto::RsaKey",
                                                                  "RSA key generation failed"));
    }
    return RsaKey(std::move(key), true);
}

Result<RsaKey> RsaKey::fromPem(const SecretBytes& pem, const SecretBytes& passphrase)
{
    const OpenSslErrorScope errors;
    if (pem.size() > MaxPemBytes)
        return tooLarge();
    if (pem.isEmpty())
        return fail(ErrorKind::BadInput, QCoreApplication::translate("authdeck::crypto::RsaKey",
                                                                     "The private key is empty"));
    if (Status s = checkEncryptionCost(pem); !s.ok())
        return s.error();

    BioPtr bio = readBio(pem.bytes());
    PassphraseRequest request{&passphrase, false};
    EvpPkeyPtr key(bio ? PEM_read_bio_PrivateKey_ex(bio.get(), nullptr, passphraseCallback,
                                                    &request, nullptr, nullptr)
                       : nullptr);
    if (!key) {
        if (request.asked && passphrase.isEmpty())
            return fail(
                ErrorKind::BadInput,
                QCoreApplication::translate("authdeck::crypto::RsaKey",
                                            "The private key is encrypted; enter its passphrase"));
        if (request.asked)
            return fail(ErrorKind::BadInput, QCoreApplication::translate(
                                                 "authdeck::crypto::RsaKey",
                                                 "The passphrase does not unlock the private key"));
        const QByteArray& text = pem.bytes();
        if (text.contains("PUBLIC KEY-----") && !text.contains("PRIVATE KEY-----"))
            return fail(ErrorKind::BadInput,
                        QCoreApplication::translate(
                            "authdeck::crypto::RsaKey",
                            "This is a public key; AuthDeck needs the private key"));
        if (!text.contains("-----BEGIN "))
            return fail(ErrorKind::BadInput,
                        QCoreApplication::translate("authdeck::crypto::RsaKey",
                                                    "The text is not a PEM private key"));
        return fail(ErrorKind::BadInput,
                    QCoreApplication::translate(
                        "authdeck::crypto::RsaKey",
                        "The private key could not be read; the PEM text is damaged or of an "
                        "unknown kind"));
    }
    return accept(std::move(key), true);
}

Result<RsaKey> RsaKey::fromPublicPem(const QByteArray& pem)
{
    const OpenSslErrorScope errors;
    if (pem.size() > MaxPemBytes)
        return tooLarge();
    // A private key would decode too (its public half), but whoever pasted it here is about to
    // hand a secret to someone who should only see the public key.
    if (pem.contains("PRIVATE KEY-----"))
        return fail(ErrorKind::BadInput,
                    QCoreApplication::translate("authdeck::crypto::RsaKey",
                                                "This is a private key; give the public key only"));

    EVP_PKEY* raw = nullptr;
    DecoderCtxPtr decoder(OSSL_DECODER_CTX_new_for_pkey(&raw, "PEM", nullptr, nullptr,
                                                        EVP_PKEY_PUBLIC_KEY, nullptr, nullptr));
    BioPtr bio = readBio(pem);
    const bool decoded = decoder && bio && OSSL_DECODER_from_bio(decoder.get(), bio.get()) == 1;
    EvpPkeyPtr key(raw);
    if (!decoded || !key)
        return fail(ErrorKind::BadInput,
                    QCoreApplication::translate("authdeck::crypto::RsaKey",
                                                "The text is not a PEM public key"));
    return accept(std::move(key), false);
}

Result<RsaKey> RsaKey::fromJwk(const QJsonObject& jwk)
{
    const OpenSslErrorScope errors;
    if (jwk.value(QLatin1String("kty")).toString() != QLatin1String("RSA"))
        return fail(ErrorKind::BadInput, QCoreApplication::translate("authdeck::crypto::RsaKey",
                                                                     "The JWK is not an RSA key"));

    struct Component {
        const char* jwkName;
        const char* paramName;
    };
    static constexpr Component Public[] = {{"n", OSSL_PKEY_PARAM_RSA_N},
                                           {"e", OSSL_PKEY_PARAM_RSA_E}};
    static constexpr Component Private[] = {
        {"d", OSSL_PKEY_PARAM_RSA_D},          {"p", OSSL_PKEY_PARAM_RSA_FACTOR1},
        {"q", OSSL_PKEY_PARAM_RSA_FACTOR2},    {"dp", OSSL_PKEY_PARAM_RSA_EXPONENT1},
        {"dq", OSSL_PKEY_PARAM_RSA_EXPONENT2}, {"qi", OSSL_PKEY_PARAM_RSA_COEFFICIENT1}};
    const bool isPrivate = jwk.contains(QLatin1String("d"));

    ParamBuildPtr build(OSSL_PARAM_BLD_new());
    if (!build)
        return fail(ErrorKind::Other, QCoreApplication::translate("authdeck::crypto::RsaKey",
                                                                  "Could not read the JWK"));
    // The builder refers to the numbers until to_param() copies them, so they live out here.
    std::vector<BignumPtr> numbers;
    const auto push = [&](const Component& c, bool secret) -> Status {
        const QString name = QLatin1String(c.jwkName);
        Result<QByteArray> bytes = Base64Url::decode(jwk.value(name).toString().toLatin1());
        if (!bytes || bytes->isEmpty())
            return fail(
                ErrorKind::BadInput,
                QCoreApplication::translate("authdeck::crypto::RsaKey",
                                            "The JWK's \"%1\" value is missing or not base64url")
                    .arg(name));
        const SecretBytes value(std::move(*bytes));
        BignumPtr bn(secret ? BN_secure_new() : BN_new());
        if (!bn || !BN_bin2bn(bytePtr(value.bytes()), static_cast<int>(value.size()), bn.get())
            || OSSL_PARAM_BLD_push_BN(build.get(), c.paramName, bn.get()) != 1)
            return fail(ErrorKind::Other, QCoreApplication::translate("authdeck::crypto::RsaKey",
                                                                      "Could not read the JWK"));
        numbers.push_back(std::move(bn));
        return {};
    };
    for (const Component& c : Public) {
        if (Status s = push(c, false); !s)
            return s.error();
    }
    if (isPrivate) {
        for (const Component& c : Private) {
            if (Status s = push(c, true); !s)
                return s.error();
        }
    }

    ParamsPtr params(OSSL_PARAM_BLD_to_param(build.get()));
    EvpPkeyCtxPtr ctx(EVP_PKEY_CTX_new_from_name(nullptr, "RSA", nullptr));
    EVP_PKEY* raw = nullptr;
    const bool made =
        params && ctx && EVP_PKEY_fromdata_init(ctx.get()) == 1
        && EVP_PKEY_fromdata(ctx.get(), &raw, isPrivate ? EVP_PKEY_KEYPAIR : EVP_PKEY_PUBLIC_KEY,
                             params.get())
               == 1;
    EvpPkeyPtr key(raw);
    if (!made || !key)
        return fail(ErrorKind::BadInput,
                    QCoreApplication::translate("authdeck::crypto::RsaKey",
                                                "The JWK does not describe a usable RSA key"));
    return accept(std::move(key), isPrivate);
}

int RsaKey::bits() const
{
    return m_key ? EVP_PKEY_get_bits(m_key.get()) : 0;
}

QByteArray RsaKey::publicKeyPem() const
{
    const OpenSslErrorScope errors;
    BioPtr bio(BIO_new(BIO_s_mem()));
    if (!m_key || !bio || PEM_write_bio_PUBKEY(bio.get(), m_key.get()) != 1)
        return {};
    return bioContents(bio.get());
}

RsaKey::Fingerprint RsaKey::fingerprintSha256() const
{
    const OpenSslErrorScope errors;
    unsigned char* der = nullptr;
    const int size = m_key ? i2d_PUBKEY(m_key.get(), &der) : 0;
    if (size <= 0)
        return {};
    const QByteArray digest =
        QCryptographicHash::hash(QByteArrayView(der, size), QCryptographicHash::Sha256);
    OPENSSL_free(der);
    return {QString::fromLatin1(digest.toHex(':').toUpper()),
            QString::fromLatin1(digest.toBase64())};
}

QJsonObject RsaKey::publicJwk() const
{
    const OpenSslErrorScope errors;
    if (!m_key)
        return {};
    return {{QStringLiteral("kty"), QStringLiteral("RSA")},
            {QStringLiteral("n"), QString::fromLatin1(Base64Url::encode(
                                      bigEndianParam(m_key.get(), OSSL_PKEY_PARAM_RSA_N)))},
            {QStringLiteral("e"), QString::fromLatin1(Base64Url::encode(
                                      bigEndianParam(m_key.get(), OSSL_PKEY_PARAM_RSA_E)))}};
}

Result<QByteArray> RsaKey::toEncryptedPkcs8Pem(const SecretBytes& passphrase, int iterations) const
{
    const OpenSslErrorScope errors;
    if (!m_key || !m_hasPrivate)
        return fail(ErrorKind::Usage, QCoreApplication::translate(
                                          "authdeck::crypto::RsaKey",
                                          "This is a public key; there is no private key to save"));
    if (passphrase.isEmpty())
        return fail(ErrorKind::BadInput,
                    QCoreApplication::translate("authdeck::crypto::RsaKey",
                                                "An encrypted private key needs a passphrase"));
    if (iterations < MinPbkdf2Iterations)
        return fail(ErrorKind::Usage,
                    QCoreApplication::translate("authdeck::crypto::RsaKey",
                                                "The key file needs at least %1 PBKDF2 iterations")
                        .arg(MinPbkdf2Iterations));

    // PEM_write_bio_PKCS8PrivateKey would pick 2,048 PBKDF2 iterations; build the PBES2
    // parameters ourselves to choose the count. A null salt and IV make OpenSSL draw random ones.
    constexpr int SaltBytes = 16;
    X509AlgorPtr pbe(PKCS5_pbe2_set_iv_ex(EVP_aes_256_cbc(), iterations, nullptr, SaltBytes,
                                          nullptr, NID_hmacWithSHA256, nullptr));
    Pkcs8InfoPtr info(EVP_PKEY2PKCS8(m_key.get()));
    if (!pbe || !info)
        return fail(ErrorKind::Other,
                    QCoreApplication::translate("authdeck::crypto::RsaKey",
                                                "Could not encrypt the private key"));
    X509SigPtr encrypted(PKCS8_set0_pbe(passphrase.constData(), static_cast<int>(passphrase.size()),
                                        info.get(), pbe.get()));
    if (!encrypted)
        return fail(ErrorKind::Other,
                    QCoreApplication::translate("authdeck::crypto::RsaKey",
                                                "Could not encrypt the private key"));
    pbe.release(); // owned by `encrypted` from here on

    BioPtr bio(BIO_new(BIO_s_mem()));
    if (!bio || PEM_write_bio_PKCS8(bio.get(), encrypted.get()) != 1)
        return fail(ErrorKind::Other,
                    QCoreApplication::translate("authdeck::crypto::RsaKey",
                                                "Could not encrypt the private key"));
    return bioContents(bio.get());
}

Result<SecretBytes> RsaKey::toPkcs8Pem() const
{
    const OpenSslErrorScope errors;
    if (!m_key || !m_hasPrivate)
        return fail(ErrorKind::Usage, QCoreApplication::translate(
                                          "authdeck::crypto::RsaKey",
                                          "This is a public key; there is no private key to save"));
    BioPtr bio(BIO_new(BIO_s_mem()));
    if (!bio
        || PEM_write_bio_PrivateKey(bio.get(), m_key.get(), nullptr, nullptr, 0, nullptr, nullptr)
               != 1)
        return fail(ErrorKind::Other,
                    QCoreApplication::translate("authdeck::crypto::RsaKey",
                                                "Could not write the private key"));
    return SecretBytes(bioContents(bio.get()));
}

QStringList RsaKey::signatureAlgorithms()
{
    QStringList names;
    for (const Algorithm& a : Algorithms)
        names.append(QLatin1String(a.jwsName));
    return names;
}

Result<QByteArray> RsaKey::sign(const QString& alg, const QByteArray& data) const
{
    const OpenSslErrorScope errors;
    const char* digest = digestFor(alg);
    if (!digest)
        return fail(ErrorKind::Usage,
                    QCoreApplication::translate(
                        "authdeck::crypto::RsaKey",
                        "AuthDeck signs with RS256, RS384, RS512 or PS256, not \"%1\"")
                        .arg(alg));
    if (!m_key || !m_hasPrivate)
        return fail(ErrorKind::Usage,
                    QCoreApplication::translate("authdeck::crypto::RsaKey",
                                                "This is a public key; it cannot sign"));

    // RSA signing in OpenSSL defaults to PKCS#1 v1.5 padding, which is what RS* means.
    EvpMdCtxPtr ctx(EVP_MD_CTX_new());
    const int maxSize = m_key ? EVP_PKEY_get_size(m_key.get()) : 0;
    EVP_PKEY_CTX* pctx = nullptr;
    if (!ctx || maxSize <= 0
        || EVP_DigestSignInit_ex(ctx.get(), &pctx, digest, nullptr, nullptr, m_key.get(), nullptr)
               != 1
        || !setPss(pctx, alg))
        return fail(ErrorKind::Other,
                    QCoreApplication::translate("authdeck::crypto::RsaKey", "Signing failed"));
    // One signature per context: OpenSSL may finalise it in place instead of on a copy.
    EVP_MD_CTX_set_flags(ctx.get(), EVP_MD_CTX_FLAG_FINALISE);
    size_t size = static_cast<size_t>(maxSize);
    QByteArray signature(static_cast<qsizetype>(size), Qt::Uninitialized);
    if (EVP_DigestSign(ctx.get(), bytePtr(signature), &size, bytePtr(data),
                       static_cast<size_t>(data.size()))
        != 1)
        return fail(ErrorKind::Other,
                    QCoreApplication::translate("authdeck::crypto::RsaKey", "Signing failed"));
    signature.resize(static_cast<qsizetype>(size));
    return signature;
}

Status RsaKey::verify(const QString& alg, const QByteArray& data, const QByteArray& signature) const
{
    const OpenSslErrorScope errors;
    const char* digest = digestFor(alg);
    if (!digest)
        return fail(ErrorKind::BadInput,
                    QCoreApplication::translate(
                        "authdeck::crypto::RsaKey",
                        "The signature algorithm \"%1\" is not accepted; AuthDeck accepts RS256, "
                        "RS384, RS512 and PS256")
                        .arg(alg));
    EvpMdCtxPtr ctx(EVP_MD_CTX_new());
    EVP_PKEY_CTX* pctx = nullptr;
    if (!m_key || !ctx
        || EVP_DigestVerifyInit_ex(ctx.get(), &pctx, digest, nullptr, nullptr, m_key.get(), nullptr)
               != 1
        || !setPss(pctx, alg))
        return fail(ErrorKind::Other, QCoreApplication::translate("authdeck::crypto::RsaKey",
                                                                  "Could not check the signature"));
    if (EVP_DigestVerify(ctx.get(), bytePtr(signature), static_cast<size_t>(signature.size()),
                         bytePtr(data), static_cast<size_t>(data.size()))
        != 1)
        return fail(ErrorKind::BadInput,
                    QCoreApplication::translate("authdeck::crypto::RsaKey",
                                                "The signature does not match the key"));
    return {};
}

} // namespace authdeck::crypto
