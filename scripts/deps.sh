#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
# SPDX-License-Identifier: MIT
# Installs the Debian bookworm packages Civic Kiosk builds, runs and tests with. Sourced by
# demo.sh and test.sh; quiet and quick when everything is already there.
set -euo pipefail

CK_PACKAGES=(
    build-essential cmake ninja-build pkg-config git
    qt6-base-dev qt6-base-private-dev qt6-declarative-dev qt6-declarative-dev-tools
    qt6-webengine-dev qt6-tools-dev
    qt6-l10n-tools qt6-speech-dev qt6-virtualkeyboard-dev qt6-httpserver-dev
    libqt6sql6-sqlite libsqlite3-dev sqlite3 libssl-dev openssl
    qml6-module-qtquick-controls qml6-module-qtquick-layouts qml6-module-qtquick-window
    qml6-module-qtwebengine qml6-module-qttest qml6-module-qtqml-workerscript
    qml6-module-qtquick-templates qml6-module-qtquick-virtualkeyboard qml6-module-qtqml-models
    qml6-module-qttexttospeech qt6-speech-flite-plugin
    qt6-speech-speechd-plugin speech-dispatcher speech-dispatcher-espeak-ng espeak-ng
    qt6-websockets-dev
    xvfb xauth curl python3 clang-format ccache
    prometheus-node-exporter prometheus chromium lintian help2man cage qt6-wayland
    qt6-virtualkeyboard-plugin qml6-module-qt-labs-folderlistmodel pulseaudio
    systemd
    gdb dbus-daemon
    libfribidi-dev
    dbus at-spi2-core python3-pyatspi
    libqrencode-dev libcups2-dev cups-ipp-utils avahi-daemon poppler-utils zbar-tools
    reuse
)

ck_install_deps() {
    local missing=()
    for p in "${CK_PACKAGES[@]}"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
    done
    ((${#missing[@]} == 0)) && return 0
    echo "Installing ${#missing[@]} missing Debian packages: ${missing[*]}"
    local sudo=""
    [[ $(id -u) -ne 0 ]] && sudo="sudo"
    $sudo apt-get update -q
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q --no-install-recommends "${missing[@]}"
}

ck_configure_and_build() {
    local build_dir=$1
    cmake -S "$CK_ROOT" -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DBUILD_TESTING=ON
    cmake --build "$build_dir" --parallel "$(nproc)"
}
