#include "SettingsPages.h"

#include "AppDialog.h"
#include "MessageBoxes.h"

#include "accounts/AppService.h"
#include "auth/AdminConsent.h"
#include "engine/Engine.h"
#include "net/CertificateProbe.h"
#include "net/HttpClient.h"
#include "net/UrlPolicy.h"
#include "providers/ProviderCatalog.h"
#include "secrets/SecretStore.h"

#include <QApplication>
#include <QButtonGroup>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDesktopServices>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QToolButton>
#include <QTreeWidget>
#include <QUrl>
#include <QVBoxLayout>

namespace authdeck::ui {

namespace {

constexpr int AppIdRole = Qt::UserRole + 1;

QString fingerprintText(const QByteArray& raw)
{
    QStringList parts;
    for (char c : raw)
        parts.append(QStringLiteral("%1").arg(quint8(c), 2, 16, QLatin1Char('0')).toUpper());
    return parts.join(QLatin1Char(':'));
}

AppInput inputFrom(const AppRegistration& a)
{
    AppInput in;
    in.providerId = a.providerId;
    in.name = a.name;
    in.scheme = a.scheme;
    in.clientId = a.clientId;
    in.scopes = a.scopes;
    in.parameters = a.parameters;
    in.redirectPort = a.redirectPort;
    in.authorizeUrl = a.authorizeUrl;
    in.tokenUrl = a.tokenUrl;
    in.revokeUrl = a.revokeUrl;
    in.apiBase = a.apiBase;
    in.publicKeyId = a.publicKeyId;
    in.enterpriseId = a.enterpriseId;
    in.userId = a.userId;
    in.clientEmail = a.clientEmail;
    in.algorithm = a.algorithm;
    return in;
}

} // namespace

// ---------------------------------------------------------------------------------------------
// Apps

AppsSettingsPage::AppsSettingsPage(Engine& engine, QWidget* parent)
    : QWidget(parent)
    , m_engine(engine)
{
    setObjectName(QStringLiteral("appsSettingsPage"));
    auto* layout = new QVBoxLayout(this);
    m_policy = new QLabel(this);
    m_policy->setObjectName(QStringLiteral("policyLabel"));
    m_policy->setWordWrap(true);
    layout->addWidget(m_policy);

    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("appsTreeWidget"));
    m_tree->setAccessibleName(tr("App registrations by provider"));
    m_tree->setHeaderLabels({tr("Provider / app"), tr("Scheme"), tr("Client ID")});
    m_tree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    layout->addWidget(m_tree, 1);

    auto* buttons = new QHBoxLayout;
    auto button = [&](const QString& text, const QString& name) {
        auto* b = new QPushButton(text, this);
        b->setObjectName(name);
        buttons->addWidget(b);
        return b;
    };
    QPushButton* add = button(tr("&Add…"), QStringLiteral("addAppPushButton"));
    m_edit = button(tr("&Edit…"), QStringLiteral("editAppPushButton"));
    m_duplicate = button(tr("&Duplicate"), QStringLiteral("duplicateAppPushButton"));
    m_remove = button(tr("&Remove…"), QStringLiteral("removeAppPushButton"));
    m_consent = button(tr("Admin &consent…"), QStringLiteral("adminConsentPushButton"));
    m_consent->setToolTip(tr("Ask an administrator of the tenant to grant the app access for "
                             "the whole organization (Microsoft 365)"));
    buttons->addStretch();
    layout->addLayout(buttons);

    auto* redirectRow = new QHBoxLayout;
    auto* redirectLabel = new QLabel(tr("Redirect URI to register at the provider:"), this);
    m_redirect = new QLineEdit(this);
    m_redirect->setObjectName(QStringLiteral("redirectUriLineEdit"));
    m_redirect->setReadOnly(true);
    redirectLabel->setBuddy(m_redirect);
    m_copy = new QToolButton(this);
    m_copy->setObjectName(QStringLiteral("copyRedirectUriToolButton"));
    m_copy->setText(tr("Copy"));
    m_copy->setToolTip(tr("Copy the redirect URI"));
    redirectRow->addWidget(redirectLabel);
    redirectRow->addWidget(m_redirect, 1);
    redirectRow->addWidget(m_copy);
    layout->addLayout(redirectRow);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("statusLabel"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);

    connect(add, &QPushButton::clicked, this, &AppsSettingsPage::addApp);
    connect(m_edit, &QPushButton::clicked, this, &AppsSettingsPage::editSelected);
    connect(m_duplicate, &QPushButton::clicked, this, &AppsSettingsPage::duplicateSelected);
    connect(m_remove, &QPushButton::clicked, this, &AppsSettingsPage::removeSelected);
    connect(m_copy, &QToolButton::clicked, this, &AppsSettingsPage::copyRedirectUri);
    connect(m_consent, &QPushButton::clicked, this, &AppsSettingsPage::requestAdminConsent);
    connect(m_tree, &QTreeWidget::itemSelectionChanged, this, &AppsSettingsPage::updateDetails);
    connect(m_tree, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem* item) {
        if (!item->data(0, AppIdRole).toString().isEmpty())
            editSelected();
    });
    connect(&m_engine.apps(), &AppService::appsChanged, this, &AppsSettingsPage::reload);
    reload();
}

QString AppsSettingsPage::selectedAppId() const
{
    const QList<QTreeWidgetItem*> items = m_tree->selectedItems();
    return items.isEmpty() ? QString() : items.first()->data(0, AppIdRole).toString();
}

void AppsSettingsPage::selectApp(const QString& appId)
{
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem* group = m_tree->topLevelItem(i);
        for (int j = 0; j < group->childCount(); ++j) {
            if (group->child(j)->data(0, AppIdRole).toString() == appId) {
                m_tree->setCurrentItem(group->child(j));
                return;
            }
        }
    }
}

void AppsSettingsPage::reload()
{
    const QString selected = selectedAppId();
    m_tree->clear();
    const AdminPolicy& policy = m_engine.catalog().policy();
    m_policy->setVisible(policy.restricts());
    m_policy->setText(tr("Some providers or sign-in methods are managed by your organization "
                         "(%1).")
                          .arg(policy.path));
    Result<QList<AppRegistration>> apps = m_engine.apps().list();
    if (!apps.ok()) {
        m_status->setText(apps.error().fullMessage());
        return;
    }
    QMap<QString, QTreeWidgetItem*> groups;
    for (const AppRegistration& a : std::as_const(*apps)) {
        QTreeWidgetItem* group = groups.value(a.providerId);
        if (!group) {
            const Provider* p = m_engine.catalog().find(a.providerId);
            QString title = p ? p->name : a.providerId;
            if (!p && m_engine.catalog().isForbidden(a.providerId))
                title += tr(" (managed by your organization: not allowed)");
            group = new QTreeWidgetItem(m_tree, {title});
            group->setFlags(Qt::ItemIsEnabled);
            group->setExpanded(true);
            groups.insert(a.providerId, group);
        }
        auto* item = new QTreeWidgetItem(group, {a.name, schemeId(a.scheme), a.clientId});
        item->setData(0, AppIdRole, a.id);
    }
    m_tree->expandAll();
    if (!selected.isEmpty())
        selectApp(selected);
    updateDetails();
}

void AppsSettingsPage::updateDetails()
{
    const QString id = selectedAppId();
    const bool has = !id.isEmpty();
    m_edit->setEnabled(has);
    m_duplicate->setEnabled(has);
    m_remove->setEnabled(has);
    QString redirect;
    bool consent = false;
    if (has) {
        Result<AppRegistration> app = m_engine.apps().find(id);
        const Provider* p = app.ok() ? m_engine.catalog().find(app->providerId) : nullptr;
        consent = p && p->oauth2 && !p->oauth2->adminConsentUrl.isEmpty();
        if (app.ok() && app->scheme == Scheme::OAuth2) {
            Result<ResolvedApp> r = m_engine.apps().resolve(*app);
            if (r.ok())
                redirect = r->redirectUri;
        }
    }
    m_redirect->setText(redirect);
    m_copy->setEnabled(!redirect.isEmpty());
    m_consent->setVisible(consent);
}

void AppsSettingsPage::requestAdminConsent()
{
    const QString id = selectedAppId();
    if (id.isEmpty())
        return;
    auto* job = new AdminConsentJob(m_engine, id, 300, this);
    m_consent->setEnabled(false);
    connect(job, &AdminConsentJob::consentUrlReady, this, [this](const QUrl& url) {
        m_status->setText(tr("Accept in the browser as an administrator of the tenant; AuthDeck "
                             "waits for the answer. If no browser opened, open: %1")
                              .arg(url.toString(QUrl::FullyEncoded)));
        QDesktopServices::openUrl(url);
    });
    connect(job, &AdminConsentJob::finished, this, [this, job](const Result<QString>& tenant) {
        job->deleteLater();
        m_consent->setEnabled(true);
        const QString message =
            tenant.ok()
                ? tr("The tenant %1 granted admin consent; connect the app now.").arg(*tenant)
                : tenant.error().fullMessage();
        m_status->setText(message);
        Q_EMIT operationFinished(tenant.ok(), message);
    });
    job->start();
}

void AppsSettingsPage::addApp()
{
    auto* dialog = new AppDialog(m_engine, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QString provider;
    if (Result<AppRegistration> app = m_engine.apps().find(selectedAppId()); app.ok())
        provider = app->providerId;
    dialog->startNew(provider);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        reload();
        selectApp(dialog->savedAppId());
        Q_EMIT appSaved(dialog->savedAppId());
    });
    dialog->open();
}

void AppsSettingsPage::editSelected()
{
    Result<AppRegistration> app = m_engine.apps().find(selectedAppId());
    if (!app.ok())
        return;
    auto* dialog = new AppDialog(m_engine, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->editApp(*app);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        reload();
        selectApp(dialog->savedAppId());
        Q_EMIT appSaved(dialog->savedAppId());
    });
    dialog->open();
}

void AppsSettingsPage::duplicateSelected()
{
    Result<AppRegistration> app = m_engine.apps().find(selectedAppId());
    if (!app.ok())
        return;
    AppInput in = inputFrom(*app);
    // "Name (copy)", "Name (copy 2)", ... whichever is free.
    for (int n = 1;; ++n) {
        const QString candidate =
            n == 1 ? tr("%1 (copy)").arg(app->name) : tr("%1 (copy %2)").arg(app->name).arg(n);
        if (!m_engine.apps().find(candidate).ok()) {
            in.name = candidate;
            break;
        }
    }
    const AppRegistration original = *app;
    auto add = [this](const AppInput& input) {
        m_engine.apps().add(input, this, [this](Result<AppRegistration> r) {
            if (!r.ok()) {
                m_status->setText(r.error().fullMessage());
                Q_EMIT operationFinished(false, r.error().fullMessage());
                return;
            }
            reload();
            selectApp(r->id);
            m_status->setText(tr("Added \"%1\".").arg(r->name));
            Q_EMIT appSaved(r->id);
            Q_EMIT operationFinished(true, {});
        });
    };
    if (!original.hasClientSecret && !original.hasPrivateKey) {
        add(in);
        return;
    }
    // The copy gets the same secrets: read from the secret store, never shown.
    m_engine.apps().readSecrets(original.id, this, [this, in, add](Result<SecretRecord> s) {
        if (!s.ok()) {
            m_status->setText(s.error().fullMessage());
            Q_EMIT operationFinished(false, s.error().fullMessage());
            return;
        }
        AppInput withSecrets = in;
        withSecrets.clientSecret = s->value(QStringLiteral("client_secret"));
        withSecrets.privateKeyPem = s->value(QStringLiteral("private_key"));
        add(withSecrets);
    });
}

void AppsSettingsPage::removeSelected()
{
    Result<AppRegistration> app = m_engine.apps().find(selectedAppId());
    if (!app.ok())
        return;
    const QStringList users = m_engine.apps().accountsUsing(app->id);
    QString text = tr("Remove the app registration \"%1\" and its secrets?").arg(app->name);
    if (!users.isEmpty()) {
        text += QLatin1Char('\n')
                + tr("These accounts use it and will stop working until they are connected "
                     "with another app: %1.")
                      .arg(users.join(QStringLiteral(", ")));
    }
    if (!MessageBoxes::confirm(this, tr("Remove the app registration"), text, tr("Remove")))
        return;
    const QString name = app->name;
    m_engine.apps().remove(app->id, !users.isEmpty(), this, [this, name](Status s) {
        if (!s.ok()) {
            m_status->setText(s.error().fullMessage());
            Q_EMIT operationFinished(false, s.error().fullMessage());
            return;
        }
        reload();
        m_status->setText(tr("Removed \"%1\".").arg(name));
        Q_EMIT operationFinished(true, {});
    });
}

void AppsSettingsPage::copyRedirectUri()
{
    if (!m_redirect->text().isEmpty()) {
        QApplication::clipboard()->setText(m_redirect->text());
        m_status->setText(tr("Copied the redirect URI."));
    }
}

// ---------------------------------------------------------------------------------------------
// Network

NetworkSettingsPage::NetworkSettingsPage(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("networkSettingsPage"));
    auto* layout = new QVBoxLayout(this);

    auto* proxyBox = new QGroupBox(tr("Proxy"), this);
    auto* proxyLayout = new QFormLayout(proxyBox);
    m_system = new QRadioButton(tr("Use the &system's proxy settings"), proxyBox);
    m_system->setObjectName(QStringLiteral("systemProxyRadioButton"));
    m_manual = new QRadioButton(tr("&Manual proxy (HTTP)"), proxyBox);
    m_manual->setObjectName(QStringLiteral("manualProxyRadioButton"));
    m_none = new QRadioButton(tr("&No proxy"), proxyBox);
    m_none->setObjectName(QStringLiteral("noProxyRadioButton"));
    auto* group = new QButtonGroup(this);
    for (QRadioButton* b : {m_system, m_manual, m_none}) {
        group->addButton(b);
        proxyLayout->addRow(b);
    }
    m_proxyHost = new QLineEdit(proxyBox);
    m_proxyHost->setObjectName(QStringLiteral("proxyHostLineEdit"));
    m_proxyPort = new QSpinBox(proxyBox);
    m_proxyPort->setObjectName(QStringLiteral("proxyPortSpinBox"));
    m_proxyPort->setRange(1, 65535);
    proxyLayout->addRow(tr("Proxy &host:"), m_proxyHost);
    proxyLayout->addRow(tr("Proxy &port:"), m_proxyPort);
    connect(group, &QButtonGroup::buttonToggled, this, [this] { updateProxyFields(); });
    layout->addWidget(proxyBox);

    auto* timeBox = new QGroupBox(tr("Timeouts"), this);
    auto* timeLayout = new QFormLayout(timeBox);
    auto seconds = [&](const QString& name) {
        auto* s = new QSpinBox(timeBox);
        s->setObjectName(name);
        s->setRange(AppSettings::MinTimeoutSeconds, AppSettings::MaxTimeoutSeconds);
        s->setSuffix(tr(" s"));
        return s;
    };
    m_connectTimeout = seconds(QStringLiteral("connectTimeoutSpinBox"));
    m_transferTimeout = seconds(QStringLiteral("transferTimeoutSpinBox"));
    timeLayout->addRow(tr("&Connect:"), m_connectTimeout);
    timeLayout->addRow(tr("&Transfer (whole request):"), m_transferTimeout);
    layout->addWidget(timeBox);

    auto* trustBox = new QGroupBox(tr("Trusted self-signed certificates"), this);
    auto* trustLayout = new QVBoxLayout(trustBox);
    auto* note = new QLabel(tr("For your own servers only: the server host of an app registration "
                               "(never a host of a built-in provider such as Box). A certificate "
                               "is trusted for one host and port after you have compared its "
                               "SHA-256 fingerprint with the one the server's administrator "
                               "gives you."),
                            trustBox);
    note->setWordWrap(true);
    trustLayout->addWidget(note);
    m_trusted = new QListWidget(trustBox);
    m_trusted->setObjectName(QStringLiteral("trustedHostsListWidget"));
    trustLayout->addWidget(m_trusted);
    auto* row = new QHBoxLayout;
    m_trustHost = new QLineEdit(trustBox);
    m_trustHost->setObjectName(QStringLiteral("trustHostLineEdit"));
    m_trustHost->setPlaceholderText(tr("server.example.com"));
    m_trustPort = new QSpinBox(trustBox);
    m_trustPort->setObjectName(QStringLiteral("trustPortSpinBox"));
    m_trustPort->setRange(1, 65535);
    m_trustPort->setValue(443);
    m_fetch = new QPushButton(tr("&Show certificate"), trustBox);
    m_fetch->setObjectName(QStringLiteral("fetchCertificatePushButton"));
    auto* remove = new QPushButton(tr("Remo&ve"), trustBox);
    remove->setObjectName(QStringLiteral("removeTrustedPushButton"));
    row->addWidget(m_trustHost, 1);
    row->addWidget(m_trustPort);
    row->addWidget(m_fetch);
    row->addWidget(remove);
    trustLayout->addLayout(row);
    m_fingerprintLabel = new QLabel(trustBox);
    m_fingerprintLabel->setObjectName(QStringLiteral("fingerprintLabel"));
    m_fingerprintLabel->setWordWrap(true);
    m_fingerprintLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    trustLayout->addWidget(m_fingerprintLabel);
    m_trust = new QPushButton(tr("&Trust this certificate for this host and port"), trustBox);
    m_trust->setObjectName(QStringLiteral("trustCertificatePushButton"));
    m_trust->setEnabled(false);
    trustLayout->addWidget(m_trust);
    layout->addWidget(trustBox);
    layout->addStretch();

    connect(m_fetch, &QPushButton::clicked, this, &NetworkSettingsPage::fetchCertificate);
    connect(m_trust, &QPushButton::clicked, this, &NetworkSettingsPage::trustShownCertificate);
    connect(remove, &QPushButton::clicked, this, &NetworkSettingsPage::removeTrusted);
    // Another host or port: what was shown no longer applies.
    auto forgetShown = [this] {
        m_shownFingerprint.clear();
        m_shownEndpoint.clear();
        m_fingerprintLabel->clear();
        m_trust->setEnabled(false);
    };
    connect(m_trustHost, &QLineEdit::textEdited, this, forgetShown);
    connect(m_trustPort, &QSpinBox::valueChanged, this, forgetShown);
    load(AppSettings());
}

void NetworkSettingsPage::load(const AppSettings& s)
{
    m_system->setChecked(s.proxyMode == AppSettings::ProxyMode::System);
    m_manual->setChecked(s.proxyMode == AppSettings::ProxyMode::Manual);
    m_none->setChecked(s.proxyMode == AppSettings::ProxyMode::None);
    m_proxyHost->setText(s.proxyHost);
    m_proxyPort->setValue(s.proxyPort);
    m_connectTimeout->setValue(s.connectTimeoutSeconds);
    m_transferTimeout->setValue(s.transferTimeoutSeconds);
    m_trustedHosts = s.trustedHosts;
    rebuildTrusted();
    updateProxyFields();
}

void NetworkSettingsPage::store(AppSettings& s) const
{
    s.proxyMode = m_manual->isChecked() ? AppSettings::ProxyMode::Manual
                  : m_none->isChecked() ? AppSettings::ProxyMode::None
                                        : AppSettings::ProxyMode::System;
    s.proxyHost = m_proxyHost->text().trimmed();
    s.proxyPort = m_proxyPort->value();
    if (s.proxyMode == AppSettings::ProxyMode::Manual && s.proxyHost.isEmpty())
        s.proxyMode = AppSettings::ProxyMode::System;
    s.connectTimeoutSeconds = m_connectTimeout->value();
    s.transferTimeoutSeconds = m_transferTimeout->value();
    s.trustedHosts = m_trustedHosts;
}

void NetworkSettingsPage::updateProxyFields()
{
    m_proxyHost->setEnabled(m_manual->isChecked());
    m_proxyPort->setEnabled(m_manual->isChecked());
}

void NetworkSettingsPage::setTrustCheck(TrustCheck check)
{
    m_trustCheck = std::move(check);
    rebuildTrusted();
}

QString NetworkSettingsPage::trustRefusal(const QString& endpoint) const
{
    QString host;
    quint16 port = 0;
    if (!UrlPolicy::splitEndpoint(endpoint, &host, &port))
        return tr("\"%1\" is not a host name or address.").arg(endpoint);
    return m_trustCheck ? m_trustCheck(host, port) : QString();
}

void NetworkSettingsPage::rebuildTrusted()
{
    m_trusted->clear();
    for (auto it = m_trustedHosts.begin(); it != m_trustedHosts.end(); ++it) {
        // The fingerprint first: it is what the admin compares.
        QString text = tr("SHA-256 %1 — %2").arg(it.value(), it.key());
        const QString refusal = trustRefusal(it.key());
        if (!refusal.isEmpty())
            text += QLatin1Char('\n') + tr("Ignored: %1").arg(refusal);
        auto* item = new QListWidgetItem(text);
        item->setData(Qt::UserRole, it.key());
        item->setToolTip(refusal);
        if (!refusal.isEmpty())
            item->setForeground(palette().brush(QPalette::Disabled, QPalette::Text));
        m_trusted->addItem(item);
    }
}

void NetworkSettingsPage::fetchCertificate()
{
    Result<QString> normalized = UrlPolicy::normalizeHost(m_trustHost->text());
    QString host;
    quint16 port = 0;
    if (!normalized.ok() || !UrlPolicy::splitEndpoint(*normalized, &host, &port)) {
        m_fingerprintLabel->setText(normalized.ok() ? tr("The server host is not valid.")
                                                    : normalized.error().message);
        return;
    }
    // A port typed with the host wins over the port box (and is shown there).
    if (QUrl(QStringLiteral("https://") + *normalized).port() > 0)
        m_trustPort->setValue(port);
    port = quint16(m_trustPort->value());
    const QString endpoint = UrlPolicy::endpointKey(host, port);
    m_fetch->setEnabled(false);
    m_trust->setEnabled(false);
    m_fingerprintLabel->setText(tr("Fetching the certificate of %1…").arg(endpoint));
    // Through the proxy these settings would use, to meet the certificate requests will meet.
    AppSettings current;
    store(current);
    CertificateProbe::fetch(
        host, port, current.proxyFor(host, port), 15000, this,
        [this, endpoint](Result<QSslCertificate> c) {
            m_fetch->setEnabled(true);
            if (!c.ok()) {
                m_fingerprintLabel->setText(c.error().message);
                return;
            }
            m_shownEndpoint = endpoint;
            m_shownFingerprint = fingerprintText(HttpClient::fingerprintOf(*c));
            const QString subject = c->subjectDisplayName();
            QString text =
                tr("SHA-256 fingerprint: %4\n%1 presents a certificate for \"%2\", valid until "
                   "%3.\nCompare the fingerprint with the one the server's administrator gives "
                   "you before trusting it.")
                    .arg(endpoint, subject,
                         QLocale().toString(c->expiryDate().toLocalTime(), QLocale::ShortFormat),
                         m_shownFingerprint);
            const QString refusal = trustRefusal(endpoint);
            if (!refusal.isEmpty())
                text += QLatin1Char('\n') + tr("It cannot be trusted here: %1").arg(refusal);
            m_fingerprintLabel->setText(text);
            m_trust->setEnabled(refusal.isEmpty());
            Q_EMIT certificateShown(m_shownFingerprint);
        });
}

void NetworkSettingsPage::trustShownCertificate()
{
    // Only what was fetched and shown can be trusted; nothing is trusted blindly.
    if (m_shownFingerprint.isEmpty() || m_shownEndpoint.isEmpty())
        return;
    if (const QString refusal = trustRefusal(m_shownEndpoint); !refusal.isEmpty()) {
        m_fingerprintLabel->setText(tr("It cannot be trusted here: %1").arg(refusal));
        m_trust->setEnabled(false);
        return;
    }
    if (!MessageBoxes::confirm(this, tr("Trust a self-signed certificate"),
                               tr("Trust the certificate with SHA-256 fingerprint\n%1\nfor %2? "
                                  "Connections to %2 will accept this certificate and no other.")
                                   .arg(m_shownFingerprint, m_shownEndpoint),
                               tr("Trust")))
        return;
    m_trustedHosts.insert(m_shownEndpoint, m_shownFingerprint);
    rebuildTrusted();
    m_trust->setEnabled(false);
}

void NetworkSettingsPage::removeTrusted()
{
    QListWidgetItem* item = m_trusted->currentItem();
    if (!item)
        return;
    m_trustedHosts.remove(item->data(Qt::UserRole).toString());
    rebuildTrusted();
}

// ---------------------------------------------------------------------------------------------
// Security

SecuritySettingsPage::SecuritySettingsPage(Engine& engine, QWidget* parent)
    : QWidget(parent)
    , m_engine(engine)
{
    setObjectName(QStringLiteral("securitySettingsPage"));
    auto* layout = new QFormLayout(this);
    m_store = new QLabel(this);
    m_store->setObjectName(QStringLiteral("secretStoreLabel"));
    m_store->setWordWrap(true);
    m_store->setText(m_engine.secrets().displayName());
    layout->addRow(tr("Secrets are kept in:"), m_store);
    m_storeChoice = new QComboBox(this);
    m_storeChoice->setObjectName(QStringLiteral("secretStoreComboBox"));
    m_storeChoice->addItem(tr("The system keychain (recommended)"), QStringLiteral("keychain"));
    m_storeChoice->addItem(tr("An encrypted vault file, unlocked with a passphrase at start"),
                           QStringLiteral("vault"));
    m_storeChoice->setToolTip(
        tr("For machines without a keychain. Takes effect at the next start; secrets already "
           "stored stay where they are (move them with File → Export and Import)."));
    layout->addRow(tr("&Keep secrets in (next start):"), m_storeChoice);
    m_exports =
        new QCheckBox(tr("&Exports may include secrets (encrypted with a passphrase)"), this);
    m_exports->setObjectName(QStringLiteral("exportsMayIncludeSecretsCheckBox"));
    layout->addRow(m_exports);
    m_policy = new QLabel(this);
    m_policy->setObjectName(QStringLiteral("policyLabel"));
    m_policy->setWordWrap(true);
    layout->addRow(tr("Organization policy:"), m_policy);

    const AdminPolicy& policy = m_engine.catalog().policy();
    if (!policy.present) {
        m_policy->setText(tr("None (%1 does not exist).").arg(AdminPolicy::defaultPath()));
    } else {
        QStringList lines{tr("Managed by your organization (%1).").arg(policy.path)};
        // A policy that is not valid denies everything: its warning says why, lists would not.
        if (!policy.broken()) {
            if (policy.allowedProviders) {
                QStringList ids(policy.allowedProviders->begin(), policy.allowedProviders->end());
                ids.sort();
                lines.append(tr("Providers allowed: %1").arg(ids.join(QStringLiteral(", "))));
            }
            if (!policy.deniedProviders.isEmpty()) {
                QStringList ids(policy.deniedProviders.begin(), policy.deniedProviders.end());
                ids.sort();
                lines.append(tr("Providers not allowed: %1").arg(ids.join(QStringLiteral(", "))));
            }
            if (policy.allowedSchemes) {
                QStringList ids(policy.allowedSchemes->begin(), policy.allowedSchemes->end());
                ids.sort();
                lines.append(tr("Sign-in methods allowed: %1").arg(ids.join(QStringLiteral(", "))));
            }
            if (!policy.deniedSchemes.isEmpty()) {
                QStringList ids(policy.deniedSchemes.begin(), policy.deniedSchemes.end());
                ids.sort();
                lines.append(
                    tr("Sign-in methods not allowed: %1").arg(ids.join(QStringLiteral(", "))));
            }
        }
        lines.append(policy.warnings);
        m_policy->setText(lines.join(QLatin1Char('\n')));
    }
    if (policy.exportsMayIncludeSecrets) {
        m_exports->setEnabled(false);
        m_exports->setToolTip(tr("Managed by your organization"));
        m_exports->setText(m_exports->text() + tr(" — managed by your organization"));
    }
}

void SecuritySettingsPage::load(const AppSettings& s)
{
    const std::optional<bool> forced = m_engine.catalog().policy().exportsMayIncludeSecrets;
    m_exports->setChecked(forced ? *forced : s.exportsMayIncludeSecrets);
    m_storeChoice->setCurrentIndex(std::max(0, m_storeChoice->findData(s.secretStore)));
}

void SecuritySettingsPage::store(AppSettings& s) const
{
    if (m_exports->isEnabled())
        s.exportsMayIncludeSecrets = m_exports->isChecked();
    s.secretStore = m_storeChoice->currentData().toString();
}

// ---------------------------------------------------------------------------------------------
// General

GeneralSettingsPage::GeneralSettingsPage(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("generalSettingsPage"));
    auto* layout = new QFormLayout(this);
    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("languageComboBox"));
    for (const QString& code : AppSettings::availableLanguages()) {
        const QLocale locale(code);
        const QString name =
            code == QLatin1String("system") ? tr("The system's language")
            : code == QLatin1String("en")
                ? QStringLiteral("English")
                : locale.nativeLanguageName() + QStringLiteral(" (") + code + QLatin1Char(')');
        m_language->addItem(name, code);
    }
    layout->addRow(tr("&Language (after a restart):"), m_language);
    m_startWithSystem = new QCheckBox(tr("&Start AuthDeck when I log in"), this);
    m_startWithSystem->setObjectName(QStringLiteral("startWithSystemCheckBox"));
    layout->addRow(m_startWithSystem);
    m_notify = new QCheckBox(tr("&Notify me when an account needs attention"), this);
    m_notify->setObjectName(QStringLiteral("notifyCheckBox"));
    layout->addRow(m_notify);
    load(AppSettings());
}

void GeneralSettingsPage::load(const AppSettings& s)
{
    const int i = m_language->findData(s.language);
    m_language->setCurrentIndex(i < 0 ? 0 : i);
    m_startWithSystem->setChecked(s.startWithSystem);
    m_notify->setChecked(s.notifyNeedsAttention);
}

void GeneralSettingsPage::store(AppSettings& s) const
{
    s.language = m_language->currentData().toString();
    s.startWithSystem = m_startWithSystem->isChecked();
    s.notifyNeedsAttention = m_notify->isChecked();
}

} // namespace authdeck::ui
