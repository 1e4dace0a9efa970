#pragma once

#include "core/Result.h"
#include "net/HttpRequest.h"
#include "net/HttpResponse.h"
#include "net/HttpRetryPolicy.h"

#include <QHash>
#include <QList>
#include <QNetworkProxy>
#include <QObject>
#include <QPointer>

#include <functional>

class QNetworkAccessManager;
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
// - loopback requests never go through a proxy, whatever proxy the admin chose;
// - TLS errors fail the request, unless the peer's certificate is the one an admin trusted for
//   that exact host and port, the trust check (set by the engine) allows a trusted certificate
//   there at the moment of the handshake, and every error is one a self-signed or privately
//   issued certificate causes (HttpCall lists them and says why);
// - HTTP error statuses are answers (the caller reads 4xx bodies); transport failures, deadlines,
//   oversized and truncated bodies are ErrorKind::Network errors naming the host;
// - no redirect is followed for anything but a GET to https, and that one only to the same origin;
// - no cookies, no cached credentials: two accounts on one host never share state.
class HttpClient : public QObject {
    Q_OBJECT
public:
    using RetryPolicy = HttpRetryPolicy;
    using Callback = std::function<void(Result<HttpResponse>)>;
    // Whether a certificate an admin trusted may be honoured at host:port: empty when it may,
    // otherwise the reason it may not, in the admin's terms.
    using TrustCheck = std::function<QString(const QString& host, quint16 port)>;

    explicit HttpClient(QObject* parent = nullptr);
    // Outstanding calls end with ErrorKind::Cancelled (delivered later, to live contexts).
    ~HttpClient() override;

    // For Qt classes that insist on a manager of their own (QOAuth2AuthorizationCodeFlow).
    // Requests sent on it directly bypass the rules above, except the proxy rule.
    [[nodiscard]] QNetworkAccessManager* networkAccessManager() { return m_nam; }

    // An admin-approved self-signed certificate for one host and port (the host
    // case-insensitive). The fingerprint is SHA-256, raw (32 bytes) or hex with optional ':'
    // separators; an empty one removes the trust. Returns false, changing nothing, for a
    // malformed fingerprint or host.
    bool setTrustedCertificate(const QString& host, quint16 port,
                               const QByteArray& sha256Fingerprint);
    void clearTrustedCertificates();
    // Asked every time a trusted certificate would waive a TLS error. Without one, no
    // certificate is ever trusted: the trust entries alone never waive anything.
    void setTrustCheck(TrustCheck check);

    // The desktop's proxy settings, asked per request (never the application-wide proxy).
    void useSystemProxy();
    // One proxy for every request that leaves the machine (QNetworkProxy::NoProxy: none).
    void setProxy(const QNetworkProxy& proxy);
    // What a request to `url` would go through (the first is used).
    [[nodiscard]] QList<QNetworkProxy> proxiesFor(const QUrl& url) const;

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
    // The certificate trusted for host:port (raw SHA-256), and why it may not be honoured there
    // (empty: it may). Both empty: nothing is trusted for host:port.
    struct Trust {
        QByteArray fingerprint;
        QString refusal;
    };
    [[nodiscard]] Trust trustFor(const QString& host, quint16 port) const;

    QNetworkAccessManager* m_nam = nullptr;
    QHash<QString, QByteArray> m_trusted; // UrlPolicy::endpointKey -> raw SHA-256
    TrustCheck m_trustCheck;
    int m_defaultDeadlineMs = 30000;
    QList<QPointer<HttpCall>> m_calls;
};

} // namespace authdeck
