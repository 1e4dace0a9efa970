#include "BoxSetupPages.h"
#include "SvgIcon.h"
#include "Theme.h"

#include "ConnectWizard.h"
#include "SecretLineEdit.h"

#include "accounts/AccountService.h"
#include "accounts/AppService.h"
#include "accounts/TokenService.h"
#include "auth/BoxConfig.h"
#include "auth/ServerConnect.h"
#include "core/OffThread.h"
#include "core/Profile.h"
#include "crypto/Certificate.h"
#include "crypto/KeyFiles.h"
#include "crypto/RsaKey.h"
#include "engine/Engine.h"
#include "providers/ProviderCatalog.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QIcon>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QSaveFile>
#include <QStandardPaths>
#include <QStyle>
#include <QVBoxLayout>
#include <QWizard>

namespace authdeck::ui {

namespace {

constexpr qint64 MaxKeyFileBytes = 64 * 1024;

// Box's Public Key IDs are eight letters and digits; its enterprise IDs are numbers.
const QRegularExpression& publicKeyIdShape()
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9]{8}$"));
    return re;
}

const QRegularExpression& enterpriseIdShape()
{
    static const QRegularExpression re(QStringLiteral("^[0-9]{1,20}$"));
    return re;
}

QLabel* wrapped(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return label;
}

// The step's own words, then what Box said in its own words (the engine's full message would
// repeat the step's advice in general terms).
QString refusalText(const QString& step, const Error& e)
{
    if (e.providerWords.isEmpty() && e.providerCode.isEmpty())
        return step + QLatin1Char('\n') + e.message;
    return step + QLatin1Char('\n')
           + BoxSetupPages::tr("Box said: %1")
                 .arg(e.providerWords.isEmpty() ? e.providerCode : e.providerWords);
}

} // namespace

BoxSetupPages::BoxSetupPages(Engine& engine, QWizard& host)
    : m_engine(engine)
    , m_wizard(host)
{
    host.setPage(CreateAppPage, buildCreateAppPage());
    host.setPage(KeyPairPage, buildKeyPairPage());
    host.setPage(PublicKeyIdPage, buildPublicKeyIdPage());
    host.setPage(AccessPage, buildAccessPage());
    host.setPage(AuthorizePage, buildAuthorizePage());
    host.setPage(EnterprisePage, buildEnterprisePage());
    host.setPage(VerifyPage, buildVerifyPage());
    host.setPage(DonePage, buildDonePage());
    restoreProgress();
    connect(&host, &QWizard::currentIdChanged, this, [this](int id) {
        if (isBoxPage(id))
            saveProgress();
    });
}

void BoxSetupPages::preselect(const QString& providerId, bool jwt)
{
    if (const int i = m_provider->findData(providerId); i >= 0)
        m_provider->setCurrentIndex(i);
    (jwt ? m_jwt : m_ccg)->setChecked(true);
}

QString BoxSetupPages::title() const
{
    return m_resumed ? tr("Set up a Box app (resumed; secrets are typed again)")
                     : tr("Set up a Box app");
}

QString BoxSetupPages::defaultKeyPath() const
{
    // GenericDataLocation/AuthDeck/keys, not AppDataLocation (…/AuthDeck/authdeck).
    const QDir dir(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)
                   + QStringLiteral("/AuthDeck/keys"));
    QString stem = m_appName ? m_appName->text().trimmed().toLower() : QString();
    static const QRegularExpression unsafe(QStringLiteral("[^a-z0-9]+"));
    stem.replace(unsafe, QStringLiteral("-"));
    while (stem.startsWith(QLatin1Char('-')))
        stem.remove(0, 1);
    while (stem.endsWith(QLatin1Char('-')))
        stem.chop(1);
    if (stem.isEmpty())
        stem = QStringLiteral("box-app");
    QString path = dir.filePath(stem + QStringLiteral("-private-key.pem"));
    for (int n = 2; QFileInfo::exists(path) && n < 1000; ++n)
        path = dir.filePath(QStringLiteral("%1-%2-private-key.pem").arg(stem).arg(n));
    return path;
}

QString BoxSetupPages::progressPath() const
{
    return m_engine.profile().filePath(QStringLiteral("box-setup.json"));
}

void BoxSetupPages::saveProgress() const
{
    // Only what is not secret: no client secret, passphrase or key material.
    QJsonObject o{
        {QStringLiteral("provider"), m_provider->currentData().toString()},
        {QStringLiteral("method"), isJwt() ? QStringLiteral("jwt") : QStringLiteral("ccg")},
        {QStringLiteral("app_name"), m_appName->text().trimmed()},
        {QStringLiteral("client_id"), m_clientId->text().trimmed()},
        {QStringLiteral("key_file"), m_importRadio->isChecked() ? QString() : m_keyFile->text()},
        {QStringLiteral("public_key_id"), m_publicKeyId->text().trimmed()},
        {QStringLiteral("enterprise_id"), m_enterpriseId->text().trimmed()},
    };
    QSaveFile f(progressPath());
    if (f.open(QIODevice::WriteOnly)) {
        f.write(QJsonDocument(o).toJson());
        f.commit();
    }
}

void BoxSetupPages::restoreProgress()
{
    QFile f(progressPath());
    if (!f.open(QIODevice::ReadOnly))
        return;
    const QJsonObject o = QJsonDocument::fromJson(f.read(64 * 1024)).object();
    if (o.isEmpty())
        return;
    const int provider = m_provider->findData(o.value(QStringLiteral("provider")).toString());
    if (provider >= 0)
        m_provider->setCurrentIndex(provider);
    (o.value(QStringLiteral("method")).toString() == QLatin1String("ccg") ? m_ccg : m_jwt)
        ->setChecked(true);
    if (const QString name = o.value(QStringLiteral("app_name")).toString(); !name.isEmpty())
        m_appName->setText(name);
    m_clientId->setText(o.value(QStringLiteral("client_id")).toString());
    if (const QString key = o.value(QStringLiteral("key_file")).toString(); !key.isEmpty()) {
        m_keyFile->setText(key);
        m_keyFileChosen = true;
        // A key generated earlier: usable again once its passphrase is typed.
        m_keyReady = QFile::exists(key);
        if (m_keyReady)
            m_keyStatus->setText(tr("Using the key generated earlier in %1; type its passphrase "
                                    "again.")
                                     .arg(key));
    }
    m_publicKeyId->setText(o.value(QStringLiteral("public_key_id")).toString());
    m_enterpriseId->setText(o.value(QStringLiteral("enterprise_id")).toString());
    m_resumed = true;
}

BoxSetupPages::~BoxSetupPages()
{
    if (m_cancel)
        m_cancel->store(true);
    abandonVerify();
    for (SecretLineEdit* s : {m_clientSecret, m_passphrase, m_passphraseRepeat})
        disconnect(s, nullptr, this, nullptr);
}

bool BoxSetupPages::isJwt() const
{
    return m_jwt->isChecked();
}

QUrl BoxSetupPages::consoleUrl() const
{
    const Provider* p = m_engine.catalog().find(m_provider->currentData().toString());
    // The sandbox (or any Box stand-in on this computer) serves its own developer console.
    const QUrl api(p ? p->apiBase : QString());
    const bool local = api.host() == QLatin1String("127.0.0.1")
                       || api.host() == QLatin1String("localhost")
                       || api.host() == QLatin1String("::1");
    if (p && (p->sandbox || local)) {
        QUrl base(p->apiBase);
        base.setPath(QStringLiteral("/developers/console"));
        return base;
    }
    return QUrl(QStringLiteral("https://app.box.com/developers/console"));
}

// ---- 1. Create the app ---------------------------------------------------------------------

WizardStepPage* BoxSetupPages::buildCreateAppPage()
{
    auto* page = new WizardStepPage;
    page->setTitle(tr("1. Create the app in the Box Developer Console"));
    page->setSubTitle(tr("Developer Console → Create Platform App. The authentication method "
                         "cannot be changed later."));
    m_provider = new QComboBox(page);
    m_provider->setObjectName(QStringLiteral("boxProviderComboBox"));
    m_provider->setAccessibleName(tr("Box service"));
    for (const Provider& p : m_engine.catalog().providers()) {
        if (p.jwt && p.jwt->keyFormat == QLatin1String("box-config"))
            m_provider->addItem(svgIcon(QStringLiteral(":/icons/") + p.icon), p.name, p.id);
    }
    // Started with --sandbox: the rehearsal is what the admin came for.
    for (int i = 0; i < m_provider->count(); ++i) {
        const Provider* p = m_engine.catalog().find(m_provider->itemData(i).toString());
        if (p && p->sandbox) {
            m_provider->setCurrentIndex(i);
            break;
        }
    }
    auto* open = new QPushButton(tr("&Open the Developer Console"), page);
    open->setObjectName(QStringLiteral("openConsolePushButton"));
    connect(open, &QPushButton::clicked, this, [this] { QDesktopServices::openUrl(consoleUrl()); });

    // The console's own names on the buttons; what each means wraps below it (a radio button
    // does not wrap, and German cut the sentence off).
    m_jwt = new QRadioButton(tr("Server Authentication (with &JWT)"), page);
    m_jwt->setObjectName(QStringLiteral("jwtRadioButton"));
    auto* jwtNote =
        wrapped(tr("Recommended: a key pair signs in, and nothing reusable travels."), page);
    m_ccg = new QRadioButton(tr("Server Authentication (&Client Credentials Grant)"), page);
    m_ccg->setObjectName(QStringLiteral("ccgRadioButton"));
    auto* ccgNote = wrapped(tr("The client ID and secret alone sign in."), page);
    for (QLabel* note : {jwtNote, ccgNote}) {
        note->setTextInteractionFlags(Qt::NoTextInteraction); // no Tab stop: the button says it
        note->setIndent(m_wizard.style()->pixelMetric(QStyle::PM_ExclusiveIndicatorWidth)
                        + m_wizard.style()->pixelMetric(QStyle::PM_RadioButtonLabelSpacing));
        note->setForegroundRole(QPalette::PlaceholderText);
    }
    m_jwt->setAccessibleDescription(jwtNote->text());
    m_ccg->setAccessibleDescription(ccgNote->text());
    m_jwt->setChecked(true);
    auto* oauthNote = wrapped(tr("For user accounts choose \"User Authentication (OAuth 2.0)\" "
                                 "there instead and connect with Accounts → Connect an account."),
                              page);
    oauthNote->setForegroundRole(QPalette::PlaceholderText);

    m_appName = new QLineEdit(tr("Box (server)"), page);
    m_appName->setObjectName(QStringLiteral("boxAppNameLineEdit"));
    m_appName->setAccessibleName(tr("App registration name"));
    m_clientId = new QLineEdit(page);
    m_clientId->setObjectName(QStringLiteral("boxClientIdLineEdit"));
    m_clientId->setAccessibleName(tr("Client ID"));
    m_clientId->setPlaceholderText(tr("Configuration → OAuth 2.0 Credentials"));
    m_clientSecret = new SecretLineEdit(page);
    m_clientSecret->setObjectName(QStringLiteral("boxClientSecretEdit"));
    m_clientSecret->setAccessibleName(tr("Client secret"));

    auto* form = new QFormLayout;
    form->addRow(tr("&Service:"), m_provider);
    form->addRow(tr("App name &here:"), m_appName);
    form->addRow(tr("Client &ID:"), m_clientId);
    form->addRow(tr("Client s&ecret:"), m_clientSecret);
    auto* v = new QVBoxLayout(page);
    v->addWidget(wrapped(tr("Create a Platform App, choose how it authenticates, then copy its "
                            "Client ID and Client secret from the Configuration tab."),
                         page));
    v->addWidget(open, 0, Qt::AlignLeft);
    v->addWidget(m_jwt);
    v->addWidget(jwtNote);
    v->addWidget(m_ccg);
    v->addWidget(ccgNote);
    v->addWidget(oauthNote);
    v->addLayout(form);
    v->addStretch();

    connect(m_clientId, &QLineEdit::textChanged, page, &WizardStepPage::changed);
    connect(m_appName, &QLineEdit::textChanged, page, &WizardStepPage::changed);
    connect(m_clientSecret, &SecretLineEdit::textChanged, page, &WizardStepPage::changed);
    page->onComplete = [this] {
        return m_provider->count() > 0 && !m_appName->text().trimmed().isEmpty()
               && !m_clientId->text().trimmed().isEmpty() && !m_clientSecret->isEmpty();
    };
    page->onNext = [this] { return isJwt() ? int(KeyPairPage) : int(AccessPage); };
    return page;
}

// ---- 2. Key pair ---------------------------------------------------------------------------

WizardStepPage* BoxSetupPages::buildKeyPairPage()
{
    auto* page = new WizardStepPage;
    m_keyPage = page;
    page->setTitle(tr("2. The key pair"));
    page->setSubTitle(tr("Configuration → Add and Manage Public Keys. Generate the pair here "
                         "(the private key never leaves this computer), or import the config.json "
                         "Box generated."));
    m_generateRadio = new QRadioButton(tr("&Generate a key pair here"), page);
    m_generateRadio->setObjectName(QStringLiteral("generateRadioButton"));
    m_importRadio = new QRadioButton(tr("I already have a &config.json"), page);
    m_importRadio->setObjectName(QStringLiteral("importRadioButton"));
    m_generateRadio->setChecked(true);

    m_passphrase = new SecretLineEdit(page);
    m_passphrase->setObjectName(QStringLiteral("boxPassphraseEdit"));
    m_passphrase->setAccessibleName(tr("Passphrase for the private key"));
    m_passphrase->setPlaceholderText(tr("encrypts the private key file"));
    m_passphraseRepeat = new SecretLineEdit(page);
    m_passphraseRepeat->setObjectName(QStringLiteral("boxPassphraseRepeatEdit"));
    m_passphraseRepeat->setAccessibleName(tr("The passphrase again"));
    m_passphraseRepeat->setPlaceholderText(tr("the same once more, for a new key"));
    m_keyFile = new QLineEdit(page);
    m_keyFile->setObjectName(QStringLiteral("boxKeyFileLineEdit"));
    m_keyFile->setAccessibleName(tr("Private key file"));
    m_keyFile->setText(defaultKeyPath());
    connect(m_keyFile, &QLineEdit::textEdited, this, [this] { m_keyFileChosen = true; });
    // Until the admin picks a file, the key is named after the app: a second app never
    // overwrites the first one's key.
    connect(m_appName, &QLineEdit::textChanged, this, [this] {
        if (!m_keyFileChosen && !m_keyReady)
            m_keyFile->setText(defaultKeyPath());
    });
    auto* browse = new QPushButton(tr("Bro&wse…"), page);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(
            &m_wizard, tr("Save the new private key"), m_keyFile->text(), tr("PEM files (*.pem)"));
        if (!path.isEmpty()) {
            m_keyFile->setText(path);
            m_keyFileChosen = true;
        }
    });
    m_generate = new QPushButton(tr("Gene&rate"), page);
    m_generate->setObjectName(QStringLiteral("boxGeneratePushButton"));
    m_cancelGeneration = new QPushButton(tr("Stop"), page);
    m_cancelGeneration->setObjectName(QStringLiteral("boxCancelGenerationPushButton"));
    m_cancelGeneration->hide();
    m_progress = new QProgressBar(page);
    m_progress->setRange(0, 0);
    m_progress->setTextVisible(false);
    m_progress->setAccessibleName(tr("Generating the key pair"));
    m_progress->hide();
    m_publicKey = new QPlainTextEdit(page);
    m_publicKey->setObjectName(QStringLiteral("boxPublicKeyView"));
    m_publicKey->setAccessibleName(tr("Public key to paste into Box"));
    m_publicKey->setReadOnly(true);
    // PEM's 64-character lines as they are: wrapped, they look broken to whoever pastes them.
    m_publicKey->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_publicKey->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_publicKey->setMaximumHeight(120);
    m_copyPublic = new QPushButton(tr("Cop&y public key"), page);
    m_copyPublic->setObjectName(QStringLiteral("boxCopyPublicKeyPushButton"));
    m_copyPublic->setEnabled(false);
    connect(m_copyPublic, &QPushButton::clicked, this,
            [this] { QApplication::clipboard()->setText(m_publicKey->toPlainText()); });
    m_configFile = new QLineEdit(page);
    m_configFile->setObjectName(QStringLiteral("boxConfigFileLineEdit"));
    m_configFile->setAccessibleName(tr("config.json file"));
    auto* importButton = new QPushButton(tr("&Import…"), page);
    importButton->setObjectName(QStringLiteral("boxImportPushButton"));
    connect(importButton, &QPushButton::clicked, this, [this] {
        QString path = m_configFile->text().trimmed();
        if (path.isEmpty()) {
            path = QFileDialog::getOpenFileName(&m_wizard, tr("Box config.json"), QString(),
                                                tr("JSON files (*.json)"));
        }
        if (!path.isEmpty())
            importConfig(path);
    });
    m_keyStatus = new QLabel(page);
    m_keyStatus->setObjectName(QStringLiteral("boxKeyStatusLabel"));
    m_keyStatus->setWordWrap(true);
    m_keyStatus->setTextFormat(Qt::PlainText);

    auto* genBox = new QWidget(page);
    auto* genForm = new QFormLayout(genBox);
    genForm->setContentsMargins(24, 0, 0, 0);
    genForm->addRow(tr("Pass&phrase:"), m_passphrase);
    genForm->addRow(tr("R&epeat passphrase:"), m_passphraseRepeat);
    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(m_keyFile, 1);
    fileRow->addWidget(browse);
    genForm->addRow(tr("Private key &file:"), fileRow);
    // A row holding a layout gets no buddy by itself: without one the '&' would be painted.
    if (auto* label = qobject_cast<QLabel*>(genForm->labelForField(fileRow)))
        label->setBuddy(m_keyFile);
    auto* genRow = new QHBoxLayout;
    genRow->addWidget(m_generate);
    genRow->addWidget(m_cancelGeneration);
    genRow->addWidget(m_progress, 1);
    genForm->addRow(QString(), genRow);
    genForm->addRow(tr("Public key:"), m_publicKey);
    genForm->addRow(QString(), m_copyPublic);
    auto* importBox = new QWidget(page);
    auto* importRow = new QHBoxLayout(importBox);
    importRow->setContentsMargins(24, 0, 0, 0);
    importRow->addWidget(m_configFile, 1);
    importRow->addWidget(importButton);

    auto* v = new QVBoxLayout(page);
    v->addWidget(m_generateRadio);
    v->addWidget(genBox);
    v->addWidget(wrapped(tr("Then, in the Developer Console: Add a Public Key, paste the public "
                            "key, and note the Public Key ID it shows."),
                         page));
    v->addWidget(m_importRadio);
    v->addWidget(importBox);
    v->addWidget(m_keyStatus);
    v->addStretch();

    auto sync = [genBox, importBox, this] {
        genBox->setEnabled(m_generateRadio->isChecked() && !m_busy);
        importBox->setEnabled(m_importRadio->isChecked() && !m_busy);
    };
    connect(m_generateRadio, &QRadioButton::toggled, page, sync);
    sync();
    connect(m_generate, &QPushButton::clicked, this, &BoxSetupPages::generateKey);
    connect(m_cancelGeneration, &QPushButton::clicked, this, [this] {
        if (m_cancel)
            m_cancel->store(true);
    });
    connect(m_passphrase, &SecretLineEdit::textChanged, page, &WizardStepPage::changed);
    page->onComplete = [this] {
        // A generated key is opened with its passphrase when verifying.
        const bool passphraseOk = m_importRadio->isChecked() || !m_passphrase->isEmpty();
        return m_keyReady && passphraseOk && !m_busy;
    };
    return page;
}

void BoxSetupPages::generateKey()
{
    if (m_busy)
        return;
    const QString path = m_keyFile->text().trimmed();
    if (m_passphrase->isEmpty() || path.isEmpty()) {
        m_keyStatus->setText(tr("Type the passphrase that will encrypt the new key, and where to "
                                "save it, first."));
        return;
    }
    if (m_passphrase->secret().bytes() != m_passphraseRepeat->secret().bytes()) {
        m_keyStatus->setText(tr("The two passphrases differ: type the same one in both fields."));
        m_passphraseRepeat->setFocus();
        return;
    }
    if (QFileInfo::exists(path)) {
        m_keyStatus->setText(tr("%1 exists already (another app's key?). Choose another file "
                                "name with Browse.")
                                 .arg(QDir::toNativeSeparators(path)));
        return;
    }
    QDir().mkpath(QFileInfo(path).absolutePath());
    const SecretBytes passphrase = m_passphrase->secret();
    m_cancel = std::make_shared<std::atomic_bool>(false);
    auto cancel = m_cancel;
    setBusy(true);
    m_progress->show();
    m_cancelGeneration->show();
    m_generate->setEnabled(false);
    m_keyStatus->setText(tr("Generating a %1-bit RSA key pair…").arg(crypto::RsaKey::DefaultBits));
    runOffThread(
        this,
        [passphrase, path, cancel] {
            return crypto::generateKeyFile(crypto::RsaKey::DefaultBits, passphrase, path,
                                           cancel.get());
        },
        [this, path](const crypto::GeneratedKeyFile& g) {
            m_progress->hide();
            m_cancelGeneration->hide();
            m_generate->setEnabled(true);
            setBusy(false);
            if (!g.key.ok()) {
                m_keyStatus->setText(
                    g.key.error().kind == ErrorKind::Cancelled
                        ? tr("Stopped; no key was saved.")
                        : tr("The key pair could not be generated: %1").arg(g.key.error().message));
                return;
            }
            if (!g.written.ok()) {
                m_keyStatus->setText(
                    tr("The private key could not be saved: %1").arg(g.written.error().message));
                return;
            }
            m_importedPem = {};
            m_importedPassphrase = {};
            m_publicKey->setPlainText(QString::fromLatin1(g.key->publicKeyPem()));
            m_copyPublic->setEnabled(true);
            m_keyStatus->setText(tr("Saved the encrypted private key to %1 (readable by you "
                                    "only). SHA-256 fingerprint: %2")
                                     .arg(path, g.key->fingerprintSha256().hex));
            m_keyReady = true;
            m_publicKeyId->clear(); // a new key gets a new Public Key ID in the console
            m_keyPage->changed();
            Q_EMIT keyGenerated(path);
        });
}

bool BoxSetupPages::importConfig(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        m_keyStatus->setText(tr("%1 cannot be read: %2").arg(path, f.errorString()));
        return false;
    }
    Result<BoxConfig> config = BoxConfig::parse(SecretBytes(f.read(BoxConfig::MaxFileBytes + 1)));
    if (!config.ok()) {
        m_keyStatus->setText(config.error().fullMessage());
        return false;
    }
    m_importRadio->setChecked(true);
    m_configFile->setText(path);
    m_clientId->setText(config->clientId);
    m_clientSecret->lineEdit()->setText(QString::fromUtf8(config->clientSecret.bytes()));
    m_publicKeyId->setText(config->publicKeyId);
    m_enterpriseId->setText(config->enterpriseId);
    m_importedPem = config->privateKeyPem;
    m_importedPassphrase = config->passphrase;
    m_keyReady = true;
    m_keyStatus->setText(tr("Imported the app's Client ID, secret, key and enterprise from %1. "
                            "Consider deleting that file now: AuthDeck keeps the key in the "
                            "keychain.")
                             .arg(path));
    m_keyPage->changed();
    return true;
}

// ---- 3. Public Key ID ----------------------------------------------------------------------

WizardStepPage* BoxSetupPages::buildPublicKeyIdPage()
{
    auto* page = new WizardStepPage;
    page->setTitle(tr("3. The Public Key ID"));
    page->setSubTitle(tr("Box shows it next to the key under Add and Manage Public Keys: eight "
                         "letters and digits."));
    m_publicKeyId = new QLineEdit(page);
    m_publicKeyId->setObjectName(QStringLiteral("boxPublicKeyIdLineEdit"));
    m_publicKeyId->setAccessibleName(tr("Public Key ID"));
    m_publicKeyIdHint = makeErrorLabel(page, QStringLiteral("boxPublicKeyIdHint"));
    auto* form = new QFormLayout;
    form->addRow(tr("Public &Key ID:"), m_publicKeyId);
    auto* v = new QVBoxLayout(page);
    v->addLayout(form);
    v->addWidget(m_publicKeyIdHint);
    v->addStretch();
    connect(m_publicKeyId, &QLineEdit::textChanged, page, [this, page] {
        const QString t = m_publicKeyId->text().trimmed();
        const bool ok = publicKeyIdShape().match(t).hasMatch();
        m_publicKeyIdHint->setText(
            tr("A Public Key ID is eight letters and digits, like \"a1b2c3d4\"."));
        m_publicKeyIdHint->setVisible(!t.isEmpty() && !ok);
        page->changed();
    });
    page->onComplete = [this] {
        return publicKeyIdShape().match(m_publicKeyId->text().trimmed()).hasMatch();
    };
    return page;
}

// ---- 4. Access level and scopes ------------------------------------------------------------

WizardStepPage* BoxSetupPages::buildAccessPage()
{
    auto* page = new WizardStepPage;
    page->setTitle(tr("4. Access level and scopes"));
    page->setSubTitle(tr("Set these on the app's Configuration tab. AuthDeck cannot read them "
                         "before the first token; Verify then tells what Box refused."));
    const QList<QPair<QString, QString>> items = {
        {tr("App Access Level: App + Enterprise Access"),
         tr("Without it the app sees only its own service account, not the enterprise's managed "
            "users and groups.")},
        {tr("Read and write all files and folders"),
         tr("Lets AuthDeck's accounts list, read and change content.")},
        {tr("Manage users"), tr("Needed to look up and administer the enterprise's users.")},
        {tr("Manage groups"), tr("Needed to read and change group memberships.")},
        {tr("Manage enterprise properties"),
         tr("Reads the enterprise's settings and its events (activity).")},
        {tr("Manage webhooks"),
         tr("Recent-files and activity monitoring are delivered through webhooks.")},
        {tr("Advanced Features: Generate user access tokens"),
         tr("Lets the app act as a single user with a user token.")},
        {tr("Advanced Features: Perform Actions as Users"),
         tr("Needed for the As-User header (acting on behalf of a managed user).")},
    };
    auto* v = new QVBoxLayout(page);
    for (const auto& [name, why] : items) {
        // Guidance to read, not boxes to tick: ticking here would change nothing at Box.
        auto* check = new QLabel(QStringLiteral("• ") + name, page);
        QFont bold = check->font();
        bold.setBold(true);
        check->setFont(bold);
        check->setAccessibleDescription(why);
        auto* whyLabel = wrapped(why, page);
        whyLabel->setContentsMargins(24, 0, 0, 4);
        whyLabel->setForegroundRole(QPalette::PlaceholderText);
        v->addWidget(check);
        v->addWidget(whyLabel);
    }
    v->addWidget(wrapped(tr("Any later change of scopes or access level needs Reauthorize App in "
                            "the Admin Console."),
                         page));
    v->addStretch();
    return page;
}

// ---- 5. Admin authorization ----------------------------------------------------------------

WizardStepPage* BoxSetupPages::buildAuthorizePage()
{
    auto* page = new WizardStepPage;
    page->setTitle(tr("5. Authorize the app in the Admin Console"));
    page->setSubTitle(tr("A Box admin approves the app once for the enterprise."));
    m_clientIdShown = new QLabel(page);
    m_clientIdShown->setObjectName(QStringLiteral("boxClientIdLabel"));
    m_clientIdShown->setTextInteractionFlags(Qt::TextSelectableByMouse
                                             | Qt::TextSelectableByKeyboard);
    auto* copy = new QPushButton(tr("&Copy Client ID"), page);
    copy->setObjectName(QStringLiteral("boxCopyClientIdPushButton"));
    connect(copy, &QPushButton::clicked, this,
            [this] { QApplication::clipboard()->setText(m_clientId->text().trimmed()); });
    auto* row = new QHBoxLayout;
    row->addWidget(new QLabel(tr("Client ID:"), page));
    row->addWidget(m_clientIdShown, 1);
    row->addWidget(copy);
    auto* v = new QVBoxLayout(page);
    v->addWidget(wrapped(
        tr("Either choose Review and Submit on the app's Authorization tab (Box emails the "
           "primary admin), or as an admin open Admin Console → Integrations → Platform Apps "
           "Manager → Add App, and paste the Client ID."),
        page));
    v->addLayout(row);
    v->addWidget(wrapped(
        tr("Box-Notifications: Box emails users about some actions the app takes (a shared "
           "folder, a moved file). Box support can enable suppressing them for the app; AuthDeck "
           "then sends \"Box-Notifications: off\" for accounts that ask for it."),
        page));
    v->addStretch();
    page->onInit = [this] { m_clientIdShown->setText(m_clientId->text().trimmed()); };
    return page;
}

// ---- 6. Enterprise ID ----------------------------------------------------------------------

WizardStepPage* BoxSetupPages::buildEnterprisePage()
{
    auto* page = new WizardStepPage;
    page->setTitle(tr("6. The Enterprise ID"));
    page->setSubTitle(tr("Admin Console → Account & Billing → Account Information."));
    m_enterpriseId = new QLineEdit(page);
    m_enterpriseId->setObjectName(QStringLiteral("boxEnterpriseIdLineEdit"));
    m_enterpriseId->setAccessibleName(tr("Enterprise ID"));
    m_enterpriseHint = makeErrorLabel(page, QStringLiteral("boxEnterpriseIdHint"));
    m_enterpriseSource = wrapped(QString(), page);
    m_enterpriseSource->setObjectName(QStringLiteral("boxEnterpriseSourceLabel"));
    m_enterpriseSource->setForegroundRole(QPalette::PlaceholderText);
    m_enterpriseSource->hide();
    auto* form = new QFormLayout;
    form->addRow(tr("&Enterprise ID:"), m_enterpriseId);
    auto* v = new QVBoxLayout(page);
    v->addLayout(form);
    v->addWidget(m_enterpriseSource);
    v->addWidget(m_enterpriseHint);
    v->addStretch();
    // A connected account of the same service knows its enterprise: offered, not imposed.
    page->onInit = [this] {
        if (!m_enterpriseId->text().trimmed().isEmpty())
            return;
        const QString provider = m_provider->currentData().toString();
        const Result<QList<Account>> accounts = m_engine.accounts().list();
        if (!accounts.ok())
            return;
        for (const Account& a : *accounts) {
            const QString id = a.identity.value(QStringLiteral("enterprise_id"));
            if (a.providerId != provider || id.isEmpty())
                continue;
            m_enterpriseId->setText(id);
            m_enterpriseSource->setText(
                tr("From your connected account \"%1\"; change it for another enterprise.")
                    .arg(a.name));
            m_enterpriseSource->show();
            return;
        }
    };
    connect(m_enterpriseId, &QLineEdit::textChanged, page, [this, page] {
        const QString t = m_enterpriseId->text().trimmed();
        m_enterpriseHint->setText(tr("An Enterprise ID is a number, like \"900001\"."));
        m_enterpriseHint->setVisible(!t.isEmpty() && !enterpriseIdShape().match(t).hasMatch());
        page->changed();
    });
    page->onComplete = [this] {
        return enterpriseIdShape().match(m_enterpriseId->text().trimmed()).hasMatch();
    };
    return page;
}

// ---- 7. Verify -----------------------------------------------------------------------------

WizardStepPage* BoxSetupPages::buildVerifyPage()
{
    auto* page = new WizardStepPage;
    m_verifyPage = page;
    page->setTitle(tr("7. Verify"));
    page->setSubTitle(tr("AuthDeck asks Box for a token as the enterprise's service account and "
                         "calls /users/me with it."));
    m_accountName = new QLineEdit(page);
    m_accountName->setObjectName(QStringLiteral("boxAccountNameLineEdit"));
    m_accountName->setAccessibleName(tr("Account name"));
    m_accountName->setPlaceholderText(tr("named after the service account"));
    m_verifyMessage = makeErrorLabel(page, QStringLiteral("boxVerifyMessage"));
    m_review = wrapped(QString(), page);
    m_review->setObjectName(QStringLiteral("boxReviewLabel"));
    m_review->setTextFormat(Qt::PlainText);
    m_fix = new QPushButton(page);
    m_fix->setObjectName(QStringLiteral("boxFixPushButton"));
    m_fix->hide();
    connect(m_fix, &QPushButton::clicked, this, [this] {
        if (m_fixPage >= 0)
            goBackTo(m_fixPage);
    });
    auto* form = new QFormLayout;
    form->addRow(tr("Account na&me:"), m_accountName);
    auto* v = new QVBoxLayout(page);
    v->addWidget(m_review);
    v->addLayout(form);
    v->addWidget(m_verifyMessage);
    v->addWidget(m_fix, 0, Qt::AlignLeft);
    v->addStretch();
    page->setButtonText(QWizard::CommitButton, tr("&Verify"));
    // What Verify will use, read before anything is sent.
    page->onInit = [this] {
        const Provider* p = m_engine.catalog().find(m_provider->currentData().toString());
        QStringList lines;
        lines << tr("Verify will use:");
        lines << tr("• Service: %1").arg(p ? p->name : m_provider->currentText());
        lines << tr("• App registration \"%1\", Client ID %2")
                     .arg(m_appName->text().trimmed(), m_clientId->text().trimmed());
        if (isJwt()) {
            lines << tr("• Server Authentication with JWT, Public Key ID %1")
                         .arg(m_publicKeyId->text().trimmed());
            lines << (m_importedPem.isEmpty()
                          ? tr("• Private key: %1 (opened with your passphrase)")
                                .arg(QDir::toNativeSeparators(m_keyFile->text().trimmed()))
                          : tr("• Private key: from %1")
                                .arg(QDir::toNativeSeparators(m_configFile->text().trimmed())));
        } else {
            lines << tr("• Server Authentication with the Client Credentials Grant");
        }
        lines << tr("• Enterprise ID %1, as its service account")
                     .arg(m_enterpriseId->text().trimmed());
        m_review->setText(lines.join(QLatin1Char('\n')));
    };
    page->onComplete = [this] { return !m_busy; };
    page->onValidate = [this] {
        if (!m_accountId.isEmpty())
            return true;
        startVerify();
        return false;
    };
    page->setCommitPage(true);
    return page;
}

void BoxSetupPages::goBackTo(int pageId)
{
    while (m_wizard.currentId() != pageId && m_wizard.currentId() != CreateAppPage
           && !m_wizard.visitedIds().isEmpty())
        m_wizard.back();
    m_wizard.currentPage()->setFocus();
}

void BoxSetupPages::startVerify()
{
    if (m_busy)
        return;
    m_verifyMessage->hide();
    m_fix->hide();
    setBusy(true);
    // Cancel during the wait drops the answer; what it made after all is removed again.
    auto abandoned = std::make_shared<bool>(false);
    m_abandoned = abandoned;
    QPointer<BoxSetupPages> self(this);
    Engine* engine = &m_engine;
    const bool jwt = isJwt();
    // The key: opened off the UI thread (a deliberate slow KDF), handed to the app registration
    // in clear PKCS#8: the keychain is its protection there.
    SecretBytes pem = m_importedPem;
    SecretBytes passphrase = m_importedPassphrase;
    if (jwt && pem.isEmpty()) {
        QFile f(m_keyFile->text().trimmed());
        if (!f.open(QIODevice::ReadOnly)) {
            verifyFailed(tr("The private key file cannot be read: %1").arg(f.errorString()),
                         KeyPairPage, {});
            return;
        }
        pem = SecretBytes(f.read(MaxKeyFileBytes + 1));
        passphrase = m_passphrase->secret();
    }
    runOffThread(
        this,
        [jwt, pem, passphrase]() -> Result<SecretBytes> {
            if (!jwt)
                return SecretBytes();
            return crypto::openSigningKey(pem, passphrase).pkcs8Pem;
        },
        [this, jwt, self, abandoned, engine](const Result<SecretBytes>& clearPem) {
            if (!clearPem.ok()) {
                verifyFailed(
                    tr("The private key cannot be opened: %1").arg(clearPem.error().message),
                    KeyPairPage, {});
                return;
            }
            AppInput in;
            in.providerId = m_provider->currentData().toString();
            in.name = m_appName->text().trimmed();
            in.scheme = jwt ? Scheme::Jwt : Scheme::ClientCredentials;
            in.clientId = m_clientId->text().trimmed();
            in.clientSecret = m_clientSecret->secret();
            in.enterpriseId = m_enterpriseId->text().trimmed();
            if (jwt) {
                in.publicKeyId = m_publicKeyId->text().trimmed();
                in.privateKeyPem = *clearPem;
            }
            m_engine.apps().add(
                in, &m_engine, [this, self, abandoned, engine](Result<AppRegistration> app) {
                    if (*abandoned || !self) {
                        if (app.ok())
                            engine->apps().remove(app->id, true, engine, [](Status) {});
                        return;
                    }
                    if (!app.ok()) {
                        verifyFailed(app.error().fullMessage(), CreateAppPage, {});
                        return;
                    }
                    const QString appId = app->id;
                    ServerConnectRequest request;
                    request.app = appId;
                    request.subject = QStringLiteral("enterprise");
                    request.accountName = m_accountName->text().trimmed();
                    ServerConnect::run(
                        m_engine, request, &m_engine,
                        [this, self, abandoned, engine, appId](Result<Account> account) {
                            if (*abandoned || !self) {
                                AppService* apps = &engine->apps();
                                auto removeApp = [apps, appId] {
                                    apps->remove(appId, true, apps, [](Status) {});
                                };
                                if (account.ok()) {
                                    engine->tokens().disconnect(
                                        account->id, true, engine,
                                        [removeApp](Result<DisconnectReport>) { removeApp(); });
                                } else {
                                    removeApp();
                                }
                                return;
                            }
                            m_abandoned.reset();
                            if (!account.ok()) {
                                const Error& e = account.error();
                                // The engine's classification (core/Diagnosis) picks the
                                // step that fixes the refusal; the words name that step.
                                int fix = -1;
                                QString what;
                                switch (e.diagnosis) {
                                case Diagnosis::AppNotAuthorized:
                                    fix = AuthorizePage;
                                    what =
                                        tr("The enterprise admin has not authorized the app yet: "
                                           "add it in the Platform Apps Manager (step 5), then "
                                           "verify again.");
                                    break;
                                case Diagnosis::InvalidClient:
                                    fix = CreateAppPage;
                                    what = tr("Box does not know this Client ID and secret: copy "
                                              "them again from the app's Configuration tab.");
                                    break;
                                case Diagnosis::SubjectRefused:
                                    fix = EnterprisePage;
                                    what =
                                        tr("Box refused the enterprise: check the Enterprise ID.");
                                    break;
                                case Diagnosis::KeyRefused:
                                    fix = isJwt() ? int(PublicKeyIdPage) : int(CreateAppPage);
                                    what = tr("Box refused the key: check that the public key is "
                                              "added to the app and the Public Key ID is its ID.");
                                    break;
                                default:
                                    break;
                                }
                                verifyFailed(what.isEmpty() ? e.fullMessage()
                                                            : refusalText(what, e),
                                             fix, appId);
                                return;
                            }
                            m_appId = appId;
                            m_accountId = account->id;
                            setBusy(false);
                            m_done->setText(tr("Connected as %1. The account \"%2\" is ready, and "
                                               "renews its token by itself.")
                                                .arg(account->identityLabel(), account->name));
                            Q_EMIT accountConnected(m_accountId);
                            m_wizard.next();
                        });
                });
        });
}

void BoxSetupPages::verifyFailed(const QString& message, int fixPage, const QString& createdAppId)
{
    m_verifyMessage->setText(message);
    m_verifyMessage->show();
    m_fixPage = fixPage;
    if (fixPage >= 0) {
        m_fix->setText(tr("&Go to step %1 to fix it").arg(stepNumber(fixPage)));
        m_fix->show();
    }
    if (createdAppId.isEmpty()) {
        setBusy(false);
        return;
    }
    // The app registration made for this attempt goes again: nothing is left behind.
    m_engine.apps().remove(createdAppId, true, this, [this](Status) { setBusy(false); });
}

// ---- Done ----------------------------------------------------------------------------------

WizardStepPage* BoxSetupPages::buildDonePage()
{
    auto* page = new WizardStepPage;
    page->setTitle(tr("Done"));
    m_done = new QLabel(page);
    m_done->setObjectName(QStringLiteral("boxDoneLabel"));
    m_done->setWordWrap(true);
    m_done->setTextFormat(Qt::PlainText);
    auto* v = new QVBoxLayout(page);
    v->addWidget(m_done);
    v->addStretch();
    page->setFinalPage(true);
    page->onNext = [] { return -1; };
    return page;
}

void BoxSetupPages::setBusy(bool busy)
{
    m_busy = busy;
    if (m_keyPage)
        m_keyPage->changed();
    if (m_verifyPage)
        m_verifyPage->changed();
    if (QAbstractButton* b = m_wizard.button(QWizard::BackButton))
        b->setEnabled(!busy);
}

void BoxSetupPages::finished()
{
    QFile::remove(progressPath());
}

void BoxSetupPages::abandonVerify()
{
    if (!m_abandoned)
        return;
    *m_abandoned = true;
    m_abandoned.reset();
    m_busy = false;
}

bool BoxSetupPages::discard()
{
    if (m_cancel)
        m_cancel->store(true);
    // Done: the account is connected; Escape there keeps it.
    if (m_wizard.currentId() == DonePage && !m_accountId.isEmpty())
        return false;
    // A verification under way ends now; its late answer is undone when it comes.
    abandonVerify();
    // Nothing made here stays: the account, then the app registration.
    const QString accountId = m_accountId;
    const QString appId = m_appId;
    m_accountId.clear();
    m_appId.clear();
    AppService* apps = &m_engine.apps();
    auto removeApp = [apps, appId] {
        if (!appId.isEmpty())
            apps->remove(appId, true, apps, [](Status) {});
    };
    if (!accountId.isEmpty()) {
        m_engine.tokens().disconnect(accountId, true, &m_engine.tokens(),
                                     [removeApp](Result<DisconnectReport>) { removeApp(); });
    } else {
        removeApp();
    }
    return true;
}

} // namespace authdeck::ui
