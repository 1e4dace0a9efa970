#pragma once

#include "accounts/Account.h"
#include "accounts/AppRegistration.h"
#include "bundle/BundleFormat.h"
#include "core/Result.h"
#include "core/SecretBytes.h"

#include <QObject>
#include <QStringList>

#include <functional>
#include <optional>

namespace authdeck {

class AccountService;
class AppService;
class ProfileStore;
class SecretStore;

// Export and import of config bundles (bundle/README.md), the one code path behind the CLI's
// export/import verbs and the GUI's dialogs. Every call answers later through its callback; the
// key derivation runs on a worker thread.
//
//   export:  selection --(read keychain records)--> scrypt (worker) --> BundleFormat::write
//            --> 0600 file, atomically
//   import:  read(): file --> BundleFormat::parse (no KDF) --> scrypt (worker) --> open
//            plan():  contents + profile + conflict policy --> what will be added/replaced/...
//            apply(): keychain entries first, then one profile update; any failure rolls the
//            written entries back, so nothing or everything is imported
class BundleService : public QObject {
    Q_OBJECT
public:
    enum class Conflict { Skip, Replace, Rename };

    struct ExportRequest {
        QString path;
        QStringList apps;     // names or ids; both empty: everything
        QStringList accounts; // ids or unique names; their apps come along
        bool includeSecrets = false;
        SecretBytes passphrase; // needed with includeSecrets
        bool replaceExisting = false;
        int log2N = bundle::BundleFormat::DefaultLog2N;
    };
    struct ExportSummary {
        QString path;
        int apps = 0;
        int accounts = 0;
        bool secrets = false;
        QStringList withoutSecrets; // names of items that had nothing in the keychain
    };

    struct Contents {
        QDateTime created;
        QList<AppRegistration> apps;
        QList<Account> accounts;
        bool hasSecrets = false;
        bundle::BundleFormat::Secrets secrets;
    };

    enum class Action { Add, Replace, Skip, Rename };
    struct PlanItem {
        bool isApp = true;
        Action action = Action::Add;
        QString bundleName; // as in the bundle
        QString targetId;   // the id it gets (or the existing one it meets)
        QString targetName; // the name it gets
        bool needsCredentials = false;
        std::optional<SecretRecord> secrets; // written to the keychain
        // A replaced app whose endpoints moved and for which the bundle brings no secrets: its
        // old secrets are deleted, never handed to the new endpoints.
        bool dropSecrets = false;
        QStringList endpointChanges; // a replaced app stays pinned to these old origins (held)
        AppRegistration app;
        Account account;
    };
    struct Plan {
        Conflict conflict = Conflict::Skip;
        QList<PlanItem> items;
    };
    struct Report {
        QList<PlanItem> items; // without secrets
    };

    BundleService(ProfileStore& store, SecretStore& secrets, AppService& apps,
                  AccountService& accounts, QObject* parent = nullptr);

    void exportBundle(ExportRequest request, QObject* context,
                      std::function<void(Result<ExportSummary>)> done);
    // passphrase may be empty for a bundle without secrets (asking for one otherwise is Usage).
    void read(const QString& path, const SecretBytes& passphrase, QObject* context,
              std::function<void(Result<Contents>)> done);
    // Whether the bundle at path carries encrypted secrets (cheap, no KDF); errors as read().
    [[nodiscard]] static Result<bundle::BundleFormat::Parsed> peek(const QString& path);
    [[nodiscard]] Result<Plan> plan(const Contents& contents, Conflict conflict);
    void apply(const Plan& plan, QObject* context, std::function<void(Result<Report>)> done);

    [[nodiscard]] static QString actionId(Action action);

private:
    [[nodiscard]] Status checkImportedAccount(const Account& account) const;

    ProfileStore& m_store;
    SecretStore& m_secrets;
    AppService& m_apps;
    AccountService& m_accounts;
};

} // namespace authdeck
