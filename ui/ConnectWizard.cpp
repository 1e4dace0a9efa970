#include "ConnectWizard.h"
#include "BoxSetupPages.h"
#include "SvgIcon.h"
#include "Theme.h"

#include "AppDialog.h"
#include "AppEditorWidget.h"
#include "MessageBoxes.h"
#include "SecretLineEdit.h"

#include "accounts/AccountService.h"
#include "accounts/AppService.h"
#include "accounts/TokenService.h"
#include "auth/KeysConnect.h"
#include "auth/OAuthConnectJob.h"
#include "auth/PasswordConnect.h"
#include "auth/ServerConnect.h"
#include "core/Diagnosis.h"
#include "core/DisplayText.h"
#include "engine/Engine.h"
#include "providers/FieldCheck.h"
#include "providers/ProviderCatalog.h"

#include <QApplication>
#include <QButtonGroup>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDateTime>
#include <QDesktopServices>
#include <QFormLayout>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace authdeck::ui {

void WizardStepPage::initializePage()
{
    if (onInit)
        onInit();
}

void WizardStepPage::cleanupPage()
{
    if (onCleanup)
        onCleanup();
}

bool WizardStepPage::isComplete() const
{
    return onComplete ? onComplete() : QWizardPage::isComplete();
}

bool WizardStepPage::validatePage()
{
    return onValidate ? onValidate() : true;
}

int WizardStepPage::nextId() const
{
    return onNext ? onNext() : QWizardPage::nextId();
}

namespace {

constexpr int ProviderIdRole = Qt::UserRole;

QString schemeSentence(Scheme scheme)
{
    switch (scheme) {
    case Scheme::OAuth2:
        return ConnectWizard::tr("Sign in with your browser at the provider; AuthDeck keeps "
                                 "tokens, never your password.");
    case Scheme::Jwt:
        return ConnectWizard::tr("A server app signs in by itself with a private key, for an "
                                 "admin who manages the whole enterprise.");
    case Scheme::ClientCredentials:
        return ConnectWizard::tr("A server app signs in by itself with its client ID and "
                                 "secret, without a key pair.");
    case Scheme::Password:
        return ConnectWizard::tr("Type a user name and password once; where the provider "
                                 "allows it they are exchanged for tokens and forgotten.");
    case Scheme::Keys:
        return ConnectWizard::tr("Paste an access key ID and secret key; AuthDeck keeps the "
                                 "secret key in the keychain.");
    case Scheme::Basic:
        return ConnectWizard::tr("A user name and password sent with every request; AuthDeck "
                                 "keeps the password in the keychain.");
    }
    return {};
}

QString categoryName(const QString& id)
{
    if (id == QLatin1String("storage"))
        return ConnectWizard::tr("File storage");
    if (id == QLatin1String("content"))
        return ConnectWizard::tr("Content management");
    if (id == QLatin1String("crm"))
        return ConnectWizard::tr("CRM");
    if (id == QLatin1String("itsm"))
        return ConnectWizard::tr("IT service management");
    if (id.isEmpty())
        return ConnectWizard::tr("Other");
    QString name = id;
    name[0] = name[0].toUpper();
    return name;
}

} // namespace

ConnectWizard::ConnectWizard(Engine& engine, QWidget* parent)
    : QWizard(parent)
    , m_engine(engine)
{
    // Room for the Box setup's key pair page (passphrases, key file, public key) at the default
    // font.
    setUpWizard(*this, tr("Connect an account"), QStringLiteral("connectWizard"), QSize(700, 560));
    m_waitTimer = new QTimer(this);
    m_waitTimer->setInterval(1000);
    connect(m_waitTimer, &QTimer::timeout, this, &ConnectWizard::updateWait);
    setPage(ProviderPage, buildProviderPage());
    setPage(MethodPage, buildMethodPage());
    setPage(AppPage, buildAppPage());
    setPage(SignInPage, buildSignInPage());
    setPage(VerifyPage, buildVerifyPage());
    setPage(DonePage, buildDonePage());
    m_box = std::make_unique<BoxSetupPages>(engine, *this);
    connect(m_box.get(), &BoxSetupPages::accountConnected, this, &ConnectWizard::accountConnected);
    connect(this, &QWizard::currentIdChanged, this, [this](int id) {
        setWindowTitle(BoxSetupPages::isBoxPage(id) ? m_box->title() : tr("Connect an account"));
    });
    setStartId(ProviderPage);
}

ConnectWizard::~ConnectWizard()
{
    m_box.reset();
    abandonAttempt();
    cancelJob();
    for (QWidget* w : std::as_const(m_fields))
        disconnect(w, nullptr, this, nullptr);
}

// ---- Provider ------------------------------------------------------------------------------

WizardStepPage* ConnectWizard::buildProviderPage()
{
    auto* page = new WizardStepPage(this);
    m_providerPage = page;
    page->setTitle(tr("Which service?"));
    page->setSubTitle(tr("Choose the provider of the account to connect."));
    m_search = new QLineEdit(page);
    m_search->setObjectName(QStringLiteral("providerSearchLineEdit"));
    m_search->setPlaceholderText(tr("Search providers"));
    m_search->setAccessibleName(tr("Search providers"));
    m_search->setClearButtonEnabled(true);
    m_providers = new QTreeWidget(page);
    m_providers->setObjectName(QStringLiteral("providerTree"));
    m_providers->setAccessibleName(tr("Providers"));
    m_providers->setHeaderHidden(true);
    m_providers->setRootIsDecorated(false);
    m_providers->setIconSize(QSize(24, 24));
    auto* searchLabel = new QLabel(tr("&Search:"), page);
    searchLabel->setBuddy(m_search);
    auto* row = new QHBoxLayout;
    row->addWidget(searchLabel);
    row->addWidget(m_search, 1);
    auto* v = new QVBoxLayout(page);
    v->addLayout(row);
    v->addWidget(m_providers, 1);
    setTabOrder(m_search, m_providers);

    connect(m_search, &QLineEdit::textChanged, this, &ConnectWizard::filterProviders);
    connect(m_providers, &QTreeWidget::currentItemChanged, page, [this, page] {
        QTreeWidgetItem* item = m_providers->currentItem();
        m_providerId = item ? item->data(0, ProviderIdRole).toString() : QString();
        page->changed();
    });
    connect(m_providers, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem* item) {
        if (item && !item->data(0, ProviderIdRole).toString().isEmpty())
            next();
    });
    page->onComplete = [this] { return !m_providerId.isEmpty(); };
    fillProviders();
    return page;
}

void ConnectWizard::fillProviders()
{
    m_providers->clear();
    QMap<QString, QTreeWidgetItem*> categories;
    for (const Provider& p : m_engine.catalog().providers()) {
        if (p.schemes().isEmpty())
            continue;
        const QString cat = categoryName(p.category);
        QTreeWidgetItem*& parent = categories[cat];
        if (!parent) {
            parent = new QTreeWidgetItem(m_providers, {cat});
            parent->setFlags(Qt::ItemIsEnabled);
            QFont f = parent->font(0);
            f.setBold(true);
            parent->setFont(0, f);
        }
        auto* item = new QTreeWidgetItem(parent, {p.name});
        item->setIcon(0, svgIcon(QStringLiteral(":/icons/") + p.icon));
        item->setData(0, ProviderIdRole, p.id);
        item->setToolTip(0, p.description);
    }
    m_providers->sortItems(0, Qt::AscendingOrder);
    m_providers->expandAll();
}

void ConnectWizard::filterProviders(const QString& text)
{
    const QString needle = text.trimmed();
    QTreeWidgetItem* firstVisible = nullptr;
    for (int i = 0; i < m_providers->topLevelItemCount(); ++i) {
        QTreeWidgetItem* cat = m_providers->topLevelItem(i);
        bool any = false;
        for (int j = 0; j < cat->childCount(); ++j) {
            QTreeWidgetItem* item = cat->child(j);
            const Provider* p = m_engine.catalog().find(item->data(0, ProviderIdRole).toString());
            const bool match = needle.isEmpty()
                               || item->text(0).contains(needle, Qt::CaseInsensitive)
                               || cat->text(0).contains(needle, Qt::CaseInsensitive)
                               || (p && p->description.contains(needle, Qt::CaseInsensitive));
            item->setHidden(!match);
            if (match && !firstVisible)
                firstVisible = item;
            any = any || match;
        }
        cat->setHidden(!any);
    }
    QTreeWidgetItem* current = m_providers->currentItem();
    if (!current || current->isHidden())
        m_providers->setCurrentItem(firstVisible);
}

bool ConnectWizard::selectProvider(const QString& providerId)
{
    for (int i = 0; i < m_providers->topLevelItemCount(); ++i) {
        QTreeWidgetItem* cat = m_providers->topLevelItem(i);
        for (int j = 0; j < cat->childCount(); ++j) {
            if (cat->child(j)->data(0, ProviderIdRole).toString() == providerId) {
                m_providers->setCurrentItem(cat->child(j));
                return true;
            }
        }
    }
    return false;
}

bool ConnectWizard::connectAnotherEnterprise(const QString& appId)
{
    const Result<AppRegistration> app = m_engine.apps().find(appId);
    if (!app.ok() || (app->scheme != Scheme::Jwt && app->scheme != Scheme::ClientCredentials))
        return false;
    if (!selectProvider(app->providerId))
        return false;
    m_providerId = app->providerId;
    if (!selectScheme(app->scheme))
        return false;
    m_appId = app->id;
    m_anotherEnterprise = true;
    setStartId(SignInPage);
    return true;
}

bool ConnectWizard::signInAgain(const QString& accountId)
{
    const Result<Account> account = m_engine.accounts().find(accountId);
    if (!account.ok() || account->scheme != Scheme::OAuth2 || account->appId.isEmpty())
        return false;
    if (!m_engine.apps().find(account->appId).ok())
        return false;
    if (!selectProvider(account->providerId))
        return false;
    m_providerId = account->providerId;
    if (!selectScheme(Scheme::OAuth2))
        return false;
    m_appId = account->appId;
    m_reauthAccountId = account->id;
    setWindowTitle(tr("Sign \"%1\" in again").arg(account->name));
    setStartId(SignInPage);
    return true;
}

// ---- Method --------------------------------------------------------------------------------

WizardStepPage* ConnectWizard::buildMethodPage()
{
    auto* page = new WizardStepPage(this);
    m_methodPage = page;
    page->setTitle(tr("How to sign in?"));
    // Access keys, and passwords the provider takes without a client, need no app registration.
    page->onNext = [this] { return needsApp() ? int(AppPage) : int(SignInPage); };
    m_methodsHost = new QWidget(page);
    new QVBoxLayout(m_methodsHost);
    m_methods = new QButtonGroup(this);
    auto* v = new QVBoxLayout(page);
    v->addWidget(m_methodsHost);
    v->addStretch();
    connect(m_methods, &QButtonGroup::idClicked, page, [this, page](int id) {
        m_scheme = Scheme(id);
        page->changed();
    });
    page->onInit = [this, page] {
        if (m_methodsFor != m_providerId)
            fillMethods();
        const Provider* p = m_engine.catalog().find(m_providerId);
        page->setSubTitle(p ? tr("The ways %1 accounts can be connected.").arg(p->name)
                            : QString());
    };
    page->onComplete = [this] { return m_methods->checkedButton() != nullptr; };
    return page;
}

void ConnectWizard::fillMethods()
{
    m_methodsFor = m_providerId;
    for (QAbstractButton* b : m_methods->buttons()) {
        m_methods->removeButton(b);
        b->deleteLater();
    }
    QLayout* layout = m_methodsHost->layout();
    while (QLayoutItem* item = layout->takeAt(0)) {
        if (item->widget())
            item->widget()->deleteLater();
        delete item;
    }
    const Provider* p = m_engine.catalog().find(m_providerId);
    if (!p)
        return;
    const QList<Scheme> schemes = p->schemes();
    const Scheme recommended = p->supports(Scheme::OAuth2) ? Scheme::OAuth2 : schemes.value(0);
    for (Scheme s : schemes) {
        const bool rec = s == recommended;
        auto* radio = new QRadioButton(rec ? tr("%1 (recommended)").arg(schemeDisplayName(s))
                                           : schemeDisplayName(s),
                                       m_methodsHost);
        radio->setObjectName(QStringLiteral("method_") + schemeId(s));
        radio->setAccessibleName(schemeDisplayName(s));
        radio->setAccessibleDescription(schemeSentence(s));
        auto* sentence = new QLabel(schemeSentence(s), m_methodsHost);
        sentence->setWordWrap(true);
        sentence->setContentsMargins(24, 0, 0, 8);
        sentence->setForegroundRole(QPalette::PlaceholderText);
        layout->addWidget(radio);
        layout->addWidget(sentence);
        m_methods->addButton(radio, int(s));
        if (rec) {
            radio->setChecked(true);
            m_scheme = s;
        }
    }
    m_methodPage->changed();
}

bool ConnectWizard::selectScheme(Scheme scheme)
{
    if (m_methodsFor != m_providerId)
        fillMethods();
    QAbstractButton* b = m_methods->button(int(scheme));
    if (!b)
        return false;
    b->setChecked(true);
    m_scheme = scheme;
    m_methodPage->changed();
    return true;
}

// ---- App -----------------------------------------------------------------------------------

bool ConnectWizard::needsApp() const
{
    const Provider* p = m_engine.catalog().find(m_providerId);
    if (!p)
        return false;
    switch (m_scheme) {
    case Scheme::OAuth2:
    case Scheme::Jwt:
    case Scheme::ClientCredentials:
        return true;
    case Scheme::Keys:
        return false;
    case Scheme::Password:
    case Scheme::Basic:
        if (Result<PasswordPlan> plan = PasswordConnect::plan(*p); plan.ok())
            return plan->needsApp;
        return false;
    }
    return false;
}

WizardStepPage* ConnectWizard::buildAppPage()
{
    auto* page = new WizardStepPage(this);
    m_appPage = page;
    page->setTitle(tr("Which app registration?"));
    page->setSubTitle(tr("The client ID (and secret) AuthDeck signs in with. Pick one you "
                         "registered before, or register a new one now."));
    m_useApp = new QRadioButton(tr("Use an e&xisting app registration:"), page);
    m_useApp->setObjectName(QStringLiteral("useAppRadioButton"));
    m_appCombo = new QComboBox(page);
    m_appCombo->setObjectName(QStringLiteral("wizardAppComboBox"));
    m_appCombo->setAccessibleName(tr("App registration"));
    m_createApp = new QRadioButton(tr("&Register a new app"), page);
    m_createApp->setObjectName(QStringLiteral("createAppRadioButton"));
    m_editor = new AppEditorWidget(m_engine, page);
    m_editor->setObjectName(QStringLiteral("wizardAppEditor"));
    auto* scroll = new QScrollArea(page);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(m_editor);
    m_appError = makeErrorLabel(page, QStringLiteral("appErrorLabel"));
    auto* row = new QHBoxLayout;
    row->addWidget(m_useApp);
    row->addWidget(m_appCombo, 1);
    auto* v = new QVBoxLayout(page);
    v->addLayout(row);
    v->addWidget(m_createApp);
    // Box server apps need a key pair, the Admin Console and the enterprise ID: the guided setup.
    m_guidedBox = new QRadioButton(tr("&Guided setup of a new Box server app (key pair, admin "
                                      "authorization, enterprise)"),
                                   page);
    m_guidedBox->setObjectName(QStringLiteral("guidedBoxRadioButton"));
    m_guidedBox->hide();
    v->addWidget(m_guidedBox);
    v->addWidget(scroll, 1);
    v->addWidget(m_appError);
    v->addStretch(0); // takes the room while the registration form is hidden

    auto sync = [this, page, scroll] {
        m_appCombo->setEnabled(m_useApp->isChecked());
        // The registration form only when a new one is made: a page of greyed-out fields
        // under a chosen app is noise.
        scroll->setEnabled(m_createApp->isChecked());
        scroll->setVisible(m_createApp->isChecked());
        page->changed();
    };
    connect(m_useApp, &QRadioButton::toggled, page, sync);
    connect(m_createApp, &QRadioButton::toggled, page, sync);
    connect(m_guidedBox, &QRadioButton::toggled, page, sync);
    connect(m_appCombo, &QComboBox::currentIndexChanged, page, [page] { page->changed(); });
    connect(m_editor, &AppEditorWidget::validityChanged, page, [page] { page->changed(); });

    page->onInit = [this, sync] {
        const QString key = m_providerId + QLatin1Char('/') + schemeId(m_scheme);
        if (m_appsFor != key) {
            m_appsFor = key;
            fillApps();
            m_editor->startNew(m_providerId, m_scheme);
            if (m_appCombo->count() > 0)
                m_useApp->setChecked(true);
            else
                m_createApp->setChecked(true);
            m_useApp->setEnabled(m_appCombo->count() > 0);
            const Provider* p = m_engine.catalog().find(m_providerId);
            const bool boxServer =
                p && p->jwt && p->jwt->keyFormat == QLatin1String("box-config")
                && (m_scheme == Scheme::Jwt || m_scheme == Scheme::ClientCredentials);
            m_guidedBox->setVisible(boxServer);
            // The registration form has no key pair: a Box JWT app is made by the guided setup.
            m_createApp->setVisible(!(boxServer && m_scheme == Scheme::Jwt));
            if (boxServer && m_appCombo->count() == 0)
                m_guidedBox->setChecked(true);
        }
        m_appError->hide();
        sync();
    };
    // Back from Sign in to an app made here (a mistyped secret, say): its editor is open again,
    // and Next saves the corrections to the same registration. (QWizard::back() does not
    // initialize the page again.)
    connect(this, &QWizard::currentIdChanged, page, [this](int id) {
        if (id == AppPage && m_createdAppIds.contains(m_appId)
            && m_editor->editingId() == m_appId) {
            m_createApp->setChecked(true);
            m_editor->setFocus();
        }
    });
    page->onComplete = [this] {
        if (m_busy)
            return false;
        if (m_guidedBox->isChecked())
            return true;
        if (m_useApp->isChecked())
            return m_appCombo->currentIndex() >= 0;
        return m_createApp->isChecked() && m_editor->problem().isEmpty();
    };
    // Box server apps branch into the guided setup, its service and method as chosen here.
    page->onNext = [this] {
        return m_guidedBox->isChecked() ? int(BoxSetupPages::CreateAppPage) : int(SignInPage);
    };
    page->onValidate = [this, page] {
        if (m_guidedBox->isChecked()) {
            m_box->preselect(m_providerId, m_scheme != Scheme::ClientCredentials);
            return true;
        }
        if (m_useApp->isChecked()) {
            m_appId = m_appCombo->currentData().toString();
            return !m_appId.isEmpty();
        }
        // The new registration is saved first; the wizard moves on once it is.
        setBusy(true);
        page->changed();
        m_appError->hide();
        m_editor->save([this, page](Result<AppRegistration> app) {
            setBusy(false);
            if (!app.ok()) {
                m_appError->setText(app.error().fullMessage());
                m_appError->show();
                page->changed();
                return;
            }
            // Created here: removed again when the wizard is cancelled.
            if (!m_createdAppIds.contains(app->id))
                m_createdAppIds << app->id;
            m_appId = app->id;
            fillApps();
            const int index = m_appCombo->findData(app->id);
            m_appCombo->setCurrentIndex(index);
            m_useApp->setEnabled(true);
            m_useApp->setChecked(true);
            m_editor->loadApp(*app);
            page->changed();
            next();
        });
        return false;
    };
    return page;
}

void ConnectWizard::fillApps()
{
    const QString current = m_appCombo->currentData().toString();
    m_appCombo->clear();
    Result<QList<AppRegistration>> apps = m_engine.apps().list();
    if (!apps.ok())
        return;
    for (const AppRegistration& a : *apps) {
        if (a.providerId != m_providerId || a.scheme != m_scheme)
            continue;
        m_appCombo->addItem(a.name, a.id);
    }
    const int index = m_appCombo->findData(current);
    if (index >= 0)
        m_appCombo->setCurrentIndex(index);
}

// ---- Sign in -------------------------------------------------------------------------------

WizardStepPage* ConnectWizard::buildSignInPage()
{
    auto* page = new WizardStepPage(this);
    m_signInPage = page;
    page->setTitle(tr("Sign in"));
    m_signInIntro = new QLabel(page);
    m_signInIntro->setWordWrap(true);
    m_signInHost = new QWidget(page);
    m_signInForm = new QFormLayout(m_signInHost);
    m_signInForm->setContentsMargins(0, 0, 0, 0);

    m_oauthTools = new QWidget(page);
    auto* openAgain = new QPushButton(tr("&Open again"), m_oauthTools);
    openAgain->setObjectName(QStringLiteral("openAgainPushButton"));
    openAgain->setToolTip(tr("Open the sign-in page in the browser once more"));
    auto* copy = new QPushButton(tr("&Copy link"), m_oauthTools);
    copy->setObjectName(QStringLiteral("copyLinkPushButton"));
    copy->setToolTip(tr("Copy the sign-in address, to open it in another browser"));
    auto* showPaste = new QPushButton(tr("&Paste address…"), m_oauthTools);
    showPaste->setObjectName(QStringLiteral("pasteAddressPushButton"));
    showPaste->setToolTip(tr("The browser could not reach AuthDeck? Paste the address it ended "
                             "at, or the code it showed"));
    // An address has no spaces to wrap at: a read-only line scrolls instead of being cut off.
    m_link = new QLineEdit(m_oauthTools);
    m_link->setObjectName(QStringLiteral("linkLineEdit"));
    m_link->setReadOnly(true);
    m_link->setAccessibleName(tr("Sign-in address"));
    m_paste = new QLineEdit(m_oauthTools);
    m_paste->setObjectName(QStringLiteral("pasteLineEdit"));
    m_paste->setAccessibleName(tr("Address the browser ended at"));
    m_paste->setPlaceholderText(tr("http://127.0.0.1:…/callback?code=… or the code"));
    m_paste->hide();
    m_stage = new QLabel(m_oauthTools);
    m_stage->setObjectName(QStringLiteral("stageLabel"));
    auto* tools = new QHBoxLayout;
    tools->addWidget(openAgain);
    tools->addWidget(copy);
    tools->addWidget(showPaste);
    tools->addStretch();
    auto* ov = new QVBoxLayout(m_oauthTools);
    ov->setContentsMargins(0, 0, 0, 0);
    ov->addWidget(m_stage);
    ov->addLayout(tools);
    ov->addWidget(m_link);
    ov->addWidget(m_paste);
    m_oauthTools->hide();
    connect(openAgain, &QPushButton::clicked, this, &ConnectWizard::openBrowser);
    connect(copy, &QPushButton::clicked, this, [this, copy] {
        QApplication::clipboard()->setText(m_url.toString(QUrl::FullyEncoded));
        copy->setText(tr("Copied"));
    });
    connect(showPaste, &QPushButton::clicked, this, [this] {
        m_paste->show();
        m_paste->setFocus();
    });
    connect(m_paste, &QLineEdit::returnPressed, this, [this] {
        if (m_job && !m_paste->text().trimmed().isEmpty())
            m_job->pasteRedirect(m_paste->text().trimmed());
    });

    m_signInError = makeErrorLabel(page, QStringLiteral("signInErrorLabel"));
    m_signInError->setTextInteractionFlags(Qt::TextSelectableByMouse
                                           | Qt::TextSelectableByKeyboard);
    m_editApp = new QPushButton(tr("&Edit app…"), page);
    m_editApp->setObjectName(QStringLiteral("editAppPushButton"));
    m_editApp->setToolTip(tr("Correct the app registration (client ID, secret, scopes), then "
                             "try again"));
    m_editApp->setAutoDefault(false);
    m_editApp->hide();
    connect(m_editApp, &QPushButton::clicked, this, &ConnectWizard::editApp);
    auto* errorRow = new QHBoxLayout;
    errorRow->addWidget(m_signInError, 1);
    errorRow->addWidget(m_editApp, 0, Qt::AlignTop);
    m_busyBar = new QProgressBar(page);
    m_busyBar->setObjectName(QStringLiteral("busyProgressBar"));
    m_busyBar->setRange(0, 0); // busy, no percentage
    m_busyBar->setTextVisible(false);
    m_busyBar->setMaximumHeight(m_busyBar->fontMetrics().height() / 2 + 4);
    m_busyBar->setAccessibleName(tr("Waiting"));
    m_busyBar->hide();
    m_wait = new QLabel(page);
    m_wait->setObjectName(QStringLiteral("waitLabel"));
    m_wait->setWordWrap(true);
    m_wait->hide();
    for (QPushButton* b : {openAgain, copy, showPaste})
        b->setAutoDefault(false); // Enter is the wizard's own button, not these
    m_device = new QCheckBox(tr("Sign in with a c&ode on another device"), page);
    m_device->setObjectName(QStringLiteral("deviceSignInCheckBox"));
    m_device->setToolTip(tr("For a machine without a browser: AuthDeck shows an address and a "
                            "code to enter on any other device (RFC 8628)"));
    m_device->hide();
    connect(m_device, &QCheckBox::toggled, this, [page](bool on) {
        page->setButtonText(QWizard::NextButton,
                            on ? tr("&Sign in with a code") : tr("&Sign in with browser"));
    });
    auto* v = new QVBoxLayout(page);
    v->addWidget(m_signInIntro);
    v->addWidget(m_signInHost);
    v->addWidget(m_device);
    v->addWidget(m_oauthTools);
    v->addWidget(m_busyBar);
    v->addWidget(m_wait);
    v->addLayout(errorRow);
    v->addStretch();

    page->onInit = [this, page] {
        const QString key = m_providerId + QLatin1Char('/') + schemeId(m_scheme) + QLatin1Char('/')
                            + (needsApp() ? m_appId : QString());
        if (m_signInFor != key) {
            m_signInFor = key;
            rebuildSignIn();
        }
        // Every page has a subtitle: one style of page header throughout.
        const Result<AppRegistration> app = m_engine.apps().find(m_appId);
        page->setSubTitle(needsApp() && app.ok()
                              ? tr("With the app registration \"%1\".").arg(app->name)
                              : tr("Nothing is sent before you go on."));
        // Alt+B is Back's.
        bool device = false;
        if (m_scheme == Scheme::OAuth2 && app.ok()) {
            const Result<ResolvedApp> resolved = m_engine.apps().resolve(*app);
            device = resolved.ok() && !resolved->deviceUrl.isEmpty()
                     && m_engine.catalog().policy().allowsDeviceFlow();
        }
        m_device->setVisible(device);
        if (!device)
            m_device->setChecked(false);
        page->setButtonText(QWizard::NextButton, m_scheme != Scheme::OAuth2 ? tr("&Connect")
                                                 : m_device->isChecked()
                                                     ? tr("&Sign in with a code")
                                                     : tr("&Sign in with browser"));
    };
    page->onComplete = [this] {
        if (m_busy || m_job)
            return false;
        const Provider* p = m_engine.catalog().find(m_providerId);
        if (!p)
            return false;
        for (const FieldSpec& f : fields::forScheme(*p, m_scheme)) {
            if (f.required && m_fields.contains(f.name) && fieldValue(f.name).isEmpty())
                return false;
        }
        if ((m_scheme == Scheme::Jwt || m_scheme == Scheme::ClientCredentials)
            && m_fields.contains(QStringLiteral("subject"))) {
            auto* subject = qobject_cast<QComboBox*>(m_fields.value(QStringLiteral("subject")));
            if (subject->currentData().toString() == QLatin1String("user")
                && fieldValue(QStringLiteral("user_id")).isEmpty())
                return false;
            if (subject->currentData().toString() == QLatin1String("other-enterprise")
                && fieldValue(QStringLiteral("enterprise_id")).isEmpty())
                return false;
        }
        return true;
    };
    page->onValidate = [this] {
        if (!m_accountId.isEmpty())
            return true;
        startSignIn();
        return false;
    };
    page->onCleanup = [this] {
        abandonAttempt();
        cancelJob();
    };
    return page;
}

void ConnectWizard::rebuildSignIn()
{
    for (QWidget* w : std::as_const(m_fields))
        disconnect(w, nullptr, this, nullptr);
    m_fields.clear();
    while (m_signInForm->rowCount() > 0)
        m_signInForm->removeRow(0);
    m_signInError->hide();
    m_editApp->hide();
    m_oauthTools->hide();
    const Provider* p = m_engine.catalog().find(m_providerId);
    if (!p)
        return;
    auto addLine = [this](const QString& name, const QString& label, const QString& help,
                          bool secret, const QString& defaultValue) {
        QWidget* w = nullptr;
        if (secret) {
            auto* s = new SecretLineEdit(m_signInHost);
            s->setAccessibleName(label);
            connect(s, &SecretLineEdit::textChanged, m_signInPage, &WizardStepPage::changed);
            w = s;
        } else {
            auto* e = new QLineEdit(defaultValue, m_signInHost);
            e->setAccessibleName(label);
            connect(e, &QLineEdit::textChanged, m_signInPage, &WizardStepPage::changed);
            w = e;
        }
        w->setObjectName(name + QStringLiteral("Field"));
        w->setToolTip(help);
        m_signInForm->addRow(label + QLatin1Char(':'), w);
        m_fields.insert(name, w);
    };

    switch (m_scheme) {
    case Scheme::OAuth2:
        m_signInIntro->setText(
            tr("AuthDeck opens your browser at %1's sign-in page. Sign in there and allow "
               "access; the browser then hands the answer back to AuthDeck on this computer.")
                .arg(p->name));
        break;
    case Scheme::Jwt:
    case Scheme::ClientCredentials: {
        m_signInIntro->setText(tr("Who the app acts as: the enterprise's service account, or "
                                  "one user."));
        auto* subject = new QComboBox(m_signInHost);
        subject->setObjectName(QStringLiteral("subjectComboBox"));
        subject->setAccessibleName(tr("Subject"));
        const QStringList types = m_scheme == Scheme::Jwt && p->jwt ? p->jwt->subjectTypes
                                  : p->clientCredentials ? p->clientCredentials->subjectTypes
                                                         : QStringList();
        if (types.isEmpty() || types.contains(QLatin1String("enterprise"))) {
            subject->addItem(tr("The enterprise (service account)"), QStringLiteral("enterprise"));
            // One app serves every enterprise whose admin added it.
            subject->addItem(tr("Another enterprise that authorized this app"),
                             QStringLiteral("other-enterprise"));
        }
        if (types.contains(QLatin1String("user")))
            subject->addItem(tr("A user"), QStringLiteral("user"));
        m_signInForm->addRow(tr("Act &as:"), subject);
        m_fields.insert(QStringLiteral("subject"), subject);
        addLine(QStringLiteral("enterprise_id"), tr("Enterprise ID"),
                tr("The other enterprise's numeric ID (its Admin Console → Account & Billing)"),
                false, {});
        m_fields.value(QStringLiteral("enterprise_id"))->setEnabled(false);
        addLine(QStringLiteral("user_id"), tr("User ID"), tr("The user's numeric ID"), false, {});
        m_fields.value(QStringLiteral("user_id"))->setEnabled(false);
        if (p->jwt && p->jwt->keyFormat == QLatin1String("box-config")) {
            addLine(QStringLiteral("as_user"), tr("As-User (optional)"),
                    tr("Act as this managed user in every call (Box's As-User header)"), false, {});
        }
        connect(subject, &QComboBox::currentIndexChanged, this, [this, subject] {
            const QString kind = subject->currentData().toString();
            m_fields.value(QStringLiteral("user_id"))->setEnabled(kind == QLatin1String("user"));
            m_fields.value(QStringLiteral("enterprise_id"))
                ->setEnabled(kind == QLatin1String("other-enterprise"));
            m_signInPage->changed();
        });
        if (m_anotherEnterprise) {
            subject->setCurrentIndex(subject->findData(QStringLiteral("other-enterprise")));
            m_fields.value(QStringLiteral("enterprise_id"))->setFocus();
        }
        break;
    }
    case Scheme::Password:
    case Scheme::Basic:
    case Scheme::Keys: {
        m_signInIntro->setText(
            m_scheme == Scheme::Keys
                ? tr("The access keys of %1. The secret key goes to the "
                     "keychain; nothing is sent before Connect.")
                      .arg(p->name)
                : tr("Your %1 sign-in. Nothing is sent before Connect.").arg(p->name));
        for (const FieldSpec& f : fields::forScheme(*p, m_scheme))
            addLine(f.name, f.label, f.help, f.secret, f.defaultValue);
        if (m_scheme != Scheme::Keys && !needsApp()) {
            for (const ParameterSpec& spec : p->parameters)
                addLine(spec.name, spec.label, spec.help, false, spec.defaultValue);
        }
        break;
    }
    }
    m_signInPage->changed();
}

QString ConnectWizard::fieldValue(const QString& name) const
{
    QWidget* w = m_fields.value(name);
    if (auto* e = qobject_cast<QLineEdit*>(w))
        return e->text().trimmed();
    if (auto* s = qobject_cast<SecretLineEdit*>(w))
        return s->isEmpty() ? QString() : QStringLiteral("*");
    if (auto* c = qobject_cast<QComboBox*>(w))
        return c->currentData().toString();
    return {};
}

void ConnectWizard::startSignIn()
{
    if (m_busy || m_job)
        return;
    m_signInError->hide();
    m_editApp->hide();
    // The engine's jobs answer on the engine (which outlives this wizard); an answer that comes
    // after Cancel is dropped, and an account it made after all is disconnected again.
    auto abandoned = std::make_shared<bool>(false);
    m_abandoned = abandoned;
    QPointer<ConnectWizard> self(this);
    Engine* engine = &m_engine;
    auto done = [self, abandoned, engine](Result<Account> r) {
        if (*abandoned || !self) {
            if (r.ok())
                engine->tokens().disconnect(r->id, true, engine, [](Result<DisconnectReport>) {});
            return;
        }
        self->m_abandoned.reset();
        if (r.ok())
            self->signInFinished(r->id, {});
        else
            self->signInFinished({}, messageWithNextStep(r.error()));
    };
    const Provider* provider = m_engine.catalog().find(m_providerId);
    const QString providerName = provider ? provider->name : m_providerId;
    auto secretOf = [this](const QString& name) {
        auto* s = qobject_cast<SecretLineEdit*>(m_fields.value(name));
        return s ? s->secret() : SecretBytes();
    };
    auto textOf = [this](const QString& name) {
        auto* e = qobject_cast<QLineEdit*>(m_fields.value(name));
        return e ? e->text().trimmed() : QString();
    };

    switch (m_scheme) {
    case Scheme::OAuth2: {
        OAuthConnectRequest request;
        request.app = m_appId;
        request.reauthAccountId = m_reauthAccountId;
        request.device = m_device->isVisible() && m_device->isChecked();
        m_abandoned.reset(); // the job itself is cancelled (cancelJob)
        m_url.clear();
        m_userCode.clear();
        m_link->clear();
        m_paste->clear();
        m_stage->setText(tr("Starting the sign-in…"));
        m_oauthTools->show();
        m_job = new OAuthConnectJob(m_engine, request, this);
        connect(m_job, &OAuthConnectJob::authorizationUrlReady, this, [this](const QUrl& url) {
            m_url = url;
            m_link->setText(url.toString(QUrl::FullyEncoded));
            m_link->setCursorPosition(0);
            m_stage->setText(tr("Sign in in your browser and allow access. The wizard "
                                "continues by itself once the browser is done."));
            openBrowser();
        });
        connect(m_job, &OAuthConnectJob::deviceCodeReady, this, [this](const DeviceCode& code) {
            // Not opened here: the point is signing in on another device.
            const QUrl complete = code.verificationUriComplete;
            m_link->setText((complete.isEmpty() ? code.verificationUri : complete)
                                .toString(QUrl::FullyEncoded));
            m_link->setCursorPosition(0);
            m_url = complete.isEmpty() ? code.verificationUri : complete;
            m_userCode = code.userCode;
            m_stage->setText(
                tr("On any device, open %1 and enter the code %2. This window continues by itself "
                   "once the sign-in there is done; the code expires in %3 minutes.")
                    .arg(code.verificationUri.toString(), code.userCode)
                    .arg(std::max(1, code.expiresIn / 60)));
        });
        startWaiting(request.device ? tr("Waiting for the sign-in on the other device")
                                    : tr("Waiting for the browser"),
                     request.timeoutSeconds);
        connect(m_job, &OAuthConnectJob::stageChanged, this,
                [this](OAuthConnectJob::Stage, const QString& text) { m_stage->setText(text); });
        connect(m_job, &OAuthConnectJob::finished, this, [this](const Result<Account>& r) {
            if (m_job)
                m_job->deleteLater();
            m_job = nullptr;
            m_oauthTools->hide();
            if (r.ok())
                signInFinished(r->id, {});
            else
                signInFinished({}, messageWithNextStep(r.error()));
        });
        m_signInPage->changed();
        m_job->start();
        return;
    }
    case Scheme::Jwt:
    case Scheme::ClientCredentials: {
        ServerConnectRequest request;
        request.app = m_appId;
        const QString kind = fieldValue(QStringLiteral("subject"));
        request.api.asUser = textOf(QStringLiteral("as_user"));
        request.subject =
            kind == QLatin1String("user")
                ? QStringLiteral("user:") + textOf(QStringLiteral("user_id"))
            : kind == QLatin1String("other-enterprise")
                ? QStringLiteral("enterprise:") + textOf(QStringLiteral("enterprise_id"))
                : QStringLiteral("enterprise");
        setBusy(true);
        startWaiting(tr("Getting the first token from %1").arg(providerName), 30);
        ServerConnect::run(m_engine, request, &m_engine, done);
        return;
    }
    case Scheme::Keys: {
        KeysConnectRequest req;
        req.providerId = m_providerId;
        req.accessKeyId = textOf(QStringLiteral("access_key_id"));
        req.secretKey = secretOf(QStringLiteral("secret_key"));
        req.region = textOf(QStringLiteral("region"));
        req.endpoint = textOf(QStringLiteral("endpoint"));
        setBusy(true);
        startWaiting(tr("Checking the keys with %1").arg(providerName), 30);
        KeysConnect::run(m_engine, std::move(req), &m_engine, done);
        return;
    }
    case Scheme::Password:
    case Scheme::Basic: {
        PasswordConnectRequest req;
        req.providerId = m_providerId;
        req.app = needsApp() ? m_appId : QString();
        req.username = textOf(QStringLiteral("username"));
        req.password = secretOf(QStringLiteral("password"));
        const Provider* p = m_engine.catalog().find(m_providerId);
        if (p && !needsApp()) {
            for (const ParameterSpec& spec : p->parameters) {
                if (const QString v = textOf(spec.name); !v.isEmpty())
                    req.parameters.insert(spec.name, v);
            }
        }
        setBusy(true);
        startWaiting(tr("Signing in to %1").arg(providerName), 30);
        PasswordConnect::run(m_engine, std::move(req), &m_engine, done);
        return;
    }
    }
}

void ConnectWizard::signInFinished(const QString& accountId, const QString& error)
{
    setBusy(false);
    stopWaiting();
    if (accountId.isEmpty()) {
        // Said in the admin's terms: which provider and app refused, then the engine's reason
        // (which may name a host and port the admin never typed).
        const Provider* p = m_engine.catalog().find(m_providerId);
        const Result<AppRegistration> app = m_engine.apps().find(m_appId);
        const QString providerName = p ? p->name : m_providerId;
        const bool withApp = needsApp() && app.ok();
        m_signInError->setText(withApp ? tr("%1 did not connect with the app \"%2\": %3")
                                             .arg(providerName, app->name, error)
                                       : tr("%1 did not connect: %2").arg(providerName, error));
        m_signInError->show();
        m_editApp->setVisible(withApp);
        m_signInPage->changed();
        return;
    }
    m_accountId = accountId;
    // Secrets typed on the page are not needed any more.
    for (QWidget* w : std::as_const(m_fields)) {
        if (auto* s = qobject_cast<SecretLineEdit*>(w))
            s->clear();
    }
    Q_EMIT accountConnected(m_accountId);
    m_signInPage->changed();
    if (currentId() == SignInPage)
        next();
}

void ConnectWizard::openBrowser()
{
    if (m_url.isEmpty())
        return;
    if (!QDesktopServices::openUrl(m_url)) {
        m_stage->setText(tr("No browser could be opened. Copy the link and open it in a "
                            "browser, then paste the address it ends at."));
    }
}

void ConnectWizard::cancelJob()
{
    if (!m_job)
        return;
    OAuthConnectJob* job = m_job;
    m_job = nullptr;
    job->disconnect(this);
    job->cancel();
    job->deleteLater();
    m_oauthTools->hide();
    stopWaiting();
    m_signInPage->changed();
}

void ConnectWizard::abandonAttempt()
{
    if (!m_abandoned)
        return;
    *m_abandoned = true;
    m_abandoned.reset();
    m_busy = false;
    stopWaiting();
}

void ConnectWizard::startWaiting(const QString& what, int timeoutSeconds)
{
    m_waitWhat = what;
    m_waitStarted = QDateTime::currentMSecsSinceEpoch();
    m_waitTimeout = timeoutSeconds;
    m_busyBar->show();
    m_wait->show();
    updateWait();
    m_waitTimer->start();
}

void ConnectWizard::stopWaiting()
{
    m_waitTimer->stop();
    m_busyBar->hide();
    m_wait->hide();
}

void ConnectWizard::updateWait()
{
    const qint64 elapsed = (QDateTime::currentMSecsSinceEpoch() - m_waitStarted) / 1000;
    const qint64 left = qMax<qint64>(0, m_waitTimeout - elapsed);
    m_wait->setText(tr("%1… %2:%3 left. Cancel stops it; nothing is kept.")
                        .arg(m_waitWhat)
                        .arg(left / 60)
                        .arg(left % 60, 2, 10, QLatin1Char('0')));
}

void ConnectWizard::editApp()
{
    if (m_createdAppIds.contains(m_appId)) {
        back(); // the App page opens the registration made here for editing
        return;
    }
    const Result<AppRegistration> app = m_engine.apps().find(m_appId);
    if (!app.ok())
        return;
    auto* dialog = new AppDialog(m_engine, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->editApp(*app);
    connect(dialog, &QDialog::accepted, this, [this] {
        m_signInError->hide();
        m_editApp->hide();
        m_signInPage->changed();
    });
    dialog->open();
}

QString ConnectWizard::suggestedName(const Account& account) const
{
    const Provider* p = m_engine.catalog().find(account.providerId);
    const QString who = account.identity.value(QStringLiteral("login"),
                                               account.identity.value(QStringLiteral("name")));
    return defaultAccountName(p ? p->name : account.providerId, who);
}

// ---- Verify and Done -----------------------------------------------------------------------

WizardStepPage* ConnectWizard::buildVerifyPage()
{
    auto* page = new WizardStepPage(this);
    m_verifyPage = page;
    page->setTitle(tr("Verified"));
    page->setSubTitle(tr("AuthDeck made the provider's identity call with the new access."));
    // An identity card: who answered the provider's identity call, in words, never raw keys.
    m_identityCard = new QFrame(page);
    m_identityCard->setObjectName(QStringLiteral("identityCard"));
    static_cast<QFrame*>(m_identityCard)->setFrameShape(QFrame::StyledPanel);
    m_identityIcon = new QLabel(m_identityCard);
    m_identity = new QLabel(m_identityCard);
    m_identity->setObjectName(QStringLiteral("identityLabel"));
    m_identity->setWordWrap(true);
    m_identity->setTextFormat(Qt::PlainText);
    m_identity->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    QFont headingFont = m_identity->font();
    headingFont.setBold(true);
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.15);
    m_identity->setFont(headingFont);
    m_identityForm = new QFormLayout;
    auto* heading = new QHBoxLayout;
    heading->addWidget(m_identityIcon, 0, Qt::AlignTop);
    heading->addWidget(m_identity, 1);
    auto* cardLayout = new QVBoxLayout(m_identityCard);
    cardLayout->setContentsMargins(16, 14, 16, 14);
    cardLayout->addLayout(heading);
    cardLayout->addLayout(m_identityForm);
    auto* v = new QVBoxLayout(page);
    v->addWidget(m_identityCard);
    v->addStretch();
    page->onInit = [this] {
        while (m_identityForm->rowCount() > 0)
            m_identityForm->removeRow(0);
        m_identityRows.clear();
        Result<Account> account = m_engine.accounts().find(m_accountId);
        if (!account.ok()) {
            m_identity->setText(account.error().fullMessage());
            return;
        }
        const Provider* p = m_engine.catalog().find(account->providerId);
        if (p && !p->icon.isEmpty()) {
            m_identityIcon->setPixmap(
                svgIcon(QStringLiteral(":/icons/") + p->icon).pixmap(QSize(40, 40)));
        }
        const QString who = account->identityLabel();
        m_identity->setText(
            who.isEmpty()
                ? tr("Connected to %1.").arg(p ? p->name : account->providerId)
                : tr("Signed in to %1 as %2.").arg(p ? p->name : account->providerId, who));
        const QMap<QString, QString>& id = account->identity;
        auto row = [this](const QString& label, const QString& value) {
            if (value.isEmpty())
                return;
            auto* l = new QLabel(value, m_identityCard);
            l->setTextFormat(Qt::PlainText);
            l->setWordWrap(true);
            l->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
            m_identityForm->addRow(label, l);
            m_identityRows.append({label, value});
        };
        row(tr("Name:"), id.value(QStringLiteral("name")));
        row(tr("Login:"), id.value(QStringLiteral("login")));
        const QString enterprise = id.value(QStringLiteral("enterprise_name"));
        const QString enterpriseId = id.value(QStringLiteral("enterprise_id"));
        row(tr("Enterprise:"), enterprise.isEmpty() || enterpriseId.isEmpty()
                                   ? enterprise + enterpriseId
                                   : tr("%1 (ID %2)").arg(enterprise, enterpriseId));
        row(tr("Role:"), id.value(QStringLiteral("role")));
        row(tr("User ID:"), id.value(QStringLiteral("id")));
        if (account->subject.startsWith(QLatin1String("enterprise")))
            row(tr("Acts as:"), tr("The enterprise's service account"));
        else if (account->subject.startsWith(QLatin1String("user:")))
            row(tr("Acts as:"), tr("User %1").arg(account->subject.mid(5)));
        row(tr("Method:"), schemeDisplayName(account->scheme));
        const Result<AppRegistration> app = m_engine.apps().find(account->appId);
        if (app.ok())
            row(tr("App registration:"), app->name);
        if (account->accessExpires.isValid()) {
            row(tr("Token valid until:"),
                QLocale().toString(account->accessExpires.toLocalTime(), QLocale::ShortFormat));
        }
    };
    // Back from here signs in again: the account just made goes first.
    page->onCleanup = [this] {
        if (m_reauthAccountId.isEmpty())
            discardAccount();
        else
            m_accountId.clear(); // signed in again: the account stays, with its new tokens
    };
    return page;
}

WizardStepPage* ConnectWizard::buildDonePage()
{
    auto* page = new WizardStepPage(this);
    m_donePage = page;
    page->setTitle(tr("Name the account"));
    page->setSubTitle(tr("The name AuthDeck and its command line use for this account."));
    m_accountName = new QLineEdit(page);
    m_accountName->setObjectName(QStringLiteral("wizardAccountNameLineEdit"));
    m_accountName->setAccessibleName(tr("Account name"));
    auto* form = new QFormLayout;
    form->addRow(tr("Account &name:"), m_accountName);
    auto* v = new QVBoxLayout(page);
    v->addLayout(form);
    v->addStretch();
    connect(m_accountName, &QLineEdit::textChanged, page, [page] { page->changed(); });
    page->onInit = [this] {
        Result<Account> account = m_engine.accounts().find(m_accountId);
        if (account.ok() && m_accountName->text().isEmpty()) {
            // A name the engine chose is replaced by a tidier one; a signed-in-again account
            // keeps its own.
            const QString suggested = suggestedName(*account);
            m_accountName->setText(m_reauthAccountId.isEmpty() && suggested != account->name
                                       ? m_engine.accounts().uniqueName(suggested)
                                       : account->name);
        }
        m_accountName->selectAll();
        m_accountName->setFocus();
    };
    page->onComplete = [this] { return !m_accountName->text().trimmed().isEmpty(); };
    page->onValidate = [this] {
        const QString name = m_accountName->text().trimmed();
        Result<Account> account = m_engine.accounts().find(m_accountId);
        if (!account.ok() || account->name == name)
            return account.ok();
        Result<Account> renamed =
            m_engine.accounts().updateMetadata(m_accountId, [name](Account& a) { a.name = name; });
        if (!renamed.ok()) {
            m_accountName->setToolTip(renamed.error().fullMessage());
            return false;
        }
        return true;
    };
    page->onNext = [] { return -1; };
    page->setFinalPage(true);
    return page;
}

// ---- Leaving -------------------------------------------------------------------------------

void ConnectWizard::setBusy(bool busy)
{
    m_busy = busy;
    button(QWizard::BackButton)->setEnabled(!busy);
    if (m_signInPage)
        m_signInPage->changed();
    if (m_appPage)
        m_appPage->changed();
}

void ConnectWizard::discardAccount(std::function<void()> then)
{
    const QString id = m_accountId;
    m_accountId.clear();
    if (id.isEmpty()) {
        if (then)
            then();
        return;
    }
    // The engine's services outlive the wizard: the removal finishes even after it closed.
    m_engine.tokens().disconnect(id, true, &m_engine.tokens(), [then](Result<DisconnectReport>) {
        if (then)
            then();
    });
}

QString ConnectWizard::connectedAccountId() const
{
    return m_accountId.isEmpty() && m_box ? m_box->connectedAccountId() : m_accountId;
}

void ConnectWizard::startBoxSetup()
{
    setStartId(BoxSetupPages::CreateAppPage);
    setWindowTitle(m_box->title());
}

void ConnectWizard::accept()
{
    // Finished: the account and the apps stay; the guided setup's apps are its own, and an app
    // registered on the App page before the admin chose the guided setup is unused: it goes.
    if (BoxSetupPages::isBoxPage(currentId())) {
        m_box->finished();
        AppService* apps = &m_engine.apps();
        for (const QString& appId : std::as_const(m_createdAppIds))
            apps->remove(appId, true, apps, [](Status) {});
    }
    m_createdAppIds.clear();
    QWizard::accept();
}

void ConnectWizard::reject()
{
    // On the last page the account is connected and only its name is left: Escape keeps it.
    if (currentId() == DonePage && !m_accountId.isEmpty()) {
        accept();
        return;
    }
    // The guided Box setup's Done page likewise; elsewhere it removes what it made.
    if (!m_box->discard()) {
        accept();
        return;
    }
    // Signed in, not finished: Cancel disconnects the new account again, said first.
    if (currentId() == VerifyPage && !m_accountId.isEmpty() && m_reauthAccountId.isEmpty()
        && !MessageBoxes::confirm(this, tr("Disconnect the new account?"),
                                  tr("The account is connected and verified. Cancel disconnects "
                                     "it again (its access is revoked) and removes app "
                                     "registrations made in this wizard."),
                                  tr("Disconnect and close"))) {
        return;
    }
    // A wait under way (the provider's answer, the browser) ends now, not at its deadline.
    abandonAttempt();
    cancelJob();
    if (!m_reauthAccountId.isEmpty())
        m_accountId.clear(); // signed in again, or not: the account itself stays
    const QStringList appIds = m_createdAppIds;
    m_createdAppIds.clear();
    AppService* apps = &m_engine.apps();
    discardAccount([apps, appIds] {
        for (const QString& appId : appIds)
            apps->remove(appId, true, apps, [](Status) {});
    });
    QWizard::reject();
}

} // namespace authdeck::ui
