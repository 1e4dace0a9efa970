#!/usr/bin/env bash
# Regenerates packaging/screenshots/walkthrough in English and German from the GUI tests that
# walk the connect wizard (against the embedded sandbox), the whole Box setup (against the
# sandbox and its console) and the main window with an account (tests/gui/Screenshot.h,
# AUTHDECK_SCREENSHOT_DIR), and the README's two images. Needs a test build (ci preset).
# Look at every image before committing it.
#   usage: packaging/tools/screenshots.sh [BUILD_DIR]
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
build=${1:-$root/build/ci}
out=$root/packaging/screenshots/walkthrough
mkdir -p "$out"
for lang in en de; do
    for run in "gui_boxsetupwizard fromKeyGenerationToAVerifiedConnection" \
               "gui_connectwizard oauthEndToEnd" \
               "gui_connectwizard boxServerAppsTakeTheGuidedSetup" \
               "gui_signin mainWindowOpensTheWizardAndSelectsTheAccount"; do
        read -r test slot <<<"$run"
        AUTHDECK_SCREENSHOT_DIR=$out AUTHDECK_SCREENSHOT_LANG=$lang LANGUAGE=$lang \
            QT_QPA_PLATFORM=offscreen QT_LOGGING_RULES='authdeck.*=false' \
            "$build/tests/$test" "$slot" >/dev/null
    done
done
cp "$out/en-main-window.png" "$root/packaging/screenshots/main-window.png"
cp "$out/en-box-1-create.png" "$root/packaging/screenshots/box-wizard.png"
ls "$out"
