#pragma once

#include "providers/Provider.h"

#include <QHash>
#include <QList>
#include <QRegularExpression>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>
#include <utility>

namespace authdeck {

// The organization's policy: a system-wide JSON file the app only reads, from one fixed place,
// /etc/authdeck/policy.json. Nothing a user controls (environment, profile, settings) can move or
// switch it off; only a test build (CMake option AUTHDECK_TEST_BUILD, never set for releases) may
// read it from elsewhere.
//
//   {
//     "providers": {"allow": ["box", "dropbox"], "deny": ["sandbox"]},
//     "schemes":   {"allow": ["oauth2", "jwt"],   "deny": ["password"]},
//     "exports_may_include_secrets": false,
//     "device_flow": false
//   }
//
// Keys (each optional; no other key is accepted, at any level):
//   providers         object with "allow" and/or "deny"
//   providers.allow   list of provider ids: only these built-in providers may be used
//   providers.deny    list of provider ids: these may not be used (deny wins over allow)
//   schemes           object with "allow" and/or "deny"
//   schemes.allow     list of scheme ids (oauth2, jwt, client_credentials, password, keys, basic)
//   schemes.deny      list of scheme ids
//   exports_may_include_secrets
//                     true or false: whether bundles (export --include-secrets) and Box
//                     config.json exports may carry client secrets, keys and tokens
//   device_flow       true or false: whether the device authorization grant (RFC 8628,
//                     connect --device) may be used; a code typed on another device is a
//                     phishing vector, so an organization may forbid it (default: allowed)
// Ids are compared in lower case; a provider id is 2-40 characters a-z, 0-9, "-".
//
// It fails closed. A missing file means no policy. Any other problem (unreadable, larger than
// 64 KB, not JSON, not one object, a wrong type such as a string where a list belongs, an unknown
// or repeated key, an unknown scheme, a list item that is not an id) makes the policy deny all it
// could restrict: every provider, every scheme and exports with secrets. `error` says what is
// wrong and on which line; the catalog passes it on as a warning (the CLI prints it, the window
// shows it).
//
// What the rules match (ProviderCatalog applies admits() to every provider it loads):
// - While the policy restricts providers (an allow or deny list, or an error), an allowed provider
//   is used with its built-in endpoints only: a file in <profile>/providers/ cannot replace a
//   built-in provider (it is ignored with a warning naming it), and app registrations of it may
//   not override endpoints. The admin's own server ({host} of a per-server provider) stays theirs
//   to choose: that is what the built-in template asks for.
// - An allow list admits only the built-in providers it names (and the embedded sandbox, when
//   named). A copy of a provider under another id is not named, so it is refused; so is a copy of
//   a per-server provider, although its templates have no fixed host to compare.
// - A deny list refuses the ids it names and, because an id is only a label in a file anyone can
//   write, any provider that is the same service under another id: its endpoints (authorize,
//   token, revoke, API base, verification, the JWT, client credentials and password token URLs,
//   the S3 default endpoint; templates filled with the provider's own fixed values, {api_base}
//   and parameter defaults) are compared with those of the denied built-in provider.
//   - Literal hosts: sharing one host (lower case, without port and trailing dot) denies.
//   - Templated hosts ("https://{host}/oauth_token.do") have no fixed host; there the rest of the
//     endpoint is compared: the same path (lower case, without query, repeated or trailing
//     slashes) on any host denies, so a copy of a denied per-server provider is caught whether it
//     keeps the template or names one server. Endpoints whose path says nothing (empty, or only
//     placeholders) are not compared.
//   A deny list is a best effort against a determined copy (anyone may describe a service under
//   new hosts through a proxy); an allow list is the guarantee.
// - A provider whose schemes are all denied is refused; denied schemes are removed from the rest.
struct AdminPolicy {
    QString path;         // where it was read from
    bool present = false; // a file was found (parsed or not)
    QString error;        // what is wrong with the file; non-empty: everything is denied
    int errorLine = 0;    // the line of the file the error is on; 0 when it has none
    std::optional<QSet<QString>> allowedProviders;
    QSet<QString> deniedProviders;
    std::optional<QSet<QString>> allowedSchemes; // scheme ids (providers/Provider.h schemeId)
    QSet<QString> deniedSchemes;
    std::optional<bool> exportsMayIncludeSecrets;
    std::optional<bool> deviceFlowAllowed;
    QStringList warnings; // for the admin: the error, when there is one
    // What the denied providers are (learnDenied): their endpoint hosts and, for templated
    // hosts, their endpoint shapes; each with the denied id.
    QHash<QString, QString> deniedHosts;
    QList<std::pair<QRegularExpression, QString>> deniedShapes;

    static constexpr qint64 MaxFileBytes = 64 * 1024;

    // /etc/authdeck/policy.json: the only place a release build reads.
    [[nodiscard]] static QString systemPath();
    // The path to read: systemPath(), except in a test build, where the environment may choose.
    [[nodiscard]] static QString defaultPath();
    // Reads the file at path (missing: no policy, no warning; anything else wrong: denies all).
    [[nodiscard]] static AdminPolicy load(const QString& path);
    [[nodiscard]] static AdminPolicy parse(const QByteArray& json, const QString& path);

    [[nodiscard]] bool broken() const { return !error.isEmpty(); }
    [[nodiscard]] bool allowsProvider(const QString& providerId) const;
    [[nodiscard]] bool allowsScheme(Scheme scheme) const;
    [[nodiscard]] bool allowsDeviceFlow() const { return deviceFlowAllowed.value_or(true); }
    // Whether any rule restricts providers or schemes ("managed by your organization").
    [[nodiscard]] bool restricts() const;
    // Whether providers are restricted (an allow or deny list, or a broken file): then providers
    // are used with their built-in endpoints only.
    [[nodiscard]] bool restrictsProviders() const;

    // Learns what the denied providers are from their built-in definitions (the deny rules by
    // endpoint above). The catalog calls it before it admits any provider.
    void learnDenied(const QList<Provider>& builtins);
    // Whether the provider definition may be offered at all (not its schemes: allowsScheme);
    // *why says why not, in the admin's terms.
    [[nodiscard]] bool admits(const Provider& provider, QString* why = nullptr) const;

    // "The provider "x" is not allowed by your organization's policy (/etc/authdeck/policy.json)"
    [[nodiscard]] QString refusalForProvider(const QString& providerId) const;
    [[nodiscard]] QString refusalForScheme(const QString& providerName, Scheme scheme) const;
    [[nodiscard]] QString refusalForEndpoints(const QString& providerName) const;
    [[nodiscard]] QString refusalForSecretExport() const;
};

} // namespace authdeck
