#!/usr/bin/env bash
# Regenerates the Box setup's pages in packaging/screenshots/walkthrough, in English and German,
# from the GUI test that walks the whole setup against the embedded sandbox
# (tests/gui/tst_boxsetupwizard.cpp, AUTHDECK_SCREENSHOT_DIR). Needs a test build (ci preset).
# Look at every image before committing it.
#   usage: packaging/tools/screenshots.sh [BUILD_DIR]
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
build=${1:-$root/build/ci}
out=$root/packaging/screenshots/walkthrough
mkdir -p "$out"
for lang in en de; do
    AUTHDECK_SCREENSHOT_DIR=$out AUTHDECK_SCREENSHOT_LANG=$lang LANGUAGE=$lang \
        QT_QPA_PLATFORM=offscreen QT_LOGGING_RULES='authdeck.*=false' \
        "$build/tests/gui_boxsetupwizard" fromKeyGenerationToAVerifiedConnection >/dev/null
done
ls "$out"/*-box-*.png
