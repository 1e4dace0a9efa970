#pragma once

#include "core/Result.h"

#include <QObject>

#include <functional>

namespace authdeck {

class Engine;

// Moves a profile from before the database (profile.json, one keychain entry per app and account,
// or vault.json) into its database, once, on the first start of this version:
//
//   profile.json + every item's old secret (read one by one) --> one transaction: the rows, the
//   sealed secrets, the key check, "legacy_migrated" --> COMMIT --> profile.json kept as
//   profile.json.migrated, the old keychain entries (or vault.json) deleted
//
// Nothing is deleted before the commit; a migration that fails changes nothing (a key it made is
// taken back, a database it created is removed) and is tried again at the next start.
class ProfileMigration {
public:
    static void run(Engine& engine, QObject* context, std::function<void(Status)> done);
};

} // namespace authdeck
