#pragma once

#include "net/HttpRequestParser.h"
#include "net/HttpResponder.h"

#include <QObject>
#include <QTimer>

#include <functional>

class QTcpSocket;

namespace authdeck {

// One accepted socket of a LocalHttpServer, for exactly one request and one answer.
//
//   peer --bytes--> socket --> HttpRequestParser --Complete--> dispatch(request, HttpResponder)
//                     |             '--Error--> status page, lingering close    |
//                     '-- read timeout --> 408                                    v
//   peer <-- answer, then close <-- respond / drip / raw / close (now or later) --'
//
// It deletes itself when the socket disconnects; HttpResponders pointing at it turn into no-ops.
// closed() says when that happened: the answer is then in the kernel's hands (written out, or
// the peer went away), so a process may exit without cutting it off.
class HttpServerConnection : public QObject {
    Q_OBJECT
public:
    using Dispatch = std::function<void(const HttpServerRequest&, HttpResponder)>;

    // Takes ownership of the socket.
    HttpServerConnection(QTcpSocket* socket, const HttpRequestParser::Limits& limits,
                         int readTimeoutMs, Dispatch dispatch, QObject* parent);
    ~HttpServerConnection() override;

    void respond(int status, const HttpHeaderList& headers, const QByteArray& body);
#if defined(AUTHDECK_TEST_BUILD)
    // Fault tools for tests of clients (HttpResponder's); test builds only.
    void drip(const QByteArray& raw, int bytesPerTick, int tickMs);
    void stall();
    void sendRawAndClose(const QByteArray& raw);
    void closeNow();
#endif
    [[nodiscard]] bool isAnswered() const
    {
        return m_answered;
    }

    // For the server's choice of a connection to drop when every slot is taken.
    // Still reading its request (nothing dispatched, nothing answered).
    [[nodiscard]] bool isReading() const
    {
        return !m_answered && !m_dispatched;
    }
    // Bytes of the request parsed so far.
    [[nodiscard]] qint64 bytesReceived() const
    {
        return m_received;
    }
    // Bytes the peer sent that were not parsed yet (in the socket's buffer or still in the
    // kernel's): a connection with such bytes is about to make progress.
    [[nodiscard]] bool hasUnreadBytes() const;
    // Answered before its request was complete (refused mid-way, or too slow), the answer
    // entirely handed to the kernel, and now only draining the rest of the request.
    [[nodiscard]] bool isDraining() const;
    // An answer is being written or flushed before the close.
    [[nodiscard]] bool isWritingAnswer() const
    {
#if defined(AUTHDECK_TEST_BUILD)
        if (m_dripTimer.isActive())
            return true;
#endif
        return m_closeTimer.isActive();
    }
    // The socket has disconnected (the object goes with the next event loop pass).
    [[nodiscard]] bool isClosed() const
    {
        return m_closedEmitted;
    }
    // Drops the connection without an answer, to make room for another.
    void evict();

Q_SIGNALS:
    // Once: the socket disconnected (answer written, peer gone, or dropped).
    void closed();

private:
    bool claimAnswer();
    void onReadyRead();
    void onReadTimeout();
#if defined(AUTHDECK_TEST_BUILD)
    void onDripTick();
#endif
    void onDisconnected();
    void closeAfterWriting();
    void log(const char* what, int status) const;

    QTcpSocket* m_socket;
    HttpRequestParser m_parser;
    Dispatch m_dispatch;
    QTimer m_readTimer;
    QTimer m_closeTimer;
#if defined(AUTHDECK_TEST_BUILD)
    // drip's state; test builds only, as the tool.
    QTimer m_dripTimer;
    QByteArray m_dripRemaining;
    int m_dripBytesPerTick = 1;
#endif
    qint64 m_received = 0;
    bool m_answered = false;
    bool m_dispatched = false;
    bool m_closedEmitted = false;
};

} // namespace authdeck
