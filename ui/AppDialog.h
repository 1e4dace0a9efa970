#pragma once

#include "accounts/AppRegistration.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;

namespace authdeck {
class Engine;
}

namespace authdeck::ui {

class AppEditorWidget;

// Adds or edits an app registration with the AppEditorWidget; saving runs through the engine
// (keychain first, then the profile) while the dialog waits, and a failure keeps it open.
class AppDialog : public QDialog {
    Q_OBJECT
public:
    AppDialog(Engine& engine, QWidget* parent = nullptr);

    void startNew(const QString& providerId = {});
    void editApp(const AppRegistration& app);
    [[nodiscard]] AppEditorWidget* editor() const { return m_editor; }
    [[nodiscard]] QString savedAppId() const { return m_savedId; }

public Q_SLOTS:
    void accept() override;

private:
    AppEditorWidget* m_editor = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    QLabel* m_status = nullptr;
    QString m_savedId;
    bool m_saving = false;
};

} // namespace authdeck::ui
