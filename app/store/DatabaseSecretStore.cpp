#include "store/DatabaseSecretStore.h"

#include "accounts/AccountLock.h"
#include "core/Async.h"
#include "core/Log.h"
#include "store/ProfileDatabase.h"
#include "store/ProfileKey.h"

#include <QCoreApplication>

#include <memory>

namespace authdeck {

namespace {

constexpr int KeyLockTimeoutMs = 30000;

} // namespace

DatabaseSecretStore::DatabaseSecretStore(ProfileStore& store, ProfileKey* key, QString keyPrefix,
                                         QObject* parent)
    : SecretStore(parent)
    , m_store(store)
    , m_key(key)
    , m_prefix(std::move(keyPrefix))
{
    m_key->setParent(this);
}

DatabaseSecretStore::~DatabaseSecretStore() = default;

std::optional<DatabaseSecretStore::Row> DatabaseSecretStore::rowOf(const QString& key) const
{
    if (!key.startsWith(m_prefix))
        return std::nullopt;
    const QString rest = key.mid(m_prefix.size());
    for (const QString& owner : {QStringLiteral("app"), QStringLiteral("account")}) {
        if (rest.startsWith(owner + QLatin1Char(':')))
            return Row{owner, rest.mid(owner.size() + 1)};
    }
    return std::nullopt;
}

void DatabaseSecretStore::lock()
{
    m_cipher.reset();
}

void DatabaseSecretStore::unlock(QObject* context, Done done)
{
    auto reply = guarded(context, std::move(done));
    withKey([reply](Status s) { reply(s); });
}

void DatabaseSecretStore::settle(const Status& status)
{
    m_obtaining = false;
    if (!status.ok())
        m_store.dropIfUnused(); // a first use that failed leaves no database behind
    const QList<std::function<void(Status)>> waiting = std::exchange(m_waiting, {});
    for (const auto& w : waiting)
        w(status);
}

void DatabaseSecretStore::withKey(std::function<void(Status)> then)
{
    if (m_cipher) {
        postLater(this, [then] { then({}); });
        return;
    }
    m_waiting.append(std::move(then));
    if (m_obtaining)
        return;
    m_obtaining = true;
    Result<ProfileDatabase*> db = m_store.database();
    if (!db.ok()) {
        postLater(this, [this, e = db.error()] { settle(e); });
        return;
    }
    // Two processes making a new profile's first key at once would each write their own: the
    // key is obtained (and, for a new profile, made) under the profile's key lock.
    AccountLock::acquire(
        m_store.profile().path(), QStringLiteral("profile-key"), KeyLockTimeoutMs, this,
        [this](Result<AccountLock::Handle> lock) {
            if (!lock.ok()) {
                settle(lock.error());
                return;
            }
            Result<ProfileDatabase*> db = m_store.database();
            if (!db.ok()) {
                settle(db.error());
                return;
            }
            ProfileDatabase* d = *db;
            Result<QString> check = QString();
            Result<QString> kind = QString();
            const Status read = d->transaction(false, [&]() -> Status {
                check = d->meta(QStringLiteral("key_check"));
                if (!check.ok())
                    return check.error();
                kind = d->meta(QStringLiteral("key_source"));
                return kind.ok() ? Status() : Status(kind.error());
            });
            if (!read.ok()) {
                settle(read);
                return;
            }
            if (!kind->isEmpty() && *kind != m_key->kind()) {
                settle(fail(ErrorKind::Usage,
                            *kind == QLatin1String("vault")
                                ? tr("This profile keeps its secrets in an encrypted vault: open "
                                     "it with --secret-store vault and its passphrase.")
                                : tr("This profile's key is in the keychain, not in a vault: open "
                                     "it with --secret-store keychain.")));
                return;
            }
            const bool create = check->isEmpty();
            const QString expected = *check;
            m_key->obtain(
                *d, create, this, [this, lock, create, expected, d](Result<SecretBytes> key) {
                    Q_UNUSED(lock) // held until the key check is settled
                    if (!key.ok()) {
                        settle(key.error());
                        return;
                    }
                    SecretCipher cipher(*key, d->profileId());
                    if (!create) {
                        if (!cipher.matches(expected)) {
                            settle(m_key->wrongKey(d->path()));
                            return;
                        }
                        m_cipher = std::move(cipher);
                        settle({});
                        return;
                    }
                    Result<QString> made = cipher.keyCheck();
                    const Status saved =
                        made.ok() ? d->transaction(
                            true,
                            [&]() -> Status {
                                if (Status s = d->setMeta(QStringLiteral("key_check"), *made);
                                    !s.ok())
                                    return s;
                                return d->setMeta(QStringLiteral("key_source"), m_key->kind());
                            })
                                  : Status(made.error());
                    if (!saved.ok()) {
                        m_key->discardCreated(this, [this, saved](Status) { settle(saved); });
                        return;
                    }
                    m_cipher = std::move(cipher);
                    settle({});
                });
        });
}

void DatabaseSecretStore::read(const QString& key, QObject* context, ReadDone done)
{
    auto reply = guarded(context, std::move(done));
    const std::optional<Row> row = rowOf(key);
    if (!row) {
        postLater(this, [reply] { reply(std::optional<SecretBytes>()); });
        return;
    }
    withKey([this, reply, row](Status s) {
        if (!s.ok()) {
            reply(s.error());
            return;
        }
        Result<ProfileDatabase*> db = m_store.database();
        if (!db.ok()) {
            reply(db.error());
            return;
        }
        Result<std::optional<ProfileDatabase::Sealed>> sealed =
            std::optional<ProfileDatabase::Sealed>();
        const Status read = (*db)->transaction(false, [&]() -> Status {
            sealed = (*db)->secret(row->owner, row->id);
            return sealed.ok() ? Status() : Status(sealed.error());
        });
        if (!read.ok()) {
            reply(read.error());
            return;
        }
        if (!sealed->has_value()) {
            reply(std::optional<SecretBytes>());
            return;
        }
        Result<SecretBytes> plain = m_cipher->open(row->owner, row->id, **sealed);
        if (!plain.ok()) {
            qCWarning(lcStore) << "a sealed value failed its check:" << row->owner << row->id;
            reply(plain.error());
            return;
        }
        reply(std::optional<SecretBytes>(*plain));
    });
}

void DatabaseSecretStore::write(const QString& key, const SecretBytes& value, QObject* context,
                                Done done)
{
    commit(m_store, {}, {SecretChange{key, value}}, context, std::move(done));
}

void DatabaseSecretStore::remove(const QString& key, QObject* context, Done done)
{
    commit(m_store, {}, {SecretChange{key, std::nullopt}}, context, std::move(done));
}

void DatabaseSecretStore::commit(ProfileStore& store, ProfileStore::Mutation mutation,
                                 QList<SecretChange> changes, QObject* context, Done done)
{
    Q_ASSERT(&store == &m_store);
    auto reply = guarded(context, std::move(done));
    const bool sealing = std::any_of(changes.cbegin(), changes.cend(),
                                     [](const SecretChange& c) { return c.value.has_value(); });
    auto apply = [this, mutation, changes, reply](Status s) {
        if (!s.ok()) {
            reply(s);
            return;
        }
        // Sealed before the transaction: no cryptography while it holds the write lock.
        struct Prepared {
            Row row;
            std::optional<ProfileDatabase::Sealed> sealed;
        };
        QList<Prepared> rows;
        rows.reserve(changes.size());
        for (const SecretChange& c : changes) {
            const std::optional<Row> row = rowOf(c.key);
            if (!row) {
                reply(fail(ErrorKind::Other, tr("Not a key of this profile.")));
                return;
            }
            Prepared p{*row, std::nullopt};
            if (c.value) {
                Result<ProfileDatabase::Sealed> sealed =
                    m_cipher->seal(row->owner, row->id, *c.value);
                if (!sealed.ok()) {
                    reply(sealed.error());
                    return;
                }
                p.sealed = *sealed;
            }
            rows.append(p);
        }
        const auto writeRows = [rows](ProfileDatabase& db) -> Status {
            for (const Prepared& p : rows) {
                const Status w = p.sealed ? db.putSecret(p.row.owner, p.row.id, *p.sealed)
                                          : db.removeSecret(p.row.owner, p.row.id);
                if (!w.ok())
                    return w;
            }
            return {};
        };
        const ProfileStore::Mutation m =
            mutation ? mutation
                     : ProfileStore::Mutation([](ProfileStore::Snapshot&) { return Status(); });
        reply(m_store.update(m, writeRows));
    };
    if (!sealing) {
        // Removing needs no key.
        postLater(this, [apply] { apply({}); });
        return;
    }
    withKey(apply);
}

void DatabaseSecretStore::checkHealth(QObject* context, HealthDone done)
{
    m_key->checkHealth(context, std::move(done));
}

QString DatabaseSecretStore::displayName() const
{
    return m_key->displayName();
}

} // namespace authdeck
