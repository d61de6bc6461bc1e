#!/usr/bin/env python3
"""Fills in the start/end offsets of a hand-written gold file.

usage: scripts/locate-spans.py ARTICLE.txt GOLD.json [--check]

Annotators write each span's "text" (and, where the text occurs more than
once, an approximate "start" or an "occurrence": N, 1-based); this script
finds the text in the article and writes exact code point offsets back into
GOLD.json, so that text[start:end] == text holds for every span. A span whose
text is not found, or that is ambiguous without a hint, is reported with its
JSON path and the file is left unchanged (exit 1). With --check nothing is
written: the exit status says whether every span already matches.
"""
import json
import sys


def spans(node, path="$"):
    """Every object carrying a "text" string with span semantics, with its path."""
    if isinstance(node, dict):
        if isinstance(node.get("text"), str) and ("start" in node or "end" in node
                                                  or "occurrence" in node):
            yield path, node
        for k, v in node.items():
            if k != "meta":
                yield from spans(v, f"{path}.{k}")
    elif isinstance(node, list):
        for i, v in enumerate(node):
            yield from spans(v, f"{path}[{i}]")


def occurrences(text, needle):
    out, i = [], text.find(needle)
    while i >= 0:
        out.append(i)
        i = text.find(needle, i + 1)
    return out


def main(argv):
    if len(argv) < 3:
        print(__doc__, file=sys.stderr)
        return 2
    article = open(argv[1], encoding="utf-8").read()
    gold_path = argv[2]
    gold = json.load(open(gold_path, encoding="utf-8"))
    check_only = "--check" in argv
    errors, changed = [], 0
    for path, s in spans(gold):
        t = s["text"]
        start, end = s.get("start"), s.get("end")
        if isinstance(start, int) and isinstance(end, int) and article[start:end] == t:
            s.pop("occurrence", None)
            continue
        if check_only:
            errors.append(f"{path}: text[{start}:{end}] != {t!r}")
            continue
        found = occurrences(article, t)
        if not found:
            errors.append(f"{path}: {t!r} not in the article")
            continue
        if "occurrence" in s:
            n = s["occurrence"]
            if not (isinstance(n, int) and 1 <= n <= len(found)):
                errors.append(f"{path}: occurrence {n} of {len(found)}")
                continue
            pick = found[n - 1]
        elif len(found) == 1:
            pick = found[0]
        elif isinstance(start, int):
            pick = min(found, key=lambda i: abs(i - start))
        else:
            errors.append(f"{path}: {t!r} occurs {len(found)} times at {found}; give a start or "
                          "an occurrence")
            continue
        s.pop("occurrence", None)
        s["start"], s["end"] = pick, pick + len(t)
        changed += 1
    for e in errors:
        print(f"{gold_path}: {e}", file=sys.stderr)
    if errors:
        return 1
    if changed and not check_only:
        with open(gold_path, "w", encoding="utf-8") as f:
            json.dump(gold, f, ensure_ascii=False, indent=1)
            f.write("\n")
        print(f"{gold_path}: {changed} spans located")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
