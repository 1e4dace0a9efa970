#pragma once

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

namespace authdeck {

// The authentication schemes AuthDeck speaks. Their ids are what the catalog files, the profile
// and the CLI's --json output use.
enum class Scheme { OAuth2, Jwt, ClientCredentials, Password, Keys, Basic };

[[nodiscard]] QString schemeId(Scheme scheme);
[[nodiscard]] std::optional<Scheme> schemeFromId(const QString& id);
[[nodiscard]] QString schemeDisplayName(Scheme scheme);
[[nodiscard]] const QList<Scheme>& allSchemes();

struct ScopeInfo {
    QString id;
    QString description;
    bool recommended = false;
    bool onRequest = false; // granted by the provider's support only (Box: manage_legal_holds)
};

// A value the admin supplies that the endpoint templates use: a server host, a tenant.
struct ParameterSpec {
    QString name; // the placeholder, e.g. "host" for {host}
    QString label;
    QString help;
    QString kind; // "hostname" or "text"
    QString defaultValue;
    QString placeholder;
    bool required = false;
};

// A form field of a key or basic scheme; the GUI generates its dialog from these.
struct FieldSpec {
    QString name;
    QString label;
    QString help;
    QString placeholder;
    QString defaultValue;
    QString pattern; // an optional regular expression the value must match
    QString link;
    bool secret = false;
    bool required = true;
};

struct OAuth2Spec {
    QString authorizeUrl;
    QString tokenUrl;
    QString revokeUrl;
    QString revokeStyle = QStringLiteral("rfc7009"); // or "none"
    QString issuer;                                  // RFC 9207 iss expected in the redirect
    // RFC 8628 device authorization endpoint; empty: the provider has no device flow.
    QString deviceAuthorizationUrl;
    // Tenant-wide admin consent (Microsoft identity platform): client_id, scope, redirect_uri and
    // state are added; the redirect brings admin_consent=True and tenant, or an error.
    QString adminConsentUrl;
    // The endpoints come from the issuer's metadata (RFC 8414 / OpenID Connect Discovery) when an
    // app is registered: the issuer is the file's own (issuer) or the admin's (--issuer).
    bool discovery = false;
    QString scopeSeparator = QStringLiteral(" ");
    // How the client authenticates (RFC 6749 2.3.1, RFC 7523 2.2): "body" (client_secret_post),
    // "basic" (client_secret_basic) or "private_key_jwt" (OpenID Connect Core section 9).
    QString clientAuth = QStringLiteral("body");
    QStringList defaultScopes;
    QMap<QString, QString> authorizeParams; // e.g. Google's access_type=offline
    bool pkce = true;
    bool fixedRedirectPort = false;      // the provider matches the redirect URI's port exactly
    int refreshTokenIdleDays = 0;        // > 0: refresh tokens die when unused this long (Box: 60)
    bool singleUseRefreshTokens = false; // every refresh spends the old one (Box)

    // What the sign-in URL sets itself (OAuthSignIn), so authorize_params may never name it:
    // response_type, client_id, redirect_uri, scope, state (RFC 6749 section 4.1.1),
    // code_challenge, code_challenge_method (RFC 7636 section 4.3), and request and request_uri
    // (RFC 9101), whose request object a server reads instead of all of those. Compared without
    // regard to case, so no server that folds case can be handed a second copy.
    [[nodiscard]] static const QStringList& protocolAuthorizeParameters();
    [[nodiscard]] static bool isProtocolAuthorizeParameter(const QString& name);
    // An extension parameter name as RFC 6749 section 8.2 defines it: letters, digits, '-', '.'
    // and '_'. Nothing that could end a name or a pair inside a query.
    [[nodiscard]] static bool isParameterName(const QString& name);
};

struct JwtSpec {
    QString tokenUrl;
    QJsonObject header; // extra JOSE header members, templated (Box: kid)
    QJsonObject claims; // templated claim set (iss, sub, aud, ...)
    QJsonObject form;   // extra form fields of the token request, templated
    QStringList algorithms{QStringLiteral("RS256")};
    QStringList subjectTypes; // "enterprise", "user" (Box); empty: no subject
    // The subject may be left out (Google: sub only for domain-wide delegation).
    bool subjectOptional = false;
    QString keyFormat; // "box-config" or "google-service-account"
    int lifetimeSeconds = 30;
    int maxLifetimeSeconds = 60;
};

struct ClientCredentialsSpec {
    QString tokenUrl;
    QJsonObject form; // templated extra fields (Box: box_subject_type, box_subject_id)
    QStringList subjectTypes;
    QStringList scopes; // sent as scope=... when present (Microsoft: .default)
};

struct PasswordSpec {
    QString tokenUrl; // empty: no exchange exists and the password itself is kept
    QJsonObject form; // templated extra fields (SugarCRM: client_id=sugar, platform)
    QList<FieldSpec> fields;
};

struct KeysSpec {
    QString signing = QStringLiteral("aws-sigv4");
    QString service = QStringLiteral("s3");
    QString defaultEndpoint;
    QString defaultRegion;
    QList<FieldSpec> fields;
};

struct VerifySpec {
    QString method = QStringLiteral("GET");
    QString url;                             // templated: {api_base}, {host}, {endpoint}, {region}
    QString format = QStringLiteral("json"); // "json" or "xml"
    QMap<QString, QString> identity;         // "id", "name", "login", ... -> dotted path
    QString body;                            // for POST verifications
};

struct Provider {
    QString id;
    QString name;
    QString category; // storage, crm, ...
    QString description;
    QString docsUrl;
    QString icon; // resource path
    QString apiBase;
    QString source; // the file it came from, for messages
    bool builtin = true;
    bool sandbox = false;
    QList<ParameterSpec> parameters;
    QList<ScopeInfo> scopes;
    bool customScopes = true;
    // AuthDeck's scope vocabulary (UnifiedScopes.h) mapped to native scope ids of this file's
    // "scopes"; a scope the provider has no mapping for is absent.
    QMap<QString, QStringList> unifiedScopes;
    std::optional<OAuth2Spec> oauth2;
    std::optional<JwtSpec> jwt;
    std::optional<ClientCredentialsSpec> clientCredentials;
    std::optional<PasswordSpec> password;
    std::optional<KeysSpec> keys;
    std::optional<PasswordSpec> basic;
    VerifySpec verify;
    QHash<QString, VerifySpec> verifyByScheme; // a scheme whose identity call differs

    [[nodiscard]] QList<Scheme> schemes() const;
    [[nodiscard]] bool supports(Scheme scheme) const;
    [[nodiscard]] bool perServer() const; // needs the admin's own host
    [[nodiscard]] const ParameterSpec* parameter(const QString& name) const;
    [[nodiscard]] const VerifySpec& verifyFor(Scheme scheme) const;
    // Every host the provider's file names literally, not through a placeholder: the hosts of
    // its URLs (endpoints, API base, issuer, docs) and the defaults of its hostname parameters.
    // Lower case, without port.
    [[nodiscard]] QSet<QString> literalHosts() const;
    [[nodiscard]] QJsonObject raw() const { return m_raw; }
    void setRaw(const QJsonObject& raw) { m_raw = raw; }

private:
    QJsonObject m_raw;
};

} // namespace authdeck
