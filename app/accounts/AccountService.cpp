#include "accounts/AccountService.h"

#include "core/Async.h"
#include "core/Log.h"
#include "secrets/SecretStore.h"

#include <QUuid>

#include <algorithm>
#include <memory>

namespace authdeck {

AccountService::AccountService(ProfileStore& store, SecretStore& secrets, QString secretKeyPrefix,
                               QObject* parent)
    : QObject(parent)
    , m_store(store)
    , m_secrets(secrets)
    , m_keyPrefix(std::move(secretKeyPrefix))
{
    connect(&m_store, &ProfileStore::changed, this, &AccountService::accountsChanged);
}

QString AccountService::secretKey(const QString& accountId) const
{
    return m_keyPrefix + QStringLiteral("account:") + accountId;
}

Result<QList<Account>> AccountService::list() const
{
    Result<ProfileStore::Snapshot> s = m_store.load();
    if (!s.ok())
        return s.error();
    return s->accounts;
}

Result<Account> AccountService::find(const QString& idOrName) const
{
    Result<ProfileStore::Snapshot> s = m_store.load();
    if (!s.ok())
        return s.error();
    if (const Account* a = s->account(idOrName))
        return *a;
    QList<const Account*> matches;
    for (const Account& a : s->accounts) {
        if (a.name == idOrName)
            matches.append(&a);
    }
    if (matches.isEmpty()) {
        for (const Account& a : s->accounts) {
            if (a.name.compare(idOrName, Qt::CaseInsensitive) == 0)
                matches.append(&a);
        }
    }
    if (matches.size() == 1)
        return *matches.first();
    if (matches.size() > 1) {
        QStringList ids;
        for (const Account* a : matches)
            ids.append(a->id);
        return fail(ErrorKind::Usage, tr("%1 accounts are named \"%2\"; use an id instead: %3")
                                          .arg(matches.size())
                                          .arg(idOrName, ids.join(QStringLiteral(", "))));
    }
    return fail(ErrorKind::Usage, tr("No account \"%1\". Run \"authdeck-cli accounts\" to see the "
                                     "connected accounts.")
                                      .arg(idOrName));
}

namespace {

// wanted, or "wanted (2)", "wanted (3)"... whichever no account in the list has yet.
QString nameFreeIn(const QList<Account>& accounts, const QString& wanted)
{
    auto taken = [&](const QString& n) {
        return std::any_of(accounts.begin(), accounts.end(), [&](const Account& a) {
            return a.name.compare(n, Qt::CaseInsensitive) == 0;
        });
    };
    if (!taken(wanted))
        return wanted;
    for (int i = 2;; ++i) {
        const QString candidate = QStringLiteral("%1 (%2)").arg(wanted).arg(i);
        if (!taken(candidate))
            return candidate;
    }
}

} // namespace

QString AccountService::uniqueName(const QString& wanted) const
{
    Result<ProfileStore::Snapshot> s = m_store.load();
    return s.ok() ? nameFreeIn(s->accounts, wanted) : wanted;
}

void AccountService::create(Account account, const SecretRecord& secrets, QObject* context,
                            AccountDone done)
{
    auto reply = guarded(context, std::move(done));
    if (account.id.isEmpty())
        account.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (!account.created.isValid())
        account.created = QDateTime::currentDateTimeUtc();
    auto saving = std::make_shared<Account>(account);
    const ProfileStore::Mutation add = [saving](ProfileStore::Snapshot& s) -> Status {
        // Names identify accounts on the command line: made unique inside the transaction, since
        // another process may have saved one of the same name meanwhile.
        saving->name = nameFreeIn(s.accounts, saving->name);
        s.accounts.append(*saving);
        return {};
    };
    QList<SecretChange> changes;
    if (!secrets.isEmpty())
        changes.append({secretKey(account.id), secrets.serialize()});
    // The account and its tokens together: one transaction in the profile database.
    m_secrets.commit(m_store, add, changes, this, [saving, reply](Status s) {
        if (!s.ok()) {
            reply(s.error());
            return;
        }
        qCInfo(lcStore) << "account saved" << saving->id << saving->providerId;
        reply(*saving);
    });
}

void AccountService::removeLocal(const QString& id, QObject* context,
                                 std::function<void(Status)> done)
{
    const ProfileStore::Mutation drop = [id](ProfileStore::Snapshot& snap) -> Status {
        snap.accounts.removeIf([&](const Account& a) { return a.id == id; });
        return {};
    };
    m_secrets.commit(m_store, drop, {SecretChange{secretKey(id), std::nullopt}}, context,
                     std::move(done));
}

void AccountService::readSecrets(const QString& id, QObject* context, SecretsDone done)
{
    m_secrets.readRecord(secretKey(id), context, std::move(done));
}

void AccountService::writeSecrets(const QString& id, const SecretRecord& secrets, QObject* context,
                                  std::function<void(Status)> done)
{
    m_secrets.commit(m_store, {}, {SecretChange{secretKey(id), secrets.serialize()}}, context,
                     std::move(done));
}

void AccountService::saveTokens(const QString& id, const SecretRecord& secrets,
                                const std::function<void(Account&)>& change, QObject* context,
                                AccountDone done)
{
    auto reply = guarded(context, std::move(done));
    auto updated = std::make_shared<Account>();
    const ProfileStore::Mutation m = [id, change, updated](ProfileStore::Snapshot& snap) -> Status {
        Account* a = snap.account(id);
        if (!a)
            return fail(ErrorKind::Usage, tr("The account was removed meanwhile."));
        change(*a);
        *updated = *a;
        return {};
    };
    m_secrets.commit(m_store, m, {SecretChange{secretKey(id), secrets.serialize()}}, this,
                     [updated, reply](Status s) {
                         if (!s.ok())
                             reply(s.error());
                         else
                             reply(*updated);
                     });
}

Result<Account> AccountService::updateMetadata(const QString& id,
                                               const std::function<void(Account&)>& change)
{
    Account updated;
    const Status s = m_store.update([&](ProfileStore::Snapshot& snap) -> Status {
        Account* a = snap.account(id);
        if (!a)
            return fail(ErrorKind::Usage, tr("The account was removed meanwhile."));
        change(*a);
        updated = *a;
        return {};
    });
    if (!s.ok())
        return s.error();
    return updated;
}

} // namespace authdeck
