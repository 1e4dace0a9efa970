#include "cli/CliConnect.h"

#include "accounts/AccountService.h"
#include "auth/OAuthConnectJob.h"

#include <QProcess>
#include <QStandardPaths>

namespace authdeck::cli {

namespace {

// The system browser, without linking QtGui: xdg-open (Linux desktops), open (macOS).
bool openInBrowser(const QUrl& url)
{
    for (const QString& tool : {QStringLiteral("xdg-open"), QStringLiteral("open")}) {
        const QString path = QStandardPaths::findExecutable(tool);
        if (path.isEmpty())
            continue;
        QProcess process;
        process.setProgram(path);
        process.setArguments({url.toString(QUrl::FullyEncoded)});
        process.setStandardOutputFile(QProcess::nullDevice());
        process.setStandardErrorFile(QProcess::nullDevice());
        if (process.startDetached())
            return true;
    }
    return false;
}

} // namespace

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
