#!/usr/bin/env bash
# Runs inside a private D-Bus session (dbus-run-session): starts an unlocked gnome-keyring in a
# throwaway HOME so the tests use the real Secret Service and never the developer's own keyring,
# starts a real PostgreSQL 15 for the team tests (tests/integration/tst_team.cpp), then runs every
# test on the offscreen platform, and stops what it started.
set -euo pipefail
builddir=${1:?build directory}
shift
scratch=$(mktemp -d)
pgdir=""
pgrun=()
cleanup() {
    if [ -n "$pgdir" ] && [ -f "$pgdir/data/postmaster.pid" ]; then
        "${pgrun[@]}" /usr/lib/postgresql/15/bin/pg_ctl -D "$pgdir/data" -m immediate stop >/dev/null 2>&1 || true
    fi
    [ -n "$pgdir" ] && rm -rf "$pgdir"
    rm -rf "$scratch"
}
trap cleanup EXIT

# PostgreSQL in a scratch folder of its own, on a private socket folder and a loopback port, as
# an unprivileged user when this runs as root (postgres refuses to run as root). The tests reach
# it as its superuser "postgres" through the socket (trust) to make databases and roles, and as
# those roles over TCP with passwords (scram-sha-256).
pgbin=/usr/lib/postgresql/15/bin
if [ -x "$pgbin/initdb" ]; then
    pgdir=$(mktemp -d /tmp/authdeck-pg.XXXXXX)
    if [ "$(id -u)" -eq 0 ]; then
        id authdeck-pg >/dev/null 2>&1 \
            || useradd --system --no-create-home --home-dir /nonexistent --shell /usr/sbin/nologin authdeck-pg
        chown authdeck-pg "$pgdir"
        pgrun=(runuser -u authdeck-pg --)
    fi
    chmod 755 "$pgdir"
    "${pgrun[@]}" "$pgbin/initdb" -D "$pgdir/data" -U postgres -E UTF8 --no-locale \
        --auth-local=trust --auth-host=scram-sha-256 >"$pgdir/initdb.log" 2>&1 \
        || { cat "$pgdir/initdb.log" >&2; exit 1; }
    "${pgrun[@]}" mkdir -p "$pgdir/sock"
    started=""
    for attempt in 1 2 3 4 5 6 7 8; do
        port=$(( (RANDOM % 20000) + 30000 + attempt ))
        if "${pgrun[@]}" "$pgbin/pg_ctl" -D "$pgdir/data" -l "$pgdir/server.log" -w -t 60 \
            -o "-c listen_addresses=127.0.0.1 -p $port -k $pgdir/sock -c fsync=off -c max_connections=200" \
            start >/dev/null 2>&1; then
            started=1
            break
        fi
    done
    if [ -z "$started" ]; then
        echo "PostgreSQL did not start:" >&2
        cat "$pgdir/server.log" >&2 || true
        exit 1
    fi
    export AUTHDECK_TEST_PG_HOST=127.0.0.1 AUTHDECK_TEST_PG_PORT=$port AUTHDECK_TEST_PG_SOCKET="$pgdir/sock"
fi
export HOME="$scratch/home" XDG_RUNTIME_DIR="$scratch/run" XDG_CONFIG_HOME="$scratch/home/.config"
export XDG_DATA_HOME="$scratch/home/.local/share" XDG_CACHE_HOME="$scratch/home/.cache"
mkdir -p "$HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"
eval "$(printf 'authdeck-test' | gnome-keyring-daemon --unlock --components=secrets 2>/dev/null)"
export GNOME_KEYRING_CONTROL
export QT_QPA_PLATFORM=offscreen
# Files the tests put into profiles are private, as AuthDeck makes its own (umask 077): the
# profile check refuses group- or world-readable ones.
umask 077
ctest --test-dir "$builddir" --output-on-failure --timeout 300 -j2 "$@"
