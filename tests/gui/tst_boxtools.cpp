// The window's Box toolbox (issue 21) against the embedded sandbox: the Webhooks dialog creates,
// lists and deletes a webhook, keeps the signature keys and checks a delivery; "Copy a limited
// token…" puts a narrower token on the clipboard and leaves the account's own alone.
#include "TestSupport.h"

#include "AccountDetailsWidget.h"
#include "BoxToolsDialogs.h"
#include "SecretLineEdit.h"
#include "WidgetAudit.h"

#include "accounts/AccountService.h"
#include "accounts/AppService.h"
#include "accounts/TokenService.h"
#include "auth/ServerConnect.h"
#include "box/WebhookSignature.h"
#include "engine/Engine.h"
#include "net/HttpResponder.h"
#include "net/LocalHttpServer.h"
#include "sandbox/SandboxServer.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>

using namespace authdeck;
using namespace authdeck::ui;

class TestBoxTools : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void webhooksDialog();
    void limitedToken();

private:
    void shoot(QWidget* w, const QString& name);

    SandboxServer m_sandbox;
    SandboxClient m_client;
    std::unique_ptr<test::TempProfile> m_profile;
    std::unique_ptr<Engine> m_engine;
    QString m_account;
};

void TestBoxTools::init()
{
    if (!m_sandbox.isRunning())
        QVERIFY(m_sandbox.start());
    SandboxClient c;
    c.name = QStringLiteral("Window toolbox");
    m_client = m_sandbox.registerClient(c);
    m_profile = std::make_unique<test::TempProfile>();
    QVERIFY(QDir(m_profile->path()).mkpath(QStringLiteral("providers")));
    QFile provider(m_profile->file(QStringLiteral("providers/sandbox.json")));
    QVERIFY(provider.open(QIODevice::WriteOnly));
    provider.write(QJsonDocument(m_sandbox.providerJson()).toJson());
    provider.close();
    EngineOptions o;
    o.profileDir = m_profile->path();
    o.store = SecretStoreKind::Memory;
    auto e = Engine::create(o);
    QVERIFY(e.ok());
    m_engine = std::move(e).value();
    AppInput in;
    in.providerId = QStringLiteral("sandbox");
    in.name = QStringLiteral("Toolbox");
    in.scheme = Scheme::ClientCredentials;
    in.clientId = m_client.clientId;
    in.clientSecret = SecretBytes(m_client.clientSecret.toUtf8());
    in.enterpriseId = QString::fromLatin1(SandboxServer::DefaultEnterpriseId);
    QString appId;
    m_engine->apps().add(in, this, [&](Result<AppRegistration> r) {
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
        appId = r->id;
    });
    QTRY_VERIFY(!appId.isEmpty());
    ServerConnectRequest req;
    req.app = appId;
    req.subject = QStringLiteral("enterprise");
    m_account.clear();
    ServerConnect::run(*m_engine, req, this, [&](Result<Account> r) {
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
        m_account = r->id;
    });
    QTRY_VERIFY(!m_account.isEmpty());
}

void TestBoxTools::cleanup()
{
    m_engine.reset();
    m_profile.reset();
}

void TestBoxTools::shoot(QWidget* w, const QString& name)
{
    // Screenshots for the people who look at them (set AUTHDECK_SCREENSHOT_DIR).
    const QString dir = qEnvironmentVariable("AUTHDECK_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        w->grab().save(QDir(dir).filePath(name));
}

void TestBoxTools::webhooksDialog()
{
    LocalHttpServer receiver;
    QList<HttpServerRequest> received;
    receiver.setHandler([&](const HttpServerRequest& r, HttpResponder a) {
        received.append(r);
        a.respond(200);
    });
    QVERIFY(receiver.listen());

    WebhooksDialog dialog(*m_engine, m_account);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QTRY_VERIFY(!dialog.busy());
    QCOMPARE(dialog.table()->rowCount(), 0);
    const QStringList problems = test::auditWidgets(&dialog);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));

    // A non-https address is refused before anything is sent.
    dialog.targetId()->setText(QStringLiteral("777"));
    dialog.address()->setText(QStringLiteral("http://hooks.example.com/box"));
    QTest::mouseClick(dialog.createButton(), Qt::LeftButton);
    QVERIFY(dialog.status()->text().contains(QStringLiteral("https")));
    QVERIFY(m_sandbox.webhooks().isEmpty());

    dialog.address()->setText(QStringLiteral("http://127.0.0.1:%1/box").arg(receiver.port()));
    QTest::mouseClick(dialog.createButton(), Qt::LeftButton);
    QTRY_COMPARE(dialog.table()->rowCount(), 1);
    QTRY_VERIFY(!dialog.busy());
    QCOMPARE(m_sandbox.webhooks().size(), 1);
    const QString hook = m_sandbox.webhooks().first().id;
    QCOMPARE(dialog.table()->item(0, 0)->text(), hook);
    QVERIFY(dialog.table()->item(0, 3)->text().contains(QStringLiteral("FILE.UPLOADED")));

    // Keys: saved to the app's secrets, shown by fingerprint only.
    QVERIFY(dialog.keyState()->text().contains(QStringLiteral("not set")));
    const QByteArray primary =
        m_sandbox.generateWebhookKey(m_client.clientId, QStringLiteral("primary"));
    dialog.primaryKey()->lineEdit()->setText(QString::fromLatin1(primary));
    QTest::mouseClick(dialog.saveKeysButton(), Qt::LeftButton);
    QTRY_VERIFY(dialog.keyState()->text().startsWith(QStringLiteral("Primary key: set")));
    QVERIFY(!dialog.keyState()->text().contains(QString::fromLatin1(primary)));
    shoot(&dialog, QStringLiteral("webhooks-dialog.png"));

    // A delivery, saved as files, is genuine; a changed body is not.
    QNetworkAccessManager nam;
    QNetworkRequest deliver(m_sandbox.baseUrl().resolved(
        QUrl(QStringLiteral("/developers/api/webhooks/%1/deliver").arg(hook))));
    deliver.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    QNetworkReply* reply = nam.post(deliver, QByteArrayLiteral("{}"));
    QTRY_VERIFY(reply->isFinished());
    reply->deleteLater();
    QTRY_COMPARE(received.size(), 1);
    QByteArray block;
    for (const auto& [name, value] : received.first().headers)
        block += name + ": " + value + '\n';
    QTemporaryDir dir;
    const QString headers = test::writeFile(dir.path(), QStringLiteral("h.txt"), block);
    const QString body =
        test::writeFile(dir.path(), QStringLiteral("b.json"), received.first().body);
    dialog.verifyFiles(headers, body);
    QTRY_VERIFY(dialog.status()->text().startsWith(QStringLiteral("Genuine")));
    QByteArray changed = received.first().body;
    changed.append(' ');
    dialog.verifyFiles(headers, test::writeFile(dir.path(), QStringLiteral("c.json"), changed));
    QTRY_VERIFY(dialog.status()->text().startsWith(QStringLiteral("Not genuine")));

    dialog.table()->selectRow(0);
    QVERIFY(dialog.deleteButton()->isEnabled());
    QTest::mouseClick(dialog.deleteButton(), Qt::LeftButton);
    QTRY_COMPARE(dialog.table()->rowCount(), 0);
    QVERIFY(m_sandbox.webhooks().isEmpty());
}

void TestBoxTools::limitedToken()
{
    LimitedTokenDialog dialog(QStringLiteral("Toolbox"));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    const QStringList problems = test::auditWidgets(&dialog);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    QCOMPARE(dialog.scopes(), QStringList{QStringLiteral("item_preview")});
    dialog.itemKind()->setCurrentIndex(1); // one folder
    QVERIFY(dialog.itemId()->isEnabled());
    auto* ok = dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
    QVERIFY(!ok->isEnabled()); // no ID yet
    dialog.itemId()->setText(QStringLiteral("4242"));
    QVERIFY(ok->isEnabled());
    QCOMPARE(dialog.resource(), QStringLiteral("folder:4242"));
    shoot(&dialog, QStringLiteral("limited-token-dialog.png"));

    std::optional<Result<AccessToken>> own;
    m_engine->tokens().token(m_account, this, [&](Result<AccessToken> t) { own = t; });
    QTRY_VERIFY(own.has_value());
    QVERIFY(own->ok());
    AccountDetailsWidget details(*m_engine, nullptr);
    details.showAccount(m_account);
    details.resize(460, 640);
    details.show();
    QVERIFY(QTest::qWaitForWindowExposed(&details));
    QVERIFY(
        details.findChild<QPushButton*>(QStringLiteral("detailsWebhooksPushButton"))->isVisible());
    shoot(&details, QStringLiteral("account-details-box.png"));
    details.copyLimitedToken(dialog.scopes(), dialog.resource());
    QTRY_VERIFY(!QApplication::clipboard()->text().isEmpty());
    const QString copied = QApplication::clipboard()->text();
    QVERIFY(copied != (*own)->token.toString());
    QVERIFY(m_sandbox.grantLog().contains(QStringLiteral("token_exchange ok")));
    std::optional<Result<AccessToken>> after;
    m_engine->tokens().token(m_account, this, [&](Result<AccessToken> t) { after = t; });
    QTRY_VERIFY(after.has_value());
    QCOMPARE((*after)->token.toString(), (*own)->token.toString());
}

QTEST_MAIN(TestBoxTools)
#include "tst_boxtools.moc"
