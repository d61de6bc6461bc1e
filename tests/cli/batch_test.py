#!/usr/bin/env python3
"""CLI tests for batch input: compressed streams, archives, WARC, HTML,
directories, truncated inputs, threads, closed pipes, progress and stats.

Usage: batch_test.py path/to/warta

Every archive is built here with Python's own modules (gzip, bz2, lzma,
tarfile, zipfile; zstd through the `zstd` command when installed) from
original sentences (corpus_gen.py).
"""
import bz2
import gzip
import io
import json
import lzma
import os
import shutil
import subprocess
import sys
import tarfile
import tempfile
import zipfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import corpus_gen  # noqa: E402

WARTA = os.path.abspath(sys.argv[1])
TMP = tempfile.mkdtemp(prefix="warta_batch_test_")
FAILURES = []


def run(args, stdin=None):
    p = subprocess.run([WARTA, "extract"] + args, input=stdin, capture_output=True, cwd=TMP)
    return p.returncode, p.stdout, p.stderr.decode("utf-8", "replace")


def records(out):
    return [json.loads(line) for line in out.decode("utf-8").splitlines()]


def check(cond, what):
    if not cond:
        FAILURES.append(what)
        print("FAIL: " + what)


def path(name):
    return os.path.join(TMP, name)


def write(name, data):
    p = path(name)
    os.makedirs(os.path.dirname(p), exist_ok=True)
    with open(p, "wb") as f:
        f.write(data if isinstance(data, bytes) else data.encode("utf-8"))
    return p


JSONL = ("\n".join(corpus_gen.jsonl_lines(20, seed=1)) + "\n").encode("utf-8")
TEXT = ("Camat Sukamaju Resmikan Posyandu\n\nCamat Sukamaju, Andi Pratama, meresmikan posyandu "
        "baru pada Selasa (4/1/2022). Sebanyak 120 balita terdaftar.\n").encode("utf-8")
HTML = ("<html><head><title>Posyandu - Warta Desa</title><script>var iklan = 1;</script></head>"
        "<body><nav><a href='/'>Beranda</a></nav><h1>Posyandu Baru di Sukamaju</h1>"
        "<p>Camat Sukamaju meresmikan posyandu baru pada Selasa (4/1/2022).</p>"
        "<p>Sebanyak 120 balita terdaftar.</p><footer>Hak cipta</footer></body></html>"
        ).encode("utf-8")


def test_compressed_streams():
    write("plain.jsonl", JSONL)
    rc, want, _ = run(["plain.jsonl"])
    check(rc == 0 and len(records(want)) == 20, "plain.jsonl reads 20 records")
    cases = [("a.jsonl.gz", gzip.compress), ("a.jsonl.bz2", bz2.compress),
             ("a.jsonl.xz", lzma.compress)]
    for name, compress in cases:
        write(name, compress(JSONL))
        rc, out, err = run([name])
        check(rc == 0 and out == want, "%s gives the plain output (rc=%d %s)" % (name, rc, err))
    if shutil.which("zstd"):
        write("a.jsonl", JSONL)
        subprocess.run(["zstd", "-q", "-f", path("a.jsonl"), "-o", path("a.jsonl.zst")], check=True)
        rc, out, err = run(["a.jsonl.zst"])
        check(rc == 0 and out == want, "a.jsonl.zst gives the plain output (%s)" % err)
    else:
        print("SKIP: .zst case (the zstd command is not installed)")
    write("berita.txt.gz", gzip.compress(TEXT))
    rc, out, _ = run(["berita.txt.gz"])
    recs = records(out)
    check(rc == 0 and len(recs) == 1 and recs[0]["id"] == "berita.txt.gz",
          "a .txt.gz is one article named by its path")
    check(recs and recs[0]["meta"]["title"] == "Camat Sukamaju Resmikan Posyandu",
          "a .txt.gz article keeps its title line")
    rc, out, err = run(["-"], stdin=gzip.compress(JSONL))
    check(rc == 0 and out == want, "gzip on stdin is detected (%s)" % err)
    rc, out, err = run(["-"], stdin=JSONL)
    check(rc == 0 and out == want, "plain stdin passes as is (%s)" % err)
    rc, out, _ = run(["-"], stdin=b"")
    check(rc == 0 and out == b"", "empty stdin gives no records")
    # Only the documented compressions are detected on stdin: a text that
    # looks like uuencoded data stays text.
    uu = b"begin 644 surat.txt\nBupati membuka acara.\n"
    rc, out, _ = run(["--format", "txt", "-"], stdin=uu)
    check(rc == 0 and records(out)[0]["meta"]["title"] == "begin 644 surat.txt",
          "a 'begin 644' text on stdin is read as text")
    write("kosong.jsonl.gz", gzip.compress(b""))
    rc, out, err = run(["kosong.jsonl.gz"])
    check(rc == 0 and out == b"", "an empty .jsonl.gz gives no records (%s)" % err)


def archive_members():
    lines = [json.dumps({"id": "c1", "text": "Lurah hadir di balai desa."}),
             json.dumps({"id": "c2", "text": "Warga bergotong royong."}),
             json.dumps({"text": "Tanpa id."})]
    return [("berita/a.txt", TEXT), ("berita/b.html", HTML), ("gambar.png", b"\x89PNG"),
            ("data/c.jsonl", ("\n".join(lines) + "\n").encode()), ("README", b"baca saya")]


def expected_ids(arc):
    return [arc + "/berita/a.txt", arc + "/berita/b.html", "c1", "c2", arc + "/data/c.jsonl:3"]


def test_tar_archives():
    for name, mode in [("arsip.tar", "w"), ("arsip.tar.gz", "w:gz"), ("arsip.tgz", "w:gz"),
                       ("arsip.tar.bz2", "w:bz2"), ("arsip.tar.xz", "w:xz")]:
        with tarfile.open(path(name), mode) as tar:
            for member, data in archive_members():
                info = tarfile.TarInfo(member)
                info.size = len(data)
                tar.addfile(info, io.BytesIO(data))
        rc, out, err = run([name])
        recs = records(out)
        check(rc == 0 and [r["id"] for r in recs] == expected_ids(name),
              "%s: members in archive order with archive/member ids: %s %s"
              % (name, [r["id"] for r in recs], err))
        html = [r for r in recs if r["id"].endswith("b.html")]
        check(html and html[0]["meta"]["title"] == "Posyandu Baru di Sukamaju",
              "%s: the HTML member's h1 is its title" % name)


def test_zip_archive():
    with zipfile.ZipFile(path("arsip.zip"), "w", zipfile.ZIP_DEFLATED) as z:
        for member, data in archive_members():
            z.writestr(member, data)
    rc, out, err = run(["arsip.zip"])
    check(rc == 0 and [r["id"] for r in records(out)] == expected_ids("arsip.zip"),
          "arsip.zip: members in archive order (%s)" % err)


def warc_record(headers, block):
    head = "WARC/1.0\r\n" + "".join("%s: %s\r\n" % kv for kv in headers)
    head += "Content-Length: %d\r\n\r\n" % len(block)
    return head.encode() + block + b"\r\n\r\n"


def http_response(status, ctype, body, extra=""):
    return ("HTTP/1.1 %s\r\nContent-Type: %s\r\n%s\r\n" % (status, ctype, extra)).encode() + body


def build_warc():
    chunked = b"%x\r\n%s\r\n%x\r\n%s\r\n0\r\n\r\n" % (40, HTML[:40], len(HTML) - 40, HTML[40:])
    legacy = "<p>Kafe \u201cbaru\u201d dibuka di Sukamaju.</p>".encode("cp1252")
    recs = [
        ([("WARC-Type", "warcinfo"), ("WARC-Date", "2022-03-01T00:00:00Z")], b"software: test"),
        ([("WARC-Type", "request"), ("WARC-Target-URI", "http://berita.test/a")], b"GET /a"),
        ([("WARC-Type", "response"), ("WARC-Target-URI", "http://berita.test/a"),
          ("WARC-Date", "2022-03-01T20:30:00Z"), ("Content-Type", "application/http; msgtype=response")],
         http_response("200 OK", "text/html; charset=utf-8", chunked, "Transfer-Encoding: chunked\r\n")),
        ([("WARC-Type", "response"), ("WARC-Target-URI", "http://berita.test/hilang"),
          ("WARC-Date", "2022-03-01T00:00:00Z")], http_response("404 Not Found", "text/html", b"<p>404</p>")),
        ([("WARC-Type", "response"), ("WARC-Target-URI", "http://berita.test/logo.png"),
          ("WARC-Date", "2022-03-01T00:00:00Z")], http_response("200 OK", "image/png", b"\x89PNG")),
        ([("WARC-Type", "response"), ("WARC-Target-URI", "http://berita.test/b"),
          ("WARC-Date", "2022-03-02T01:00:00Z")],
         http_response("200 OK", "text/html", gzip.compress(HTML), "Content-Encoding: gzip\r\n")),
        ([("WARC-Type", "response"), ("WARC-Target-URI", "<http://berita.test/c>"),
          ("WARC-Date", "2022-03-03T01:00:00Z")],
         http_response("200 OK", "text/html; charset=windows-1252", legacy)),
        ([("WARC-Type", "metadata"), ("WARC-Target-URI", "http://berita.test/a")], b"via: x"),
    ]
    return [warc_record(h, b) for h, b in recs]


def test_warc():
    parts = build_warc()
    want_ids = ["http://berita.test/a", "http://berita.test/b", "http://berita.test/c"]
    write("crawl.warc", b"".join(parts))
    # Real crawls compress each record as its own gzip member.
    write("crawl.warc.gz", b"".join(gzip.compress(p) for p in parts))
    for name in ["crawl.warc", "crawl.warc.gz"]:
        rc, out, err = run([name])
        recs = records(out)
        check(rc == 0 and [r["id"] for r in recs] == want_ids,
              "%s: response records only, id = target URI: %s %s"
              % (name, [r["id"] for r in recs], err))
        check([r["meta"]["published"] for r in recs] == ["2022-03-02", "2022-03-02", "2022-03-03"],
              "%s: published = WARC-Date in WIB" % name)
        check(all(r["status"] == "ok" for r in recs), "%s: chunked, gzip and cp1252 bodies decode" % name)
        check(recs and recs[0]["meta"]["title"] == "Posyandu Baru di Sukamaju",
              "%s: HTML title from the page" % name)


def test_html_files():
    write("halaman.html", HTML)
    rc, out, _ = run(["halaman.html"])
    recs = records(out)
    check(rc == 0 and recs[0]["id"] == "halaman.html", "an .html file is one article")
    check(recs[0]["meta"]["title"] == "Posyandu Baru di Sukamaju", ".html title from h1")
    rc, out2, _ = run(["--format", "html", "-"], stdin=HTML)
    check(records(out2)[0]["meta"]["title"] == "Posyandu Baru di Sukamaju", "--format html on stdin")


def test_directory():
    write("korpus/b/2.txt", TEXT)
    write("korpus/a.jsonl", JSONL[:JSONL.index(b"\n") + 1])
    write("korpus/b/1.html", HTML)
    write("korpus/.cache/x.txt", TEXT)
    write("korpus/catatan.md", b"bukan artikel")
    write("korpus/c.jsonl.gz", gzip.compress(JSONL.splitlines(True)[1]))
    rc, out, err = run(["korpus/"])
    ids = [r["id"] for r in records(out)]
    first = json.loads(JSONL.splitlines()[0])["id"]
    second = json.loads(JSONL.splitlines()[1])["id"]
    check(rc == 0 and ids == [first, "korpus/b/1.html", "korpus/b/2.txt", second],
          "a directory is walked recursively in sorted order: %s" % ids)
    check("skipped 1 file" in err and "catatan.md" in err, "unknown files are reported on stderr")


def truncated_prefix(recs, what):
    """Checks: some ok records, then exactly one io_error record at the end."""
    ok = [r for r in recs if r["status"] == "ok"]
    check(len(ok) >= 1, what + ": records before the damage are output")
    check(len(recs) == len(ok) + 1 and recs[-1]["status"] == "error",
          what + ": exactly one error record, last")
    return recs[-1] if recs else {}


def test_truncated_gz():
    # libarchive decodes in 64 KB blocks: the input must span several.
    big = ("\n".join(corpus_gen.jsonl_lines(1000, seed=11)) + "\n").encode("utf-8")
    data = gzip.compress(big)
    write("potong.jsonl.gz", data[: len(data) * 6 // 10])
    rc, out, err = run(["potong.jsonl.gz"])
    recs = records(out)
    last = truncated_prefix(recs, "truncated .jsonl.gz")
    check(rc == 1, "truncated .jsonl.gz exits 1")
    check(last.get("error", {}).get("code") == "io_error" and
          "potong.jsonl.gz" in last["error"]["message"], "the error record names the file: %s" % last)
    want = [json.loads(l)["id"] for l in big.splitlines()]
    check([r["id"] for r in recs[:-1]] == want[: len(recs) - 1], "records before the damage in order")
    # A text article cut short is one error record.
    data = gzip.compress(TEXT * 50)
    write("potong.txt.gz", data[: len(data) // 2])
    rc, out, _ = run(["potong.txt.gz"])
    recs = records(out)
    check(rc == 1 and len(recs) == 1 and recs[0]["error"]["code"] == "io_error",
          "truncated .txt.gz is one io_error record")


def test_truncated_tar():
    for name, mode in [("potong.tar", "w"), ("potong.tar.gz", "w:gz")]:
        buf = io.BytesIO()
        texts = [json.loads(l)["text"] for l in corpus_gen.jsonl_lines(400, seed=13)]
        with tarfile.open(fileobj=buf, mode=mode) as tar:
            for i in range(40):
                data = "\n\n".join(texts[i * 10:(i + 1) * 10]).encode()
                info = tarfile.TarInfo("m%d.txt" % i)
                info.size = len(data)
                tar.addfile(info, io.BytesIO(data))
        full = buf.getvalue()
        write(name, full[: len(full) // 2])
        rc, out, err = run([name])
        recs = records(out)
        last = truncated_prefix(recs, "truncated " + name)
        check(rc == 1, name + " exits 1")
        check(last.get("error", {}).get("code") == "io_error" and name in last["error"]["message"],
              name + ": the error record names the archive: %s" % last)


def test_threads_identical():
    lines = list(corpus_gen.jsonl_lines(3000, seed=3, broken_every=97))
    lines.insert(500, "{not json")
    write("besar.jsonl", "\n".join(lines) + "\n")
    outs = {}
    for t in ["1", "2", "3"]:
        rc, outs[t], _ = run(["--threads", t, "besar.jsonl"])
        check(rc == 1, "--threads %s: exit 1 with error records" % t)
    check(outs["1"] == outs["2"] == outs["3"], "--threads 1, 2 and 3 give byte-identical output")
    recs = records(outs["1"])
    check(len(recs) == 3001, "N in = N out with --threads (%d)" % len(recs))
    check(recs[500]["id"] == "besar.jsonl:501" and recs[500]["status"] == "error",
          "error records keep their place in the order")


def test_closed_pipe():
    write("pipa.jsonl", "\n".join(corpus_gen.jsonl_lines(4000, seed=5)) + "\n")
    for t in ["1", "2"]:
        p = subprocess.run(["bash", "-c", '"$0" extract --threads %s pipa.jsonl | head -1 >/dev/null;'
                            ' echo "${PIPESTATUS[0]}"' % t, WARTA],
                           capture_output=True, cwd=TMP)
        check(p.stdout.strip() == b"0" and p.stderr == b"",
              "closed pipe with --threads %s: quiet exit 0 (%r %r)" % (t, p.stdout, p.stderr))


def test_missing_file():
    write("ada.jsonl", JSONL)
    write("ada.txt", TEXT)
    rc, out, err = run(["ada.jsonl", "tidak-ada.jsonl", "ada.txt"])
    recs = records(out)
    check(rc == 1 and len(recs) == 22, "a missing file is one error record among the others")
    check(recs[20]["id"] == "tidak-ada.jsonl" and recs[20]["error"]["code"] == "io_error",
          "the missing file's record is in its place")
    check("tidak-ada.jsonl" in err, "the missing file is named on stderr")


def test_progress_and_stats():
    write("prog.jsonl", JSONL)
    _, plain, _ = run(["prog.jsonl"])
    rc, out, err = run(["--progress", "prog.jsonl"])
    check(out == plain and "20 articles" in err and "MB/s" in err,
          "--progress writes to stderr only: %r" % err)
    rc, out, err = run(["--stats", "--threads", "2", "prog.jsonl"])
    check(out == plain, "--stats does not change stdout")
    for stage in ["read", "decode", "clean", "layout", "tokenize", "render", "write", "articles/s"]:
        check(stage in err, "--stats shows %s" % stage)
    rc, _, err = run(["--threads", "0", "prog.jsonl"])
    check(rc == 2 and "--threads" in err, "--threads 0 is a usage error")


def main():
    tests = [v for k, v in sorted(globals().items()) if k.startswith("test_")]
    try:
        for t in tests:
            t()
    finally:
        shutil.rmtree(TMP, ignore_errors=True)
    print("%d tests, %d failures" % (len(tests), len(FAILURES)))
    return 1 if FAILURES else 0


if __name__ == "__main__":
    sys.exit(main())
