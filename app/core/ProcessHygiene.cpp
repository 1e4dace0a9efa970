#include "core/ProcessHygiene.h"

#include <QtGlobal>

#if defined(Q_OS_UNIX)
#include <sys/resource.h>
#include <sys/stat.h>
#endif
#if defined(Q_OS_LINUX)
#include <sys/prctl.h>
#endif

namespace authdeck {

void hardenProcess()
{
#if defined(Q_OS_UNIX)
    struct rlimit none {};
    setrlimit(RLIMIT_CORE, &none);
    // Everything AuthDeck creates (profile files, lock files, the database and its journal,
    // exported bundles) is private to this user from the first byte; the profile check refuses
    // a profile with wider permissions (core/Profile.cpp).
    umask(077);
#endif
#if defined(Q_OS_LINUX)
    prctl(PR_SET_DUMPABLE, 0, 0, 0, 0);
#endif
}

} // namespace authdeck
