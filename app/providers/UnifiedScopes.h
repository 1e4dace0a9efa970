#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QStringList>

namespace authdeck {

struct Provider;

// AuthDeck's own small scope vocabulary ("files.read", "users.manage", ...), which every catalog
// file maps to its provider's native scopes (its "unified_scopes"), and the syntax an admin may
// use wherever a scope is given (resources/providers/README.md, "Unified scopes"):
//   root_readonly                      a native scope of the app's provider, as before
//   files.read                         an AuthDeck scope: the provider's mapped native scopes
//   files.read[box:root_readonly,...]  an AuthDeck scope with the native scopes chosen by hand;
//                                      every item names the app's provider
//   box:manage_webhook                 a native scope qualified by the app's provider id
class UnifiedScopes {
    Q_DECLARE_TR_FUNCTIONS(authdeck::UnifiedScopes)
public:
    // The vocabulary, in the order the documentation lists it.
    [[nodiscard]] static const QStringList& vocabulary();
    [[nodiscard]] static bool isUnified(const QString& name);

    // Scopes as given (each may hold several, separated by spaces): one token per scope. Spaces
    // inside brackets do not split ("files.read[box:a, box:b]" is one token).
    [[nodiscard]] static QStringList tokens(const QStringList& given);

    struct Expansion {
        QStringList scopes;  // native, in order, without repeats: what is sent to the provider
        QStringList unified; // the AuthDeck scopes asked for, in order, without repeats
    };
    // Turns the scopes as given into the provider's native scopes. knownProviders (id -> name)
    // tells a provider-qualified scope ("dropbox:files.content.read") from a native scope that
    // merely holds a colon ("https://www.googleapis.com/auth/drive", "urn:x:y"). Unknown native
    // scopes are passed through: whether the provider takes them is the caller's rule
    // (custom_scopes). Errors are ErrorKind::Usage and name the scope at fault.
    [[nodiscard]] static Result<Expansion> expand(const Provider& provider,
                                                  const QStringList& given,
                                                  const QHash<QString, QString>& knownProviders);
};

} // namespace authdeck
