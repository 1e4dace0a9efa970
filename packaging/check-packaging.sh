#!/usr/bin/env bash
# The packaging check CI runs (ctest integration.packaging):
#   check-packaging.sh BUILD_DIR SOURCE_DIR AUTHDECK_CLI
# - the desktop entry and the AppStream metainfo pass their validators, and agree on the ids;
# - the man page and the bash completion name every verb and option authdeck-cli's help lists;
# - `cpack -G DEB` and `-G TGZ` build packages holding both programs, the desktop entry, the
#   metainfo, the icons, the man pages and the completion, and the .deb declares its Depends.
# Exits 77 (skipped) when a tool it needs is missing.
set -euo pipefail

build=${1:?build directory}
src=${2:?source directory}
cli=${3:?authdeck-cli}
pkg=$src/packaging
appstream_id=io.github.authdeck.AuthDeck

for tool in desktop-file-validate appstreamcli cpack dpkg-deb tar; do
    if ! command -v "$tool" >/dev/null; then
        echo "SKIP: $tool is not installed (packaging/dev test installs desktop-file-utils and appstream)"
        exit 77
    fi
done

failures=0
fail() {
    echo "FAIL: $*"
    failures=$((failures + 1))
}
pass() { echo "PASS: $*"; }

scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT

# --- Validators --------------------------------------------------------------------------------
validate_desktop() {
    local out
    if ! out=$(desktop-file-validate "$1" 2>&1) || grep -qi "error" <<<"$out"; then
        fail "desktop-file-validate $1: $out"
    else
        pass "desktop-file-validate $(basename "$1")${out:+ ($out)}"
    fi
}
validate_metainfo() {
    local out
    if ! out=$(appstreamcli validate --no-net "$1" 2>&1); then
        fail "appstreamcli validate $1: $out"
    else
        pass "appstreamcli validate $(basename "$1")"
    fi
}
validate_desktop "$pkg/authdeck.desktop"
validate_metainfo "$pkg/$appstream_id.metainfo.xml"

grep -q '<launchable type="desktop-id">authdeck.desktop</launchable>' \
    "$pkg/$appstream_id.metainfo.xml" || fail "the metainfo does not launch authdeck.desktop"
grep -q "<id>$appstream_id</id>" "$pkg/$appstream_id.metainfo.xml" \
    || fail "the metainfo's id is not $appstream_id (its file name)"
grep -qx 'Icon=authdeck' "$pkg/authdeck.desktop" || fail "the desktop entry's Icon is not authdeck"
grep -qx 'Exec=authdeck' "$pkg/authdeck.desktop" || fail "the desktop entry's Exec is not authdeck"
grep -q '<screenshot' "$pkg/$appstream_id.metainfo.xml" || fail "the metainfo has no screenshot"

# --- Man page and completion against the CLI's own help ----------------------------------------
if command -v groff >/dev/null; then
    for page in authdeck.1 authdeck-cli.1; do
        out=$(groff -man -ww -z "$pkg/$page" 2>&1) || true
        [ -z "$out" ] && pass "groff: $page has no warnings" || fail "groff warnings in $page: $out"
    done
fi
bash -n "$pkg/authdeck-cli.bash-completion" || fail "the bash completion has a syntax error"

help=$(LANGUAGE=C LC_ALL=C "$cli" --help)
verbs=$(sed -n '/^Verbs:/,/^$/p' <<<"$help" | sed -n 's/^  \([a-z-]*\)\( [a-z-][a-z-]*\)\?  .*/\1\2/p')
[ "$(wc -l <<<"$verbs")" -ge 10 ] || fail "could not read the verbs from authdeck-cli --help"
man_text=$(sed 's/\\-/-/g' "$pkg/authdeck-cli.1")
completion=$(cat "$pkg/authdeck-cli.bash-completion")
# Every global option of --help.
for opt in $(sed -n '/^Global options:/,/^$/p' <<<"$help" | grep -o -- '--[a-z-]*'); do
    grep -q -- "$opt" <<<"$man_text" || fail "the man page lacks the global option $opt"
    grep -q -- "$opt" <<<"$completion" || fail "the completion lacks the global option $opt"
done
checked=0
while IFS= read -r verb; do
    [ -n "$verb" ] || continue
    grep -q "^\.SS $verb\( \|$\)" <<<"$man_text" || fail "the man page has no section for \"$verb\""
    for word in $verb; do
        grep -qw -- "$word" <<<"$completion" || fail "the completion does not offer \"$word\""
    done
    # shellcheck disable=SC2086
    verb_help=$(LANGUAGE=C LC_ALL=C "$cli" $verb --help)
    verb_opts=" $(bash -c 'source "$1"; _authdeck_cli_verb_options "$2"' _ \
        "$pkg/authdeck-cli.bash-completion" "$verb") "
    for opt in $(sed -n '/^Options:/,$p' <<<"$verb_help" | grep -o -- '^  --[a-z-]*' | tr -d ' '); do
        checked=$((checked + 1))
        grep -q -- "$opt" <<<"$man_text" || fail "the man page lacks $verb $opt"
        [[ $verb_opts == *" $opt "* ]] || fail "the completion lacks $verb $opt"
    done
done <<<"$verbs"
[ "$checked" -ge 20 ] && pass "man page and completion cover $(wc -l <<<"$verbs") verbs, $checked options" \
    || fail "only $checked verb options were read from the help"

# --- The packages ------------------------------------------------------------------------------
if ! cpack -G "DEB;TGZ" --config "$build/CPackConfig.cmake" -B "$scratch/out" >"$scratch/cpack.log" 2>&1; then
    cat "$scratch/cpack.log"
    fail "cpack -G DEB;TGZ failed"
    exit 1
fi
deb=$(find "$scratch/out" -maxdepth 1 -name 'authdeck_*.deb' | head -n1)
tgz=$(find "$scratch/out" -maxdepth 1 -name 'authdeck-*.tar.gz' | head -n1)
[ -n "$deb" ] || { fail "cpack made no .deb"; exit 1; }
[ -n "$tgz" ] || fail "cpack made no .tar.gz"
pass "cpack made $(basename "$deb")${tgz:+ and $(basename "$tgz")}"

expected=(usr/bin/authdeck usr/bin/authdeck-cli
    usr/share/applications/authdeck.desktop
    usr/share/metainfo/$appstream_id.metainfo.xml
    usr/share/icons/hicolor/scalable/apps/authdeck.svg
    usr/share/bash-completion/completions/authdeck-cli)
for size in 16 22 24 32 48 64 128 256; do
    expected+=("usr/share/icons/hicolor/${size}x${size}/apps/authdeck.png")
done
contents=$(dpkg-deb -c "$deb" | awk '{print $NF}' | sed 's#^\./##')
for path in "${expected[@]}"; do
    grep -qx -- "$path" <<<"$contents" || fail "the .deb lacks $path"
done
grep -qE '^usr/share/man/man1/authdeck-cli\.1(\.gz)?$' <<<"$contents" || fail "the .deb lacks the man page"
if [ -n "$tgz" ]; then
    tcontents=$(tar tzf "$tgz")
    for path in bin/authdeck bin/authdeck-cli share/applications/authdeck.desktop \
        share/icons/hicolor/256x256/apps/authdeck.png; do
        grep -q -- "/$path\$" <<<"$tcontents" || fail "the .tar.gz lacks $path"
    done
fi

depends=$(dpkg-deb -f "$deb" Depends)
for lib in libqt6core6 libqt6gui6 libqt6widgets6 libqt6network6 libqt6networkauth6 libqt6svg6 \
    libqt6dbus6 libqt6keychain1 libssl3; do
    grep -qw -- "$lib" <<<"$depends" || fail "Depends does not name $lib: $depends"
done
grep -qw gnome-keyring <<<"$(dpkg-deb -f "$deb" Recommends)" || fail "Recommends does not name gnome-keyring"
pass "Depends: $depends"

# What was installed is what was validated, the programs run, and the PNGs have their sizes.
dpkg-deb -x "$deb" "$scratch/root"
validate_desktop "$scratch/root/usr/share/applications/authdeck.desktop"
validate_metainfo "$scratch/root/usr/share/metainfo/$appstream_id.metainfo.xml"
"$scratch/root/usr/bin/authdeck-cli" --version | grep -q '^authdeck-cli ' \
    || fail "the packaged authdeck-cli does not run"
for size in 16 22 24 32 48 64 128 256; do
    png=$scratch/root/usr/share/icons/hicolor/${size}x${size}/apps/authdeck.png
    [ -f "$png" ] || continue
    header=$(od -An -tx1 -N24 "$png" | tr -d ' \n')
    magic=${header:0:16} w=${header:32:8} h=${header:40:8}
    if [ "$magic" != 89504e470d0a1a0a ] || [ $((16#$w)) -ne "$size" ] || [ $((16#$h)) -ne "$size" ]; then
        fail "$png is not a ${size}x${size} PNG"
    fi
done
[ -x "$scratch/root/usr/bin/authdeck" ] || fail "the packaged authdeck is not executable"

if [ "$failures" -ne 0 ]; then
    echo "$failures packaging check(s) failed"
    exit 1
fi
echo "All packaging checks passed."
