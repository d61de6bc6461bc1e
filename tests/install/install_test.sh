#!/usr/bin/env bash
# Installs the built tree into a temporary prefix, builds tests/install/consumer
# against it with find_package(warta), and runs both the consumer and the
# installed binary.
set -euo pipefail
build=$1
cxx_flags=${2:-}  # compiler flags of the consumer (the sanitizers of a sanitized build)
src=$(cd "$(dirname "$0")" && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cmake --install "$build" --prefix "$tmp/prefix" >/dev/null
cmake -S "$src/consumer" -B "$tmp/consumer" -DCMAKE_PREFIX_PATH="$tmp/prefix" \
  -DCMAKE_CXX_FLAGS="$cxx_flags" -DCMAKE_EXE_LINKER_FLAGS="$cxx_flags" >/dev/null
cmake --build "$tmp/consumer" >/dev/null
out=$("$tmp/consumer/consumer")
echo "$out" | grep -q '"id":"konsumen","status":"ok"' || { echo "consumer output: $out"; exit 1; }
echo "$out" | grep -q '"outlet":"ANTARA"' || { echo "consumer output: $out"; exit 1; }
echo '{"id":"x","text":"halo"}' | "$tmp/prefix/bin/warta" extract | grep -q '"status":"ok"'
echo "install: find_package(warta) consumer and installed binary work"
