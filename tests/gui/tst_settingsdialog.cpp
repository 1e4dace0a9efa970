// Settings > Preferences on the offscreen platform: an app registration edited through the Apps
// page shows in the real "authdeck-cli apps show"; duplicate and remove (naming the accounts);
// the organization policy hides a forbidden provider; bad preferences fall back with a warning;
// a self-signed certificate is trusted for one host:port only after its fingerprint was shown,
// never where the engine would ignore it (a catalog host, a host no app registration uses), and
// entries it ignores are named.
#include "TestCertificate.h"
#include "TestSupport.h"

#include "AppDialog.h"
#include "MessageBoxes.h"
#include "SettingsDialog.h"
#include "SettingsPages.h"

#include "accounts/AccountService.h"
#include "accounts/AppService.h"
#include "engine/Engine.h"
#include "net/HttpClient.h"
#include "net/LocalHttpServer.h"
#include "secrets/MemorySecretStore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTest>
#include <QTreeWidget>

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

Result<AppRegistration> addApp(Engine& engine, const QString& name, const QString& secret = {})
{
    AppInput in;
    in.providerId = QStringLiteral("box");
    in.name = name;
    in.clientId = QStringLiteral("old-client-id");
    in.scopes = {QStringLiteral("root_readonly")};
    if (!secret.isEmpty())
        in.clientSecret = SecretBytes(secret.toUtf8());
    std::optional<Result<AppRegistration>> out;
    engine.apps().add(in, nullptr, [&](Result<AppRegistration> r) { out = r; });
    if (!QTest::qWaitFor([&] { return out.has_value(); }, 10000))
        return fail(ErrorKind::Other, QStringLiteral("timeout"));
    return *out;
}

} // namespace

class TestSettingsDialog : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void cleanup()
    {
        MessageBoxes::setTestResponder({});
        qunsetenv("AUTHDECK_POLICY_FILE");
    }

    void pageList()
    {
        test::TempProfile p;
        auto engine = memoryEngine(p.path());
        QVERIFY(engine);
        SettingsDialog d(*engine);
        auto* list = child<QListWidget>(&d, "pageListWidget");
        QCOMPARE(list->count(), 4);
        QCOMPARE(list->item(0)->text(), QStringLiteral("Apps"));
        QCOMPARE(list->item(3)->text(), QStringLiteral("General"));
        d.showPage(SettingsDialog::SecurityPage);
        QCOMPARE(child<QStackedWidget>(&d, "pageStackedWidget")->currentIndex(), 2);
        auto* languages = child<QComboBox>(&d, "languageComboBox");
        QVERIFY(languages->count() >= 4); // the system's, English, German, French
        QCOMPARE(languages->itemData(0).toString(), QStringLiteral("system"));
        QVERIFY(languages->findData(QStringLiteral("de")) > 0);
        QVERIFY(languages->findData(QStringLiteral("fr")) > 0);
        QVERIFY(!child<QLabel>(d.securityPage(), "secretStoreLabel")->text().isEmpty());
    }

    // Acceptance 1: edit through the panel, see it in "apps show".
    void editedAppShowsInCli()
    {
        test::TempProfile p;
        auto engine = memoryEngine(p.path());
        Result<AppRegistration> app = addApp(*engine, QStringLiteral("Team Box"));
        QVERIFY(app.ok());

        SettingsDialog d(*engine);
        d.show();
        QVERIFY(QTest::qWaitForWindowExposed(&d));
        AppsSettingsPage* page = d.appsPage();
        page->selectApp(app->id);
        QCOMPARE(page->selectedAppId(), app->id);
        QCOMPARE(child<QLineEdit>(page, "redirectUriLineEdit")->text(),
                 QStringLiteral("http://127.0.0.1/callback"));

        QTest::mouseClick(child<QPushButton>(page, "editAppPushButton"), Qt::LeftButton);
        AppDialog* dialog = nullptr;
        QTRY_VERIFY((dialog = page->findChild<AppDialog*>()) != nullptr);
        auto* clientId = child<QLineEdit>(dialog, "clientIdLineEdit");
        QCOMPARE(clientId->text(), QStringLiteral("old-client-id"));
        clientId->clear();
        QTest::keyClicks(clientId, QStringLiteral("new-client-id"));
        auto* scopes = child<QListWidget>(dialog, "scopesListWidget");
        for (int i = 0; i < scopes->count(); ++i) {
            if (scopes->item(i)->data(Qt::UserRole).toString() == QLatin1String("manage_groups"))
                scopes->item(i)->setCheckState(Qt::Checked);
        }
        QSignalSpy saved(page, &AppsSettingsPage::appSaved);
        QTest::mouseClick(dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Save),
                          Qt::LeftButton);
        QTRY_COMPARE(saved.size(), 1);
        QCOMPARE(saved.first().first().toString(), app->id);

        const test::CliRun r = test::runCli({QStringLiteral("--profile"), p.path(),
                                             QStringLiteral("--json"), QStringLiteral("apps"),
                                             QStringLiteral("show"), QStringLiteral("Team Box")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(o.value(u"client_id").toString(), QStringLiteral("new-client-id"));
        const QJsonArray s = o.value(u"scopes").toArray();
        QVERIFY2(s.contains(QStringLiteral("manage_groups")), r.out.constData());
        QVERIFY2(s.contains(QStringLiteral("root_readonly")), r.out.constData());
    }

    void duplicateCopiesSecrets()
    {
        test::TempProfile p;
        auto engine = memoryEngine(p.path());
        Result<AppRegistration> app =
            addApp(*engine, QStringLiteral("Corp"), QStringLiteral("dup-secret"));
        QVERIFY(app.ok());
        AppsSettingsPage page(*engine);
        page.selectApp(app->id);
        QSignalSpy saved(&page, &AppsSettingsPage::appSaved);
        QTest::mouseClick(child<QPushButton>(&page, "duplicateAppPushButton"), Qt::LeftButton);
        QTRY_COMPARE(saved.size(), 1);
        Result<AppRegistration> copy = engine->apps().find(QStringLiteral("Corp (copy)"));
        QVERIFY(copy.ok());
        QCOMPARE(copy->clientId, QStringLiteral("old-client-id"));
        QVERIFY(copy->hasClientSecret);
        auto& store = static_cast<MemorySecretStore&>(engine->secrets());
        QVERIFY(store.entries()
                    .value(engine->apps().secretKey(copy->id))
                    .bytes()
                    .contains("dup-secret"));
        QCOMPARE(page.selectedAppId(), copy->id);
    }

    void removeNamesAccounts()
    {
        test::TempProfile p;
        auto engine = memoryEngine(p.path());
        Result<AppRegistration> app = addApp(*engine, QStringLiteral("Shared"));
        QVERIFY(app.ok());
        Account account;
        account.name = QStringLiteral("Finance Box");
        account.providerId = QStringLiteral("box");
        account.appId = app->id;
        std::optional<Result<Account>> created;
        engine->accounts().create(account, SecretRecord(), nullptr,
                                  [&](Result<Account> r) { created = r; });
        QTRY_VERIFY(created.has_value());
        QVERIFY2(created->ok(), qPrintable(created->error().message));

        AppsSettingsPage page(*engine);
        page.selectApp(app->id);
        QStringList asked;
        bool answer = false;
        MessageBoxes::setTestResponder(
            [&](MessageBoxes::Kind, const QString&, const QString& text) {
                asked.append(text);
                return answer;
            });
        auto* remove = child<QPushButton>(&page, "removeAppPushButton");
        QTest::mouseClick(remove, Qt::LeftButton);
        QCOMPARE(asked.size(), 1);
        QVERIFY2(asked.first().contains(QStringLiteral("Finance Box")), qPrintable(asked.first()));
        QTest::qWait(50);
        QVERIFY(engine->apps().find(app->id).ok()); // declined

        answer = true;
        QTest::mouseClick(remove, Qt::LeftButton);
        QTRY_VERIFY(!engine->apps().find(app->id).ok());
    }

    void policyHidesForbiddenProvider()
    {
        test::TempProfile p;
        const QString policy = test::writeFile(p.path(), QStringLiteral("policy.json"),
                                               "{\"providers\": {\"deny\": [\"dropbox\"]}, "
                                               "\"exports_may_include_secrets\": false}");
        qputenv("AUTHDECK_POLICY_FILE", policy.toUtf8());
        auto engine = memoryEngine(p.path());
        QVERIFY(engine);

        AppDialog dialog(*engine);
        dialog.startNew();
        auto* providers = child<QComboBox>(&dialog, "providerComboBox");
        QVERIFY(providers->count() > 3);
        QCOMPARE(providers->findData(QStringLiteral("dropbox")), -1);
        QVERIFY(providers->findData(QStringLiteral("box")) >= 0);

        SettingsDialog d(*engine);
        auto* label = child<QLabel>(d.securityPage(), "policyLabel");
        QVERIFY2(label->text().contains(QStringLiteral("Managed by your organization")),
                 qPrintable(label->text()));
        QVERIFY(label->text().contains(QStringLiteral("dropbox")));
        auto* exports = child<QCheckBox>(d.securityPage(), "exportsMayIncludeSecretsCheckBox");
        QVERIFY(!exports->isEnabled());
        QVERIFY(!exports->isChecked());
        QVERIFY(!child<QLabel>(d.appsPage(), "policyLabel")->isHidden());

        // Without the policy Dropbox is back.
        qunsetenv("AUTHDECK_POLICY_FILE");
        test::TempProfile other;
        auto free = memoryEngine(other.path());
        QVERIFY(free);
        AppDialog freeDialog(*free);
        freeDialog.startNew();
        QVERIFY(
            child<QComboBox>(&freeDialog, "providerComboBox")->findData(QStringLiteral("dropbox"))
            >= 0);
    }

    void badPreferencesFallBackAndSave()
    {
        test::TempProfile p;
        {
            QSettings s(p.file(QStringLiteral("settings.ini")), QSettings::IniFormat);
            s.setValue(QStringLiteral("network/transferTimeoutSeconds"), QStringLiteral("-5"));
        }
        auto engine = memoryEngine(p.path());
        QVERIFY(engine);
        SettingsDialog d(*engine);
        QCOMPARE(d.loadWarnings().size(), 1);
        auto* warning = child<QLabel>(&d, "warningsLabel");
        QVERIFY(warning);
        QVERIFY(warning->text().contains(QStringLiteral("transferTimeoutSeconds")));
        auto* transfer = child<QSpinBox>(d.networkPage(), "transferTimeoutSpinBox");
        QCOMPARE(transfer->value(), 30);
        transfer->setValue(45);
        d.accept();
        QCOMPARE(engine->http().defaultDeadline(), 45000);
        QSettings s(p.file(QStringLiteral("settings.ini")), QSettings::IniFormat);
        QCOMPARE(s.value(QStringLiteral("network/transferTimeoutSeconds")).toInt(), 45);
        // No secret-looking value in the file: only preferences.
        QVERIFY(!p.allFileBytes().contains("secret\""));
    }

    void trustOnlyAfterFingerprintShown()
    {
        const test::TestCertificate cert = test::makeSelfSignedCertificate();
        LocalHttpServer server;
        server.setTlsCertificate(cert.certificate, cert.key);
        QVERIFY(server.listen());

        NetworkSettingsPage page;
        auto* trust = child<QPushButton>(&page, "trustCertificatePushButton");
        QVERIFY(!trust->isEnabled()); // nothing shown yet
        child<QLineEdit>(&page, "trustHostLineEdit")->setText(QStringLiteral("127.0.0.1"));
        child<QSpinBox>(&page, "trustPortSpinBox")->setValue(server.port());
        QSignalSpy shown(&page, &NetworkSettingsPage::certificateShown);
        QTest::mouseClick(child<QPushButton>(&page, "fetchCertificatePushButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(shown.size(), 1, 15000);
        const QByteArray raw = HttpClient::fingerprintOf(cert.certificate);
        QString expected;
        for (int i = 0; i < raw.size(); ++i)
            expected +=
                (i ? QStringLiteral(":") : QString())
                + QStringLiteral("%1").arg(quint8(raw[i]), 2, 16, QLatin1Char('0')).toUpper();
        QCOMPARE(page.shownFingerprint(), expected);
        QVERIFY(child<QLabel>(&page, "fingerprintLabel")->text().contains(expected));
        QVERIFY(trust->isEnabled());

        QStringList asked;
        MessageBoxes::setTestResponder([&](MessageBoxes::Kind, const QString&, const QString& t) {
            asked.append(t);
            return true;
        });
        QTest::mouseClick(trust, Qt::LeftButton);
        QCOMPARE(asked.size(), 1);
        QVERIFY(asked.first().contains(expected));
        AppSettings s;
        page.store(s);
        QCOMPARE(s.trustedHosts.keys(),
                 QStringList{QStringLiteral("127.0.0.1:%1").arg(server.port())});
        QCOMPARE(s.trustedHosts.first(), expected);
        QCOMPARE(child<QListWidget>(&page, "trustedHostsListWidget")->count(), 1);
        QVERIFY(child<QListWidget>(&page, "trustedHostsListWidget")
                    ->item(0)
                    ->text()
                    .startsWith(QStringLiteral("SHA-256 ") + expected));

        // Typing another host forgets what was shown: nothing can be trusted blindly.
        QTest::keyClicks(child<QLineEdit>(&page, "trustHostLineEdit"), QStringLiteral("x"));
        QVERIFY(!trust->isEnabled());
        QVERIFY(page.shownFingerprint().isEmpty());
    }

    void refusedHostIsShownButNotTrusted()
    {
        const test::TestCertificate cert = test::makeSelfSignedCertificate();
        LocalHttpServer server;
        server.setTlsCertificate(cert.certificate, cert.key);
        QVERIFY(server.listen());
        test::TempProfile p;
        auto engine = memoryEngine(p.path());
        QVERIFY(engine);
        // The dialog's page asks the engine: no app registration uses this host:port.
        SettingsDialog d(*engine);
        NetworkSettingsPage& page = *d.networkPage();
        auto* trust = child<QPushButton>(&page, "trustCertificatePushButton");
        child<QLineEdit>(&page, "trustHostLineEdit")->setText(QStringLiteral("127.0.0.1"));
        child<QSpinBox>(&page, "trustPortSpinBox")->setValue(server.port());
        QSignalSpy shown(&page, &NetworkSettingsPage::certificateShown);
        QTest::mouseClick(child<QPushButton>(&page, "fetchCertificatePushButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(shown.size(), 1, 15000);
        const QString label = child<QLabel>(&page, "fingerprintLabel")->text();
        // The fingerprint first, then why it cannot be trusted here.
        QVERIFY2(
            label.startsWith(QStringLiteral("SHA-256 fingerprint: ") + page.shownFingerprint()),
            qPrintable(label));
        QVERIFY2(label.contains(QStringLiteral("No app registration of this profile uses "
                                               "127.0.0.1:%1")
                                    .arg(server.port())),
                 qPrintable(label));
        QVERIFY(!trust->isEnabled());
        int asked = 0;
        MessageBoxes::setTestResponder([&](MessageBoxes::Kind, const QString&, const QString&) {
            ++asked;
            return true;
        });
        page.trustShownCertificate();
        QCOMPARE(asked, 0);
        QVERIFY(d.currentSettings().trustedHosts.isEmpty());
    }

    void ignoredEntriesAreNamed()
    {
        test::TempProfile p;
        const QString fp = QStringLiteral("AB:").repeated(31) + QStringLiteral("AB");
        {
            QSettings s(p.file(QStringLiteral("settings.ini")), QSettings::IniFormat);
            s.setValue(QStringLiteral("trustedCertificates/api.box.com"), fp);
        }
        auto engine = memoryEngine(p.path());
        QVERIFY(engine);
        SettingsDialog d(*engine);
        auto* warning = child<QLabel>(&d, "warningsLabel");
        QVERIFY(warning);
        QVERIFY2(warning->text().contains(
                     QStringLiteral("The trusted certificate for api.box.com:443 is ignored")),
                 qPrintable(warning->text()));
        auto* list = child<QListWidget>(d.networkPage(), "trustedHostsListWidget");
        QCOMPARE(list->count(), 1);
        QVERIFY2(list->item(0)->text().contains(QStringLiteral("Ignored: api.box.com is a server "
                                                               "of Box")),
                 qPrintable(list->item(0)->text()));
    }
};

QTEST_MAIN(TestSettingsDialog)
#include "tst_settingsdialog.moc"
