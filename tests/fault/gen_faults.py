#!/usr/bin/env python3
"""Generates the fault-class input for fault_test.py (docs/reliability.md).

    python3 tests/fault/gen_faults.py OUTDIR [--big-mb 50]

writes OUTDIR/faults.jsonl (>= 10,000 records: good articles, 10,000 tiny
ones and every bad class), OUTDIR/expected.json (one entry per record, in
order: id, status, error code and the class it belongs to), OUTDIR/good.jsonl
(the good records alone, to compare outputs) and OUTDIR/txt/ (one .txt file
per text-file fault class, with OUTDIR/txt_expected.json).

Every sentence here is original, written for this test. The generator is
deterministic (fixed seed), so a failure reproduces.
"""
import json
import os
import random
import sys

SENTENCES = [
    "Warga Kelurahan Sukamaju bergotong royong membersihkan saluran air pada Minggu pagi.",
    "Pemerintah kota menambah dua unit bus sekolah untuk siswa di pinggiran.",
    "Harga beras di pasar tradisional turun tipis setelah panen raya.",
    "Kepala Dinas Perhubungan meminta pengendara mematuhi rambu di jalur mudik.",
    "Sebanyak 120 relawan ikut menanam bakau di pesisir utara.",
    "Hujan deras sejak sore membuat beberapa ruas jalan tergenang.",
    "Bupati meresmikan jembatan gantung yang menghubungkan dua desa.",
    "Tim sepak bola pelajar itu menang 2-1 dalam laga final kemarin.",
    "Perpustakaan daerah kini buka hingga pukul 21.00 WIB setiap Jumat.",
    "Petugas pemadam kebakaran berhasil menjinakkan api dalam waktu satu jam.",
    "\"Kami ingin anak-anak belajar dengan nyaman,\" kata kepala sekolah itu.",
    "Rapat koordinasi digelar di aula kantor gubernur, Senin (3/1/2022).",
    "Nilai ekspor kopi daerah itu naik 15 persen dibanding tahun lalu.",
    "Pasar malam kembali dibuka setelah dua tahun ditutup.",
    "Dokter mengimbau warga rutin memeriksa tekanan darah.",
    "Ribuan penonton memadati stadion untuk menyaksikan pertandingan itu.",
    "Sekolah dasar tersebut meraih juara pertama lomba kebersihan tingkat kabupaten.",
    "Jalan provinsi sepanjang 12 kilometer akan diperbaiki tahun depan.",
    "Para nelayan belum melaut karena gelombang tinggi.",
    "Festival kuliner itu menampilkan lebih dari 50 jenis makanan khas.",
    "Dua ekor harimau lahir di kebun binatang kota, Rabu (5/1).",
    "Warga menyambut baik rencana pembangunan taman bermain baru.",
    "Kantor kecamatan melayani pembuatan KTP hingga sore hari.",
    "Lomba lari 10K itu diikuti peserta dari berbagai provinsi.",
    "Menurut BMKG, cuaca cerah berawan diperkirakan terjadi sepekan ke depan.",
    "Pengunjung museum meningkat saat libur akhir tahun.",
    "Ia mengatakan bantuan akan disalurkan secara bertahap.",
    "Pemilik warung mengeluhkan harga minyak goreng yang terus naik.",
    "Kegiatan vaksinasi digelar di balai desa selama tiga hari.",
    "Dua pemuda itu menemukan dompet dan mengembalikannya kepada pemiliknya.",
]
TITLES = [
    "Jembatan Baru untuk Dua Desa", "Banjir Rendam Jalan Utama", "Harga Beras Turun",
    "Juara Lomba Kebersihan", "Pasar Malam Dibuka Lagi", "Relawan Tanam Bakau",
]
BOILERPLATE = ["Baca juga: Harga cabai kembali naik di pasar induk", "Editor: Sari Wulandari"]


def good_text(rng, n_sentences):
    paras = []
    for _ in range(max(1, n_sentences // 3)):
        paras.append(" ".join(rng.choice(SENTENCES) for _ in range(3)))
    if rng.random() < 0.5:
        paras.insert(rng.randrange(len(paras) + 1), BOILERPLATE[0])
    if rng.random() < 0.3:
        paras.append(BOILERPLATE[1])
    sep = rng.choice(["\n\n", "\n", "\r\n\r\n"])
    text = sep.join(paras)
    if rng.random() < 0.3:
        text = "KOTA SUKAMAJU, KOMPAS.com - " + text
    return text


class Builder:
    """Collects raw JSONL lines and what warta must answer for each."""

    def __init__(self, name):
        self.name = name
        self.lines = []     # raw bytes, without the final '\n'
        self.expected = []  # dicts, one per record (blank lines are not records)
        self.good = []      # raw lines of good records, for the isolation check

    def add(self, raw, cls, code=None, id=None, good=False, published=None, terminator=b"\n",
            text=None):
        if isinstance(raw, str):
            raw = raw.encode()
        line_no = len(self.lines) + 1
        self.lines.append((raw, terminator))
        exp = {"class": cls, "status": "error" if code else "ok", "code": code,
               "id": id if id is not None else f"{self.name}:{line_no}"}
        if published is not None:
            exp["published"] = published
        if text is not None:  # for records Python's json cannot decode (too deep)
            exp["text"] = text
        self.expected.append(exp)
        if good:
            self.good.append(raw)

    def add_blank(self, raw):
        self.lines.append((raw, b"\n"))

    def record(self, rec, cls, code=None, good=False, **kw):
        rid = rec.get("id") if isinstance(rec, dict) and isinstance(rec.get("id"), str) else None
        self.add(json.dumps(rec, ensure_ascii=False), cls, code, id=rid, good=good, **kw)

    def write(self, path):
        with open(path, "wb") as f:
            for raw, term in self.lines:
                f.write(raw + term)


def build(outdir, big_mb=50):
    rng = random.Random(20220103)
    os.makedirs(outdir, exist_ok=True)
    b = Builder(os.path.join(outdir, "faults.jsonl"))
    good_count = 0

    def good(n=None):
        nonlocal good_count
        good_count += 1
        rec = {"id": f"good-{good_count}", "title": rng.choice(TITLES),
               "text": good_text(rng, n or rng.randint(3, 12))}
        pub = None
        r = rng.random()
        if r < 0.4:
            pub = f"2022-01-{rng.randint(1, 28):02d}"
            rec["published"] = pub
        elif r < 0.6:
            rec["published"] = 1641186000  # 2022-01-03 12:00 WIB
            pub = "2022-01-03"
        b.record(rec, "good", good=True, published=pub)

    def bad_line(raw, cls, code, id=None):
        b.add(raw, cls, code, id=id)

    for _ in range(50):
        good()

    # Invalid UTF-8 inside the text: the error record keeps the record's id.
    for name, bad in [("overlong_2", b"\xc0\xaf"), ("overlong_3", b"\xe0\x80\xaf"),
                      ("overlong_4", b"\xf0\x80\x80\xaf"), ("surrogate_hi", b"\xed\xa0\x80"),
                      ("surrogate_lo", b"\xed\xbf\xbf"), ("truncated_2", b"\xc3"),
                      ("truncated_3", b"\xe2\x82"), ("truncated_4", b"\xf0\x9f\x98"),
                      ("lone_continuation", b"\x80"), ("above_10ffff", b"\xf4\x90\x80\x80"),
                      ("byte_ff", b"\xff"), ("byte_f5", b"\xf5\x80\x80\x80")]:
        rid = f"utf8-{name}"
        raw = (b'{"id":"' + rid.encode() + b'","text":"Harga ' + bad +
               b' naik.\\n\\nBaca juga: Harga ' + bad + b' turun\\n\\nPasar ramai."}')
        bad_line(raw, "invalid_utf8", "invalid_utf8", id=rid)
        good()
    # Invalid UTF-8 in the id itself: no usable id, so FILE:LINE.
    bad_line(b'{"id":"x\xff","text":"Pasar ramai."}', "invalid_utf8", "invalid_utf8")
    # Truncated sequence at the very end of the line (no closing quote either).
    bad_line(b'{"id":"utf8-eol","text":"akhir \xe2\x82', "invalid_utf8", "invalid_utf8")

    # NUL: raw inside a string (JSON forbids control characters) and alone on a
    # line are invalid JSON; escaped \u0000 is a character of the text.
    bad_line(b'{"id":"nul-raw","text":"a\x00b"}', "nul_raw", "invalid_json")
    bad_line(b"\x00", "nul_raw", "invalid_json")
    bad_line(b'{"id":"nul-after"}\x00', "nul_raw", "invalid_json")
    b.record({"id": "nul-escaped", "text": "Warga\u0000 berkumpul\u0000di balai desa."},
             "nul_escaped", good=True)
    b.record({"id": "nul-escaped-id\u0000", "text": "Rapat dimulai pukul 09.00."},
             "nul_escaped", good=True)
    good()

    # Lone CR: raw inside a string is invalid JSON; escaped it is a line break.
    bad_line(b'{"id":"cr-raw","text":"baris satu\rbaris dua"}', "lone_cr_raw", "invalid_json")
    b.record({"id": "cr-escaped", "text": "Baris pertama.\rBaris kedua.\r\rBaca juga: Cuaca"},
             "lone_cr_escaped", good=True)
    # Lone CR between two records is not a JSONL line break: one error record.
    bad_line(b'{"id":"cr-a","text":"satu"}\r{"id":"cr-b","text":"dua"}', "lone_cr_separator",
             "invalid_json")

    # BOM: at the start of a line it is skipped; inside the text it is an
    # invisible character that cleaning drops (offsets stay exact).
    b.add('\ufeff{"id":"bom-line","text":"Pasar buka pagi."}', "bom_line", id="bom-line",
          good=True)
    good()
    b.add('\ufeff{"id":"bom-line-2","text":"Sekolah libur."}', "bom_line", id="bom-line-2",
          good=True)
    b.record({"id": "bom-text", "text": "\ufeffBaca juga: Banjir\n\n\ufeffJalan \ufeffditutup."},
             "bom_text", good=True)

    # Empty and whitespace-only texts.
    b.record({"id": "empty", "text": ""}, "empty_text", "empty_text")
    for i, ws in enumerate([" ", "\n\n\n", " \t\r\n ", "\u00a0\u2003\u3000", "\u200b\ufeff\u2060",
                            "\u0000\u0001\u007f", "\r"]):
        b.record({"id": f"ws-{i}", "text": ws}, "whitespace_text", "empty_text")
    good()

    # Text of another type.
    for i, v in enumerate([42, 3.5, None, True, ["a"], {"a": "b"}]):
        b.record({"id": f"type-{i}", "text": v}, "text_not_string", "text_not_string")
    # Missing text field (also: a text under another name).
    b.record({"id": "missing-1", "title": "Judul saja"}, "missing_text", "missing_text")
    b.record({"id": "missing-2", "Text": "huruf besar"}, "missing_text", "missing_text")
    b.record({}, "missing_text", "missing_text")
    good()

    # Lines that are JSON but not objects.
    for v in ['[1,2,3]', '"teks saja"', '42', 'null', 'true', '[]', '[{"id":"x","text":"y"}]']:
        bad_line(v, "not_object", "not_object")
    # Lines that are not JSON at all.
    for v in ['{id: "a", text: "b"}', "{'id':'a','text':'b'}", '{"id":"a","text":"b",}',
              '{"id":"a" "text":"b"}', 'Ini bukan JSON', '}{', '{"id":"a","text":"b"} x']:
        bad_line(v, "invalid_json", "invalid_json")
    good()

    # Deeply nested JSON: unterminated, complete, and inside an unused field.
    depth = 100000
    bad_line("[" * depth, "deep_nesting", "invalid_json")
    bad_line("[" * depth + "]" * depth, "deep_nesting", "not_object")
    bad_line('{"a":' * depth + "1" + "}" * depth, "deep_nesting", "missing_text")
    b.add('{"id":"deep-field","text":"Jalan licin.","x":' + "[" * depth + "]" * depth + "}",
          "deep_nesting", id="deep-field", good=True, text="Jalan licin.")
    good()

    # Duplicate keys: the fields warta reads may appear once (error
    # duplicate_key); other keys may repeat.
    b.add('{"id":"dup-text","text":"pertama","text":"kedua"}', "duplicate_key", "duplicate_key",
          id="dup-text")
    b.add('{"id":"dup-id-1","id":"dup-id-2","text":"Pasar."}', "duplicate_key", "duplicate_key")
    b.add('{"id":"dup-title","title":"A","title":"B","text":"Pasar."}', "duplicate_key",
          "duplicate_key", id="dup-title")
    b.add('{"id":"dup-pub","text":"Pasar.","published":"2022-01-01","published":"2022-01-02"}',
          "duplicate_key", "duplicate_key", id="dup-pub")
    b.add('{"id":"dup-other","x":1,"x":2,"text":"Pasar ramai."}', "duplicate_key_other",
          id="dup-other", good=True)
    b.add('{"id":"dup-nested","text":"Pasar sepi.","m":{"text":1,"text":2}}',
          "duplicate_key_other", id="dup-nested", good=True)
    good()

    # Huge numbers: an id beyond 64 bits is not an id (FILE:LINE); a number
    # beyond double range anywhere makes the line invalid JSON; dates out of
    # range are ignored.
    b.add('{"id":123456789012345678901234567890,"text":"Angka besar."}', "huge_number",
          good=True)
    b.add('{"id":18446744073709551615,"text":"Angka batas."}', "huge_number",
          id="18446744073709551615", good=True)
    b.add('{"id":-9223372036854775808,"text":"Angka negatif."}', "huge_number",
          id="-9223372036854775808", good=True)
    b.add('{"id":"num-float-id","text":"Pecahan.","views":1e300}', "huge_number",
          id="num-float-id", good=True)
    bad_line('{"id":"num-overflow","text":"Terlalu besar.","views":1e400}', "huge_number",
             "invalid_json")
    for i, v in enumerate(["9223372036854775807", "-9223372036854775808", "18446744073709551615",
                           "1e300", "99999999999999999999999", "-1e300"]):
        b.add(f'{{"id":"pub-{i}","text":"Tanggal aneh.","published":{v}}}', "huge_number",
              id=f"pub-{i}", good=True, published=None)
    good()

    # Windows line endings: CRLF after records, CRLF-only blank lines are not
    # records.
    for _ in range(5):
        good()
        b.lines[-1] = (b.lines[-1][0], b"\r\n")
    b.add_blank(b"\r")
    b.add_blank(b"   \t")
    b.add_blank(b"")
    good()

    # 10,000 tiny articles.
    tiny = ["Hujan.", "Banjir!", "Ya", "Pasar buka.", "A", "1", "Rp5.000", "\"Siap,\" katanya."]
    for i in range(10000):
        b.record({"id": f"tiny-{i}", "text": tiny[i % len(tiny)]}, "tiny", good=True)
        if i % 1000 == 0:
            good()

    # A big article over the default --max-article-bytes (8 MiB).
    big_id = "big-article"
    chunk = " ".join(SENTENCES) + "\n\n"
    reps = (big_mb << 20) // len(chunk.encode()) + 1
    big = '{"id":"' + big_id + '","text":"' + json.dumps(chunk)[1:-1] * reps + '"}'
    bad_line(big, "too_large", "too_large")
    good()
    # The same size in a field warta does not read is still too large a record.
    bad_line('{"id":"big-field","text":"kecil","x":"' + "a" * (9 << 20) + '"}', "too_large",
             "too_large")
    good()

    # Truncated line at EOF: no closing brace and no final newline.
    b.add('{"id":"truncated-eof","text":"Artikel ini terpotong di teng', "truncated_eof",
          "invalid_json", terminator=b"")

    b.write(os.path.join(outdir, "faults.jsonl"))
    with open(os.path.join(outdir, "expected.json"), "w") as f:
        json.dump(b.expected, f, ensure_ascii=False)
    with open(os.path.join(outdir, "good.jsonl"), "wb") as f:
        for raw in b.good:
            f.write(raw + b"\n")
    build_txt(os.path.join(outdir, "txt"), big_mb)
    return b.expected


def build_txt(d, big_mb):
    """One .txt file per class: the whole file is one article, id = path."""
    os.makedirs(d, exist_ok=True)
    cases = [
        ("good.txt", ("Jembatan Baru\n\n" + " ".join(SENTENCES[:6])).encode(), None),
        ("crlf.txt", "Judul Berita\r\n\r\nBaris satu.\r\nBaris dua.\r\n".encode(), None),
        ("lone_cr.txt", b"Judul\r\rBaris satu.\rBaris dua.", None),
        ("bom.txt", "\ufeffJudul\n\nIsi berita singkat.".encode(), None),
        ("nul.txt", b"Isi\x00 berita\x00 dengan NUL.", None),
        ("invalid_utf8.txt", b"Harga \xc0\xaf naik \xed\xa0\x80 lagi \xe2\x82", "invalid_utf8"),
        ("empty.txt", b"", "empty_text"),
        ("whitespace.txt", " \n\t\r\n\u00a0\u200b".encode(), "empty_text"),
        ("binary.txt", bytes(range(256)) * 4, "invalid_utf8"),
        ("big.txt", (" ".join(SENTENCES) + "\n").encode() * ((big_mb << 20) // 2000 + 1),
         "too_large"),
    ]
    expected = []
    for name, data, code in cases:
        path = os.path.join(d, name)
        with open(path, "wb") as f:
            f.write(data)
        expected.append({"id": path, "status": "error" if code else "ok", "code": code,
                         "class": "txt_" + name[:-4]})
    with open(os.path.join(d, "..", "txt_expected.json"), "w") as f:
        json.dump(expected, f)


if __name__ == "__main__":
    out = sys.argv[1] if len(sys.argv) > 1 else "fault-input"
    mb = int(sys.argv[3]) if len(sys.argv) > 3 and sys.argv[2] == "--big-mb" else 50
    exp = build(out, mb)
    print(f"{len(exp)} records, {len(set(e['class'] for e in exp))} classes -> {out}")
