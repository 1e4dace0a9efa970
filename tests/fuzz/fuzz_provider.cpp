// Provider catalog files (resources/providers/*.json and user-supplied ones).
#include "FuzzSupport.h"
#include "providers/ProviderParser.h"

using namespace authdeck;

FUZZ_INIT()

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray json = fuzz::bytes(data, size);
    const auto provider = ProviderParser::parse(json, QStringLiteral("fuzz.json"));
    if (!provider.ok())
        FUZZ_CHECK(!provider.error().message.isEmpty());
    // Pure: the same file, the same verdict.
    FUZZ_CHECK(ProviderParser::parse(json, QStringLiteral("fuzz.json")).ok() == provider.ok());
    return 0;
}
