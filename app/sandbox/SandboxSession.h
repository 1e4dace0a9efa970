#pragma once

#include "accounts/AppRegistration.h"
#include "core/Result.h"

#include <QObject>

#include <functional>

namespace authdeck {

class Engine;
class SandboxServer;
class StandardsSandbox;

// `--sandbox`: the embedded Box-compatible server, its "Sandbox (Box-compatible)" provider in the
// engine's catalog, the standards sandbox (StandardsSandbox) and its Microsoft-shaped provider, and
// a ready OAuth 2.0 app registration ("Sandbox app") in the profile, so a newcomer can connect an
// account at once.
//
//   start() --> SandboxServer on 127.0.0.1:<free port> --> catalog.addRuntimeProvider(sandbox)
//           --> profile has "Sandbox app"? read its secret, register that client with the server
//                                        : register a new client, add the app (secret -> keychain)
//
// The server lives as long as this object (so, as long as AuthDeck runs): tokens it issued die
// with it, and sandbox accounts from an earlier run ask to be signed in again.
class SandboxSession : public QObject {
    Q_OBJECT
public:
    explicit SandboxSession(Engine& engine, QObject* parent = nullptr);
    ~SandboxSession() override;

    using Done = std::function<void(Result<AppRegistration>)>;
    void start(QObject* context, Done done);

    [[nodiscard]] SandboxServer& server() { return *m_server; }
    // The standards sandbox beside it: an OpenID Connect issuer and a Microsoft-shaped tenant,
    // with its "Sandbox (Microsoft 365-compatible)" provider (id "sandbox-m365").
    [[nodiscard]] StandardsSandbox& standards() { return *m_standards; }

    static constexpr const char* AppName = "Sandbox app";
    static constexpr const char* RedirectUri = "http://127.0.0.1/callback";

    // Where `--sandbox` keeps its apps and accounts unless --profile says otherwise: beside the
    // default profile, so trying the sandbox never touches the admin's real setup.
    [[nodiscard]] static QString defaultProfilePath();

private:
    Engine& m_engine;
    SandboxServer* m_server = nullptr;
    StandardsSandbox* m_standards = nullptr;
};

} // namespace authdeck
