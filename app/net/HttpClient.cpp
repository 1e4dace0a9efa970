#include "net/HttpClient.h"

#include "core/Log.h"
#include "net/HttpCall.h"

#include <QCryptographicHash>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QSslCertificate>

#include <algorithm>

namespace authdeck {

HttpClient::HttpClient(QObject* parent)
    : QObject(parent)
    , m_nam(new QNetworkAccessManager(this))
{
    // Per-request policies decide; this only guards requests sent on the manager directly.
    m_nam->setRedirectPolicy(QNetworkRequest::NoLessSafeRedirectPolicy);
    // The benchmarks' TLS token server on loopback (tests/bench/bench_server) has a fresh
    // self-signed certificate; its SHA-256 in AUTHDECK_LOOPBACK_CERT_SHA256 is trusted for
    // 127.0.0.1 alone. That trusts nothing a caller could not already reach: plain http to
    // loopback is allowed anyway (UrlPolicy).
    const QByteArray loopbackPin = qgetenv("AUTHDECK_LOOPBACK_CERT_SHA256");
    if (!loopbackPin.isEmpty() && !setTrustedCertificate(QStringLiteral("127.0.0.1"), loopbackPin))
        qCWarning(lcNet) << "AUTHDECK_LOOPBACK_CERT_SHA256 is not a SHA-256 fingerprint; ignored";
}

HttpClient::~HttpClient()
{
    // Calls are not children: they outlive the client just long enough to report Cancelled.
    for (const QPointer<HttpCall>& call : std::as_const(m_calls)) {
        if (call)
            call->cancel();
    }
}

bool HttpClient::setTrustedCertificate(const QString& host, const QByteArray& sha256Fingerprint)
{
    const QString key = host.toLower();
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

QByteArray HttpClient::trustedFingerprint(const QString& host) const
{
    return m_trusted.value(host.toLower());
}

void HttpClient::setProxy(const QNetworkProxy& proxy)
{
    m_nam->setProxy(proxy);
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
