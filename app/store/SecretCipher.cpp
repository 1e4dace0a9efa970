#include "store/SecretCipher.h"

#include "crypto/AesGcm.h"
#include "crypto/Random.h"

#include <QCoreApplication>

namespace authdeck {

namespace {

const QByteArray KeyCheckText = QByteArrayLiteral("authdeck profile key check");
const QString KeyCheckOwner = QStringLiteral("key-check");

} // namespace

SecretCipher::SecretCipher(SecretBytes key, QString profileId)
    : m_key(std::move(key))
    , m_profileId(std::move(profileId))
{}

QByteArray SecretCipher::aad(const QString& owner, const QString& id) const
{
    return QByteArrayLiteral("authdeck-secret/1\n") + m_profileId.toUtf8() + '\n' + owner.toUtf8()
           + '\n' + id.toUtf8();
}

Result<ProfileDatabase::Sealed> SecretCipher::seal(const QString& owner, const QString& id,
                                                   const SecretBytes& plain) const
{
    const QByteArray nonce = crypto::Random::randomBytes(crypto::AesGcm::NonceBytes).bytes();
    Result<crypto::AesGcm::Sealed> sealed =
        crypto::AesGcm::encrypt(m_key, nonce, plain, aad(owner, id));
    if (!sealed.ok())
        return sealed.error();
    return ProfileDatabase::Sealed{nonce, sealed->ciphertext + sealed->tag};
}

Result<SecretBytes> SecretCipher::open(const QString& owner, const QString& id,
                                       const ProfileDatabase::Sealed& sealed) const
{
    const qsizetype tagAt = sealed.value.size() - crypto::AesGcm::TagBytes;
    if (sealed.nonce.size() != crypto::AesGcm::NonceBytes || tagAt < 0) {
        return fail(ErrorKind::BadInput,
                    QCoreApplication::translate("authdeck::SecretCipher",
                                                "A secret in the profile database is damaged."));
    }
    Result<SecretBytes> plain = crypto::AesGcm::decrypt(
        m_key, sealed.nonce, sealed.value.left(tagAt), sealed.value.mid(tagAt), aad(owner, id));
    if (!plain.ok()) {
        return fail(ErrorKind::BadInput,
                    QCoreApplication::translate(
                        "authdeck::SecretCipher",
                        "A secret in the profile database fails its authentication check (it was "
                        "changed, or moved from another row or profile); it was not used."));
    }
    return plain;
}

Result<QString> SecretCipher::keyCheck() const
{
    Result<ProfileDatabase::Sealed> sealed =
        seal(KeyCheckOwner, m_profileId, SecretBytes(KeyCheckText));
    if (!sealed.ok())
        return sealed.error();
    const QByteArray raw = sealed->nonce + sealed->value;
    return QString::fromLatin1(raw.toBase64());
}

bool SecretCipher::matches(const QString& keyCheck) const
{
    const QByteArray raw = QByteArray::fromBase64(keyCheck.toLatin1());
    const ProfileDatabase::Sealed sealed{raw.left(crypto::AesGcm::NonceBytes),
                                         raw.mid(crypto::AesGcm::NonceBytes)};
    Result<SecretBytes> plain = open(KeyCheckOwner, m_profileId, sealed);
    return plain.ok() && plain->bytes() == KeyCheckText;
}

} // namespace authdeck
