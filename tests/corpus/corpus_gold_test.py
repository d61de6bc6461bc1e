#!/usr/bin/env python3
"""Checks every gold file of the corpus (docs/annotation.md, corpus/README.md).

usage: corpus_gold_test.py CORPUS_DIR

For each CORPUS_DIR/gold/<stem>.json:
  - valid JSON, one object in the documented shape: every key of the
    envelope present with the right JSON type, every entity with its fields;
  - "id" == <stem> and CORPUS_DIR/articles/<stem>.txt exists (and every
    article has its gold file);
  - every span (entity, mention, boilerplate) has 0 <= start < end <= len(text)
    and text[start:end] == its "text", in code points of the whole .txt;
  - entity ids are unique per kind and every reference resolves: award giver/
    recipient agency and official ids, received_by, score award, quote speaker,
    official agency;
  - dates carry a value string (or null) and a known type.
Exit 0 when all hold, 1 listing every problem; 77 (CTest "skipped") when the
corpus is absent.
"""
import json
import os
import sys

ENVELOPE = {"id": str, "status": str, "meta": dict, "officials": list, "agencies": list,
            "awards": list, "scores": list, "dates": list, "counts": list, "quotes": list,
            "boilerplate": list}
META = ["title", "outlet", "dateline_place", "published", "reference_date", "reference_source"]
FIELDS = {
    "officials": ["id", "name", "title", "acting", "jurisdiction", "mentions"],
    "agencies": ["id", "name", "acronym", "kind", "government", "jurisdiction", "mentions"],
    "awards": ["id", "name", "year", "rank", "category", "giver", "recipient", "score", "date",
               "received_by", "mentions"],
    "scores": ["start", "end", "text", "value", "kind", "award"],
    "dates": ["start", "end", "text", "type", "value", "inferred"],
    "counts": ["start", "end", "text", "value", "unit"],
    "quotes": ["start", "end", "text", "speaker"],
    "boilerplate": ["start", "end", "text"],
}
SPAN_KINDS = ["scores", "dates", "counts", "quotes", "boilerplate"]
MENTION_KINDS = ["officials", "agencies", "awards"]
ID_PREFIX = {"officials": "O", "agencies": "A", "awards": "W"}
DATE_TYPES = {"date", "month", "year", "range", "duration", "time", "set"}
ACTING = {None, "Plt", "Pj", "Plh"}
LEVELS = {"nasional", "provinsi", "kabupaten", "kota", "kecamatan", "desa", "kelurahan"}


class Checker:
    def __init__(self):
        self.problems = []

    def fail(self, where, msg):
        self.problems.append(f"{where}: {msg}")

    def span(self, where, s, text):
        st, en, t = s.get("start"), s.get("end"), s.get("text")
        if not (type(st) is int and type(en) is int and isinstance(t, str)):
            self.fail(where, f"span needs int start/end and a text string, got {st!r}, {en!r}")
            return
        if not 0 <= st < en <= len(text):
            self.fail(where, f"span [{st}, {en}) outside the text (length {len(text)})")
        elif text[st:en] != t:
            self.fail(where, f"text[{st}:{en}] = {text[st:en]!r} but the span says {t!r}")

    def jurisdiction(self, where, j):
        if j is None:
            return
        if not isinstance(j, dict) or not isinstance(j.get("name"), str):
            self.fail(where, f"jurisdiction must be null or {{name, level, code}} with a name "
                      f"string (a national office: null), got {j!r}")
            return
        if j.get("level") not in LEVELS:
            self.fail(where, f"jurisdiction level {j.get('level')!r} not one of {sorted(LEVELS)}")
        if j.get("code") is not None and not isinstance(j.get("code"), str):
            self.fail(where, "jurisdiction code must be a string or null")

    def ref(self, where, value, ids, what):
        if value is not None and value not in ids:
            self.fail(where, f"{what} {value!r} does not resolve")

    def check_file(self, gold_path, article_path, stem):
        try:
            g = json.load(open(gold_path, encoding="utf-8"))
        except (OSError, ValueError) as e:
            self.fail(gold_path, f"not valid JSON: {e}")
            return
        if not isinstance(g, dict):
            self.fail(gold_path, "not a JSON object")
            return
        for k, t in ENVELOPE.items():
            if not isinstance(g.get(k), t):
                self.fail(gold_path, f"{k!r} must be a {t.__name__}")
        if any(not isinstance(g.get(k), t) for k, t in ENVELOPE.items()):
            return
        if g["id"] != stem:
            self.fail(gold_path, f"id {g['id']!r} != file stem {stem!r}")
        if g["status"] != "ok":
            self.fail(gold_path, "status must be \"ok\"")
        for k in META:
            if k not in g["meta"]:
                self.fail(gold_path, f"meta lacks {k!r}")
        if not os.path.exists(article_path):
            self.fail(gold_path, f"no article {article_path}")
            return
        text = open(article_path, encoding="utf-8").read()

        ids = {}
        for kind, prefix in ID_PREFIX.items():
            ids[kind] = set()
            for i, e in enumerate(g[kind]):
                where = f"{gold_path}: {kind}[{i}]"
                if not isinstance(e, dict):
                    self.fail(where, "not an object")
                    continue
                eid = e.get("id")
                if not (isinstance(eid, str) and eid.startswith(prefix)):
                    self.fail(where, f"id {eid!r} must start with {prefix!r}")
                if eid in ids[kind]:
                    self.fail(where, f"duplicate id {eid!r}")
                ids[kind].add(eid)
        for kind, fields in FIELDS.items():
            for i, e in enumerate(g[kind]):
                where = f"{gold_path}: {kind}[{i}]"
                if not isinstance(e, dict):
                    self.fail(where, "not an object")
                    continue
                for f in fields:
                    if f not in e:
                        self.fail(where, f"lacks {f!r}")
                if kind in SPAN_KINDS:
                    self.span(where, e, text)
                if kind in MENTION_KINDS:
                    ms = e.get("mentions")
                    if not isinstance(ms, list) or not ms:
                        self.fail(where, "needs at least one mention")
                        ms = []
                    for j, m in enumerate(ms):
                        if isinstance(m, dict):
                            self.span(f"{where}.mentions[{j}]", m, text)
                        else:
                            self.fail(f"{where}.mentions[{j}]", "not an object")
                self.check_entity(kind, where, e, ids)

    def check_entity(self, kind, where, e, ids):
        if kind == "officials":
            if not isinstance(e.get("name"), str) or not e.get("name"):
                self.fail(where, "an official needs a name (unnamed offices are not entries)")
            if not isinstance(e.get("title"), str):
                self.fail(where, "title must be a string")
            if e.get("acting") not in ACTING:
                self.fail(where, f"acting {e.get('acting')!r} not one of Plt, Pj, Plh, null")
            self.jurisdiction(where, e.get("jurisdiction"))
            self.ref(where, e.get("agency"), ids["agencies"], "agency")
        elif kind == "agencies":
            if not isinstance(e.get("name"), str) or not e.get("name"):
                self.fail(where, "an agency needs a name")
            if not isinstance(e.get("government"), bool):
                self.fail(where, "government must be true or false")
            self.jurisdiction(where, e.get("jurisdiction"))
        elif kind == "awards":
            for role in ("giver", "recipient"):
                r = e.get(role)
                if r is None:
                    continue
                if not isinstance(r, dict) or "name" not in r:
                    self.fail(where, f"{role} must be null or {{name, agency|official}}")
                    continue
                self.ref(f"{where}.{role}", r.get("agency"), ids["agencies"], "agency")
                self.ref(f"{where}.{role}", r.get("official"), ids["officials"], "official")
            self.ref(where, e.get("received_by"), ids["officials"], "received_by")
            for f in ("year", "rank", "streak"):
                if e.get(f) is not None and type(e.get(f)) is not int:
                    self.fail(where, f"{f} must be an integer or null")
            if e.get("score") is not None and type(e.get("score")) not in (int, float):
                self.fail(where, "score must be a number or null")
        elif kind == "scores":
            if type(e.get("value")) not in (int, float):
                self.fail(where, "value must be a number")
            self.ref(where, e.get("award"), ids["awards"], "award")
        elif kind == "dates":
            if e.get("value") is not None and not isinstance(e.get("value"), str):
                self.fail(where, "value must be a string or null")
            if e.get("type") not in DATE_TYPES:
                self.fail(where, f"type {e.get('type')!r} not one of {sorted(DATE_TYPES)}")
            if not isinstance(e.get("inferred"), list):
                self.fail(where, "inferred must be a list")
        elif kind == "counts":
            if type(e.get("value")) not in (int, float):
                self.fail(where, "value must be a number")
        elif kind == "quotes":
            self.ref(where, e.get("speaker"), ids["officials"], "speaker")


def main(argv):
    if len(argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    corpus = argv[1]
    articles_dir, gold_dir = os.path.join(corpus, "articles"), os.path.join(corpus, "gold")
    if not os.path.isdir(articles_dir):
        print(f"SKIP: no corpus at {articles_dir}")
        return 77
    c = Checker()
    if not os.path.isdir(gold_dir):
        c.fail(gold_dir, "no gold directory")
        golds = []
    else:
        golds = sorted(f for f in os.listdir(gold_dir) if f.endswith(".json"))
    stems = {f[:-len(".txt")] for f in os.listdir(articles_dir) if f.endswith(".txt")}
    for f in golds:
        stem = f[:-len(".json")]
        c.check_file(os.path.join(gold_dir, f), os.path.join(articles_dir, stem + ".txt"), stem)
    for stem in sorted(stems - {f[:-len(".json")] for f in golds}):
        c.fail(os.path.join(articles_dir, stem + ".txt"), "has no gold file")
    for p in c.problems:
        print("FAIL:", p)
    print(f"{len(golds)} gold files, {len(stems)} articles, {len(c.problems)} problems")
    return 1 if c.problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
