#pragma once

namespace authdeck {

// Called first thing by both programs: no core dumps (they would hold tokens and keys), the
// process is not attachable or dumpable by other processes of the same user where the platform
// allows it, and every file it creates is private (umask 077).
void hardenProcess();

} // namespace authdeck
