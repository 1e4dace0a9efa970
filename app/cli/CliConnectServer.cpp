#include "cli/CliConnect.h"

#include "auth/ServerConnect.h"

namespace authdeck::cli {

void runConnectServer(Cli& cli, const QCommandLineParser& parser)
{
    ServerConnectRequest request;
    request.app = parser.value(QStringLiteral("app"));
    request.subject = parser.value(QStringLiteral("subject"));
    request.accountName = parser.value(QStringLiteral("name"));
    request.api.asUser = parser.value(QStringLiteral("as-user"));
    request.api.notificationsOff = parser.isSet(QStringLiteral("notifications-off"));
    request.confirmAdmin = parser.value(QStringLiteral("confirm-admin"));
    request.replaceAccount = parser.value(QStringLiteral("replace"));
    if (parser.isSet(QStringLiteral("as-user")) && request.api.asUser.trimmed().isEmpty()) {
        cli.failWith(ErrorKind::Usage, Cli::tr("--as-user needs a user ID."));
        return;
    }
    for (const char* oauthOnly : {"no-browser", "timeout"}) {
        if (parser.isSet(QLatin1String(oauthOnly))) {
            cli.failWith(ErrorKind::Usage, Cli::tr("--%1 is for OAuth 2.0 sign-in, not with "
                                                   "--subject.")
                                               .arg(QLatin1String(oauthOnly)));
            return;
        }
    }
    ServerConnect::run(cli.engine(), request, &cli, [&cli](Result<Account> account) {
        if (!account.ok()) {
            cli.failWith(account.error());
            return;
        }
        reportConnected(cli, *account);
    });
}

} // namespace authdeck::cli
