#pragma once

#include "core/Result.h"

#include <QString>

namespace authdeck::ui {

// "Start AuthDeck when I log in": an XDG autostart entry
// (~/.config/autostart/authdeck.desktop) that opens this profile, or its removal.
[[nodiscard]] QString autostartFilePath();
[[nodiscard]] Status setAutostart(bool enabled, const QString& profileDir);

} // namespace authdeck::ui
