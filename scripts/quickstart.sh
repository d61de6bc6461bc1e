#!/usr/bin/env bash
# First README command: installs what is missing, builds, and runs
# `warta extract` on the bundled corpus, printing one JSON object per article.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
"$root/scripts/setup.sh"
"$root/scripts/build.sh" >&2
shopt -s nullglob
articles=("$root"/corpus/articles/*.txt)
if [ ${#articles[@]} -eq 0 ]; then
  echo "quickstart: no corpus/articles/*.txt found" >&2
  exit 2
fi
"$root/build/warta" extract "${articles[@]}"
