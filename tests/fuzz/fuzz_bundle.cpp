// Bundle import (app/bundle): parse never runs the KDF; a bundle that parses re-serialises to the
// very same bytes; opening its secrets with keys that do not fit fails and hands back nothing.
// The KDF is not run here at all: open() takes derived keys, so the harness gives it fixed key
// material (a bundle with secrets in the seeds was written with it), which is the KDF cost
// clamped to nothing.
#include "FuzzSupport.h"
#include "bundle/BundleFormat.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

using namespace authdeck;
using namespace authdeck::bundle;

namespace {

BundleFormat::Keys fixedKeys(const BundleFormat::KdfSettings& kdf)
{
    QByteArray material(BundleFormat::KeyMaterialBytes, '\0');
    for (int i = 0; i < material.size(); ++i)
        material[i] = char(i * 7 + 1);
    return {kdf, SecretBytes(material)};
}

// AUTHDECK_FUZZ_WRITE_SEEDS=<dir> fuzz_bundle writes the two seed bundles (clear, and with
// secrets under the fixed keys) into <dir> and exits: how corpus/bundle was made.
void writeSeeds(const QString& dir)
{
    const QJsonArray apps{QJsonObject{{QStringLiteral("id"), QStringLiteral("app-1")},
                                      {QStringLiteral("name"), QStringLiteral("Box app")},
                                      {QStringLiteral("provider"), QStringLiteral("box")},
                                      {QStringLiteral("client_id"), QStringLiteral("cid")}}};
    const QJsonArray accounts{QJsonObject{{QStringLiteral("id"), QStringLiteral("acct-1")},
                                          {QStringLiteral("app"), QStringLiteral("app-1")},
                                          {QStringLiteral("name"), QStringLiteral("Account")},
                                          {QStringLiteral("provider"), QStringLiteral("box")},
                                          {QStringLiteral("identity"), QStringLiteral("a@b.c")}}};
    const QDateTime created = QDateTime::fromSecsSinceEpoch(1764460800, Qt::UTC);
    BundleFormat::Secrets secrets;
    SecretRecord app;
    app.set(QStringLiteral("client_secret"), SecretBytes(QByteArray("s3cret")));
    secrets.apps.insert(QStringLiteral("app-1"), app);
    SecretRecord account;
    account.set(QStringLiteral("refresh_token"), SecretBytes(QByteArray("r3fresh")));
    secrets.accounts.insert(QStringLiteral("acct-1"), account);
    BundleFormat::KdfSettings kdf;
    kdf.salt = QByteArray(BundleFormat::SaltBytes, 'S');
    const BundleFormat::Keys keys = fixedKeys(kdf);
    const auto clear = BundleFormat::write(apps, accounts, created, nullptr, nullptr);
    const auto sealed = BundleFormat::write(apps, accounts, created, &secrets, &keys);
    if (!clear.ok() || !sealed.ok()) {
        std::fprintf(stderr, "%s\n",
                     qPrintable((clear.ok() ? sealed.error() : clear.error()).message));
        std::exit(1);
    }
    for (const auto& [name, bytes] : {std::pair{QStringLiteral("clear"), clear.value()},
                                      std::pair{QStringLiteral("with-secrets"), sealed.value()}}) {
        QFile file(dir + QLatin1Char('/') + name);
        FUZZ_CHECK(file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size());
    }
    std::exit(0);
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    fuzz::quietLogging();
    const QString seeds = qEnvironmentVariable("AUTHDECK_FUZZ_WRITE_SEEDS");
    if (!seeds.isEmpty())
        writeSeeds(seeds);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes = fuzz::bytes(data, size);
    const auto parsed = BundleFormat::parse(bytes);
    if (!parsed.ok()) {
        FUZZ_CHECK(!parsed.error().message.isEmpty());
        return 0;
    }
    const BundleFormat::Parsed& bundle = parsed.value();
    FUZZ_CHECK(bundle.version == BundleFormat::Version);

    // One serialization: the parsed document, written again, is the file.
    QJsonObject document = bundle.document;
    document.remove(QLatin1String("checksum"));
    const auto written = BundleFormat::encode(document);
    FUZZ_CHECK(written.ok());
    FUZZ_CHECK(written.value() == bytes);

    if (bundle.secrets) {
        FUZZ_CHECK(bundle.secrets->kdf.log2N >= BundleFormat::MinLog2N);
        FUZZ_CHECK(bundle.secrets->kdf.log2N <= BundleFormat::MaxLog2N);
        const auto secrets = BundleFormat::open(bundle, fixedKeys(bundle.secrets->kdf));
        if (secrets.ok()) {
            // Only the writer of the seed (who had the keys) could have made this: the tag
            // authenticates every byte, so the fuzzer can only reach it with the seed unchanged.
            FUZZ_CHECK(bytes.contains("\"ciphertext\""));
        } else {
            FUZZ_CHECK(!secrets.error().message.isEmpty());
        }
    }
    return 0;
}
