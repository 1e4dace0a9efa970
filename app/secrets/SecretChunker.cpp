#include "secrets/SecretChunker.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QRandomGenerator>

namespace authdeck {

namespace {

Error corrupt(const QString& why)
{
    return fail(ErrorKind::Keychain,
                QCoreApplication::translate("authdeck::SecretChunker",
                                            "A keychain entry of AuthDeck is damaged (%1).")
                    .arg(why));
}

QByteArray digestOf(const QByteArray& data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex().left(16);
}

bool isBase64(const QByteArray& text)
{
    for (char c : text) {
        const bool ok = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
                        || c == '+' || c == '/' || c == '=';
        if (!ok)
            return false;
    }
    return true;
}

} // namespace

QString SecretChunker::newGeneration()
{
    return QString::number(QRandomGenerator::system()->generate(), 16)
        .rightJustified(8, QLatin1Char('0'));
}

QString SecretChunker::chunkKey(const QString& key, const QString& generation, int index)
{
    return QStringLiteral("%1#%2.%3").arg(key, generation).arg(index);
}

Result<QList<SecretChunker::Entry>>
SecretChunker::encode(const QString& key, const SecretBytes& data, const QString& generation)
{
    const QByteArray& raw = data.bytes();
    const int count =
        raw.isEmpty() ? 1 : static_cast<int>((raw.size() + RawChunkBytes - 1) / RawChunkBytes);
    if (count > MaxChunks) {
        return fail(ErrorKind::Keychain, QCoreApplication::translate(
                                             "authdeck::SecretChunker",
                                             "The secret is too large for the keychain (%1 bytes).")
                                             .arg(raw.size()));
    }
    QList<Entry> entries;
    for (int i = 1; i < count; ++i) {
        const SecretBytes part(raw.mid(i * RawChunkBytes, RawChunkBytes));
        entries.append({chunkKey(key, generation, i), SecretBytes(part.bytes().toBase64())});
    }
    const SecretBytes first(raw.left(RawChunkBytes));
    const QByteArray header = "adk1;" + generation.toLatin1() + ';' + QByteArray::number(count)
                              + ';' + digestOf(raw) + ';';
    entries.append({key, SecretBytes(header + first.bytes().toBase64())});
    return entries;
}

Result<SecretChunker::Header> SecretChunker::parseHeader(const SecretBytes& baseValue)
{
    const QByteArray& v = baseValue.bytes();
    if (!v.startsWith("adk1;"))
        return corrupt(QStringLiteral("unknown format"));
    const QList<QByteArray> parts = v.split(';');
    if (parts.size() != 5)
        return corrupt(QStringLiteral("bad header"));
    Header h;
    h.generation = QString::fromLatin1(parts.at(1));
    bool ok = false;
    h.count = parts.at(2).toInt(&ok);
    if (!ok || h.count < 1 || h.count > MaxChunks || parts.at(2).startsWith('0'))
        return corrupt(QStringLiteral("bad chunk count"));
    if (h.generation.isEmpty() || h.generation.size() > 16)
        return corrupt(QStringLiteral("bad generation"));
    h.digest = parts.at(3);
    if (!isBase64(parts.at(4)))
        return corrupt(QStringLiteral("bad encoding"));
    h.firstChunk = SecretBytes(QByteArray::fromBase64(parts.at(4)));
    return h;
}

Result<SecretBytes> SecretChunker::assemble(const Header& header, const QList<SecretBytes>& rest)
{
    if (rest.size() != header.count - 1)
        return corrupt(QStringLiteral("missing chunks"));
    QByteArray joined;
    joined.reserve(header.count * RawChunkBytes);
    joined.append(header.firstChunk.bytes());
    for (const SecretBytes& part : rest) {
        if (!isBase64(part.bytes())) {
            wipe(joined);
            return corrupt(QStringLiteral("bad encoding"));
        }
        QByteArray decoded = QByteArray::fromBase64(part.bytes());
        joined.append(decoded);
        wipe(decoded);
    }
    SecretBytes out(std::move(joined));
    if (digestOf(out.bytes()) != header.digest)
        return corrupt(QStringLiteral("chunks do not match"));
    return out;
}

} // namespace authdeck
