#include "net/HttpServerConnection.h"

#include "core/Log.h"

#include <QTcpSocket>

#if defined(Q_OS_WIN)
#include <winsock2.h>
#elif defined(Q_OS_UNIX)
#include <sys/ioctl.h>
#endif

namespace authdeck {

namespace {
// How long a closing connection may take to flush its answer, or to drain a request we stopped
// reading, before it is dropped.
constexpr int kCloseGraceMs = 2000;

// Bytes the kernel holds for the socket that Qt has not read yet. Qt reads them only when the
// event loop gets to the socket's notifier; the server asks before it drops a connection for
// looking idle, which it is not if its request has already arrived.
qint64 kernelBytesWaiting(qintptr descriptor)
{
    if (descriptor < 0)
        return 0;
#if defined(Q_OS_WIN)
    u_long n = 0;
    return ::ioctlsocket(static_cast<SOCKET>(descriptor), FIONREAD, &n) == 0 ? qint64(n) : 0;
#elif defined(Q_OS_UNIX)
    int n = 0;
    return ::ioctl(static_cast<int>(descriptor), FIONREAD, &n) == 0 ? qint64(n) : 0;
#else
    return 0;
#endif
}
} // namespace

HttpServerConnection::HttpServerConnection(QTcpSocket* socket,
                                           const HttpRequestParser::Limits& limits,
                                           int readTimeoutMs, Dispatch dispatch, QObject* parent)
    : QObject(parent)
    , m_socket(socket)
    , m_parser(limits)
    , m_dispatch(std::move(dispatch))
{
    m_socket->setParent(this);
    // Bounded buffering: the parser's limits only help if the socket does not read ahead without
    // end.
    m_socket->setReadBufferSize(64 * 1024);
    connect(m_socket, &QTcpSocket::readyRead, this, &HttpServerConnection::onReadyRead);
    connect(m_socket, &QTcpSocket::disconnected, this, &HttpServerConnection::onDisconnected);
    m_readTimer.setSingleShot(true);
    connect(&m_readTimer, &QTimer::timeout, this, &HttpServerConnection::onReadTimeout);
    m_readTimer.start(readTimeoutMs);
#if defined(AUTHDECK_TEST_BUILD)
    connect(&m_dripTimer, &QTimer::timeout, this, &HttpServerConnection::onDripTick);
#endif
    m_closeTimer.setSingleShot(true);
    connect(&m_closeTimer, &QTimer::timeout, this, [this] {
        if (m_socket->state() == QAbstractSocket::ConnectedState)
            m_socket->disconnectFromHost();
        else
            m_socket->abort();
        // A peer that never reads would keep the socket in Closing: the next expiry drops it.
        m_closeTimer.start(kCloseGraceMs);
    });
    // Bytes may have arrived with the connection (and TLS sockets have already read some).
    if (m_socket->bytesAvailable() > 0)
        QTimer::singleShot(0, this, &HttpServerConnection::onReadyRead);
}

HttpServerConnection::~HttpServerConnection()
{
    // Dropped with the server (or the application) while still open: whoever waits for the
    // answer to be out must not wait any longer.
    if (!m_closedEmitted) {
        m_closedEmitted = true;
        Q_EMIT closed();
    }
}

void HttpServerConnection::onDisconnected()
{
    if (!m_closedEmitted) {
        m_closedEmitted = true;
        m_readTimer.stop();
#if defined(AUTHDECK_TEST_BUILD)
        m_dripTimer.stop();
#endif
        m_closeTimer.stop();
        Q_EMIT closed();
    }
    deleteLater();
}

bool HttpServerConnection::hasUnreadBytes() const
{
    return m_socket->bytesAvailable() > 0 || kernelBytesWaiting(m_socket->socketDescriptor()) > 0;
}

bool HttpServerConnection::isDraining() const
{
    return m_answered && !m_dispatched && m_closeTimer.isActive() && m_socket->bytesToWrite() == 0;
}

void HttpServerConnection::evict()
{
    if (m_closedEmitted)
        return;
    m_answered = true;
    log("evicted", 0);
    m_socket->abort();
    onDisconnected(); // abort() emits disconnected only from ConnectedState
}

void HttpServerConnection::onReadyRead()
{
    const QByteArray bytes = m_socket->readAll();
    if (m_answered || m_parser.state() != HttpRequestParser::State::NeedMore)
        return; // after the request, or while draining before a close
    m_received += bytes.size();
    switch (m_parser.feed(bytes)) {
    case HttpRequestParser::State::NeedMore:
        return;
    case HttpRequestParser::State::Error:
        respond(m_parser.errorStatus(), {{"Content-Type", "text/plain; charset=utf-8"}},
                m_parser.errorReason() + '\n');
        return;
    case HttpRequestParser::State::Complete: {
        m_readTimer.stop();
        m_dispatched = true;
        HttpServerRequest request = m_parser.request();
        request.peer = m_socket->peerAddress();
        m_dispatch(request, HttpResponder(this));
        return;
    }
    }
}

void HttpServerConnection::onReadTimeout()
{
    respond(408, {{"Content-Type", "text/plain; charset=utf-8"}}, "request not received in time\n");
}

bool HttpServerConnection::claimAnswer()
{
    if (m_answered || m_socket->state() != QAbstractSocket::ConnectedState)
        return false;
    m_answered = true;
    m_readTimer.stop();
    return true;
}

void HttpServerConnection::respond(int status, const HttpHeaderList& headers,
                                   const QByteArray& body)
{
    if (!claimAnswer())
        return;
    const bool isHead = m_parser.state() == HttpRequestParser::State::Complete
                        && m_parser.request().method == "HEAD";
    m_socket->write(HttpResponder::format(status, headers, body, !isHead));
    log("answered", status);
    closeAfterWriting();
}

#if defined(AUTHDECK_TEST_BUILD)
void HttpServerConnection::drip(const QByteArray& raw, int bytesPerTick, int tickMs)
{
    if (!claimAnswer())
        return;
    m_dripRemaining = raw;
    m_dripBytesPerTick = std::max(1, bytesPerTick);
    log("dripping", 0);
    m_dripTimer.start(std::max(0, tickMs));
}

void HttpServerConnection::onDripTick()
{
    m_socket->write(
        m_dripRemaining.first(std::min<qsizetype>(m_dripBytesPerTick, m_dripRemaining.size())));
    m_dripRemaining.remove(0, m_dripBytesPerTick);
    if (m_dripRemaining.isEmpty()) {
        m_dripTimer.stop();
        closeAfterWriting();
    }
}

void HttpServerConnection::stall()
{
    if (claimAnswer())
        log("stalling", 0);
}

void HttpServerConnection::sendRawAndClose(const QByteArray& raw)
{
    if (!claimAnswer())
        return;
    m_socket->write(raw);
    log("sent raw bytes", 0);
    closeAfterWriting();
}

void HttpServerConnection::closeNow()
{
    if (!claimAnswer())
        return;
    log("dropped", 0);
    m_socket->abort();
}
#endif

void HttpServerConnection::closeAfterWriting()
{
    if (m_parser.state() == HttpRequestParser::State::Complete) {
        m_socket->disconnectFromHost();
        m_closeTimer.start(kCloseGraceMs);
        return;
    }
    // The request was not read to its end (refused early, or timed out). Closing with its rest
    // still arriving would make the kernel reset the connection, and the client could lose the
    // answer with it; so keep draining for a moment, or until the client hangs up.
    m_closeTimer.start(kCloseGraceMs / 2);
}

void HttpServerConnection::log(const char* what, int status) const
{
    // Path only: the query of an OAuth redirect carries the authorization code.
    const HttpServerRequest& request = m_parser.request();
    qCDebug(lcNet).noquote() << "local server" << what
                             << (status ? QString::number(status) : QString()) << request.method
                             << request.path;
}

} // namespace authdeck
