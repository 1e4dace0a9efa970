#include "auth/KeysConnect.h"

#include "accounts/AccountService.h"
#include "auth/S3Verify.h"
#include "core/Async.h"
#include "core/Log.h"
#include "engine/Engine.h"
#include "providers/FieldCheck.h"
#include "providers/ProviderCatalog.h"

#include <QCoreApplication>

#include <memory>

namespace authdeck {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("authdeck::KeysConnect", text);
}
} // namespace

void KeysConnect::run(Engine& engine, KeysConnectRequest request, QObject* context, Done done)
{
    auto reply = guarded(context, std::move(done));
    QObject* owner = &engine;
    auto secret = std::make_shared<SecretBytes>(std::move(request.secretKey));
    request.secretKey.clear();
    auto failLater = [owner, reply, secret](const Error& e) {
        secret->clear();
        postLater(owner, [reply, e] { reply(e); });
    };
    const Provider* provider = engine.catalog().find(request.providerId);
    if (Status allowed = engine.catalog().mayUse(request.providerId, Scheme::Keys, false);
        !allowed.ok()) {
        failLater(allowed.error());
        return;
    }
    if (!provider) {
        failLater(fail(ErrorKind::Usage,
                       tr("Unknown provider \"%1\". Run \"authdeck-cli providers\" to see the "
                          "providers AuthDeck knows.")
                           .arg(request.providerId)));
        return;
    }
    if (!provider->keys) {
        failLater(fail(ErrorKind::Usage,
                       tr("%1 does not connect with access keys.").arg(provider->name)));
        return;
    }
    const QString keyId = request.accessKeyId.trimmed();
    QString region = request.region.trimmed();
    if (region.isEmpty()) {
        const FieldSpec* f = fields::find(provider->keys->fields, QStringLiteral("region"));
        region = f && !f->defaultValue.isEmpty() ? f->defaultValue : provider->keys->defaultRegion;
    }
    const QList<FieldSpec> specs = provider->keys->fields;
    const QList<std::pair<QString, QString>> values{
        {QStringLiteral("access_key_id"), keyId},
        {QStringLiteral("region"), region},
        {QStringLiteral("endpoint"), request.endpoint.trimmed()}};
    for (const auto& [name, value] : values) {
        if (const FieldSpec* f = fields::find(specs, name)) {
            if (const QString why = fields::check(*f, value); !why.isEmpty()) {
                failLater(fail(ErrorKind::Usage, why));
                return;
            }
        }
    }
    if (keyId.isEmpty()) {
        failLater(fail(ErrorKind::Usage, tr("An access key ID is required (--access-key-id).")));
        return;
    }
    if (secret->isEmpty()) {
        failLater(fail(ErrorKind::Usage, tr("The secret access key is empty.")));
        return;
    }
    if (const FieldSpec* f = fields::find(specs, QStringLiteral("secret_key"))) {
        if (const QString why = fields::check(*f, secret->toString()); !why.isEmpty()) {
            failLater(fail(ErrorKind::Usage, why));
            return;
        }
    }
    // https, or http to a loopback address, before anything is sent.
    Result<QUrl> endpoint = S3Verify::endpointFor(*provider, request.endpoint);
    if (!endpoint.ok()) {
        failLater(endpoint.error());
        return;
    }
    const QString providerId = provider->id;
    const QString providerName = provider->name;
    const bool customEndpoint = !request.endpoint.trimmed().isEmpty();
    const QUrl endpointUrl = *endpoint;
    const QString wantedName = request.accountName.trimmed();
    Engine* e = &engine;
    S3Credentials creds{keyId, *secret, region, endpointUrl};
    qCInfo(lcAuth) << "verifying access keys at" << endpointUrl.host();
    S3Verify::run(engine.http(), *provider, creds, owner, [=](Result<Identity> identity) {
        if (!identity.ok()) {
            secret->clear();
            reply(identity.error());
            return;
        }
        Account account;
        account.providerId = providerId;
        account.scheme = Scheme::Keys;
        account.identity = *identity;
        account.parameters.insert(QStringLiteral("access_key_id"), keyId);
        account.parameters.insert(QStringLiteral("region"), region);
        if (customEndpoint)
            account.parameters.insert(QStringLiteral("endpoint"), endpointUrl.toString());
        account.lastRefresh = QDateTime::currentDateTimeUtc();
        const QString who = identity->value(QStringLiteral("name"), keyId);
        account.name = e->accounts().uniqueName(
            wantedName.isEmpty() ? QStringLiteral("%1 (%2)").arg(providerName, who) : wantedName);
        SecretRecord record;
        record.set(QStringLiteral("secret_key"), *secret);
        secret->clear();
        e->accounts().create(account, record, owner, [reply](Result<Account> r) {
            if (r.ok())
                qCInfo(lcAuth) << "access-key account connected" << r->id;
            reply(r);
        });
    });
}

} // namespace authdeck
