#include "BoxToolsDialogs.h"

#include "SecretLineEdit.h"

#include "accounts/AccountService.h"
#include "accounts/AppService.h"
#include "box/BoxToolbox.h"
#include "box/WebhookSignature.h"
#include "engine/Engine.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QTableWidget>
#include <QVBoxLayout>

namespace authdeck::ui {

namespace {

QValidator* idValidator(QObject* parent)
{
    return new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9]{1,20}")),
                                           parent);
}

QString keyText(const SecretBytes& key)
{
    if (key.isEmpty())
        return QCoreApplication::translate("authdeck::ui::WebhooksDialog", "not set");
    return QCoreApplication::translate("authdeck::ui::WebhooksDialog", "set (%1)")
        .arg(box::BoxToolbox::keyFingerprint(key));
}

} // namespace

LimitedTokenDialog::LimitedTokenDialog(const QString& accountName, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("limitedTokenDialog"));
    setWindowTitle(tr("Copy a limited token"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(
        tr("A token for a script or a web page that can do only what you tick, optionally on one "
           "folder or file. The token of \"%1\" itself stays as it is.")
            .arg(accountName),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto* scopesLabel = new QLabel(tr("&What the token may do:"), this);
    layout->addWidget(scopesLabel);
    m_scopes = new QListWidget(this);
    m_scopes->setObjectName(QStringLiteral("limitedScopesList"));
    m_scopes->setAccessibleName(tr("What the token may do"));
    scopesLabel->setBuddy(m_scopes);
    const QList<std::pair<QString, QString>> scopes{
        {QStringLiteral("item_preview"), tr("Preview files")},
        {QStringLiteral("item_download"), tr("Download files")},
        {QStringLiteral("base_explorer"), tr("Browse folders (Content Explorer)")},
        {QStringLiteral("base_picker"), tr("Pick files (Content Picker)")},
        {QStringLiteral("base_preview"), tr("Show previews (Content Preview)")},
        {QStringLiteral("base_sidebar"), tr("Show the sidebar (Content Sidebar)")},
        {QStringLiteral("annotation_view_self"), tr("See own annotations")},
        {QStringLiteral("annotation_view_all"), tr("See all annotations")},
        {QStringLiteral("annotation_edit"), tr("Annotate")},
        {QStringLiteral("item_upload"), tr("Upload files")},
        {QStringLiteral("base_upload"), tr("Upload (Content Uploader)")},
        {QStringLiteral("item_rename"), tr("Rename items")},
        {QStringLiteral("item_share"), tr("Share items")},
        {QStringLiteral("item_delete"), tr("Delete items")},
        {QStringLiteral("root_readonly"), tr("Read everything the account can read")},
    };
    for (const auto& [id, text] : scopes) {
        auto* item = new QListWidgetItem(QStringLiteral("%1 (%2)").arg(text, id), m_scopes);
        item->setData(Qt::UserRole, id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(id == QLatin1String("item_preview") ? Qt::Checked : Qt::Unchecked);
    }
    layout->addWidget(m_scopes, 1);
    auto* form = new QFormLayout;
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("limitedItemKindComboBox"));
    m_kind->addItem(tr("Everything the account reaches"), QString());
    m_kind->addItem(tr("One folder"), QStringLiteral("folder"));
    m_kind->addItem(tr("One file"), QStringLiteral("file"));
    form->addRow(tr("&Limited to:"), m_kind);
    m_id = new QLineEdit(this);
    m_id->setObjectName(QStringLiteral("limitedItemIdLineEdit"));
    m_id->setValidator(idValidator(m_id));
    m_id->setPlaceholderText(tr("the number in the item's web address"));
    form->addRow(tr("Item &ID:"), m_id);
    layout->addLayout(form);
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("limitedProblemLabel"));
    m_problem->setWordWrap(true);
    layout->addWidget(m_problem);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Copy the token"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_buttons);
    connect(m_scopes, &QListWidget::itemChanged, this, &LimitedTokenDialog::updateState);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &LimitedTokenDialog::updateState);
    connect(m_id, &QLineEdit::textChanged, this, &LimitedTokenDialog::updateState);
    resize(520, 520);
    updateState();
}

QStringList LimitedTokenDialog::scopes() const
{
    QStringList out;
    for (int i = 0; i < m_scopes->count(); ++i) {
        if (m_scopes->item(i)->checkState() == Qt::Checked)
            out.append(m_scopes->item(i)->data(Qt::UserRole).toString());
    }
    return out;
}

QString LimitedTokenDialog::resource() const
{
    const QString kind = m_kind->currentData().toString();
    return kind.isEmpty() ? QString() : kind + QLatin1Char(':') + m_id->text().trimmed();
}

void LimitedTokenDialog::updateState()
{
    const bool item = !m_kind->currentData().toString().isEmpty();
    m_id->setEnabled(item);
    QString problem;
    if (scopes().isEmpty())
        problem = tr("Tick at least one thing the token may do.");
    else if (item && m_id->text().trimmed().isEmpty())
        problem = tr("Enter the folder's or file's ID.");
    m_problem->setText(problem);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

WebhooksDialog::WebhooksDialog(Engine& engine, const QString& accountId, QWidget* parent)
    : QDialog(parent)
    , m_engine(engine)
    , m_accountId(accountId)
{
    setObjectName(QStringLiteral("webhooksDialog"));
    const Result<Account> account = engine.accounts().find(accountId);
    m_appId = account.ok() ? account->appId : QString();
    setWindowTitle(account.ok() ? tr("Webhooks of %1").arg(account->name) : tr("Webhooks"));
    m_toolbox =
        new box::BoxToolbox(engine.tokens(), engine.accounts(), engine.apps(), engine.http(), this);
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("Box tells an https address of activity on a folder or file: "
                                "what recent-files lists and activity monitoring are built on."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    m_table = new QTableWidget(0, 4, this);
    m_table->setObjectName(QStringLiteral("webhooksTable"));
    m_table->setAccessibleName(tr("Webhooks"));
    m_table->setHorizontalHeaderLabels({tr("ID"), tr("Watches"), tr("Address"), tr("Triggers")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    layout->addWidget(m_table, 1);
    auto* rowButtons = new QHBoxLayout;
    m_refresh = new QPushButton(tr("Re&load"), this);
    m_delete = new QPushButton(tr("&Delete the selected webhook"), this);
    m_delete->setObjectName(QStringLiteral("deleteWebhookPushButton"));
    rowButtons->addWidget(m_refresh);
    rowButtons->addStretch(1);
    rowButtons->addWidget(m_delete);
    layout->addLayout(rowButtons);

    auto* create = new QGroupBox(tr("New webhook"), this);
    auto* form = new QFormLayout(create);
    auto* target = new QHBoxLayout;
    m_targetKind = new QComboBox(create);
    m_targetKind->setObjectName(QStringLiteral("webhookTargetKindComboBox"));
    m_targetKind->setAccessibleName(tr("Watch a folder or a file"));
    m_targetKind->addItem(tr("Folder"), QStringLiteral("folder"));
    m_targetKind->addItem(tr("File"), QStringLiteral("file"));
    m_targetId = new QLineEdit(create);
    m_targetId->setObjectName(QStringLiteral("webhookTargetIdLineEdit"));
    m_targetId->setAccessibleName(tr("Folder or file ID"));
    m_targetId->setValidator(idValidator(m_targetId));
    m_targetId->setPlaceholderText(tr("the number in its web address"));
    target->addWidget(m_targetKind);
    target->addWidget(m_targetId, 1);
    auto* targetLabel = new QLabel(tr("&Watch:"), create);
    targetLabel->setBuddy(m_targetKind);
    form->addRow(targetLabel, target);
    m_address = new QLineEdit(create);
    m_address->setObjectName(QStringLiteral("webhookAddressLineEdit"));
    m_address->setPlaceholderText(QStringLiteral("https://hooks.example.com/box"));
    form->addRow(tr("&Send to:"), m_address);
    m_triggers = new QLineEdit(create);
    m_triggers->setObjectName(QStringLiteral("webhookTriggersLineEdit"));
    m_triggers->setPlaceholderText(tr("empty: the activity triggers (uploads, previews, "
                                      "downloads, moves …)"));
    form->addRow(tr("T&riggers:"), m_triggers);
    m_create = new QPushButton(tr("&Create the webhook"), create);
    m_create->setObjectName(QStringLiteral("createWebhookPushButton"));
    form->addRow(QString(), m_create);
    layout->addWidget(create);

    auto* keys = new QGroupBox(tr("Signature keys"), this);
    auto* keyForm = new QFormLayout(keys);
    m_keyState = new QLabel(keys);
    m_keyState->setObjectName(QStringLiteral("webhookKeyStateLabel"));
    m_keyState->setWordWrap(true);
    keyForm->addRow(m_keyState);
    m_primary = new SecretLineEdit(keys);
    m_primary->setAccessibleName(tr("New primary key"));
    m_primary->setPlaceholderText(tr("paste from the Developer Console to replace"));
    auto* primaryLabel = new QLabel(tr("&Primary key:"), keys);
    primaryLabel->setBuddy(m_primary->lineEdit());
    keyForm->addRow(primaryLabel, m_primary);
    m_secondary = new SecretLineEdit(keys);
    m_secondary->setAccessibleName(tr("New secondary key"));
    m_secondary->setPlaceholderText(tr("paste from the Developer Console to replace"));
    auto* secondaryLabel = new QLabel(tr("Seco&ndary key:"), keys);
    secondaryLabel->setBuddy(m_secondary->lineEdit());
    keyForm->addRow(secondaryLabel, m_secondary);
    auto* steps = new QLabel(
        tr("To rotate without missing a delivery: 1. generate a new secondary key in the "
           "Developer Console (Webhooks, Manage signature keys) and save it here; 2. check a "
           "delivery; 3. then do the same for the primary key."),
        keys);
    steps->setWordWrap(true);
    keyForm->addRow(steps);
    auto* keyButtons = new QHBoxLayout;
    m_saveKeys = new QPushButton(tr("Sa&ve the keys"), keys);
    m_saveKeys->setObjectName(QStringLiteral("saveWebhookKeysPushButton"));
    m_check = new QPushButton(tr("C&heck a delivery…"), keys);
    m_check->setObjectName(QStringLiteral("checkDeliveryPushButton"));
    keyButtons->addWidget(m_saveKeys);
    keyButtons->addWidget(m_check);
    keyButtons->addStretch(1);
    keyForm->addRow(keyButtons);
    layout->addWidget(keys);

    m_bar = new QProgressBar(this);
    m_bar->setRange(0, 0);
    m_bar->setTextVisible(false);
    m_bar->setMaximumHeight(6);
    m_bar->hide();
    layout->addWidget(m_bar);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("webhooksStatusLabel"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_status);
    auto* close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(close);

    connect(m_refresh, &QPushButton::clicked, this, &WebhooksDialog::reload);
    connect(m_delete, &QPushButton::clicked, this, &WebhooksDialog::deleteSelected);
    connect(m_create, &QPushButton::clicked, this, &WebhooksDialog::createWebhook);
    connect(m_saveKeys, &QPushButton::clicked, this, &WebhooksDialog::saveKeys);
    connect(m_check, &QPushButton::clicked, this, [this] {
        const QString headers =
            QFileDialog::getOpenFileName(this, tr("The delivery's headers (Name: value lines)"));
        if (headers.isEmpty())
            return;
        const QString body = QFileDialog::getOpenFileName(this, tr("The delivery's body"));
        if (!body.isEmpty())
            verifyFiles(headers, body);
    });
    connect(m_table, &QTableWidget::itemSelectionChanged, this,
            [this] { m_delete->setEnabled(!m_busy && !m_table->selectedItems().isEmpty()); });
    resize(760, 720);
    showKeyState();
    reload();
}

void WebhooksDialog::setBusy(bool busy, const QString& message)
{
    m_busy = busy;
    m_bar->setVisible(busy);
    for (QWidget* w : {static_cast<QWidget*>(m_create), static_cast<QWidget*>(m_refresh),
                       static_cast<QWidget*>(m_saveKeys)})
        w->setEnabled(!busy);
    m_delete->setEnabled(!busy && !m_table->selectedItems().isEmpty());
    if (!message.isEmpty())
        showStatus(message, false);
}

void WebhooksDialog::showStatus(const QString& message, bool error)
{
    m_status->setText(message);
    m_status->setStyleSheet(error ? QStringLiteral("color: #c62828;") : QString());
}

void WebhooksDialog::reload()
{
    if (m_busy)
        return;
    setBusy(true, tr("Asking Box for the webhooks…"));
    m_toolbox->listWebhooks(
        m_accountId, this, [this](Result<QList<box::BoxToolbox::Webhook>> hooks) {
            setBusy(false);
            if (!hooks.ok()) {
                showStatus(hooks.error().fullMessage(), true);
                return;
            }
            m_table->setRowCount(0);
            for (const box::BoxToolbox::Webhook& w : std::as_const(*hooks)) {
                const int row = m_table->rowCount();
                m_table->insertRow(row);
                const QStringList cells{w.id, w.targetType + QLatin1Char(' ') + w.targetId,
                                        w.address, w.triggers.join(QStringLiteral(", "))};
                for (int c = 0; c < cells.size(); ++c)
                    m_table->setItem(row, c, new QTableWidgetItem(cells.at(c)));
            }
            m_table->resizeColumnsToContents();
            showStatus(hooks->isEmpty() ? tr("No webhooks yet.")
                                        : tr("%n webhook(s).", nullptr, int(hooks->size())),
                       false);
        });
}

void WebhooksDialog::createWebhook()
{
    const QString target =
        m_targetKind->currentData().toString() + QLatin1Char(':') + m_targetId->text().trimmed();
    Result<box::BoxToolbox::NewWebhook> request = box::BoxToolbox::parseRequest(
        target, m_address->text().trimmed(),
        m_triggers->text().trimmed().isEmpty() ? QStringList() : QStringList{m_triggers->text()});
    if (!request.ok()) {
        showStatus(request.error().message, true);
        return;
    }
    setBusy(true, tr("Creating the webhook…"));
    m_toolbox->createWebhook(m_accountId, *request, this,
                             [this](Result<box::BoxToolbox::Webhook> w) {
                                 setBusy(false);
                                 if (!w.ok()) {
                                     showStatus(w.error().fullMessage(), true);
                                     return;
                                 }
                                 m_targetId->clear();
                                 reload();
                             });
}

void WebhooksDialog::deleteSelected()
{
    const QList<QTableWidgetItem*> selected = m_table->selectedItems();
    if (selected.isEmpty() || m_busy)
        return;
    const QString id = m_table->item(selected.first()->row(), 0)->text();
    setBusy(true, tr("Deleting the webhook %1…").arg(id));
    m_toolbox->deleteWebhook(m_accountId, id, this, [this](Status s) {
        setBusy(false);
        if (!s.ok()) {
            showStatus(s.error().fullMessage(), true);
            return;
        }
        reload();
    });
}

void WebhooksDialog::showKeyState()
{
    if (m_appId.isEmpty()) {
        m_keyState->setText(tr("This account has no app registration to keep keys for."));
        return;
    }
    m_toolbox->webhookKeys(m_appId, this, [this](Result<box::BoxToolbox::WebhookKeys> keys) {
        if (!keys.ok()) {
            m_keyState->setText(keys.error().message);
            return;
        }
        m_keyState->setText(tr("Primary key: %1. Secondary key: %2.")
                                .arg(keyText(keys->primary), keyText(keys->secondary)));
    });
}

void WebhooksDialog::saveKeys()
{
    if ((m_primary->isEmpty() && m_secondary->isEmpty()) || m_appId.isEmpty()) {
        showStatus(tr("Paste a new primary or secondary key first."), true);
        return;
    }
    setBusy(true, tr("Saving the keys in the keychain…"));
    m_toolbox->setWebhookKeys(
        m_appId, m_primary->secret(), m_secondary->secret(), this,
        [this](Result<box::BoxToolbox::WebhookKeys> keys) {
            setBusy(false);
            if (!keys.ok()) {
                showStatus(keys.error().fullMessage(), true);
                return;
            }
            m_primary->clear();
            m_secondary->clear();
            showStatus(tr("Keys saved. Check a delivery to see which key signs it."), false);
            m_keyState->setText(tr("Primary key: %1. Secondary key: %2.")
                                    .arg(keyText(keys->primary), keyText(keys->secondary)));
        });
}

void WebhooksDialog::verifyFiles(const QString& headersFile, const QString& bodyFile)
{
    QFile h(headersFile);
    QFile b(bodyFile);
    if (!h.open(QIODevice::ReadOnly) || !b.open(QIODevice::ReadOnly)) {
        showStatus(tr("Cannot read the delivery's files."), true);
        return;
    }
    Result<box::WebhookSignature::Headers> headers =
        box::WebhookSignature::parseHeaderBlock(h.read(64 * 1024));
    if (!headers.ok()) {
        showStatus(headers.error().message, true);
        return;
    }
    m_toolbox->verifyDelivery(m_appId, *headers, b.read(16 * 1024 * 1024), this,
                              [this](Result<box::WebhookSignature::Verified> v) {
                                  if (!v.ok()) {
                                      showStatus(tr("Not genuine: %1").arg(v.error().message),
                                                 true);
                                      return;
                                  }
                                  showStatus(v->key == box::WebhookSignature::Key::Primary
                                                 ? tr("Genuine: signed with the primary key.")
                                                 : tr("Genuine: signed with the secondary key."),
                                             false);
                              });
}

} // namespace authdeck::ui
