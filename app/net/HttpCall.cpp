#include "net/HttpCall.h"

#include "core/Async.h"
#include "core/Log.h"
#include "net/HttpClient.h"
#include "net/SecretUploadBuffer.h"
#include "net/UrlPolicy.h"

#include <QLocale>
#include <QNetworkAccessManager>
#include <QRandomGenerator>
#include <QSslCertificate>

#include <algorithm>

namespace authdeck {

namespace {

// QNAM reports HTTP error statuses as errors too; these codes are "the server answered with an
// error status", which AuthDeck treats as an answer, not as a failure to talk.
bool isStatusCode(QNetworkReply::NetworkError code)
{
    return (code >= QNetworkReply::ContentAccessDenied
            && code <= QNetworkReply::UnknownContentError)
           || code == QNetworkReply::ProtocolInvalidOperationError
           || code == QNetworkReply::ProxyAuthenticationRequiredError
           || (code >= QNetworkReply::InternalServerError
               && code <= QNetworkReply::UnknownServerError);
}

bool isRetryableStatus(int status, bool onlyUnprocessed)
{
    // 429 and 503 say the request was not processed; other 5xx may have been half done, which
    // matters for single-use grants (an authorization code, a rotating refresh token).
    if (onlyUnprocessed)
        return status == 429 || status == 503;
    // 501 and 505 say "never", not "not now".
    return status == 429 || (status >= 500 && status <= 599 && status != 501 && status != 505);
}

// The errors that say only "no certificate authority vouches for this certificate": what a
// self-signed certificate (or one from a private CA) causes, and all an admin vouched for by
// trusting its fingerprint. An expired, not yet valid, revoked, badly signed or misused
// certificate still fails. Measured with Qt 6.4 and OpenSSL 3: a self-signed certificate gives
// SelfSignedCertificate (plus HostNameMismatch when made out for another name); one from a
// private CA gives UnableToGetLocalIssuerCertificate and UnableToVerifyFirstCertificate, or
// SelfSignedCertificateInChain when the server sends the CA along. None of them gave
// CertificateUntrusted or UnableToGetIssuerCertificate (a trust store refusing a CA it holds,
// an incomplete trust store), so those are not waived.
//
// HostNameMismatch is waived too, deliberately. The admin trusted one exact certificate (its
// SHA-256) for one host:port, after seeing it fetched from there: that fingerprint is the
// server's identity, and a name inside the certificate adds nothing to it. Whoever can present
// that certificate holds its private key, whatever name it carries; and an attacker who could
// get a certificate of their own trusted would simply write the right name into it. Insisting on
// the name would only refuse appliances whose built-in certificate names something else
// ("localhost", a factory hostname), which admins cannot always replace. The name check still
// applies everywhere no certificate is trusted, which is every host of the built-in catalog.
bool isWaivableForTrustedCertificate(QSslError::SslError error)
{
    switch (error) {
    case QSslError::SelfSignedCertificate:
    case QSslError::SelfSignedCertificateInChain:
    case QSslError::UnableToGetLocalIssuerCertificate:
    case QSslError::UnableToVerifyFirstCertificate:
    case QSslError::HostNameMismatch:
        return true;
    default:
        return false;
    }
}

QString formatFingerprint(const QByteArray& digest)
{
    return QString::fromLatin1(digest.toHex(':').toUpper());
}

QString seconds(int ms)
{
    return QString::number(ms / 1000.0, 'g', 3);
}

} // namespace

HttpCall::HttpCall(HttpClient* client, const HttpRequest& request, const HttpRetryPolicy& policy,
                   QObject* context, Callback done)
    : m_client(client)
    , m_request(request)
    , m_policy(policy)
    , m_done(guarded(context, done ? std::move(done) : Callback([](Result<HttpResponse>) {})))
{
    if (m_request.deadlineMs <= 0)
        m_request.deadlineMs = client->defaultDeadline();
    m_policy.maxAttempts = std::max(1, m_policy.maxAttempts);
    m_deadline.setSingleShot(true);
    m_retryWait.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, &HttpCall::onDeadline);
    connect(&m_retryWait, &QTimer::timeout, this, &HttpCall::startAttempt);
    if (context)
        connect(context, &QObject::destroyed, this, &HttpCall::abandon);
}

HttpCall::~HttpCall()
{
    releaseReply();
}

void HttpCall::start()
{
    const Status allowed = UrlPolicy::checkEndpoint(m_request.url, tr("server address"));
    if (!allowed.ok()) {
        deliver(allowed.error());
        return;
    }
    if (!m_request.allowedOrigins.isEmpty()
        && !m_request.allowedOrigins.contains(UrlPolicy::originOf(m_request.url))) {
        qCWarning(lcNet).noquote() << "refused a request to an origin that is not pinned:"
                                   << UrlPolicy::originOf(m_request.url);
        deliver(fail(ErrorKind::BadInput,
                     tr("AuthDeck did not send the request to %1: that server is not one of the "
                        "endpoints pinned for this connection.")
                         .arg(UrlPolicy::originOf(m_request.url))));
        return;
    }
    // The method goes onto the request line as it is: only a token may.
    if (!isHttpToken(m_request.method)) {
        deliver(
            fail(ErrorKind::Usage,
                 tr("\"%1\" is not an HTTP method.").arg(QString::fromLatin1(m_request.method))));
        return;
    }
    // Values may come from provider files; a CR or LF in one would forge header fields.
    for (const auto& [name, value] : std::as_const(m_request.headers)) {
        if (!isHttpToken(name) || value.contains('\r') || value.contains('\n')
            || value.contains('\0')) {
            deliver(fail(ErrorKind::Usage, tr("The header field \"%1\" for %2 is malformed.")
                                               .arg(QString::fromLatin1(name), host())));
            return;
        }
    }
    startAttempt();
}

void HttpCall::startAttempt()
{
    if (m_finished)
        return;
    if (!m_client) {
        deliver(fail(ErrorKind::Cancelled, tr("The request to %1 was cancelled.").arg(host())));
        return;
    }
    ++m_attempt;
    m_body.clear();
    m_sslErrors.clear();
    m_peerCertificate = QSslCertificate();
    m_pinMismatch = false;
    m_trustRefusal.clear();
    m_unwaivedError.clear();
    m_abort = Abort::None;

    QNetworkRequest request(m_request.url);
    for (const auto& [name, value] : m_request.headers)
        request.setRawHeader(name, value);
    if (headerValue(m_request.headers, "User-Agent").isEmpty())
        request.setRawHeader("User-Agent", HttpClient::userAgent());
    const bool followsRedirects =
        m_request.method == "GET"
        && m_request.url.scheme().compare(u"https", Qt::CaseInsensitive) == 0;
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         followsRedirects ? QNetworkRequest::SameOriginRedirectPolicy
                                          : QNetworkRequest::ManualRedirectPolicy);
    request.setMaximumRedirectsAllowed(5);
    // Accounts on the same host must never share cookies or remembered credentials.
    request.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::AuthenticationReuseAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute,
                         QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);

    QNetworkReply* reply = nullptr;
    if (!m_request.secretBody.isEmpty()) {
        // A connection of its own, closed and freed as soon as the answer is in: Qt keeps the
        // last request written to a TLS connection, in clear, in the socket's write buffer for
        // as long as the connection is cached (2 minutes idle), and a kept-alive connection of
        // an earlier call would carry this one. Qt never shares a connection between requests
        // whose certificates are checked against different names, so naming the host itself
        // as the name to check (no change to what is checked) keeps it apart; expiring at 0
        // seconds ends it. Costs one more TLS handshake per token request.
        request.setPeerVerifyName(m_request.url.host(QUrl::FullyEncoded));
        request.setAttribute(QNetworkRequest::ConnectionCacheExpiryTimeoutSecondsAttribute, 0);
        // Read in place by Qt and wiped with the reply, which must outlive it (the upload may
        // be sent again on a redirect or a new connection until the reply finishes).
        auto* upload = new SecretUploadBuffer(m_request.secretBody);
        reply =
            m_client->networkAccessManager()->sendCustomRequest(request, m_request.method, upload);
        upload->setParent(reply);
    } else {
        reply = m_client->networkAccessManager()->sendCustomRequest(request, m_request.method,
                                                                    m_request.body);
    }
    m_reply = reply;
    connect(reply, &QNetworkReply::metaDataChanged, this, &HttpCall::onMetaDataChanged);
    connect(reply, &QIODevice::readyRead, this, &HttpCall::onReadyRead);
    connect(reply, &QNetworkReply::sslErrors, this, &HttpCall::onSslErrors);
    connect(reply, &QNetworkReply::finished, this, &HttpCall::onFinished);
    m_elapsed.start();
    m_deadline.start(m_request.deadlineMs);
}

void HttpCall::onMetaDataChanged()
{
    bool known = false;
    const qint64 announced = m_reply->rawHeader("Content-Length").toLongLong(&known);
    if (known && announced > m_request.maxResponseBytes)
        abortWith(Abort::Oversized);
}

void HttpCall::onReadyRead()
{
    m_body += m_reply->readAll();
    if (m_body.size() > m_request.maxResponseBytes)
        abortWith(Abort::Oversized);
}

void HttpCall::onSslErrors(const QList<QSslError>& errors)
{
    m_sslErrors = errors;
    if (!m_reply)
        return;
    // The server's own certificate is the one an admin trusts (and the one Settings shows);
    // chain errors name the issuer instead.
    m_peerCertificate = m_reply->sslConfiguration().peerCertificate();
    if (m_peerCertificate.isNull() && !errors.isEmpty())
        m_peerCertificate = errors.first().certificate();
    if (!m_client)
        return;
    // The URL being fetched now: a followed redirect stays on the same origin, but ask anyway.
    const QUrl url = m_reply->url().isValid() ? m_reply->url() : m_request.url;
    const HttpClient::Trust trust = m_client->trustFor(url.host(), quint16(url.port(443)));
    if (trust.fingerprint.isEmpty())
        return;
    if (!trust.refusal.isEmpty()) {
        m_trustRefusal = trust.refusal;
        qCWarning(lcNet).noquote()
            << "not using the trusted certificate for"
            << UrlPolicy::endpointKey(url.host(), quint16(url.port(443))) << "-" << trust.refusal;
        return;
    }
    for (const QSslError& error : errors) {
        if (!isWaivableForTrustedCertificate(error.error())) {
            m_unwaivedError = error.errorString();
            return;
        }
    }
    if (m_peerCertificate.isNull())
        return;
    if (HttpClient::fingerprintOf(m_peerCertificate) != trust.fingerprint) {
        m_pinMismatch = true;
        return;
    }
    // Only the errors just reported, for this certificate: never a blanket waiver.
    m_reply->ignoreSslErrors(errors);
}

void HttpCall::onDeadline()
{
    abortWith(Abort::Deadline);
}

void HttpCall::abortWith(Abort reason)
{
    if (!m_reply || m_abort != Abort::None)
        return;
    m_abort = reason;
    // abort() emits finished() before it returns and onFinished() reads m_abort; should a reply
    // ever stay silent, finish it here rather than hang with the deadline already spent.
    m_reply->abort();
    if (m_reply)
        onFinished();
}

void HttpCall::onFinished()
{
    if (!m_reply)
        return;
    m_deadline.stop();
    QNetworkReply* reply = m_reply;
    const QNetworkReply::NetworkError code = reply->error();
    const QVariant statusAttribute = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    const bool gotHeaders = statusAttribute.isValid();
    const QString qtMessage = reply->errorString();
    HttpResponse response;
    response.status = statusAttribute.toInt();
    response.headers = reply->rawHeaderPairs();
    if (m_abort == Abort::None)
        m_body += reply->readAll();
    releaseReply();

    const QString where = host();
    if (m_abort == Abort::Deadline) {
        logOutcome(QStringLiteral("deadline"));
        Error e = fail(ErrorKind::Network,
                       tr("The request to %1 took longer than %2 seconds and was stopped.")
                           .arg(where, seconds(m_request.deadlineMs)));
        e.diagnosis = Diagnosis::Timeout;
        deliver(e);
        return;
    }
    if (m_abort == Abort::Oversized || m_body.size() > m_request.maxResponseBytes) {
        logOutcome(QStringLiteral("oversized"));
        const QString limit = QLocale().formattedDataSize(m_request.maxResponseBytes, 0);
        deliver(fail(ErrorKind::Network,
                     tr("%1 sent an answer larger than %2; AuthDeck stopped reading it.")
                         .arg(where, limit)));
        return;
    }
    // A refused cross-origin redirect is still the server's answer: the caller sees the 3xx.
    const bool answered =
        code == QNetworkReply::NoError
        || (gotHeaders && (isStatusCode(code) || code == QNetworkReply::InsecureRedirectError));
    if (!answered) {
        logOutcome(QStringLiteral("error %1").arg(int(code)));
        deliver(transportError(code, gotHeaders, qtMessage));
        return;
    }
    // QNAM drops the body of a redirect it refused to follow, so there is nothing to measure.
    const bool hasBody = m_request.method != "HEAD" && response.status >= 200
                         && response.status != 204 && response.status != 304
                         && code != QNetworkReply::InsecureRedirectError;
    const QByteArray encoding = response.header("Content-Encoding");
    bool known = false;
    const qint64 announced = response.header("Content-Length").toLongLong(&known);
    // With a content coding QNAM hands over decoded bytes, which Content-Length does not count.
    if (hasBody && known && (encoding.isEmpty() || encoding == "identity")
        && m_body.size() < announced) {
        logOutcome(QStringLiteral("truncated"));
        deliver(transportError(QNetworkReply::RemoteHostClosedError, true, qtMessage));
        return;
    }
    logOutcome(QString::number(response.status));
    response.body = std::move(m_body);
    m_body.clear();
    onAnswer(std::move(response));
}

void HttpCall::onAnswer(HttpResponse response)
{
    if (isRetryableStatus(response.status, m_policy.onlyUnprocessed)
        && m_attempt < m_policy.maxAttempts) {
        const int delay = retryDelayMs(response);
        qCInfo(lcNet).noquote() << "retrying" << m_request.method << host() + m_request.url.path()
                                << "after status" << response.status << "in" << delay
                                << "ms, attempt" << m_attempt + 1 << "of" << m_policy.maxAttempts;
        m_retryWait.start(delay);
        return;
    }
    deliver(std::move(response));
}

int HttpCall::retryDelayMs(const HttpResponse& response) const
{
    const qint64 capMs = qint64(std::max(0, m_policy.maxDelaySeconds)) * 1000;
    if (const std::optional<qint64> asked = response.retryAfterSeconds())
        return int(std::min(*asked * 1000, capMs));
    // Exponential backoff with "equal jitter": half of the step fixed, half random, so clients
    // that failed together do not come back together.
    const int doublings = std::min(m_attempt - 1, 20);
    const qint64 step = std::min(qint64(std::max(1, m_policy.baseDelayMs)) << doublings, capMs);
    return int(step / 2 + QRandomGenerator::global()->bounded(step / 2 + 1));
}

Error HttpCall::transportError(QNetworkReply::NetworkError code, bool gotHeaders,
                               const QString& qtMessage) const
{
    const QString where = host();
    Error e;
    e.kind = ErrorKind::Network;
    switch (code) {
    case QNetworkReply::ConnectionRefusedError:
        e.message =
            tr("%1 refused the connection; check the address and that the server is running.")
                .arg(where);
        break;
    case QNetworkReply::RemoteHostClosedError:
        e.message =
            gotHeaders
                ? tr("The connection to %1 closed before the whole answer arrived.").arg(where)
                : tr("%1 closed the connection without a valid answer.").arg(where);
        break;
    case QNetworkReply::HostNotFoundError:
        e.message =
            tr("The server name %1 could not be found; check the name and the network connection.")
                .arg(m_request.url.host());
        e.diagnosis = Diagnosis::DnsFailure;
        break;
    case QNetworkReply::TimeoutError:
    case QNetworkReply::ProxyTimeoutError:
        e.message = tr("%1 did not answer in time.").arg(where);
        e.diagnosis = Diagnosis::Timeout;
        break;
    case QNetworkReply::SslHandshakeFailedError:
        return tlsError();
    case QNetworkReply::TooManyRedirectsError:
        e.message = tr("%1 redirected the request too many times.").arg(where);
        break;
    case QNetworkReply::InsecureRedirectError:
        e.message =
            tr("%1 redirected the request to another server; AuthDeck does not follow that.")
                .arg(where);
        break;
    case QNetworkReply::ProtocolFailure:
        e.message = tr("%1 sent an answer that is not valid HTTP.").arg(where);
        break;
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyAuthenticationRequiredError:
    case QNetworkReply::UnknownProxyError:
        e.message = tr("The proxy failed while connecting to %1: %2").arg(where, qtMessage);
        break;
    default:
        // Qt's text may quote the whole URL; the query can carry secrets, so keep only the path.
        QString detail = qtMessage;
        detail.replace(m_request.url.toString(),
                       m_request.url.toString(QUrl::RemoveQuery | QUrl::RemoveUserInfo));
        e.message = tr("Could not talk to %1: %2").arg(where, detail);
        break;
    }
    return e;
}

Error HttpCall::tlsError() const
{
    const QString where = host();
    QSslCertificate certificate = m_peerCertificate;
    for (const QSslError& error : m_sslErrors) {
        if (!certificate.isNull())
            break;
        certificate = error.certificate();
    }
    Error e;
    e.kind = ErrorKind::Network;
    e.diagnosis = Diagnosis::TlsError;
    const QString fingerprint = certificate.isNull()
                                    ? QString()
                                    : formatFingerprint(HttpClient::fingerprintOf(certificate));
    if (m_pinMismatch) {
        e.message =
            tr("The certificate of %1 (SHA-256 %2) is not the one an administrator trusted for it; "
               "the connection was refused.")
                .arg(where, fingerprint);
    } else if (!m_unwaivedError.isEmpty()) {
        e.message = tr("The secure connection to %1 failed: %2 (certificate SHA-256 %3). Trusting "
                       "a certificate does not excuse that.")
                        .arg(where, m_unwaivedError, fingerprint);
    } else if (!m_sslErrors.isEmpty() && !fingerprint.isEmpty()) {
        e.message = tr("The secure connection to %1 failed: %2 (certificate SHA-256 %3).")
                        .arg(where, m_sslErrors.first().errorString(), fingerprint);
    } else {
        e.message = tr("The secure connection to %1 failed.").arg(where);
    }
    if (!m_trustRefusal.isEmpty())
        e.message +=
            QLatin1Char(' ')
            + tr("The certificate trusted for it in Settings is not used: %1").arg(m_trustRefusal);
    return e;
}

QString HttpCall::host() const
{
    // host[:port]: for loopback test servers the port is what tells them apart.
    QUrl url = m_request.url;
    url.setUserInfo(QString());
    return url.authority();
}

void HttpCall::logOutcome(const QString& outcome) const
{
    // Method, host and path only: queries, headers and bodies can carry secrets.
    qCDebug(lcNet).noquote() << m_request.method << host() + m_request.url.path() << "->" << outcome
                             << m_body.size() << "bytes in" << m_elapsed.elapsed() << "ms";
}

void HttpCall::cancel()
{
    if (m_finished)
        return;
    deliver(fail(ErrorKind::Cancelled, tr("The request to %1 was cancelled.").arg(host())));
}

void HttpCall::deliver(Result<HttpResponse> result)
{
    if (m_finished)
        return;
    m_finished = true;
    m_deadline.stop();
    m_retryWait.stop();
    releaseReply();
    // Queued even when the outcome is known at once: callers rely on never being called back
    // from inside send() or cancel().
    postLater(this, [this, result = std::move(result)]() mutable {
        m_done(std::move(result));
        deleteLater();
    });
}

void HttpCall::abandon()
{
    // The caller is gone: stop the work, and nobody is left to tell.
    m_finished = true;
    m_deadline.stop();
    m_retryWait.stop();
    releaseReply();
    deleteLater();
}

void HttpCall::releaseReply()
{
    QNetworkReply* reply = m_reply;
    if (!reply)
        return;
    m_reply = nullptr;
    disconnect(reply, nullptr, this, nullptr);
    if (reply->isRunning())
        reply->abort();
    reply->deleteLater();
}

} // namespace authdeck
