#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "unit/test_support.h"

namespace warta {
namespace {

struct DatelineCase {
  const char* text;
  const char* outlet;
  const char* place;
};

TEST_CASE("datelines give outlet and place") {
  const DatelineCase cases[] = {
      {"Judul Berita Hari Ini\n\nKalbarOnline, Pontianak \u2013 Kota Pontianak meraih.", "KalbarOnline", "Pontianak"},
      {"Judul Berita Hari Ini\n\nPONTIANAK (ANTARA) - Pemerintah kota menggelar.", "ANTARA", "Pontianak"},
      {"Judul Berita Hari Ini\n\nMakassar (ANTARA News) - Pemerintah kota menggelar.", "ANTARA", "Makassar"},
      {"Judul Berita Hari Ini\n\nJakarta, CNN Indonesia -- Presiden meminta.", "CNN Indonesia", "Jakarta"},
      {"Judul Berita Hari Ini\n\nSamarinda - Wali Kota Samarinda meminta.", "", "Samarinda"},
      {"Judul Berita Hari Ini\n\nTRIBUNJATIM.COM, MALANG - Polisi menangkap.", "TRIBUNJATIM.COM", "Malang"},
      {"Judul Berita Hari Ini\n\nKOMPAS.com - Pemerintah pusat menetapkan.", "Kompas.com", ""},
      {"Judul Berita Hari Ini\n\nJAKARTA, KOMPAS.com - Pemerintah pusat menetapkan.", "Kompas.com", "Jakarta"},
      {"Judul Berita Hari Ini\n\nBANDAR LAMPUNG (ANTARA) - Gubernur meninjau.", "ANTARA", "Bandar Lampung"},
      {"Judul Berita Hari Ini\n\nJakarta, 29 Desember 2021 - Menteri meninjau.", "", "Jakarta"},
      {"Judul Berita Hari Ini\n\nWarga sekitar - yang sudah lama menunggu - senang.", "", ""},
      {"Judul Berita Hari Ini\n\nPandemi COVID-19 belum usai.", "", ""},
      {"Judul Berita Hari Ini\n\nsebanyak dua ratus warga - menurut data - hadir.", "", ""},
      {"Judul Berita Hari Ini\n\nBaru - baru ini, penyanyi itu merilis album.", "", ""},
      {"Judul Berita Hari Ini\n\nKepada media, Direktur - yang enggan disebut - berkata.", "", ""},
      {"Judul Berita Hari Ini\n\nLONDON, JUARA.net - Pebalap muda itu menang.", "JUARA.net", "London"},
      {"Judul Berita Hari Ini\n\nSukabumi, Jawa Barat (ANTARA News) - Bupati meninjau.", "ANTARA", "Sukabumi"},
      {"Judul Berita Hari Ini\n\nParagraf pertama tanpa dateline.\n\nJAKARTA - Bukan dateline.", "", ""},
      {"Judul Berita Hari Ini\n\nSubjudul Tanpa Titik\n\nJAKARTA - Dateline setelah subjudul.", "", "Jakarta"},
      {"Judul Berita Hari Ini\n\nBalikpapan - Wali Kota meresmikan pasar.", "", "Balikpapan"},
  };
  for (const DatelineCase& c : cases) {
    std::string shown(c.text);
    CAPTURE(shown);
    ArticleResult r = testing::Run(c.text);
    CHECK(r.extraction.meta.outlet == c.outlet);
    CHECK(r.extraction.meta.dateline_place == c.place);
  }
}

struct TitleCase {
  const char* text;
  const char* title;
};

TEST_CASE("the first line is the title when it looks like one") {
  const TitleCase cases[] = {
      {"Pemkot Raih Penghargaan\n\nIsi berita.", "Pemkot Raih Penghargaan"},
      {"Pemkot Raih Penghargaan\nIsi berita.", "Pemkot Raih Penghargaan"},
      {"Ini kalimat pertama berita.\n\nKalimat kedua.", ""},
      {"Satu baris saja tanpa lanjutan", ""},
      {"Judul:\n\nIsi.", ""},
      {"Tunggal\n\nIsi.", ""},
  };
  for (const TitleCase& c : cases) {
    std::string shown(c.text);
    CAPTURE(shown);
    CHECK(testing::Run(c.text).extraction.meta.title == c.title);
  }
}

struct BoilerplateCase {
  const char* text;
  std::vector<std::string> spans;  // cleaned text of each boilerplate span
  std::vector<std::string> kinds;
};

TEST_CASE("boilerplate is recognised and not extracted from") {
  const BoilerplateCase cases[] = {
      {"Judul Berita Baru\n\nIsi pertama.\n\nBaca Juga: Judul Lain di Sini\n\nIsi kedua.",
       {"Baca Juga: Judul Lain di Sini"}, {"read_also"}},
      {"Judul Berita Baru\n\nIsi.\n\nBACA JUGA : Lain\n\nbaca juga Lain Lagi", {"BACA JUGA : Lain", "baca juga Lain Lagi"},
       {"read_also", "read_also"}},
      {"Judul Berita Baru\n\nJudul Berita Baru\n\nIsi.", {"Judul Berita Baru"}, {"repeated_title"}},
      {"Judul Berita Baru\n\nJudul Berita Baru 3\n\nIsi.", {"Judul Berita Baru 3"}, {"caption"}},
      {"Judul Berita Baru\n\nIsi awal SCROLL TO CONTINUE WITH CONTENT isi akhir.", {"SCROLL TO CONTINUE WITH CONTENT"},
       {"widget"}},
      {"Judul Berita Baru\n\nIsi.\n\nADVERTISEMENT\n\nComment", {"ADVERTISEMENT", "Comment"}, {"widget", "widget"}},
      {"Judul Berita Baru\n\nIsi berita selesai. (ant/rdn)", {"(ant/rdn)"}, {"credit"}},
      {"Judul Berita Baru\n\nIsi.\n\nEditor: Budi Santoso\n\nPenulis : Ani", {"Editor: Budi Santoso", "Penulis : Ani"},
       {"credit", "credit"}},
      {"Judul Berita Baru\n\nEditor senior majalah itu menulis buku.", {}, {}},
      {"Judul Berita Baru\n\nIsi.\n\nIkuti berita terkini di Google News", {"Ikuti berita terkini di Google News"},
       {"footer"}},
      {"Judul Berita Baru\n\nKomentar warga beragam.", {}, {}},
  };
  for (const BoilerplateCase& c : cases) {
    std::string shown(c.text);
    CAPTURE(shown);
    ArticleResult r = testing::Run(c.text);
    std::vector<std::string> spans, kinds;
    for (const Boilerplate& b : r.extraction.boilerplate) {
      spans.emplace_back(r.doc.Slice(b.span));
      kinds.push_back(b.kind);
    }
    CHECK(spans == c.spans);
    CHECK(kinds == c.kinds);
  }
}

}  // namespace
}  // namespace warta
