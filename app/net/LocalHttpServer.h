#pragma once

#include "net/HttpRequestParser.h"
#include "net/HttpResponder.h"
#include "net/HttpServerRequest.h"

#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSslConfiguration>
#include <QString>
#include <QUrl>

#include <functional>
#include <memory>

class QTcpServer;
class QSslCertificate;
class QSslKey;

namespace authdeck {

class HttpServerConnection;

// A small HTTP/1.1 server for loopback use only: the OAuth redirect listener, the embedded
// Box-compatible sandbox and tests' misbehaving servers.
//
//   browser / client --TCP (or TLS)--> LocalHttpServer --accept--> HttpServerConnection
//                                                                 | parse, Host check
//                                       route(method, path) <-----' or fallback handler or 404
//                                       handler(request, HttpResponder) --> answer, close
//
// Refuses to listen anywhere but a loopback address. Requests whose Host names anything but a
// loopback address or "localhost" get 421, so a web page that rebinds its DNS name to 127.0.0.1
// cannot talk to it. One request per connection (Connection: close), bounded in size, time and
// number of simultaneous connections.
//
// Every local process can connect, so the connection limit must not become a way to keep the
// one client that matters (the browser bringing an OAuth redirect) out. The rule: a connection
// keeps its slot only while it is useful. When all slots are taken, a new connection does not
// get 503 but takes the slot of the first of these, oldest first:
//   1. a connection whose answer is already written, only draining a request it was refused
//      mid-way (too large, malformed, too slow);
//   2. a connection that has sent nothing at all, neither parsed nor waiting in the kernel;
//   3. a connection stuck in the middle of its request, with nothing new waiting to be read.
// Never dropped: a connection whose complete request a handler is answering (or holds, as the
// redirect listener holds the browser's until the sign-in has an outcome), one whose answer is
// still being written, and one with bytes the event loop has not read yet (its request may be
// complete already). Only when every slot is of these kinds does a newcomer get 503.
// So connections opened in a loop only ever displace each other, oldest first: the browser
// writes its request the moment it is connected, so by the time the server looks at it, it is
// complete, or waiting in the kernel, and out of reach; an attacker would have to open more
// connections than there are slots in the microseconds between the browser's connect and its
// first byte. Slots of the kinds never dropped come free by themselves: handlers answer complete
// requests at once (the redirect listener holds one response, boundedly), and every connection
// still reading ends at the read timeout (408).
class LocalHttpServer : public QObject {
    Q_OBJECT
public:
    using Handler = std::function<void(const HttpServerRequest&, HttpResponder)>;

    explicit LocalHttpServer(QObject* parent = nullptr);
    ~LocalHttpServer() override;

    // Serve https with this certificate and key (call before listen()).
    void setTlsCertificate(const QSslCertificate& certificate, const QSslKey& key);

    // Loopback addresses only; port 0 picks a free one. On failure errorString() says why.
    bool listen(const QHostAddress& address = QHostAddress::LocalHost, quint16 port = 0);
    void close();
    [[nodiscard]] bool isListening() const;
    [[nodiscard]] quint16 port() const;
    // "http://127.0.0.1:<port>" (https with TLS), no trailing slash.
    [[nodiscard]] QUrl baseUrl() const;
    [[nodiscard]] QString errorString() const { return m_errorString; }

    // Head and body of one request (default 1 MiB; the OAuth listener uses 4 KiB).
    void setMaxRequestBytes(qint64 bytes) { m_limits = HttpRequestParser::limitsFor(bytes); }
    // From accept to the last byte of the request (default 10 s); then 408.
    void setReadTimeout(int ms) { m_readTimeoutMs = ms; }
    // Open connections at most (default 32). A new one beyond this takes the slot of a
    // connection that is idle or stuck (see the class comment); 503 only when none is.
    void setMaxConnections(int count) { m_maxConnections = count; }
    [[nodiscard]] int connectionCount() const;

    // Exact path and method; HEAD is served by the GET route. A path served for other methods
    // answers 405.
    void route(const QByteArray& method, const QString& path, Handler handler);
    // For everything no route takes; without one that is 404.
    void setHandler(Handler handler) { m_fallback = std::move(handler); }
    // Sees every request (past the Host check) before the routes: returns true when it answered
    // the request itself (the sandbox's injected faults), false to hand it on.
    using Filter = std::function<bool(const HttpServerRequest&, const HttpResponder&)>;
    void setFilter(Filter filter) { m_filter = std::move(filter); }
    // The routes, then the fallback, without the filter: for a filter that answers later through
    // the routes (a delayed answer).
    void dispatchToRoutes(const HttpServerRequest& request, const HttpResponder& responder) const;

private:
    struct Route {
        QByteArray method;
        QString path;
        Handler handler;
    };

    void acceptPending();
    // The connection to drop for a newcomer, or nullptr when none may go.
    [[nodiscard]] HttpServerConnection* evictionCandidate() const;
    void forgetClosed();
    void dispatch(const HttpServerRequest& request, const HttpResponder& responder) const;
    [[nodiscard]] bool isOwnHost(QByteArrayView host) const;

    std::unique_ptr<QTcpServer> m_server;
    QSslConfiguration m_tls;
    bool m_useTls = false;
    QHostAddress m_address;
    QString m_errorString;
    HttpRequestParser::Limits m_limits;
    int m_readTimeoutMs = 10000;
    int m_maxConnections = 32;
    QList<QPointer<HttpServerConnection>> m_connections; // in the order they were accepted
    QList<Route> m_routes;
    Handler m_fallback;
    Filter m_filter;
};

} // namespace authdeck
