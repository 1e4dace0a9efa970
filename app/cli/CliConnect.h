#pragma once

#include "accounts/Account.h"
#include "auth/OAuthConnectJob.h"
#include "cli/Cli.h"

namespace authdeck::cli {

// `connect` takes one of four shapes (docs/CLI.md); each lives in its own file:
//   connect --app NAME [--no-browser] [--timeout S]            OAuth 2.0    CliConnectOAuth.cpp
//   connect --app NAME --subject enterprise|user:ID [--as-user] JWT / client credentials
//                                                               CliConnectServer.cpp
//   connect --provider ID --name NAME --username U --password-file F
//                                                               CliConnectPassword.cpp
//   connect --provider ID --name NAME --access-key-id K --secret-key-file F [--region R]
//           [--endpoint U]                                     CliConnectKeys.cpp
void runConnectOAuth(Cli& cli, const QCommandLineParser& parser);
// reconnect ACCOUNT: the same browser sign-in for an existing account (CliConnectOAuth.cpp).
void runReconnect(Cli& cli, const QCommandLineParser& parser);
// The browser sign-in both share (--no-browser, --timeout).
void runSignIn(Cli& cli, const QCommandLineParser& parser, OAuthConnectRequest request);
void runConnectServer(Cli& cli, const QCommandLineParser& parser);
void runConnectPassword(Cli& cli, const QCommandLineParser& parser);
void runConnectKeys(Cli& cli, const QCommandLineParser& parser);

// Prints the new account (its id alone on stdout, or a JSON object with --json) and succeeds.
void reportConnected(Cli& cli, const Account& account);

} // namespace authdeck::cli
