"""Runs `warta extract` over every corpus article and checks each record
against the JSON Schema and every span against the article text
(text[start:end] == mention), in code points and in UTF-8 bytes.

usage: corpus_spans_test.py WARTA_BINARY CORPUS_DIR
"""
import glob
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from wartatest import Failures, check_record, records, run  # noqa: E402

BIN, CORPUS = sys.argv[1], sys.argv[2]
articles = sorted(glob.glob(os.path.join(CORPUS, "articles", "*.txt")))
f = Failures()
f.check(len(articles) > 0, f"no articles under {CORPUS}/articles")
for offsets, utf8 in (("cp", False), ("utf8", True)):
    code, out, err = run(BIN, ["extract", "--offsets", offsets] + articles)
    recs = records(out)
    f.check(code == 0, f"--offsets {offsets}: exit {code}: {err[:300]}")
    f.check([r["id"] for r in recs] == articles, f"--offsets {offsets}: one record per article, in order")
    for path, rec in zip(articles, recs):
        check_record(f, rec, open(path, encoding="utf-8").read(), utf8=utf8)
f.finish()
