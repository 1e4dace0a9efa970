#include "cli/Cli.h"

#include "accounts/ProfileStore.h"
#include "core/Diagnosis.h"
#include "core/DisplayText.h"
#include "net/HttpClient.h"
#include "providers/ProviderCatalog.h"
#include "sandbox/SandboxServer.h"
#include "sandbox/SandboxSession.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

#include <cstdio>

namespace authdeck::cli {

namespace {

constexpr qsizetype MaxSecretFileBytes = 1024 * 1024;

void writeOut(FILE* stream, const QString& text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), stream);
    std::fflush(stream);
}

struct GlobalArgs {
    QString profile;
    QString secretStore = QStringLiteral("keychain");
    QString vaultPassphraseFile;
    bool json = false;
    bool sandbox = false;
    bool help = false;
    bool version = false;
    QStringList rest;
    QString error;
};

// Global options may appear anywhere before "--"; they are taken out and the rest goes to the
// verb's own parser.
GlobalArgs extractGlobals(const QStringList& args)
{
    GlobalArgs g;
    bool afterDashDash = false;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString& a = args.at(i);
        if (afterDashDash) {
            g.rest.append(a);
            continue;
        }
        auto takeValue = [&](const QString& name, QString* out) -> bool {
            if (a == name) {
                if (i + 1 >= args.size()) {
                    g.error = Cli::tr("Missing value after %1.").arg(name);
                    return true;
                }
                *out = args.at(++i);
                return true;
            }
            if (a.startsWith(name + QLatin1Char('='))) {
                *out = a.mid(name.size() + 1);
                return true;
            }
            return false;
        };
        if (a == QLatin1String("--")) {
            afterDashDash = true;
            g.rest.append(a);
        } else if (a == QLatin1String("--json")) {
            g.json = true;
        } else if (a == QLatin1String("--sandbox")) {
            g.sandbox = true;
        } else if (a == QLatin1String("--help") || a == QLatin1String("-h")) {
            g.help = true;
        } else if (a == QLatin1String("--version")) {
            g.version = true;
        } else if (takeValue(QStringLiteral("--profile"), &g.profile)
                   || takeValue(QStringLiteral("--secret-store"), &g.secretStore)
                   || takeValue(QStringLiteral("--vault-passphrase-file"),
                                &g.vaultPassphraseFile)) {
            // taken
        } else {
            g.rest.append(a);
        }
    }
    return g;
}

} // namespace

Cli::Cli(QObject* parent)
    : QObject(parent)
{}

Cli::~Cli() = default;

QList<Verb> Cli::verbs()
{
    QList<Verb> all;
    all += catalogVerbs();
    all += appVerbs();
    all += standardsVerbs();
    all += boxConfigVerbs();
    all += googleKeyVerbs();
    all += keyVerbs();
    all += connectVerbs();
    all += accountVerbs();
    all += tokenVerbs();
    all += demoVerbs();
    all += bundleVerbs();
    all += teamVerbs();
    all += boxVerbs();
    return all;
}

void Cli::print(const QString& text)
{
    // Names, identities and answers quoted from servers: no control character reaches the
    // terminal (a valid token has none, RFC 6749 appendix A: VSCHAR only).
    writeOut(stdout, displaySafe(text, true) + QLatin1Char('\n'));
}

void Cli::printJson(const QJsonValue& value)
{
    QByteArray bytes;
    if (value.isArray())
        bytes = QJsonDocument(value.toArray()).toJson(QJsonDocument::Indented);
    else if (value.isObject())
        bytes = QJsonDocument(value.toObject()).toJson(QJsonDocument::Indented);
    else
        bytes = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact).mid(1).chopped(1)
                + '\n';
    std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), stdout);
    std::fflush(stdout);
}

void Cli::message(const QString& text)
{
    writeOut(stderr, displaySafe(text, true) + QLatin1Char('\n'));
}

void Cli::warn(const QString& text)
{
    message(tr("warning: %1").arg(text));
}

void Cli::succeed()
{
    if (m_finished)
        return;
    m_finished = true;
    m_exitCode = 0;
    QCoreApplication::exit(0);
}

void Cli::failWith(const Error& error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_exitCode = error.exitCode();
    // One line names the cause and, when the engine's one table (core/Diagnosis) knows it, the
    // next step, as the GUI shows it.
    const QString step = nextStep(error.diagnosis);
    if (error.kind != ErrorKind::Cancelled) {
        if (step.isEmpty())
            message(tr("authdeck-cli: error: %1").arg(error.fullMessage()));
        else
            message(tr("authdeck-cli: error: %1 What to do: %2").arg(error.fullMessage(), step));
    }
    if (m_json) {
        QJsonObject e{{QStringLiteral("kind"), errorKindName(error.kind)},
                      {QStringLiteral("message"), error.fullMessage()},
                      {QStringLiteral("exit_code"), m_exitCode}};
        if (!error.providerCode.isEmpty())
            e.insert(QStringLiteral("provider_error"), error.providerCode);
        if (error.diagnosis != Diagnosis::None) {
            e.insert(QStringLiteral("diagnosis"), diagnosisId(error.diagnosis));
            e.insert(QStringLiteral("cause"), diagnosisCause(error.diagnosis));
            e.insert(QStringLiteral("next_step"), step);
        }
        printJson(QJsonObject{{QStringLiteral("error"), e}});
    }
    QCoreApplication::exit(m_exitCode);
}

void Cli::failWith(ErrorKind kind, const QString& text)
{
    failWith(fail(kind, text));
}

Result<SecretBytes> Cli::readSecretFile(const QString& path, const QString& what)
{
    QFile f;
    if (path == QLatin1String("-")) {
        if (!f.open(stdin, QIODevice::ReadOnly))
            return fail(ErrorKind::BadInput,
                        tr("Cannot read the %1 from standard input.").arg(what));
    } else {
        f.setFileName(path);
        if (!QFileInfo(path).isFile()) {
            return fail(ErrorKind::BadInput,
                        tr("The %1 file %2 does not exist or is not a file.").arg(what, path));
        }
        if (!f.open(QIODevice::ReadOnly)) {
            return fail(ErrorKind::BadInput,
                        tr("Cannot read the %1 file %2: %3").arg(what, path, f.errorString()));
        }
    }
    QByteArray data = f.read(MaxSecretFileBytes + 1);
    if (data.size() > MaxSecretFileBytes) {
        wipe(data);
        return fail(ErrorKind::BadInput, tr("The %1 file is larger than 1 MiB.").arg(what));
    }
    if (data.endsWith('\n'))
        data.chop(1);
    if (data.endsWith('\r'))
        data.chop(1);
    if (data.isEmpty())
        return fail(ErrorKind::BadInput, tr("The %1 file is empty.").arg(what));
    return SecretBytes(std::move(data));
}

void Cli::printTable(const QStringList& header, const QList<QStringList>& rows)
{
    QList<qsizetype> widths;
    for (const QString& h : header)
        widths.append(h.size());
    for (const QStringList& row : rows) {
        for (qsizetype i = 0; i < row.size() && i < widths.size(); ++i)
            widths[i] = std::max(widths[i], row.at(i).size());
    }
    auto line = [&](const QStringList& cells) {
        QString out;
        for (qsizetype i = 0; i < cells.size(); ++i) {
            if (i + 1 < cells.size())
                out += cells.at(i).leftJustified(widths.at(i) + 2);
            else
                out += cells.at(i);
        }
        print(out.trimmed());
    };
    line(header);
    for (const QStringList& row : rows)
        line(row);
}

Status Cli::openEngine()
{
    EngineOptions options;
    options.profileDir = m_profileDir;
    // The sandbox keeps its apps and accounts apart from the admin's real profile.
    if (m_sandbox && options.profileDir.isEmpty())
        options.profileDir = SandboxSession::defaultProfilePath();
    if (m_secretStore == QLatin1String("keychain")) {
        options.store = SecretStoreKind::Keychain;
    } else if (m_secretStore == QLatin1String("vault")) {
        options.store = SecretStoreKind::Vault;
        if (m_vaultPassphraseFile.isEmpty())
            return fail(ErrorKind::Usage, tr("The vault is unlocked by a passphrase: give it with "
                                             "--vault-passphrase-file F."));
        Result<SecretBytes> pass = readSecretFile(m_vaultPassphraseFile, tr("vault passphrase"));
        if (!pass.ok())
            return pass.error();
        options.vaultPassphrase = *pass;
    } else {
        return fail(ErrorKind::Usage,
                    tr("Unknown secret store \"%1\"; use keychain or vault.").arg(m_secretStore));
    }
    bool ok = false;
    const int timeout = qEnvironmentVariableIntValue("AUTHDECK_KEYCHAIN_TIMEOUT_MS", &ok);
    if (ok && timeout > 0)
        options.keychainTimeoutMs = timeout;
    Result<std::unique_ptr<Engine>> engine = Engine::create(options, this);
    if (!engine.ok())
        return engine.error();
    m_engine = std::move(engine).value();
    // The overall deadline of each HTTP exchange (default 30 s), for scripts on slow links.
    const int deadline = qEnvironmentVariableIntValue("AUTHDECK_HTTP_TIMEOUT_MS", &ok);
    if (ok && deadline > 0)
        m_engine->http().setDefaultDeadline(deadline);
    for (const QString& w : m_engine->catalog().warnings())
        warn(w);
    return {};
}

QString Cli::generalHelp() const
{
    QString text = tr("Usage: authdeck-cli [--profile DIR] [--json] [--sandbox] "
                      "[--secret-store keychain|vault] VERB ...\n\n"
                      "AuthDeck connects cloud accounts through one uniform flow and keeps every "
                      "secret in the system keychain.\n\nVerbs:\n");
    qsizetype width = 0;
    const QList<Verb> all = verbs();
    for (const Verb& v : all)
        width = std::max(width, v.name.size());
    for (const Verb& v : all)
        text +=
            QStringLiteral("  ") + v.name.leftJustified(width + 2) + v.summary + QLatin1Char('\n');
    text += tr("\nGlobal options:\n"
               "  --profile DIR        the folder holding app registrations and accounts\n"
               "  --json               machine-readable output on stdout\n"
               "  --sandbox            start the embedded Box-compatible sandbox\n"
               "  --secret-store S     keychain (default) or vault\n"
               "  --vault-passphrase-file F  the vault's passphrase (with --secret-store vault)\n"
               "  --version            print the version\n"
               "\nSecrets are read from files (--*-file F, or - for standard input), never from "
               "arguments.\n"
               "Exit codes: 0 success, 2 usage, 3 rejected by the provider, 4 network or "
               "timeout, 5 keychain unavailable or denied, 6 bad input file, 1 anything else.\n"
               "Run \"authdeck-cli VERB --help\" for a verb's options.\n");
    return text;
}

QString Cli::helpFor(const Verb& verb) const
{
    QString text = tr("Usage: authdeck-cli [global options] %1 %2\n\n%3\n")
                       .arg(verb.name, verb.synopsis, verb.summary);
    if (!verb.options.isEmpty()) {
        text += tr("\nOptions:\n");
        QList<QPair<QString, QString>> rows;
        qsizetype width = 0;
        for (const QCommandLineOption& o : verb.options) {
            QStringList names;
            for (const QString& n : o.names())
                names.append((n.size() == 1 ? QStringLiteral("-") : QStringLiteral("--")) + n);
            QString left = names.join(QStringLiteral(", "));
            if (!o.valueName().isEmpty())
                left += QLatin1Char(' ') + o.valueName();
            width = std::max(width, left.size());
            rows.append({left, o.description()});
        }
        for (const auto& [left, desc] : rows)
            text += QStringLiteral("  ") + left.leftJustified(width + 2) + desc + QLatin1Char('\n');
    }
    return text;
}

int Cli::finish(int code)
{
    m_finished = true;
    m_exitCode = code;
    return code;
}

int Cli::run(const QStringList& arguments)
{
    const GlobalArgs g = extractGlobals(arguments.mid(1));
    m_json = g.json;
    m_profileDir = g.profile;
    m_secretStore = g.secretStore;
    m_vaultPassphraseFile = g.vaultPassphraseFile;
    m_sandbox = g.sandbox;
    if (!g.error.isEmpty()) {
        failWith(ErrorKind::Usage, g.error);
        return m_exitCode;
    }
    if (g.version) {
        print(QStringLiteral("authdeck-cli ") + QStringLiteral(AUTHDECK_VERSION));
        return finish(0);
    }

    // Find the verb: the longest "word word" prefix that names one.
    const QList<Verb> all = verbs();
    QStringList words;
    for (const QString& a : g.rest) {
        if (a.startsWith(QLatin1Char('-')))
            break;
        words.append(a);
        if (words.size() == 2)
            break;
    }
    if (!words.isEmpty() && words.first() == QLatin1String("help")) {
        const QString topic = words.mid(1).join(QLatin1Char(' '));
        for (const Verb& v : all) {
            if (!topic.isEmpty()
                && (v.name == topic || v.name.startsWith(topic + QLatin1Char(' ')))) {
                writeOut(stdout, helpFor(v));
                return finish(0);
            }
        }
        writeOut(stdout, generalHelp());
        return finish(0);
    }
    const Verb* verb = nullptr;
    qsizetype consumed = 0;
    for (const Verb& v : all) {
        const QStringList parts = v.name.split(QLatin1Char(' '));
        if (parts.size() <= words.size() && words.mid(0, parts.size()) == parts
            && parts.size() > consumed) {
            verb = &v;
            consumed = parts.size();
        }
    }
    if (!verb) {
        if (g.help || words.isEmpty()) {
            writeOut(g.help ? stdout : stderr, generalHelp());
            return finish(g.help ? 0 : 2);
        }
        // A group name alone ("apps") or an unknown verb.
        QStringList sub;
        for (const Verb& v : all) {
            if (v.name.startsWith(words.first() + QLatin1Char(' ')))
                sub.append(v.name);
        }
        if (!sub.isEmpty()) {
            failWith(
                ErrorKind::Usage,
                tr("\"%1\" needs one of: %2.").arg(words.first(), sub.join(QStringLiteral(", "))));
        } else {
            failWith(ErrorKind::Usage,
                     tr("Unknown verb \"%1\". Run \"authdeck-cli --help\" for the list.")
                         .arg(words.first()));
        }
        return m_exitCode;
    }
    if (g.help) {
        writeOut(stdout, helpFor(*verb));
        return finish(0);
    }

    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.addOptions(verb->options);
    QStringList verbArgs{QStringLiteral("authdeck-cli")};
    verbArgs += g.rest.mid(consumed);
    if (!parser.parse(verbArgs)) {
        failWith(ErrorKind::Usage,
                 tr("%1 (see \"authdeck-cli %2 --help\")").arg(parser.errorText(), verb->name));
        return m_exitCode;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() < verb->minPositional || positional.size() > verb->maxPositional) {
        if (positional.size() > verb->maxPositional) {
            failWith(ErrorKind::Usage,
                     tr("Unexpected argument \"%1\" (see \"authdeck-cli %2 --help\").")
                         .arg(positional.value(verb->maxPositional), verb->name));
        } else {
            failWith(ErrorKind::Usage,
                     tr("Missing %1 (see \"authdeck-cli %2 --help\").")
                         .arg(verb->positional.value(positional.size()), verb->name));
        }
        return m_exitCode;
    }
    if (verb->needsEngine || m_sandbox) {
        if (Status s = openEngine(); !s.ok()) {
            failWith(s.error());
            return m_exitCode;
        }
    }
    const Verb chosen = *verb;
    auto start = [this, chosen, &parser] {
        if (m_sandbox && m_engine) {
            m_engine->startSandbox(this, [this, chosen, &parser](Status s) {
                if (!s.ok()) {
                    failWith(s.error());
                    return;
                }
                message(tr("The sandbox is running at %1 (until this command ends).")
                            .arg(m_engine->sandbox()->server().baseUrl().toString()));
                chosen.run(*this, parser);
            });
        } else {
            chosen.run(*this, parser);
        }
    };
    if (m_engine) {
        // A profile from before the database is moved into it first (once).
        m_engine->prepare(this, [this, start](Status s) {
            if (!s.ok())
                failWith(s.error());
            else
                start();
        });
    } else {
        QTimer::singleShot(0, this, start);
    }
    if (!m_finished)
        QCoreApplication::exec();
    return m_exitCode;
}

} // namespace authdeck::cli
