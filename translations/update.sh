#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
# SPDX-License-Identifier: MIT
# Re-scan the code for translatable strings and merge them into the four .ts files. Existing
# translations are kept; strings gone from the code are dropped (-no-obsolete). Safe to re-run.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
lupdate=${LUPDATE:-$(command -v lupdate || echo /usr/lib/qt6/bin/lupdate)}
cd "$root"
for lang in en cy pl ar; do
    "$lupdate" app domain a11y core kiosk-shell offline-cache print qml -I "$root" -extensions cpp,h,qml -locations none \
        -no-obsolete -target-language "$lang" -ts "translations/civickiosk_$lang.ts"
done
# English is the source language: its "translations" are the sources, plurals resolved.
python3 "$here/ts_fill.py" english
