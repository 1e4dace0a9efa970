#pragma once

#include <QByteArray>

namespace authdeck::test {

// "BEGIN ENCRYPTED PRIVATE KEY" texts whose key-derivation parameters say what a hostile file
// wants, built with OpenSSL's ASN.1 types and never derived: the encrypted bytes are random, so
// only a loader that runs the KDF before refusing spends the time. Each stands for what an attacker
// could put into a Box config.json or a key file.

// PBES2 with PBKDF2-HMAC-SHA256 and AES-256-CBC, any iteration count (beyond 2^31 too).
QByteArray pbkdf2KeyPem(quint64 iterations);
// PBES2 with scrypt and AES-256-CBC.
QByteArray scryptKeyPem(quint64 n, quint64 r, quint64 p);
// PKCS#12 pbeWithSHAAnd3-KeyTripleDES-CBC, any iteration count.
QByteArray pkcs12KeyPem(quint64 iterations);

} // namespace authdeck::test
