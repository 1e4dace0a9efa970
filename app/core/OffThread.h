#pragma once

#include <QObject>
#include <QPointer>
#include <QThread>
#include <QtConcurrent/QtConcurrentRun>

#include <type_traits>
#include <utility>

namespace authdeck {

// The one way to do slow work (RSA key generation, a KDF, opening an encrypted key, a database
// probe) off the calling thread: `work` runs on the global thread pool, `then` gets its result on
// `owner`'s thread, and not at all once `owner` is gone (a closed dialog is never called back).
//
// Built on QFuture::then(context, ...), with one Qt 6.4 defect worked around: its continuation
// asserts that the context object is still alive when the work ends (and calls
// QMetaObject::invokeMethod on a dead one in a release Qt). The context is therefore a relay of
// our own that lives until the answer arrives; `owner` is only watched.
//
// T is the result type; when left out it is what `work` returns.
template <typename T = void, typename Work, typename Then>
void runOffThread(QObject* owner, Work&& work, Then&& then)
{
    using R = std::conditional_t<std::is_void_v<T>, std::invoke_result_t<Work>, T>;
    auto* relay = new QObject;
    if (relay->thread() != owner->thread())
        relay->moveToThread(owner->thread());
    QtConcurrent::run([work = std::forward<Work>(work)]() mutable -> R { return work(); })
        .then(relay, [relay, guard = QPointer<QObject>(owner),
                      then = std::forward<Then>(then)](R result) mutable {
            relay->deleteLater();
            if (guard)
                then(std::move(result));
        });
}

} // namespace authdeck
