#include "AppEditorWidget.h"
#include "SvgIcon.h"
#include "Theme.h"

#include "SecretLineEdit.h"

#include "auth/Discovery.h"
#include "core/OffThread.h"
#include "crypto/Certificate.h"
#include "crypto/RsaKey.h"
#include "engine/Engine.h"
#include "providers/ProviderCatalog.h"
#include "providers/UnifiedScopes.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

namespace authdeck::ui {

namespace {

QLineEdit* lineEdit(QWidget* parent, const QString& objectName, const QString& accessibleName)
{
    auto* e = new QLineEdit(parent);
    e->setObjectName(objectName);
    e->setAccessibleName(accessibleName);
    e->setClearButtonEnabled(true);
    return e;
}

} // namespace

AppEditorWidget::AppEditorWidget(Engine& engine, QWidget* parent)
    : QWidget(parent)
    , m_engine(engine)
{
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto* form = new QFormLayout;
    m_form = form;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    outer->addLayout(form);

    m_providerCombo = new QComboBox(this);
    m_providerCombo->setObjectName(QStringLiteral("providerComboBox"));
    m_providerCombo->setAccessibleName(tr("Provider"));
    for (const Provider& p : engine.catalog().providers()) {
        bool usesApps = false;
        for (Scheme s : p.schemes())
            usesApps |= s == Scheme::OAuth2 || s == Scheme::Jwt || s == Scheme::ClientCredentials;
        if (!usesApps)
            continue;
        m_providerCombo->addItem(svgIcon(QStringLiteral(":/icons/") + p.icon), p.name, p.id);
    }
    form->addRow(tr("&Provider:"), m_providerCombo);

    m_schemeCombo = new QComboBox(this);
    m_schemeCombo->setObjectName(QStringLiteral("schemeComboBox"));
    m_schemeCombo->setAccessibleName(tr("Authentication method"));
    form->addRow(tr("&Method:"), m_schemeCombo);

    m_docsLabel = new QLabel(this);
    m_docsLabel->setObjectName(QStringLiteral("docsLabel"));
    m_docsLabel->setOpenExternalLinks(true);
    m_docsLabel->setTextInteractionFlags(Qt::TextBrowserInteraction);
    form->addRow(QString(), m_docsLabel);

    m_nameEdit = lineEdit(this, QStringLiteral("nameLineEdit"), tr("Name"));
    m_nameEdit->setPlaceholderText(tr("For example: Corp Box"));
    form->addRow(tr("N&ame:"), m_nameEdit);

    m_issuerEdit = lineEdit(this, QStringLiteral("issuerLineEdit"), tr("Issuer"));
    m_issuerEdit->setPlaceholderText(tr("https://login.example.com/realms/corp"));
    m_issuerEdit->setToolTip(tr("The server's issuer URL: its endpoints, PKCE and client "
                                "authentication are read from its discovery metadata."));
    form->addRow(tr("&Issuer:"), m_issuerEdit);

    m_clientIdEdit = lineEdit(this, QStringLiteral("clientIdLineEdit"), tr("Client ID"));
    form->addRow(tr("&Client ID:"), m_clientIdEdit);

    m_secretEdit = new SecretLineEdit(this);
    m_secretEdit->setObjectName(QStringLiteral("clientSecretLineEdit"));
    m_secretEdit->setAccessibleName(tr("Client secret"));
    form->addRow(tr("Client &secret:"), m_secretEdit);

    m_publicKeyIdEdit = lineEdit(this, QStringLiteral("publicKeyIdLineEdit"), tr("Public Key ID"));
    m_publicKeyIdEdit->setPlaceholderText(
        tr("Shown next to the public key in the developer console"));
    m_enterpriseIdEdit =
        lineEdit(this, QStringLiteral("enterpriseIdLineEdit"), tr("Enterprise ID"));
    m_enterpriseIdEdit->setPlaceholderText(tr("Admin Console → Account & Billing"));
    m_keyFileEdit =
        lineEdit(this, QStringLiteral("privateKeyFileLineEdit"), tr("Private key file"));
    m_keyFileEdit->setPlaceholderText(tr("Optional: a PEM key that signs client assertions"));
    m_certificateFileEdit =
        lineEdit(this, QStringLiteral("certificateFileLineEdit"), tr("Certificate file"));
    m_certificateFileEdit->setPlaceholderText(tr("Optional: the key's certificate (x5t#S256)"));
    m_keyPassphraseEdit = new SecretLineEdit(this);
    m_keyPassphraseEdit->setObjectName(QStringLiteral("keyPassphraseLineEdit"));
    m_keyPassphraseEdit->setAccessibleName(tr("Key passphrase"));
    m_keyFileRow = fileRow(m_keyFileEdit, tr("Private key (PEM)"));
    m_certificateFileRow = fileRow(m_certificateFileEdit, tr("Certificate (PEM)"));
    form->addRow(tr("Private key &file:"), m_keyFileRow);
    form->addRow(tr("Certificate fi&le:"), m_certificateFileRow);
    form->addRow(tr("Key passp&hrase:"), m_keyPassphraseEdit);
    form->addRow(tr("Public &Key ID:"), m_publicKeyIdEdit);
    form->addRow(tr("En&terprise ID:"), m_enterpriseIdEdit);

    m_scopesList = new QListWidget(this);
    m_scopesList->setObjectName(QStringLiteral("scopesListWidget"));
    m_scopesList->setAccessibleName(tr("Scopes"));
    m_scopesList->setMinimumHeight(90);
    m_scopesList->setMaximumHeight(170);
    m_scopesList->setUniformItemSizes(true);
    m_scopesList->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_scopesList->setTextElideMode(Qt::ElideRight);
    form->addRow(tr("Sc&opes:"), m_scopesList);
    m_customScopesEdit =
        lineEdit(this, QStringLiteral("customScopesLineEdit"), tr("Custom scopes"));
    m_customScopesEdit->setPlaceholderText(
        tr("Other scopes or AuthDeck scopes (files.read), separated by spaces"));
    form->addRow(tr("C&ustom scopes:"), m_customScopesEdit);
    m_unifiedScopesLabel = new QLabel(this);
    m_unifiedScopesLabel->setObjectName(QStringLiteral("unifiedScopesLabel"));
    m_unifiedScopesLabel->setAccessibleName(tr("What the AuthDeck scopes become"));
    m_unifiedScopesLabel->setWordWrap(true);
    m_unifiedScopesLabel->setTextFormat(Qt::PlainText);
    form->addRow(QString(), m_unifiedScopesLabel);

    auto* portRow = new QHBoxLayout;
    m_portRow = portRow;
    m_fixedPortCheck = new QCheckBox(tr("Use a fixed re&direct port"), this);
    m_fixedPortCheck->setObjectName(QStringLiteral("fixedPortCheckBox"));
    m_fixedPortCheck->setToolTip(
        tr("Only for providers that match the redirect URI's port exactly; "
           "otherwise AuthDeck picks a free port each time."));
    m_portSpin = new QSpinBox(this);
    m_portSpin->setObjectName(QStringLiteral("redirectPortSpinBox"));
    m_portSpin->setAccessibleName(tr("Redirect port"));
    m_portSpin->setRange(1024, 65535);
    m_portSpin->setValue(53682);
    m_portSpin->setEnabled(false);
    portRow->addWidget(m_fixedPortCheck);
    portRow->addWidget(m_portSpin);
    portRow->addStretch();
    form->addRow(tr("Redirect:"), portRow);

    auto* redirectRow = new QHBoxLayout;
    m_redirectRow = redirectRow;
    m_redirectLabel = new QLabel(this);
    m_redirectLabel->setObjectName(QStringLiteral("redirectUriLabel"));
    m_redirectLabel->setTextInteractionFlags(Qt::TextSelectableByMouse
                                             | Qt::TextSelectableByKeyboard);
    m_copyRedirectButton = new QToolButton(this);
    m_copyRedirectButton->setObjectName(QStringLiteral("copyRedirectUriToolButton"));
    m_copyRedirectButton->setText(tr("Copy"));
    m_copyRedirectButton->setAccessibleName(tr("Copy the redirect URI"));
    redirectRow->addWidget(m_redirectLabel, 1);
    redirectRow->addWidget(m_copyRedirectButton);
    form->addRow(tr("Register this\nredirect URI:"), redirectRow);

    m_advancedCheck = new QCheckBox(tr("Override the provider's &endpoints (advanced)"), this);
    m_advancedCheck->setObjectName(QStringLiteral("advancedCheckBox"));
    outer->addWidget(m_advancedCheck);
    m_advancedBox = new QWidget(this);
    m_advancedBox->setObjectName(QStringLiteral("advancedWidget"));
    auto* advanced = new QFormLayout(m_advancedBox);
    advanced->setContentsMargins(0, 0, 0, 0);
    m_authorizeEdit =
        lineEdit(m_advancedBox, QStringLiteral("authorizeUrlLineEdit"), tr("Authorization URL"));
    m_tokenEdit = lineEdit(m_advancedBox, QStringLiteral("tokenUrlLineEdit"), tr("Token URL"));
    m_revokeEdit =
        lineEdit(m_advancedBox, QStringLiteral("revokeUrlLineEdit"), tr("Revocation URL"));
    m_apiBaseEdit = lineEdit(m_advancedBox, QStringLiteral("apiBaseLineEdit"), tr("API base URL"));
    advanced->addRow(tr("Authorization URL:"), m_authorizeEdit);
    advanced->addRow(tr("Token URL:"), m_tokenEdit);
    advanced->addRow(tr("Revocation URL:"), m_revokeEdit);
    advanced->addRow(tr("API base URL:"), m_apiBaseEdit);
    outer->addWidget(m_advancedBox);
    m_advancedBox->setVisible(false);
    connect(m_advancedCheck, &QCheckBox::toggled, m_advancedBox, &QWidget::setVisible);

    m_problemLabel = new QLabel(this);
    m_problemLabel->setObjectName(QStringLiteral("problemLabel"));
    m_problemLabel->setWordWrap(true);
    QPalette pal = m_problemLabel->palette();
    pal.setColor(QPalette::WindowText, errorColor(pal));
    m_problemLabel->setPalette(pal);
    outer->addWidget(m_problemLabel);
    outer->addStretch();

    connect(m_providerCombo, &QComboBox::currentIndexChanged, this,
            &AppEditorWidget::providerChanged);
    connect(m_schemeCombo, &QComboBox::currentIndexChanged, this, &AppEditorWidget::schemeChanged);
    for (QLineEdit* e : {m_nameEdit, m_clientIdEdit, m_customScopesEdit, m_publicKeyIdEdit,
                         m_enterpriseIdEdit, m_authorizeEdit, m_tokenEdit, m_revokeEdit,
                         m_apiBaseEdit, m_issuerEdit, m_keyFileEdit, m_certificateFileEdit})
        connect(e, &QLineEdit::textChanged, this, &AppEditorWidget::revalidate);
    connect(m_secretEdit, &SecretLineEdit::textChanged, this, &AppEditorWidget::revalidate);
    connect(m_scopesList, &QListWidget::itemChanged, this, &AppEditorWidget::revalidate);
    connect(m_fixedPortCheck, &QCheckBox::toggled, m_portSpin, &QSpinBox::setEnabled);
    connect(m_fixedPortCheck, &QCheckBox::toggled, this, &AppEditorWidget::revalidate);
    connect(m_portSpin, &QSpinBox::valueChanged, this, &AppEditorWidget::revalidate);
    connect(m_advancedCheck, &QCheckBox::toggled, this, &AppEditorWidget::revalidate);
    connect(m_copyRedirectButton, &QToolButton::clicked, this,
            [this] { QApplication::clipboard()->setText(redirectUri()); });

    startNew();
}

const Provider* AppEditorWidget::provider() const
{
    return m_engine.catalog().find(m_providerCombo->currentData().toString());
}

std::optional<Scheme> AppEditorWidget::scheme() const
{
    return schemeFromId(m_schemeCombo->currentData().toString());
}

void AppEditorWidget::startNew(const QString& providerId, std::optional<Scheme> scheme)
{
    m_loading = true;
    m_editingId.clear();
    const int index =
        m_providerCombo->findData(providerId.isEmpty() ? QStringLiteral("box") : providerId);
    m_providerCombo->setCurrentIndex(std::max(0, index));
    m_providerCombo->setEnabled(true);
    providerChanged();
    if (scheme) {
        const int s = m_schemeCombo->findData(schemeId(*scheme));
        if (s >= 0)
            m_schemeCombo->setCurrentIndex(s);
    }
    m_nameEdit->clear();
    m_clientIdEdit->clear();
    m_secretEdit->clear();
    m_secretEdit->setPlaceholderText(tr("From the provider's developer console"));
    m_publicKeyIdEdit->clear();
    m_enterpriseIdEdit->clear();
    m_issuerEdit->clear();
    m_issuerEdit->setReadOnly(false);
    m_keyFileEdit->clear();
    m_certificateFileEdit->clear();
    m_keyPassphraseEdit->clear();
    m_loaded = AppRegistration();
    m_customScopesEdit->clear();
    m_fixedPortCheck->setChecked(provider() && provider()->oauth2
                                 && provider()->oauth2->fixedRedirectPort);
    m_advancedCheck->setChecked(false);
    for (QLineEdit* e : {m_authorizeEdit, m_tokenEdit, m_revokeEdit, m_apiBaseEdit})
        e->clear();
    m_loading = false;
    revalidate();
}

void AppEditorWidget::loadApp(const AppRegistration& app)
{
    m_loading = true;
    m_editingId = app.id;
    m_providerCombo->setCurrentIndex(std::max(0, m_providerCombo->findData(app.providerId)));
    m_providerCombo->setEnabled(false); // a registration belongs to its provider
    providerChanged();
    m_schemeCombo->setCurrentIndex(std::max(0, m_schemeCombo->findData(schemeId(app.scheme))));
    schemeChanged();
    m_nameEdit->setText(app.name);
    m_clientIdEdit->setText(app.clientId);
    m_secretEdit->clear();
    m_secretEdit->setPlaceholderText(
        app.hasClientSecret ? tr("Kept in the keychain; type to replace it") : tr("None stored"));
    for (const auto& [name, edit] : std::as_const(m_parameterEdits))
        edit->setText(app.parameters.value(name));
    // An AuthDeck scope goes back into the custom field when its mapping is still what the app
    // asks for, so saving the form keeps it.
    QStringList custom;
    if (const Provider* p = provider()) {
        for (const QString& u : app.unifiedScopes) {
            const QStringList mapped = p->unifiedScopes.value(u);
            if (!mapped.isEmpty()
                && std::all_of(mapped.begin(), mapped.end(),
                               [&](const QString& s) { return app.scopes.contains(s); }))
                custom.append(u);
        }
    }
    for (const QString& s : app.scopes) {
        bool found = false;
        for (int i = 0; i < m_scopesList->count(); ++i) {
            if (m_scopesList->item(i)->data(Qt::UserRole).toString() == s) {
                m_scopesList->item(i)->setCheckState(Qt::Checked);
                found = true;
            }
        }
        if (!found)
            custom.append(s);
    }
    for (int i = 0; i < m_scopesList->count(); ++i) {
        if (!app.scopes.contains(m_scopesList->item(i)->data(Qt::UserRole).toString()))
            m_scopesList->item(i)->setCheckState(Qt::Unchecked);
    }
    m_customScopesEdit->setText(custom.join(QLatin1Char(' ')));
    m_publicKeyIdEdit->setText(app.publicKeyId);
    m_enterpriseIdEdit->setText(app.enterpriseId);
    m_fixedPortCheck->setChecked(app.redirectPort > 0);
    if (app.redirectPort > 0)
        m_portSpin->setValue(app.redirectPort);
    m_authorizeEdit->setText(app.authorizeUrl);
    m_tokenEdit->setText(app.tokenUrl);
    m_revokeEdit->setText(app.revokeUrl);
    m_apiBaseEdit->setText(app.apiBase);
    m_advancedCheck->setChecked(!app.authorizeUrl.isEmpty() || !app.tokenUrl.isEmpty()
                                || !app.revokeUrl.isEmpty() || !app.apiBase.isEmpty());
    // What discovery found stays with the app; the issuer is shown, not edited.
    m_loaded = app;
    m_issuerEdit->setText(app.issuer);
    m_issuerEdit->setReadOnly(true);
    m_loading = false;
    revalidate();
}

void AppEditorWidget::providerChanged()
{
    const Provider* p = provider();
    const QSignalBlocker block(m_schemeCombo);
    m_schemeCombo->clear();
    if (p) {
        for (Scheme s : p->schemes()) {
            if (s == Scheme::OAuth2 || s == Scheme::Jwt || s == Scheme::ClientCredentials)
                m_schemeCombo->addItem(schemeDisplayName(s), schemeId(s));
        }
        m_docsLabel->setText(tr("<a href=\"%1\">How to create the app at %2</a>")
                                 .arg(p->docsUrl.toHtmlEscaped(), p->name.toHtmlEscaped()));
    }
    rebuildParameters();
    schemeChanged();
}

void AppEditorWidget::schemeChanged()
{
    const std::optional<Scheme> s = scheme();
    const bool oauth = s == Scheme::OAuth2;
    const Provider* p = provider();
    m_form->setRowVisible(m_issuerEdit, oauth && p && p->oauth2 && p->oauth2->discovery);
    // A client assertion's key: new OAuth 2.0 and client credentials apps (kid: Public Key ID).
    const bool assertion = !isEditing() && (s == Scheme::OAuth2 || s == Scheme::ClientCredentials);
    m_form->setRowVisible(m_keyFileRow, assertion);
    m_form->setRowVisible(m_certificateFileRow, assertion);
    m_form->setRowVisible(m_keyPassphraseEdit, assertion);
    m_form->setRowVisible(m_publicKeyIdEdit, s == Scheme::Jwt);
    m_form->setRowVisible(m_enterpriseIdEdit, s == Scheme::Jwt || s == Scheme::ClientCredentials);
    m_form->setRowVisible(m_portRow, oauth);
    m_form->setRowVisible(m_redirectRow, oauth);
    m_form->setRowVisible(m_scopesList, oauth);
    m_form->setRowVisible(m_customScopesEdit, oauth);
    m_form->setRowVisible(m_unifiedScopesLabel, false);
    rebuildScopes();
    revalidate();
}

void AppEditorWidget::rebuildParameters()
{
    for (const auto& [name, edit] : std::as_const(m_parameterEdits))
        m_form->removeRow(edit);
    m_parameterEdits.clear();
    const Provider* p = provider();
    if (!p)
        return;
    int row = 0;
    QFormLayout::ItemRole role;
    m_form->getWidgetPosition(m_secretEdit, &row, &role);
    for (const ParameterSpec& spec : p->parameters) {
        auto* edit = lineEdit(this, spec.name + QStringLiteral("LineEdit"), spec.label);
        edit->setPlaceholderText(spec.placeholder.isEmpty() ? spec.defaultValue : spec.placeholder);
        edit->setToolTip(spec.help);
        if (!spec.defaultValue.isEmpty() && !isEditing())
            edit->setText(spec.defaultValue);
        connect(edit, &QLineEdit::textChanged, this, &AppEditorWidget::revalidate);
        m_form->insertRow(++row, spec.label + QLatin1Char(':'), edit);
        m_parameterEdits.append({spec.name, edit});
    }
}

void AppEditorWidget::rebuildScopes()
{
    const QSignalBlocker block(m_scopesList);
    m_scopesList->clear();
    const Provider* p = provider();
    if (!p)
        return;
    const QStringList defaults = p->oauth2 ? p->oauth2->defaultScopes : QStringList();
    for (const ScopeInfo& s : p->scopes) {
        auto* item = new QListWidgetItem(s.description, m_scopesList);
        item->setData(Qt::UserRole, s.id);
        QString tip =
            s.onRequest ? tr("%1 (granted on request by the provider's support)").arg(s.id) : s.id;
        QStringList unified;
        for (auto it = p->unifiedScopes.begin(); it != p->unifiedScopes.end(); ++it) {
            if (it.value().contains(s.id))
                unified.append(it.key());
        }
        if (!unified.isEmpty())
            tip += u'\n' + tr("Part of the AuthDeck scopes: %1").arg(unified.join(u", "));
        item->setToolTip(tip);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        item->setCheckState(defaults.contains(s.id) ? Qt::Checked : Qt::Unchecked);
    }
    const bool scoped = scheme() == Scheme::OAuth2;
    m_scopesList->setEnabled(scoped);
    m_customScopesEdit->setEnabled(scoped && (p->customScopes || !p->unifiedScopes.isEmpty()));
    // The provider's mapping, for the admin who types AuthDeck scopes.
    QStringList mapping;
    for (auto it = p->unifiedScopes.begin(); it != p->unifiedScopes.end(); ++it)
        mapping.append(tr("%1: %2").arg(it.key(), it.value().join(u' ')));
    m_customScopesEdit->setToolTip(
        mapping.isEmpty()
            ? tr("%1 has no AuthDeck scopes; give its own scope names.").arg(p->name)
            : tr("AuthDeck scopes for %1, or files.read[%2:SCOPE] and %2:SCOPE to choose its own "
                 "scopes:\n%3")
                  .arg(p->name, p->id, mapping.join(u'\n')));
}

AppInput AppEditorWidget::input() const
{
    AppInput in;
    const Provider* p = provider();
    in.providerId = p ? p->id : QString();
    in.scheme = scheme();
    in.name = m_nameEdit->text();
    in.clientId = m_clientIdEdit->text();
    if (!m_secretEdit->isEmpty())
        in.clientSecret = m_secretEdit->secret();
    for (const auto& [name, edit] : m_parameterEdits) {
        if (!edit->text().trimmed().isEmpty())
            in.parameters.insert(name, edit->text().trimmed());
    }
    if (in.scheme == Scheme::OAuth2) {
        for (int i = 0; i < m_scopesList->count(); ++i) {
            if (m_scopesList->item(i)->checkState() == Qt::Checked)
                in.scopes.append(m_scopesList->item(i)->data(Qt::UserRole).toString());
        }
        // Whole: the engine splits it, keeping files.read[box:a, box:b] together.
        if (!m_customScopesEdit->text().trimmed().isEmpty())
            in.scopes.append(m_customScopesEdit->text());
        if (m_fixedPortCheck->isChecked())
            in.redirectPort = m_portSpin->value();
    }
    in.publicKeyId = m_publicKeyIdEdit->text();
    in.enterpriseId = m_enterpriseIdEdit->text();
    if (m_advancedCheck->isChecked()) {
        in.authorizeUrl = m_authorizeEdit->text();
        in.tokenUrl = m_tokenEdit->text();
        in.revokeUrl = m_revokeEdit->text();
        in.apiBase = m_apiBaseEdit->text();
    }
    if (isEditing()) {
        in.issuer = m_loaded.issuer;
        in.deviceAuthorizationUrl = m_loaded.deviceAuthorizationUrl;
        in.userinfoUrl = m_loaded.userinfoUrl;
        in.issParameterRequired = m_loaded.issParameterRequired;
        in.clientAuth = m_loaded.clientAuth;
        in.certificateThumbprint = m_loaded.certificateThumbprint;
        in.algorithm = m_loaded.algorithm;
    }
    return in;
}

bool AppEditorWidget::secretChanged() const
{
    return !m_secretEdit->isEmpty();
}

QString AppEditorWidget::redirectUri() const
{
    return m_fixedPortCheck->isChecked()
               ? QStringLiteral("http://127.0.0.1:%1/callback").arg(m_portSpin->value())
               : QStringLiteral("http://127.0.0.1/callback");
}

QString AppEditorWidget::problem() const
{
    Result<ProfileStore::Snapshot> snapshot = m_engine.store().load();
    if (!snapshot.ok())
        return snapshot.error().message;
    ProfileStore::Snapshot others = *snapshot;
    others.apps.removeIf([&](const AppRegistration& a) { return a.id == m_editingId; });
    const AppInput in = input();
    Result<AppRegistration> checked = m_engine.apps().validate(in, others);
    if (!checked.ok())
        return checked.error().message;
    if (in.scheme == Scheme::OAuth2 && in.scopes.isEmpty())
        return tr("Choose at least one scope.");
    const Provider* p = provider();
    if (!isEditing() && in.scheme == Scheme::OAuth2 && p && p->oauth2 && p->oauth2->discovery
        && m_issuerEdit->text().trimmed().isEmpty() && in.tokenUrl.isEmpty())
        return tr("Give the server's issuer URL: AuthDeck reads its endpoints from it.");
    if (!m_certificateFileEdit->text().trimmed().isEmpty()
        && m_keyFileEdit->text().trimmed().isEmpty())
        return tr("A certificate needs its private key file as well.");
    if (!isEditing() && !m_issuerEdit->text().trimmed().isEmpty()) {
        if (Result<QUrl> issuer = Discovery::checkIssuer(m_issuerEdit->text()); !issuer.ok())
            return issuer.error().message;
    }
    return {};
}

void AppEditorWidget::revalidate()
{
    if (m_loading)
        return;
    m_redirectLabel->setText(redirectUri());
    // Endpoint placeholders show what the catalog would use.
    const Provider* p = provider();
    if (p && p->oauth2) {
        m_authorizeEdit->setPlaceholderText(p->oauth2->authorizeUrl);
        m_tokenEdit->setPlaceholderText(p->oauth2->tokenUrl);
        m_revokeEdit->setPlaceholderText(p->oauth2->revokeUrl);
    }
    if (p)
        m_apiBaseEdit->setPlaceholderText(p->apiBase);
    // Say nothing about empty required fields until the admin has typed something.
    const bool untouched =
        m_nameEdit->text().isEmpty() && m_clientIdEdit->text().isEmpty() && !isEditing();
    showUnifiedScopes();
    const QString why = problem();
    m_problemLabel->setText(untouched ? QString() : why);
    Q_EMIT validityChanged(why.isEmpty());
}

void AppEditorWidget::showUnifiedScopes()
{
    // What the AuthDeck scopes typed in the custom field become (the engine's own expansion);
    // a mistake in them is the problem label's to name.
    const Provider* p = provider();
    QStringList lines;
    if (p && scheme() == Scheme::OAuth2) {
        for (const QString& token : UnifiedScopes::tokens({m_customScopesEdit->text()})) {
            Result<UnifiedScopes::Expansion> e = m_engine.apps().expandScopes(*p, {token});
            if (e.ok() && !e->unified.isEmpty())
                lines.append(tr("%1 asks %2 for: %3")
                                 .arg(e->unified.join(u", "), p->name, e->scopes.join(u' ')));
        }
    }
    m_unifiedScopesLabel->setText(lines.join(u'\n'));
    m_form->setRowVisible(m_unifiedScopesLabel, !lines.isEmpty());
}

void AppEditorWidget::save(std::function<void(Result<AppRegistration>)> done)
{
    AppInput in = input();
    if (isEditing()) {
        m_engine.apps().update(m_editingId, in, secretChanged(), this, std::move(done));
        return;
    }
    const QString keyPath = m_keyFileEdit->text().trimmed();
    if (keyPath.isEmpty() || !m_keyFileRow->isVisibleTo(this)) {
        addNew(in, std::move(done));
        return;
    }
    // The key (an encrypted one costs a key derivation) and the certificate are read and
    // matched on a worker thread.
    struct Read {
        Status problem; // a file that cannot be read
        crypto::OpenedSigningKey opened;
    };
    const QString certPath = m_certificateFileEdit->text().trimmed();
    const SecretBytes passphrase = m_keyPassphraseEdit->secret();
    runOffThread(
        this,
        [keyPath, certPath, passphrase] {
            Read out;
            auto readFile = [&out](const QString& path) -> QByteArray {
                QFile f(path);
                if (!f.open(QIODevice::ReadOnly)) {
                    out.problem = fail(ErrorKind::BadInput,
                                       tr("Cannot read %1: %2.").arg(path, f.errorString()));
                    return {};
                }
                return f.read(crypto::RsaKey::MaxPemBytes + 1);
            };
            const SecretBytes keyPem(readFile(keyPath));
            const QByteArray certPem = certPath.isEmpty() ? QByteArray() : readFile(certPath);
            if (out.problem.ok())
                out.opened = crypto::openSigningKey(keyPem, passphrase, certPem);
            return out;
        },
        [this, in, done](const Read& read) mutable {
            if (!read.problem.ok()) {
                done(read.problem.error());
                return;
            }
            if (!read.opened.pkcs8Pem.ok()) {
                Error e = read.opened.pkcs8Pem.error();
                e.message = tr("The private key cannot be used: %1").arg(e.message);
                done(e);
                return;
            }
            if (!read.opened.certificate.ok()) {
                done(read.opened.certificate.error());
                return;
            }
            in.privateKeyPem = *read.opened.pkcs8Pem;
            in.certificateThumbprint = read.opened.thumbprint;
            in.clientAuth = QStringLiteral("private_key_jwt");
            addNew(in, done);
        });
}

QWidget* AppEditorWidget::fileRow(QLineEdit* edit, const QString& title)
{
    auto* row = new QWidget(this);
    // The label's Alt+letter lands in the path field (QLabel skips a buddy without a focus
    // policy, so the row takes one and hands the focus on).
    row->setFocusPolicy(Qt::StrongFocus);
    row->setFocusProxy(edit);
    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(edit, 1);
    auto* browse = new QToolButton(row);
    browse->setText(tr("Browse…"));
    browse->setObjectName(edit->objectName() + QStringLiteral("BrowseToolButton"));
    layout->addWidget(browse);
    connect(browse, &QToolButton::clicked, this, [this, edit, title] {
        const QString path = QFileDialog::getOpenFileName(this, title, QString(),
                                                          tr("PEM files (*.pem *.crt *.key);;All "
                                                             "files (*)"));
        if (!path.isEmpty())
            edit->setText(path);
    });
    return row;
}

void AppEditorWidget::addNew(AppInput in, std::function<void(Result<AppRegistration>)> done)
{
    const QString issuer = m_issuerEdit->text().trimmed();
    const Provider* p = provider();
    if (!issuer.isEmpty() && p && in.scheme == Scheme::OAuth2) {
        // Discovery first: the endpoints, PKCE and client authentication come from the server.
        auto* discovery = new Discovery(m_engine.http(), this);
        const Provider copy = *p;
        discovery->discover(
            issuer, this, [this, discovery, copy, in, done](Result<ServerMetadata> m) mutable {
                discovery->deleteLater();
                if (!m.ok()) {
                    done(m.error());
                    return;
                }
                if (Status s = Discovery::applyTo(*m, copy, in, !in.clientSecret.isEmpty(),
                                                  !in.privateKeyPem.isEmpty());
                    !s.ok()) {
                    done(s.error());
                    return;
                }
                m_engine.apps().add(in, this, done);
            });
    } else {
        m_engine.apps().add(in, this, std::move(done));
    }
}

} // namespace authdeck::ui
