#include "cli/CliConnect.h"

namespace authdeck::cli {

void runConnectKeys(Cli& cli, const QCommandLineParser& /*parser*/)
{
    cli.failWith(ErrorKind::Usage,
                 Cli::tr("This way of connecting is not available in this version of AuthDeck."));
}

} // namespace authdeck::cli
