#include "AppDialog.h"

#include "AppEditorWidget.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace authdeck::ui {

AppDialog::AppDialog(Engine& engine, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("appDialog"));
    setWindowTitle(tr("App registration"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("The client ID and secret of the app you created at the provider. "
                                "The secret is stored in the system keychain only."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_editor = new AppEditorWidget(engine, scroll);
    scroll->setWidget(m_editor);
    layout->addWidget(scroll, 1);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("statusLabel"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &AppDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &AppDialog::reject);
    connect(m_editor, &AppEditorWidget::validityChanged, this, [this](bool valid) {
        m_buttons->button(QDialogButtonBox::Save)->setEnabled(valid && !m_saving);
    });
    resize(620, 600);
}

void AppDialog::startNew(const QString& providerId)
{
    setWindowTitle(tr("Add an app registration"));
    m_editor->startNew(providerId);
}

void AppDialog::editApp(const AppRegistration& app)
{
    setWindowTitle(tr("Edit \"%1\"").arg(app.name));
    m_editor->loadApp(app);
}

void AppDialog::accept()
{
    if (m_saving)
        return;
    if (const QString why = m_editor->problem(); !why.isEmpty()) {
        m_status->setText(why);
        return;
    }
    m_saving = true;
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(false);
    m_status->setText(tr("Saving to the keychain…"));
    m_editor->save([this](Result<AppRegistration> r) {
        m_saving = false;
        if (!r.ok()) {
            m_status->setText(r.error().fullMessage());
            m_buttons->button(QDialogButtonBox::Save)->setEnabled(true);
            return;
        }
        m_savedId = r->id;
        QDialog::accept();
    });
}

} // namespace authdeck::ui
