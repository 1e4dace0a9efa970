#include "net/HttpServerRequest.h"

namespace authdeck {

std::optional<UrlEncodedForm> HttpServerRequest::form() const
{
    QByteArrayView type = header("Content-Type");
    const qsizetype semicolon = type.indexOf(';');
    if (semicolon >= 0)
        type = type.first(semicolon);
    if (type.trimmed().compare("application/x-www-form-urlencoded", Qt::CaseInsensitive) != 0)
        return std::nullopt;
    return UrlEncodedForm::parse(body);
}

std::optional<std::pair<QString, QString>> HttpServerRequest::basicAuth() const
{
    const QByteArray value = header("Authorization");
    const qsizetype space = value.indexOf(' ');
    if (space < 0 || QByteArrayView(value).first(space).compare("Basic", Qt::CaseInsensitive) != 0)
        return std::nullopt;
    const auto decoded = QByteArray::fromBase64Encoding(value.mid(space + 1).trimmed(),
                                                        QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || !decoded.decoded.isValidUtf8())
        return std::nullopt;
    const qsizetype colon = decoded.decoded.indexOf(':');
    if (colon < 0)
        return std::nullopt;
    return std::pair{QString::fromUtf8(decoded.decoded.first(colon)),
                     QString::fromUtf8(decoded.decoded.sliced(colon + 1))};
}

} // namespace authdeck
