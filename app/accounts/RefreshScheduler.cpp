#include "accounts/RefreshScheduler.h"

#include "accounts/AccountService.h"
#include "accounts/AppService.h"
#include "accounts/ProfileStore.h"
#include "accounts/TokenService.h"
#include "core/Log.h"
#include "engine/Engine.h"
#include "providers/ProviderCatalog.h"

#include <algorithm>

namespace authdeck {

RefreshScheduler::RefreshScheduler(Engine& engine, QObject* parent)
    : QObject(parent)
    , m_engine(engine)
{
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::VeryCoarseTimer);
    connect(&m_timer, &QTimer::timeout, this, &RefreshScheduler::fire);
    connect(&m_engine.store(), &ProfileStore::changed, this, [this] {
        if (m_started)
            reschedule();
    });
}

void RefreshScheduler::start()
{
    m_started = true;
    reschedule();
}

void RefreshScheduler::stop()
{
    m_started = false;
    m_timer.stop();
}

QDateTime RefreshScheduler::dueTime(const Account& account) const
{
    if (account.status == AccountStatus::NeedsSignIn
        || account.status == AccountStatus::NeedsCredentials || account.keepsPassword)
        return {};
    // Keys and kept passwords have no token to renew; JWT and client credentials have no refresh
    // token, so their access token is minted again ahead of expiry like any other.
    if (account.scheme == Scheme::Keys || account.scheme == Scheme::Basic)
        return {};
    QDateTime due;
    auto earliest = [&due](const QDateTime& t) {
        if (t.isValid() && (!due.isValid() || t < due))
            due = t;
    };
    if (account.accessExpires.isValid())
        earliest(account.accessExpires.addSecs(-MarginSeconds));
    if (account.scheme == Scheme::OAuth2 && account.refreshIssued.isValid()) {
        const Provider* p = m_engine.catalog().find(account.providerId);
        const int idleDays = p && p->oauth2 ? p->oauth2->refreshTokenIdleDays : 0;
        if (idleDays > 0) {
            earliest(
                account.refreshIssued.addSecs(qint64(idleDays) * 86400 - KeepAliveMarginSeconds));
        }
    }
    const auto backoff = m_backoff.constFind(account.id);
    if (due.isValid() && backoff != m_backoff.cend() && backoff->notBefore > due)
        due = backoff->notBefore;
    return due;
}

void RefreshScheduler::reschedule()
{
    if (!m_started)
        return;
    m_timer.stop();
    m_nextAccount.clear();
    m_nextDue = {};
    Result<QList<Account>> accounts = m_engine.accounts().list();
    if (!accounts.ok())
        return;
    for (const Account& a : *accounts) {
        if (a.id == m_running)
            continue;
        const QDateTime due = dueTime(a);
        if (due.isValid() && (!m_nextDue.isValid() || due < m_nextDue)) {
            m_nextDue = due;
            m_nextAccount = a.id;
        }
    }
    if (m_nextAccount.isEmpty() || !m_running.isEmpty())
        return;
    const qint64 ms = std::clamp<qint64>(QDateTime::currentDateTimeUtc().msecsTo(m_nextDue), 0,
                                         qint64(24) * 3600 * 1000);
    m_timer.start(int(ms));
}

void RefreshScheduler::fire()
{
    if (m_nextAccount.isEmpty() || !m_running.isEmpty())
        return;
    m_running = m_nextAccount;
    qCDebug(lcAuth) << "background renewal of account" << m_running;
    m_engine.tokens().refresh(m_running, this, [this](Result<AccessToken> r) {
        const QString id = m_running;
        m_running.clear();
        if (r.ok()) {
            m_backoff.remove(id);
            Q_EMIT renewed(id);
        } else {
            Backoff& b = m_backoff[id];
            b.seconds =
                b.seconds == 0 ? MinBackoffSeconds : std::min(b.seconds * 2, MaxBackoffSeconds);
            int wait = b.seconds;
            if (r.error().retryAfterSeconds >= 0)
                wait = std::clamp(r.error().retryAfterSeconds, 1, 24 * 3600);
            b.notBefore = QDateTime::currentDateTimeUtc().addSecs(wait);
            Q_EMIT renewFailed(id, r.error().fullMessage());
        }
        reschedule();
    });
}

} // namespace authdeck
