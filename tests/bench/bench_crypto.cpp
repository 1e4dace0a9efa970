// What an admin waits for (a new key pair) and what a busy account costs (an RS256 assertion
// per token mint, a verification per sandbox request).

#include "crypto/RsaKey.h"

#include <benchmark/benchmark.h>

#include <cstdio>
#include <cstdlib>

using namespace authdeck;
using namespace authdeck::crypto;

namespace {

// A key that went through PEM, as the product loads it from the keychain.
const RsaKey& loadedKey()
{
    static const RsaKey key = [] {
        const Result<RsaKey> generated = RsaKey::generate(2048);
        const Result<RsaKey> loaded =
            generated ? RsaKey::fromPem(*generated->toPkcs8Pem(), SecretBytes()) : generated;
        if (!loaded) {
            std::fprintf(stderr, "cannot make a key: %s\n", qPrintable(loaded.error().message));
            std::abort();
        }
        return *loaded;
    }();
    return key;
}

// About the size of a Box JWT assertion's signing input.
const QByteArray SigningInput(320, 'x');

void rsaKeygen2048(benchmark::State& state)
{
    for (auto _ : state) {
        Result<RsaKey> key = RsaKey::generate(2048);
        if (!key) {
            state.SkipWithError("key generation failed");
            break;
        }
        benchmark::DoNotOptimize(key);
    }
}
// Prime search makes single runs vary a lot; give it time for a meaningful mean.
BENCHMARK(rsaKeygen2048)->Unit(benchmark::kMillisecond)->MinTime(3.0);

void rs256Sign(benchmark::State& state)
{
    const RsaKey& key = loadedKey();
    for (auto _ : state) {
        Result<QByteArray> signature = key.sign(QStringLiteral("RS256"), SigningInput);
        benchmark::DoNotOptimize(signature);
    }
}
BENCHMARK(rs256Sign)->Unit(benchmark::kMicrosecond);

void rs256Verify(benchmark::State& state)
{
    const RsaKey& key = loadedKey();
    const QByteArray signature = *key.sign(QStringLiteral("RS256"), SigningInput);
    for (auto _ : state) {
        Status verified = key.verify(QStringLiteral("RS256"), SigningInput, signature);
        benchmark::DoNotOptimize(verified);
    }
}
BENCHMARK(rs256Verify)->Unit(benchmark::kMicrosecond);

} // namespace

BENCHMARK_MAIN();
