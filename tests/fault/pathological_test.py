#!/usr/bin/env python3
"""Pathological articles run in linear time (CTest pathological_time;
docs/architecture.md, "Time and memory bounds").

    python3 tests/fault/pathological_test.py path/to/warta [PATTERN...]

Each pattern is repeated into an article just under the default
--max-article-bytes (8 MiB) and into one of 1 MiB. The 8 MiB article must be
processed (status ok) within BOUND seconds of CPU time (default
10, times WARTA_TIME_SCALE, e.g. 5 under sanitizers), and must not take more than 20
times as long as the 1 MiB one: linear work gives ~8x, quadratic work ~64x.
A quadratic step anywhere in the pipeline fails this test, and so does a
peak RSS over 1 GiB (memory per worker is linear in the article size).
"""
import json
import os
import resource
import subprocess
import sys
import tempfile

MIB = 1 << 20
LIMIT = 8 * MIB - 64  # just under the default --max-article-bytes

# name -> the unit repeated to fill the article (all original text).
PATTERNS = {
    "giant_token": "a",
    "commas": ",",
    "comma_words": "Kota,",
    "kota_repeat": "Kota ",
    "caps_repeat": "KOTA BOGOR ",
    "one_line": "Warga membersihkan selokan di Kab. Bogor pada Senin (3/1/2022) pagi. ",
    "many_lines": "Hujan turun.\n",
    "newlines": "\n",
    "cr_only": "\r",
    "paragraphs": "Pasar ramai.\n\n",
    "digits": "1",
    "numbers": "98,78 ",
    "dates": "Senin (29/12) ",
    "ordinals": "ke-71 ",
    "abbreviations": "Kab. ",
    "degrees": "Dr. H. Ahmad, S.Sos., M.Si., ",
    "quotes": "\"",
    "quoted_words": "\"kata\" ",
    "parens": "(",
    "hyphens": "-",
    "dots": ".",
    "nbsp": "\u00a0",
    "zero_width": "\u200b",
    "boilerplate": "Baca juga: Harga cabai naik\n",
    "dateline": "JAKARTA, KOMPAS.com - ",
    # One base letter with an endless run of combining marks of two classes
    # (230 and 220): canonical reordering in NFC is an insertion sort.
    "combining_marks": "\u0301\u0316",
    "decomposed": "e\u0301",
    "cjk_emoji": "\u4e2d\U0001F600",
    # Run with REDOS_RULE added to the boilerplate lexicon (see main).
    "redos_regex_rule": "a",
    "redos_repeated_search": "b",
}


# Regex rules added to the boilerplate lexicon for the redos_* patterns: a
# catastrophic-backtracking pattern, which RE2 runs in linear time, and one
# whose every match is found only after a scan to the line's end, which made
# repeated searches quadratic (regression_regex_rule_repeated_search).
REDOS_RULE = "(a+)+$\tread_also\tregex\nb.*z|b\tread_also\tregex\n"


def redos_lexicons(d):
    here = os.path.dirname(os.path.abspath(__file__))
    with open(os.path.join(here, "..", "..", "lexicons", "boilerplate.tsv"), encoding="utf-8") as f:
        base = f.read()
    lexdir = os.path.join(d, "redos-lexicons")
    os.makedirs(lexdir, exist_ok=True)
    with open(os.path.join(lexdir, "boilerplate.tsv"), "w", encoding="utf-8") as f:
        f.write(base.rstrip("\n") + "\n" + REDOS_RULE)
    return lexdir


def make(unit, size):
    u = unit.encode()
    reps = size // len(u)
    data = u * reps
    if unit.startswith("\u0301"):
        data = b"e" + data[: size - 1 - ((size - 1) % len(u))]
    return data


def cpu_seconds():
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


def run(warta, path, timeout, extra=()):
    """CPU seconds of one run (less sensitive to a loaded machine than wall
    time) and its output record."""
    t = cpu_seconds()
    p = subprocess.run([warta, "extract", "--offsets", "utf8", *extra, path], capture_output=True,
                       timeout=timeout)
    elapsed = cpu_seconds() - t
    out = json.loads(p.stdout) if p.stdout else {}
    return elapsed, out


def main():
    warta = os.path.abspath(sys.argv[1])
    names = sys.argv[2:] or list(PATTERNS)
    scale = float(os.environ.get("WARTA_TIME_SCALE", "1"))
    bound = 10.0 * scale
    failures = 0
    with tempfile.TemporaryDirectory(prefix="warta-patho-") as d:
        for name in names:
            small_path = os.path.join(d, name + "-1m.txt")
            big_path = os.path.join(d, name + "-8m.txt")
            with open(small_path, "wb") as f:
                f.write(make(PATTERNS[name], MIB))
            with open(big_path, "wb") as f:
                f.write(make(PATTERNS[name], LIMIT))
            extra = ["--lexicons", redos_lexicons(d)] if name.startswith("redos_") else []
            try:
                t1, _ = run(warta, small_path, bound + 30, extra)
                t8, out = run(warta, big_path, bound + 30, extra)
            except subprocess.TimeoutExpired:
                print(f"FAIL {name}: timed out (> {bound + 30:.0f} s)")
                failures += 1
                continue
            ratio = t8 / t1 if t1 > 0 else 0
            status = out.get("error", {}).get("code") or out.get("status")
            ok = t8 < bound and (t8 < 0.5 or ratio < 20) and status in ("ok", "empty_text")
            print(f"{'ok  ' if ok else 'FAIL'} {name:16s} 1 MiB {t1:6.2f} s   8 MiB {t8:6.2f} s"
                  f"   x{ratio:5.1f}   {status}")
            failures += not ok
    # Memory is linear too: the worst pattern (one token per two bytes) peaks
    # at ~65x the article size. ru_maxrss is the peak over every run.
    peak_mib = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    mem_bound = 1024  # MiB for an 8 MiB article; not checked under sanitizers
    print(f"peak RSS {peak_mib:.0f} MiB (bound {mem_bound} MiB)")
    if scale == 1 and peak_mib > mem_bound:
        print("FAIL memory: peak RSS over the bound")
        failures += 1
    print(f"bound {bound:.0f} s per 8 MiB article; {failures} failures")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
