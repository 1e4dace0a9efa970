#include "core/Diagnosis.h"

#include <QCoreApplication>

namespace authdeck {

namespace {} // namespace

QString diagnosisId(Diagnosis d)
{
    switch (d) {
    case Diagnosis::None:
        break;
    case Diagnosis::RefreshTokenExpired:
        return QStringLiteral("refresh-token-expired");
    case Diagnosis::RefreshTokenReused:
        return QStringLiteral("refresh-token-reused");
    case Diagnosis::RedirectUriNotRegistered:
        return QStringLiteral("redirect-uri-not-registered");
    case Diagnosis::AppNotAuthorized:
        return QStringLiteral("app-not-authorized");
    case Diagnosis::ClockSkew:
        return QStringLiteral("clock-skew");
    case Diagnosis::ScopeNotGranted:
        return QStringLiteral("scope-not-granted");
    case Diagnosis::SubjectRefused:
        return QStringLiteral("subject-refused");
    case Diagnosis::KeyRefused:
        return QStringLiteral("key-refused");
    case Diagnosis::InvalidClient:
        return QStringLiteral("invalid-client");
    case Diagnosis::AccessDenied:
        return QStringLiteral("access-denied");
    case Diagnosis::TlsError:
        return QStringLiteral("tls-error");
    case Diagnosis::DnsFailure:
        return QStringLiteral("dns-failure");
    case Diagnosis::Timeout:
        return QStringLiteral("timeout");
    case Diagnosis::ProviderOutage:
        return QStringLiteral("provider-outage");
    case Diagnosis::RateLimited:
        return QStringLiteral("rate-limited");
    case Diagnosis::WrongPassphrase:
        return QStringLiteral("wrong-passphrase");
    case Diagnosis::Tampered:
        return QStringLiteral("tampered");
    }
    return {};
}

QString diagnosisCause(Diagnosis d)
{
    switch (d) {
    case Diagnosis::None:
        break;
    case Diagnosis::RefreshTokenExpired:
        return QCoreApplication::translate("authdeck::Diagnosis",
                                           "The account's sign-in expired or was revoked.");
    case Diagnosis::RefreshTokenReused:
        return QCoreApplication::translate(
            "authdeck::Diagnosis", "The account's refresh token was already used elsewhere.");
    case Diagnosis::RedirectUriNotRegistered:
        return QCoreApplication::translate(
            "authdeck::Diagnosis",
            "The redirect URI is not registered for the app at the provider.");
    case Diagnosis::AppNotAuthorized:
        return QCoreApplication::translate("authdeck::Diagnosis",
                                           "The app is not authorized by the enterprise admin.");
    case Diagnosis::ClockSkew:
        return QCoreApplication::translate("authdeck::Diagnosis",
                                           "This computer's clock disagrees with the server's.");
    case Diagnosis::ScopeNotGranted:
        return QCoreApplication::translate("authdeck::Diagnosis",
                                           "The app is not granted the requested scopes.");
    case Diagnosis::SubjectRefused:
        return QCoreApplication::translate("authdeck::Diagnosis",
                                           "The provider does not accept the subject the app acts "
                                           "for (enterprise ID or user ID).");
    case Diagnosis::KeyRefused:
        return QCoreApplication::translate(
            "authdeck::Diagnosis",
            "The provider does not accept the key that signed the request (Public Key ID or key "
            "pair).");
    case Diagnosis::InvalidClient:
        return QCoreApplication::translate(
            "authdeck::Diagnosis", "The provider does not accept the app's client ID or secret.");
    case Diagnosis::AccessDenied:
        return QCoreApplication::translate("authdeck::Diagnosis", "Access was denied.");
    case Diagnosis::TlsError:
        return QCoreApplication::translate("authdeck::Diagnosis",
                                           "The secure connection (TLS) failed.");
    case Diagnosis::DnsFailure:
        return QCoreApplication::translate("authdeck::Diagnosis",
                                           "The server name could not be found (DNS).");
    case Diagnosis::Timeout:
        return QCoreApplication::translate("authdeck::Diagnosis",
                                           "The server did not answer in time.");
    case Diagnosis::ProviderOutage:
        return QCoreApplication::translate("authdeck::Diagnosis",
                                           "The provider has an outage (HTTP 5xx).");
    case Diagnosis::RateLimited:
        return QCoreApplication::translate("authdeck::Diagnosis",
                                           "The provider is limiting requests.");
    case Diagnosis::WrongPassphrase:
        return QCoreApplication::translate("authdeck::Diagnosis", "The passphrase is wrong.");
    case Diagnosis::Tampered:
        return QCoreApplication::translate("authdeck::Diagnosis",
                                           "The file was changed or damaged.");
    }
    return {};
}

QString nextStep(Diagnosis d)
{
    switch (d) {
    case Diagnosis::None:
        break;
    case Diagnosis::RefreshTokenExpired:
        return QCoreApplication::translate(
            "authdeck::Diagnosis", "Sign in again (\"Sign in again\" in the account details, or "
                                   "\"authdeck-cli connect\"); the account's settings are kept.");
    case Diagnosis::RefreshTokenReused:
        return QCoreApplication::translate(
            "authdeck::Diagnosis",
            "Sign in again, and keep each account in one AuthDeck only: another copy or "
            "program that refreshes the same account spends its single-use refresh token.");
    case Diagnosis::RedirectUriNotRegistered:
        return QCoreApplication::translate(
            "authdeck::Diagnosis",
            "Register the redirect URI shown by \"authdeck-cli apps show APP\" (or under "
            "Settings > Apps) for the app in the provider's developer console, then "
            "connect again.");
    case Diagnosis::AppNotAuthorized:
        return QCoreApplication::translate(
            "authdeck::Diagnosis",
            "Ask the enterprise admin to authorize the app (or reauthorize it after a "
            "change of its scopes) in the provider's admin console, then try again.");
    case Diagnosis::ClockSkew:
        return QCoreApplication::translate(
            "authdeck::Diagnosis",
            "Set this computer's clock right (turn on automatic time), then try again.");
    case Diagnosis::ScopeNotGranted:
        return QCoreApplication::translate(
            "authdeck::Diagnosis",
            "Enable the scopes for the app in the provider's developer console, or request "
            "fewer scopes in the app registration, then sign in again.");
    case Diagnosis::SubjectRefused:
        return QCoreApplication::translate(
            "authdeck::Diagnosis",
            "Check the enterprise ID (Box: Admin Console > Account & Billing) or the user ID in "
            "the "
            "app registration, and that the app is authorized in that enterprise, then try again.");
    case Diagnosis::KeyRefused:
        return QCoreApplication::translate(
            "authdeck::Diagnosis",
            "Add the app's public key in the provider's developer console and copy the Public Key "
            "ID it shows into the app registration (\"authdeck-cli apps show APP\" names the key "
            "in use), then try again.");
    case Diagnosis::InvalidClient:
        return QCoreApplication::translate(
            "authdeck::Diagnosis",
            "Check the client ID and secret of the app registration against the "
            "provider's developer console.");
    case Diagnosis::AccessDenied:
        return QCoreApplication::translate(
            "authdeck::Diagnosis",
            "Sign in again and approve the access, or ask the provider's admin why it was "
            "denied.");
    case Diagnosis::TlsError:
        return QCoreApplication::translate(
            "authdeck::Diagnosis",
            "Check the server's address and certificate; for your own server with a "
            "self-signed certificate, compare its SHA-256 fingerprint with the server's "
            "administrator and trust it under Settings > Network.");
    case Diagnosis::DnsFailure:
        return QCoreApplication::translate(
            "authdeck::Diagnosis",
            "Check the host name in the app registration and this computer's network and "
            "DNS settings.");
    case Diagnosis::Timeout:
        return QCoreApplication::translate(
            "authdeck::Diagnosis",
            "Check the network and the proxy (Settings > Network), or raise the timeouts, "
            "then try again.");
    case Diagnosis::ProviderOutage:
        return QCoreApplication::translate(
            "authdeck::Diagnosis",
            "Nothing is wrong on this side: try again later and check the provider's "
            "status page.");
    case Diagnosis::RateLimited:
        return QCoreApplication::translate("authdeck::Diagnosis",
                                           "Wait a few minutes, then try again.");
    case Diagnosis::WrongPassphrase:
        return QCoreApplication::translate("authdeck::Diagnosis",
                                           "Check the passphrase and try again.");
    case Diagnosis::Tampered:
        return QCoreApplication::translate("authdeck::Diagnosis",
                                           "Get a fresh copy of the file from where it came from.");
    }
    return {};
}

QString messageWithNextStep(const Error& e)
{
    const QString step = nextStep(e.diagnosis);
    if (step.isEmpty())
        return e.fullMessage();
    return QCoreApplication::translate("authdeck::Diagnosis", "%1\nWhat to do: %2")
        .arg(e.fullMessage(), step);
}

} // namespace authdeck
