// export / import: config bundles (app/bundle/README.md).
#include "cli/Cli.h"

#include "accounts/AccountService.h"
#include "accounts/AppService.h"
#include "bundle/BundleService.h"
#include "providers/ProviderCatalog.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonObject>

namespace authdeck::cli {

namespace {

constexpr int MinPassphraseBytes = 8;

BundleService* bundleService(Cli& cli)
{
    Engine& e = cli.engine();
    return new BundleService(e.store(), e.secrets(), e.apps(), e.accounts(), &cli);
}

void runExport(Cli& cli, const QCommandLineParser& args)
{
    BundleService::ExportRequest request;
    request.path = args.value(QStringLiteral("out"));
    if (request.path.isEmpty()) {
        cli.failWith(ErrorKind::Usage, Cli::tr("Give the bundle file to write with --out FILE."));
        return;
    }
    request.apps = args.values(QStringLiteral("app"));
    request.accounts = args.values(QStringLiteral("account"));
    request.includeSecrets = args.isSet(QStringLiteral("include-secrets"));
    request.replaceExisting = args.isSet(QStringLiteral("force"));
    if (request.includeSecrets) {
        // The organization's policy before the passphrase is asked for (BundleService checks too).
        if (Status allowed = cli.engine().catalog().mayExportSecrets(); !allowed.ok()) {
            cli.failWith(allowed.error());
            return;
        }
        if (!args.isSet(QStringLiteral("passphrase-file"))) {
            cli.failWith(ErrorKind::Usage,
                         Cli::tr("--include-secrets encrypts the secrets under a passphrase: give "
                                 "it with --passphrase-file F."));
            return;
        }
        Result<SecretBytes> pass = cli.readSecretFile(args.value(QStringLiteral("passphrase-file")),
                                                      Cli::tr("passphrase"));
        if (!pass.ok()) {
            cli.failWith(pass.error());
            return;
        }
        if (pass->size() < MinPassphraseBytes) {
            cli.failWith(ErrorKind::Usage,
                         Cli::tr("The bundle passphrase must have at least %1 characters.")
                             .arg(MinPassphraseBytes));
            return;
        }
        request.passphrase = *pass;
    }
    BundleService* service = bundleService(cli);
    service->exportBundle(request, &cli, [&cli](Result<BundleService::ExportSummary> r) {
        if (!r.ok()) {
            cli.failWith(r.error());
            return;
        }
        for (const QString& name : std::as_const(r->withoutSecrets))
            cli.warn(Cli::tr("\"%1\" has no secrets in the keychain; it will need "
                             "credentials after import.")
                         .arg(name));
        if (cli.json()) {
            cli.printJson(QJsonObject{{QStringLiteral("file"), r->path},
                                      {QStringLiteral("apps"), r->apps},
                                      {QStringLiteral("accounts"), r->accounts},
                                      {QStringLiteral("secrets"), r->secrets}});
        } else {
            cli.message(r->secrets
                            ? Cli::tr("Exported %1 apps and %2 accounts with their secrets "
                                      "(encrypted) to %3.")
                                  .arg(r->apps)
                                  .arg(r->accounts)
                                  .arg(r->path)
                            : Cli::tr("Exported %1 apps and %2 accounts without secrets to %3.")
                                  .arg(r->apps)
                                  .arg(r->accounts)
                                  .arg(r->path));
        }
        cli.succeed();
    });
}

void runImport(Cli& cli, const QCommandLineParser& args)
{
    const QString path = args.positionalArguments().value(0);
    const QString policy = args.value(QStringLiteral("on-conflict"));
    BundleService::Conflict conflict = BundleService::Conflict::Skip;
    if (policy.isEmpty() || policy == QLatin1String("skip")) {
        conflict = BundleService::Conflict::Skip;
    } else if (policy == QLatin1String("replace")) {
        conflict = BundleService::Conflict::Replace;
    } else if (policy == QLatin1String("rename")) {
        conflict = BundleService::Conflict::Rename;
    } else {
        cli.failWith(
            ErrorKind::Usage,
            Cli::tr("--on-conflict takes skip, replace or rename, not \"%1\".").arg(policy));
        return;
    }
    // Refuse a bad file before asking for anything else, naming it.
    Result<bundle::BundleFormat::Parsed> peeked = BundleService::peek(path);
    if (!peeked.ok()) {
        Error e = peeked.error();
        if (e.kind == ErrorKind::BadInput && !e.message.contains(path))
            e.message = Cli::tr("%1: %2").arg(QDir::toNativeSeparators(path), e.message);
        cli.failWith(e);
        return;
    }
    SecretBytes passphrase;
    if (peeked->secrets) {
        if (!args.isSet(QStringLiteral("passphrase-file"))) {
            cli.failWith(ErrorKind::Usage, Cli::tr("The bundle holds encrypted secrets: give its "
                                                   "passphrase with --passphrase-file F."));
            return;
        }
        Result<SecretBytes> pass = cli.readSecretFile(args.value(QStringLiteral("passphrase-file")),
                                                      Cli::tr("passphrase"));
        if (!pass.ok()) {
            cli.failWith(pass.error());
            return;
        }
        passphrase = *pass;
    }
    BundleService* service = bundleService(cli);
    service->read(
        path, passphrase, &cli,
        [&cli, service, conflict](Result<BundleService::Contents> contents) {
            if (!contents.ok()) {
                cli.failWith(contents.error());
                return;
            }
            Result<BundleService::Plan> plan = service->plan(*contents, conflict);
            if (!plan.ok()) {
                cli.failWith(plan.error());
                return;
            }
            service->apply(*plan, &cli, [&cli](Result<BundleService::Report> report) {
                if (!report.ok()) {
                    cli.failWith(report.error());
                    return;
                }
                QJsonArray items;
                QList<QStringList> rows;
                QStringList needing;
                for (const BundleService::PlanItem& i : std::as_const(report->items)) {
                    const QString kind =
                        i.isApp ? QStringLiteral("app") : QStringLiteral("account");
                    QJsonObject item{{QStringLiteral("kind"), kind},
                                     {QStringLiteral("action"), BundleService::actionId(i.action)},
                                     {QStringLiteral("id"), i.targetId},
                                     {QStringLiteral("name"), i.targetName},
                                     {QStringLiteral("bundle_name"), i.bundleName},
                                     {QStringLiteral("needs_credentials"), i.needsCredentials}};
                    if (!i.endpointChanges.isEmpty()) {
                        item.insert(QStringLiteral("held"), true);
                        item.insert(QStringLiteral("endpoint_changes"),
                                    QJsonArray::fromStringList(i.endpointChanges));
                    }
                    if (!i.isApp && i.account.status == AccountStatus::NeedsSignIn)
                        item.insert(QStringLiteral("needs_signin"), true);
                    items.append(item);
                    rows.append(
                        {BundleService::actionId(i.action), kind, i.targetName, i.targetId});
                    if (i.needsCredentials)
                        needing.append(QStringLiteral("%1 \"%2\"").arg(kind, i.targetName));
                    if (!i.endpointChanges.isEmpty()) {
                        cli.warn(Cli::tr("the app \"%1\" is held: the bundle changed its "
                                         "endpoints (%2)%3. Nothing is sent until you check them "
                                         "and run \"authdeck-cli apps approve %1\".")
                                     .arg(i.targetName,
                                          i.endpointChanges.join(QStringLiteral("; ")),
                                          i.dropSecrets ? Cli::tr("; its old secrets were deleted")
                                                        : QString()));
                    }
                    if (!i.isApp && i.action == BundleService::Action::Rename
                        && i.account.status == AccountStatus::NeedsSignIn) {
                        cli.warn(Cli::tr("the copy \"%1\" needs a sign-in of its own: copies "
                                         "never share a refresh token.")
                                     .arg(i.targetName));
                    }
                }
                for (const QString& n : std::as_const(needing))
                    cli.warn(Cli::tr("%1 needs credentials: the bundle did not carry its secrets.")
                                 .arg(n));
                if (cli.json())
                    cli.printJson(QJsonObject{{QStringLiteral("items"), items}});
                else
                    cli.printTable(
                        {Cli::tr("ACTION"), Cli::tr("KIND"), Cli::tr("NAME"), Cli::tr("ID")}, rows);
                cli.succeed();
            });
        });
}

} // namespace

QList<Verb> bundleVerbs()
{
    Verb exportVerb;
    exportVerb.name = QStringLiteral("export");
    exportVerb.synopsis = QStringLiteral("--out FILE --passphrase-file F [--include-secrets] "
                                         "[--app NAME]... [--account ACCOUNT]... [--force]");
    exportVerb.summary = Cli::tr("Write apps and accounts to a bundle file (mode 0600); secrets "
                                 "only with --include-secrets, encrypted under the passphrase.");
    exportVerb.options = {
        opt(QStringLiteral("out"), Cli::tr("the bundle file to write"), QStringLiteral("FILE")),
        opt(QStringLiteral("passphrase-file"),
            Cli::tr("the passphrase that encrypts the secrets (- for stdin)"), QStringLiteral("F")),
        opt(QStringLiteral("include-secrets"),
            Cli::tr("include client secrets, keys and tokens, encrypted")),
        opt(QStringLiteral("app"), Cli::tr("an app to export (repeatable; default: all)"),
            QStringLiteral("NAME")),
        opt(QStringLiteral("account"),
            Cli::tr("an account to export, with its app (repeatable; default: all)"),
            QStringLiteral("ACCOUNT")),
        opt(QStringLiteral("force"), Cli::tr("replace an existing file")),
    };
    exportVerb.run = runExport;

    Verb importVerb;
    importVerb.name = QStringLiteral("import");
    importVerb.synopsis =
        QStringLiteral("FILE --passphrase-file F [--on-conflict skip|replace|rename]");
    importVerb.summary = Cli::tr("Import a bundle, all or nothing; items whose secrets it lacks "
                                 "are marked as needing credentials.");
    importVerb.positional = {Cli::tr("the bundle file")};
    importVerb.minPositional = importVerb.maxPositional = 1;
    importVerb.options = {
        opt(QStringLiteral("passphrase-file"),
            Cli::tr("the bundle's passphrase (- for stdin); needed when it holds secrets"),
            QStringLiteral("F")),
        opt(QStringLiteral("on-conflict"),
            Cli::tr("what to do with items the profile already has: skip (default), replace, "
                    "or rename (import a suffixed copy)"),
            QStringLiteral("POLICY")),
    };
    importVerb.run = runImport;
    return {exportVerb, importVerb};
}

} // namespace authdeck::cli
