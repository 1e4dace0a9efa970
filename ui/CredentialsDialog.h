#pragma once

#include "providers/Provider.h"

#include <QDialog>
#include <QHash>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;

namespace authdeck {
class Engine;
} // namespace authdeck

namespace authdeck::ui {

class SecretLineEdit;

// Connects an account with a user name and password, or with access keys. The form is generated
// from the catalog's field descriptions of the provider's password, basic or keys scheme (label,
// secret or not, help, link): secret fields are masked with a reveal toggle, every field is
// checked as it is typed, and the dialog says what AuthDeck will keep and what it will not
// before anything is sent. The engine's PasswordConnect or KeysConnect does the work.
class CredentialsDialog : public QDialog {
    Q_OBJECT
public:
    explicit CredentialsDialog(Engine& engine, QWidget* parent = nullptr);
    ~CredentialsDialog() override;

    // Preselects a provider by id; false when it has no password, basic or keys scheme.
    bool setProvider(const QString& providerId);

    [[nodiscard]] QString connectedAccountId() const { return m_accountId; }

    // For tests and accessibility tools.
    [[nodiscard]] QComboBox* providerCombo() const { return m_provider; }
    [[nodiscard]] QComboBox* appCombo() const { return m_app; }
    [[nodiscard]] QLineEdit* nameEdit() const { return m_name; }
    // The editor of a catalog field or provider parameter (QLineEdit or SecretLineEdit).
    [[nodiscard]] QWidget* fieldWidget(const QString& name) const { return m_widgets.value(name); }
    [[nodiscard]] QLabel* fieldProblem(const QString& name) const { return m_problems.value(name); }
    [[nodiscard]] QLabel* keepsLabel() const { return m_keeps; }
    [[nodiscard]] QLabel* errorLabel() const { return m_error; }
    [[nodiscard]] QPushButton* connectButton() const { return m_connect; }
    [[nodiscard]] Scheme scheme() const { return m_scheme; }

public Q_SLOTS:
    // Ignored while a connection is under way (it ends within the network deadline), so an account
    // never appears after its dialog was closed.
    void reject() override;

Q_SIGNALS:
    void accountConnected(const QString& accountId);

private:
    void rebuildForm();
    void validate();
    void startConnect();
    void finished(bool ok, const QString& accountIdOrError);
    [[nodiscard]] QString valueOf(const QString& name) const;
    void setBusy(bool busy);

    Engine& m_engine;
    QComboBox* m_provider = nullptr;
    QLineEdit* m_name = nullptr;
    QComboBox* m_app = nullptr;
    QLabel* m_appLabel = nullptr;
    QWidget* m_formHost = nullptr;
    QFormLayout* m_form = nullptr;
    QLabel* m_keeps = nullptr;
    QLabel* m_error = nullptr;
    QPushButton* m_connect = nullptr;
    QPushButton* m_cancel = nullptr;
    QHash<QString, QWidget*> m_widgets;
    QHash<QString, QLabel*> m_problems;
    QList<FieldSpec> m_fields;
    QList<ParameterSpec> m_parameters;
    Scheme m_scheme = Scheme::Password;
    bool m_needsApp = false;
    bool m_busy = false;
    QString m_accountId;
};

} // namespace authdeck::ui
