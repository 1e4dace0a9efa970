#include "BundleDialogs.h"

#include "MessageBoxes.h"
#include "SecretLineEdit.h"

#include "accounts/AccountService.h"
#include "accounts/AppService.h"
#include "engine/Engine.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace authdeck::ui {

namespace {

constexpr int MinPassphrase = 8;
constexpr int RoleId = Qt::UserRole;
constexpr int RoleIsApp = Qt::UserRole + 1;

QWidget* pathRow(QWidget* parent, QLineEdit* edit, const std::function<void()>& browse)
{
    auto* row = new QWidget(parent);
    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(edit, 1);
    auto* button = new QPushButton(QObject::tr("Browse…"), row);
    QObject::connect(button, &QPushButton::clicked, row, browse);
    layout->addWidget(button);
    return row;
}

QProgressBar* busyBar(QWidget* parent)
{
    auto* bar = new QProgressBar(parent);
    bar->setRange(0, 0); // the KDF reports no steps: a busy indicator
    bar->setTextVisible(false);
    bar->setVisible(false);
    return bar;
}

QLabel* makeErrorLabel(QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: palette(highlight);"));
    label->setVisible(false);
    return label;
}

} // namespace

// ---- export

ExportBundleDialog::ExportBundleDialog(Engine& engine, QWidget* parent)
    : QDialog(parent)
    , m_engine(engine)
{
    setWindowTitle(tr("Export a bundle"));
    m_service =
        new BundleService(engine.store(), engine.secrets(), engine.apps(), engine.accounts(), this);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Apps and accounts to export:"), this));
    m_items = new QListWidget(this);
    m_items->setAccessibleName(tr("Apps and accounts to export"));
    if (Result<QList<AppRegistration>> apps = engine.apps().list(); apps.ok()) {
        for (const AppRegistration& a : *apps) {
            auto* item = new QListWidgetItem(tr("App: %1").arg(a.name), m_items);
            item->setData(RoleId, a.id);
            item->setData(RoleIsApp, true);
            item->setCheckState(Qt::Checked);
        }
    }
    if (Result<QList<Account>> accounts = engine.accounts().list(); accounts.ok()) {
        for (const Account& a : *accounts) {
            auto* item = new QListWidgetItem(tr("Account: %1").arg(a.name), m_items);
            item->setData(RoleId, a.id);
            item->setData(RoleIsApp, false);
            item->setCheckState(Qt::Checked);
        }
    }
    layout->addWidget(m_items, 1);

    m_includeSecrets = new QCheckBox(tr("Include secrets (client secrets, keys, tokens), "
                                        "encrypted under a passphrase"),
                                     this);
    layout->addWidget(m_includeSecrets);
    auto* form = new QFormLayout;
    m_passphrase = new SecretLineEdit(this);
    m_passphrase->setAccessibleName(tr("Passphrase"));
    m_confirm = new SecretLineEdit(this);
    m_confirm->setAccessibleName(tr("Confirm the passphrase"));
    m_hint = new QLabel(this);
    form->addRow(tr("Passphrase:"), m_passphrase);
    form->addRow(tr("Again:"), m_confirm);
    form->addRow(QString(), m_hint);
    m_path = new QLineEdit(this);
    m_path->setAccessibleName(tr("Bundle file"));
    form->addRow(tr("File:"), pathRow(this, m_path, [this] {
                     const QString file = QFileDialog::getSaveFileName(
                         this, tr("Export a bundle"), m_path->text(), tr("Bundles (*.json)"));
                     if (!file.isEmpty())
                         m_path->setText(file);
                 }));
    layout->addLayout(form);
    m_progress = busyBar(this);
    layout->addWidget(m_progress);
    m_error = makeErrorLabel(this);
    layout->addWidget(m_error);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Export"));
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ExportBundleDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ExportBundleDialog::reject);
    connect(m_includeSecrets, &QCheckBox::toggled, this, &ExportBundleDialog::updateState);
    connect(m_passphrase, &SecretLineEdit::textChanged, this, &ExportBundleDialog::updateState);
    connect(m_confirm, &SecretLineEdit::textChanged, this, &ExportBundleDialog::updateState);
    connect(m_path, &QLineEdit::textChanged, this, &ExportBundleDialog::updateState);
    connect(m_items, &QListWidget::itemChanged, this, &ExportBundleDialog::updateState);
    updateState();
}

// The secret fields wipe (and so change) their text as they go away: stop listening first.
ExportBundleDialog::~ExportBundleDialog()
{
    m_passphrase->disconnect(this);
    m_confirm->disconnect(this);
}

QString ExportBundleDialog::strength(const SecretBytes& passphrase)
{
    const QString text = passphrase.toString();
    int classes = 0;
    bool lower = false, upper = false, digit = false, other = false;
    for (QChar c : text) {
        lower |= c.isLower();
        upper |= c.isUpper();
        digit |= c.isDigit();
        other |= !c.isLetterOrNumber();
    }
    classes = int(lower) + int(upper) + int(digit) + int(other);
    const qsizetype length = text.size();
    if (length < MinPassphrase)
        return tr("Too short: at least %1 characters").arg(MinPassphrase);
    if (length >= 20 || (length >= 14 && classes >= 3))
        return tr("Strong");
    if (length >= 12 || classes >= 3)
        return tr("Fair: a longer passphrase is safer");
    return tr("Weak: use a longer passphrase, or several words");
}

void ExportBundleDialog::updateState()
{
    const bool secrets = m_includeSecrets->isChecked();
    m_passphrase->setEnabled(secrets && !m_busy);
    m_confirm->setEnabled(secrets && !m_busy);
    bool ok = !m_path->text().trimmed().isEmpty() && !m_busy;
    if (secrets) {
        const SecretBytes pass = m_passphrase->secret();
        QString hint = pass.isEmpty() ? QString() : strength(pass);
        if (!m_confirm->isEmpty() && !pass.equals(m_confirm->secret()))
            hint = tr("The two passphrases differ.");
        m_hint->setText(hint);
        ok = ok && pass.size() >= MinPassphrase && pass.size() == m_confirm->secret().size()
             && pass.equals(m_confirm->secret());
    } else {
        m_hint->setText(tr("Without secrets the file is plain JSON to review; imported items "
                           "will need their credentials again."));
    }
    bool any = false;
    for (int i = 0; i < m_items->count(); ++i)
        any |= m_items->item(i)->checkState() == Qt::Checked;
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(ok && any);
}

void ExportBundleDialog::accept()
{
    if (m_busy)
        return;
    BundleService::ExportRequest request;
    request.path = m_path->text().trimmed();
    request.replaceExisting = true; // the file dialog asked already
    request.includeSecrets = m_includeSecrets->isChecked();
    if (request.includeSecrets)
        request.passphrase = m_passphrase->secret();
    bool all = true;
    for (int i = 0; i < m_items->count(); ++i) {
        const QListWidgetItem* item = m_items->item(i);
        if (item->checkState() != Qt::Checked) {
            all = false;
            continue;
        }
        (item->data(RoleIsApp).toBool() ? request.apps : request.accounts)
            .append(item->data(RoleId).toString());
    }
    if (all) {
        request.apps.clear();
        request.accounts.clear();
    }
    m_busy = true;
    m_error->setVisible(false);
    m_progress->setVisible(true);
    updateState();
    m_service->exportBundle(request, this, [this](Result<BundleService::ExportSummary> r) {
        m_busy = false;
        m_progress->setVisible(false);
        updateState();
        if (!r.ok()) {
            m_error->setText(r.error().message);
            m_error->setVisible(true);
            return;
        }
        Q_EMIT exported(r->path);
        QDialog::accept();
    });
}

// ---- import

ImportBundleDialog::ImportBundleDialog(Engine& engine, QWidget* parent)
    : QDialog(parent)
    , m_engine(engine)
{
    setWindowTitle(tr("Import a bundle"));
    m_service =
        new BundleService(engine.store(), engine.secrets(), engine.apps(), engine.accounts(), this);
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    m_path = new QLineEdit(this);
    m_path->setAccessibleName(tr("Bundle file"));
    form->addRow(tr("File:"), pathRow(this, m_path, [this] {
                     const QString file = QFileDialog::getOpenFileName(
                         this, tr("Import a bundle"), m_path->text(), tr("Bundles (*.json)"));
                     if (!file.isEmpty())
                         m_path->setText(file);
                 }));
    m_passphrase = new SecretLineEdit(this);
    m_passphrase->setAccessibleName(tr("Passphrase"));
    form->addRow(tr("Passphrase:"), m_passphrase);
    m_conflict = new QComboBox(this);
    m_conflict->addItem(tr("Skip items this profile already has"),
                        int(BundleService::Conflict::Skip));
    m_conflict->addItem(tr("Replace them"), int(BundleService::Conflict::Replace));
    m_conflict->addItem(tr("Import renamed copies"), int(BundleService::Conflict::Rename));
    form->addRow(tr("Existing items:"), m_conflict);
    layout->addLayout(form);
    m_preview = new QPushButton(tr("Preview"), this);
    layout->addWidget(m_preview, 0, Qt::AlignLeft);
    m_list = new QListWidget(this);
    m_list->setAccessibleName(tr("What the import will do"));
    layout->addWidget(m_list, 1);
    m_progress = busyBar(this);
    layout->addWidget(m_progress);
    m_error = makeErrorLabel(this);
    layout->addWidget(m_error);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Import"));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ImportBundleDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ImportBundleDialog::reject);
    connect(m_path, &QLineEdit::textChanged, this, &ImportBundleDialog::pathChanged);
    connect(m_passphrase, &SecretLineEdit::textChanged, this, [this] {
        m_contents.reset();
        m_plan.reset();
        m_list->clear();
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    });
    connect(m_preview, &QPushButton::clicked, this, &ImportBundleDialog::startPreview);
    connect(m_conflict, &QComboBox::currentIndexChanged, this, [this] {
        if (m_contents)
            showPlan(); // no new key derivation: the contents are kept
    });
    pathChanged();
}

ImportBundleDialog::~ImportBundleDialog()
{
    m_passphrase->disconnect(this);
}

void ImportBundleDialog::pathChanged()
{
    m_contents.reset();
    m_plan.reset();
    m_list->clear();
    m_error->setVisible(false);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    const QString path = m_path->text().trimmed();
    bool secrets = true;
    if (!path.isEmpty()) {
        Result<bundle::BundleFormat::Parsed> p = BundleService::peek(path);
        if (p.ok())
            secrets = p->secrets.has_value();
    }
    m_passphrase->setEnabled(secrets);
    m_preview->setEnabled(!path.isEmpty() && !m_busy);
}

void ImportBundleDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_progress->setVisible(busy);
    m_preview->setEnabled(!busy && !m_path->text().trimmed().isEmpty());
    m_path->setEnabled(!busy);
    m_conflict->setEnabled(!busy);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!busy && m_plan.has_value());
}

void ImportBundleDialog::startPreview()
{
    m_error->setVisible(false);
    m_list->clear();
    m_contents.reset();
    m_plan.reset();
    setBusy(true);
    m_service->read(m_path->text().trimmed(), m_passphrase->secret(), this,
                    [this](Result<BundleService::Contents> c) {
                        setBusy(false);
                        if (!c.ok()) {
                            m_error->setText(c.error().message);
                            m_error->setVisible(true);
                            return;
                        }
                        m_contents = std::move(c).value();
                        showPlan();
                    });
}

void ImportBundleDialog::showPlan()
{
    m_list->clear();
    Result<BundleService::Plan> plan =
        m_service->plan(*m_contents, BundleService::Conflict(m_conflict->currentData().toInt()));
    if (!plan.ok()) {
        m_plan.reset();
        m_error->setText(plan.error().message);
        m_error->setVisible(true);
        setBusy(false);
        return;
    }
    for (const BundleService::PlanItem& i : plan->items) {
        QString action;
        switch (i.action) {
        case BundleService::Action::Add:
            action = tr("Add");
            break;
        case BundleService::Action::Replace:
            action = tr("Replace");
            break;
        case BundleService::Action::Skip:
            action = tr("Skip");
            break;
        case BundleService::Action::Rename:
            action = tr("Add as");
            break;
        }
        QString text = QStringLiteral("%1 %2 \"%3\"")
                           .arg(action, i.isApp ? tr("app") : tr("account"), i.targetName);
        if (i.needsCredentials)
            text += tr(" — needs credentials after import");
        m_list->addItem(text);
    }
    m_plan = *plan;
    setBusy(false);
}

void ImportBundleDialog::accept()
{
    if (m_busy || !m_plan)
        return;
    setBusy(true);
    m_service->apply(*m_plan, this, [this](Result<BundleService::Report> r) {
        setBusy(false);
        if (!r.ok()) {
            m_error->setText(r.error().message);
            m_error->setVisible(true);
            return;
        }
        m_missing.clear();
        for (const BundleService::PlanItem& i : r->items) {
            if (i.needsCredentials && i.action != BundleService::Action::Skip)
                m_missing.append(i);
        }
        Q_EMIT imported();
        QDialog::accept();
    });
}

} // namespace authdeck::ui
