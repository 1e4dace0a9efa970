#pragma once

#include "accounts/AppService.h"
#include "cli/Cli.h"

#include <functional>

namespace authdeck::cli {

// The parts of `apps add` that standards-based servers need (CliStandards.cpp):
//   --issuer URL                        discovery (RFC 8414 / OpenID Connect): endpoints, PKCE,
//                                       client authentication methods, RFC 9207 iss
//   --client-auth METHOD                client_secret_basic | client_secret_post |
//                                       private_key_jwt | none
//   --private-key-file F [--key-id K] [--passphrase-file P]   private_key_jwt (RFC 7523)
//   --certificate-file CERT.pem         the key's certificate: x5t#S256 (Microsoft Entra ID)
// Reads the key and certificate (off the CLI's thread), runs discovery when an issuer is given
// or the provider reads its endpoints from one, then registers the app; `report` prints it.
void addApp(Cli& cli, const QCommandLineParser& parser, AppInput in,
            std::function<void(const AppRegistration&)> report);

// Opens the system browser (xdg-open, open) without QtGui.
bool openInBrowser(const QUrl& url);

} // namespace authdeck::cli
