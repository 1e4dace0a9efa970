#pragma once

#include "secrets/SecretStore.h"
#include "store/TeamProbe.h"

#include <QWidget>

class QLabel;
class QMenu;
class QTimer;
class QToolButton;

namespace authdeck::ui {

// The status-bar indicator of the secret store: ready, locked or unavailable, with a tooltip that
// says what to do. Clicking it checks again.
class KeychainStatusWidget : public QWidget {
    Q_OBJECT
public:
    explicit KeychainStatusWidget(SecretStore& store, QWidget* parent = nullptr);

    [[nodiscard]] StoreState state() const { return m_state; }
    [[nodiscard]] QString text() const;

public Q_SLOTS:
    void recheck();

private:
    void show(const StoreHealth& health);

    SecretStore& m_store;
    QToolButton* m_button = nullptr;
    StoreState m_state = StoreState::Unknown;
    bool m_checking = false;
};

// The status-bar indicator of a team profile's database: connected, tokens only, read-only or
// unreachable, probed on a worker thread every 30 seconds (and when asked), never on the UI
// thread. Its menu lists the members' recent activity from the team's audit log.
class TeamStatusWidget : public QWidget {
    Q_OBJECT
public:
    TeamStatusWidget(TeamBinding binding, SecretBytes password, QWidget* parent = nullptr);

    static constexpr int ActivityLines = 8;
    static constexpr int ProbeIntervalMs = 30000;

    [[nodiscard]] TeamState::State state() const { return m_state; }
    [[nodiscard]] QString text() const;
    [[nodiscard]] bool probed() const { return m_probed; }

public Q_SLOTS:
    void recheck();

Q_SIGNALS:
    void probedState(); // a probe answered (for whoever waits for the first one)

private:
    void showState(const TeamState& state);

    TeamBinding m_binding;
    SecretBytes m_password;
    QToolButton* m_button = nullptr;
    QMenu* m_menu = nullptr;
    QTimer* m_timer = nullptr;
    TeamState::State m_state = TeamState::State::Unreachable;
    bool m_checking = false;
    bool m_probed = false;
};

} // namespace authdeck::ui
