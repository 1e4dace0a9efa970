#include "crypto/SigV4.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QMap>

#include <openssl/crypto.h>
#include <openssl/evp.h>

#include <algorithm>

namespace authdeck::crypto {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("authdeck::crypto::SigV4", text);
}

SecretBytes hmacSha256(const SecretBytes& key, QByteArrayView data)
{
    unsigned char out[32];
    size_t size = 0;
    if (!EVP_Q_mac(nullptr, "HMAC", nullptr, "SHA256", nullptr, key.constData(),
                   static_cast<size_t>(key.size()),
                   reinterpret_cast<const unsigned char*>(data.data()),
                   static_cast<size_t>(data.size()), out, sizeof(out), &size)) {
        return {};
    }
    SecretBytes mac(reinterpret_cast<const char*>(out), static_cast<qsizetype>(size));
    OPENSSL_cleanse(out, sizeof(out));
    return mac;
}

QByteArray sha256Hex(QByteArrayView data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex();
}

bool isScopeWord(const QString& text)
{
    return !text.isEmpty() && std::all_of(text.begin(), text.end(), [](QChar c) {
        return (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u'-';
    });
}

// Printable ASCII but ',' and '/', which separate the Credential field's parts (S3 look-alikes
// are more liberal than AWS's upper-case letters and digits).
bool isAccessKeyId(const QString& text)
{
    return !text.isEmpty() && std::all_of(text.begin(), text.end(), [](QChar c) {
        return c > u' ' && c <= u'~' && c != u',' && c != u'/';
    });
}

bool isValidPayloadHash(const QByteArray& hash)
{
    if (hash == "UNSIGNED-PAYLOAD")
        return true;
    return hash.size() == 64 && std::all_of(hash.begin(), hash.end(), [](char c) {
               return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f');
           });
}

// The Host header as Qt's HTTP stack will send it: default ports left out, IPv6 in brackets.
QByteArray hostHeader(const QUrl& url)
{
    QByteArray host = url.host(QUrl::FullyEncoded).toLatin1();
    if (host.contains(':'))
        host = '[' + host + ']';
    const int port = url.port();
    const bool defaultPort = (url.scheme() == QLatin1String("https") && port == 443)
                             || (url.scheme() == QLatin1String("http") && port == 80);
    if (port != -1 && !defaultPort)
        host += ':' + QByteArray::number(port);
    return host;
}

// Each name and value percent-decoded, then encoded the AWS way (everything but A-Z a-z 0-9
// - _ . ~, upper-case hex), and sorted by name, then value.
QByteArray canonicalQuery(const QUrl& url)
{
    QList<QPair<QByteArray, QByteArray>> params;
    const QByteArray query = url.query(QUrl::FullyEncoded).toLatin1();
    for (const QByteArray& piece : query.split('&')) {
        if (piece.isEmpty())
            continue;
        const qsizetype eq = piece.indexOf('=');
        const QByteArray name = eq < 0 ? piece : piece.left(eq);
        const QByteArray value = eq < 0 ? QByteArray() : piece.mid(eq + 1);
        params.append({QByteArray::fromPercentEncoding(name).toPercentEncoding(),
                       QByteArray::fromPercentEncoding(value).toPercentEncoding()});
    }
    std::sort(params.begin(), params.end());
    QByteArrayList joined;
    for (const auto& [name, value] : params)
        joined.append(name + '=' + value);
    return joined.join('&');
}

} // namespace

Result<SigV4::Signed> SigV4::sign(const Request& request, const Credentials& credentials,
                                  const QDateTime& time)
{
    if (!isAccessKeyId(credentials.accessKeyId))
        return fail(ErrorKind::Usage,
                    tr("The access key ID is empty or contains spaces, commas or slashes"));
    if (credentials.secretAccessKey.isEmpty())
        return fail(ErrorKind::Usage, tr("The secret access key is empty"));
    if (!isScopeWord(credentials.region) || !isScopeWord(credentials.service))
        return fail(ErrorKind::Usage,
                    tr("The region and service must be lower-case names such as us-east-1 and s3"));
    if (request.method.isEmpty() || !request.url.isValid() || request.url.host().isEmpty())
        return fail(ErrorKind::Usage,
                    tr("The request to sign needs a method and a URL with a host"));
    if (!time.isValid())
        return fail(ErrorKind::Usage, tr("The request to sign needs a time"));
    if (!request.payloadHash.isEmpty() && !isValidPayloadHash(request.payloadHash))
        return fail(ErrorKind::Usage,
                    tr("The payload hash must be 64 lower-case hex digits or UNSIGNED-PAYLOAD"));

    const QByteArray amzDate =
        time.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'")).toLatin1();
    const QByteArray date = amzDate.left(8);
    const QByteArray payloadHash =
        request.payloadHash.isEmpty() ? sha256Hex(request.payload) : request.payloadHash;

    // Lower-case names, sorted; repeated headers joined with commas; values trimmed with inner
    // runs of spaces folded to one.
    QMap<QByteArray, QByteArrayList> headers;
    for (const auto& [rawName, value] : request.headers) {
        const QByteArray name = rawName.trimmed().toLower();
        const bool ours = name == "authorization" || name == "x-amz-date"
                          || (request.addContentSha256 && name == "x-amz-content-sha256");
        if (name.isEmpty() || ours)
            return fail(
                ErrorKind::Usage,
                tr("The header \"%1\" is set by the signer").arg(QString::fromLatin1(name)));
        headers[name].append(value.simplified());
    }
    if (!headers.contains("host"))
        headers.insert("host", {hostHeader(request.url)});
    headers.insert("x-amz-date", {amzDate});
    if (request.addContentSha256)
        headers.insert("x-amz-content-sha256", {payloadHash});

    QByteArray canonicalHeaders;
    QByteArrayList names;
    for (auto it = headers.cbegin(); it != headers.cend(); ++it) {
        canonicalHeaders += it.key() + ':' + it.value().join(',') + '\n';
        names.append(it.key());
    }
    const QByteArray signedHeaders = names.join(';');

    QByteArray path =
        QByteArray::fromPercentEncoding(request.url.path(QUrl::FullyEncoded).toLatin1());
    if (path.isEmpty())
        path = "/";

    Signed out;
    out.canonicalRequest = request.method.toUpper() + '\n' + path.toPercentEncoding("/") + '\n'
                           + canonicalQuery(request.url) + '\n' + canonicalHeaders + '\n'
                           + signedHeaders + '\n' + payloadHash;
    const QByteArray scope = date + '/' + credentials.region.toLatin1() + '/'
                             + credentials.service.toLatin1() + "/aws4_request";
    out.stringToSign =
        "AWS4-HMAC-SHA256\n" + amzDate + '\n' + scope + '\n' + sha256Hex(out.canonicalRequest);

    SecretBytes key(QByteArray("AWS4" + credentials.secretAccessKey.bytes()));
    for (const QByteArray& step : {date, credentials.region.toLatin1(),
                                   credentials.service.toLatin1(), QByteArray("aws4_request")}) {
        key = hmacSha256(key, step);
        if (key.size() != 32)
            return fail(ErrorKind::Other, tr("Signing the request failed"));
    }
    out.signingKey = std::move(key);
    const SecretBytes mac = hmacSha256(out.signingKey, out.stringToSign);
    if (mac.size() != 32)
        return fail(ErrorKind::Other, tr("Signing the request failed"));
    out.signature = mac.bytes().toHex();

    out.authorization = "AWS4-HMAC-SHA256 Credential=" + credentials.accessKeyId.toLatin1() + '/'
                        + scope + ", SignedHeaders=" + signedHeaders
                        + ", Signature=" + out.signature;
    out.headers.append({QByteArrayLiteral("X-Amz-Date"), amzDate});
    if (request.addContentSha256)
        out.headers.append({QByteArrayLiteral("x-amz-content-sha256"), payloadHash});
    out.headers.append({QByteArrayLiteral("Authorization"), out.authorization});
    return out;
}

} // namespace authdeck::crypto
