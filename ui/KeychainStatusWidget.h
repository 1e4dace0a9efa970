#pragma once

#include "secrets/SecretStore.h"

#include <QWidget>

class QLabel;
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

} // namespace authdeck::ui
