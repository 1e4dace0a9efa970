#include "cli/Cli.h"
#include "core/ProcessHygiene.h"
#include "core/Translations.h"

#include <QCoreApplication>

int main(int argc, char* argv[])
{
    authdeck::hardenProcess();
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("authdeck"));
    QCoreApplication::setOrganizationName(QStringLiteral("AuthDeck"));
    QCoreApplication::setApplicationVersion(QStringLiteral(AUTHDECK_VERSION));
    authdeck::installTranslations(app);
    authdeck::cli::Cli cli;
    return cli.run(QCoreApplication::arguments());
}
