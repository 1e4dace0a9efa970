#include "box/WebhookSignature.h"

#include <QCoreApplication>
#include <QTimeZone>

#include <openssl/crypto.h>
#include <openssl/evp.h>

namespace authdeck::box {

namespace {

QByteArray headerOf(const WebhookSignature::Headers& headers, QByteArrayView name, int* count)
{
    QByteArray value;
    *count = 0;
    for (const auto& [n, v] : headers) {
        if (QByteArrayView(n).compare(name, Qt::CaseInsensitive) == 0) {
            value = v;
            ++*count;
        }
    }
    return value;
}

bool sameBytes(const QByteArray& a, const QByteArray& b)
{
    return a.size() == b.size()
           && CRYPTO_memcmp(a.constData(), b.constData(), size_t(a.size())) == 0;
}

} // namespace

QByteArray WebhookSignature::sign(const SecretBytes& key, const QByteArray& body,
                                  const QByteArray& timestamp)
{
    // The body's bytes, then the timestamp's: one message.
    const QByteArray message = body + timestamp;
    unsigned char out[EVP_MAX_MD_SIZE];
    size_t outLen = 0;
    if (!EVP_Q_mac(nullptr, "HMAC", nullptr, "SHA256", nullptr, key.bytes().constData(),
                   size_t(key.size()), reinterpret_cast<const unsigned char*>(message.constData()),
                   size_t(message.size()), out, sizeof out, &outLen))
        return {};
    return QByteArray(reinterpret_cast<const char*>(out), qsizetype(outLen)).toBase64();
}

QDateTime WebhookSignature::parseTimestamp(const QByteArray& text)
{
    const QString t = QString::fromLatin1(text).trimmed();
    // RFC 3339 date-time: a full date, 'T', a time with optional fraction, and Z or an offset.
    QDateTime d = QDateTime::fromString(t, Qt::ISODateWithMs);
    if (!d.isValid())
        d = QDateTime::fromString(t, Qt::ISODate);
    const bool zoned =
        t.endsWith(QLatin1Char('Z')) || t.endsWith(QLatin1Char('z'))
        || (t.size() > 6
            && (t.at(t.size() - 6) == QLatin1Char('+') || t.at(t.size() - 6) == QLatin1Char('-')));
    if (!d.isValid() || !zoned || t.size() < 20 || t.at(10) != QLatin1Char('T'))
        return {};
    return d.toUTC();
}

Result<WebhookSignature::Verified> WebhookSignature::verify(const Headers& headers,
                                                            const QByteArray& body,
                                                            const SecretBytes& primaryKey,
                                                            const SecretBytes& secondaryKey,
                                                            const QDateTime& now)
{
    if (primaryKey.isEmpty() && secondaryKey.isEmpty()) {
        return fail(ErrorKind::Usage,
                    tr("The app has no webhook signature keys: copy them from the Box Developer "
                       "Console (Webhooks, Manage signature keys) and store them with "
                       "\"authdeck-cli apps set-webhook-keys\"."));
    }
    auto one = [&](QByteArrayView name, QByteArray* out) -> Status {
        int count = 0;
        *out = headerOf(headers, name, &count);
        if (count > 1) {
            return fail(ErrorKind::Rejected, tr("The delivery has the header %1 more than once: "
                                                "it is not trusted.")
                                                 .arg(QString::fromLatin1(name.toByteArray())));
        }
        return {};
    };
    QByteArray timestamp, primary, secondary, version, algorithm, deliveryId;
    for (const auto& [name, out] :
         {std::pair<QByteArrayView, QByteArray*>{"BOX-DELIVERY-TIMESTAMP", &timestamp},
          {"BOX-SIGNATURE-PRIMARY", &primary},
          {"BOX-SIGNATURE-SECONDARY", &secondary},
          {"BOX-SIGNATURE-VERSION", &version},
          {"BOX-SIGNATURE-ALGORITHM", &algorithm},
          {"BOX-DELIVERY-ID", &deliveryId}}) {
        if (Status s = one(name, out); !s.ok())
            return s.error();
    }
    timestamp = timestamp.trimmed();
    if (timestamp.isEmpty()) {
        return fail(ErrorKind::Rejected,
                    tr("The delivery has no BOX-DELIVERY-TIMESTAMP header: it is not trusted."));
    }
    if (primary.trimmed().isEmpty() && secondary.trimmed().isEmpty()) {
        return fail(ErrorKind::Rejected, tr("The delivery has no BOX-SIGNATURE-PRIMARY or "
                                            "BOX-SIGNATURE-SECONDARY header: it is not signed."));
    }
    if (!version.isEmpty() && version.trimmed() != "1") {
        return fail(ErrorKind::Rejected,
                    tr("The delivery is signed with signature version %1; AuthDeck checks "
                       "version 1.")
                        .arg(QString::fromLatin1(version.trimmed())));
    }
    if (!algorithm.isEmpty() && algorithm.trimmed() != "HmacSHA256") {
        return fail(ErrorKind::Rejected,
                    tr("The delivery is signed with %1; Box signs with HmacSHA256.")
                        .arg(QString::fromLatin1(algorithm.trimmed())));
    }
    const QDateTime delivered = parseTimestamp(timestamp);
    if (!delivered.isValid()) {
        return fail(ErrorKind::Rejected,
                    tr("The delivery's BOX-DELIVERY-TIMESTAMP \"%1\" is not a date and time: it "
                       "is not trusted.")
                        .arg(QString::fromLatin1(timestamp.left(64))));
    }
    const qint64 age = delivered.secsTo(now);
    if (age > MaxAgeSeconds) {
        return fail(ErrorKind::Rejected,
                    tr("The delivery is %1 minutes old (Box's limit is 10): a replay, or a "
                       "delivery held up too long. It is not trusted.")
                        .arg(age / 60));
    }
    if (-age > MaxFutureSeconds) {
        return fail(ErrorKind::Rejected,
                    tr("The delivery's timestamp is %1 minutes ahead of this machine's clock: "
                       "check the clock. It is not trusted.")
                        .arg(-age / 60));
    }
    auto matches = [&](const SecretBytes& key, const QByteArray& given) {
        if (key.isEmpty() || given.trimmed().isEmpty())
            return false;
        return sameBytes(sign(key, body, timestamp), given.trimmed());
    };
    // Both are computed whatever the first gives: the time taken says nothing about which key.
    const bool byPrimary = matches(primaryKey, primary);
    const bool bySecondary = matches(secondaryKey, secondary);
    if (!byPrimary && !bySecondary) {
        return fail(ErrorKind::Rejected,
                    tr("Neither signature of the delivery matches the app's keys: it was not "
                       "sent by Box for this app, or it was changed on the way (or the keys "
                       "stored in AuthDeck are out of date)."));
    }
    return Verified{byPrimary ? Key::Primary : Key::Secondary, delivered,
                    QString::fromLatin1(deliveryId.trimmed())};
}

Result<WebhookSignature::Headers> WebhookSignature::parseHeaderBlock(const QByteArray& text)
{
    Headers out;
    const QList<QByteArray> lines = text.split('\n');
    int number = 0;
    for (QByteArray line : lines) {
        ++number;
        if (line.endsWith('\r'))
            line.chop(1);
        if (line.isEmpty()) {
            // The end of the header block (a pasted body after it is ignored).
            if (!out.isEmpty())
                break;
            continue;
        }
        if (number == 1 && (line.contains(" HTTP/1.") || line.contains(" HTTP/2"))
            && !line.contains(':'))
            continue; // the request line
        if (number == 1 && line.startsWith("POST ") && line.contains(" HTTP/"))
            continue;
        if (line.startsWith(' ') || line.startsWith('\t')) {
            return fail(ErrorKind::BadInput,
                        tr("Line %1 of the headers file continues the line before it (folding), "
                           "which deliveries never use.")
                            .arg(number));
        }
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0) {
            return fail(ErrorKind::BadInput,
                        tr("Line %1 of the headers file is not \"Name: value\".").arg(number));
        }
        out.append({line.left(colon).trimmed(), line.mid(colon + 1).trimmed()});
    }
    if (out.isEmpty())
        return fail(ErrorKind::BadInput, tr("The headers file holds no header lines."));
    return out;
}

} // namespace authdeck::box
