#include "core/ProcessHygiene.h"

#include <QtGlobal>

#include <cstddef>
#include <cstring>

#if defined(Q_OS_UNIX)
#include <sys/resource.h>
#include <sys/stat.h>
#endif
#if defined(Q_OS_LINUX)
#include <sys/prctl.h>
#endif

// Freed memory is cleared before glibc gets it back, in both programs (this file is linked into
// them through hardenProcess()): free() and realloc() below replace glibc's for the whole
// process, Qt, OpenSSL and QtKeychain included, and hand the block to glibc's own allocator.
//
// Why: AuthDeck wipes its own copies of passwords, client secrets and tokens (SecretBytes), but
// every library it hands them to copies them too and frees the copies as they are: Qt's network
// stack copies a request body for its network thread and into the socket's write buffer, Qt's
// JSON parser and QString conversions leave copies of what they read. Freed, not cleared, those
// copies stay readable in the heap until reused, and a password exchanged once was found three
// times in memory after the exchange (tests/integration/tst_password_connect.cpp scans for them).
//
// Why not glibc's mallopt(M_PERTURB): since glibc 2.26 a freed block of up to 1,032 bytes goes to
// the per-thread cache (tcache) without being perturbed, and those are exactly the blocks request
// bodies and short strings live in; it also fills every allocation, which costs as much again.
//
// Cost: one memset of every block freed (and of the old block a realloc moves), which is memory
// the program just used. In an allocation-heavy loop of Qt JSON and string work that is about 5 %
// more CPU time; AuthDeck's work is dominated by network waits and key derivation, where it does
// not show. Blocks glibc maps on their own (large ones) go back to the kernel whole, which clears
// them, so they are not touched.
//
// Not under the sanitizers: their runtimes replace the allocator themselves (and a sanitized test
// run is about finding bugs, not about hygiene).
#if defined(__has_feature)
#if __has_feature(address_sanitizer) || __has_feature(thread_sanitizer)                            \
    || __has_feature(memory_sanitizer)
#define AUTHDECK_SANITIZER_ALLOCATOR 1
#endif
#endif
#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__)
#define AUTHDECK_SANITIZER_ALLOCATOR 1
#endif

#if defined(__GLIBC__) && !defined(AUTHDECK_SANITIZER_ALLOCATOR)
#include <cerrno>
#include <malloc.h>

// glibc's own entry points, which its malloc, free and realloc are aliases of.
extern "C" {
void* __libc_malloc(size_t size);
void* __libc_realloc(void* block, size_t size);
void __libc_free(void* block);
}

namespace {

// glibc keeps a block's size, and in its bit 1 whether the block was mapped on its own, in the
// word just before the pointer it hands out (malloc/malloc.c, "chunk representations").
bool mappedOnItsOwn(void* block)
{
    size_t header = 0;
    std::memcpy(&header, static_cast<const char*>(block) - sizeof(size_t), sizeof header);
    return (header & 0x2) != 0;
}

// Clears the block from byte `from` to its end.
void clearFrom(void* block, size_t from)
{
    const size_t usable = malloc_usable_size(block);
    if (usable > from && !mappedOnItsOwn(block))
        explicit_bzero(static_cast<char*>(block) + from, usable - from);
}

} // namespace

extern "C" {

void free(void* block) noexcept
{
    if (!block)
        return;
    clearFrom(block, 0);
    __libc_free(block);
}

void* realloc(void* block, size_t size) noexcept
{
    if (!block)
        return __libc_malloc(size);
    if (size == 0) {
        free(block);
        return nullptr;
    }
    const size_t usable = malloc_usable_size(block);
    if (size <= usable) {
        // Shrinking stays in place; the tail glibc may split off is cleared first.
        clearFrom(block, size);
        return __libc_realloc(block, size);
    }
    // Growing never leaves the old block behind uncleared (glibc would move it and free it
    // without passing through free() above).
    void* grown = __libc_malloc(size);
    if (!grown)
        return nullptr;
    std::memcpy(grown, block, usable);
    free(block);
    return grown;
}

void* reallocarray(void* block, size_t count, size_t size) noexcept
{
    size_t bytes = 0;
    if (__builtin_mul_overflow(count, size, &bytes)) {
        errno = ENOMEM;
        return nullptr;
    }
    return realloc(block, bytes);
}

} // extern "C"
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
