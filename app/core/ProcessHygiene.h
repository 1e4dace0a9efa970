#pragma once

namespace authdeck {

// Called first thing by both programs: no core dumps (they would hold tokens and keys), the
// process is not attachable or dumpable by other processes of the same user where the platform
// allows it, and every file it creates is private (umask 077). Linking it in also makes the
// process clear every block of memory it frees (ProcessHygiene.cpp says why and what it costs).
void hardenProcess();

} // namespace authdeck
