#pragma once

#include "accounts/AppService.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QGroupBox;
class QLabel;
class QLayout;
class QLineEdit;
class QListWidget;
class QSpinBox;
class QToolButton;

namespace authdeck {
class Engine;
}

namespace authdeck::ui {

class SecretLineEdit;

// Edits one app registration ("custom OAuth keys"): provider, method, client ID and secret,
// scopes (the catalog's checklist plus custom ones), the host of per-server providers, a fixed
// redirect port and endpoint overrides. It shows the redirect URI the admin must register, and
// checks what is typed against the same rules the engine applies. Used by the app dialog, the
// settings panel and the connect wizard alike.
class AppEditorWidget : public QWidget {
    Q_OBJECT
public:
    explicit AppEditorWidget(Engine& engine, QWidget* parent = nullptr);

    // Starts a new registration (optionally for one provider and scheme).
    void startNew(const QString& providerId = {}, std::optional<Scheme> scheme = std::nullopt);
    // Loads an existing registration for editing (its secret stays unless replaced).
    void loadApp(const AppRegistration& app);

    [[nodiscard]] AppInput input() const;
    [[nodiscard]] bool secretChanged() const;
    [[nodiscard]] bool isEditing() const { return !m_editingId.isEmpty(); }
    [[nodiscard]] QString editingId() const { return m_editingId; }
    // The first problem with what is typed, or empty when it can be saved.
    [[nodiscard]] QString problem() const;
    [[nodiscard]] QString redirectUri() const;

    // Saves through the engine (add or update); done reports the saved app or the error. A new
    // app with an issuer reads the server's discovery metadata first (Discovery), off the UI
    // thread's way: nothing blocks while it is fetched.
    void save(std::function<void(Result<AppRegistration>)> done);

Q_SIGNALS:
    void validityChanged(bool valid);

private:
    void providerChanged();
    void schemeChanged();
    void rebuildParameters();
    void rebuildScopes();
    void showUnifiedScopes();
    void revalidate();
    // Registers a new app: discovery first when an issuer is given.
    void addNew(AppInput in, std::function<void(Result<AppRegistration>)> done);
    [[nodiscard]] QWidget* fileRow(QLineEdit* edit, const QString& title);
    [[nodiscard]] const Provider* provider() const;
    [[nodiscard]] std::optional<Scheme> scheme() const;

    Engine& m_engine;
    QString m_editingId;
    AppRegistration m_loaded; // the app being edited, for what the form does not show
    bool m_loading = false;
    QComboBox* m_providerCombo = nullptr;
    QComboBox* m_schemeCombo = nullptr;
    QLineEdit* m_nameEdit = nullptr;
    QLineEdit* m_clientIdEdit = nullptr;
    QLineEdit* m_issuerEdit = nullptr; // discovery (RFC 8414 / OpenID Connect)
    SecretLineEdit* m_secretEdit = nullptr;
    QList<QPair<QString, QLineEdit*>> m_parameterEdits;
    QListWidget* m_scopesList = nullptr;
    QLineEdit* m_customScopesEdit = nullptr;
    QLabel* m_unifiedScopesLabel = nullptr; // what the AuthDeck scopes typed above become
    QLineEdit* m_publicKeyIdEdit = nullptr;
    QLineEdit* m_enterpriseIdEdit = nullptr;
    // private_key_jwt (OAuth 2.0 and client credentials apps): a key file, its certificate
    // (x5t#S256, Microsoft Entra ID) and the key's passphrase, read off the UI thread on save.
    QLineEdit* m_keyFileEdit = nullptr;
    QLineEdit* m_certificateFileEdit = nullptr;
    SecretLineEdit* m_keyPassphraseEdit = nullptr;
    QWidget* m_keyFileRow = nullptr;
    QWidget* m_certificateFileRow = nullptr;
    QCheckBox* m_fixedPortCheck = nullptr;
    QSpinBox* m_portSpin = nullptr;
    QLabel* m_redirectLabel = nullptr;
    QToolButton* m_copyRedirectButton = nullptr;
    QCheckBox* m_advancedCheck = nullptr;
    QWidget* m_advancedBox = nullptr;
    QLineEdit* m_authorizeEdit = nullptr;
    QLineEdit* m_tokenEdit = nullptr;
    QLineEdit* m_revokeEdit = nullptr;
    QLineEdit* m_apiBaseEdit = nullptr;
    QLabel* m_problemLabel = nullptr;
    QLabel* m_docsLabel = nullptr;
    QFormLayout* m_form = nullptr;
    QLayout* m_portRow = nullptr;
    QLayout* m_redirectRow = nullptr;
};

} // namespace authdeck::ui
