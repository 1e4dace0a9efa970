// What an admin waits for (a new key pair) and what a busy account costs (an RS256 assertion
// per token mint, a verification per sandbox request).

#include "auth/JwtAssertion.h"
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

// One key per repetition, so compare.py reads the distribution (median and p90 over 100 keys)
// from the JSON output: the admin waits for one key, not for the mean of many.
void rsaKeygen2048Each(benchmark::State& state)
{
    rsaKeygen2048(state);
}
BENCHMARK(rsaKeygen2048Each)->Unit(benchmark::kMillisecond)->Iterations(1)->Repetitions(100);

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

// Box's jwt scheme as the catalog has it (resources/providers/box.json).
JwtSpec boxSpec()
{
    JwtSpec spec;
    spec.tokenUrl = QStringLiteral("https://api.box.com/oauth2/token");
    spec.header = {{QStringLiteral("kid"), QStringLiteral("{public_key_id}")}};
    spec.claims = {{QStringLiteral("iss"), QStringLiteral("{client_id}")},
                   {QStringLiteral("sub"), QStringLiteral("{subject_id}")},
                   {QStringLiteral("box_sub_type"), QStringLiteral("{subject_type}")},
                   {QStringLiteral("aud"), QStringLiteral("https://api.box.com/oauth2/token")}};
    spec.algorithms = {QStringLiteral("RS256"), QStringLiteral("RS384"), QStringLiteral("RS512")};
    return spec;
}

JwtAssertion::Params boxParams()
{
    AppRegistration app;
    app.clientId = QStringLiteral("abcdefghijklmnopqrstuvwxyz012345");
    app.publicKeyId = QStringLiteral("a1b2c3d4");
    JwtAssertion::Params params;
    params.variables = JwtAssertion::variablesFor(
        app, ServerSubject{QStringLiteral("enterprise"), QStringLiteral("123456")},
        QStringLiteral("https://api.box.com/oauth2/token"));
    return params;
}

// A whole Box assertion: templates, a random jti, JSON, base64url and the RS256 signature.
void boxAssertion(benchmark::State& state)
{
    const RsaKey& key = loadedKey();
    const JwtSpec spec = boxSpec();
    const JwtAssertion::Params params = boxParams();
    for (auto _ : state) {
        Result<JwtAssertion::Signed> assertion = JwtAssertion::build(spec, key, params);
        benchmark::DoNotOptimize(assertion);
    }
}
BENCHMARK(boxAssertion)->Unit(benchmark::kMicrosecond);

// What each mint pays: the key read from its clear PEM in the keychain (with the pairwise check),
// then the assertion.
void boxMintFromPem(benchmark::State& state)
{
    const SecretBytes pem = *loadedKey().toPkcs8Pem();
    const JwtSpec spec = boxSpec();
    const JwtAssertion::Params params = boxParams();
    for (auto _ : state) {
        Result<RsaKey> key = RsaKey::fromPem(pem, SecretBytes());
        Result<JwtAssertion::Signed> assertion = JwtAssertion::build(spec, *key, params);
        benchmark::DoNotOptimize(assertion);
    }
}
BENCHMARK(boxMintFromPem)->Unit(benchmark::kMicrosecond);

} // namespace

BENCHMARK_MAIN();
