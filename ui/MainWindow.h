#pragma once

#include "bundle/BundleService.h"
#include "providers/Provider.h"

#include <QHash>
#include <QMainWindow>

class QAction;
class QSystemTrayIcon;
class QCloseEvent;
class QUrl;
class QLabel;
class QPushButton;
class QSplitter;
class QStackedWidget;
class QTabWidget;
class QTableView;

namespace authdeck {
class Engine;
class RefreshScheduler;
} // namespace authdeck

namespace authdeck::ui {

class AccountDetailsWidget;
class AccountsModel;
class ConnectWizard;
class AppsModel;
class KeychainStatusWidget;
class TeamStatusWidget;

// The main window: the accounts (with an inviting empty state), the app registrations, a menu
// bar and the keychain indicator in the status bar. It only shows and collects; every action goes
// to the engine's services or is handed to the dialog that owns it.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(Engine& engine, QWidget* parent = nullptr);
    ~MainWindow() override;

    [[nodiscard]] AccountsModel* accountsModel() const { return m_accountsModel; }
    [[nodiscard]] AppsModel* appsModel() const { return m_appsModel; }
    [[nodiscard]] KeychainStatusWidget* keychainStatus() const { return m_keychain; }
    // The team database's indicator; null for a profile that is not a team's.
    [[nodiscard]] TeamStatusWidget* teamStatus() const { return m_team; }
    [[nodiscard]] QTableView* accountsView() const { return m_accountsView; }
    [[nodiscard]] QTableView* appsView() const { return m_appsView; }
    [[nodiscard]] QTabWidget* tabs() const { return m_tabs; }
    [[nodiscard]] AccountDetailsWidget* accountDetails() const { return m_details; }
    // Renews every account's tokens in the background while the window exists.
    [[nodiscard]] RefreshScheduler* scheduler() const { return m_scheduler; }

    // The currently selected account's id, or empty.
    [[nodiscard]] QString selectedAccountId() const;
    [[nodiscard]] QString selectedAppId() const;
    // Selects an account's row (and shows it in the details); false when it is not listed.
    bool selectAccount(const QString& accountId);

    // What can be done with the selected account, in the Accounts menu and the list's context
    // menu alike.
    enum class AccountAction {
        Test,
        Refresh,
        SignInAgain,
        Rename,
        CopyToken,
        CopyLimitedToken,
        Webhooks,
        Disconnect
    };
    [[nodiscard]] QAction* accountAction(AccountAction which) const;

    // The embedded sandbox runs at this address: a banner says so and links its console.
    void showSandbox(const QUrl& baseUrl);
    // The last "needs attention" notice shown (tests).
    [[nodiscard]] QString lastNotification() const { return m_lastNotification; }

Q_SIGNALS:
    void connectRequested();
    void addAppRequested();
    void editAppRequested(const QString& appId);
    void accountActivated(const QString& accountId);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void buildMenus();
    QWidget* buildAccountsPage();
    void sizeToFont();
    QWidget* buildAppsPage();
    void updateStates();
    void removeSelectedApp();
    void openAppDialog(const QString& appId);
    // The connect wizard; with an account id it signs that account in again.
    ConnectWizard* openConnectDialog(const QString& reauthAccountId = {});
    // "Set up a Box app…": the connect wizard, started at its guided Box branch.
    ConnectWizard* openBoxSetup();
    // Opens a connect wizard made by the two above; the accounts reload when it closes.
    ConnectWizard* showConnectWizard(ConnectWizard* wizard);
    void renameSelectedAccount();
    void updateAccountActions();
    void fitColumnsOnce();
    void disconnectSelectedAccount();
    void notifyIfNeedsAttention(const QString& accountId);
    // After an import without secrets: the app dialogs and sign-ins that complete them.
    void askForMissingSecrets(const QList<BundleService::PlanItem>& items);
    void enterNextMissingSecret();
    void showAbout();

    Engine& m_engine;
    AccountsModel* m_accountsModel = nullptr;
    AppsModel* m_appsModel = nullptr;
    KeychainStatusWidget* m_keychain = nullptr;
    TeamStatusWidget* m_team = nullptr;
    QTabWidget* m_tabs = nullptr;
    QStackedWidget* m_accountsStack = nullptr;
    QStackedWidget* m_appsStack = nullptr;
    QTableView* m_accountsView = nullptr;
    QTableView* m_appsView = nullptr;
    QLabel* m_profileLabel = nullptr;
    QSplitter* m_accountsSplitter = nullptr;
    QAction* m_connectAction = nullptr;
    AccountDetailsWidget* m_details = nullptr;
    RefreshScheduler* m_scheduler = nullptr;
    QSystemTrayIcon* m_tray = nullptr;
    QString m_lastNotification;
    QList<BundleService::PlanItem> m_pendingSecrets;
    QAction* m_removeAppAction = nullptr;
    QAction* m_editAppAction = nullptr;
    QHash<AccountAction, QAction*> m_accountActions;
    QString m_keepSelection; // the account selected before the model reloads
    bool m_headerRestored = false;
    bool m_columnsFitted = false;
};

} // namespace authdeck::ui
