#include "KeychainStatusWidget.h"

#include "core/OffThread.h"

#include <QHBoxLayout>
#include <QLocale>
#include <QMenu>
#include <QPainter>
#include <QPixmap>
#include <QTimer>
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

TeamStatusWidget::TeamStatusWidget(TeamBinding binding, SecretBytes password, QWidget* parent)
    : QWidget(parent)
    , m_binding(std::move(binding))
    , m_password(std::move(password))
{
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_button = new QToolButton(this);
    m_button->setObjectName(QStringLiteral("teamStatusToolButton"));
    m_button->setAutoRaise(true);
    m_button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_button->setPopupMode(QToolButton::InstantPopup);
    m_button->setAccessibleName(tr("Team database status"));
    m_menu = new QMenu(m_button);
    m_menu->setObjectName(QStringLiteral("teamActivityMenu"));
    m_button->setMenu(m_menu);
    layout->addWidget(m_button);
    m_timer = new QTimer(this);
    m_timer->setInterval(ProbeIntervalMs);
    connect(m_timer, &QTimer::timeout, this, &TeamStatusWidget::recheck);
    m_timer->start();
    m_button->setText(tr("Team %1: checking…").arg(m_binding.teamName));
    m_button->setIcon(dot(QColor(0x99, 0x99, 0x99)));
    QTimer::singleShot(0, this, &TeamStatusWidget::recheck);
}

QString TeamStatusWidget::text() const
{
    return m_button->text();
}

void TeamStatusWidget::recheck()
{
    if (m_checking)
        return;
    m_checking = true;
    // A session of its own on a worker: a slow or dead server never freezes the window.
    runOffThread(
        this,
        [binding = m_binding, password = m_password] {
            return TeamState::probe(binding, password, ActivityLines);
        },
        [this](const TeamState& state) {
            m_checking = false;
            showState(state);
        });
}

void TeamStatusWidget::showState(const TeamState& state)
{
    m_state = state.state;
    m_probed = true;
    QString text;
    QString tip;
    QColor color;
    const QString where = m_binding.displayName();
    switch (state.state) {
    case TeamState::State::Connected:
        text = tr("Team %1: connected").arg(m_binding.teamName);
        tip = tr("Apps and accounts are shared through %1 (%n member(s)).", nullptr,
                 int(state.members.size()))
                  .arg(where);
        color = QColor(0x2e, 0x9d, 0x4f);
        break;
    case TeamState::State::TokensOnly:
        text = tr("Team %1: tokens only").arg(m_binding.teamName);
        tip = tr("Connected to %1 with a server's rights: tokens are renewed, apps and accounts "
                 "cannot be changed from here.")
                  .arg(where);
        color = QColor(0x2e, 0x9d, 0x4f);
        break;
    case TeamState::State::ReadOnly:
        text = tr("Team %1: read-only").arg(m_binding.teamName);
        tip = tr("%1 takes no writes (a standby or a read-only server): renewals fail until it "
                 "does.")
                  .arg(where);
        color = QColor(0xd9, 0x8c, 0x1f);
        break;
    case TeamState::State::Unreachable:
        text = tr("Team %1: unreachable").arg(m_binding.teamName);
        tip = (state.problem ? state.problem->message : QString()) + QLatin1Char('\n')
              + tr("Nothing is renewed or changed until the team database answers; AuthDeck "
                   "keeps no local copy that could fork the tokens. Click to check again.");
        color = QColor(0xc6, 0x28, 0x28);
        break;
    }
    m_button->setText(text);
    m_button->setToolTip(tip);
    m_button->setIcon(dot(color));
    m_button->setAccessibleDescription(tip);

    m_menu->clear();
    QAction* check = m_menu->addAction(tr("Check the team database now"));
    connect(check, &QAction::triggered, this, &TeamStatusWidget::recheck);
    m_menu->addSeparator();
    if (state.activity.isEmpty()) {
        m_menu
            ->addAction(state.state == TeamState::State::Unreachable
                            ? tr("Recent activity is unknown while the database is unreachable.")
                            : tr("No activity yet."))
            ->setEnabled(false);
        return;
    }
    m_menu->addSection(tr("Recent activity"));
    const QLocale locale;
    for (const ProfileDatabase::AuditEntry& a : state.activity) {
        // The audit log's own words (English, as the database keeps them) with who and when.
        QString line = tr("%1  %2 %3 %4")
                           .arg(locale.toString(a.at.toLocalTime(), QLocale::ShortFormat), a.member,
                                a.action, a.subject)
                           .trimmed();
        line.replace(QLatin1Char('&'), QStringLiteral("&&"));
        m_menu->addAction(line)->setEnabled(false);
    }
}

} // namespace authdeck::ui
