// Preferences (engine/AppSettings): every bad value falls back to its default with a warning
// naming the key, good values survive a round trip, and the network part reaches HttpClient:
// trusted certificates keyed by host and port (old host-only entries meaning port 443) and
// ignored, with a warning, for a catalog host or a host:port no app registration uses; the
// proxy on the engine's own manager, never for loopback.
// The organization policy (providers/AdminPolicy): parsing and the catalog hiding what it
// forbids.
#include "TestSupport.h"

#include "engine/AppSettings.h"
#include "engine/CertificateTrustPolicy.h"
#include "net/HttpClient.h"
#include "net/UrlPolicy.h"
#include "providers/AdminPolicy.h"
#include "providers/ProviderCatalog.h"

#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkProxyFactory>
#include <QSettings>
#include <QTemporaryDir>
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
        a.trustedHosts.insert(QStringLiteral("files.example.com:8443"),
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
        QCOMPARE(http.proxiesFor(QUrl("https://api.box.com/")).value(0).type(),
                 QNetworkProxy::NoProxy);
    }

    void trustedEntriesKeyedByHostAndPort()
    {
        test::TempProfile p;
        QSettings s(p.file(QStringLiteral("settings.ini")), QSettings::IniFormat);
        const QString fp = QStringLiteral("ab:").repeated(31) + QStringLiteral("ab");
        // As older versions wrote them (a host alone), and as this one does.
        s.setValue(QStringLiteral("trustedCertificates/Files.Example.com"), fp);
        s.setValue(QStringLiteral("trustedCertificates/crm.example.com:8443"), fp);
        s.setValue(QStringLiteral("trustedCertificates/[::1]:9443"), fp);
        s.setValue(QStringLiteral("trustedCertificates/bad host:1"), fp);
        s.sync();
        QStringList warnings;
        const AppSettings loaded = AppSettings::load(s, &warnings);
        QCOMPARE(warnings.size(), 1); // the malformed host
        QCOMPARE(loaded.trustedHosts.keys(),
                 (QStringList{"[::1]:9443", "crm.example.com:8443", "files.example.com:443"}));
        QCOMPARE(loaded.trustedHosts.value("files.example.com:443"), fp.toUpper());

        // Written back with the port, the migrated entry stays what it was.
        test::TempProfile q;
        QSettings t(q.file(QStringLiteral("settings.ini")), QSettings::IniFormat);
        loaded.save(t);
        QCOMPARE(AppSettings::load(t).trustedHosts, loaded.trustedHosts);
    }

    void ignoredTrustEntriesWarn()
    {
        // The built-in files, and an override that replaces Box with a per-server provider: the
        // hosts the built-in box.json names stay untrustable all the same. ("\/" is JSON's "/":
        // moc reads "//" in a raw string as a comment and would lose this class.)
        QTemporaryDir overrides;
        test::writeFile(overrides.path(), "box.json",
                        R"({"schema": 1, "id": "box", "name": "Box, self-hosted",
            "category": "storage", "docs": "https:\/\/example.com/docs",
            "parameters": [{"name": "host", "label": "Host", "kind": "hostname", "required": true}],
            "schemes": {"client_credentials": {"token_url": "https:\/\/{host}:8443/oauth2/token"}},
            "verify": {"url": "https:\/\/{host}/2.0/users/me", "identity": {"id": "id"}}})");
        ProviderCatalog catalog;
        catalog.loadFrom(QStringLiteral(":/providers"), overrides.path());
        QVERIFY(!catalog.find(QStringLiteral("box"))->builtin);
        auto app = [](const QString& provider, const QString& host) {
            AppRegistration a;
            a.id = a.name = provider + host;
            a.providerId = provider;
            a.parameters.insert(QStringLiteral("host"), host);
            return a;
        };
        const QList<AppRegistration> apps{
            app(QStringLiteral("servicenow"), QStringLiteral("acme.service-now.example")),
            app(QStringLiteral("sugarcrm"), QStringLiteral("crm.example.org:8443")),
            app(QStringLiteral("box"), QStringLiteral("api.box.com")),
            app(QStringLiteral("box"), QStringLiteral("files.example.org"))};

        // Used by a registration, at the port its endpoints resolve to: honoured.
        const QStringList honoured{"acme.service-now.example:443", "crm.example.org:8443",
                                   "files.example.org:8443", // the token URL's own port
                                   "files.example.org:443"}; // the verify URL
        for (const QString& endpoint : honoured) {
            QString host;
            quint16 port = 0;
            QVERIFY(UrlPolicy::splitEndpoint(endpoint, &host, &port));
            QVERIFY2(CertificateTrustPolicy::refusal(catalog, apps, host, port).isEmpty(),
                     qPrintable(endpoint));
        }

        const QString fp = QStringLiteral("AB:").repeated(31) + QStringLiteral("AB");
        const QMap<QString, QString> trusted{
            {"acme.service-now.example:443", fp},  // fine
            {"acme.service-now.example:8443", fp}, // another port: nobody uses it
            {"crm.example.org:443", fp},           // the registration says 8443
            {"api.box.com:443", fp},               // built-in, even though an app names it
            {"login.microsoftonline.com:443", fp}, // built-in, with {tenant} in the path
            {"login.salesforce.com:443", fp},      // built-in as a parameter's default
            {"intranet.example.org:443", fp}};     // no registration at all
        const QStringList warnings = CertificateTrustPolicy::warnings(catalog, apps, trusted);
        QCOMPARE(warnings.size(), 6);
        const QString joined = warnings.join(QLatin1Char('\n'));
        for (const QString& key : trusted.keys()) {
            const bool ignored = key != QLatin1String("acme.service-now.example:443");
            QCOMPARE(joined.contains(QStringLiteral("certificate for %1 is ignored").arg(key)),
                     ignored);
        }
        QVERIFY(joined.contains("api.box.com is a server of Box in AuthDeck's built-in catalog"));
        QVERIFY(joined.contains("login.microsoftonline.com is a server of Microsoft 365"));
        QVERIFY(joined.contains("login.salesforce.com is a server of Salesforce"));
        QVERIFY(joined.contains("No app registration of this profile uses crm.example.org:443"));
    }

    void proxyStaysOnTheEngine_data()
    {
        QTest::addColumn<int>("mode");
        QTest::newRow("system") << int(AppSettings::ProxyMode::System);
        QTest::newRow("manual") << int(AppSettings::ProxyMode::Manual);
        QTest::newRow("none") << int(AppSettings::ProxyMode::None);
    }

    void proxyStaysOnTheEngine()
    {
        QFETCH(int, mode);
        HttpClient http;
        AppSettings a;
        a.proxyMode = AppSettings::ProxyMode(mode);
        a.proxyHost = QStringLiteral("proxy.example.com");
        a.proxyPort = 3128;
        // Qt's application-wide proxy is left alone: only the engine's manager has a factory.
        // (Qt 6 starts with the system configuration on; turned off here to see it stay so.)
        QNetworkProxyFactory::setUseSystemConfiguration(false); // hygiene-ok: the test's probe
        a.apply(http);
        QVERIFY(!QNetworkProxyFactory::usesSystemConfiguration());
        QCOMPARE(QNetworkProxy::applicationProxy().type(), QNetworkProxy::NoProxy);
        QNetworkProxyFactory::setUseSystemConfiguration(true); // hygiene-ok: Qt's default again
        for (const char* loopback :
             {"http://127.0.0.1:8080/token", "http://127.255.0.9/", "http://[::1]:9/"}) {
            QCOMPARE(http.proxiesFor(QUrl(loopback)).value(0).type(), QNetworkProxy::NoProxy);
            QCOMPARE(a.proxyFor(QUrl(loopback).host(), 443).type(), QNetworkProxy::NoProxy);
        }
        if (a.proxyMode == AppSettings::ProxyMode::Manual) {
            const QNetworkProxy remote = http.proxiesFor(QUrl("https://api.box.com/")).value(0);
            QCOMPARE(remote.type(), QNetworkProxy::HttpProxy);
            QCOMPARE(remote.hostName(), QStringLiteral("proxy.example.com"));
            QCOMPARE(remote.port(), 3128);
            QCOMPARE(a.proxyFor(QStringLiteral("crm.example.org"), 443).hostName(),
                     QStringLiteral("proxy.example.com"));
            // "localhost" is a name DNS could answer for, not a loopback address.
            QCOMPARE(http.proxiesFor(QUrl("http://localhost/")).value(0).type(),
                     QNetworkProxy::HttpProxy);
        }
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
