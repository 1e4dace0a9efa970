// The organization policy file (/etc/authdeck/policy.json): AdminPolicy::parse fails closed.
#include "FuzzSupport.h"
#include "providers/AdminPolicy.h"
#include "providers/ProviderCatalog.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace authdeck;

FUZZ_INIT()

namespace {

const QString Path = QStringLiteral("/etc/authdeck/policy.json");

// The built-in providers, read once: the deny rules are learnt from them for every input.
const QList<Provider>& builtins()
{
    static const QList<Provider> all = [] {
        ProviderCatalog catalog;
        catalog.load(QString());
        return catalog.providers();
    }();
    return all;
}

QJsonArray sorted(const QSet<QString>& ids)
{
    QStringList list(ids.begin(), ids.end());
    list.sort();
    return QJsonArray::fromStringList(list);
}

// The policy written out again from what was understood.
QByteArray canonical(const AdminPolicy& p)
{
    QJsonObject o;
    auto group = [&](const char* key, const std::optional<QSet<QString>>& allow,
                     const QSet<QString>& deny) {
        QJsonObject g;
        if (allow)
            g.insert(QStringLiteral("allow"), sorted(*allow));
        if (!deny.isEmpty())
            g.insert(QStringLiteral("deny"), sorted(deny));
        if (!g.isEmpty())
            o.insert(QLatin1String(key), g);
    };
    group("providers", p.allowedProviders, p.deniedProviders);
    group("schemes", p.allowedSchemes, p.deniedSchemes);
    if (p.exportsMayIncludeSecrets)
        o.insert(QStringLiteral("exports_may_include_secrets"), *p.exportsMayIncludeSecrets);
    return QJsonDocument(o).toJson(QJsonDocument::Indented);
}

bool same(const AdminPolicy& a, const AdminPolicy& b)
{
    return a.error == b.error && a.errorLine == b.errorLine
           && a.allowedProviders == b.allowedProviders && a.deniedProviders == b.deniedProviders
           && a.allowedSchemes == b.allowedSchemes && a.deniedSchemes == b.deniedSchemes
           && a.exportsMayIncludeSecrets == b.exportsMayIncludeSecrets && a.warnings == b.warnings;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray json = fuzz::bytes(data, size);
    AdminPolicy p = AdminPolicy::parse(json, Path);
    FUZZ_CHECK(p.present && p.path == Path);
    // Pure: the same file, the same policy.
    FUZZ_CHECK(same(p, AdminPolicy::parse(json, Path)));

    if (p.broken()) {
        // Fails closed: nothing it could restrict is allowed, and one message says where.
        for (const Provider& b : builtins())
            FUZZ_CHECK(!p.allowsProvider(b.id));
        for (Scheme s : allSchemes())
            FUZZ_CHECK(!p.allowsScheme(s));
        FUZZ_CHECK(p.exportsMayIncludeSecrets == std::optional<bool>(false));
        FUZZ_CHECK(p.restricts() && p.restrictsProviders());
        FUZZ_CHECK(p.warnings == QStringList{p.error});
        FUZZ_CHECK(p.errorLine >= 1 && p.errorLine <= json.count('\n') + 1);
        FUZZ_CHECK(p.error.contains(Path));
    } else {
        FUZZ_CHECK(p.warnings.isEmpty() && p.errorLine == 0);
        for (const QString& id : p.deniedProviders)
            FUZZ_CHECK(!p.allowsProvider(id));
        for (const QString& id : p.deniedSchemes)
            FUZZ_CHECK(schemeFromId(id).has_value());
        // What was understood, written out plainly, reads back the same.
        FUZZ_CHECK(same(p, AdminPolicy::parse(canonical(p), Path)));
        // Any key it does not know makes the file invalid, at any level.
        QJsonObject extra = QJsonDocument::fromJson(json).object();
        extra.insert(QStringLiteral("exports_may_include_secret"), true);
        FUZZ_CHECK(AdminPolicy::parse(QJsonDocument(extra).toJson(), Path).broken());
    }

    // The catalog's rules: nothing the policy denies by id is admitted, whatever it learnt.
    p.learnDenied(builtins());
    for (const Provider& b : builtins()) {
        QString why;
        const bool admitted = p.admits(b, &why);
        if (!p.allowsProvider(b.id))
            FUZZ_CHECK(!admitted);
        FUZZ_CHECK(admitted == why.isEmpty());
    }
    return 0;
}
