"""CLI tests for `warta extract`: input forms, the output contract, exit codes.

usage: cli_test.py WARTA_BINARY   (run from the repository root by CTest)
"""
import json
import os
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from wartatest import Failures, check_record, records, run  # noqa: E402

BIN = sys.argv[1]
SEED = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "shared",
                    "seeds", "000_b0474d4314a72819.txt")
f = Failures()
tmp = tempfile.mkdtemp(prefix="warta_cli_")

ARTICLE = ("Bupati Muara Enim Raharjo Sutomo meresmikan jembatan baru, Senin (6/3/2023).\n\n"
           "“Jembatan ini untuk warga,” ujarnya di Kecamatan Lawang Kidul.\n\n"
           "Baca Juga: Hujan Deras Rendam Puluhan Rumah\n\n"
           "Pembangunan menelan biaya Rp1,5 miliar dari APBD.")


def jl(*objs):
    return "".join(json.dumps(o, ensure_ascii=False) + "\n" for o in objs).encode("utf-8")


# 1. The example: three lines, the second an error record, exit 1.
code, out, err = run(BIN, ["extract"], b'{"id":"a","text":"x"}\nnot json\n{"id":"c","text":"\\u00ff"}\n')
recs = records(out)
f.check(code == 1, f"mixed input exits 1, got {code}")
f.check([r["id"] for r in recs] == ["a", "-:2", "c"], f"ids in order: {[r['id'] for r in recs]}")
f.check([r["status"] for r in recs] == ["ok", "error", "ok"], "statuses ok/error/ok")
f.check(recs[1]["error"]["code"] == "invalid_json", "second is invalid_json")
for r in recs:
    check_record(f, r)

# 2. Every error class gets its record, in order; N in = N out; blank lines are not records.
bad_utf8 = b'{"id":"u","text":"caf\xc3"}\n'
lines = (jl({"id": "ok1", "text": ARTICLE}) + b"[1,2]\n" + jl({"id": "nt"}) + jl({"id": "ns", "text": 5})
         + bad_utf8 + b"\n   \n" + jl({"id": "big", "text": "kata " * 100}) + jl({"id": 42, "text": "angka"})
         + b'{"id":"trunc","text":"tanpa akhir')
code, out, err = run(BIN, ["extract", "--max-article-bytes", "400"], lines)
recs = records(out)
want = [("ok1", "ok", None), ("-:2", "error", "not_object"), ("nt", "error", "missing_text"),
        ("ns", "error", "text_not_string"), ("u", "error", "invalid_utf8"),
        ("big", "error", "too_large"), ("42", "ok", None), ("-:10", "error", "invalid_json")]
got = [(r["id"], r["status"], r.get("error", {}).get("code")) for r in recs]
f.check(got == want, f"error classes: {got}")
f.check(code == 1, f"errors exit 1, got {code}")
for r in recs:
    check_record(f, r, ARTICLE if r["id"] == "ok1" else None)

# 3. --invalid-utf8 replace keeps the article, with U+FFFD in the text.
code, out, err = run(BIN, ["extract", "--invalid-utf8", "replace"], bad_utf8)
recs = records(out)
f.check(code == 0 and recs[0]["status"] == "ok", f"replace policy processes the article ({code})")

# 4. Field renames and --published.
code, out, err = run(BIN, ["extract", "--id-field", "kode", "--text-field", "isi", "--title-field", "judul",
                           "--date-field", "tanggal"],
                     jl({"kode": "k1", "isi": ARTICLE, "judul": "Jembatan Baru", "tanggal": "2023-03-06T09:00:00+07:00"}))
r = records(out)[0]
f.check(code == 0 and r["id"] == "k1", "renamed id field")
f.check(r["meta"]["title"] == "Jembatan Baru", f"renamed title field: {r['meta']['title']}")
f.check(r["meta"]["published"] == "2023-03-06", f"published normalised: {r['meta']['published']}")
f.check(r["meta"]["reference_date"] == "2023-03-06" and r["meta"]["reference_source"] == "input",
        "published is the reference date")
code, out, err = run(BIN, ["extract", "--published", "2023-03-07"], jl({"id": "p", "text": "Tanpa tanggal sama sekali."}))
r = records(out)[0]
f.check(r["meta"]["reference_date"] == "2023-03-07" and r["meta"]["reference_source"] == "option",
        f"--published is the fallback reference: {r['meta']}")
code, out, err = run(BIN, ["extract", "--published", "7 Maret"], b"")
f.check(code == 2 and err.startswith("warta: --published"), f"bad --published is a usage error: {code} {err!r}")

# 5. Files: .txt (first line is the title), .jsonl, several files in order, a missing file.
txt = os.path.join(tmp, "berita.txt")
open(txt, "w", encoding="utf-8").write("Jembatan Baru Diresmikan\n\n" + ARTICLE + "\n")
jsonl = os.path.join(tmp, "berita.jsonl")
open(jsonl, "wb").write(jl({"id": "j1", "text": ARTICLE}, {"id": "j2", "text": "Dua."}))
code, out, err = run(BIN, ["extract", txt, jsonl, os.path.join(tmp, "hilang.jsonl")])
recs = records(out)
f.check([r["id"] for r in recs] == [txt, "j1", "j2", os.path.join(tmp, "hilang.jsonl")], f"file order: {[r['id'] for r in recs]}")
f.check(recs[0]["meta"]["title"] == "Jembatan Baru Diresmikan", "txt title from first line")
f.check(recs[3]["status"] == "error" and recs[3]["error"]["code"] == "io_error", "missing file is an io_error record")
f.check(code == 1, f"missing file exits 1, got {code}")
f.check("hilang.jsonl" in err, "missing file named on stderr")
check_record(f, recs[0], open(txt, encoding="utf-8").read())
check_record(f, recs[1], ARTICLE)
# The same text from stdin with --format txt gives the same record but the id.
code, out2, err = run(BIN, ["extract", "--format", "txt"], open(txt, "rb").read())
a, b = records(out)[0], records(out2)[0]
a["id"] = b["id"] = "x"
f.check(a == b, "stdin --format txt equals the file")

# 6. Offsets: code points by default, bytes with --offsets utf8; the seed's boilerplate.
if os.path.exists(SEED):
    seed = open(SEED, encoding="utf-8").read()
    code, out, err = run(BIN, ["extract", SEED])
    r = records(out)[0]
    check_record(f, r, seed)
    f.check(r["meta"]["outlet"] == "KalbarOnline" and r["meta"]["dateline_place"] == "Pontianak",
            f"seed dateline: {r['meta']}")
    f.check([(b["start"], b["end"]) for b in r["boilerplate"]] ==
            [(91, 180), (953, 1044), (1626, 1681), (3582, 3653), (4649, 4656)],
            f"seed boilerplate spans: {[(b['start'], b['end']) for b in r['boilerplate']]}")
    code, out, err = run(BIN, ["extract", "--offsets", "utf8", SEED])
    check_record(f, records(out)[0], seed, utf8=True)
else:
    print("note: ../shared seed not found; seed checks skipped", file=sys.stderr)

# 7. Determinism and --pretty.
inp = jl(*[{"id": f"d{i}", "text": ARTICLE} for i in range(20)])
_, o1, _ = run(BIN, ["extract"], inp)
_, o2, _ = run(BIN, ["extract"], inp)
f.check(o1 == o2, "byte-identical output run to run")
code, out, err = run(BIN, ["extract", "--pretty"], jl({"id": "p", "text": ARTICLE}))
f.check(code == 0 and json.loads(out)["id"] == "p" and out.count(b"\n") > 5, "--pretty is indented JSON")

# 8. A closed pipe ends the run quietly: warta extract big.jsonl | head -1.
big = os.path.join(tmp, "big.jsonl")
with open(big, "wb") as fh:
    for i in range(20000):
        fh.write(jl({"id": f"b{i}", "text": ARTICLE}))
p = subprocess.run(f"'{BIN}' extract '{big}' | head -1; echo \"${{PIPESTATUS[0]}}\" >&2",
                   shell=True, capture_output=True, executable="/bin/bash", timeout=300)
f.check(p.stdout.count(b"\n") == 1, "head -1 gets one line")
f.check(p.stderr.decode().strip() == "0", f"closed pipe: exit 0 and quiet, stderr {p.stderr!r}")

# 9. Usage errors exit 2 with a message on stderr; help exits 0.
for args in (["extract", "--offsets", "bytes"], ["extract", "--nope"], ["frobnicate"], ["extract", "--lexicons"],
             ["extract", "--max-article-bytes", "lots"], ["extract", "--lexicons", os.path.join(tmp, "none")]):
    code, out, err = run(BIN, args)
    f.check(code == 2 and err.startswith("warta: ") and out == b"", f"{args} exits 2 with a message: {code} {err!r}")
for args in (["--help"], ["extract", "--help"], ["version"], ["lexicons"]):
    code, out, err = run(BIN, args)
    f.check(code == 0 and out, f"{args} exits 0 with output")
code, out, err = run(BIN, [])
f.check(code == 2 and "usage" in err, "no command: usage on stderr, exit 2")

# 10. Lexicon overrides: a valid override is used, a bad one names file and line.
lexdir = os.path.join(tmp, "lex")
os.mkdir(lexdir)
open(os.path.join(lexdir, "outlets.tsv"), "w").write("name\tcanonical\nWarta Kita\tWarta Kita\n")
code, out, err = run(BIN, ["extract", "--lexicons", lexdir], jl({"id": "o", "text": "Judul Berita\n\nPONTIANAK (Warta Kita) - Isi berita."}))
f.check(code == 0 and records(out)[0]["meta"]["outlet"] == "Warta Kita", f"override lexicon used: {out[:200]!r}")
open(os.path.join(lexdir, "outlets.tsv"), "w").write("name\tcanonical\n# ok\nSatu\tDua\tTiga\n")
code, out, err = run(BIN, ["extract", "--lexicons", lexdir], b"")
f.check(code == 2 and err.strip() == f"warta: {lexdir}/outlets.tsv:3: expected 2 columns, got 3",
        f"bad lexicon: file:line message, exit 2: {err!r}")
os.remove(os.path.join(lexdir, "outlets.tsv"))
open(os.path.join(lexdir, "outlet.tsv"), "w").write("name\tcanonical\n")
code, out, err = run(BIN, ["lexicons", "--lexicons", lexdir])
f.check(code == 2 and "unknown lexicon" in err, f"misspelt lexicon name is an error: {err!r}")

f.finish()
