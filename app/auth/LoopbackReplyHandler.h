#pragma once

#include "core/Result.h"

#include "net/HttpResponder.h"

#include <QAbstractOAuthReplyHandler>
#include <QString>
#include <QTimer>

#include <memory>

namespace authdeck {

class LocalHttpServer;
struct HttpServerRequest;
class UrlEncodedForm;

// What the browser brought back to the loopback listener.
struct AuthorizationResponse {
    QString code;
    QString tenant; // admin consent (Microsoft identity platform): the tenant that consented
};

// The loopback redirect listener of a native-app sign-in (RFC 8252 section 7.3), as a reply
// handler for QOAuth2AuthorizationCodeFlow.
//
//   any local process --GET /callback?...(state missing or wrong)--> 400, keeps waiting
//   browser --GET http://127.0.0.1:<port>/callback?code&state[&iss]--> LoopbackReplyHandler
//           (the response is held)                                   | state right: checks iss,
//                                               redirectReceived <---' error=, code; once only
//   connect job: exchange, verify, save ... answerBrowser(outcome)
//   browser <--page: signed in / what failed (or "still working" after HoldMs)--'
//                                               browserAnswered <--- page written or peer gone
//
// Qt 6.4's QOAuthHttpServerReplyHandler listens on every interface, treats a state mismatch as a
// log line and parses token replies silently; this handler instead:
// - listens on 127.0.0.1 only (never all interfaces, never "localhost"), on an ephemeral port or
//   the port an app registration fixes;
// - answers only GET /callback (anything else 404), reads at most 4 KiB of a request, and keeps
//   a slot for the browser however many connections other programs hold (LocalHttpServer);
// - counts only a redirect that carries the state it was given (exactly once, compared in
//   constant time). Any local program can send requests here and none knows the state, so a
//   request without it is answered 400 and ignored: it neither ends nor spoils the wait, which
//   lasts until the real redirect or the sign-in's own timeout;
// - checks that redirect as RFC 9207 section 2.4 asks: where the authorization server is known
//   to send `iss`, a redirect without it or with another one is a failed sign-in (a mix-up), and
//   so is an undeclared `iss` naming another server; `error=` redirects become errors;
// - holds the browser's response until the connect job knows the outcome (answerBrowser), so the
//   page never says "signed in" for a sign-in whose token exchange then fails; after HoldMs the
//   browser gets an honest "still working" page instead of waiting on;
// - after the real redirect, answers every further request "this sign-in is finished".
class LoopbackReplyHandler : public QAbstractOAuthReplyHandler {
    Q_OBJECT
public:
    explicit LoopbackReplyHandler(QObject* parent = nullptr);
    ~LoopbackReplyHandler() override;

    // Starts listening on 127.0.0.1 (port 0: any free port).
    [[nodiscard]] Status listen(quint16 port);
    // Stops listening; a held browser response stays held.
    void close();
    [[nodiscard]] bool isListening() const;
    [[nodiscard]] quint16 port() const;

    // http://127.0.0.1:<port>/callback
    [[nodiscard]] QString callback() const override;

    void setExpectedState(const QString& state) { m_state = state; }
    // The issuer the sign-in started with; when set, a redirect must carry exactly this `iss`.
    // Without it, an `iss` that is present must still equal fallbackIssuer (the authorization
    // endpoint's origin).
    void setExpectedIssuer(const QString& issuer, const QString& fallbackIssuer)
    {
        m_issuer = issuer;
        m_fallbackIssuer = fallbackIssuer;
    }
    // The redirect answers a tenant-wide admin consent request (Microsoft identity platform):
    // it carries admin_consent=True and tenant instead of a code.
    void setExpectAdminConsent(bool expect) { m_expectAdminConsent = expect; }
    // How long the browser may wait for the outcome (default HoldMs).
    void setHoldTimeout(int ms) { m_holdMs = ms; }
    // Names the provider in the browser page and in messages.
    void setProviderName(const QString& name) { m_providerName = name; }

    // Whether a redirect carries this sign-in's state (exactly one, equal in constant time):
    // only such a request can be the answer to the authorization request AuthDeck made.
    [[nodiscard]] bool belongsToThisSignIn(const UrlEncodedForm& query) const;
    // Checks a redirect's parameters exactly as a browser callback would be checked (used for
    // the "paste the address you were sent to" fallback too, where a wrong state is an error).
    [[nodiscard]] Result<AuthorizationResponse> check(const UrlEncodedForm& query) const;

    // Answers the browser's held request with the sign-in's outcome: success (successDetail says
    // what was connected) or the error in plain words. No-op unless a response is held.
    void answerBrowser(const Status& outcome, const QString& successDetail = {});
    // The real redirect arrived and its response waits for answerBrowser.
    [[nodiscard]] bool isHoldingBrowser() const { return m_phase == Phase::Holding; }
    // Nothing (more) to deliver to the browser: no redirect came, or the page that ended the
    // sign-in is written to the socket, or the browser left, or FlushWaitMs passed.
    [[nodiscard]] bool isBrowserAnswered() const;
    // Requests refused because they did not carry this sign-in's state.
    [[nodiscard]] int strayRequests() const { return m_strays; }

    // Required by the base class, never called: no token request goes through Qt's flow.
    void networkReplyFinished(QNetworkReply* reply) override;

    static constexpr qint64 MaxRequestBytes = 4096;
    // Browsers open 2-6 connections to a host (and ask for a favicon); the rest is headroom for
    // whatever else connects, which LocalHttpServer displaces before it could crowd the browser.
    static constexpr int MaxConnections = 16;
    // From accept to the last byte of the request: a browser sends it at once.
    static constexpr int HeaderTimeoutMs = 5000;
    // The longest the browser waits for the outcome before it gets "still working": well past a
    // normal exchange, verification and save (a second or two), well short of a browser's own
    // patience (minutes).
    static constexpr int HoldMs = 30000;
    // The longest answerBrowser's page may take to be written before browserAnswered anyway.
    static constexpr int FlushWaitMs = 3000;

Q_SIGNALS:
    void redirectReceived(const authdeck::Result<authdeck::AuthorizationResponse>& result);
    // A request after the real redirect was answered "finished" (the sign-in is not affected).
    void extraRedirectRefused();
    // A request without this sign-in's state was answered 400 (the wait goes on).
    void strayRequestRefused();
    // Once, when the page that ends the sign-in is out (see isBrowserAnswered).
    void browserAnswered();

private:
    enum class Phase { Waiting, Holding, Answered };
    enum class Tone { Success, Failure, Neutral };

    void onCallback(const HttpServerRequest& request, const HttpResponder& responder);
    // The page that ends the sign-in for the browser; browserAnswered follows once it is out.
    void writeFinalPage(const HttpResponder& responder, int status, Tone tone,
                        const QString& heading, const QString& detail);
    void markBrowserAnswered();
    [[nodiscard]] static QByteArray page(Tone tone, const QString& heading, const QString& detail);
    [[nodiscard]] static HttpHeaderList pageHeaders();

    std::unique_ptr<LocalHttpServer> m_server;
    bool m_expectAdminConsent = false;
    QString m_state;
    QString m_issuer;
    QString m_fallbackIssuer;
    QString m_providerName;
    Phase m_phase = Phase::Waiting;
    HttpResponder m_browser;
    QTimer m_holdTimer;
    QTimer m_flushTimer;
    int m_holdMs = HoldMs;
    int m_strays = 0;
    bool m_browserAnswered = false;
};

} // namespace authdeck
