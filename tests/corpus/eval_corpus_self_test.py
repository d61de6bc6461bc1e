#!/usr/bin/env python3
"""Sanity of the evaluation on the real corpus gold.

usage: eval_corpus_self_test.py WARTA CORPUS_DIR

  - gold against itself: precision, recall and F1 are 1 for every type under
    both lenient and strict matching, and every attribute accuracy is 1;
  - gold against an empty prediction file: recall 0 (and no true positive)
    for every type, every article listed as missing.
Exit 77 (CTest "skipped") when CORPUS_DIR/gold is absent.
"""
import json
import os
import subprocess
import sys
import tempfile


def run_json(cmd):
    p = subprocess.run(cmd, capture_output=True, text=True)
    if p.returncode != 0:
        raise SystemExit(f"FAIL: {' '.join(cmd)} exited {p.returncode}: {p.stderr}")
    return json.loads(p.stdout)


def main(argv):
    if len(argv) != 3:
        print(__doc__, file=sys.stderr)
        return 2
    warta, corpus = argv[1:]
    gold_dir = os.path.join(corpus, "gold")
    if not os.path.isdir(gold_dir):
        print(f"SKIP: no corpus gold at {gold_dir}")
        return 77
    problems = []
    files = sorted(f for f in os.listdir(gold_dir) if f.endswith(".json"))
    with tempfile.TemporaryDirectory() as tmp:
        same = os.path.join(tmp, "gold.jsonl")
        with open(same, "w", encoding="utf-8") as out:
            for f in files:
                rec = json.load(open(os.path.join(gold_dir, f), encoding="utf-8"))
                out.write(json.dumps(rec, ensure_ascii=False) + "\n")
        empty = os.path.join(tmp, "empty.jsonl")
        open(empty, "w").close()

        r = run_json([warta, "eval", "--json", gold_dir, same])
        for t, s in r["types"].items():
            if s["gold"] == 0:
                problems.append(f"gold vs gold: the corpus has no {t}")
            for rule in ("lenient", "strict"):
                for k in ("precision", "recall", "f1"):
                    if s[rule][k] != 1:
                        problems.append(f"gold vs gold: {t}.{rule}.{k} = {s[rule][k]}")
            for a, v in s["attributes"].items():
                if v["accuracy"] != 1:
                    problems.append(f"gold vs gold: {t}.attr.{a} = {v['accuracy']}")
        for rule in ("lenient", "strict"):
            if r["macro_f1"][rule] != 1:
                problems.append(f"gold vs gold: macro {rule} F1 = {r['macro_f1'][rule]}")

        r = run_json([warta, "eval", "--json", gold_dir, empty])
        for t, s in r["types"].items():
            if s["lenient"]["recall"] != 0 or s["lenient"]["tp"] != 0 or s["strict"]["tp"] != 0:
                problems.append(f"gold vs empty: {t} recall {s['lenient']['recall']}")
            if s["lenient"]["fn"] != s["gold"]:
                problems.append(f"gold vs empty: {t} fn {s['lenient']['fn']} != gold {s['gold']}")
        if len(r["missing_predictions"]) != len(files):
            problems.append("gold vs empty: not every article listed as missing")
    for p in problems:
        print("FAIL:", p)
    print(f"{len(files)} gold files; gold vs gold and gold vs empty: {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
