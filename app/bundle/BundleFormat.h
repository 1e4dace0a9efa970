#pragma once

#include "core/Result.h"
#include "core/SecretBytes.h"
#include "secrets/SecretRecord.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QMap>
#include <QString>

#include <optional>

namespace authdeck::bundle {

// The bundle file (README.md beside this file): one canonical JSON document with a clear,
// reviewable config part and, optionally, an encrypted secrets part (scrypt -> AES-256-GCM, every
// byte outside the ciphertext bound as associated data), closed by a SHA-256 checksum.
//
//   write():  config + secrets --(keys from deriveKeys, slow)--> canonical bytes
//   parse():  bytes --(size, JSON, format, version, canonical form, checksum, parameters)-->
//             ParsedBundle; never runs the KDF, so a hostile file costs nothing
//   deriveKeys(): passphrase + the file's scrypt settings --> keys (run it off the UI thread)
//   open():   ParsedBundle + keys --(key check, then the GCM tag)--> secrets
class BundleFormat {
public:
    static constexpr const char* FormatName = "authdeck-bundle";
    static constexpr int Version = 1;
    static constexpr qint64 MaxFileBytes = qint64(16) * 1024 * 1024;
    // The scrypt settings a file may name (README.md, "Reading"): what AuthDeck writes, N = 2^17,
    // and one doubling of headroom. A file asking for more is refused before the KDF runs: 2^20
    // already costs 1 GiB and seconds before the passphrase can be checked.
    static constexpr int MinLog2N = 17;
    static constexpr int MaxLog2N = 18;
    static constexpr int DefaultLog2N = 17;
    static constexpr quint32 R = 8;
    static constexpr quint32 P = 1;
    // scrypt's table (128 * r * N bytes) may not exceed this: what 2^18 with r = 8 needs.
    static constexpr quint64 MaxKdfTableBytes = quint64(256) * 1024 * 1024;
    static constexpr int SaltBytes = 16;
    static constexpr int KeyCheckBytes = 16;
    static constexpr int KeyMaterialBytes = 64; // 32 for AES-256, 32 for the key check

    struct KdfSettings {
        int log2N = DefaultLog2N;
        quint32 r = R;
        quint32 p = P;
        QByteArray salt;
    };

    // What scrypt made from a passphrase for one salt.
    struct Keys {
        KdfSettings kdf;
        SecretBytes material; // KeyMaterialBytes
    };

    // The secret values of the bundle's items: the keychain record of each app and account, by id.
    struct Secrets {
        QMap<QString, SecretRecord> apps;
        QMap<QString, SecretRecord> accounts;
    };

    struct Envelope {
        KdfSettings kdf;
        QByteArray nonce;
        QByteArray keyCheck;
        QByteArray ciphertext;
        QByteArray tag;
    };

    struct Parsed {
        int version = 0;
        QDateTime created;
        QJsonArray apps;     // AppRegistration::toJson objects, no secrets
        QJsonArray accounts; // Account::toJson objects, no secrets
        std::optional<Envelope> secrets;
        QJsonObject document; // the whole file, for the associated data
    };

    // Why a file's scrypt settings are outside that range, naming the parameter (translated,
    // "its scrypt cost 2^20 is above the limit of 2^18"); empty when they are within. The vault
    // file shares the range.
    [[nodiscard]] static QString kdfProblem(const KdfSettings& kdf);

    // A fresh random salt with the default cost.
    [[nodiscard]] static KdfSettings freshKdf(int log2N = DefaultLog2N);
    // scrypt: slow (about 128 MiB and a fraction of a second at 2^17). Refuses settings outside
    // the limits before any work.
    [[nodiscard]] static Result<Keys> deriveKeys(const SecretBytes& passphrase,
                                                 const KdfSettings& kdf);

    // The file's bytes. secrets and keys are both given (encrypted part) or both null (clear).
    [[nodiscard]] static Result<QByteArray> write(const QJsonArray& apps,
                                                  const QJsonArray& accounts,
                                                  const QDateTime& created, const Secrets* secrets,
                                                  const Keys* keys);
    [[nodiscard]] static Result<Parsed> parse(const QByteArray& bytes);
    // Wrong passphrase (key check) and altered file (GCM tag) are told apart by the diagnosis.
    // No plaintext exists before the tag has been checked.
    [[nodiscard]] static Result<Secrets> open(const Parsed& bundle, const Keys& keys);

    // Adds the checksum to a document and serializes it as the file (for tests that build
    // documents by hand).
    [[nodiscard]] static Result<QByteArray> encode(QJsonObject document);
    // The associated data of a document: its compact canonical form without checksum,
    // secrets.ciphertext and secrets.tag.
    [[nodiscard]] static Result<QByteArray> associatedData(QJsonObject document);
};

} // namespace authdeck::bundle
