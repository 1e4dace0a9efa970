// The Box admin's toolbox (issue 21) with the real authdeck-cli against the embedded sandbox in
// this process: webhooks created, listed and deleted; a signed delivery to a loopback receiver
// verified with the app's keys, through a key rotation, and refused when changed; a downscoped
// token that works where it should and not where it should not, the account's own untouched;
// and each bad input refused with its exit code and nothing left behind.
#include "TestSupport.h"

#include "net/HttpResponder.h"
#include "net/LocalHttpServer.h"
#include "sandbox/SandboxServer.h"

#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QTest>

using namespace authdeck;

namespace {

QString what(const test::CliRun& r)
{
    return QStringLiteral("exit %1, stdout: %2, stderr: %3")
        .arg(r.exitCode)
        .arg(QString::fromUtf8(r.out), QString::fromUtf8(r.err));
}

struct Answer {
    int status = 0;
    QJsonObject json;
};

Answer send(const QByteArray& method, const QUrl& url, const QByteArray& body,
            const QByteArray& contentType, const QByteArray& bearer = {})
{
    QNetworkAccessManager nam;
    nam.setProxy(QNetworkProxy::NoProxy);
    QNetworkRequest request(url);
    if (!contentType.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    if (!bearer.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + bearer);
    QNetworkReply* reply = nam.sendCustomRequest(request, method, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    Answer a{reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
             QJsonDocument::fromJson(reply->readAll()).object()};
    reply->deleteLater();
    return a;
}

} // namespace

class TestBoxToolbox : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();

    void webhooksAndSignedDeliveries();
    void downscopedTokens();
    void badInputLeavesNothing();

private:
    test::CliRun cli(const QStringList& args, bool json = false);
    QString file(const QString& name, const QByteArray& content);
    // A client-credentials app of the sandbox and its enterprise account; the account's id.
    QString connectApp(const QString& name, const QStringList& more = {});
    // The sandbox sends one delivery of `webhook`; the receiver's copy of it in two files.
    bool deliver(const QString& webhook, QString* headersFile, QString* bodyFile);

    std::unique_ptr<SandboxServer> m_sandbox;
    std::unique_ptr<test::TempProfile> m_profile;
    std::unique_ptr<QTemporaryDir> m_scratch;
    std::unique_ptr<LocalHttpServer> m_receiver;
    SandboxClient m_client;
    QList<HttpServerRequest> m_received;
    int m_files = 0;
};

void TestBoxToolbox::init()
{
    QVERIFY2(test::keychainAvailable(), "No Secret Service: run inside packaging/test-session.sh");
    m_sandbox = std::make_unique<SandboxServer>();
    QString error;
    QVERIFY2(m_sandbox->start(&error), qPrintable(error));
    SandboxClient c;
    c.name = QStringLiteral("AuthDeck toolbox test");
    m_client = m_sandbox->registerClient(c);
    m_profile = std::make_unique<test::TempProfile>();
    m_scratch = std::make_unique<QTemporaryDir>();
    QVERIFY(QDir(m_profile->path()).mkpath(QStringLiteral("providers")));
    QFile provider(m_profile->file(QStringLiteral("providers/sandbox.json")));
    QVERIFY(provider.open(QIODevice::WriteOnly));
    provider.write(QJsonDocument(m_sandbox->providerJson()).toJson());
    provider.close();
    m_received.clear();
    m_receiver = std::make_unique<LocalHttpServer>();
    m_receiver->setHandler([this](const HttpServerRequest& r, HttpResponder a) {
        m_received.append(r);
        a.respond(200);
    });
    QVERIFY(m_receiver->listen());
}

void TestBoxToolbox::cleanup()
{
    m_receiver.reset();
    m_profile.reset();
    m_sandbox.reset();
    m_scratch.reset();
}

test::CliRun TestBoxToolbox::cli(const QStringList& args, bool json)
{
    QStringList all{QStringLiteral("--profile"), m_profile->path()};
    if (json)
        all << QStringLiteral("--json");
    return test::runCli(all + args, {}, {}, 60000);
}

QString TestBoxToolbox::file(const QString& name, const QByteArray& content)
{
    return test::writeFile(m_scratch->path(), QStringLiteral("%1-%2").arg(++m_files).arg(name),
                           content);
}

QString TestBoxToolbox::connectApp(const QString& name, const QStringList& more)
{
    const test::CliRun added =
        cli(QStringList{QStringLiteral("apps"), QStringLiteral("add"), QStringLiteral("--provider"),
                        QStringLiteral("sandbox"), QStringLiteral("--scheme"),
                        QStringLiteral("client_credentials"), QStringLiteral("--name"), name,
                        QStringLiteral("--client-id"), m_client.clientId,
                        QStringLiteral("--client-secret-file"),
                        file(QStringLiteral("secret"), m_client.clientSecret.toUtf8() + '\n'),
                        QStringLiteral("--enterprise-id"),
                        QLatin1String(SandboxServer::DefaultEnterpriseId)}
            + more);
    if (added.exitCode != 0) {
        qWarning().noquote() << "apps add:" << what(added);
        return {};
    }
    const test::CliRun connected = cli({QStringLiteral("connect"), QStringLiteral("--app"), name,
                                        QStringLiteral("--subject"), QStringLiteral("enterprise")},
                                       true);
    if (connected.exitCode != 0) {
        qWarning().noquote() << "connect:" << what(connected);
        return {};
    }
    return QJsonDocument::fromJson(connected.out).object().value(u"id").toString();
}

bool TestBoxToolbox::deliver(const QString& webhook, QString* headersFile, QString* bodyFile)
{
    const int before = int(m_received.size());
    const Answer a = send("POST",
                          m_sandbox->baseUrl().resolved(QUrl(
                              QStringLiteral("/developers/api/webhooks/%1/deliver").arg(webhook))),
                          R"({"trigger": "FILE.UPLOADED"})", "application/json");
    if (a.status != 200 || a.json.value(u"status").toInt() != 200
        || m_received.size() != before + 1) {
        qWarning() << "deliver:" << a.status << a.json;
        return false;
    }
    const HttpServerRequest& r = m_received.last();
    QByteArray block = r.method + ' ' + r.target + " HTTP/1.1\r\n";
    for (const auto& [name, value] : r.headers)
        block += name + ": " + value + "\r\n";
    *headersFile = file(QStringLiteral("headers.txt"), block);
    *bodyFile = file(QStringLiteral("body.json"), r.body);
    return true;
}

void TestBoxToolbox::webhooksAndSignedDeliveries()
{
    const QString account = connectApp(QStringLiteral("hooks"));
    QVERIFY(!account.isEmpty());
    const QString address =
        QStringLiteral("http://127.0.0.1:%1/box-events").arg(m_receiver->port());

    test::CliRun r = cli({QStringLiteral("webhooks"), QStringLiteral("create"), account,
                          QStringLiteral("--target"), QStringLiteral("folder:123456"),
                          QStringLiteral("--address"), address},
                         true);
    QVERIFY2(r.exitCode == 0, qPrintable(what(r)));
    const QJsonObject created = QJsonDocument::fromJson(r.out).object();
    const QString hook = created.value(u"id").toString();
    QVERIFY(!hook.isEmpty());
    // Without --trigger: the activity triggers.
    const QStringList triggers = created.value(u"triggers").toVariant().toStringList();
    QVERIFY(triggers.contains(QStringLiteral("FILE.UPLOADED")));
    QVERIFY(triggers.contains(QStringLiteral("FILE.DOWNLOADED")));
    QCOMPARE(m_sandbox->webhooks().size(), 1);
    QCOMPARE(m_sandbox->webhooks().first().address, address);

    r = cli({QStringLiteral("webhooks"), QStringLiteral("list"), account}, true);
    QVERIFY2(r.exitCode == 0, qPrintable(what(r)));
    const QJsonArray listed = QJsonDocument::fromJson(r.out).array();
    QCOMPARE(listed.size(), 1);
    QCOMPARE(listed.first().toObject().value(u"id").toString(), hook);
    QCOMPARE(listed.first().toObject().value(u"target").toObject().value(u"id").toString(),
             QStringLiteral("123456"));

    // The same target and address again: Box's 409, exit 2, still one.
    r = cli({QStringLiteral("webhooks"), QStringLiteral("create"), account,
             QStringLiteral("--target"), QStringLiteral("folder:123456"),
             QStringLiteral("--address"), address});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("already exists"), qPrintable(what(r)));
    QCOMPARE(m_sandbox->webhooks().size(), 1);

    // The app's signature keys, as the Developer Console makes them.
    const QByteArray primary =
        m_sandbox->generateWebhookKey(m_client.clientId, QStringLiteral("primary"));
    const QByteArray secondary =
        m_sandbox->generateWebhookKey(m_client.clientId, QStringLiteral("secondary"));
    r = cli({QStringLiteral("apps"), QStringLiteral("set-webhook-keys"), QStringLiteral("hooks"),
             QStringLiteral("--primary-file"), file(QStringLiteral("p"), primary + '\n'),
             QStringLiteral("--secondary-file"), file(QStringLiteral("s"), secondary + '\n')});
    QVERIFY2(r.exitCode == 0, qPrintable(what(r)));
    QVERIFY(!r.err.contains(primary) && !r.out.contains(primary));
    QVERIFY(!m_profile->allFileBytes().contains(primary));

    QString headers, body;
    QVERIFY(deliver(hook, &headers, &body));
    QVERIFY(m_received.last().header("BOX-SIGNATURE-PRIMARY").size() > 20);
    auto verify = [&](const QString& h, const QString& b) {
        return cli({QStringLiteral("webhooks"), QStringLiteral("verify"), QStringLiteral("--app"),
                    QStringLiteral("hooks"), QStringLiteral("--headers-file"), h,
                    QStringLiteral("--body-file"), b},
                   true);
    };
    r = verify(headers, body);
    QVERIFY2(r.exitCode == 0, qPrintable(what(r)));
    QCOMPARE(QJsonDocument::fromJson(r.out).object().value(u"key").toString(),
             QStringLiteral("primary"));

    // One byte of the body changed: exit 3, with the reason.
    QByteArray changed = m_received.last().body;
    changed.replace("FILE.UPLOADED", "FILE.DELETED!");
    r = verify(headers, file(QStringLiteral("changed.json"), changed));
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.err.contains("Neither signature"), qPrintable(what(r)));
    // No timestamp header: exit 3.
    QByteArray noStamp;
    {
        QFile h(headers);
        QVERIFY(h.open(QIODevice::ReadOnly));
        for (const QByteArray& line : h.readAll().split('\n')) {
            if (!line.toLower().startsWith("box-delivery-timestamp"))
                noStamp += line + '\n';
        }
    }
    r = verify(file(QStringLiteral("nostamp.txt"), noStamp), body);
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.err.contains("BOX-DELIVERY-TIMESTAMP"), qPrintable(what(r)));

    // Rotation: the console makes a new primary; AuthDeck still checks with the secondary, then
    // takes the new primary.
    const QByteArray newPrimary =
        m_sandbox->generateWebhookKey(m_client.clientId, QStringLiteral("primary"));
    QVERIFY(deliver(hook, &headers, &body));
    r = verify(headers, body);
    QVERIFY2(r.exitCode == 0, qPrintable(what(r)));
    QCOMPARE(QJsonDocument::fromJson(r.out).object().value(u"key").toString(),
             QStringLiteral("secondary"));
    r = cli({QStringLiteral("apps"), QStringLiteral("set-webhook-keys"), QStringLiteral("hooks"),
             QStringLiteral("--primary-file"), file(QStringLiteral("p2"), newPrimary + '\n')});
    QVERIFY2(r.exitCode == 0, qPrintable(what(r)));
    r = verify(headers, body);
    QCOMPARE(QJsonDocument::fromJson(r.out).object().value(u"key").toString(),
             QStringLiteral("primary"));

    r = cli({QStringLiteral("webhooks"), QStringLiteral("delete"), account, hook});
    QVERIFY2(r.exitCode == 0, qPrintable(what(r)));
    QVERIFY(m_sandbox->webhooks().isEmpty());
    r = cli({QStringLiteral("webhooks"), QStringLiteral("delete"), account, hook});
    QCOMPARE(r.exitCode, 2);
}

void TestBoxToolbox::downscopedTokens()
{
    const QString account = connectApp(QStringLiteral("limited"));
    QVERIFY(!account.isEmpty());
    test::CliRun r = cli({QStringLiteral("token"), account}, true);
    QVERIFY2(r.exitCode == 0, qPrintable(what(r)));
    const QByteArray own =
        QJsonDocument::fromJson(r.out).object().value(u"access_token").toString().toUtf8();

    r = cli({QStringLiteral("token"), account, QStringLiteral("--downscope"),
             QStringLiteral("item_preview"), QStringLiteral("--downscope"),
             QStringLiteral("base_explorer"), QStringLiteral("--resource"),
             QStringLiteral("folder:4242")},
            true);
    QVERIFY2(r.exitCode == 0, qPrintable(what(r)));
    const QJsonObject d = QJsonDocument::fromJson(r.out).object();
    const QByteArray limited = d.value(u"access_token").toString().toUtf8();
    QVERIFY(!limited.isEmpty());
    QVERIFY(limited != own);
    QCOMPARE(d.value(u"downscoped").toBool(), true);
    QCOMPARE(d.value(u"resource").toString(),
             m_sandbox->apiBase().toString() + QStringLiteral("/folders/4242"));
    const QJsonArray restricted = d.value(u"restricted_to").toArray();
    QCOMPARE(restricted.size(), 2);
    QCOMPARE(restricted.first().toObject().value(u"object").toObject().value(u"id").toString(),
             QStringLiteral("4242"));
    QVERIFY(m_sandbox->grantLog().contains(QStringLiteral("token_exchange ok")));

    // The account's own token is untouched and still works; the limited one cannot manage
    // webhooks, and cannot be widened again.
    r = cli({QStringLiteral("token"), account}, true);
    QCOMPARE(QJsonDocument::fromJson(r.out).object().value(u"access_token").toString().toUtf8(),
             own);
    QCOMPARE(send("GET", QUrl(m_sandbox->apiBase().toString() + QStringLiteral("/webhooks")), {},
                  {}, own)
                 .status,
             200);
    QCOMPARE(send("GET", QUrl(m_sandbox->apiBase().toString() + QStringLiteral("/webhooks")), {},
                  {}, limited)
                 .status,
             403);
    const Answer wider =
        send("POST", m_sandbox->tokenUrl(),
             "grant_type=urn%3Aietf%3Aparams%3Aoauth%3Agrant-type%3Atoken-exchange&subject_token="
                 + limited
                 + "&subject_token_type=urn%3Aietf%3Aparams%3Aoauth%3Atoken-type%3Aaccess_token"
                   "&scope=item_upload",
             "application/x-www-form-urlencoded");
    QCOMPARE(wider.status, 400);
    QCOMPARE(wider.json.value(u"error").toString(), QStringLiteral("invalid_scope"));

    // An app granted read only: asking for an upload scope is refused here, nothing sent.
    const QString reader = connectApp(QStringLiteral("reader"),
                                      {QStringLiteral("--scope"), QStringLiteral("root_readonly")});
    QVERIFY(!reader.isEmpty());
    const int exchanges = int(m_sandbox->grantLog().count(QStringLiteral("token_exchange ok")));
    r = cli({QStringLiteral("token"), reader, QStringLiteral("--downscope"),
             QStringLiteral("item_upload")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("wider than"), qPrintable(what(r)));
    r = cli({QStringLiteral("token"), reader, QStringLiteral("--downscope"),
             QStringLiteral("item_preview")});
    QVERIFY2(r.exitCode == 0, qPrintable(what(r)));
    QCOMPARE(int(m_sandbox->grantLog().count(QStringLiteral("token_exchange ok"))), exchanges + 1);
}

void TestBoxToolbox::badInputLeavesNothing()
{
    const QString account = connectApp(QStringLiteral("bad"));
    QVERIFY(!account.isEmpty());
    auto create = [&](const QString& target, const QString& address, const QStringList& more = {}) {
        return cli(QStringList{QStringLiteral("webhooks"), QStringLiteral("create"), account,
                               QStringLiteral("--target"), target, QStringLiteral("--address"),
                               address}
                   + more);
    };
    const QString local = QStringLiteral("http://127.0.0.1:%1/x").arg(m_receiver->port());
    struct Case {
        test::CliRun run;
        QByteArray says;
    };
    const QList<Case> cases{
        {create(QStringLiteral("folder:1"), QStringLiteral("http://hooks.example.com/box")),
         "https"},
        {create(QStringLiteral("folder:1"), QStringLiteral("https://hooks.example.com:8443/box")),
         "port 443"},
        {create(QStringLiteral("folder:0"), local), "root folder"},
        {create(QStringLiteral("drive:1"), local), "folder:ID"},
        {create(QStringLiteral("folder:abc"), local), "folder:ID"},
        {create(QStringLiteral("file:7"), local,
                {QStringLiteral("--trigger"), QStringLiteral("FOLDER.CREATED")}),
         "about folders"},
        {create(QStringLiteral("folder:1"), local,
                {QStringLiteral("--trigger"), QStringLiteral("FILE.EXPLODED")}),
         "not a Box webhook trigger"},
        {cli({QStringLiteral("token"), account, QStringLiteral("--downscope"),
              QStringLiteral("item_preview"), QStringLiteral("--resource"),
              QStringLiteral("https://evil.example/2.0/folders/1")}),
         "not a folder or file"},
        {cli({QStringLiteral("webhooks"), QStringLiteral("verify"), QStringLiteral("--app"),
              QStringLiteral("bad"), QStringLiteral("--headers-file"),
              file(QStringLiteral("h"), "BOX-DELIVERY-TIMESTAMP: 2026-01-01T00:00:00Z\n"),
              QStringLiteral("--body-file"), file(QStringLiteral("b"), "{}")}),
         "no webhook signature keys"},
    };
    for (const Case& c : cases) {
        QVERIFY2(c.run.exitCode == 2, qPrintable(what(c.run)));
        QVERIFY2(c.run.err.contains(c.says), qPrintable(what(c.run)));
    }
    QVERIFY(m_sandbox->webhooks().isEmpty());
    QVERIFY(!m_sandbox->grantLog().contains(QStringLiteral("token_exchange ok")));
    // A headers file that is not one: exit 6.
    test::CliRun r =
        cli({QStringLiteral("webhooks"), QStringLiteral("verify"), QStringLiteral("--app"),
             QStringLiteral("bad"), QStringLiteral("--headers-file"),
             file(QStringLiteral("junk"), "this is not a header\n"), QStringLiteral("--body-file"),
             file(QStringLiteral("b2"), "{}")});
    QCOMPARE(r.exitCode, 6);
    // Keys that are not keys are refused, and nothing is stored.
    r = cli({QStringLiteral("apps"), QStringLiteral("set-webhook-keys"), QStringLiteral("bad"),
             QStringLiteral("--primary-file"), file(QStringLiteral("short"), "abc\n")});
    QCOMPARE(r.exitCode, 6);
}

QTEST_MAIN(TestBoxToolbox)
#include "tst_box_toolbox.moc"
