#include "KeychainStatusWidget.h"

#include <QHBoxLayout>
#include <QPainter>
#include <QPixmap>
#include <QToolButton>

namespace authdeck::ui {

namespace {

QIcon dot(const QColor& color)
{
    QPixmap pm(16, 16);
    pm.fill(Qt::transparent);
    QPainter p(&pm);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(color.darker(130));
    p.setBrush(color);
    p.drawEllipse(QRectF(3.5, 3.5, 9, 9));
    return QIcon(pm);
}

} // namespace

KeychainStatusWidget::KeychainStatusWidget(SecretStore& store, QWidget* parent)
    : QWidget(parent)
    , m_store(store)
{
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_button = new QToolButton(this);
    m_button->setObjectName(QStringLiteral("keychainStatusToolButton"));
    m_button->setAutoRaise(true);
    m_button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_button->setAccessibleName(tr("Keychain status"));
    layout->addWidget(m_button);
    connect(m_button, &QToolButton::clicked, this, &KeychainStatusWidget::recheck);
    connect(&m_store, &SecretStore::healthChanged, this, &KeychainStatusWidget::show);
    show({StoreState::Unknown, tr("Checking the keychain…")});
}

QString KeychainStatusWidget::text() const
{
    return m_button->text();
}

void KeychainStatusWidget::recheck()
{
    if (m_checking)
        return;
    m_checking = true;
    m_button->setText(tr("Keychain: checking…"));
    m_store.checkHealth(this, [this](StoreHealth h) {
        m_checking = false;
        show(h);
    });
}

void KeychainStatusWidget::show(const StoreHealth& health)
{
    m_state = health.state;
    QString text;
    QString tip;
    QColor color;
    switch (health.state) {
    case StoreState::Ready:
        text = tr("Keychain: ready");
        tip = health.message.isEmpty()
                  ? tr("Secrets are kept in the %1.").arg(m_store.displayName())
                  : health.message;
        color = QColor(0x2e, 0x9d, 0x4f);
        break;
    case StoreState::Locked:
        text = tr("Keychain: locked");
        tip = health.message + QLatin1Char('\n')
              + tr("Unlock your keychain (for example by signing in to the desktop session), then "
                   "click here to check again.");
        color = QColor(0xd9, 0x8c, 0x1f);
        break;
    case StoreState::Unavailable:
        text = tr("Keychain: unavailable");
        tip = health.message + QLatin1Char('\n')
              + tr("AuthDeck cannot save secrets until a keychain is available. Click to check "
                   "again.");
        color = QColor(0xc6, 0x28, 0x28);
        break;
    case StoreState::Unknown:
        text = tr("Keychain: checking…");
        tip = health.message;
        color = QColor(0x99, 0x99, 0x99);
        break;
    }
    m_button->setText(text);
    m_button->setToolTip(tip);
    m_button->setIcon(dot(color));
    m_button->setAccessibleDescription(tip);
}

} // namespace authdeck::ui
