#pragma once

#include <QString>

namespace authdeck {

// Text that came from a server or a file (an error_description, a user's name, a provider's
// words) before it reaches a terminal or a label: every control character (C0 but the line
// breaks allowed, DEL, C1) and every format character (bidirectional overrides and isolates,
// zero-width characters) is replaced by U+FFFD, so
// no ANSI or OSC escape sequence reaches the admin's terminal and no text can reorder what is
// shown around it. Line breaks are kept only when allowLineBreaks is set (multi-line CLI output);
// otherwise they become spaces, as a one-line message needs.
[[nodiscard]] QString displaySafe(const QString& text, bool allowLineBreaks = false);

// A default account name: "<provider> (<who>)", with the provider's own parenthesis dropped so
// "Sandbox (Box-compatible)" and "sandbox-admin" give "Sandbox (sandbox-admin)", not two pairs.
// Just the provider when who is empty.
[[nodiscard]] QString defaultAccountName(const QString& providerName, const QString& who);

} // namespace authdeck
