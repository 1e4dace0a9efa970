#include "secrets/MemorySecretStore.h"

#include "core/Async.h"

namespace authdeck {

Error MemorySecretStore::unavailable() const
{
    return fail(ErrorKind::Keychain, QStringLiteral("The test keychain is unavailable."));
}

void MemorySecretStore::read(const QString& key, QObject* context, ReadDone done)
{
    Result<std::optional<SecretBytes>> r =
        m_unavailable             ? Result<std::optional<SecretBytes>>(unavailable())
        : m_entries.contains(key) ? Result<std::optional<SecretBytes>>(m_entries.value(key))
                                  : Result<std::optional<SecretBytes>>(std::nullopt);
    postLater(this, [done = guarded(context, std::move(done)), r]() { done(r); });
}

void MemorySecretStore::write(const QString& key, const SecretBytes& value, QObject* context,
                              Done done)
{
    Status s;
    if (m_unavailable || m_writesLeft == 0) {
        s = unavailable();
    } else {
        if (m_writesLeft > 0)
            --m_writesLeft;
        m_entries.insert(key, value);
    }
    postLater(this, [done = guarded(context, std::move(done)), s]() { done(s); });
}

void MemorySecretStore::remove(const QString& key, QObject* context, Done done)
{
    Status s;
    if (m_unavailable)
        s = unavailable();
    else
        m_entries.remove(key);
    postLater(this, [done = guarded(context, std::move(done)), s]() { done(s); });
}

void MemorySecretStore::checkHealth(QObject* context, HealthDone done)
{
    StoreHealth h{m_unavailable ? StoreState::Unavailable : StoreState::Ready,
                  m_unavailable ? unavailable().message : QString()};
    postLater(this, [done = guarded(context, std::move(done)), h]() { done(h); });
}

} // namespace authdeck
