#include "cli/Cli.h"
#include "cli/CliKeyImport.h"
#include "core/OffThread.h"

#include "accounts/AppService.h"
#include "auth/GoogleKeyFile.h"
#include "crypto/RsaKey.h"
#include "providers/ProviderCatalog.h"

#include <QJsonObject>

namespace authdeck::cli {

namespace {

// apps import-google-key FILE --name NAME [--scope S]... [--provider ID] [--token-url U]
//                         [--api-base U]: a Google service account's JSON key file as a JWT app.
// Everything is checked before anything is stored; a bad file is exit 6 naming the field.
void runImportGoogleKey(Cli& cli, const QCommandLineParser& p)
{
    const QString file = p.positionalArguments().first();
    if (!p.isSet(QStringLiteral("name"))) {
        cli.failWith(ErrorKind::Usage, Cli::tr("--name is required."));
        return;
    }
    const QString providerId = p.isSet(QStringLiteral("provider"))
                                   ? p.value(QStringLiteral("provider"))
                                   : QStringLiteral("google-drive");
    const Provider* provider = cli.engine().catalog().find(providerId);
    if (!provider || !provider->jwt
        || provider->jwt->keyFormat != QLatin1String("google-service-account")) {
        cli.failWith(ErrorKind::Usage,
                     Cli::tr("The provider \"%1\" does not take Google service account keys.")
                         .arg(providerId));
        return;
    }
    Result<SecretBytes> content = cli.readSecretFile(file, Cli::tr("service account key"));
    if (!content.ok()) {
        cli.failWith(content.error());
        return;
    }
    Result<GoogleKeyFile> key = GoogleKeyFile::parse(*content);
    if (!key.ok()) {
        cli.failWith(key.error());
        return;
    }

    AppInput in;
    in.providerId = providerId;
    in.name = p.value(QStringLiteral("name"));
    in.scheme = Scheme::Jwt;
    // The OAuth client id Google puts in the file; the e-mail when there is none.
    in.clientId = key->clientId.isEmpty() ? key->clientEmail : key->clientId;
    in.clientEmail = key->clientEmail;
    in.publicKeyId = key->privateKeyId;
    in.scopes = p.values(QStringLiteral("scope"));
    if (in.scopes.isEmpty() && provider->oauth2)
        in.scopes = provider->oauth2->defaultScopes;
    // The key file names its token endpoint; --token-url still wins (tests, private endpoints).
    in.tokenUrl =
        p.isSet(QStringLiteral("token-url")) ? p.value(QStringLiteral("token-url")) : key->tokenUri;
    in.apiBase = p.value(QStringLiteral("api-base"));
    in.algorithm = p.value(QStringLiteral("algorithm"));
    if (in.scopes.isEmpty()) {
        cli.failWith(ErrorKind::Usage,
                     Cli::tr("A service account token needs at least one --scope."));
        return;
    }

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
    const SecretBytes pem = key->privateKeyPem;
    runOffThread(
        &cli, [pem] { return crypto::openSigningKey(pem, SecretBytes()); },
        [&cli, in](const crypto::OpenedSigningKey& o) {
            registerImportedKeyApp(
                cli, in, o,
                [](const QString& why) {
                    return Cli::tr(
                               "The service account key file's \"private_key\" cannot be used: %1.")
                        .arg(why);
                },
                false,
                [](const AppRegistration& app) {
                    return Cli::tr("Registered the service account %1 as the app \"%2\" "
                                   "(%3, JWT, key %4); the private key is in the keychain.")
                        .arg(app.clientEmail, app.name, app.providerId, app.publicKeyId);
                });
        });
}

} // namespace

QList<Verb> googleKeyVerbs()
{
    Verb import;
    import.name = QStringLiteral("apps import-google-key");
    import.synopsis = QStringLiteral(
        "FILE --name NAME [--scope S]... [--provider ID] [--token-url U] [--api-base U]");
    import.summary =
        Cli::tr("Register a Google service account from its JSON key file (JWT); the private key "
                "goes to the keychain. Connect with connect --app NAME, or --subject user:EMAIL "
                "for domain-wide delegation.");
    import.positional = {Cli::tr("the service account's JSON key file (- for stdin)")};
    import.minPositional = import.maxPositional = 1;
    import.options = {
        opt(QStringLiteral("name"), Cli::tr("a name for this app registration"),
            QStringLiteral("NAME")),
        opt(QStringLiteral("scope"),
            Cli::tr("a scope the token is for (repeatable; default: the provider's default)"),
            QStringLiteral("S")),
        opt(QStringLiteral("provider"),
            Cli::tr("a provider taking service account keys (default google-drive)"),
            QStringLiteral("ID")),
        opt(QStringLiteral("token-url"), Cli::tr("override the key file's token_uri"),
            QStringLiteral("U")),
        opt(QStringLiteral("api-base"), Cli::tr("override the API base URL"), QStringLiteral("U")),
        opt(QStringLiteral("algorithm"), Cli::tr("the signing algorithm (default RS256)"),
            QStringLiteral("ALG")),
    };
    import.run = runImportGoogleKey;
    return {import};
}

} // namespace authdeck::cli
