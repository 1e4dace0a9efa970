#include "JwtConnectDialog.h"
#include "Theme.h"

#include "SecretLineEdit.h"

#include "accounts/AccountService.h"
#include "accounts/AppService.h"
#include "auth/ServerConnect.h"
#include "core/Diagnosis.h"
#include "crypto/KeyFiles.h"
#include "crypto/RsaKey.h"
#include "engine/Engine.h"
#include "providers/ProviderCatalog.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressDialog>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace authdeck::ui {

namespace {

constexpr qint64 MaxKeyFileBytes = crypto::RsaKey::MaxPemBytes;

bool matches(const QString& text, const char* pattern)
{
    return QRegularExpression(QRegularExpression::anchoredPattern(QLatin1String(pattern)))
        .match(text)
        .hasMatch();
}

// What the key file looks like without opening it (that needs the passphrase and a KDF).
enum class KeyFileState { Missing, Unreadable, NotAKey, Clear, Encrypted };

KeyFileState inspectKeyFile(const QString& path)
{
    if (path.trimmed().isEmpty())
        return KeyFileState::Missing;
    QFileInfo info(path);
    if (!info.isFile())
        return KeyFileState::Missing;
    if (info.size() > MaxKeyFileBytes)
        return KeyFileState::NotAKey;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return KeyFileState::Unreadable;
    SecretBytes head(f.read(MaxKeyFileBytes));
    const QByteArray& bytes = head.bytes();
    if (!bytes.contains("PRIVATE KEY-----"))
        return KeyFileState::NotAKey;
    if (bytes.contains("BEGIN ENCRYPTED PRIVATE KEY") || bytes.contains("Proc-Type: 4,ENCRYPTED"))
        return KeyFileState::Encrypted;
    return KeyFileState::Clear;
}

struct Generated {
    Result<crypto::RsaKey> key = fail(ErrorKind::Other, {});
    Status written;
};

struct Opened {
    Result<SecretBytes> clearPem = fail(ErrorKind::Other, {});
};

template <typename T, typename Work, typename Then>
void offThread(QObject* owner, Work work, Then then)
{
    auto* watcher = new QFutureWatcher<T>(owner);
    QObject::connect(watcher, &QFutureWatcher<T>::finished, owner, [watcher, then] {
        T result = watcher->result();
        watcher->deleteLater();
        then(std::move(result));
    });
    watcher->setFuture(QtConcurrent::run(work));
}

} // namespace

JwtConnectDialog::JwtConnectDialog(Engine& engine, QWidget* parent)
    : QDialog(parent)
    , m_engine(engine)
{
    setWindowTitle(tr("Connect with server authentication (JWT)"));
    setMinimumWidth(560);
    auto* form = new QFormLayout;

    auto hinted = [&](QWidget* field, const QString& label) {
        auto* hint = new QLabel(this);
        hint->setObjectName(field->objectName() + QStringLiteral("Hint"));
        hint->setWordWrap(true);
        hint->setStyleSheet(errorStyleSheet(hint->palette()));
        hint->hide();
        auto* box = new QVBoxLayout;
        box->setContentsMargins(0, 0, 0, 0);
        box->setSpacing(2);
        box->addWidget(field);
        box->addWidget(hint);
        form->addRow(label, box);
        m_hints.insert(field->objectName(), hint);
    };

    m_provider = new QComboBox(this);
    m_provider->setObjectName(QStringLiteral("providerComboBox"));
    for (const Provider& p : m_engine.catalog().providers()) {
        if (p.jwt && p.jwt->keyFormat == QLatin1String("box-config"))
            m_provider->addItem(p.name, p.id);
    }
    form->addRow(tr("&Provider:"), m_provider);

    m_appName = new QLineEdit(this);
    m_appName->setObjectName(QStringLiteral("appNameLineEdit"));
    m_appName->setText(tr("Box JWT app"));
    hinted(m_appName, tr("App &name:"));

    m_clientId = new QLineEdit(this);
    m_clientId->setObjectName(QStringLiteral("clientIdLineEdit"));
    m_clientId->setPlaceholderText(tr("Developer Console → Configuration → OAuth 2.0 Credentials"));
    hinted(m_clientId, tr("Client &ID:"));

    m_clientSecret = new SecretLineEdit(this);
    m_clientSecret->setObjectName(QStringLiteral("clientSecretEdit"));
    m_clientSecret->setAccessibleName(tr("Client secret"));
    hinted(m_clientSecret, tr("Client &secret:"));

    m_publicKeyId = new QLineEdit(this);
    m_publicKeyId->setObjectName(QStringLiteral("publicKeyIdLineEdit"));
    m_publicKeyId->setPlaceholderText(tr("shown after Add a Public Key, e.g. a1b2c3d4"));
    hinted(m_publicKeyId, tr("P&ublic Key ID:"));

    // Private key: a file, or a new key pair.
    auto* keyRow = new QWidget(this);
    auto* keyLayout = new QHBoxLayout(keyRow);
    keyLayout->setContentsMargins(0, 0, 0, 0);
    m_keyFile = new QLineEdit(keyRow);
    m_keyFile->setObjectName(QStringLiteral("keyFileLineEdit"));
    m_keyFile->setPlaceholderText(tr("private key PEM file"));
    m_chooseKey = new QPushButton(tr("C&hoose…"), keyRow);
    m_chooseKey->setObjectName(QStringLiteral("chooseKeyPushButton"));
    m_keySize = new QComboBox(keyRow);
    m_keySize->setObjectName(QStringLiteral("keySizeComboBox"));
    m_keySize->addItem(tr("2048 bits"), 2048);
    m_keySize->addItem(tr("3072 bits"), 3072);
    m_keySize->addItem(tr("4096 bits"), 4096);
    m_keySize->setCurrentIndex(1);
    m_generate = new QPushButton(tr("&Generate…"), keyRow);
    m_generate->setObjectName(QStringLiteral("generateKeyPushButton"));
    m_generate->setToolTip(tr("Make a new key pair, saved encrypted with the passphrase below"));
    keyLayout->addWidget(m_keyFile, 1);
    keyLayout->addWidget(m_chooseKey);
    keyLayout->addWidget(m_keySize);
    keyLayout->addWidget(m_generate);
    {
        auto* hint = new QLabel(this);
        hint->setObjectName(QStringLiteral("keyFileLineEditHint"));
        hint->setWordWrap(true);
        hint->setStyleSheet(errorStyleSheet(hint->palette()));
        hint->hide();
        auto* box = new QVBoxLayout;
        box->setContentsMargins(0, 0, 0, 0);
        box->setSpacing(2);
        box->addWidget(keyRow);
        box->addWidget(hint);
        form->addRow(tr("Private &key:"), box);
        m_hints.insert(m_keyFile->objectName(), hint);
    }

    m_passphrase = new SecretLineEdit(this);
    m_passphrase->setObjectName(QStringLiteral("passphraseEdit"));
    m_passphrase->setAccessibleName(tr("Key passphrase"));
    m_passphrase->setPlaceholderText(tr("opens the private key file; never stored apart from it"));
    hinted(m_passphrase, tr("Pass&phrase:"));

    m_publicKey = new QPlainTextEdit(this);
    m_publicKey->setObjectName(QStringLiteral("publicKeyView"));
    m_publicKey->setReadOnly(true);
    m_publicKey->setMaximumHeight(120);
    m_publicKey->setPlaceholderText(tr("After Generate: the public key to paste into Developer "
                                       "Console → Add and Manage Public Keys → Add a Public Key"));
    m_copyPublic = new QPushButton(tr("C&opy public key"), this);
    m_copyPublic->setObjectName(QStringLiteral("copyPublicKeyPushButton"));
    m_copyPublic->setEnabled(false);
    m_fingerprint = new QLabel(this);
    m_fingerprint->setObjectName(QStringLiteral("fingerprintLabel"));
    m_fingerprint->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_fingerprint->setWordWrap(true);
    auto* pubBox = new QVBoxLayout;
    pubBox->addWidget(m_publicKey);
    auto* pubButtons = new QHBoxLayout;
    pubButtons->addWidget(m_fingerprint, 1);
    pubButtons->addWidget(m_copyPublic);
    pubBox->addLayout(pubButtons);
    form->addRow(tr("Public key:"), pubBox);

    m_enterpriseId = new QLineEdit(this);
    m_enterpriseId->setObjectName(QStringLiteral("enterpriseIdLineEdit"));
    m_enterpriseId->setPlaceholderText(tr("Admin Console → Account & Billing"));
    hinted(m_enterpriseId, tr("&Enterprise ID:"));

    auto* subjectRow = new QHBoxLayout;
    m_subject = new QComboBox(this);
    m_subject->setObjectName(QStringLiteral("subjectComboBox"));
    m_subject->addItem(tr("The enterprise (service account)"), QStringLiteral("enterprise"));
    m_subject->addItem(tr("A user"), QStringLiteral("user"));
    m_userId = new QLineEdit(this);
    m_userId->setObjectName(QStringLiteral("userIdLineEdit"));
    m_userId->setPlaceholderText(tr("user ID"));
    m_userId->setEnabled(false);
    subjectRow->addWidget(m_subject);
    subjectRow->addWidget(m_userId, 1);
    {
        auto* hint = new QLabel(this);
        hint->setObjectName(QStringLiteral("userIdLineEditHint"));
        hint->setWordWrap(true);
        hint->setStyleSheet(errorStyleSheet(hint->palette()));
        hint->hide();
        auto* box = new QVBoxLayout;
        box->setSpacing(2);
        box->addLayout(subjectRow);
        box->addWidget(hint);
        form->addRow(tr("Su&bject:"), box);
        m_hints.insert(m_userId->objectName(), hint);
    }

    m_asUser = new QLineEdit(this);
    m_asUser->setObjectName(QStringLiteral("asUserLineEdit"));
    m_asUser->setPlaceholderText(tr("optional: act as this managed user (As-User)"));
    hinted(m_asUser, tr("&As-User:"));

    m_notificationsOff =
        new QCheckBox(tr("Send Box-Notifications: off (needs a scope from Box)"), this);
    m_notificationsOff->setObjectName(QStringLiteral("notificationsOffCheckBox"));
    form->addRow(QString(), m_notificationsOff);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setStyleSheet(errorStyleSheet(m_error->palette()));
    m_error->hide();
    m_result = new QLabel(this);
    m_result->setObjectName(QStringLiteral("resultLabel"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_result->hide();

    auto* buttons = new QDialogButtonBox(this);
    m_connect = buttons->addButton(tr("&Connect"), QDialogButtonBox::AcceptRole);
    m_connect->setObjectName(QStringLiteral("connectPushButton"));
    m_connect->setDefault(true);
    QPushButton* close = buttons->addButton(QDialogButtonBox::Close);
    close->setObjectName(QStringLiteral("closePushButton"));
    connect(close, &QPushButton::clicked, this, &JwtConnectDialog::reject);
    connect(m_connect, &QPushButton::clicked, this, &JwtConnectDialog::startConnect);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_result);
    layout->addWidget(buttons);

    for (QLineEdit* e :
         {m_appName, m_clientId, m_publicKeyId, m_keyFile, m_enterpriseId, m_userId, m_asUser})
        connect(e, &QLineEdit::textChanged, this, &JwtConnectDialog::validate);
    connect(m_clientSecret, &SecretLineEdit::textChanged, this, &JwtConnectDialog::validate);
    connect(m_passphrase, &SecretLineEdit::textChanged, this, &JwtConnectDialog::validate);
    connect(m_subject, &QComboBox::currentIndexChanged, this, [this] {
        m_userId->setEnabled(m_subject->currentData().toString() == QLatin1String("user"));
        validate();
    });
    connect(m_chooseKey, &QPushButton::clicked, this, &JwtConnectDialog::chooseKeyFile);
    connect(m_generate, &QPushButton::clicked, this, &JwtConnectDialog::askAndGenerate);
    connect(m_copyPublic, &QPushButton::clicked, this,
            [this] { QApplication::clipboard()->setText(m_publicKey->toPlainText()); });
    validate();
}

JwtConnectDialog::~JwtConnectDialog()
{
    if (m_cancel)
        m_cancel->store(true);
    // The fields wipe themselves as they go (SecretLineEdit): no validation of half a dialog.
    for (QObject* child : findChildren<QObject*>())
        QObject::disconnect(child, nullptr, this, nullptr);
}

QString JwtConnectDialog::hintFor(const QString& fieldName) const
{
    const QLabel* hint = m_hints.value(fieldName);
    return hint && !hint->isHidden() ? hint->text() : QString();
}

void JwtConnectDialog::setHint(QLabel* hint, const QString& text)
{
    hint->setText(text);
    hint->setVisible(!text.isEmpty());
}

void JwtConnectDialog::validate()
{
    // Empty fields say nothing until something is typed; Connect stays off meanwhile.
    auto check = [this](QWidget* field, bool empty, const QString& problem) {
        setHint(m_hints.value(field->objectName()), empty ? QString() : problem);
    };
    const QString name = m_appName->text().trimmed();
    check(m_appName, name.isEmpty(), name.size() > 100 ? tr("At most 100 characters.") : QString());
    const QString clientId = m_clientId->text().trimmed();
    check(m_clientId, clientId.isEmpty(),
          matches(clientId, "[A-Za-z0-9_.-]{8,128}")
              ? QString()
              : tr("The client ID is 8 to 128 letters and digits (Box's have 32)."));
    check(m_clientSecret, m_clientSecret->isEmpty(), QString());
    const QString kid = m_publicKeyId->text().trimmed();
    check(m_publicKeyId, kid.isEmpty(),
          matches(kid, "[A-Za-z0-9_-]{1,64}")
              ? QString()
              : tr("The Public Key ID is letters and digits, as the Developer Console shows it."));

    const KeyFileState key = inspectKeyFile(m_keyFile->text());
    QString keyProblem;
    switch (key) {
    case KeyFileState::Missing:
        keyProblem = tr("No such file.");
        break;
    case KeyFileState::Unreadable:
        keyProblem = tr("This file cannot be read.");
        break;
    case KeyFileState::NotAKey:
        keyProblem = tr("This is not a PEM private key.");
        break;
    default:
        break;
    }
    check(m_keyFile, m_keyFile->text().trimmed().isEmpty(), keyProblem);
    const bool needsPassphrase = key == KeyFileState::Encrypted;
    setHint(m_hints.value(m_passphrase->objectName()),
            needsPassphrase && m_passphrase->isEmpty()
                ? tr("The key file is encrypted: its passphrase is needed.")
                : QString());

    const bool userSubject = m_subject->currentData().toString() == QLatin1String("user");
    const QString enterprise = m_enterpriseId->text().trimmed();
    check(m_enterpriseId, enterprise.isEmpty(),
          matches(enterprise, "[0-9]{1,20}") ? QString() : tr("The enterprise ID is a number."));
    const QString user = m_userId->text().trimmed();
    check(m_userId, !userSubject || user.isEmpty(),
          matches(user, "[0-9]{1,20}") ? QString() : tr("The user ID is a number."));
    const QString asUser = m_asUser->text().trimmed();
    check(m_asUser, asUser.isEmpty(),
          matches(asUser, "[0-9]{1,20}") ? QString() : tr("As-User takes a user ID (a number)."));

    m_connect->setEnabled(!m_busy && fieldsValid());
}

bool JwtConnectDialog::fieldsValid() const
{
    const QString name = m_appName->text().trimmed();
    const KeyFileState key = inspectKeyFile(m_keyFile->text());
    const bool userSubject = m_subject->currentData().toString() == QLatin1String("user");
    const QString asUser = m_asUser->text().trimmed();
    return m_provider->count() > 0 && !name.isEmpty() && name.size() <= 100
           && matches(m_clientId->text().trimmed(), "[A-Za-z0-9_.-]{8,128}")
           && !m_clientSecret->isEmpty()
           && matches(m_publicKeyId->text().trimmed(), "[A-Za-z0-9_-]{1,64}")
           && (key == KeyFileState::Clear
               || (key == KeyFileState::Encrypted && !m_passphrase->isEmpty()))
           && matches(m_enterpriseId->text().trimmed(), "[0-9]{1,20}")
           && (!userSubject || matches(m_userId->text().trimmed(), "[0-9]{1,20}"))
           && (asUser.isEmpty() || matches(asUser, "[0-9]{1,20}"));
}

void JwtConnectDialog::chooseKeyFile()
{
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Choose the private key"), QString(),
                                     tr("PEM private keys (*.pem *.key);;All files (*)"));
    if (!path.isEmpty())
        m_keyFile->setText(path);
}

void JwtConnectDialog::askAndGenerate()
{
    if (m_passphrase->isEmpty()) {
        setHint(m_hints.value(m_passphrase->objectName()),
                tr("Type the passphrase that will encrypt the new key first."));
        m_passphrase->setFocus();
        return;
    }
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the new private key"),
                                                      QStringLiteral("box-private-key.pem"),
                                                      tr("PEM files (*.pem)"));
    if (!path.isEmpty())
        generateKey(path);
}

void JwtConnectDialog::generateKey(const QString& outPath)
{
    if (m_busy)
        return;
    if (m_passphrase->isEmpty()) {
        setHint(m_hints.value(m_passphrase->objectName()),
                tr("Type the passphrase that will encrypt the new key first."));
        return;
    }
    m_error->hide();
    const int bits = m_keySize->currentData().toInt();
    const SecretBytes passphrase = m_passphrase->secret();
    m_cancel = std::make_shared<std::atomic_bool>(false);
    auto cancel = m_cancel;
    setBusy(true);
    m_progress = new QProgressDialog(tr("Generating a %1-bit RSA key pair…").arg(bits),
                                     tr("Cancel"), 0, 0, this);
    m_progress->setObjectName(QStringLiteral("keygenProgressDialog"));
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setMinimumDuration(0);
    connect(m_progress, &QProgressDialog::canceled, this, [cancel] { cancel->store(true); });
    m_progress->show();

    offThread<Generated>(
        this,
        [bits, passphrase, outPath, cancel]() {
            Generated g;
            g.key = crypto::RsaKey::generate(bits, cancel.get());
            if (!g.key.ok())
                return g;
            if (cancel->load()) {
                g.key = fail(ErrorKind::Cancelled, QString());
                return g;
            }
            Result<QByteArray> pem = g.key->toEncryptedPkcs8Pem(passphrase);
            if (!pem.ok()) {
                g.written = pem.error();
                return g;
            }
            if (cancel->load()) {
                g.key = fail(ErrorKind::Cancelled, QString());
                return g;
            }
            g.written = crypto::KeyFiles::writeKeyFile(outPath, SecretBytes(*pem));
            return g;
        },
        [this, outPath](Generated g) {
            if (m_progress) {
                m_progress->hide();
                m_progress->deleteLater();
                m_progress = nullptr;
            }
            setBusy(false);
            if (!g.key.ok()) {
                if (g.key.error().kind != ErrorKind::Cancelled)
                    failed(
                        tr("The key pair could not be generated: %1").arg(g.key.error().message));
                return;
            }
            if (!g.written.ok()) {
                failed(tr("The private key could not be saved: %1").arg(g.written.error().message));
                return;
            }
            m_publicKey->setPlainText(QString::fromLatin1(g.key->publicKeyPem()));
            m_copyPublic->setEnabled(true);
            m_fingerprint->setText(
                tr("SHA-256 fingerprint: %1").arg(g.key->fingerprintSha256().hex));
            m_keyFile->setText(outPath);
            // A new key has no Public Key ID yet: the console gives one when it is added.
            m_publicKeyId->clear();
            m_publicKeyId->setFocus();
            Q_EMIT keyGenerated(outPath);
        });
}

void JwtConnectDialog::startConnect()
{
    if (m_busy || !fieldsValid())
        return;
    m_error->hide();
    m_result->hide();
    QFile f(m_keyFile->text());
    if (!f.open(QIODevice::ReadOnly)) {
        failed(tr("The private key file cannot be read: %1").arg(f.errorString()));
        return;
    }
    const SecretBytes pem(f.read(MaxKeyFileBytes + 1));
    const SecretBytes passphrase = m_passphrase->secret();
    setBusy(true);
    // Opening an encrypted key is a deliberate slow KDF: never on the UI thread.
    offThread<Opened>(
        this,
        [pem, passphrase]() {
            Opened o;
            Result<crypto::RsaKey> key = crypto::RsaKey::fromPem(pem, passphrase);
            if (!key.ok()) {
                o.clearPem = key.error();
                return o;
            }
            o.clearPem = key->toPkcs8Pem();
            return o;
        },
        [this](Opened o) {
            if (!o.clearPem.ok()) {
                failed(tr("The private key cannot be used: %1").arg(o.clearPem.error().message));
                return;
            }
            connectWithKey(o.clearPem->bytes());
        });
}

void JwtConnectDialog::connectWithKey(const QByteArray& clearPem)
{
    AppInput in;
    in.providerId = m_provider->currentData().toString();
    in.name = m_appName->text().trimmed();
    in.scheme = Scheme::Jwt;
    in.clientId = m_clientId->text().trimmed();
    in.clientSecret = m_clientSecret->secret();
    in.publicKeyId = m_publicKeyId->text().trimmed();
    in.enterpriseId = m_enterpriseId->text().trimmed();
    in.privateKeyPem = SecretBytes(clearPem);
    const bool userSubject = m_subject->currentData().toString() == QLatin1String("user");
    ServerConnectRequest request;
    request.subject = userSubject ? QStringLiteral("user:") + m_userId->text().trimmed()
                                  : QStringLiteral("enterprise");
    request.api.asUser = m_asUser->text().trimmed();
    request.api.notificationsOff = m_notificationsOff->isChecked();

    m_engine.apps().add(in, this, [this, request](Result<AppRegistration> app) mutable {
        if (!app.ok()) {
            failed(app.error().message);
            return;
        }
        request.app = app->id;
        const QString appId = app->id;
        ServerConnect::run(m_engine, request, this, [this, appId](Result<Account> account) {
            if (!account.ok()) {
                failed(messageWithNextStep(account.error()), appId);
                return;
            }
            setBusy(false);
            m_accountId = account->id;
            m_result->setText(tr("Connected as %1. The account \"%2\" is ready.")
                                  .arg(account->identityLabel(), account->name));
            m_result->show();
            m_connect->setEnabled(false);
            Q_EMIT accountConnected(account->id);
        });
    });
}

void JwtConnectDialog::failed(const QString& message, const QString& createdAppId)
{
    m_error->setText(message);
    m_error->show();
    if (createdAppId.isEmpty()) {
        setBusy(false);
        return;
    }
    // The app registration made for this attempt goes again: nothing is left behind.
    m_engine.apps().remove(createdAppId, true, this, [this](Status) { setBusy(false); });
}

void JwtConnectDialog::setBusy(bool busy)
{
    m_busy = busy;
    for (QWidget* w : std::initializer_list<QWidget*>{m_generate, m_chooseKey, m_keySize})
        w->setEnabled(!busy);
    validate();
    Q_EMIT busyChanged(busy);
}

void JwtConnectDialog::reject()
{
    if (m_cancel)
        m_cancel->store(true);
    QDialog::reject();
}

} // namespace authdeck::ui
