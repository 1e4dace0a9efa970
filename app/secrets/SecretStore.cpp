#include "secrets/SecretStore.h"

#include "core/Async.h"

namespace authdeck {

void SecretStore::readRecord(const QString& key, QObject* context,
                             std::function<void(Result<SecretRecord>)> done)
{
    read(key, context, [done = std::move(done)](Result<std::optional<SecretBytes>> r) {
        if (!r.ok())
            done(r.error());
        else if (!r->has_value())
            done(SecretRecord());
        else
            done(SecretRecord::parse(**r));
    });
}

} // namespace authdeck
