#!/usr/bin/env bash
# Rebuilds warta and regenerates the results section of docs/evaluation.md
# from `warta eval --corpus corpus --markdown`, so that the document shows
# exactly what the corpus run prints.
#
# usage: scripts/update-evaluation-doc.sh [CORPUS_DIR]
#   CORPUS_DIR  defaults to corpus/ (articles/*.txt + gold/*.json)
#   WARTA_BUILD_DIR  build directory (default build/)
#
# Only the text between the BEGIN/END GENERATED markers is replaced; the
# output holds nothing time-dependent, so an unchanged extractor leaves the
# file unchanged (git diff shows exactly what moved).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${WARTA_BUILD_DIR:-$root/build}
corpus=${1:-$root/corpus}
doc=$root/docs/evaluation.md
begin='<!-- BEGIN GENERATED: scripts/update-evaluation-doc.sh -->'
end='<!-- END GENERATED -->'

if [[ ! -d $corpus/articles ]]; then
  echo "update-evaluation-doc: no corpus at $corpus/articles" >&2
  exit 2
fi
grep -qF "$begin" "$doc" && grep -qF "$end" "$doc" || {
  echo "update-evaluation-doc: $doc lacks the generated-section markers" >&2
  exit 2
}
cmake -S "$root" -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build "$build" -j "$(nproc)" --target warta_cli >/dev/null

table=$(mktemp)
trap 'rm -f "$table" "$table.doc"' EXIT
{
  echo "$begin"
  echo
  echo "Output of \`warta eval --corpus corpus --markdown\`:"
  echo
  "$build/warta" eval --corpus "$corpus" --markdown
  echo
  echo "$end"
} >"$table"
awk -v begin="$begin" -v end="$end" -v table="$table" '
  $0 == begin { while ((getline line < table) > 0) print line; skip = 1; next }
  $0 == end { skip = 0; next }
  !skip { print }
' "$doc" >"$table.doc"
mv "$table.doc" "$doc"
echo "update-evaluation-doc: regenerated the results in ${doc#$root/}"
