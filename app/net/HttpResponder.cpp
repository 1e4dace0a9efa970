#include "net/HttpResponder.h"

#include "net/HttpDate.h"
#include "net/HttpServerConnection.h"

#include <QJsonDocument>
#include <QTimer>

#include <algorithm>

namespace authdeck {

namespace {
bool isFramingField(QByteArrayView name)
{
    for (const char* framing : {"Content-Length", "Connection", "Transfer-Encoding", "Date"}) {
        if (name.compare(framing, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

bool isSafeField(const QByteArray& name, const QByteArray& value)
{
    const auto valueChar = [](char c) { return c != '\r' && c != '\n' && c != '\0'; };
    return isHttpToken(name) && std::all_of(value.begin(), value.end(), valueChar);
}
} // namespace

HttpResponder::HttpResponder(HttpServerConnection* connection)
    : m_connection(connection)
{}

void HttpResponder::respond(int status, const HttpHeaderList& headers, const QByteArray& body) const
{
    if (m_connection)
        m_connection->respond(status, headers, body);
}

void HttpResponder::respondJson(int status, const QJsonObject& body,
                                const HttpHeaderList& headers) const
{
    HttpHeaderList all = headers;
    all.append(std::pair<QByteArray, QByteArray>("Content-Type", "application/json"));
    respond(status, all, QJsonDocument(body).toJson(QJsonDocument::Compact));
}

void HttpResponder::redirect(const QUrl& location) const
{
    respond(302, {{"Location", location.toEncoded()}});
}

#if defined(AUTHDECK_TEST_BUILD)
void HttpResponder::drip(const QByteArray& raw, int bytesPerTick, int tickMs) const
{
    if (m_connection)
        m_connection->drip(raw, bytesPerTick, tickMs);
}

void HttpResponder::stall() const
{
    if (m_connection)
        m_connection->stall();
}

void HttpResponder::sendRawAndClose(const QByteArray& raw) const
{
    if (m_connection)
        m_connection->sendRawAndClose(raw);
}

void HttpResponder::closeNow() const
{
    if (m_connection)
        m_connection->closeNow();
}
#endif

void HttpResponder::whenClosed(QObject* context, std::function<void()> fn) const
{
    if (!m_connection || m_connection->isClosed()) {
        QTimer::singleShot(0, context, std::move(fn));
        return;
    }
    QObject::connect(
        m_connection.data(), &HttpServerConnection::closed, context, std::move(fn),
        static_cast<Qt::ConnectionType>(Qt::QueuedConnection | Qt::SingleShotConnection));
}

bool HttpResponder::isAnswered() const
{
    return !m_connection || m_connection->isAnswered();
}

QByteArray HttpResponder::format(int status, const HttpHeaderList& headers, const QByteArray& body,
                                 bool withBody)
{
    QByteArray out = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) + "\r\n";
    for (const auto& [name, value] : headers) {
        if (!isFramingField(name) && isSafeField(name, value))
            out += name + ": " + value + "\r\n";
    }
    // A handler may give its own Date (the sandbox runs a skewed clock) if it is a valid HTTP date.
    const QDateTime givenDate = HttpDate::parse(headerValue(headers, "Date"));
    out += "Date: "
           + HttpDate::format(givenDate.isValid() ? givenDate : QDateTime::currentDateTimeUtc())
           + "\r\n";
    // RFC 9110 §8.6: no Content-Length on 1xx and 204, and no body on those or on 304.
    const bool bodiless = status < 200 || status == 204 || status == 304;
    if (!bodiless)
        out += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    out += "Connection: close\r\n";
    if (headerValue(headers, "Cache-Control").isEmpty())
        out += "Cache-Control: no-store\r\n";
    out += "\r\n";
    if (withBody && !bodiless)
        out += body;
    return out;
}

QByteArray HttpResponder::reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 204:
        return "No Content";
    case 301:
        return "Moved Permanently";
    case 302:
        return "Found";
    case 303:
        return "See Other";
    case 304:
        return "Not Modified";
    case 307:
        return "Temporary Redirect";
    case 308:
        return "Permanent Redirect";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 408:
        return "Request Timeout";
    case 409:
        return "Conflict";
    case 413:
        return "Content Too Large";
    case 415:
        return "Unsupported Media Type";
    case 421:
        return "Misdirected Request";
    case 429:
        return "Too Many Requests";
    case 431:
        return "Request Header Fields Too Large";
    case 500:
        return "Internal Server Error";
    case 501:
        return "Not Implemented";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    case 504:
        return "Gateway Timeout";
    case 505:
        return "HTTP Version Not Supported";
    default:
        return "Status";
    }
}

} // namespace authdeck
