#pragma once

#include "core/Result.h"

#include <QObject>
#include <QString>

#include <functional>
#include <memory>

class QLockFile;

namespace authdeck {

// A cross-process lock for one account (<profile>/locks/<account>.lock), held while its tokens are
// refreshed, so a GUI and several CLI runs sharing a profile never spend the same single-use
// refresh token twice. Acquired by polling from the event loop: waiting never blocks the thread.
class AccountLock {
public:
    using Handle = std::shared_ptr<QLockFile>; // released when the last copy goes
    using Done = std::function<void(Result<Handle>)>;

    static void acquire(const QString& profileDir, const QString& accountId, int timeoutMs,
                        QObject* context, Done done);
    // How long a holder may keep the lock before others treat it as stale (a hung process).
    static constexpr int StaleAfterMs = 180000;
};

} // namespace authdeck
