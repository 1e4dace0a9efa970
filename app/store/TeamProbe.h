#pragma once

#include "core/SecretBytes.h"
#include "store/ProfileDatabase.h"
#include "store/TeamBinding.h"

#include <QList>
#include <QString>

namespace authdeck {

// What the window's status bar shows of a team profile: the database's state and the members'
// recent activity. probe() opens a session of its own and closes it again, so it may (and from
// the window must) run on a worker thread: the UI thread never waits for the database.
struct TeamState {
    enum class State { Connected, TokensOnly, ReadOnly, Unreachable };
    State state = State::Unreachable;
    QString problem;                             // why it is unreachable, in the admin's terms
    QList<ProfileDatabase::AuditEntry> activity; // newest first
    int members = 0;

    [[nodiscard]] static TeamState probe(const TeamBinding& binding, const SecretBytes& password,
                                         int activityLines);
};

} // namespace authdeck
