#include "cli/CliKeyImport.h"

#include <QJsonObject>

namespace authdeck::cli {

void registerImportedKeyApp(Cli& cli, AppInput in, const crypto::OpenedSigningKey& opened,
                            const std::function<QString(const QString& why)>& unusable,
                            bool reportClientSecret,
                            const std::function<QString(const AppRegistration&)>& describe)
{
    if (!opened.pkcs8Pem.ok()) {
        Error e = opened.pkcs8Pem.error();
        e.kind = ErrorKind::BadInput;
        e.message = unusable(e.message);
        cli.failWith(e);
        return;
    }
    in.privateKeyPem = *opened.pkcs8Pem;
    cli.engine().apps().add(
        in, &cli, [&cli, reportClientSecret, describe](Result<AppRegistration> app) {
            if (!app.ok()) {
                cli.failWith(app.error());
                return;
            }
            if (cli.json()) {
                QJsonObject o = app->toJson();
                o.remove(QStringLiteral("has_client_secret"));
                o.remove(QStringLiteral("has_private_key"));
                if (reportClientSecret)
                    o.insert(QStringLiteral("client_secret_stored"), app->hasClientSecret);
                o.insert(QStringLiteral("private_key_stored"), app->hasPrivateKey);
                cli.printJson(o);
            } else {
                cli.print(app->id);
                cli.message(describe(*app));
            }
            cli.succeed();
        });
}

} // namespace authdeck::cli
