#include "auth/OAuthSignIn.h"

#include "core/Log.h"
#include "crypto/Pkce.h"
#include "crypto/Random.h"
#include "net/UrlEncodedForm.h"
#include "providers/Provider.h"

#include <QOAuth2AuthorizationCodeFlow>

namespace authdeck {

OAuthSignIn::OAuthSignIn(const OAuthSignInConfig& config, QObject* parent)
    : QObject(parent)
    , m_config(config)
{
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        QString message = tr("No sign-in arrived within %1 seconds; the sign-in was stopped. "
                             "Start it again, or paste the address the browser was sent to.")
                              .arg(m_config.timeoutSeconds);
        // Requests without this sign-in's state were ignored while waiting; say so, since the
        // browser may have ended at one (a stale tab, a provider sending someone else's state).
        if (const int strays = m_handler ? m_handler->strayRequests() : 0; strays > 0) {
            message += QLatin1Char(' ')
                       + tr("%n answer(s) that did not belong to this sign-in (wrong or missing "
                            "state) were ignored.",
                            nullptr, strays);
        }
        Error e = fail(ErrorKind::Network, message);
        e.diagnosis = Diagnosis::Timeout;
        finish(e);
    });
}

OAuthSignIn::~OAuthSignIn() = default;

QString OAuthSignIn::redirectUri() const
{
    return m_handler ? m_handler->callback() : QString();
}

Status OAuthSignIn::start()
{
    m_handler = new LoopbackReplyHandler(this);
    if (Status s = m_handler->listen(m_config.port); !s.ok())
        return s;
    m_state = crypto::Random::randomToken(32); // 192 bits, base64url characters only
    m_handler->setExpectedState(m_state);
    const QString origin = m_config.authorizeUrl
                               .adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment
                                         | QUrl::RemoveUserInfo)
                               .toString();
    m_handler->setExpectedIssuer(m_config.issuer,
                                 m_config.knownIssuer.isEmpty() ? origin : m_config.knownIssuer);
    m_handler->setProviderName(m_config.providerName);
    connect(m_handler, &LoopbackReplyHandler::redirectReceived, this,
            [this](const Result<AuthorizationResponse>& r) {
                if (!r.ok()) {
                    finish(r.error());
                    return;
                }
                finish(Grant{r->code, m_handler->callback(), m_verifier});
            });

    if (m_config.pkce) {
        Result<SecretBytes> verifier = crypto::Pkce::createVerifier(64);
        if (!verifier.ok())
            return verifier.error();
        m_verifier = *verifier;
    }

    m_flow = new QOAuth2AuthorizationCodeFlow(this);
    m_flow->setReplyHandler(m_handler);
    m_flow->setAuthorizationUrl(m_config.authorizeUrl);
    // Never used for the exchange (TokenClient does it), but grant() refuses to run without one.
    m_flow->setAccessTokenUrl(m_config.tokenUrl);
    m_flow->setClientIdentifier(m_config.clientId);
    m_flow->setScope(m_config.scopes.join(m_config.scopeSeparator));
    m_flow->setState(m_state);
    const QString challenge =
        m_config.pkce ? crypto::Pkce::challengeS256(m_verifier.bytes()) : QString();
    // The URL the browser gets is built by buildAuthorizationUrl alone: Qt's flow only signals
    // the moment (its own URL would take the catalog's parameters as they come).
    const QUrl url = buildAuthorizationUrl(m_config, m_handler->callback(), m_state, challenge);
    connect(m_flow, &QAbstractOAuth::authorizeWithBrowser, this, [this, url](const QUrl&) {
        m_url = url;
        qCDebug(lcAuth) << "authorization URL ready for" << url.host();
        Q_EMIT authorizationUrlReady(url);
    });
    m_timeout.start(std::max(1, m_config.timeoutSeconds) * 1000);
    m_flow->grant();
    if (m_url.isEmpty())
        return fail(ErrorKind::Other, tr("The authorization URL could not be built."));
    return {};
}

QUrl OAuthSignIn::buildAuthorizationUrl(const OAuthSignInConfig& config, const QString& redirectUri,
                                        const QString& state, const QString& challenge)
{
    QList<std::pair<QString, QString>> parameters{
        {QStringLiteral("response_type"), QStringLiteral("code")},
        {QStringLiteral("client_id"), config.clientId},
        {QStringLiteral("redirect_uri"), redirectUri},
    };
    const QString scope = config.scopes.join(config.scopeSeparator);
    if (!scope.isEmpty())
        parameters.append({QStringLiteral("scope"), scope});
    parameters.append({QStringLiteral("state"), state});
    if (!challenge.isEmpty()) {
        parameters.append({QStringLiteral("code_challenge"), challenge});
        parameters.append({QStringLiteral("code_challenge_method"), QStringLiteral("S256")});
    }
    for (auto it = config.extraParameters.begin(); it != config.extraParameters.end(); ++it) {
        if (OAuth2Spec::isProtocolAuthorizeParameter(it.key())
            || !OAuth2Spec::isParameterName(it.key())) {
            qCWarning(lcAuth) << "left out an authorize parameter AuthDeck sets itself or that "
                                 "is not a parameter name";
            continue;
        }
        parameters.append({it.key(), it.value()});
    }
    QByteArray query;
    for (const auto& [name, value] : std::as_const(parameters)) {
        if (!query.isEmpty())
            query.append('&');
        // Names are plain parameter names (checked above), so they need no escaping.
        query.append(name.toLatin1());
        query.append('=');
        query.append(QUrl::toPercentEncoding(value));
    }
    QUrl url = config.authorizeUrl;
    url.setQuery(QString::fromLatin1(query), QUrl::StrictMode);
    return url;
}

void OAuthSignIn::pasteRedirect(const QString& text)
{
    if (m_finished)
        return;
    const QString t = text.trimmed();
    // The redirect URI the code was issued for: taken before the listener closes (its port goes
    // with it).
    const QString redirectTo = m_handler->callback();
    const QUrl url(t, QUrl::StrictMode);
    if (url.isValid() && !url.scheme().isEmpty() && url.hasQuery()) {
        std::optional<UrlEncodedForm> query =
            UrlEncodedForm::parse(url.query(QUrl::FullyEncoded).toUtf8());
        if (!query) {
            finish(fail(ErrorKind::Usage, tr("The pasted address is not a valid sign-in answer.")));
            return;
        }
        m_handler->close();
        Result<AuthorizationResponse> r = m_handler->check(*query);
        if (!r.ok())
            finish(r.error());
        else
            finish(Grant{r->code, redirectTo, m_verifier});
        return;
    }
    // A bare code: nothing to check it against but its shape.
    if (t.isEmpty() || t.size() > 2048 || t.contains(QLatin1Char(' '))) {
        finish(fail(ErrorKind::Usage,
                    tr("Paste the whole address the browser was sent to, or the code.")));
        return;
    }
    m_handler->close();
    finish(Grant{t, redirectTo, m_verifier});
}

void OAuthSignIn::cancel()
{
    finish(fail(ErrorKind::Cancelled, tr("The sign-in was cancelled.")));
}

void OAuthSignIn::finish(const Result<Grant>& result)
{
    if (m_finished)
        return;
    m_finished = true;
    m_timeout.stop();
    // After the real redirect the listener stays up while the browser's response is held, to
    // answer a reload or a second tab "finished"; it closes itself once the page is out.
    if (m_handler && !m_handler->isHoldingBrowser())
        m_handler->close();
    Q_EMIT finished(result);
}

} // namespace authdeck
