#!/usr/bin/env bash
# Builds warta and its tests with AddressSanitizer + UndefinedBehaviorSanitizer
# (-DWARTA_SANITIZE=ON, GCC) in build-asan/ and runs the whole CTest suite.
# Any ASan report, UBSan report or leak aborts the process under test and
# fails its test. Exit status: ctest's.
#
#   scripts/test-sanitize.sh            # everything
#   scripts/test-sanitize.sh -R fault   # extra arguments go to ctest
#
# Time bounds of pathological_time are multiplied by WARTA_TIME_SCALE
# (default 5 here: sanitized code is ~2-4x slower).
set -euo pipefail

cd "$(dirname "$0")/.."
build="${BUILD_DIR:-build-asan}"
jobs="$(nproc 2>/dev/null || echo 2)"

cmake -S . -B "$build" -DWARTA_SANITIZE=ON -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build "$build" -j "$jobs"

export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1:strict_string_checks=1:check_initialization_order=1:detect_stack_use_after_return=1}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}"
export WARTA_TIME_SCALE="${WARTA_TIME_SCALE:-5}"
cd "$build"
ctest --output-on-failure "$@"
