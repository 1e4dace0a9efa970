// The one off-thread helper (core/OffThread): the work runs on a pool thread, the answer comes
// back on the owner's thread from the event loop (never synchronously), a move-only result is
// handed over, and an owner destroyed while the work runs is never called back.
#include "core/OffThread.h"
#include "core/Result.h"

#include <QSemaphore>
#include <QSignalSpy>
#include <QTest>
#include <QThread>

#include <atomic>
#include <memory>

using namespace authdeck;

class TestOffThread : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void answersOnTheOwnersThread()
    {
        QObject owner;
        QThread* workThread = nullptr;
        QThread* answerThread = nullptr;
        int answer = 0;
        runOffThread(
            &owner,
            [&workThread] {
                workThread = QThread::currentThread();
                return 42;
            },
            [&](int value) {
                answerThread = QThread::currentThread();
                answer = value;
            });
        QCOMPARE(answer, 0); // never synchronously
        QTRY_COMPARE(answer, 42);
        QVERIFY(workThread != nullptr);
        QVERIFY(workThread != QThread::currentThread());
        QCOMPARE(answerThread, QThread::currentThread());
    }

    void handsOverResultsAndMoveOnlyValues()
    {
        QObject owner;
        std::unique_ptr<int> got;
        Result<QByteArray> refused = QByteArray();
        runOffThread(
            &owner, [] { return std::make_unique<int>(7); },
            [&got](std::unique_ptr<int> p) { got = std::move(p); });
        runOffThread<Result<QByteArray>>(
            &owner, []() -> Result<QByteArray> { return fail(ErrorKind::BadInput, "no"); },
            [&refused](Result<QByteArray> r) { refused = std::move(r); });
        QTRY_VERIFY(got != nullptr);
        QCOMPARE(*got, 7);
        QTRY_VERIFY(!refused.ok());
        QCOMPARE(refused.error().kind, ErrorKind::BadInput);
    }

    void aGoneOwnerIsNotCalledBack()
    {
        auto owner = std::make_unique<QObject>();
        QSemaphore started;
        QSemaphore release;
        std::atomic<bool> finished{false};
        bool called = false;
        runOffThread(
            owner.get(),
            [&] {
                started.release();
                release.acquire();
                finished = true;
                return 1;
            },
            [&called](int) { called = true; });
        started.acquire();
        owner.reset(); // the dialog closed while the work runs
        release.release();
        QTRY_VERIFY(finished.load());
        // Give the event loop every chance to deliver a wrong answer.
        for (int i = 0; i < 10; ++i)
            QTest::qWait(10);
        QVERIFY(!called);
    }
};

QTEST_GUILESS_MAIN(TestOffThread)
#include "tst_offthread.moc"
