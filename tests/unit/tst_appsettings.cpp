// Preferences (engine/AppSettings): every bad value falls back to its default with a warning
// naming the key, good values survive a round trip, and the network part reaches HttpClient.
// The organization policy (providers/AdminPolicy): parsing and the catalog hiding what it
// forbids.
#include "TestSupport.h"

#include "engine/AppSettings.h"
#include "net/HttpClient.h"
#include "providers/AdminPolicy.h"
#include "providers/ProviderCatalog.h"

#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QSettings>
#include <QTest>

using namespace authdeck;

class TestAppSettings : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void defaultsWithoutFile()
    {
        test::TempProfile p;
        QSettings s(p.file(QStringLiteral("settings.ini")), QSettings::IniFormat);
        QStringList warnings;
        const AppSettings loaded = AppSettings::load(s, &warnings);
        QVERIFY(warnings.isEmpty());
        QVERIFY(loaded == AppSettings());
    }

    void roundTrip()
    {
        test::TempProfile p;
        AppSettings a;
        a.proxyMode = AppSettings::ProxyMode::Manual;
        a.proxyHost = QStringLiteral("proxy.example.com");
        a.proxyPort = 3128;
        a.connectTimeoutSeconds = 5;
        a.transferTimeoutSeconds = 90;
        a.trustedHosts.insert(QStringLiteral("files.example.com"),
                              QStringLiteral("AB:") + QStringLiteral("CD:").repeated(30)
                                  + QStringLiteral("EF"));
        a.exportsMayIncludeSecrets = false;
        a.notifyNeedsAttention = false;
        a.startWithSystem = true;
        {
            QSettings s(p.file(QStringLiteral("settings.ini")), QSettings::IniFormat);
            a.save(s);
        }
        QSettings s(p.file(QStringLiteral("settings.ini")), QSettings::IniFormat);
        QStringList warnings;
        const AppSettings b = AppSettings::load(s, &warnings);
        QVERIFY2(warnings.isEmpty(), qPrintable(warnings.join(QLatin1Char('\n'))));
        QVERIFY(a == b);
    }

    void badValuesFallBack_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("value");
        QTest::newRow("proxy mode") << QStringLiteral("network/proxy") << QStringLiteral("socks9");
        QTest::newRow("proxy port")
            << QStringLiteral("network/proxyPort") << QStringLiteral("70000");
        QTest::newRow("connect timeout")
            << QStringLiteral("network/connectTimeoutSeconds") << QStringLiteral("0");
        QTest::newRow("transfer timeout")
            << QStringLiteral("network/transferTimeoutSeconds") << QStringLiteral("soon");
        QTest::newRow("exports") << QStringLiteral("security/exportsMayIncludeSecrets")
                                 << QStringLiteral("maybe");
        QTest::newRow("language") << QStringLiteral("general/language") << QStringLiteral("xx");
        QTest::newRow("notify") << QStringLiteral("general/notifyNeedsAttention")
                                << QStringLiteral("2");
        QTest::newRow("fingerprint") << QStringLiteral("trustedCertificates/host.example.com")
                                     << QStringLiteral("not-a-fingerprint");
        QTest::newRow("manual proxy without host")
            << QStringLiteral("network/proxy") << QStringLiteral("manual");
    }

    void badValuesFallBack()
    {
        QFETCH(QString, key);
        QFETCH(QString, value);
        test::TempProfile p;
        QSettings s(p.file(QStringLiteral("settings.ini")), QSettings::IniFormat);
        s.setValue(key, value);
        s.sync();
        QStringList warnings;
        const AppSettings loaded = AppSettings::load(s, &warnings);
        QCOMPARE(warnings.size(), 1);
        QVERIFY2(warnings.first().contains(key.section(QLatin1Char('/'), 0, 0)),
                 qPrintable(warnings.first()));
        QVERIFY(loaded == AppSettings()); // everything at its default
    }

    void appliesDeadline()
    {
        HttpClient http;
        AppSettings a;
        a.proxyMode = AppSettings::ProxyMode::None;
        a.transferTimeoutSeconds = 42;
        a.apply(http);
        QCOMPARE(http.defaultDeadline(), 42000);
        QCOMPARE(http.networkAccessManager()->proxy().type(), QNetworkProxy::NoProxy);
    }

    void languagesListEnglish()
    {
        const QStringList languages = AppSettings::availableLanguages();
        QCOMPARE(languages.value(0), QStringLiteral("system"));
        QVERIFY(languages.contains(QStringLiteral("en")));
        QVERIFY(languages.contains(QStringLiteral("de")));
        QVERIFY(languages.contains(QStringLiteral("fr")));
    }

    void policyParse()
    {
        const AdminPolicy p = AdminPolicy::parse(
            "{\"providers\": {\"allow\": [\"Box\", \"dropbox\"], \"deny\": [\"dropbox\"]},"
            " \"schemes\": {\"deny\": [\"password\"]},"
            " \"exports_may_include_secrets\": false}",
            QStringLiteral("/etc/authdeck/policy.json"));
        QVERIFY(p.present);
        QVERIFY(p.restricts());
        QVERIFY(p.allowsProvider(QStringLiteral("box")));
        QVERIFY(!p.allowsProvider(QStringLiteral("dropbox")));  // deny wins
        QVERIFY(!p.allowsProvider(QStringLiteral("onedrive"))); // not in allow
        QVERIFY(!p.allowsScheme(Scheme::Password));
        QVERIFY(p.allowsScheme(Scheme::OAuth2));
        QCOMPARE(p.exportsMayIncludeSecrets, std::optional<bool>(false));
        QVERIFY(p.warnings.isEmpty());
        QVERIFY(p.refusalForProvider(QStringLiteral("dropbox"))
                    .contains(QStringLiteral("managed by your organization")));

        // A file that is not valid denies everything (tst_adminpolicy has every kind of error).
        const AdminPolicy broken = AdminPolicy::parse("[1]", QStringLiteral("x.json"));
        QVERIFY(broken.present);
        QVERIFY(broken.restricts());
        QCOMPARE(broken.warnings.size(), 1);
        QVERIFY(!broken.allowsProvider(QStringLiteral("dropbox")));

        const AdminPolicy missing = AdminPolicy::load(QStringLiteral("/nonexistent/policy.json"));
        QVERIFY(!missing.present);
        QVERIFY(missing.warnings.isEmpty());
    }

    void catalogHidesForbidden()
    {
        ProviderCatalog catalog;
        catalog.setPolicy(AdminPolicy::parse(
            "{\"providers\": {\"deny\": [\"dropbox\"]}, \"schemes\": {\"deny\": [\"jwt\"]}}",
            QStringLiteral("p.json")));
        catalog.load(QString());
        QVERIFY(!catalog.find(QStringLiteral("dropbox")));
        QVERIFY(catalog.isForbidden(QStringLiteral("dropbox")));
        const Provider* box = catalog.find(QStringLiteral("box"));
        QVERIFY(box);
        QVERIFY(!box->supports(Scheme::Jwt));
        QVERIFY(box->supports(Scheme::OAuth2));
        QVERIFY(!catalog.isForbidden(QStringLiteral("box")));

        ProviderCatalog free;
        free.load(QString());
        QVERIFY(free.find(QStringLiteral("dropbox")));
        QVERIFY(free.find(QStringLiteral("box"))->supports(Scheme::Jwt));
    }
};

QTEST_GUILESS_MAIN(TestAppSettings)
#include "tst_appsettings.moc"
