#include "auth/Revocation.h"

#include "core/Log.h"

namespace authdeck {

TokenRequest revocationRequest(const RevocationTarget& target, const SecretBytes& token,
                               bool isRefreshToken)
{
    TokenRequest req;
    req.tokenUrl = target.revokeUrl;
    req.allowedOrigins = target.allowedOrigins;
    ClientAuthentication::apply(req, target.provider, target.app, target.appSecrets,
                                target.tokenUrl);
    req.form = {{QByteArrayLiteral("token"), token},
                {QByteArrayLiteral("token_type_hint"),
                 SecretBytes(isRefreshToken ? QByteArrayLiteral("refresh_token")
                                            : QByteArrayLiteral("access_token"))}};
    return req;
}

void revokeQuietly(HttpClient& http, QObject* owner, const RevocationTarget& target,
                   const TokenResult& tokens, std::function<void()> then)
{
    if (target.revokeUrl.isEmpty()) {
        if (then)
            then();
        return;
    }
    const bool refresh = !tokens.token.refreshToken.isEmpty();
    TokenRequest req = revocationRequest(
        target, refresh ? tokens.token.refreshToken : tokens.token.accessToken, refresh);
    req.maxAttempts = 1;
    req.deadlineMs = then ? 10000 : 0; // someone waits for it: not the full default
    auto* client = new TokenClient(http, owner);
    client->revoke(req, nullptr, [client, then = std::move(then)](Status s) {
        if (!s.ok())
            qCInfo(lcAuth) << "could not revoke the tokens of an abandoned connection";
        client->deleteLater();
        if (then)
            then();
    });
}

} // namespace authdeck
