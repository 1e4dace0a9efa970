#include "store/TeamProbe.h"

namespace authdeck {

TeamState TeamState::probe(const TeamBinding& binding, const SecretBytes& password,
                           int activityLines)
{
    TeamState out;
    Result<std::unique_ptr<ProfileDatabase>> db = ProfileDatabase::openTeam(binding, password);
    if (!db.ok()) {
        out.problem = db.error().message;
        return out;
    }
    ProfileDatabase& d = **db;
    Result<bool> readOnly = d.readOnly();
    Result<bool> mayChange = d.mayChangeApps();
    Result<QList<ProfileDatabase::AuditEntry>> log = d.auditLog(activityLines);
    Result<QList<ProfileDatabase::Member>> members = d.members();
    for (const Status& s : {readOnly.ok() ? Status() : Status(readOnly.error()),
                            mayChange.ok() ? Status() : Status(mayChange.error()),
                            log.ok() ? Status() : Status(log.error()),
                            members.ok() ? Status() : Status(members.error())}) {
        if (!s.ok()) {
            out.problem = s.error().message;
            return out;
        }
    }
    out.state = *readOnly ? State::ReadOnly : *mayChange ? State::Connected : State::TokensOnly;
    out.activity = *log;
    out.members = int(members->size());
    return out;
}

} // namespace authdeck
