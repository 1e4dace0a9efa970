// Config bundles with 1,000 accounts: writing (serialize, encrypt, checksum) and reading (parse,
// canonical check, decrypt, records) measured apart from the scrypt key derivation, which is the
// same fixed cost for a bundle of any size.

#include "accounts/Account.h"
#include "bundle/BundleFormat.h"

#include <QJsonArray>

#include <benchmark/benchmark.h>

#include <cstdio>
#include <cstdlib>

using namespace authdeck;
using namespace authdeck::bundle;

namespace {

constexpr int Accounts = 1000;

struct Fixture {
    QJsonArray apps;
    QJsonArray accounts;
    BundleFormat::Secrets secrets;
    BundleFormat::Keys keys;
    QByteArray file;
};

const Fixture& fixture()
{
    static const Fixture f = [] {
        Fixture x;
        x.apps.append(QJsonObject{{QStringLiteral("id"), QStringLiteral("app-1")},
                                  {QStringLiteral("name"), QStringLiteral("Corp Box")},
                                  {QStringLiteral("provider"), QStringLiteral("box")}});
        for (int i = 0; i < Accounts; ++i) {
            Account a;
            a.id = QStringLiteral("account-%1").arg(i);
            a.name = QStringLiteral("User %1").arg(i);
            a.providerId = QStringLiteral("box");
            a.appId = QStringLiteral("app-1");
            a.identity.insert(QStringLiteral("login"), QStringLiteral("user%1@example.com").arg(i));
            a.scopes = {QStringLiteral("root_readwrite")};
            a.created = QDateTime::currentDateTimeUtc();
            x.accounts.append(a.toJson());
            SecretRecord r;
            r.set(QStringLiteral("access_token"), SecretBytes(QByteArray(32, 'a')));
            r.set(QStringLiteral("refresh_token"), SecretBytes(QByteArray(64, 'r')));
            x.secrets.accounts.insert(a.id, r);
        }
        Result<BundleFormat::Keys> keys =
            BundleFormat::deriveKeys(SecretBytes("benchmark passphrase"), BundleFormat::freshKdf());
        if (!keys) {
            std::fprintf(stderr, "scrypt failed: %s\n", qPrintable(keys.error().message));
            std::abort();
        }
        x.keys = *keys;
        Result<QByteArray> file = BundleFormat::write(
            x.apps, x.accounts, QDateTime::currentDateTimeUtc(), &x.secrets, &x.keys);
        if (!file)
            std::abort();
        x.file = *file;
        return x;
    }();
    return f;
}

void bundleScrypt(benchmark::State& state)
{
    for (auto _ : state) {
        Result<BundleFormat::Keys> keys =
            BundleFormat::deriveKeys(SecretBytes("benchmark passphrase"), BundleFormat::freshKdf());
        benchmark::DoNotOptimize(keys);
    }
}
BENCHMARK(bundleScrypt)->Unit(benchmark::kMillisecond);

void bundleWrite1000Accounts(benchmark::State& state)
{
    const Fixture& f = fixture();
    for (auto _ : state) {
        Result<QByteArray> file = BundleFormat::write(
            f.apps, f.accounts, QDateTime::currentDateTimeUtc(), &f.secrets, &f.keys);
        benchmark::DoNotOptimize(file);
    }
    state.counters["bytes"] = double(f.file.size());
}
BENCHMARK(bundleWrite1000Accounts)->Unit(benchmark::kMillisecond);

void bundleRead1000Accounts(benchmark::State& state)
{
    const Fixture& f = fixture();
    for (auto _ : state) {
        Result<BundleFormat::Parsed> p = BundleFormat::parse(f.file);
        Result<BundleFormat::Secrets> s = BundleFormat::open(*p, f.keys);
        QList<Account> accounts;
        for (const QJsonValue& v : std::as_const(p->accounts))
            accounts.append(Account::fromJson(v.toObject()));
        benchmark::DoNotOptimize(s);
        benchmark::DoNotOptimize(accounts);
    }
}
BENCHMARK(bundleRead1000Accounts)->Unit(benchmark::kMillisecond);

} // namespace

BENCHMARK_MAIN();
