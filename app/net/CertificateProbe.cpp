#include "net/CertificateProbe.h"

#include <QCoreApplication>
#include <QPointer>
#include <QSslSocket>
#include <QTimer>

#include <memory>

namespace authdeck {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("authdeck::CertificateProbe", text);
}

} // namespace

void CertificateProbe::fetch(const QString& host, quint16 port, const QNetworkProxy& proxy,
                             int timeoutMs, QObject* context, Done done)
{
    auto* socket = new QSslSocket;
    socket->setProxy(proxy);
    auto finished = std::make_shared<bool>(false);
    QPointer<QObject> guard(context);
    const bool hadContext = context != nullptr;
    auto finish = [socket, finished, guard, hadContext, done](Result<QSslCertificate> r) {
        if (*finished)
            return;
        *finished = true;
        socket->abort();
        socket->deleteLater();
        if (done && (!hadContext || guard))
            done(std::move(r));
    };
    // The certificate is only looked at, never trusted: nothing is sent, and a handshake that
    // fails verification is not waived: the certificate is read from it and the socket aborted.
    socket->setPeerVerifyMode(QSslSocket::QueryPeer);
    auto take = [socket, finish] {
        const QSslCertificate cert = socket->peerCertificate();
        if (cert.isNull())
            finish(fail(ErrorKind::Network, tr("The server sent no certificate.")));
        else
            finish(cert);
    };
    QObject::connect(socket, &QSslSocket::sslErrors, socket, take);
    QObject::connect(socket, &QSslSocket::encrypted, socket, take);
    QObject::connect(socket, &QAbstractSocket::errorOccurred, socket,
                     [socket, finish, host](QAbstractSocket::SocketError) {
                         finish(fail(ErrorKind::Network, tr("Could not fetch the certificate "
                                                            "of %1: %2")
                                                             .arg(host, socket->errorString())));
                     });
    QTimer::singleShot(timeoutMs, socket, [finish, host] {
        finish(fail(ErrorKind::Network, tr("%1 did not present a certificate in time.").arg(host)));
    });
    socket->connectToHostEncrypted(host, port);
}

} // namespace authdeck
