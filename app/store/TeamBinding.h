#pragma once

#include "core/Profile.h"
#include "core/Result.h"
#include "core/SecretBytes.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <optional>

namespace authdeck {

// What binds a profile to a team: the team's PostgreSQL database (libpq conventions, never a
// password) and the team's identity, kept in <profile>/team.json (mode 0600). A bound profile
// keeps its apps, accounts, secrets and audit log in that database (store/README.md, "Teams");
// the local folder keeps only this file and the window's settings.
struct TeamBinding {
    QString teamId;   // 16 hex characters, made by `team create`; the database's profile_id
    QString teamName; // what the admins call it
    QString host;     // a host name, an address, or a socket folder (starts with '/')
    int port = 5432;
    QString database;
    QString user;
    QString sslmode; // libpq's: disable, allow, prefer, require, verify-ca, verify-full
    QString member;  // who this machine's member is in the audit log: "user@machine"

    static constexpr const char* FileName = "team.json";
    static constexpr const char* Format = "authdeck-team-binding";

    // postgresql://user@host:port/db?sslmode=... (or postgres://). A password in the URL is
    // refused: it would end up in shell history and process lists (use ~/.pgpass or
    // --database-password-file). Usage error naming the part that is wrong.
    [[nodiscard]] static Result<TeamBinding> fromUrl(const QString& url);
    // The URL again, without a password.
    [[nodiscard]] QString url() const;
    // user@host:port/db, for messages.
    [[nodiscard]] QString displayName() const;

    [[nodiscard]] static QString filePath(const Profile& profile);
    // Nothing when the profile is not bound; BadInput for a file that is not a binding.
    [[nodiscard]] static Result<std::optional<TeamBinding>> load(const Profile& profile);
    // Written whole (a temporary file renamed over the old one), mode 0600.
    [[nodiscard]] Status save(const Profile& profile) const;
    [[nodiscard]] static Status remove(const Profile& profile);

    // The member name of this OS user on this machine.
    [[nodiscard]] static QString thisMember();

    Q_DECLARE_TR_FUNCTIONS(authdeck::TeamBinding)
};

// The invite a team member hands to another machine: the binding and the team key in one file,
// encrypted under a passphrase (scrypt with the bundles' settings, then AES-256-GCM, every byte
// outside the ciphertext bound as associated data). The format is in store/README.md.
class TeamInvite {
    Q_DECLARE_TR_FUNCTIONS(authdeck::TeamInvite)

public:
    static constexpr const char* Format = "authdeck-team-invite";
    static constexpr int Version = 1;
    static constexpr qint64 MaxFileBytes = 64 * 1024;

    struct Contents {
        TeamBinding binding;
        SecretBytes teamKey; // 32 bytes
    };

    // Slow (scrypt): run off the UI thread.
    [[nodiscard]] static Result<QByteArray> write(const Contents& contents,
                                                  const SecretBytes& passphrase);
    // Slow (scrypt) after the cheap checks; a wrong passphrase and an altered file are told apart.
    [[nodiscard]] static Result<Contents> read(const QByteArray& bytes,
                                               const SecretBytes& passphrase);
};

} // namespace authdeck
