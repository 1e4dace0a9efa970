#include "secrets/VaultSecretStore.h"

#include "bundle/CanonicalJson.h"
#include "core/Async.h"
#include "core/Log.h"
#include "core/OffThread.h"
#include "crypto/AesGcm.h"
#include "crypto/KeyFiles.h"
#include "crypto/Random.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>

#include <openssl/crypto.h>

#include <memory>

namespace authdeck {

using bundle::BundleFormat;
using bundle::CanonicalJson;
using crypto::AesGcm;

namespace {

constexpr int Version = 1;
constexpr qint64 MaxVaultBytes = qint64(16) * 1024 * 1024;

Error damaged()
{
    Error e = fail(ErrorKind::BadInput,
                   VaultSecretStore::tr("The vault file was altered or damaged; AuthDeck will not "
                                        "use it."));
    e.diagnosis = Diagnosis::Tampered;
    return e;
}

std::optional<QByteArray> base64(const QJsonValue& v)
{
    const QByteArray text = v.toString().toLatin1();
    QByteArray::FromBase64Result r =
        QByteArray::fromBase64Encoding(text, QByteArray::AbortOnBase64DecodingErrors);
    if (!v.isString() || !r || r.decoded.toBase64() != text)
        return std::nullopt;
    return r.decoded;
}

QString b64(const QByteArray& bytes)
{
    return QString::fromLatin1(bytes.toBase64());
}

QByteArray aadOf(QJsonObject header)
{
    header.remove(QStringLiteral("ciphertext"));
    header.remove(QStringLiteral("tag"));
    Result<QByteArray> compact = CanonicalJson::serialize(header);
    return QByteArray(VaultSecretStore::FormatName) + '\n'
           + (compact.ok() ? *compact : QByteArray());
}

struct Header {
    BundleFormat::KdfSettings kdf;
    QByteArray keyCheck;
};

// The KDF settings and key check of an existing vault file; nullopt when there is none.
Result<std::optional<Header>> readHeader(const QString& path)
{
    if (!QFileInfo::exists(path))
        return std::optional<Header>();
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly) || f.size() > MaxVaultBytes)
        return fail(ErrorKind::Keychain,
                    VaultSecretStore::tr("Cannot read the vault file %1.").arg(path));
    const QJsonObject doc = QJsonDocument::fromJson(f.readAll()).object();
    if (doc.value(QStringLiteral("format")).toString()
            != QLatin1String(VaultSecretStore::FormatName)
        || doc.value(QStringLiteral("version")).toInt() != Version)
        return damaged();
    const QJsonObject kdf = doc.value(QStringLiteral("kdf")).toObject();
    Header h;
    for (const char* n : {"log2_n", "r", "p"}) {
        if (!CanonicalJson::isCanonicalInteger(kdf.value(QLatin1String(n))))
            return damaged();
    }
    h.kdf.log2N = kdf.value(QStringLiteral("log2_n")).toInt();
    h.kdf.r = quint32(kdf.value(QStringLiteral("r")).toInt());
    h.kdf.p = quint32(kdf.value(QStringLiteral("p")).toInt());
    const std::optional<QByteArray> salt = base64(kdf.value(QStringLiteral("salt")));
    const std::optional<QByteArray> check = base64(doc.value(QStringLiteral("key_check")));
    if (!salt || !check || check->size() != BundleFormat::KeyCheckBytes)
        return damaged();
    h.kdf.salt = *salt;
    h.keyCheck = *check;
    // The file names its own scrypt cost, all of it spent before the passphrase can be checked:
    // the bundles' range, checked here, before any derivation.
    if (const QString problem = BundleFormat::kdfProblem(h.kdf); !problem.isEmpty())
        return fail(ErrorKind::BadInput,
                    VaultSecretStore::tr("The vault file %1 is refused: %2; AuthDeck will not "
                                         "use it.")
                        .arg(path, problem));
    return std::optional<Header>(h);
}

} // namespace

VaultSecretStore::VaultSecretStore(QString path, SecretBytes passphrase, QObject* parent)
    : SecretStore(parent)
    , m_path(std::move(path))
    , m_passphrase(std::move(passphrase))
{}

VaultSecretStore::~VaultSecretStore() = default;

QString VaultSecretStore::displayName() const
{
    return tr("encrypted vault (%1)").arg(m_path);
}

void VaultSecretStore::withKey(std::function<void(Status)> then)
{
    if (m_keys || m_unlockError) {
        postLater(this, [this, then] {
            if (m_unlockError)
                then(*m_unlockError);
            else
                then({});
        });
        return;
    }
    m_waiting.append(std::move(then));
    if (m_deriving)
        return;
    m_deriving = true;
    Result<std::optional<Header>> header = readHeader(m_path);
    auto finish = [this](Result<BundleFormat::Keys> keys, std::optional<QByteArray> expected) {
        m_deriving = false;
        if (!keys.ok()) {
            m_unlockError = keys.error();
        } else if (expected
                   && CRYPTO_memcmp(keys->material.bytes().constData() + 32, expected->constData(),
                                    BundleFormat::KeyCheckBytes)
                          != 0) {
            Error e = fail(ErrorKind::BadInput,
                           tr("The vault passphrase is wrong: it does not open %1.").arg(m_path));
            e.diagnosis = Diagnosis::WrongPassphrase;
            m_unlockError = e;
        } else {
            m_keys = *keys;
        }
        m_passphrase.clear();
        const auto waiting = std::exchange(m_waiting, {});
        for (const auto& w : waiting)
            w(m_unlockError ? Status(*m_unlockError) : Status());
    };
    if (!header.ok()) {
        postLater(this, [finish, e = header.error()] { finish(e, std::nullopt); });
        return;
    }
    const BundleFormat::KdfSettings kdf = *header ? (*header)->kdf : BundleFormat::freshKdf();
    std::optional<QByteArray> expected;
    if (*header)
        expected = (*header)->keyCheck;
    runOffThread(
        this,
        [passphrase = m_passphrase, kdf] { return BundleFormat::deriveKeys(passphrase, kdf); },
        [finish, expected](Result<BundleFormat::Keys> keys) { finish(std::move(keys), expected); });
}

Result<VaultSecretStore::Entries> VaultSecretStore::load() const
{
    Entries entries;
    if (!QFileInfo::exists(m_path))
        return entries;
    QFile f(m_path);
    if (!f.open(QIODevice::ReadOnly) || f.size() > MaxVaultBytes)
        return fail(ErrorKind::Keychain, tr("Cannot read the vault file %1.").arg(m_path));
    const QJsonObject doc = QJsonDocument::fromJson(f.readAll()).object();
    const std::optional<QByteArray> nonce = base64(doc.value(QStringLiteral("nonce")));
    const std::optional<QByteArray> ciphertext = base64(doc.value(QStringLiteral("ciphertext")));
    const std::optional<QByteArray> tag = base64(doc.value(QStringLiteral("tag")));
    const std::optional<QByteArray> salt =
        base64(doc.value(QStringLiteral("kdf")).toObject().value(QStringLiteral("salt")));
    if (!nonce || !ciphertext || !tag || !salt || *salt != m_keys->kdf.salt)
        return damaged();
    const SecretBytes key(m_keys->material.bytes().left(AesGcm::KeyBytes));
    Result<SecretBytes> plain = AesGcm::decrypt(key, *nonce, *ciphertext, *tag, aadOf(doc));
    if (!plain.ok())
        return damaged();
    const QJsonObject o = QJsonDocument::fromJson(plain->bytes()).object();
    for (auto it = o.begin(); it != o.end(); ++it) {
        const std::optional<QByteArray> value = base64(*it);
        if (!value)
            return damaged();
        entries.insert(it.key(), SecretBytes(*value));
    }
    return entries;
}

Status VaultSecretStore::save(const Entries& entries) const
{
    QJsonObject plainJson;
    for (auto it = entries.begin(); it != entries.end(); ++it)
        plainJson.insert(it.key(), b64(it->bytes()));
    QByteArray plainBytes = QJsonDocument(plainJson).toJson(QJsonDocument::Compact);
    const SecretBytes plain(plainBytes);
    wipe(plainBytes);
    const QByteArray nonce = crypto::Random::randomBytes(AesGcm::NonceBytes).bytes();
    QJsonObject doc{
        {QStringLiteral("format"), QString::fromLatin1(FormatName)},
        {QStringLiteral("version"), Version},
        {QStringLiteral("kdf"), QJsonObject{{QStringLiteral("name"), QStringLiteral("scrypt")},
                                            {QStringLiteral("log2_n"), m_keys->kdf.log2N},
                                            {QStringLiteral("r"), int(m_keys->kdf.r)},
                                            {QStringLiteral("p"), int(m_keys->kdf.p)},
                                            {QStringLiteral("salt"), b64(m_keys->kdf.salt)}}},
        {QStringLiteral("key_check"),
         b64(m_keys->material.bytes().mid(32, BundleFormat::KeyCheckBytes))},
        {QStringLiteral("nonce"), b64(nonce)},
    };
    const SecretBytes key(m_keys->material.bytes().left(AesGcm::KeyBytes));
    Result<AesGcm::Sealed> sealed = AesGcm::encrypt(key, nonce, plain, aadOf(doc));
    if (!sealed.ok())
        return sealed.error();
    doc.insert(QStringLiteral("ciphertext"), b64(sealed->ciphertext));
    doc.insert(QStringLiteral("tag"), b64(sealed->tag));
    Result<QByteArray> bytes = CanonicalJson::serialize(doc, CanonicalJson::Layout::Pretty);
    if (!bytes.ok())
        return bytes.error();
    return crypto::KeyFiles::writeKeyFile(m_path, SecretBytes(*bytes),
                                          crypto::KeyFiles::Existing::Replace);
}

Status VaultSecretStore::change(const std::function<void(Entries&)>& mutation)
{
    // Read, change and write under the lock: another process may have saved meanwhile.
    QLockFile lock(m_path + QStringLiteral(".lock"));
    lock.setStaleLockTime(30000);
    if (!lock.tryLock(10000))
        return fail(ErrorKind::Keychain,
                    tr("The vault %1 is locked by another AuthDeck.").arg(m_path));
    Result<Entries> entries = load();
    if (!entries.ok())
        return entries.error();
    mutation(*entries);
    return save(*entries);
}

void VaultSecretStore::read(const QString& key, QObject* context, ReadDone done)
{
    auto reply = guarded(context, std::move(done));
    withKey([this, key, reply](Status s) {
        if (!s.ok())
            return reply(s.error());
        Result<Entries> entries = load();
        if (!entries.ok())
            return reply(entries.error());
        if (!entries->contains(key))
            return reply(std::optional<SecretBytes>());
        reply(std::optional<SecretBytes>(entries->value(key)));
    });
}

void VaultSecretStore::write(const QString& key, const SecretBytes& value, QObject* context,
                             Done done)
{
    auto reply = guarded(context, std::move(done));
    withKey([this, key, value, reply](Status s) {
        if (!s.ok())
            return reply(s);
        reply(change([&](Entries& e) { e.insert(key, value); }));
    });
}

void VaultSecretStore::remove(const QString& key, QObject* context, Done done)
{
    auto reply = guarded(context, std::move(done));
    withKey([this, key, reply](Status s) {
        if (!s.ok())
            return reply(s);
        reply(change([&](Entries& e) { e.remove(key); }));
    });
}

void VaultSecretStore::checkHealth(QObject* context, HealthDone done)
{
    auto reply = guarded(context, std::move(done));
    withKey([this, reply](Status s) {
        StoreHealth h;
        if (!s.ok()) {
            h.state = StoreState::Locked;
            h.message = s.error().message;
        } else if (Result<Entries> e = load(); !e.ok()) {
            h.state = StoreState::Unavailable;
            h.message = e.error().message;
        } else {
            h.state = StoreState::Ready;
        }
        reply(h);
    });
}

} // namespace authdeck
