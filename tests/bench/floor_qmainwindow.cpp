// The floor for `authdeck` to its first painted main window: an empty QMainWindow that quits once
// a widget has painted, the way AUTHDECK_QUIT_AFTER_FIRST_PAINT=1 makes AuthDeck quit.

#include <QApplication>
#include <QEvent>
#include <QMainWindow>

namespace {

class QuitAfterFirstPaint : public QObject {
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Paint && watched->isWidgetType() && !m_done) {
            m_done = true;
            QMetaObject::invokeMethod(QCoreApplication::instance(), &QCoreApplication::quit,
                                      Qt::QueuedConnection);
        }
        return false;
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
