#pragma once

#include <QMetaType>
#include <QString>

namespace authdeck {

// What went wrong, in the terms the CLI's exit codes use (docs/CLI.md, "Errors and exit codes").
// The numeric values ARE the exit codes; Cancelled maps to 1 but is kept apart so a UI can stay
// quiet when the admin pressed Cancel.
enum class ErrorKind {
    Other = 1,
    Usage = 2,    // the request itself is wrong (bad flag, unknown provider, http to a remote host)
    Rejected = 3, // the provider said no: bad credentials, denied consent, invalid_grant
    Network = 4,  // unreachable, TLS failure, timeout, truncated or unusable answer
    Keychain = 5, // the secret store is unavailable, locked or denied access
    BadInput = 6, // a malformed file, a wrong passphrase, a tampered bundle
    Cancelled = 7,
};

// Plain-words causes that drive both the GUI's "what to do next" text and the CLI's messages.
enum class Diagnosis {
    None,
    RefreshTokenExpired,
    RefreshTokenReused,
    RedirectUriNotRegistered,
    AppNotAuthorized,
    ClockSkew,
    ScopeNotGranted,
    SubjectRefused, // the assertion's or grant's subject: enterprise ID or user ID
    KeyRefused,     // the key that signed an assertion: Public Key ID or key pair
    InvalidClient,
    AccessDenied,
    TlsError,
    DnsFailure,
    Timeout,
    ProviderOutage,
    RateLimited,
    WrongPassphrase,
    Tampered,
};

struct Error {
    ErrorKind kind = ErrorKind::Other;
    QString message;       // one line, translated, in the admin's terms
    QString providerCode;  // e.g. "invalid_grant" (the provider's own word, untranslated)
    QString providerWords; // e.g. the provider's error_description
    Diagnosis diagnosis = Diagnosis::None;
    int httpStatus = 0;
    int retryAfterSeconds = -1; // what a 429/503 asked for; -1 when it did not say

    [[nodiscard]] int exitCode() const;
    // The message plus the provider's own words when they add something.
    [[nodiscard]] QString fullMessage() const;
};

[[nodiscard]] QString errorKindName(ErrorKind kind);

} // namespace authdeck

Q_DECLARE_METATYPE(authdeck::Error)
