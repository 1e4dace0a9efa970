#include "engine/AppSettings.h"

#include "core/Log.h"
#include "core/Profile.h"
#include "core/Translations.h"
#include "net/HttpClient.h"
#include "net/LoopbackBypassProxyFactory.h"
#include "net/UrlPolicy.h"

#include <QCoreApplication>
#include <QNetworkProxy>
#include <QRegularExpression>
#include <QSettings>

#include <algorithm>
#include <memory>

namespace authdeck {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("authdeck::AppSettings", text);
}

// Keys in settings.ini.
const QString KeyProxyMode = QStringLiteral("network/proxy");
const QString KeyProxyHost = QStringLiteral("network/proxyHost");
const QString KeyProxyPort = QStringLiteral("network/proxyPort");
const QString KeyConnectTimeout = QStringLiteral("network/connectTimeoutSeconds");
const QString KeyTransferTimeout = QStringLiteral("network/transferTimeoutSeconds");
const QString GroupTrusted = QStringLiteral("trustedCertificates");
const QString KeyExports = QStringLiteral("security/exportsMayIncludeSecrets");
const QString KeyLanguage = QStringLiteral("general/language");
const QString KeyStart = QStringLiteral("general/startWithSystem");
const QString KeySecretStore = QStringLiteral("security/secretStore");
const QString KeyNotify = QStringLiteral("general/notifyNeedsAttention");

QString normalizedFingerprint(const QString& text)
{
    QString hex = text.trimmed().toUpper();
    hex.remove(QLatin1Char(':'));
    static const QRegularExpression sha256(QStringLiteral("^[0-9A-F]{64}$"));
    if (!sha256.match(hex).hasMatch())
        return {};
    QString out;
    for (int i = 0; i < hex.size(); i += 2) {
        if (i)
            out += QLatin1Char(':');
        out += hex.mid(i, 2);
    }
    return out;
}

} // namespace

QString AppSettings::filePath(const Profile& profile)
{
    return profile.filePath(QStringLiteral("settings.ini"));
}

QString AppSettings::proxyModeId(ProxyMode mode)
{
    switch (mode) {
    case ProxyMode::Manual:
        return QStringLiteral("manual");
    case ProxyMode::None:
        return QStringLiteral("none");
    case ProxyMode::System:
        break;
    }
    return QStringLiteral("system");
}

QStringList AppSettings::availableLanguages()
{
    return QStringList{QStringLiteral("system")} + authdeck::availableLanguages();
}

AppSettings AppSettings::load(QSettings& s, QStringList* warnings)
{
    AppSettings out;
    const AppSettings defaults;
    auto warn = [&](const QString& key, const QString& value, const QString& fallback) {
        const QString line = tr("The setting %1 has the invalid value \"%2\"; using %3.")
                                 .arg(key, value.left(80), fallback);
        qCWarning(lcStore).noquote() << line;
        if (warnings)
            warnings->append(line);
    };
    auto readInt = [&](const QString& key, int def, int min, int max) {
        if (!s.contains(key))
            return def;
        const QString text = s.value(key).toString();
        bool ok = false;
        const int v = text.trimmed().toInt(&ok);
        if (!ok || v < min || v > max) {
            warn(key, text, QString::number(def));
            return def;
        }
        return v;
    };
    auto readBool = [&](const QString& key, bool def) {
        if (!s.contains(key))
            return def;
        const QString text = s.value(key).toString().trimmed().toLower();
        if (text == QLatin1String("true") || text == QLatin1String("1"))
            return true;
        if (text == QLatin1String("false") || text == QLatin1String("0"))
            return false;
        warn(key, text, def ? QStringLiteral("true") : QStringLiteral("false"));
        return def;
    };

    if (s.contains(KeyProxyMode)) {
        const QString mode = s.value(KeyProxyMode).toString().trimmed().toLower();
        if (mode == QLatin1String("system"))
            out.proxyMode = ProxyMode::System;
        else if (mode == QLatin1String("manual"))
            out.proxyMode = ProxyMode::Manual;
        else if (mode == QLatin1String("none"))
            out.proxyMode = ProxyMode::None;
        else
            warn(KeyProxyMode, mode, proxyModeId(defaults.proxyMode));
    }
    out.proxyPort = readInt(KeyProxyPort, defaults.proxyPort, 1, 65535);
    if (s.contains(KeyProxyHost)) {
        const QString host = s.value(KeyProxyHost).toString();
        Result<QString> normalized = UrlPolicy::normalizeHost(host);
        if (normalized.ok())
            out.proxyHost = *normalized;
        else if (!host.trimmed().isEmpty())
            warn(KeyProxyHost, host, tr("no host"));
    }
    if (out.proxyMode == ProxyMode::Manual && out.proxyHost.isEmpty()) {
        warn(KeyProxyMode, QStringLiteral("manual"), proxyModeId(defaults.proxyMode));
        out.proxyMode = defaults.proxyMode;
    }
    out.connectTimeoutSeconds = readInt(KeyConnectTimeout, defaults.connectTimeoutSeconds,
                                        MinTimeoutSeconds, MaxTimeoutSeconds);
    out.transferTimeoutSeconds = readInt(KeyTransferTimeout, defaults.transferTimeoutSeconds,
                                         MinTimeoutSeconds, MaxTimeoutSeconds);

    s.beginGroup(GroupTrusted);
    const QStringList hosts = s.childKeys();
    for (const QString& key : hosts) {
        const QString value = s.value(key).toString();
        // "host:port", or a bare host as older versions wrote it: that one meant https, port 443.
        QString host;
        quint16 port = 0;
        const bool valid = UrlPolicy::splitEndpoint(key, &host, &port);
        const QString fingerprint = normalizedFingerprint(value);
        if (!valid || fingerprint.isEmpty()) {
            s.endGroup();
            warn(GroupTrusted + QLatin1Char('/') + key, value, tr("no trust"));
            s.beginGroup(GroupTrusted);
            continue;
        }
        out.trustedHosts.insert(UrlPolicy::endpointKey(host, port), fingerprint);
    }
    s.endGroup();

    out.exportsMayIncludeSecrets = readBool(KeyExports, defaults.exportsMayIncludeSecrets);
    if (s.contains(KeyLanguage)) {
        const QString lang = s.value(KeyLanguage).toString().trimmed();
        if (availableLanguages().contains(lang))
            out.language = lang;
        else
            warn(KeyLanguage, lang, defaults.language);
    }
    if (s.contains(KeySecretStore)) {
        const QString store = s.value(KeySecretStore).toString().trimmed();
        if (store == QLatin1String("keychain") || store == QLatin1String("vault"))
            out.secretStore = store;
        else
            warn(KeySecretStore, store, defaults.secretStore);
    }
    out.startWithSystem = readBool(KeyStart, defaults.startWithSystem);
    out.notifyNeedsAttention = readBool(KeyNotify, defaults.notifyNeedsAttention);
    return out;
}

AppSettings AppSettings::load(const Profile& profile, QStringList* warnings)
{
    QSettings s(filePath(profile), QSettings::IniFormat);
    return load(s, warnings);
}

void AppSettings::save(QSettings& s) const
{
    s.setValue(KeyProxyMode, proxyModeId(proxyMode));
    s.setValue(KeyProxyHost, proxyHost);
    s.setValue(KeyProxyPort, proxyPort);
    s.setValue(KeyConnectTimeout, connectTimeoutSeconds);
    s.setValue(KeyTransferTimeout, transferTimeoutSeconds);
    s.remove(GroupTrusted);
    s.beginGroup(GroupTrusted);
    for (auto it = trustedHosts.begin(); it != trustedHosts.end(); ++it)
        s.setValue(it.key(), it.value());
    s.endGroup();
    s.setValue(KeyExports, exportsMayIncludeSecrets);
    s.setValue(KeyLanguage, language);
    s.setValue(KeySecretStore, secretStore);
    s.setValue(KeyStart, startWithSystem);
    s.setValue(KeyNotify, notifyNeedsAttention);
    s.sync();
}

void AppSettings::save(const Profile& profile) const
{
    QSettings s(filePath(profile), QSettings::IniFormat);
    save(s);
}

void AppSettings::apply(HttpClient& http) const
{
    switch (proxyMode) {
    case ProxyMode::System:
        // The engine's own manager asks the desktop per request; the application-wide proxy
        // stays untouched.
        http.useSystemProxy();
        break;
    case ProxyMode::Manual:
        http.setProxy(QNetworkProxy(QNetworkProxy::HttpProxy, proxyHost, quint16(proxyPort)));
        break;
    case ProxyMode::None:
        http.setProxy(QNetworkProxy(QNetworkProxy::NoProxy));
        break;
    }
    // The connect time is part of the whole exchange's deadline.
    http.setDefaultDeadline(std::max(transferTimeoutSeconds, connectTimeoutSeconds) * 1000);
    // What the admin removed is no longer trusted from now on.
    http.clearTrustedCertificates();
    for (auto it = trustedHosts.begin(); it != trustedHosts.end(); ++it) {
        QString host;
        quint16 port = 0;
        if (UrlPolicy::splitEndpoint(it.key(), &host, &port))
            http.setTrustedCertificate(host, port, it.value().toLatin1());
    }
}

QNetworkProxy AppSettings::proxyFor(const QString& host, quint16 port) const
{
    std::unique_ptr<LoopbackBypassProxyFactory> factory;
    switch (proxyMode) {
    case ProxyMode::System:
        factory = std::make_unique<LoopbackBypassProxyFactory>();
        break;
    case ProxyMode::Manual:
        factory = std::make_unique<LoopbackBypassProxyFactory>(
            QNetworkProxy(QNetworkProxy::HttpProxy, proxyHost, quint16(proxyPort)));
        break;
    case ProxyMode::None:
        factory =
            std::make_unique<LoopbackBypassProxyFactory>(QNetworkProxy(QNetworkProxy::NoProxy));
        break;
    }
    const QList<QNetworkProxy> proxies = factory->queryProxy(
        QNetworkProxyQuery(host, port, QStringLiteral("https"), QNetworkProxyQuery::TcpSocket));
    return proxies.value(0, QNetworkProxy(QNetworkProxy::NoProxy));
}

} // namespace authdeck
