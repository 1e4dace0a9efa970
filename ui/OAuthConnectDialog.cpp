#include "OAuthConnectDialog.h"
#include "Theme.h"

#include "accounts/AccountService.h"
#include "accounts/AppService.h"
#include "auth/OAuthConnectJob.h"
#include "engine/Engine.h"
#include "providers/ProviderCatalog.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace authdeck::ui {

OAuthConnectDialog::OAuthConnectDialog(Engine& engine, QWidget* parent)
    : QDialog(parent)
    , m_engine(engine)
{
    setWindowTitle(tr("Connect an account"));
    setMinimumWidth(640);
    m_pages = new QStackedWidget(this);
    m_pages->addWidget(buildSetupPage());
    m_pages->addWidget(buildWaitingPage());
    m_pages->addWidget(buildDonePage());
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_pages);
    reloadApps();
}

OAuthConnectDialog::~OAuthConnectDialog()
{
    cancelJob();
}

int OAuthConnectDialog::page() const
{
    return m_pages->currentIndex();
}

QWidget* OAuthConnectDialog::buildSetupPage()
{
    auto* page = new QWidget(this);
    auto* form = new QFormLayout;
    m_app = new QComboBox(page);
    m_app->setObjectName(QStringLiteral("appComboBox"));
    m_app->setAccessibleName(tr("App registration"));
    form->addRow(tr("&App registration:"), m_app);

    m_redirectHint = new QLabel(page);
    m_redirectHint->setWordWrap(true);
    m_redirectHint->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_redirectHint->setForegroundRole(QPalette::PlaceholderText);
    form->addRow(QString(), m_redirectHint);

    m_scopes = new QListWidget(page);
    m_scopes->setObjectName(QStringLiteral("scopeList"));
    m_scopes->setAccessibleName(tr("Scopes"));
    m_scopes->setMinimumHeight(180);
    m_scopes->setWordWrap(true);
    m_scopes->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_scopes->setUniformItemSizes(false);
    form->addRow(tr("&Scopes:"), m_scopes);

    m_customScopes = new QLineEdit(page);
    m_customScopes->setObjectName(QStringLiteral("customScopesLineEdit"));
    m_customScopes->setPlaceholderText(tr("more scopes, separated by spaces (optional)"));
    form->addRow(tr("&Custom scopes:"), m_customScopes);

    m_name = new QLineEdit(page);
    m_name->setObjectName(QStringLiteral("accountNameLineEdit"));
    m_name->setPlaceholderText(tr("named after who signs in"));
    form->addRow(tr("Account &name:"), m_name);

    m_error = new QLabel(page);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    QPalette pal = m_error->palette();
    pal.setColor(QPalette::WindowText, errorColor(pal));
    m_error->setPalette(pal);
    m_error->hide();

    auto* buttons = new QDialogButtonBox(page);
    m_signIn = buttons->addButton(tr("Sign in with &browser"), QDialogButtonBox::AcceptRole);
    m_signIn->setObjectName(QStringLiteral("signInPushButton"));
    m_signIn->setDefault(true);
    // RFC 8628, where the provider has a device endpoint and the policy allows it.
    m_device = buttons->addButton(tr("Sign in with a &code on another device"),
                                  QDialogButtonBox::ActionRole);
    m_device->setObjectName(QStringLiteral("deviceSignInPushButton"));
    m_device->hide();
    connect(m_device, &QPushButton::clicked, this, [this] { begin(true); });
    buttons->addButton(QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &OAuthConnectDialog::startSignIn);
    connect(buttons, &QDialogButtonBox::rejected, this, &OAuthConnectDialog::reject);
    connect(m_app, &QComboBox::currentIndexChanged, this, &OAuthConnectDialog::fillScopes);

    auto* intro = new QLabel(
        tr("AuthDeck opens your browser at the provider's sign-in page. Sign in there and allow "
           "access; the browser then hands the answer back to AuthDeck on this computer."),
        page);
    intro->setWordWrap(true);

    auto* v = new QVBoxLayout(page);
    v->addWidget(intro);
    v->addLayout(form);
    v->addWidget(m_error);
    v->addStretch();
    v->addWidget(buttons);
    return page;
}

QWidget* OAuthConnectDialog::buildWaitingPage()
{
    auto* page = new QWidget(this);
    m_waitingText = new QLabel(page);
    m_waitingText->setWordWrap(true);
    m_spinner = new QProgressBar(page);
    m_spinner->setRange(0, 0); // busy
    m_spinner->setTextVisible(false);
    m_spinner->setAccessibleName(tr("Waiting for the sign-in"));
    m_stageText = new QLabel(page);
    m_stageText->setObjectName(QStringLiteral("stageLabel"));
    m_link = new QLabel(page);
    m_link->setObjectName(QStringLiteral("linkLabel"));
    m_link->setTextFormat(Qt::PlainText);
    m_link->setWordWrap(true);
    m_link->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_link->setForegroundRole(QPalette::PlaceholderText);

    auto* openAgain = new QPushButton(tr("&Open again"), page);
    openAgain->setObjectName(QStringLiteral("openAgainPushButton"));
    openAgain->setToolTip(tr("Open the sign-in page in the browser once more"));
    auto* copy = new QPushButton(tr("&Copy link"), page);
    copy->setObjectName(QStringLiteral("copyLinkPushButton"));
    copy->setToolTip(tr("Copy the sign-in address, to open it in another browser"));
    auto* showPaste = new QPushButton(tr("&Paste address…"), page);
    showPaste->setObjectName(QStringLiteral("pasteAddressPushButton"));
    showPaste->setToolTip(tr("The browser could not reach AuthDeck? Paste the address it ended "
                             "at, or the code it showed"));
    connect(openAgain, &QPushButton::clicked, this, &OAuthConnectDialog::openBrowser);
    connect(copy, &QPushButton::clicked, this, [this, copy] {
        QApplication::clipboard()->setText(m_url.toString(QUrl::FullyEncoded));
        copy->setText(tr("Copied"));
    });

    m_paste = new QLineEdit(page);
    m_paste->setObjectName(QStringLiteral("pasteLineEdit"));
    m_paste->setPlaceholderText(tr("http://127.0.0.1:…/callback?code=… or the code"));
    auto* usePaste = new QPushButton(tr("&Use"), page);
    usePaste->setObjectName(QStringLiteral("usePastePushButton"));
    auto* pasteRow = new QWidget(page);
    auto* pasteLayout = new QHBoxLayout(pasteRow);
    pasteLayout->setContentsMargins(0, 0, 0, 0);
    pasteLayout->addWidget(m_paste, 1);
    pasteLayout->addWidget(usePaste);
    pasteRow->hide();
    connect(showPaste, &QPushButton::clicked, this, [this, pasteRow] {
        pasteRow->show();
        m_paste->setFocus();
    });
    auto submitPaste = [this] {
        if (m_job && !m_paste->text().trimmed().isEmpty())
            m_job->pasteRedirect(m_paste->text().trimmed());
    };
    connect(usePaste, &QPushButton::clicked, this, submitPaste);
    connect(m_paste, &QLineEdit::returnPressed, this, submitPaste);

    auto* tools = new QHBoxLayout;
    tools->addWidget(openAgain);
    tools->addWidget(copy);
    tools->addWidget(showPaste);
    tools->addStretch();

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, page);
    connect(buttons, &QDialogButtonBox::rejected, this, [this] {
        cancelJob();
        m_pages->setCurrentIndex(SetupPage);
        showError(tr("The sign-in was cancelled; nothing was saved."));
    });

    auto* v = new QVBoxLayout(page);
    v->addWidget(m_waitingText);
    v->addWidget(m_spinner);
    v->addWidget(m_stageText);
    v->addLayout(tools);
    v->addWidget(m_link);
    v->addWidget(pasteRow);
    v->addStretch();
    v->addWidget(buttons);
    return page;
}

QWidget* OAuthConnectDialog::buildDonePage()
{
    auto* page = new QWidget(this);
    m_doneText = new QLabel(page);
    m_doneText->setObjectName(QStringLiteral("doneLabel"));
    m_doneText->setWordWrap(true);
    m_doneText->setTextFormat(Qt::PlainText);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, page);
    m_close = buttons->button(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::accept);
    auto* v = new QVBoxLayout(page);
    v->addWidget(m_doneText);
    v->addStretch();
    v->addWidget(buttons);
    return page;
}

void OAuthConnectDialog::reloadApps()
{
    const QString current = m_app->currentData().toString();
    m_app->clear();
    Result<QList<AppRegistration>> apps = m_engine.apps().list();
    if (apps.ok()) {
        for (const AppRegistration& a : *apps) {
            if (a.scheme != Scheme::OAuth2)
                continue;
            const Provider* p = m_engine.catalog().find(a.providerId);
            const QString label = p ? tr("%1 (%2)").arg(a.name, p->name) : a.name;
            m_app->addItem(p ? QIcon(QStringLiteral(":/icons/") + p->icon) : QIcon(), label, a.id);
        }
    }
    const int index = m_app->findData(current);
    if (index >= 0)
        m_app->setCurrentIndex(index);
    const bool any = m_app->count() > 0;
    m_signIn->setEnabled(any);
    if (!any) {
        showError(tr("There is no OAuth 2.0 app registration yet. Add one under Settings → Add an "
                     "app registration, then come back."));
    }
    fillScopes();
}

void OAuthConnectDialog::fillScopes()
{
    m_scopes->clear();
    m_redirectHint->clear();
    m_device->hide();
    Result<AppRegistration> app = m_engine.apps().find(m_app->currentData().toString());
    if (!app.ok())
        return;
    const Provider* provider = m_engine.catalog().find(app->providerId);
    Result<ResolvedApp> resolved = m_engine.apps().resolve(*app);
    m_device->setVisible(resolved.ok() && !resolved->deviceUrl.isEmpty()
                         && m_engine.catalog().policy().allowsDeviceFlow());
    const QStringList wanted = resolved.ok() ? resolved->scopes : app->scopes;
    if (resolved.ok()) {
        m_redirectHint->setText(
            tr("Redirect URI registered at the provider: %1").arg(resolved->redirectUri));
    }
    QStringList known;
    if (provider) {
        for (const ScopeInfo& s : provider->scopes) {
            known << s.id;
            auto* item = new QListWidgetItem(
                s.description.isEmpty() ? s.id : tr("%1  (%2)").arg(s.description, s.id), m_scopes);
            item->setData(Qt::UserRole, s.id);
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
            item->setCheckState(wanted.contains(s.id) ? Qt::Checked : Qt::Unchecked);
            if (s.onRequest)
                item->setToolTip(tr("Granted by the provider's support on request"));
        }
    }
    QStringList custom;
    for (const QString& s : wanted) {
        if (!known.contains(s))
            custom << s;
    }
    m_customScopes->setText(custom.join(QLatin1Char(' ')));
}

void OAuthConnectDialog::setApp(const QString& appId)
{
    const int index = m_app->findData(appId);
    if (index >= 0)
        m_app->setCurrentIndex(index);
}

void OAuthConnectDialog::setReauthAccount(const QString& accountId)
{
    Result<Account> account = m_engine.accounts().find(accountId);
    if (!account.ok())
        return;
    m_reauthAccountId = account->id;
    setWindowTitle(tr("Sign in again: %1").arg(account->name));
    setApp(account->appId);
    m_app->setEnabled(false);
    m_name->setText(account->name);
    m_name->setEnabled(false);
    for (int i = 0; i < m_scopes->count(); ++i) {
        QListWidgetItem* item = m_scopes->item(i);
        item->setCheckState(account->scopes.contains(item->data(Qt::UserRole).toString())
                                ? Qt::Checked
                                : Qt::Unchecked);
    }
}

void OAuthConnectDialog::showError(const QString& message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

void OAuthConnectDialog::startSignIn()
{
    begin(false);
}

void OAuthConnectDialog::begin(bool device)
{
    if (m_job)
        return;
    OAuthConnectRequest request;
    request.device = device;
    request.app = m_app->currentData().toString();
    request.accountName = m_name->text().trimmed();
    request.reauthAccountId = m_reauthAccountId;
    for (int i = 0; i < m_scopes->count(); ++i) {
        if (m_scopes->item(i)->checkState() == Qt::Checked)
            request.scopes << m_scopes->item(i)->data(Qt::UserRole).toString();
    }
    const QStringList custom = m_customScopes->text().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString& s : custom) {
        if (!request.scopes.contains(s))
            request.scopes << s;
    }
    showError({});
    m_url.clear();
    m_link->clear();
    m_paste->clear();
    m_waitingText->setText(tr("Starting the sign-in…"));
    m_stageText->clear();
    m_pages->setCurrentIndex(WaitingPage);

    m_job = new OAuthConnectJob(m_engine, request, this);
    connect(m_job, &OAuthConnectJob::authorizationUrlReady, this, [this](const QUrl& url) {
        m_url = url;
        m_link->setText(url.toString(QUrl::FullyEncoded));
        m_waitingText->setText(
            tr("Sign in in your browser and allow access. This window continues by itself once "
               "the browser is done."));
        openBrowser();
    });
    connect(m_job, &OAuthConnectJob::deviceCodeReady, this, [this](const DeviceCode& code) {
        // Not opened here: the point is signing in on another device.
        const QUrl complete = code.verificationUriComplete;
        m_link->setText(
            (complete.isEmpty() ? code.verificationUri : complete).toString(QUrl::FullyEncoded));
        m_userCode = code.userCode;
        m_waitingText->setText(
            tr("On any device, open %1 and enter the code %2. This window continues by itself "
               "once the sign-in there is done; the code expires in %3 minutes.")
                .arg(code.verificationUri.toString(), code.userCode)
                .arg(std::max(1, code.expiresIn / 60)));
    });
    connect(m_job, &OAuthConnectJob::stageChanged, this,
            [this](OAuthConnectJob::Stage, const QString& text) { m_stageText->setText(text); });
    connect(m_job, &OAuthConnectJob::finished, this, [this](const Result<Account>& result) {
        if (m_job)
            m_job->deleteLater();
        m_job = nullptr;
        if (!result.ok()) {
            m_pages->setCurrentIndex(SetupPage);
            showError(result.error().fullMessage());
            m_signIn->setText(tr("Try &again"));
            return;
        }
        m_accountId = result->id;
        const QString who = result->identityLabel();
        m_doneText->setText(who.isEmpty() ? tr("Connected \"%1\".").arg(result->name)
                                          : tr("Connected \"%1\" as %2.").arg(result->name, who));
        m_pages->setCurrentIndex(DonePage);
        m_close->setFocus();
        Q_EMIT accountConnected(m_accountId);
    });
    m_job->start();
}

void OAuthConnectDialog::openBrowser()
{
    if (m_url.isEmpty())
        return;
    if (!QDesktopServices::openUrl(m_url)) {
        m_waitingText->setText(tr("No browser could be opened. Copy the link and open it in a "
                                  "browser, then paste the address it ends at."));
    }
}

void OAuthConnectDialog::cancelJob()
{
    if (!m_job)
        return;
    OAuthConnectJob* job = m_job;
    m_job = nullptr;
    job->disconnect(this);
    job->cancel();
    job->deleteLater();
}

void OAuthConnectDialog::reject()
{
    cancelJob();
    if (!m_accountId.isEmpty()) {
        QDialog::accept();
        return;
    }
    QDialog::reject();
}

} // namespace authdeck::ui
