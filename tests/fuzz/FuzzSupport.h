#pragma once
// Shared by the harnesses: quiet Qt logging (a fuzzer runs millions of inputs) and a check that
// aborts with a message, so a broken property shows up as a crash libFuzzer saves.
#include <QByteArray>
#include <QLoggingCategory>
#include <cstdio>
#include <cstdlib>

namespace authdeck::fuzz {

inline void quietLogging()
{
    QLoggingCategory::setFilterRules(QStringLiteral("*=false"));
}

[[noreturn]] inline void propertyFailed(const char* what, const char* file, int line)
{
    std::fprintf(stderr, "%s:%d: property failed: %s\n", file, line, what);
    std::abort();
}

inline QByteArray bytes(const uint8_t* data, size_t size)
{
    return QByteArray(reinterpret_cast<const char*>(data), qsizetype(size));
}

} // namespace authdeck::fuzz

#define FUZZ_CHECK(cond)                                                                           \
    do {                                                                                           \
        if (!(cond))                                                                               \
            ::authdeck::fuzz::propertyFailed(#cond, __FILE__, __LINE__);                           \
    } while (false)

#define FUZZ_INIT()                                                                                \
    extern "C" int LLVMFuzzerInitialize(int*, char***)                                             \
    {                                                                                              \
        ::authdeck::fuzz::quietLogging();                                                          \
        return 0;                                                                                  \
    }
