#include "MainWindow.h"

#include "AccountDetailsWidget.h"
#include "AccountsModel.h"
#include "AppDialog.h"
#include "AppsModel.h"
#include "BoxToolsDialogs.h"
#include "BundleDialogs.h"
#include "ConnectWizard.h"
#include "KeychainStatusWidget.h"
#include "MessageBoxes.h"
#include "SettingsDialog.h"
#include "SvgIcon.h"
#include "accounts/ProfileStore.h"
#include "box/BoxToolbox.h"

#include "accounts/AccountService.h"
#include "accounts/AppService.h"
#include "accounts/RefreshScheduler.h"
#include "accounts/TokenService.h"
#include "core/Profile.h"
#include "engine/AppSettings.h"
#include "engine/Engine.h"
#include "providers/ProviderCatalog.h"
#include "secrets/SecretStore.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDesktopServices>
#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QSystemTrayIcon>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QUrl>
#include <QVBoxLayout>

namespace authdeck::ui {

namespace {

constexpr int ResizePrecisionRows = 100;

QTableView* makeTable(QWidget* parent, const QString& objectName, const QString& accessibleName)
{
    auto* view = new QTableView(parent);
    view->setObjectName(objectName);
    view->setAccessibleName(accessibleName);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAlternatingRowColors(true);
    view->setShowGrid(false);
    view->setWordWrap(false);
    view->setIconSize(QSize(18, 18));
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    // ResizeToContents columns measure this many rows, not the default 1,000: with thousands of
    // accounts the measuring (text layout of every cell) dominated showing the window.
    view->horizontalHeader()->setResizeContentsPrecision(ResizePrecisionRows);
    view->horizontalHeader()->setHighlightSections(false);
    view->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    view->setFocusPolicy(Qt::StrongFocus);
    return view;
}

// A centred invitation shown instead of an empty table.
QWidget* makeEmptyState(QWidget* parent, const QString& objectName, const QString& heading,
                        const QString& text, QPushButton* button)
{
    auto* page = new QWidget(parent);
    page->setObjectName(objectName);
    auto* layout = new QVBoxLayout(page);
    layout->addStretch(2);
    auto* icon = new QLabel(page);
    icon->setPixmap(svgIcon(QStringLiteral(":/icons/authdeck.svg")).pixmap(QSize(72, 72)));
    icon->setAlignment(Qt::AlignCenter);
    layout->addWidget(icon);
    auto* title = new QLabel(heading, page);
    QFont f = title->font();
    f.setPointSizeF(f.pointSizeF() * 1.35);
    f.setBold(true);
    title->setFont(f);
    title->setAlignment(Qt::AlignCenter);
    layout->addWidget(title);
    auto* body = new QLabel(text, page);
    body->setWordWrap(true);
    body->setAlignment(Qt::AlignCenter);
    body->setMinimumWidth(420);
    body->setMaximumWidth(520);
    body->setForegroundRole(QPalette::PlaceholderText);
    auto* bodyRow = new QHBoxLayout;
    bodyRow->addStretch();
    bodyRow->addWidget(body);
    bodyRow->addStretch();
    layout->addLayout(bodyRow);
    layout->addSpacing(12);
    auto* buttonRow = new QHBoxLayout;
    buttonRow->addStretch();
    button->setParent(page);
    button->setDefault(true);
    button->setMinimumHeight(button->sizeHint().height() + 6);
    buttonRow->addWidget(button);
    buttonRow->addStretch();
    layout->addLayout(buttonRow);
    layout->addStretch(3);
    return page;
}

// A tab's page: a stack of the empty state, whose one button (firstStep) says what to do first,
// and the page with the table, which the caller fills: its buttons into toolbar, then the table
// into tableLayout.
struct ListPage {
    QWidget* page = nullptr;
    QStackedWidget* stack = nullptr;
    QPushButton* firstStep = nullptr;
    QWidget* tablePage = nullptr;
    QVBoxLayout* tableLayout = nullptr;
    QHBoxLayout* toolbar = nullptr;
};

struct EmptyState {
    QString objectName;
    QString heading;
    QString text;
    QString firstStep;
    QString firstStepObjectName;
};

ListPage makeListPage(QWidget* parent, const EmptyState& empty)
{
    ListPage p;
    p.page = new QWidget(parent);
    auto* layout = new QVBoxLayout(p.page);
    layout->setContentsMargins(0, 0, 0, 0);
    p.stack = new QStackedWidget(p.page);
    p.firstStep = new QPushButton(empty.firstStep);
    p.firstStep->setObjectName(empty.firstStepObjectName);
    p.stack->addWidget(
        makeEmptyState(p.stack, empty.objectName, empty.heading, empty.text, p.firstStep));
    p.tablePage = new QWidget(p.stack);
    p.tableLayout = new QVBoxLayout(p.tablePage);
    p.tableLayout->setContentsMargins(8, 8, 8, 8);
    p.toolbar = new QHBoxLayout;
    p.tableLayout->addLayout(p.toolbar);
    p.stack->addWidget(p.tablePage);
    layout->addWidget(p.stack);
    return p;
}

// The window's size and place, per profile, beside its JSON (geometry only, never a secret).
QSettings windowSettings(const Profile& profile)
{
    return QSettings(profile.filePath(QStringLiteral("window.ini")), QSettings::IniFormat);
}

} // namespace

MainWindow::MainWindow(Engine& engine, QWidget* parent)
    : QMainWindow(parent)
    , m_engine(engine)
{
    setWindowTitle(QStringLiteral("AuthDeck"));
    setWindowIcon(svgIcon(QStringLiteral(":/icons/authdeck.svg")));
    setObjectName(QStringLiteral("mainWindow"));
    resize(1120, 660);
    restoreGeometry(windowSettings(engine.profile())
                        .value(QStringLiteral("mainWindow/geometry"))
                        .toByteArray());

    m_accountsModel = new AccountsModel(engine.accounts(), engine.catalog(), this);
    m_scheduler = new RefreshScheduler(engine, this);
    m_appsModel = new AppsModel(engine.apps(), engine.catalog(), this);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("mainTabWidget"));
    m_tabs->setDocumentMode(true);
    // Alt+A is the Accounts menu's: the tab takes another letter.
    m_tabs->addTab(buildAccountsPage(), tr("Acco&unts"));
    m_tabs->addTab(buildAppsPage(), tr("A&pp registrations"));
    // What the catalog could not load, and an organization policy that is not valid (which hides
    // every provider until it is fixed): said above the lists, not only in the preferences.
    auto* central = new QWidget(this);
    auto* centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    auto* catalogWarnings = new QLabel(central);
    catalogWarnings->setObjectName(QStringLiteral("catalogWarningsLabel"));
    catalogWarnings->setWordWrap(true);
    catalogWarnings->setTextFormat(Qt::PlainText);
    catalogWarnings->setContentsMargins(8, 6, 8, 6);
    catalogWarnings->setText(engine.catalog().warnings().join(QLatin1Char('\n')));
    catalogWarnings->setVisible(!engine.catalog().warnings().isEmpty());
    centralLayout->addWidget(catalogWarnings);
    centralLayout->addWidget(m_tabs, 1);
    setCentralWidget(central);

    buildMenus();

    m_keychain = new KeychainStatusWidget(engine.secrets(), this);
    statusBar()->addPermanentWidget(m_keychain);
    if (const std::optional<TeamBinding>& team = engine.store().team()) {
        m_team = new TeamStatusWidget(*team, engine.store().teamPassword(), this);
        statusBar()->addPermanentWidget(m_team);
    }
    m_profileLabel = new QLabel(this);
    m_profileLabel->setObjectName(QStringLiteral("profileLabel"));
    m_profileLabel->setText(
        tr("Profile: %1").arg(QDir::toNativeSeparators(engine.profile().path())));
    statusBar()->addWidget(m_profileLabel, 1);

    connect(this, &MainWindow::addAppRequested, this, [this] { openAppDialog({}); });
    connect(this, &MainWindow::editAppRequested, this, &MainWindow::openAppDialog);
    // Every account is connected, and signed in again, through the one connect wizard.
    connect(this, &MainWindow::connectRequested, this, [this] { openConnectDialog(); });
    // The selection is an account, not a row: it survives every reload (a Test, a renewal, a
    // closed wizard, an import, a change made by authdeck-cli).
    connect(m_accountsModel, &QAbstractItemModel::modelAboutToBeReset, this,
            [this] { m_keepSelection = selectedAccountId(); });
    connect(m_accountsModel, &QAbstractItemModel::modelReset, this, [this] {
        if (!m_keepSelection.isEmpty())
            selectAccount(m_keepSelection);
        m_keepSelection.clear();
    });
    connect(m_accountsModel, &QAbstractItemModel::modelReset, this, &MainWindow::fitColumnsOnce);
    connect(m_accountsModel, &QAbstractItemModel::modelReset, this, &MainWindow::updateStates);
    connect(m_accountsModel, &QAbstractItemModel::dataChanged, this,
            &MainWindow::updateAccountActions);
    connect(m_appsModel, &QAbstractItemModel::modelReset, this, &MainWindow::updateStates);
    sizeToFont();
    fitColumnsOnce();
    updateStates();

    // Watch the profile so changes made by authdeck-cli show up here.
    engine.store().watch();
    connect(m_scheduler, &RefreshScheduler::renewed, m_accountsModel, &AccountsModel::reload);
    connect(m_scheduler, &RefreshScheduler::renewFailed, m_accountsModel, &AccountsModel::reload);
    connect(m_scheduler, &RefreshScheduler::renewFailed, this, &MainWindow::notifyIfNeedsAttention);
    m_scheduler->start();
    QTimer::singleShot(0, m_keychain, &KeychainStatusWidget::recheck);
}

MainWindow::~MainWindow() = default;

void MainWindow::closeEvent(QCloseEvent* event)
{
    QSettings settings = windowSettings(m_engine.profile());
    settings.setValue(QStringLiteral("mainWindow/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("mainWindow/accountsHeader"),
                      m_accountsView->horizontalHeader()->saveState());
    settings.setValue(QStringLiteral("mainWindow/appsHeader"),
                      m_appsView->horizontalHeader()->saveState());
    settings.setValue(QStringLiteral("mainWindow/accountsSplitter"),
                      m_accountsSplitter->saveState());
    QMainWindow::closeEvent(event);
}

void MainWindow::sizeToFont()
{
    // The one place the window measures its font, once everything else is built: the first
    // measurement waits for the font database (fontconfig), which a worker fills meanwhile.
    for (QTableView* view : {m_accountsView, m_appsView})
        view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 14);
    QHeaderView* header = m_accountsView->horizontalHeader();
    const int em = m_accountsView->fontMetrics().horizontalAdvance(QLatin1Char('M'));
    header->resizeSection(AccountsModel::NameColumn, 13 * em);
    header->resizeSection(AccountsModel::ProviderColumn, 11 * em);
    header->resizeSection(AccountsModel::SchemeColumn, 9 * em);
    header->resizeSection(AccountsModel::StatusColumn, 9 * em);
    header->resizeSection(AccountsModel::ExpiryColumn, 7 * em);
    // Widths the admin dragged, remembered per profile, win over the defaults.
    m_headerRestored = header->restoreState(windowSettings(m_engine.profile())
                                                .value(QStringLiteral("mainWindow/accountsHeader"))
                                                .toByteArray());
}

QWidget* MainWindow::buildAccountsPage()
{
    const ListPage list = makeListPage(
        this,
        {QStringLiteral("accountsEmptyState"), tr("No accounts connected yet"),
         tr("Connect Box, Google Drive, OneDrive, Dropbox, Salesforce, S3 and your own servers "
            "through one guided flow. Every secret stays in your system keychain."),
         tr("Connect an account…"), QStringLiteral("connectEmptyStatePushButton")});
    connect(list.firstStep, &QPushButton::clicked, this, &MainWindow::connectRequested);
    m_accountsStack = list.stack;
    QWidget* tablePage = list.tablePage;
    QVBoxLayout* tableLayout = list.tableLayout;
    QHBoxLayout* toolbar = list.toolbar;
    auto* connectMore = new QPushButton(tr("Connect an account…"), tablePage);
    connectMore->setObjectName(QStringLiteral("connectPushButton"));
    connect(connectMore, &QPushButton::clicked, this, &MainWindow::connectRequested);
    toolbar->addWidget(connectMore);
    toolbar->addStretch();
    m_accountsView =
        makeTable(tablePage, QStringLiteral("accountsTableView"), tr("Connected accounts"));
    m_accountsView->setModel(m_accountsModel);
    // Widths the admin can drag, remembered per profile; the defaults fit every column (Signed in
    // as, Status and expiry included) in the window's first size. No column measures its
    // contents: with thousands of accounts that measuring dominated showing the window.
    QHeaderView* header = m_accountsView->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setStretchLastSection(false);
    header->setSectionResizeMode(AccountsModel::IdentityColumn, QHeaderView::Stretch);
    header->setMinimumSectionSize(60);
    // The method is in the details beside the list; the header's menu shows it again.
    header->setSectionHidden(AccountsModel::SchemeColumn, true);
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(header, &QWidget::customContextMenuRequested, this, [this, header](const QPoint& at) {
        QMenu menu(this);
        menu.setObjectName(QStringLiteral("accountColumnsMenu"));
        for (int c = 0; c < m_accountsModel->columnCount(); ++c) {
            QAction* a = menu.addAction(m_accountsModel->headerData(c, Qt::Horizontal).toString());
            a->setCheckable(true);
            a->setChecked(!header->isSectionHidden(c));
            a->setEnabled(c != AccountsModel::NameColumn);
            connect(a, &QAction::toggled, header,
                    [header, c](bool on) { header->setSectionHidden(c, !on); });
        }
        menu.exec(header->mapToGlobal(at));
    });
    m_accountsView->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_accountsView->setTextElideMode(Qt::ElideRight);
    m_accountsView->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_accountsView, &QWidget::customContextMenuRequested, this, [this](const QPoint& at) {
        const QModelIndex index = m_accountsView->indexAt(at);
        if (!index.isValid())
            return;
        selectAccount(index.data(AccountsModel::AccountIdRole).toString());
        QMenu menu(this);
        menu.setObjectName(QStringLiteral("accountContextMenu"));
        for (AccountAction a :
             {AccountAction::Test, AccountAction::Refresh, AccountAction::SignInAgain,
              AccountAction::CopyToken, AccountAction::CopyLimitedToken, AccountAction::Webhooks}) {
            if (m_accountActions.value(a)->isVisible())
                menu.addAction(m_accountActions.value(a));
        }
        menu.addSeparator();
        menu.addAction(m_accountActions.value(AccountAction::Rename));
        menu.addAction(m_accountActions.value(AccountAction::Disconnect));
        menu.exec(m_accountsView->viewport()->mapToGlobal(at));
    });
    connect(m_accountsView, &QTableView::activated, this, [this](const QModelIndex& index) {
        Q_EMIT accountActivated(index.data(AccountsModel::AccountIdRole).toString());
    });
    connect(m_accountsView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &MainWindow::updateStates);
    m_details = new AccountDetailsWidget(m_engine, m_scheduler, tablePage);
    m_details->setAccountsModel(m_accountsModel);
    connect(m_details, &AccountDetailsWidget::webhooksRequested, this,
            [this] { m_accountActions.value(AccountAction::Webhooks)->trigger(); });
    connect(m_details, &AccountDetailsWidget::limitedTokenRequested, this,
            [this] { m_accountActions.value(AccountAction::CopyLimitedToken)->trigger(); });
    connect(m_details, &AccountDetailsWidget::signInAgainRequested, this,
            [this](const QString& id) { openConnectDialog(id); });
    connect(m_details, &AccountDetailsWidget::disconnectRequested, this,
            &MainWindow::disconnectSelectedAccount);
    connect(m_details, &AccountDetailsWidget::connectAnotherEnterpriseRequested, this,
            [this](const QString& appId) {
                auto* wizard = new ConnectWizard(m_engine, this);
                wizard->setAttribute(Qt::WA_DeleteOnClose);
                if (!wizard->connectAnotherEnterprise(appId)) {
                    delete wizard;
                    return;
                }
                connect(wizard, &QDialog::finished, this, [this] {
                    m_accountsModel->reload();
                    updateStates();
                });
                wizard->open();
            });
    connect(m_details, &AccountDetailsWidget::accountChanged, m_accountsModel,
            &AccountsModel::reload);
    auto* splitter = new QSplitter(Qt::Horizontal, tablePage);
    m_accountsSplitter = splitter;
    splitter->setObjectName(QStringLiteral("accountsSplitter"));
    splitter->addWidget(m_accountsView);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 5);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);
    splitter->restoreState(windowSettings(m_engine.profile())
                               .value(QStringLiteral("mainWindow/accountsSplitter"))
                               .toByteArray());
    tableLayout->addWidget(splitter);
    return list.page;
}

QWidget* MainWindow::buildAppsPage()
{
    const ListPage list = makeListPage(
        this, {QStringLiteral("appsEmptyState"), tr("No app registrations yet"),
               tr("An app registration holds the client ID and secret of the app you created at "
                  "a provider (\"custom OAuth keys\"). AuthDeck shows the redirect URI to "
                  "register."),
               tr("Add an app registration…"), QStringLiteral("addAppEmptyStatePushButton")});
    connect(list.firstStep, &QPushButton::clicked, this, &MainWindow::addAppRequested);
    m_appsStack = list.stack;
    QWidget* tablePage = list.tablePage;
    QVBoxLayout* tableLayout = list.tableLayout;
    QHBoxLayout* toolbar = list.toolbar;
    auto* add = new QPushButton(tr("Add…"), tablePage);
    add->setObjectName(QStringLiteral("addAppPushButton"));
    connect(add, &QPushButton::clicked, this, &MainWindow::addAppRequested);
    auto* edit = new QPushButton(tr("Edit…"), tablePage);
    edit->setObjectName(QStringLiteral("editAppPushButton"));
    connect(edit, &QPushButton::clicked, this, [this] {
        if (const QString id = selectedAppId(); !id.isEmpty())
            Q_EMIT editAppRequested(id);
    });
    auto* remove = new QPushButton(tr("Remove…"), tablePage);
    remove->setObjectName(QStringLiteral("removeAppPushButton"));
    connect(remove, &QPushButton::clicked, this, &MainWindow::removeSelectedApp);
    toolbar->addWidget(add);
    toolbar->addWidget(edit);
    toolbar->addWidget(remove);
    toolbar->addStretch();
    m_appsView = makeTable(tablePage, QStringLiteral("appsTableView"), tr("App registrations"));
    m_appsView->setModel(m_appsModel);
    m_appsView->horizontalHeader()->setSectionResizeMode(AppsModel::NameColumn,
                                                         QHeaderView::ResizeToContents);
    m_appsView->horizontalHeader()->setSectionResizeMode(AppsModel::ProviderColumn,
                                                         QHeaderView::ResizeToContents);
    m_appsView->horizontalHeader()->setSectionResizeMode(AppsModel::SchemeColumn,
                                                         QHeaderView::ResizeToContents);
    m_appsView->horizontalHeader()->setSectionResizeMode(AppsModel::ClientIdColumn,
                                                         QHeaderView::Stretch);
    connect(m_appsView, &QTableView::activated, this, [this](const QModelIndex& index) {
        Q_EMIT editAppRequested(index.data(AppsModel::AppIdRole).toString());
    });
    auto enable = [this, edit, remove] {
        const bool has = !selectedAppId().isEmpty();
        edit->setEnabled(has);
        remove->setEnabled(has);
    };
    connect(m_appsView->selectionModel(), &QItemSelectionModel::selectionChanged, this, enable);
    connect(m_appsModel, &QAbstractItemModel::modelReset, this, enable);
    enable();
    tableLayout->addWidget(m_appsView);
    return list.page;
}

void MainWindow::buildMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    for (bool exporting : {true, false}) {
        file->addAction(exporting ? tr("&Export…") : tr("&Import…"), this, [this, exporting] {
            QDialog* d = exporting ? static_cast<QDialog*>(new ExportBundleDialog(m_engine, this))
                                   : new ImportBundleDialog(m_engine, this);
            d->setAttribute(Qt::WA_DeleteOnClose);
            if (auto* import = qobject_cast<ImportBundleDialog*>(d)) {
                connect(import, &ImportBundleDialog::imported, this, [this, import] {
                    m_accountsModel->reload();
                    m_appsModel->reload();
                    updateStates();
                    askForMissingSecrets(import->needingCredentials());
                });
            }
            d->open();
        });
    }
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu* accounts = menuBar()->addMenu(tr("&Accounts"));
    m_connectAction =
        accounts->addAction(tr("&Connect an account…"), this, &MainWindow::connectRequested);
    m_connectAction->setShortcut(QKeySequence::New);
    m_connectAction->setObjectName(QStringLiteral("connectAction"));
    accounts->addSeparator();
    auto addAccountAction = [this, accounts](AccountAction which, const QString& text,
                                             const char* objectName, auto slot) {
        QAction* action = accounts->addAction(text, this, slot);
        action->setObjectName(QLatin1String(objectName));
        m_accountActions.insert(which, action);
        return action;
    };
    addAccountAction(AccountAction::Test, tr("&Test"), "testAccountAction", [this] {
        m_details->test();
    })->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    addAccountAction(AccountAction::Refresh, tr("&Refresh now"), "refreshAccountAction", [this] {
        m_details->refreshNow();
    })->setShortcut(QKeySequence::Refresh);
    addAccountAction(AccountAction::SignInAgain, tr("Sign &in again…"), "signInAgainAction",
                     [this] {
                         if (const QString id = selectedAccountId(); !id.isEmpty())
                             openConnectDialog(id);
                     });
    addAccountAction(AccountAction::CopyToken, tr("Copy access &token"), "copyTokenAction",
                     [this] { m_details->copyToken(); });
    addAccountAction(AccountAction::CopyLimitedToken, tr("Copy a &limited token…"),
                     "copyLimitedTokenAction", [this] {
                         const Result<Account> a = m_engine.accounts().find(selectedAccountId());
                         if (!a.ok())
                             return;
                         LimitedTokenDialog dialog(a->name, this);
                         if (dialog.exec() == QDialog::Accepted)
                             m_details->copyLimitedToken(dialog.scopes(), dialog.resource());
                     });
    addAccountAction(AccountAction::Webhooks, tr("&Webhooks…"), "webhooksAction", [this] {
        const QString id = selectedAccountId();
        if (id.isEmpty())
            return;
        auto* dialog = new WebhooksDialog(m_engine, id, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    addAccountAction(AccountAction::Rename, tr("Re&name…"), "renameAccountAction", [this] {
        renameSelectedAccount();
    })->setShortcut(QKeySequence(Qt::Key_F2));
    addAccountAction(AccountAction::Disconnect, tr("&Disconnect…"), "disconnectAccountAction",
                     [this] { disconnectSelectedAccount(); });
    for (QAction* a : std::as_const(m_accountActions))
        a->setShortcutContext(Qt::WindowShortcut);
    accounts->addSeparator();
    QAction* boxSetup =
        accounts->addAction(tr("Set up a &Box app…"), this, [this] { openBoxSetup(); });
    boxSetup->setObjectName(QStringLiteral("boxSetupAction"));

    QMenu* settings = menuBar()->addMenu(tr("&Settings"));
    QAction* addApp =
        settings->addAction(tr("&Add an app registration…"), this, &MainWindow::addAppRequested);
    addApp->setObjectName(QStringLiteral("addAppAction"));
    m_editAppAction = settings->addAction(tr("&Edit the selected app registration…"), this, [this] {
        if (const QString id = selectedAppId(); !id.isEmpty())
            Q_EMIT editAppRequested(id);
    });
    m_removeAppAction = settings->addAction(tr("&Remove the selected app registration…"), this,
                                            &MainWindow::removeSelectedApp);
    settings->addSeparator();
    QAction* keychain =
        settings->addAction(tr("Check the &keychain"), this, [this] { m_keychain->recheck(); });
    keychain->setObjectName(QStringLiteral("checkKeychainAction"));
    settings->addSeparator();
    QAction* preferences = settings->addAction(tr("&Preferences…"), this, [this] {
        auto* d = new SettingsDialog(m_engine, this);
        d->setAttribute(Qt::WA_DeleteOnClose);
        d->open();
    });
    preferences->setObjectName(QStringLiteral("preferencesAction"));
    preferences->setMenuRole(QAction::PreferencesRole);

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("Provider &documentation"), this, [this] {
        const QString appId = selectedAppId();
        const Result<AppRegistration> app = m_engine.apps().find(appId);
        const Provider* p = app.ok() ? m_engine.catalog().find(app->providerId)
                                     : m_engine.catalog().find(QStringLiteral("box"));
        if (p)
            QDesktopServices::openUrl(QUrl(p->docsUrl));
    });
    QAction* about = help->addAction(tr("&About AuthDeck"), this, &MainWindow::showAbout);
    about->setMenuRole(QAction::AboutRole);
}

void MainWindow::fitColumnsOnce()
{
    // The first time there are accounts (and no widths of the admin's own): each column as wide
    // as its header and first rows need (the header measures 100 rows at most), within a limit;
    // from then on the widths are the admin's.
    if (m_headerRestored || m_columnsFitted || m_accountsModel->rowCount() == 0)
        return;
    m_columnsFitted = true;
    // "Signed in as" stretches into what is left: the others stay modest.
    const int limit = 20 * m_accountsView->fontMetrics().horizontalAdvance(QLatin1Char('M'));
    for (int c : {int(AccountsModel::NameColumn), int(AccountsModel::ProviderColumn),
                  int(AccountsModel::SchemeColumn), int(AccountsModel::StatusColumn),
                  int(AccountsModel::ExpiryColumn)}) {
        m_accountsView->resizeColumnToContents(c);
        QHeaderView* header = m_accountsView->horizontalHeader();
        header->resizeSection(c, qMin(limit, header->sectionSize(c)));
    }
}

ConnectWizard* MainWindow::openBoxSetup()
{
    auto* wizard = new ConnectWizard(m_engine, this);
    wizard->startBoxSetup();
    return showConnectWizard(wizard);
}

QAction* MainWindow::accountAction(AccountAction which) const
{
    return m_accountActions.value(which);
}

bool MainWindow::selectAccount(const QString& accountId)
{
    const int row = m_accountsModel->rowOf(accountId);
    if (row < 0)
        return false;
    const QModelIndex index = m_accountsModel->index(row, AccountsModel::NameColumn);
    m_accountsView->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect
                                                                 | QItemSelectionModel::Rows);
    m_accountsView->scrollTo(index);
    return true;
}

void MainWindow::updateAccountActions()
{
    const Result<Account> a = m_engine.accounts().find(selectedAccountId());
    const bool has = !selectedAccountId().isEmpty() && a.ok();
    const bool tokens = has && a->scheme != Scheme::Keys && a->scheme != Scheme::Basic;
    // A second click while one runs is ignored by the details panel itself.
    m_accountActions.value(AccountAction::Test)->setEnabled(has);
    m_accountActions.value(AccountAction::Refresh)->setEnabled(tokens);
    m_accountActions.value(AccountAction::CopyToken)->setEnabled(tokens);
    // Box's own: webhooks and downscoped tokens (the sandbox speaks Box).
    const bool box =
        tokens && a->scheme != Scheme::Password && box::BoxToolbox::servesProvider(a->providerId);
    for (AccountAction which : {AccountAction::CopyLimitedToken, AccountAction::Webhooks}) {
        m_accountActions.value(which)->setEnabled(box);
        m_accountActions.value(which)->setVisible(box || !has);
    }
    m_accountActions.value(AccountAction::SignInAgain)
        ->setEnabled(has && a->scheme == Scheme::OAuth2);
    m_accountActions.value(AccountAction::Rename)->setEnabled(has);
    m_accountActions.value(AccountAction::Disconnect)->setEnabled(has);
}

void MainWindow::renameSelectedAccount()
{
    const QString id = selectedAccountId();
    const Result<Account> account = m_engine.accounts().find(id);
    if (id.isEmpty() || !account.ok())
        return;
    auto* dialog = new QInputDialog(this);
    dialog->setObjectName(QStringLiteral("renameAccountDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Rename account"));
    dialog->setLabelText(
        tr("New name for \"%1\" (the command line uses it too):").arg(account->name));
    dialog->setTextValue(account->name);
    dialog->setOkButtonText(tr("Rename"));
    connect(dialog, &QInputDialog::textValueSelected, this, [this, id](const QString& text) {
        const QString name = text.trimmed();
        if (name.isEmpty())
            return;
        const Result<Account> renamed =
            m_engine.accounts().updateMetadata(id, [name](Account& a) { a.name = name; });
        if (!renamed.ok()) {
            MessageBoxes::error(this, tr("Could not rename the account"),
                                renamed.error().fullMessage());
            return;
        }
        m_accountsModel->reload();
        statusBar()->showMessage(tr("Renamed to \"%1\".").arg(name), 8000);
    });
    dialog->open();
}

QString MainWindow::selectedAccountId() const
{
    const QModelIndexList rows = m_accountsView->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : rows.first().data(AccountsModel::AccountIdRole).toString();
}

QString MainWindow::selectedAppId() const
{
    const QModelIndexList rows = m_appsView->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : rows.first().data(AppsModel::AppIdRole).toString();
}

void MainWindow::updateStates()
{
    m_accountsStack->setCurrentIndex(m_accountsModel->rowCount() == 0 ? 0 : 1);
    m_appsStack->setCurrentIndex(m_appsModel->rowCount() == 0 ? 0 : 1);
    const bool hasApp = !selectedAppId().isEmpty();
    m_editAppAction->setEnabled(hasApp);
    m_removeAppAction->setEnabled(hasApp);
    m_details->showAccount(selectedAccountId());
    updateAccountActions();
    if (!m_accountsModel->loadError().isEmpty())
        statusBar()->showMessage(m_accountsModel->loadError());
}

void MainWindow::removeSelectedApp()
{
    const QString id = selectedAppId();
    const Result<AppRegistration> app = m_engine.apps().find(id);
    if (!app.ok())
        return;
    const QStringList users = m_engine.apps().accountsUsing(id);
    QString question =
        tr("Remove the app registration \"%1\" and its client secret from the keychain?")
            .arg(app->name);
    if (!users.isEmpty())
        question += QStringLiteral("\n\n")
                    + tr("These accounts use it and will stop working: %1.")
                          .arg(users.join(QStringLiteral(", ")));
    if (!MessageBoxes::confirm(this, tr("Remove app registration"), question, tr("Remove")))
        return;
    m_engine.apps().remove(id, true, this, [this](Status s) {
        if (!s.ok())
            MessageBoxes::error(this, tr("Could not remove the app registration"),
                                s.error().fullMessage());
    });
}

void MainWindow::openAppDialog(const QString& appId)
{
    auto* dialog = new AppDialog(m_engine, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (appId.isEmpty()) {
        dialog->startNew();
    } else {
        const Result<AppRegistration> app = m_engine.apps().find(appId);
        if (!app.ok()) {
            delete dialog;
            return;
        }
        dialog->editApp(*app);
    }
    dialog->open();
}

ConnectWizard* MainWindow::openConnectDialog(const QString& reauthAccountId)
{
    auto* wizard = new ConnectWizard(m_engine, this);
    if (!reauthAccountId.isEmpty() && !wizard->signInAgain(reauthAccountId)) {
        delete wizard;
        return nullptr;
    }
    return showConnectWizard(wizard);
}

ConnectWizard* MainWindow::showConnectWizard(ConnectWizard* wizard)
{
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(wizard, &ConnectWizard::accountConnected, this, [this](const QString& id) {
        m_accountsModel->reload();
        selectAccount(id);
    });
    connect(wizard, &QDialog::finished, this, [this, wizard](int result) {
        const QString id = wizard->connectedAccountId();
        m_accountsModel->reload();
        m_appsModel->reload();
        updateStates();
        if (result == QDialog::Accepted && !id.isEmpty())
            selectAccount(id);
    });
    wizard->open();
    return wizard;
}

void MainWindow::disconnectSelectedAccount()
{
    const QString id = selectedAccountId();
    Result<Account> account = m_engine.accounts().find(id);
    if (id.isEmpty() || !account.ok())
        return;
    if (!MessageBoxes::confirm(
            this, tr("Disconnect \"%1\"?").arg(account->name),
            tr("AuthDeck revokes the account's access at the provider, then deletes its tokens "
               "from the keychain. This cannot be undone: to use the account again you will sign "
               "in again."),
            tr("Disconnect"))) {
        return;
    }
    statusBar()->showMessage(tr("Disconnecting \"%1\"…").arg(account->name));
    m_engine.tokens().disconnect(
        id, false, this, [this, id, name = account->name](Result<DisconnectReport> report) {
            statusBar()->clearMessage();
            if (!report.ok()) {
                if (!MessageBoxes::confirm(
                        this, tr("Access could not be revoked"),
                        tr("%1\n\nRemove \"%2\" from this computer anyway? Its access stays "
                           "valid at the provider until you revoke it there.")
                            .arg(report.error().fullMessage(), name),
                        tr("Remove anyway"))) {
                    return;
                }
                m_engine.tokens().disconnect(id, true, this, [this](Result<DisconnectReport>) {
                    m_accountsModel->reload();
                    updateStates();
                });
                return;
            }
            m_accountsModel->reload();
            updateStates();
            statusBar()->showMessage(tr("Disconnected \"%1\".").arg(name), 8000);
        });
}

void MainWindow::notifyIfNeedsAttention(const QString& accountId)
{
    const Result<Account> account = m_engine.accounts().find(accountId);
    if (!account.ok() || account->status != AccountStatus::NeedsSignIn)
        return;
    if (!AppSettings::load(m_engine.profile()).notifyNeedsAttention)
        return;
    const QString text =
        tr("\"%1\" needs you to sign in again: %2").arg(account->name, account->statusReason);
    m_lastNotification = text;
    statusBar()->showMessage(text, 30000);
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        if (!m_tray) {
            m_tray = new QSystemTrayIcon(windowIcon(), this);
            connect(m_tray, &QSystemTrayIcon::messageClicked, this, [this] {
                showNormal();
                raise();
                activateWindow();
            });
        }
        m_tray->show();
        m_tray->showMessage(tr("AuthDeck"), text, QSystemTrayIcon::Warning);
    }
    QApplication::alert(this);
}

void MainWindow::askForMissingSecrets(const QList<BundleService::PlanItem>& items)
{
    if (items.isEmpty())
        return;
    QStringList names;
    for (const BundleService::PlanItem& i : items)
        names << (i.isApp ? tr("app \"%1\"") : tr("account \"%1\"")).arg(i.targetName);
    if (!MessageBoxes::confirm(
            this, tr("Secrets to enter"),
            tr("The bundle did not carry the secrets of: %1.\n\nEnter them now? App "
               "registrations ask for their client secret; accounts sign in again.")
                .arg(names.join(QStringLiteral(", "))),
            tr("Enter now"))) {
        return;
    }
    m_pendingSecrets = items;
    enterNextMissingSecret();
}

void MainWindow::enterNextMissingSecret()
{
    while (!m_pendingSecrets.isEmpty()) {
        const BundleService::PlanItem item = m_pendingSecrets.takeFirst();
        if (item.isApp) {
            const Result<AppRegistration> app = m_engine.apps().find(item.targetId);
            if (!app.ok())
                continue;
            auto* dialog = new AppDialog(m_engine, this);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            dialog->setObjectName(QStringLiteral("missingSecretAppDialog"));
            dialog->editApp(*app);
            connect(dialog, &QDialog::finished, this, [this] {
                m_appsModel->reload();
                enterNextMissingSecret();
            });
            dialog->open();
            return;
        }
        const Result<Account> account = m_engine.accounts().find(item.targetId);
        if (!account.ok())
            continue;
        if (account->scheme == Scheme::OAuth2) {
            if (ConnectWizard* wizard = openConnectDialog(account->id)) {
                connect(wizard, &QDialog::finished, this, &MainWindow::enterNextMissingSecret);
                return;
            }
            continue;
        }
        // JWT and client credentials mint with the app's secrets; keys and passwords reconnect.
        statusBar()->showMessage(
            tr("\"%1\": connect it again once its app registration has its secrets.")
                .arg(account->name),
            15000);
    }
}

void MainWindow::showSandbox(const QUrl& baseUrl)
{
    const QString console = baseUrl.toString() + QStringLiteral("/developers/console");
    auto* banner = new QLabel(this);
    banner->setObjectName(QStringLiteral("sandboxBanner"));
    banner->setTextFormat(Qt::RichText);
    banner->setText(tr("Sandbox (Box-compatible) at %1 · <a href=\"%2\">developer console</a>")
                        .arg(baseUrl.toString().toHtmlEscaped(), console.toHtmlEscaped()));
    banner->setOpenExternalLinks(true);
    banner->setToolTip(tr("An embedded Box-compatible server that lives while AuthDeck runs. "
                          "Connect the ready \"Sandbox app\" to try every flow; sign in as "
                          "sandbox-admin."));
    statusBar()->addPermanentWidget(banner);
    // Shown as "Sandbox — AuthDeck": the platform adds the application's name.
    setWindowTitle(tr("Sandbox"));
    m_appsModel->reload();
    updateStates();
}

void MainWindow::showAbout()
{
    MessageBoxes::information(
        this, tr("About AuthDeck"),
        tr("<h3>AuthDeck %1</h3><p>Connect cloud accounts through one uniform flow: OAuth 2.0, "
           "per-server OAuth, server-to-server JWT, basic authentication and access keys.</p>"
           "<p>Every secret is kept in the %2.</p>")
            .arg(QStringLiteral(AUTHDECK_VERSION), m_engine.secrets().displayName()));
}

} // namespace authdeck::ui
