#!/usr/bin/env bash
# Fails when a C++ source under app/, ui/ or tests/ is not as .clang-format lays it out
# (clang-format 14, Debian 12's). Fix with: clang-format -i FILE
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
format=${CLANG_FORMAT:-clang-format}
if ! command -v "$format" >/dev/null; then
    echo "SKIP: $format not found; install clang-format" >&2
    exit 77
fi
mapfile -t files < <(find app ui tests -name '*.cpp' -o -name '*.h' | sort)
if ! "$format" --dry-run -Werror "${files[@]}"; then
    echo "FAIL: the files above are not formatted; run clang-format -i on them" >&2
    exit 1
fi
echo "format: ${#files[@]} sources as .clang-format lays them out"
