#pragma once

#include "net/HttpRequestParser.h"
#include "net/HttpResponder.h"
#include "net/HttpServerRequest.h"

#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QSslConfiguration>
#include <QString>
#include <QUrl>

#include <functional>
#include <memory>

class QTcpServer;
class QSslCertificate;
class QSslKey;

namespace authdeck {

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
    // Beyond this, new connections get 503 at once (default 32).
    void setMaxConnections(int count) { m_maxConnections = count; }
    [[nodiscard]] int connectionCount() const { return m_connectionCount; }

    // Exact path and method; HEAD is served by the GET route. A path served for other methods
    // answers 405.
    void route(const QByteArray& method, const QString& path, Handler handler);
    // For everything no route takes; without one that is 404.
    void setHandler(Handler handler) { m_fallback = std::move(handler); }

private:
    struct Route {
        QByteArray method;
        QString path;
        Handler handler;
    };

    void acceptPending();
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
    int m_connectionCount = 0;
    QList<Route> m_routes;
    Handler m_fallback;
};

} // namespace authdeck
