#include "net/LoopbackBypassProxyFactory.h"

#include "net/UrlPolicy.h"

namespace authdeck {

LoopbackBypassProxyFactory::LoopbackBypassProxyFactory()
    : m_system(true)
{}

LoopbackBypassProxyFactory::LoopbackBypassProxyFactory(const QNetworkProxy& proxy)
    : m_proxy(proxy)
{}

QList<QNetworkProxy> LoopbackBypassProxyFactory::queryProxy(const QNetworkProxyQuery& query)
{
    // peerHostName() is the URL's host for URL queries and the peer for socket queries alike.
    if (UrlPolicy::isLoopbackHost(query.peerHostName()))
        return {QNetworkProxy(QNetworkProxy::NoProxy)};
    if (m_system) {
        const QList<QNetworkProxy> proxies = systemProxyForQuery(query);
        return proxies.isEmpty() ? QList<QNetworkProxy>{QNetworkProxy(QNetworkProxy::NoProxy)}
                                 : proxies;
    }
    return {m_proxy};
}

} // namespace authdeck
