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
    // What holds the lock: a lock file here, a PostgreSQL advisory lock for a team profile
    // (store/TeamLock). Released when the last copy of the handle goes.
    class Holder {
    public:
        virtual ~Holder() = default;
        // Whether the lock is still held: a team's lock dies with its database session, and a
        // renewal never sends a refresh token without it.
        [[nodiscard]] virtual bool held() const { return true; }
    };
    using Handle = std::shared_ptr<Holder>;
    using Done = std::function<void(Result<Handle>)>;

    static void acquire(const QString& profileDir, const QString& accountId, int timeoutMs,
                        QObject* context, Done done);
    // How long a holder may keep the lock before others treat it as stale (a hung process).
    static constexpr int StaleAfterMs = 180000;
};

} // namespace authdeck
