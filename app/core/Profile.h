#pragma once

#include "core/Result.h"

#include <QString>

namespace authdeck {

// The folder that holds one set of app registrations and accounts (`--profile DIR`), and the
// namespace its keychain entries live under, so two profiles never see each other's secrets.
class Profile {
public:
    // Opens (creating with mode 0700 when missing) the given folder, or the platform's default
    // config location when dir is empty.
    static Result<Profile> open(const QString& dir);

    [[nodiscard]] const QString& path() const { return m_path; }
    // 16 hex characters derived from the canonical path; stable for the life of the folder.
    [[nodiscard]] const QString& id() const { return m_id; }
    [[nodiscard]] QString filePath(const QString& name) const;
    [[nodiscard]] QString providersDir() const { return filePath(QStringLiteral("providers")); }

    static QString defaultPath();

private:
    QString m_path;
    QString m_id;
};

} // namespace authdeck
