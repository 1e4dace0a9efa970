// Makes a large profile for the benchmarks (compare.py): one Box app registration and N connected
// OAuth accounts, written in one profile update; with --secrets, every item also gets a secret
// (throwaway token values) through the engine's own secret store, in one transaction.
//
//   bench_profile PROFILE_DIR ACCOUNTS [--secrets]
//
// Every account's access token expires an hour from now, so the refresh scheduler has a due time
// for each of them (and must still arm only one timer). Run it inside the benchmark's private
// keychain session: the values are dummies, but the profile key lands in whatever keychain runs.

#include "accounts/AccountService.h"
#include "accounts/AppService.h"
#include "accounts/ProfileStore.h"
#include "engine/Engine.h"
#include "secrets/SecretStore.h"

#include <QCoreApplication>
#include <QDateTime>

#include <cstdio>
#include <functional>
#include <memory>

using namespace authdeck;

namespace {

int usage()
{
    std::fprintf(stderr, "usage: bench_profile PROFILE_DIR ACCOUNTS [--secrets]\n");
    return 2;
}

SecretRecord dummyRecord(const char* name, int i)
{
    SecretRecord r;
    // Sizes like real tokens; the content is a counter, not a secret.
    r.set(QString::fromLatin1(name), SecretBytes(QByteArray::number(i).rightJustified(64, 'x')));
    return r;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 3 || args.size() > 4 || (args.size() == 4 && args[3] != u"--secrets"))
        return usage();
    bool numeric = false;
    const int count = args[2].toInt(&numeric);
    if (!numeric || count < 0)
        return usage();
    const bool withSecrets = args.size() == 4;

    EngineOptions options;
    options.profileDir = args[1];
    Result<std::unique_ptr<Engine>> created = Engine::create(options);
    if (!created.ok()) {
        std::fprintf(stderr, "bench_profile: %s\n", qPrintable(created.error().message));
        return 1;
    }
    Engine& engine = **created;

    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QString appId = QStringLiteral("bench-app");
    QStringList ids;
    const Status saved = engine.store().update([&](ProfileStore::Snapshot& s) -> Status {
        AppRegistration a;
        a.id = appId;
        a.name = QStringLiteral("Bench Box app");
        a.providerId = QStringLiteral("box");
        a.scheme = Scheme::OAuth2;
        a.clientId = QStringLiteral("bench-client-id");
        a.hasClientSecret = withSecrets;
        a.created = now;
        a.updated = now;
        s.apps.append(a);
        s.accounts.reserve(s.accounts.size() + count);
        for (int i = 0; i < count; ++i) {
            Account x;
            x.id = QStringLiteral("bench-%1").arg(i, 5, 10, QLatin1Char('0'));
            x.name = QStringLiteral("User %1").arg(i);
            x.providerId = QStringLiteral("box");
            x.scheme = Scheme::OAuth2;
            x.appId = appId;
            x.identity.insert(QStringLiteral("login"), QStringLiteral("user%1@example.com").arg(i));
            x.identity.insert(QStringLiteral("name"), QStringLiteral("User %1").arg(i));
            x.scopes = {QStringLiteral("root_readwrite")};
            // Spread over the hour so that every account has its own due time.
            x.accessExpires = now.addSecs(3600 + i % 600);
            x.refreshIssued = now;
            x.lastRefresh = now;
            x.created = now;
            s.accounts.append(x);
            ids.append(x.id);
        }
        return {};
    });
    if (!saved.ok()) {
        std::fprintf(stderr, "bench_profile: %s\n", qPrintable(saved.error().message));
        return 1;
    }
    if (!withSecrets)
        return 0;

    // Every secret in one transaction of the profile database (one keychain read for its key).
    QList<SecretChange> changes;
    changes.reserve(count + 1);
    changes.append(SecretChange{engine.apps().secretKey(appId),
                                dummyRecord("client_secret", count).serialize()});
    for (int i = 0; i < count; ++i) {
        changes.append(SecretChange{engine.accounts().secretKey(ids.at(i)),
                                    dummyRecord("access_token", i).serialize()});
    }
    int exitCode = 0;
    engine.secrets().commit(engine.store(), {}, changes, &app, [&](Status s) {
        if (!s.ok()) {
            std::fprintf(stderr, "bench_profile: %s\n", qPrintable(s.error().message));
            exitCode = 1;
        }
        app.exit(exitCode);
    });
    return app.exec();
}