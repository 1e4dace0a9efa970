#pragma once

#include "auth/TokenClient.h"
#include "core/Result.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>

namespace authdeck {

class HttpClient;
class HttpCall;

// What the device authorization endpoint answered (RFC 8628 section 3.2): the user opens
// verificationUri on any device and types userCode; verificationUriComplete (optional) carries
// the code already, for a QR code or a click.
struct DeviceCode {
    QString userCode;
    QUrl verificationUri;
    QUrl verificationUriComplete;
    int expiresIn = 0; // seconds
    int interval = 5;  // seconds between polls (5 when the server names none)
    QDateTime expires; // UTC
};

// The device authorization grant (RFC 8628), for machines without a browser:
//
//   start --POST device endpoint: client_id, scope (+ client authentication)-->
//         <--device_code, user_code, verification_uri[_complete], expires_in, interval--
//   codeReady(code): show the URI and the code
//   every interval: POST token endpoint grant_type=urn:ietf:params:oauth:grant-type:device_code,
//                   device_code (+ client authentication)
//     authorization_pending -> poll again after interval
//     slow_down             -> interval += 5 s, for this and every later poll (section 3.5)
//     access_denied         -> Rejected: the user said no
//     expired_token, or expires_in passed -> Rejected: the code expired, start again
//     a timeout             -> the interval doubles (section 3.5), then poll again
//     tokens                -> finished(tokens)
//   cancel() -> no further poll; finished(Cancelled)
//
// The device code is a secret (whoever holds it gets the tokens): it is never logged or shown.
class DeviceAuthorization : public QObject {
    Q_OBJECT
public:
    struct Config {
        QString providerName;
        QUrl deviceUrl;
        TokenRequest client; // tokenUrl, allowedOrigins and the client authentication
        QStringList scopes;
        QString scopeSeparator = QStringLiteral(" ");
    };
    static constexpr int SlowDownSeconds = 5;
    static constexpr int MaxIntervalSeconds = 60;

    DeviceAuthorization(HttpClient& http, Config config, QObject* parent = nullptr);
    ~DeviceAuthorization() override;

    void start();
    void cancel();
    [[nodiscard]] int interval() const { return m_code.interval; }
    [[nodiscard]] int polls() const { return m_polls; }

    // Reads the device endpoint's answer (for tests and the sandbox's own checks).
    [[nodiscard]] static Result<DeviceCode> parseCode(const QByteArray& body,
                                                      SecretBytes* deviceCode, const QString& host);

Q_SIGNALS:
    void codeReady(const authdeck::DeviceCode& code);
    void intervalChanged(int seconds);
    void finished(const authdeck::Result<authdeck::TokenResult>& result);

private:
    void schedulePoll();
    void poll();
    void finish(const Result<TokenResult>& result);

    HttpClient& m_http;
    Config m_config;
    TokenClient m_tokens;
    DeviceCode m_code;
    SecretBytes m_deviceCode;
    QTimer m_timer;
    QPointer<HttpCall> m_call;
    int m_polls = 0;
    bool m_done = false;
};

} // namespace authdeck

Q_DECLARE_METATYPE(authdeck::DeviceCode)
