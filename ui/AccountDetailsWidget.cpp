#include "AccountDetailsWidget.h"

#include "AccountsModel.h"
#include "EndpointReviewDialog.h"
#include "Theme.h"

#include "accounts/AccountService.h"
#include "accounts/AppService.h"
#include "accounts/RefreshScheduler.h"
#include "accounts/TokenService.h"
#include "box/BoxToolbox.h"
#include "engine/Engine.h"
#include "providers/ProviderCatalog.h"

#include <QApplication>
#include <QClipboard>
#include <QCryptographicHash>
#include <QFormLayout>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QMimeData>
#include <QPushButton>
#include <QVBoxLayout>

namespace authdeck::ui {

namespace {

QLabel* valueLabel(QWidget* parent, const char* name)
{
    auto* l = new QLabel(parent);
    l->setObjectName(QLatin1String(name));
    l->setTextFormat(Qt::PlainText);
    l->setWordWrap(true);
    l->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return l;
}

QString when(const QDateTime& t)
{
    return t.isValid() ? QLocale().toString(t.toLocalTime(), QLocale::ShortFormat)
                       : QCoreApplication::translate("authdeck::ui::AccountDetailsWidget", "—");
}

QString countdown(qint64 secs)
{
    const auto tr = [](const char* s) {
        return QCoreApplication::translate("authdeck::ui::AccountDetailsWidget", s);
    };
    if (secs <= 0)
        return tr("expired");
    if (secs < 120)
        return tr("in %1 s").arg(secs);
    if (secs < 7200)
        return tr("in %1 min").arg(secs / 60);
    if (secs < 2 * 86400)
        return tr("in %1 h").arg(secs / 3600);
    return tr("in %1 days").arg(secs / 86400);
}

} // namespace

AccountDetailsWidget::AccountDetailsWidget(Engine& engine, RefreshScheduler* scheduler,
                                           QWidget* parent)
    : QWidget(parent)
    , m_engine(engine)
    , m_scheduler(scheduler)
{
    setObjectName(QStringLiteral("accountDetails"));
    m_title = new QLabel(this);
    QFont f = m_title->font();
    f.setBold(true);
    f.setPointSizeF(f.pointSizeF() * 1.2);
    m_title->setFont(f);
    m_title->setTextFormat(Qt::PlainText);

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_identity = valueLabel(this, "identityValue");
    m_provider = valueLabel(this, "providerValue");
    m_scheme = valueLabel(this, "schemeValue");
    m_app = valueLabel(this, "appValue");
    m_scopes = valueLabel(this, "scopesValue");
    m_host = valueLabel(this, "hostValue");
    m_status = valueLabel(this, "statusValue");
    m_expiry = valueLabel(this, "expiryValue");
    m_lastRefresh = valueLabel(this, "lastRefreshValue");
    m_nextRefresh = valueLabel(this, "nextRefreshValue");
    m_created = valueLabel(this, "createdValue");
    m_signInLasts = valueLabel(this, "signInLastsValue");
    m_lastTest = valueLabel(this, "lastTestValue");
    form->addRow(tr("Signed in as:"), m_identity);
    form->addRow(tr("Status:"), m_status);
    form->addRow(tr("Provider:"), m_provider);
    form->addRow(tr("Method:"), m_scheme);
    form->addRow(tr("App registration:"), m_app);
    form->addRow(tr("Scopes requested:"), m_scopes);
    form->addRow(tr("Server:"), m_host);
    form->addRow(tr("Token expires:"), m_expiry);
    form->addRow(tr("Last renewed:"), m_lastRefresh);
    form->addRow(tr("Next renewal:"), m_nextRefresh);
    form->addRow(tr("Sign-in lasts until:"), m_signInLasts);
    form->addRow(tr("Connected on:"), m_created);
    form->addRow(tr("Last test:"), m_lastTest);
    m_signInLasts->setToolTip(tr("The refresh token dies when it goes unused this long; "
                                 "AuthDeck renews it in time while it runs"));

    m_message = valueLabel(this, "messageValue");
    m_message->hide();

    m_test = new QPushButton(tr("&Test"), this);
    m_test->setObjectName(QStringLiteral("detailsTestPushButton"));
    m_test->setToolTip(tr("Make a real call with this account and show who answers"));
    m_refresh = new QPushButton(tr("&Refresh now"), this);
    m_refresh->setObjectName(QStringLiteral("detailsRefreshPushButton"));
    m_signInAgain = new QPushButton(tr("Sign &in again…"), this);
    m_signInAgain->setObjectName(QStringLiteral("detailsSignInAgainPushButton"));
    m_signInAgain->setToolTip(tr("Sign this account in again, keeping its settings"));
    m_disconnect = new QPushButton(tr("&Disconnect…"), this);
    m_disconnect->setObjectName(QStringLiteral("detailsDisconnectPushButton"));
    m_copyToken = new QPushButton(tr("&Copy access token"), this);
    m_copyToken->setObjectName(QStringLiteral("detailsCopyTokenPushButton"));
    m_copyToken->setToolTip(tr("For a minute; the clipboard is cleared afterwards"));
    m_webhooks = new QPushButton(tr("Webhoo&ks…"), this);
    m_webhooks->setObjectName(QStringLiteral("detailsWebhooksPushButton"));
    m_webhooks->setToolTip(tr("Box webhooks on this account's folders and files, and their "
                              "signature keys"));
    m_limitedToken = new QPushButton(tr("Copy a li&mited token…"), this);
    m_limitedToken->setObjectName(QStringLiteral("detailsLimitedTokenPushButton"));
    m_limitedToken->setToolTip(tr("A token for a script that can do only what you choose"));
    connect(m_webhooks, &QPushButton::clicked, this,
            [this] { Q_EMIT webhooksRequested(m_accountId); });
    connect(m_limitedToken, &QPushButton::clicked, this,
            [this] { Q_EMIT limitedTokenRequested(m_accountId); });
    m_review = new QPushButton(tr("Re&view endpoints…"), this);
    m_review->setObjectName(QStringLiteral("detailsReviewEndpointsPushButton"));
    m_review->setToolTip(tr("The app's servers changed: check them, then approve or not"));
    m_review->hide();
    m_anotherEnterprise = new QPushButton(tr("Connect another &enterprise…"), this);
    m_anotherEnterprise->setObjectName(QStringLiteral("detailsAnotherEnterprisePushButton"));
    m_anotherEnterprise->setToolTip(
        tr("Connect another enterprise that authorized the same app, with its enterprise ID"));
    m_anotherEnterprise->hide();
    connect(m_anotherEnterprise, &QPushButton::clicked, this, [this] {
        const Result<Account> a = m_engine.accounts().find(m_accountId);
        if (a.ok())
            Q_EMIT connectAnotherEnterpriseRequested(a->appId);
    });
    connect(m_review, &QPushButton::clicked, this, [this] {
        const Result<Account> a = m_engine.accounts().find(m_accountId);
        if (!a.ok())
            return;
        EndpointReviewDialog review(m_engine, a->appId, this);
        if (review.exec() == QDialog::Accepted) {
            showMessage(tr("Approved: the account uses the new endpoints."), false);
            reload();
            Q_EMIT accountChanged();
        }
    });
    connect(m_test, &QPushButton::clicked, this, &AccountDetailsWidget::test);
    connect(m_refresh, &QPushButton::clicked, this, &AccountDetailsWidget::refreshNow);
    connect(m_copyToken, &QPushButton::clicked, this, &AccountDetailsWidget::copyToken);
    connect(m_signInAgain, &QPushButton::clicked, this,
            [this] { Q_EMIT signInAgainRequested(m_accountId); });
    connect(m_disconnect, &QPushButton::clicked, this,
            [this] { Q_EMIT disconnectRequested(m_accountId); });

    auto* actions = new QGridLayout;
    actions->addWidget(m_test, 0, 0);
    actions->addWidget(m_refresh, 0, 1);
    actions->addWidget(m_signInAgain, 1, 0);
    actions->addWidget(m_copyToken, 1, 1);
    actions->addWidget(m_disconnect, 2, 0);
    actions->addWidget(m_review, 2, 1);
    actions->addWidget(m_anotherEnterprise, 3, 0, 1, 2);
    actions->addWidget(m_webhooks, 4, 0);
    actions->addWidget(m_limitedToken, 4, 1);

    auto* v = new QVBoxLayout(this);
    v->addWidget(m_title);
    v->addLayout(form);
    v->addWidget(m_message);
    v->addLayout(actions);
    v->addStretch();

    m_tick.setInterval(1000);
    connect(&m_tick, &QTimer::timeout, this, &AccountDetailsWidget::updateCountdown);
    m_clipboardTimer.setSingleShot(true);
    connect(&m_clipboardTimer, &QTimer::timeout, this, [this] {
        // Clear only what AuthDeck put there.
        QClipboard* cb = QApplication::clipboard();
        if (QCryptographicHash::hash(cb->text().toUtf8(), QCryptographicHash::Sha256)
            == m_copiedDigest)
            cb->clear();
        m_copiedDigest.clear();
    });
    connect(&m_engine.tokens(), &TokenService::accountChanged, this, [this](const QString& id) {
        if (id == m_accountId)
            reload();
    });
    showAccount({});
}

void AccountDetailsWidget::showAccount(const QString& accountId)
{
    if (accountId != m_accountId)
        showMessage({}, false);
    m_accountId = accountId;
    reload();
}

void AccountDetailsWidget::reload()
{
    const Result<Account> a =
        m_accountId.isEmpty() ? Result<Account>(Error()) : m_engine.accounts().find(m_accountId);
    const bool has = !m_accountId.isEmpty() && a.ok();
    for (QPushButton* b :
         {m_test, m_refresh, m_signInAgain, m_disconnect, m_copyToken, m_webhooks, m_limitedToken})
        b->setEnabled(has);
    if (!has) {
        m_review->hide();
        m_anotherEnterprise->hide();
        m_webhooks->hide();
        m_limitedToken->hide();
        m_title->setText(tr("No account selected"));
        for (QLabel* l :
             {m_identity, m_provider, m_scheme, m_app, m_scopes, m_host, m_status, m_expiry,
              m_lastRefresh, m_nextRefresh, m_created, m_signInLasts, m_lastTest})
            l->clear();
        m_tick.stop();
        return;
    }
    m_title->setText(a->name);
    m_identity->setText(a->identityLabel().isEmpty() ? tr("—") : a->identityLabel());
    const Provider* p = m_engine.catalog().find(a->providerId);
    m_provider->setText(p ? p->name : a->providerId);
    m_scheme->setText(schemeDisplayName(a->scheme));
    const Result<AppRegistration> app = m_engine.apps().find(a->appId);
    m_app->setText(app.ok() ? app->name : (a->appId.isEmpty() ? tr("—") : tr("(removed)")));
    m_scopes->setText(a->scopes.isEmpty() ? tr("—") : a->scopes.join(QStringLiteral(" ")));
    const QString host = a->parameters.value(QStringLiteral("host"),
                                             a->parameters.value(QStringLiteral("instance_url")));
    m_host->setText(host.isEmpty() ? tr("—") : host);
    QString status = m_model ? m_model->statusText(*a) : accountStatusDisplay(a->status);
    if (const QString reason = m_model ? m_model->statusReason(*a) : a->statusReason;
        !reason.isEmpty())
        status += QStringLiteral(": ") + reason;
    const QStringList held = app.ok() ? m_engine.apps().heldChanges(*app) : QStringList();
    if (!held.isEmpty()) {
        status = tr("Held: the app's endpoints changed (%1). Nothing is sent until you review "
                    "and approve them.")
                     .arg(held.join(QStringLiteral("; ")));
    }
    m_status->setText(status);
    m_review->setVisible(!held.isEmpty());
    const Provider* provider = m_engine.catalog().find(a->providerId);
    const bool enterprises =
        app.ok() && a->subject.startsWith(QLatin1String("enterprise"))
        && (a->scheme == Scheme::Jwt || a->scheme == Scheme::ClientCredentials) && provider
        && ((provider->jwt && provider->jwt->subjectTypes.contains(QLatin1String("enterprise")))
            || (provider->clientCredentials
                && provider->clientCredentials->subjectTypes.contains(
                    QLatin1String("enterprise"))));
    m_anotherEnterprise->setVisible(enterprises);
    m_lastRefresh->setText(when(a->lastRefresh));
    m_created->setText(when(a->created));
    // Box refresh tokens die after 60 days unused: the sign-in lasts that long after the last
    // refresh token was issued (renewals issue a new one).
    const int idleDays = provider && provider->oauth2 && a->scheme == Scheme::OAuth2
                             ? provider->oauth2->refreshTokenIdleDays
                             : 0;
    if (idleDays > 0 && a->refreshIssued.isValid()) {
        const QDateTime deadline = a->refreshIssued.addDays(idleDays);
        m_signInLasts->setText(tr("%1 (%2 days unused)").arg(when(deadline)).arg(idleDays));
    } else {
        m_signInLasts->setText(a->scheme == Scheme::Jwt || a->scheme == Scheme::ClientCredentials
                                   ? tr("Always: a new token is made when needed")
                                   : tr("—"));
    }
    const std::optional<AccountsModel::TestOutcome> tested =
        m_model ? m_model->testOutcome(a->id) : std::nullopt;
    m_lastTest->setText(!tested      ? tr("Not tested since AuthDeck started")
                        : tested->ok ? tr("%1: works").arg(when(tested->at))
                                     : tr("%1: failed").arg(when(tested->at)));
    const QDateTime next = m_scheduler ? m_scheduler->dueTime(*a) : QDateTime();
    m_nextRefresh->setText(next.isValid() ? when(next) : tr("—"));
    m_signInAgain->setVisible(a->scheme == Scheme::OAuth2);
    m_signInAgain->setDefault(a->status == AccountStatus::NeedsSignIn);
    m_refresh->setVisible(a->scheme != Scheme::Keys && a->scheme != Scheme::Basic);
    m_copyToken->setVisible(a->scheme != Scheme::Keys && a->scheme != Scheme::Basic);
    const bool box =
        (a->providerId == QLatin1String("box") || a->providerId == QLatin1String("sandbox"))
        && a->scheme != Scheme::Keys && a->scheme != Scheme::Basic && a->scheme != Scheme::Password;
    m_webhooks->setVisible(box);
    m_limitedToken->setVisible(box);
    m_expires = a->accessExpires;
    updateCountdown();
    if (m_expires.isValid())
        m_tick.start();
    else
        m_tick.stop();
}

void AccountDetailsWidget::updateCountdown()
{
    if (!m_expires.isValid()) {
        m_expiry->setText(tr("—"));
        return;
    }
    const qint64 secs = QDateTime::currentDateTimeUtc().secsTo(m_expires);
    m_expiry->setText(tr("%1 (%2)").arg(when(m_expires), countdown(secs)));
}

void AccountDetailsWidget::showMessage(const QString& text, bool error)
{
    m_message->setText(text);
    QPalette pal = palette();
    if (error)
        pal.setColor(QPalette::WindowText, errorColor(pal));
    m_message->setPalette(pal);
    m_message->setVisible(!text.isEmpty());
}

void AccountDetailsWidget::setBusy(bool busy, const QString& message)
{
    m_busy = busy;
    for (QPushButton* b :
         {m_test, m_refresh, m_signInAgain, m_disconnect, m_copyToken, m_webhooks, m_limitedToken})
        b->setEnabled(!busy);
    if (busy)
        showMessage(message, false);
}

void AccountDetailsWidget::test()
{
    if (m_accountId.isEmpty() || m_busy)
        return;
    const Result<Account> a = m_engine.accounts().find(m_accountId);
    if (!a.ok())
        return;
    setBusy(true, tr("Testing…"));
    ApiCallOptions options;
    options.asUser = a->asUser;
    options.notificationsOff = a->notificationsOff;
    m_engine.tokens().test(a->id, options, this, [this, id = a->id](Result<Identity> identity) {
        setBusy(false);
        if (m_model) {
            m_model->setTestOutcome(id, {identity.ok(),
                                         identity.ok() ? QString() : identity.error().fullMessage(),
                                         QDateTime::currentDateTimeUtc()});
        }
        reload();
        if (!identity.ok()) {
            showMessage(identity.error().fullMessage(), true);
            Q_EMIT accountChanged();
            return;
        }
        Account who;
        who.identity = *identity;
        showMessage(tr("Works: the provider answered as %1.").arg(who.identityLabel()), false);
        Q_EMIT accountChanged();
    });
}

void AccountDetailsWidget::refreshNow()
{
    withToken(true, tr("Renewing…"), [this](const AccessToken&) {
        showMessage(tr("Renewed."), false);
        Q_EMIT accountChanged();
    });
}

void AccountDetailsWidget::copyToken()
{
    withToken(false, tr("Getting a valid token…"), [this](const AccessToken& t) {
        putOnClipboard(t.token, tr("Access token copied; the clipboard is cleared in a minute."));
    });
}

void AccountDetailsWidget::withToken(bool renew, const QString& busyText,
                                     std::function<void(const AccessToken&)> then)
{
    if (m_accountId.isEmpty() || m_busy)
        return;
    setBusy(true, busyText);
    auto done = [this, then = std::move(then)](Result<AccessToken> t) {
        setBusy(false);
        reload();
        if (!t.ok())
            showMessage(t.error().fullMessage(), true);
        else
            then(*t);
    };
    if (renew)
        m_engine.tokens().refresh(m_accountId, this, std::move(done));
    else
        m_engine.tokens().token(m_accountId, this, std::move(done));
}

void AccountDetailsWidget::putOnClipboard(const SecretBytes& token, const QString& message)
{
    auto* mime = new QMimeData;
    mime->setText(token.toString());
    // Clipboard managers (KDE's Klipper and others) keep no history of secrets marked so.
    mime->setData(QStringLiteral("x-kde-passwordManagerHint"), QByteArrayLiteral("secret"));
    m_copiedDigest = QCryptographicHash::hash(token.bytes(), QCryptographicHash::Sha256);
    QApplication::clipboard()->setMimeData(mime);
    m_clipboardTimer.start(m_clipboardMs);
    showMessage(message, false);
}

void AccountDetailsWidget::copyLimitedToken(const QStringList& scopes, const QString& resource)
{
    if (m_accountId.isEmpty() || m_busy)
        return;
    if (!m_toolbox) {
        m_toolbox = new box::BoxToolbox(m_engine.tokens(), m_engine.accounts(), m_engine.apps(),
                                        m_engine.http(), this);
    }
    setBusy(true, tr("Asking Box for a limited token…"));
    m_toolbox->downscope(
        m_accountId, scopes, resource, this, [this](Result<box::BoxToolbox::Downscoped> d) {
            setBusy(false);
            if (!d.ok()) {
                showMessage(d.error().fullMessage(), true);
                return;
            }
            putOnClipboard(d->token,
                           d->resource.isEmpty()
                               ? tr("A token limited to %1 copied; the account's own token is "
                                    "unchanged, the clipboard is cleared in a minute.")
                                     .arg(d->scopes.join(QStringLiteral(", ")))
                               : tr("A token limited to %1 on %2 copied; the account's own token "
                                    "is unchanged, the clipboard is cleared in a minute.")
                                     .arg(d->scopes.join(QStringLiteral(", ")), d->resource));
        });
}

} // namespace authdeck::ui
