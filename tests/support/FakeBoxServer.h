#pragma once

#include "crypto/RsaKey.h"
#include "net/LocalHttpServer.h"

#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>

#include <optional>

namespace authdeck::test {

// A test's own Box-like token endpoint and /2.0/users/me on loopback, strict about JWT-bearer
// assertions the way Box is: the signature with the registered public key, kid, iss, aud, sub,
// box_sub_type, a jti of 16-128 characters never seen before, and exp in the future but at most
// 60 s ahead of the server's own clock (which may be set off by clockOffsetSeconds). Every answer
// carries the server's Date. Also takes client_credentials with box_subject_type/box_subject_id.
class FakeBoxServer : public QObject {
    Q_OBJECT
public:
    static constexpr const char* Audience = "https://api.box.com/oauth2/token";

    explicit FakeBoxServer(QObject* parent = nullptr);
    bool start();
    [[nodiscard]] QString tokenUrl() const;
    [[nodiscard]] QString apiBase() const;

    // What the server expects.
    QString clientId = QStringLiteral("boxclient0001");
    QString clientSecret = QStringLiteral("box-secret-canary-7Qx");
    QString publicKeyId = QStringLiteral("pk-42");
    QString enterpriseId = QStringLiteral("900100");
    std::optional<crypto::RsaKey> publicKey;
    // Faults.
    qint64 clockOffsetSeconds = 0;
    QString refuseWith;     // an OAuth error code for every token request (unauthorized_client)
    QString refuseWords;    // its error_description
    int answer429Times = 0; // this many 429 (Retry-After: 1) first

    // What it saw.
    struct Seen {
        QJsonObject header;
        QJsonObject claims;
        QString grantType;
        QString problem; // why it was refused; empty when accepted
    };
    QList<Seen> tokenRequests;
    QList<QByteArray> asUserHeaders; // As-User of every users/me call ("" when absent)
    int issued = 0;

private:
    void token(const HttpServerRequest& request, HttpResponder responder);
    void usersMe(const HttpServerRequest& request, HttpResponder responder);
    void answer(const HttpResponder& responder, int status, const QJsonObject& body,
                const QList<std::pair<QByteArray, QByteArray>>& extra = {}) const;
    [[nodiscard]] QDateTime serverNow() const;

    LocalHttpServer m_server;
    QSet<QString> m_jtis;
};

} // namespace authdeck::test
