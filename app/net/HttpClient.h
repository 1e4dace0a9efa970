#pragma once

#include "core/Result.h"
#include "net/HttpRequest.h"
#include "net/HttpResponse.h"
#include "net/HttpRetryPolicy.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>

#include <functional>

class QNetworkAccessManager;
class QNetworkProxy;
class QSslCertificate;

namespace authdeck {

class HttpCall;

// The engine's only way to talk HTTP. One QNetworkAccessManager, and the rules every request
// obeys whoever sends it:
//
//   caller --send(request, context, done)--> HttpClient --> HttpCall --QNetworkReply--> server
//     ^                                                        |  deadline timer aborts
//     '--------- done(Result<HttpResponse>), queued, once -----'  size cap aborts
//                                                                 429/5xx: wait, send again
//
// - http only to loopback addresses (UrlPolicy), refused before anything touches the network;
// - TLS errors fail the request, unless the peer's certificate is the one an admin trusted for
//   that exact host, and then only the "untrusted issuer" and "name mismatch" errors are waived;
// - HTTP error statuses are answers (the caller reads 4xx bodies); transport failures, deadlines,
//   oversized and truncated bodies are ErrorKind::Network errors naming the host;
// - no redirect is followed for anything but a GET to https, and that one only to the same origin;
// - no cookies, no cached credentials: two accounts on one host never share state.
class HttpClient : public QObject {
    Q_OBJECT
public:
    using RetryPolicy = HttpRetryPolicy;
    using Callback = std::function<void(Result<HttpResponse>)>;

    explicit HttpClient(QObject* parent = nullptr);
    // Outstanding calls end with ErrorKind::Cancelled (delivered later, to live contexts).
    ~HttpClient() override;

    // For Qt classes that insist on a manager of their own (QOAuth2AuthorizationCodeFlow).
    // Requests sent on it directly bypass the rules above.
    [[nodiscard]] QNetworkAccessManager* networkAccessManager() { return m_nam; }

    // An admin-approved self-signed certificate for one host (no port, case-insensitive). The
    // fingerprint is SHA-256, raw (32 bytes) or hex with optional ':' separators; an empty one
    // removes the trust. Returns false, changing nothing, for a malformed fingerprint.
    bool setTrustedCertificate(const QString& host, const QByteArray& sha256Fingerprint);
    void setProxy(const QNetworkProxy& proxy);
    void setDefaultDeadline(int ms);
    [[nodiscard]] int defaultDeadline() const { return m_defaultDeadlineMs; }

    // `done` is called exactly once, never from inside send(), and not at all once `context` is
    // destroyed (which also aborts the request). A null context means "always call back".
    QPointer<HttpCall> send(const HttpRequest& request, QObject* context, Callback done);
    // The same, and 429 and 5xx answers are sent again after Retry-After (capped) or an
    // exponential backoff with jitter, up to policy.maxAttempts in total. The last answer is
    // returned as it is when attempts run out. Transport failures are never retried: a POST
    // that may have reached the server is not sent twice.
    QPointer<HttpCall> sendWithRetry(const HttpRequest& request, RetryPolicy policy,
                                     QObject* context, Callback done);

    [[nodiscard]] static QByteArray userAgent();
    [[nodiscard]] static QByteArray fingerprintOf(const QSslCertificate& certificate);

private:
    friend class HttpCall;
    [[nodiscard]] QByteArray trustedFingerprint(const QString& host) const;

    QNetworkAccessManager* m_nam = nullptr;
    QHash<QString, QByteArray> m_trusted; // lower-case host -> raw SHA-256
    int m_defaultDeadlineMs = 30000;
    QList<QPointer<HttpCall>> m_calls;
};

} // namespace authdeck
