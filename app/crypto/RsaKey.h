#pragma once

#include "core/Result.h"
#include "core/SecretBytes.h"
#include "crypto/OpenSslPtr.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <atomic>

namespace authdeck::crypto {

// An RSA key pair, or a public key alone, for server-to-server JWT (Box, Google service accounts)
// and for the sandbox that checks those JWTs. Immutable once made: copies share the one OpenSSL
// key, which is safe to use from several threads at once.
//
// Every way in checks the same things: an RSA key (not EC, not RSA-PSS), 2,048 to 16,384 bits.
class RsaKey {
public:
    static constexpr int MinBits = 2048;
    static constexpr int MaxBits = 16384;
    // PEM text larger than this is refused before OpenSSL parses a byte of it.
    static constexpr qsizetype MaxPemBytes = 64 * 1024;
    static constexpr int DefaultPbkdf2Iterations = 600000;
    // Below this an encrypted key file falls to a guessing attack too cheaply to be worth writing.
    static constexpr int MinPbkdf2Iterations = 100000;
    // An encrypted key file names its own key-derivation cost, and all of it is spent before the
    // passphrase can even be checked: 2^31 - 1 PBKDF2 iterations keep a core busy for about 15
    // minutes. Files asking for more than these limits are refused before any derivation.
    // PBKDF2 (PBES2, and the iteration count of the PKCS#5 v1.5 and PKCS#12 schemes): about 4 s
    // of HMAC-SHA256 on one core, 16 times what keygen writes and far above the 2,048 of Box's
    // Developer Console and `openssl genpkey`.
    static constexpr quint64 MaxPbkdf2Iterations = 10000000;
    // scrypt in PBES2 (`openssl pkcs8 -scrypt` writes N = 2^14, r = 8, p = 1, 16 MiB): at most
    // the 32 MiB OpenSSL itself allows a key file, and p up to 16 (about a second at that size).
    static constexpr quint64 MaxScryptKeyFileBytes = quint64(32) * 1024 * 1024;
    static constexpr quint64 MaxScryptKeyFileP = 16;

    struct Fingerprint {
        QString hex;    // "AB:CD:..." (upper case, colon-separated)
        QString base64; // standard base64 of the same 32 bytes
    };

    // The size every face generates unless the admin asks otherwise (keygen --bits, the Box
    // setup, the demo): 3072 bits, NIST's size for keys used past 2030; Box, Google and Entra ID
    // take it.
    static constexpr int DefaultBits = 3072;
    [[nodiscard]] static constexpr bool isAllowedBits(int bits)
    {
        return bits == 2048 || bits == 3072 || bits == 4096;
    }

    // A new key of 2048, 3072 or 4096 bits. Blocks for a while (seconds for 4096): run it on a
    // worker thread. Setting *cancel stops it within a prime candidate or two
    // (ErrorKind::Cancelled).
    [[nodiscard]] static Result<RsaKey> generate(int bits,
                                                 const std::atomic_bool* cancel = nullptr);

    // A private key in PEM: PKCS#8 (clear or encrypted) or PKCS#1 ("BEGIN RSA PRIVATE KEY",
    // legacy DEK-Info encryption included). The passphrase is used only if the key is encrypted;
    // nothing ever prompts on a terminal.
    [[nodiscard]] static Result<RsaKey> fromPem(const SecretBytes& pem,
                                                const SecretBytes& passphrase);
    // The key-derivation cost of every encrypted PKCS#8 block in the text, read from the file
    // before any derivation: BadInput naming the parameter when it is above the limits above.
    // Cheap (no key derivation, no key parsing); fromPem() runs it first. Legacy DEK-Info
    // encryption has a fixed cost (one MD5 round) and nothing to check.
    [[nodiscard]] static Status checkEncryptionCost(const SecretBytes& pem);
    // A public key in PEM: SubjectPublicKeyInfo ("BEGIN PUBLIC KEY") or PKCS#1 ("BEGIN RSA PUBLIC
    // KEY").
    [[nodiscard]] static Result<RsaKey> fromPublicPem(const QByteArray& pem);
    // A JWK (RFC 7517/7518): public (kty, n, e) or private (plus d, p, q, dp, dq, qi).
    [[nodiscard]] static Result<RsaKey> fromJwk(const QJsonObject& jwk);

    RsaKey(const RsaKey& other);
    RsaKey(RsaKey&& other) noexcept = default;
    RsaKey& operator=(const RsaKey& other);
    RsaKey& operator=(RsaKey&& other) noexcept = default;
    ~RsaKey() = default;

    [[nodiscard]] bool hasPrivateKey() const { return m_hasPrivate; }
    [[nodiscard]] int bits() const;

    [[nodiscard]] QByteArray publicKeyPem() const;
    // SHA-256 of the DER SubjectPublicKeyInfo: what `openssl pkey -pubout -outform DER | sha256sum`
    // prints, so an admin can compare it with what a provider's console shows.
    [[nodiscard]] Fingerprint fingerprintSha256() const;
    [[nodiscard]] QJsonObject publicJwk() const;

    // PKCS#8 encrypted with PBES2: PBKDF2-HMAC-SHA256 with the given iteration count and a
    // random 16-byte salt, AES-256-CBC. ("BEGIN ENCRYPTED PRIVATE KEY")
    [[nodiscard]] Result<QByteArray>
    toEncryptedPkcs8Pem(const SecretBytes& passphrase,
                        int iterations = DefaultPbkdf2Iterations) const;
    // Clear PKCS#8 ("BEGIN PRIVATE KEY"), for the keychain only.
    [[nodiscard]] Result<SecretBytes> toPkcs8Pem() const;

    // RSASSA-PKCS1-v1_5 with SHA-256/384/512 and RSASSA-PSS with SHA-256, named as JWS names
    // them: RS256, RS384, RS512, PS256.
    [[nodiscard]] static QStringList signatureAlgorithms();
    [[nodiscard]] Result<QByteArray> sign(const QString& alg, const QByteArray& data) const;
    // Fails with BadInput when the signature does not match.
    [[nodiscard]] Status verify(const QString& alg, const QByteArray& data,
                                const QByteArray& signature) const;

private:
    RsaKey(EvpPkeyPtr key, bool hasPrivate);
    static Result<RsaKey> accept(EvpPkeyPtr key, bool hasPrivate);

    EvpPkeyPtr m_key;
    bool m_hasPrivate = false;
};

} // namespace authdeck::crypto
