// team create / invite / join / status / leave: one profile shared by several machines through a
// PostgreSQL database (app/store/README.md, "Teams").
#include "cli/Cli.h"
#include "core/OffThread.h"

#include "accounts/ProfileStore.h"
#include "crypto/KeyFiles.h"
#include "crypto/Random.h"
#include "secrets/KeychainSecretStore.h"
#include "store/ProfileDatabase.h"
#include "store/SecretCipher.h"
#include "store/TeamBinding.h"
#include "store/TeamProbe.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

#include <optional>

namespace authdeck::cli {

namespace {

constexpr int MinPassphraseBytes = 8;
constexpr int TeamKeyBytes = 32;
constexpr int TeamIdBytes = 8;
constexpr int MaxTeamNameChars = 100;
constexpr int AuditLines = 10;

// What a worker hands back (Result has no empty state for QFuture to make).
template <typename T>
struct Outcome {
    Result<T> result = fail(ErrorKind::Other, {});
};

QString teamUrlHint()
{
    return QStringLiteral("postgresql://USER@HOST:PORT/DATABASE");
}

Status refuseBound(Cli& cli)
{
    const std::optional<TeamBinding>& team = cli.engine().store().team();
    if (!team)
        return {};
    return fail(ErrorKind::Usage,
                Cli::tr("This profile already belongs to the team \"%1\" (%2). Leave it first with "
                        "\"authdeck-cli team leave\", or use another folder with --profile DIR.")
                    .arg(team->teamName, team->displayName()));
}

// A team profile keeps everything in the team's database: a profile that already holds apps or
// accounts of its own would hide them.
Status refuseNonEmpty(Cli& cli)
{
    ProfileStore& store = cli.engine().store();
    if (!QFileInfo::exists(store.filePath()))
        return {};
    Result<ProfileStore::Snapshot> snapshot = store.load();
    if (!snapshot.ok())
        return snapshot.error();
    if (snapshot->apps.isEmpty() && snapshot->accounts.isEmpty())
        return {};
    return fail(ErrorKind::Usage,
                Cli::tr("This profile already holds %1 apps and %2 accounts of its own, and a team "
                        "profile keeps everything in the team's database. Use an empty folder "
                        "with --profile DIR, and bring them over with \"authdeck-cli export\" and "
                        "\"authdeck-cli import\" once it is in the team.")
                    .arg(snapshot->apps.size())
                    .arg(snapshot->accounts.size()));
}

Result<TeamBinding> requireTeam(Cli& cli)
{
    const std::optional<TeamBinding>& team = cli.engine().store().team();
    if (team)
        return *team;
    return fail(ErrorKind::Usage,
                Cli::tr("This profile is not part of a team: make one with \"authdeck-cli team "
                        "create --database %1\", or join one with \"authdeck-cli team join "
                        "INVITE\".")
                    .arg(teamUrlHint()));
}

Result<KeychainSecretStore*> keychain(Cli& cli)
{
    if (KeychainSecretStore* k = cli.engine().keychain())
        return k;
    return fail(ErrorKind::Usage, Cli::tr("A team's key is kept in the system keychain: run this "
                                          "without --secret-store vault."));
}

Result<SecretBytes> databasePassword(Cli& cli, const QCommandLineParser& args)
{
    if (!args.isSet(QStringLiteral("database-password-file")))
        return SecretBytes(); // libpq's own ways: ~/.pgpass, PGPASSWORD, peer or certificates
    return cli.readSecretFile(args.value(QStringLiteral("database-password-file")),
                              Cli::tr("database password"));
}

Result<SecretBytes> invitePassphrase(Cli& cli, const QCommandLineParser& args)
{
    if (!args.isSet(QStringLiteral("passphrase-file"))) {
        return fail(ErrorKind::Usage, Cli::tr("An invite is encrypted under a passphrase: give it "
                                              "with --passphrase-file F."));
    }
    Result<SecretBytes> pass =
        cli.readSecretFile(args.value(QStringLiteral("passphrase-file")), Cli::tr("passphrase"));
    if (pass.ok() && pass->size() < MinPassphraseBytes) {
        return fail(ErrorKind::Usage,
                    Cli::tr("The invite passphrase must have at least %1 characters.")
                        .arg(MinPassphraseBytes));
    }
    return pass;
}

// Whether `key` is the key the team's database was made with.
Status checkTeamKey(ProfileDatabase& db, const TeamBinding& team, const SecretBytes& key,
                    const QString& whose)
{
    Result<QString> check = QString();
    const Status read = db.transaction(false, [&]() -> Status {
        check = db.meta(QStringLiteral("key_check"));
        return check.ok() ? Status() : Status(check.error());
    });
    if (!read.ok())
        return read;
    if (SecretCipher(key, team.teamId).matches(*check))
        return {};
    return fail(ErrorKind::BadInput,
                Cli::tr("%1 does not open the team's database %2: the team was made again, or the "
                        "key belongs to another team. Nothing was changed.")
                    .arg(whose, team.displayName()));
}

// The team key (and the database password, when one was given) into this machine's keychain;
// on failure nothing of it stays there.
void storeTeamSecrets(Cli& cli, KeychainSecretStore* kc, const SecretBytes& key,
                      const SecretBytes& password, std::function<void(Status)> done)
{
    const QString keyEntry = cli.engine().teamKeyEntry();
    const QString passEntry = cli.engine().teamPasswordEntry();
    kc->write(keyEntry, SecretBytes(key.bytes().toBase64()), &cli,
              [&cli, kc, keyEntry, passEntry, password, done](Status s) {
                  if (!s.ok()) {
                      done(s);
                      return;
                  }
                  auto settled = [&cli, kc, keyEntry, done](Status p) {
                      if (p.ok()) {
                          done({});
                          return;
                      }
                      kc->remove(keyEntry, &cli, [done, p](Status) { done(p); });
                  };
                  // A password left from an earlier team must not be offered to this one.
                  if (password.isEmpty())
                      kc->remove(passEntry, &cli, settled);
                  else
                      kc->write(passEntry, password, &cli, settled);
              });
}

void removeTeamSecrets(Cli& cli, KeychainSecretStore* kc, std::function<void(Status)> done)
{
    const QString passEntry = cli.engine().teamPasswordEntry();
    kc->remove(cli.engine().teamKeyEntry(), &cli, [&cli, kc, passEntry, done](Status s) {
        kc->remove(passEntry, &cli, [s, done](Status p) { done(s.ok() ? p : s); });
    });
}

Status saveBinding(Cli& cli, const TeamBinding& binding)
{
    const Profile& profile = cli.engine().store().profile();
    if (!QDir().mkpath(profile.path())) {
        return fail(ErrorKind::Other, Cli::tr("Cannot create the profile folder %1.")
                                          .arg(QDir::toNativeSeparators(profile.path())));
    }
    return binding.save(profile);
}

QJsonObject bindingJson(const TeamBinding& b)
{
    return {{QStringLiteral("team_id"), b.teamId},
            {QStringLiteral("name"), b.teamName},
            {QStringLiteral("database"), b.url()},
            {QStringLiteral("member"), b.member}};
}

void runCreate(Cli& cli, const QCommandLineParser& args)
{
    if (Status s = refuseBound(cli); !s.ok()) {
        cli.failWith(s.error());
        return;
    }
    const QString url = args.value(QStringLiteral("database"));
    if (url.isEmpty()) {
        cli.failWith(
            ErrorKind::Usage,
            Cli::tr("Give the team's PostgreSQL database with --database %1.").arg(teamUrlHint()));
        return;
    }
    Result<TeamBinding> parsed = TeamBinding::fromUrl(url);
    if (!parsed.ok()) {
        cli.failWith(parsed.error());
        return;
    }
    TeamBinding binding = *parsed;
    binding.teamName = args.value(QStringLiteral("name")).trimmed();
    if (binding.teamName.isEmpty())
        binding.teamName = binding.database;
    if (binding.teamName.size() > MaxTeamNameChars) {
        cli.failWith(ErrorKind::Usage,
                     Cli::tr("A team name has at most %1 characters.").arg(MaxTeamNameChars));
        return;
    }
    if (Status s = refuseNonEmpty(cli); !s.ok()) {
        cli.failWith(s.error());
        return;
    }
    Result<SecretBytes> password = databasePassword(cli, args);
    Result<KeychainSecretStore*> kc = keychain(cli);
    if (!password.ok() || !kc.ok()) {
        cli.failWith(!password.ok() ? password.error() : kc.error());
        return;
    }
    binding.teamId = QString::fromLatin1(crypto::Random::randomBytes(TeamIdBytes).bytes().toHex());
    binding.member = TeamBinding::thisMember();
    const SecretBytes key = crypto::Random::randomBytes(TeamKeyBytes);
    Result<QString> check = SecretCipher(key, binding.teamId).keyCheck();
    if (!check.ok()) {
        cli.failWith(check.error());
        return;
    }
    const QString keyCheck = *check;
    KeychainSecretStore* store = *kc;
    const SecretBytes pass = *password;
    storeTeamSecrets(cli, store, key, pass, [&cli, store, binding, pass, keyCheck](Status s) {
        if (!s.ok()) {
            cli.failWith(s.error());
            return;
        }
        auto undo = [&cli, store](const Error& e) {
            removeTeamSecrets(cli, store, [&cli, e](Status) { cli.failWith(e); });
        };
        Result<std::unique_ptr<ProfileDatabase>> db = ProfileDatabase::openTeam(
            binding, pass, ProfileDatabase::TeamCreate{binding.teamName, keyCheck});
        if (!db.ok()) {
            undo(db.error());
            return;
        }
        ProfileDatabase* d = db->get();
        // The schema's creation wrote "created the team" in its own transaction.
        Status done = d->transaction(true, [&]() -> Status { return d->touchMember(); });
        if (done.ok())
            done = saveBinding(cli, binding);
        if (!done.ok()) {
            (void)d->dropTeam();
            (void)TeamBinding::remove(cli.engine().store().profile());
            undo(done.error());
            return;
        }
        if (cli.json()) {
            cli.printJson(bindingJson(binding));
        } else {
            cli.message(Cli::tr("Created the team \"%1\" in %2; this machine is its member %3. "
                                "Its key is in this machine's keychain. Invite another machine "
                                "with \"authdeck-cli team invite --out FILE --passphrase-file "
                                "F\".")
                            .arg(binding.teamName, binding.displayName(), binding.member));
        }
        cli.succeed();
    });
}

void runInvite(Cli& cli, const QCommandLineParser& args)
{
    Result<TeamBinding> team = requireTeam(cli);
    if (!team.ok()) {
        cli.failWith(team.error());
        return;
    }
    const QString out = args.value(QStringLiteral("out"));
    if (out.isEmpty()) {
        cli.failWith(ErrorKind::Usage, Cli::tr("Give the invite file to write with --out FILE."));
        return;
    }
    const bool force = args.isSet(QStringLiteral("force"));
    if (QFileInfo::exists(out) && !force) {
        cli.failWith(ErrorKind::Usage,
                     Cli::tr("%1 already exists; choose another file or add --force to replace it.")
                         .arg(QDir::toNativeSeparators(out)));
        return;
    }
    Result<SecretBytes> passphrase = invitePassphrase(cli, args);
    Result<KeychainSecretStore*> kc = keychain(cli);
    if (!passphrase.ok() || !kc.ok()) {
        cli.failWith(!passphrase.ok() ? passphrase.error() : kc.error());
        return;
    }
    const TeamBinding binding = *team;
    const SecretBytes pass = *passphrase;
    const QString entry = cli.engine().teamKeyEntry();
    (*kc)->read(
        entry, &cli,
        [&cli, binding, pass, out, force, entry](Result<std::optional<SecretBytes>> r) {
            if (!r.ok()) {
                cli.failWith(r.error());
                return;
            }
            if (!r->has_value()) {
                cli.failWith(ErrorKind::Keychain,
                             Cli::tr("The team key is missing from this machine's keychain "
                                     "(entry %1): only a member that holds it can invite. "
                                     "Ask another member, or join again.")
                                 .arg(entry));
                return;
            }
            const SecretBytes key(QByteArray::fromBase64((*r)->bytes()));
            Result<ProfileDatabase*> db = cli.engine().store().database();
            if (!db.ok()) {
                cli.failWith(db.error());
                return;
            }
            if (Status s = checkTeamKey(**db, binding, key,
                                        Cli::tr("The team key in this machine's keychain"));
                !s.ok()) {
                cli.failWith(s.error());
                return;
            }
            TeamInvite::Contents contents{binding, key};
            contents.binding.member.clear(); // the new machine names itself
            runOffThread<Outcome<QByteArray>>(
                &cli,
                [contents, pass] { return Outcome<QByteArray>{TeamInvite::write(contents, pass)}; },
                [&cli, binding, out, force](Outcome<QByteArray> sealed) {
                    const Result<QByteArray>& bytes = sealed.result;
                    if (!bytes.ok()) {
                        cli.failWith(bytes.error());
                        return;
                    }
                    if (Status w = crypto::KeyFiles::writeKeyFile(
                            out, SecretBytes(*bytes),
                            force ? crypto::KeyFiles::Existing::Replace
                                  : crypto::KeyFiles::Existing::Refuse);
                        !w.ok()) {
                        cli.failWith(w.error());
                        return;
                    }
                    if (Status a = cli.engine().store().record(QStringLiteral("wrote an invite"),
                                                               QFileInfo(out).fileName());
                        !a.ok())
                        cli.warn(Cli::tr("the invite is not in the audit log: %1")
                                     .arg(a.error().message));
                    if (cli.json()) {
                        QJsonObject o = bindingJson(binding);
                        o.insert(QStringLiteral("file"), out);
                        cli.printJson(o);
                    } else {
                        cli.message(Cli::tr("Wrote an invite to the team \"%1\" to %2. Hand the "
                                            "file and its passphrase over on separate ways; the "
                                            "other machine runs \"authdeck-cli team join %3 "
                                            "--passphrase-file F\".")
                                        .arg(binding.teamName, QDir::toNativeSeparators(out),
                                             QFileInfo(out).fileName()));
                    }
                    cli.succeed();
                });
        });
}

void runJoin(Cli& cli, const QCommandLineParser& args)
{
    if (Status s = refuseBound(cli); !s.ok()) {
        cli.failWith(s.error());
        return;
    }
    const QString path = args.positionalArguments().value(0);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        cli.failWith(ErrorKind::BadInput,
                     Cli::tr("Cannot read the invite %1: %2.")
                         .arg(QDir::toNativeSeparators(path), file.errorString()));
        return;
    }
    const QByteArray bytes = file.read(TeamInvite::MaxFileBytes + 1);
    if (Status s = refuseNonEmpty(cli); !s.ok()) {
        cli.failWith(s.error());
        return;
    }
    Result<SecretBytes> passphrase = invitePassphrase(cli, args);
    Result<SecretBytes> password = databasePassword(cli, args);
    Result<KeychainSecretStore*> kc = keychain(cli);
    for (const Status& s : {passphrase.ok() ? Status() : Status(passphrase.error()),
                            password.ok() ? Status() : Status(password.error()),
                            kc.ok() ? Status() : Status(kc.error())}) {
        if (!s.ok()) {
            cli.failWith(s.error());
            return;
        }
    }
    const QString user = args.value(QStringLiteral("database-user"));
    const SecretBytes pass = *password;
    KeychainSecretStore* store = *kc;
    const SecretBytes phrase = *passphrase;
    runOffThread<Outcome<TeamInvite::Contents>>(
        &cli,
        [bytes, phrase] { return Outcome<TeamInvite::Contents>{TeamInvite::read(bytes, phrase)}; },
        [&cli, path, user, pass, store](Outcome<TeamInvite::Contents> opened) {
            Result<TeamInvite::Contents>& contents = opened.result;
            if (!contents.ok()) {
                Error e = contents.error();
                if (e.kind == ErrorKind::BadInput && !e.message.contains(path))
                    e.message = Cli::tr("%1: %2").arg(QDir::toNativeSeparators(path), e.message);
                cli.failWith(e);
                return;
            }
            TeamBinding binding = contents->binding;
            if (!user.isEmpty())
                binding.user = user;
            binding.member = TeamBinding::thisMember();
            const SecretBytes key = contents->teamKey;
            Result<std::unique_ptr<ProfileDatabase>> db = ProfileDatabase::openTeam(binding, pass);
            if (!db.ok()) {
                cli.failWith(db.error());
                return;
            }
            if (Status s = checkTeamKey(**db, binding, key, Cli::tr("The invite's team key"));
                !s.ok()) {
                cli.failWith(s.error());
                return;
            }
            std::shared_ptr<ProfileDatabase> shared(std::move(db).value());
            storeTeamSecrets(cli, store, key, pass, [&cli, store, binding, shared](Status s) {
                if (!s.ok()) {
                    cli.failWith(s.error());
                    return;
                }
                // The database is written last: whatever fails before leaves it untouched.
                Status joined = saveBinding(cli, binding);
                if (joined.ok()) {
                    joined = shared->transaction(true, [&]() -> Status {
                        if (Status m = shared->touchMember(); !m.ok())
                            return m;
                        return shared->audit(QStringLiteral("joined the team"), binding.member);
                    });
                }
                if (!joined.ok()) {
                    (void)TeamBinding::remove(cli.engine().store().profile());
                    removeTeamSecrets(cli, store,
                                      [&cli, e = joined.error()](Status) { cli.failWith(e); });
                    return;
                }
                if (cli.json()) {
                    cli.printJson(bindingJson(binding));
                } else {
                    cli.message(Cli::tr("Joined the team \"%1\" (%2) as its member %3. Its apps "
                                        "and accounts are this profile's now; \"authdeck-cli "
                                        "team status\" shows them.")
                                    .arg(binding.teamName, binding.displayName(), binding.member));
                }
                cli.succeed();
            });
        });
}

QString stateName(const QString& state)
{
    if (state == QLatin1String("connected"))
        return Cli::tr("connected");
    if (state == QLatin1String("tokens-only"))
        return Cli::tr("connected, tokens only (this database role may not change apps)");
    if (state == QLatin1String("read-only"))
        return Cli::tr("read-only (the server takes no writes: renewals fail)");
    return Cli::tr("unreachable");
}

void runStatus(Cli& cli, const QCommandLineParser& args)
{
    Q_UNUSED(args)
    ProfileStore& store = cli.engine().store();
    if (!store.team()) {
        if (cli.json())
            cli.printJson(QJsonObject{{QStringLiteral("team"), QJsonValue()}});
        else
            cli.print(Cli::tr("This profile is not part of a team."));
        cli.succeed();
        return;
    }
    const TeamBinding binding = *store.team();
    QJsonObject o = bindingJson(binding);
    Result<ProfileDatabase*> db = store.database();
    std::optional<Error> problem;
    QString state = QStringLiteral("unreachable");
    QJsonArray members;
    QJsonArray activity;
    QList<QStringList> memberRows;
    QList<QStringList> activityRows;
    if (!db.ok()) {
        problem = db.error();
    } else {
        ProfileDatabase* d = *db;
        const TeamState read = TeamState::read(*d, AuditLines);
        Result<QString> schema = d->meta(QStringLiteral("schema_version"));
        Result<ProfileStore::Snapshot> snapshot = store.load();
        problem = read.problem     ? read.problem
                  : !schema.ok()   ? std::optional<Error>(schema.error())
                  : !snapshot.ok() ? std::optional<Error>(snapshot.error())
                                   : std::nullopt;
        if (!problem) {
            state = read.state == TeamState::State::ReadOnly    ? QStringLiteral("read-only")
                    : read.state == TeamState::State::Connected ? QStringLiteral("connected")
                                                                : QStringLiteral("tokens-only");
            o.insert(QStringLiteral("schema_version"), schema->toInt());
            o.insert(QStringLiteral("apps"), snapshot->apps.size());
            o.insert(QStringLiteral("accounts"), snapshot->accounts.size());
            for (const ProfileDatabase::Member& m : read.members) {
                members.append(
                    QJsonObject{{QStringLiteral("name"), m.name},
                                {QStringLiteral("database_user"), m.databaseUser},
                                {QStringLiteral("joined"), m.joined.toString(Qt::ISODate)},
                                {QStringLiteral("last_seen"), m.lastSeen.toString(Qt::ISODate)}});
                memberRows.append({m.name, m.databaseUser, m.lastSeen.toString(Qt::ISODate)});
            }
            for (const ProfileDatabase::AuditEntry& a : read.activity) {
                activity.append(QJsonObject{{QStringLiteral("at"), a.at.toString(Qt::ISODate)},
                                            {QStringLiteral("member"), a.member},
                                            {QStringLiteral("database_user"), a.databaseUser},
                                            {QStringLiteral("action"), a.action},
                                            {QStringLiteral("subject"), a.subject}});
                activityRows.append({a.at.toString(Qt::ISODate), a.member,
                                     a.action + QLatin1Char(' ') + a.subject});
            }
        }
    }
    o.insert(QStringLiteral("state"), problem ? QStringLiteral("unreachable") : state);
    if (problem)
        o.insert(QStringLiteral("error"), problem->message);
    o.insert(QStringLiteral("members"), members);
    o.insert(QStringLiteral("activity"), activity);
    if (cli.json()) {
        cli.printJson(o);
    } else {
        cli.print(Cli::tr("Team:      %1 (%2)").arg(binding.teamName, binding.teamId));
        cli.print(Cli::tr("Database:  %1").arg(binding.displayName()));
        cli.print(Cli::tr("Member:    %1").arg(binding.member));
        cli.print(Cli::tr("State:     %1").arg(stateName(problem ? QString() : state)));
        if (!problem) {
            cli.print(Cli::tr("Schema:    version %1").arg(o.value(u"schema_version").toInt()));
            cli.print(Cli::tr("Shared:    %1 apps, %2 accounts")
                          .arg(o.value(u"apps").toInt())
                          .arg(o.value(u"accounts").toInt()));
            cli.print(QString());
            cli.printTable({Cli::tr("MEMBER"), Cli::tr("DATABASE USER"), Cli::tr("LAST SEEN")},
                           memberRows);
            cli.print(QString());
            cli.printTable({Cli::tr("WHEN"), Cli::tr("WHO"), Cli::tr("WHAT")}, activityRows);
        }
    }
    if (problem)
        cli.failWith(*problem);
    else
        cli.succeed();
}

void runLeave(Cli& cli, const QCommandLineParser& args)
{
    Q_UNUSED(args)
    Result<TeamBinding> team = requireTeam(cli);
    Result<KeychainSecretStore*> kc = keychain(cli);
    if (!team.ok() || !kc.ok()) {
        cli.failWith(!team.ok() ? team.error() : kc.error());
        return;
    }
    ProfileStore& store = cli.engine().store();
    Result<ProfileDatabase*> db = store.database();
    Status recorded = db.ok() ? Status() : Status(db.error());
    if (db.ok()) {
        ProfileDatabase* d = *db;
        recorded = d->transaction(true, [&]() -> Status {
            if (Status a = d->audit(QStringLiteral("left the team"), team->member); !a.ok())
                return a;
            return d->touchMember(true);
        });
    }
    if (!recorded.ok())
        cli.warn(
            Cli::tr("leaving is not in the team's audit log: %1").arg(recorded.error().message));
    if (Status s = TeamBinding::remove(store.profile()); !s.ok()) {
        cli.failWith(s.error());
        return;
    }
    const TeamBinding binding = *team;
    removeTeamSecrets(cli, *kc, [&cli, binding](Status s) {
        if (!s.ok())
            cli.warn(Cli::tr("the team key could not be removed from the keychain: %1")
                         .arg(s.error().message));
        if (cli.json()) {
            cli.printJson(bindingJson(binding));
        } else {
            cli.message(Cli::tr("This profile has left the team \"%1\". The team's apps and "
                                "accounts stay in %2 for its other members; this machine no "
                                "longer holds the team key.")
                            .arg(binding.teamName, binding.displayName()));
        }
        cli.succeed();
    });
}

} // namespace

QList<Verb> teamVerbs()
{
    const QCommandLineOption passwordFile =
        opt(QStringLiteral("database-password-file"),
            Cli::tr("the database password (else ~/.pgpass or libpq's other ways)"),
            QStringLiteral("F"));
    const QCommandLineOption passphraseFile = opt(
        QStringLiteral("passphrase-file"), Cli::tr("the invite's passphrase"), QStringLiteral("F"));
    return {
        Verb{QStringLiteral("team create"),
             QStringLiteral("--database URL [--name NAME] [--database-password-file F]"),
             Cli::tr("Make this profile a team's: its apps and accounts in a PostgreSQL database"),
             {opt(QStringLiteral("database"), Cli::tr("the database, %1").arg(teamUrlHint()),
                  QStringLiteral("URL")),
              opt(QStringLiteral("name"), Cli::tr("what the team is called"),
                  QStringLiteral("NAME")),
              passwordFile},
             {},
             0,
             0,
             true,
             runCreate},
        Verb{QStringLiteral("team invite"),
             QStringLiteral("--out FILE --passphrase-file F [--force]"),
             Cli::tr("Write the team key and the binding, encrypted, for another machine"),
             {opt(QStringLiteral("out"), Cli::tr("the invite file to write"),
                  QStringLiteral("FILE")),
              passphraseFile, opt(QStringLiteral("force"), Cli::tr("replace an existing file"))},
             {},
             0,
             0,
             true,
             runInvite},
        Verb{QStringLiteral("team join"),
             QStringLiteral("INVITE --passphrase-file F [--database-user U] "
                            "[--database-password-file F]"),
             Cli::tr("Join a team with an invite: this profile then uses the team's database"),
             {passphraseFile,
              opt(QStringLiteral("database-user"),
                  Cli::tr("connect as this database role instead of the invite's"),
                  QStringLiteral("U")),
              passwordFile},
             {QStringLiteral("INVITE")},
             1,
             1,
             true,
             runJoin},
        Verb{QStringLiteral("team status"),
             QString(),
             Cli::tr("Show the team, its database's state, its members and recent activity"),
             {},
             {},
             0,
             0,
             true,
             runStatus},
        Verb{QStringLiteral("team leave"),
             QString(),
             Cli::tr("Unbind this profile from its team and remove the team key from this machine"),
             {},
             {},
             0,
             0,
             true,
             runLeave},
    };
}

} // namespace authdeck::cli
