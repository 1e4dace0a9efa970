#pragma once

#include <QDialog>
#include <QStringList>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace authdeck {
class Engine;
namespace box {
class BoxToolbox;
}
} // namespace authdeck

namespace authdeck::ui {

class SecretLineEdit;

// Accounts -> Copy a limited token…: the scopes (Box UI Elements' and the app's read and write
// scopes) and optionally one folder or file; the details panel then asks Box for the token and
// puts it on the clipboard. Nothing here sends anything.
class LimitedTokenDialog : public QDialog {
    Q_OBJECT
public:
    explicit LimitedTokenDialog(const QString& accountName, QWidget* parent = nullptr);

    [[nodiscard]] QStringList scopes() const;
    // "" for the whole account, else "folder:ID" or "file:ID".
    [[nodiscard]] QString resource() const;
    [[nodiscard]] QListWidget* scopeList() const { return m_scopes; }
    [[nodiscard]] QComboBox* itemKind() const { return m_kind; }
    [[nodiscard]] QLineEdit* itemId() const { return m_id; }

private:
    void updateState();

    QListWidget* m_scopes = nullptr;
    QComboBox* m_kind = nullptr;
    QLineEdit* m_id = nullptr;
    QLabel* m_problem = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

// Accounts -> Webhooks…: a Box account's webhooks (list, create, delete), the app's two
// signature keys with the rotation as guided steps, and a check of one delivery. Every network
// call runs through the engine's BoxToolbox; a busy bar shows and Close stays usable.
class WebhooksDialog : public QDialog {
    Q_OBJECT
public:
    WebhooksDialog(Engine& engine, const QString& accountId, QWidget* parent = nullptr);

    [[nodiscard]] QTableWidget* table() const { return m_table; }
    [[nodiscard]] QLineEdit* targetId() const { return m_targetId; }
    [[nodiscard]] QComboBox* targetKind() const { return m_targetKind; }
    [[nodiscard]] QLineEdit* address() const { return m_address; }
    [[nodiscard]] QLineEdit* triggers() const { return m_triggers; }
    [[nodiscard]] QPushButton* createButton() const { return m_create; }
    [[nodiscard]] QPushButton* deleteButton() const { return m_delete; }
    [[nodiscard]] SecretLineEdit* primaryKey() const { return m_primary; }
    [[nodiscard]] SecretLineEdit* secondaryKey() const { return m_secondary; }
    [[nodiscard]] QPushButton* saveKeysButton() const { return m_saveKeys; }
    [[nodiscard]] QLabel* keyState() const { return m_keyState; }
    [[nodiscard]] QLabel* status() const { return m_status; }
    [[nodiscard]] bool busy() const { return m_busy; }
    // Checks a delivery saved as two files (headers as "Name: value" lines, the body as is).
    void verifyFiles(const QString& headersFile, const QString& bodyFile);

public Q_SLOTS:
    void reload();

private:
    void setBusy(bool busy, const QString& message = {});
    void showStatus(const QString& message, bool error);
    void createWebhook();
    void deleteSelected();
    void saveKeys();
    void showKeyState();

    Engine& m_engine;
    QString m_accountId;
    QString m_appId;
    box::BoxToolbox* m_toolbox = nullptr;
    QTableWidget* m_table = nullptr;
    QComboBox* m_targetKind = nullptr;
    QLineEdit* m_targetId = nullptr;
    QLineEdit* m_address = nullptr;
    QLineEdit* m_triggers = nullptr;
    QPushButton* m_create = nullptr;
    QPushButton* m_delete = nullptr;
    QPushButton* m_refresh = nullptr;
    SecretLineEdit* m_primary = nullptr;
    SecretLineEdit* m_secondary = nullptr;
    QPushButton* m_saveKeys = nullptr;
    QPushButton* m_check = nullptr;
    QLabel* m_keyState = nullptr;
    QLabel* m_status = nullptr;
    QProgressBar* m_bar = nullptr;
    bool m_busy = false;
};

} // namespace authdeck::ui
