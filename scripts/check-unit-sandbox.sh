#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
# SPDX-License-Identifier: MIT
# Does the real WebEngine, with its Chromium sandbox on, run under civic-kiosk.service's
# hardening? `systemd-analyze security` only reads the unit; this starts it. systemd becomes
# PID 1 of a private PID, mount and cgroup namespace (so the host needs no running systemd) and
# starts a probe unit that carries every hardening line of the real unit (system-call filter,
# namespaces, /proc, devices, capabilities, LoadCredentialEncrypted=) but runs, instead of cage,
# the web refusal test (tst_webcontainment) as `nobody`, without --no-sandbox, offscreen. While
# it runs, the probe checks that WebEngine's renderers sit in user namespaces of their own (the
# sandbox is on) and that the sealed test credential arrived decrypted.
#   scripts/check-unit-sandbox.sh [UNIT_FILE] [BUILD_DIR]     (as root; exit 0 = all held,
#   1 = something did not, 77 = this machine cannot run the probe). CTest: tst_unit_sandbox.
# Passing web tests alone prove little: with user namespaces refused (RestrictNamespaces=yes)
# WebEngine quietly runs its renderers outside the namespace sandbox and every page still works.
# Needs: unshare (util-linux), systemd-creds, a built tst_webcontainment. Takes about a minute.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
unit=$(realpath "${1:-$root/packaging/systemd/civic-kiosk.service}")
build=$(realpath "${2:-${CIVIC_KIOSK_BUILD_DIR:-$root/build}}")
test_bin="$build/tests/tst_webcontainment"
[[ $(id -u) -eq 0 ]] || { echo "run as root" >&2; exit 2; }
[[ -x $test_bin ]] || { echo "build tst_webcontainment first ($test_bin)" >&2; exit 2; }

work=$(mktemp -d /tmp/ck-unit-probe.XXXXXX)
chmod 0755 "$work"
runner=
cleanup() {
    if [[ -n $runner ]] && kill -0 "$runner" 2>/dev/null; then
        kill "$runner" 2>/dev/null || true
        wait "$runner" 2>/dev/null || true
    fi
    # systemd made its cgroups in the host's hierarchy (the cgroup namespace starts at ours).
    local cg=/sys/fs/cgroup/unified
    [[ -d $cg ]] || cg=/sys/fs/cgroup
    find "$cg/ck-probe.slice" "$cg/system.slice" "$cg/init.scope" -depth -type d \
        -exec rmdir {} \; 2>/dev/null || true
    rm -rf "$work" /var/lib/ck-probe
}
trap cleanup EXIT

# A test credential, sealed the way postinst seals the real one.
head -c 32 /dev/urandom > "$work/key.plain"
systemd-creds encrypt --name=civic-kiosk-outbox.key --with-key=host - "$work/civic-kiosk-outbox.key" \
    < "$work/key.plain" 2>/dev/null
key_sha=$(sha256sum < "$work/key.plain" | cut -d' ' -f1)

mkdir -p "$work/units"
cat > "$work/units/ck-probe.target" <<EOF
[Unit]
DefaultDependencies=no
Wants=ck-probe.service
EOF
{
    cat <<EOF
[Unit]
DefaultDependencies=no
[Service]
Type=exec
User=nobody
Group=nogroup
Environment=HOME=/var/lib/ck-probe QT_QPA_PLATFORM=offscreen XDG_RUNTIME_DIR=/run/civic-kiosk
StandardOutput=append:$work/probe.log
StandardError=append:$work/probe.log
ExecStopPost=+/bin/sh -c 'echo "\$\$SERVICE_RESULT \$\$EXIT_STATUS" > $work/result'
TimeoutStartSec=300
EOF
    # The real unit's hardening, with its own data directory swapped for a throwaway one (the
    # probe runs as nobody and must not touch a kiosk's data) and the credential for the test's.
    sed -n '/^\[Service\]/,/^\[/p' "$unit" | grep -E '^(NoNewPrivileges|Protect|Private|Restrict|RemoveIPC|UMask|Capability|Ambient|Device|SystemCall|LockPersonality|ReadWritePaths|StateDirectory|RuntimeDirectory|LoadCredentialEncrypted|MemoryDeny)' \
        | sed -e "s#/var/lib/civic-kiosk#/var/lib/ck-probe#g" -e "s#^StateDirectory=civic-kiosk#StateDirectory=ck-probe#" \
              -e "s#:/etc/credstore.encrypted/civic-kiosk-outbox.key#:$work/civic-kiosk-outbox.key#"
    cat <<EOF
ExecStart=/bin/sh -c '\\
  got=\$\$(sha256sum < "\$\$CREDENTIALS_DIRECTORY/civic-kiosk-outbox.key" | cut -d" " -f1); \\
  if [ "\$\$got" = "$key_sha" ]; then echo "probe: credential decrypted: ok"; \\
  else echo "probe: credential: FAIL"; exit 1; fi; \\
  exec "$test_bin"'
EOF
} > "$work/units/ck-probe.service"

cat > "$work/boot.sh" <<EOF
#!/bin/bash
set -e
mount --make-rprivate /
# Shared again inside (only): systemd sets credentials up in a child namespace and moves them in.
mount --make-rshared /
mount -t tmpfs tmpfs /run
mkdir -p /run/systemd/system /run/lock
mount -t tmpfs tmpfs /sys/fs/cgroup
mount -t cgroup2 cgroup2 /sys/fs/cgroup
cp $work/units/* /run/systemd/system/
exec env container=ck-probe /lib/systemd/systemd --system --unit=ck-probe.target --show-status=no
EOF
chmod +x "$work/boot.sh"

timeout --kill-after=10 400 unshare --pid --fork --mount --cgroup --mount-proc "$work/boot.sh" \
    > "$work/systemd.log" 2>&1 &
runner=$!
# From outside (root, the host's /proc): a WebEngine helper process of the probe (uid nobody;
# renderers are forked from the zygote and carry its command line) in a user namespace other
# than the host's is inside Chromium's namespace sandbox. The probe's
# ExecStopPost= leaves its result; then the namespace's PID 1 goes, and everything in it.
sandboxed=0
host_ns=$(readlink /proc/self/ns/user)
while kill -0 "$runner" 2>/dev/null && [[ ! -s $work/result ]]; do
    for p in $(pgrep -u nobody -f -- 'QtWebEngineProcess.*--type=(zygote|renderer)' || true); do
        ns=$(readlink "/proc/$p/ns/user" 2>/dev/null || true)
        [[ -n $ns && $ns != "$host_ns" ]] && sandboxed=1
    done
    sleep 0.5
done
for shell in $(pgrep -P "$runner" || true); do
    pkill -KILL -P "$shell" || true
done
wait "$runner" 2>/dev/null || true
result=$(cat "$work/result" 2>/dev/null || echo "none")
if [[ $result == none && ! -s $work/probe.log ]]; then
    # Not even the probe unit started: this machine cannot run systemd in a namespace (no
    # unshare rights, no cgroup2). Nothing was learnt about the unit; say so (exit 77 = skip).
    echo "check-unit-sandbox: cannot start systemd in a namespace here; not checked" >&2
    tail -20 "$work/systemd.log" >&2 || true
    exit 77
fi
grep -E '^(probe:|FAIL|Totals|QFATAL)' "$work/probe.log" 2>/dev/null || true
echo "probe unit result: $result; WebEngine processes seen in a user namespace of their own: $sandboxed"
if [[ $result != "success 0" || $sandboxed -ne 1 ]] || ! grep -q '^Totals: .* 0 failed' "$work/probe.log"; then
    echo "check-unit-sandbox: FAILED; the end of the probe's log:" >&2
    tail -40 "$work/probe.log" >&2 || true
    tail -20 "$work/systemd.log" >&2 || true
    exit 1
fi
echo "check-unit-sandbox: the WebEngine sandbox runs under $(basename "$unit")'s hardening"
