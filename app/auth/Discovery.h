#pragma once

#include "core/Result.h"

#include <QObject>
#include <QStringList>
#include <QUrl>

#include <functional>
#include <optional>

namespace authdeck {

class HttpClient;
struct AppInput;
struct Provider;

// What an authorization server's metadata says (RFC 8414 section 2, OpenID Connect Discovery
// 1.0 section 3), as far as AuthDeck uses it.
struct ServerMetadata {
    QString issuer;
    QUrl source; // the metadata document it was read from
    QUrl authorizationEndpoint;
    QUrl tokenEndpoint;
    QUrl revocationEndpoint;
    QUrl deviceAuthorizationEndpoint;     // RFC 8628 section 4
    QUrl userinfoEndpoint;                // OpenID Connect
    QStringList codeChallengeMethods;     // empty: not listed
    QStringList tokenEndpointAuthMethods; // empty: not listed (client_secret_basic, RFC 8414)
    QStringList tokenEndpointSigningAlgorithms;
    QStringList grantTypes;
    bool issParameterSupported = false; // RFC 9207: every authorization response carries iss
};

// Discovery by issuer. The issuer names where the metadata lives, and the metadata must name the
// same issuer back, character for character (RFC 8414 section 3.3, OpenID Connect Discovery
// section 4.3): otherwise an attacker's document could pose as another server's.
//
//   issuer https://as.example.com/tenant1
//     GET https://as.example.com/.well-known/oauth-authorization-server/tenant1   (RFC 8414 3.1)
//     not there (or not usable) -> GET
//     https://as.example.com/tenant1/.well-known/openid-configuration
//                                                                                   (OIDC 4.1)
//   200 JSON --issuer equal? endpoints https (http to loopback only)?--> ServerMetadata
class Discovery : public QObject {
    Q_OBJECT
public:
    explicit Discovery(HttpClient& http, QObject* parent = nullptr);

    // The issuer as given, checked: https (http to a loopback address), no query, no fragment.
    [[nodiscard]] static Result<QUrl> checkIssuer(const QString& issuer);
    // Where the metadata is looked for, in order.
    [[nodiscard]] static QList<QUrl> metadataUrls(const QUrl& issuer);
    // One metadata document; BadInput naming the server and the field for anything wrong.
    [[nodiscard]] static Result<ServerMetadata>
    parse(const QByteArray& body, const QString& expectedIssuer, const QUrl& source);
    // Fills an app registration from the metadata: endpoints, the issuer (RFC 9207 check when
    // the server promises iss), and the client authentication method, chosen among what the
    // server supports from what the admin gave (a private key: private_key_jwt; a secret:
    // client_secret_basic, else client_secret_post; nothing: a public client).
    [[nodiscard]] static Status applyTo(const ServerMetadata& metadata, const Provider& provider,
                                        AppInput& input, bool hasClientSecret, bool hasPrivateKey);

    using Done = std::function<void(Result<ServerMetadata>)>;
    void discover(const QString& issuer, QObject* context, Done done);

private:
    void tryNext(const QString& issuer, QList<QUrl> urls,
                 std::function<void(Result<ServerMetadata>)> reply, std::optional<Error> earlier);

    HttpClient& m_http;
};

} // namespace authdeck
