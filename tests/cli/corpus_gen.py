"""Synthetic Indonesian news articles for the batch and cluster tests.

Every sentence here is original (written for these tests); articles are
deterministic combinations of them, so that a test can build megabytes of
varied input without touching ../shared/data.
"""
import json
import random

PLACES = ["Sukamaju", "Lembah Hijau", "Tanjung Harapan", "Pulau Mentari", "Bukit Kencana"]
PEOPLE = ["Budi Santoso", "Siti Rahmawati", "Andi Pratama", "Dewi Lestari", "Yusuf Hamdani"]
SENTENCES = [
    "Wali Kota {place}, {person}, meresmikan pasar tradisional baru pada Senin (3/1/2022).",
    "Sebanyak {n} warga {place} mengikuti vaksinasi massal di gedung olahraga kota.",
    "\"Kami berharap program ini berlanjut tahun depan,\" kata {person} di {place}.",
    "Pertandingan final di {place} berakhir dengan skor {a}-{b} untuk tim tuan rumah.",
    "Bupati {place} meminta seluruh camat memastikan bantuan sosial tersalurkan sebelum akhir bulan.",
    "Dinas Pendidikan {place} menerima penghargaan sekolah hijau dari pemerintah provinsi.",
    "Nilai indeks kepuasan masyarakat {place} mencapai {a},{n2} pada tahun {year}.",
    "Pemerintah daerah menyiapkan anggaran Rp{a},{b} miliar untuk perbaikan jalan desa.",
    "{person} menyebut jumlah pengunjung naik {a} persen dibanding tahun lalu.",
    "Acara ditutup dengan pentas seni dari pelajar sekolah dasar setempat.",
]


def article(rng, i):
    """One article as a dict with id, title, text and published."""
    place = rng.choice(PLACES)
    paragraphs = []
    for _ in range(rng.randint(2, 6)):
        k = rng.randint(1, 3)
        paragraphs.append(" ".join(
            rng.choice(SENTENCES).format(place=place, person=rng.choice(PEOPLE),
                                         n=rng.randint(10, 5000), n2=rng.randint(10, 99),
                                         a=rng.randint(1, 9), b=rng.randint(0, 9),
                                         year=rng.randint(2015, 2023))
            for _ in range(k)))
    return {
        "id": "art-%06d" % i,
        "title": "Kabar dari %s nomor %d" % (place, i),
        "text": "\n\n".join(paragraphs),
        "published": "2022-%02d-%02d" % (rng.randint(1, 12), rng.randint(1, 28)),
    }


def jsonl_lines(count, seed=7, broken_every=0):
    """JSONL lines (str, without newline). With broken_every=k, every k-th
    record has an id but no text, so it becomes an error record that keeps
    its id (fallback ids would differ between split runs)."""
    rng = random.Random(seed)
    for i in range(count):
        if broken_every and i % broken_every == broken_every - 1:
            yield json.dumps({"id": "broken-%06d" % i, "body": "no text field"})
        else:
            yield json.dumps(article(rng, i), ensure_ascii=False)
