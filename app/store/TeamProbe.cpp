#include "store/TeamProbe.h"

namespace authdeck {

TeamState TeamState::probe(const TeamBinding& binding, const SecretBytes& password,
                           int activityLines)
{
    Result<std::unique_ptr<ProfileDatabase>> db = ProfileDatabase::openTeam(binding, password);
    if (!db.ok()) {
        TeamState out;
        out.problem = db.error();
        return out;
    }
    return read(**db, activityLines);
}

TeamState TeamState::read(ProfileDatabase& d, int activityLines)
{
    TeamState out;
    Result<bool> readOnly = d.readOnly();
    Result<bool> mayChange = d.mayChangeApps();
    Result<QList<ProfileDatabase::AuditEntry>> log = d.auditLog(activityLines);
    Result<QList<ProfileDatabase::Member>> members = d.members();
    for (const Status& s : {readOnly.ok() ? Status() : Status(readOnly.error()),
                            mayChange.ok() ? Status() : Status(mayChange.error()),
                            log.ok() ? Status() : Status(log.error()),
                            members.ok() ? Status() : Status(members.error())}) {
        if (!s.ok()) {
            out.problem = s.error();
            return out;
        }
    }
    out.state = *readOnly ? State::ReadOnly : *mayChange ? State::Connected : State::TokensOnly;
    out.activity = *log;
    out.members = *members;
    return out;
}

} // namespace authdeck
