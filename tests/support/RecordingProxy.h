#pragma once

#include <QByteArray>
#include <QList>
#include <QSslCertificate>
#include <QSslKey>
#include <QStringList>
#include <QTcpServer>

namespace authdeck::test {

// An HTTP proxy on loopback played by a test; it records what reaches it and forwards nothing.
//
//   client --GET http://host/path--------------> proxy: recorded, answered "proxied" (200)
//   client --CONNECT host:443--> proxy: recorded; without a certificate: 502, closed
//                                       with one: 200, then TLS with that certificate (an
//                                       interceptor) and every decrypted request recorded
//
// So a test sees whether a request went through the proxy at all, and, playing an attacker who
// controls the proxy, whether anything was sent over a TLS connection it should have refused.
class RecordingProxy : public QTcpServer {
    Q_OBJECT
public:
    explicit RecordingProxy(QObject* parent = nullptr);

    // Terminates CONNECT tunnels itself with this certificate instead of refusing them.
    void setInterceptCertificate(const QSslCertificate& certificate, const QSslKey& key);
    [[nodiscard]] bool listenOnLoopback();

    // Every request head that reached the proxy in the clear: "GET http://...", "CONNECT h:p".
    [[nodiscard]] const QStringList& requestLines() const { return m_requestLines; }
    // CONNECT targets (host:port) alone.
    [[nodiscard]] QStringList connectTargets() const;
    // Whole requests (head and body) received inside intercepted tunnels.
    [[nodiscard]] const QList<QByteArray>& interceptedRequests() const { return m_intercepted; }
    [[nodiscard]] int connections() const { return m_connections; }

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    QSslCertificate m_certificate;
    QSslKey m_key;
    QStringList m_requestLines;
    QList<QByteArray> m_intercepted;
    int m_connections = 0;
};

} // namespace authdeck::test
