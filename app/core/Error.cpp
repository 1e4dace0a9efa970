#include "core/Error.h"

#include "core/DisplayText.h"

#include <QCoreApplication>

namespace authdeck {

int Error::exitCode() const
{
    switch (kind) {
    case ErrorKind::Usage:
    case ErrorKind::Rejected:
    case ErrorKind::Network:
    case ErrorKind::Keychain:
    case ErrorKind::BadInput:
        return static_cast<int>(kind);
    case ErrorKind::Cancelled:
    case ErrorKind::Other:
        break;
    }
    return 1;
}

QString Error::fullMessage() const
{
    // Both faces show this: a server's words (and whatever a message quotes from a file or a
    // server) never reach a terminal or a label with their control characters.
    if (providerWords.isEmpty() || message.contains(providerWords))
        return displaySafe(message);
    return displaySafe(
        QCoreApplication::translate("authdeck::Error", "%1 (the provider said: \"%2\")")
            .arg(message, providerWords));
}

QString errorKindName(ErrorKind kind)
{
    switch (kind) {
    case ErrorKind::Usage:
        return QStringLiteral("usage");
    case ErrorKind::Rejected:
        return QStringLiteral("rejected");
    case ErrorKind::Network:
        return QStringLiteral("network");
    case ErrorKind::Keychain:
        return QStringLiteral("keychain");
    case ErrorKind::BadInput:
        return QStringLiteral("bad-input");
    case ErrorKind::Cancelled:
        return QStringLiteral("cancelled");
    case ErrorKind::Other:
        break;
    }
    return QStringLiteral("other");
}

} // namespace authdeck
