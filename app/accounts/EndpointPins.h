#pragma once

#include "core/Result.h"

#include <QMap>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace authdeck {

struct Provider;

// The origins a connection's endpoints resolve to, by role, in the form they are pinned in
// (AppRegistration::pins, Account::pins), and the real origins requests may go to.
//
//   app registered / approved ----> pins = {token: https://api.box.com:443, authorize: ...}
//   before any secret is sent ----> now = origins of the same roles, resolved again
//                                   now ⊆ pins ? send, with allowedOrigins = now
//                                              : held ("token endpoint: was X, now Y"), nothing
//                                              sent
//
// A change of path under the same origin changes nothing. The embedded sandbox's own server
// listens on a new port every run, so its origin is pinned as "sandbox", whatever the port.
struct EndpointChange {
    QString role;
    QString pinned; // empty: the role is new
    QString now;
};

struct EndpointOrigins {
    QMap<QString, QString> byRole; // role -> pinned form of the origin
    QStringList real;              // UrlPolicy::originOf of every endpoint, for allowedOrigins

    void add(const QString& role, const QUrl& url, const Provider& provider);
    void add(const QString& role, const QString& url, const Provider& provider);

    // Every role whose origin is not among the pinned ones; empty when every origin is pinned.
    [[nodiscard]] QList<EndpointChange> differencesFrom(const QMap<QString, QString>& pinned) const;
    // The same, one line each ("token endpoint: was X, now Y").
    [[nodiscard]] QStringList changesFrom(const QMap<QString, QString>& pinned) const;

    // How a role is named in messages ("token endpoint").
    [[nodiscard]] static QString roleName(const QString& role);
    // The refusal for a held app or account: names it, every change, and the command that
    // approves it (exit 6; nothing was sent).
    [[nodiscard]] static Error held(const QString& what, const QStringList& changes,
                                    const QString& approveCommand);
};

} // namespace authdeck
