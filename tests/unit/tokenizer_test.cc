#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "unit/test_support.h"

namespace warta {
namespace {

using testing::Sentences;
using testing::Tokens;
using V = std::vector<std::string>;

struct TokenCase {
  const char* text;
  V tokens;
};

TEST_CASE("tokenizer keeps Indonesian units whole") {
  const TokenCase cases[] = {
      {"skor 98,78.", {"skor", "98,78", "."}},
      {"Rp1.234.567 dan Rp1,5 miliar", {"Rp1.234.567", "dan", "Rp1,5", "miliar"}},
      {"Rabu (29/12)", {"Rabu", "(", "29/12", ")"}},
      {"Senin (24/4/2024).", {"Senin", "(", "24/4/2024", ")", "."}},
      {"HUT ke-71", {"HUT", "ke-71"}},
      {"pandemi COVID-19 berlalu", {"pandemi", "COVID-19", "berlalu"}},
      {"10 tahun berturut-turut", {"10", "tahun", "berturut-turut"}},
      {"Kab. Bogor", {"Kab.", "Bogor"}},
      {"H. Ahmad Fauzi, S.Sos., M.Si.", {"H.", "Ahmad", "Fauzi", ",", "S.Sos.", ",", "M.Si."}},
      {"Budi, S.H. hadir", {"Budi", ",", "S.H.", "hadir"}},
      {"DPMTK-PTSP Kota", {"DPMTK-PTSP", "Kota"}},
      {"KemenPAN-RB memberi", {"KemenPAN-RB", "memberi"}},
      {"pukul 09.00 WIB", {"pukul", "09.00", "WIB"}},
      {"“Mudah-mudahan,” ujarnya", {"“", "Mudah-mudahan", ",", "”", "ujarnya"}},
      {"periode 2019-2024", {"periode", "2019-2024"}},
      {"Jl. Ahmad Yani No. 5", {"Jl.", "Ahmad", "Yani", "No.", "5"}},
  };
  for (const TokenCase& c : cases) {
    std::string shown(c.text);
    CAPTURE(shown);
    CHECK(Tokens(c.text) == c.tokens);
  }
}

struct SentenceCase {
  const char* text;
  V sentences;
};

TEST_CASE("sentences do not end after Indonesian abbreviations") {
  const SentenceCase cases[] = {
      {"Ia tinggal di Kab. Bogor. Ia petani.", {"Ia tinggal di Kab. Bogor.", "Ia petani."}},
      {"Hadir Prof. Dr. Ir. H. Ahmad. Acara selesai.",
       {"Hadir Prof. Dr. Ir. H. Ahmad.", "Acara selesai."}},
      {"Baris satu\nBaris dua", {"Baris satu", "Baris dua"}},
      {"Jalan, jembatan, dll. Semua rusak.", {"Jalan, jembatan, dll.", "Semua rusak."}},
      {"Nilainya 98,78. Itu tinggi.", {"Nilainya 98,78.", "Itu tinggi."}},
      {"Rapat dimulai pkl. 13.00 WIB. Semua hadir.", {"Rapat dimulai pkl. 13.00 WIB.", "Semua hadir."}},
      {"Plt. Kepala Dinas hadir. Ia memimpin.", {"Plt. Kepala Dinas hadir.", "Ia memimpin."}},
  };
  for (const SentenceCase& c : cases) {
    std::string shown(c.text);
    CAPTURE(shown);
    CHECK(Sentences(c.text) == c.sentences);
  }
}

}  // namespace
}  // namespace warta
