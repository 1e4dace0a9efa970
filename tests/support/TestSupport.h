#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <functional>
#include <memory>

namespace authdeck::test {

// A fresh, empty profile folder that disappears with the object.
class TempProfile {
public:
    TempProfile();
    [[nodiscard]] QString path() const { return m_dir->path(); }
    [[nodiscard]] QString file(const QString& name) const { return m_dir->filePath(name); }
    // Every byte of every file under the profile (to prove no secret was written there).
    [[nodiscard]] QByteArray allFileBytes() const;

private:
    std::unique_ptr<QTemporaryDir> m_dir;
};

// Writes text to a new file in dir and returns its path.
QString writeFile(const QString& dir, const QString& name, const QByteArray& content);

struct CliRun {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

// The real authdeck-cli binary running while the test goes on (its servers keep answering: the
// waits spin the event loop).
class CliProcess {
public:
    // childSetup runs in the child between fork and exec (QProcess::setChildProcessModifier):
    // resource limits, signal dispositions.
    explicit CliProcess(const QStringList& args, const QStringList& extraEnv = {},
                        const std::function<void()>& childSetup = {});
    ~CliProcess();
    CliProcess(const CliProcess&) = delete;
    CliProcess& operator=(const CliProcess&) = delete;

    void write(const QByteArray& data);
    void closeInput();
    [[nodiscard]] qint64 pid() const { return m_process.processId(); }
    [[nodiscard]] bool isRunning() const { return m_process.state() != QProcess::NotRunning; }
    // The first line of stdout once it is complete (empty on timeout or exit without one).
    QString firstLine(int timeoutMs = 30000);
    CliRun wait(int timeoutMs = 60000);
    // What the process wrote to stderr so far (spins the event loop once).
    QByteArray errorsSoFar();

private:
    QProcess m_process;
    QByteArray m_out;
    QByteArray m_err;
};

// Runs the real authdeck-cli binary with the given arguments (and optional stdin), waiting up to
// timeoutMs. extraEnv entries are NAME=VALUE; a NAME= entry with no value removes the variable.
CliRun runCli(const QStringList& args, const QByteArray& stdinData = {},
              const QStringList& extraEnv = {}, int timeoutMs = 60000);

// Whether a Secret Service keychain answers on this session bus (the test command provides one).
bool keychainAvailable();

// Changes a profile's metadata the way the engine does (its ProfileStore, in this process): to
// set up a state a test needs (an expired token, an account using an app).
bool editProfile(
    const QString& profileDir,
    const std::function<void(QList<QJsonObject>& apps, QList<QJsonObject>& accounts)>& change);
// Every row of the profile's database (metadata and sealed secrets) as comparable bytes: equal
// before and after means nothing changed. Empty when there is no database.
QByteArray profileRows(const QString& profileDir);
// The profile's database file (<profile>/profile.db).
QString profileDatabase(const QString& profileDir);

} // namespace authdeck::test
