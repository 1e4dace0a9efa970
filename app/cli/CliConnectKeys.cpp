#include "cli/CliConnect.h"

#include "auth/KeysConnect.h"

namespace authdeck::cli {

void runConnectKeys(Cli& cli, const QCommandLineParser& parser)
{
    for (const QString& name :
         {QStringLiteral("no-browser"), QStringLiteral("timeout"), QStringLiteral("subject"),
          QStringLiteral("as-user"), QStringLiteral("host")}) {
        if (parser.isSet(name)) {
            cli.failWith(ErrorKind::Usage, Cli::tr("--%1 is not used with access keys.").arg(name));
            return;
        }
    }
    if (!parser.isSet(QStringLiteral("access-key-id"))
        || !parser.isSet(QStringLiteral("secret-key-file"))) {
        cli.failWith(ErrorKind::Usage,
                     Cli::tr("Give both --access-key-id and --secret-key-file (the secret key is "
                             "read from the file, or from stdin with -)."));
        return;
    }
    KeysConnectRequest request;
    request.providerId = parser.value(QStringLiteral("provider"));
    request.accountName = parser.value(QStringLiteral("name"));
    request.accessKeyId = parser.value(QStringLiteral("access-key-id"));
    request.region = parser.value(QStringLiteral("region"));
    request.endpoint = parser.value(QStringLiteral("endpoint"));
    Result<SecretBytes> secret = cli.readSecretFile(parser.value(QStringLiteral("secret-key-file")),
                                                    Cli::tr("secret access key"));
    if (!secret.ok()) {
        cli.failWith(secret.error());
        return;
    }
    request.secretKey = std::move(*secret);
    KeysConnect::run(cli.engine(), std::move(request), &cli, [&cli](Result<Account> account) {
        if (!account.ok()) {
            cli.failWith(account.error());
            return;
        }
        reportConnected(cli, *account);
    });
}

} // namespace authdeck::cli
