#!/usr/bin/env python3
"""Fault-class test (CTest fault_classes; docs/reliability.md).

    python3 tests/fault/fault_test.py path/to/warta

Generates >= 10,000 records mixing good articles with every bad class
(gen_faults.py) and checks, on the JSONL, stdin and .txt paths and under both
--invalid-utf8 policies: N records in = N lines out, ids in input order, the
expected error code for every bad record, and for every good one status ok,
every array present and every span's text == text[start:end] (code points of
the text as decoded). Good records must render exactly as they do alone (no
state leaks from bad records). Memory must stay bounded with a 50 MB record.
"""
import json
import os
import resource
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import gen_faults  # noqa: E402

ARRAYS = ["officials", "agencies", "awards", "scores", "dates", "counts", "quotes", "boilerplate"]
failures = []


def fail(msg):
    failures.append(msg)
    if len(failures) <= 30:
        print("FAIL:", msg)


def run(args, stdin=None):
    """Runs warta; returns (exit code, output lines, stderr)."""
    p = subprocess.run(args, stdin=stdin, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    return p.returncode, p.stdout.split(b"\n")[:-1] if p.stdout else [], p.stderr.decode(
        errors="replace")


def max_rss_kb(args, stdin_path=None):
    """Peak resident memory of one warta run, in KiB."""
    code = ("import resource,subprocess,sys\n"
            "subprocess.run(sys.argv[2:], stdin=open(sys.argv[1],'rb') if sys.argv[1] else None,"
            " stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)\n"
            "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)")
    out = subprocess.run([sys.executable, "-c", code, stdin_path or ""] + args,
                         capture_output=True, text=True)
    return int(out.stdout)


def records(path):
    """Raw JSONL records as warta frames them: '\\n' lines, a trailing CR
    stripped, blank lines (spaces, tabs, CR) skipped."""
    with open(path, "rb") as f:
        data = f.read()
    lines = data.split(b"\n")
    if lines and lines[-1] == b"":
        lines.pop()
    out = []
    for line in lines:
        if line.endswith(b"\r"):
            line = line[:-1]
        if line.strip(b" \t\r") == b"":
            continue
        out.append(line)
    return out


def decoded_text(raw, replace=False):
    """The record's text as Python decodes it, or None."""
    try:
        s = raw.decode("utf-8", errors="replace" if replace else "strict")
        obj = json.loads(s.lstrip("\ufeff"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        return None
    if isinstance(obj, dict) and isinstance(obj.get("text"), str):
        return obj["text"]
    return None


def check_spans(node, text, where):
    n = 0
    if isinstance(node, dict):
        if "start" in node and "end" in node and "text" in node:
            s, e = node["start"], node["end"]
            n += 1
            if not (0 <= s <= e <= len(text)) or text[s:e] != node["text"]:
                fail(f"{where}: span [{s},{e}) {node['text']!r} != {text[s:e]!r}")
        for v in node.values():
            n += check_spans(v, text, where)
    elif isinstance(node, list):
        for v in node:
            n += check_spans(v, text, where)
    return n


def check_ok(out, text, where):
    if out.get("status") != "ok":
        fail(f"{where}: expected ok, got {out.get('status')} {out.get('error')}")
        return 0
    for key in ["meta"] + ARRAYS:
        if key not in out:
            fail(f"{where}: no {key}")
    if text is None:
        fail(f"{where}: test cannot decode the input text")
        return 0
    return check_spans(out, text, where)


def check_run(name, lines, expected, raws, file_label=None, replace=False):
    """Checks one run's output lines against expectations; returns the number
    of spans checked."""
    if len(lines) != len(expected):
        fail(f"{name}: {len(expected)} records in, {len(lines)} lines out")
        return 0
    spans = 0
    for i, (line, exp, raw) in enumerate(zip(lines, expected, raws)):
        where = f"{name} record {i + 1} ({exp['class']})"
        try:
            out = json.loads(line)
        except ValueError as e:
            fail(f"{where}: output is not JSON: {e}")
            continue
        exp_id = exp["id"]
        if file_label and exp_id.startswith(file_label[0] + ":"):
            exp_id = file_label[1] + exp_id[len(file_label[0]):]
        exp_status, exp_code = exp["status"], exp["code"]
        text = exp.get("text")
        if text is None and raw is not None:
            text = decoded_text(raw)
        if replace and exp_code == "invalid_utf8":
            text = decoded_text(raw, replace=True)
            exp_status, exp_code = ("ok", None) if text is not None else ("error", "invalid_json")
            if text is not None:
                obj = json.loads(raw.decode("utf-8", "replace").lstrip("\ufeff"))
                if isinstance(obj.get("id"), str):
                    exp_id = obj["id"]
        if out.get("id") != exp_id:
            fail(f"{where}: id {out.get('id')!r}, expected {exp_id!r}")
        if exp_status == "ok":
            spans += check_ok(out, text, where)
            if "published" in exp and out.get("meta", {}).get("published") != exp["published"]:
                fail(f"{where}: published {out['meta'].get('published')!r}, "
                     f"expected {exp['published']!r}")
        else:
            err = out.get("error") or {}
            if out.get("status") != "error" or err.get("code") != exp_code:
                fail(f"{where}: expected error {exp_code}, got {out.get('status')} {err}")
            elif not err.get("message"):
                fail(f"{where}: error without a message")
    return spans


def main():
    warta = os.path.abspath(sys.argv[1])
    with tempfile.TemporaryDirectory(prefix="warta-faults-") as d:
        expected = gen_faults.build(d)
        classes = sorted(set(e["class"] for e in expected))
        faults = os.path.join(d, "faults.jsonl")
        raws = records(faults)
        if len(raws) != len(expected):
            fail(f"generator: {len(raws)} lines but {len(expected)} expectations")
        stats = {"records": len(expected), "classes": len(classes), "spans": 0}

        # 1. The JSONL file path, default options.
        code, lines, err = run([warta, "extract", faults])
        if code != 1:
            fail(f"jsonl: exit {code}, expected 1 (some error records); stderr {err[:300]}")
        stats["spans"] += check_run("jsonl", lines, expected, raws)

        # 2. Good records alone render byte-identically (minus FILE:LINE ids).
        good = os.path.join(d, "good.jsonl")
        code, alone, _ = run([warta, "extract", good])
        mixed = [json.loads(l) for l, e in zip(lines, expected) if e["status"] == "ok"]
        alone = [json.loads(l) for l in alone]
        if len(alone) != len(mixed):
            fail(f"isolation: {len(alone)} good alone vs {len(mixed)} in the mix")
        for a, m in zip(alone, mixed):
            a.pop("id"), m.pop("id")
            if a != m:
                fail(f"isolation: a good record renders differently among bad ones: {m}")
                break

        # 3. stdin: same records, ids "-:LINE" for records without one.
        with open(faults, "rb") as f:
            code, lines, _ = run([warta, "extract", "-"], stdin=f)
        check_run("stdin", lines, expected, raws, file_label=(faults, "-"))

        # 4. --invalid-utf8 replace: bad bytes become U+FFFD, spans index the
        # replaced text.
        code, lines, _ = run([warta, "extract", "--invalid-utf8", "replace", faults])
        stats["spans"] += check_run("replace", lines, expected, raws, replace=True)

        # 5. .txt files: one article each, id = path.
        with open(os.path.join(d, "txt_expected.json")) as f:
            txt_expected = json.load(f)
        for e in txt_expected:
            with open(e["id"], "rb") as f:
                data = f.read()
            try:
                e["text"] = data.decode("utf-8")
            except UnicodeDecodeError:
                e["text"] = None
        code, lines, _ = run([warta, "extract"] + [e["id"] for e in txt_expected])
        stats["spans"] += check_run("txt", lines, txt_expected, [None] * len(txt_expected))
        # The same under replace: the binary and invalid files become articles.
        code, lines, _ = run([warta, "extract", "--invalid-utf8", "replace"] +
                             [e["id"] for e in txt_expected])
        for e in txt_expected:
            if e["code"] == "invalid_utf8":
                with open(e["id"], "rb") as f:
                    e["text"] = f.read().decode("utf-8", "replace")
                e["status"], e["code"] = "ok", None
        stats["spans"] += check_run("txt-replace", lines, txt_expected, [None] * len(txt_expected))

        # 6. Limits: too_large on every path, with memory bounded (the 50 MB
        # record is never held whole).
        big_jsonl = os.path.join(d, "big.jsonl")
        big_line = next(r for r in raws if r.startswith(b'{"id":"big-article"'))
        with open(big_jsonl, "wb") as f:
            f.write(big_line + b"\n")
        small = os.path.join(d, "small.jsonl")
        with open(small, "wb") as f:
            f.write(b'{"id":"s","text":"Pasar ramai."}\n')
        big_txt = os.path.join(d, "txt", "big.txt")
        paths = {
            "jsonl": ([warta, "extract", big_jsonl], None),
            "stdin-jsonl": ([warta, "extract", "-"], big_jsonl),
            "txt": ([warta, "extract", big_txt], None),
            "stdin-txt": ([warta, "extract", "--format", "txt", "-"], big_txt),
        }
        for name, (args, stdin_path) in paths.items():
            with open(stdin_path, "rb") if stdin_path else open(os.devnull, "rb") as f:
                code, lines, _ = run(args, stdin=f)
            if len(lines) != 1 or json.loads(lines[0]).get("error", {}).get("code") != "too_large":
                fail(f"limit {name}: expected one too_large record, got {lines[:1]}")
        base = max_rss_kb([warta, "extract", small])
        for name, (args, stdin_path) in paths.items():
            rss = max_rss_kb(args, stdin_path)
            stats[f"rss_{name}_mb"] = round(rss / 1024, 1)
            # A 50 MB record held whole would add >= 50 MB; allow 32 MB of slack.
            if rss - base > 32 * 1024:
                fail(f"limit {name}: peak RSS {rss} KiB vs {base} KiB for a tiny input")
        stats["rss_base_mb"] = round(base / 1024, 1)

    print(json.dumps(stats))
    print(f"classes: {', '.join(classes)}")
    if failures:
        print(f"{len(failures)} failures")
        return 1
    print("fault_classes: all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
