#include "KeychainPeek.h"

#include <QList>
#include <QSignalSpy>

#include <qt6keychain/keychain.h>

namespace authdeck::test {

namespace {

QByteArray readRaw(const QString& key)
{
    auto* job = new QKeychain::ReadPasswordJob(QStringLiteral("AuthDeck"));
    job->setAutoDelete(true);
    job->setKey(key);
    QByteArray data;
    bool ok = false;
    QSignalSpy spy(job, &QKeychain::Job::finished);
    QObject::connect(job, &QKeychain::Job::finished, [&](QKeychain::Job* j) {
        ok = j->error() == QKeychain::NoError;
        if (ok)
            data = static_cast<QKeychain::ReadPasswordJob*>(j)->textData().toLatin1();
    });
    job->start();
    spy.wait(30000);
    return ok ? data : QByteArray();
}

} // namespace

QByteArray peekKeychainRecord(const QString& key)
{
    const QByteArray base = readRaw(key);
    if (!base.startsWith("adk1;"))
        return base;
    const QList<QByteArray> parts = base.split(';');
    if (parts.size() < 5)
        return {};
    const QByteArray generation = parts.at(1);
    const int count = parts.at(2).toInt();
    QByteArray record = QByteArray::fromBase64(parts.at(4));
    for (int i = 1; i < count; ++i) {
        record +=
            QByteArray::fromBase64(readRaw(key + QLatin1Char('#') + QString::fromLatin1(generation)
                                           + QLatin1Char('.') + QString::number(i)));
    }
    return record;
}

} // namespace authdeck::test
