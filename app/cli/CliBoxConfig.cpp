#include "cli/Cli.h"
#include "cli/CliKeyImport.h"
#include "core/OffThread.h"

#include "accounts/AppService.h"
#include "auth/BoxConfig.h"
#include "crypto/KeyFiles.h"
#include "crypto/Random.h"
#include "crypto/RsaKey.h"
#include "providers/ProviderCatalog.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonObject>

namespace authdeck::cli {

namespace {

// The passphrase Box puts beside the key it generates; exported files get a fresh one each time.
constexpr int ExportPassphraseChars = 32;

struct Encrypted {
    Result<QByteArray> pem = fail(ErrorKind::Other, {});
};

void runImport(Cli& cli, const QCommandLineParser& p)
{
    const QString file = p.positionalArguments().first();
    if (!p.isSet(QStringLiteral("name"))) {
        cli.failWith(ErrorKind::Usage, Cli::tr("--name is required."));
        return;
    }
    const QString providerId = p.isSet(QStringLiteral("provider"))
                                   ? p.value(QStringLiteral("provider"))
                                   : QStringLiteral("box");
    const Provider* provider = cli.engine().catalog().find(providerId);
    if (!provider || !provider->jwt || provider->jwt->keyFormat != QLatin1String("box-config")) {
        cli.failWith(
            ErrorKind::Usage,
            Cli::tr("The provider \"%1\" does not take Box config files.").arg(providerId));
        return;
    }
    AppInput in;
    in.providerId = providerId;
    in.name = p.value(QStringLiteral("name"));
    in.scheme = Scheme::Jwt;
    in.tokenUrl = p.value(QStringLiteral("token-url"));
    in.apiBase = p.value(QStringLiteral("api-base"));
    in.algorithm = p.value(QStringLiteral("algorithm"));

    Result<SecretBytes> content = cli.readSecretFile(file, Cli::tr("Box config"));
    if (!content.ok()) {
        cli.failWith(content.error());
        return;
    }
    // The file itself is named in every refusal of its content.
    const QString shown =
        file == QLatin1String("-") ? Cli::tr("standard input") : QDir::toNativeSeparators(file);
    Result<BoxConfig> config = BoxConfig::parse(*content);
    if (!config.ok()) {
        Error e = config.error();
        e.message = Cli::tr("%1: %2").arg(shown, e.message);
        cli.failWith(e);
        return;
    }
    in.clientId = config->clientId;
    in.publicKeyId = config->publicKeyId;
    in.enterpriseId = config->enterpriseId;
    in.userId = config->userId;
    in.clientSecret = config->clientSecret;

    // Everything that can be refused without the key, before the slow decryption.
    Result<ProfileStore::Snapshot> snapshot = cli.engine().store().load();
    if (!snapshot.ok()) {
        cli.failWith(snapshot.error());
        return;
    }
    if (Result<AppRegistration> checked = cli.engine().apps().validate(in, *snapshot);
        !checked.ok()) {
        cli.failWith(checked.error());
        return;
    }
    const SecretBytes pem = config->privateKeyPem;
    const SecretBytes passphrase = config->passphrase;
    runOffThread(
        &cli, [pem, passphrase] { return crypto::openSigningKey(pem, passphrase); },
        [&cli, in, shown](const crypto::OpenedSigningKey& d) {
            registerImportedKeyApp(
                cli, in, d,
                [shown](const QString& why) {
                    return Cli::tr("%1: the Box config file's private key "
                                   "(boxAppSettings.appAuth.privateKey) cannot be used: %2.")
                        .arg(shown, why);
                },
                true,
                [](const AppRegistration& app) {
                    return Cli::tr("Registered the app \"%1\" (%2, JWT, Public Key ID %3); "
                                   "the client secret and the private key are in the "
                                   "keychain.")
                        .arg(app.name, app.providerId, app.publicKeyId);
                });
        });
}

void runExport(Cli& cli, const QCommandLineParser& p)
{
    if (!p.isSet(QStringLiteral("out"))) {
        cli.failWith(ErrorKind::Usage, Cli::tr("--out is required."));
        return;
    }
    const QString out = p.value(QStringLiteral("out"));
    const bool force = p.isSet(QStringLiteral("force"));
    Result<AppRegistration> found = cli.engine().apps().find(p.positionalArguments().first());
    if (!found.ok()) {
        cli.failWith(found.error());
        return;
    }
    const AppRegistration app = *found;
    // The file carries the client secret, the key and its passphrase: the organization's policy
    // decides first, before the keychain is read or anything is written.
    for (const Status& allowed :
         {cli.engine().catalog().mayExportSecrets(), cli.engine().catalog().mayUse(app)}) {
        if (!allowed.ok()) {
            cli.failWith(allowed.error());
            return;
        }
    }
    const Provider* provider = cli.engine().catalog().find(app.providerId);
    if (app.scheme != Scheme::Jwt || !provider || !provider->jwt
        || provider->jwt->keyFormat != QLatin1String("box-config")) {
        cli.failWith(ErrorKind::Usage,
                     Cli::tr("The app \"%1\" is not a Box JWT app; only those export to Box's "
                             "config.json shape.")
                         .arg(app.name));
        return;
    }
    if (!force && QFileInfo::exists(out)) {
        cli.failWith(ErrorKind::Usage,
                     Cli::tr("%1 already exists; choose another file name or give --force.")
                         .arg(QDir::toNativeSeparators(out)));
        return;
    }
    cli.engine().apps().readSecrets(
        app.id, &cli, [&cli, app, out, force](Result<SecretRecord> secrets) {
            if (!secrets.ok()) {
                cli.failWith(secrets.error());
                return;
            }
            const SecretBytes pem = secrets->value(QStringLiteral("private_key"));
            if (pem.isEmpty()) {
                cli.failWith(
                    ErrorKind::Usage,
                    Cli::tr("The app \"%1\" has no private key in the keychain.").arg(app.name));
                return;
            }
            BoxConfig config;
            config.clientId = app.clientId;
            config.clientSecret = secrets->value(QStringLiteral("client_secret"));
            config.publicKeyId = app.publicKeyId;
            config.enterpriseId = app.enterpriseId;
            config.userId = app.userId;
            config.passphrase =
                SecretBytes(crypto::Random::randomToken(ExportPassphraseChars).toLatin1());
            const SecretBytes passphrase = config.passphrase;
            runOffThread<Encrypted>(
                &cli,
                [pem, passphrase]() {
                    Encrypted e;
                    Result<crypto::RsaKey> key = crypto::RsaKey::fromPem(pem, SecretBytes());
                    if (!key.ok()) {
                        e.pem = key.error();
                        return e;
                    }
                    e.pem = key->toEncryptedPkcs8Pem(passphrase);
                    return e;
                },
                [&cli, config, out, force, name = app.name](Encrypted e) mutable {
                    if (!e.pem.ok()) {
                        cli.failWith(e.pem.error());
                        return;
                    }
                    config.privateKeyPem = SecretBytes(*e.pem);
                    const Status written =
                        crypto::KeyFiles::writeKeyFile(out, config.toJson(),
                                                       force ? crypto::KeyFiles::Existing::Replace
                                                             : crypto::KeyFiles::Existing::Refuse);
                    if (!written.ok()) {
                        cli.failWith(written.error());
                        return;
                    }
                    const QString path = QFileInfo(out).absoluteFilePath();
                    if (cli.json()) {
                        cli.printJson(QJsonObject{{QStringLiteral("app"), name},
                                                  {QStringLiteral("file"), path}});
                    } else {
                        cli.message(Cli::tr("Wrote the app \"%1\" to %2 (mode 0600): it holds the "
                                            "client secret and the key with its passphrase, so "
                                            "keep it as safe as the app itself.")
                                        .arg(name, QDir::toNativeSeparators(path)));
                    }
                    cli.succeed();
                });
        });
}

} // namespace

QList<Verb> boxConfigVerbs()
{
    Verb import;
    import.name = QStringLiteral("apps import-box-config");
    import.synopsis =
        QStringLiteral("FILE --name NAME [--token-url U] [--api-base U] [--provider ID]");
    import.summary = Cli::tr("Register a Box JWT app from the config.json the Developer Console "
                             "generates; the client secret and the decrypted key go to the "
                             "keychain.");
    import.positional = {Cli::tr("the config.json file (- for stdin)")};
    import.minPositional = import.maxPositional = 1;
    import.options = {
        opt(QStringLiteral("name"), Cli::tr("a name for this app registration"),
            QStringLiteral("NAME")),
        opt(QStringLiteral("token-url"), Cli::tr("override the token endpoint"),
            QStringLiteral("U")),
        opt(QStringLiteral("api-base"), Cli::tr("override the API base URL"), QStringLiteral("U")),
        opt(QStringLiteral("provider"), Cli::tr("a Box-compatible provider id (default box)"),
            QStringLiteral("ID")),
        opt(QStringLiteral("algorithm"), Cli::tr("RS256 (default), RS384 or RS512"),
            QStringLiteral("ALG")),
    };
    import.run = runImport;

    Verb exportVerb;
    exportVerb.name = QStringLiteral("apps export-box-config");
    exportVerb.synopsis = QStringLiteral("NAME --out FILE [--force]");
    exportVerb.summary = Cli::tr("Write a Box JWT app back as a config.json (mode 0600), the key "
                                 "encrypted under a fresh passphrase placed in the file.");
    exportVerb.positional = {Cli::tr("the app name")};
    exportVerb.minPositional = exportVerb.maxPositional = 1;
    exportVerb.options = {
        opt(QStringLiteral("out"), Cli::tr("the file to write"), QStringLiteral("FILE")),
        opt(QStringLiteral("force"), Cli::tr("replace an existing file")),
    };
    exportVerb.run = runExport;
    return {import, exportVerb};
}

} // namespace authdeck::cli
