#include "auth/LoopbackReplyHandler.h"

#include "auth/TokenResponse.h"
#include "core/Log.h"
#include "net/LocalHttpServer.h"
#include "net/UrlEncodedForm.h"

#include <QNetworkReply>
#include <QTimer>
#include <QUrl>

#include <openssl/crypto.h>

namespace authdeck {

namespace {

bool constantTimeEquals(const QString& a, const QString& b)
{
    const QByteArray x = a.toUtf8();
    const QByteArray y = b.toUtf8();
    return x.size() == y.size()
           && CRYPTO_memcmp(x.constData(), y.constData(), static_cast<size_t>(x.size())) == 0;
}

} // namespace

LoopbackReplyHandler::LoopbackReplyHandler(QObject* parent)
    : QAbstractOAuthReplyHandler(parent)
    , m_server(std::make_unique<LocalHttpServer>())
{
    m_server->setMaxRequestBytes(MaxRequestBytes);
    m_server->setReadTimeout(HeaderTimeoutMs);
    m_server->setMaxConnections(MaxConnections);
    m_server->route("GET", QStringLiteral("/callback"),
                    [this](const HttpServerRequest& request, HttpResponder responder) {
                        onCallback(request, responder);
                    });
    m_holdTimer.setSingleShot(true);
    connect(&m_holdTimer, &QTimer::timeout, this, [this] {
        if (m_phase != Phase::Holding)
            return;
        qCInfo(lcAuth) << "the sign-in is taking long; the browser is sent back to AuthDeck";
        writeFinalPage(m_browser, 200, Tone::Neutral, tr("AuthDeck is still working"),
                       tr("AuthDeck is still finishing the connection. Return to AuthDeck to see "
                          "whether it succeeded; you can close this tab."));
    });
    m_flushTimer.setSingleShot(true);
    connect(&m_flushTimer, &QTimer::timeout, this, &LoopbackReplyHandler::markBrowserAnswered);
}

LoopbackReplyHandler::~LoopbackReplyHandler()
{
    // Gone before the outcome was known (the window closed, the job deleted): say so rather than
    // leave the browser waiting on a connection that is about to drop. The server hands the
    // connection over so the page still goes out.
    if (m_phase == Phase::Holding) {
        writeFinalPage(m_browser, 500, Tone::Failure, tr("The sign-in did not complete"),
                       tr("AuthDeck stopped before the connection was finished. Start the "
                          "sign-in again in AuthDeck."));
    }
}

Status LoopbackReplyHandler::listen(quint16 port)
{
    // 127.0.0.1 exactly: not every interface (Qt 6.4's default), not "localhost", which DNS or
    // /etc/hosts could point elsewhere or to ::1 where another program listens.
    if (!m_server->listen(QHostAddress::LocalHost, port)) {
        if (port != 0) {
            return fail(ErrorKind::Network,
                        tr("The redirect port %1 on 127.0.0.1 is in use by another program (%2); "
                           "close it or choose another port for the app registration.")
                            .arg(port)
                            .arg(m_server->errorString()));
        }
        return fail(
            ErrorKind::Network,
            tr("Cannot listen for the sign-in on 127.0.0.1: %1").arg(m_server->errorString()));
    }
    qCDebug(lcAuth) << "redirect listener on 127.0.0.1 port" << m_server->port();
    return {};
}

void LoopbackReplyHandler::close()
{
    m_server->close();
}

bool LoopbackReplyHandler::isListening() const
{
    return m_server->isListening();
}

quint16 LoopbackReplyHandler::port() const
{
    return m_server->port();
}

QString LoopbackReplyHandler::callback() const
{
    return QStringLiteral("http://127.0.0.1:%1/callback").arg(m_server->port());
}

bool LoopbackReplyHandler::belongsToThisSignIn(const UrlEncodedForm& query) const
{
    // Exactly one state: a second one (even a right one) could only come from someone editing
    // the address, and which of the two counts would be a guess.
    const QStringList states = query.values("state");
    return states.size() == 1 && !m_state.isEmpty() && constantTimeEquals(states.first(), m_state);
}

Result<AuthorizationResponse> LoopbackReplyHandler::check(const UrlEncodedForm& query) const
{
    const QString provider = m_providerName.isEmpty() ? tr("The provider") : m_providerName;
    auto rejected = [](const QString& message, Diagnosis d = Diagnosis::None) {
        Error e = fail(ErrorKind::Rejected, message);
        e.diagnosis = d;
        return e;
    };
    if (!belongsToThisSignIn(query)) {
        return rejected(
            tr("The sign-in answer does not belong to the sign-in AuthDeck started (its "
               "state does not match); it was refused. Start the sign-in again."));
    }
    // RFC 6749 section 3.1: a parameter sent twice makes the response invalid.
    if (!query.duplicateNames().isEmpty()) {
        return rejected(tr("The sign-in answer repeats the parameter \"%1\"; it was refused.")
                            .arg(query.duplicateNames().first()));
    }
    // RFC 9207 section 2.4, error responses included: a server known to send iss must send its
    // own, and the response is rejected otherwise (a mix-up: the code may be another server's).
    const QString iss = query.value("iss");
    if (!m_issuer.isEmpty() && iss != m_issuer) {
        return rejected(tr("The sign-in answer comes from a different authorization server (\"%1\" "
                           "instead of \"%2\"); it was refused.")
                            .arg(iss.isEmpty() ? tr("none") : iss, m_issuer));
    }
    if (m_issuer.isEmpty() && !iss.isEmpty() && iss != m_fallbackIssuer) {
        return rejected(tr("The sign-in answer names another authorization server (\"%1\"); it was "
                           "refused.")
                            .arg(iss));
    }
    if (query.contains("error")) {
        TokenResponseParser::OAuthError oe{query.value("error").left(200),
                                           query.value("error_description").left(500),
                                           query.value("error_uri").left(500)};
        Error e = TokenResponseParser::classify(oe, 0, provider);
        e.kind = oe.error == QLatin1String("server_error")
                         || oe.error == QLatin1String("temporarily_unavailable")
                     ? ErrorKind::Network
                     : ErrorKind::Rejected;
        if (oe.error == QLatin1String("access_denied"))
            e.message = tr("Access was denied: the sign-in at %1 was declined.").arg(provider);
        return e;
    }
    if (m_expectAdminConsent) {
        const QString tenant = query.value("tenant");
        if (query.value("admin_consent").compare(QLatin1String("True"), Qt::CaseInsensitive) != 0
            || tenant.isEmpty() || tenant.size() > 256)
            return rejected(tr("The answer to the admin consent request does not say that "
                               "consent was granted (admin_consent=True and a tenant)."));
        return AuthorizationResponse{{}, tenant};
    }
    const QString code = query.value("code");
    if (code.isEmpty())
        return rejected(tr("The sign-in answer has no authorization code."));
    if (code.size() > 2048)
        return rejected(tr("The sign-in answer's authorization code is implausibly long."));
    return AuthorizationResponse{code, {}};
}

void LoopbackReplyHandler::onCallback(const HttpServerRequest& request,
                                      const HttpResponder& responder)
{
    if (m_phase != Phase::Waiting) {
        // A reload, a second tab, another program: the sign-in took its one answer already.
        responder.respond(
            409, pageHeaders(),
            page(Tone::Neutral, tr("This sign-in is already finished"),
                 tr("AuthDeck accepts one answer per sign-in. You can close this tab.")));
        Q_EMIT extraRedirectRefused();
        return;
    }
    if (!belongsToThisSignIn(request.query)) {
        // Any local program can send this; it must not end the sign-in. No value is logged.
        ++m_strays;
        qCInfo(lcAuth) << "redirect listener ignored a request without this sign-in's state";
        responder.respond(
            400, pageHeaders(),
            page(Tone::Failure, tr("This is not the sign-in AuthDeck is waiting for"),
                 tr("The address does not carry the sign-in AuthDeck started, so it was "
                    "ignored. To sign in, use the address AuthDeck shows, or start the sign-in "
                    "again in AuthDeck.")));
        Q_EMIT strayRequestRefused();
        return;
    }
    const Result<AuthorizationResponse> result = check(request.query);
    if (!result.ok()) {
        writeFinalPage(responder, 400, Tone::Failure, tr("The sign-in did not complete"),
                       result.error().message);
        Q_EMIT redirectReceived(result);
        return;
    }
    // The outcome is known only once the code is exchanged and the account saved: hold the
    // browser until then (answerBrowser), at most HoldMs.
    m_phase = Phase::Holding;
    m_browser = responder;
    m_holdTimer.start(m_holdMs);
    responder.whenClosed(this, [this] {
        if (m_phase != Phase::Holding)
            return;
        qCInfo(lcAuth) << "the browser left before the sign-in's outcome was known";
        m_phase = Phase::Answered;
        m_holdTimer.stop();
        markBrowserAnswered();
    });
    Q_EMIT redirectReceived(result);
}

void LoopbackReplyHandler::answerBrowser(const Status& outcome, const QString& successDetail)
{
    if (m_phase != Phase::Holding)
        return;
    if (outcome.ok()) {
        writeFinalPage(m_browser, 200, Tone::Success, tr("You are signed in"),
                       successDetail.isEmpty()
                           ? tr("AuthDeck has finished the connection. You can close this tab "
                                "and return to AuthDeck.")
                           : successDetail);
        return;
    }
    // The redirect itself was fine; what came after failed (the exchange, the identity call,
    // the keychain): 500, and the reason in the admin's words.
    writeFinalPage(m_browser, 500, Tone::Failure, tr("The sign-in did not complete"),
                   tr("%1 Return to AuthDeck to try again.").arg(outcome.error().message));
}

bool LoopbackReplyHandler::isBrowserAnswered() const
{
    return m_phase == Phase::Waiting || m_browserAnswered;
}

void LoopbackReplyHandler::writeFinalPage(const HttpResponder& responder, int status, Tone tone,
                                          const QString& heading, const QString& detail)
{
    m_phase = Phase::Answered;
    m_holdTimer.stop();
    responder.respond(status, pageHeaders(), page(tone, heading, detail));
    responder.whenClosed(this, [this] { markBrowserAnswered(); });
    m_flushTimer.start(FlushWaitMs);
}

void LoopbackReplyHandler::markBrowserAnswered()
{
    if (m_browserAnswered)
        return;
    m_browserAnswered = true;
    m_flushTimer.stop();
    m_browser = HttpResponder();
    m_server->close(); // the sign-in is over: nothing more to listen for
    Q_EMIT browserAnswered();
}

HttpHeaderList LoopbackReplyHandler::pageHeaders()
{
    return {{QByteArrayLiteral("Content-Type"), QByteArrayLiteral("text/html; charset=utf-8")},
            {QByteArrayLiteral("Content-Security-Policy"),
             QByteArrayLiteral("default-src 'none'; style-src 'unsafe-inline'")},
            {QByteArrayLiteral("Referrer-Policy"), QByteArrayLiteral("no-referrer")}};
}

QByteArray LoopbackReplyHandler::page(Tone tone, const QString& heading, const QString& detail)
{
    const QString color = tone == Tone::Success   ? QStringLiteral("#1e7a3c")
                          : tone == Tone::Failure ? QStringLiteral("#b3261e")
                                                  : QStringLiteral("#222");
    const QString html =
        QStringLiteral(
            "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>AuthDeck</title>"
            "<style>body{font-family:sans-serif;margin:15vh auto;max-width:34em;color:#222}"
            "h1{color:%1;font-size:1.5em}</style></head><body><h1>%2</h1><p>%3</p></body></html>")
            .arg(color, heading.toHtmlEscaped(), detail.toHtmlEscaped());
    return html.toUtf8();
}

void LoopbackReplyHandler::networkReplyFinished(QNetworkReply* reply)
{
    // Never called: this handler never emits callbackReceived, so Qt's flow never sends a token
    // request (TokenClient makes the exchange; docs/decisions/0002). The base class requires it.
    Q_UNUSED(reply)
}

} // namespace authdeck
