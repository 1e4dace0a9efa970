// The encrypted vault secret store: entries survive a reopen with the right passphrase, a wrong
// passphrase opens nothing and says so, the file is 0600 with no secret in plain text, and a
// changed byte makes the vault refuse rather than answer.
#include "TestSupport.h"

#include "accounts/AccountService.h"
#include "engine/Engine.h"
#include "secrets/VaultSecretStore.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <sys/stat.h>

using namespace authdeck;

namespace {

const QByteArray Canary = "vault-secret-canary-0451";

Status writeSync(SecretStore& s, const QString& key, const SecretBytes& value)
{
    std::optional<Status> out;
    s.write(key, value, nullptr, [&](Status r) { out.emplace(r); });
    [&] { QTRY_VERIFY_WITH_TIMEOUT(out.has_value(), 30000); }();
    return out ? *out : Status(fail(ErrorKind::Other, QStringLiteral("no answer")));
}

Result<std::optional<SecretBytes>> readSync(SecretStore& s, const QString& key)
{
    std::optional<Result<std::optional<SecretBytes>>> out;
    s.read(key, nullptr, [&](Result<std::optional<SecretBytes>> r) { out.emplace(r); });
    [&] { QTRY_VERIFY_WITH_TIMEOUT(out.has_value(), 30000); }();
    if (!out)
        return fail(ErrorKind::Other, QStringLiteral("no answer"));
    return *out;
}

} // namespace

class TestVaultStore : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void roundTripAndReopen();
    void wrongPassphrase();
    void tamperedFileIsRefused();
    void engineNeedsPassphrase();
    void hostileCostIsRefusedBeforeDerivation();
};

void TestVaultStore::roundTripAndReopen()
{
    test::TempProfile p;
    const QString path = p.file(QStringLiteral("vault.json"));
    {
        VaultSecretStore vault(path, SecretBytes("vault passphrase 1"));
        QVERIFY(writeSync(vault, QStringLiteral("a"), SecretBytes(Canary)).ok());
        QVERIFY(writeSync(vault, QStringLiteral("b"), SecretBytes("second")).ok());
        std::optional<Status> removed;
        vault.remove(QStringLiteral("b"), nullptr, [&](Status s) { removed.emplace(s); });
        QTRY_VERIFY(removed.has_value() && removed->ok());
    }
    struct stat st {};
    QCOMPARE(::stat(QFile::encodeName(path).constData(), &st), 0);
    QCOMPARE(int(st.st_mode & 0777), 0600);
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    QVERIFY(bytes.contains("authdeck-vault"));
    QVERIFY(!bytes.contains(Canary));
    QVERIFY(!bytes.contains(Canary.toBase64().left(12)));

    VaultSecretStore again(path, SecretBytes("vault passphrase 1"));
    Result<std::optional<SecretBytes>> a = readSync(again, QStringLiteral("a"));
    QVERIFY2(a.ok(), qPrintable(a.error().message));
    QVERIFY(a->has_value());
    QCOMPARE((*a)->bytes(), Canary);
    Result<std::optional<SecretBytes>> b = readSync(again, QStringLiteral("b"));
    QVERIFY(b.ok() && !b->has_value());
}

void TestVaultStore::wrongPassphrase()
{
    test::TempProfile p;
    const QString path = p.file(QStringLiteral("vault.json"));
    {
        VaultSecretStore vault(path, SecretBytes("the right one"));
        QVERIFY(writeSync(vault, QStringLiteral("a"), SecretBytes(Canary)).ok());
    }
    const QByteArray before = [&] {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }();
    VaultSecretStore wrong(path, SecretBytes("the wrong one"));
    Result<std::optional<SecretBytes>> r = readSync(wrong, QStringLiteral("a"));
    QVERIFY(!r.ok());
    QCOMPARE(r.error().diagnosis, Diagnosis::WrongPassphrase);
    QVERIFY(r.error().message.contains(QLatin1String("passphrase")));
    QVERIFY(!writeSync(wrong, QStringLiteral("x"), SecretBytes("y")).ok());
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), before);
}

void TestVaultStore::tamperedFileIsRefused()
{
    test::TempProfile p;
    const QString path = p.file(QStringLiteral("vault.json"));
    {
        VaultSecretStore vault(path, SecretBytes("the right one"));
        QVERIFY(writeSync(vault, QStringLiteral("a"), SecretBytes(Canary)).ok());
    }
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadWrite));
    QByteArray bytes = f.readAll();
    const qsizetype at = bytes.indexOf("\"ciphertext\": \"") + 16;
    bytes[at] = bytes[at] == 'A' ? 'B' : 'A';
    f.seek(0);
    f.write(bytes);
    f.close();
    VaultSecretStore vault(path, SecretBytes("the right one"));
    Result<std::optional<SecretBytes>> r = readSync(vault, QStringLiteral("a"));
    QVERIFY(!r.ok());
    QVERIFY(r.error().message.contains(QLatin1String("altered or damaged")));
}

void TestVaultStore::engineNeedsPassphrase()
{
    test::TempProfile p;
    EngineOptions o;
    o.profileDir = p.path();
    o.store = SecretStoreKind::Vault;
    QVERIFY(!Engine::create(o).ok());
    o.vaultPassphrase = SecretBytes("engine vault passphrase");
    auto e = Engine::create(o);
    QVERIFY(e.ok());
    const QString key = e->get()->accounts().secretKey(QStringLiteral("vault-account"));
    QVERIFY(writeSync(e->get()->secrets(), key, SecretBytes(Canary)).ok());
    // The vault is the profile database unlocked by the passphrase: no vault.json, the value
    // sealed in profile.db, and nothing in the clear.
    QVERIFY(!QFile::exists(p.file(QStringLiteral("vault.json"))));
    QVERIFY(QFile::exists(p.file(QStringLiteral("profile.db"))));
    QVERIFY(!p.allFileBytes().contains(Canary));
    e->reset();
    o.vaultPassphrase = SecretBytes("not the passphrase");
    auto wrong = Engine::create(o);
    QVERIFY(wrong.ok());
    Result<std::optional<SecretBytes>> refused = readSync(wrong->get()->secrets(), key);
    QVERIFY(!refused.ok());
    QVERIFY(refused.error().message.contains(QLatin1String("passphrase is wrong")));
    wrong->reset();
    o.vaultPassphrase = SecretBytes("engine vault passphrase");
    auto right = Engine::create(o);
    QVERIFY(right.ok());
    Result<std::optional<SecretBytes>> back = readSync(right->get()->secrets(), key);
    QVERIFY(back.ok() && back->has_value());
    QCOMPARE((*back)->bytes(), QByteArray(Canary));
}

void TestVaultStore::hostileCostIsRefusedBeforeDerivation()
{
    test::TempProfile p;
    const QString path = p.file(QStringLiteral("vault.json"));
    {
        VaultSecretStore vault(path, SecretBytes("the right one"));
        QVERIFY(writeSync(vault, QStringLiteral("a"), SecretBytes(Canary)).ok());
    }
    // The vault file names its own scrypt cost: 2^20 would cost 1 GiB and seconds before the
    // passphrase could be checked.
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadWrite));
    QJsonObject doc = QJsonDocument::fromJson(f.readAll()).object();
    QJsonObject kdf = doc.value(u"kdf").toObject();
    QCOMPARE(kdf.value(u"log2_n").toInt(), 17);
    kdf.insert(QStringLiteral("log2_n"), 20);
    doc.insert(QStringLiteral("kdf"), kdf);
    f.resize(0);
    f.write(QJsonDocument(doc).toJson());
    f.close();
    QElapsedTimer timer;
    timer.start();
    VaultSecretStore vault(path, SecretBytes("the right one"));
    Result<std::optional<SecretBytes>> r = readSync(vault, QStringLiteral("a"));
    QVERIFY(!r.ok());
    QVERIFY2(timer.elapsed() < 1000, qPrintable(QString::number(timer.elapsed())));
    QCOMPARE(r.error().kind, ErrorKind::BadInput);
    QVERIFY2(r.error().message.contains(path), qPrintable(r.error().message));
    QVERIFY2(r.error().message.contains(QLatin1String("2^20 (log2_n)")),
             qPrintable(r.error().message));
}

QTEST_GUILESS_MAIN(TestVaultStore)
#include "tst_vaultstore.moc"
