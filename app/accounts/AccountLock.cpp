#include "accounts/AccountLock.h"

#include "core/Async.h"
#include "core/Ids.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QLockFile>
#include <QTimer>

namespace authdeck {

namespace {

struct FileHolder : AccountLock::Holder {
    explicit FileHolder(const QString& path)
        : file(path)
    {}
    QLockFile file;
};

void attempt(const std::shared_ptr<FileHolder>& holder, QDeadlineTimer deadline,
             const std::function<void(Result<AccountLock::Handle>)>& done, QObject* context)
{
    if (holder->file.tryLock(0)) {
        done(AccountLock::Handle(holder));
        return;
    }
    if (holder->file.error() != QLockFile::LockFailedError) {
        // The lock file could not be written (a full disk, a read-only folder): nobody is busy.
        done(fail(ErrorKind::Other,
                  QCoreApplication::translate("authdeck::AccountLock",
                                              "Cannot write in the profile folder to lock the "
                                              "account (is the disk full or the folder "
                                              "read-only?). Nothing was changed.")));
        return;
    }
    if (deadline.hasExpired()) {
        done(fail(ErrorKind::Other,
                  QCoreApplication::translate("authdeck::AccountLock",
                                              "Another AuthDeck process is busy with this account "
                                              "and does not finish; try again.")));
        return;
    }
    QTimer::singleShot(50, context, [holder, deadline, done, context] {
        attempt(holder, deadline, done, context);
    });
}

} // namespace

void AccountLock::acquire(const QString& profileDir, const QString& accountId, int timeoutMs,
                          QObject* context, Done done)
{
    if (!ids::isValid(accountId)) {
        // The id names the lock file: one that could leave the lock folder is never used.
        auto reply = guarded(context, std::move(done));
        QTimer::singleShot(0, context ? context : QCoreApplication::instance(), [reply] {
            reply(fail(ErrorKind::BadInput,
                       QCoreApplication::translate("authdeck::AccountLock",
                                                   "The account id is not valid; nothing was "
                                                   "changed.")));
        });
        return;
    }
    const QString dir = profileDir + QStringLiteral("/locks");
    QDir().mkpath(dir);
    auto lock =
        std::make_shared<FileHolder>(dir + QLatin1Char('/') + accountId + QStringLiteral(".lock"));
    lock->file.setStaleLockTime(StaleAfterMs);
    QObject* receiver = context ? context : QCoreApplication::instance();
    auto reply = guarded(context, std::move(done));
    QTimer::singleShot(0, receiver, [lock, timeoutMs, reply, receiver] {
        attempt(lock, QDeadlineTimer(timeoutMs), reply, receiver);
    });
}

} // namespace authdeck
