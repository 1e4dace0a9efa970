#pragma once

#include <QByteArray>
#include <QString>

namespace authdeck::test {

// Reads one AuthDeck keychain entry straight from the Secret Service (service "AuthDeck"), the
// way an outsider would, and reassembles a chunked record (SecretChunker's "adk1;..." format).
// Returns the record's bytes (its JSON), or an empty array when the entry does not exist.
QByteArray peekKeychainRecord(const QString& key);

} // namespace authdeck::test
