#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

#include <utility>

namespace authdeck {

// Header fields in the order they were sent. A list rather than a map: order and repeated fields
// matter to HTTP, and most messages carry a handful of fields.
using HttpHeaderList = QList<std::pair<QByteArray, QByteArray>>;

// The first value of the named field (names compare case-insensitively), empty when absent.
[[nodiscard]] QByteArray headerValue(const HttpHeaderList& headers, QByteArrayView name);
// How many fields carry that name (to refuse ambiguous duplicates).
[[nodiscard]] int headerCount(const HttpHeaderList& headers, QByteArrayView name);

// An RFC 9110 token (methods, field names): one or more of ALPHA DIGIT !#$%&'*+-.^_`|~.
[[nodiscard]] bool isHttpToken(QByteArrayView text);
// Without the optional whitespace (SP, HTAB) HTTP allows around field values.
[[nodiscard]] QByteArrayView trimOws(QByteArrayView text);

} // namespace authdeck
