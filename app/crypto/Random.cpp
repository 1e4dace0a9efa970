#include "crypto/Random.h"

#include <QRandomGenerator>

#include <algorithm>
#include <cstring>

namespace authdeck::crypto {

SecretBytes Random::randomBytes(int n)
{
    if (n <= 0)
        return {};
    // Whole 32-bit words in one request: QRandomGenerator::system() reads the kernel's generator
    // (one getrandom call per request, not per word) and cannot fail, so callers need no error
    // path for the one thing that must never be skipped.
    const qsizetype words = (qsizetype(n) + 3) / 4;
    QByteArray out(words * 4, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32*>(out.data()), words);
    if (out.size() != n) {
        std::memset(out.data() + n, 0, static_cast<size_t>(out.size() - n));
        out.truncate(n);
    }
    return SecretBytes(std::move(out));
}

QString Random::randomToken(int chars)
{
    static constexpr char Alphabet[] =
        "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    static_assert(sizeof(Alphabet) - 1 == 64);
    const SecretBytes bytes = randomBytes(chars);
    QString token(bytes.size(), Qt::Uninitialized);
    // 256 is a multiple of 64, so the low six bits of a uniform byte are uniform: no bias.
    for (qsizetype i = 0; i < bytes.size(); ++i)
        token[i] = QLatin1Char(Alphabet[static_cast<unsigned char>(bytes.bytes().at(i)) & 0x3f]);
    return token;
}

} // namespace authdeck::crypto
