#include "store/ProfileKey.h"

#include "bundle/BundleFormat.h"
#include "core/Async.h"
#include "core/Log.h"
#include "core/OffThread.h"
#include "crypto/Random.h"
#include "secrets/KeychainSecretStore.h"
#include "store/ProfileDatabase.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>

namespace authdeck {

namespace {

constexpr int KeyBytes = 32;

} // namespace

KeychainProfileKey::KeychainProfileKey(KeychainSecretStore* keychain, QString entry,
                                       QObject* parent)
    : ProfileKey(parent)
    , m_keychain(keychain)
    , m_entry(std::move(entry))
{}

void KeychainProfileKey::obtain(ProfileDatabase& db, bool create, QObject* context, KeyDone done)
{
    auto reply = guarded(context, std::move(done));
    const bool team = db.isTeam();
    m_keychain->read(
        m_entry, this, [this, create, team, reply](Result<std::optional<SecretBytes>> r) {
            if (!r.ok()) {
                reply(r.error());
                return;
            }
            if (r->has_value()) {
                const SecretBytes key(QByteArray::fromBase64((*r)->bytes()));
                if (key.size() != KeyBytes) {
                    reply(fail(ErrorKind::Keychain,
                               tr("The keychain entry %1 does not hold an AuthDeck profile key.")
                                   .arg(m_entry)));
                    return;
                }
                reply(key);
                return;
            }
            if (!create && team) {
                reply(
                    fail(ErrorKind::Keychain,
                         tr("The team key is missing from this machine's keychain (entry %1), so "
                            "the team's secrets cannot be read. Ask a member for an invite and run "
                            "\"authdeck-cli team join INVITE\" again.")
                             .arg(m_entry)));
                return;
            }
            if (!create) {
                reply(fail(
                    ErrorKind::Keychain,
                    tr("The key of this profile is missing from the keychain (entry %1), so "
                       "its secrets cannot be read. Restore the keychain, or move the profile's "
                       "database away and connect its accounts again.")
                        .arg(m_entry)));
                return;
            }
            const SecretBytes key = crypto::Random::randomBytes(KeyBytes);
            m_keychain->write(m_entry, SecretBytes(key.bytes().toBase64()), this,
                              [this, key, reply](Status s) {
                                  if (!s.ok()) {
                                      reply(s.error());
                                      return;
                                  }
                                  m_created = true;
                                  qCInfo(lcStore) << "made the profile key" << m_entry;
                                  reply(key);
                              });
        });
}

void KeychainProfileKey::discardCreated(QObject* context, SecretStore::Done done)
{
    if (!m_created) {
        postLater(this, [done = guarded(context, std::move(done))] { done({}); });
        return;
    }
    m_created = false;
    m_keychain->remove(m_entry, context, std::move(done));
}

void KeychainProfileKey::erase(QObject* context, SecretStore::Done done)
{
    m_created = false;
    m_keychain->remove(m_entry, context, std::move(done));
}

void KeychainProfileKey::checkHealth(QObject* context, SecretStore::HealthDone done)
{
    m_keychain->checkHealth(context, std::move(done));
}

QString KeychainProfileKey::displayName() const
{
    return m_keychain->displayName();
}

Error KeychainProfileKey::wrongKey(const QString& databasePath) const
{
    return fail(ErrorKind::BadInput,
                tr("The profile key in the keychain (entry %1) does not open the profile database "
                   "%2: the entry was replaced or the database belongs to another key. Nothing "
                   "was read or changed.")
                    .arg(m_entry, QDir::toNativeSeparators(databasePath)));
}

VaultProfileKey::VaultProfileKey(SecretBytes passphrase, QObject* parent)
    : ProfileKey(parent)
    , m_passphrase(std::move(passphrase))
{}

void VaultProfileKey::obtain(ProfileDatabase& db, bool create, QObject* context, KeyDone done)
{
    using bundle::BundleFormat;
    auto reply = guarded(context, std::move(done));
    Result<QString> stored = QString();
    const Status read = db.transaction(false, [&]() -> Status {
        stored = db.meta(QStringLiteral("vault_kdf"));
        return stored.ok() ? Status() : Status(stored.error());
    });
    if (!read.ok()) {
        postLater(this, [reply, e = read.error()] { reply(e); });
        return;
    }
    BundleFormat::KdfSettings kdf;
    if (stored->isEmpty()) {
        if (!create) {
            postLater(this, [reply, path = db.path()] {
                reply(fail(ErrorKind::BadInput,
                           tr("The profile database %1 is not unlocked by a vault passphrase; use "
                              "the keychain (--secret-store keychain).")
                               .arg(QDir::toNativeSeparators(path))));
            });
            return;
        }
        kdf = BundleFormat::freshKdf();
        const QJsonObject o{{QStringLiteral("name"), QStringLiteral("scrypt")},
                            {QStringLiteral("log2_n"), kdf.log2N},
                            {QStringLiteral("r"), qint64(kdf.r)},
                            {QStringLiteral("p"), qint64(kdf.p)},
                            {QStringLiteral("salt"), QString::fromLatin1(kdf.salt.toBase64())}};
        const Status saved = db.transaction(true, [&]() -> Status {
            return db.setMeta(QStringLiteral("vault_kdf"),
                              QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)));
        });
        if (!saved.ok()) {
            postLater(this, [reply, e = saved.error()] { reply(e); });
            return;
        }
    } else {
        const QJsonObject o = QJsonDocument::fromJson(stored->toUtf8()).object();
        kdf.log2N = o.value(u"log2_n").toInt();
        kdf.r = quint32(o.value(u"r").toInt());
        kdf.p = quint32(o.value(u"p").toInt());
        kdf.salt = QByteArray::fromBase64(o.value(u"salt").toString().toLatin1());
        // The same ceilings as a bundle's, before any work.
        if (const QString problem = BundleFormat::kdfProblem(kdf); !problem.isEmpty()) {
            postLater(this, [reply, problem, path = db.path()] {
                reply(fail(ErrorKind::BadInput, tr("The vault settings of %1 are refused: %2")
                                                    .arg(QDir::toNativeSeparators(path), problem)));
            });
            return;
        }
    }
    runOffThread(
        this, [pass = m_passphrase, kdf] { return BundleFormat::deriveKeys(pass, kdf); },
        [reply](Result<BundleFormat::Keys> keys) {
            if (!keys.ok()) {
                reply(keys.error());
                return;
            }
            reply(SecretBytes(keys->material.bytes().left(KeyBytes)));
        });
}

void VaultProfileKey::discardCreated(QObject* context, SecretStore::Done done)
{
    postLater(this, [done = guarded(context, std::move(done))] { done({}); });
}

void VaultProfileKey::erase(QObject* context, SecretStore::Done done)
{
    // Derived from the passphrase: nothing is kept anywhere to delete.
    postLater(this, [done = guarded(context, std::move(done))] { done({}); });
}

void VaultProfileKey::checkHealth(QObject* context, SecretStore::HealthDone done)
{
    postLater(this, [done = guarded(context, std::move(done))] {
        done(StoreHealth{StoreState::Ready, {}});
    });
}

QString VaultProfileKey::displayName() const
{
    return tr("encrypted vault");
}

Error VaultProfileKey::wrongKey(const QString& databasePath) const
{
    Error e = fail(ErrorKind::BadInput,
                   tr("The vault passphrase is wrong: it does not open %1. Nothing was read or "
                      "changed.")
                       .arg(QDir::toNativeSeparators(databasePath)));
    e.diagnosis = Diagnosis::WrongPassphrase;
    return e;
}

} // namespace authdeck
