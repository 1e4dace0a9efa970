#pragma once

#include <QSslCertificate>
#include <QSslKey>
#include <QString>

namespace authdeck::test {

struct TestCertificate {
    QSslCertificate certificate;
    QSslKey key;
};

// A fresh self-signed P-256 certificate valid for a day, for the IP address `ip` (subject CN and
// subjectAltName), so the only complaint a client has about it is that nobody vouches for it.
TestCertificate makeSelfSignedCertificate(const QString& ip = QStringLiteral("127.0.0.1"));

} // namespace authdeck::test
