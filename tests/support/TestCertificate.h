#pragma once

#include <QSslCertificate>
#include <QSslKey>
#include <QString>

namespace authdeck::test {

struct TestCertificate {
    QSslCertificate certificate;
    QSslKey key;
};

// A fresh self-signed P-256 certificate valid for a day, for `name` (subject CN and
// subjectAltName: an IP address, or else a DNS name; "a,b" names several, the first as CN), so the
// only complaint a client has about it is that nobody vouches for it. The validity can be moved
// (seconds from now), e.g. into the past.
TestCertificate makeSelfSignedCertificate(const QString& name = QStringLiteral("127.0.0.1"),
                                          long validFromSeconds = -3600,
                                          long validUntilSeconds = 24 * 3600);

} // namespace authdeck::test
