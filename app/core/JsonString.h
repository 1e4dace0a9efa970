#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace authdeck {

// A JSON string literal, quotes included, from UTF-8 bytes: '"', '\\' and the control characters
// escaped (\b \f \n \r \t, the others as \u00xx in lower-case hex), everything else, '/' and
// non-ASCII bytes included, as it is. The bundles' canonical serialization and the keychain
// record (which must not pass a secret through a copy it cannot wipe) both write strings so.
void appendJsonString(QByteArray& out, QByteArrayView utf8);

// The number of bytes appendJsonString adds for utf8, so a caller can reserve the buffer once.
[[nodiscard]] qsizetype jsonStringSize(QByteArrayView utf8);

} // namespace authdeck
