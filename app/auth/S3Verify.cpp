#include "auth/S3Verify.h"

#include "crypto/SigV4.h"
#include "net/HttpClient.h"
#include "net/UrlPolicy.h"
#include "providers/Template.h"

#include <QCoreApplication>
#include <QMap>
#include <QTimer>
#include <QXmlStreamReader>

namespace authdeck {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("authdeck::S3Verify", text);
}

// Leaf elements by their dotted path below the root element ("Owner.ID"), and the root's name.
struct XmlLeaves {
    QString root;
    QMap<QString, QString> values;
    bool ok = false;
};

XmlLeaves readXml(const QByteArray& body)
{
    XmlLeaves out;
    QXmlStreamReader xml(body);
    QStringList path;
    QString text;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            if (out.root.isEmpty() && path.isEmpty()) {
                out.root = xml.name().toString();
                path.append(out.root);
            } else {
                path.append(xml.name().toString());
            }
            text.clear();
        } else if (xml.isCharacters()) {
            text += xml.text();
        } else if (xml.isEndElement()) {
            if (path.size() > 1) {
                const QString key = path.mid(1).join(QLatin1Char('.'));
                if (!out.values.contains(key))
                    out.values.insert(key, text.trimmed());
            }
            if (!path.isEmpty())
                path.removeLast();
            text.clear();
        }
    }
    out.ok = !xml.hasError() && !out.root.isEmpty();
    return out;
}

} // namespace

Result<QUrl> S3Verify::endpointFor(const Provider& provider, const QString& given)
{
    QString text = given.trimmed();
    if (text.isEmpty() && provider.keys)
        text = provider.keys->defaultEndpoint;
    while (text.endsWith(QLatin1Char('/')))
        text.chop(1);
    const QUrl url(text, QUrl::StrictMode);
    if (Status s = UrlPolicy::checkEndpoint(url, tr("endpoint")); !s.ok())
        return s.error();
    if (!url.query().isEmpty() || !url.fragment().isEmpty())
        return fail(ErrorKind::Usage,
                    tr("The endpoint \"%1\" must not have a query or fragment.").arg(text));
    return url;
}

Result<Identity> S3Verify::parse(const VerifySpec& spec, int status, const QByteArray& body,
                                 const QString& host, const QString& accessKeyId)
{
    const XmlLeaves xml = readXml(body);
    if (status >= 200 && status < 300) {
        if (!xml.ok) {
            return fail(
                ErrorKind::Network,
                tr("%1 answered the signed request with something that is not XML.").arg(host));
        }
        Identity identity;
        for (auto it = spec.identity.begin(); it != spec.identity.end(); ++it) {
            const QString v = xml.values.value(it.value());
            if (!v.isEmpty())
                identity.insert(it.key(), v.left(300));
        }
        // Some S3-compatible stores leave the owner out: the key itself names the account.
        if (!identity.contains(QStringLiteral("id")))
            identity.insert(QStringLiteral("access_key_id"), accessKeyId);
        return identity;
    }
    const QString code =
        xml.root == QLatin1String("Error") ? xml.values.value(QStringLiteral("Code")) : QString();
    const QString words = xml.values.value(QStringLiteral("Message"));
    auto rejected = [&](const QString& message, Diagnosis diagnosis = Diagnosis::None) {
        Error e = fail(ErrorKind::Rejected, message);
        e.providerCode = code;
        e.providerWords = words;
        e.httpStatus = status;
        e.diagnosis = diagnosis;
        return e;
    };
    if (code == QLatin1String("SignatureDoesNotMatch")) {
        return rejected(tr("%1 says the request signature does not match: the secret access key "
                           "is wrong for the access key ID %2.")
                            .arg(host, accessKeyId),
                        Diagnosis::InvalidClient);
    }
    if (code == QLatin1String("InvalidAccessKeyId")) {
        return rejected(tr("%1 does not know the access key ID %2: check it, or whether the key "
                           "was deleted or deactivated.")
                            .arg(host, accessKeyId),
                        Diagnosis::InvalidClient);
    }
    if (code == QLatin1String("AccessDenied")) {
        return rejected(tr("%1 denied access to the key %2: its policy does not allow listing "
                           "buckets (s3:ListAllMyBuckets).")
                            .arg(host, accessKeyId),
                        Diagnosis::AccessDenied);
    }
    if (code == QLatin1String("RequestTimeTooSkewed")) {
        return rejected(tr("%1 refused the request because this computer's clock is off by more "
                           "than 15 minutes; correct the clock and try again.")
                            .arg(host),
                        Diagnosis::ClockSkew);
    }
    if (code == QLatin1String("AuthorizationHeaderMalformed")) {
        return rejected(tr("%1 refused the signed request: %2 (is the region right?)")
                            .arg(host, words.isEmpty() ? code : words));
    }
    if (status == 429 || status == 503 || status >= 500) {
        Error e = fail(ErrorKind::Network,
                       tr("%1 could not answer the signed request (HTTP %2); try again later.")
                           .arg(host)
                           .arg(status));
        e.diagnosis = status == 429 || code == QLatin1String("SlowDown")
                          ? Diagnosis::RateLimited
                          : Diagnosis::ProviderOutage;
        e.httpStatus = status;
        return e;
    }
    return rejected(
        code.isEmpty()
            ? tr("%1 refused the signed request (HTTP %2).").arg(host).arg(status)
            : tr("%1 refused the signed request: %2 (HTTP %3).").arg(host, code).arg(status));
}

void S3Verify::run(HttpClient& http, const Provider& provider, const S3Credentials& credentials,
                   QObject* context, Done done)
{
    auto later = [context, done](const Error& e) {
        QTimer::singleShot(0, context ? context : QCoreApplication::instance(),
                           [done, e] { done(e); });
    };
    if (!provider.keys) {
        later(fail(ErrorKind::Usage, tr("%1 does not use access keys.").arg(provider.name)));
        return;
    }
    const VerifySpec spec = provider.verifyFor(Scheme::Keys);
    QString endpoint = credentials.endpoint.toString();
    while (endpoint.endsWith(QLatin1Char('/')))
        endpoint.chop(1);
    const QHash<QString, QString> vars{{QStringLiteral("endpoint"), endpoint},
                                       {QStringLiteral("region"), credentials.region}};
    Result<QString> url = tmpl::expand(spec.url, vars);
    if (!url.ok()) {
        later(url.error());
        return;
    }
    HttpRequest request;
    request.method = spec.method.toLatin1();
    request.url = QUrl(*url, QUrl::StrictMode);
    if (Status s = UrlPolicy::checkEndpoint(request.url, tr("endpoint")); !s.ok()) {
        later(s.error());
        return;
    }
    crypto::SigV4::Request toSign;
    toSign.method = request.method;
    toSign.url = request.url;
    crypto::SigV4::Credentials creds{credentials.accessKeyId, credentials.secretKey,
                                     credentials.region, provider.keys->service};
    Result<crypto::SigV4::Signed> signature =
        crypto::SigV4::sign(toSign, creds, QDateTime::currentDateTimeUtc());
    if (!signature.ok()) {
        later(signature.error());
        return;
    }
    for (const auto& [name, value] : signature->headers)
        request.headers.append({name, value});
    request.headers.append({QByteArrayLiteral("Accept"), QByteArrayLiteral("application/xml")});
    const QString host = request.url.host();
    const QString keyId = credentials.accessKeyId;
    // No automatic retry: a signature is only good for a few minutes anyway and is cheap to redo.
    http.send(request, context, [done, spec, host, keyId](Result<HttpResponse> r) {
        if (!r.ok()) {
            done(r.error());
            return;
        }
        done(parse(spec, r->status, r->body, host, keyId));
    });
}

} // namespace authdeck
