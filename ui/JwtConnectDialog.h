#pragma once

#include <QDialog>
#include <QHash>
#include <QString>

#include <atomic>
#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressDialog;
class QPushButton;

namespace authdeck {
class Engine;
} // namespace authdeck

namespace authdeck::ui {

class SecretLineEdit;

// Connects a Box server-authentication (JWT) account: the app's client ID, client secret, Public
// Key ID and private key (a file, or a new key pair generated here), the key's passphrase, the
// enterprise ID, the subject (the enterprise's service account or a user) and an optional As-User.
// Every field is checked as it is typed; Connect stays off until all are right.
//
//   fields --Connect--> open the key (worker thread) --AppService::add--> app registration
//          --ServerConnect::run--> first token + identity --> "Connected as ..."
//   A failure removes the app registration again and shows the reason; nothing is left behind.
//
// Generate: the new key is made on a worker thread (progress, Cancel), written encrypted with the
// passphrase (PKCS#8, PBKDF2 600,000 iterations) to a file of mode 0600, and its public key PEM is
// shown with a Copy button and its SHA-256 fingerprint, to paste into the Developer Console.
class JwtConnectDialog : public QDialog {
    Q_OBJECT
public:
    explicit JwtConnectDialog(Engine& engine, QWidget* parent = nullptr);
    ~JwtConnectDialog() override;

    [[nodiscard]] QString connectedAccountId() const { return m_accountId; }

    // Generates a key of the chosen size into outPath (what the Generate button does after
    // asking for the file name).
    void generateKey(const QString& outPath);
    // Whether every field is valid (the Connect button's state).
    [[nodiscard]] bool fieldsValid() const;

    [[nodiscard]] QComboBox* providerCombo() const { return m_provider; }
    [[nodiscard]] QLineEdit* appNameEdit() const { return m_appName; }
    [[nodiscard]] QLineEdit* clientIdEdit() const { return m_clientId; }
    [[nodiscard]] SecretLineEdit* clientSecretEdit() const { return m_clientSecret; }
    [[nodiscard]] QLineEdit* publicKeyIdEdit() const { return m_publicKeyId; }
    [[nodiscard]] QLineEdit* keyFileEdit() const { return m_keyFile; }
    [[nodiscard]] SecretLineEdit* passphraseEdit() const { return m_passphrase; }
    [[nodiscard]] QComboBox* keySizeCombo() const { return m_keySize; }
    [[nodiscard]] QLineEdit* enterpriseIdEdit() const { return m_enterpriseId; }
    [[nodiscard]] QComboBox* subjectCombo() const { return m_subject; }
    [[nodiscard]] QLineEdit* userIdEdit() const { return m_userId; }
    [[nodiscard]] QLineEdit* asUserEdit() const { return m_asUser; }
    [[nodiscard]] QCheckBox* notificationsOffCheck() const { return m_notificationsOff; }
    [[nodiscard]] QPushButton* connectButton() const { return m_connect; }
    [[nodiscard]] QPushButton* generateButton() const { return m_generate; }
    [[nodiscard]] QPushButton* copyPublicKeyButton() const { return m_copyPublic; }
    [[nodiscard]] QPlainTextEdit* publicKeyView() const { return m_publicKey; }
    [[nodiscard]] QLabel* fingerprintLabel() const { return m_fingerprint; }
    [[nodiscard]] QLabel* errorLabel() const { return m_error; }
    [[nodiscard]] QLabel* resultLabel() const { return m_result; }
    [[nodiscard]] QProgressDialog* generationProgress() const { return m_progress; }
    // The message under a field ("" when the field is fine); name is the field's object name.
    [[nodiscard]] QString hintFor(const QString& fieldName) const;

public Q_SLOTS:
    void reject() override;

Q_SIGNALS:
    void accountConnected(const QString& accountId);
    void keyGenerated(const QString& path);
    void busyChanged(bool busy);

private:
    void validate();
    void setHint(QLabel* hint, const QString& text);
    void chooseKeyFile();
    void askAndGenerate();
    void startConnect();
    void connectWithKey(const QByteArray& clearPem);
    void failed(const QString& message, const QString& createdAppId = {});
    void setBusy(bool busy);

    Engine& m_engine;
    QComboBox* m_provider = nullptr;
    QLineEdit* m_appName = nullptr;
    QLineEdit* m_clientId = nullptr;
    SecretLineEdit* m_clientSecret = nullptr;
    QLineEdit* m_publicKeyId = nullptr;
    QLineEdit* m_keyFile = nullptr;
    QPushButton* m_chooseKey = nullptr;
    QPushButton* m_generate = nullptr;
    QComboBox* m_keySize = nullptr;
    SecretLineEdit* m_passphrase = nullptr;
    QLineEdit* m_enterpriseId = nullptr;
    QComboBox* m_subject = nullptr;
    QLineEdit* m_userId = nullptr;
    QLineEdit* m_asUser = nullptr;
    QCheckBox* m_notificationsOff = nullptr;
    QPlainTextEdit* m_publicKey = nullptr;
    QPushButton* m_copyPublic = nullptr;
    QLabel* m_fingerprint = nullptr;
    QLabel* m_error = nullptr;
    QLabel* m_result = nullptr;
    QPushButton* m_connect = nullptr;
    QProgressDialog* m_progress = nullptr;
    QHash<QString, QLabel*> m_hints;
    std::shared_ptr<std::atomic_bool> m_cancel;
    bool m_busy = false;
    QString m_accountId;
};

} // namespace authdeck::ui
