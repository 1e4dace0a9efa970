#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QDateTime>

namespace authdeck {

// HTTP dates (RFC 9110 §5.6.7), independent of the locale:
//   IMF-fixdate  "Sun, 06 Nov 1994 08:49:37 GMT"   what everyone sends today
//   RFC 850      "Sunday, 06-Nov-94 08:49:37 GMT"  obsolete, still accepted
//   asctime      "Sun Nov  6 08:49:37 1994"        obsolete, still accepted
class HttpDate {
public:
    // A UTC QDateTime, or an invalid one for anything that is not exactly one of the three forms.
    [[nodiscard]] static QDateTime parse(QByteArrayView text);
    // IMF-fixdate, the only form a sender may generate.
    [[nodiscard]] static QByteArray format(const QDateTime& time);
};

} // namespace authdeck
