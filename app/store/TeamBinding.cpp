#include "store/TeamBinding.h"

#include "bundle/BundleFormat.h"
#include "crypto/AesGcm.h"
#include "crypto/KeyFiles.h"
#include "crypto/Random.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHostInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUrl>
#include <QUrlQuery>

#include <openssl/crypto.h>

namespace authdeck {

namespace {

const QStringList SslModes{QStringLiteral("disable"),   QStringLiteral("allow"),
                           QStringLiteral("prefer"),    QStringLiteral("require"),
                           QStringLiteral("verify-ca"), QStringLiteral("verify-full")};

bool validTeamId(const QString& id)
{
    static const QRegularExpression re(QStringLiteral("^[0-9a-f]{16}$"));
    return re.match(id).hasMatch();
}

QJsonObject bindingJson(const TeamBinding& b)
{
    return QJsonObject{
        {QStringLiteral("team_id"), b.teamId},    {QStringLiteral("team_name"), b.teamName},
        {QStringLiteral("host"), b.host},         {QStringLiteral("port"), b.port},
        {QStringLiteral("database"), b.database}, {QStringLiteral("user"), b.user},
        {QStringLiteral("sslmode"), b.sslmode}};
}

std::optional<TeamBinding> bindingFrom(const QJsonObject& o)
{
    TeamBinding b;
    b.teamId = o.value(u"team_id").toString();
    b.teamName = o.value(u"team_name").toString();
    b.host = o.value(u"host").toString();
    b.port = o.value(u"port").toInt(-1);
    b.database = o.value(u"database").toString();
    b.user = o.value(u"user").toString();
    b.sslmode = o.value(u"sslmode").toString();
    if (!validTeamId(b.teamId) || b.host.isEmpty() || b.port <= 0 || b.port > 65535
        || b.database.isEmpty() || b.user.isEmpty()
        || (!b.sslmode.isEmpty() && !SslModes.contains(b.sslmode)))
        return std::nullopt;
    return b;
}

QByteArray canonical(const QJsonObject& o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

Error inviteDamaged(const QString& why)
{
    Error e = fail(ErrorKind::BadInput,
                   TeamInvite::tr("The file is not a usable AuthDeck team invite: %1. Nothing "
                                  "was changed; "
                                  "ask the team for a new invite (authdeck-cli team invite).")
                       .arg(why));
    e.diagnosis = Diagnosis::Tampered;
    return e;
}

} // namespace

Result<TeamBinding> TeamBinding::fromUrl(const QString& text)
{
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    auto bad = [](const QString& why) {
        return fail(ErrorKind::Usage,
                    tr("The database URL is not usable: %1. Write it as "
                       "postgresql://USER@HOST:PORT/DATABASE (?sslmode=require when the server "
                       "is not on this machine).")
                        .arg(why));
    };
    if (!url.isValid()
        || (url.scheme() != QLatin1String("postgresql")
            && url.scheme() != QLatin1String("postgres")))
        return bad(tr("it does not start with postgresql://"));
    if (!url.password().isEmpty()) {
        return fail(ErrorKind::Usage,
                    tr("The database URL holds a password, which would stay in the shell's "
                       "history and the process list. Leave it out and give it with "
                       "--database-password-file F, or in ~/.pgpass."));
    }
    TeamBinding b;
    const QUrlQuery query(url);
    b.host = url.host();
    if (query.hasQueryItem(QStringLiteral("host")))
        b.host = query.queryItemValue(QStringLiteral("host"), QUrl::FullyDecoded);
    if (b.host.isEmpty())
        return bad(tr("it names no host"));
    b.port = url.port(5432);
    if (query.hasQueryItem(QStringLiteral("port")))
        b.port = query.queryItemValue(QStringLiteral("port")).toInt();
    if (b.port <= 0 || b.port > 65535)
        return bad(tr("its port is not a number from 1 to 65535"));
    b.database = url.path(QUrl::FullyDecoded).mid(1);
    if (b.database.isEmpty() || b.database.contains(QLatin1Char('/')))
        return bad(tr("it names no database after the host"));
    b.user = url.userName(QUrl::FullyDecoded);
    if (query.hasQueryItem(QStringLiteral("user")))
        b.user = query.queryItemValue(QStringLiteral("user"), QUrl::FullyDecoded);
    if (b.user.isEmpty())
        b.user = qEnvironmentVariable("PGUSER", qEnvironmentVariable("USER"));
    if (b.user.isEmpty())
        return bad(tr("it names no user"));
    b.sslmode = query.queryItemValue(QStringLiteral("sslmode"));
    if (!b.sslmode.isEmpty() && !SslModes.contains(b.sslmode))
        return bad(tr("sslmode must be one of %1").arg(SslModes.join(QStringLiteral(", "))));
    for (const auto& item : query.queryItems()) {
        if (item.first != QLatin1String("sslmode") && item.first != QLatin1String("host")
            && item.first != QLatin1String("port") && item.first != QLatin1String("user"))
            return bad(tr("AuthDeck does not know the setting \"%1\"").arg(item.first));
    }
    return b;
}

QString TeamBinding::url() const
{
    QUrl u;
    u.setScheme(QStringLiteral("postgresql"));
    u.setUserName(user);
    QUrlQuery q;
    if (host.startsWith(QLatin1Char('/'))) {
        u.setHost(QStringLiteral("localhost"));
        q.addQueryItem(QStringLiteral("host"), host);
    } else {
        u.setHost(host);
    }
    u.setPort(port);
    u.setPath(QLatin1Char('/') + database);
    if (!sslmode.isEmpty())
        q.addQueryItem(QStringLiteral("sslmode"), sslmode);
    if (!q.isEmpty())
        u.setQuery(q);
    return u.toString();
}

QString TeamBinding::displayName() const
{
    return QStringLiteral("%1@%2:%3/%4").arg(user, host).arg(port).arg(database);
}

QString TeamBinding::filePath(const Profile& profile)
{
    return profile.filePath(QLatin1String(FileName));
}

Result<std::optional<TeamBinding>> TeamBinding::load(const Profile& profile)
{
    const QString path = filePath(profile);
    QFile f(path);
    if (!f.exists())
        return std::optional<TeamBinding>();
    if (!f.open(QIODevice::ReadOnly) || f.size() > 64 * 1024) {
        return fail(ErrorKind::BadInput, tr("The team binding %1 cannot be read; run "
                                            "\"authdeck-cli team leave\" and join again.")
                                             .arg(QDir::toNativeSeparators(path)));
    }
    const QJsonObject o = QJsonDocument::fromJson(f.readAll()).object();
    std::optional<TeamBinding> b = bindingFrom(o);
    if (o.value(u"format").toString() != QLatin1String(Format) || !b) {
        return fail(ErrorKind::BadInput,
                    tr("The file %1 is not an AuthDeck team binding; move it away, or run "
                       "\"authdeck-cli team leave\" and join again.")
                        .arg(QDir::toNativeSeparators(path)));
    }
    b->member = o.value(u"member").toString();
    if (b->member.isEmpty())
        b->member = thisMember();
    return b;
}

Status TeamBinding::save(const Profile& profile) const
{
    QJsonObject o = bindingJson(*this);
    o.insert(QStringLiteral("format"), QLatin1String(Format));
    o.insert(QStringLiteral("member"), member);
    return crypto::KeyFiles::writeKeyFile(
        filePath(profile), SecretBytes(QJsonDocument(o).toJson(QJsonDocument::Indented)),
        crypto::KeyFiles::Existing::Replace);
}

Status TeamBinding::remove(const Profile& profile)
{
    const QString path = filePath(profile);
    if (QFile::exists(path) && !QFile::remove(path)) {
        return fail(ErrorKind::Other,
                    tr("Cannot remove the team binding %1.").arg(QDir::toNativeSeparators(path)));
    }
    return {};
}

QString TeamBinding::thisMember()
{
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("LOGNAME", QStringLiteral("user"));
    return user + QLatin1Char('@') + QHostInfo::localHostName();
}

Result<QByteArray> TeamInvite::write(const Contents& contents, const SecretBytes& passphrase)
{
    using bundle::BundleFormat;
    if (contents.teamKey.size() != crypto::AesGcm::KeyBytes)
        return fail(ErrorKind::Other, tr("The team key is not valid."));
    const BundleFormat::KdfSettings kdf = BundleFormat::freshKdf();
    Result<BundleFormat::Keys> keys = BundleFormat::deriveKeys(passphrase, kdf);
    if (!keys.ok())
        return keys.error();
    const QByteArray nonce = crypto::Random::randomBytes(crypto::AesGcm::NonceBytes).bytes();
    QJsonObject header{
        {QStringLiteral("format"), QLatin1String(Format)},
        {QStringLiteral("version"), Version},
        {QStringLiteral("kdf"),
         QJsonObject{{QStringLiteral("name"), QStringLiteral("scrypt")},
                     {QStringLiteral("log2_n"), kdf.log2N},
                     {QStringLiteral("r"), qint64(kdf.r)},
                     {QStringLiteral("p"), qint64(kdf.p)},
                     {QStringLiteral("salt"), QString::fromLatin1(kdf.salt.toBase64())}}},
        {QStringLiteral("key_check"),
         QString::fromLatin1(
             keys->material.bytes().mid(32, BundleFormat::KeyCheckBytes).toBase64())},
        {QStringLiteral("nonce"), QString::fromLatin1(nonce.toBase64())}};
    QJsonObject inner = bindingJson(contents.binding);
    inner.insert(QStringLiteral("team_key"),
                 QString::fromLatin1(contents.teamKey.bytes().toBase64()));
    const SecretBytes plain(QJsonDocument(inner).toJson(QJsonDocument::Compact));
    inner = {};
    Result<crypto::AesGcm::Sealed> sealed =
        crypto::AesGcm::encrypt(SecretBytes(keys->material.bytes().left(crypto::AesGcm::KeyBytes)),
                                nonce, plain, canonical(header));
    if (!sealed.ok())
        return sealed.error();
    QJsonObject file = header;
    file.insert(QStringLiteral("ciphertext"), QString::fromLatin1(sealed->ciphertext.toBase64()));
    file.insert(QStringLiteral("tag"), QString::fromLatin1(sealed->tag.toBase64()));
    return QJsonDocument(file).toJson(QJsonDocument::Indented);
}

Result<TeamInvite::Contents> TeamInvite::read(const QByteArray& bytes,
                                              const SecretBytes& passphrase)
{
    using bundle::BundleFormat;
    if (bytes.size() > MaxFileBytes)
        return inviteDamaged(tr("it is far larger than an invite"));
    QJsonParseError err{};
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &err);
    if (err.error != QJsonParseError::NoError || !doc.isObject())
        return inviteDamaged(tr("it is not JSON"));
    QJsonObject file = doc.object();
    if (file.value(u"format").toString() != QLatin1String(Format))
        return inviteDamaged(tr("it is not a team invite"));
    if (file.value(u"version").toInt() != Version)
        return inviteDamaged(tr("it was made by another version of AuthDeck"));
    const QJsonObject k = file.value(u"kdf").toObject();
    BundleFormat::KdfSettings kdf;
    kdf.log2N = k.value(u"log2_n").toInt();
    kdf.r = quint32(k.value(u"r").toInt());
    kdf.p = quint32(k.value(u"p").toInt());
    kdf.salt = QByteArray::fromBase64(k.value(u"salt").toString().toLatin1());
    if (k.value(u"name").toString() != QLatin1String("scrypt"))
        return inviteDamaged(tr("its key derivation is not scrypt"));
    // The bundles' ceilings before any work: a hostile file costs nothing.
    if (const QString problem = BundleFormat::kdfProblem(kdf); !problem.isEmpty())
        return inviteDamaged(problem);
    const QByteArray nonce = QByteArray::fromBase64(file.value(u"nonce").toString().toLatin1());
    const QByteArray check = QByteArray::fromBase64(file.value(u"key_check").toString().toLatin1());
    const QByteArray ciphertext =
        QByteArray::fromBase64(file.value(u"ciphertext").toString().toLatin1());
    const QByteArray tag = QByteArray::fromBase64(file.value(u"tag").toString().toLatin1());
    if (nonce.size() != crypto::AesGcm::NonceBytes || check.size() != BundleFormat::KeyCheckBytes
        || tag.size() != crypto::AesGcm::TagBytes || ciphertext.isEmpty())
        return inviteDamaged(tr("a part of it is missing"));
    Result<BundleFormat::Keys> keys = BundleFormat::deriveKeys(passphrase, kdf);
    if (!keys.ok())
        return keys.error();
    const QByteArray made = keys->material.bytes().mid(32, BundleFormat::KeyCheckBytes);
    if (CRYPTO_memcmp(made.constData(), check.constData(), size_t(check.size())) != 0) {
        Error e = fail(ErrorKind::BadInput,
                       tr("The passphrase is wrong: it does not open this team invite. Nothing "
                          "was changed."));
        e.diagnosis = Diagnosis::WrongPassphrase;
        return e;
    }
    file.remove(QStringLiteral("ciphertext"));
    file.remove(QStringLiteral("tag"));
    Result<SecretBytes> plain =
        crypto::AesGcm::decrypt(SecretBytes(keys->material.bytes().left(crypto::AesGcm::KeyBytes)),
                                nonce, ciphertext, tag, canonical(file));
    if (!plain.ok())
        return inviteDamaged(tr("the passphrase is right but the file changed after it was made"));
    const QJsonObject inner = QJsonDocument::fromJson(plain->bytes()).object();
    std::optional<TeamBinding> b = bindingFrom(inner);
    Contents c;
    c.teamKey = SecretBytes(QByteArray::fromBase64(inner.value(u"team_key").toString().toLatin1()));
    if (!b || c.teamKey.size() != crypto::AesGcm::KeyBytes)
        return inviteDamaged(tr("its contents are not in the expected shape"));
    c.binding = *b;
    c.binding.member = TeamBinding::thisMember();
    return c;
}

} // namespace authdeck
