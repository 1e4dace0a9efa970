#include "cli/Cli.h"

#include "accounts/AppService.h"
#include "auth/ClientAuthentication.h"
#include "cli/CliStandards.h"
#include "providers/ProviderCatalog.h"

#include <QJsonArray>
#include <QJsonObject>

namespace authdeck::cli {

namespace {

QJsonObject appJson(Cli& cli, const AppRegistration& app, bool withEndpoints)
{
    QJsonObject o = app.toJson();
    o.remove(QStringLiteral("has_client_secret"));
    o.remove(QStringLiteral("has_private_key"));
    o.insert(QStringLiteral("client_secret_stored"), app.hasClientSecret);
    if (app.scheme == Scheme::Jwt || app.hasPrivateKey)
        o.insert(QStringLiteral("private_key_stored"), app.hasPrivateKey);
    if (app.scheme != Scheme::Jwt)
        o.insert(QStringLiteral("client_auth_method"),
                 ClientAuthentication::methodFor(cli.engine().catalog().find(app.providerId), app));
    const QStringList held = cli.engine().apps().heldChanges(app);
    o.insert(QStringLiteral("held"), !held.isEmpty());
    if (!held.isEmpty())
        o.insert(QStringLiteral("endpoint_changes"), QJsonArray::fromStringList(held));
    if (withEndpoints) {
        Result<ResolvedApp> r = cli.engine().apps().resolve(app);
        if (r.ok()) {
            QJsonObject e;
            if (!r->authorizeUrl.isEmpty())
                e.insert(QStringLiteral("authorize_url"), r->authorizeUrl.toString());
            if (!r->tokenUrl.isEmpty())
                e.insert(QStringLiteral("token_url"), r->tokenUrl.toString());
            if (!r->revokeUrl.isEmpty())
                e.insert(QStringLiteral("revoke_url"), r->revokeUrl.toString());
            if (!r->apiBase.isEmpty())
                e.insert(QStringLiteral("api_base"), r->apiBase);
            if (!r->deviceUrl.isEmpty())
                e.insert(QStringLiteral("device_authorization_url"), r->deviceUrl.toString());
            if (!app.userinfoUrl.isEmpty())
                e.insert(QStringLiteral("userinfo_url"), app.userinfoUrl);
            o.insert(QStringLiteral("endpoints"), e);
            if (app.scheme == Scheme::OAuth2)
                o.insert(QStringLiteral("redirect_uri"), r->redirectUri);
        }
        const QStringList users = cli.engine().apps().accountsUsing(app.id);
        o.insert(QStringLiteral("accounts"), QJsonArray::fromStringList(users));
    }
    return o;
}

void runAdd(Cli& cli, const QCommandLineParser& p)
{
    AppInput in;
    in.providerId = p.value(QStringLiteral("provider"));
    in.name = p.value(QStringLiteral("name"));
    in.clientId = p.value(QStringLiteral("client-id"));
    in.scopes = p.values(QStringLiteral("scope"));
    if (p.isSet(QStringLiteral("scheme"))) {
        in.scheme = schemeFromId(p.value(QStringLiteral("scheme")));
        if (!in.scheme) {
            cli.failWith(ErrorKind::Usage,
                         Cli::tr("Unknown scheme \"%1\".").arg(p.value(QStringLiteral("scheme"))));
            return;
        }
    }
    if (p.isSet(QStringLiteral("host")))
        in.parameters.insert(QStringLiteral("host"), p.value(QStringLiteral("host")));
    if (p.isSet(QStringLiteral("tenant")))
        in.parameters.insert(QStringLiteral("tenant"), p.value(QStringLiteral("tenant")));
    for (const QString& kv : p.values(QStringLiteral("param"))) {
        const qsizetype eq = kv.indexOf(QLatin1Char('='));
        if (eq <= 0) {
            cli.failWith(ErrorKind::Usage,
                         Cli::tr("--param takes NAME=VALUE, not \"%1\".").arg(kv));
            return;
        }
        in.parameters.insert(kv.left(eq), kv.mid(eq + 1));
    }
    if (p.isSet(QStringLiteral("redirect-port"))) {
        bool ok = false;
        const QString v = p.value(QStringLiteral("redirect-port"));
        const int port = v.toInt(&ok);
        if (!ok || port < 1 || port > 65535) {
            cli.failWith(
                ErrorKind::Usage,
                Cli::tr("The redirect port must be a number from 1 to 65535, not \"%1\".").arg(v));
            return;
        }
        in.redirectPort = port;
    }
    in.authorizeUrl = p.value(QStringLiteral("authorize-url"));
    in.tokenUrl = p.value(QStringLiteral("token-url"));
    in.revokeUrl = p.value(QStringLiteral("revoke-url"));
    in.apiBase = p.value(QStringLiteral("api-base"));
    in.publicKeyId = p.value(QStringLiteral("public-key-id"));
    in.enterpriseId = p.value(QStringLiteral("enterprise-id"));
    in.algorithm = p.value(QStringLiteral("algorithm"));
    in.clientAuth = p.value(QStringLiteral("client-auth"));

    // Check the request itself before reading any secret.
    Result<ProfileStore::Snapshot> snapshot = cli.engine().store().load();
    if (!snapshot.ok()) {
        cli.failWith(snapshot.error());
        return;
    }
    if (Result<AppRegistration> checked = cli.engine().apps().validate(in, *snapshot);
        !checked.ok()) {
        cli.failWith(checked.error());
        return;
    }
    if (p.isSet(QStringLiteral("client-secret-file"))) {
        Result<SecretBytes> secret = cli.readSecretFile(
            p.value(QStringLiteral("client-secret-file")), Cli::tr("client secret"));
        if (!secret.ok()) {
            cli.failWith(secret.error());
            return;
        }
        in.clientSecret = *secret;
    }
    // Discovery, a private key or a certificate first, where given (CliStandards.cpp).
    addApp(cli, p, in, [&cli](const AppRegistration& app) {
        if (cli.json()) {
            cli.printJson(appJson(cli, app, true));
        } else {
            cli.print(app.id);
            cli.message(Cli::tr("Registered the app \"%1\" (%2).").arg(app.name, app.providerId));
        }
        cli.succeed();
    });
}

void runList(Cli& cli, const QCommandLineParser&)
{
    Result<QList<AppRegistration>> apps = cli.engine().apps().list();
    if (!apps.ok()) {
        cli.failWith(apps.error());
        return;
    }
    if (cli.json()) {
        QJsonArray arr;
        for (const AppRegistration& a : *apps)
            arr.append(appJson(cli, a, false));
        cli.printJson(arr);
    } else if (apps->isEmpty()) {
        cli.message(Cli::tr("No app registrations yet. Add one with \"authdeck-cli apps add\"."));
    } else {
        QList<QStringList> rows;
        for (const AppRegistration& a : *apps) {
            const bool held = !cli.engine().apps().heldChanges(a).isEmpty();
            rows.append({a.name, a.providerId, schemeId(a.scheme), a.clientId,
                         a.hasClientSecret ? Cli::tr("stored") : Cli::tr("none"),
                         held ? Cli::tr("held: endpoints changed") : Cli::tr("ok")});
        }
        cli.printTable({Cli::tr("NAME"), Cli::tr("PROVIDER"), Cli::tr("SCHEME"),
                        Cli::tr("CLIENT ID"), Cli::tr("SECRET"), Cli::tr("STATE")},
                       rows);
    }
    cli.succeed();
}

void runShow(Cli& cli, const QCommandLineParser& p)
{
    Result<AppRegistration> app = cli.engine().apps().find(p.positionalArguments().first());
    if (!app.ok()) {
        cli.failWith(app.error());
        return;
    }
    const QJsonObject o = appJson(cli, *app, true);
    if (cli.json()) {
        cli.printJson(o);
        cli.succeed();
        return;
    }
    auto line = [&](const QString& label, const QString& value) {
        if (!value.isEmpty())
            cli.print(label.leftJustified(22) + value);
    };
    line(Cli::tr("Name"), app->name);
    line(Cli::tr("Id"), app->id);
    const Provider* provider = cli.engine().catalog().find(app->providerId);
    line(Cli::tr("Provider"),
         provider ? provider->name + QStringLiteral(" (") + app->providerId + QLatin1Char(')')
                  : app->providerId);
    line(Cli::tr("Scheme"), schemeId(app->scheme));
    line(Cli::tr("Client ID"), app->clientId);
    line(Cli::tr("Client secret"),
         app->hasClientSecret ? Cli::tr("stored in the keychain") : Cli::tr("none"));
    for (auto it = app->parameters.begin(); it != app->parameters.end(); ++it)
        line(it.key().left(1).toUpper() + it.key().mid(1), it.value());
    line(Cli::tr("AuthDeck scopes"), app->unifiedScopes.join(QLatin1Char(' ')));
    line(Cli::tr("Scopes"), app->scopes.join(QLatin1Char(' ')));
    const QJsonObject e = o.value(QStringLiteral("endpoints")).toObject();
    line(Cli::tr("Authorization URL"), e.value(QStringLiteral("authorize_url")).toString());
    line(Cli::tr("Token URL"), e.value(QStringLiteral("token_url")).toString());
    line(Cli::tr("Revocation URL"), e.value(QStringLiteral("revoke_url")).toString());
    line(Cli::tr("API base"), e.value(QStringLiteral("api_base")).toString());
    line(Cli::tr("Device authorization"),
         e.value(QStringLiteral("device_authorization_url")).toString());
    line(Cli::tr("Userinfo URL"), e.value(QStringLiteral("userinfo_url")).toString());
    line(Cli::tr("Issuer"), app->issuer);
    if (app->issParameterRequired)
        line(Cli::tr("Redirects carry iss"), Cli::tr("yes, checked (RFC 9207)"));
    if (app->scheme != Scheme::Jwt)
        line(Cli::tr("Client authentication"), ClientAuthentication::methodFor(provider, *app));
    line(Cli::tr("Certificate x5t#S256"), app->certificateThumbprint);
    line(Cli::tr("Redirect URI"), o.value(QStringLiteral("redirect_uri")).toString());
    line(Cli::tr("Public Key ID"), app->publicKeyId);
    line(Cli::tr("Enterprise ID"), app->enterpriseId);
    const QStringList users = cli.engine().apps().accountsUsing(app->id);
    line(Cli::tr("Used by"), users.join(QStringLiteral(", ")));
    QStringList pinned;
    for (auto it = app->pins.begin(); it != app->pins.end(); ++it) {
        if (!pinned.contains(it.value()))
            pinned.append(it.value());
    }
    line(Cli::tr("Pinned origins"), pinned.join(QStringLiteral(", ")));
    const QStringList held = cli.engine().apps().heldChanges(*app);
    if (!held.isEmpty()) {
        line(Cli::tr("State"),
             Cli::tr("held: its endpoints changed (%1); nothing is sent until you run "
                     "\"authdeck-cli apps approve %2\"")
                 .arg(held.join(QStringLiteral("; ")), app->name));
    }
    cli.succeed();
}

void runApprove(Cli& cli, const QCommandLineParser& p)
{
    Result<QStringList> approved = cli.engine().apps().approve(p.positionalArguments().first());
    if (!approved.ok()) {
        cli.failWith(approved.error());
        return;
    }
    if (cli.json()) {
        cli.printJson(
            QJsonObject{{QStringLiteral("app"), p.positionalArguments().first()},
                        {QStringLiteral("approved"), QJsonArray::fromStringList(*approved)}});
    } else if (approved->isEmpty()) {
        cli.message(Cli::tr("The app \"%1\" was not held: its endpoints are the pinned ones.")
                        .arg(p.positionalArguments().first()));
    } else {
        for (const QString& change : *approved)
            cli.print(change);
        cli.message(Cli::tr("Approved: the app \"%1\" and its accounts now use these endpoints.")
                        .arg(p.positionalArguments().first()));
    }
    cli.succeed();
}

void runRemove(Cli& cli, const QCommandLineParser& p)
{
    const QString name = p.positionalArguments().first();
    cli.engine().apps().remove(
        name, p.isSet(QStringLiteral("force")), &cli, [&cli, name](Status s) {
            if (!s.ok()) {
                cli.failWith(s.error());
                return;
            }
            if (cli.json())
                cli.printJson(QJsonObject{{QStringLiteral("removed"), name}});
            else
                cli.message(Cli::tr("Removed the app \"%1\" and its secrets.").arg(name));
            cli.succeed();
        });
}

} // namespace

QList<Verb> appVerbs()
{
    Verb add;
    add.name = QStringLiteral("apps add");
    add.synopsis =
        QStringLiteral("--provider ID --name NAME --client-id X [--client-secret-file F] "
                       "[--scope S]... [--host HOST] [--redirect-port N] [--authorize-url U] "
                       "[--token-url U] [--revoke-url U] [--api-base U] [--issuer URL] "
                       "[--client-auth METHOD] [--private-key-file F [--key-id K] "
                       "[--passphrase-file P] [--certificate-file CERT.pem]]");
    add.summary = Cli::tr("Register your app at a provider (\"custom OAuth keys\"); the client "
                          "secret goes to the keychain.");
    add.options = {
        opt(QStringLiteral("provider"), Cli::tr("the provider id (see \"providers\")"),
            QStringLiteral("ID")),
        opt(QStringLiteral("name"), Cli::tr("a name for this app registration"),
            QStringLiteral("NAME")),
        opt(QStringLiteral("client-id"), Cli::tr("the client ID the provider issued"),
            QStringLiteral("X")),
        opt(QStringLiteral("client-secret-file"),
            Cli::tr("a file holding the client secret (- for stdin)"), QStringLiteral("F")),
        opt(QStringLiteral("scope"),
            Cli::tr("a scope to request: the provider's own, an AuthDeck scope such as files.read, "
                    "files.read[box:root_readonly] or box:manage_webhook (repeatable; default: "
                    "the provider's)"),
            QStringLiteral("S")),
        opt(QStringLiteral("scheme"), Cli::tr("oauth2, jwt, client_credentials or password"),
            QStringLiteral("S")),
        opt(QStringLiteral("host"), Cli::tr("your server's host name (per-server providers)"),
            QStringLiteral("HOST")),
        opt(QStringLiteral("tenant"), Cli::tr("the directory tenant (OneDrive)"),
            QStringLiteral("T")),
        opt(QStringLiteral("param"), Cli::tr("another provider setting (repeatable)"),
            QStringLiteral("NAME=VALUE")),
        opt(QStringLiteral("redirect-port"), Cli::tr("a fixed loopback redirect port (1-65535)"),
            QStringLiteral("N")),
        opt(QStringLiteral("authorize-url"), Cli::tr("override the authorization endpoint"),
            QStringLiteral("U")),
        opt(QStringLiteral("token-url"), Cli::tr("override the token endpoint"),
            QStringLiteral("U")),
        opt(QStringLiteral("revoke-url"), Cli::tr("override the revocation endpoint"),
            QStringLiteral("U")),
        opt(QStringLiteral("api-base"), Cli::tr("override the API base URL"), QStringLiteral("U")),
        opt(QStringLiteral("public-key-id"), Cli::tr("the Public Key ID (JWT)"),
            QStringLiteral("ID")),
        opt(QStringLiteral("enterprise-id"), Cli::tr("the enterprise ID (Box JWT)"),
            QStringLiteral("ID")),
        opt(QStringLiteral("algorithm"),
            Cli::tr("RS256, RS384 or RS512 (JWT); RS256 or PS256 (private_key_jwt)"),
            QStringLiteral("ALG")),
        opt(QStringLiteral("issuer"),
            Cli::tr("read the endpoints from this issuer's discovery metadata (RFC 8414, OpenID "
                    "Connect)"),
            QStringLiteral("URL")),
        opt(QStringLiteral("client-auth"),
            Cli::tr("client_secret_basic, client_secret_post, private_key_jwt or none (default: "
                    "from the key or secret given and what the server supports)"),
            QStringLiteral("METHOD")),
        opt(QStringLiteral("private-key-file"),
            Cli::tr("the private key (PEM) that signs client assertions (private_key_jwt)"),
            QStringLiteral("F")),
        opt(QStringLiteral("key-id"), Cli::tr("the kid the server knows the key by"),
            QStringLiteral("K")),
        opt(QStringLiteral("passphrase-file"),
            Cli::tr("a file holding the private key's passphrase, when it is encrypted"),
            QStringLiteral("P")),
        opt(QStringLiteral("certificate-file"),
            Cli::tr("the key's certificate (PEM; it may hold the key too): assertions carry its "
                    "x5t#S256 (Microsoft Entra ID)"),
            QStringLiteral("CERT.pem")),
    };
    add.run = [](Cli& cli, const QCommandLineParser& p) {
        for (const char* required : {"provider", "name"}) {
            if (!p.isSet(QLatin1String(required))) {
                cli.failWith(ErrorKind::Usage,
                             Cli::tr("--%1 is required.").arg(QLatin1String(required)));
                return;
            }
        }
        runAdd(cli, p);
    };

    Verb list;
    list.name = QStringLiteral("apps list");
    list.summary = Cli::tr("List the app registrations.");
    list.run = runList;

    Verb show;
    show.name = QStringLiteral("apps show");
    show.synopsis = QStringLiteral("NAME");
    show.summary =
        Cli::tr("Show an app registration: endpoints, the redirect URI to register, scopes.");
    show.positional = {Cli::tr("the app name")};
    show.minPositional = show.maxPositional = 1;
    show.run = runShow;

    Verb remove;
    remove.name = QStringLiteral("apps remove");
    remove.synopsis = QStringLiteral("NAME [--force]");
    remove.summary = Cli::tr("Remove an app registration and its secrets.");
    remove.positional = {Cli::tr("the app name")};
    remove.minPositional = remove.maxPositional = 1;
    remove.options = {opt(QStringLiteral("force"), Cli::tr("remove even though accounts use it"))};
    remove.run = runRemove;

    Verb approve;
    approve.name = QStringLiteral("apps approve");
    approve.synopsis = QStringLiteral("NAME");
    approve.summary = Cli::tr("Pin an app's endpoints again after they changed (a provider file, "
                              "an edit or an import), once you have checked them.");
    approve.positional = {Cli::tr("the app name")};
    approve.minPositional = approve.maxPositional = 1;
    approve.run = runApprove;

    return {add, list, show, remove, approve};
}

} // namespace authdeck::cli
