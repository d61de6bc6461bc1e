#!/bin/sh
# Packs the warta binary with the shared libraries it needs (ICU with its
# data, RE2, libarchive and its codecs, gumbo, libstdc++; not glibc) into one
# relocatable tarball for cluster nodes that do not have them installed:
#
#   scripts/bundle.sh [build/warta] [warta-bundle.tar.gz]
#   tar xzf warta-bundle.tar.gz && warta-bundle/warta extract ...
#
# The lexicons are embedded in the binary, so nothing else is needed. The
# nodes need a glibc at least as new as the build machine's (build on the
# oldest distribution the cluster runs).
set -eu
bin=${1:-build/warta}
out=${2:-warta-bundle.tar.gz}
[ -x "$bin" ] || { echo "bundle.sh: no executable at $bin (build first)" >&2; exit 2; }
command -v ldd >/dev/null || { echo "bundle.sh: ldd not found" >&2; exit 2; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/warta-bundle/bin" "$work/warta-bundle/lib"
cp "$bin" "$work/warta-bundle/bin/warta"
# Every resolved library except the C runtime, which must come from the node.
ldd "$bin" | awk '/=> \// { print $3 }' | while read -r lib; do
  case $(basename "$lib") in
    libc.so*|libm.so*|libpthread.so*|libdl.so*|librt.so*|ld-linux*) ;;
    *) cp -L "$lib" "$work/warta-bundle/lib/" ;;
  esac
done
cat > "$work/warta-bundle/warta" <<'WRAPPER'
#!/bin/sh
here=$(cd "$(dirname "$0")" && pwd)
LD_LIBRARY_PATH="$here/lib${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}" exec "$here/bin/warta" "$@"
WRAPPER
chmod +x "$work/warta-bundle/warta"
tar -C "$work" -czf "$out" warta-bundle
echo "bundle.sh: wrote $out ($(du -h "$out" | cut -f1))"
