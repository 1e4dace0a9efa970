#pragma once

#include <QProcess>
#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace authdeck::test {

// A D-Bus session and a gnome-keyring of its own, for tests that must lock or kill the keyring
// without disturbing the other tests sharing the test command's keyring.
class PrivateKeyring {
public:
    PrivateKeyring();
    ~PrivateKeyring();

    // Starts dbus-daemon and an unlocked gnome-keyring-daemon; false (with why()) on failure.
    bool start();
    [[nodiscard]] QString busAddress() const { return m_address; }
    [[nodiscard]] QString why() const { return m_why; }
    // Environment entries (NAME=VALUE) that point a child process at this keyring.
    [[nodiscard]] QStringList environment() const;
    // Makes this process's session bus the private one (before anything used D-Bus).
    void useInThisProcess() const;

    bool lockDefaultCollection();
    void stopKeyring();
    // Stops the keyring and starts it again on the same files, unlocked with the same password
    // (how a headless test unlocks a collection it locked: Unlock needs a prompt).
    bool restartKeyring();
    // The keyring daemon's process id (to stop and continue it), 0 when it is not running.
    [[nodiscard]] qint64 keyringPid() const { return m_keyring.processId(); }

private:
    bool startKeyring();

    std::unique_ptr<QTemporaryDir> m_dir;
    QProcess m_bus;
    QProcess m_keyring;
    QString m_address;
    QString m_why;
};

} // namespace authdeck::test
