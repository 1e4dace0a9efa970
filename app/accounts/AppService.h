#pragma once

#include "accounts/AppRegistration.h"
#include "accounts/EndpointPins.h"
#include "accounts/ProfileStore.h"
#include "core/Result.h"
#include "core/SecretBytes.h"
#include "providers/UnifiedScopes.h"
#include "secrets/SecretRecord.h"

#include <QObject>
#include <QUrl>

#include <functional>
#include <optional>

namespace authdeck {

class ProviderCatalog;
class SecretStore;
struct Provider;

// What an admin supplies to register an app (CLI flags, the settings panel, an imported file).
struct AppInput {
    QString providerId;
    QString name;
    std::optional<Scheme> scheme; // default: the provider's first interactive scheme
    QString clientId;
    QStringList scopes; // empty: the provider's default scopes
    QMap<QString, QString> parameters;
    int redirectPort = 0;
    QString authorizeUrl;
    QString tokenUrl;
    QString revokeUrl;
    QString apiBase;
    QString publicKeyId;
    QString enterpriseId;
    QString userId;
    QString clientEmail;
    QString algorithm;
    QString clientAuth; // AppRegistration::clientAuth
    QString certificateThumbprint;
    QString issuer; // from discovery (AppDiscovery), with the two endpoints below
    QString deviceAuthorizationUrl;
    QString userinfoUrl;
    bool issParameterRequired = false;
    SecretBytes clientSecret;
    SecretBytes privateKeyPem; // ready to use (not encrypted): the keychain is its protection
};

// The endpoints of an app after the catalog's templates were filled and overrides applied.
struct ResolvedApp {
    QUrl authorizeUrl;
    QUrl tokenUrl;
    QUrl revokeUrl;
    QUrl deviceUrl; // RFC 8628 device authorization endpoint; empty when there is none
    QString apiBase;
    QString redirectUri; // what the admin registers at the provider
    QStringList scopes;
    QHash<QString, QString> variables; // {host}, {tenant}, {api_base} ... for other templates
    // Filled by resolveForUse(): the origins requests with the app's secrets may go to.
    QStringList allowedOrigins;
};

// App registrations ("custom OAuth keys"): metadata in the profile, secrets in one keychain
// entry per app. Adding writes the keychain entry first and the metadata second, and removes the
// entry again if the metadata cannot be saved, so a failure leaves nothing behind.
class AppService : public QObject {
    Q_OBJECT
public:
    AppService(ProfileStore& store, SecretStore& secrets, const ProviderCatalog& catalog,
               QString secretKeyPrefix, QObject* parent = nullptr);

    using AppDone = std::function<void(Result<AppRegistration>)>;
    using SecretsDone = std::function<void(Result<SecretRecord>)>;

    // Checks everything that can be checked without the network or the keychain.
    [[nodiscard]] Result<AppRegistration> validate(const AppInput& input,
                                                   const ProfileStore::Snapshot& current) const;
    // An app registration that came from a file (a bundle): checked like a new one (catalog
    // rules, URL policy, admin policy); returns it with the pins of the endpoints it resolves to.
    // Scopes as an admin gives them (native, AuthDeck scopes, files.read[box:...], box:SCOPE)
    // turned into the provider's native scopes, as validate() does (UnifiedScopes::expand).
    [[nodiscard]] Result<UnifiedScopes::Expansion> expandScopes(const Provider& provider,
                                                                const QStringList& given) const;
    [[nodiscard]] Result<AppRegistration> checkImported(const AppRegistration& app) const;
    void add(const AppInput& input, QObject* context, AppDone done);
    // Replaces an app's metadata (and its secrets, when given) keeping its id.
    void update(const QString& idOrName, const AppInput& input, bool replaceSecrets,
                QObject* context, AppDone done);
    // Removes the app; refused while accounts use it unless force is set.
    void remove(const QString& idOrName, bool force, QObject* context,
                std::function<void(Status)> done);

    [[nodiscard]] Result<QList<AppRegistration>> list() const;
    [[nodiscard]] Result<AppRegistration> find(const QString& idOrName) const;
    // Accounts that use the app (names), to warn before removing it.
    [[nodiscard]] QStringList accountsUsing(const QString& appId) const;

    // The endpoints as they resolve now, for display and checks; sends nothing.
    [[nodiscard]] Result<ResolvedApp> resolve(const AppRegistration& app) const;
    // The same, for sending the app's or its accounts' secrets: refused (BadInput, "held") when
    // an origin is no longer the pinned one, and with allowedOrigins filled. scheme: the app's
    // own, or another of the provider's schemes the app serves (an OAuth 2.0 client used for the
    // password grant or for revocation). An app from before pinning is pinned on first use.
    [[nodiscard]] Result<ResolvedApp> resolveForUse(const AppRegistration& app,
                                                    std::optional<Scheme> scheme = std::nullopt);
    // Every endpoint origin the app resolves to now (EndpointPins.h).
    [[nodiscard]] Result<EndpointOrigins> origins(const AppRegistration& app) const;
    // What changed since the app was pinned ("token endpoint: was X, now Y"); empty when the app
    // is not held.
    [[nodiscard]] QStringList heldChanges(const AppRegistration& app) const;
    // The same, role by role, for a review that shows the old and new origins side by side.
    [[nodiscard]] QList<EndpointChange> heldDifferences(const AppRegistration& app) const;
    // Pins the app to the origins it resolves to now, after the admin reviewed them; returns the
    // changes it approved (empty when nothing had changed).
    [[nodiscard]] Result<QStringList> approve(const QString& idOrName);
    void readSecrets(const QString& appId, QObject* context, SecretsDone done);
    // Sets (or, with an empty value, removes) named values of the app's secret record and keeps
    // the others: the Box webhook signature keys, which no connect flow needs.
    void setSecretValues(const QString& idOrName, const QList<QPair<QString, SecretBytes>>& values,
                         QObject* context, std::function<void(Result<AppRegistration>)> done);

    [[nodiscard]] QString secretKey(const QString& appId) const;
    // The catalog the registrations are checked against (and its organization policy).
    [[nodiscard]] const ProviderCatalog& catalog() const { return m_catalog; }

Q_SIGNALS:
    void appsChanged();

private:
    ProfileStore& m_store;
    SecretStore& m_secrets;
    const ProviderCatalog& m_catalog;
    QString m_keyPrefix;
};

} // namespace authdeck
