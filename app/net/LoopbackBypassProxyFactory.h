#pragma once

#include <QNetworkProxy>
#include <QNetworkProxyFactory>

namespace authdeck {

// The proxy decision of the engine's own QNetworkAccessManager (never the application-wide one):
//
//   query --loopback host (127.0.0.0/8, ::1)?--> NoProxy, whatever the admin chose
//         '--otherwise--> System: the desktop's proxy for this URL (libproxy, http_proxy, ...)
//                         Fixed:  the admin's manual proxy, or NoProxy
//
// Loopback traffic is AuthDeck talking to itself or to a local test server: the OAuth redirect
// listener, the sandbox, a password grant to 127.0.0.1. Plain http is allowed there only because
// it never leaves the machine, so it must never be handed to a proxy, which would see client
// secrets and passwords in the clear.
class LoopbackBypassProxyFactory : public QNetworkProxyFactory {
public:
    // The desktop's proxy settings.
    LoopbackBypassProxyFactory();
    // One proxy for every non-loopback request; QNetworkProxy::NoProxy for none.
    explicit LoopbackBypassProxyFactory(const QNetworkProxy& proxy);

    [[nodiscard]] bool usesSystemProxy() const { return m_system; }
    [[nodiscard]] const QNetworkProxy& fixedProxy() const { return m_proxy; }

    QList<QNetworkProxy> queryProxy(const QNetworkProxyQuery& query) override;

private:
    bool m_system = false;
    QNetworkProxy m_proxy{QNetworkProxy::NoProxy};
};

} // namespace authdeck
