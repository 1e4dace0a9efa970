#include "secrets/KeychainSecretStore.h"

#include "core/Async.h"
#include "core/Log.h"

#include <QCoreApplication>
#include <QPointer>
#include <QTimer>

#include <deque>
#include <memory>

#include <qt6keychain/keychain.h>

namespace authdeck {

namespace {

// QtKeychain runs one job at a time per process: every store instance shares this queue.
class JobQueue : public QObject {
public:
    static JobQueue& instance()
    {
        static JobQueue* queue = new JobQueue(QCoreApplication::instance());
        return *queue;
    }

    // start() must call finish() exactly once when the job is over.
    void enqueue(std::function<void()> start)
    {
        m_pending.push_back(std::move(start));
        if (!m_busy)
            next();
    }

    void finish()
    {
        m_busy = false;
        // Continue from the event loop so a callback that enqueues more work does not recurse.
        QTimer::singleShot(0, this, [this] {
            if (!m_busy)
                next();
        });
    }

private:
    using QObject::QObject;

    void next()
    {
        if (m_pending.empty())
            return;
        m_busy = true;
        auto start = std::move(m_pending.front());
        m_pending.pop_front();
        start();
    }

    std::deque<std::function<void()>> m_pending;
    bool m_busy = false;
};

// Runs one QtKeychain job with a watchdog; reports exactly once.
void runJob(QKeychain::Job* job, int timeoutMs, QObject* owner,
            std::function<void(KeychainSecretStore::Raw)> done)
{
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    auto reported = std::make_shared<bool>(false);
    auto timer = new QTimer(owner);
    timer->setSingleShot(true);
    auto report = [reported, timer, done](KeychainSecretStore::Raw raw) {
        if (*reported)
            return;
        *reported = true;
        timer->stop();
        timer->deleteLater();
        JobQueue::instance().finish();
        done(std::move(raw));
    };
    QObject::connect(job, &QKeychain::Job::finished, owner, [report](QKeychain::Job* j) {
        KeychainSecretStore::Raw raw;
        raw.code = j->error();
        raw.errorString = j->errorString();
        if (auto* readJob = qobject_cast<QKeychain::ReadPasswordJob*>(j); readJob && !j->error()) {
            QString text = readJob->textData();
            raw.data = SecretBytes(text.toUtf8());
            wipe(text);
        }
        report(std::move(raw));
    });
    QObject::connect(timer, &QTimer::timeout, owner, [report, timeoutMs] {
        KeychainSecretStore::Raw raw;
        raw.code = -1;
        raw.errorString = QStringLiteral("no answer within %1 s").arg(timeoutMs / 1000);
        report(std::move(raw));
    });
    timer->start(timeoutMs);
    job->start();
}

} // namespace

KeychainSecretStore::KeychainSecretStore(const QString& service, const QString& probeKey,
                                         QObject* parent)
    : SecretStore(parent)
    , m_service(service)
    , m_probeKey(probeKey)
{}

QString KeychainSecretStore::displayName() const
{
#if defined(Q_OS_MACOS)
    return tr("macOS Keychain");
#elif defined(Q_OS_WIN)
    return tr("Windows Credential Manager");
#else
    return tr("system keychain (Secret Service)");
#endif
}

void KeychainSecretStore::rawRead(const QString& key, RawDone done)
{
    JobQueue::instance().enqueue([this, key, done = std::move(done)]() mutable {
        auto* job = new QKeychain::ReadPasswordJob(m_service);
        job->setKey(key);
        runJob(job, m_jobTimeoutMs, this, std::move(done));
    });
}

void KeychainSecretStore::rawWrite(const QString& key, const SecretBytes& value, RawDone done)
{
    JobQueue::instance().enqueue([this, key, value, done = std::move(done)]() mutable {
        auto* job = new QKeychain::WritePasswordJob(m_service);
        job->setKey(key);
        // Values are ASCII (SecretChunker base64-encodes), so text mode round-trips exactly and
        // reads need a single lookup.
        job->setTextData(QString::fromLatin1(value.bytes()));
        runJob(job, m_jobTimeoutMs, this, std::move(done));
    });
}

void KeychainSecretStore::rawDelete(const QString& key, RawDone done)
{
    JobQueue::instance().enqueue([this, key, done = std::move(done)]() mutable {
        auto* job = new QKeychain::DeletePasswordJob(m_service);
        job->setKey(key);
        runJob(job, m_jobTimeoutMs, this, std::move(done));
    });
}

Error KeychainSecretStore::mapError(const Raw& raw, bool writing) const
{
    const QString why = raw.errorString;
    Error e;
    e.kind = ErrorKind::Keychain;
    if (raw.code == -1) {
        e.message = tr("The keychain did not answer (%1). If it is asking to be unlocked, unlock "
                       "it and try again.")
                        .arg(why);
    } else if (raw.code == QKeychain::AccessDenied || raw.code == QKeychain::AccessDeniedByUser) {
        // A locked Secret Service collection whose unlock prompt cannot be shown ends here too.
        e.message = tr("The keychain is locked or refused access. Unlock it and allow AuthDeck to "
                       "use it, then try again.");
    } else if (raw.code == QKeychain::NoBackendAvailable
               || why.contains(QLatin1String("autolaunch D-Bus"))
               || why.contains(QLatin1String("org.freedesktop.secrets"))
               || why.contains(QLatin1String("No keychain service"))) {
        e.message = tr("No keychain is available (%1). AuthDeck keeps secrets only in the system "
                       "keychain: start a Secret Service such as GNOME Keyring or KWallet, or "
                       "choose the encrypted vault explicitly with --secret-store vault.")
                        .arg(why);
    } else if (writing) {
        e.message = tr("The keychain refused to store the secret; it may be locked (%1). Unlock "
                       "the keychain and try again.")
                        .arg(why);
    } else {
        e.message = tr("The keychain could not be read (%1).").arg(why);
    }
    return e;
}

void KeychainSecretStore::probeWritable(std::function<void(Status)> done)
{
    const SecretBytes marker(QByteArrayLiteral("probe"));
    rawWrite(m_probeKey, marker, [this, done = std::move(done)](Raw raw) mutable {
        if (raw.code != QKeychain::NoError) {
            done(mapError(raw, true));
            return;
        }
        rawDelete(m_probeKey, [done = std::move(done)](Raw) { done({}); });
    });
}

void KeychainSecretStore::read(const QString& key, QObject* context, ReadDone done)
{
    auto reply = guarded(context, std::move(done));
    rawRead(key, [this, key, reply](Raw raw) mutable {
        if (raw.code == QKeychain::EntryNotFound) {
            // Locked-keyring trap: a read "not found" is trusted only when a write works.
            probeWritable([reply](Status s) mutable {
                if (!s.ok())
                    reply(Result<std::optional<SecretBytes>>(s.error()));
                else
                    reply(Result<std::optional<SecretBytes>>(std::nullopt));
            });
            return;
        }
        if (raw.code != QKeychain::NoError) {
            reply(Result<std::optional<SecretBytes>>(mapError(raw, false)));
            return;
        }
        Result<SecretChunker::Header> header = SecretChunker::parseHeader(raw.data);
        if (!header.ok()) {
            reply(Result<std::optional<SecretBytes>>(header.error()));
            return;
        }
        const SecretChunker::Header h = *header;
        readChunks(
            key, 1, h.count, h.generation, {}, [h, reply](Result<QList<SecretBytes>> rest) mutable {
                if (!rest.ok()) {
                    reply(Result<std::optional<SecretBytes>>(rest.error()));
                    return;
                }
                Result<SecretBytes> joined = SecretChunker::assemble(h, *rest);
                if (!joined.ok())
                    reply(Result<std::optional<SecretBytes>>(joined.error()));
                else
                    reply(Result<std::optional<SecretBytes>>(std::optional<SecretBytes>(*joined)));
            });
    });
}

void KeychainSecretStore::readChunks(const QString& key, int index, int count,
                                     const QString& generation, QList<SecretBytes> collected,
                                     std::function<void(Result<QList<SecretBytes>>)> done)
{
    if (index >= count) {
        done(collected);
        return;
    }
    rawRead(
        SecretChunker::chunkKey(key, generation, index),
        [this, key, index, count, generation, collected = std::move(collected),
         done = std::move(done)](Raw raw) mutable {
            if (raw.code == QKeychain::EntryNotFound) {
                done(fail(ErrorKind::Keychain,
                          tr("A keychain entry of AuthDeck is incomplete (a part is missing).")));
                return;
            }
            if (raw.code != QKeychain::NoError) {
                done(mapError(raw, false));
                return;
            }
            collected.append(raw.data);
            readChunks(key, index + 1, count, generation, std::move(collected), std::move(done));
        });
}

void KeychainSecretStore::writeEntries(QList<SecretChunker::Entry> entries, int index,
                                       std::function<void(Status)> done)
{
    if (index >= entries.size()) {
        done({});
        return;
    }
    const SecretChunker::Entry entry = entries.at(index);
    rawWrite(entry.key, entry.value,
             [this, entries = std::move(entries), index, done = std::move(done)](Raw raw) mutable {
                 if (raw.code != QKeychain::NoError) {
                     done(mapError(raw, true));
                     return;
                 }
                 writeEntries(std::move(entries), index + 1, std::move(done));
             });
}

void KeychainSecretStore::deleteChunks(const QString& key, const QString& generation, int from,
                                       int count, std::function<void()> done)
{
    if (from >= count) {
        done();
        return;
    }
    rawDelete(SecretChunker::chunkKey(key, generation, from),
              [this, key, generation, from, count, done = std::move(done)](Raw) mutable {
                  deleteChunks(key, generation, from + 1, count, std::move(done));
              });
}

void KeychainSecretStore::write(const QString& key, const SecretBytes& value, QObject* context,
                                Done done)
{
    auto reply = guarded(context, std::move(done));
    const QString generation = SecretChunker::newGeneration();
    Result<QList<SecretChunker::Entry>> entries = SecretChunker::encode(key, value, generation);
    if (!entries.ok()) {
        QTimer::singleShot(0, this, [reply, e = entries.error()]() mutable { reply(e); });
        return;
    }
    // Learn the old generation first so its chunks can be deleted once the new base is in place.
    rawRead(key, [this, key, reply, entries = std::move(entries).value()](Raw old) mutable {
        std::optional<SecretChunker::Header> previous;
        if (old.code == QKeychain::NoError) {
            Result<SecretChunker::Header> h = SecretChunker::parseHeader(old.data);
            if (h.ok())
                previous = *h;
        }
        writeEntries(std::move(entries), 0, [this, key, previous, reply](Status s) mutable {
            if (!s.ok() || !previous || previous->count <= 1) {
                reply(s);
                return;
            }
            deleteChunks(key, previous->generation, 1, previous->count,
                         [reply]() mutable { reply({}); });
        });
    });
}

void KeychainSecretStore::remove(const QString& key, QObject* context, Done done)
{
    auto reply = guarded(context, std::move(done));
    rawRead(key, [this, key, reply](Raw old) mutable {
        if (old.code == QKeychain::EntryNotFound) {
            reply({});
            return;
        }
        if (old.code != QKeychain::NoError) {
            reply(mapError(old, false));
            return;
        }
        Result<SecretChunker::Header> h = SecretChunker::parseHeader(old.data);
        const QString generation = h.ok() ? h->generation : QString();
        const int count = h.ok() ? h->count : 1;
        deleteChunks(key, generation, 1, count, [this, key, reply]() mutable {
            rawDelete(key, [this, reply](Raw raw) mutable {
                if (raw.code != QKeychain::NoError && raw.code != QKeychain::EntryNotFound)
                    reply(mapError(raw, true));
                else
                    reply({});
            });
        });
    });
}

void KeychainSecretStore::checkHealth(QObject* context, HealthDone done)
{
    auto reply = guarded(context, std::move(done));
    const SecretBytes marker(QByteArrayLiteral("health-check"));
    rawWrite(m_probeKey, marker, [this, marker, reply](Raw w) mutable {
        if (w.code != QKeychain::NoError) {
            const Error e = mapError(w, true);
            const bool unavailable =
                w.code == QKeychain::NoBackendAvailable
                || w.errorString.contains(QLatin1String("autolaunch D-Bus"))
                || w.errorString.contains(QLatin1String("org.freedesktop.secrets"))
                || w.errorString.contains(QLatin1String("No keychain service"));
            StoreHealth h{unavailable ? StoreState::Unavailable : StoreState::Locked, e.message};
            Q_EMIT healthChanged(h);
            reply(h);
            return;
        }
        rawRead(m_probeKey, [this, marker, reply](Raw r) mutable {
            rawDelete(m_probeKey, [](Raw) {});
            StoreHealth h;
            if (r.code == QKeychain::NoError && r.data.equals(marker)) {
                h = {StoreState::Ready, tr("Secrets are kept in the %1.").arg(displayName())};
            } else {
                h = {StoreState::Locked, mapError(r, false).message};
            }
            qCDebug(lcSecrets) << "keychain health" << static_cast<int>(h.state);
            Q_EMIT healthChanged(h);
            reply(h);
        });
    });
}

} // namespace authdeck
