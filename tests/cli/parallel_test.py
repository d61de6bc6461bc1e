#!/usr/bin/env python3
"""The cluster recipe in miniature (docs/cluster.md): warta as a streaming
mapper under GNU parallel --pipe --keep-order, with the input split into
blocks, must give output byte-identical to one process over the whole input.

Usage: parallel_test.py path/to/warta
"""
import os
import shutil
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import corpus_gen  # noqa: E402


def main():
    warta = os.path.abspath(sys.argv[1])
    parallel = shutil.which("parallel")
    if not parallel:
        print("GNU parallel is not installed (Debian package 'parallel')")
        return 1
    tmp = tempfile.mkdtemp(prefix="warta_parallel_test_")
    try:
        src = os.path.join(tmp, "input.jsonl")
        # ~8,000 original articles, every 101st an error record with an id.
        with open(src, "w", encoding="utf-8") as f:
            for line in corpus_gen.jsonl_lines(8000, seed=21, broken_every=101):
                f.write(line + "\n")
        size = os.path.getsize(src)
        if size < 4 << 20:
            print("input too small for a multi-block test: %d bytes" % size)
            return 1
        with open(src, "rb") as f:
            single = subprocess.run([warta, "extract", "--threads", "1", "-"], stdin=f,
                                    capture_output=True)
        if single.returncode not in (0, 1) or single.stderr:
            print("single run failed: %d %r" % (single.returncode, single.stderr[:500]))
            return 1
        with open(src, "rb") as f:
            split = subprocess.run(
                [parallel, "--will-cite", "--pipe", "--keep-order", "--block", "512k", "-j", "2",
                 warta, "extract", "--threads", "1", "-"],
                stdin=f, capture_output=True)
        blocks = -(-size // (512 << 10))
        lines = single.stdout.count(b"\n")
        print("input %d bytes in ~%d blocks; %d output lines; parallel exit %d"
              % (size, blocks, lines, split.returncode))
        if lines != 8000:
            print("FAIL: expected 8000 output lines")
            return 1
        if split.stdout != single.stdout:
            a, b = single.stdout.splitlines(), split.stdout.splitlines()
            diff = next((i for i, (x, y) in enumerate(zip(a, b)) if x != y), min(len(a), len(b)))
            print("FAIL: split output differs from the single run at line %d (%d vs %d lines)"
                  % (diff + 1, len(a), len(b)))
            print(split.stderr.decode("utf-8", "replace")[:1000])
            return 1
        print("OK: byte-identical")
        return 0
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
