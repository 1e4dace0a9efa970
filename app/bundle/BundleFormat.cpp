#include "bundle/BundleFormat.h"

#include "bundle/CanonicalJson.h"
#include "crypto/AesGcm.h"
#include "crypto/Random.h"
#include "crypto/Scrypt.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonDocument>
#include <QSet>

#include <openssl/crypto.h>

namespace authdeck::bundle {

namespace {

using crypto::AesGcm;

const QString KeyFormat = QStringLiteral("format");
const QString KeyVersion = QStringLiteral("version");
const QString KeyCreated = QStringLiteral("created");
const QString KeyConfig = QStringLiteral("config");
const QString KeySecrets = QStringLiteral("secrets");
const QString KeyChecksum = QStringLiteral("checksum");
const QString KeyApps = QStringLiteral("apps");
const QString KeyAccounts = QStringLiteral("accounts");
const QString KeyCipher = QStringLiteral("cipher");
const QString KeyKdf = QStringLiteral("kdf");
const QString KeyKeyCheck = QStringLiteral("key_check");
const QString KeyNonce = QStringLiteral("nonce");
const QString KeyCiphertext = QStringLiteral("ciphertext");
const QString KeyTag = QStringLiteral("tag");
const QString CipherName = QStringLiteral("aes-256-gcm");
const QString KdfName = QStringLiteral("scrypt");
const QString ChecksumPrefix = QStringLiteral("sha256:");

Error damaged(const QString& why)
{
    Error e = fail(ErrorKind::BadInput,
                   QCoreApplication::translate(
                       "authdeck::bundle::BundleFormat",
                       "The bundle file was altered or damaged (%1); nothing was imported.")
                       .arg(why));
    e.diagnosis = Diagnosis::Tampered;
    return e;
}

Error refused(const QString& why)
{
    return fail(ErrorKind::BadInput,
                QCoreApplication::translate("authdeck::bundle::BundleFormat",
                                            "The bundle is refused: %1; nothing was imported.")
                    .arg(why));
}

QString toBase64(const QByteArray& bytes)
{
    return QString::fromLatin1(bytes.toBase64());
}

// Strict base64: the standard alphabet with padding, and exactly the text its bytes encode to.
std::optional<QByteArray> fromBase64(const QJsonValue& value)
{
    if (!value.isString())
        return std::nullopt;
    const QByteArray text = value.toString().toLatin1();
    QByteArray::FromBase64Result r =
        QByteArray::fromBase64Encoding(text, QByteArray::AbortOnBase64DecodingErrors);
    if (!r || r.decoded.toBase64() != text)
        return std::nullopt;
    return r.decoded;
}

QByteArray sha256Hex(const QByteArray& data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex();
}

QByteArray jsonKey(const QString& key)
{
    // A one-member object serializes as {"key":...}: take the quoted name from it.
    QJsonObject o{{key, 0}};
    Result<QByteArray> s = CanonicalJson::serialize(o);
    return s.ok() ? s->mid(1, s->size() - 4) : QByteArray("\"\"");
}

SecretBytes payloadOf(const BundleFormat::Secrets& secrets)
{
    QByteArray out;
    auto section = [&out](const QString& name, const QMap<QString, SecretRecord>& records) {
        out.append(jsonKey(name));
        out.append(":{");
        bool first = true;
        for (auto it = records.begin(); it != records.end(); ++it) {
            if (it->isEmpty())
                continue;
            if (!first)
                out.append(',');
            first = false;
            out.append(jsonKey(it.key()));
            out.append(':');
            const SecretBytes blob = it->serialize();
            out.append(blob.bytes());
        }
        out.append('}');
    };
    out.append('{');
    section(KeyAccounts, secrets.accounts);
    out.append(',');
    section(KeyApps, secrets.apps);
    out.append('}');
    return SecretBytes(std::move(out));
}

Result<QMap<QString, SecretRecord>> recordsOf(const QJsonValue& section)
{
    if (!section.isObject())
        return damaged(QCoreApplication::translate("authdeck::bundle::BundleFormat",
                                                   "the secrets are not in the expected shape"));
    QMap<QString, SecretRecord> records;
    const QJsonObject o = section.toObject();
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (!it->isObject())
            return damaged(QCoreApplication::translate(
                "authdeck::bundle::BundleFormat", "the secrets are not in the expected shape"));
        QByteArray blob = QJsonDocument(it->toObject()).toJson(QJsonDocument::Compact);
        Result<SecretRecord> record = SecretRecord::parse(SecretBytes(blob));
        wipe(blob);
        if (!record.ok())
            return damaged(QCoreApplication::translate(
                "authdeck::bundle::BundleFormat", "the secrets are not in the expected shape"));
        records.insert(it.key(), *record);
    }
    return records;
}

Status checkKdf(const BundleFormat::KdfSettings& kdf)
{
    if (const QString problem = BundleFormat::kdfProblem(kdf); !problem.isEmpty())
        return refused(problem);
    return {};
}

// The expected members of an object, no more, no fewer (optional ones may be absent).
bool hasExactly(const QJsonObject& o, const QStringList& required, const QStringList& optional = {})
{
    for (const QString& k : required) {
        if (!o.contains(k))
            return false;
    }
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (!required.contains(it.key()) && !optional.contains(it.key()))
            return false;
    }
    return true;
}

Result<BundleFormat::Envelope> parseEnvelope(const QJsonValue& value)
{
    if (!value.isObject())
        return refused(QCoreApplication::translate("authdeck::bundle::BundleFormat",
                                                   "its secrets part is not an object"));
    const QJsonObject s = value.toObject();
    if (!hasExactly(s, {KeyCipher, KeyCiphertext, KeyKdf, KeyKeyCheck, KeyNonce, KeyTag}))
        return refused(
            QCoreApplication::translate("authdeck::bundle::BundleFormat",
                                        "its secrets part does not have the expected members"));
    if (s.value(KeyCipher).toString() != CipherName)
        return refused(QCoreApplication::translate("authdeck::bundle::BundleFormat",
                                                   "it uses a cipher other than AES-256-GCM"));
    const QJsonObject k = s.value(KeyKdf).toObject();
    const QString log2N = QStringLiteral("log2_n");
    const QString salt = QStringLiteral("salt");
    if (!hasExactly(k, {QStringLiteral("name"), QStringLiteral("r"), QStringLiteral("p"), log2N},
                    {salt}))
        return refused(QCoreApplication::translate(
            "authdeck::bundle::BundleFormat",
            "its key derivation settings do not have the expected members"));
    if (k.value(QStringLiteral("name")).toString() != KdfName)
        return refused(QCoreApplication::translate("authdeck::bundle::BundleFormat",
                                                   "it uses a key derivation other than scrypt"));
    for (const QString& n : {log2N, QStringLiteral("r"), QStringLiteral("p")}) {
        const QJsonValue v = k.value(n);
        if (!CanonicalJson::isCanonicalInteger(v) || v.toDouble() < 0 || v.toDouble() > 1024)
            return refused(
                QCoreApplication::translate("authdeck::bundle::BundleFormat",
                                            "its scrypt parameter %1 is not a small whole number")
                    .arg(n));
    }
    BundleFormat::Envelope e;
    e.kdf.log2N = k.value(log2N).toInt();
    e.kdf.r = quint32(k.value(QStringLiteral("r")).toInt());
    e.kdf.p = quint32(k.value(QStringLiteral("p")).toInt());
    if (k.contains(salt)) {
        std::optional<QByteArray> bytes = fromBase64(k.value(salt));
        if (!bytes)
            return refused(QCoreApplication::translate("authdeck::bundle::BundleFormat",
                                                       "its salt is not base64"));
        e.kdf.salt = *bytes;
    }
    if (Status st = checkKdf(e.kdf); !st.ok())
        return st.error();
    struct Field {
        QString name;
        QByteArray* target;
        int size; // -1: any non-empty
    };
    const Field fields[] = {
        {KeyNonce, &e.nonce, AesGcm::NonceBytes},
        {KeyTag, &e.tag, AesGcm::TagBytes},
        {KeyKeyCheck, &e.keyCheck, BundleFormat::KeyCheckBytes},
        {KeyCiphertext, &e.ciphertext, -1},
    };
    for (const Field& f : fields) {
        std::optional<QByteArray> bytes = fromBase64(s.value(f.name));
        if (!bytes || bytes->isEmpty() || (f.size >= 0 && bytes->size() != f.size))
            return refused(QCoreApplication::translate("authdeck::bundle::BundleFormat",
                                                       "its %1 is missing or has the wrong length")
                               .arg(f.name));
        *f.target = *bytes;
    }
    return e;
}

Status checkItems(const QJsonArray& items, const QString& what)
{
    QSet<QString> ids;
    for (const QJsonValue& v : items) {
        const QJsonObject o = v.toObject();
        const QString id = o.value(QStringLiteral("id")).toString();
        if (!v.isObject() || id.isEmpty() || id.size() > 100
            || o.value(QStringLiteral("name")).toString().trimmed().isEmpty()
            || o.value(QStringLiteral("provider")).toString().isEmpty())
            return refused(QCoreApplication::translate("authdeck::bundle::BundleFormat",
                                                       "one of its %1 has no id, name or provider")
                               .arg(what));
        if (ids.contains(id))
            return refused(QCoreApplication::translate("authdeck::bundle::BundleFormat",
                                                       "two of its %1 have the same id")
                               .arg(what));
        ids.insert(id);
    }
    return {};
}

} // namespace

QString BundleFormat::kdfProblem(const KdfSettings& kdf)
{
    if (kdf.log2N > MaxLog2N)
        return QCoreApplication::translate(
                   "authdeck::bundle::BundleFormat",
                   "its scrypt cost 2^%1 (log2_n) is above the limit of 2^%2")
            .arg(kdf.log2N)
            .arg(MaxLog2N);
    if (kdf.log2N < MinLog2N)
        return QCoreApplication::translate(
                   "authdeck::bundle::BundleFormat",
                   "its scrypt cost 2^%1 (log2_n) is below the minimum of 2^%2")
            .arg(kdf.log2N)
            .arg(MinLog2N);
    if (kdf.r != R || kdf.p != P)
        return QCoreApplication::translate(
                   "authdeck::bundle::BundleFormat",
                   "its scrypt parameters r = %1, p = %2 are not r = 8, p = 1")
            .arg(kdf.r)
            .arg(kdf.p);
    // Implied by the checks above today; kept so a wider range can never outgrow the memory cap.
    if (quint64(128) * kdf.r * (quint64(1) << kdf.log2N) > MaxKdfTableBytes)
        return QCoreApplication::translate("authdeck::bundle::BundleFormat",
                                           "its scrypt settings need more than %1 MiB of memory")
            .arg(MaxKdfTableBytes / (1024 * 1024));
    if (kdf.salt.size() != SaltBytes)
        return QCoreApplication::translate("authdeck::bundle::BundleFormat",
                                           "its salt is missing or not 16 bytes");
    return {};
}

BundleFormat::KdfSettings BundleFormat::freshKdf(int log2N)
{
    KdfSettings k;
    k.log2N = log2N;
    k.salt = crypto::Random::randomBytes(SaltBytes).bytes();
    return k;
}

Result<BundleFormat::Keys> BundleFormat::deriveKeys(const SecretBytes& passphrase,
                                                    const KdfSettings& kdf)
{
    if (Status s = checkKdf(kdf); !s.ok())
        return s.error();
    if (passphrase.isEmpty())
        return fail(ErrorKind::Usage,
                    QCoreApplication::translate("authdeck::bundle::BundleFormat",
                                                "The bundle passphrase is empty."));
    crypto::Scrypt::Params params;
    params.n = quint64(1) << kdf.log2N;
    params.r = kdf.r;
    params.p = kdf.p;
    Result<SecretBytes> material =
        crypto::Scrypt::derive(passphrase, kdf.salt, params, KeyMaterialBytes);
    if (!material.ok())
        return material.error();
    Keys keys;
    keys.kdf = kdf;
    keys.material = std::move(material).value();
    return keys;
}

Result<QByteArray> BundleFormat::associatedData(QJsonObject document)
{
    document.remove(KeyChecksum);
    if (document.contains(KeySecrets)) {
        QJsonObject s = document.value(KeySecrets).toObject();
        s.remove(KeyCiphertext);
        s.remove(KeyTag);
        document.insert(KeySecrets, s);
    }
    Result<QByteArray> compact = CanonicalJson::serialize(document);
    if (!compact.ok())
        return compact.error();
    return QByteArray(QByteArray(FormatName) + '\n' + *compact);
}

Result<QByteArray> BundleFormat::encode(QJsonObject document)
{
    document.remove(KeyChecksum);
    Result<QByteArray> compact = CanonicalJson::serialize(document);
    if (!compact.ok())
        return compact.error();
    document.insert(KeyChecksum,
                    QString(ChecksumPrefix + QString::fromLatin1(sha256Hex(*compact))));
    return CanonicalJson::serialize(document, CanonicalJson::Layout::Pretty);
}

Result<QByteArray> BundleFormat::write(const QJsonArray& apps, const QJsonArray& accounts,
                                       const QDateTime& created, const Secrets* secrets,
                                       const Keys* keys)
{
    if (bool(secrets) != bool(keys))
        return fail(ErrorKind::Other,
                    QCoreApplication::translate("authdeck::bundle::BundleFormat",
                                                "Secrets need keys to be written."));
    if (Status s =
            checkItems(apps, QCoreApplication::translate("authdeck::bundle::BundleFormat", "apps"));
        !s.ok())
        return s.error();
    if (Status s = checkItems(
            accounts, QCoreApplication::translate("authdeck::bundle::BundleFormat", "accounts"));
        !s.ok())
        return s.error();
    QJsonObject doc{
        {KeyFormat, QString::fromLatin1(FormatName)},
        {KeyVersion, Version},
        {KeyCreated, created.toUTC().toString(Qt::ISODate)},
        {KeyConfig, QJsonObject{{KeyApps, apps}, {KeyAccounts, accounts}}},
    };
    if (secrets) {
        if (keys->material.size() != KeyMaterialBytes)
            return fail(ErrorKind::Other,
                        QCoreApplication::translate("authdeck::bundle::BundleFormat",
                                                    "The bundle keys have the wrong size."));
        if (Status s = checkKdf(keys->kdf); !s.ok())
            return s.error();
        const QByteArray nonce = crypto::Random::randomBytes(AesGcm::NonceBytes).bytes();
        QJsonObject env{
            {KeyCipher, CipherName},
            {KeyKdf, QJsonObject{{QStringLiteral("name"), KdfName},
                                 {QStringLiteral("log2_n"), keys->kdf.log2N},
                                 {QStringLiteral("r"), int(keys->kdf.r)},
                                 {QStringLiteral("p"), int(keys->kdf.p)},
                                 {QStringLiteral("salt"), toBase64(keys->kdf.salt)}}},
            {KeyKeyCheck, toBase64(keys->material.bytes().mid(32, KeyCheckBytes))},
            {KeyNonce, toBase64(nonce)},
        };
        doc.insert(KeySecrets, env);
        Result<QByteArray> aad = associatedData(doc);
        if (!aad.ok())
            return aad.error();
        const SecretBytes key(keys->material.bytes().left(AesGcm::KeyBytes));
        Result<AesGcm::Sealed> sealed = AesGcm::encrypt(key, nonce, payloadOf(*secrets), *aad);
        if (!sealed.ok())
            return sealed.error();
        env.insert(KeyCiphertext, toBase64(sealed->ciphertext));
        env.insert(KeyTag, toBase64(sealed->tag));
        doc.insert(KeySecrets, env);
    }
    return encode(doc);
}

Result<BundleFormat::Parsed> BundleFormat::parse(const QByteArray& bytes)
{
    if (bytes.size() > MaxFileBytes)
        return refused(QCoreApplication::translate("authdeck::bundle::BundleFormat",
                                                   "the file is larger than 16 MiB"));
    QJsonParseError err{};
    const QJsonDocument json = QJsonDocument::fromJson(bytes, &err);
    if (err.error != QJsonParseError::NoError)
        return damaged(QCoreApplication::translate("authdeck::bundle::BundleFormat",
                                                   "it is not complete JSON: %1 at byte %2")
                           .arg(err.errorString())
                           .arg(err.offset));
    if (!json.isObject())
        return fail(ErrorKind::BadInput,
                    QCoreApplication::translate("authdeck::bundle::BundleFormat",
                                                "The file is not an AuthDeck bundle."));
    const QJsonObject doc = json.object();
    if (doc.value(KeyFormat).toString() != QLatin1String(FormatName))
        return fail(ErrorKind::BadInput,
                    QCoreApplication::translate("authdeck::bundle::BundleFormat",
                                                "The file is not an AuthDeck bundle."));
    const QJsonValue version = doc.value(KeyVersion);
    if (!CanonicalJson::isCanonicalInteger(version))
        return damaged(QCoreApplication::translate("authdeck::bundle::BundleFormat",
                                                   "its version is not a whole number"));
    if (version.toDouble() != Version) {
        return fail(ErrorKind::BadInput,
                    QCoreApplication::translate(
                        "authdeck::bundle::BundleFormat",
                        "The bundle has the unknown format version %1; this AuthDeck reads version "
                        "%2. Nothing was imported.")
                        .arg(qint64(version.toDouble()))
                        .arg(Version));
    }
    // Exactly the bytes AuthDeck writes for this content: whitespace, member order, escapes and
    // number spellings have one form, so no byte can change without being seen.
    Result<QByteArray> canonical = CanonicalJson::serialize(doc, CanonicalJson::Layout::Pretty);
    if (!canonical.ok())
        return damaged(QCoreApplication::translate("authdeck::bundle::BundleFormat", "it holds %1")
                           .arg(canonical.error().message));
    if (*canonical != bytes)
        return damaged(QCoreApplication::translate(
            "authdeck::bundle::BundleFormat", "it is not in the canonical form AuthDeck writes"));
    const QString checksum = doc.value(KeyChecksum).toString();
    QJsonObject body = doc;
    body.remove(KeyChecksum);
    Result<QByteArray> compact = CanonicalJson::serialize(body);
    if (!compact.ok() || !checksum.startsWith(ChecksumPrefix)
        || checksum.mid(ChecksumPrefix.size()).toLatin1() != sha256Hex(*compact))
        return damaged(QCoreApplication::translate("authdeck::bundle::BundleFormat",
                                                   "its checksum does not match its content"));

    if (!hasExactly(doc, {KeyFormat, KeyVersion, KeyCreated, KeyConfig, KeyChecksum}, {KeySecrets}))
        return refused(QCoreApplication::translate(
            "authdeck::bundle::BundleFormat", "it has members a version 1 bundle does not have"));
    Parsed p;
    p.version = Version;
    p.document = doc;
    p.created = QDateTime::fromString(doc.value(KeyCreated).toString(), Qt::ISODate);
    if (!p.created.isValid())
        return refused(QCoreApplication::translate("authdeck::bundle::BundleFormat",
                                                   "its creation time is not a valid time"));
    const QJsonObject config = doc.value(KeyConfig).toObject();
    if (!hasExactly(config, {KeyApps, KeyAccounts}) || !config.value(KeyApps).isArray()
        || !config.value(KeyAccounts).isArray())
        return refused(QCoreApplication::translate(
            "authdeck::bundle::BundleFormat", "its config part does not list apps and accounts"));
    p.apps = config.value(KeyApps).toArray();
    p.accounts = config.value(KeyAccounts).toArray();
    if (Status s = checkItems(
            p.apps, QCoreApplication::translate("authdeck::bundle::BundleFormat", "apps"));
        !s.ok())
        return s.error();
    if (Status s = checkItems(
            p.accounts, QCoreApplication::translate("authdeck::bundle::BundleFormat", "accounts"));
        !s.ok())
        return s.error();
    if (doc.contains(KeySecrets)) {
        Result<Envelope> env = parseEnvelope(doc.value(KeySecrets));
        if (!env.ok())
            return env.error();
        p.secrets = *env;
    }
    return p;
}

Result<BundleFormat::Secrets> BundleFormat::open(const Parsed& bundle, const Keys& keys)
{
    if (!bundle.secrets)
        return Secrets{};
    const Envelope& env = *bundle.secrets;
    if (keys.material.size() != KeyMaterialBytes || keys.kdf.salt != env.kdf.salt
        || keys.kdf.log2N != env.kdf.log2N)
        return fail(ErrorKind::Other,
                    QCoreApplication::translate("authdeck::bundle::BundleFormat",
                                                "The keys were made for another bundle."));
    const QByteArray check = keys.material.bytes().mid(32, KeyCheckBytes);
    if (CRYPTO_memcmp(check.constData(), env.keyCheck.constData(), KeyCheckBytes) != 0) {
        Error e = fail(ErrorKind::BadInput,
                       QCoreApplication::translate(
                           "authdeck::bundle::BundleFormat",
                           "The passphrase is wrong: it does not open this bundle. Nothing was "
                           "imported."));
        e.diagnosis = Diagnosis::WrongPassphrase;
        return e;
    }
    Result<QByteArray> aad = associatedData(bundle.document);
    if (!aad.ok())
        return aad.error();
    const SecretBytes key(keys.material.bytes().left(AesGcm::KeyBytes));
    Result<SecretBytes> plain = AesGcm::decrypt(key, env.nonce, env.ciphertext, env.tag, *aad);
    if (!plain.ok())
        return damaged(QCoreApplication::translate(
            "authdeck::bundle::BundleFormat",
            "the passphrase is right but the file changed after export"));
    QJsonParseError err{};
    const QJsonDocument json = QJsonDocument::fromJson(plain->bytes(), &err);
    if (err.error != QJsonParseError::NoError || !json.isObject())
        return damaged(QCoreApplication::translate("authdeck::bundle::BundleFormat",
                                                   "its secrets are not in the expected shape"));
    const QJsonObject o = json.object();
    Result<QMap<QString, SecretRecord>> apps = recordsOf(o.value(KeyApps));
    if (!apps.ok())
        return apps.error();
    Result<QMap<QString, SecretRecord>> accounts = recordsOf(o.value(KeyAccounts));
    if (!accounts.ok())
        return accounts.error();
    Secrets s;
    s.apps = *apps;
    s.accounts = *accounts;
    return s;
}

} // namespace authdeck::bundle
