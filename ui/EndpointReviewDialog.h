#pragma once

#include <QDialog>
#include <QString>

class QLabel;
class QPushButton;
class QTableWidget;

namespace authdeck {
class Engine;
}

namespace authdeck::ui {

// The review of a held app: its endpoints moved (a provider file, an edit or an import) and
// nothing of it is sent until the admin has looked. Shows each moved endpoint with the origin it
// was pinned to and the one it resolves to now, side by side; "Approve these endpoints" re-pins
// the app (AppService::approve, the same as `authdeck-cli apps approve`).
class EndpointReviewDialog : public QDialog {
    Q_OBJECT
public:
    EndpointReviewDialog(Engine& engine, const QString& appId, QWidget* parent = nullptr);

    // Whether the app is held at all (nothing to review otherwise).
    [[nodiscard]] bool hasChanges() const { return m_changes > 0; }

private:
    void approve();

    Engine& m_engine;
    QString m_appId;
    QLabel* m_intro = nullptr;
    QTableWidget* m_table = nullptr;
    QLabel* m_error = nullptr;
    QPushButton* m_approve = nullptr;
    int m_changes = 0;
};

} // namespace authdeck::ui
