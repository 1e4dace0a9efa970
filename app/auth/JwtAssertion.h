#pragma once

#include "accounts/AppRegistration.h"
#include "core/Result.h"
#include "crypto/RsaKey.h"
#include "providers/Provider.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QString>

namespace authdeck {

// The subject of a server-authentication account: "enterprise" or "user:<id>" as the CLI and the
// profile spell it.
struct ServerSubject {
    QString type;            // "enterprise", "user"; empty when the scheme has no subject
    QString id;              // the enterprise ID or user ID the token acts for
    bool explicitId = false; // "enterprise:<id>" rather than the app's own enterprise

    // The text an account keeps: "enterprise" (the app's own), "enterprise:<id>" or "user:<id>".
    [[nodiscard]] QString text() const;

    // Parses "enterprise", "enterprise:<id>" or "user:<id>"; allowedTypes (the catalog's
    // subject_types) limits the types. "enterprise" alone takes its id from the app's enterprise
    // ID; "enterprise:<id>" names another enterprise that authorized the same app (one Box app
    // serves every enterprise that added it). With optional (the scheme's subject_optional), an
    // empty text is an empty subject.
    [[nodiscard]] static Result<ServerSubject> parse(const QString& text,
                                                     const QStringList& allowedTypes,
                                                     const AppRegistration& app,
                                                     bool optional = false);
};

// A signed JWT bearer assertion (RFC 7523) built from the provider catalog's jwt scheme: the
// templated JOSE header (Box: kid = Public Key ID) and claims (iss, sub, box_sub_type, aud ...),
// plus what AuthDeck always sets itself: a fresh random jti, iat = now and exp = now + lifetime.
//
//   JwtSpec.header/claims --tmpl::expand(variables)--> header, claims + jti/iat/exp
//                         --Jws::signCompact(RsaKey, RS256|RS384|RS512)--> "xxx.yyy.zzz"
class JwtAssertion {
public:
    // 32 base64url characters: 192 random bits, inside Box's 16-128 character range.
    static constexpr int JtiChars = 32;

    struct Params {
        // Template variables: client_id, client_email, public_key_id, subject_type, subject_id,
        // token_url, scope (see variablesFor()).
        QHash<QString, QString> variables;
        QString algorithm;       // empty: the app's choice, else the scheme's first algorithm
        QDateTime now;           // invalid: this computer's clock; else e.g. the server's Date
        int lifetimeSeconds = 0; // 0: the scheme's lifetime; never above its max_lifetime
    };

    struct Signed {
        QByteArray token; // compact JWS
        QString jti;
        QString algorithm;
        QDateTime issued;  // UTC, whole seconds
        QDateTime expires; // UTC, whole seconds
    };

    [[nodiscard]] static Result<Signed> build(const JwtSpec& spec, const crypto::RsaKey& key,
                                              const Params& params);

    // The variables an app registration and a subject give the templates.
    [[nodiscard]] static QHash<QString, QString>
    variablesFor(const AppRegistration& app, const ServerSubject& subject, const QString& tokenUrl);

    // What an admin calls a template variable ("the Public Key ID" for public_key_id).
    [[nodiscard]] static QString describeVariable(const QString& name);
};

} // namespace authdeck
