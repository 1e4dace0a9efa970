#include "RecordingProxy.h"

#include <QSslConfiguration>
#include <QSslSocket>

#include <memory>

namespace authdeck::test {

namespace {

// A whole HTTP/1.1 request in `buffer` (head and a Content-Length body): its size, or -1.
qsizetype completeRequest(const QByteArray& buffer)
{
    const qsizetype end = buffer.indexOf("\r\n\r\n");
    if (end < 0)
        return -1;
    qsizetype length = 0;
    for (const QByteArray& line : buffer.left(end).split('\n')) {
        const QByteArray l = line.trimmed();
        if (l.toLower().startsWith("content-length:"))
            length = l.mid(15).trimmed().toLongLong();
    }
    const qsizetype total = end + 4 + length;
    return buffer.size() >= total ? total : -1;
}

QByteArray answer(int status, const QByteArray& reason, const QByteArray& body)
{
    return "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason
           + "\r\nContent-Type: application/json\r\nContent-Length: "
           + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body;
}

} // namespace

RecordingProxy::RecordingProxy(QObject* parent)
    : QTcpServer(parent)
{}

void RecordingProxy::setInterceptCertificate(const QSslCertificate& certificate, const QSslKey& key)
{
    m_certificate = certificate;
    m_key = key;
}

bool RecordingProxy::listenOnLoopback()
{
    return listen(QHostAddress::LocalHost);
}

QStringList RecordingProxy::connectTargets() const
{
    QStringList out;
    for (const QString& line : m_requestLines) {
        if (line.startsWith(QLatin1String("CONNECT ")))
            out.append(line.section(QLatin1Char(' '), 1, 1));
    }
    return out;
}

void RecordingProxy::incomingConnection(qintptr descriptor)
{
    ++m_connections;
    // A QSslSocket from the start: it speaks plain text until startServerEncryption().
    auto* socket = new QSslSocket(this);
    if (!socket->setSocketDescriptor(descriptor)) {
        delete socket;
        return;
    }
    auto buffer = std::make_shared<QByteArray>();
    auto tunnelled = std::make_shared<bool>(false);
    connect(socket, &QAbstractSocket::disconnected, socket, &QObject::deleteLater);
    connect(socket, &QIODevice::readyRead, this, [this, socket, buffer, tunnelled] {
        *buffer += socket->readAll();
        const qsizetype size = completeRequest(*buffer);
        if (size < 0)
            return;
        const QByteArray request = buffer->left(size);
        buffer->remove(0, size);
        if (*tunnelled) {
            m_intercepted.append(request);
            socket->write(answer(200, "OK",
                                 R"({"access_token":"intercepted","token_type":"bearer",)"
                                 R"("expires_in":3600,"id":"intercepted"})"));
            socket->disconnectFromHost();
            return;
        }
        const QString line = QString::fromLatin1(request.left(request.indexOf("\r\n")));
        m_requestLines.append(line);
        if (!line.startsWith(QLatin1String("CONNECT "))) {
            socket->write(answer(200, "OK", R"({"proxied":true})"));
            socket->disconnectFromHost();
            return;
        }
        if (m_certificate.isNull()) {
            socket->write(answer(502, "Bad Gateway", "{}"));
            socket->disconnectFromHost();
            return;
        }
        socket->write("HTTP/1.1 200 Connection established\r\n\r\n");
        *tunnelled = true;
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setLocalCertificate(m_certificate);
        tls.setPrivateKey(m_key);
        tls.setPeerVerifyMode(QSslSocket::VerifyNone); // hygiene-ok: asks no client certificate
        socket->setSslConfiguration(tls);
        socket->startServerEncryption();
    });
}

} // namespace authdeck::test
