#pragma once

#include "core/Result.h"
#include "core/SecretBytes.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>

namespace authdeck::box {

// Box webhook v2 signatures (developer.box.com/guides/webhooks/v2/signatures-v2): each delivery
// carries BOX-SIGNATURE-PRIMARY and BOX-SIGNATURE-SECONDARY, each the base64 of
// HMAC-SHA256(key, body bytes followed by the BOX-DELIVERY-TIMESTAMP header's bytes) under the
// app's primary or secondary signature key, with BOX-SIGNATURE-VERSION 1 and
// BOX-SIGNATURE-ALGORITHM HmacSHA256. A delivery is genuine when either signature matches its
// key (compared in constant time) and its timestamp is at most MaxAgeSeconds old.
class WebhookSignature {
    Q_DECLARE_TR_FUNCTIONS(authdeck::box::WebhookSignature)

public:
    static constexpr qint64 MaxAgeSeconds = 600;
    // Ahead of this machine's clock by more than this: the clock or the delivery is wrong.
    static constexpr qint64 MaxFutureSeconds = 600;

    using Headers = QList<QPair<QByteArray, QByteArray>>; // names as received, any case

    enum class Key { Primary, Secondary };
    struct Verified {
        Key key = Key::Primary;
        QDateTime delivered; // the delivery's timestamp, UTC
        QString deliveryId;  // BOX-DELIVERY-ID
    };

    // base64(HMAC-SHA256(key, body || timestamp)).
    [[nodiscard]] static QByteArray sign(const SecretBytes& key, const QByteArray& body,
                                         const QByteArray& timestamp);
    // Rejected (exit 3) with the reason: a missing header, another version or algorithm, a
    // timestamp too old or from the future, no signature matching its key. A key that is not set
    // (empty) matches nothing. Usage when neither key is set.
    [[nodiscard]] static Result<Verified> verify(const Headers& headers, const QByteArray& body,
                                                 const SecretBytes& primaryKey,
                                                 const SecretBytes& secondaryKey,
                                                 const QDateTime& now);
    // "Name: value" lines of an HTTP header block (CRLF or LF; a first "POST / HTTP/1.1" request
    // line is skipped; folded lines are refused). BadInput naming the line.
    [[nodiscard]] static Result<Headers> parseHeaderBlock(const QByteArray& text);
    // Box's timestamps: RFC 3339 with an offset ("2026-12-02T10:15:30-08:00" or "...Z").
    [[nodiscard]] static QDateTime parseTimestamp(const QByteArray& text);
};

} // namespace authdeck::box
