#pragma once

#include "core/SecretBytes.h"
#include "store/ProfileDatabase.h"
#include "store/TeamBinding.h"

#include <QList>
#include <QString>

#include <optional>

namespace authdeck {

// A team database's state and its members' recent activity: what the window's status bar and
// `team status` show. probe() opens a session of its own and closes it again, so it may (and from
// the window must) run on a worker thread: the UI thread never waits for the database.
struct TeamState {
    enum class State { Connected, TokensOnly, ReadOnly, Unreachable };
    State state = State::Unreachable;
    std::optional<Error> problem;                // why it is unreachable, in the admin's terms
    QList<ProfileDatabase::AuditEntry> activity; // newest first
    QList<ProfileDatabase::Member> members;

    [[nodiscard]] static TeamState probe(const TeamBinding& binding, const SecretBytes& password,
                                         int activityLines);
    // The same on a session that is already open.
    [[nodiscard]] static TeamState read(ProfileDatabase& db, int activityLines);
};

} // namespace authdeck
