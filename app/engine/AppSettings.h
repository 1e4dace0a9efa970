#pragma once

#include <QMap>
#include <QString>
#include <QStringList>

class QNetworkProxy;
class QSettings;

namespace authdeck {

class HttpClient;
class Profile;

// The admin's preferences, kept with QSettings in <profile>/settings.ini (never a secret: a
// proxy password is not stored). Every value is checked on load; a bad one falls back to its
// default with a warning naming the key. The engine applies the network part to its HttpClient,
// so the GUI and the CLI behave alike.
struct AppSettings {
    enum class ProxyMode { System, Manual, None };

    ProxyMode proxyMode = ProxyMode::System;
    QString proxyHost; // Manual
    int proxyPort = 8080;
    int connectTimeoutSeconds = 15;  // reaching the server (part of the request deadline)
    int transferTimeoutSeconds = 30; // the whole exchange: HttpClient's default deadline
    // Self-signed certificates the admin trusted after seeing them: host:port
    // (UrlPolicy::endpointKey, the port always given) -> SHA-256 (hex, ':'). Whether an entry is
    // honoured is CertificateTrustPolicy's decision, at every handshake. An entry written by an
    // older AuthDeck names a host alone: it stands for that host's port 443.
    QMap<QString, QString> trustedHosts;
    bool exportsMayIncludeSecrets = true;
    // Where the window keeps secrets: "keychain", or "vault" (the passphrase-encrypted file,
    // asked for at start). Never changed silently; --secret-store overrides it.
    QString secretStore = QStringLiteral("keychain");
    QString language = QStringLiteral("system"); // "system": the desktop's language
    bool startWithSystem = false;
    bool notifyNeedsAttention = true;

    static constexpr int MinTimeoutSeconds = 1;
    static constexpr int MaxTimeoutSeconds = 600;

    [[nodiscard]] static QString filePath(const Profile& profile);
    // Reads and validates; warnings (if given) receives one line per value that fell back.
    [[nodiscard]] static AppSettings load(QSettings& settings, QStringList* warnings = nullptr);
    [[nodiscard]] static AppSettings load(const Profile& profile, QStringList* warnings = nullptr);
    void save(QSettings& settings) const;
    void save(const Profile& profile) const;
    // Proxy, deadline and trusted certificates onto the engine's HttpClient (replacing what it
    // had). Loopback requests never use the proxy, whatever the mode.
    void apply(HttpClient& http) const;
    // The proxy a connection to host:port would use under these settings (for the certificate
    // probe, which is no HttpClient request).
    [[nodiscard]] QNetworkProxy proxyFor(const QString& host, quint16 port) const;

    // The languages AuthDeck can show: "system", English, and every compiled-in translation.
    [[nodiscard]] static QStringList availableLanguages();
    [[nodiscard]] static QString proxyModeId(ProxyMode mode);

    friend bool operator==(const AppSettings&, const AppSettings&) = default;
};

} // namespace authdeck
