#include "auth/DeviceAuthorization.h"

#include "auth/TokenResponse.h"
#include "core/Async.h"
#include "core/DisplayText.h"
#include "core/Log.h"
#include "net/HttpCall.h"
#include "net/HttpClient.h"
#include "net/UrlPolicy.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace authdeck {

namespace {

const QByteArray DeviceGrant = QByteArrayLiteral("urn:ietf:params:oauth:grant-type:device_code");

} // namespace

DeviceAuthorization::DeviceAuthorization(HttpClient& http, Config config, QObject* parent)
    : QObject(parent)
    , m_http(http)
    , m_config(std::move(config))
    , m_tokens(http)
{
    m_timer.setSingleShot(true);
    // A coarse timer may fire up to 5 % early: a poll that comes before the interval is up is
    // answered slow_down (and the interval grows for good).
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &DeviceAuthorization::poll);
}

DeviceAuthorization::~DeviceAuthorization() = default; // calls die with their context (this)

Result<DeviceCode> DeviceAuthorization::parseCode(const QByteArray& body, SecretBytes* deviceCode,
                                                  const QString& host)
{
    auto bad = [&](const QString& field) {
        return fail(ErrorKind::Network,
                    tr("%1 answered the device authorization request without a usable \"%2\".")
                        .arg(host, field));
    };
    QJsonParseError perr{};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &perr);
    if (perr.error != QJsonParseError::NoError || !doc.isObject())
        return fail(ErrorKind::Network,
                    tr("%1 answered the device authorization request with something other than "
                       "JSON.")
                        .arg(host));
    const QJsonObject o = doc.object();
    DeviceCode code;
    const QString device = o.value(QLatin1String("device_code")).toString();
    if (device.isEmpty())
        return bad(QStringLiteral("device_code"));
    code.userCode = o.value(QLatin1String("user_code")).toString();
    if (code.userCode.isEmpty() || code.userCode.size() > 64
        || displaySafe(code.userCode) != code.userCode)
        return bad(QStringLiteral("user_code"));
    // Some servers (Google's first version, old Microsoft endpoints) say verification_url.
    QString uri = o.value(QLatin1String("verification_uri")).toString();
    if (uri.isEmpty())
        uri = o.value(QLatin1String("verification_url")).toString();
    code.verificationUri = QUrl(uri, QUrl::StrictMode);
    if (uri.isEmpty() || !code.verificationUri.isValid()
        || !UrlPolicy::checkEndpoint(code.verificationUri, QStringLiteral("verification_uri")).ok())
        return bad(QStringLiteral("verification_uri"));
    const QString complete = o.value(QLatin1String("verification_uri_complete")).toString();
    if (!complete.isEmpty()) {
        const QUrl u(complete, QUrl::StrictMode);
        if (!u.isValid()
            || !UrlPolicy::checkEndpoint(u, QStringLiteral("verification_uri_complete")).ok())
            return bad(QStringLiteral("verification_uri_complete"));
        code.verificationUriComplete = u;
    }
    const QJsonValue expires = o.value(QLatin1String("expires_in"));
    code.expiresIn = expires.isString() ? expires.toString().toInt() : expires.toInt(0);
    if (code.expiresIn <= 0)
        return bad(QStringLiteral("expires_in"));
    code.expiresIn = std::min(code.expiresIn, 3600);
    const QJsonValue interval = o.value(QLatin1String("interval"));
    if (!interval.isUndefined()) {
        code.interval = interval.isString() ? interval.toString().toInt() : interval.toInt(0);
        if (code.interval <= 0)
            return bad(QStringLiteral("interval"));
    }
    code.interval = std::min(code.interval, MaxIntervalSeconds);
    code.expires = QDateTime::currentDateTimeUtc().addSecs(code.expiresIn);
    if (deviceCode)
        *deviceCode = SecretBytes(device.toUtf8());
    return code;
}

void DeviceAuthorization::start()
{
    const QString host = m_config.deviceUrl.host();
    if (Status s = UrlPolicy::checkEndpoint(m_config.deviceUrl, tr("device authorization URL"));
        !s.ok()) {
        postLater(this, [this, e = s.error()] { finish(e); });
        return;
    }
    TokenRequest req = m_config.client;
    req.tokenUrl = m_config.deviceUrl;
    req.form.clear();
    if (!m_config.scopes.isEmpty())
        req.form.append({QByteArrayLiteral("scope"),
                         SecretBytes(m_config.scopes.join(m_config.scopeSeparator).toUtf8())});
    Result<HttpRequest> http = TokenClient::prepare(req);
    if (!http.ok()) {
        postLater(this, [this, e = http.error()] { finish(e); });
        return;
    }
    qCInfo(lcAuth) << "device authorization request to" << host;
    m_call = m_http.send(*http, this, [this, host](Result<HttpResponse> r) {
        if (!r.ok()) {
            finish(r.error());
            return;
        }
        if (r->status != 200) {
            if (auto oe = TokenResponseParser::parseError(r->body)) {
                Error e = TokenResponseParser::classify(*oe, r->status, host);
                if (r->status >= 500 || r->status == 429)
                    e.kind = ErrorKind::Network;
                finish(e);
                return;
            }
            finish(fail(r->status >= 500 || r->status == 429 ? ErrorKind::Network
                                                             : ErrorKind::Rejected,
                        tr("%1 refused the device authorization request (HTTP %2).")
                            .arg(host)
                            .arg(r->status)));
            return;
        }
        Result<DeviceCode> code = parseCode(r->body, &m_deviceCode, host);
        if (!code.ok()) {
            finish(code.error());
            return;
        }
        m_code = *code;
        Q_EMIT codeReady(m_code);
        schedulePoll();
    });
}

void DeviceAuthorization::schedulePoll()
{
    if (m_done)
        return;
    const qint64 left = QDateTime::currentDateTimeUtc().msecsTo(m_code.expires);
    if (left <= 0) {
        finish(fail(ErrorKind::Rejected,
                    tr("The code %1 expired before anyone entered it at %2. Start again for a "
                       "new code.")
                        .arg(m_code.userCode, m_code.verificationUri.toString())));
        return;
    }
    m_timer.start(int(std::min<qint64>(qint64(m_code.interval) * 1000, left)));
}

void DeviceAuthorization::poll()
{
    if (m_done)
        return;
    if (QDateTime::currentDateTimeUtc() >= m_code.expires) {
        schedulePoll(); // reports the expiry
        return;
    }
    TokenRequest req = m_config.client;
    req.maxAttempts = 1; // pacing is ours: the interval, not Retry-After
    req.form = {{QByteArrayLiteral("grant_type"), SecretBytes(DeviceGrant)},
                {QByteArrayLiteral("device_code"), m_deviceCode}};
    ++m_polls;
    m_tokens.requestDetailed(req, this, [this](Result<TokenResult> r, const TokenReplyInfo&) {
        if (m_done)
            return;
        if (r.ok()) {
            finish(r);
            return;
        }
        const Error& e = r.error();
        const QString code = e.providerCode;
        if (code == QLatin1String("authorization_pending")) {
            schedulePoll();
        } else if (code == QLatin1String("slow_down")) {
            m_code.interval = std::min(m_code.interval + SlowDownSeconds, MaxIntervalSeconds);
            qCInfo(lcAuth) << "device flow: slow_down, polling every" << m_code.interval << "s";
            Q_EMIT intervalChanged(m_code.interval);
            schedulePoll();
        } else if (code == QLatin1String("access_denied")) {
            Error denied = e;
            denied.kind = ErrorKind::Rejected;
            denied.message = tr("The sign-in with the code %1 was denied at %2.")
                                 .arg(m_code.userCode, m_config.providerName);
            finish(denied);
        } else if (code == QLatin1String("expired_token")) {
            Error expired = e;
            expired.kind = ErrorKind::Rejected;
            expired.message = tr("The code %1 expired at %2 before the sign-in was "
                                 "finished. Start again for a new code.")
                                  .arg(m_code.userCode, m_config.providerName);
            finish(expired);
        } else if (e.kind == ErrorKind::Network && e.httpStatus == 0
                   && e.diagnosis == Diagnosis::Timeout) {
            // Section 3.5: a poll that timed out backs off before the next.
            m_code.interval = std::min(m_code.interval * 2, MaxIntervalSeconds);
            Q_EMIT intervalChanged(m_code.interval);
            schedulePoll();
        } else {
            finish(r);
        }
    });
}

void DeviceAuthorization::cancel()
{
    if (m_done)
        return;
    m_timer.stop();
    if (m_call)
        m_call->cancel();
    finish(fail(ErrorKind::Cancelled, tr("The sign-in with a code was cancelled.")));
}

void DeviceAuthorization::finish(const Result<TokenResult>& result)
{
    if (m_done)
        return;
    m_done = true;
    m_timer.stop();
    m_deviceCode.clear();
    Q_EMIT finished(result);
}

} // namespace authdeck
