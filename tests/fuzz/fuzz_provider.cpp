// Provider catalog files (resources/providers/*.json and user-supplied ones), and the sign-in URL
// built with what they parse to: their authorize_params go into it.
#include "FuzzSupport.h"
#include "auth/OAuthSignIn.h"
#include "net/UrlEncodedForm.h"
#include "providers/ProviderParser.h"

using namespace authdeck;

FUZZ_INIT()

namespace {

// What the sign-in request must say whatever the provider file adds: exactly one of each
// parameter AuthDeck sets, with AuthDeck's values, and every extra value exactly as given.
void checkSignInUrl(const OAuth2Spec& spec)
{
    for (auto it = spec.authorizeParams.begin(); it != spec.authorizeParams.end(); ++it) {
        FUZZ_CHECK(!OAuth2Spec::isProtocolAuthorizeParameter(it.key()));
        FUZZ_CHECK(OAuth2Spec::isParameterName(it.key()));
    }
    OAuthSignInConfig config;
    // The catalog's URL is a template; a fixed one keeps the check on the query.
    config.authorizeUrl = QUrl(QStringLiteral("https://fuzz.example/authorize"));
    config.clientId = QStringLiteral("fuzz-client");
    config.scopes = spec.defaultScopes;
    config.scopeSeparator = spec.scopeSeparator;
    config.extraParameters = spec.authorizeParams;
    config.pkce = spec.pkce;
    const QString state = QStringLiteral("fuzz-state-0123456789");
    const QString redirect = QStringLiteral("http://127.0.0.1:8123/callback");
    const QString challenge = spec.pkce ? QStringLiteral("fuzz-challenge") : QString();
    const QUrl url = OAuthSignIn::buildAuthorizationUrl(config, redirect, state, challenge);
    FUZZ_CHECK(url.host() == QLatin1String("fuzz.example"));
    const std::optional<UrlEncodedForm> q =
        UrlEncodedForm::parse(url.query(QUrl::FullyEncoded).toUtf8());
    FUZZ_CHECK(q.has_value());
    FUZZ_CHECK(q->duplicateNames().isEmpty());
    FUZZ_CHECK(q->values(u"state") == QStringList{state});
    FUZZ_CHECK(q->value(u"redirect_uri") == redirect);
    FUZZ_CHECK(q->value(u"response_type") == QLatin1String("code"));
    FUZZ_CHECK(q->value(u"client_id") == config.clientId);
    FUZZ_CHECK(q->contains(u"code_challenge") == spec.pkce);
    if (spec.pkce) {
        FUZZ_CHECK(q->value(u"code_challenge") == challenge);
        FUZZ_CHECK(q->value(u"code_challenge_method") == QLatin1String("S256"));
    }
    for (auto it = spec.authorizeParams.begin(); it != spec.authorizeParams.end(); ++it)
        FUZZ_CHECK(q->value(it.key()) == QString::fromUtf8(it.value().toUtf8()));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray json = fuzz::bytes(data, size);
    const auto provider = ProviderParser::parse(json, QStringLiteral("fuzz.json"));
    if (!provider.ok())
        FUZZ_CHECK(!provider.error().message.isEmpty());
    // Pure: the same file, the same verdict.
    FUZZ_CHECK(ProviderParser::parse(json, QStringLiteral("fuzz.json")).ok() == provider.ok());
    if (provider.ok() && provider->oauth2)
        checkSignInUrl(*provider->oauth2);
    return 0;
}
