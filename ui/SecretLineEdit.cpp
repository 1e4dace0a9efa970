#include "SecretLineEdit.h"

#include <QSignalBlocker>

#include <QHBoxLayout>
#include <QLineEdit>
#include <QToolButton>

namespace authdeck::ui {

SecretLineEdit::SecretLineEdit(QWidget* parent)
    : QWidget(parent)
{
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    m_edit = new QLineEdit(this);
    m_edit->setEchoMode(QLineEdit::Password);
    m_edit->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhSensitiveData | Qt::ImhNoPredictiveText);
    m_reveal = new QToolButton(this);
    m_reveal->setCheckable(true);
    m_reveal->setText(tr("Show"));
    m_reveal->setToolTip(tr("Show or hide what you typed"));
    m_reveal->setAccessibleName(tr("Show the secret"));
    m_reveal->setFocusPolicy(Qt::TabFocus);
    layout->addWidget(m_edit, 1);
    layout->addWidget(m_reveal);
    setFocusProxy(m_edit);
    // A buddy label's Alt+letter focuses only a widget that takes focus itself: without this
    // policy "Client &secret:" and "Pass&phrase:" did nothing (the proxy passes it on).
    setFocusPolicy(m_edit->focusPolicy());
    connect(m_reveal, &QToolButton::toggled, this, [this](bool on) {
        m_edit->setEchoMode(on ? QLineEdit::Normal : QLineEdit::Password);
        m_reveal->setText(on ? tr("Hide") : tr("Show"));
    });
    connect(m_edit, &QLineEdit::textChanged, this, &SecretLineEdit::textChanged);
}

SecretLineEdit::~SecretLineEdit()
{
    // Wiped without telling anyone: the widgets listening may be half destroyed already.
    const QSignalBlocker outer(this);
    const QSignalBlocker inner(m_edit);
    clear();
}

SecretBytes SecretLineEdit::secret() const
{
    return SecretBytes::fromString(m_edit->text());
}

bool SecretLineEdit::isEmpty() const
{
    return m_edit->text().isEmpty();
}

void SecretLineEdit::clear()
{
    QString text = m_edit->text();
    m_edit->clear();
    wipe(text);
}

void SecretLineEdit::setPlaceholderText(const QString& text)
{
    m_edit->setPlaceholderText(text);
}

void SecretLineEdit::setAccessibleName(const QString& name)
{
    m_edit->setAccessibleName(name);
}

} // namespace authdeck::ui
