#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>

namespace authdeck::bundle {

// The one serialization of a JSON value that bundles use, so writer and reader agree on every
// byte (bundle README.md, "Canonical serialization"):
//   - object members sorted by the UTF-8 bytes of their names, each name once;
//   - strings as UTF-8, escaping only '"', '\\' and control characters (\b \f \n \r \t, others
//     as \u00xx in lower-case hex); '/' and non-ASCII characters are written as they are;
//   - numbers only as integers from -(2^53 - 1) to 2^53 - 1 in plain decimal (no sign for
//     positive values, no leading zeros, no fraction, no exponent); anything else is refused;
//   - Pretty: two-space indentation, "name": value, empty containers as {} and [], a final
//     newline. Compact: no whitespace at all.
class CanonicalJson {
public:
    enum class Layout { Compact, Pretty };

    [[nodiscard]] static Result<QByteArray> serialize(const QJsonObject& object,
                                                      Layout layout = Layout::Compact);
    // An integer value as bundles write them: a JSON number holding a whole number in range.
    [[nodiscard]] static bool isCanonicalInteger(const QJsonValue& value);
};

} // namespace authdeck::bundle
