#!/usr/bin/env bash
# Builds the libFuzzer targets (fuzz/) with clang and runs each for SECONDS
# (default 30). Fails (exit 1) when any target finds a crash, a leak, a hang
# or a broken invariant; the reproducer is left in build-fuzz/artifacts/.
#
#   scripts/fuzz.sh               # CI: every target, 30 s each
#   scripts/fuzz.sh 900 pipeline  # one target for 15 min
#   nice -n 19 scripts/fuzz.sh 900 pipeline dates lexicon jsonl_reader   # the long run
#
# The working corpus grows in build-fuzz/corpus/TARGET (kept between runs);
# seeds come from fuzz/corpus/TARGET and, for the text targets, from
# corpus/articles/*.txt when the project corpus is present. Logs are in
# build-fuzz/logs/TARGET.log. Set BUILD_DIR to build elsewhere.
set -euo pipefail

cd "$(dirname "$0")/.."
seconds="${1:-30}"
shift || true
targets=("$@")
[[ ${#targets[@]} -eq 0 ]] && targets=(jsonl_reader pipeline lexicon dates)
build="${BUILD_DIR:-build-fuzz}"
jobs="$(nproc 2>/dev/null || echo 2)"

cmake -S . -B "$build" -DWARTA_FUZZ=ON -DWARTA_BUILD_TESTS=OFF \
  -DCMAKE_CXX_COMPILER="${CXX:-clang++}" -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build "$build" -j "$jobs" --target "${targets[@]/%/_fuzzer}" >/dev/null

mkdir -p "$build/logs" "$build/artifacts"
status=0
for t in "${targets[@]}"; do
  work="$build/corpus/$t"
  mkdir -p "$work"
  seeds=(fuzz/corpus/"$t")
  if [[ ($t == pipeline || $t == dates) && -d corpus/articles ]]; then
    extra="$build/seeds/$t-articles"
    mkdir -p "$extra"
    find corpus/articles -maxdepth 1 -name '*.txt' -exec cp -t "$extra" {} + 2>/dev/null || true
    seeds+=("$extra")
  fi
  log="$build/logs/$t.log"
  start=$(date +%s)
  if "$build/fuzz/${t}_fuzzer" "$work" "${seeds[@]}" -max_total_time="$seconds" -timeout=25 \
      -rss_limit_mb=4096 -print_final_stats=1 -artifact_prefix="$build/artifacts/$t-" \
      >"$log" 2>&1; then
    result=ok
  else
    result=FAILED
    status=1
  fi
  execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
  cov=$(grep -o 'cov: [0-9]*' "$log" | tail -1 || true)
  echo "fuzz $t: $result in $(( $(date +%s) - start )) s, ${execs:-?} executions, ${cov:-cov: ?}, corpus $(ls "$work" | wc -l) inputs"
  if [[ $result == FAILED ]]; then
    grep -E 'ERROR|invariant|SUMMARY|Test unit written' "$log" | head -20 || true
  fi
done
exit $status
