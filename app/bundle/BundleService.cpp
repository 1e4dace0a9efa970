#include "bundle/BundleService.h"

#include "accounts/AccountService.h"
#include "accounts/AppService.h"
#include "accounts/ProfileStore.h"
#include "core/Async.h"
#include "core/Ids.h"
#include "core/Log.h"
#include "core/OffThread.h"
#include "crypto/KeyFiles.h"
#include "providers/ProviderCatalog.h"
#include "secrets/SecretStore.h"

#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QUuid>

#include <memory>
#include <optional>
#include <vector>

namespace authdeck {

using bundle::BundleFormat;

namespace {

using Step = std::function<void(std::function<void(Status)>)>;

// Runs asynchronous steps one after another, stopping at the first failure.
void runSteps(std::shared_ptr<std::vector<Step>> steps, size_t index,
              std::function<void(Status, size_t)> done)
{
    if (index >= steps->size()) {
        done({}, index);
        return;
    }
    (*steps)[index]([steps, index, done](Status s) {
        if (!s.ok()) {
            done(s, index);
            return;
        }
        runSteps(steps, index + 1, done);
    });
}

QString suffixed(const QString& name, const QSet<QString>& takenLower)
{
    for (int i = 2;; ++i) {
        const QString candidate = QStringLiteral("%1 (%2)").arg(name).arg(i);
        if (!takenLower.contains(candidate.toLower()))
            return candidate;
    }
}

Result<QByteArray> readBundleFile(const QString& path)
{
    const QFileInfo info(path);
    if (!info.isFile())
        return fail(
            ErrorKind::Usage,
            BundleService::tr("The bundle file %1 does not exist or is not a file.").arg(path));
    if (info.size() > BundleFormat::MaxFileBytes)
        return fail(ErrorKind::BadInput,
                    BundleService::tr("The bundle is refused: the file is larger than 16 MiB; "
                                      "nothing was imported."));
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return fail(
            ErrorKind::BadInput,
            BundleService::tr("Cannot read the bundle file %1: %2").arg(path, f.errorString()));
    QByteArray bytes = f.read(BundleFormat::MaxFileBytes + 1);
    if (bytes.size() > BundleFormat::MaxFileBytes)
        return fail(ErrorKind::BadInput,
                    BundleService::tr("The bundle is refused: the file is larger than 16 MiB; "
                                      "nothing was imported."));
    return bytes;
}

} // namespace

BundleService::BundleService(ProfileStore& store, SecretStore& secrets, AppService& apps,
                             AccountService& accounts, QObject* parent)
    : QObject(parent)
    , m_store(store)
    , m_secrets(secrets)
    , m_apps(apps)
    , m_accounts(accounts)
{}

QString BundleService::actionId(Action action)
{
    switch (action) {
    case Action::Add:
        return QStringLiteral("added");
    case Action::Replace:
        return QStringLiteral("replaced");
    case Action::Skip:
        return QStringLiteral("skipped");
    case Action::Rename:
        return QStringLiteral("renamed");
    }
    return {};
}

void BundleService::exportBundle(ExportRequest request, QObject* context,
                                 std::function<void(Result<ExportSummary>)> done)
{
    auto reply = guarded(context, std::move(done));
    auto failLater = [this, reply](const Error& e) { postLater(this, [reply, e] { reply(e); }); };

    Result<ProfileStore::Snapshot> snap = m_store.load();
    if (!snap.ok())
        return failLater(snap.error());
    QList<AppRegistration> apps;
    QList<Account> accounts;
    auto addApp = [&apps](const AppRegistration& a) {
        if (std::none_of(apps.begin(), apps.end(), [&](const auto& x) { return x.id == a.id; }))
            apps.append(a);
    };
    if (request.apps.isEmpty() && request.accounts.isEmpty()) {
        apps = snap->apps;
        accounts = snap->accounts;
    } else {
        for (const QString& name : std::as_const(request.apps)) {
            Result<AppRegistration> a = m_apps.find(name);
            if (!a.ok())
                return failLater(a.error());
            addApp(*a);
        }
        for (const QString& name : std::as_const(request.accounts)) {
            Result<Account> a = m_accounts.find(name);
            if (!a.ok())
                return failLater(a.error());
            if (std::any_of(accounts.begin(), accounts.end(),
                            [&](const Account& x) { return x.id == a->id; }))
                continue;
            accounts.append(*a);
            // An account travels with its app registration, or it could not be used.
            if (const AppRegistration* app = a->appId.isEmpty() ? nullptr : snap->app(a->appId))
                addApp(*app);
        }
    }
    if (request.path.isEmpty())
        return failLater(fail(ErrorKind::Usage, tr("Give the bundle file to write (--out).")));
    if (!request.replaceExisting && QFileInfo::exists(request.path))
        return failLater(
            fail(ErrorKind::Usage,
                 tr("%1 already exists; choose another file name.").arg(request.path)));
    if (request.includeSecrets) {
        if (Status allowed = m_apps.catalog().mayExportSecrets(); !allowed.ok())
            return failLater(allowed.error());
    }
    if (request.includeSecrets && request.passphrase.isEmpty())
        return failLater(fail(ErrorKind::Usage, tr("Secrets are exported encrypted: give a "
                                                   "passphrase (--passphrase-file).")));

    QJsonArray appJson;
    QJsonArray accountJson;
    for (const AppRegistration& a : std::as_const(apps))
        appJson.append(a.toJson());
    for (const Account& a : std::as_const(accounts)) {
        QJsonObject o = a.toJson();
        const Provider* provider = m_apps.catalog().find(a.providerId);
        if (request.includeSecrets && a.scheme == Scheme::OAuth2 && provider && provider->oauth2
            && provider->oauth2->singleUseRefreshTokens) {
            // Said in the reviewable part: the grant can live in one place only.
            o.insert(QStringLiteral("review"),
                     tr("%1 spends a refresh token each time it is used: importing this bundle "
                        "elsewhere moves the sign-in there, and the account here must then sign "
                        "in again.")
                         .arg(provider->name));
        }
        accountJson.append(o);
    }

    auto summary = std::make_shared<ExportSummary>();
    summary->path = request.path;
    summary->apps = int(apps.size());
    summary->accounts = int(accounts.size());
    summary->secrets = request.includeSecrets;
    auto secrets = std::make_shared<BundleFormat::Secrets>();

    const QDateTime created = QDateTime::currentDateTimeUtc();
    auto writeFile = [this, reply, summary, request](Result<QByteArray> bytes) {
        if (!bytes.ok()) {
            reply(bytes.error());
            return;
        }
        const Status written = crypto::KeyFiles::writeKeyFile(
            request.path, SecretBytes(std::move(bytes).value()),
            request.replaceExisting ? crypto::KeyFiles::Existing::Replace
                                    : crypto::KeyFiles::Existing::Refuse);
        if (!written.ok()) {
            reply(written.error());
            return;
        }
        qCInfo(lcBundle) << "bundle exported" << summary->apps << "apps" << summary->accounts
                         << "accounts, secrets" << summary->secrets;
        // A team's audit log says who took a copy of what (never the passphrase or a secret).
        if (Status audited =
                m_store.record(QStringLiteral("exported"),
                               QStringLiteral("%1 apps and %2 accounts %3 to %4")
                                   .arg(summary->apps)
                                   .arg(summary->accounts)
                                   .arg(summary->secrets ? QStringLiteral("with their secrets")
                                                         : QStringLiteral("without secrets"),
                                        QFileInfo(request.path).fileName()));
            !audited.ok())
            qCWarning(lcBundle) << "the export is not in the team's audit log:"
                                << audited.error().message;
        reply(*summary);
    };
    if (!request.includeSecrets) {
        postLater(this, [writeFile, appJson, accountJson, created] {
            writeFile(BundleFormat::write(appJson, accountJson, created, nullptr, nullptr));
        });
        return;
    }

    // Read every keychain record, then derive and encrypt on a worker.
    auto steps = std::make_shared<std::vector<Step>>();
    for (const AppRegistration& a : std::as_const(apps)) {
        steps->push_back([this, secrets, summary, a](std::function<void(Status)> next) {
            m_secrets.readRecord(m_apps.secretKey(a.id), this,
                                 [secrets, summary, a, next](Result<SecretRecord> r) {
                                     if (!r.ok())
                                         return next(r.error());
                                     if (r->isEmpty()) {
                                         if (a.hasClientSecret || a.hasPrivateKey)
                                             summary->withoutSecrets.append(a.name);
                                     } else {
                                         secrets->apps.insert(a.id, *r);
                                     }
                                     next({});
                                 });
        });
    }
    for (const Account& a : std::as_const(accounts)) {
        steps->push_back([this, secrets, summary, a](std::function<void(Status)> next) {
            m_secrets.readRecord(m_accounts.secretKey(a.id), this,
                                 [secrets, summary, a, next](Result<SecretRecord> r) {
                                     if (!r.ok())
                                         return next(r.error());
                                     if (r->isEmpty())
                                         summary->withoutSecrets.append(a.name);
                                     else
                                         secrets->accounts.insert(a.id, *r);
                                     next({});
                                 });
        });
    }
    // scrypt on a worker while the keychain records are read (one at a time, on this thread):
    // the export costs the longer of the two, not their sum. The file is written once both are
    // done; a keychain failure is reported even though the key was derived.
    struct Joint {
        std::optional<Result<BundleFormat::Keys>> keys;
        std::optional<Status> read;
    };
    auto joint = std::make_shared<Joint>();
    auto finish = [this, joint, reply, writeFile, secrets, appJson, accountJson, created] {
        if (!joint->keys || !joint->read)
            return;
        if (!joint->read->ok()) {
            reply(joint->read->error());
            return;
        }
        if (!joint->keys->ok()) {
            reply(joint->keys->error());
            return;
        }
        const BundleFormat::Keys keys = **joint->keys;
        runOffThread<Result<QByteArray>>(
            this,
            [secrets, keys, appJson, accountJson, created]() -> Result<QByteArray> {
                return BundleFormat::write(appJson, accountJson, created, secrets.get(), &keys);
            },
            writeFile);
    };
    runOffThread<Result<BundleFormat::Keys>>(
        this,
        [passphrase = request.passphrase, log2N = request.log2N]() {
            return BundleFormat::deriveKeys(passphrase, BundleFormat::freshKdf(log2N));
        },
        [joint, finish](Result<BundleFormat::Keys> keys) {
            joint->keys = std::move(keys);
            finish();
        });
    runSteps(steps, 0, [joint, finish](Status s, size_t) {
        joint->read = std::move(s);
        finish();
    });
}

Result<BundleFormat::Parsed> BundleService::peek(const QString& path)
{
    Result<QByteArray> bytes = readBundleFile(path);
    if (!bytes.ok())
        return bytes.error();
    return BundleFormat::parse(*bytes);
}

void BundleService::read(const QString& path, const SecretBytes& passphrase, QObject* context,
                         std::function<void(Result<Contents>)> done)
{
    auto reply = guarded(context, std::move(done));
    Result<BundleFormat::Parsed> parsed = peek(path);
    if (!parsed.ok()) {
        postLater(this, [reply, e = parsed.error()] { reply(e); });
        return;
    }
    Contents c;
    c.created = parsed->created;
    for (const QJsonValue& v : std::as_const(parsed->apps))
        c.apps.append(AppRegistration::fromJson(v.toObject()));
    for (const QJsonValue& v : std::as_const(parsed->accounts))
        c.accounts.append(Account::fromJson(v.toObject()));
    if (!parsed->secrets) {
        postLater(this, [reply, c] { reply(c); });
        return;
    }
    if (passphrase.isEmpty()) {
        postLater(this, [reply] {
            reply(fail(ErrorKind::Usage, tr("The bundle holds encrypted secrets: give its "
                                            "passphrase (--passphrase-file).")));
        });
        return;
    }
    const BundleFormat::Parsed p = *parsed;
    runOffThread<Result<BundleFormat::Secrets>>(
        this,
        [p, passphrase]() -> Result<BundleFormat::Secrets> {
            Result<BundleFormat::Keys> keys = BundleFormat::deriveKeys(passphrase, p.secrets->kdf);
            if (!keys.ok())
                return keys.error();
            return BundleFormat::open(p, *keys);
        },
        [reply, c](Result<BundleFormat::Secrets> s) mutable {
            if (!s.ok()) {
                reply(s.error());
                return;
            }
            c.hasSecrets = true;
            c.secrets = std::move(s).value();
            reply(c);
        });
}

Status BundleService::checkImportedAccount(const Account& account) const
{
    // Ids name lock files and keychain keys: nothing from a bundle may point outside them.
    if (!ids::isValid(account.id) || !ids::isValid(account.providerId)
        || (!account.appId.isEmpty() && !ids::isValid(account.appId))) {
        return fail(ErrorKind::BadInput,
                    tr("The bundle is refused: the account \"%1\" has an id that is not valid; "
                       "nothing was imported.")
                        .arg(account.name.left(100)));
    }
    const ProviderCatalog& catalog = m_apps.catalog();
    const Provider* provider = catalog.find(account.providerId);
    if (!provider && catalog.isForbidden(account.providerId))
        return fail(ErrorKind::Usage, catalog.policy().refusalForProvider(account.providerId));
    if (!provider) {
        return fail(ErrorKind::BadInput,
                    tr("The account \"%1\" uses the provider \"%2\", which is not in the "
                       "catalog; nothing was imported.")
                        .arg(account.name.left(100), account.providerId));
    }
    if (!provider->supports(account.scheme)) {
        if (!catalog.policy().allowsScheme(account.scheme))
            return fail(ErrorKind::Usage,
                        catalog.policy().refusalForScheme(provider->name, account.scheme));
        return fail(
            ErrorKind::BadInput,
            tr("The account \"%1\" uses %2, which %3 does not offer; nothing was "
               "imported.")
                .arg(account.name.left(100), schemeDisplayName(account.scheme), provider->name));
    }
    return {};
}

Result<BundleService::Plan> BundleService::plan(const Contents& contents, Conflict conflict)
{
    Result<ProfileStore::Snapshot> snap = m_store.load();
    if (!snap.ok())
        return snap.error();
    Plan plan;
    plan.conflict = conflict;
    QSet<QString> appNames;
    for (const AppRegistration& a : std::as_const(snap->apps))
        appNames.insert(a.name.toLower());
    QSet<QString> accountNames;
    for (const Account& a : std::as_const(snap->accounts))
        accountNames.insert(a.name.toLower());
    QHash<QString, QString> appIds; // bundle id -> id in this profile

    for (const AppRegistration& incoming : contents.apps) {
        // Checked like a new registration before anything is planned: catalog rules, URL policy,
        // the organization's policy. The bundle's own pins count for nothing.
        Result<AppRegistration> checked = m_apps.checkImported(incoming);
        if (!checked.ok())
            return checked.error();
        const AppRegistration& b = *checked;
        const AppRegistration* existing = snap->app(b.id);
        if (!existing) {
            for (const AppRegistration& a : std::as_const(snap->apps)) {
                if (a.name.compare(b.name, Qt::CaseInsensitive) == 0)
                    existing = &a;
            }
        }
        PlanItem item;
        item.isApp = true;
        item.bundleName = b.name;
        item.app = b;
        if (!existing) {
            item.action = Action::Add;
            if (appNames.contains(b.name.toLower()))
                item.app.name = suffixed(b.name, appNames);
        } else if (conflict == Conflict::Skip) {
            item.action = Action::Skip;
            item.app = *existing;
        } else if (conflict == Conflict::Replace) {
            item.action = Action::Replace;
            item.app.id = existing->id;
            // A replaced app keeps the origins it was pinned to: where the bundle points it
            // elsewhere, it is held until the admin approves (apps approve).
            item.app.pins = existing->pins;
            if (Result<EndpointOrigins> now = m_apps.origins(item.app); now.ok()) {
                QMap<QString, QString> pinned = existing->pins;
                if (pinned.isEmpty()) {
                    if (Result<EndpointOrigins> before = m_apps.origins(*existing); before.ok())
                        pinned = before->byRole;
                    item.app.pins = pinned;
                }
                item.endpointChanges = now->changesFrom(pinned);
            }
            const bool nameTakenElsewhere =
                std::any_of(snap->apps.begin(), snap->apps.end(), [&](const AppRegistration& a) {
                    return a.id != existing->id && a.name.compare(b.name, Qt::CaseInsensitive) == 0;
                });
            if (nameTakenElsewhere)
                item.app.name = existing->name;
        } else {
            item.action = Action::Rename;
            item.app.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
            item.app.name = suffixed(b.name, appNames);
        }
        appNames.insert(item.app.name.toLower());
        if (item.action != Action::Skip) {
            const SecretRecord record = contents.secrets.apps.value(b.id);
            if (!record.isEmpty()) {
                item.secrets = record;
                item.app.hasClientSecret = record.has(QStringLiteral("client_secret"));
                item.app.hasPrivateKey = record.has(QStringLiteral("private_key"));
                item.app.needsCredentials = false;
            } else if (item.action == Action::Replace && !item.endpointChanges.isEmpty()) {
                // Secrets stay with the origins they were made for: the old ones are deleted
                // rather than kept for endpoints the bundle chose.
                item.dropSecrets = existing->hasClientSecret || existing->hasPrivateKey;
                item.app.hasClientSecret = false;
                item.app.hasPrivateKey = false;
                item.app.needsCredentials = item.dropSecrets || existing->needsCredentials;
            } else if (item.action == Action::Replace) {
                // The bundle has no secrets for it: the app keeps the ones it has.
                item.app.hasClientSecret = existing->hasClientSecret;
                item.app.hasPrivateKey = existing->hasPrivateKey;
                item.app.needsCredentials = existing->needsCredentials;
            } else if (b.hasClientSecret || b.hasPrivateKey || b.needsCredentials) {
                item.app.hasClientSecret = false;
                item.app.hasPrivateKey = false;
                item.app.needsCredentials = true;
            }
            item.needsCredentials = item.app.needsCredentials;
        }
        item.targetId = item.app.id;
        item.targetName = item.app.name;
        appIds.insert(b.id, item.app.id);
        plan.items.append(item);
    }

    for (const Account& b : contents.accounts) {
        if (Status s = checkImportedAccount(b); !s.ok())
            return s.error();
        const Account* existing = snap->account(b.id);
        if (!existing) {
            for (const Account& a : std::as_const(snap->accounts)) {
                if (a.name.compare(b.name, Qt::CaseInsensitive) == 0)
                    existing = &a;
            }
        }
        PlanItem item;
        item.isApp = false;
        item.bundleName = b.name;
        item.account = b;
        item.account.appId = appIds.value(b.appId, b.appId);
        if (!existing) {
            item.action = Action::Add;
            if (accountNames.contains(b.name.toLower()))
                item.account.name = suffixed(b.name, accountNames);
        } else if (conflict == Conflict::Skip) {
            item.action = Action::Skip;
            item.account = *existing;
        } else if (conflict == Conflict::Replace) {
            item.action = Action::Replace;
            item.account.id = existing->id;
        } else {
            item.action = Action::Rename;
            item.account.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
            item.account.name = suffixed(b.name, accountNames);
        }
        accountNames.insert(item.account.name.toLower());
        if (item.action != Action::Skip) {
            SecretRecord record = contents.secrets.accounts.value(b.id);
            if (item.action == Action::Rename) {
                // One token family per account: a copy never shares the original's grant (Box's
                // refresh tokens are single use: the copy refreshing would kill the original).
                const bool hadGrant = record.has(QStringLiteral("refresh_token"))
                                      || record.has(QStringLiteral("access_token"));
                for (const char* token :
                     {"access_token", "refresh_token", "token_type", "id_token"})
                    record.remove(QLatin1String(token));
                item.account.accessExpires = QDateTime();
                item.account.refreshIssued = QDateTime();
                if (hadGrant && item.account.scheme != Scheme::Jwt
                    && item.account.scheme != Scheme::ClientCredentials) {
                    item.account.status = AccountStatus::NeedsSignIn;
                    item.account.statusReason =
                        tr("A copy of \"%1\": a copy never shares the original's sign-in; sign "
                           "in again.")
                            .arg(b.name);
                }
            }
            if (!record.isEmpty()) {
                item.secrets = record;
            } else if (item.action == Action::Rename
                       && item.account.status == AccountStatus::NeedsSignIn) {
                // Signed in again later: nothing to write now.
            } else if (item.action == Action::Replace) {
                item.account.status = existing->status;
                item.account.statusReason = existing->statusReason;
            } else {
                item.account.status = AccountStatus::NeedsCredentials;
                item.account.statusReason =
                    tr("Imported from a bundle without its secrets: connect it again.");
            }
            item.needsCredentials = item.account.status == AccountStatus::NeedsCredentials;
        }
        item.targetId = item.account.id;
        item.targetName = item.account.name;
        plan.items.append(item);
    }
    return plan;
}

void BundleService::apply(const Plan& plan, QObject* context,
                          std::function<void(Result<Report>)> done)
{
    auto reply = guarded(context, std::move(done));
    QList<SecretChange> changes;
    for (const PlanItem& item : plan.items) {
        const QString key =
            item.isApp ? m_apps.secretKey(item.targetId) : m_accounts.secretKey(item.targetId);
        if (item.dropSecrets)
            changes.append({key, std::nullopt});
        else if (item.action != Action::Skip && item.secrets)
            changes.append({key, item.secrets->serialize()});
    }
    const QList<PlanItem> items = plan.items;
    Report report;
    for (PlanItem item : items) {
        item.secrets.reset();
        report.items.append(item);
    }
    const bool changesAnything = std::any_of(
        items.begin(), items.end(), [](const PlanItem& i) { return i.action != Action::Skip; });
    if (!changesAnything) {
        postLater(this, [reply, report] { reply(report); }); // nothing even rewritten
        return;
    }
    const ProfileStore::Mutation mutation = [items](ProfileStore::Snapshot& snap) -> Status {
        const Error changed = fail(ErrorKind::Other, tr("The profile changed while importing; "
                                                        "nothing was imported. Try again."));
        for (const PlanItem& item : items) {
            if (item.action == Action::Skip)
                continue;
            if (item.isApp) {
                AppRegistration* existing = snap.app(item.targetId);
                const bool nameTaken =
                    std::any_of(snap.apps.begin(), snap.apps.end(), [&](const AppRegistration& a) {
                        return a.id != item.targetId
                               && a.name.compare(item.app.name, Qt::CaseInsensitive) == 0;
                    });
                if (nameTaken)
                    return changed;
                if (item.action == Action::Replace) {
                    if (!existing)
                        return changed;
                    *existing = item.app;
                } else {
                    if (existing)
                        return changed;
                    snap.apps.append(item.app);
                }
            } else {
                Account* existing = snap.account(item.targetId);
                if (item.action == Action::Replace) {
                    if (!existing)
                        return changed;
                    *existing = item.account;
                } else {
                    if (existing)
                        return changed;
                    snap.accounts.append(item.account);
                }
            }
        }
        return {};
    };
    // Every item and every secret in one commit: the profile database makes it one transaction,
    // so the import is all or nothing by construction, whatever happens midway.
    m_secrets.commit(m_store, mutation, changes, this, [reply, report](Status s) {
        if (!s.ok()) {
            reply(s.error());
            return;
        }
        qCInfo(lcBundle) << "bundle imported," << report.items.size() << "items";
        reply(report);
    });
}

} // namespace authdeck
