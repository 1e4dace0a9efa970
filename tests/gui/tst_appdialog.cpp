#include "TestSupport.h"

#include "AppDialog.h"
#include "AppEditorWidget.h"
#include "SecretLineEdit.h"

#include "accounts/AppService.h"
#include "engine/Engine.h"
#include "secrets/MemorySecretStore.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTest>

using namespace authdeck;
using namespace authdeck::ui;

namespace {

std::unique_ptr<Engine> memoryEngine(const QString& profile)
{
    EngineOptions o;
    o.profileDir = profile;
    o.store = SecretStoreKind::Memory;
    auto e = Engine::create(o);
    return e.ok() ? std::move(e).value() : nullptr;
}

template <typename T>
T* child(QWidget* w, const char* name)
{
    return w->findChild<T*>(QLatin1String(name));
}

} // namespace

class TestAppDialog : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void addThroughTheDialog();
    void perServerNeedsHost();
    void editKeepsSecretUnlessReplaced();
    void redirectUriFollowsFixedPort();
    void unifiedScopesInTheCustomField();
    void unifiedScopeForAnotherProviderIsAProblem();
    void editKeepsUnifiedScopes();
};

void TestAppDialog::addThroughTheDialog()
{
    test::TempProfile p;
    auto engine = memoryEngine(p.path());
    AppDialog dialog(*engine);
    dialog.startNew(QStringLiteral("box"));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto* save = dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Save);
    QVERIFY(!save->isEnabled()); // nothing typed yet
    QTest::keyClicks(child<QLineEdit>(&dialog, "nameLineEdit"), QStringLiteral("Corp Box"));
    QTest::keyClicks(child<QLineEdit>(&dialog, "clientIdLineEdit"), QStringLiteral("abc123"));
    QTest::keyClicks(child<SecretLineEdit>(&dialog, "clientSecretLineEdit")->lineEdit(),
                     QStringLiteral("s3cret"));
    // Tick "Manage groups" as well as the default scope.
    auto* scopes = child<QListWidget>(&dialog, "scopesListWidget");
    for (int i = 0; i < scopes->count(); ++i) {
        if (scopes->item(i)->data(Qt::UserRole).toString() == QLatin1String("manage_groups"))
            scopes->item(i)->setCheckState(Qt::Checked);
    }
    QVERIFY(save->isEnabled());
    QTest::mouseClick(save, Qt::LeftButton);
    QTRY_COMPARE(dialog.result(), int(QDialog::Accepted));
    Result<AppRegistration> app = engine->apps().find(QStringLiteral("Corp Box"));
    QVERIFY(app.ok());
    QCOMPARE(app->clientId, QStringLiteral("abc123"));
    QCOMPARE(app->scopes, (QStringList{"root_readwrite", "manage_groups"}));
    QVERIFY(app->hasClientSecret);
    auto& store = static_cast<MemorySecretStore&>(engine->secrets());
    QCOMPARE(store.entries().size(), 1);
    QVERIFY(store.entries().begin().value().bytes().contains("s3cret"));
    QVERIFY(!p.allFileBytes().contains("s3cret"));
}

void TestAppDialog::perServerNeedsHost()
{
    test::TempProfile p;
    auto engine = memoryEngine(p.path());
    AppDialog dialog(*engine);
    dialog.startNew(QStringLiteral("servicenow"));
    dialog.show();
    QTest::keyClicks(child<QLineEdit>(&dialog, "nameLineEdit"), QStringLiteral("SN"));
    QTest::keyClicks(child<QLineEdit>(&dialog, "clientIdLineEdit"), QStringLiteral("id"));
    auto* problem = child<QLabel>(&dialog, "problemLabel");
    QVERIFY2(problem->text().contains(QLatin1String("host")), qPrintable(problem->text()));
    auto* save = dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Save);
    QVERIFY(!save->isEnabled());
    QTest::keyClicks(child<QLineEdit>(&dialog, "hostLineEdit"),
                     QStringLiteral("acme.service-now.com"));
    QVERIFY(problem->text().isEmpty());
    QVERIFY(save->isEnabled());
}

void TestAppDialog::editKeepsSecretUnlessReplaced()
{
    test::TempProfile p;
    auto engine = memoryEngine(p.path());
    AppInput in;
    in.providerId = QStringLiteral("dropbox");
    in.name = QStringLiteral("DB");
    in.clientId = QStringLiteral("db-id");
    in.clientSecret = SecretBytes(QByteArrayLiteral("original-secret"));
    std::optional<Result<AppRegistration>> added;
    engine->apps().add(in, nullptr, [&](Result<AppRegistration> r) { added = r; });
    QTRY_VERIFY(added.has_value());
    QVERIFY(added->ok());

    AppDialog dialog(*engine);
    dialog.editApp(**added);
    dialog.show();
    auto* name = child<QLineEdit>(&dialog, "nameLineEdit");
    QCOMPARE(name->text(), QStringLiteral("DB"));
    QVERIFY(!child<QComboBox>(&dialog, "providerComboBox")->isEnabled());
    name->clear();
    QTest::keyClicks(name, QStringLiteral("Dropbox Team"));
    QTest::mouseClick(dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Save),
                      Qt::LeftButton);
    QTRY_COMPARE(dialog.result(), int(QDialog::Accepted));
    Result<AppRegistration> app = engine->apps().find((*added)->id);
    QVERIFY(app.ok());
    QCOMPARE(app->name, QStringLiteral("Dropbox Team"));
    QVERIFY(app->hasClientSecret);
    auto& store = static_cast<MemorySecretStore&>(engine->secrets());
    QVERIFY(store.entries()
                .value(engine->apps().secretKey(app->id))
                .bytes()
                .contains("original-secret"));
}

void TestAppDialog::redirectUriFollowsFixedPort()
{
    test::TempProfile p;
    auto engine = memoryEngine(p.path());
    AppEditorWidget editor(*engine);
    editor.startNew(QStringLiteral("dropbox"));
    // Dropbox matches ports exactly: a fixed port is preselected.
    QCOMPARE(editor.redirectUri(), QStringLiteral("http://127.0.0.1:53682/callback"));
    editor.startNew(QStringLiteral("box"));
    QCOMPARE(editor.redirectUri(), QStringLiteral("http://127.0.0.1/callback"));
    QCOMPARE(child<QLabel>(&editor, "redirectUriLabel")->text(),
             QStringLiteral("http://127.0.0.1/callback"));
}

void TestAppDialog::unifiedScopesInTheCustomField()
{
    test::TempProfile p;
    auto engine = memoryEngine(p.path());
    AppDialog dialog(*engine);
    dialog.startNew(QStringLiteral("box"));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QTest::keyClicks(child<QLineEdit>(&dialog, "nameLineEdit"), QStringLiteral("Scoped Box"));
    QTest::keyClicks(child<QLineEdit>(&dialog, "clientIdLineEdit"), QStringLiteral("abc123"));
    auto* custom = child<QLineEdit>(&dialog, "customScopesLineEdit");
    QVERIFY(custom->toolTip().contains(QLatin1String("files.read: root_readonly")));
    QTest::keyClicks(custom, QStringLiteral("files.read box:manage_webhook"));
    auto* note = child<QLabel>(&dialog, "unifiedScopesLabel");
    QVERIFY(note->isVisible());
    QCOMPARE(note->text(), QStringLiteral("files.read asks Box for: root_readonly"));
    QVERIFY(!note->accessibleName().isEmpty());
    QVERIFY(child<QLabel>(&dialog, "problemLabel")->text().isEmpty());
    auto* save = dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Save);
    QVERIFY(save->isEnabled());
    QTest::mouseClick(save, Qt::LeftButton);
    QTRY_COMPARE(dialog.result(), int(QDialog::Accepted));
    Result<AppRegistration> app = engine->apps().find(QStringLiteral("Scoped Box"));
    QVERIFY(app.ok());
    // The default scope stays ticked; the custom field adds what its scopes become.
    QCOMPARE(app->scopes, (QStringList{"root_readwrite", "root_readonly", "manage_webhook"}));
    QCOMPARE(app->unifiedScopes, QStringList{QStringLiteral("files.read")});
}

void TestAppDialog::unifiedScopeForAnotherProviderIsAProblem()
{
    test::TempProfile p;
    auto engine = memoryEngine(p.path());
    AppDialog dialog(*engine);
    dialog.startNew(QStringLiteral("box"));
    dialog.show();
    QTest::keyClicks(child<QLineEdit>(&dialog, "nameLineEdit"), QStringLiteral("Scoped Box"));
    QTest::keyClicks(child<QLineEdit>(&dialog, "clientIdLineEdit"), QStringLiteral("abc123"));
    QTest::keyClicks(child<QLineEdit>(&dialog, "customScopesLineEdit"),
                     QStringLiteral("files.read[dropbox:files.content.read]"));
    const QString problem = child<QLabel>(&dialog, "problemLabel")->text();
    QVERIFY2(problem.contains(QLatin1String("is a scope of Dropbox (dropbox)")),
             qPrintable(problem));
    QVERIFY(!dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Save)->isEnabled());
    QVERIFY(!child<QLabel>(&dialog, "unifiedScopesLabel")->isVisible());
}

void TestAppDialog::editKeepsUnifiedScopes()
{
    test::TempProfile p;
    auto engine = memoryEngine(p.path());
    AppInput in;
    in.providerId = QStringLiteral("box");
    in.name = QStringLiteral("Groups");
    in.clientId = QStringLiteral("box-id");
    in.scopes = {QStringLiteral("groups.manage files.read")};
    std::optional<Result<AppRegistration>> added;
    engine->apps().add(in, nullptr, [&](Result<AppRegistration> r) { added = r; });
    QTRY_VERIFY(added.has_value());
    QVERIFY2(added->ok(), qPrintable(added->error().message));
    QCOMPARE((*added)->scopes, (QStringList{"manage_groups", "root_readonly"}));

    AppDialog dialog(*engine);
    dialog.editApp(**added);
    dialog.show();
    QCOMPARE(child<QLineEdit>(&dialog, "customScopesLineEdit")->text(),
             QStringLiteral("groups.manage files.read"));
    QTest::mouseClick(dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Save),
                      Qt::LeftButton);
    QTRY_COMPARE(dialog.result(), int(QDialog::Accepted));
    Result<AppRegistration> app = engine->apps().find((*added)->id);
    QVERIFY(app.ok());
    QCOMPARE(app->unifiedScopes, (QStringList{"groups.manage", "files.read"}));
    QCOMPARE(app->scopes, (QStringList{"root_readonly", "manage_groups"}));
}

QTEST_MAIN(TestAppDialog)
#include "tst_appdialog.moc"
