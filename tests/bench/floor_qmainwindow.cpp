// The floor for `authdeck` to its first painted main window: an empty QMainWindow that ends the
// process once its first paint pass is complete, exactly as AUTHDECK_QUIT_AFTER_FIRST_PAINT=1
// ends AuthDeck (app/engine/Engine.cpp).

#include <QApplication>
#include <QEvent>
#include <QMainWindow>

#include <cstdio>
#include <cstdlib>

namespace {

class QuitAfterFirstPaint : public QObject {
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Paint && watched->isWidgetType() && !m_done) {
            m_done = true;
            // Ahead of every event already posted (a keychain check, timers): the process ends
            // as soon as this paint pass is complete, and teardown is not timed.
            QCoreApplication::postEvent(this, new QEvent(QEvent::User), Qt::HighEventPriority);
        }
        return false;
    }
    void customEvent(QEvent*) override
    {
        std::fflush(nullptr);
        std::_Exit(0);
    }

private:
    bool m_done = false;
};

} // namespace

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    app.installEventFilter(new QuitAfterFirstPaint(&app));
    QMainWindow window;
    window.setWindowTitle(QStringLiteral("floor"));
    window.resize(960, 600);
    window.show();
    return QApplication::exec();
}
