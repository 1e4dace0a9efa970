// Private and public keys in PEM (PKCS#8 clear and encrypted, PKCS#1, legacy DEK-Info) under the
// size and type policy: whatever is accepted is an RSA key of 2048 to 16384 bits.
#include "FuzzSupport.h"
#include "crypto/RsaKey.h"

using namespace authdeck;
using authdeck::crypto::RsaKey;

FUZZ_INIT()

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size < 1)
        return 0;
    // The first byte chooses a passphrase: none, the seeds' one, or a wrong one.
    static const char* passphrases[] = {"", "fuzz-passphrase", "wrong"};
    const SecretBytes passphrase{QByteArray(passphrases[data[0] % 3])};
    const QByteArray pem = fuzz::bytes(data + 1, size - 1);

    const auto key = RsaKey::fromPem(SecretBytes(pem), passphrase);
    if (key.ok()) {
        FUZZ_CHECK(key.value().hasPrivateKey());
        FUZZ_CHECK(key.value().bits() >= RsaKey::MinBits && key.value().bits() <= RsaKey::MaxBits);
    } else {
        FUZZ_CHECK(!key.error().message.isEmpty());
    }
    const auto pub = RsaKey::fromPublicPem(pem);
    if (pub.ok()) {
        FUZZ_CHECK(!pub.value().hasPrivateKey());
        FUZZ_CHECK(pub.value().bits() >= RsaKey::MinBits && pub.value().bits() <= RsaKey::MaxBits);
    }
    return 0;
}
