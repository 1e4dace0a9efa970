#pragma once

#include "core/Result.h"

#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>

namespace authdeck {

class Engine;
class LoopbackReplyHandler;

// Tenant-wide admin consent (Microsoft identity platform), the step before an app-only (client
// credentials) app may call Microsoft Graph, as Box's admin authorization is for a Box JWT app:
//
//   start --listen on 127.0.0.1:<port>--> URL = admin_consent_url (the provider's, {tenant}
//         filled) ? client_id & scope & redirect_uri=http://127.0.0.1:<port>/callback & state
//   consentUrlReady(url): the admin opens it and accepts as a Global Administrator
//   browser --GET /callback?admin_consent=True&tenant=...&state=...--> finished(tenant)
//           --GET /callback?error=...&error_description=...&state=...--> finished(Rejected)
//
// The state (192 random bits) is checked as for a sign-in (LoopbackReplyHandler); nothing is
// stored: the consent lives at the provider.
class AdminConsentJob : public QObject {
    Q_OBJECT
public:
    AdminConsentJob(Engine& engine, QString app, int timeoutSeconds, QObject* parent = nullptr);
    ~AdminConsentJob() override;

    void start();
    void cancel();
    [[nodiscard]] QUrl consentUrl() const { return m_url; }

Q_SIGNALS:
    void consentUrlReady(const QUrl& url);
    // The tenant that consented.
    void finished(const authdeck::Result<QString>& tenant);

private:
    void finish(const Result<QString>& result);

    Engine& m_engine;
    QString m_appName;
    int m_timeoutSeconds = 300;
    QString m_providerName;
    QPointer<LoopbackReplyHandler> m_handler;
    QTimer m_timeout;
    QUrl m_url;
    bool m_finished = false;
};

} // namespace authdeck
