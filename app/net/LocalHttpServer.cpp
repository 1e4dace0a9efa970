#include "net/LocalHttpServer.h"

#include "core/Log.h"
#include "net/HttpServerConnection.h"
#include "net/UrlPolicy.h"

#include <QCoreApplication>
#include <QSslCertificate>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>

namespace authdeck {

LocalHttpServer::LocalHttpServer(QObject* parent)
    : QObject(parent)
{}

LocalHttpServer::~LocalHttpServer()
{
    // An answer already on its way is delivered even when the server goes (a CLI that has its
    // outcome, a dialog closed at the last moment): the connection finishes writing on its own
    // and deletes itself when the socket closes, at the latest after its close grace.
    // Parented to the application where there is one, so none outlives it.
    QObject* app = QCoreApplication::instance();
    QObject* keeper = app && app->thread() == thread() ? app : nullptr;
    for (const QPointer<HttpServerConnection>& c : std::as_const(m_connections)) {
        if (c && c->isWritingAnswer() && !c->isClosed())
            c->setParent(keeper);
    }
}

void LocalHttpServer::setTlsCertificate(const QSslCertificate& certificate, const QSslKey& key)
{
    m_tls = QSslConfiguration::defaultConfiguration();
    m_tls.setLocalCertificate(certificate);
    m_tls.setPrivateKey(key);
    m_tls.setPeerVerifyMode(QSslSocket::VerifyNone); // hygiene-ok: asks no client certificate
    m_useTls = true;
}

bool LocalHttpServer::listen(const QHostAddress& address, quint16 port)
{
    close();
    if (!address.isLoopback()) {
        m_errorString = tr("The local server listens only on a loopback address, not on %1.")
                            .arg(address.toString());
        return false;
    }
    if (m_useTls) {
        auto* tls = new QSslServer;
        tls->setSslConfiguration(m_tls);
        tls->setHandshakeTimeout(m_readTimeoutMs);
        m_server.reset(tls);
    } else {
        m_server = std::make_unique<QTcpServer>();
    }
    // pendingConnectionAvailable, not newConnection: QSslServer emits the latter before the
    // handshake is done.
    connect(m_server.get(), &QTcpServer::pendingConnectionAvailable, this,
            &LocalHttpServer::acceptPending);
    if (!m_server->listen(address, port)) {
        m_errorString =
            tr("Could not listen on %1 port %2: %3")
                .arg(address.toString(), QString::number(port), m_server->errorString());
        m_server.reset();
        return false;
    }
    m_address = address;
    m_errorString.clear();
    qCDebug(lcNet).noquote() << "local server listening on" << baseUrl().toString();
    return true;
}

void LocalHttpServer::close()
{
    if (m_server)
        m_server->close();
    m_server.reset();
}

bool LocalHttpServer::isListening() const
{
    return m_server && m_server->isListening();
}

quint16 LocalHttpServer::port() const
{
    return isListening() ? m_server->serverPort() : 0;
}

QUrl LocalHttpServer::baseUrl() const
{
    if (!isListening())
        return {};
    QUrl url;
    url.setScheme(m_useTls ? QStringLiteral("https") : QStringLiteral("http"));
    url.setHost(m_address.toString());
    url.setPort(port());
    return url;
}

void LocalHttpServer::route(const QByteArray& method, const QString& path, Handler handler)
{
    m_routes.append({method, path, std::move(handler)});
}

int LocalHttpServer::connectionCount() const
{
    int n = 0;
    for (const QPointer<HttpServerConnection>& c : m_connections) {
        if (c && !c->isClosed())
            ++n;
    }
    return n;
}

void LocalHttpServer::forgetClosed()
{
    m_connections.removeIf(
        [](const QPointer<HttpServerConnection>& c) { return !c || c->isClosed(); });
}

HttpServerConnection* LocalHttpServer::evictionCandidate() const
{
    // The order of the class comment; m_connections is oldest first.
    for (const QPointer<HttpServerConnection>& c : m_connections) {
        if (c->isDraining())
            return c;
    }
    for (const QPointer<HttpServerConnection>& c : m_connections) {
        if (c->isReading() && c->bytesReceived() == 0 && !c->hasUnreadBytes())
            return c;
    }
    for (const QPointer<HttpServerConnection>& c : m_connections) {
        if (c->isReading() && !c->hasUnreadBytes())
            return c;
    }
    return nullptr;
}

void LocalHttpServer::acceptPending()
{
    while (m_server && m_server->hasPendingConnections()) {
        QTcpSocket* socket = m_server->nextPendingConnection();
        forgetClosed();
        if (m_connections.size() >= m_maxConnections) {
            if (HttpServerConnection* victim = evictionCandidate()) {
                qCDebug(lcNet) << "local server dropped an idle connection to make room";
                victim->evict();
                forgetClosed();
            }
        }
        if (m_connections.size() >= m_maxConnections) {
            // Not counted and not parsed: a fixed answer, then the socket goes.
            qCWarning(lcNet) << "local server refused a connection: too many open";
            socket->setParent(this);
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            socket->write(
                HttpResponder::format(503, {{"Retry-After", "1"}}, "too many connections\n"));
            socket->disconnectFromHost();
            continue;
        }
        auto* connection = new HttpServerConnection(
            socket, m_limits, m_readTimeoutMs,
            [this](const HttpServerRequest& request, HttpResponder responder) {
                dispatch(request, responder);
            },
            this);
        m_connections.append(connection);
    }
}

void LocalHttpServer::dispatch(const HttpServerRequest& request,
                               const HttpResponder& responder) const
{
    const QByteArray host = request.header("Host");
    if (!host.isEmpty() && !isOwnHost(host)) {
        responder.respond(421, {{"Content-Type", "text/plain; charset=utf-8"}},
                          "unexpected Host\n");
        return;
    }
    if (m_filter && m_filter(request, responder))
        return;
    dispatchToRoutes(request, responder);
}

void LocalHttpServer::dispatchToRoutes(const HttpServerRequest& request,
                                       const HttpResponder& responder) const
{
    QList<QByteArray> allowed;
    for (const Route& route : m_routes) {
        if (route.path != request.path)
            continue;
        if (route.method == request.method || (request.method == "HEAD" && route.method == "GET")) {
            route.handler(request, responder);
            return;
        }
        allowed.append(route.method);
        if (route.method == "GET")
            allowed.append(QByteArrayLiteral("HEAD"));
    }
    if (!allowed.isEmpty()) {
        responder.respond(
            405, {{"Allow", allowed.join(", ")}, {"Content-Type", "text/plain; charset=utf-8"}},
            "method not allowed\n");
        return;
    }
    if (m_fallback) {
        m_fallback(request, responder);
        return;
    }
    responder.respond(404, {{"Content-Type", "text/plain; charset=utf-8"}}, "not found\n");
}

bool LocalHttpServer::isOwnHost(QByteArrayView host) const
{
    // host = uri-host [ ":" port ]; an IPv6 literal comes in brackets.
    QByteArrayView name = host;
    QByteArrayView portText;
    const qsizetype bracket = host.lastIndexOf(']');
    const qsizetype colon = host.lastIndexOf(':');
    if (colon >= 0 && colon > bracket) {
        name = host.first(colon);
        portText = host.sliced(colon + 1);
    }
    if (!portText.isEmpty() && portText != QByteArray::number(port()))
        return false;
    const QString text = QString::fromLatin1(name);
    return text.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0
           || UrlPolicy::isLoopbackHost(text);
}

} // namespace authdeck
