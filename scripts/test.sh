#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
# SPDX-License-Identifier: MIT
# Second command of the README: installs what is missing, builds, and runs every test.
# Exits non-zero on any failure. GUI tests run under xvfb-run when there is no display.
set -euo pipefail
CK_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
BUILD_DIR=${CIVIC_KIOSK_BUILD_DIR:-$CK_ROOT/build}
source "$CK_ROOT/scripts/deps.sh"

ck_install_deps
ck_configure_and_build "$BUILD_DIR"

# WebEngine refuses to run as root with its sandbox on; tests only (production runs as the
# unprivileged kiosk user with the sandbox on).
export QTWEBENGINE_CHROMIUM_FLAGS="${QTWEBENGINE_CHROMIUM_FLAGS:---no-sandbox}"
export QT_LOGGING_RULES="${QT_LOGGING_RULES:-qt.webenginecontext.debug=false}"

cd "$BUILD_DIR"
ctest_args=(--output-on-failure --timeout 900 "$@")
if [[ -z ${DISPLAY:-} ]]; then
    xvfb-run -a -s "-screen 0 1920x1080x24" ctest "${ctest_args[@]}"
else
    ctest "${ctest_args[@]}"
fi
