#!/usr/bin/env bash
# Runs inside a private D-Bus session (dbus-run-session): starts an unlocked gnome-keyring in a
# throwaway HOME so the tests use the real Secret Service and never the developer's own keyring,
# then runs every test on the offscreen platform.
set -euo pipefail
builddir=${1:?build directory}
shift
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
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
