#pragma once

#include "bundle/BundleService.h"

#include <QDialog>

#include <optional>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;

namespace authdeck {
class Engine;
}

namespace authdeck::ui {

class SecretLineEdit;

// File -> Export…: choose apps and accounts, optionally include their secrets under a passphrase
// (with a strength hint and a confirmation). The key derivation runs on a worker thread while a
// busy bar shows; the dialog only collects and hands everything to BundleService.
class ExportBundleDialog : public QDialog {
    Q_OBJECT
public:
    explicit ExportBundleDialog(Engine& engine, QWidget* parent = nullptr);
    ~ExportBundleDialog() override;

    // For tests: the widgets a user touches.
    [[nodiscard]] QListWidget* items() const { return m_items; }
    [[nodiscard]] QCheckBox* includeSecrets() const { return m_includeSecrets; }
    [[nodiscard]] SecretLineEdit* passphrase() const { return m_passphrase; }
    [[nodiscard]] SecretLineEdit* confirmation() const { return m_confirm; }
    [[nodiscard]] QLineEdit* path() const { return m_path; }
    [[nodiscard]] QLabel* hint() const { return m_hint; }
    // "Weak", "Fair", "Strong" for a passphrase (a rough guide, not a guarantee).
    [[nodiscard]] static QString strength(const SecretBytes& passphrase);

    void accept() override;

Q_SIGNALS:
    void exported(const QString& path);

private:
    void updateState();

    Engine& m_engine;
    BundleService* m_service = nullptr;
    QListWidget* m_items = nullptr;
    QCheckBox* m_includeSecrets = nullptr;
    SecretLineEdit* m_passphrase = nullptr;
    SecretLineEdit* m_confirm = nullptr;
    QLabel* m_hint = nullptr;
    QLineEdit* m_path = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_error = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    bool m_busy = false;
};

// File -> Import…: pick a bundle, give its passphrase when it holds secrets, choose what happens
// to items the profile already has, and see the preview (added, replaced, skipped, renamed, needs
// credentials) before anything is written.
class ImportBundleDialog : public QDialog {
    Q_OBJECT
public:
    explicit ImportBundleDialog(Engine& engine, QWidget* parent = nullptr);
    ~ImportBundleDialog() override;

    [[nodiscard]] QLineEdit* path() const { return m_path; }
    [[nodiscard]] SecretLineEdit* passphrase() const { return m_passphrase; }
    [[nodiscard]] QComboBox* conflict() const { return m_conflict; }
    [[nodiscard]] QPushButton* previewButton() const { return m_preview; }
    [[nodiscard]] QListWidget* previewList() const { return m_list; }
    [[nodiscard]] QLabel* errorLabel() const { return m_error; }

    void accept() override;

    // What the last import brought in without its secrets (apps and accounts to complete).
    [[nodiscard]] QList<BundleService::PlanItem> needingCredentials() const { return m_missing; }

Q_SIGNALS:
    void imported();

private:
    QList<BundleService::PlanItem> m_missing;
    void pathChanged();
    void startPreview();
    void showPlan();
    void setBusy(bool busy);

    Engine& m_engine;
    BundleService* m_service = nullptr;
    QLineEdit* m_path = nullptr;
    SecretLineEdit* m_passphrase = nullptr;
    QComboBox* m_conflict = nullptr;
    QPushButton* m_preview = nullptr;
    QListWidget* m_list = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_error = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    std::optional<BundleService::Contents> m_contents;
    std::optional<BundleService::Plan> m_plan;
    bool m_busy = false;
};

} // namespace authdeck::ui
