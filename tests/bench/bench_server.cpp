// The token server the whole-process benchmarks (compare.py) talk to: the embedded sandbox over
// loopback TLS, with one JWT app whose key pair is made here, alive until stdin closes.
//
//   bench_server DIR
//
// writes into DIR (created 0700 by the caller; every file 0600):
//   cert.pem         the server's fresh self-signed certificate (curl --cacert)
//   key.pem          the app's throwaway private key, clear PKCS#8 (the openssl floor signs with
//   it) box-config.json  the same app as Box's config.json (authdeck-cli apps import-box-config)
//   client-form      client_id=..&client_secret=..&box_subject_type=enterprise&box_subject_id=..
//                    (the plain curl client_credentials POST, read with curl -d @FILE)
//   jwt-form         grant_type=..jwt-bearer&client_id=..&client_secret=.. (the openssl + curl
//                    script adds its assertion)
// and prints shell assignments on stdout, then "ready":
//   URL TOKEN_URL API_BASE CERT_SHA256 CLIENT_ID PUBLIC_KEY_ID ENTERPRISE_ID
//
// Every access token lives 60 s, less than TokenService::RefreshMarginSeconds (120 s): a stored
// token is always "about to expire", so every `authdeck-cli token` mints a new one.

#include "TestCertificate.h"
#include "auth/BoxConfig.h"
#include "crypto/KeyFiles.h"
#include "crypto/RsaKey.h"
#include "sandbox/SandboxServer.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QSocketNotifier>
#include <QUrlQuery>

#include <cstdio>
#include <unistd.h>

using namespace authdeck;

namespace {

int die(const QString& what)
{
    std::fprintf(stderr, "bench_server: %s\n", qPrintable(what));
    return 1;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 2)
        return die(QStringLiteral("usage: bench_server DIR"));
    const QDir dir(args.at(1));

    // Also valid for api.box.com: rclone's box backend posts its JWT to Box's own token URL;
    // compare.py's proxy answers for api.box.com with this certificate (tls-key.pem) and passes
    // the requests on here.
    const test::TestCertificate tls =
        test::makeSelfSignedCertificate(QStringLiteral("127.0.0.1,api.box.com"));
    SandboxServer server;
    server.setTlsCertificate(tls.certificate, tls.key);
    server.setAccessTokenLifetime(60);
    QString error;
    if (!server.start(&error))
        return die(error);

    Result<crypto::RsaKey> key = crypto::RsaKey::generate(2048);
    if (!key)
        return die(key.error().message);
    SandboxClient client;
    client.name = QStringLiteral("bench");
    client = server.registerClient(client);
    const QString kid = server.addPublicKey(client.clientId, key->publicKeyPem(), &error);
    if (kid.isEmpty())
        return die(error);

    // A Box config.json: the key encrypted under a throwaway passphrase, as Box hands it out.
    const SecretBytes passphrase = SecretBytes::fromString(QStringLiteral("bench-passphrase"));
    Result<QByteArray> encrypted =
        key->toEncryptedPkcs8Pem(passphrase, crypto::RsaKey::MinPbkdf2Iterations);
    if (!encrypted)
        return die(encrypted.error().message);
    BoxConfig config;
    config.clientId = client.clientId;
    config.clientSecret = SecretBytes::fromString(client.clientSecret);
    config.publicKeyId = kid;
    config.privateKeyPem = SecretBytes(*encrypted);
    config.passphrase = passphrase;
    config.enterpriseId = client.enterpriseId;

    QUrlQuery form;
    form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("client_credentials"));
    form.addQueryItem(QStringLiteral("client_id"), client.clientId);
    form.addQueryItem(QStringLiteral("client_secret"), client.clientSecret);
    form.addQueryItem(QStringLiteral("box_subject_type"), QStringLiteral("enterprise"));
    form.addQueryItem(QStringLiteral("box_subject_id"), client.enterpriseId);

    QUrlQuery jwtForm;
    jwtForm.addQueryItem(QStringLiteral("grant_type"),
                         QStringLiteral("urn:ietf:params:oauth:grant-type:jwt-bearer"));
    jwtForm.addQueryItem(QStringLiteral("client_id"), client.clientId);
    jwtForm.addQueryItem(QStringLiteral("client_secret"), client.clientSecret);

    const Result<SecretBytes> clearKey = key->toPkcs8Pem();
    if (!clearKey)
        return die(clearKey.error().message);
    const struct {
        const char* name;
        SecretBytes content;
    } files[] = {
        {"cert.pem", SecretBytes(tls.certificate.toPem())},
        {"tls-key.pem", SecretBytes(tls.key.toPem())},
        {"key.pem", *clearKey},
        {"box-config.json", config.toJson()},
        {"client-form", SecretBytes(form.toString(QUrl::FullyEncoded).toUtf8())},
        {"jwt-form", SecretBytes(jwtForm.toString(QUrl::FullyEncoded).toUtf8())},
    };
    for (const auto& file : files) {
        const Status written =
            crypto::KeyFiles::writeKeyFile(dir.filePath(QLatin1String(file.name)), file.content,
                                           crypto::KeyFiles::Existing::Replace);
        if (!written.ok())
            return die(written.error().message);
    }

    std::printf("URL=%s\nTOKEN_URL=%s\nAPI_BASE=%s\nCERT_SHA256=%s\nCLIENT_ID=%s\n"
                "PUBLIC_KEY_ID=%s\nENTERPRISE_ID=%s\nready\n",
                qPrintable(server.baseUrl().toString()), qPrintable(server.tokenUrl().toString()),
                qPrintable(server.apiBase().toString()),
                tls.certificate.digest(QCryptographicHash::Sha256).toHex().constData(),
                qPrintable(client.clientId), qPrintable(kid), qPrintable(client.enterpriseId));
    std::fflush(stdout);

    // Serve until the script closes our stdin (or kills us).
    QSocketNotifier stdinClosed(STDIN_FILENO, QSocketNotifier::Read);
    QObject::connect(&stdinClosed, &QSocketNotifier::activated, &app, [&] {
        char buffer[64];
        if (::read(STDIN_FILENO, buffer, sizeof buffer) <= 0)
            QCoreApplication::quit();
    });
    const int status = QCoreApplication::exec();
    // What the script checks: every `token` run really minted (one JWT grant each).
    std::printf("jwt-grants=%lld\n",
                static_cast<long long>(server.grantLog().count(QStringLiteral("jwt ok"))));
    return status;
}
