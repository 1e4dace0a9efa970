#!/usr/bin/env bash
# Fails when lupdate would change a translations/*.ts file: a user-visible string was added,
# changed or removed without running packaging/update-translations.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
lupdate=${LUPDATE:-/usr/lib/qt6/bin/lupdate}
if [ ! -x "$lupdate" ]; then
    echo "SKIP: lupdate not found ($lupdate); install qt6-l10n-tools" >&2
    exit 77
fi
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
cp "$root"/translations/*.ts "$scratch"/
(cd "$root" && "$lupdate" -silent -no-obsolete -locations none app ui -ts "$scratch"/*.ts)
status=0
for ts in "$root"/translations/*.ts; do
    if ! cmp -s "$ts" "$scratch/$(basename "$ts")"; then
        echo "FAIL: $(basename "$ts") is out of date; run packaging/update-translations" >&2
        diff -u "$ts" "$scratch/$(basename "$ts")" | head -40 >&2 || true
        status=1
    fi
done
[ $status -eq 0 ] && echo "translations: every .ts file matches the source strings"
exit $status
