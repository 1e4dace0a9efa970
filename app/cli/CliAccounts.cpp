#include "cli/Cli.h"

#include "accounts/AccountService.h"
#include "accounts/AppService.h"

#include <QJsonArray>
#include <QJsonObject>

namespace authdeck::cli {

namespace {

QString expiryText(const Account& a)
{
    if (!a.accessExpires.isValid())
        return QStringLiteral("-");
    const qint64 secs = QDateTime::currentDateTimeUtc().secsTo(a.accessExpires);
    const QString when = a.accessExpires.toString(Qt::ISODate);
    if (secs <= 0)
        return Cli::tr("%1 (expired)").arg(when);
    return when;
}

// Held while its app's endpoints changed and were not approved (nothing of it is sent).
bool held(Cli& cli, const Account& a)
{
    if (a.appId.isEmpty())
        return false;
    Result<AppRegistration> app = cli.engine().apps().find(a.appId);
    return app.ok() && !cli.engine().apps().heldChanges(*app).isEmpty();
}

QJsonObject accountJson(Cli& cli, const Account& a)
{
    QJsonObject o = a.toJson();
    o.remove(QStringLiteral("pinned_origins"));
    o.insert(QStringLiteral("identity_label"), a.identityLabel());
    o.insert(QStringLiteral("held"), held(cli, a));
    return o;
}

void runAccounts(Cli& cli, const QCommandLineParser&)
{
    Result<QList<Account>> accounts = cli.engine().accounts().list();
    if (!accounts.ok()) {
        cli.failWith(accounts.error());
        return;
    }
    if (cli.json()) {
        QJsonArray arr;
        for (const Account& a : *accounts)
            arr.append(accountJson(cli, a));
        cli.printJson(arr);
    } else if (accounts->isEmpty()) {
        cli.message(Cli::tr("No accounts yet. Connect one with \"authdeck-cli connect\"."));
    } else {
        QList<QStringList> rows;
        for (const Account& a : *accounts) {
            rows.append({a.id, a.name, a.providerId, schemeId(a.scheme), a.identityLabel(),
                         held(cli, a) ? QStringLiteral("held") : accountStatusId(a.status),
                         expiryText(a)});
        }
        cli.printTable({Cli::tr("ID"), Cli::tr("NAME"), Cli::tr("PROVIDER"), Cli::tr("SCHEME"),
                        Cli::tr("IDENTITY"), Cli::tr("STATUS"), Cli::tr("EXPIRY")},
                       rows);
    }
    cli.succeed();
}

} // namespace

QList<Verb> accountVerbs()
{
    Verb accounts;
    accounts.name = QStringLiteral("accounts");
    accounts.summary = Cli::tr("List the connected accounts: id, name, provider, scheme, identity, "
                               "status, expiry.");
    accounts.run = runAccounts;
    return {accounts};
}

} // namespace authdeck::cli
