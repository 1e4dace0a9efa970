#include "accounts/AccountService.h"
#include "accounts/TokenService.h"
#include "cli/Cli.h"

#include <QJsonObject>

namespace authdeck::cli {

namespace {

// ACCOUNT is an id or a unique name.
Result<Account> findAccount(Cli& cli, const QCommandLineParser& p)
{
    return cli.engine().accounts().find(p.positionalArguments().value(0));
}

// The same, for verbs that use the account: one the organization's policy forbids is refused
// here, as TokenService refuses it for the window. Disconnecting it stays possible.
Result<Account> findUsableAccount(Cli& cli, const QCommandLineParser& p)
{
    Result<Account> account = findAccount(cli, p);
    if (account.ok()) {
        if (Status allowed = cli.engine().mayUse(*account); !allowed.ok())
            return allowed.error();
    }
    return account;
}

void printToken(Cli& cli, const Account& account, const AccessToken& token)
{
    if (cli.json()) {
        QJsonObject o;
        o.insert(QStringLiteral("account"), account.id);
        o.insert(QStringLiteral("access_token"), token.token.toString());
        if (token.expires.isValid())
            o.insert(QStringLiteral("expires"), token.expires.toString(Qt::ISODate));
        o.insert(QStringLiteral("renewed"), token.renewed);
        cli.printJson(o);
    } else {
        cli.print(token.token.toString());
    }
}

void runToken(Cli& cli, const QCommandLineParser& p, bool force)
{
    Result<Account> account = findUsableAccount(cli, p);
    if (!account.ok()) {
        cli.failWith(account.error());
        return;
    }
    if (!force && (p.isSet(QStringLiteral("downscope")) || p.isSet(QStringLiteral("resource")))) {
        runDownscopedToken(cli, *account, p.values(QStringLiteral("downscope")),
                           p.value(QStringLiteral("resource")));
        return;
    }
    auto done = [&cli, a = *account, force](Result<AccessToken> token) {
        if (!token.ok()) {
            cli.failWith(token.error());
            return;
        }
        if (force && !cli.json()) {
            cli.message(token->expires.isValid()
                            ? Cli::tr("Renewed; the new token is valid until %1.")
                                  .arg(token->expires.toLocalTime().toString(Qt::ISODate))
                            : Cli::tr("Renewed."));
            cli.succeed();
            return;
        }
        printToken(cli, a, *token);
        cli.succeed();
    };
    if (force)
        cli.engine().tokens().refresh(account->id, &cli, done);
    else
        cli.engine().tokens().token(account->id, &cli, done);
}

void runTest(Cli& cli, const QCommandLineParser& p)
{
    Result<Account> account = findUsableAccount(cli, p);
    if (!account.ok()) {
        cli.failWith(account.error());
        return;
    }
    ApiCallOptions options;
    options.asUser = p.value(QStringLiteral("as-user"));
    if (options.asUser.isEmpty())
        options.asUser = account->asUser;
    options.notificationsOff = account->notificationsOff;
    cli.engine().tokens().test(
        account->id, options, &cli, [&cli, a = *account](Result<Identity> identity) {
            if (!identity.ok()) {
                cli.failWith(identity.error());
                return;
            }
            Account verified = a;
            verified.identity = *identity;
            const QString label = verified.identityLabel();
            if (cli.json()) {
                QJsonObject o;
                o.insert(QStringLiteral("account"), a.id);
                QJsonObject who;
                for (auto it = identity->cbegin(); it != identity->cend(); ++it)
                    who.insert(it.key(), it.value());
                o.insert(QStringLiteral("identity"), who);
                o.insert(QStringLiteral("identity_label"), label);
                cli.printJson(o);
            } else {
                cli.print(label);
                cli.message(
                    Cli::tr("\"%1\" works: the provider answered as %2.").arg(a.name, label));
            }
            cli.succeed();
        });
}

void runDisconnect(Cli& cli, const QCommandLineParser& p)
{
    Result<Account> account = findAccount(cli, p);
    if (!account.ok()) {
        cli.failWith(account.error());
        return;
    }
    const bool local = p.isSet(QStringLiteral("local"));
    cli.engine().tokens().disconnect(
        account->id, local, &cli, [&cli, a = *account](Result<DisconnectReport> report) {
            if (!report.ok()) {
                cli.failWith(report.error());
                return;
            }
            if (cli.json()) {
                QJsonObject o;
                o.insert(QStringLiteral("account"), a.id);
                o.insert(QStringLiteral("revoked"), report->revoked);
                o.insert(QStringLiteral("revocable"), report->revocable);
                if (!report->revokeProblem.isEmpty())
                    o.insert(QStringLiteral("revoke_problem"), report->revokeProblem);
                cli.printJson(o);
            } else if (report->revoked) {
                cli.message(Cli::tr("Disconnected \"%1\": access revoked at the provider and its "
                                    "secrets deleted.")
                                .arg(a.name));
            } else if (!report->revocable) {
                cli.message(Cli::tr("Disconnected \"%1\": its secrets are deleted. The provider "
                                    "offers no way to revoke access from here; revoke it in the "
                                    "provider's console if needed.")
                                .arg(a.name));
            } else {
                cli.message(Cli::tr("Removed \"%1\" from this machine, but the provider could not "
                                    "confirm the revocation (%2): revoke it in the provider's "
                                    "console.")
                                .arg(a.name, report->revokeProblem));
            }
            cli.succeed();
        });
}

Verb accountVerb(const QString& name, const QString& summary)
{
    Verb v;
    v.name = name;
    v.synopsis = QStringLiteral("ACCOUNT");
    v.summary = summary;
    v.positional = {QStringLiteral("ACCOUNT")};
    v.minPositional = 1;
    v.maxPositional = 1;
    return v;
}

} // namespace

QList<Verb> tokenVerbs()
{
    Verb test = accountVerb(QStringLiteral("test"),
                            Cli::tr("Make a real verification call and print the identity."));
    test.synopsis = QStringLiteral("ACCOUNT [--as-user ID]");
    test.options = {opt(QStringLiteral("as-user"),
                        Cli::tr("act as this managed user (Box As-User)"), QStringLiteral("ID"))};
    test.run = runTest;

    Verb token = accountVerb(
        QStringLiteral("token"),
        Cli::tr("Print a valid access token, refreshed or minted again first if needed."));
    token.synopsis = QStringLiteral("ACCOUNT [--downscope SCOPE... [--resource URL]]");
    token.options = {
        opt(QStringLiteral("downscope"),
            Cli::tr("Box: print a token limited to these scopes instead (the account's own token "
                    "is untouched)"),
            QStringLiteral("SCOPE")),
        opt(QStringLiteral("resource"),
            Cli::tr("Box: limit the downscoped token to this folder or file (its API address, or "
                    "folder:ID, file:ID)"),
            QStringLiteral("URL"))};
    token.run = [](Cli& cli, const QCommandLineParser& p) { runToken(cli, p, false); };

    Verb refresh = accountVerb(QStringLiteral("refresh"),
                               Cli::tr("Renew the access token now (refresh, or mint a new one)."));
    refresh.run = [](Cli& cli, const QCommandLineParser& p) { runToken(cli, p, true); };

    Verb disconnect = accountVerb(
        QStringLiteral("disconnect"),
        Cli::tr("Revoke the account's access at the provider where it can, then delete its "
                "secrets and settings."));
    disconnect.synopsis = QStringLiteral("ACCOUNT [--local]");
    disconnect.options = {
        opt(QStringLiteral("local"),
            Cli::tr("remove the account here even when the provider cannot be reached to revoke "
                    "access"))};
    disconnect.run = runDisconnect;
    return {test, token, refresh, disconnect};
}

} // namespace authdeck::cli
