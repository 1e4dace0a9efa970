#pragma once

#include "accounts/Account.h"
#include "core/Result.h"
#include "core/SecretBytes.h"
#include "engine/Engine.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QJsonValue>
#include <QList>
#include <QObject>
#include <QStringList>

#include <functional>
#include <memory>

namespace authdeck::cli {

class Cli;

// One verb (or "group subverb") of authdeck-cli. run() starts the work and must end, now or
// later, with exactly one call to Cli::succeed() or Cli::failWith().
struct Verb {
    QString name;     // "providers", "apps add"
    QString synopsis; // the arguments after the name, for --help
    QString summary;  // one sentence
    QList<QCommandLineOption> options;
    QStringList positional; // names of positional arguments, "" when none
    int minPositional = 0;
    int maxPositional = 0;
    bool needsEngine = true;
    std::function<void(Cli&, const QCommandLineParser&)> run;
};

// authdeck-cli: a thin face over the engine. Global options (--profile, --json, --sandbox,
// --secret-store) may appear anywhere before "--". Data goes to stdout (JSON with --json),
// messages to stderr; every failure is one line and a distinct exit code (docs/CLI.md).
class Cli : public QObject {
    Q_OBJECT
public:
    explicit Cli(QObject* parent = nullptr);
    ~Cli() override;

    // Runs the command line and returns the exit code. Spins the application's event loop.
    int run(const QStringList& arguments);

    // For verbs.
    [[nodiscard]] Engine& engine() { return *m_engine; }
    [[nodiscard]] bool json() const { return m_json; }
    void print(const QString& text);         // stdout, with a newline
    void printJson(const QJsonValue& value); // stdout
    void message(const QString& text);       // stderr, with a newline
    void warn(const QString& text);          // stderr, "warning: ..."
    void succeed();
    void failWith(const Error& error);
    void failWith(ErrorKind kind, const QString& message);

    // Reads a secret from a file (or stdin for "-"); one trailing newline is dropped.
    [[nodiscard]] Result<SecretBytes> readSecretFile(const QString& path, const QString& what);

    // Prints rows as aligned columns under a header.
    void printTable(const QStringList& header, const QList<QStringList>& rows);

    [[nodiscard]] static QList<Verb> verbs();

private:
    int finish(int code);
    QString helpFor(const Verb& verb) const;
    QString generalHelp() const;
    Status openEngine();

    std::unique_ptr<Engine> m_engine;
    QString m_profileDir;
    QString m_secretStore = QStringLiteral("keychain");
    QString m_vaultPassphraseFile;
    bool m_json = false;
    bool m_sandbox = false;
    bool m_finished = false;
    int m_exitCode = 0;
};

// An option of a verb: name, one-line description, and the value's name when it takes one.
inline QCommandLineOption opt(const QString& name, const QString& description,
                              const QString& value = {})
{
    return QCommandLineOption(name, description, value);
}

// Verb tables, one per file.
QList<Verb> catalogVerbs();
QList<Verb> appVerbs();
QList<Verb> accountVerbs();
QList<Verb> connectVerbs();
QList<Verb> tokenVerbs();
QList<Verb> demoVerbs();
QList<Verb> boxConfigVerbs(); // apps import-box-config, apps export-box-config
QList<Verb> keyVerbs();       // keygen
QList<Verb> googleKeyVerbs(); // apps import-google-key
QList<Verb> bundleVerbs();    // export, import
QList<Verb> standardsVerbs(); // apps admin-consent
QList<Verb> teamVerbs();      // team create, invite, join, status, leave
QList<Verb> boxVerbs();       // webhooks ..., apps set-webhook-keys
// token ACCOUNT --downscope: a Box token exchange (CliBox.cpp).
void runDownscopedToken(Cli& cli, const Account& account, const QStringList& scopes,
                        const QString& resource);

} // namespace authdeck::cli
