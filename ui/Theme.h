#pragma once

#include <QColor>
#include <QLabel>
#include <QPalette>
#include <QSize>
#include <QString>
#include <QWizard>

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

// A hidden, word-wrapped plain-text label for a problem, in the error colour.
[[nodiscard]] inline QLabel* makeErrorLabel(QWidget* parent, const QString& objectName)
{
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    QPalette pal = label->palette();
    pal.setColor(QPalette::WindowText, errorColor(pal));
    label->setPalette(pal);
    label->hide();
    return label;
}

// The look every AuthDeck wizard shares: the classic style (a header with title and subtitle on
// each page), no Back on the first page, and no Cancel on the last page, which reports what is
// done and so has nothing left to cancel.
inline void setUpWizard(QWizard& wizard, const QString& title, const QString& objectName,
                        QSize minimumSize)
{
    wizard.setWindowTitle(title);
    wizard.setObjectName(objectName);
    wizard.setWizardStyle(QWizard::ClassicStyle);
    wizard.setOption(QWizard::NoBackButtonOnStartPage);
    wizard.setOption(QWizard::NoCancelButtonOnLastPage);
    wizard.setMinimumSize(minimumSize);
}

} // namespace authdeck::ui
