#include "MainWindow.h"

#include "core/ProcessHygiene.h"
#include "engine/Engine.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>
#include <QTimer>

#include <cstdio>

namespace {

// Linux desktops need an X11 or Wayland display; say so in one line instead of letting the
// platform plugin abort.
bool displayAvailable()
{
#if defined(Q_OS_LINUX)
    if (!qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        return true;
    return !qEnvironmentVariableIsEmpty("DISPLAY")
           || !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY");
#else
    return true;
#endif
}

} // namespace

int main(int argc, char* argv[])
{
    authdeck::hardenProcess();
    if (!displayAvailable()) {
        std::fputs("authdeck: no display is available (DISPLAY and WAYLAND_DISPLAY are unset); run "
                   "it on a desktop or under Xvfb, or use authdeck-cli.\n",
                   stderr);
        return 1;
    }
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("authdeck"));
    QApplication::setApplicationDisplayName(QStringLiteral("AuthDeck"));
    QApplication::setOrganizationName(QStringLiteral("AuthDeck"));
    QApplication::setApplicationVersion(QStringLiteral(AUTHDECK_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("authdeck"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/authdeck.svg")));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("AuthDeck: connect cloud accounts through one uniform flow."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption profile(QStringLiteral("profile"),
                                     QStringLiteral("The profile folder."), QStringLiteral("DIR"));
    const QCommandLineOption sandbox(QStringLiteral("sandbox"),
                                     QStringLiteral("Start the embedded Box-compatible sandbox."));
    // Starts, shows the main window, prints the titles of the visible windows and quits: the
    // smoke test CI runs on the offscreen platform and under Xvfb.
    QCommandLineOption smoke(QStringLiteral("smoke-test"),
                             QStringLiteral("Show the main window, print its title, quit."));
    smoke.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(profile);
    parser.addOption(sandbox);
    parser.addOption(smoke);
    parser.process(app);

    authdeck::EngineOptions options;
    options.profileDir = parser.value(profile);
    options.keychainTimeoutMs = 120000; // an unlock prompt may be waiting for the admin
    auto engine = authdeck::Engine::create(options);
    if (!engine.ok()) {
        QMessageBox::critical(nullptr, QStringLiteral("AuthDeck"), engine.error().fullMessage());
        return engine.error().exitCode();
    }
    authdeck::ui::MainWindow window(**engine);
    window.show();
    if (parser.isSet(smoke)) {
        QTimer::singleShot(0, &app, [&app] {
            for (QWidget* w : QApplication::topLevelWidgets()) {
                if (w->isVisible() && w->isWindow())
                    std::printf("window: %s\n", qPrintable(w->windowTitle()));
            }
            std::fflush(stdout);
            app.quit();
        });
    }
    return app.exec();
}
