#include "PrivateKeyring.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusObjectPath>
#include <QDBusReply>
#include <QDir>
#include <QElapsedTimer>
#include <QThread>

namespace authdeck::test {

PrivateKeyring::PrivateKeyring()
    : m_dir(std::make_unique<QTemporaryDir>())
{}

PrivateKeyring::~PrivateKeyring()
{
    stopKeyring();
    // Named connections outlive this object otherwise; each name carries the bus address, so
    // several keyrings in one test process never share one.
    QDBusConnection::disconnectFromBus(QStringLiteral("private-keyring-check ") + m_address);
    QDBusConnection::disconnectFromBus(QStringLiteral("private-keyring-lock ") + m_address);
    if (m_bus.state() != QProcess::NotRunning) {
        m_bus.kill();
        m_bus.waitForFinished(3000);
    }
}

QStringList PrivateKeyring::environment() const
{
    const QString home = m_dir->filePath(QStringLiteral("home"));
    return {QStringLiteral("DBUS_SESSION_BUS_ADDRESS=") + m_address,
            QStringLiteral("HOME=") + home,
            QStringLiteral("XDG_RUNTIME_DIR=") + m_dir->filePath(QStringLiteral("run")),
            QStringLiteral("XDG_DATA_HOME=") + home + QStringLiteral("/.local/share"),
            QStringLiteral("XDG_CONFIG_HOME=") + home + QStringLiteral("/.config"),
            QStringLiteral("DISPLAY="),
            QStringLiteral("WAYLAND_DISPLAY=")};
}

void PrivateKeyring::useInThisProcess() const
{
    qputenv("DBUS_SESSION_BUS_ADDRESS", m_address.toUtf8());
}

bool PrivateKeyring::start()
{
    QDir().mkpath(m_dir->filePath(QStringLiteral("home")));
    QDir().mkpath(m_dir->filePath(QStringLiteral("run")));
    QFile::setPermissions(m_dir->filePath(QStringLiteral("run")),
                          QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    m_bus.start(QStringLiteral("dbus-daemon"),
                {QStringLiteral("--session"), QStringLiteral("--nofork"),
                 QStringLiteral("--print-address=1")});
    if (!m_bus.waitForStarted(5000)) {
        m_why = QStringLiteral("dbus-daemon did not start");
        return false;
    }
    QElapsedTimer t;
    t.start();
    while (!m_bus.canReadLine() && t.elapsed() < 5000)
        m_bus.waitForReadyRead(100);
    m_address = QString::fromUtf8(m_bus.readLine()).trimmed();
    if (m_address.isEmpty()) {
        m_why = QStringLiteral("dbus-daemon printed no address");
        return false;
    }
    return startKeyring();
}

bool PrivateKeyring::restartKeyring()
{
    stopKeyring();
    // Wait for the bus to forget the old daemon, or the check below would find it.
    QDBusConnection bus = QDBusConnection::connectToBus(
        m_address, QStringLiteral("private-keyring-check ") + m_address);
    QElapsedTimer t;
    t.start();
    while (bus.isConnected() && t.elapsed() < 5000
           && bus.interface()->isServiceRegistered(QStringLiteral("org.freedesktop.secrets")))
        QThread::msleep(50);
    return startKeyring();
}

bool PrivateKeyring::startKeyring()
{
    QElapsedTimer t;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString& e : environment()) {
        const qsizetype eq = e.indexOf(QLatin1Char('='));
        if (e.mid(eq + 1).isEmpty())
            env.remove(e.left(eq));
        else
            env.insert(e.left(eq), e.mid(eq + 1));
    }
    m_keyring.setProcessEnvironment(env);
    m_keyring.start(QStringLiteral("gnome-keyring-daemon"),
                    {QStringLiteral("--foreground"), QStringLiteral("--unlock"),
                     QStringLiteral("--components=secrets")});
    if (!m_keyring.waitForStarted(5000)) {
        m_why = QStringLiteral("gnome-keyring-daemon did not start");
        return false;
    }
    m_keyring.write("private-test");
    m_keyring.waitForBytesWritten(5000); // the daemon reads the password until end of input
    m_keyring.closeWriteChannel();
    QDBusConnection bus = QDBusConnection::connectToBus(
        m_address, QStringLiteral("private-keyring-check ") + m_address);
    t.start();
    while (t.elapsed() < 10000) {
        if (bus.isConnected()
            && bus.interface()->isServiceRegistered(QStringLiteral("org.freedesktop.secrets")))
            return true;
        QThread::msleep(50);
    }
    m_why = QStringLiteral("the keyring never appeared on the bus");
    return false;
}

bool PrivateKeyring::lockDefaultCollection()
{
    QDBusConnection bus = QDBusConnection::connectToBus(
        m_address, QStringLiteral("private-keyring-lock ") + m_address);
    QDBusMessage alias = QDBusMessage::createMethodCall(
        QStringLiteral("org.freedesktop.secrets"), QStringLiteral("/org/freedesktop/secrets"),
        QStringLiteral("org.freedesktop.Secret.Service"), QStringLiteral("ReadAlias"));
    alias << QStringLiteral("default");
    QDBusReply<QDBusObjectPath> path = bus.call(alias, QDBus::Block, 10000);
    if (!path.isValid() || path.value().path() == QLatin1String("/")) {
        m_why = QStringLiteral("no default collection");
        return false;
    }
    QDBusMessage lock = QDBusMessage::createMethodCall(
        QStringLiteral("org.freedesktop.secrets"), QStringLiteral("/org/freedesktop/secrets"),
        QStringLiteral("org.freedesktop.Secret.Service"), QStringLiteral("Lock"));
    lock << QVariant::fromValue(QList<QDBusObjectPath>{path.value()});
    const QDBusMessage reply = bus.call(lock, QDBus::Block, 10000);
    if (reply.type() != QDBusMessage::ReplyMessage) {
        m_why = reply.errorMessage();
        return false;
    }
    return true;
}

void PrivateKeyring::stopKeyring()
{
    if (m_keyring.state() != QProcess::NotRunning) {
        m_keyring.terminate();
        if (!m_keyring.waitForFinished(3000)) {
            m_keyring.kill();
            m_keyring.waitForFinished(3000);
        }
    }
}

} // namespace authdeck::test
