#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
# SPDX-License-Identifier: MIT
# First command of the README: installs what is missing, builds, starts the reference intake
# server on a free loopback port and the kiosk on the demo configuration.
# Extra arguments go to the kiosk (e.g. --exit-after-ms 5000).
set -euo pipefail
CK_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
BUILD_DIR=${CIVIC_KIOSK_BUILD_DIR:-$CK_ROOT/build}
source "$CK_ROOT/scripts/deps.sh"

ck_install_deps
ck_configure_and_build "$BUILD_DIR"

DEMO_DIR="$BUILD_DIR/demo"
mkdir -p "$DEMO_DIR"
if [[ $(id -u) -eq 0 ]]; then
    export QTWEBENGINE_CHROMIUM_FLAGS="${QTWEBENGINE_CHROMIUM_FLAGS:---no-sandbox}"
fi

intake_pid=""
cleanup() { [[ -n $intake_pid ]] && kill "$intake_pid" 2>/dev/null || true; }
trap cleanup EXIT

kiosk_args=(--windowed)
if [[ -x "$BUILD_DIR/bin/civic-kiosk-intake" ]]; then
    "$BUILD_DIR/bin/civic-kiosk-intake" --port 0 --db "$DEMO_DIR/intake.sqlite" >"$DEMO_DIR/intake.log" 2>&1 &
    intake_pid=$!
    port=""
    for _ in $(seq 1 100); do
        port=$(sed -n 's/.*listening on 127\.0\.0\.1:\([0-9]*\).*/\1/p' "$DEMO_DIR/intake.log" | head -n1)
        [[ -n $port ]] && break
        sleep 0.1
    done
    [[ -n $port ]] || { echo "intake server did not start:"; cat "$DEMO_DIR/intake.log"; exit 1; }
    echo "Reference intake server on http://127.0.0.1:$port (log: $DEMO_DIR/intake.log)"
    export CIVIC_KIOSK_DEMO_INTAKE_URL="http://127.0.0.1:$port"
fi
export CIVIC_KIOSK_DEMO_DATA_DIR="$DEMO_DIR/data"

if [[ -n ${DISPLAY:-} || -n ${WAYLAND_DISPLAY:-} || ${QT_QPA_PLATFORM:-} == offscreen ]]; then
    "$BUILD_DIR/bin/civic-kiosk" "${kiosk_args[@]}" "$@"
else
    echo "No display: running the kiosk under xvfb-run (pass --exit-after-ms N to stop it)."
    xvfb-run -a -s "-screen 0 1280x1024x24" "$BUILD_DIR/bin/civic-kiosk" "${kiosk_args[@]}" "$@"
fi
