#include "CredentialsDialog.h"
#include "Theme.h"

#include "SecretLineEdit.h"

#include "accounts/AppService.h"
#include "auth/KeysConnect.h"
#include "auth/PasswordConnect.h"
#include "core/Diagnosis.h"
#include "engine/Engine.h"
#include "net/UrlPolicy.h"
#include "providers/FieldCheck.h"
#include "providers/ProviderCatalog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace authdeck::ui {

namespace {

std::optional<Scheme> credentialScheme(const Provider& p)
{
    if (p.password)
        return Scheme::Password;
    if (p.basic)
        return Scheme::Basic;
    if (p.keys)
        return Scheme::Keys;
    return std::nullopt;
}

QLabel* smallLabel(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setWordWrap(true);
    QFont f = label->font();
    f.setPointSizeF(f.pointSizeF() * 0.9);
    label->setFont(f);
    return label;
}

} // namespace

CredentialsDialog::CredentialsDialog(Engine& engine, QWidget* parent)
    : QDialog(parent)
    , m_engine(engine)
{
    setWindowTitle(tr("Connect with a password or access keys"));
    setObjectName(QStringLiteral("credentialsDialog"));
    auto* layout = new QVBoxLayout(this);
    auto* top = new QFormLayout;
    m_provider = new QComboBox(this);
    m_provider->setObjectName(QStringLiteral("providerComboBox"));
    for (const Provider& p : engine.catalog().providers()) {
        if (credentialScheme(p))
            m_provider->addItem(p.name, p.id);
    }
    top->addRow(tr("&Provider:"), m_provider);
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("accountNameLineEdit"));
    m_name->setPlaceholderText(tr("Named after the provider and the user when empty"));
    top->addRow(tr("Account &name:"), m_name);
    m_app = new QComboBox(this);
    m_app->setObjectName(QStringLiteral("appComboBox"));
    m_appLabel = new QLabel(tr("&Client:"), this);
    m_appLabel->setBuddy(m_app);
    top->addRow(m_appLabel, m_app);
    layout->addLayout(top);

    m_formHost = new QWidget(this);
    m_form = new QFormLayout(m_formHost);
    m_form->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_formHost);

    m_keeps = new QLabel(this);
    m_keeps->setObjectName(QStringLiteral("keepsLabel"));
    m_keeps->setWordWrap(true);
    m_keeps->setFrameShape(QFrame::StyledPanel);
    m_keeps->setMargin(6);
    layout->addWidget(m_keeps);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(errorStyleSheet(m_error->palette()));
    m_error->setVisible(false);
    layout->addWidget(m_error);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_connect = buttons->addButton(tr("&Connect"), QDialogButtonBox::AcceptRole);
    m_connect->setObjectName(QStringLiteral("connectPushButton"));
    m_connect->setDefault(true);
    connect(m_connect, &QPushButton::clicked, this, &CredentialsDialog::startConnect);
    m_cancel = buttons->button(QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::rejected, this, &CredentialsDialog::reject);
    layout->addWidget(buttons);

    connect(m_provider, &QComboBox::currentIndexChanged, this, &CredentialsDialog::rebuildForm);
    connect(m_app, &QComboBox::currentIndexChanged, this, &CredentialsDialog::validate);
    rebuildForm();
}

CredentialsDialog::~CredentialsDialog()
{
    // SecretLineEdit wipes itself on destruction, which emits textChanged: not to us any more.
    for (QWidget* w : std::as_const(m_widgets))
        disconnect(w, nullptr, this, nullptr);
}

bool CredentialsDialog::setProvider(const QString& providerId)
{
    const int index = m_provider->findData(providerId);
    if (index < 0)
        return false;
    m_provider->setCurrentIndex(index);
    return true;
}

void CredentialsDialog::rebuildForm()
{
    for (QWidget* w : std::as_const(m_widgets))
        disconnect(w, nullptr, this, nullptr);
    m_widgets.clear();
    while (m_form->rowCount() > 0)
        m_form->removeRow(0);
    m_problems.clear();
    m_fields.clear();
    m_parameters.clear();
    m_error->setVisible(false);
    const Provider* p = m_engine.catalog().find(m_provider->currentData().toString());
    if (!p) {
        m_keeps->setText(tr("No provider in the catalog connects with a password or keys."));
        validate();
        return;
    }
    m_scheme = credentialScheme(*p).value_or(Scheme::Password);
    m_fields = fields::forScheme(*p, m_scheme);
    bool exchanged = false;
    m_needsApp = false;
    if (m_scheme != Scheme::Keys) {
        if (Result<PasswordPlan> plan = PasswordConnect::plan(*p); plan.ok()) {
            exchanged = plan->exchanged;
            m_needsApp = plan->needsApp;
        }
        // With a client, its app registration carries the server host and other settings.
        if (!m_needsApp)
            m_parameters = p->parameters;
    }

    // The client (app registration) a password grant is sent with.
    m_app->blockSignals(true);
    m_app->clear();
    if (m_needsApp) {
        // Password-grant registrations first; the provider's OAuth 2.0 ones can serve too.
        if (Result<QList<AppRegistration>> apps = m_engine.apps().list(); apps.ok()) {
            for (Scheme wanted : {Scheme::Password, Scheme::OAuth2}) {
                for (const AppRegistration& a : std::as_const(*apps)) {
                    if (a.providerId == p->id && a.scheme == wanted)
                        m_app->addItem(a.name, a.id);
                }
            }
        }
    }
    m_app->blockSignals(false);
    m_app->setVisible(m_needsApp);
    m_appLabel->setVisible(m_needsApp);

    auto addRow = [this](const QString& name, const QString& label, QWidget* editor,
                         const QString& help, const QString& link) {
        auto* cell = new QWidget(m_formHost);
        auto* v = new QVBoxLayout(cell);
        v->setContentsMargins(0, 0, 0, 0);
        v->setSpacing(2);
        v->addWidget(editor);
        if (!help.isEmpty())
            v->addWidget(smallLabel(help, cell));
        if (!link.isEmpty()) {
            auto* l = smallLabel(QStringLiteral("<a href=\"%1\">%2</a>")
                                     .arg(link.toHtmlEscaped(), tr("Where do I find this?")),
                                 cell);
            l->setObjectName(name + QStringLiteral("Link"));
            l->setOpenExternalLinks(true);
            l->setTextFormat(Qt::RichText);
            v->addWidget(l);
        }
        auto* problem = smallLabel(QString(), cell);
        problem->setObjectName(name + QStringLiteral("Problem"));
        problem->setStyleSheet(errorStyleSheet(problem->palette()));
        problem->setVisible(false);
        v->addWidget(problem);
        auto* title = new QLabel(label + QLatin1Char(':'), m_formHost);
        title->setBuddy(editor);
        m_form->addRow(title, cell);
        m_widgets.insert(name, editor);
        m_problems.insert(name, problem);
    };

    for (const ParameterSpec& spec : std::as_const(m_parameters)) {
        auto* edit = new QLineEdit(m_formHost);
        edit->setObjectName(spec.name + QStringLiteral("LineEdit"));
        edit->setPlaceholderText(spec.placeholder);
        edit->setText(spec.defaultValue);
        connect(edit, &QLineEdit::textChanged, this, &CredentialsDialog::validate);
        addRow(spec.name, spec.label, edit, spec.help, {});
    }
    for (const FieldSpec& f : std::as_const(m_fields)) {
        QWidget* editor = nullptr;
        if (f.secret) {
            auto* secret = new SecretLineEdit(m_formHost);
            secret->setPlaceholderText(f.placeholder);
            secret->setAccessibleName(f.label);
            connect(secret, &SecretLineEdit::textChanged, this, &CredentialsDialog::validate);
            editor = secret;
        } else {
            auto* edit = new QLineEdit(m_formHost);
            edit->setPlaceholderText(f.placeholder);
            edit->setText(f.defaultValue);
            edit->setAccessibleName(f.label);
            connect(edit, &QLineEdit::textChanged, this, &CredentialsDialog::validate);
            editor = edit;
        }
        editor->setObjectName(
            f.name + (f.secret ? QStringLiteral("SecretLineEdit") : QStringLiteral("LineEdit")));
        addRow(f.name, f.required ? f.label : tr("%1 (optional)").arg(f.label), editor, f.help,
               f.link);
    }

    // What will be kept, and what will not, before anything is sent.
    QString keeps;
    if (m_scheme == Scheme::Keys) {
        keeps = tr("<b>AuthDeck will keep</b> the secret access key in your system keychain, and "
                   "the access key ID, region and endpoint in its profile.<br><b>It will not "
                   "keep</b> the secret key anywhere else: not in files, settings or logs. The "
                   "keys are checked with a signed request before anything is saved.");
    } else if (exchanged) {
        keeps = tr("<b>AuthDeck will keep</b> the tokens %1 issues, in your system keychain, and "
                   "the user name.<br><b>It will not keep your password</b>: it is sent once to "
                   "%1 in exchange for the tokens and then wiped from memory.")
                    .arg(p->name.toHtmlEscaped());
    } else {
        keeps = tr("<b>AuthDeck will keep your password</b> in your system keychain: %1 offers no "
                   "token exchange, so every request signs in with it.<br><b>It will not "
                   "keep</b> it anywhere else: not in files, settings or logs.")
                    .arg(p->name.toHtmlEscaped());
    }
    m_keeps->setText(keeps);
    validate();
}

QString CredentialsDialog::valueOf(const QString& name) const
{
    QWidget* w = m_widgets.value(name);
    if (auto* edit = qobject_cast<QLineEdit*>(w))
        return edit->text().trimmed();
    if (auto* secret = qobject_cast<SecretLineEdit*>(w))
        return secret->isEmpty() ? QString() : QStringLiteral("*");
    return {};
}

void CredentialsDialog::validate()
{
    bool ok = m_provider->count() > 0 && !m_busy;
    for (const ParameterSpec& spec : std::as_const(m_parameters)) {
        const QString v = valueOf(spec.name);
        QString why;
        if (v.isEmpty() && spec.required)
            why = tr("%1 is required.").arg(spec.label);
        else if (!v.isEmpty() && spec.kind == QLatin1String("hostname")) {
            if (Result<QString> host = UrlPolicy::normalizeHost(v); !host.ok())
                why = host.error().message;
        }
        if (QLabel* l = m_problems.value(spec.name)) {
            // Say nothing about an untouched empty field; still keep Connect disabled.
            l->setText(why);
            l->setVisible(!why.isEmpty() && !v.isEmpty());
        }
        ok = ok && why.isEmpty();
    }
    for (const FieldSpec& f : std::as_const(m_fields)) {
        QString why;
        if (f.secret) {
            auto* secret = qobject_cast<SecretLineEdit*>(m_widgets.value(f.name));
            const bool empty = !secret || secret->isEmpty();
            if (empty && f.required)
                why = tr("%1 is required.").arg(f.label);
            else if (!empty && !f.pattern.isEmpty()) {
                const SecretBytes value = secret->secret();
                QString text = value.toString();
                why = fields::check(f, text);
                wipe(text);
            }
            if (QLabel* l = m_problems.value(f.name)) {
                l->setText(why);
                l->setVisible(!why.isEmpty() && !empty);
            }
        } else {
            const QString v = valueOf(f.name);
            why = fields::check(f, v);
            if (f.name == QLatin1String("endpoint") && why.isEmpty() && !v.isEmpty()) {
                if (Status s = UrlPolicy::checkEndpoint(QUrl(v, QUrl::StrictMode), tr("endpoint"));
                    !s.ok())
                    why = s.error().message;
            }
            if (QLabel* l = m_problems.value(f.name)) {
                l->setText(why);
                l->setVisible(!why.isEmpty() && !v.isEmpty());
            }
        }
        ok = ok && why.isEmpty();
    }
    if (m_needsApp && m_app->count() == 0) {
        m_error->setText(tr("This provider's password grant needs a client: add an app "
                            "registration for it under Settings first."));
        m_error->setVisible(true);
        ok = false;
    }
    m_connect->setEnabled(ok);
}

void CredentialsDialog::reject()
{
    if (m_busy)
        return;
    QDialog::reject();
}

void CredentialsDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_cancel->setEnabled(!busy);
    m_provider->setEnabled(!busy);
    m_formHost->setEnabled(!busy);
    m_connect->setText(busy ? tr("Connecting…") : tr("&Connect"));
    validate();
}

void CredentialsDialog::startConnect()
{
    if (!m_connect->isEnabled())
        return;
    m_error->setVisible(false);
    const QString providerId = m_provider->currentData().toString();
    auto done = [this](Result<Account> r) {
        if (r.ok())
            finished(true, r->id);
        else
            finished(false, messageWithNextStep(r.error()));
    };
    auto secretOf = [this](const QString& name) {
        auto* s = qobject_cast<SecretLineEdit*>(m_widgets.value(name));
        return s ? s->secret() : SecretBytes();
    };
    setBusy(true);
    if (m_scheme == Scheme::Keys) {
        KeysConnectRequest req;
        req.providerId = providerId;
        req.accountName = m_name->text();
        req.accessKeyId = valueOf(QStringLiteral("access_key_id"));
        req.secretKey = secretOf(QStringLiteral("secret_key"));
        req.region = valueOf(QStringLiteral("region"));
        req.endpoint = valueOf(QStringLiteral("endpoint"));
        KeysConnect::run(m_engine, std::move(req), this, done);
        return;
    }
    PasswordConnectRequest req;
    req.providerId = providerId;
    req.accountName = m_name->text();
    req.app = m_needsApp ? m_app->currentData().toString() : QString();
    req.username = valueOf(QStringLiteral("username"));
    req.password = secretOf(QStringLiteral("password"));
    for (const ParameterSpec& spec : std::as_const(m_parameters)) {
        if (const QString v = valueOf(spec.name); !v.isEmpty())
            req.parameters.insert(spec.name, v);
    }
    PasswordConnect::run(m_engine, std::move(req), this, done);
}

void CredentialsDialog::finished(bool ok, const QString& accountIdOrError)
{
    setBusy(false);
    if (!ok) {
        m_error->setText(accountIdOrError);
        m_error->setVisible(true);
        return;
    }
    // The secrets typed here are not needed any more.
    for (QWidget* w : std::as_const(m_widgets)) {
        if (auto* s = qobject_cast<SecretLineEdit*>(w))
            s->clear();
    }
    m_accountId = accountIdOrError;
    Q_EMIT accountConnected(m_accountId);
    accept();
}

} // namespace authdeck::ui
