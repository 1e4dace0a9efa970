#pragma once

#include <QDialog>
#include <QPointer>
#include <QUrl>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;
class QStackedWidget;

namespace authdeck {
class Engine;
class OAuthConnectJob;
} // namespace authdeck

namespace authdeck::ui {

// Connects an account through an OAuth 2.0 app registration:
//
//   Setup (app, scopes, name) --Sign in with browser--> Waiting (spinner; Open again, Copy link,
//   Paste address, Cancel) --job finished--> Done (who signed in)    | failure: back to Setup
//                                                                     | with the reason shown
//   Setup --Sign in with a code on another device (RFC 8628)--> Waiting (the verification URI
//   and the user code; Cancel stops the polling) --> Done | back to Setup
//
// The engine's OAuthConnectJob does the work; the dialog only opens the browser
// (QDesktopServices) and shows progress. Closing or Cancel ends the job and leaves nothing behind.
class OAuthConnectDialog : public QDialog {
    Q_OBJECT
public:
    explicit OAuthConnectDialog(Engine& engine, QWidget* parent = nullptr);
    ~OAuthConnectDialog() override;

    // Preselects an app registration; with an account id, signs that account in again.
    void setApp(const QString& appId);
    void setReauthAccount(const QString& accountId);

    [[nodiscard]] QString connectedAccountId() const { return m_accountId; }
    [[nodiscard]] QUrl authorizationUrl() const { return m_url; }

    [[nodiscard]] QComboBox* appCombo() const { return m_app; }
    [[nodiscard]] QListWidget* scopeList() const { return m_scopes; }
    [[nodiscard]] QLineEdit* customScopes() const { return m_customScopes; }
    [[nodiscard]] QLineEdit* nameEdit() const { return m_name; }
    [[nodiscard]] QPushButton* signInButton() const { return m_signIn; }
    [[nodiscard]] QPushButton* deviceButton() const { return m_device; }
    // The device flow's user code, once the server gave one.
    [[nodiscard]] QString userCode() const { return m_userCode; }
    [[nodiscard]] QLineEdit* pasteEdit() const { return m_paste; }
    [[nodiscard]] QLabel* errorLabel() const { return m_error; }
    [[nodiscard]] QLabel* doneLabel() const { return m_doneText; }
    [[nodiscard]] int page() const;

    enum Page { SetupPage, WaitingPage, DonePage };

public Q_SLOTS:
    void reject() override;

Q_SIGNALS:
    void accountConnected(const QString& accountId);

private:
    QWidget* buildSetupPage();
    QWidget* buildWaitingPage();
    QWidget* buildDonePage();
    void reloadApps();
    void fillScopes();
    void startSignIn();
    void begin(bool device); // the browser here, or a code entered on another device (RFC 8628)
    void showError(const QString& message);
    void openBrowser();
    void cancelJob();

    Engine& m_engine;
    QStackedWidget* m_pages = nullptr;
    QComboBox* m_app = nullptr;
    QListWidget* m_scopes = nullptr;
    QLineEdit* m_customScopes = nullptr;
    QLineEdit* m_name = nullptr;
    QLabel* m_redirectHint = nullptr;
    QLabel* m_error = nullptr;
    QPushButton* m_signIn = nullptr;
    QPushButton* m_device = nullptr;
    QPushButton* m_close = nullptr;
    QLabel* m_waitingText = nullptr;
    QLabel* m_stageText = nullptr;
    QLabel* m_link = nullptr;
    QProgressBar* m_spinner = nullptr;
    QLineEdit* m_paste = nullptr;
    QLabel* m_doneText = nullptr;
    QPointer<OAuthConnectJob> m_job;
    QString m_reauthAccountId;
    QString m_userCode;
    QString m_accountId;
    QUrl m_url;
};

} // namespace authdeck::ui
