#pragma once

#include "net/HttpServerRequest.h"

#include <QByteArray>
#include <QByteArrayView>

namespace authdeck {

// An incremental HTTP/1.1 request parser (RFC 9112), pure: bytes in, a verdict out, no sockets,
// so it can be fed one byte at a time or by a fuzzer.
//
//   feed(bytes) --> NeedMore ... --> Complete (request())
//                                '--> Error (errorStatus(): 400 malformed, 413 body too large,
//                                            431 header section too large, 501 chunked body,
//                                            505 unsupported HTTP version)
//
// Strict where leniency lets two parsers disagree about where a request ends: CRLF only, no
// obs-fold, no space before ':', Content-Length as plain digits and never two that differ,
// Transfer-Encoding refused (501; loopback clients send small bodies with a length), exactly one
// Host for HTTP/1.1. Expect is ignored: the whole body is read anyway. Bytes after the first
// request are ignored (the server closes every connection after one answer).
class HttpRequestParser {
public:
    struct Limits {
        qsizetype maxHeaderBytes = 16 * 1024; // request line and fields, CRLFs included
        int maxHeaderCount = 100;
        qint64 maxBodyBytes = 1024 * 1024;
    };
    enum class State { NeedMore, Complete, Error };

    HttpRequestParser() = default;
    explicit HttpRequestParser(const Limits& limits)
        : m_limits(limits)
    {}

    // A server's single budget split into the two limits: the head gets at most 16 KiB of it.
    [[nodiscard]] static Limits limitsFor(qint64 maxRequestBytes);

    State feed(QByteArrayView bytes);
    [[nodiscard]] State state() const { return m_state; }
    [[nodiscard]] int errorStatus() const { return m_errorStatus; }
    // A short English phrase for the error page and the log, e.g. "obsolete line folding".
    [[nodiscard]] const QByteArray& errorReason() const { return m_errorReason; }
    [[nodiscard]] const HttpServerRequest& request() const { return m_request; }

private:
    State failWith(int status, const char* reason);
    bool parseHead(QByteArrayView head);
    bool parseRequestLine(QByteArrayView line);
    bool parseTarget(QByteArrayView target);
    bool parseField(QByteArrayView line);
    bool checkFraming();
    State takeBody(QByteArrayView bytes);

    Limits m_limits;
    State m_state = State::NeedMore;
    QByteArray m_head;
    bool m_headDone = false;
    qint64 m_bodyLength = 0;
    HttpServerRequest m_request;
    int m_errorStatus = 0;
    QByteArray m_errorReason;
};

} // namespace authdeck
