#pragma once

#include "core/SecretBytes.h"

#include <QObject>
#include <QUrl>

#include <atomic>
#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QRadioButton;
class QWizard;

namespace authdeck {
class Engine;
} // namespace authdeck

namespace authdeck::ui {

class SecretLineEdit;
class WizardStepPage;

// The connect wizard's guided branch for a Box server app: its pages walk an admin from nothing
// to a verified connection, the steps of Box's Developer Console and Admin Console in order
// (docs/BOX.md, "The admin's setup steps"):
//
//   Create app (console button; JWT or Client Credentials; client ID and secret)
//   -> Key pair (generate here off the UI thread with progress and Cancel, saved encrypted 0600,
//      public key to copy; or import a config.json)           [JWT only]
//   -> Public Key ID (shape checked)                          [JWT only]
//   -> Access level and scopes (what to tick, and why)
//   -> Admin authorization (Client ID with Copy, the Admin Console path, Box-Notifications)
//   -> Enterprise ID (shape checked)
//   -> Verify (app registration + ServerConnect: first token and /users/me; a refusal says what
//      to fix and offers to go back to that step) -> Done (the account).
//
// The pages live in the host wizard (ConnectWizard) under their own ids; this object holds their
// state and their work, and the host asks it what Cancel and Finish leave. On the sandbox
// provider the console button opens the sandbox's developer console. Cancel removes the app
// registration and the account made here; a key file generated here stays (its public key may
// already be registered in the console), and the page says where it is.
class BoxSetupPages : public QObject {
    Q_OBJECT
public:
    // Page ids inside the host wizard, clear of its own.
    enum PageId {
        CreateAppPage = 100,
        KeyPairPage,
        PublicKeyIdPage,
        AccessPage,
        AuthorizePage,
        EnterprisePage,
        VerifyPage,
        DonePage
    };
    [[nodiscard]] static bool isBoxPage(int id) { return id >= CreateAppPage && id <= DonePage; }
    // The step's number as the pages show it ("Go to step 3").
    [[nodiscard]] static int stepNumber(int id) { return id - CreateAppPage + 1; }

    BoxSetupPages(Engine& engine, QWizard& host);
    ~BoxSetupPages() override;

    // Preselects the Box service and the method (what the connect wizard's first pages chose).
    void preselect(const QString& providerId, bool jwt);
    // The window title while the branch is shown (says when earlier progress was restored).
    [[nodiscard]] QString title() const;
    // Finish: the account and app stay, the saved progress goes.
    void finished();
    // Cancel: nothing made here stays (the account, then the app registration); a key
    // generation or verification under way ends now. Returns false on the Done page with a
    // connected account (Escape there keeps it: the host finishes instead).
    bool discard();

    [[nodiscard]] QUrl consoleUrl() const;
    [[nodiscard]] QString connectedAccountId() const { return m_accountId; }
    [[nodiscard]] QString appId() const { return m_appId; }
    [[nodiscard]] bool busy() const { return m_busy; }

    // Generates the key pair into the key file field's path (what the Generate button does).
    void generateKey();
    // Imports a Box config.json (what the Import button does with the chosen file).
    bool importConfig(const QString& path);

    [[nodiscard]] QComboBox* providerCombo() const { return m_provider; }
    [[nodiscard]] QRadioButton* jwtRadio() const { return m_jwt; }
    [[nodiscard]] QRadioButton* ccgRadio() const { return m_ccg; }
    [[nodiscard]] QLineEdit* clientIdEdit() const { return m_clientId; }
    [[nodiscard]] SecretLineEdit* clientSecretEdit() const { return m_clientSecret; }
    [[nodiscard]] SecretLineEdit* passphraseEdit() const { return m_passphrase; }
    [[nodiscard]] SecretLineEdit* passphraseRepeatEdit() const { return m_passphraseRepeat; }
    [[nodiscard]] QLabel* keyStatusLabel() const { return m_keyStatus; }
    [[nodiscard]] QLabel* enterpriseSourceLabel() const { return m_enterpriseSource; }
    [[nodiscard]] QLabel* reviewLabel() const { return m_review; }
    // Where a new key of this app goes by default: AuthDeck's key folder, one file per app.
    [[nodiscard]] QString defaultKeyPath() const;
    [[nodiscard]] QLineEdit* keyFileEdit() const { return m_keyFile; }
    [[nodiscard]] QPushButton* generateButton() const { return m_generate; }
    [[nodiscard]] QPushButton* cancelGenerationButton() const { return m_cancelGeneration; }
    [[nodiscard]] QPlainTextEdit* publicKeyView() const { return m_publicKey; }
    [[nodiscard]] QLineEdit* publicKeyIdEdit() const { return m_publicKeyId; }
    [[nodiscard]] QLineEdit* enterpriseIdEdit() const { return m_enterpriseId; }
    [[nodiscard]] QLineEdit* accountNameEdit() const { return m_accountName; }
    [[nodiscard]] QLabel* verifyMessage() const { return m_verifyMessage; }
    [[nodiscard]] QPushButton* fixButton() const { return m_fix; }
    [[nodiscard]] QLabel* doneLabel() const { return m_done; }
    [[nodiscard]] bool resumed() const { return m_resumed; }

Q_SIGNALS:
    void keyGenerated(const QString& path);
    void accountConnected(const QString& accountId);

private:
    WizardStepPage* buildCreateAppPage();
    WizardStepPage* buildKeyPairPage();
    WizardStepPage* buildPublicKeyIdPage();
    WizardStepPage* buildAccessPage();
    WizardStepPage* buildAuthorizePage();
    WizardStepPage* buildEnterprisePage();
    WizardStepPage* buildVerifyPage();
    WizardStepPage* buildDonePage();
    [[nodiscard]] bool isJwt() const;
    void startVerify();
    void verifyFailed(const QString& message, int fixPage, const QString& createdAppId);
    void setBusy(bool busy);
    void goBackTo(int pageId);
    void abandonVerify();
    // Progress without secrets (box-setup.json in the profile): kept when the wizard is left,
    // restored when it opens again, removed once it finishes.
    [[nodiscard]] QString progressPath() const;
    void saveProgress() const;
    void restoreProgress();

    Engine& m_engine;
    QWizard& m_wizard;
    WizardStepPage* m_keyPage = nullptr;
    WizardStepPage* m_verifyPage = nullptr;
    QComboBox* m_provider = nullptr;
    QRadioButton* m_jwt = nullptr;
    QRadioButton* m_ccg = nullptr;
    QLineEdit* m_appName = nullptr;
    QLineEdit* m_clientId = nullptr;
    SecretLineEdit* m_clientSecret = nullptr;
    QRadioButton* m_generateRadio = nullptr;
    QRadioButton* m_importRadio = nullptr;
    SecretLineEdit* m_passphrase = nullptr;
    SecretLineEdit* m_passphraseRepeat = nullptr;
    bool m_keyFileChosen = false; // typed or browsed: the app name no longer names it
    QLabel* m_enterpriseSource = nullptr;
    QLabel* m_review = nullptr;
    std::shared_ptr<bool> m_abandoned; // the verification under way is dropped when it answers
    QLineEdit* m_keyFile = nullptr;
    QPushButton* m_generate = nullptr;
    QPushButton* m_cancelGeneration = nullptr;
    QProgressBar* m_progress = nullptr;
    QPlainTextEdit* m_publicKey = nullptr;
    QPushButton* m_copyPublic = nullptr;
    QLabel* m_keyStatus = nullptr;
    QLineEdit* m_configFile = nullptr;
    QLineEdit* m_publicKeyId = nullptr;
    QLabel* m_publicKeyIdHint = nullptr;
    QLabel* m_clientIdShown = nullptr;
    QLineEdit* m_enterpriseId = nullptr;
    QLabel* m_enterpriseHint = nullptr;
    QLineEdit* m_accountName = nullptr;
    QLabel* m_verifyMessage = nullptr;
    QPushButton* m_fix = nullptr;
    QLabel* m_done = nullptr;

    // The key: a file generated here (opened with the passphrase), or an imported config.json's.
    bool m_keyReady = false;
    SecretBytes m_importedPem;
    SecretBytes m_importedPassphrase;
    std::shared_ptr<std::atomic_bool> m_cancel;
    int m_fixPage = -1;
    bool m_busy = false;
    bool m_resumed = false;
    QString m_appId;
    QString m_accountId;
};

} // namespace authdeck::ui
