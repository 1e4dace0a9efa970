// The password / access-key dialog on the offscreen platform: generated from the catalog's field
// descriptions, masked secrets with a reveal toggle, validation as typed, what AuthDeck keeps,
// and real connections: S3 keys against the test's own SigV4-checking store, a password grant
// against the sandbox. Reachable from the main window's Accounts menu.
#include "FakeS3Server.h"
#include "TestSupport.h"

#include "CredentialsDialog.h"
#include "MainWindow.h"
#include "SecretLineEdit.h"

#include "accounts/AccountService.h"
#include "accounts/AppService.h"
#include "engine/Engine.h"
#include "sandbox/SandboxServer.h"
#include "secrets/MemorySecretStore.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>
#include <algorithm>

using namespace authdeck;
using namespace authdeck::ui;
using authdeck::test::FakeS3Server;

class TestCredentialsDialog : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<test::TempProfile> m_profile;
    std::unique_ptr<SandboxServer> m_sandbox;
    std::unique_ptr<FakeS3Server> m_s3;
    std::unique_ptr<Engine> m_engine;

    QLineEdit* edit(CredentialsDialog& d, const QString& name)
    {
        return qobject_cast<QLineEdit*>(d.fieldWidget(name));
    }
    SecretLineEdit* secret(CredentialsDialog& d, const QString& name)
    {
        return qobject_cast<SecretLineEdit*>(d.fieldWidget(name));
    }
    int accountCount()
    {
        Result<QList<Account>> list = m_engine->accounts().list();
        return list.ok() ? int(list->size()) : -1;
    }
    QByteArray allSecrets()
    {
        QByteArray all;
        auto* store = qobject_cast<MemorySecretStore*>(&m_engine->secrets());
        if (store) {
            // Raw, and decoded where SecretChunker wrapped a record ("adk1;...;<base64>").
            for (const SecretBytes& v : store->entries()) {
                all += v.bytes() + '\n';
                const QList<QByteArray> parts = v.bytes().split(';');
                all += QByteArray::fromBase64(parts.last()) + '\n';
            }
        }
        return all;
    }
    void fillS3(CredentialsDialog& d, const QString& keyId, const QByteArray& secretKey)
    {
        QVERIFY(d.setProvider(QStringLiteral("s3")));
        QTest::keyClicks(edit(d, QStringLiteral("access_key_id")), keyId);
        QTest::keyClicks(secret(d, QStringLiteral("secret_key"))->lineEdit(),
                         QString::fromLatin1(secretKey));
        edit(d, QStringLiteral("region"))->setText(QLatin1String(FakeS3Server::Region));
        edit(d, QStringLiteral("endpoint"))->setText(m_s3->endpoint());
    }

private Q_SLOTS:
    void init()
    {
        m_profile = std::make_unique<test::TempProfile>();
        m_sandbox = std::make_unique<SandboxServer>();
        QVERIFY(m_sandbox->start());
        m_s3 = std::make_unique<FakeS3Server>();
        QVERIFY(QDir(m_profile->path()).mkpath(QStringLiteral("providers")));
        test::writeFile(m_profile->path() + QStringLiteral("/providers"),
                        QStringLiteral("sandbox.json"),
                        QJsonDocument(m_sandbox->providerJson()).toJson());
        EngineOptions o;
        o.profileDir = m_profile->path();
        o.store = SecretStoreKind::Memory; // the keychain has its own tests
        auto e = Engine::create(o);
        QVERIFY(e.ok());
        m_engine = std::move(e).value();
    }

    void cleanup()
    {
        m_engine.reset();
        m_s3.reset();
        m_sandbox.reset();
        m_profile.reset();
    }

    void reachableFromMainWindow()
    {
        MainWindow w(*m_engine);
        auto* action = w.findChild<QAction*>(QStringLiteral("connectCredentialsAction"));
        QVERIFY(action);
        QVERIFY(action->text().contains(QStringLiteral("access keys")));
        action->trigger();
        QTRY_VERIFY(w.findChild<CredentialsDialog*>());
        auto* d = w.findChild<CredentialsDialog*>();
        QTRY_VERIFY(d->isVisible());
        QVERIFY(d->providerCombo()->findData(QStringLiteral("s3")) >= 0);
        QVERIFY(d->providerCombo()->findData(QStringLiteral("sugarcrm")) >= 0);
        QCOMPARE(d->providerCombo()->findData(QStringLiteral("box")), -1); // OAuth only
        d->reject();
    }

    void generatedFromCatalog()
    {
        CredentialsDialog d(*m_engine);
        QVERIFY(d.setProvider(QStringLiteral("s3")));
        QCOMPARE(d.scheme(), Scheme::Keys);
        QVERIFY(edit(d, QStringLiteral("access_key_id")));
        QCOMPARE(edit(d, QStringLiteral("access_key_id"))->placeholderText(),
                 QStringLiteral("AKIA..."));
        QCOMPARE(edit(d, QStringLiteral("region"))->text(), QStringLiteral("us-east-1"));
        QVERIFY(edit(d, QStringLiteral("endpoint")));
        QVERIFY(!edit(d, QStringLiteral("secret_key")));
        SecretLineEdit* key = secret(d, QStringLiteral("secret_key"));
        QVERIFY(key);
        QCOMPARE(key->lineEdit()->echoMode(), QLineEdit::Password);
        auto* reveal = key->findChild<QToolButton*>();
        QVERIFY(reveal);
        reveal->click();
        QCOMPARE(key->lineEdit()->echoMode(), QLineEdit::Normal);
        reveal->click();
        QCOMPARE(key->lineEdit()->echoMode(), QLineEdit::Password);

        // Labels and help text come from s3.json.
        QStringList texts;
        for (QLabel* l : d.findChildren<QLabel*>())
            texts << l->text();
        QVERIFY2(texts.contains(QStringLiteral("Secret access key:")),
                 qPrintable(texts.join(u'|')));
        QVERIFY(texts.contains(QStringLiteral("Endpoint (optional):")));
        QVERIFY(std::any_of(texts.begin(), texts.end(), [](const QString& t) {
            return t.contains(QStringLiteral("AuthDeck keeps it in the keychain only"));
        }));
        QVERIFY(d.keepsLabel()->text().contains(QStringLiteral("keychain")));
        QVERIFY(d.keepsLabel()->text().contains(QStringLiteral("will not")));

        // Validation as typed.
        QVERIFY(!d.connectButton()->isEnabled());
        QTest::keyClicks(edit(d, QStringLiteral("access_key_id")), QStringLiteral("akia-bad"));
        QVERIFY(d.fieldProblem(QStringLiteral("access_key_id"))->isVisibleTo(&d));
        edit(d, QStringLiteral("access_key_id"))->setText(QStringLiteral("AKIAIOSFODNN7EXAMPLE"));
        QVERIFY(!d.fieldProblem(QStringLiteral("access_key_id"))->isVisibleTo(&d));
        QVERIFY(!d.connectButton()->isEnabled()); // no secret yet
        QTest::keyClicks(key->lineEdit(), QStringLiteral("wJalrXUtnFEMI"));
        QVERIFY(d.connectButton()->isEnabled());
        edit(d, QStringLiteral("endpoint"))->setText(QStringLiteral("http://s3.example.com"));
        QVERIFY(!d.connectButton()->isEnabled());
        QVERIFY(
            d.fieldProblem(QStringLiteral("endpoint"))->text().contains(QStringLiteral("http")));
        edit(d, QStringLiteral("endpoint"))->setText(QStringLiteral("http://127.0.0.1:9000"));
        QVERIFY(d.connectButton()->isEnabled());
    }

    void passwordProvidersSayThePasswordIsNotKept()
    {
        CredentialsDialog d(*m_engine);
        QVERIFY(d.setProvider(QStringLiteral("sugarcrm")));
        QCOMPARE(d.scheme(), Scheme::Password);
        QVERIFY(secret(d, QStringLiteral("password")));
        QVERIFY(edit(d, QStringLiteral("username")));
        QVERIFY(d.keepsLabel()->text().contains(QStringLiteral("will not keep your password")));
        // SugarCRM's grant needs a client: without an app registration nothing can be sent.
        QVERIFY(d.appCombo()->isVisibleTo(&d));
        QCOMPARE(d.appCombo()->count(), 0);
        QVERIFY(!d.connectButton()->isEnabled());
        QVERIFY(d.errorLabel()->text().contains(QStringLiteral("app registration")));
    }

    void connectsS3Keys()
    {
        CredentialsDialog d(*m_engine);
        fillS3(d, QLatin1String(FakeS3Server::AccessKeyId), FakeS3Server::SecretKey);
        QVERIFY(d.connectButton()->isEnabled());
        QSignalSpy connected(&d, &CredentialsDialog::accountConnected);
        d.show();
        d.connectButton()->click();
        QVERIFY(!d.connectButton()->isEnabled()); // busy until the store answers
        d.reject();                               // ignored while connecting
        QVERIFY(d.isVisible());
        QTRY_COMPARE_WITH_TIMEOUT(connected.size(), 1, 15000);
        QCOMPARE(m_s3->goodSignatures, 1);
        QCOMPARE(accountCount(), 1);
        Result<Account> a = m_engine->accounts().find(d.connectedAccountId());
        QVERIFY(a.ok());
        QCOMPARE(a->scheme, Scheme::Keys);
        QCOMPARE(a->identity.value(QStringLiteral("name")), QLatin1String(FakeS3Server::OwnerName));
        QVERIFY(allSecrets().contains(FakeS3Server::SecretKey));
        QVERIFY(!m_profile->allFileBytes().contains(FakeS3Server::SecretKey));
        QVERIFY(secret(d, QStringLiteral("secret_key"))->isEmpty()); // wiped after use
    }

    void wrongSecretSaysSignatureAndSavesNothing()
    {
        CredentialsDialog d(*m_engine);
        fillS3(d, QLatin1String(FakeS3Server::AccessKeyId), "wrongSecretKey/wJalrXUtnFEMI");
        d.connectButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(d.errorLabel()->isVisibleTo(&d), 15000);
        QVERIFY2(d.errorLabel()->text().contains(QStringLiteral("signature")),
                 qPrintable(d.errorLabel()->text()));
        QCOMPARE(accountCount(), 0);
        QVERIFY(d.connectButton()->isEnabled()); // try again
    }

    void passwordGrantAgainstSandbox()
    {
        SandboxClient c;
        c.name = QStringLiteral("dialog");
        c.redirectUris = {QStringLiteral("http://127.0.0.1/callback")};
        c = m_sandbox->registerClient(c);
        AppInput in;
        in.providerId = QStringLiteral("sandbox");
        in.name = QStringLiteral("sandbox password client");
        in.scheme = Scheme::Password;
        in.clientId = c.clientId;
        in.clientSecret = SecretBytes(c.clientSecret.toUtf8());
        bool added = false;
        m_engine->apps().add(in, this, [&](Result<AppRegistration> r) {
            QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message));
            added = true;
        });
        QTRY_VERIFY(added);

        CredentialsDialog d(*m_engine);
        QVERIFY(d.setProvider(QStringLiteral("sandbox")));
        QCOMPARE(d.appCombo()->count(), 1);
        QTest::keyClicks(edit(d, QStringLiteral("username")),
                         QLatin1String(SandboxServer::AdminLogin));
        QTest::keyClicks(secret(d, QStringLiteral("password"))->lineEdit(),
                         QLatin1String(SandboxServer::AdminPassword));
        QVERIFY(d.connectButton()->isEnabled());
        QSignalSpy connected(&d, &CredentialsDialog::accountConnected);
        d.connectButton()->click();
        QTRY_COMPARE_WITH_TIMEOUT(connected.size(), 1, 15000);
        QCOMPARE(m_sandbox->grantLog(), QStringList{QStringLiteral("password ok")});
        Result<Account> a = m_engine->accounts().find(d.connectedAccountId());
        QVERIFY(a.ok());
        QCOMPARE(a->scheme, Scheme::Password);
        QVERIFY(!a->keepsPassword);
        QVERIFY(allSecrets().contains("access_token"));
        QVERIFY(!allSecrets().contains(SandboxServer::AdminPassword));
        QVERIFY(!m_profile->allFileBytes().contains(SandboxServer::AdminPassword));
    }
};

QTEST_MAIN(TestCredentialsDialog)
#include "tst_credentialsdialog.moc"
