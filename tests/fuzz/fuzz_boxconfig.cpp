// Box's config.json (JWT app settings): what parses writes back to JSON that parses the same.
#include "FuzzSupport.h"
#include "auth/BoxConfig.h"

using namespace authdeck;

FUZZ_INIT()

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const auto config = BoxConfig::parse(SecretBytes(fuzz::bytes(data, size)));
    if (!config.ok()) {
        FUZZ_CHECK(!config.error().message.isEmpty());
        return 0;
    }
    const BoxConfig& c = config.value();
    const auto again = BoxConfig::parse(c.toJson());
    FUZZ_CHECK(again.ok());
    const BoxConfig& d = again.value();
    FUZZ_CHECK(d.clientId == c.clientId && d.clientSecret.bytes() == c.clientSecret.bytes());
    FUZZ_CHECK(d.publicKeyId == c.publicKeyId
               && d.privateKeyPem.bytes() == c.privateKeyPem.bytes());
    FUZZ_CHECK(d.passphrase.bytes() == c.passphrase.bytes() && d.enterpriseId == c.enterpriseId);
    FUZZ_CHECK(d.userId == c.userId);
    return 0;
}
