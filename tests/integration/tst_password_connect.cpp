// Username + password through the real authdeck-cli binary against the real sandbox
// (SandboxServer, in this process; the CLI's catalog gets its provider as a profile override):
// the password grant is exchanged once, only the tokens are kept, the account refreshes, and a
// wrong password saves nothing. One test runs the exchange in this process against a sandbox in
// a child process (this binary again, with --sandbox-child) and then searches this process's
// memory for the password and the client secret. Needs the keychain: run inside
// packaging/test-session.sh.
#include "ProfileSnapshot.h"
#include "TestCertificate.h"
#include "TestSupport.h"

#include "accounts/AccountService.h"
#include "auth/PasswordConnect.h"
#include "auth/TokenClient.h"
#include "core/ProcessHygiene.h"
#include "core/Profile.h"
#include "engine/Engine.h"
#include "net/HttpClient.h"
#include "net/HttpResponder.h"
#include "net/LocalHttpServer.h"
#include "sandbox/SandboxServer.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QSocketNotifier>
#include <QSslConfiguration>
#include <QSslServer>
#include <QTest>

#include <cstring>
#include <iostream>
#include <memory>
#include <string>

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/prctl.h>
#include <unistd.h>

using namespace authdeck;

namespace {

// Under ASan or TSan their runtime owns malloc and free, and the process hygiene that clears
// freed memory stands aside (core/ProcessHygiene.cpp): the memory scans have nothing to check.
#if defined(__has_feature)
#if __has_feature(address_sanitizer) || __has_feature(thread_sanitizer)
#define AUTHDECK_TEST_SANITIZED 1
#endif
#endif
#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__)                                  \
    || defined(AUTHDECK_TEST_SANITIZED)
constexpr bool SanitizerAllocator = true;
#else
constexpr bool SanitizerAllocator = false;
#endif

constexpr const char* SandboxChildFlag = "--sandbox-child";
constexpr const char* KeepAliveChildFlag = "--keep-alive-child";

// A secret this process never holds in one piece: every byte XOR-masked with its own random
// byte, unmasked one byte at a time (to compare, or into a buffer the product then owns). So a
// search of this process's memory finds only the copies the product made.
struct MaskedSecret {
    QByteArray masked;
    QByteArray mask;

    // Letters and digits: the form encoding leaves them as they are, so a copy of the request
    // body holds the secret byte for byte.
    static MaskedSecret random(int size)
    {
        static const char alphabet[] =
            "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
        MaskedSecret s;
        for (int i = 0; i < size; ++i) {
            const auto m = char(QRandomGenerator::system()->bounded(1, 256));
            const char c = alphabet[QRandomGenerator::system()->bounded(62)];
            s.masked.append(char(c ^ m));
            s.mask.append(m);
        }
        return s;
    }
    static MaskedSecret fromLine(const std::string& line)
    {
        const QList<QByteArray> parts = QByteArray::fromStdString(line).trimmed().split(' ');
        MaskedSecret s;
        if (parts.size() == 2) {
            s.masked = QByteArray::fromHex(parts.at(0));
            s.mask = QByteArray::fromHex(parts.at(1));
        }
        return s;
    }
    [[nodiscard]] qsizetype size() const { return masked.size(); }
    [[nodiscard]] char at(qsizetype i) const { return char(masked.at(i) ^ mask.at(i)); }
    [[nodiscard]] QByteArray line() const { return masked.toHex() + ' ' + mask.toHex() + '\n'; }
    // The clear bytes, in a buffer handed over whole (for the child, which plays the server).
    [[nodiscard]] QByteArray clear() const
    {
        QByteArray out(size(), Qt::Uninitialized);
        for (qsizetype i = 0; i < size(); ++i)
            out[i] = at(i);
        return out;
    }
};

// Where a secret was found: the address and the mapping's line in /proc/self/maps.
struct MemoryHit {
    quintptr address = 0;
    QByteArray region;
    bool utf16 = false;
};

bool matchesAt(const unsigned char* p, const MaskedSecret& s, bool utf16)
{
    for (qsizetype i = 0; i < s.size(); ++i) {
        const unsigned char c = static_cast<unsigned char>(s.at(i));
        if (utf16 ? (p[2 * i] != c || p[2 * i + 1] != 0) : p[i] != c)
            return false;
    }
    return true;
}

// Every readable mapping of this process, read through /proc/self/mem, searched for the secret
// as UTF-8 and as UTF-16 (QString copies). The read buffer is a mapping of its own, left out of
// the search and wiped after every chunk.
QList<MemoryHit> findInOwnMemory(const MaskedSecret& secret)
{
    QList<MemoryHit> hits;
    // hardenProcess() made the process non-dumpable, which makes /proc/self/mem root's; the
    // scan needs it readable by this user again.
    prctl(PR_SET_DUMPABLE, 1, 0, 0, 0);
    QFile maps(QStringLiteral("/proc/self/maps"));
    if (!maps.open(QIODevice::ReadOnly))
        return {{0, "cannot read /proc/self/maps", false}};
    const QList<QByteArray> lines = maps.readAll().split('\n');
    const int fd = ::open("/proc/self/mem", O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return {{0, "cannot open /proc/self/mem", false}};
    constexpr size_t Chunk = 1 << 20;
    const size_t overlap = size_t(secret.size()) * 2;
    const size_t bufferSize = Chunk + overlap;
    auto* buffer = static_cast<unsigned char*>(
        ::mmap(nullptr, bufferSize, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0));
    const auto own = quintptr(buffer);
    const unsigned char first = static_cast<unsigned char>(secret.at(0));
    for (const QByteArray& line : lines) {
        const QList<QByteArray> fields = line.simplified().split(' ');
        if (fields.size() < 2 || !fields.at(1).startsWith('r') || line.contains("[vvar")
            || line.contains("[vsyscall]"))
            continue;
        const QList<QByteArray> range = fields.at(0).split('-');
        bool okStart = false;
        bool okEnd = false;
        const quintptr start = range.value(0).toULongLong(&okStart, 16);
        const quintptr end = range.value(1).toULongLong(&okEnd, 16);
        if (!okStart || !okEnd || start == own)
            continue;
        for (quintptr at = start; at < end; at += Chunk) {
            const size_t want = size_t(std::min<quintptr>(end - at, bufferSize));
            const ssize_t got = ::pread(fd, buffer, want, off_t(at));
            if (got <= 0)
                break;
            const auto n = size_t(got);
            for (bool utf16 : {false, true}) {
                const size_t length = size_t(secret.size()) * (utf16 ? 2 : 1);
                for (size_t i = 0; i + length <= n; ++i) {
                    const void* next = std::memchr(buffer + i, first, n - length + 1 - i);
                    if (!next)
                        break;
                    i = size_t(static_cast<const unsigned char*>(next) - buffer);
                    // A hit inside the overlap is found again with the next chunk.
                    if (i < Chunk && matchesAt(buffer + i, secret, utf16))
                        hits.append({at + i, line, utf16});
                }
            }
            explicit_bzero(buffer, bufferSize);
        }
    }
    ::munmap(buffer, bufferSize);
    ::close(fd);
    return hits;
}

QString describe(const QList<MemoryHit>& hits)
{
    QStringList out;
    for (const MemoryHit& h : hits)
        out << QStringLiteral("0x%1%2 in %3")
                   .arg(h.address, 0, 16)
                   .arg(h.utf16 ? QStringLiteral(" (UTF-16)") : QString())
                   .arg(QString::fromLatin1(h.region.simplified()));
    return out.join(QLatin1Char('\n'));
}

// The child: a sandbox with one client and one user whose secrets arrive masked on stdin (the
// password, the client secret, then the file to write the client secret to for apps add). With
// "tls" after the flag it serves https with a fresh self-signed certificate. It prints the
// client id, its provider JSON and the certificate's SHA-256 on one line, and serves until stdin
// closes.
int runSandboxChild(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const bool tls = argc > 2 && std::strcmp(argv[2], "tls") == 0;
    std::string passwordLine;
    std::string secretLine;
    std::string secretFile;
    if (!std::getline(std::cin, passwordLine) || !std::getline(std::cin, secretLine)
        || !std::getline(std::cin, secretFile))
        return 2;
    const MaskedSecret password = MaskedSecret::fromLine(passwordLine);
    const MaskedSecret secret = MaskedSecret::fromLine(secretLine);
    SandboxServer sandbox;
    QByteArray fingerprint;
    if (tls) {
        const test::TestCertificate certificate = test::makeSelfSignedCertificate();
        sandbox.setTlsCertificate(certificate.certificate, certificate.key);
        fingerprint = HttpClient::fingerprintOf(certificate.certificate).toHex();
    }
    if (!sandbox.start())
        return 3;
    SandboxClient client;
    client.name = QStringLiteral("memory scan");
    client.clientSecret = QString::fromLatin1(secret.clear());
    client.redirectUris = {QStringLiteral("http://127.0.0.1/callback")};
    client = sandbox.registerClient(client);
    sandbox.addUser(QStringLiteral("900300"), QStringLiteral("scan-user"),
                    QStringLiteral("Scan User"), QString::fromLatin1(password.clear()));
    QFile file(QString::fromStdString(secretFile));
    if (!file.open(QIODevice::WriteOnly) || file.write(secret.clear()) != secret.size())
        return 4;
    file.close();
    const QJsonObject hello{{QStringLiteral("client_id"), client.clientId},
                            {QStringLiteral("provider"), sandbox.providerJson()},
                            {QStringLiteral("fingerprint"), QString::fromLatin1(fingerprint)}};
    std::cout << QJsonDocument(hello).toJson(QJsonDocument::Compact).toStdString() << std::endl;
    QSocketNotifier input(STDIN_FILENO, QSocketNotifier::Read);
    QObject::connect(&input, &QSocketNotifier::activated, &app, [&] {
        char byte = 0;
        if (::read(STDIN_FILENO, &byte, 1) <= 0)
            app.quit();
    });
    return app.exec();
}

QString what(const test::CliRun& r)
{
    return QStringLiteral("exit %1, stdout: %2, stderr: %3")
        .arg(r.exitCode)
        .arg(QString::fromUtf8(r.out), QString::fromUtf8(r.err));
}

const QByteArray Password = SandboxServer::AdminPassword;

// The other child: a token endpoint over TLS that keeps its connections open (as real servers
// do; the sandbox closes each one after its answer). Any POST gets a token, any GET "{}". It
// prints its port and certificate's SHA-256 on one line and serves until stdin closes.
int runKeepAliveChild(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const test::TestCertificate certificate = test::makeSelfSignedCertificate();
    QSslServer server;
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setLocalCertificate(certificate.certificate);
    tls.setPrivateKey(certificate.key);
    server.setSslConfiguration(tls);
    if (!server.listen(QHostAddress::LocalHost))
        return 3;
    QObject::connect(&server, &QTcpServer::pendingConnectionAvailable, &server, [&server] {
        while (QTcpSocket* socket = server.nextPendingConnection()) {
            auto buffer = std::make_shared<QByteArray>();
            QObject::connect(socket, &QIODevice::readyRead, socket, [socket, buffer] {
                *buffer += socket->readAll();
                for (;;) {
                    const qsizetype end = buffer->indexOf("\r\n\r\n");
                    if (end < 0)
                        return;
                    qsizetype length = 0;
                    for (const QByteArray& line : buffer->left(end).split('\n')) {
                        if (line.toLower().startsWith("content-length:"))
                            length = line.mid(15).trimmed().toLongLong();
                    }
                    if (buffer->size() < end + 4 + length)
                        return;
                    const QByteArray body = buffer->startsWith("POST")
                                                ? QByteArray("{\"access_token\":\"kept-alive\","
                                                             "\"token_type\":\"bearer\","
                                                             "\"expires_in\":3600}")
                                                : QByteArray("{}");
                    buffer->remove(0, end + 4 + length);
                    socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                                  "Content-Length: "
                                  + QByteArray::number(body.size()) + "\r\n\r\n" + body);
                }
            });
            QObject::connect(socket, &QAbstractSocket::disconnected, socket, &QObject::deleteLater);
        }
    });
    std::cout << server.serverPort() << ' '
              << HttpClient::fingerprintOf(certificate.certificate).toHex().toStdString()
              << std::endl;
    QSocketNotifier input(STDIN_FILENO, QSocketNotifier::Read);
    QObject::connect(&input, &QSocketNotifier::activated, &app, [&] {
        char byte = 0;
        if (::read(STDIN_FILENO, &byte, 1) <= 0)
            app.quit();
    });
    return app.exec();
}

// A child process of this binary (SandboxChildFlag or KeepAliveChildFlag), stopped when the
// test ends whichever way: its stdin closes.
class Child {
public:
    explicit Child(const QStringList& args)
    {
        m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_process.start(QCoreApplication::applicationFilePath(), args);
    }
    ~Child()
    {
        m_process.closeWriteChannel();
        if (!m_process.waitForFinished(10000))
            m_process.kill();
    }
    Child(const Child&) = delete;
    Child& operator=(const Child&) = delete;

    void write(const QByteArray& data) { m_process.write(data); }
    // Its first line of output; empty when none came within 20 s.
    QByteArray firstLine()
    {
        QByteArray out;
        const bool complete = QTest::qWaitFor(
            [&] {
                m_process.waitForReadyRead(50);
                out += m_process.readAllStandardOutput();
                return out.contains('\n') || m_process.state() == QProcess::NotRunning;
            },
            20000);
        return complete && out.contains('\n') ? out.left(out.indexOf('\n')) : QByteArray();
    }

private:
    QProcess m_process;
};

// The search finds what is there: a planted copy of a third secret, as UTF-16, is found once,
// and not after it was wiped.
bool scanFindsAPlantedCopy()
{
    const MaskedSecret planted = MaskedSecret::random(20);
    QString copy(planted.size(), Qt::Uninitialized);
    for (qsizetype i = 0; i < planted.size(); ++i)
        copy[i] = QLatin1Char(planted.at(i));
    const bool found = findInOwnMemory(planted).size() == 1;
    wipe(copy);
    return found && findInOwnMemory(planted).isEmpty();
}

QString leftInMemory(const MaskedSecret& password, const MaskedSecret& clientSecret)
{
    const QList<MemoryHit> passwordHits = findInOwnMemory(password);
    const QList<MemoryHit> secretHits = findInOwnMemory(clientSecret);
    if (passwordHits.isEmpty() && secretHits.isEmpty())
        return {};
    return QStringLiteral("the password is still in memory %1 time(s), the client secret %2 "
                          "time(s):\n%3\n%4")
        .arg(passwordHits.size())
        .arg(secretHits.size())
        .arg(describe(passwordHits), describe(secretHits));
}

SecretBytes unmasked(const MaskedSecret& s)
{
    // Straight into the one buffer the product takes over.
    QByteArray bytes(s.size(), Qt::Uninitialized);
    for (qsizetype i = 0; i < s.size(); ++i)
        bytes[i] = s.at(i);
    return SecretBytes(std::move(bytes));
}

} // namespace

class TestPasswordConnect : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<test::TempProfile> m_profile;
    std::unique_ptr<QTemporaryDir> m_files; // password and client secret, outside the profile
    std::unique_ptr<SandboxServer> m_sandbox;
    QByteArray m_allOutput;
    SandboxClient m_client;

    test::CliRun cli(const QStringList& args, bool json = false, const QByteArray& in = {})
    {
        QStringList all{QStringLiteral("--profile"), m_profile->path()};
        if (json)
            all << QStringLiteral("--json");
        test::CliRun r = test::runCli(all + args, in,
                                      {QStringLiteral("AUTHDECK_HTTP_TIMEOUT_MS=5000"),
                                       QStringLiteral("QT_LOGGING_RULES=authdeck.*=true")});
        m_allOutput += r.out + r.err;
        return r;
    }

    QString file(const QString& name, const QByteArray& content)
    {
        return test::writeFile(m_files->path(), name, content);
    }

    test::CliRun connect(const QByteArray& password, const QStringList& extra = {})
    {
        const QStringList args{QStringLiteral("connect"),
                               QStringLiteral("--provider"),
                               QStringLiteral("sandbox"),
                               QStringLiteral("--name"),
                               QStringLiteral("Sandbox admin"),
                               QStringLiteral("--username"),
                               QLatin1String(SandboxServer::AdminLogin),
                               QStringLiteral("--password-file"),
                               file(QStringLiteral("password"), password + '\n')};
        return cli(args + extra, true);
    }

    QJsonArray accounts()
    {
        const test::CliRun r = cli({QStringLiteral("accounts")}, true);
        return QJsonDocument::fromJson(r.out).array();
    }

    QString keyOf(const QString& accountId) const
    {
        return QStringLiteral("authdeck:%1:account:%2")
            .arg(Profile::open(m_profile->path())->id(), accountId);
    }

private Q_SLOTS:
    void init()
    {
        if (!test::keychainAvailable())
            QSKIP("needs the Secret Service keychain (run through the test command)");
        m_profile = std::make_unique<test::TempProfile>();
        m_files = std::make_unique<QTemporaryDir>();
        m_sandbox = std::make_unique<SandboxServer>();
        QString error;
        QVERIFY2(m_sandbox->start(&error), qPrintable(error));
        m_allOutput.clear();
        SandboxClient c;
        c.name = QStringLiteral("AuthDeck password grant");
        c.redirectUris = {QStringLiteral("http://127.0.0.1/callback")};
        m_client = m_sandbox->registerClient(c);

        // The CLI's catalog: the sandbox provider as a profile override.
        QVERIFY(QDir(m_profile->path()).mkpath(QStringLiteral("providers")));
        test::writeFile(m_profile->path() + QStringLiteral("/providers"),
                        QStringLiteral("sandbox.json"),
                        QJsonDocument(m_sandbox->providerJson()).toJson());
        const test::CliRun app =
            cli({QStringLiteral("apps"), QStringLiteral("add"), QStringLiteral("--provider"),
                 QStringLiteral("sandbox"), QStringLiteral("--scheme"), QStringLiteral("password"),
                 QStringLiteral("--name"), QStringLiteral("sandbox-grant-app"),
                 QStringLiteral("--client-id"), m_client.clientId,
                 QStringLiteral("--client-secret-file"),
                 file(QStringLiteral("client-secret"), m_client.clientSecret.toUtf8())});
        QVERIFY2(app.exitCode == 0, qPrintable(what(app)));
    }

    void cleanup()
    {
        m_sandbox.reset();
        m_files.reset();
        m_profile.reset();
    }

    void exchangesOnceKeepsTokensOnlyAndRefreshes()
    {
        const test::CliRun r = connect(Password);
        QVERIFY2(r.exitCode == 0, qPrintable(what(r)));
        const QJsonObject created = QJsonDocument::fromJson(r.out).object();
        const QString id = created[QStringLiteral("id")].toString();
        QVERIFY(!id.isEmpty());
        QCOMPARE(created[QStringLiteral("scheme")].toString(), QStringLiteral("password"));
        QVERIFY(!created[QStringLiteral("keeps_password")].toBool());
        QCOMPARE(m_sandbox->grantLog(), QStringList{QStringLiteral("password ok")});

        // The identity the sandbox knows for that user.
        const QJsonArray list = accounts();
        QCOMPARE(list.size(), 1);
        QVERIFY2(QJsonDocument(list).toJson().contains(SandboxServer::AdminUserId),
                 QJsonDocument(list).toJson().constData());

        // The keychain entry holds tokens, not the password.
        const QByteArray record = test::storedSecretRecord(m_profile->path(), keyOf(id));
        const QJsonObject secrets = QJsonDocument::fromJson(record).object();
        QVERIFY2(!secrets[QStringLiteral("access_token")].toString().isEmpty(), record.constData());
        QVERIFY(!secrets[QStringLiteral("refresh_token")].toString().isEmpty());
        QVERIFY(!secrets.contains(QStringLiteral("password")));
        QVERIFY(!record.contains(Password));

        // Refresh like an OAuth account: a refresh_token grant, a new access token stored.
        const QString before = secrets[QStringLiteral("access_token")].toString();
        const test::CliRun refreshed = cli({QStringLiteral("refresh"), id});
        QVERIFY2(refreshed.exitCode == 0, qPrintable(what(refreshed)));
        QCOMPARE(m_sandbox->grantLog().last(), QStringLiteral("refresh_token ok"));
        const QJsonObject after =
            QJsonDocument::fromJson(test::storedSecretRecord(m_profile->path(), keyOf(id)))
                .object();
        QVERIFY(!after[QStringLiteral("access_token")].toString().isEmpty());
        QVERIFY(after[QStringLiteral("access_token")].toString() != before);

        const test::CliRun tested = cli({QStringLiteral("test"), id});
        QVERIFY2(tested.exitCode == 0, qPrintable(what(tested)));
        QVERIFY2(tested.out.contains(SandboxServer::AdminLogin), qPrintable(what(tested)));

        // The password appears nowhere: profile files, keychain, outputs and debug logs.
        QVERIFY2(!m_profile->allFileBytes().contains(Password),
                 m_profile->allFileBytes().constData());
        QVERIFY(!test::storedSecretRecord(m_profile->path(), keyOf(id)).contains(Password));
        QVERIFY(!m_allOutput.contains(Password));
        QVERIFY2(m_allOutput.contains("exchanging a password"), m_allOutput.constData());
    }

    void disconnectRevokesWithTheProvidersClientAuth()
    {
        // The catalog says the client authenticates with HTTP Basic (RFC 6749 section 2.3.1):
        // the revocation on disconnect must too (RFC 7009 section 2.1), as the refreshes do.
        QJsonObject provider = m_sandbox->providerJson();
        QJsonObject schemes = provider[QStringLiteral("schemes")].toObject();
        QJsonObject oauth2 = schemes[QStringLiteral("oauth2")].toObject();
        oauth2.insert(QStringLiteral("client_auth"), QStringLiteral("basic"));
        schemes.insert(QStringLiteral("oauth2"), oauth2);
        provider.insert(QStringLiteral("schemes"), schemes);
        test::writeFile(m_profile->path() + QStringLiteral("/providers"),
                        QStringLiteral("sandbox.json"), QJsonDocument(provider).toJson());
        const test::CliRun r = connect(Password);
        QVERIFY2(r.exitCode == 0, qPrintable(what(r)));
        const QString id = QJsonDocument::fromJson(r.out).object()[QStringLiteral("id")].toString();
        const test::CliRun gone = cli({QStringLiteral("disconnect"), id}, true);
        QVERIFY2(gone.exitCode == 0, qPrintable(what(gone)));
        QCOMPARE(m_sandbox->revokeLog(), QStringList{QStringLiteral("basic ok")});
        QCOMPARE(m_sandbox->activeAccessTokenCount(), 0);
        QCOMPARE(accounts().size(), 0);
    }

    void wrongPasswordSavesNothing()
    {
        const test::CliRun r = connect("not-the-" + Password);
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains("password"), qPrintable(what(r)));
        QCOMPARE(m_sandbox->grantLog(), QStringList{QStringLiteral("password invalid_grant")});
        QCOMPARE(accounts().size(), 0);
        QVERIFY(!m_profile->allFileBytes().contains("access_token"));
        QVERIFY2(!m_allOutput.contains(Password), m_allOutput.constData());
    }

    void failedVerificationLeavesNothing()
    {
        // The grant succeeds, the identity call does not: no account, and the tokens just issued
        // are revoked at the sandbox.
        SandboxServer::Fault fault;
        fault.kind = SandboxServer::Fault::ServerError;
        fault.count = -1;
        fault.pathPrefix = QStringLiteral("/2.0/users/me");
        m_sandbox->setFault(fault);
        const test::CliRun r = connect(Password);
        QVERIFY2(r.exitCode == 4, qPrintable(what(r)));
        QCOMPARE(m_sandbox->grantLog(), QStringList{QStringLiteral("password ok")});
        QCOMPARE(accounts().size(), 0);
        QTRY_COMPARE(m_sandbox->revokeCount(), 1);
        QCOMPARE(m_sandbox->activeAccessTokenCount(), 0);
        QVERIFY(!m_profile->allFileBytes().contains("access_token"));
    }

    void providerWordsReachTheTerminalWithoutEscapes()
    {
        // A token endpoint that answers with ANSI and OSC escape sequences (an OSC 52 write to
        // the clipboard, a colour, a screen clear, a bidirectional override): the admin's
        // terminal sees the words, never the sequences.
        LocalHttpServer server;
        QVERIFY(server.listen());
        const QString hostile = QStringLiteral(
            "\x1b]52;c;cHduZWQ=\x07\x1b[31mbad password\x1b[0m\x1b[2J\u202ereversed\x9b");
        server.route("POST", QStringLiteral("/token"),
                     [&](const HttpServerRequest&, const HttpResponder& a) {
                         a.respondJson(400,
                                       QJsonObject{{QStringLiteral("error"),
                                                    QStringLiteral("invalid_grant\x1b[5m")},
                                                   {QStringLiteral("error_description"), hostile}});
                     });
        QJsonObject provider = m_sandbox->providerJson();
        QJsonObject schemes = provider.value(u"schemes").toObject();
        QJsonObject password = schemes.value(u"password").toObject();
        password.insert(QStringLiteral("token_url"),
                        server.baseUrl().toString() + QStringLiteral("/token"));
        schemes.insert(QStringLiteral("password"), password);
        provider.insert(QStringLiteral("schemes"), schemes);
        test::writeFile(m_profile->path() + QStringLiteral("/providers"),
                        QStringLiteral("sandbox.json"), QJsonDocument(provider).toJson());
        for (bool json : {false, true}) {
            const test::CliRun r = cli(
                {QStringLiteral("connect"), QStringLiteral("--provider"), QStringLiteral("sandbox"),
                 QStringLiteral("--name"), QStringLiteral("escapes"), QStringLiteral("--username"),
                 QLatin1String(SandboxServer::AdminLogin), QStringLiteral("--password-file"),
                 file(QStringLiteral("password"), "wrong\n")},
                json);
            QVERIFY2(r.exitCode == 3, qPrintable(what(r)));
            QVERIFY2(r.err.contains("bad password"), r.err.constData());
            for (const QByteArray& bad : {QByteArray("\x1b"), QByteArray("\x07"),
                                          QByteArray("\xe2\x80\xae"), QByteArray("\xc2\x9b")}) {
                QVERIFY2(!r.err.contains(bad), r.err.toHex().constData());
                QVERIFY2(!r.out.contains(bad), r.out.toHex().constData());
            }
        }
    }

    void withoutExchangeThePasswordIsKeptInTheKeychainOnly()
    {
        // A provider with no token exchange (schemes.basic): the verification call signs in with
        // HTTP Basic, and the password is kept in the keychain, nowhere else.
        const QByteArray kept = "basic-canary-Pw-77";
        LocalHttpServer server;
        QVERIFY(server.listen());
        int calls = 0;
        server.route(
            "GET", QStringLiteral("/me"), [&](const HttpServerRequest& r, const HttpResponder& a) {
                ++calls;
                const auto basic = r.basicAuth();
                if (!basic || basic->first != QLatin1String("admin")
                    || basic->second.toUtf8() != kept) {
                    a.respond(401, {{"WWW-Authenticate", "Basic realm=\"test\""}});
                    return;
                }
                a.respondJson(200, QJsonObject{{QStringLiteral("id"), QStringLiteral("7")},
                                               {QStringLiteral("login"), QStringLiteral("admin")}});
            });
        const QJsonObject provider{
            {QStringLiteral("schema"), 1},
            {QStringLiteral("id"), QStringLiteral("basic-test")},
            {QStringLiteral("name"), QStringLiteral("Basic Test")},
            {QStringLiteral("category"), QStringLiteral("crm")},
            {QStringLiteral("docs"), QStringLiteral("https://example.com/docs")},
            {QStringLiteral("custom_scopes"), false},
            {QStringLiteral("schemes"),
             QJsonObject{
                 {QStringLiteral("basic"),
                  QJsonObject{
                      {QStringLiteral("fields"),
                       QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("username")},
                                              {QStringLiteral("label"), QStringLiteral("User")}},
                                  QJsonObject{{QStringLiteral("name"), QStringLiteral("password")},
                                              {QStringLiteral("label"), QStringLiteral("Password")},
                                              {QStringLiteral("secret"), true}}}}}}}},
            {QStringLiteral("verify"),
             QJsonObject{
                 {QStringLiteral("url"), server.baseUrl().toString() + QStringLiteral("/me")},
                 {QStringLiteral("identity"),
                  QJsonObject{{QStringLiteral("id"), QStringLiteral("id")},
                              {QStringLiteral("login"), QStringLiteral("login")}}}}}};
        test::writeFile(m_profile->path() + QStringLiteral("/providers"),
                        QStringLiteral("basic-test.json"), QJsonDocument(provider).toJson());
        auto connectBasic = [&](const QByteArray& password) {
            return cli({QStringLiteral("connect"), QStringLiteral("--provider"),
                        QStringLiteral("basic-test"), QStringLiteral("--name"),
                        QStringLiteral("basic"), QStringLiteral("--username"),
                        QStringLiteral("admin"), QStringLiteral("--password-file"),
                        file(QStringLiteral("basic-password"), password)},
                       true);
        };

        const test::CliRun wrong = connectBasic("wrong-" + kept);
        QVERIFY2(wrong.exitCode == 3, qPrintable(what(wrong)));
        QVERIFY2(wrong.err.contains("password"), qPrintable(what(wrong)));
        QCOMPARE(accounts().size(), 0);

        const test::CliRun r = connectBasic(kept);
        QVERIFY2(r.exitCode == 0, qPrintable(what(r)));
        const QJsonObject created = QJsonDocument::fromJson(r.out).object();
        QVERIFY(created[QStringLiteral("keeps_password")].toBool());
        QVERIFY2(r.err.contains("keychain"), qPrintable(what(r))); // said so
        const QString id = created[QStringLiteral("id")].toString();
        const QJsonObject secrets =
            QJsonDocument::fromJson(test::storedSecretRecord(m_profile->path(), keyOf(id)))
                .object();
        QCOMPARE(secrets[QStringLiteral("password")].toString().toUtf8(), kept);

        const test::CliRun tested = cli({QStringLiteral("test"), id});
        QVERIFY2(tested.exitCode == 0, qPrintable(what(tested)));
        QCOMPARE(calls, 3);
        QCOMPARE(cli({QStringLiteral("token"), id}).exitCode, 2); // no token to hand out

        QVERIFY(!m_profile->allFileBytes().contains(kept));
        QVERIFY(!m_allOutput.contains(kept));
        QCOMPARE(m_sandbox->tokenRequestCount(), 0);
    }

    void anOAuthAppOfTheProviderServesAsClient()
    {
        // No password-grant registration, only the provider's OAuth 2.0 one (what --sandbox
        // sets up): its client sends the grant, and refreshes.
        QVERIFY(cli({QStringLiteral("apps"), QStringLiteral("remove"),
                     QStringLiteral("sandbox-grant-app")})
                    .exitCode
                == 0);
        const test::CliRun app =
            cli({QStringLiteral("apps"), QStringLiteral("add"), QStringLiteral("--provider"),
                 QStringLiteral("sandbox"), QStringLiteral("--name"), QStringLiteral("oauth-app"),
                 QStringLiteral("--client-id"), m_client.clientId,
                 QStringLiteral("--client-secret-file"),
                 file(QStringLiteral("client-secret"), m_client.clientSecret.toUtf8())});
        QVERIFY2(app.exitCode == 0, qPrintable(what(app)));
        const test::CliRun r = connect(Password);
        QVERIFY2(r.exitCode == 0, qPrintable(what(r)));
        const QString id = QJsonDocument::fromJson(r.out).object()[QStringLiteral("id")].toString();
        const test::CliRun refreshed = cli({QStringLiteral("refresh"), id});
        QVERIFY2(refreshed.exitCode == 0, qPrintable(what(refreshed)));
        QCOMPARE(m_sandbox->grantLog(),
                 (QStringList{QStringLiteral("password ok"), QStringLiteral("refresh_token ok")}));
    }

    void passwordFromStdin()
    {
        const test::CliRun r =
            cli({QStringLiteral("connect"), QStringLiteral("--provider"), QStringLiteral("sandbox"),
                 QStringLiteral("--name"), QStringLiteral("stdin"), QStringLiteral("--username"),
                 QLatin1String(SandboxServer::AdminLogin), QStringLiteral("--password-file"),
                 QStringLiteral("-")},
                false, Password + '\n');
        QVERIFY2(r.exitCode == 0, qPrintable(what(r)));
        QCOMPARE(accounts().size(), 1);
    }

    void exchangeLeavesNoPasswordOrClientSecretInMemory_data()
    {
        QTest::addColumn<bool>("tls");
        QTest::newRow("http") << false;
        // Qt keeps the last request it wrote on a TLS connection, in clear, in the socket's
        // write buffer for as long as the connection lives.
        QTest::newRow("https") << true;
    }

    void exchangeLeavesNoPasswordOrClientSecretInMemory()
    {
        QFETCH(bool, tls);
        if (SanitizerAllocator)
            QSKIP("a sanitizer's allocator runs this build; the ci build checks the hygiene");
        // Fresh secrets, never whole in this process: the sandbox that checks them runs in a
        // child, which also writes the client secret file for apps add.
        const MaskedSecret password = MaskedSecret::random(24);
        const MaskedSecret clientSecret = MaskedSecret::random(32);
        const QString secretFile = m_files->filePath(QStringLiteral("scan-client-secret"));
        Child child({QLatin1String(SandboxChildFlag),
                     tls ? QStringLiteral("tls") : QStringLiteral("plain")});
        child.write(password.line() + clientSecret.line() + QFile::encodeName(secretFile) + '\n');
        const QByteArray hello = child.firstLine();
        const QJsonObject sandbox = QJsonDocument::fromJson(hello).object();
        QVERIFY2(!sandbox.isEmpty(), hello.constData());

        test::TempProfile profile;
        QVERIFY(QDir(profile.path()).mkpath(QStringLiteral("providers")));
        test::writeFile(profile.path() + QStringLiteral("/providers"),
                        QStringLiteral("sandbox.json"),
                        QJsonDocument(sandbox[QStringLiteral("provider")].toObject()).toJson());
        const test::CliRun app = test::runCli(
            {QStringLiteral("--profile"), profile.path(), QStringLiteral("apps"),
             QStringLiteral("add"), QStringLiteral("--provider"), QStringLiteral("sandbox"),
             QStringLiteral("--scheme"), QStringLiteral("password"), QStringLiteral("--name"),
             QStringLiteral("scan-app"), QStringLiteral("--client-id"),
             sandbox[QStringLiteral("client_id")].toString(),
             QStringLiteral("--client-secret-file"), secretFile});
        QVERIFY2(app.exitCode == 0, qPrintable(what(app)));
        QVERIFY(QFile::remove(secretFile));

        EngineOptions options;
        options.profileDir = profile.path();
        Result<std::unique_ptr<Engine>> engine = Engine::create(options);
        QVERIFY2(engine.ok(), qPrintable(engine.error().message));
        if (tls) {
            // The child's self-signed certificate, trusted for its port as an admin would trust
            // a per-server host (the engine's own rule knows nothing of this test provider).
            const QUrl api(
                sandbox[QStringLiteral("provider")].toObject().value(u"api_base").toString());
            (*engine)->http().setTrustCheck([](const QString&, quint16) { return QString(); });
            QVERIFY((*engine)->http().setTrustedCertificate(
                QStringLiteral("127.0.0.1"), quint16(api.port()),
                sandbox[QStringLiteral("fingerprint")].toString().toLatin1()));
        }
        PasswordConnectRequest request;
        request.providerId = QStringLiteral("sandbox");
        request.app = QStringLiteral("scan-app");
        request.accountName = QStringLiteral("scanned");
        request.username = QStringLiteral("scan-user");
        request.password = unmasked(password);
        std::optional<Result<Account>> result;
        PasswordConnect::run(**engine, std::move(request), this,
                             [&result](Result<Account> r) { result = std::move(r); });
        QVERIFY(QTest::qWaitFor([&] { return result.has_value(); }, 30000));
        QVERIFY2(result->ok(), qPrintable(result->error().fullMessage()));
        QCOMPARE(result->value().scheme, Scheme::Password);
        // The engine lives on, as in the window; what is left to finish (replies and calls
        // deleted later, the network thread's buffers) may finish.
        QTest::qWait(300);
        QVERIFY(scanFindsAPlantedCopy());
        const QString left = leftInMemory(password, clientSecret);
        QVERIFY2(left.isEmpty(), qPrintable(left));
    }

    void tokenRequestLeavesNothingOnAKeptAliveTlsConnection()
    {
        if (SanitizerAllocator)
            QSKIP("a sanitizer's allocator runs this build; the ci build checks the hygiene");
        // Real servers keep connections open. Qt keeps the last request it wrote to a TLS
        // connection, in clear, in the socket's write buffer for as long as the connection
        // lives; a token request shares a connection an earlier call left open unless it gets
        // one of its own that closes with its answer.
        const MaskedSecret password = MaskedSecret::random(24);
        const MaskedSecret clientSecret = MaskedSecret::random(32);
        Child child({QLatin1String(KeepAliveChildFlag)});
        const QList<QByteArray> hello = child.firstLine().split(' ');
        QCOMPARE(hello.size(), 2);
        const QString base =
            QStringLiteral("https://127.0.0.1:%1").arg(QString::fromLatin1(hello.at(0)));
        HttpClient http;
        http.setTrustCheck([](const QString&, quint16) { return QString(); });
        QVERIFY(http.setTrustedCertificate(QStringLiteral("127.0.0.1"),
                                           quint16(hello.at(0).toUShort()), hello.at(1)));

        // An earlier call leaves a connection open.
        HttpRequest warm;
        warm.url = QUrl(base + QStringLiteral("/2.0/users/me"));
        std::optional<Result<HttpResponse>> warmed;
        http.send(warm, this, [&warmed](Result<HttpResponse> r) { warmed = std::move(r); });
        QVERIFY(QTest::qWaitFor([&] { return warmed.has_value(); }, 20000));
        QVERIFY2(warmed->ok(), qPrintable(warmed->error().message));

        std::optional<Result<TokenResult>> result;
        TokenClient client(http);
        {
            TokenRequest req;
            req.tokenUrl = QUrl(base + QStringLiteral("/oauth2/token"));
            req.clientId = QStringLiteral("client-1");
            req.clientSecret = unmasked(clientSecret);
            req.form = {
                {QByteArrayLiteral("grant_type"), SecretBytes(QByteArrayLiteral("password"))},
                {QByteArrayLiteral("username"), SecretBytes(QByteArrayLiteral("someone"))},
                {QByteArrayLiteral("password"), unmasked(password)}};
            client.request(req, this, [&result](Result<TokenResult> r) { result = std::move(r); });
        }
        QVERIFY(QTest::qWaitFor([&] { return result.has_value(); }, 20000));
        QVERIFY2(result->ok(), qPrintable(result->error().message));
        QCOMPARE(result->value().token.accessToken.bytes(), QByteArray("kept-alive"));
        QTest::qWait(300);
        QVERIFY(scanFindsAPlantedCopy());
        const QString left = leftInMemory(password, clientSecret);
        QVERIFY2(left.isEmpty(), qPrintable(left));
    }

    void refusals_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("says");
        const QStringList pw{QStringLiteral("--username"), QStringLiteral("u"),
                             QStringLiteral("--password-file"), QStringLiteral("PW")};
        QTest::newRow("no app registration")
            << (QStringList{QStringLiteral("--provider"), QStringLiteral("sugarcrm"),
                            QStringLiteral("--name"), QStringLiteral("crm"),
                            QStringLiteral("--host"), QStringLiteral("crm.example.com")}
                + pw)
            << 2 << "apps add";
        QTest::newRow("http host")
            << (QStringList{QStringLiteral("--provider"), QStringLiteral("sugarcrm"),
                            QStringLiteral("--name"), QStringLiteral("crm"),
                            QStringLiteral("--app"), QStringLiteral("sugar"),
                            QStringLiteral("--host"), QStringLiteral("http://crm.example.com")}
                + pw)
            << 2 << "http";
        QTest::newRow("keys provider")
            << (QStringList{QStringLiteral("--provider"), QStringLiteral("s3"),
                            QStringLiteral("--name"), QStringLiteral("x")}
                + pw)
            << 2 << "user name and password";
        QTest::newRow("no name")
            << (QStringList{QStringLiteral("--provider"), QStringLiteral("sandbox")} + pw) << 2
            << "--name";
    }

    void refusals()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QFETCH(QString, says);
        const test::CliRun app = cli(
            {QStringLiteral("apps"), QStringLiteral("add"), QStringLiteral("--provider"),
             QStringLiteral("sugarcrm"), QStringLiteral("--scheme"), QStringLiteral("password"),
             QStringLiteral("--name"), QStringLiteral("sugar"), QStringLiteral("--client-id"),
             QStringLiteral("sugar"), QStringLiteral("--host"), QStringLiteral("crm.example.com")});
        QVERIFY2(app.exitCode == 0, qPrintable(what(app)));
        const QString pwFile = file(QStringLiteral("password"), Password);
        args.replaceInStrings(QStringLiteral("PW"), pwFile);
        if (QByteArray(QTest::currentDataTag()) == "no app registration") {
            const test::CliRun removed =
                cli({QStringLiteral("apps"), QStringLiteral("remove"), QStringLiteral("sugar")});
            QVERIFY2(removed.exitCode == 0, qPrintable(what(removed)));
        }
        const test::CliRun r = cli(QStringList{QStringLiteral("connect")} + args);
        QVERIFY2(r.exitCode == exitCode, qPrintable(what(r)));
        QVERIFY2(r.err.contains(says.toUtf8()), qPrintable(what(r)));
        QCOMPARE(m_sandbox->tokenRequestCount(), 0);
        QCOMPARE(accounts().size(), 0);
    }
};

int main(int argc, char* argv[])
{
    // As both programs start: the memory scan checks what their process hygiene achieves.
    hardenProcess();
    if (argc > 1 && std::strcmp(argv[1], SandboxChildFlag) == 0)
        return runSandboxChild(argc, argv);
    if (argc > 1 && std::strcmp(argv[1], KeepAliveChildFlag) == 0)
        return runKeepAliveChild(argc, argv);
    QCoreApplication app(argc, argv);
    TestPasswordConnect tc;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&tc, argc, argv);
}

#include "tst_password_connect.moc"
