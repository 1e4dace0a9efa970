#pragma once

#include "core/Result.h"
#include "core/SecretBytes.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace authdeck {

// Splits one secret blob across several keychain entries. Windows Credential Manager refuses
// blobs over 2,560 bytes, so every entry stays below that on every platform (and the code path is
// the same everywhere, so it is exercised by every test run).
//
//   base entry  <key>            "adk1;<generation>;<count>;<digest>;<base64 of chunk 0>"
//   chunk i     <key>#<gen>.<i>  "<base64 of chunk i>"          (i = 1 .. count-1)
//
// A write stores the new generation's chunks first and the base entry last, then deletes the old
// generation's chunks, so a reader never sees a base entry whose chunks are missing, and a crash
// mid-write leaves the old value readable. The digest catches a base paired with foreign chunks.
class SecretChunker {
public:
    static constexpr qsizetype MaxEntryBytes = 2560;
    static constexpr qsizetype RawChunkBytes = 1800; // base64 grows it to 2,400 characters
    static constexpr int MaxChunks = 64;             // 115 KB: far above any real secret

    struct Entry {
        QString key;
        SecretBytes value; // ASCII text
    };

    struct Header {
        QString generation;
        int count = 0;
        QByteArray digest;
        SecretBytes firstChunk; // decoded
    };

    // The entries to write, chunks first and the base entry last.
    [[nodiscard]] static Result<QList<Entry>> encode(const QString& key, const SecretBytes& data,
                                                     const QString& generation);
    [[nodiscard]] static Result<Header> parseHeader(const SecretBytes& baseValue);
    [[nodiscard]] static QString chunkKey(const QString& key, const QString& generation, int index);
    // Joins the decoded first chunk with the stored values of chunks 1..count-1.
    [[nodiscard]] static Result<SecretBytes> assemble(const Header& header,
                                                      const QList<SecretBytes>& rest);
    [[nodiscard]] static QString newGeneration();
};

} // namespace authdeck
