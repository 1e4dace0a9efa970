#pragma once

#include "accounts/Account.h"
#include "accounts/AppRegistration.h"
#include "auth/DeviceAuthorization.h"
#include "auth/IdentityCall.h"
#include "auth/OAuthSignIn.h"
#include "auth/TokenClient.h"
#include "core/Result.h"
#include "secrets/SecretRecord.h"

#include <QObject>
#include <QPointer>
#include <QUrl>

#include <functional>
#include <optional>

namespace authdeck {

class Engine;

struct OAuthConnectRequest {
    QString app;             // app registration id or name
    QString accountName;     // empty: named after the provider and the signed-in identity
    QString reauthAccountId; // "Sign in again": replace this account's tokens, keep its settings
    // Signing in again must return the account's own identity (provider user id, and the Box
    // enterprise): anyone else is refused (exit 3) unless this is set.
    bool allowOtherIdentity = false;
    // A new connection whose identity already has an account with the same app is refused
    // (exit 2) unless it names that account here; that one is then revoked and replaced.
    QString replaceAccount;
    QStringList scopes; // empty: the app registration's (or the provider's default) scopes
    // The device authorization grant (RFC 8628) instead of a browser on this machine: the admin
    // enters a code at the provider on any device (deviceCodeReady), AuthDeck polls.
    bool device = false;
    int timeoutSeconds = 300;
    ApiCallOptions api;
};

// Connects an account through an app registration with the OAuth 2.0 authorization code flow
// (or, with OAuthConnectRequest::device, the device authorization grant: DeviceAuthorization):
// browser sign-in (OAuthSignIn), code exchange (TokenClient, PKCE verifier), the catalog's
// verification call (IdentityCall), then the account is saved: tokens to the keychain, metadata
// to the profile. Any failure leaves nothing behind (tokens already issued are revoked where the
// provider can).
//
//   start --> WaitingForBrowser --code--> Exchanging --tokens--> Verifying --identity--> Saving
//                 ^ pasteRedirect()                                                       |
//   browser <--held response-- ... <--page: connected / what failed-- outcome <-----------'
//                                                 page written (or bounded wait) --> finished
//
// The browser's redirect is answered only with the outcome (LoopbackReplyHandler holds it), and
// finished comes only after that page is written, so the page is never a guess and a process
// that exits on finished does not cut it off.
class OAuthConnectJob : public QObject {
    Q_OBJECT
public:
    enum class Stage { Starting, WaitingForBrowser, Exchanging, Verifying, Saving, Done };
    Q_ENUM(Stage)

    OAuthConnectJob(Engine& engine, const OAuthConnectRequest& request, QObject* parent = nullptr);
    ~OAuthConnectJob() override;

    void start();
    void pasteRedirect(const QString& text);
    void cancel();

    [[nodiscard]] QUrl authorizationUrl() const { return m_url; }
    [[nodiscard]] Stage stage() const { return m_stage; }
    [[nodiscard]] OAuthSignIn* signIn() const { return m_signIn; }

Q_SIGNALS:
    void authorizationUrlReady(const QUrl& url);
    // Device flow: show the verification URI and the user code (stage WaitingForBrowser).
    void deviceCodeReady(const authdeck::DeviceCode& code);
    void stageChanged(authdeck::OAuthConnectJob::Stage stage, const QString& description);
    void finished(const authdeck::Result<authdeck::Account>& result);

private:
    void setStage(Stage stage, const QString& description);
    void authenticate(TokenRequest& request) const; // the app's client authentication
    void startDevice(const QStringList& scopes, const QString& scopeSeparator);
    void exchange(const OAuthSignIn::Grant& grant);
    void verify(const TokenResult& tokens);
    void save(const TokenResult& tokens, const Identity& identity);
    void saveNew(const TokenResult& tokens, const Identity& identity);
    // The refusal when identity differs from the account's own (reconnect), or empty.
    [[nodiscard]] std::optional<Error> otherIdentity(const Account& account,
                                                     const Identity& identity) const;
    void finish(const Result<Account>& result);
    void emitFinished(const Result<Account>& result);
    // Revokes tokens of a connection that did not complete; then (if given) runs once the
    // provider answered, so a refusal is reported only after the grant went back.
    void revokeQuietly(const TokenResult& tokens, std::function<void()> then = {});

    Engine& m_engine;
    OAuthConnectRequest m_request;
    AppRegistration m_app;
    QString m_providerName;
    QStringList m_scopes; // as requested: kept with the account (Box never echoes them)
    QUrl m_tokenUrl;
    QUrl m_revokeUrl;
    QUrl m_deviceUrl;
    QStringList m_allowedOrigins; // the app's pinned origins: codes and tokens go nowhere else
    SecretRecord m_appSecrets;    // the client secret or private key the app authenticates with
    QPointer<OAuthSignIn> m_signIn;
    QPointer<DeviceAuthorization> m_device;
    QUrl m_url;
    Stage m_stage = Stage::Starting;
    bool m_finished = false;
};

} // namespace authdeck
