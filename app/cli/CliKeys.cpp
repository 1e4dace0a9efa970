#include "cli/Cli.h"
#include "core/OffThread.h"

#include "crypto/Certificate.h"
#include "crypto/KeyFiles.h"
#include "crypto/RsaKey.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonObject>

namespace authdeck::cli {

namespace {

void runKeygen(Cli& cli, const QCommandLineParser& p)
{
    int bits = crypto::RsaKey::DefaultBits;
    if (p.isSet(QStringLiteral("bits"))) {
        const QString v = p.value(QStringLiteral("bits"));
        bool ok = false;
        bits = v.toInt(&ok);
        if (!ok || !crypto::RsaKey::isAllowedBits(bits)) {
            cli.failWith(ErrorKind::Usage,
                         Cli::tr("--bits takes 2048, 3072 or 4096, not \"%1\".").arg(v));
            return;
        }
    }
    for (const char* required : {"out", "passphrase-file"}) {
        if (!p.isSet(QLatin1String(required))) {
            cli.failWith(ErrorKind::Usage,
                         Cli::tr("--%1 is required.").arg(QLatin1String(required)));
            return;
        }
    }
    const QString out = p.value(QStringLiteral("out"));
    const QString publicOut = p.value(QStringLiteral("public-out"));
    const QString certificateOut = p.value(QStringLiteral("certificate-out"));
    const QString subject = p.isSet(QStringLiteral("certificate-subject"))
                                ? p.value(QStringLiteral("certificate-subject"))
                                : QStringLiteral("AuthDeck app");
    int days = 730;
    if (p.isSet(QStringLiteral("certificate-days"))) {
        bool ok = false;
        days = p.value(QStringLiteral("certificate-days")).toInt(&ok);
        if (!ok || days < 1 || days > 3650) {
            cli.failWith(ErrorKind::Usage,
                         Cli::tr("--certificate-days takes a number of days from 1 to 3650."));
            return;
        }
    }
    // Refuse before the slow part: an existing key file is never replaced.
    for (const QString& path : {out, publicOut, certificateOut}) {
        if (!path.isEmpty() && QFileInfo::exists(path)) {
            cli.failWith(ErrorKind::Usage,
                         Cli::tr("%1 already exists; AuthDeck never replaces a key file. Choose "
                                 "another name or remove it first.")
                             .arg(QDir::toNativeSeparators(path)));
            return;
        }
    }
    if (!publicOut.isEmpty()
        && QFileInfo(publicOut).absoluteFilePath() == QFileInfo(out).absoluteFilePath()) {
        cli.failWith(ErrorKind::Usage, Cli::tr("--out and --public-out name the same file."));
        return;
    }
    Result<SecretBytes> passphrase =
        cli.readSecretFile(p.value(QStringLiteral("passphrase-file")), Cli::tr("passphrase"));
    if (!passphrase.ok()) {
        cli.failWith(passphrase.error());
        return;
    }
    if (passphrase->size() < 12)
        cli.warn(Cli::tr("the passphrase is shorter than 12 characters; a longer one protects the "
                         "key file better."));
    cli.message(Cli::tr("Generating a %1-bit RSA key…").arg(bits));
    const SecretBytes pass = *passphrase;
    runOffThread(
        &cli, [bits, pass, out] { return crypto::generateKeyFile(bits, pass, out); },
        [&cli, out, publicOut, certificateOut, subject, days,
         bits](const crypto::GeneratedKeyFile& g) {
            if (!g.key.ok()) {
                cli.failWith(g.key.error());
                return;
            }
            if (!g.written.ok()) {
                cli.failWith(g.written.error());
                return;
            }
            const QByteArray publicPem = g.key->publicKeyPem();
            if (!publicOut.isEmpty()) {
                if (Status s = crypto::KeyFiles::writeKeyFile(publicOut, SecretBytes(publicPem));
                    !s.ok()) {
                    cli.failWith(s.error());
                    return;
                }
            }
            QString thumbprint;
            if (!certificateOut.isEmpty()) {
                Result<QByteArray> cert = crypto::Certificate::selfSigned(*g.key, subject, days);
                Result<crypto::CertificateInfo> info =
                    cert.ok() ? crypto::Certificate::fromPem(*cert)
                              : Result<crypto::CertificateInfo>(cert.error());
                if (!info.ok()) {
                    cli.failWith(info.error());
                    return;
                }
                if (Status s = crypto::KeyFiles::writeKeyFile(certificateOut, SecretBytes(*cert));
                    !s.ok()) {
                    cli.failWith(s.error());
                    return;
                }
                thumbprint = info->x5tS256;
            }
            const crypto::RsaKey::Fingerprint fp = g.key->fingerprintSha256();
            if (cli.json()) {
                QJsonObject o{
                    {QStringLiteral("private_key"), QFileInfo(out).absoluteFilePath()},
                    {QStringLiteral("bits"), bits},
                    {QStringLiteral("pbkdf2_iterations"), crypto::RsaKey::DefaultPbkdf2Iterations},
                    {QStringLiteral("fingerprint_sha256"), fp.hex},
                    {QStringLiteral("fingerprint_sha256_base64"), fp.base64},
                    {QStringLiteral("public_key_pem"), QString::fromLatin1(publicPem)}};
                if (!publicOut.isEmpty())
                    o.insert(QStringLiteral("public_key"), QFileInfo(publicOut).absoluteFilePath());
                if (!certificateOut.isEmpty()) {
                    o.insert(QStringLiteral("certificate"),
                             QFileInfo(certificateOut).absoluteFilePath());
                    o.insert(QStringLiteral("x5t_s256"), thumbprint);
                }
                cli.printJson(o);
            } else {
                cli.print(QStringLiteral("SHA256:") + fp.hex);
                cli.message(Cli::tr("Wrote the encrypted private key to %1 (mode 0600).")
                                .arg(QDir::toNativeSeparators(out)));
                if (!publicOut.isEmpty())
                    cli.message(Cli::tr("Wrote the public key to %1; add it to the app at the "
                                        "provider and note its Public Key ID.")
                                    .arg(QDir::toNativeSeparators(publicOut)));
                else if (certificateOut.isEmpty())
                    cli.message(Cli::tr("Give --public-out FILE to also write the public key, "
                                        "which the provider's console needs."));
                if (!certificateOut.isEmpty())
                    cli.message(Cli::tr("Wrote a self-signed certificate to %1 (x5t#S256 %2); "
                                        "upload it to the app's certificates at the provider "
                                        "(Microsoft Entra ID: Certificates & secrets).")
                                    .arg(QDir::toNativeSeparators(certificateOut), thumbprint));
            }
            cli.succeed();
        });
}

} // namespace

QList<Verb> keyVerbs()
{
    Verb keygen;
    keygen.name = QStringLiteral("keygen");
    keygen.synopsis = QStringLiteral(
        "[--bits 2048|3072|4096] --passphrase-file F --out PRIVATE.pem [--public-out PUBLIC.pem] "
        "[--certificate-out CERT.pem [--certificate-subject CN] [--certificate-days N]]");
    keygen.summary = Cli::tr("Generate an RSA key pair for server authentication (JWT): the "
                             "private key encrypted (PBKDF2, 600,000 rounds, AES-256), mode 0600; "
                             "prints its SHA-256 fingerprint.");
    keygen.options = {
        opt(QStringLiteral("bits"), Cli::tr("key size: 2048, 3072 (default) or 4096"),
            QStringLiteral("N")),
        opt(QStringLiteral("passphrase-file"),
            Cli::tr("a file holding the passphrase that encrypts the key (- for stdin)"),
            QStringLiteral("F")),
        opt(QStringLiteral("out"), Cli::tr("the private key file to write (must not exist)"),
            QStringLiteral("PRIVATE.pem")),
        opt(QStringLiteral("public-out"), Cli::tr("also write the public key here"),
            QStringLiteral("PUBLIC.pem")),
        opt(QStringLiteral("certificate-out"),
            Cli::tr("also write a self-signed certificate for the key (private_key_jwt with "
                    "x5t#S256, Microsoft Entra ID)"),
            QStringLiteral("CERT.pem")),
        opt(QStringLiteral("certificate-subject"),
            Cli::tr("the certificate's common name (default \"AuthDeck app\")"),
            QStringLiteral("CN")),
        opt(QStringLiteral("certificate-days"),
            Cli::tr("how long the certificate is valid (default 730)"), QStringLiteral("N")),
    };
    keygen.needsEngine = false;
    keygen.run = runKeygen;
    return {keygen};
}

} // namespace authdeck::cli
