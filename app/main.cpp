#include "AppStyle.h"
#include "AppsModel.h"
#include "MainWindow.h"
#include "SingleInstance.h"
#include "SvgIcon.h"

#include "core/ProcessHygiene.h"
#include "core/SecretBytes.h"
#include "core/Translations.h"
#include "engine/AppSettings.h"
#include "engine/Engine.h"
#include "sandbox/SandboxServer.h"
#include "sandbox/SandboxSession.h"
#include "secrets/SecretStore.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFile>
#include <QFontDatabase>
#include <QFuture>
#include <QInputDialog>
#include <QLineEdit>
#include <QMessageBox>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

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
    QApplication::setStyle(new authdeck::ui::AppStyle);
    // fontconfig reads its configuration and the font list (about 3 ms) on a worker while the
    // engine opens the profile: QFontDatabase's functions are thread-safe, and the window's first
    // text measurement waits for the list under Qt's own lock instead of building it. The worker
    // must be done before the application object goes (an early return included): the font
    // database ends with it, so fontList, declared after app, waits in its destructor.
    struct WaitBeforeExit {
        QFuture<void> work;
        ~WaitBeforeExit() { work.waitForFinished(); }
    } fontList{QtConcurrent::run([] { (void)QFontDatabase::families(); })};
    QApplication::setApplicationName(QStringLiteral("authdeck"));
    QApplication::setApplicationDisplayName(QStringLiteral("AuthDeck"));
    QApplication::setOrganizationName(QStringLiteral("AuthDeck"));
    QApplication::setApplicationVersion(QStringLiteral(AUTHDECK_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("authdeck"));
    QApplication::setWindowIcon(authdeck::ui::svgIcon(QStringLiteral(":/icons/authdeck.svg")));
    authdeck::installTranslations(app);

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
    const QCommandLineOption secretStore(
        QStringLiteral("secret-store"),
        QStringLiteral("Where secrets are kept: keychain, or vault (a passphrase-encrypted file)."),
        QStringLiteral("keychain|vault"));
    const QCommandLineOption vaultPassphrase(
        QStringLiteral("vault-passphrase-file"),
        QStringLiteral("A file holding the vault's passphrase (otherwise it is asked for)."),
        QStringLiteral("F"));
    parser.addOption(profile);
    parser.addOption(sandbox);
    parser.addOption(secretStore);
    parser.addOption(vaultPassphrase);
    parser.addOption(smoke);
    parser.process(app);

    authdeck::EngineOptions options;
    options.profileDir = parser.value(profile);
    // The sandbox keeps its apps and accounts apart from the admin's real profile.
    if (parser.isSet(sandbox) && options.profileDir.isEmpty())
        options.profileDir = authdeck::SandboxSession::defaultProfilePath();
    options.keychainTimeoutMs = 120000; // an unlock prompt may be waiting for the admin
    authdeck::Result<authdeck::Profile> profileDir = authdeck::Profile::open(options.profileDir);
    if (!profileDir.ok()) {
        QMessageBox::critical(nullptr, QStringLiteral("AuthDeck"),
                              profileDir.error().fullMessage());
        return profileDir.error().exitCode();
    }
    const authdeck::AppSettings settings = authdeck::AppSettings::load(*profileDir);
    // The language chosen in Settings → General (default: the desktop's).
    if (settings.language != QLatin1String("system")) {
        QLocale::setDefault(QLocale(settings.language));
        authdeck::installTranslations(app);
    }
    // The secret store: --secret-store, else Settings → Security. The vault is never a silent
    // fallback: it is used only when chosen, and its passphrase is asked for here.
    const QString store =
        parser.isSet(secretStore) ? parser.value(secretStore) : settings.secretStore;
    if (store == QLatin1String("vault")) {
        options.store = authdeck::SecretStoreKind::Vault;
        if (parser.isSet(vaultPassphrase)) {
            QFile f(parser.value(vaultPassphrase));
            if (!f.open(QIODevice::ReadOnly)) {
                std::fprintf(stderr, "authdeck: cannot read the vault passphrase file.\n");
                return 6;
            }
            QByteArray bytes = f.readAll();
            if (bytes.endsWith('\n'))
                bytes.chop(1);
            options.vaultPassphrase = authdeck::SecretBytes(bytes);
            authdeck::wipe(bytes);
        } else {
            bool ok = false;
            QString pass = QInputDialog::getText(
                nullptr, QApplication::translate("main", "Unlock the vault"),
                QApplication::translate("main",
                                        "AuthDeck keeps this profile's secrets in an encrypted "
                                        "vault. Its passphrase:"),
                QLineEdit::Password, QString(), &ok);
            if (!ok || pass.isEmpty())
                return 1;
            options.vaultPassphrase = authdeck::SecretBytes::fromString(pass);
            pass.fill(QLatin1Char(' '));
        }
    } else if (store != QLatin1String("keychain")) {
        std::fprintf(stderr, "authdeck: unknown secret store; use keychain or vault.\n");
        return 2;
    }
    auto engine = authdeck::Engine::create(options);
    if (!engine.ok()) {
        QMessageBox::critical(nullptr, QStringLiteral("AuthDeck"), engine.error().fullMessage());
        return engine.error().exitCode();
    }
    const bool smokeTest = parser.isSet(smoke);
    // One window per profile: a second launch raises the first and quits.
    std::unique_ptr<authdeck::ui::SingleInstance> instance;
    if (!smokeTest) {
        instance = std::make_unique<authdeck::ui::SingleInstance>((*engine)->profile().id());
        if (instance->isSecondary()) {
            std::puts("AuthDeck is already open with this profile: its window was raised.");
            return 0;
        }
    }
    // A profile from before the database is moved into it first (once); the window opens after.
    std::unique_ptr<authdeck::ui::MainWindow> window;
    auto openWindow = [&] {
        window = std::make_unique<authdeck::ui::MainWindow>(**engine);
        window->show();
        if (instance)
            instance->raiseOnRequest(window.get());
        // The smoke test (CI, on the offscreen platform and under Xvfb): what is on screen, then
        // quit.
        auto smokeReport = [&app, &window, &engine] {
            for (QWidget* w : QApplication::topLevelWidgets()) {
                if (w->isVisible() && w->isWindow())
                    std::printf("window: %s\n", qPrintable(w->windowTitle()));
            }
            if (authdeck::SandboxSession* s = (*engine)->sandbox())
                std::printf("sandbox: %s\n", qPrintable(s->server().baseUrl().toString()));
            std::printf("secrets: %s\n", qPrintable((*engine)->secrets().displayName()));
            const QAbstractItemModel* apps = window->appsModel();
            for (int row = 0; row < apps->rowCount(); ++row) {
                std::printf(
                    "app: %s (%s)\n",
                    qPrintable(
                        apps->index(row, authdeck::ui::AppsModel::NameColumn).data().toString()),
                    qPrintable(apps->index(row, authdeck::ui::AppsModel::ProviderColumn)
                                   .data()
                                   .toString()));
            }
            std::fflush(stdout);
            app.quit();
        };
        if (parser.isSet(sandbox)) {
            (*engine)->startSandbox(
                window.get(), [&window, &engine, smokeTest, smokeReport](authdeck::Status s) {
                    if (!s.ok() && smokeTest) {
                        std::fprintf(stderr, "%s\n", qPrintable(s.error().fullMessage()));
                        QApplication::exit(1);
                        return;
                    }
                    if (!s.ok()) {
                        QMessageBox::warning(window.get(), QStringLiteral("AuthDeck"),
                                             s.error().fullMessage());
                        return;
                    }
                    window->showSandbox((*engine)->sandbox()->server().baseUrl());
                    if (smokeTest)
                        QTimer::singleShot(0, window.get(), smokeReport);
                });
        } else if (smokeTest) {
            QTimer::singleShot(0, &app, smokeReport);
        }
    };
    (*engine)->prepare(&app, [&](authdeck::Status s) {
        if (!s.ok()) {
            QMessageBox::critical(nullptr, QStringLiteral("AuthDeck"), s.error().fullMessage());
            QApplication::exit(s.error().exitCode());
            return;
        }
        openWindow();
    });
    return app.exec();
}
