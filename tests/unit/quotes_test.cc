// Quotes: attribution by speech verbs after and before the quotation.
#include <doctest/doctest.h>

#include <string>

#include "unit/test_support.h"

namespace warta {
namespace {

struct QuoteCase {
  const char* text;
  size_t quotes;
  const char* speaker;  // name of the official the first quote belongs to; "" = none
};

TEST_CASE("quotes: attributed to the official who said them") {
  const QuoteCase cases[] = {
      {"Wali Kota Pontianak Edi Rusdi Kamtono hadir.\n\n\"Kami siap melayani warga,\" ujarnya.", 1,
       "Edi Rusdi Kamtono"},
      {"Wali Kota Pontianak Edi Rusdi Kamtono hadir.\n\n\u201cKami siap melayani warga,\u201d "
       "tuturnya.",
       1, "Edi Rusdi Kamtono"},
      {"Gubernur Kalbar Sutarmidji hadir.\n\n\"Jalan itu segera diperbaiki,\" kata Sutarmidji.", 1,
       "Sutarmidji"},
      {"Gubernur Kalbar Sutarmidji hadir.\n\n\"Jalan itu segera diperbaiki,\" kata dia.", 1,
       "Sutarmidji"},
      {"Gubernur Kalbar Sutarmidji hadir.\n\nSutarmidji mengatakan, \"Jalan itu segera "
       "diperbaiki.\"",
       1, "Sutarmidji"},
      {"Gubernur Kalbar Sutarmidji hadir.\n\nMenurut Sutarmidji, \"jalan itu segera diperbaiki.\"",
       1, "Sutarmidji"},
      {"Bupati Sambas Satono dan Wakil Bupati Sambas Fahrur Rofi hadir.\n\n\"Kami bersatu,\" kata "
       "Fahrur.",
       1, "Fahrur Rofi"},
      {"Bupati Sambas Satono hadir.\n\n\"Kami bersatu membangun desa,\" ungkapnya. \"Semua "
       "harus ikut,\" pungkasnya.",
       2, "Satono"},
      {"Wali Kota Bogor Bima Arya hadir.\n\n\"Harga cabai naik terus,\" kata Siti, pedagang pasar.",
       1, ""},
      {"Ia menyebut program itu \"jemput bola\" bagi warga.", 0, ""},
      {"Film \"Laskar Pelangi Dua\" diputar lagi.", 0, ""},
      {"Menteri Keuangan Sri Mulyani berbicara.\n\n\"Defisit masih aman,\" paparnya.", 1,
       "Sri Mulyani"},
  };
  for (const QuoteCase& c : cases) {
    const std::string text = c.text;
    CAPTURE(text);
    ArticleResult r = testing::Run(c.text);
    REQUIRE(r.extraction.quotes.size() == c.quotes);
    if (c.quotes == 0) continue;
    const Quote& q = r.extraction.quotes[0];
    CHECK(r.doc.Slice(q.span).front() == '"');
    std::string who;
    for (const Official& o : r.extraction.officials) {
      if (o.id == q.speaker) who = o.name;
    }
    CHECK(who == std::string(c.speaker));
  }
}

// Regression (pronoun_verb_after_resident): "ujarnya" after a resident or a
// company's staff named as the subject went to the last official.
TEST_CASE("quotes: pronoun_verb_after_resident") {
  const char* kOfficial = "Wali Kota Pontianak Edi Rusdi Kamtono meninjau lokasi banjir.\n\n";
  const QuoteCase cases[] = {
      {"Warga Siantan, Rahmah (47), mengatakan air naik tiap malam. \"Kami lelah mengungsi,\" "
       "ujarnya.", 1, ""},
      {"Manajer PT Sungai Jaya, Bonar Tampubolon, mengatakan pabrik tetap buka. \"Produksi "
       "jalan terus,\" katanya.", 1, ""},
      {"Pedagang pasar Darmo mengaku omzet turun. \"Pembeli sepi sekali,\" tuturnya.", 1, ""},
      // A relative clause between commas: the subject is the name before it.
      {"Darmo, yang juga pedagang pasar, mengatakan omzet turun. \"Pembeli sepi,\" ujarnya.", 1,
       ""},
      // A short name of the official and a pronoun subject keep the official.
      {"Edi mengatakan tanggul segera diperbaiki. \"Kami kerjakan pekan ini,\" ujarnya.", 1,
       "Edi Rusdi Kamtono"},
      {"Ia mengatakan tanggul segera diperbaiki. \"Kami kerjakan pekan ini,\" ujarnya.", 1,
       "Edi Rusdi Kamtono"},
      {"Dirinya menjelaskan tanggul segera diperbaiki. \"Kami kerjakan pekan ini,\" ujarnya.", 1,
       "Edi Rusdi Kamtono"},
      // The official in the verb's clause, before a date apposition.
      {"Wali Kota Singkawang Tjhai Chui Mie di Singkawang, Selasa, menjelaskan tanggul segera "
       "diperbaiki. \"Kami kerjakan pekan ini,\" ujarnya.", 1, "Tjhai Chui Mie"},
  };
  for (const QuoteCase& c : cases) {
    const std::string text = std::string(kOfficial) + c.text;
    CAPTURE(text);
    ArticleResult r = testing::Run(text);
    REQUIRE(r.extraction.quotes.size() == c.quotes);
    const Quote& q = r.extraction.quotes[0];
    std::string who;
    for (const Official& o : r.extraction.officials) {
      if (o.id == q.speaker) who = o.name;
    }
    CHECK(who == std::string(c.speaker));
  }
}

}  // namespace
}  // namespace warta
