"""Helpers shared by the Python CLI tests: running warta, checking records.

Every record warta prints is checked against docs/schema/article.schema.json
and every span in it against the article text it came from.
"""
import json
import os
import subprocess
import sys

import jsonschema

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SCHEMA = json.load(open(os.path.join(ROOT, "docs", "schema", "article.schema.json"), encoding="utf-8"))
VALIDATOR = jsonschema.Draft202012Validator(SCHEMA)


class Failures:
    """Collects failed checks so one run reports all of them."""

    def __init__(self):
        self.items = []
        self.checks = 0

    def check(self, ok, what):
        self.checks += 1
        if not ok:
            self.items.append(what)
            print("FAIL:", what, file=sys.stderr)

    def finish(self):
        failed = len(self.items)
        print(f"{self.checks - failed} passed, {failed} failed")
        sys.exit(1 if failed else 0)


def run(binary, args, stdin=b"", env=None):
    """Runs warta; returns (exit code, stdout bytes, stderr text)."""
    p = subprocess.run([binary] + args, input=stdin, capture_output=True, env=env, timeout=300)
    return p.returncode, p.stdout, p.stderr.decode("utf-8", "replace")


def records(stdout):
    return [json.loads(line) for line in stdout.decode("utf-8").splitlines()]


def spans(record):
    """Every object with start/end/text anywhere in a record."""
    out = []

    def walk(x):
        if isinstance(x, dict):
            if isinstance(x.get("start"), int) and isinstance(x.get("end"), int) and "text" in x:
                out.append(x)
            for v in x.values():
                walk(v)
        elif isinstance(x, list):
            for v in x:
                walk(v)

    walk(record)
    return out


def check_record(f, record, text=None, utf8=False):
    """Schema-validates one record and, given its text, every span in it."""
    errors = sorted(VALIDATOR.iter_errors(record), key=lambda e: list(e.path))
    f.check(not errors, f"{record.get('id')}: schema: {errors[0].message if errors else ''}")
    if text is None or record.get("status") != "ok":
        return
    data = text.encode("utf-8") if utf8 else text
    for s in spans(record):
        got = data[s["start"]:s["end"]]
        if utf8:
            got = got.decode("utf-8", "replace")
        f.check(got == s["text"], f"{record['id']}: span {s['start']}:{s['end']} is {got!r}, "
                                  f"record says {s['text']!r}")
