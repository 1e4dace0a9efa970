#pragma once

// What a keyboard and screen-reader user meets in a window, checked over the visible widget tree:
// - every control that takes focus has a name a screen reader reads (its own accessible name or
//   its buddy label's text);
// - no visible text shows a literal '&' (a label with a mnemonic needs a buddy, or the '&' is
//   painted and the shortcut does not exist);
// - no two visible mnemonics of the window share a letter (menu bar titles, tabs, buttons and
//   buddy labels), or Alt+letter does only one of them.
#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QApplication>
#include <QComboBox>
#include <QGroupBox>
#include <QHash>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QString>
#include <QStringList>
#include <QTabBar>
#include <QTest>
#include <QWidget>

namespace authdeck::test {

inline QChar mnemonicOf(const QString& text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != QLatin1Char('&'))
            continue;
        if (text.at(i + 1) == QLatin1Char('&')) {
            ++i;
            continue;
        }
        return text.at(i + 1).toLower();
    }
    return {};
}

// root: a window, or a page not shown yet (its widgets count as they will show); the texts in
// alsoShown (a wizard's buttons beside a page) take part in the mnemonic check.
inline QStringList auditWidgets(QWidget* window, const QStringList& alsoShown = {})
{
    QStringList problems;
    QHash<QChar, QStringList> mnemonics;
    auto name = [](const QWidget* w) {
        return w->objectName().isEmpty() ? QString::fromLatin1(w->metaObject()->className())
                                         : w->objectName();
    };
    auto addMnemonic = [&](const QString& text, const QString& who) {
        const QChar c = mnemonicOf(text);
        if (!c.isNull())
            mnemonics[c] << who;
    };
    for (const QString& text : alsoShown)
        addMnemonic(text, QStringLiteral("beside: ") + text);
    if (auto* mw = window->findChild<QMenuBar*>(); mw && mw->isVisibleTo(window)) {
        for (QAction* a : mw->actions())
            addMnemonic(a->text(), QStringLiteral("menu ") + a->text());
    }
    for (QWidget* w : window->findChildren<QWidget*>()) {
        if (!w->isVisibleTo(window))
            continue;
        if (auto* label = qobject_cast<QLabel*>(w)) {
            // A selectable label shows a value (an address, an ID), not a caption: its '&' is text.
            if (label->textInteractionFlags() & Qt::TextSelectableByMouse)
                continue;
            const QChar c = mnemonicOf(label->text());
            if (!c.isNull()) {
                if (!label->buddy())
                    problems << QStringLiteral("literal '&' in label \"%1\"").arg(label->text());
                else
                    mnemonics[c] << QStringLiteral("label ") + label->text();
            }
            continue;
        }
        if (auto* button = qobject_cast<QAbstractButton*>(w)) {
            if (button->text().isEmpty() && button->accessibleName().isEmpty()
                && button->toolTip().isEmpty() && button->focusPolicy() != Qt::NoFocus)
                problems << QStringLiteral("button %1 has no text or name").arg(name(w));
            addMnemonic(button->text(), QStringLiteral("button ") + button->text());
            continue;
        }
        if (auto* box = qobject_cast<QGroupBox*>(w)) {
            addMnemonic(box->title(), QStringLiteral("group ") + box->title());
            continue;
        }
        if (auto* tabs = qobject_cast<QTabBar*>(w)) {
            for (int i = 0; i < tabs->count(); ++i)
                addMnemonic(tabs->tabText(i), QStringLiteral("tab ") + tabs->tabText(i));
            continue;
        }
        const bool input = qobject_cast<QLineEdit*>(w) || qobject_cast<QComboBox*>(w)
                           || qobject_cast<QPlainTextEdit*>(w) || qobject_cast<QAbstractSpinBox*>(w)
                           || qobject_cast<QAbstractItemView*>(w);
        if (!input || !(w->focusPolicy() & Qt::TabFocus))
            continue;
        // A line edit inside a combo box or a spin box is named by its owner.
        if (qobject_cast<QLineEdit*>(w)
            && (qobject_cast<QComboBox*>(w->parentWidget())
                || qobject_cast<QAbstractSpinBox*>(w->parentWidget())))
            continue;
        QAccessibleInterface* iface = QAccessible::queryAccessibleInterface(w);
        const QString spoken = iface ? iface->text(QAccessible::Name) : QString();
        if (spoken.trimmed().isEmpty())
            problems << QStringLiteral("%1 (%2) has no accessible name")
                            .arg(name(w), QString::fromLatin1(w->metaObject()->className()));
    }
    for (auto it = mnemonics.cbegin(); it != mnemonics.cend(); ++it) {
        if (it.value().size() > 1) {
            problems << QStringLiteral("Alt+%1 is shared by: %2")
                            .arg(it.key().toUpper(), it.value().join(QStringLiteral(", ")));
        }
    }
    return problems;
}

// Alt+letter of every visible buddy label moves the focus into its field (the field itself or
// what it hands its focus to). The window must be active.
inline QStringList checkBuddyMnemonics(QWidget* window)
{
    QStringList problems;
    for (QLabel* label : window->findChildren<QLabel*>()) {
        if (!label->isVisibleTo(window) || !label->buddy() || !label->buddy()->isEnabled())
            continue;
        const QChar c = mnemonicOf(label->text());
        if (c.isNull() || !c.isLetter())
            continue;
        QWidget* buddy = label->buddy();
        window->setFocus();
        QTest::keyClick(window, static_cast<Qt::Key>(Qt::Key_A + (c.unicode() - u'a')),
                        Qt::AltModifier);
        QWidget* focus = QApplication::focusWidget();
        if (focus != buddy && !buddy->isAncestorOf(focus))
            problems << QStringLiteral("Alt+%1 (\"%2\") put the focus on %3, not %4")
                            .arg(c.toUpper(), label->text(),
                                 focus ? QString::fromLatin1(focus->metaObject()->className())
                                             + QLatin1Char(' ') + focus->objectName()
                                       : QStringLiteral("nothing"),
                                 buddy->objectName());
    }
    return problems;
}

} // namespace authdeck::test
