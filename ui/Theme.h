#pragma once

#include <QColor>
#include <QPalette>
#include <QString>

namespace authdeck::ui {

// Colours that follow the system palette: readable on light and dark themes alike.
[[nodiscard]] inline bool isDark(const QPalette& palette)
{
    return palette.color(QPalette::Window).lightnessF() < 0.5;
}

// Error and warning text.
[[nodiscard]] inline QColor errorColor(const QPalette& palette)
{
    return isDark(palette) ? QColor(0xff, 0x8a, 0x80) : QColor(0xb0, 0x1e, 0x1e);
}

[[nodiscard]] inline QString errorStyleSheet(const QPalette& palette)
{
    return QStringLiteral("color: %1;").arg(errorColor(palette).name());
}

} // namespace authdeck::ui
