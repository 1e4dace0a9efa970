#include "cli/CliConnect.h"

#include "accounts/Account.h"
#include "accounts/AppService.h"
#include "providers/ProviderCatalog.h"

#include <QJsonObject>

namespace authdeck::cli {

namespace {

void runConnect(Cli& cli, const QCommandLineParser& p)
{
    const bool provider = p.isSet(QStringLiteral("provider"));
    // --app beside --provider names the client a password grant is sent with.
    const bool app = p.isSet(QStringLiteral("app")) && !provider;
    if (app == provider) {
        cli.failWith(ErrorKind::Usage,
                     Cli::tr("connect needs either --app NAME (OAuth 2.0, JWT, client "
                             "credentials) or --provider ID (password, access keys)."));
        return;
    }
    if (app) {
        if (p.isSet(QStringLiteral("subject"))) {
            runConnectServer(cli, p);
            return;
        }
        Result<AppRegistration> reg = cli.engine().apps().find(p.value(QStringLiteral("app")));
        if (!reg.ok()) {
            cli.failWith(reg.error());
            return;
        }
        const Provider* provider = cli.engine().catalog().find(reg->providerId);
        if (reg->scheme == Scheme::OAuth2) {
            runConnectOAuth(cli, p);
        } else if (reg->scheme == Scheme::Jwt && provider && provider->jwt
                   && provider->jwt->subjectOptional) {
            runConnectServer(cli, p); // the service account itself (Google without delegation)
        } else if (reg->scheme == Scheme::ClientCredentials && provider
                   && provider->clientCredentials
                   && provider->clientCredentials->subjectTypes.isEmpty()) {
            runConnectServer(cli, p); // the app itself, for the whole tenant (Microsoft 365)
        } else {
            cli.failWith(
                ErrorKind::Usage,
                Cli::tr("The app \"%1\" uses %2: give the subject with --subject enterprise, "
                        "--subject enterprise:ID or --subject user:ID.")
                    .arg(reg->name, schemeDisplayName(reg->scheme)));
        }
        return;
    }
    const bool password =
        p.isSet(QStringLiteral("username")) || p.isSet(QStringLiteral("password-file"));
    const bool keys =
        p.isSet(QStringLiteral("access-key-id")) || p.isSet(QStringLiteral("secret-key-file"));
    if (password == keys) {
        cli.failWith(ErrorKind::Usage,
                     Cli::tr("connect --provider needs either --username and --password-file, or "
                             "--access-key-id and --secret-key-file."));
        return;
    }
    if (!p.isSet(QStringLiteral("name"))) {
        cli.failWith(ErrorKind::Usage, Cli::tr("--name is required with --provider."));
        return;
    }
    if (keys && p.isSet(QStringLiteral("app"))) {
        cli.failWith(ErrorKind::Usage, Cli::tr("--app is not used with access keys."));
        return;
    }
    if (password)
        runConnectPassword(cli, p);
    else
        runConnectKeys(cli, p);
}

} // namespace

void reportConnected(Cli& cli, const Account& account)
{
    if (cli.json()) {
        QJsonObject o = account.toJson();
        o.insert(QStringLiteral("identity_label"), account.identityLabel());
        cli.printJson(o);
    } else {
        cli.print(account.id);
        const QString who = account.identityLabel();
        cli.message(who.isEmpty() ? Cli::tr("Connected \"%1\".").arg(account.name)
                                  : Cli::tr("Connected \"%1\" as %2.").arg(account.name, who));
    }
    cli.succeed();
}

QList<Verb> connectVerbs()
{
    Verb connect;
    connect.name = QStringLiteral("connect");
    connect.synopsis = QStringLiteral(
        "--app NAME [--no-browser | --device] [--timeout SECONDS] [--replace ACCOUNT]\n"
        "       authdeck-cli connect --app NAME --subject enterprise|enterprise:ID|user:ID "
        "[--confirm-admin ACCOUNT] [--as-user ID] [--notifications-off] [--replace ACCOUNT]\n"
        "       authdeck-cli connect --provider ID --name NAME --username U --password-file F "
        "[--host HOST] [--app NAME]\n"
        "       authdeck-cli connect --provider ID --name NAME --access-key-id K --secret-key-file "
        "F "
        "[--region R] [--endpoint U]");
    connect.summary =
        Cli::tr("Connect an account and print its id: OAuth 2.0 sign-in in the browser, "
                "server authentication (JWT or client credentials), a password "
                "exchanged for tokens, or access keys.");
    connect.options = {
        opt(QStringLiteral("app"), Cli::tr("the app registration to connect with"),
            QStringLiteral("NAME")),
        opt(QStringLiteral("name"), Cli::tr("a name for the new account"), QStringLiteral("NAME")),
        opt(QStringLiteral("no-browser"),
            Cli::tr(
                "do not open a browser; print the sign-in URL alone on the first line of stdout")),
        opt(QStringLiteral("timeout"), Cli::tr("how long to wait for the sign-in (default 300)"),
            QStringLiteral("SECONDS")),
        opt(QStringLiteral("device"),
            Cli::tr("sign in with a code on any other device (RFC 8628 device flow): prints the "
                    "verification URI, the user code and the URI that carries it")),
        opt(QStringLiteral("subject"),
            Cli::tr("enterprise (the app's own), enterprise:ID (another enterprise that "
                    "authorized the app) or user:ID (server authentication)"),
            QStringLiteral("SUBJECT")),
        opt(QStringLiteral("confirm-admin"),
            Cli::tr("first confirm with this OAuth 2.0 account that its user is an admin or "
                    "co-admin of the enterprise (org-wide access)"),
            QStringLiteral("ACCOUNT")),
        opt(QStringLiteral("replace"),
            Cli::tr("replace this account of the same app and identity (its grant is revoked "
                    "first)"),
            QStringLiteral("ACCOUNT")),
        opt(QStringLiteral("as-user"), Cli::tr("act as this managed user (Box As-User)"),
            QStringLiteral("ID")),
        opt(QStringLiteral("notifications-off"),
            Cli::tr("send Box-Notifications: off with the account's verification and API calls")),
        opt(QStringLiteral("provider"), Cli::tr("the provider id (password and key schemes)"),
            QStringLiteral("ID")),
        opt(QStringLiteral("host"), Cli::tr("your server's host name (per-server providers)"),
            QStringLiteral("HOST")),
        opt(QStringLiteral("username"), Cli::tr("the user name to sign in with"),
            QStringLiteral("U")),
        opt(QStringLiteral("password-file"), Cli::tr("a file holding the password (- for stdin)"),
            QStringLiteral("F")),
        opt(QStringLiteral("access-key-id"), Cli::tr("the access key ID"), QStringLiteral("K")),
        opt(QStringLiteral("secret-key-file"),
            Cli::tr("a file holding the secret access key (- for stdin)"), QStringLiteral("F")),
        opt(QStringLiteral("region"), Cli::tr("the region requests are signed for"),
            QStringLiteral("R")),
        opt(QStringLiteral("endpoint"), Cli::tr("an S3-compatible endpoint URL"),
            QStringLiteral("U")),
    };
    connect.run = runConnect;

    Verb reconnect;
    reconnect.name = QStringLiteral("reconnect");
    reconnect.synopsis = QStringLiteral("ACCOUNT [--no-browser | --device] [--timeout SECONDS] "
                                        "[--allow-other-identity]");
    reconnect.summary = Cli::tr("Sign an OAuth 2.0 account in again, keeping its settings; "
                                "refused (exit 3) when the browser signs in someone else.");
    reconnect.positional = {QStringLiteral("ACCOUNT")};
    reconnect.minPositional = reconnect.maxPositional = 1;
    reconnect.options = {
        opt(QStringLiteral("no-browser"),
            Cli::tr(
                "do not open a browser; print the sign-in URL alone on the first line of stdout")),
        opt(QStringLiteral("timeout"), Cli::tr("how long to wait for the sign-in (default 300)"),
            QStringLiteral("SECONDS")),
        opt(QStringLiteral("allow-other-identity"),
            Cli::tr("accept a different user or enterprise than the account's own")),
        opt(QStringLiteral("device"),
            Cli::tr("sign in with a code on any other device (RFC 8628 device flow)")),
    };
    reconnect.run = runReconnect;
    return {connect, reconnect};
}

} // namespace authdeck::cli
