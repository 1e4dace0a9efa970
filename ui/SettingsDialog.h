#pragma once

#include "engine/AppSettings.h"

#include <QDialog>

class QListWidget;
class QStackedWidget;

namespace authdeck {
class Engine;
}

namespace authdeck::ui {

class AppsSettingsPage;
class GeneralSettingsPage;
class NetworkSettingsPage;
class SecuritySettingsPage;

// Settings > Preferences: a page list (Apps, Network, Security, General). The preferences are
// read from <profile>/settings.ini when the dialog opens (bad values fall back with a warning
// shown at the top) and, on OK, written back and applied to the engine at once. App
// registrations are saved as they are edited, through the engine.
class SettingsDialog : public QDialog {
    Q_OBJECT
public:
    enum Page { AppsPage, NetworkPage, SecurityPage, GeneralPage };

    explicit SettingsDialog(Engine& engine, QWidget* parent = nullptr);

    void showPage(Page page);
    [[nodiscard]] AppsSettingsPage* appsPage() const { return m_apps; }
    [[nodiscard]] NetworkSettingsPage* networkPage() const { return m_network; }
    [[nodiscard]] SecuritySettingsPage* securityPage() const { return m_security; }
    [[nodiscard]] GeneralSettingsPage* generalPage() const { return m_general; }
    [[nodiscard]] QStringList loadWarnings() const { return m_warnings; }
    // What the pages hold now (the loaded settings with the edits applied).
    [[nodiscard]] AppSettings currentSettings() const;

public Q_SLOTS:
    void accept() override;

private:
    Engine& m_engine;
    AppSettings m_loaded;
    QStringList m_warnings;
    QListWidget* m_list = nullptr;
    QStackedWidget* m_stack = nullptr;
    AppsSettingsPage* m_apps = nullptr;
    NetworkSettingsPage* m_network = nullptr;
    SecuritySettingsPage* m_security = nullptr;
    GeneralSettingsPage* m_general = nullptr;
};

} // namespace authdeck::ui
