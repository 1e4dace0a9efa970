#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace authdeck::sandboxpages {

// The sandbox's few HTML pages. Every value that reaches a page is HTML-escaped here; the pages
// load nothing from elsewhere and carry no script.

// The consent page: the app, the signed-in user, the scopes asked for, and an Approve / Deny form
// that POSTs `request_id` (hidden, single use) and `decision` ("approve" or "deny") to `action`.
QString consent(const QString& appName, const QString& userName, const QStringList& scopes,
                const QString& requestId, const QString& action);

// An error page for what cannot be sent back to the app (unknown client, unregistered redirect
// URI, a used request id).
QString error(const QString& code, const QString& message);

struct ConsoleApp {
    QString name;
    QString clientId;
    QStringList redirectUris;
    QStringList keyIds;
    bool authorized = true;
    QString enterpriseId;
};

// The developer console: the registered apps, each with a form to add a public key (POST to
// `action`: console_token, client_id, public_key), and a form (POST to `action`: console_token,
// name, redirect_uri) to register another. `notice` is shown on top (the new app's id and secret).
QString console(const QList<ConsoleApp>& apps, const QString& consoleToken, const QString& action,
                const QString& notice);

} // namespace authdeck::sandboxpages
