#!/usr/bin/env bash
# Runs one harness on its checked-in seeds for a fixed time:
#   run-fuzzer.sh <harness> <seed dir> <seconds> [libFuzzer options...]
# New inputs go to a scratch corpus, so the checked-in seeds stay as they are. Any crash, leak,
# sanitizer report or timeout exits non-zero and leaves crash-*/leak-*/timeout-* in the current
# directory (add the input to the seeds once it is fixed).
set -euo pipefail
harness=${1:?harness} seeds=${2:?seed dir} seconds=${3:?seconds}
shift 3
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1:suppressions=$here/../sanitizers/ubsan.supp}
export LSAN_OPTIONS=${LSAN_OPTIONS:-suppressions=$here/../sanitizers/lsan.supp}
exec "$harness" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=65536 \
    -print_final_stats=1 "$@" "$scratch" "$seeds"
