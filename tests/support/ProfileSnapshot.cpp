#include "ProfileSnapshot.h"

#include "core/Profile.h"
#include "store/SecretCipher.h"

#include <QDBusArgument>
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusMetaType>
#include <QDBusObjectPath>
#include <QDBusVariant>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace authdeck::test {

namespace {

using StringMap = QMap<QString, QString>;

const QString SecretsName = QStringLiteral("org.freedesktop.secrets");

QString busAddressIn(const QStringList& env)
{
    for (const QString& e : env) {
        if (e.startsWith(QLatin1String("DBUS_SESSION_BUS_ADDRESS=")))
            return e.mid(e.indexOf(QLatin1Char('=')) + 1);
    }
    return {};
}

QProcessEnvironment processEnvironment(const QStringList& env)
{
    QProcessEnvironment out = QProcessEnvironment::systemEnvironment();
    for (const QString& e : env) {
        const qsizetype eq = e.indexOf(QLatin1Char('='));
        if (e.mid(eq + 1).isEmpty())
            out.remove(e.left(eq));
        else
            out.insert(e.left(eq), e.mid(eq + 1));
    }
    return out;
}

// secret-tool, as an outsider reads an entry: the stored value, or nothing.
QByteArray lookUp(const QString& key, const QStringList& env)
{
    QProcess p;
    p.setProcessEnvironment(processEnvironment(env));
    p.start(QStringLiteral("secret-tool"),
            {QStringLiteral("lookup"), QStringLiteral("server"), QStringLiteral("AuthDeck"),
             QStringLiteral("user"), key});
    p.closeWriteChannel();
    if (!p.waitForFinished(20000)) {
        p.kill();
        p.waitForFinished(3000);
        return {};
    }
    QByteArray out = p.readAllStandardOutput();
    while (out.endsWith('\n'))
        out.chop(1);
    return out;
}

// A reply argument, whether QtDBus demarshalled it already or left it as a QDBusArgument.
template <typename T>
T fromReply(const QVariant& v)
{
    if (v.userType() == qMetaTypeId<QDBusArgument>())
        return qdbus_cast<T>(v.value<QDBusArgument>());
    return v.value<T>();
}

QList<QDBusObjectPath> paths(const QVariant& v)
{
    return fromReply<QList<QDBusObjectPath>>(v);
}

// Joins a SecretChunker record ("adk1;generation;count;...;base64") from its entries.
QJsonObject record(const QMap<QString, QByteArray>& secrets, const QString& key)
{
    const QByteArray base = secrets.value(key);
    QByteArray json = base;
    if (base.startsWith("adk1;")) {
        const QList<QByteArray> parts = base.split(';');
        if (parts.size() < 5)
            return {};
        const int count = parts.at(2).toInt();
        json = QByteArray::fromBase64(parts.at(4));
        for (int i = 1; i < count; ++i) {
            json += QByteArray::fromBase64(secrets.value(key + QLatin1Char('#')
                                                         + QString::fromLatin1(parts.at(1))
                                                         + QLatin1Char('.') + QString::number(i)));
        }
    }
    return QJsonDocument::fromJson(json).object();
}

} // namespace

KeychainListing keychainEntries(const QString& prefix, const QStringList& env)
{
    KeychainListing out;
    qDBusRegisterMetaType<StringMap>();
    const QString address = busAddressIn(env);
    QDBusConnection bus =
        address.isEmpty()
            ? QDBusConnection::sessionBus()
            : QDBusConnection::connectToBus(address, QStringLiteral("snapshot-") + address);
    if (!bus.isConnected()) {
        out.problem = QStringLiteral("no session bus");
        return out;
    }
    QDBusMessage search = QDBusMessage::createMethodCall(
        SecretsName, QStringLiteral("/org/freedesktop/secrets"),
        QStringLiteral("org.freedesktop.Secret.Service"), QStringLiteral("SearchItems"));
    search << QVariant::fromValue(
        StringMap{{QStringLiteral("server"), QStringLiteral("AuthDeck")}});
    const QDBusMessage found = bus.call(search, QDBus::Block, 20000);
    if (found.type() != QDBusMessage::ReplyMessage || found.arguments().size() != 2) {
        out.problem = QStringLiteral("SearchItems: ") + found.errorMessage();
        return out;
    }
    const QList<QDBusObjectPath> unlocked = paths(found.arguments().at(0));
    const QList<QDBusObjectPath> locked = paths(found.arguments().at(1));
    for (const QDBusObjectPath& item : unlocked + locked) {
        QDBusMessage get = QDBusMessage::createMethodCall(
            SecretsName, item.path(), QStringLiteral("org.freedesktop.DBus.Properties"),
            QStringLiteral("Get"));
        get << QStringLiteral("org.freedesktop.Secret.Item") << QStringLiteral("Attributes");
        const QDBusMessage attrs = bus.call(get, QDBus::Block, 20000);
        if (attrs.type() != QDBusMessage::ReplyMessage || attrs.arguments().isEmpty()) {
            out.problem = QStringLiteral("Attributes: ") + attrs.errorMessage();
            return out;
        }
        const QDBusVariant v = attrs.arguments().at(0).value<QDBusVariant>();
        const StringMap map = fromReply<StringMap>(v.variant());
        const QString key = map.value(QStringLiteral("user"));
        if (!key.startsWith(prefix))
            continue;
        out.entries.insert(key, unlocked.contains(item) ? lookUp(key, env) : QByteArray());
    }
    out.ok = true;
    if (!address.isEmpty())
        QDBusConnection::disconnectFromBus(QStringLiteral("snapshot-") + address);
    return out;
}

QJsonObject ProfileSnapshot::appSecrets(const QString& id) const
{
    return record(secrets, m_prefix + QStringLiteral("app:") + id);
}

QJsonObject ProfileSnapshot::accountSecrets(const QString& id) const
{
    return record(secrets, m_prefix + QStringLiteral("account:") + id);
}

namespace {

// A stored keychain value as KeychainSecretStore writes it: plain, or SecretChunker's
// "adk1;<generation>;<count>;<digest>;<base64 chunk>" for the first of several.
QByteArray unchunked(const QByteArray& stored)
{
    if (!stored.startsWith("adk1;"))
        return stored;
    const QList<QByteArray> parts = stored.split(';');
    return parts.size() >= 5 ? QByteArray::fromBase64(parts.at(4)) : QByteArray();
}

} // namespace

ProfileSnapshot snapshotProfile(const QString& profileDir, const QStringList& env)
{
    ProfileSnapshot s;
    const Result<Profile> profile = Profile::open(profileDir);
    if (!profile.ok()) {
        s.problem = profile.error().message;
        return s;
    }
    s.m_prefix = QStringLiteral("authdeck:%1:").arg(profile->id());
    QDirIterator it(profileDir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    const QDir root(profileDir);
    while (it.hasNext())
        s.files << root.relativeFilePath(it.next());
    s.files.sort();

    const KeychainListing keychain = keychainEntries(s.m_prefix, env);
    if (!keychain.ok)
        s.problem = keychain.problem;
    s.keychain = keychain.entries;

    // The profile's database, read as an outsider with the key from the keychain would.
    const QString dbPath = profile->filePath(QStringLiteral("profile.db"));
    if (!QFile::exists(dbPath))
        return s;
    const QString connection = QStringLiteral("snapshot-%1").arg(quintptr(&s));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(dbPath);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=15000"));
        if (!db.open()) {
            s.problem = QStringLiteral("profile.db: ") + db.lastError().text();
        } else {
            QSqlQuery q(db);
            q.exec(QStringLiteral("BEGIN"));
            for (const QString& table : {QStringLiteral("apps"), QStringLiteral("accounts")}) {
                if (!q.exec(QStringLiteral("SELECT doc FROM %1").arg(table))) {
                    s.problem = QStringLiteral("profile.db: ") + q.lastError().text();
                    break;
                }
                while (q.next()) {
                    const QJsonObject o =
                        QJsonDocument::fromJson(q.value(0).toByteArray()).object();
                    (table == QLatin1String("apps") ? s.apps : s.accounts)
                        .insert(o.value(QStringLiteral("id")).toString(), o);
                }
            }
            const QByteArray key = QByteArray::fromBase64(
                unchunked(keychain.entries.value(s.m_prefix + QStringLiteral("profile-key"))));
            const SecretCipher cipher{SecretBytes(key), profile->id()};
            if (q.exec(QStringLiteral("SELECT owner, id, nonce, value FROM secrets"))) {
                while (q.next()) {
                    const QString owner = q.value(0).toString();
                    const QString id = q.value(1).toString();
                    Result<SecretBytes> plain = cipher.open(
                        owner, id, {q.value(2).toByteArray(), q.value(3).toByteArray()});
                    const QString name = s.m_prefix + owner + QLatin1Char(':') + id;
                    if (!plain.ok()) {
                        if (s.problem.isEmpty())
                            s.problem = QStringLiteral("a secret does not open: ") + name;
                        s.secrets.insert(name, QByteArray());
                        continue;
                    }
                    s.secrets.insert(name, plain->bytes());
                }
            }
            q.exec(QStringLiteral("COMMIT"));
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    return s;
}

QByteArray storedSecretRecord(const QString& profileDir, const QString& key, const QStringList& env)
{
    return snapshotProfile(profileDir, env).secrets.value(key);
}

QString lostBetween(const ProfileSnapshot& before, const ProfileSnapshot& after)
{
    if (!before.problem.isEmpty())
        return QStringLiteral("the first snapshot failed: ") + before.problem;
    if (!after.problem.isEmpty())
        return QStringLiteral("the profile cannot be read any more: ") + after.problem;
    QStringList lost;
    for (auto it = before.apps.cbegin(); it != before.apps.cend(); ++it) {
        if (!after.apps.contains(it.key()))
            lost << QStringLiteral("app %1").arg(it.key());
    }
    for (auto it = before.accounts.cbegin(); it != before.accounts.cend(); ++it) {
        if (!after.accounts.contains(it.key()))
            lost << QStringLiteral("account %1").arg(it.key());
    }
    for (auto it = before.secrets.cbegin(); it != before.secrets.cend(); ++it) {
        // Chunk entries come and go with their generation; their records are compared below.
        if (it.key().contains(QLatin1Char('#')))
            continue;
        if (!after.secrets.contains(it.key())) {
            lost << QStringLiteral("keychain entry %1").arg(it.key());
            continue;
        }
        const QJsonObject was = record(before.secrets, it.key());
        const QJsonObject now = record(after.secrets, it.key());
        if (!was.isEmpty() && now.isEmpty()) {
            lost << QStringLiteral("the record of %1 no longer reads").arg(it.key());
            continue;
        }
        for (auto f = was.constBegin(); f != was.constEnd(); ++f) {
            if (!f.value().toString().isEmpty() && now.value(f.key()).toString().isEmpty())
                lost << QStringLiteral("%1 of %2").arg(f.key(), it.key());
        }
    }
    return lost.join(QStringLiteral(", "));
}

QStringList strayFiles(const ProfileSnapshot& before, const ProfileSnapshot& after)
{
    QStringList out;
    for (const QString& f : after.files) {
        // Lock files, and the day's copy of the database the store keeps by design
        // (ProfileDatabase::backupIfDue), are not strays.
        // The database's write-ahead log and shared memory come and go with its connections.
        const bool byDesign = f.endsWith(QLatin1String(".lock"))
                              || f.endsWith(QLatin1String("profile.db.bak"))
                              || f.endsWith(QLatin1String("profile.db-wal"))
                              || f.endsWith(QLatin1String("profile.db-shm"));
        if (!before.files.contains(f) && !byDesign)
            out << f;
    }
    return out;
}

} // namespace authdeck::test
