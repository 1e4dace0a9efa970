#pragma once

#include "core/Result.h"

#include <QNetworkProxy>
#include <QObject>
#include <QSslCertificate>

#include <functional>

namespace authdeck {

// Fetches the certificate a TLS server presents, without trusting it and without sending a byte
// of application data, so an admin can compare its SHA-256 fingerprint before trusting it for
// that host and port (Settings > Network). Asynchronous: the answer comes through the event loop.
class CertificateProbe {
public:
    using Done = std::function<void(Result<QSslCertificate>)>;
    // Through `proxy` (AppSettings::proxyFor), so the certificate shown is the one the engine's
    // requests will meet.
    static void fetch(const QString& host, quint16 port, const QNetworkProxy& proxy, int timeoutMs,
                      QObject* context, Done done);
};

} // namespace authdeck
