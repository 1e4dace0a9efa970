#include "net/UrlPolicy.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QRegularExpression>

namespace authdeck {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("authdeck::UrlPolicy", text);
}
} // namespace

bool UrlPolicy::isLoopbackHost(const QString& host)
{
    QString h = host;
    if (h.startsWith(QLatin1Char('[')) && h.endsWith(QLatin1Char(']')))
        h = h.mid(1, h.size() - 2);
    QHostAddress address;
    if (!address.setAddress(h))
        return false;
    // QHostAddress accepts shorthand such as "127.1"; insist on the canonical dotted quad so what
    // the admin sees is what is dialled.
    if (address.protocol() == QAbstractSocket::IPv4Protocol && address.toString() != h)
        return false;
    return address.isLoopback();
}

bool UrlPolicy::isAllowedScheme(const QUrl& url)
{
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("https"))
        return true;
    return scheme == QLatin1String("http") && isLoopbackHost(url.host());
}

QString UrlPolicy::originOf(const QUrl& url)
{
    if (!url.isValid() || url.host().isEmpty())
        return {};
    const QString scheme = url.scheme().toLower();
    const int port = url.port(scheme == QLatin1String("https")  ? 443
                              : scheme == QLatin1String("http") ? 80
                                                                : -1);
    QString host = url.host(QUrl::FullyEncoded).toLower();
    if (host.contains(QLatin1Char(':')))
        host = QLatin1Char('[') + host + QLatin1Char(']');
    return scheme + QStringLiteral("://") + host + QLatin1Char(':') + QString::number(port);
}

Status UrlPolicy::checkEndpoint(const QUrl& url, const QString& what)
{
    if (!url.isValid() || url.host().isEmpty()) {
        return fail(
            ErrorKind::Usage,
            tr("The %1 \"%2\" is not a valid URL.").arg(what, url.toString(QUrl::RemoveUserInfo)));
    }
    if (!url.userInfo().isEmpty())
        return fail(ErrorKind::Usage,
                    tr("The %1 must not carry a user name or password.").arg(what));
    if (!isAllowedScheme(url)) {
        if (url.scheme().compare(QLatin1String("http"), Qt::CaseInsensitive) == 0) {
            return fail(ErrorKind::Usage,
                        tr("The %1 uses plain http to %2; AuthDeck sends credentials over http "
                           "only to a loopback address. Use https.")
                            .arg(what, url.host()));
        }
        return fail(ErrorKind::Usage,
                    tr("The %1 must be an https URL, not \"%2\".").arg(what, url.scheme()));
    }
    return {};
}

Result<QString> UrlPolicy::normalizeHost(const QString& input)
{
    const QString host = input.trimmed().toLower();
    auto bad = [&](const QString& why) {
        return fail(ErrorKind::Usage,
                    tr("The server host \"%1\" is not valid: %2").arg(input, why));
    };
    if (host.isEmpty())
        return fail(ErrorKind::Usage, tr("A server host is required."));
    if (host.contains(QLatin1String("://")))
        return bad(tr("give the host name only, without http:// or https://"));
    if (host.contains(QLatin1Char('/')) || host.contains(QLatin1Char('@'))
        || host.contains(QLatin1Char('?')) || host.contains(QLatin1Char('#')))
        return bad(tr("give the host name only, without a path or user name"));
    QString name = host;
    QString port;
    if (name.startsWith(QLatin1Char('['))) {
        const qsizetype close = name.indexOf(QLatin1Char(']'));
        if (close < 0)
            return bad(tr("unbalanced brackets"));
        port = name.mid(close + 1);
        name = name.mid(1, close - 1);
        if (!port.isEmpty() && !port.startsWith(QLatin1Char(':')))
            return bad(tr("unexpected text after the address"));
        port = port.mid(1);
        if (QHostAddress(name).protocol() != QAbstractSocket::IPv6Protocol)
            return bad(tr("not an IPv6 address"));
    } else {
        const qsizetype colon = name.lastIndexOf(QLatin1Char(':'));
        if (colon >= 0) {
            port = name.mid(colon + 1);
            name = name.left(colon);
        }
        static const QRegularExpression label(
            QStringLiteral("^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)(\\.([a-z0-9]([a-z0-"
                           "9-]{0,61}[a-z0-9])?))*$"));
        if (!label.match(name).hasMatch())
            return bad(tr("use letters, digits, dots and dashes"));
    }
    if (!port.isEmpty() || host.endsWith(QLatin1Char(':'))) {
        bool ok = false;
        const int n = port.toInt(&ok);
        if (!ok || n < 1 || n > 65535 || port.startsWith(QLatin1Char('0')))
            return bad(tr("the port must be a number from 1 to 65535"));
    }
    return host;
}

QString UrlPolicy::endpointKey(const QString& host, quint16 port)
{
    QString h = host.trimmed().toLower();
    if (h.startsWith(QLatin1Char('[')) && h.endsWith(QLatin1Char(']')))
        h = h.mid(1, h.size() - 2);
    if (h.isEmpty() || port == 0)
        return {};
    if (h.contains(QLatin1Char(':')))
        h = QLatin1Char('[') + h + QLatin1Char(']');
    return h + QLatin1Char(':') + QString::number(port);
}

bool UrlPolicy::splitEndpoint(const QString& text, QString* host, quint16* port)
{
    const Result<QString> normalized = normalizeHost(text);
    if (!normalized.ok())
        return false;
    const QUrl url(QStringLiteral("https://") + *normalized);
    if (!url.isValid() || url.host().isEmpty())
        return false;
    *host = url.host();
    *port = quint16(url.port(443));
    return true;
}

} // namespace authdeck
