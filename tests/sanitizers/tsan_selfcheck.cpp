// Proves the TSan job can still see a race in AuthDeck's own code although Debian's Qt is not
// instrumented and ignore_noninstrumented_modules=1 is set: two threads (one from Qt's thread
// pool, as AuthDeck's workers are) write one counter without synchronisation. The ctest entry
// passes only when ThreadSanitizer reports this race (see tests/CMakeLists.txt).
#include <QCoreApplication>
#include <QFuture>
#include <QThread>
#include <QtConcurrent>

namespace {

int counter = 0; // deliberately unsynchronised

void __attribute__((noinline)) racyIncrement()
{
    for (int i = 0; i < 1000; ++i) {
        ++counter;
        if (i % 100 == 0)
            QThread::yieldCurrentThread();
    }
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QFuture<void> worker = QtConcurrent::run(racyIncrement);
    racyIncrement();
    worker.waitForFinished();
    return counter > 0 ? 0 : 1;
}
