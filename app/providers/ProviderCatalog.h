#pragma once

#include "core/Result.h"
#include "providers/AdminPolicy.h"
#include "providers/Provider.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QSet>
#include <QString>
#include <QStringList>

namespace authdeck {

struct Account;
struct AppRegistration;

// The providers AuthDeck knows: the built-in files compiled in under :/providers, then the
// admin's own files in <profile>/providers (which add providers or replace a built-in one with
// the same id, unless the organization's policy restricts providers). A bad file is reported with
// its name and field and skipped; the rest load.
class ProviderCatalog : public QObject {
    Q_OBJECT
public:
    explicit ProviderCatalog(QObject* parent = nullptr);

    // Reloads everything. overrideDir may be empty.
    void load(const QString& overrideDir);
    // Loads from explicit folders (tests): built-ins from builtinDir instead of the resources.
    void loadFrom(const QString& builtinDir, const QString& overrideDir);

    // The organization's policy (AdminPolicy): set before load(); forbidden providers are left
    // out and forbidden schemes removed from the others.
    void setPolicy(const AdminPolicy& policy);
    [[nodiscard]] const AdminPolicy& policy() const { return m_policy; }
    // A provider the policy hides (known to AuthDeck but not allowed here).
    [[nodiscard]] bool isForbidden(const QString& id) const;

    // The one policy check every face asks before an app registration or account is used (the
    // CLI's verbs, TokenService for the window and background renewal, the connect jobs): a Usage
    // error naming the policy when the provider, the scheme or the app's own endpoints are not
    // allowed. Unknown providers pass unless the policy restricts providers (then nothing can be
    // checked, so nothing is allowed); the caller reports them as it always did.
    [[nodiscard]] Status mayUse(const QString& providerId, Scheme scheme, bool ownEndpoints) const;
    [[nodiscard]] Status mayUse(const AppRegistration& app) const;
    // app: the account's app registration, when it has one and it still exists.
    [[nodiscard]] Status mayUse(const Account& account, const AppRegistration* app) const;
    // Whether client secrets, keys and tokens may be written to an export (bundle, config.json).
    [[nodiscard]] Status mayExportSecrets() const;

    // Adds or replaces a provider made at run time (the sandbox's).
    void addRuntimeProvider(const Provider& provider);
    void removeRuntimeProvider(const QString& id);

    [[nodiscard]] const QList<Provider>& providers() const { return m_providers; }
    [[nodiscard]] const Provider* find(const QString& id) const;
    [[nodiscard]] const QStringList& warnings() const { return m_warnings; }
    // The built-in provider whose file names `host` literally (Provider::literalHosts), by its
    // display name; empty for any other host. Counts every built-in file, also those an override
    // replaced or the policy hides: those hosts are still the public services the files name.
    [[nodiscard]] QString builtinHostOwner(const QString& host) const;

Q_SIGNALS:
    void changed();

private:
    [[nodiscard]] QList<Provider> readDir(const QString& dir, bool builtin);
    void warn(const QString& warning);
    void insertSorted(const Provider& provider);

    QList<Provider> m_providers;
    QStringList m_warnings;
    AdminPolicy m_policy;
    QSet<QString> m_forbidden;
    QHash<QString, QString> m_builtinHosts; // lower-case host -> provider name
};

} // namespace authdeck
