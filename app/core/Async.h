#pragma once

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>

namespace authdeck {

// Wraps a callback so it is dropped once its context object is gone (a closed dialog never gets
// called back). A null context means "always call".
template <typename... Args>
std::function<void(Args...)> guarded(QObject* context, std::function<void(Args...)> fn)
{
    QPointer<QObject> guard(context);
    const bool hasContext = context != nullptr;
    return [guard, hasContext, fn = std::move(fn)](Args... args) {
        if (!hasContext || guard)
            fn(std::move(args)...);
    };
}

// Runs fn from the event loop, never synchronously (callers rely on callbacks arriving later).
template <typename Fn>
void postLater(QObject* receiver, Fn fn)
{
    QTimer::singleShot(0, receiver, std::move(fn));
}

} // namespace authdeck
