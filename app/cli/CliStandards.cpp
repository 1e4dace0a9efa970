#include "cli/CliStandards.h"

#include "auth/AdminConsent.h"
#include "auth/Discovery.h"
#include "core/OffThread.h"
#include "crypto/Certificate.h"
#include "crypto/RsaKey.h"
#include "net/HttpClient.h"
#include "providers/ProviderCatalog.h"
#include "providers/Template.h"

#include <QFile>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>

namespace authdeck::cli {

namespace {

Result<QByteArray> readPublicFile(const QString& path, const QString& what)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return fail(ErrorKind::BadInput,
                    Cli::tr("Cannot read the %1 %2: %3.").arg(what, path, f.errorString()));
    const QByteArray data = f.read(crypto::Certificate::MaxPemBytes + 1);
    if (data.size() > crypto::Certificate::MaxPemBytes)
        return fail(ErrorKind::BadInput,
                    Cli::tr("The %1 %2 is larger than 64 KB.").arg(what, path));
    return data;
}

// The first PEM block of a private key ("PRIVATE KEY", "RSA PRIVATE KEY", "ENCRYPTED PRIVATE
// KEY"), or nothing.
SecretBytes privateKeyBlock(const SecretBytes& pem)
{
    const QByteArray& bytes = pem.bytes();
    for (const char* label : {"PRIVATE KEY", "RSA PRIVATE KEY", "ENCRYPTED PRIVATE KEY"}) {
        const QByteArray begin = QByteArray("-----BEGIN ") + label + "-----";
        const QByteArray end = QByteArray("-----END ") + label + "-----";
        const qsizetype from = bytes.indexOf(begin);
        const qsizetype to = from < 0 ? -1 : bytes.indexOf(end, from);
        if (to >= 0)
            return SecretBytes(bytes.sliced(from, to + end.size() - from));
    }
    return {};
}

// Every "CERTIFICATE" block of a PEM text, and nothing else.
QByteArray certificateBlocks(const QByteArray& pem)
{
    static const QByteArray begin = QByteArrayLiteral("-----BEGIN CERTIFICATE-----");
    static const QByteArray end = QByteArrayLiteral("-----END CERTIFICATE-----");
    QByteArray out;
    qsizetype from = pem.indexOf(begin);
    while (from >= 0) {
        const qsizetype to = pem.indexOf(end, from);
        if (to < 0)
            break;
        out += pem.sliced(from, to + end.size() - from) + '\n';
        from = pem.indexOf(begin, to);
    }
    return out;
}

void registerApp(Cli& cli, const AppInput& in, std::function<void(const AppRegistration&)> report)
{
    cli.engine().apps().add(in, &cli, [&cli, report](Result<AppRegistration> app) {
        if (!app.ok()) {
            cli.failWith(app.error());
            return;
        }
        report(*app);
    });
}

void discoverThenRegister(Cli& cli, const QString& issuer, AppInput in,
                          std::function<void(const AppRegistration&)> report)
{
    const Provider* provider = cli.engine().catalog().find(in.providerId);
    if (!provider) {
        cli.failWith(ErrorKind::Usage, Cli::tr("Unknown provider \"%1\".").arg(in.providerId));
        return;
    }
    const Provider copy = *provider;
    cli.message(Cli::tr("Reading the discovery metadata of %1…").arg(issuer));
    auto* discovery = new Discovery(cli.engine().http(), &cli);
    discovery->discover(
        issuer, &cli, [&cli, discovery, copy, in, report](Result<ServerMetadata> m) mutable {
            discovery->deleteLater();
            if (!m.ok()) {
                cli.failWith(m.error());
                return;
            }
            if (Status s = Discovery::applyTo(*m, copy, in, !in.clientSecret.isEmpty(),
                                              !in.privateKeyPem.isEmpty());
                !s.ok()) {
                cli.failWith(s.error());
                return;
            }
            registerApp(cli, in, report);
        });
}

} // namespace

bool openInBrowser(const QUrl& url)
{
    for (const QString& tool : {QStringLiteral("xdg-open"), QStringLiteral("open")}) {
        const QString path = QStandardPaths::findExecutable(tool);
        if (path.isEmpty())
            continue;
        QProcess process;
        process.setProgram(path);
        process.setArguments({url.toString(QUrl::FullyEncoded)});
        process.setStandardOutputFile(QProcess::nullDevice());
        process.setStandardErrorFile(QProcess::nullDevice());
        if (process.startDetached())
            return true;
    }
    return false;
}

void addApp(Cli& cli, const QCommandLineParser& p, AppInput in,
            std::function<void(const AppRegistration&)> report)
{
    const Provider* provider = cli.engine().catalog().find(in.providerId);
    QString issuer = p.value(QStringLiteral("issuer"));
    if (issuer.isEmpty() && provider && provider->oauth2 && provider->oauth2->discovery
        && !provider->oauth2->issuer.isEmpty()) {
        // A provider file's issuer, with the app's settings ({host}, {tenant}) filled in.
        QHash<QString, QString> vars;
        for (const ParameterSpec& spec : provider->parameters)
            vars.insert(spec.name, in.parameters.value(spec.name, spec.defaultValue).trimmed());
        Result<QString> filled = tmpl::expand(provider->oauth2->issuer, vars);
        if (!filled.ok()) {
            cli.failWith(filled.error());
            return;
        }
        issuer = *filled;
    }
    if (issuer.isEmpty() && provider && provider->oauth2 && provider->oauth2->discovery
        && in.tokenUrl.isEmpty()) {
        cli.failWith(ErrorKind::Usage,
                     Cli::tr("%1 reads its endpoints from the server: give its issuer with "
                             "--issuer URL (or --authorize-url and --token-url).")
                         .arg(provider->name));
        return;
    }
    const bool keyGiven = p.isSet(QStringLiteral("private-key-file"));
    const bool certGiven = p.isSet(QStringLiteral("certificate-file"));
    // A certificate alone: a PEM that holds the certificate and its private key (what Azure
    // tools export); the key block is taken from it.
    SecretBytes keyFromCertificate;
    if (certGiven && !keyGiven) {
        Result<SecretBytes> both =
            cli.readSecretFile(p.value(QStringLiteral("certificate-file")), Cli::tr("certificate"));
        if (!both.ok()) {
            cli.failWith(both.error());
            return;
        }
        keyFromCertificate = privateKeyBlock(*both);
        if (keyFromCertificate.isEmpty()) {
            cli.failWith(ErrorKind::Usage,
                         Cli::tr("--certificate-file needs the certificate's private key: give "
                                 "--private-key-file, or a PEM file that holds both."));
            return;
        }
    }
    if (in.clientAuth == QLatin1String("private_key_jwt") && !keyGiven && !certGiven) {
        cli.failWith(ErrorKind::Usage,
                     Cli::tr("--client-auth private_key_jwt needs --private-key-file."));
        return;
    }
    if (!keyGiven && !certGiven) {
        if (!issuer.isEmpty())
            discoverThenRegister(cli, issuer, in, report);
        else
            registerApp(cli, in, report);
        return;
    }
    in.publicKeyId = p.value(QStringLiteral("key-id"));
    Result<SecretBytes> pem = keyGiven
                                  ? cli.readSecretFile(p.value(QStringLiteral("private-key-file")),
                                                       Cli::tr("private key"))
                                  : Result<SecretBytes>(keyFromCertificate);
    if (!pem.ok()) {
        cli.failWith(pem.error());
        return;
    }
    SecretBytes passphrase;
    if (p.isSet(QStringLiteral("passphrase-file"))) {
        Result<SecretBytes> pass =
            cli.readSecretFile(p.value(QStringLiteral("passphrase-file")), Cli::tr("passphrase"));
        if (!pass.ok()) {
            cli.failWith(pass.error());
            return;
        }
        passphrase = *pass;
    }
    QByteArray certPem;
    if (certGiven) {
        Result<QByteArray> c =
            readPublicFile(p.value(QStringLiteral("certificate-file")), Cli::tr("certificate"));
        if (!c.ok()) {
            cli.failWith(c.error());
            return;
        }
        // Only the certificate blocks: a private key in the same file stays in wiped memory.
        certPem = certificateBlocks(*c);
        wipe(*c);
    }
    const SecretBytes keyPem = *pem;
    runOffThread(
        &cli,
        [keyPem, passphrase, certPem] {
            return crypto::openSigningKey(keyPem, passphrase, certPem);
        },
        [&cli, in, issuer, report](const crypto::OpenedSigningKey& opened) mutable {
            if (!opened.pkcs8Pem.ok()) {
                Error e = opened.pkcs8Pem.error();
                e.message = Cli::tr("The private key cannot be used: %1").arg(e.message);
                cli.failWith(e);
                return;
            }
            if (!opened.certificate.ok()) {
                cli.failWith(opened.certificate.error());
                return;
            }
            in.privateKeyPem = *opened.pkcs8Pem;
            in.certificateThumbprint = opened.thumbprint;
            if (in.clientAuth.isEmpty() && in.scheme.value_or(Scheme::OAuth2) != Scheme::Jwt)
                in.clientAuth = QStringLiteral("private_key_jwt");
            if (!issuer.isEmpty())
                discoverThenRegister(cli, issuer, in, report);
            else
                registerApp(cli, in, report);
        });
}

namespace {

void runAdminConsent(Cli& cli, const QCommandLineParser& p)
{
    int timeout = 300;
    if (p.isSet(QStringLiteral("timeout"))) {
        bool ok = false;
        timeout = p.value(QStringLiteral("timeout")).toInt(&ok);
        if (!ok || timeout < 1 || timeout > 3600) {
            cli.failWith(ErrorKind::Usage,
                         Cli::tr("--timeout takes a number of seconds from 1 to 3600."));
            return;
        }
    }
    const bool noBrowser = p.isSet(QStringLiteral("no-browser"));
    const QString name = p.positionalArguments().first();
    auto* job = new AdminConsentJob(cli.engine(), name, timeout, &cli);
    QObject::connect(job, &AdminConsentJob::consentUrlReady, &cli,
                     [&cli, noBrowser](const QUrl& url) {
                         const QString link = url.toString(QUrl::FullyEncoded);
                         if (noBrowser) {
                             cli.print(link);
                             cli.message(Cli::tr("Open the address above as an administrator of "
                                                 "the tenant and accept; waiting for the "
                                                 "answer…"));
                         } else if (openInBrowser(url)) {
                             cli.message(Cli::tr("Accept as an administrator of the tenant in "
                                                 "the browser window that opened. If none did, "
                                                 "open this address:\n%1")
                                             .arg(link));
                         } else {
                             cli.message(Cli::tr("No browser could be started. Open this "
                                                 "address as an administrator of the tenant:\n%1")
                                             .arg(link));
                         }
                     });
    QObject::connect(job, &AdminConsentJob::finished, &cli,
                     [&cli, job, name](const Result<QString>& tenant) {
                         job->deleteLater();
                         if (!tenant.ok()) {
                             cli.failWith(tenant.error());
                             return;
                         }
                         if (cli.json()) {
                             cli.printJson(QJsonObject{{QStringLiteral("app"), name},
                                                       {QStringLiteral("admin_consent"), true},
                                                       {QStringLiteral("tenant"), *tenant}});
                         } else {
                             cli.print(*tenant);
                             cli.message(Cli::tr("The tenant %1 granted admin consent to the app "
                                                 "\"%2\"; connect it now: authdeck-cli connect "
                                                 "--app \"%2\"")
                                             .arg(*tenant, name));
                         }
                         cli.succeed();
                     });
    job->start();
}

} // namespace

QList<Verb> standardsVerbs()
{
    Verb consent;
    consent.name = QStringLiteral("apps admin-consent");
    consent.synopsis = QStringLiteral("NAME [--no-browser] [--timeout SECONDS]");
    consent.summary = Cli::tr("Ask an administrator to grant the app tenant-wide consent "
                              "(Microsoft 365) and wait for the answer; prints the tenant.");
    consent.positional = {Cli::tr("the app name")};
    consent.minPositional = consent.maxPositional = 1;
    consent.options = {
        opt(QStringLiteral("no-browser"),
            Cli::tr("do not open a browser; print the consent URL alone on the first line of "
                    "stdout")),
        opt(QStringLiteral("timeout"), Cli::tr("how long to wait for the answer (default 300)"),
            QStringLiteral("SECONDS")),
    };
    consent.run = runAdminConsent;
    return {consent};
}

} // namespace authdeck::cli
