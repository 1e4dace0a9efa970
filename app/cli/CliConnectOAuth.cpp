#include "cli/CliConnect.h"

#include "accounts/AccountService.h"
#include "auth/OAuthConnectJob.h"
#include "cli/CliStandards.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace authdeck::cli {

void runConnectOAuth(Cli& cli, const QCommandLineParser& p)
{
    OAuthConnectRequest request;
    request.app = p.value(QStringLiteral("app"));
    request.accountName = p.value(QStringLiteral("name"));
    request.api.asUser = p.value(QStringLiteral("as-user"));
    request.api.notificationsOff = p.isSet(QStringLiteral("notifications-off"));
    request.replaceAccount = p.value(QStringLiteral("replace"));
    runSignIn(cli, p, request);
}

void runReconnect(Cli& cli, const QCommandLineParser& p)
{
    Result<Account> account = cli.engine().accounts().find(p.positionalArguments().first());
    if (!account.ok()) {
        cli.failWith(account.error());
        return;
    }
    if (account->scheme != Scheme::OAuth2 || account->appId.isEmpty()) {
        cli.failWith(ErrorKind::Usage,
                     Cli::tr("\"%1\" does not sign in with OAuth 2.0 in a browser; connect it "
                             "again instead (authdeck-cli connect).")
                         .arg(account->name));
        return;
    }
    OAuthConnectRequest request;
    request.app = account->appId;
    request.reauthAccountId = account->id;
    request.scopes = account->scopes;
    request.api.asUser = account->asUser;
    request.api.notificationsOff = account->notificationsOff;
    request.allowOtherIdentity = p.isSet(QStringLiteral("allow-other-identity"));
    runSignIn(cli, p, request);
}

void runSignIn(Cli& cli, const QCommandLineParser& p, OAuthConnectRequest request)
{
    if (p.isSet(QStringLiteral("timeout"))) {
        bool ok = false;
        const int seconds = p.value(QStringLiteral("timeout")).toInt(&ok);
        if (!ok || seconds < 1 || seconds > 3600) {
            cli.failWith(ErrorKind::Usage,
                         Cli::tr("--timeout takes a number of seconds from 1 to 3600."));
            return;
        }
        request.timeoutSeconds = seconds;
    }
    const bool noBrowser = p.isSet(QStringLiteral("no-browser"));
    request.device = p.isSet(QStringLiteral("device"));

    auto* job = new OAuthConnectJob(cli.engine(), request, &cli);
    QObject::connect(
        job, &OAuthConnectJob::authorizationUrlReady, &cli, [&cli, noBrowser](const QUrl& url) {
            const QString link = url.toString(QUrl::FullyEncoded);
            if (noBrowser) {
                // The contract: the URL alone on stdout's first line, at once.
                cli.print(link);
                cli.message(Cli::tr("Open the address above in a browser and sign "
                                    "in; waiting for the answer…"));
                return;
            }
            if (openInBrowser(url)) {
                cli.message(Cli::tr("Sign in in the browser window that opened. If "
                                    "none did, open this address:\n%1")
                                .arg(link));
            } else {
                cli.message(Cli::tr("No browser could be started. Open this address to "
                                    "sign in:\n%1")
                                .arg(link));
            }
        });
    // RFC 8628: the code to enter and where, on stdout (a JSON line with --json), at once.
    QObject::connect(job, &OAuthConnectJob::deviceCodeReady, &cli, [&cli](const DeviceCode& code) {
        const QString uri = code.verificationUri.toString(QUrl::FullyEncoded);
        const QString complete = code.verificationUriComplete.toString(QUrl::FullyEncoded);
        if (cli.json()) {
            QJsonObject o{{QStringLiteral("verification_uri"), uri},
                          {QStringLiteral("user_code"), code.userCode},
                          {QStringLiteral("expires_in"), code.expiresIn},
                          {QStringLiteral("interval"), code.interval}};
            if (!complete.isEmpty())
                o.insert(QStringLiteral("verification_uri_complete"), complete);
            // One line, at once: a script reads it before the sign-in ends.
            cli.print(QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)));
        } else {
            cli.print(uri);
            cli.print(code.userCode);
            if (!complete.isEmpty())
                cli.print(complete);
        }
        cli.message(Cli::tr("On any device, open %1 and enter the code %2%3. The code expires "
                            "in %4 minutes; waiting…")
                        .arg(uri, code.userCode,
                             complete.isEmpty()
                                 ? QString()
                                 : Cli::tr(" (or open %1, which carries the code)").arg(complete))
                        .arg(std::max(1, code.expiresIn / 60)));
    });
    QObject::connect(job, &OAuthConnectJob::finished, &cli,
                     [&cli, job](const Result<Account>& result) {
                         job->deleteLater();
                         if (!result.ok()) {
                             cli.failWith(result.error());
                             return;
                         }
                         reportConnected(cli, *result);
                     });
    job->start();
}

} // namespace authdeck::cli
