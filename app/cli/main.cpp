#include "cli/Cli.h"
#include "core/ProcessHygiene.h"
#include "core/Translations.h"

#include <QCoreApplication>

#include <cstdio>
#include <cstring>

int main(int argc, char* argv[])
{
    authdeck::hardenProcess();
    // `authdeck-cli --version` alone answers before Qt, the translations and the engine start
    // (the same line Cli prints when --version comes with other options).
    if (argc == 2 && std::strcmp(argv[1], "--version") == 0) {
        std::fputs("authdeck-cli " AUTHDECK_VERSION "\n", stdout);
        return std::fflush(stdout) == 0 ? 0 : 1;
    }
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("authdeck"));
    QCoreApplication::setOrganizationName(QStringLiteral("AuthDeck"));
    QCoreApplication::setApplicationVersion(QStringLiteral(AUTHDECK_VERSION));
    authdeck::installTranslations(app);
    authdeck::cli::Cli cli;
    return cli.run(QCoreApplication::arguments());
}
