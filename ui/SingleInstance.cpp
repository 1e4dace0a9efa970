#include "SingleInstance.h"

#include <QDir>
#include <QLocalServer>
#include <QLocalSocket>
#include <QStandardPaths>
#include <QWidget>

namespace authdeck::ui {

namespace {

constexpr int ConnectTimeoutMs = 1000;
const QByteArray RaiseMessage = QByteArrayLiteral("raise\n");

} // namespace

SingleInstance::SingleInstance(const QString& profileId, QObject* parent)
    : QObject(parent)
    , m_name(serverName(profileId))
{
    if (notifyRunning()) {
        m_secondary = true;
        return;
    }
    listen();
}

SingleInstance::~SingleInstance() = default;

QString SingleInstance::serverName(const QString& profileId)
{
    const QString file = QStringLiteral("authdeck-%1.socket").arg(profileId);
    // The runtime folder is the user's own (mode 0700); without one, Qt's default (a name in
    // the temporary folder) with owner-only access set on the socket.
    const QString runtime = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
    return runtime.isEmpty() ? file : QDir(runtime).filePath(file);
}

bool SingleInstance::isListening() const
{
    return m_server && m_server->isListening();
}

bool SingleInstance::notifyRunning()
{
    QLocalSocket socket;
    socket.connectToServer(m_name);
    if (!socket.waitForConnected(ConnectTimeoutMs))
        return false;
    socket.write(RaiseMessage);
    socket.waitForBytesWritten(ConnectTimeoutMs);
    socket.disconnectFromServer();
    return true;
}

void SingleInstance::listen()
{
    m_server = new QLocalServer(this);
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    if (!m_server->listen(m_name)) {
        // A socket left behind by an instance that crashed: nobody answered on it above, so it
        // is stale. (Another launch racing this one answers now and wins.)
        if (m_server->serverError() == QAbstractSocket::AddressInUseError) {
            if (notifyRunning()) {
                m_secondary = true;
                return;
            }
            QLocalServer::removeServer(m_name);
            m_server->listen(m_name);
        }
    }
    connect(m_server, &QLocalServer::newConnection, this, &SingleInstance::onNewConnection);
}

void SingleInstance::onNewConnection()
{
    while (QLocalSocket* socket = m_server->nextPendingConnection()) {
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QLocalSocket::readyRead, this, [this, socket] {
            const QByteArray line = socket->readLine(64);
            if (line == RaiseMessage)
                Q_EMIT raiseRequested();
            socket->disconnectFromServer();
        });
    }
}

void SingleInstance::raiseOnRequest(QWidget* window)
{
    m_window = window;
    connect(this, &SingleInstance::raiseRequested, this, [this] {
        if (!m_window)
            return;
        m_window->show();
        m_window->setWindowState((m_window->windowState() & ~Qt::WindowMinimized)
                                 | Qt::WindowActive);
        m_window->raise();
        m_window->activateWindow();
    });
}

} // namespace authdeck::ui
