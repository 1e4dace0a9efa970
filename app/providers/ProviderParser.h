#pragma once

#include "core/Result.h"
#include "providers/Provider.h"

#include <QByteArray>
#include <QString>

namespace authdeck {

// Reads one provider catalog file and checks it against the schema documented in
// resources/providers/README.md. The first problem found is reported with the file name and the
// dotted path of the field ("acme.json: schemes.oauth2.token_url: must be an https URL").
class ProviderParser {
public:
    // fileLabel is what messages call the file (its name, not its full path).
    static Result<Provider> parse(const QByteArray& json, const QString& fileLabel);

    // Largest catalog file accepted; a provider description is a few kilobytes.
    static constexpr qsizetype MaxFileSize = 256 * 1024;
};

} // namespace authdeck
