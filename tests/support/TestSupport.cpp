#include "TestSupport.h"

#include "accounts/ProfileStore.h"
#include "core/Profile.h"

#include <QCoreApplication>
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDeadlineTimer>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QThread>

#include <sys/stat.h>

namespace authdeck::test {

TempProfile::TempProfile()
    : m_dir(std::make_unique<QTemporaryDir>())
{
    // What the test writes into a profile is private, as AuthDeck's own programs make it
    // (core/ProcessHygiene.cpp): the profile check refuses group- or world-readable files.
    ::umask(077);
}

QByteArray TempProfile::allFileBytes() const
{
    QByteArray all;
    QDirIterator it(m_dir->path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile f(it.next());
        if (f.open(QIODevice::ReadOnly))
            all += f.readAll();
    }
    return all;
}

QString writeFile(const QString& dir, const QString& name, const QByteArray& content)
{
    const QString path = dir + QLatin1Char('/') + name;
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return {};
    f.write(content);
    return path;
}

namespace {

QProcessEnvironment cliEnvironment(const QStringList& extraEnv)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString& e : extraEnv) {
        const qsizetype eq = e.indexOf(QLatin1Char('='));
        const QString name = e.left(eq);
        const QString value = e.mid(eq + 1);
        if (value.isEmpty())
            env.remove(name);
        else
            env.insert(name, value);
    }
    return env;
}

} // namespace

CliProcess::CliProcess(const QStringList& args, const QStringList& extraEnv,
                       const std::function<void()>& childSetup)
{
    m_process.setProcessEnvironment(cliEnvironment(extraEnv));
    if (childSetup)
        m_process.setChildProcessModifier(childSetup);
    QObject::connect(&m_process, &QProcess::readyReadStandardOutput, &m_process,
                     [this] { m_out += m_process.readAllStandardOutput(); });
    QObject::connect(&m_process, &QProcess::readyReadStandardError, &m_process,
                     [this] { m_err += m_process.readAllStandardError(); });
    m_process.start(QStringLiteral(AUTHDECK_CLI_PATH), args);
}

CliProcess::~CliProcess()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

void CliProcess::write(const QByteArray& data)
{
    m_process.write(data);
}

void CliProcess::closeInput()
{
    m_process.closeWriteChannel();
}

QString CliProcess::firstLine(int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!m_out.contains('\n') && m_process.state() != QProcess::NotRunning
           && !deadline.hasExpired()) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        QThread::msleep(2);
    }
    const qsizetype nl = m_out.indexOf('\n');
    return nl < 0 ? QString() : QString::fromUtf8(m_out.left(nl));
}

QByteArray CliProcess::errorsSoFar()
{
    QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    m_err += m_process.readAllStandardError();
    return m_err;
}

CliRun CliProcess::wait(int timeoutMs)
{
    CliRun r;
    QDeadlineTimer deadline(timeoutMs);
    while (m_process.state() != QProcess::NotRunning && !deadline.hasExpired()) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        QThread::msleep(2);
    }
    if (m_process.state() != QProcess::NotRunning) {
        m_process.kill();
        m_process.waitForFinished(5000);
        r.err = m_err + "\n[timed out]";
        r.out = m_out;
        return r;
    }
    m_out += m_process.readAllStandardOutput();
    m_err += m_process.readAllStandardError();
    r.exitCode = m_process.exitStatus() == QProcess::NormalExit ? m_process.exitCode() : -2;
    r.out = m_out;
    r.err = m_err;
    return r;
}

CliRun runCli(const QStringList& args, const QByteArray& stdinData, const QStringList& extraEnv,
              int timeoutMs)
{
    // Spins the event loop while it waits, so in-process loopback servers keep answering.
    CliProcess p(args, extraEnv);
    if (!stdinData.isEmpty())
        p.write(stdinData);
    p.closeInput();
    return p.wait(timeoutMs);
}

bool keychainAvailable()
{
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected() || !bus.interface())
        return false;
    return bus.interface()->isServiceRegistered(QStringLiteral("org.freedesktop.secrets"));
}

bool editProfile(
    const QString& profileDir,
    const std::function<void(QList<QJsonObject>& apps, QList<QJsonObject>& accounts)>& change)
{
    const Result<Profile> profile = Profile::open(profileDir);
    if (!profile.ok())
        return false;
    ProfileStore store(*profile);
    const Status s = store.update([&](ProfileStore::Snapshot& snap) -> Status {
        QList<QJsonObject> apps;
        QList<QJsonObject> accounts;
        for (const AppRegistration& a : std::as_const(snap.apps))
            apps.append(a.toJson());
        for (const Account& a : std::as_const(snap.accounts))
            accounts.append(a.toJson());
        change(apps, accounts);
        snap.apps.clear();
        snap.accounts.clear();
        for (const QJsonObject& o : std::as_const(apps))
            snap.apps.append(AppRegistration::fromJson(o));
        for (const QJsonObject& o : std::as_const(accounts))
            snap.accounts.append(Account::fromJson(o));
        return {};
    });
    return s.ok();
}

QString profileDatabase(const QString& profileDir)
{
    return profileDir + QStringLiteral("/profile.db");
}

QByteArray profileRows(const QString& profileDir)
{
    const QString path = profileDatabase(profileDir);
    if (!QFile::exists(path))
        return {};
    QByteArray out;
    const QString connection = QStringLiteral("rows-%1").arg(quintptr(&out));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=15000"));
        if (db.open()) {
            for (const char* table : {"meta", "apps", "accounts", "secrets"}) {
                QSqlQuery q(db);
                if (!q.exec(
                        QStringLiteral("SELECT * FROM %1 ORDER BY 1, 2").arg(QLatin1String(table))))
                    out += "error\n";
                while (q.next()) {
                    for (int i = 0; i < q.record().count(); ++i)
                        out += q.value(i).toByteArray().toBase64() + '|';
                    out += '\n';
                }
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    return out;
}

} // namespace authdeck::test
