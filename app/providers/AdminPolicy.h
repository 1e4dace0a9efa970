#pragma once

#include "providers/Provider.h"

#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

namespace authdeck {

// The organization's policy: a system-wide JSON file the app only reads (default
// /etc/authdeck/policy.json; AUTHDECK_POLICY_FILE overrides the path, for tests and packagers).
//
//   {
//     "providers": {"allow": ["box", "dropbox"], "deny": ["sandbox"]},
//     "schemes":   {"allow": ["oauth2", "jwt"],   "deny": ["password"]},
//     "exports_may_include_secrets": false
//   }
//
// Every member is optional; "allow" lists, when present, name all that may be used. The catalog
// applies it (forbidden providers and schemes are hidden from both the CLI and the GUI) and the
// app service refuses them with a message naming the policy. A file that cannot be read or
// parsed forbids nothing and is reported as a warning.
struct AdminPolicy {
    QString path;         // where it was read from; empty when there is no file
    bool present = false; // a file was found and parsed
    std::optional<QSet<QString>> allowedProviders;
    QSet<QString> deniedProviders;
    std::optional<QSet<QString>> allowedSchemes; // scheme ids (providers/Provider.h schemeId)
    QSet<QString> deniedSchemes;
    std::optional<bool> exportsMayIncludeSecrets;
    QStringList warnings;

    [[nodiscard]] static QString defaultPath();
    // Reads the file at path (missing: an empty policy, no warning).
    [[nodiscard]] static AdminPolicy load(const QString& path);
    [[nodiscard]] static AdminPolicy parse(const QByteArray& json, const QString& path);

    [[nodiscard]] bool allowsProvider(const QString& providerId) const;
    [[nodiscard]] bool allowsScheme(Scheme scheme) const;
    // Whether any rule restricts providers or schemes ("managed by your organization").
    [[nodiscard]] bool restricts() const;
    // "Your organization's policy (/etc/authdeck/policy.json) does not allow ..."
    [[nodiscard]] QString refusalForProvider(const QString& providerId) const;
    [[nodiscard]] QString refusalForScheme(const QString& providerName, Scheme scheme) const;
};

} // namespace authdeck
