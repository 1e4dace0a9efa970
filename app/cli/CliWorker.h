#pragma once

#include <QFutureWatcher>
#include <QObject>
#include <QtConcurrent/QtConcurrentRun>

#include <functional>
#include <utility>

namespace authdeck::cli {

// Runs slow work (RSA key generation, PBKDF2) on a worker thread and hands its result to `then`
// on the calling thread, so the event loop keeps serving timers and the keychain meanwhile.
template <typename T>
void runOffThread(QObject* owner, std::function<T()> work, std::function<void(T)> then)
{
    auto* watcher = new QFutureWatcher<T>(owner);
    QObject::connect(watcher, &QFutureWatcher<T>::finished, owner,
                     [watcher, then = std::move(then)] {
                         T result = watcher->result();
                         watcher->deleteLater();
                         then(std::move(result));
                     });
    watcher->setFuture(QtConcurrent::run(std::move(work)));
}

} // namespace authdeck::cli
