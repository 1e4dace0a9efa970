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
class HttpServerConnection : public QObject {
    Q_OBJECT
public:
    using Dispatch = std::function<void(const HttpServerRequest&, HttpResponder)>;

    // Takes ownership of the socket.
    HttpServerConnection(QTcpSocket* socket, const HttpRequestParser::Limits& limits,
                         int readTimeoutMs, Dispatch dispatch, QObject* parent);

    void respond(int status, const HttpHeaderList& headers, const QByteArray& body);
    void drip(const QByteArray& raw, int bytesPerTick, int tickMs);
    void stall();
    void sendRawAndClose(const QByteArray& raw);
    void closeNow();
    [[nodiscard]] bool isAnswered() const { return m_answered; }

private:
    bool claimAnswer();
    void onReadyRead();
    void onReadTimeout();
    void onDripTick();
    void closeAfterWriting();
    void log(const char* what, int status) const;

    QTcpSocket* m_socket;
    HttpRequestParser m_parser;
    Dispatch m_dispatch;
    QTimer m_readTimer;
    QTimer m_dripTimer;
    QTimer m_closeTimer;
    QByteArray m_dripRemaining;
    int m_dripBytesPerTick = 1;
    bool m_answered = false;
};

} // namespace authdeck
