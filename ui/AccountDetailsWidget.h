#pragma once

#include <QDateTime>
#include <QStringList>
#include <QTimer>
#include <QWidget>

#include <functional>

class QFormLayout;
class QLabel;
class QPushButton;

namespace authdeck {
struct AccessToken;
class Engine;
class RefreshScheduler;
class SecretBytes;
namespace box {
class BoxToolbox;
}
} // namespace authdeck

namespace authdeck::ui {

class AccountsModel;

// One account at a glance, and what can be done with it: identity, provider, scheme, app, the
// scopes requested, host, token expiry with a live countdown, last and next renewal, status with
// its reason; Test, Refresh now, Sign in again, Disconnect, Copy access token. Used beside the
// accounts list in the main window (and by the settings panels).
class AccountDetailsWidget : public QWidget {
    Q_OBJECT
public:
    AccountDetailsWidget(Engine& engine, RefreshScheduler* scheduler, QWidget* parent = nullptr);

    void showAccount(const QString& accountId);
    // The window's accounts model: a Test's outcome is kept there and shown as the status.
    void setAccountsModel(AccountsModel* model) { m_model = model; }
    [[nodiscard]] QString accountId() const { return m_accountId; }

    [[nodiscard]] QLabel* statusLabel() const { return m_status; }
    [[nodiscard]] QLabel* expiryLabel() const { return m_expiry; }
    [[nodiscard]] QLabel* messageLabel() const { return m_message; }
    [[nodiscard]] QPushButton* testButton() const { return m_test; }
    [[nodiscard]] QPushButton* refreshButton() const { return m_refresh; }
    [[nodiscard]] QPushButton* signInAgainButton() const { return m_signInAgain; }
    [[nodiscard]] QPushButton* disconnectButton() const { return m_disconnect; }
    [[nodiscard]] QPushButton* copyTokenButton() const { return m_copyToken; }

    [[nodiscard]] QLabel* createdLabel() const { return m_created; }
    [[nodiscard]] QLabel* signInLastsLabel() const { return m_signInLasts; }
    [[nodiscard]] QLabel* lastTestLabel() const { return m_lastTest; }
    [[nodiscard]] bool busy() const { return m_busy; }

    // How long a copied access token stays on the clipboard (60 s).
    void setClipboardMilliseconds(int ms) { m_clipboardMs = ms; }

public Q_SLOTS:
    // What the buttons (and the window's Accounts menu) do with the shown account.
    void test();
    void refreshNow();
    void copyToken();
    // Box: a downscoped token for these scopes (and item) on the clipboard, the account's own
    // token untouched.
    void copyLimitedToken(const QStringList& scopes, const QString& resource);

Q_SIGNALS:
    void signInAgainRequested(const QString& accountId);
    void disconnectRequested(const QString& accountId);
    void connectAnotherEnterpriseRequested(const QString& appId);
    // Box accounts: the Webhooks dialog, and the limited-token choice.
    void webhooksRequested(const QString& accountId);
    void limitedTokenRequested(const QString& accountId);
    void accountChanged();

private:
    void putOnClipboard(const SecretBytes& token, const QString& message);
    void reload();
    void updateCountdown();
    void setBusy(bool busy, const QString& message = {});
    // A valid token (renewed first when renew) for the shown account with the panel busy: a
    // failure is shown in the panel, the token goes to then.
    void withToken(bool renew, const QString& busyText,
                   std::function<void(const AccessToken&)> then);
    void showMessage(const QString& text, bool error);

    Engine& m_engine;
    RefreshScheduler* m_scheduler = nullptr;
    AccountsModel* m_model = nullptr;
    bool m_busy = false;
    QString m_accountId;
    QDateTime m_expires;
    QTimer m_tick;
    box::BoxToolbox* m_toolbox = nullptr;
    QTimer m_clipboardTimer;
    QByteArray m_copiedDigest;
    int m_clipboardMs = 60000;

    QLabel* m_title = nullptr;
    QLabel* m_identity = nullptr;
    QLabel* m_provider = nullptr;
    QLabel* m_scheme = nullptr;
    QLabel* m_app = nullptr;
    QLabel* m_scopes = nullptr;
    QLabel* m_host = nullptr;
    QLabel* m_expiry = nullptr;
    QLabel* m_lastRefresh = nullptr;
    QLabel* m_nextRefresh = nullptr;
    QLabel* m_status = nullptr;
    QLabel* m_created = nullptr;
    QLabel* m_signInLasts = nullptr;
    QLabel* m_lastTest = nullptr;
    QLabel* m_message = nullptr;
    QPushButton* m_test = nullptr;
    QPushButton* m_refresh = nullptr;
    QPushButton* m_signInAgain = nullptr;
    QPushButton* m_disconnect = nullptr;
    QPushButton* m_review = nullptr; // the app is held: its endpoints changed
    QPushButton* m_anotherEnterprise = nullptr;
    QPushButton* m_copyToken = nullptr;
    QPushButton* m_webhooks = nullptr;
    QPushButton* m_limitedToken = nullptr;
};

} // namespace authdeck::ui
