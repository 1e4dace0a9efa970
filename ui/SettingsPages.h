#pragma once

#include "engine/AppSettings.h"

#include <QWidget>

#include <functional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QRadioButton;
class QSpinBox;
class QToolButton;
class QTreeWidget;

namespace authdeck {
class Engine;
}

namespace authdeck::ui {

// The pages of Settings > Preferences. Each is a plain widget over the engine, so a wizard can
// show the same page (a wizard page and a settings panel are one widget used twice). The pages
// that hold preferences read them with load() and write them back with store().

// App registrations ("custom OAuth keys"), grouped by provider: add, edit (AppDialog),
// duplicate (secrets too), remove (asks, naming the accounts that use the app), and the redirect
// URI to register at the provider with a Copy button, and the admin consent step where the
// provider has one.
class AppsSettingsPage : public QWidget {
    Q_OBJECT
public:
    explicit AppsSettingsPage(Engine& engine, QWidget* parent = nullptr);

    [[nodiscard]] QString selectedAppId() const;
    void selectApp(const QString& appId);

public Q_SLOTS:
    void reload();
    void addApp();
    void editSelected();
    void duplicateSelected();
    void removeSelected();
    void copyRedirectUri();
    // Tenant-wide admin consent (Microsoft 365) for the selected app: the browser opens the
    // provider's consent page; the answer comes back to a loopback listener (AdminConsentJob).
    void requestAdminConsent();

Q_SIGNALS:
    // A change through this page was saved (or failed: ok false, with the message).
    void appSaved(const QString& appId);
    void operationFinished(bool ok, const QString& message);

private:
    void updateDetails();

    Engine& m_engine;
    QTreeWidget* m_tree = nullptr;
    QPushButton* m_edit = nullptr;
    QPushButton* m_duplicate = nullptr;
    QPushButton* m_remove = nullptr;
    QPushButton* m_consent = nullptr;
    QLineEdit* m_redirect = nullptr;
    QToolButton* m_copy = nullptr;
    QLabel* m_policy = nullptr;
    QLabel* m_status = nullptr;
};

// Proxy (system, manual, none), connect and transfer timeouts, and trusted self-signed
// certificates: a host:port is trusted only after its SHA-256 fingerprint was fetched and shown,
// and only where the engine's rule allows one (the server host of an app registration, never a
// host of the built-in catalog); entries it would ignore are listed with the reason.
class NetworkSettingsPage : public QWidget {
    Q_OBJECT
public:
    // Why a certificate trusted for host:port would not be used; empty when it would.
    using TrustCheck = std::function<QString(const QString& host, quint16 port)>;

    explicit NetworkSettingsPage(QWidget* parent = nullptr);
    void load(const AppSettings& settings);
    void store(AppSettings& settings) const;
    // Engine::certificateTrustRefusal; without one the page refuses nothing itself (the engine
    // still does, at every handshake).
    void setTrustCheck(TrustCheck check);

    // The certificate shown last (empty until fetchCertificate() answered).
    [[nodiscard]] QString shownFingerprint() const { return m_shownFingerprint; }

public Q_SLOTS:
    void fetchCertificate();
    void trustShownCertificate();
    void removeTrusted();

Q_SIGNALS:
    void certificateShown(const QString& fingerprint);

private:
    void updateProxyFields();
    void rebuildTrusted();
    [[nodiscard]] QString trustRefusal(const QString& endpoint) const;

    QRadioButton* m_system = nullptr;
    QRadioButton* m_manual = nullptr;
    QRadioButton* m_none = nullptr;
    QLineEdit* m_proxyHost = nullptr;
    QSpinBox* m_proxyPort = nullptr;
    QSpinBox* m_connectTimeout = nullptr;
    QSpinBox* m_transferTimeout = nullptr;
    QListWidget* m_trusted = nullptr;
    QLineEdit* m_trustHost = nullptr;
    QSpinBox* m_trustPort = nullptr;
    QPushButton* m_fetch = nullptr;
    QLabel* m_fingerprintLabel = nullptr;
    QPushButton* m_trust = nullptr;
    QString m_shownEndpoint; // host:port (UrlPolicy::endpointKey) of the certificate shown
    QString m_shownFingerprint;
    QMap<QString, QString> m_trustedHosts;
    TrustCheck m_trustCheck;
};

// The secret store in use, whether exports may include secrets, and the organization's policy.
class SecuritySettingsPage : public QWidget {
    Q_OBJECT
public:
    explicit SecuritySettingsPage(Engine& engine, QWidget* parent = nullptr);
    void load(const AppSettings& settings);
    void store(AppSettings& settings) const;

private:
    Engine& m_engine;
    QLabel* m_store = nullptr;
    QComboBox* m_storeChoice = nullptr;
    QCheckBox* m_exports = nullptr;
    QLabel* m_policy = nullptr;
};

// Language (English and the compiled-in translations), start with the system, notifications.
class GeneralSettingsPage : public QWidget {
    Q_OBJECT
public:
    explicit GeneralSettingsPage(QWidget* parent = nullptr);
    void load(const AppSettings& settings);
    void store(AppSettings& settings) const;

private:
    QComboBox* m_language = nullptr;
    QCheckBox* m_startWithSystem = nullptr;
    QCheckBox* m_notify = nullptr;
};

} // namespace authdeck::ui
