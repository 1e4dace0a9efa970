#include "cli/Cli.h"

#include "accounts/AccountService.h"

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

QJsonObject accountJson(const Account& a)
{
    QJsonObject o = a.toJson();
    o.insert(QStringLiteral("identity_label"), a.identityLabel());
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
            arr.append(accountJson(a));
        cli.printJson(arr);
    } else if (accounts->isEmpty()) {
        cli.message(Cli::tr("No accounts yet. Connect one with \"authdeck-cli connect\"."));
    } else {
        QList<QStringList> rows;
        for (const Account& a : *accounts) {
            rows.append({a.id, a.name, a.providerId, schemeId(a.scheme), a.identityLabel(),
                         accountStatusId(a.status), expiryText(a)});
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
