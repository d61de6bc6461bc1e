#!/usr/bin/env python3
"""The corpus gate: `warta eval --corpus CORPUS --thresholds THRESHOLDS`.

usage: eval_corpus_test.py WARTA CORPUS_DIR THRESHOLDS

Runs the extractor over the corpus and fails (exit 1, naming each metric)
when any metric falls below its floor in THRESHOLDS. Exit 77 (CTest
"skipped") with a message when CORPUS_DIR/articles is absent.
"""
import os
import subprocess
import sys


def main(argv):
    if len(argv) != 4:
        print(__doc__, file=sys.stderr)
        return 2
    warta, corpus, thresholds = argv[1:]
    if not os.path.isdir(os.path.join(corpus, "articles")):
        print(f"SKIP: no corpus at {corpus}/articles; nothing to evaluate")
        return 77
    cmd = [warta, "eval", "--corpus", corpus, "--thresholds", thresholds]
    print("$", " ".join(cmd), flush=True)
    return subprocess.run(cmd).returncode


if __name__ == "__main__":
    sys.exit(main(sys.argv))
