#include "net/HttpClient.h"

#include "core/Log.h"
#include "net/HttpCall.h"
#include "net/LoopbackBypassProxyFactory.h"
#include "net/UrlPolicy.h"

#include <QCryptographicHash>
#include <QNetworkAccessManager>
#include <QNetworkProxyFactory>
#include <QSslCertificate>

#include <algorithm>

namespace authdeck {

HttpClient::HttpClient(QObject* parent)
    : QObject(parent)
    , m_nam(new QNetworkAccessManager(this))
{
    // Per-request policies decide; this only guards requests sent on the manager directly.
    m_nam->setRedirectPolicy(QNetworkRequest::NoLessSafeRedirectPolicy);
    // The desktop's proxy until the admin's settings say otherwise (what a bare manager in Qt 6
    // does too), but through the factory from the start, so loopback is never proxied.
    useSystemProxy();
}

HttpClient::~HttpClient()
{
    // Calls are not children: they outlive the client just long enough to report Cancelled.
    for (const QPointer<HttpCall>& call : std::as_const(m_calls)) {
        if (call)
            call->cancel();
    }
}

bool HttpClient::setTrustedCertificate(const QString& host, quint16 port,
                                       const QByteArray& sha256Fingerprint)
{
    const QString key = UrlPolicy::endpointKey(host, port);
    if (key.isEmpty()) {
        qCWarning(lcNet).noquote() << "ignored a trusted certificate for a malformed host";
        return false;
    }
    if (sha256Fingerprint.isEmpty()) {
        m_trusted.remove(key);
        return true;
    }
    QByteArray digest;
    if (sha256Fingerprint.size() == 32) {
        digest = sha256Fingerprint;
    } else {
        QByteArray hex = sha256Fingerprint;
        hex.replace(':', QByteArray()).replace(' ', QByteArray());
        const auto isHex = [](char c) {
            return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
        };
        if (hex.size() != 64 || !std::all_of(hex.cbegin(), hex.cend(), isHex)) {
            qCWarning(lcNet).noquote() << "ignored a malformed certificate fingerprint for" << key;
            return false;
        }
        digest = QByteArray::fromHex(hex);
    }
    m_trusted.insert(key, digest);
    qCInfo(lcNet).noquote() << "trusting the certificate" << digest.toHex(':') << "for" << key;
    return true;
}

void HttpClient::clearTrustedCertificates()
{
    m_trusted.clear();
}

void HttpClient::setTrustCheck(TrustCheck check)
{
    m_trustCheck = std::move(check);
}

HttpClient::Trust HttpClient::trustFor(const QString& host, quint16 port) const
{
    Trust trust;
    trust.fingerprint = m_trusted.value(UrlPolicy::endpointKey(host, port));
    if (trust.fingerprint.isEmpty())
        return trust;
    // Asked now, not when the entry was set: the rule holds whoever set the trust, and sees the
    // app registrations and the catalog as they are at this handshake.
    trust.refusal =
        m_trustCheck ? m_trustCheck(host, port) : tr("No rule allows a trusted certificate here.");
    return trust;
}

void HttpClient::useSystemProxy()
{
    // The manager owns (and deletes) its factory; a new one per change keeps no stale pointer.
    m_nam->setProxyFactory(new LoopbackBypassProxyFactory());
}

void HttpClient::setProxy(const QNetworkProxy& proxy)
{
    m_nam->setProxyFactory(new LoopbackBypassProxyFactory(proxy));
}

QList<QNetworkProxy> HttpClient::proxiesFor(const QUrl& url) const
{
    QNetworkProxyFactory* factory = m_nam->proxyFactory();
    return factory ? factory->queryProxy(QNetworkProxyQuery(url))
                   : QList<QNetworkProxy>{m_nam->proxy()};
}

void HttpClient::setDefaultDeadline(int ms)
{
    m_defaultDeadlineMs = ms > 0 ? ms : 30000;
}

QPointer<HttpCall> HttpClient::send(const HttpRequest& request, QObject* context, Callback done)
{
    return sendWithRetry(request, RetryPolicy{1, 0, 0}, context, std::move(done));
}

QPointer<HttpCall> HttpClient::sendWithRetry(const HttpRequest& request, RetryPolicy policy,
                                             QObject* context, Callback done)
{
    m_calls.removeIf([](const QPointer<HttpCall>& call) { return call.isNull(); });
    auto* call = new HttpCall(this, request, policy, context, std::move(done));
    m_calls.append(call);
    call->start();
    return call;
}

QByteArray HttpClient::userAgent()
{
    return QByteArrayLiteral("AuthDeck/" AUTHDECK_VERSION);
}

QByteArray HttpClient::fingerprintOf(const QSslCertificate& certificate)
{
    return certificate.digest(QCryptographicHash::Sha256);
}

} // namespace authdeck
