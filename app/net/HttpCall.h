#pragma once

#include "core/Result.h"
#include "net/HttpRequest.h"
#include "net/HttpResponse.h"
#include "net/HttpRetryPolicy.h"

#include <QElapsedTimer>
#include <QList>
#include <QNetworkReply>
#include <QObject>
#include <QPointer>
#include <QSslCertificate>
#include <QSslError>
#include <QTimer>

#include <functional>

namespace authdeck {

class HttpClient;

// One request in flight, from HttpClient::send() until its callback has run; then it deletes
// itself, so a QPointer to it turns null.
//
//   start --> attempt --reply finished--> answer --429/5xx, attempts left--> wait --> attempt
//               |  deadline / size cap: abort              |
//               '--> transport error --> deliver <---------' otherwise
//   cancel() at any point --> deliver(Cancelled); the context's death --> abandon, no callback
class HttpCall : public QObject {
    Q_OBJECT
public:
    ~HttpCall() override;

    // Aborts the transfer (or the wait before a retry); the callback gets ErrorKind::Cancelled.
    // Does nothing once the call has an outcome.
    void cancel();
    [[nodiscard]] bool isFinished() const { return m_finished; }
    // Attempts started so far (1 for a plain send).
    [[nodiscard]] int attempts() const { return m_attempt; }

private:
    friend class HttpClient;
    using Callback = std::function<void(Result<HttpResponse>)>;
    enum class Abort { None, Deadline, Oversized };

    HttpCall(HttpClient* client, const HttpRequest& request, const HttpRetryPolicy& policy,
             QObject* context, Callback done);

    void start();
    void startAttempt();
    void onMetaDataChanged();
    void onReadyRead();
    void onSslErrors(const QList<QSslError>& errors);
    void onFinished();
    void onDeadline();
    void onAnswer(HttpResponse response);
    void abortWith(Abort reason);
    [[nodiscard]] int retryDelayMs(const HttpResponse& response) const;
    [[nodiscard]] Error transportError(QNetworkReply::NetworkError code, bool gotHeaders,
                                       const QString& qtMessage) const;
    [[nodiscard]] Error tlsError() const;
    [[nodiscard]] QString host() const;
    void logOutcome(const QString& outcome) const;
    void deliver(Result<HttpResponse> result);
    void abandon();
    void releaseReply();

    QPointer<HttpClient> m_client;
    HttpRequest m_request;
    HttpRetryPolicy m_policy;
    Callback m_done;
    QPointer<QNetworkReply> m_reply;
    QTimer m_deadline;
    QTimer m_retryWait;
    QElapsedTimer m_elapsed;
    QByteArray m_body;
    QList<QSslError> m_sslErrors;
    QSslCertificate m_peerCertificate;
    bool m_pinMismatch = false;
    QString m_trustRefusal;  // why a certificate trusted for this host:port was not honoured
    QString m_unwaivedError; // an error of a trusted certificate that trust does not excuse
    Abort m_abort = Abort::None;
    int m_attempt = 0;
    bool m_finished = false;
};

} // namespace authdeck
