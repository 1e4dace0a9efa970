#include "cli/CliConnect.h"

#include "auth/PasswordConnect.h"

namespace authdeck::cli {

namespace {

bool refuseOthers(Cli& cli, const QCommandLineParser& parser, const QStringList& names,
                  const QString& what)
{
    for (const QString& name : names) {
        if (parser.isSet(name)) {
            cli.failWith(ErrorKind::Usage, Cli::tr("--%1 is not used with %2.").arg(name, what));
            return true;
        }
    }
    return false;
}

} // namespace

void runConnectPassword(Cli& cli, const QCommandLineParser& parser)
{
    if (refuseOthers(cli, parser,
                     {QStringLiteral("no-browser"), QStringLiteral("timeout"),
                      QStringLiteral("subject"), QStringLiteral("as-user"),
                      QStringLiteral("region"), QStringLiteral("endpoint")},
                     Cli::tr("--username")))
        return;
    if (!parser.isSet(QStringLiteral("username"))
        || !parser.isSet(QStringLiteral("password-file"))) {
        cli.failWith(ErrorKind::Usage,
                     Cli::tr("Give both --username and --password-file (the password is read "
                             "from the file, or from stdin with -)."));
        return;
    }
    PasswordConnectRequest request;
    request.providerId = parser.value(QStringLiteral("provider"));
    request.accountName = parser.value(QStringLiteral("name"));
    request.app = parser.value(QStringLiteral("app"));
    request.username = parser.value(QStringLiteral("username"));
    if (parser.isSet(QStringLiteral("host")))
        request.parameters.insert(QStringLiteral("host"), parser.value(QStringLiteral("host")));
    Result<SecretBytes> password =
        cli.readSecretFile(parser.value(QStringLiteral("password-file")), Cli::tr("password"));
    if (!password.ok()) {
        cli.failWith(password.error());
        return;
    }
    request.password = std::move(*password);
    PasswordConnect::run(cli.engine(), std::move(request), &cli, [&cli](Result<Account> account) {
        if (!account.ok()) {
            cli.failWith(account.error());
            return;
        }
        if (account->keepsPassword) {
            cli.message(Cli::tr("%1 offers no token exchange: the password "
                                "is kept in the keychain.")
                            .arg(account->providerId));
        }
        reportConnected(cli, *account);
    });
}

} // namespace authdeck::cli
