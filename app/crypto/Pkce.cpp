#include "crypto/Pkce.h"

#include "crypto/Base64Url.h"
#include "crypto/Random.h"

#include <QCoreApplication>
#include <QCryptographicHash>

namespace authdeck::crypto {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("authdeck::crypto::Pkce", text);
}
} // namespace

Result<SecretBytes> Pkce::createVerifier(int length)
{
    if (length < MinLength || length > MaxLength)
        return fail(
            ErrorKind::Usage,
            tr("A PKCE verifier must be %1 to %2 characters long").arg(MinLength).arg(MaxLength));
    QString token = Random::randomToken(length);
    SecretBytes verifier(token.toLatin1());
    wipe(token);
    return verifier;
}

QString Pkce::challengeS256(QByteArrayView verifier)
{
    return QString::fromLatin1(
        Base64Url::encode(QCryptographicHash::hash(verifier, QCryptographicHash::Sha256)));
}

bool Pkce::isValidVerifier(QByteArrayView verifier)
{
    if (verifier.size() < MinLength || verifier.size() > MaxLength)
        return false;
    for (const char c : verifier) {
        if (!Base64Url::isAlphabet(c) && c != '.' && c != '~')
            return false;
    }
    return true;
}

} // namespace authdeck::crypto
