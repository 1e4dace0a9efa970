#pragma once

#include "net/HttpHeaders.h"

#include <QByteArray>
#include <QJsonObject>
#include <QPointer>
#include <QUrl>

#include <functional>

namespace authdeck {

class HttpServerConnection;

// How a LocalHttpServer handler answers: a cheap copyable handle to the connection, so the answer
// may come later from a callback. The first answer wins and later ones are ignored; once the peer
// has gone every call is a no-op. Every answer closes the connection (no keep-alive).
class HttpResponder {
public:
    HttpResponder() = default;
    explicit HttpResponder(HttpServerConnection* connection);

    // Adds Content-Length, Date, Connection: close and (unless given) Cache-Control: no-store.
    // Header fields the handler gives for framing (Content-Length, Connection, Transfer-Encoding)
    // and fields that would break the framing (CR, LF, a bad name) are dropped. A Date the handler
    // gives is kept if it parses as an HTTP date (the sandbox's clock may be skewed on purpose);
    // otherwise Date is the current time.
    void respond(int status, const HttpHeaderList& headers = {}, const QByteArray& body = {}) const;
    void respondJson(int status, const QJsonObject& body, const HttpHeaderList& headers = {}) const;
    // 302 Found with a Location.
    void redirect(const QUrl& location) const;

#if defined(AUTHDECK_TEST_BUILD)
    // Fault tools for tests of clients; test builds only (no product code answers like this).
    // Writes `raw` (usually format(...)) a few bytes per tick, then closes.
    void drip(const QByteArray& raw, int bytesPerTick, int tickMs) const;
    // Never answers; the connection stays open until the peer or the server goes.
    void stall() const;
    // Writes `raw` as it is (a truncated body, garbage) and closes.
    void sendRawAndClose(const QByteArray& raw) const;
    // Drops the connection without a word.
    void closeNow() const;
#endif

    [[nodiscard]] bool isAnswered() const;
    [[nodiscard]] bool isConnected() const
    {
        return !m_connection.isNull();
    }
    // Calls fn (from the event loop, with context alive) once the connection has closed: the
    // answer is written to the kernel, or the peer left, or the connection was dropped. At once
    // when it is already gone.
    void whenClosed(QObject* context, std::function<void()> fn) const;

    // The bytes respond() would write (status line, fields, body).
    [[nodiscard]] static QByteArray format(int status, const HttpHeaderList& headers,
                                           const QByteArray& body, bool withBody = true);
    [[nodiscard]] static QByteArray reasonPhrase(int status);

private:
    QPointer<HttpServerConnection> m_connection;
};

} // namespace authdeck
