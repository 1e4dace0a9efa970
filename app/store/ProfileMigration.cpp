#include "store/ProfileMigration.h"

#include "accounts/ProfileStore.h"
#include "core/Async.h"
#include "core/Log.h"
#include "engine/Engine.h"
#include "secrets/KeychainSecretStore.h"
#include "secrets/SecretRecord.h"
#include "secrets/VaultSecretStore.h"
#include "store/DatabaseSecretStore.h"
#include "store/ProfileDatabase.h"
#include "store/ProfileKey.h"
#include "store/SecretCipher.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <memory>

namespace authdeck {

namespace {

struct Item {
    QString owner; // "app" or "account"
    QString id;
    QString oldKey; // the item's entry in the old store
};

struct Migration {
    Engine* engine = nullptr;
    std::unique_ptr<ProfileDatabase> db;
    bool createdDatabase = false;
    QList<QJsonObject> apps;
    QList<QJsonObject> accounts;
    QList<Item> items;
    QList<std::optional<SecretBytes>> values; // by item
    SecretStore* old = nullptr;               // the store the secrets come from
    std::unique_ptr<SecretStore> ownedOld;
    std::function<void(Status)> replyFn;
    // Keeps the migration alive until it has replied (then released in reply()).
    std::shared_ptr<Migration> self;

    void reply(const Status& s)
    {
        auto r = std::exchange(replyFn, nullptr);
        std::shared_ptr<Migration> keep = std::move(self); // *this may go when keep does
        if (r)
            r(s);
    }
    void fail(const Error& e);
    void readNext(int index);
    void commit(const SecretBytes& key);
    void cleanUp();
};

void Migration::fail(const Error& e)
{
    // Nothing the migration made stays: the key it created, the database file it created.
    auto* dbs = dynamic_cast<DatabaseSecretStore*>(&engine->secrets());
    const QString path = db ? db->path() : QString();
    const bool remove = createdDatabase;
    db.reset();
    if (remove) {
        for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(path + suffix);
    }
    qCWarning(lcStore).noquote() << "the profile was not moved into its database:" << e.message;
    Error shown = e;
    shown.message = QCoreApplication::translate(
                        "authdeck::ProfileMigration",
                        "The profile could not be moved into its database; nothing was changed "
                        "and AuthDeck will try again next time. %1")
                        .arg(e.message);
    if (dbs) {
        dbs->profileKey().discardCreated(engine, [this, shown](Status) { reply(shown); });
        return;
    }
    reply(shown);
}

void Migration::readNext(int index)
{
    if (index >= items.size()) {
        auto* dbs = dynamic_cast<DatabaseSecretStore*>(&engine->secrets());
        if (!dbs) {
            fail(authdeck::fail(ErrorKind::Other,
                                QCoreApplication::translate("authdeck::ProfileMigration",
                                                            "No profile database to move into.")));
            return;
        }
        Result<QString> check = QString();
        const Status read = db->transaction(false, [&]() -> Status {
            check = db->meta(QStringLiteral("key_check"));
            return check.ok() ? Status() : Status(check.error());
        });
        if (!read.ok()) {
            fail(read.error());
            return;
        }
        dbs->profileKey().obtain(
            *db, check->isEmpty(), engine, [this, expected = *check, dbs](Result<SecretBytes> key) {
                if (!key.ok()) {
                    fail(key.error());
                    return;
                }
                if (!expected.isEmpty() && !SecretCipher(*key, db->profileId()).matches(expected)) {
                    fail(dbs->profileKey().wrongKey(db->path()));
                    return;
                }
                commit(*key);
            });
        return;
    }
    const Item item = items.at(index);
    old->read(item.oldKey, engine, [this, index](Result<std::optional<SecretBytes>> r) {
        if (!r.ok()) {
            fail(r.error());
            return;
        }
        values.append(*r);
        readNext(index + 1);
    });
}

void Migration::commit(const SecretBytes& key)
{
    const SecretCipher cipher(key, db->profileId());
    QList<std::pair<Item, ProfileDatabase::Sealed>> sealed;
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (!values.at(i))
            continue;
        Result<ProfileDatabase::Sealed> s =
            cipher.seal(items.at(i).owner, items.at(i).id, *values.at(i));
        if (!s.ok()) {
            fail(s.error());
            return;
        }
        sealed.append({items.at(i), *s});
    }
    Result<QString> check = cipher.keyCheck();
    if (!check.ok()) {
        fail(check.error());
        return;
    }
    auto* dbs = dynamic_cast<DatabaseSecretStore*>(&engine->secrets());
    const Status saved = db->transaction(true, [&]() -> Status {
        for (const QJsonObject& a : std::as_const(apps)) {
            if (Status s = db->putDocument(QStringLiteral("apps"), a.value(u"id").toString(), a);
                !s.ok())
                return s;
        }
        for (const QJsonObject& a : std::as_const(accounts)) {
            if (Status s =
                    db->putDocument(QStringLiteral("accounts"), a.value(u"id").toString(), a);
                !s.ok())
                return s;
        }
        for (const auto& [item, value] : std::as_const(sealed)) {
            if (Status s = db->putSecret(item.owner, item.id, value); !s.ok())
                return s;
        }
        if (Status s = db->setMeta(QStringLiteral("key_check"), *check); !s.ok())
            return s;
        if (Status s = db->setMeta(QStringLiteral("key_source"), dbs->profileKey().kind()); !s.ok())
            return s;
        return db->setMeta(QStringLiteral("legacy_migrated"),
                           QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    });
    if (!saved.ok()) {
        fail(saved.error());
        return;
    }
    qCInfo(lcStore) << "moved" << apps.size() << "apps and" << accounts.size()
                    << "accounts into the profile database";
    cleanUp();
}

void Migration::cleanUp()
{
    // Committed: only now do the old copies go.
    ProfileStore& store = engine->store();
    const QString legacy = store.legacyFilePath();
    const QString kept = legacy + QStringLiteral(".migrated");
    QFile::remove(kept);
    if (!QFile::rename(legacy, kept))
        QFile::remove(legacy);
    db.reset();
    if (!old) {
        reply({});
        return;
    }
    auto remaining = std::make_shared<QList<Item>>(items);
    auto next = std::make_shared<std::function<void()>>();
    *next = [this, remaining, weak = std::weak_ptr<std::function<void()>>(next)] {
        if (remaining->isEmpty()) {
            const QString vault = engine->profile().filePath(QStringLiteral("vault.json"));
            if (ownedOld && QFileInfo::exists(vault))
                QFile::remove(vault);
            reply({});
            return;
        }
        const Item item = remaining->takeFirst();
        old->remove(item.oldKey, engine, [self = weak.lock()](Status s) {
            if (!s.ok())
                qCInfo(lcStore) << "an old keychain entry could not be deleted";
            (*self)();
        });
    };
    (*next)();
}

} // namespace

void ProfileMigration::run(Engine& engine, QObject* context, std::function<void(Status)> done)
{
    auto reply = guarded(context, std::move(done));
    ProfileStore& store = engine.store();
    if (!store.needsMigration()) {
        postLater(&engine, [reply] { reply({}); });
        return;
    }
    auto m = std::make_shared<Migration>();
    m->engine = &engine;
    // The migration's state lives until it replies (it holds itself until then).
    m->replyFn = reply;
    m->self = m;
    auto failLater = [&engine, m](const Error& e) { postLater(&engine, [m, e] { m->fail(e); }); };

    const QString legacy = store.legacyFilePath();
    QFile f(legacy);
    if (!f.open(QIODevice::ReadOnly)) {
        failLater(
            fail(ErrorKind::Other,
                 QCoreApplication::translate("authdeck::ProfileMigration", "Cannot read %1: %2")
                     .arg(QDir::toNativeSeparators(legacy), f.errorString())));
        return;
    }
    QJsonParseError perr{};
    const QJsonObject root = QJsonDocument::fromJson(f.readAll(), &perr).object();
    if (perr.error != QJsonParseError::NoError
        || root.value(u"format").toString() != QLatin1String("authdeck-profile")
        || !root.value(u"apps").isArray() || !root.value(u"accounts").isArray()) {
        failLater(fail(
            ErrorKind::BadInput,
            QCoreApplication::translate("authdeck::ProfileMigration",
                                        "The profile file %1 is damaged; it was left as it is.")
                .arg(QDir::toNativeSeparators(legacy))));
        return;
    }
    for (const QJsonValue& v : root.value(u"apps").toArray())
        m->apps.append(v.toObject());
    for (const QJsonValue& v : root.value(u"accounts").toArray())
        m->accounts.append(v.toObject());
    if (Result<ProfileStore::Snapshot> checked =
            ProfileStore::fromDocuments(m->apps, m->accounts, QDir::toNativeSeparators(legacy));
        !checked.ok()) {
        failLater(checked.error());
        return;
    }
    const QString prefix = engine.secretKeyPrefix();
    for (const QJsonObject& a : std::as_const(m->apps)) {
        const QString id = a.value(u"id").toString();
        m->items.append({QStringLiteral("app"), id, prefix + QStringLiteral("app:") + id});
    }
    for (const QJsonObject& a : std::as_const(m->accounts)) {
        const QString id = a.value(u"id").toString();
        m->items.append({QStringLiteral("account"), id, prefix + QStringLiteral("account:") + id});
    }

    const QString dbPath = store.filePath();
    m->createdDatabase = !QFileInfo::exists(dbPath);
    Result<std::unique_ptr<ProfileDatabase>> db =
        ProfileDatabase::open(dbPath, engine.profile().id());
    if (!db.ok()) {
        m->createdDatabase = false; // not ours to remove: refused as it is
        failLater(db.error());
        return;
    }
    m->db = std::move(db).value();
    Result<QString> migrated = QString();
    (void)m->db->transaction(false, [&]() -> Status {
        migrated = m->db->meta(QStringLiteral("legacy_migrated"));
        return {};
    });
    if (migrated.ok() && !migrated->isEmpty()) {
        // Committed before, then stopped: only the clean-up is left.
        postLater(&engine, [m] { m->cleanUp(); });
        return;
    }
    // Where the old secrets are: the keychain entries, or the vault file.
    auto* dbs = dynamic_cast<DatabaseSecretStore*>(&engine.secrets());
    if (!dbs) {
        failLater(fail(ErrorKind::Other,
                       QCoreApplication::translate("authdeck::ProfileMigration",
                                                   "No profile database to move into.")));
        return;
    }
    if (dbs->profileKey().kind() == QLatin1String("vault")) {
        const QString vault = engine.profile().filePath(QStringLiteral("vault.json"));
        if (QFileInfo::exists(vault)) {
            m->ownedOld = std::make_unique<VaultSecretStore>(vault, engine.vaultPassphrase());
            m->old = m->ownedOld.get();
        }
    } else {
        m->ownedOld = std::make_unique<KeychainSecretStore>(Engine::keychainService(),
                                                            prefix + QStringLiteral("probe"));
        m->old = m->ownedOld.get();
    }
    if (!m->old) {
        // Nothing secret to bring along (a vault profile without its file).
        for (qsizetype i = 0; i < m->items.size(); ++i)
            m->values.append(std::nullopt);
        m->items.clear();
        m->values.clear();
    }
    postLater(&engine, [m] { m->readNext(0); });
}

} // namespace authdeck
