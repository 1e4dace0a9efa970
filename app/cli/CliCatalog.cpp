#include "cli/Cli.h"

#include "providers/ProviderCatalog.h"

#include <QJsonArray>
#include <QJsonObject>

namespace authdeck::cli {

namespace {

QJsonObject providerJson(const Provider& p)
{
    QJsonArray schemes;
    for (Scheme s : p.schemes())
        schemes.append(schemeId(s));
    QJsonArray scopes;
    for (const ScopeInfo& s : p.scopes) {
        QJsonObject o{{QStringLiteral("id"), s.id}, {QStringLiteral("description"), s.description}};
        if (s.recommended)
            o.insert(QStringLiteral("recommended"), true);
        if (s.onRequest)
            o.insert(QStringLiteral("on_request"), true);
        scopes.append(o);
    }
    QJsonArray parameters;
    for (const ParameterSpec& s : p.parameters) {
        parameters.append(QJsonObject{{QStringLiteral("name"), s.name},
                                      {QStringLiteral("label"), s.label},
                                      {QStringLiteral("required"), s.required},
                                      {QStringLiteral("default"), s.defaultValue}});
    }
    QJsonObject o{{QStringLiteral("id"), p.id},
                  {QStringLiteral("name"), p.name},
                  {QStringLiteral("category"), p.category},
                  {QStringLiteral("schemes"), schemes},
                  {QStringLiteral("per_server"), p.perServer()},
                  {QStringLiteral("docs"), p.docsUrl},
                  {QStringLiteral("builtin"), p.builtin},
                  {QStringLiteral("scopes"), scopes}};
    QJsonObject unified;
    for (auto it = p.unifiedScopes.begin(); it != p.unifiedScopes.end(); ++it)
        unified.insert(it.key(), QJsonArray::fromStringList(it.value()));
    o.insert(QStringLiteral("unified_scopes"), unified);
    if (!parameters.isEmpty())
        o.insert(QStringLiteral("parameters"), parameters);
    if (p.sandbox)
        o.insert(QStringLiteral("sandbox"), true);
    return o;
}

void runProviders(Cli& cli, const QCommandLineParser&)
{
    const QList<Provider>& providers = cli.engine().catalog().providers();
    if (cli.json()) {
        QJsonArray arr;
        for (const Provider& p : providers)
            arr.append(providerJson(p));
        cli.printJson(arr);
    } else {
        QList<QStringList> rows;
        for (const Provider& p : providers) {
            QStringList schemes;
            for (Scheme s : p.schemes())
                schemes.append(schemeId(s));
            QString name = p.name;
            if (p.perServer())
                name += Cli::tr(" (your server)");
            rows.append({p.id, name, schemes.join(QStringLiteral(", "))});
        }
        cli.printTable({Cli::tr("ID"), Cli::tr("NAME"), Cli::tr("SCHEMES")}, rows);
    }
    cli.succeed();
}

} // namespace

QList<Verb> catalogVerbs()
{
    Verb providers;
    providers.name = QStringLiteral("providers");
    providers.summary = Cli::tr("List the provider catalog: id, name and authentication schemes.");
    providers.run = runProviders;
    return {providers};
}

} // namespace authdeck::cli
