// The Export and Import bundle dialogs on the offscreen platform: selection, the passphrase
// strength hint and confirmation, export with secrets (KDF on a worker while the busy bar shows),
// and an import whose preview lists what will happen before anything is written.
#include "TestSupport.h"

#include "AppDialog.h"
#include "BundleDialogs.h"
#include "MainWindow.h"
#include "MessageBoxes.h"
#include "SecretLineEdit.h"

#include "accounts/AppService.h"
#include "engine/Engine.h"
#include "secrets/MemorySecretStore.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
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

void type(SecretLineEdit* edit, const QString& text)
{
    edit->lineEdit()->clear();
    QTest::keyClicks(edit->lineEdit(), text);
}

} // namespace

class TestBundleDialogs : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void strengthHints();
    void exportThenImportWithPreview();
    void importWithoutSecretsAsksForThem();
};

void TestBundleDialogs::strengthHints()
{
    QVERIFY(ExportBundleDialog::strength(SecretBytes("short")).startsWith(QLatin1String("Too")));
    QVERIFY(
        ExportBundleDialog::strength(SecretBytes("abcdefgh")).startsWith(QLatin1String("Weak")));
    QVERIFY(ExportBundleDialog::strength(SecretBytes("abcdefgh1234"))
                .startsWith(QLatin1String("Fair")));
    QVERIFY(ExportBundleDialog::strength(SecretBytes("correct horse battery staple"))
                .startsWith(QLatin1String("Strong")));
}

void TestBundleDialogs::exportThenImportWithPreview()
{
    test::TempProfile source;
    auto engine = memoryEngine(source.path());
    QVERIFY(engine);
    AppInput in;
    in.providerId = QStringLiteral("box");
    in.name = QStringLiteral("Dialog Box App");
    in.clientId = QStringLiteral("dialog-client");
    in.clientSecret = SecretBytes("dialog-secret-canary");
    std::optional<Result<AppRegistration>> added;
    engine->apps().add(in, nullptr, [&](Result<AppRegistration> r) { added.emplace(r); });
    QTRY_VERIFY(added.has_value());
    QVERIFY(added->ok());

    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("dialog-bundle.json"));
    ExportBundleDialog exportDialog(*engine);
    exportDialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&exportDialog));
    QCOMPARE(exportDialog.items()->count(), 1);
    auto* ok = exportDialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
    QVERIFY(!ok->isEnabled()); // no file yet
    QTest::keyClicks(exportDialog.path(), file);
    QVERIFY(ok->isEnabled()); // without secrets no passphrase is needed
    exportDialog.includeSecrets()->setChecked(true);
    QVERIFY(!ok->isEnabled());
    type(exportDialog.passphrase(), QStringLiteral("dialog passphrase 42"));
    QVERIFY(exportDialog.hint()->text().startsWith(QLatin1String("Strong")));
    type(exportDialog.confirmation(), QStringLiteral("dialog passphrase 43"));
    QVERIFY(!ok->isEnabled());
    QVERIFY(exportDialog.hint()->text().contains(QLatin1String("differ")));
    type(exportDialog.confirmation(), QStringLiteral("dialog passphrase 42"));
    QVERIFY(ok->isEnabled());
    QSignalSpy exported(&exportDialog, &ExportBundleDialog::exported);
    QTest::mouseClick(ok, Qt::LeftButton);
    QVERIFY(exportDialog.findChild<QProgressBar*>()->isVisible()); // the KDF is running
    QVERIFY(exported.wait(30000));
    QVERIFY(QFile::exists(file));
    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QVERIFY(!f.readAll().contains("dialog-secret-canary"));

    test::TempProfile target;
    auto fresh = memoryEngine(target.path());
    ImportBundleDialog importDialog(*fresh);
    importDialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&importDialog));
    QTest::keyClicks(importDialog.path(), file);
    QVERIFY(importDialog.passphrase()->isEnabled()); // the bundle holds secrets
    auto* import = importDialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
    QVERIFY(!import->isEnabled()); // no preview yet
    type(importDialog.passphrase(), QStringLiteral("wrong passphrase!"));
    QTest::mouseClick(importDialog.previewButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(importDialog.errorLabel()->isVisible(), 30000);
    QVERIFY(importDialog.errorLabel()->text().contains(QLatin1String("passphrase")));
    QVERIFY(!import->isEnabled());
    type(importDialog.passphrase(), QStringLiteral("dialog passphrase 42"));
    QTest::mouseClick(importDialog.previewButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(importDialog.previewList()->count(), 1, 30000);
    QVERIFY(importDialog.previewList()->item(0)->text().contains(QLatin1String("Add app")));
    QVERIFY(fresh->apps().list()->isEmpty()); // the preview wrote nothing
    QTRY_VERIFY(import->isEnabled());
    QSignalSpy imported(&importDialog, &ImportBundleDialog::imported);
    QTest::mouseClick(import, Qt::LeftButton);
    QVERIFY(imported.count() == 1 || imported.wait(10000));
    QCOMPARE(fresh->apps().list()->size(), 1);
    QVERIFY(fresh->apps().list()->at(0).hasClientSecret);
}

// A bundle without secrets: after import the window offers to enter them, app by app.
void TestBundleDialogs::importWithoutSecretsAsksForThem()
{
    test::TempProfile source;
    auto engine = memoryEngine(source.path());
    QVERIFY(engine);
    AppInput in;
    in.providerId = QStringLiteral("box");
    in.name = QStringLiteral("Secretless App");
    in.clientId = QStringLiteral("secretless-client");
    in.clientSecret = SecretBytes("left-behind-canary");
    std::optional<Result<AppRegistration>> added;
    engine->apps().add(in, nullptr, [&](Result<AppRegistration> r) { added.emplace(r); });
    QTRY_VERIFY(added.has_value());
    QVERIFY(added->ok());
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("plain-bundle.json"));
    {
        ExportBundleDialog exportDialog(*engine);
        exportDialog.show();
        QTest::keyClicks(exportDialog.path(), file);
        QSignalSpy exported(&exportDialog, &ExportBundleDialog::exported);
        QTest::mouseClick(exportDialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok),
                          Qt::LeftButton);
        QVERIFY(exported.count() == 1 || exported.wait(30000));
    }

    test::TempProfile target;
    auto fresh = memoryEngine(target.path());
    QStringList asked;
    MessageBoxes::setTestResponder([&](MessageBoxes::Kind, const QString& title, const QString&) {
        asked << title;
        return true;
    });
    MainWindow window(*fresh);
    window.show();
    QAction* importAction = nullptr;
    for (QAction* a : window.menuBar()->actions().first()->menu()->actions()) {
        if (a->text().contains(QStringLiteral("Import")))
            importAction = a;
    }
    QVERIFY(importAction);
    importAction->trigger();
    auto* importDialog = window.findChild<ImportBundleDialog*>();
    QVERIFY(importDialog);
    QTest::keyClicks(importDialog->path(), file);
    QTest::mouseClick(importDialog->previewButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(importDialog->previewList()->count(), 1, 30000);
    auto* ok = importDialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
    QTRY_VERIFY(ok->isEnabled());
    QTest::mouseClick(ok, Qt::LeftButton);
    QTRY_VERIFY(asked.contains(QStringLiteral("Secrets to enter")));
    AppDialog* appDialog = nullptr;
    QTRY_VERIFY((appDialog = window.findChild<AppDialog*>(QStringLiteral("missingSecretAppDialog")))
                != nullptr);
    QVERIFY(!fresh->apps().list()->at(0).hasClientSecret);
    type(appDialog->findChild<SecretLineEdit*>(QStringLiteral("clientSecretLineEdit")),
         QStringLiteral("entered-after-import"));
    appDialog->accept();
    QTRY_VERIFY(fresh->apps().list()->at(0).hasClientSecret);
    MessageBoxes::setTestResponder({});
}

QTEST_MAIN(TestBundleDialogs)
#include "tst_bundledialogs.moc"
