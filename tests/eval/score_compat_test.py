#!/usr/bin/env python3
"""`warta eval` and ../shared/tools/score.py must agree on the same files.

usage: score_compat_test.py WARTA SCORE_PY FIXTURES [CORPUS_GOLD_DIR]

Compares the lenient numbers (tp/fp/fn exactly; precision, recall, F1,
attribute accuracy and macro F1 to score.py's 3 decimals) on:
  - the hand-written fixture pairs in FIXTURES (gold/ + pred.jsonl),
  - predictions derived from the fixture gold by seeded perturbations that
    exercise every matching rule (renamed, shifted, dropped, invented and
    re-attributed entities), and
  - the same perturbations of the corpus gold, when CORPUS_GOLD_DIR exists.
"""
import copy
import json
import os
import random
import subprocess
import sys
import tempfile

SCORE_TYPES = ["officials", "agencies", "awards", "dates", "scores"]
failures = []


def run_json(cmd):
    p = subprocess.run(cmd, capture_output=True, text=True)
    if p.returncode != 0:
        raise SystemExit(f"FAIL: {' '.join(cmd)} exited {p.returncode}: {p.stderr}")
    return json.loads(p.stdout)


def close(a, b):
    if a is None or b is None:
        return a is None and b is None
    return abs(a - b) <= 0.0005 + 1e-9


def compare(label, warta, score_py, gold, pred):
    ours = run_json([warta, "eval", "--json", gold, pred])
    theirs = run_json([sys.executable, score_py, gold, pred, "--json"])
    if ours["articles"] != theirs["articles"]:
        failures.append(f"{label}: articles {ours['articles']} != {theirs['articles']}")
    if sorted(ours["missing_predictions"]) != sorted(theirs["missing_predictions"]):
        failures.append(f"{label}: missing_predictions differ")
    if not close(ours["macro_f1"]["lenient"], theirs["macro_f1"]):
        failures.append(f"{label}: macro F1 {ours['macro_f1']['lenient']} != {theirs['macro_f1']}")
    for t in SCORE_TYPES:
        o, s = ours["types"][t], theirs["types"][t]
        for k in ("tp", "fp", "fn"):
            if o["lenient"][k] != s[k]:
                failures.append(f"{label}: {t}.{k} {o['lenient'][k]} != {s[k]}")
        for k in ("precision", "recall", "f1"):
            if not close(o["lenient"][k], s[k]):
                failures.append(f"{label}: {t}.{k} {o['lenient'][k]} != {s[k]}")
        for a, v in s["attributes"].items():
            if a not in o["attributes"]:
                failures.append(f"{label}: {t}.attr.{a} missing")
            elif not close(o["attributes"][a]["accuracy"], v):
                failures.append(f"{label}: {t}.attr.{a} {o['attributes'][a]['accuracy']} != {v}")
    return ours


# Unicode variants too: NFKC turns the fullwidth "Ｈ．" into "H.", and NBSP is
# white space for Python's split() but not for a naive one.
HONORIFIC_FORMS = ["H. ", "Hj. ", "Dr. ", "Ir. H. ", "Bapak ", "Prof. Dr. ", "\uff28\uff0e ",
                   "H.\u00a0", "DR(HC) ", "..Drs.. "]
DEGREES = [", S.T.", ", M.Si.", ", S.H., M.H.", ", S.Sos"]


def perturb_entity(kind, e, rng):
    """One predicted entity derived from gold entity e, right or slightly wrong."""
    e = copy.deepcopy(e)
    r = rng.random()
    if kind == "officials" and e.get("name"):
        toks = e["name"].split()
        if r < 0.2:
            e["name"] = rng.choice(HONORIFIC_FORMS) + e["name"] + rng.choice(DEGREES)
        elif r < 0.35 and len(toks) > 2:
            e["name"] = " ".join(toks[1:])  # contained name (>= 2 tokens)
        elif r < 0.45:
            e["name"] = toks[-1]  # a short name: only a mention overlap can match
        elif r < 0.55:
            e["name"] = e["name"].upper()
        elif r < 0.6:
            e["name"] = e["name"].replace(" ", "\u00a0", 1).replace("a", "\u00e1", 1)
        if rng.random() < 0.3:
            e["title"] = rng.choice(["Wali Kota", "Bupati", "Kepala Dinas", None, e.get("title")])
        if rng.random() < 0.3:
            e["jurisdiction"] = rng.choice([None, {"name": "Indonesia"}, "RI",
                                            {"name": "Kota Lain"}, e.get("jurisdiction")])
    elif kind in ("agencies", "awards"):
        if r < 0.25:
            e["name"] = (e.get("name") or "") + " " + rng.choice(["Baru", "Tahun 2023", "RI"])
        elif r < 0.4:
            e["mentions"] = []  # only the name (or acronym) can match
        elif r < 0.5:
            e["name"] = "Lembaga Lain"  # only a mention can match
        elif r < 0.55:
            e["name"] = (e.get("name") or "").replace(" ", "-").upper()  # same folded name
        if kind == "agencies" and rng.random() < 0.3:
            e["acronym"] = rng.choice([None, "XYZ", (e.get("acronym") or "").lower()])
        if kind == "awards" and rng.random() < 0.4:
            e["rank"] = rng.choice([None, 1, 2, 3.0])
            e["year"] = rng.choice([None, 2022, e.get("year")])
            e["score"] = rng.choice([None, 90, "98.78", "98,78", e.get("score")])
            e["giver"] = rng.choice([None, {"name": "BPK"}, "Kementerian", e.get("giver")])
    if kind in ("dates", "scores") or (kind in ("agencies", "awards", "officials") and r > 0.8):
        shift = rng.choice([0, 0, 1, -2, 5, 40])
        if isinstance(e.get("start"), int):
            e["start"] += shift
            e["end"] += shift
        for m in e.get("mentions") or []:
            m["start"] += shift
            m["end"] += shift
        if kind == "dates" and rng.random() < 0.3:
            e["value"] = rng.choice([None, "2021", "XXXX-12-29"])
        if kind == "scores" and rng.random() < 0.3:
            e["value"] = rng.choice([None, 98.78, "12,5", 0])
    return e


def perturb_record(rec, rng):
    out = {"id": rec["id"], "status": "ok"}
    for kind in SCORE_TYPES + ["counts", "quotes"]:
        ents = []
        for e in rec.get(kind) or []:
            if rng.random() < 0.2:
                continue  # a miss
            ents.append(perturb_entity(kind, e, rng))
            if rng.random() < 0.1:
                ents.append(perturb_entity(kind, e, rng))  # a duplicate: a false hit at best
        if rng.random() < 0.3:
            ents.append({"name": "Orang Lain", "start": 1, "end": 3, "text": "ra",
                         "mentions": [{"start": 1, "end": 3, "text": "ra"}]})
        if kind == "officials" and rng.random() < 0.2:
            ents.append({"name": "", "mentions": []})  # no name: not scored
        rng.shuffle(ents)
        out[kind] = ents
    return out


def load_gold_dir(d):
    return [json.load(open(os.path.join(d, f), encoding="utf-8"))
            for f in sorted(os.listdir(d)) if f.endswith(".json")]


def perturbed_runs(label, warta, score_py, gold_dir, seeds):
    golds = load_gold_dir(gold_dir)
    with tempfile.TemporaryDirectory() as tmp:
        for seed in seeds:
            rng = random.Random(seed)
            pred = os.path.join(tmp, "pred.jsonl")
            with open(pred, "w", encoding="utf-8") as f:
                for g in golds:
                    if rng.random() < 0.05:
                        continue  # an article without a prediction
                    f.write(json.dumps(perturb_record(g, rng), ensure_ascii=False) + "\n")
            compare(f"{label} seed {seed}", warta, score_py, gold_dir, pred)


def main():
    if len(sys.argv) < 4:
        print(__doc__, file=sys.stderr)
        return 2
    warta, score_py, fixtures = sys.argv[1:4]
    corpus_gold = sys.argv[4] if len(sys.argv) > 4 else None
    if not os.path.exists(score_py):
        print(f"SKIP: {score_py} not found")
        return 0
    gold_dir = os.path.join(fixtures, "gold")
    compare("fixtures", warta, score_py, gold_dir, os.path.join(fixtures, "pred.jsonl"))
    perturbed_runs("fixtures", warta, score_py, gold_dir, range(20))
    runs = 21
    if corpus_gold and os.path.isdir(corpus_gold):
        perturbed_runs("corpus", warta, score_py, corpus_gold, range(5))
        runs += 5
    else:
        print("corpus gold absent: compared on fixtures only")
    for f in failures:
        print("FAIL:", f)
    print(f"{runs} runs compared, {len(failures)} disagreements")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
