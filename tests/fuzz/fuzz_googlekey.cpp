// Google service-account key files (JSON).
#include "FuzzSupport.h"
#include "auth/GoogleKeyFile.h"

using namespace authdeck;

FUZZ_INIT()

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const auto key = GoogleKeyFile::parse(SecretBytes(fuzz::bytes(data, size)));
    if (key.ok()) {
        FUZZ_CHECK(!key.value().clientEmail.isEmpty());
        FUZZ_CHECK(!key.value().privateKeyPem.isEmpty());
        FUZZ_CHECK(!key.value().tokenUri.isEmpty());
    } else {
        FUZZ_CHECK(!key.error().message.isEmpty());
    }
    return 0;
}
