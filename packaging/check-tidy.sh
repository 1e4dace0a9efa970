#!/usr/bin/env bash
# Runs clang-tidy (Debian 12's, 14) with the checks in .clang-tidy on the engine (app/, the CLI's
# verbs included); any finding fails. Usage: packaging/check-tidy.sh BUILD_DIR [REGEX]
# It reads BUILD_DIR/compile_commands.json without the precompiled-header flags: with GCC's
# precompiled headers (on when ccache is absent) clang would try to read GCC's .gch file, which
# it cannot; the plain header the flag names is what the sources see. The .clangd file at the
# root does the same for clangd.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
builddir=$(cd "${1:?build directory}" && pwd)
regex=${2:-$root/app/}
tidy=${CLANG_TIDY:-run-clang-tidy-14}
if ! command -v "$tidy" >/dev/null; then
    echo "FAIL: $tidy not found; install clang-tidy" >&2
    exit 1
fi
db=$(mktemp -d)
trap 'rm -rf "$db"' EXIT
python3 - "$builddir/compile_commands.json" "$db/compile_commands.json" <<'PY'
import json, shlex, sys
entries = json.load(open(sys.argv[1]))
for e in entries:
    args = e.pop("arguments", None) or shlex.split(e.pop("command"))
    out, skip = [], False
    for i, a in enumerate(args):
        if skip:
            skip = False
            continue
        if a == "-include" and i + 1 < len(args) and "cmake_pch" in args[i + 1]:
            skip = True
            continue
        if a.startswith("-include") and "cmake_pch" in a or a == "-Winvalid-pch":
            continue
        out.append(a)
    e["arguments"] = out
json.dump(entries, open(sys.argv[2], "w"))
PY
log="$db/tidy.log"
if ! "$tidy" -p "$db" -j "$(nproc)" -quiet "$regex" >"$log" 2>&1; then
    sed 's/\x1b\[[0-9;]*m//g' "$log" | grep -E "(error|warning): " | grep -v "warnings generated" | sort -u >&2 || cat "$log" >&2
    echo "FAIL: clang-tidy found the above (.clang-tidy lists the checks)" >&2
    exit 1
fi
echo "tidy: $(grep -c '^clang-tidy' "$log" || true) engine sources pass the .clang-tidy checks"
