#include "sandbox/SandboxPages.h"

namespace authdeck::sandboxpages {

namespace {

QString esc(const QString& text)
{
    return text.toHtmlEscaped();
}

QString page(const QString& title, const QString& body)
{
    return QStringLiteral("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                          "<meta name=\"viewport\" content=\"width=device-width\">"
                          "<title>%1</title>"
                          "<style>body{font-family:sans-serif;max-width:40em;margin:2em auto;"
                          "padding:0 1em}code{background:#eee;padding:0 .2em}"
                          "button{font-size:1.1em;margin-right:1em}</style>"
                          "</head><body>\n<p><b>Sandbox (Box-compatible)</b></p>\n%2\n</body>"
                          "</html>\n")
        .arg(esc(title), body);
}

} // namespace

QString consent(const QString& appName, const QString& userName, const QStringList& scopes,
                const QString& requestId, const QString& action)
{
    QString list;
    for (const QString& scope : scopes)
        list += QStringLiteral("<li><code>%1</code></li>").arg(esc(scope));
    if (list.isEmpty())
        list = QStringLiteral("<li>the scopes configured for the app</li>");
    const QString body =
        QStringLiteral("<h1>Grant access to Box</h1>\n"
                       "<p>Signed in as <b>%1</b>.</p>\n"
                       "<p><b id=\"app-name\">%2</b> would like to:</p>\n<ul>%3</ul>\n"
                       "<form method=\"post\" action=\"%4\">\n"
                       "<input type=\"hidden\" name=\"request_id\" value=\"%5\">\n"
                       "<button type=\"submit\" name=\"decision\" value=\"approve\">"
                       "Grant access to Box</button>\n"
                       "<button type=\"submit\" name=\"decision\" value=\"deny\">Deny</button>\n"
                       "</form>")
            .arg(esc(userName), esc(appName), list, esc(action), esc(requestId));
    return page(QStringLiteral("Grant access"), body);
}

QString error(const QString& code, const QString& message)
{
    return page(QStringLiteral("Error"),
                QStringLiteral("<h1>Something went wrong</h1>\n<p id=\"error\"><code>%1</code></p>"
                               "\n<p id=\"error-description\">%2</p>")
                    .arg(esc(code), esc(message)));
}

QString console(const QList<ConsoleApp>& apps, const QString& consoleToken, const QString& action,
                const QString& notice)
{
    QString body = QStringLiteral("<h1>Developer Console</h1>\n");
    if (!notice.isEmpty())
        body += QStringLiteral("<p id=\"notice\">%1</p>\n").arg(esc(notice));
    body += QStringLiteral("<h2>My Platform Apps</h2>\n");
    if (apps.isEmpty())
        body += QStringLiteral("<p>No apps yet.</p>\n");
    for (const ConsoleApp& app : apps) {
        body +=
            QStringLiteral("<h3>%1</h3>\n<p>Client ID: <code>%2</code>%3</p>\n")
                .arg(esc(app.name), esc(app.clientId),
                     app.authorized ? QString() : QStringLiteral(" (not authorized by the admin)"));
        body += QStringLiteral("<p>Redirect URIs: %1</p>\n")
                    .arg(esc(app.redirectUris.join(QStringLiteral(", "))));
        body += QStringLiteral("<p>Public Key IDs: %1</p>\n")
                    .arg(esc(app.keyIds.join(QStringLiteral(", "))));
        body +=
            QStringLiteral("<p>Enterprise ID: <code>%1</code></p>\n").arg(esc(app.enterpriseId));
        // Configuration -> Add and Manage Public Keys, as in Box's console.
        body += QStringLiteral("<form method=\"post\" action=\"%1\">\n"
                               "<input type=\"hidden\" name=\"console_token\" value=\"%2\">\n"
                               "<input type=\"hidden\" name=\"client_id\" value=\"%3\">\n"
                               "<p><label>Public key (PEM)<br><textarea name=\"public_key\" "
                               "rows=\"6\" cols=\"66\" required></textarea></label></p>\n"
                               "<p><button type=\"submit\">Add a Public Key</button></p>\n"
                               "</form>\n")
                    .arg(esc(action), esc(consoleToken), esc(app.clientId));
        // Admin Console -> Apps -> Platform Apps Manager -> Add App, as the enterprise admin
        // does it for a server-authentication app before its first token.
        if (!app.authorized) {
            body += QStringLiteral("<form method=\"post\" action=\"%1\">\n"
                                   "<input type=\"hidden\" name=\"console_token\" value=\"%2\">\n"
                                   "<input type=\"hidden\" name=\"authorize_client_id\" "
                                   "value=\"%3\">\n"
                                   "<p><button type=\"submit\">Authorize in the Admin Console "
                                   "(Platform Apps Manager)</button></p>\n"
                                   "</form>\n")
                        .arg(esc(action), esc(consoleToken), esc(app.clientId));
        }
    }
    body += QStringLiteral("<h2>Create Platform App</h2>\n"
                           "<form method=\"post\" action=\"%1\">\n"
                           "<input type=\"hidden\" name=\"console_token\" value=\"%2\">\n"
                           "<p><label>App name <input name=\"name\" required></label></p>\n"
                           "<p><label>Redirect URI <input name=\"redirect_uri\" "
                           "placeholder=\"http://127.0.0.1/callback\"></label></p>\n"
                           "<p><button type=\"submit\">Create App</button></p>\n</form>\n"
                           "<p>JSON API: <code>POST /developers/api/apps</code> and "
                           "<code>POST /developers/api/apps/&lt;client_id&gt;/keys</code>.</p>")
                .arg(esc(action), esc(consoleToken));
    return page(QStringLiteral("Developer Console"), body);
}

} // namespace authdeck::sandboxpages
