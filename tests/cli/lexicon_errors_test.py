#!/usr/bin/env python3
"""A bad --lexicons directory: exit 2 and one exact `file:line: message` on
stderr, never a crash or a hang (CTest lexicon_errors; docs/reliability.md).

    python3 tests/cli/lexicon_errors_test.py path/to/warta

Each case builds a directory under a temporary cwd and runs both
`warta lexicons --lexicons DIR` and `warta extract --lexicons DIR`.
"""
import os
import stat
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
# The line of "Jl." in the embedded name_stopwords.tsv (it moves as the file grows).
LEXICONS = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "lexicons")
JL_LINE = next(str(i) for i, line in
               enumerate(open(os.path.join(LEXICONS, "name_stopwords.tsv"), encoding="utf-8"), 1)
               if line.startswith("Jl.\t"))
ABBR = "abbreviation\tfinal\texpansion\n"  # the header of lexicons/abbreviations.tsv


def write(path, data):
    if os.path.dirname(path):
        os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "wb") as f:
        f.write(data.encode() if isinstance(data, str) else data)


def setup_cases(root_is_root):
    """(name, setup function, expected exit code, expected stderr)."""
    cases = [
        ("nonexistent dir", lambda: None, 2, "warta: nope: no such directory\n"),
        ("a file instead of a dir", lambda: write("afile", "x"), 2,
         "warta: afile: not a directory\n"),
        ("empty file", lambda: write("d/abbreviations.tsv", ""), 2,
         "warta: d/abbreviations.tsv:1: empty file (expected a header line)\n"),
        ("comments only", lambda: write("d/abbreviations.tsv", "# a\n# b\n\n"), 2,
         "warta: d/abbreviations.tsv:3: no header line\n"),
        ("header only is an empty lexicon", lambda: write("d/outlets.tsv", "# c\nname\tcanonical\n"),
         0, ""),
        ("other lexicons need the abbreviations they use",
         lambda: write("d/abbreviations.tsv", "# c\n" + ABBR), 2,
         "warta: lexicons/name_stopwords.tsv:" + JL_LINE + ": expected one word, but 'Jl.' is 2 tokens "
         "(a word ending in '.' must be in abbreviations.tsv)\n"),
        ("row with too few columns", lambda: write("d/abbreviations.tsv", ABBR + "Kab.\tno\n"), 2,
         "warta: d/abbreviations.tsv:2: expected 3 columns, got 2\n"),
        ("row with too many columns",
         lambda: write("d/abbreviations.tsv", "# c\n" + ABBR + "Kab.\tno\tKabupaten\tx\n"), 2,
         "warta: d/abbreviations.tsv:3: expected 3 columns, got 4\n"),
        ("header lacks a column", lambda: write("d/abbreviations.tsv", "abbreviation\texpansion\n"),
         2, "warta: d/abbreviations.tsv:1: header lacks required column 'final'\n"),
        ("bad value", lambda: write("d/abbreviations.tsv", ABBR + "Kab.\tyes\tx\n"), 2,
         "warta: d/abbreviations.tsv:2: final must be 'no' or 'maybe', got 'yes'\n"),
        ("bad RE2 pattern",
         lambda: write("d/boilerplate.tsv", "pattern\tkind\tmatch\nBaca (\tread_also\tregex\n"), 2,
         "warta: d/boilerplate.tsv:2: bad RE2 pattern: missing ): Baca (\n"),
        ("huge RE2 pattern",
         lambda: write("d/boilerplate.tsv", "pattern\tkind\tmatch\n((a{1000}){1000}){1000}\t"
                       "read_also\tregex\n"), 2,
         "warta: d/boilerplate.tsv:2: bad RE2 pattern: invalid repetition size: {1000}\n"),
        ("duplicate header column",
         lambda: write("d/abbreviations.tsv", "abbreviation\tfinal\tfinal\n"), 2,
         "warta: d/abbreviations.tsv:1: duplicate column 'final' in header\n"),
        ("field with spaces", lambda: write("d/abbreviations.tsv", ABBR + "Kab. \tno\tx\n"), 2,
         "warta: d/abbreviations.tsv:2: field 1 has leading or trailing spaces\n"),
        ("bad UTF-8", lambda: write("d/abbreviations.tsv", ABBR.encode() + b"Kab.\tno\tKab\xffx\n"),
         2, "warta: d/abbreviations.tsv:2: invalid UTF-8 at column 12\n"),
        ("NUL byte", lambda: write("d/abbreviations.tsv", ABBR + "Ka\0b.\tno\tx\n"), 2,
         "warta: d/abbreviations.tsv:2: control character U+0000 at column 3\n"),
        ("lone CR", lambda: write("d/abbreviations.tsv", ABBR + "Kab.\tno\tx\ry\n"), 2,
         "warta: d/abbreviations.tsv:2: control character U+000D at column 10\n"),
        ("binary file", lambda: write("d/abbreviations.tsv", bytes(range(256)) * 8), 2,
         "warta: d/abbreviations.tsv:2: invalid UTF-8 at column 118\n"),
        ("binary file, valid UTF-8", lambda: write("d/abbreviations.tsv", bytes(range(128)) * 8), 2,
         "warta: d/abbreviations.tsv:1: control character U+0000 at column 1\n"),
        ("unknown lexicon name", lambda: write("d/judul.tsv", "a\n"), 2,
         "warta: d/judul.tsv: unknown lexicon (no embedded judul.tsv to override)\n"),
        ("other files are ignored", lambda: write("d/README.md", "\xff\0"), 0, ""),
        ("a directory named like a lexicon", lambda: os.makedirs("d/abbreviations.tsv"), 2,
         "warta: d/abbreviations.tsv: not a regular file\n"),
        ("dangling symlink", lambda: (os.makedirs("d"), os.symlink("/nonexistent/x",
                                                                    "d/abbreviations.tsv")), 2,
         "warta: d/abbreviations.tsv: cannot read: No such file or directory\n"),
        ("symlink to /dev/zero", lambda: (os.makedirs("d"), os.symlink("/dev/zero",
                                                                        "d/abbreviations.tsv")),
         2, "warta: d/abbreviations.tsv: not a regular file\n"),
        ("a FIFO", lambda: (os.makedirs("d"), os.mkfifo("d/abbreviations.tsv")), 2,
         "warta: d/abbreviations.tsv: not a regular file\n"),
        ("empty directory", lambda: os.makedirs("d"), 0, ""),
    ]
    if not root_is_root:  # root reads anything, so this case needs another user
        def unreadable():
            write("d/abbreviations.tsv", ABBR)
            os.chmod("d/abbreviations.tsv", 0)
        cases.append(("unreadable file", unreadable, 2,
                      "warta: d/abbreviations.tsv: cannot read: Permission denied\n"))
    return cases


def main():
    warta = os.path.abspath(sys.argv[1])
    failures = 0
    total = 0
    is_root = os.geteuid() == 0
    for name, setup, want_code, want_err in setup_cases(is_root):
        with tempfile.TemporaryDirectory(prefix="warta-lex-") as d:
            os.chdir(d)
            setup()
            lexdir = "afile" if name.startswith("a file") else "nope" if "nonexistent" in name \
                else "d"
            for cmd in (["lexicons"], ["extract", "-"]):
                total += 1
                try:
                    p = subprocess.run([warta] + cmd + ["--lexicons", lexdir],
                                       input=b'{"id":"a","text":"Wali Kota Bogor hadir."}\n',
                                       capture_output=True, timeout=30)
                except subprocess.TimeoutExpired:
                    print(f"FAIL {name} ({cmd[0]}): hung")
                    failures += 1
                    continue
                err = p.stderr.decode(errors="replace")
                ok = p.returncode == want_code and (err == want_err or (want_code == 0 and
                                                                        not err))
                if want_code == 0 and cmd[0] == "extract":
                    ok = ok and b'"status":"ok"' in p.stdout
                if not ok:
                    failures += 1
                    print(f"FAIL {name} ({cmd[0]}): exit {p.returncode} (want {want_code}), "
                          f"stderr {err!r} (want {want_err!r})")
            os.chdir("/")
    # Header-only overrides of every lexicon: empty lexicons, warta still runs.
    with tempfile.TemporaryDirectory(prefix="warta-lex-") as d:
        p = subprocess.run([warta, "lexicons"], capture_output=True, text=True)
        for line in p.stdout.splitlines():
            name = line.split("\t")[0]
            src = os.path.join(HERE, "..", "..", "lexicons", name)
            with open(src, encoding="utf-8") as f:
                header = next(l for l in f if l.strip() and not l.startswith("#"))
            write(os.path.join(d, name), header)
        total += 1
        p = subprocess.run([warta, "extract", "--lexicons", d, "-"],
                           input=b'{"id":"a","text":"Wali Kota Bogor hadir."}\n',
                           capture_output=True, timeout=30)
        if p.returncode != 0 or b'"status":"ok"' not in p.stdout:
            failures += 1
            print(f"FAIL header-only lexicons: exit {p.returncode} {p.stderr[:300]!r}")
    print(f"lexicon_errors: {total - failures}/{total} passed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
