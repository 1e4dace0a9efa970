#include "SettingsDialog.h"

#include "DesktopIntegration.h"
#include "MessageBoxes.h"

#include "SettingsPages.h"

#include "engine/Engine.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace authdeck::ui {

SettingsDialog::SettingsDialog(Engine& engine, QWidget* parent)
    : QDialog(parent)
    , m_engine(engine)
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Preferences"));
    m_loaded = AppSettings::load(engine.profile(), &m_warnings);
    // Trusted certificates the engine ignores (a catalog host, a host no app uses) are named too.
    m_warnings += engine.certificateTrustWarnings(m_loaded);

    auto* layout = new QVBoxLayout(this);
    if (!m_warnings.isEmpty()) {
        auto* warning = new QLabel(m_warnings.join(QLatin1Char('\n')), this);
        warning->setObjectName(QStringLiteral("warningsLabel"));
        warning->setWordWrap(true);
        layout->addWidget(warning);
    }
    auto* body = new QHBoxLayout;
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("pageListWidget"));
    m_list->setAccessibleName(tr("Settings pages"));
    m_list->setMaximumWidth(160);
    m_stack = new QStackedWidget(this);
    m_stack->setObjectName(QStringLiteral("pageStackedWidget"));
    m_apps = new AppsSettingsPage(engine, m_stack);
    m_network = new NetworkSettingsPage(m_stack);
    m_security = new SecuritySettingsPage(engine, m_stack);
    m_general = new GeneralSettingsPage(m_stack);
    const std::pair<QString, QWidget*> pages[] = {{tr("Apps"), m_apps},
                                                  {tr("Network"), m_network},
                                                  {tr("Security"), m_security},
                                                  {tr("General"), m_general}};
    for (const auto& [title, page] : pages) {
        m_list->addItem(title);
        m_stack->addWidget(page);
    }
    connect(m_list, &QListWidget::currentRowChanged, m_stack, &QStackedWidget::setCurrentIndex);
    body->addWidget(m_list);
    body->addWidget(m_stack, 1);
    layout->addLayout(body, 1);

    m_network->setTrustCheck([&engine](const QString& host, quint16 port) {
        return engine.certificateTrustRefusal(host, port);
    });
    m_network->load(m_loaded);
    m_security->load(m_loaded);
    m_general->load(m_loaded);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    layout->addWidget(buttons);
    m_list->setCurrentRow(0);
    resize(760, 520);
}

void SettingsDialog::showPage(Page page)
{
    m_list->setCurrentRow(int(page));
}

AppSettings SettingsDialog::currentSettings() const
{
    AppSettings s = m_loaded;
    m_network->store(s);
    m_security->store(s);
    m_general->store(s);
    return s;
}

void SettingsDialog::accept()
{
    const AppSettings s = currentSettings();
    s.save(m_engine.profile());
    m_engine.applySettings(s);
    if (s.startWithSystem != m_loaded.startWithSystem) {
        if (Status st = setAutostart(s.startWithSystem, m_engine.profile().path()); !st.ok())
            MessageBoxes::error(this, tr("Start with the system"), st.error().fullMessage());
    }
    QDialog::accept();
}

} // namespace authdeck::ui
