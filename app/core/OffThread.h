#pragma once

#include <QFutureWatcher>
#include <QObject>
#include <QtConcurrent/QtConcurrentRun>

#include <type_traits>
#include <utility>

namespace authdeck {

// The one way to do slow work (RSA key generation, a KDF, opening an encrypted key, a database
// probe) off the calling thread: `work` runs on the global thread pool, `then` gets its result on
// `owner`'s thread from the event loop, and not at all once `owner` is gone (a closed dialog is
// never called back; the work itself runs to its end and its result is dropped).
//
// The answer comes through a QFutureWatcher that `owner` owns, not QFuture::then(context, ...):
// in Qt 6.4 that continuation asserts that the context outlives the work, invokes on a dead one
// in a release Qt, and reads the context's QPointer on the worker thread without ordering
// against the thread that attached it (ThreadSanitizer reports the race). See
// docs/QT64-DEFECTS.md, defect 8a.
//
// T is the result type; when left out it is what `work` returns.
template <typename T = void, typename Work, typename Then>
void runOffThread(QObject* owner, Work&& work, Then&& then)
{
    using R = std::conditional_t<std::is_void_v<T>, std::invoke_result_t<Work>, T>;
    auto* watcher = new QFutureWatcher<R>(owner);
    QObject::connect(watcher, &QFutureWatcherBase::finished, watcher,
                     [watcher, then = std::forward<Then>(then)]() mutable {
                         watcher->deleteLater();
                         QFuture<R> done = watcher->future();
                         then(done.takeResult());
                     });
    watcher->setFuture(
        QtConcurrent::run([work = std::forward<Work>(work)]() mutable -> R { return work(); }));
}

} // namespace authdeck
