#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
# SPDX-License-Identifier: MIT
# Fuzzes what strangers, broken servers and damaged disks can feed the kiosk (tests/fuzz) with
# libFuzzer, AddressSanitizer and UndefinedBehaviorSanitizer: clang builds the targets in
# build-fuzz/ and runs each for SECONDS (default 60).
#
#   scripts/fuzz.sh [SECONDS] [TARGET...]
#
# New inputs that reach new code are kept in build-fuzz/corpus/<target>/. A crash stops that
# target with its input in build-fuzz/crashes/; once the bug is fixed, copy the input into
# tests/fuzz/corpus/<target>/ so every CTest run (label fuzz) replays it from then on.
set -euo pipefail
CK_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
source "$CK_ROOT/scripts/deps.sh"
CK_PACKAGES+=(clang libclang-rt-14-dev)
ck_install_deps

seconds=${1:-60}
shift || true
targets=("$@")
if ((${#targets[@]} == 0)); then
    targets=(fuzz_citizen_answers fuzz_flow_file fuzz_kiosk_config fuzz_config_envelope
             fuzz_server_answer fuzz_sealed_row fuzz_xform_import fuzz_open311_discovery)
fi
build=${CIVIC_KIOSK_FUZZ_DIR:-$CK_ROOT/build-fuzz}

CC=clang CXX=clang++ cmake -S "$CK_ROOT" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DBUILD_TESTING=ON -DCK_FUZZ=ON > /dev/null
cmake --build "$build" --parallel "$(nproc)" --target "${targets[@]}"

# Qt's own libraries are not instrumented: their one-off allocations are not ours to chase.
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=0:abort_on_error=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
declare -A seeds=(
    [fuzz_flow_file]="$CK_ROOT/tests/data/flows $CK_ROOT/packaging/services"
    [fuzz_kiosk_config]="$CK_ROOT/packaging/etc"
    [fuzz_config_envelope]="$CK_ROOT/packaging/etc"
    [fuzz_xform_import]="$CK_ROOT/tests/data/xforms"
)
status=0
for t in "${targets[@]}"; do
    mkdir -p "$build/corpus/$t" "$build/crashes"
    echo "== $t: ${seconds}s"
    # shellcheck disable=SC2086 # the seed list is a word list on purpose
    if ! "$build/tests/$t" -max_total_time="$seconds" -max_len=8192 -timeout=10 \
        -rss_limit_mb=2048 -print_final_stats=1 -artifact_prefix="$build/crashes/$t-" \
        "$build/corpus/$t" "$CK_ROOT/tests/fuzz/corpus/$t" ${seeds[$t]:-} 2> "$build/$t.log"; then
        status=1
        echo "   FOUND A PROBLEM: $(ls -t "$build"/crashes/"$t"-* 2>/dev/null | head -1)"
    fi
    grep -E "^stat::number_of_executed_units|^stat::peak_rss_mb|cov: " "$build/$t.log" | tail -3
done
exit $status
