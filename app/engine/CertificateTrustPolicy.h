#pragma once

#include "accounts/AppRegistration.h"

#include <QList>
#include <QMap>
#include <QSet>
#include <QString>
#include <QStringList>

namespace authdeck {

class ProviderCatalog;

// Where a self-signed certificate an admin trusted (Settings > Network, settings.ini
// [trustedCertificates]) may stand in for one a certificate authority vouches for:
//
//   - only at a host:port an app registration of the profile reaches through the server host
//     the admin entered for it (a provider's {host}: ServiceNow, SugarCRM, AEM, a profile's own
//     provider file), at the port its endpoints resolve to (443 unless the host names one);
//   - never at a host the built-in catalog names literally (api.box.com, account.box.com,
//     login.microsoftonline.com, ...), even where an override file or a registration points
//     there: those are public services whose certificates are CA-issued, so a self-signed
//     certificate for them is an interceptor's, whoever wrote the trust entry.
//
//   settings.ini --AppSettings::apply--> HttpClient: host:port -> SHA-256
//   HttpCall, TLS errors --HttpClient::TrustCheck--> Engine --> refusal(host, port) == "" ? waive
//
// The engine asks refusal() at every handshake that would waive an error, so the rule holds at
// the point of use, not only where the settings were read.
class CertificateTrustPolicy {
public:
    // Empty when a trusted certificate may be honoured at host:port; otherwise why not.
    [[nodiscard]] static QString refusal(const ProviderCatalog& catalog,
                                         const QList<AppRegistration>& apps, const QString& host,
                                         quint16 port);
    // The host:port endpoints (UrlPolicy::endpointKey) the registrations' server hosts resolve
    // to through their providers' endpoint templates.
    [[nodiscard]] static QSet<QString> serverEndpoints(const ProviderCatalog& catalog,
                                                       const QList<AppRegistration>& apps);
    // One line per trusted-certificate entry (host:port -> fingerprint) that will be ignored,
    // naming it and the reason.
    [[nodiscard]] static QStringList warnings(const ProviderCatalog& catalog,
                                              const QList<AppRegistration>& apps,
                                              const QMap<QString, QString>& trusted);
};

} // namespace authdeck
