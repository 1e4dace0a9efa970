#pragma once

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QTimer>

namespace authdeck {

class Engine;
struct Account;

// Keeps every account's tokens alive while AuthDeck runs, with ONE timer for all accounts:
//
//   reschedule() --for each account: due = min(access expiry - margin,
//                                           refresh issued + idle life - keep-alive margin,
//                                           backoff after a failure)--> timer at the earliest
//   timeout --> TokenService::refresh(the due account) --> reschedule()
//
// A failure backs off (doubling from 30 s up to an hour, or what the server's Retry-After
// asked); an account that needs sign-in again is left alone until the admin acts. Refreshes are
// serialized per account by TokenService (across processes too), so the CLI and the GUI never
// spend one refresh token twice.
class RefreshScheduler : public QObject {
    Q_OBJECT
public:
    explicit RefreshScheduler(Engine& engine, QObject* parent = nullptr);

    void start();
    void stop();
    // Recomputes the next due time (the profile changed, an account was added).
    void reschedule();

    // When this account should next be renewed (invalid: never).
    [[nodiscard]] QDateTime dueTime(const Account& account) const;
    [[nodiscard]] QDateTime nextDue() const { return m_nextDue; }
    [[nodiscard]] QString nextAccountId() const { return m_nextAccount; }
    [[nodiscard]] bool isActive() const { return m_timer.isActive(); }

    static constexpr int MarginSeconds = 300;                   // renew 5 min before expiry
    static constexpr qint64 KeepAliveMarginSeconds = 7 * 86400; // a week before an idle death
    static constexpr int MinBackoffSeconds = 30;
    static constexpr int MaxBackoffSeconds = 3600;

Q_SIGNALS:
    void renewed(const QString& accountId);
    void renewFailed(const QString& accountId, const QString& reason);

private:
    void fire();

    struct Backoff {
        QDateTime notBefore;
        int seconds = 0;
    };

    Engine& m_engine;
    QTimer m_timer;
    QHash<QString, Backoff> m_backoff;
    QString m_nextAccount;
    QDateTime m_nextDue;
    QString m_running;
    bool m_started = false;
};

} // namespace authdeck
