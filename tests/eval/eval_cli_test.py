#!/usr/bin/env python3
"""`warta eval` as a user runs it, on the fixtures in tests/eval/fixtures.

usage: eval_cli_test.py WARTA FIXTURES

The fixtures are three made-up articles with gold (gold/*.json, offsets into
articles/*.txt) and a hand-written pred.jsonl whose every entity exercises
one rule; the expected numbers below were worked out by hand from it (and
score.py agrees: see score_compat_test.py).
"""
import json
import os
import subprocess
import sys
import tempfile

WARTA, FIX = sys.argv[1], sys.argv[2]
GOLD, PRED = os.path.join(FIX, "gold"), os.path.join(FIX, "pred.jsonl")
failures = []


def run(args, stdin=None):
    p = subprocess.run([WARTA, "eval"] + args, input=stdin, capture_output=True, text=True)
    return p.returncode, p.stdout, p.stderr


def check(cond, msg):
    if not cond:
        failures.append(msg)


def expect_json(args):
    code, out, err = run(["--json"] + args)
    check(code == 0, f"{args}: exit {code}: {err}")
    return json.loads(out) if code == 0 else None


# --- numbers on the hand-written predictions ---------------------------------
r = expect_json([GOLD, PRED])
EXPECTED = {  # type: (lenient tp, fp, fn), (strict tp, fp, fn)
    "officials": ((4, 1, 1), (1, 4, 4)),
    "agencies": ((2, 1, 2), (1, 2, 3)),
    "awards": ((1, 0, 1), (0, 1, 2)),
    "dates": ((3, 0, 2), (1, 2, 4)),
    "scores": ((1, 0, 1), (0, 1, 2)),
    "counts": ((2, 1, 0), (1, 2, 1)),
    "quotes": ((1, 0, 0), (1, 0, 0)),
}
EXPECTED_ATTRS = {  # type.attr: (correct, total)
    "officials.title": (2, 4), "officials.jurisdiction": (2, 4), "officials.acting": (4, 4),
    "agencies.acronym": (2, 2), "agencies.kind": (1, 2),
    "awards.giver": (1, 1), "awards.recipient": (0, 1), "awards.rank": (1, 1),
    "awards.year": (0, 1), "awards.score": (1, 1),
    "dates.value": (2, 3), "dates.type": (2, 3), "scores.value": (1, 1),
    "counts.value": (2, 2), "counts.unit": (2, 2), "quotes.speaker": (1, 1),
}
check(r["articles"] == 3, "three gold articles")
check(r["missing_predictions"] == ["fx_lomba"], f"missing: {r['missing_predictions']}")
check(r["unmatched_predictions"] == ["fx_unknown"], f"unmatched: {r['unmatched_predictions']}")
check(list(r["types"]) == list(EXPECTED), f"type order {list(r['types'])}")
for t, (len_c, str_c) in EXPECTED.items():
    s = r["types"][t]
    got_l = (s["lenient"]["tp"], s["lenient"]["fp"], s["lenient"]["fn"])
    got_s = (s["strict"]["tp"], s["strict"]["fp"], s["strict"]["fn"])
    check(got_l == len_c, f"{t} lenient {got_l} != {len_c}")
    check(got_s == str_c, f"{t} strict {got_s} != {str_c}")
    tp, fp, fn = len_c
    check(abs(s["lenient"]["precision"] - tp / (tp + fp)) < 1e-9, f"{t} precision")
    check(abs(s["lenient"]["recall"] - tp / (tp + fn)) < 1e-9, f"{t} recall")
    check(s["gold"] == tp + fn and s["predicted"] == tp + fp, f"{t} gold/predicted counts")
    check(s["in_macro"] == (t not in ("counts", "quotes")), f"{t} in_macro")
for key, (c, n) in EXPECTED_ATTRS.items():
    t, a = key.split(".")
    got = r["types"][t]["attributes"][a]
    check((got["correct"], got["total"]) == (c, n), f"{key} {got} != {c}/{n}")
    check(abs(got["accuracy"] - c / n) < 1e-9, f"{key} accuracy")
f1 = lambda tp, fp, fn: 2 * tp / (2 * tp + fp + fn)
macro = sum(f1(*EXPECTED[t][0]) for t in ["officials", "agencies", "awards", "dates", "scores"]) / 5
check(abs(r["macro_f1"]["lenient"] - macro) < 1e-9, f"macro F1 {r['macro_f1']} != {macro}")
check("diff" not in r, "--json alone has no diff")

# --- --json --diff: per-article items ----------------------------------------
r = expect_json(["--diff", GOLD, PRED])
items = {d["id"]: d["items"] for d in r["diff"]}
check(set(items) == {"fx_wtp", "fx_banjir", "fx_lomba"}, "a diff entry per gold article")
misses = [i["gold"] for i in items["fx_banjir"] if i["kind"] == "miss"]
check(any(m.startswith('"Agus Salim" @') for m in misses), f"Agus Salim missed: {misses}")
hits = [i["pred"] for i in items["fx_banjir"] if i["kind"] == "false_hit"]
check(any(h.startswith('"Warga"') for h in hits), f"Warga a false hit: {hits}")
attrs = [i for i in items["fx_wtp"] if i["kind"] == "attribute" and i["attribute"] == "title"]
check(len(attrs) == 1 and attrs[0]["gold_value"] == '"Sekretaris Daerah"' and
      attrs[0]["pred_value"] == '"Sekda"', f"Dewi's title disagreement: {attrs}")

# --- text, diff, markdown, metrics -------------------------------------------
code, out, err = run([GOLD, PRED])
check(code == 0, f"text: exit {code}")
check("officials       5      5   0.800  0.800  0.800  4/1/1" in out, f"text table:\n{out}")
check("1 without a prediction" in out, "text names the missing prediction")
code, out, err = run(["--diff", GOLD, PRED])
check('  officials  miss       "Agus Salim" @230 "Camat Sungai Lebar Agus Salim"' in out,
      f"diff miss line:\n{out}")
check("== fx_lomba  (no prediction)" in out, "diff shows the article without prediction")
check('officials  false hit  "Warga" @92 "warga"' in out, "diff false hit line")
check("3 of 3 articles differ" in out and "macro F1" in out, "diff then the table")
code, out, err = run(["--markdown", GOLD, PRED])
check(code == 0 and "| officials | 5 | 5 | 0.800 | 0.800 | 0.800 | 4/1/1 |" in out,
      f"markdown:\n{out}")
check("| officials | title | 0.500 | 2 / 4 |" in out, "markdown attribute table")
code, out, err = run(["--metrics", GOLD, PRED])
lines = out.splitlines()
check(lines[0] == "metric\tvalue" and "officials.lenient.f1\t0.800" in lines, "metrics")

# --- gold against itself and against nothing ---------------------------------
with tempfile.TemporaryDirectory() as tmp:
    gold_jsonl = os.path.join(tmp, "gold.jsonl")
    with open(gold_jsonl, "w", encoding="utf-8") as f:
        for name in sorted(os.listdir(GOLD)):
            f.write(json.dumps(json.load(open(os.path.join(GOLD, name), encoding="utf-8")),
                               ensure_ascii=False) + "\n")
    r = expect_json([GOLD, gold_jsonl])
    for t, s in r["types"].items():
        for rule in ("lenient", "strict"):
            check(s[rule]["f1"] == 1 and s[rule]["precision"] == 1 and s[rule]["recall"] == 1,
                  f"gold vs gold {t} {rule}")
        for a, v in s["attributes"].items():
            check(v["accuracy"] == 1, f"gold vs gold {t}.{a} = {v['accuracy']}")
    # GOLD as a .jsonl and as one .json file; PRED from stdin
    r = expect_json([gold_jsonl, gold_jsonl])
    check(r["articles"] == 3 and r["macro_f1"]["lenient"] == 1, "gold as .jsonl")
    r = expect_json([os.path.join(GOLD, "fx_wtp.json"), PRED])
    check(r["articles"] == 1 and r["types"]["officials"]["lenient"]["tp"] == 2, "one gold file")
    code, out, err = run(["--json", GOLD, "-"], stdin=open(PRED, encoding="utf-8").read())
    check(code == 0 and json.loads(out)["types"]["officials"]["lenient"]["tp"] == 4, "stdin")

    empty = os.path.join(tmp, "empty.jsonl")
    open(empty, "w").close()
    r = expect_json([GOLD, empty])
    for t, s in r["types"].items():
        check(s["lenient"]["recall"] == 0 and s["lenient"]["tp"] == 0, f"gold vs empty {t}")
    check(len(r["missing_predictions"]) == 3, "gold vs empty: all missing")

    # --- thresholds and exit codes -------------------------------------------
    def thresholds(rows):
        path = os.path.join(tmp, "t.tsv")
        with open(path, "w") as f:
            f.write("# floors\nmetric\tfloor\n" + "".join(f"{m}\t{v}\n" for m, v in rows))
        return path

    t = thresholds([("officials.lenient.f1", "0.8"), ("dates.attr.value", "0.667")])
    code, out, err = run([GOLD, PRED, "--thresholds", t])
    check(code == 0, f"floors met: exit {code}: {err}")
    t = thresholds([("officials.lenient.f1", "0.9"), ("agencies.strict.recall", "0.3"),
                    ("quotes.lenient.f1", "1")])
    code, out, err = run([GOLD, PRED, "--thresholds", t])
    check(code == 1, f"below floor: exit {code}")
    check("below floor: officials.lenient.f1 = 0.800000 < 0.900" in err, f"names metric: {err}")
    check("below floor: agencies.strict.recall = 0.250000 < 0.300" in err, f"second: {err}")
    check("quotes" not in err and "2 of 3 metrics below" in err, f"only the failing: {err}")
    check("officials" in out, "the report is still printed")
    t = thresholds([("awards.attr.rank", "0.5")])
    code, out, err = run([GOLD, empty, "--thresholds", t])
    check(code == 1 and "awards.attr.rank = n/a" in err, f"n/a fails a floor > 0: {err}")
    t = thresholds([("oficials.lenient.f1", "0.5")])
    code, out, err = run([GOLD, PRED, "--thresholds", t])
    check(code == 2 and "t.tsv:3: unknown metric 'oficials.lenient.f1'" in err, f"typo: {err}")
    t = thresholds([("officials.lenient.f1", "high")])
    code, out, err = run([GOLD, PRED, "--thresholds", t])
    check(code == 2 and "t.tsv:3: floor must be a number in [0, 1]" in err, f"bad floor: {err}")

    bad = os.path.join(tmp, "bad.jsonl")
    with open(bad, "w") as f:
        f.write('{"id": "fx_wtp"}\n{"id": \n')
    code, out, err = run([GOLD, bad])
    check(code == 2 and "bad.jsonl:2: not valid JSON" in err, f"bad pred JSON: {err}")
    with open(bad, "w") as f:
        f.write('{"officials": []}\n')
    code, out, err = run([GOLD, bad])
    check(code == 2 and "bad.jsonl:1: record has no string \"id\"" in err, f"no id: {err}")
    for args, why in [([], "no arguments"), ([GOLD], "one positional"),
                      ([GOLD, PRED, PRED], "three positionals"),
                      (["--corpus", FIX, GOLD], "--corpus with positionals"),
                      (["--json", "--markdown", GOLD, PRED], "two output formats"),
                      (["--frobnicate", GOLD, PRED], "unknown option"),
                      ([os.path.join(tmp, "nope"), PRED], "missing gold"),
                      ([GOLD, os.path.join(tmp, "nope.jsonl")], "missing pred"),
                      ([tmp, PRED], "gold dir without .json files")]:
        code, out, err = run(args)
        check(code == 2 and err.startswith("warta: "), f"{why}: exit {code}, {err!r}")
    code, out, err = run(["--help"])
    check(code == 0 and "usage: warta eval" in out and "--thresholds FILE" in out, "--help")

    # --- --corpus: extraction over articles/*.txt, paired with gold/ ----------
    r = expect_json(["--corpus", FIX])
    check(r["articles"] == 3 and not r["missing_predictions"], f"--corpus: {r['articles']}")
    check(r["types"]["officials"]["gold"] == 5 and r["types"]["dates"]["gold"] == 5,
          "--corpus scores against the fixture gold")
    corpus = os.path.join(tmp, "corpus")
    os.makedirs(os.path.join(corpus, "articles"))
    os.makedirs(os.path.join(corpus, "gold"))
    for name in os.listdir(os.path.join(FIX, "articles")):
        src = open(os.path.join(FIX, "articles", name), encoding="utf-8").read()
        open(os.path.join(corpus, "articles", name), "w", encoding="utf-8").write(src)
    open(os.path.join(corpus, "articles", "fx_extra.txt"), "w").write("Judul\n\nIsi berita.\n")
    code, out, err = run(["--corpus", corpus])
    check(code == 2 and "no gold records" in err, f"--corpus without gold: {code} {err}")
    src = open(os.path.join(GOLD, "fx_wtp.json"), encoding="utf-8").read()
    open(os.path.join(corpus, "gold", "fx_wtp.json"), "w", encoding="utf-8").write(src)
    code, out, err = run(["--corpus", corpus])
    check(code == 0 and "fx_extra.txt has no gold file; not scored" in err,
          f"article without gold is reported: {err}")
    code, out, err = run(["--corpus", os.path.join(tmp, "nowhere")])
    check(code == 2 and "no such directory" in err, f"--corpus missing dir: {err}")

for f in failures:
    print("FAIL:", f)
print(f"eval CLI: {len(failures)} failures")
sys.exit(1 if failures else 0)
