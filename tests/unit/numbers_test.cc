// Indonesian numbers, scores and counts. Every sentence is original, written
// for these tests.
#include <doctest/doctest.h>

#include <cmath>
#include <optional>
#include <string>

#include "unit/test_support.h"
#include "warta/extract/numbers/number_reader.h"

namespace warta {
namespace {

using testing::Run;

const NumberReader& Reader() {
  static const NumberReader* reader = [] {
    const Pipeline& p = testing::DefaultPipeline();
    StatusOr<NumberReader> r = NumberReader::Create(p.lexicons(), p.tokenizer());
    REQUIRE(r.ok());
    return new NumberReader(std::move(*r));
  }();
  return *reader;
}

TokenizedText Tokenize(const std::string& text) {
  const Tokenizer& tok = testing::DefaultPipeline().tokenizer();
  Tokenizer::State st = tok.NewState();
  TokenizedText out;
  tok.Tokenize(text, {}, &st, &out);
  return out;
}

bool Near(double a, double b) { return std::fabs(a - b) <= 1e-9 * std::max(1.0, std::fabs(b)); }

TEST_CASE("ParseNumeral reads the Indonesian way") {
  struct Case {
    const char* s;
    std::optional<double> v;
  };
  const Case cases[] = {
      {"98,78", 98.78},     {"1.234.567", 1234567}, {"1.234,5", 1234.5}, {"2021", 2021},
      {"0,5", 0.5},         {"98.78", 98.78},       {"1,234,567", 1234567},
      {"1.5", 1.5},         {"12.345", 12345},      {"1.000,75", 1000.75}, {"100", 100},
      {"09.00", 9},         {"1..2", std::nullopt}, {"abc", std::nullopt}, {"", std::nullopt},
      {"1.23.4", std::nullopt}, {"1,2,3", std::nullopt}, {"1.234.5678", std::nullopt},
      {"12a", std::nullopt}, {",5", std::nullopt},  {"5,", std::nullopt},
  };
  for (const Case& c : cases) {
    CAPTURE(std::string(c.s));
    std::optional<double> v = ParseNumeral(c.s);
    REQUIRE(v.has_value() == c.v.has_value());
    if (v) CHECK(Near(*v, *c.v));
  }
}

TEST_CASE("ParseRoman") {
  CHECK(ParseRoman("III") == 3);
  CHECK(ParseRoman("IV") == 4);
  CHECK(ParseRoman("XX") == 20);
  CHECK(ParseRoman("XXXIX") == 39);
  CHECK(ParseRoman("IIII") == 0);
  CHECK(ParseRoman("ABC") == 0);
  CHECK(ParseRoman("iv") == 0);
}

TEST_CASE("NumberReader: numerals, words, scales, money and percentages") {
  using K = NumberMatch::Kind;
  struct Case {
    const char* text;
    double value;
    K kind;
    const char* currency;
    const char* read;  // the text the number covers
  };
  const Case cases[] = {
      {"98,78 poin", 98.78, K::kPlain, "", "98,78"},
      {"1.234.567 jiwa", 1234567, K::kPlain, "", "1.234.567"},
      {"1.234,5 ton", 1234.5, K::kPlain, "", "1.234,5"},
      {"Rp1,5 miliar untuk desa", 1.5e9, K::kMoney, "IDR", "Rp1,5 miliar"},
      {"Rp 13,2 T tahun ini", 13.2e12, K::kMoney, "IDR", "Rp 13,2 T"},
      {"Rp 500 ribu per bulan", 5e5, K::kMoney, "IDR", "Rp 500 ribu"},
      {"Rp.500 saja", 500, K::kMoney, "IDR", "Rp.500"},
      {"Rp15.000 per porsi", 15000, K::kMoney, "IDR", "Rp15.000"},
      {"5 juta rupiah", 5e6, K::kMoney, "IDR", "5 juta rupiah"},
      {"US$ 5 juta", 5e6, K::kMoney, "USD", "US$ 5 juta"},
      {"2,5 miliar dolar AS", 2.5e9, K::kMoney, "USD", "2,5 miliar dolar AS"},
      {"€ 222 juta", 222e6, K::kMoney, "EUR", "€ 222 juta"},
      {"5,5 juta euro", 5.5e6, K::kMoney, "EUR", "5,5 juta euro"},
      {"RM10 untuk parkir", 10, K::kMoney, "MYR", "RM10"},
      {"Rp 1,2 M untuk jalan", 1.2e9, K::kMoney, "IDR", "Rp 1,2 M"},
      {"95 persen warga", 95, K::kPercent, "", "95 persen"},
      {"95% warga", 95, K::kPercent, "", "95%"},
      {"lima persen saja", 5, K::kPercent, "", "lima persen"},
      {"2,75 persen", 2.75, K::kPercent, "", "2,75 persen"},
      {"dua puluh tiga desa", 23, K::kPlain, "", "dua puluh tiga"},
      {"seratus dua puluh lima orang", 125, K::kPlain, "", "seratus dua puluh lima"},
      {"seribu dua ratus peserta", 1200, K::kPlain, "", "seribu dua ratus"},
      {"tiga belas kecamatan", 13, K::kPlain, "", "tiga belas"},
      {"sebelas pemain", 11, K::kPlain, "", "sebelas"},
      {"sepuluh ribu bibit", 10000, K::kPlain, "", "sepuluh ribu"},
      {"dua juta dosis", 2e6, K::kPlain, "", "dua juta"},
      {"setengah hari", 0.5, K::kPlain, "", "setengah"},
      {"satu setengah tahun", 1.5, K::kPlain, "", "satu setengah"},
      {"500 rb per orang", 5e5, K::kPlain, "", "500 rb"},
      {"2 jt unit", 2e6, K::kPlain, "", "2 jt"},
      {"13 M jalan", 13, K::kPlain, "", "13"},
      {"tujuh puluh delapan", 78, K::kPlain, "", "tujuh puluh delapan"},
      {"empat ratus ribu", 400000, K::kPlain, "", "empat ratus ribu"},
      {"1,5 juta ton", 1.5e6, K::kPlain, "", "1,5 juta"},
      {"dua tiga orang", 2, K::kPlain, "", "dua"},
  };
  for (const Case& c : cases) {
    CAPTURE(std::string(c.text));
    TokenizedText t = Tokenize(c.text);
    NumberMatch n;
    REQUIRE(Reader().ReadAt(t, c.text, 0, static_cast<uint32_t>(t.tokens.size()), &n));
    CHECK(Near(n.value, c.value));
    CHECK(n.kind == c.kind);
    CHECK(n.currency == c.currency);
    std::string text = c.text;
    CHECK(text.substr(t.tokens[n.begin].span.begin,
                      t.tokens[n.end - 1].span.end - t.tokens[n.begin].span.begin) == c.read);
  }
  // Not numbers.
  for (const char* text : {"ribu orang", "belas", "kedua", "Rapat", "puluh", "RPJMD 2021"}) {
    CAPTURE(std::string(text));
    TokenizedText t = Tokenize(text);
    NumberMatch n;
    CHECK_FALSE(Reader().ReadAt(t, text, 0, static_cast<uint32_t>(t.tokens.size()), &n));
  }
  // Vague counts.
  TokenizedText t = Tokenize("beberapa tahun");
  NumberMatch n;
  REQUIRE(Reader().ReadAt(t, "beberapa tahun", 0, 2, &n));
  CHECK(n.vague);
}

TEST_CASE("NumberReader: ordinals") {
  struct Case {
    const char* text;
    int value;
  };
  const Case cases[] = {{"kedua", 2},     {"ke-2", 2},  {"ke 3", 3},      {"pertama", 1},
                        {"kesepuluh", 10}, {"ke-dua", 2}, {"ketiga", 3},   {"ke-71", 71},
                        {"kesebelas", 11}, {"kesatu", 1}};
  for (const Case& c : cases) {
    CAPTURE(std::string(c.text));
    TokenizedText t = Tokenize(c.text);
    NumberMatch n;
    REQUIRE(Reader().ReadOrdinalAt(t, c.text, 0, static_cast<uint32_t>(t.tokens.size()), &n));
    CHECK(n.value == c.value);
    CHECK(n.kind == NumberMatch::Kind::kOrdinal);
  }
  for (const char* text : {"dua", "ke", "kemarin", "ke-an"}) {
    CAPTURE(std::string(text));
    TokenizedText t = Tokenize(text);
    NumberMatch n;
    CHECK_FALSE(Reader().ReadOrdinalAt(t, text, 0, static_cast<uint32_t>(t.tokens.size()), &n));
  }
}

struct ScoreCase {
  const char* text;
  const char* span;
  double value;
  const char* kind;
};

std::string AllScores(const ArticleResult& r) {
  std::string s;
  for (const Score& x : r.extraction.scores) {
    // Appended piece by piece: "[" + std::string(...) trips GCC 12's -Wrestrict.
    s.append("[").append(r.doc.Slice(x.span)).append(" ").append(x.kind).append("] ");
  }
  return s;
}

TEST_CASE("scores: evaluation results after their triggers") {
  const ScoreCase cases[] = {
      {"Kota itu meraih predikat dengan skor 98,78.", "98,78", 98.78, "skor"},
      {"Pemkab memperoleh nilai IKPA sebesar 95,2 pada evaluasi itu.", "95,2", 95.2, "nilai"},
      {"Indeks Kepuasan Masyarakat (IKM) Kota Pontianak mencapai 85,4.", "85,4", 85.4,
       "indeks"},
      {"Capaian kinerja dinas itu 97 persen.", "97 persen", 97, "persen"},
      {"Tim penilai memberi poin 85 untuk inovasi itu.", "85", 85, "poin"},
      {"Sekolah itu mendapat nilai rata-rata 8,5.", "8,5", 8.5, "nilai"},
      {"IKPA Kabupaten Sintang tercatat 92,15.", "92,15", 92.15, "indeks"},
      {"Desa itu memperoleh skor 4,5 dari 5.", "4,5", 4.5, "skor"},
      {"Nilai SAKIP Pemprov mencapai 78,5.", "78,5", 78.5, "nilai"},
      {"Rumah sakit itu meraih indeks 3,8.", "3,8", 3.8, "indeks"},
      {"Tingkat kepatuhan mencapai 96 persen.", "96 persen", 96, "persen"},
      {"Dengan nilai 88, sekolah itu juara.", "88", 88, "nilai"},
      {"Skor IPM Kota Bogor adalah 71,2.", "71,2", 71.2, "skor"},
      {"Indeks pembangunan manusia daerah itu mencapai 72,9.", "72,9", 72.9, "indeks"},
      {"Kabupaten itu meraih skor akhir 91.", "91", 91, "skor"},
      {"Persentase kelulusan tahun ini 98%.", "98%", 98, "persen"},
      {"Pemprov mendapat nilai 80,02 dari KemenPAN-RB.", "80,02", 80.02, "nilai"},
      {"Total skor yang diraih 345.", "345", 345, "skor"},
      {"Realisasi anggaran mencapai 93,4 persen.", "93,4 persen", 93.4, "persen"},
      {"Kota itu mendapatkan skor (87,5) tertinggi.", "87,5", 87.5, "skor"},
      // Regression (scores_lowercase_qualifier): one lowercase word naming
      // what is measured stands between trigger and number.
      {"Kota itu menempati peringkat pertama dengan indeks inovasi 93,8.", "93,8", 93.8,
       "indeks"},
      {"Polres itu meraih predikat dengan nilai evaluasi 91,05.", "91,05", 91.05, "nilai"},
      // Regression (scores_date_between): a year between trigger and number.
      {"Skor MCP Kota Sorong untuk tahun 2022 tercatat 66,4.", "66,4", 66.4, "skor"},
      // Regression (scores_new_level): "naik menjadi" gives the new level.
      {"Indeks pembangunan manusia naik menjadi 72,41.", "72,41", 72.41, "indeks"},
      // Regression (scores_achievement_triggers): coverage, activity and
      // prevalence percentages, with amounts and years between.
      {"Kabupaten itu punya cakupan kepesertaan 97,85 persen.", "97,85 persen", 97.85, "persen"},
      {"Tingkat keaktifan peserta tercatat 81,3 persen.", "81,3 persen", 81.3, "persen"},
      {"Prevalensi stunting kota itu pada 2022 tercatat 27,5 persen.", "27,5 persen", 27.5,
       "persen"},
      {"Realisasi pajak daerah tercatat Rp 98,1 miliar atau 68,2 persen dari target.",
       "68,2 persen", 68.2, "persen"},
      // Regression (scores_compared): the values a score is compared with.
      {"Kabupaten itu meraih nilai 81,04, naik dari 76,12 pada tahun lalu.", "76,12", 76.12, "nilai"},
      {"Cakupan Kota A 96,1 persen, sementara Kota B 94,7 persen.", "94,7 persen", 94.7,
       "persen"},
      {"Angka stunting tercatat 30,2 persen pada 2020 menjadi 22,7 persen pada 2022.",
       "22,7 persen", 22.7, "persen"},
  };
  for (const ScoreCase& c : cases) {
    CAPTURE(std::string(c.text));
    ArticleResult r = Run(c.text);
    CAPTURE(AllScores(r));
    const Score* found = nullptr;
    for (const Score& s : r.extraction.scores) {
      if (r.doc.Slice(s.span) == c.span) found = &s;
    }
    REQUIRE(found != nullptr);
    CHECK(Near(found->value, c.value));
    CHECK(found->kind == c.kind);
    CHECK(found->award.empty());
  }
}

TEST_CASE("not scores: money, quantities, changes, match results, years") {
  const char* const cases[] = {
      "Nilai investasi mencapai Rp 5 miliar.",
      "Nilai proyek itu 120 juta.",
      "Persib menang dengan skor 2 - 1.",
      "Skor akhir pertandingan 3-0.",
      "Nilai ekspor mencapai 200 ton.",
      "IHSG naik 20 poin.",
      "Ia meraih nilai tertinggi pada 2021.",
      "Harga cabai naik 5 persen.",
      "Klub itu tertinggal tiga poin dari pemuncak.",
      "Skor pada menit ke - 34 berubah.",
      "Nilai sejarah bangunan itu tinggi sejak 1920.",
      "Indeks harga konsumen naik 0,5 persen.",
      "Pajak pertambahan nilai 11 persen berlaku.",
      "Ada 4 poin penting yang dibahas.",
      "Nilai transfer pemain itu 50 juta euro.",
      "Penduduk kota itu 650.000 jiwa.",
      "Nilai tukar rupiah melemah ke 14.300 per dolar.",
      "Kota itu meraih nilai A dari kementerian.",
      "Skor itu diumumkan kepada 12 pejabat.",
      "Timnya unggul 10 poin atas lawan.",
      "Klub itu kini mengoleksi 65 poin dari 30 laga.",
      "Ia mencetak poin dengan satu assist.",
      "Realisasi belanja merosot 0,44 persen.",
      "Capaian ekspor turun sebesar 28%.",
      "Indeks saham melemah 79,68 poin (0,27 persen) sore ini.",
      // Regression (scores_bounds): thresholds and targets are no results.
      "Unit kerja itu harus memperoleh nilai minimal 85 untuk lolos.",
      "Syaratnya cakupan kepesertaan di atas 95 persen.",
      "Pemkot menargetkan prevalensi stunting turun menjadi 14 persen.",
      "Jadi nilai maksimal ujian itu adalah 500.",
      // Regression (scores_function_word): "poin dari 22 laga" is no score.
      "Tim itu baru memiliki 16 poin dari 22 laga.",
      "Pemain itu mencetak 14 poin dan 12 rebound.",
  };
  for (const char* text : cases) {
    CAPTURE(std::string(text));
    ArticleResult r = Run(text);
    CAPTURE(AllScores(r));
    CHECK(r.extraction.scores.empty());
  }
}

struct CountCase {
  const char* text;
  const char* span;
  double value;
  const char* unit;
};

TEST_CASE("counts of nouns that matter") {
  const CountCase cases[] = {
      {"Pemkot meraih 20 penghargaan tahun ini.", "20 penghargaan", 20, "penghargaan"},
      {"Sebanyak 12 pejabat dilantik.", "12 pejabat", 12, "pejabat"},
      {"Banjir merendam 34 desa.", "34 desa", 34, "desa"},
      {"Dua puluh desa terdampak kekeringan.", "Dua puluh desa", 20, "desa"},
      {"Program menjangkau 5 kecamatan.", "5 kecamatan", 5, "kecamatan"},
      {"Lomba diikuti 38 kabupaten/kota.", "38 kabupaten/kota", 38, "kabupaten/kota"},
      {"Sebanyak 150 OPD menyerahkan laporan.", "150 OPD", 150, "OPD"},
      {"Ia menerima 3 trofi sekaligus.", "3 trofi", 3, "trofi"},
      {"Sepanjang 2021, Pemkot Bukukan 20 Penghargaan", "20 Penghargaan", 20, "penghargaan"},
      {"Sebanyak 1.250 ASN mengikuti pelatihan.", "1.250 ASN", 1250, "ASN"},
      {"Tim menilai 10 inovasi daerah.", "10 inovasi", 10, "inovasi"},
      // Regression (counts_people_places_measures): the gold counts people,
      // places, documents, events and measures, not only awards and offices.
      {"Polisi menangkap 17 orang di gudang itu.", "17 orang", 17, "orang"},
      {"Sebanyak 450 prajurit dikerahkan ke perbatasan.", "450 prajurit", 450, "prajurit"},
      {"Banjir merendam 1.040 jiwa di bantaran sungai.", "1.040 jiwa", 1040, "jiwa"},
      {"Api menghanguskan 412,5 hektare lahan gambut.", "412,5 hektare", 412.5, "hektare"},
      {"Gudang itu menampung 1.000 ton gabah.", "1.000 ton", 1000, "ton"},
      {"Warga menanam 120.000 bibit mangrove di pesisir.", "120.000 bibit", 120000, "bibit"},
      {"Petugas mencatat 23 kecelakaan selama operasi.", "23 kecelakaan", 23, "kecelakaan"},
      {"Tim menerima 1.128 permohonan informasi tahun ini.", "1.128 permohonan informasi", 1128,
       "permohonan informasi"},
      {"Program itu menyasar 4.300 bidang tanah warga.", "4.300 bidang tanah", 4300,
       "bidang tanah"},
      {"Kejari menangani 31 perkara korupsi.", "31 perkara korupsi", 31, "perkara korupsi"},
      {"Sebanyak 612 kepala keluarga mengungsi.", "612 kepala keluarga", 612, "kepala keluarga"},
      {"Ada 24 pemerintah daerah yang dinilai.", "24 pemerintah daerah", 24, "pemerintah daerah"},
      {"Perusahaan itu menyiapkan tiga anak usaha baru.", "tiga anak usaha", 3, "anak usaha"},
      // Regression (counts_small_number_words): "dua sekolah" is a count too.
      {"Dua sekolah meraih Adiwiyata Mandiri.", "Dua sekolah", 2, "sekolah"},
      {"Penilaian berlangsung dalam tiga tahap.", "tiga tahap", 3, "tahap"},
      {"Kota itu meraih tiga penghargaan sekaligus.", "tiga penghargaan", 3, "penghargaan"},
      // Regression (counts_classifier): the noun after a measure word is the unit.
      {"Polisi menyita 12 unit sepeda motor.", "12 unit sepeda motor", 12, "sepeda motor"},
      {"Tercatat 19 kali gempa susulan sejak pagi.", "19 kali gempa susulan", 19,
       "gempa susulan"},
      {"Pemkot membeli 40 unit armada pengangkut sampah.", "40 unit armada pengangkut sampah", 40,
       "armada pengangkut sampah"},
      {"Developer membangun 50 unit di lahan itu.", "50 unit", 50, "unit"},
      {"Sebanyak 1.345 unit kerja diusulkan.", "1.345 unit kerja", 1345, "unit kerja"},
      // Regression (counts_acronym_modifier): an acronym after the noun says
      // which ones.
      {"Polda mengungkap 31 kasus TPPO tahun ini.", "31 kasus TPPO", 31, "kasus TPPO"},
      {"Rumah sakit melayani 530.000 peserta JKN.", "530.000 peserta JKN", 530000,
       "peserta JKN"},
      // A place name after a count in a sentence is still the count's noun.
      {"Petugas turun ke sembilan kecamatan hari ini.", "sembilan kecamatan", 9, "kecamatan"},
      {"Logistik dikirim ke 11 distrik di pegunungan.", "11 distrik", 11, "distrik"},
  };
  for (const CountCase& c : cases) {
    CAPTURE(std::string(c.text));
    ArticleResult r = Run(c.text);
    const Count* found = nullptr;
    for (const Count& x : r.extraction.counts) {
      if (r.doc.Slice(x.span) == c.span) found = &x;
    }
    REQUIRE(found != nullptr);
    CHECK(Near(found->value, c.value));
    CHECK(found->unit == c.unit);
  }
  const char* const none[] = {
      "Anggaran Rp 20 miliar untuk desa.",
      "Pada 2021 penghargaan itu diberikan.",
      "Penghargaan ke-20 diterima wali kota.",
      "Beberapa desa terendam banjir.",
      "Salah satu desa terendam banjir.",
      "Tarif naik 20 persen untuk desa.",
      // Regression (counts_rank_not_count): a number after a rank word.
      "Desa itu meraih juara 1 kategori desa wisata maju.",
      "Sekolah itu berada di peringkat 3 provinsi.",
      // Regression (counts_address_code): floors, addresses and codes.
      "Ia menembak dari lantai 16 rumah sakit itu.",
      "Rumahnya di RW 04 dekat masjid.",
      "Tiket dijual di markas 0621 daerah itu.",
      // Regression (counts_place_name): a number inside a name.
      "Siswa SMA Negeri 1 Kota Ternate berprestasi.",
      "Polisi menggeledah rumah di Jalan Pembangunan 2 Desa Sekip kemarin.",
  };
  for (const char* text : none) {
    CAPTURE(std::string(text));
    CHECK(Run(text).extraction.counts.empty());
  }
}

// Regression (scores_compared_far): after a score, only a number that comes
// right after the compare phrase (names and link words between) is compared.
TEST_CASE("compared values stop at other words") {
  struct Case {
    const char* text;
    const char* scores;
  };
  const Case cases[] = {
      {"Klub itu punya poin 40, sementara lawannya berada di peringkat 8.", "[40 poin] "},
      {"Kota A meraih nilai 88,1, sementara Kota B 86,9.", "[88,1 nilai] [86,9 nilai] "},
      {"Kota A meraih nilai 88,1 dari 34 provinsi peserta.", "[88,1 nilai] "},
  };
  for (const Case& c : cases) {
    CAPTURE(std::string(c.text));
    CHECK(AllScores(Run(c.text)) == c.scores);
  }
}

}  // namespace
}  // namespace warta
