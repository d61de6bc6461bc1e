#!/usr/bin/env bash
# Second README command (and the whole of CI): installs what is missing,
# builds, and runs the whole test suite with CTest; then the same suite under
# AddressSanitizer + UndefinedBehaviorSanitizer, and every fuzz target for a
# short time. WARTA_QUICK=1 runs the first part only (for local iteration).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
"$root/scripts/setup.sh"
"$root/scripts/build.sh"
(cd "$root/build" && ctest --output-on-failure -j "$(nproc)")
if [ "${WARTA_QUICK:-0}" = 1 ]; then
  exit 0
fi
echo "== ASan + UBSan" >&2
"$root/scripts/test-sanitize.sh" -j "$(nproc)"
echo "== fuzzing, ${WARTA_FUZZ_SECONDS:-30} s per target" >&2
"$root/scripts/fuzz.sh" "${WARTA_FUZZ_SECONDS:-30}"
