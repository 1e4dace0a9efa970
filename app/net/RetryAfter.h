#pragma once

#include <QByteArrayView>
#include <QDateTime>

#include <optional>

namespace authdeck {

// The Retry-After field (RFC 9110 §10.2.3): either delta-seconds or an HTTP-date.
class RetryAfter {
public:
    // No server gets to park a request for longer than this, whatever it asks for.
    static constexpr qint64 kMaxSeconds = 24 * 60 * 60;

    // Seconds to wait, 0 for a date already past, capped at kMaxSeconds; nullopt for anything
    // that is neither form (empty, signed, fractional, garbage). `now` is the reference for an
    // HTTP-date: pass the response's own Date when it has one, so a skewed local clock does not
    // matter.
    [[nodiscard]] static std::optional<qint64> parse(QByteArrayView value, const QDateTime& now);
};

} // namespace authdeck
