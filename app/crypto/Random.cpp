#include "crypto/Random.h"

#include <QRandomGenerator>

#include <algorithm>
#include <cstring>

namespace authdeck::crypto {

SecretBytes Random::randomBytes(int n)
{
    if (n <= 0)
        return {};
    QByteArray out(n, Qt::Uninitialized);
    // QRandomGenerator::system() reads the kernel's generator and cannot fail, so callers need
    // no error path for the one thing that must never be skipped.
    QRandomGenerator* rng = QRandomGenerator::system();
    for (qsizetype i = 0; i < out.size(); i += 4) {
        const quint32 word = rng->generate();
        std::memcpy(out.data() + i, &word,
                    static_cast<size_t>(std::min<qsizetype>(4, out.size() - i)));
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
