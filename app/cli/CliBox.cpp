// The Box admin's toolbox: webhooks list / create / delete / verify, apps set-webhook-keys, and
// token ACCOUNT --downscope (docs/BOX.md, "The admin's toolbox").
#include "cli/Cli.h"

#include "accounts/AccountService.h"
#include "accounts/AppService.h"
#include "box/BoxToolbox.h"
#include "box/WebhookSignature.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

namespace authdeck::cli {

namespace {

constexpr qint64 MaxHeadersBytes = 64 * 1024;
constexpr qint64 MaxBodyBytes = 16 * 1024 * 1024;

box::BoxToolbox* toolbox(Cli& cli)
{
    Engine& e = cli.engine();
    return new box::BoxToolbox(e.tokens(), e.accounts(), e.apps(), e.http(), &cli);
}

Result<Account> account(Cli& cli, const QCommandLineParser& p)
{
    Result<Account> a = cli.engine().accounts().find(p.positionalArguments().value(0));
    if (a.ok()) {
        if (Status allowed = cli.engine().mayUse(*a); !allowed.ok())
            return allowed.error();
    }
    return a;
}

// A file read whole, exactly as it is (a delivery's body is signed byte for byte).
Result<QByteArray> readExactly(const QString& path, qint64 limit, const QString& what)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        return fail(ErrorKind::BadInput,
                    Cli::tr("Cannot read the %1 %2: %3.")
                        .arg(what, QDir::toNativeSeparators(path), f.errorString()));
    }
    QByteArray bytes = f.read(limit + 1);
    if (bytes.size() > limit) {
        return fail(ErrorKind::BadInput, Cli::tr("The %1 %2 is larger than a Box delivery can be.")
                                             .arg(what, QDir::toNativeSeparators(path)));
    }
    return bytes;
}

QString fingerprint(const SecretBytes& key)
{
    if (key.isEmpty())
        return Cli::tr("not set");
    return Cli::tr("set (fingerprint %1)").arg(box::BoxToolbox::keyFingerprint(key));
}

QJsonObject webhookJson(const box::BoxToolbox::Webhook& w)
{
    return {{QStringLiteral("id"), w.id},
            {QStringLiteral("target"), QJsonObject{{QStringLiteral("type"), w.targetType},
                                                   {QStringLiteral("id"), w.targetId}}},
            {QStringLiteral("address"), w.address},
            {QStringLiteral("triggers"), QJsonArray::fromStringList(w.triggers)},
            {QStringLiteral("created_at"), w.createdAt},
            {QStringLiteral("created_by"), w.createdBy}};
}

void runList(Cli& cli, const QCommandLineParser& p)
{
    Result<Account> a = account(cli, p);
    if (!a.ok()) {
        cli.failWith(a.error());
        return;
    }
    toolbox(cli)->listWebhooks(a->id, &cli, [&cli](Result<QList<box::BoxToolbox::Webhook>> hooks) {
        if (!hooks.ok()) {
            cli.failWith(hooks.error());
            return;
        }
        if (cli.json()) {
            QJsonArray out;
            for (const box::BoxToolbox::Webhook& w : std::as_const(*hooks))
                out.append(webhookJson(w));
            cli.printJson(out);
        } else {
            QList<QStringList> rows;
            for (const box::BoxToolbox::Webhook& w : std::as_const(*hooks))
                rows.append({w.id, w.targetType + QLatin1Char(':') + w.targetId, w.address,
                             w.triggers.join(QLatin1Char(','))});
            cli.printTable(
                {Cli::tr("ID"), Cli::tr("TARGET"), Cli::tr("ADDRESS"), Cli::tr("TRIGGERS")}, rows);
        }
        cli.succeed();
    });
}

void runCreate(Cli& cli, const QCommandLineParser& p)
{
    Result<Account> a = account(cli, p);
    if (!a.ok()) {
        cli.failWith(a.error());
        return;
    }
    if (!p.isSet(QStringLiteral("target")) || !p.isSet(QStringLiteral("address"))) {
        cli.failWith(ErrorKind::Usage, Cli::tr("Give what to watch with --target folder:ID (or "
                                               "file:ID) and where Box sends deliveries with "
                                               "--address https://..."));
        return;
    }
    Result<box::BoxToolbox::NewWebhook> request = box::BoxToolbox::parseRequest(
        p.value(QStringLiteral("target")), p.value(QStringLiteral("address")),
        p.values(QStringLiteral("trigger")));
    if (!request.ok()) {
        cli.failWith(request.error());
        return;
    }
    toolbox(cli)->createWebhook(a->id, *request, &cli, [&cli](Result<box::BoxToolbox::Webhook> w) {
        if (!w.ok()) {
            cli.failWith(w.error());
            return;
        }
        if (cli.json()) {
            cli.printJson(webhookJson(*w));
        } else {
            cli.print(w->id);
            cli.message(Cli::tr("Box now sends %1 on %2:%3 to %4. Check each delivery with "
                                "\"authdeck-cli webhooks verify\".")
                            .arg(w->triggers.join(QStringLiteral(", ")), w->targetType, w->targetId,
                                 w->address));
        }
        cli.succeed();
    });
}

void runDelete(Cli& cli, const QCommandLineParser& p)
{
    Result<Account> a = account(cli, p);
    if (!a.ok()) {
        cli.failWith(a.error());
        return;
    }
    const QString id = p.positionalArguments().value(1);
    toolbox(cli)->deleteWebhook(a->id, id, &cli, [&cli, id](Status s) {
        if (!s.ok()) {
            cli.failWith(s.error());
            return;
        }
        if (cli.json())
            cli.printJson(QJsonObject{{QStringLiteral("deleted"), id}});
        else
            cli.message(Cli::tr("Deleted the webhook %1.").arg(id));
        cli.succeed();
    });
}

void runVerify(Cli& cli, const QCommandLineParser& p)
{
    const QString appName = p.value(QStringLiteral("app"));
    if (appName.isEmpty() || !p.isSet(QStringLiteral("headers-file"))
        || !p.isSet(QStringLiteral("body-file"))) {
        cli.failWith(ErrorKind::Usage,
                     Cli::tr("Give the app with --app NAME, the delivery's headers with "
                             "--headers-file F and its body with --body-file F."));
        return;
    }
    Result<AppRegistration> app = cli.engine().apps().find(appName);
    if (!app.ok()) {
        cli.failWith(app.error());
        return;
    }
    Result<QByteArray> headerText = readExactly(p.value(QStringLiteral("headers-file")),
                                                MaxHeadersBytes, Cli::tr("headers file"));
    Result<QByteArray> body =
        readExactly(p.value(QStringLiteral("body-file")), MaxBodyBytes, Cli::tr("body file"));
    if (!headerText.ok() || !body.ok()) {
        cli.failWith(!headerText.ok() ? headerText.error() : body.error());
        return;
    }
    Result<box::WebhookSignature::Headers> headers =
        box::WebhookSignature::parseHeaderBlock(*headerText);
    if (!headers.ok()) {
        cli.failWith(headers.error());
        return;
    }
    toolbox(cli)->verifyDelivery(
        app->id, *headers, *body, &cli,
        [&cli, name = app->name](Result<box::WebhookSignature::Verified> v) {
            if (!v.ok()) {
                if (cli.json()) {
                    cli.printJson(QJsonObject{{QStringLiteral("genuine"), false},
                                              {QStringLiteral("reason"), v.error().message}});
                }
                cli.failWith(v.error());
                return;
            }
            const QString key = v->key == box::WebhookSignature::Key::Primary
                                    ? QStringLiteral("primary")
                                    : QStringLiteral("secondary");
            if (cli.json()) {
                cli.printJson(
                    QJsonObject{{QStringLiteral("genuine"), true},
                                {QStringLiteral("key"), key},
                                {QStringLiteral("delivered"), v->delivered.toString(Qt::ISODate)},
                                {QStringLiteral("delivery_id"), v->deliveryId}});
            } else {
                cli.message(
                    (v->key == box::WebhookSignature::Key::Primary
                         ? Cli::tr("Genuine: signed by Box for \"%1\" with the primary key, "
                                   "delivered %2 (delivery %3).")
                         : Cli::tr("Genuine: signed by Box for \"%1\" with the secondary key, "
                                   "delivered %2 (delivery %3)."))
                        .arg(name, v->delivered.toLocalTime().toString(Qt::ISODate),
                             v->deliveryId.isEmpty() ? Cli::tr("without an id") : v->deliveryId));
            }
            cli.succeed();
        });
}

void runSetKeys(Cli& cli, const QCommandLineParser& p)
{
    SecretBytes keys[2];
    const std::pair<const char*, QString> options[2]{{"primary-file", Cli::tr("primary key")},
                                                     {"secondary-file", Cli::tr("secondary key")}};
    for (int i = 0; i < 2; ++i) {
        const QString option = QLatin1String(options[i].first);
        if (!p.isSet(option))
            continue;
        Result<SecretBytes> key = cli.readSecretFile(p.value(option), options[i].second);
        if (!key.ok()) {
            cli.failWith(key.error());
            return;
        }
        if (Status s = box::BoxToolbox::checkWebhookKey(
                *key, Cli::tr("%1 in %2")
                          .arg(options[i].second, QDir::toNativeSeparators(p.value(option))));
            !s.ok()) {
            cli.failWith(s.error());
            return;
        }
        keys[i] = *key;
    }
    if (keys[0].isEmpty() && keys[1].isEmpty()) {
        cli.failWith(ErrorKind::Usage,
                     Cli::tr("Give the keys from the Developer Console (Webhooks, Manage "
                             "signature keys) with --primary-file F and/or --secondary-file F."));
        return;
    }
    const QString name = p.positionalArguments().value(0);
    toolbox(cli)->setWebhookKeys(
        name, keys[0], keys[1], &cli, [&cli, name](Result<box::BoxToolbox::WebhookKeys> state) {
            if (!state.ok()) {
                cli.failWith(state.error());
                return;
            }
            if (cli.json()) {
                cli.printJson(
                    QJsonObject{{QStringLiteral("app"), name},
                                {QStringLiteral("primary"), !state->primary.isEmpty()},
                                {QStringLiteral("secondary"), !state->secondary.isEmpty()}});
            } else {
                cli.message(
                    Cli::tr("Webhook signature keys of \"%1\": primary %2, secondary %3. "
                            "To rotate: generate a new secondary key in the Developer "
                            "Console, store it here with --secondary-file, check a "
                            "delivery with \"webhooks verify\", then do the same for "
                            "the primary.")
                        .arg(name, fingerprint(state->primary), fingerprint(state->secondary)));
            }
            cli.succeed();
        });
}

} // namespace

void runDownscopedToken(Cli& cli, const Account& account, const QStringList& scopes,
                        const QString& resource)
{
    toolbox(cli)->downscope(
        account.id, scopes, resource, &cli,
        [&cli, id = account.id](Result<box::BoxToolbox::Downscoped> d) {
            if (!d.ok()) {
                cli.failWith(d.error());
                return;
            }
            if (cli.json()) {
                QJsonObject o{{QStringLiteral("account"), id},
                              {QStringLiteral("access_token"), d->token.toString()},
                              {QStringLiteral("downscoped"), true},
                              {QStringLiteral("scopes"), QJsonArray::fromStringList(d->scopes)},
                              {QStringLiteral("restricted_to"), d->restrictedTo}};
                if (d->expires.isValid())
                    o.insert(QStringLiteral("expires"), d->expires.toString(Qt::ISODate));
                if (!d->resource.isEmpty())
                    o.insert(QStringLiteral("resource"), d->resource);
                cli.printJson(o);
            } else {
                cli.print(d->token.toString());
                cli.message(d->resource.isEmpty()
                                ? Cli::tr("A limited token for %1; the account's own token is "
                                          "unchanged.")
                                      .arg(d->scopes.join(u' '))
                                : Cli::tr("A limited token for %1 on %2; the account's own "
                                          "token is unchanged.")
                                      .arg(d->scopes.join(u' '), d->resource));
            }
            cli.succeed();
        });
}

QList<Verb> boxVerbs()
{
    auto accountVerb = [](const QString& name, const QString& synopsis, const QString& summary) {
        Verb v;
        v.name = name;
        v.synopsis = synopsis;
        v.summary = summary;
        v.positional = {QStringLiteral("ACCOUNT")};
        v.minPositional = v.maxPositional = 1;
        return v;
    };
    Verb list = accountVerb(QStringLiteral("webhooks list"), QStringLiteral("ACCOUNT"),
                            Cli::tr("Box: the webhooks the account's app has set up."));
    list.run = runList;
    Verb create = accountVerb(
        QStringLiteral("webhooks create"),
        QStringLiteral("ACCOUNT --target folder:ID|file:ID --address URL [--trigger T]..."),
        Cli::tr("Box: have Box notify an https address of activity on a folder or file."));
    create.options = {
        opt(QStringLiteral("target"), Cli::tr("what to watch: folder:ID or file:ID"),
            QStringLiteral("ITEM")),
        opt(QStringLiteral("address"), Cli::tr("where Box sends deliveries (https, port 443)"),
            QStringLiteral("URL")),
        opt(QStringLiteral("trigger"),
            Cli::tr("a Box trigger such as FILE.UPLOADED (default: the activity triggers)"),
            QStringLiteral("T"))};
    create.run = runCreate;
    Verb remove =
        accountVerb(QStringLiteral("webhooks delete"), QStringLiteral("ACCOUNT WEBHOOK_ID"),
                    Cli::tr("Box: delete a webhook."));
    remove.positional = {QStringLiteral("ACCOUNT"), QStringLiteral("WEBHOOK_ID")};
    remove.minPositional = remove.maxPositional = 2;
    remove.run = runDelete;
    Verb verify;
    verify.name = QStringLiteral("webhooks verify");
    verify.synopsis = QStringLiteral("--app NAME --headers-file F --body-file F");
    verify.summary = Cli::tr("Box: check a delivery's signature and age (exit 3 when it is not "
                             "genuine).");
    verify.options = {
        opt(QStringLiteral("app"), Cli::tr("the app whose keys sign it"), QStringLiteral("NAME")),
        opt(QStringLiteral("headers-file"),
            Cli::tr("the delivery's headers, \"Name: value\" lines"), QStringLiteral("F")),
        opt(QStringLiteral("body-file"), Cli::tr("the delivery's body, unchanged"),
            QStringLiteral("F"))};
    verify.run = runVerify;
    Verb keys;
    keys.name = QStringLiteral("apps set-webhook-keys");
    keys.synopsis = QStringLiteral("NAME [--primary-file F] [--secondary-file F]");
    keys.summary = Cli::tr("Box: keep the app's webhook signature keys in the keychain.");
    keys.positional = {Cli::tr("the app name")};
    keys.minPositional = keys.maxPositional = 1;
    keys.options = {opt(QStringLiteral("primary-file"), Cli::tr("the primary signature key"),
                        QStringLiteral("F")),
                    opt(QStringLiteral("secondary-file"), Cli::tr("the secondary signature key"),
                        QStringLiteral("F"))};
    keys.run = runSetKeys;
    return {list, create, remove, verify, keys};
}

} // namespace authdeck::cli
