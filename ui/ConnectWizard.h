#pragma once

#include "providers/Provider.h"

#include <QHash>
#include <QPointer>
#include <QUrl>
#include <QWizard>
#include <QWizardPage>

#include <functional>
#include <memory>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QRadioButton;
class QTimer;
class QTreeWidget;

namespace authdeck {
struct Account;
class Engine;
class OAuthConnectJob;
} // namespace authdeck

namespace authdeck::ui {

class AppEditorWidget;
class BoxSetupPages;

// A wizard page whose behaviour is given by functions, so one wizard can describe all its pages
// in one place without a class per page.
class WizardStepPage : public QWizardPage {
public:
    using QWizardPage::QWizardPage;
    std::function<void()> onInit;
    std::function<void()> onCleanup;
    std::function<bool()> onComplete;
    std::function<bool()> onValidate;
    std::function<int()> onNext;

    void initializePage() override;
    void cleanupPage() override;
    [[nodiscard]] bool isComplete() const override;
    bool validatePage() override;
    [[nodiscard]] int nextId() const override;
    void changed() { Q_EMIT completeChanged(); }
};

// Connects any account, whatever the provider's scheme:
//
//   Provider (search, icons, categories) -> Method (the provider's schemes, one sentence each,
//   the recommended one marked) -> App (pick an app registration or create one with the
//   AppEditorWidget; skipped for access keys and forms that need no client) -> Sign in (OAuth
//   browser step with Open again / Copy link / Paste address; JWT or client-credentials subject;
//   the catalog's key or password fields) -> Verify (identity shown) -> Done (name the account).
//
// A Box server app (JWT or client credentials) branches from the App page into the guided Box
// setup, BoxSetupPages (key pair, Public Key ID, access, admin authorization, enterprise, verify,
// done) in this same window; "Set up a Box app…" starts there (startBoxSetup).
//
// The engine jobs (OAuthConnectJob, ServerConnect, PasswordConnect, KeysConnect) verify the
// identity and save the account when Sign in completes; Verify shows what they found.
//
// What Cancel leaves: nothing. Until Finish, an account connected here is disconnected again
// (revoked where the provider can, then deleted) on Cancel, and on Back from Verify (so signing in
// once more does not make a second account); an app registration created inside the wizard is
// removed on Cancel. Back/Next keep what was typed: pages are only rebuilt when the choice before
// them changed.
class ConnectWizard : public QWizard {
    Q_OBJECT
public:
    enum PageId { ProviderPage, MethodPage, AppPage, SignInPage, VerifyPage, DonePage };

    explicit ConnectWizard(Engine& engine, QWidget* parent = nullptr);
    ~ConnectWizard() override;

    [[nodiscard]] QString providerId() const { return m_providerId; }
    [[nodiscard]] Scheme scheme() const { return m_scheme; }
    [[nodiscard]] QString appId() const { return m_appId; }
    [[nodiscard]] QStringList createdAppIds() const { return m_createdAppIds; }
    // The account connected here: through the sign-in pages or the Box setup's.
    [[nodiscard]] QString connectedAccountId() const;
    [[nodiscard]] QUrl authorizationUrl() const { return m_url; }
    [[nodiscard]] bool busy() const { return m_busy; }

    // Preselects a provider (and scheme) as the first two pages would.
    bool selectProvider(const QString& providerId);
    bool selectScheme(Scheme scheme);
    // "Connect another enterprise with this app": starts at Sign in with the JWT or
    // client-credentials app, the subject set to another enterprise whose ID the admin types.
    bool connectAnotherEnterprise(const QString& appId);
    // "Sign in again": starts at Sign in with the OAuth 2.0 account's app; the account keeps its
    // id, name and settings and gets new tokens (the same identity, as the CLI's reconnect).
    bool signInAgain(const QString& accountId);
    [[nodiscard]] QString reauthAccountId() const { return m_reauthAccountId; }
    // "Set up a Box app…": starts at the guided Box setup (the sandbox preselected when it runs,
    // and JWT).
    void startBoxSetup();
    // The guided Box setup's pages (BoxSetupPages::PageId), reached from the App page.
    [[nodiscard]] BoxSetupPages* boxSetup() const { return m_box.get(); }

    [[nodiscard]] QLineEdit* searchEdit() const { return m_search; }
    [[nodiscard]] QTreeWidget* providerTree() const { return m_providers; }
    [[nodiscard]] AppEditorWidget* appEditor() const { return m_editor; }
    [[nodiscard]] QComboBox* appCombo() const { return m_appCombo; }
    [[nodiscard]] QRadioButton* createAppRadio() const { return m_createApp; }
    [[nodiscard]] QRadioButton* guidedBoxRadio() const { return m_guidedBox; }
    [[nodiscard]] QLabel* signInError() const { return m_signInError; }
    [[nodiscard]] QLabel* identityLabel() const { return m_identity; }
    // The identity card's rows: label text -> value, as shown.
    [[nodiscard]] QList<QPair<QString, QString>> identityRows() const { return m_identityRows; }
    [[nodiscard]] QProgressBar* busyBar() const { return m_busyBar; }
    [[nodiscard]] QLabel* waitLabel() const { return m_wait; }
    // RFC 8628: sign in with a code on another device (shown where the app's server has a device
    // endpoint and the policy allows it).
    [[nodiscard]] QCheckBox* deviceCheckBox() const { return m_device; }
    [[nodiscard]] QString userCode() const { return m_userCode; }
    [[nodiscard]] QPushButton* editAppButton() const { return m_editApp; }
    [[nodiscard]] QLineEdit* accountNameEdit() const { return m_accountName; }
    // The editor of a catalog field ("username", "access_key_id", ...) or of the JWT subject.
    [[nodiscard]] QWidget* fieldWidget(const QString& name) const { return m_fields.value(name); }

public Q_SLOTS:
    void reject() override;
    void accept() override;

Q_SIGNALS:
    void accountConnected(const QString& accountId);

private:
    WizardStepPage* buildProviderPage();
    WizardStepPage* buildMethodPage();
    WizardStepPage* buildAppPage();
    WizardStepPage* buildSignInPage();
    WizardStepPage* buildVerifyPage();
    WizardStepPage* buildDonePage();
    void fillProviders();
    void filterProviders(const QString& text);
    void fillMethods();
    void fillApps();
    void rebuildSignIn();
    [[nodiscard]] bool needsApp() const;
    void startSignIn();
    void signInFinished(const QString& accountIdOrEmpty, const QString& error);
    void openBrowser();
    void cancelJob();
    // Ends the network wait under way: its late answer is dropped (an account it made after all
    // is disconnected again), and the wizard is free at once.
    void abandonAttempt();
    void startWaiting(const QString& what, int timeoutSeconds);
    void stopWaiting();
    void updateWait();
    void editApp();
    [[nodiscard]] QString suggestedName(const Account& account) const;
    void discardAccount(std::function<void()> then = {});
    void setBusy(bool busy);
    [[nodiscard]] QString fieldValue(const QString& name) const;

    Engine& m_engine;
    std::unique_ptr<BoxSetupPages> m_box; // destroyed before the pages it holds pointers into
    bool m_anotherEnterprise = false;
    WizardStepPage* m_providerPage = nullptr;
    WizardStepPage* m_methodPage = nullptr;
    WizardStepPage* m_appPage = nullptr;
    WizardStepPage* m_signInPage = nullptr;
    WizardStepPage* m_verifyPage = nullptr;
    WizardStepPage* m_donePage = nullptr;

    QLineEdit* m_search = nullptr;
    QTreeWidget* m_providers = nullptr;
    QWidget* m_methodsHost = nullptr;
    QButtonGroup* m_methods = nullptr;
    QComboBox* m_appCombo = nullptr;
    QRadioButton* m_useApp = nullptr;
    QRadioButton* m_createApp = nullptr;
    QRadioButton* m_guidedBox = nullptr;
    AppEditorWidget* m_editor = nullptr;
    QLabel* m_appError = nullptr;
    QWidget* m_signInHost = nullptr;
    QFormLayout* m_signInForm = nullptr;
    QLabel* m_signInIntro = nullptr;
    QWidget* m_oauthTools = nullptr;
    QLineEdit* m_link = nullptr;
    QCheckBox* m_device = nullptr;
    QString m_userCode;
    QLineEdit* m_paste = nullptr;
    QLabel* m_stage = nullptr;
    QLabel* m_signInError = nullptr;
    QLabel* m_identity = nullptr;
    QWidget* m_identityCard = nullptr;
    QFormLayout* m_identityForm = nullptr;
    QList<QPair<QString, QString>> m_identityRows;
    QLabel* m_identityIcon = nullptr;
    QProgressBar* m_busyBar = nullptr;
    QLabel* m_wait = nullptr;
    QTimer* m_waitTimer = nullptr;
    QString m_waitWhat;
    qint64 m_waitStarted = 0;
    int m_waitTimeout = 0;
    QPushButton* m_editApp = nullptr;
    std::shared_ptr<bool> m_abandoned; // the attempt under way is to be dropped when it answers
    QString m_reauthAccountId;
    QLineEdit* m_accountName = nullptr;
    QHash<QString, QWidget*> m_fields;

    QString m_providerId;
    Scheme m_scheme = Scheme::OAuth2;
    QString m_methodsFor; // provider the Method page was built for
    QString m_appsFor;    // provider + scheme the App page was built for
    QString m_signInFor;  // provider + scheme + app the Sign in page was built for
    QString m_appId;
    QStringList m_createdAppIds; // app registrations made inside the wizard
    QString m_accountId;
    QPointer<OAuthConnectJob> m_job;
    QUrl m_url;
    bool m_busy = false;
    bool m_advanceAfterSave = false;
};

} // namespace authdeck::ui
