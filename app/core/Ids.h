#pragma once

#include <QString>

namespace authdeck::ids {

// Every id AuthDeck reads from a file (profile, bundle, provider catalog, team database) names
// a file, a lock or a keychain key somewhere, so each is checked against this one pattern before
// it is used: a letter or digit, then up to 127 letters, digits, '-', '_' or '.', never "..".
// Nothing derived from an id that passes can leave its folder ("../../victim" does not pass).
[[nodiscard]] bool isValid(const QString& id);

// A new random id (a UUID without braces), which always passes isValid().
[[nodiscard]] QString create();

} // namespace authdeck::ids
