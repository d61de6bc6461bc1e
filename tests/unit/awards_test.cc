// Award frames: triggers, name boundaries, lists, attributes, merging,
// negatives (through the whole pipeline), and linking to agencies, officials,
// scores and dates (the award stage alone, on a hand-built context).
#include <doctest/doctest.h>

#include <cstdio>
#include <memory>
#include <string>
#include <vector>

#include "unit/test_support.h"
#include "warta/extract/awards/award_extractor.h"
#include "warta/lexicon/phrase_matcher.h"
#include "warta/normalize/document.h"

namespace warta {
namespace {

using V = std::vector<std::string>;

// Award names joined with " | ", so that a failure prints them.
std::string Join(const V& names) {
  std::string out;
  for (const std::string& n : names) out += (out.empty() ? "" : " | ") + n;
  return out;
}

std::string Names(const std::string& text) {
  ArticleResult r = testing::Run(text);
  V out;
  for (const Award& w : r.extraction.awards) out.push_back(w.name);
  return Join(out);
}

struct NamesCase {
  const char* text;
  V names;
};

void CheckNames(const NamesCase* cases, size_t n) {
  for (size_t i = 0; i < n; ++i) {
    const std::string where = cases[i].text;
    INFO(where);
    CHECK(Names(cases[i].text) == Join(cases[i].names));
  }
}

TEST_CASE("award triggers: nouns, verbs, predicates, families, suffixes") {
  const NamesCase cases[] = {
      {"Kabupaten Sleman meraih penghargaan Kabupaten Sehat Wistara.", {"Kabupaten Sehat Wistara"}},
      {"Pemkab Gresik menerima anugerah Kearsipan Nasional dari ANRI.", {"Kearsipan Nasional"}},
      {"Kota Bogor mendapat Award Kota Ramah Lansia tahun ini.", {"Kota Ramah Lansia"}},
      {"Dinas Pendidikan menerima piagam penghargaan Sekolah Sehat dari gubernur.",
       {"Sekolah Sehat"}},
      {"Sekolah itu menyabet Piala Adiwiyata Mandiri di Jakarta.", {"Adiwiyata Mandiri"}},
      {"Kota Malang kembali meraih Adipura untuk kesekian kalinya.", {"Adipura"}},
      {"Kabupaten Bantul meraih Adipura Kencana tahun 2019.", {"Adipura Kencana"}},
      {"Pemprov Jambi kembali menerima opini WTP dari BPK.", {"Opini Wajar Tanpa Pengecualian"}},
      {"Pemkab Lahat memperoleh opini WDP atas laporan keuangannya.",
       {"Opini Wajar Dengan Pengecualian"}},
      {"Kota Surabaya menggondol Innovative Government Award dari Kemendagri.",
       {"Innovative Government Award"}},
      {"Kabupaten Banyuwangi mendulang UHC Award dari Wakil Presiden.", {"UHC Award"}},
      {"Pemkot Madiun memboyong trofi Top BUMD dari Majalah Top Business.", {"Top BUMD"}},
      {"Bupati Klaten menerima Satyalancana Pembangunan dari Presiden.",
       {"Satyalancana Pembangunan"}},
      {"Kota Tangerang meraih Parasamya Purnakarya Nugraha tahun 2020.",
       {"Parasamya Purnakarya Nugraha"}},
      {"Pemkot Bitung meraih Anugerah Parahita Ekapraya kategori Madya.",
       {"Anugerah Parahita Ekapraya"}},
      {"Kota Solo dinobatkan sebagai Kota Terbersih se-Jawa Tengah.", {"Kota Terbersih"}},
      {"Desa Ponggok terpilih sebagai Desa Wisata Terbaik tahun ini.", {"Desa Wisata Terbaik"}},
      {"Kabupaten Badung memperoleh penghargaan Pembangunan Daerah dari Bappenas.",
       {"Penghargaan Pembangunan Daerah"}},
      {"Pemkot Semarang mendapat predikat SAKIP AA dari KemenPAN-RB.",
       {"Sistem Akuntabilitas Kinerja Instansi Pemerintah"}},
      {"Pemkab Kulon Progo menyandang predikat Kabupaten Layak Anak kategori Nindya.",
       {"Kabupaten Layak Anak"}},
      {"Kota Denpasar menyabet B2B Award dalam acara itu.", {"B2B Award"}},
      {"Wali Kota menerima Smart Mobility Award dari sebuah majalah.", {"Smart Mobility Award"}},
      {"Kabupaten Siak memenangi Kalpataru tahun lalu.", {"Kalpataru"}},
      {"Desa Sukamaju menjadi juara Lomba Desa tingkat provinsi.", {"Lomba Desa"}},
      {"Kelurahan Tegalrejo meraih juara 1 lomba kelurahan tingkat kota.", {"lomba kelurahan"}},
      {"Tim putri sekolah itu menjuarai Piala Pelajar Nusantara 2022.",
       {"Piala Pelajar Nusantara"}},
      {"Pemkab Tuban memperoleh Penghargaan Keterbukaan Informasi Publik dari Komisi Informasi.",
       {"Keterbukaan Informasi Publik"}},
      {"Kabupaten Wonosobo dianugerahi penghargaan Wahana Tata Nugraha oleh Kemenhub.",
       {"Wahana Tata Nugraha"}},
      {"Pemkot Yogyakarta diganjar penghargaan Kota Peduli HAM.", {"Kota Peduli HAM"}},
      {"Bupati Sragen mengantongi Manggala Karya Kencana dari BKKBN.", {"Manggala Karya Kencana"}},
      {"Polres Bantul meraih predikat Wilayah Bebas dari Korupsi dari KemenPAN-RB.",
       {"Wilayah Bebas dari Korupsi"}},
      {"Kabupaten Sumedang dinobatkan sebagai Kabupaten Terinovatif.", {"Kabupaten Terinovatif"}},
      {"Pemkot Cimahi menerima sertifikat penghargaan Kota Hijau dari kementerian.",
       {"Kota Hijau"}},
      {"Kota Bontang meraih penghargaan \"Kota Sadar Energi\" dari sebuah lembaga.",
       {"Kota Sadar Energi"}},
      {"Seorang guru menerima tanda kehormatan Satyalancana Karya Satya.",
       {"Satyalancana Karya Satya"}},
      {"Kota Balikpapan memperoleh Paritrana Award dari BPJS Ketenagakerjaan.",
       {"Paritrana Award"}},
  };
  CheckNames(cases, std::size(cases));
}

TEST_CASE("award name boundaries") {
  const NamesCase cases[] = {
      // The trigger word stays out; the tail (year, rank, category) too.
      {"Kota Cirebon meraih penghargaan Kota Sehat Tahun 2021 peringkat kedua kategori kota.",
       {"Kota Sehat"}},
      {"Pemkot Kediri meraih penghargaan Pelayanan Prima tahun 2020 kategori A.",
       {"Pelayanan Prima"}},
      {"Pemkab Pati meraih penghargaan Inovasi Daerah 2022 dari Kemendagri.", {"Inovasi Daerah"}},
      {"Kota Batu meraih penghargaan Kota Wisata Terbaik peringkat ketiga.",
       {"Kota Wisata Terbaik"}},
      {"Pemkab Blora meraih penghargaan Desa Digital juara 1 tingkat nasional.", {"Desa Digital"}},
      // Inner acronyms stay, a final acronym is read as the acronym.
      {"Pemkot Depok meraih penghargaan Unit Layanan Pengadaan (ULP) Terbaik dari LKPP.",
       {"Unit Layanan Pengadaan (ULP) Terbaik"}},
      {"Kota Palu meraih Penghargaan Pelayanan Terpadu Satu Pintu (PTSP) dari BKPM.",
       {"Pelayanan Terpadu Satu Pintu"}},
      // Connectors inside a capitalised name.
      {"Pemkab Garut meraih penghargaan Kota Cerdas dan Hijau dari sebuah lembaga.",
       {"Kota Cerdas dan Hijau"}},
      {"Wali Kota meraih penghargaan Leader of the Year dari majalah bisnis.",
       {"Leader of the Year"}},
      {"Pemkot Binjai meraih penghargaan Kota dengan Pelayanan Terbaik dari Ombudsman.",
       {"Kota dengan Pelayanan Terbaik"}},
      // "sebagai", "bertajuk" are not part of the name.
      {"Pemkab Jepara menerima penghargaan sebagai Kabupaten Peduli Seni dari menteri.",
       {"Kabupaten Peduli Seni"}},
      {"Pemkot Blitar meraih penghargaan bertajuk Kota Ramah Difabel.", {"Kota Ramah Difabel"}},
      // English names ending with Award(s).
      {"Bupati Banyumas menerima Indonesia Visionary Leader Award tahun ini.",
       {"Indonesia Visionary Leader Award"}},
      {"Pemkot Bekasi memboyong penghargaan Digital Transformation Awards 2021.",
       {"Digital Transformation Awards"}},
      // A capitalised head noun is part of the name.
      {"Film itu memenangi Piala Citra tahun lalu.", {"Piala Citra"}},
      {"Tim Persiba meraih Trofi Gubernur Cup setelah menang di final.", {"Trofi Gubernur Cup"}},
      // Lower-case names need a superlative or a grade.
      {"Kota Metro meraih penghargaan kota terbersih dari kementerian.", {"kota terbersih"}},
      {"Pemkot Jambi mendapat predikat kepatuhan tinggi dari Ombudsman.", {"kepatuhan tinggi"}},
      // Clauses after "dan" with their own verb are not part of the name.
      {"Kota Padang membawa pulang penghargaan Best City Branding dan Andi Saputra juga menerima "
       "pujian.",
       {"Best City Branding"}},
      // Names stop at the giver.
      {"Pemkot Dumai meraih penghargaan Kota Layak Huni dari Kementerian PUPR.",
       {"Kota Layak Huni"}},
      {"Pemkab Nganjuk meraih penghargaan Inovasi Pangan oleh Gubernur Jawa Timur.",
       {"Inovasi Pangan"}},
  };
  CheckNames(cases, std::size(cases));
}

TEST_CASE("award lists and coordinations") {
  const NamesCase cases[] = {
      {"Tahun ini Pemkot Tegal meraih penghargaan Kota Sehat dari Kemenkes, Smart City Award "
       "dari ITB, Top Pembina BUMD dari Majalah Top Business.",
       {"Kota Sehat", "Smart City Award", "Top Pembina BUMD"}},
      {"Pemkab Bogor menerima penghargaan Inovasi Daerah dari Kemendagri dan Penghargaan Kota "
       "Bersih dari KLHK.",
       {"Inovasi Daerah", "Kota Bersih"}},
      {"Kota Probolinggo meraih dua penghargaan kategori Kota Kecil dengan Layanan Terbaik dan "
       "Pengelolaan Sampah Terbaik dari sebuah universitas.",
       {"Kota Kecil dengan Layanan Terbaik", "Pengelolaan Sampah Terbaik"}},
      {"Pemkab Tegal meraih tiga penghargaan Inovasi Desa, Desa Mandiri dan Desa Digital dari "
       "Kemendes.",
       {"Inovasi Desa", "Desa Mandiri", "Desa Digital"}},
      {"Bupati menerima penghargaan Tokoh Inspiratif, penghargaan Pemimpin Muda dan penghargaan "
       "Kepala Daerah Terbaik.",
       {"Tokoh Inspiratif", "Pemimpin Muda", "Kepala Daerah Terbaik"}},
      {"Kota Pekalongan meraih Adipura dan penghargaan Kota Batik Dunia dari UNESCO.",
       {"Adipura", "Kota Batik Dunia"}},
      // A list item without its own giver or award word is not an award.
      {"Pemkot Banjar meraih penghargaan Kota Tertib dari Kemenhub, Jakarta, Bandung dan Bogor "
       "ikut hadir.",
       {"Kota Tertib"}},
      {"Kota Sabang meraih penghargaan Kota Bahari, Desa Nelayan Terbaik dari KKP.",
       {"Kota Bahari", "Desa Nelayan Terbaik"}},
  };
  CheckNames(cases, std::size(cases));
}

TEST_CASE("not award events") {
  const NamesCase cases[] = {
      // Assessments under way, nominations, plans.
      {"Tim penilai penghargaan Adipura melakukan verifikasi lapangan di Kota Madiun.", {}},
      {"Kota Kendari masuk nominasi penghargaan Kota Layak Anak tahun ini.", {}},
      {"Pemkab Boyolali dinominasikan untuk penghargaan Inovasi Pelayanan Publik.", {}},
      {"Pemkot Palembang akan menerima penghargaan Kota Sehat bulan depan.", {}},
      {"Kabupaten Ngawi berharap meraih Adipura tahun depan.", {}},
      {"Pemkab Purworejo menargetkan opini WTP tahun depan.", {}},
      {"Pemkab Sleman belum pernah meraih penghargaan Kota Layak Anak.", {}},
      {"Pemkot Ambon gagal meraih Adipura tahun ini.", {}},
      {"Kota Serang bertekad meraih penghargaan Kota Bersih tahun depan.", {}},
      {"Pemkab Kudus berupaya untuk meraih penghargaan Kabupaten Sehat.", {}},
      {"Kota Palopo berpeluang meraih penghargaan Kota Inovatif.", {}},
      // Ceremonies, venues and tournaments are not awards.
      {"Ia hadir di ajang penghargaan Golden Globe Awards di Los Angeles.", {}},
      {"Malam Penghargaan Liga 1 digelar di sebuah hotel di Jakarta.", {}},
      {"Acara penghargaan Anugerah Musik Indonesia berlangsung meriah.", {}},
      {"Timnas bertanding di kualifikasi Piala Dunia melawan Vietnam.", {}},
      {"Persebaya menang 2-1 atas Persija dalam laga Piala Presiden di Surabaya.", {}},
      {"Arema meraih kemenangan 3-0 atas Bali United di Stadion Kanjuruhan.", {}},
      {"Tim itu meraih poin penuh di laga semifinal Piala AFF.", {}},
      {"Pelatih itu mendapatkan kans bermain menjelang Piala Asia 2023.", {}},
      // Certificates and degrees are not awards.
      {"Warga menerima sertifikat tanah dari Badan Pertanahan Nasional.", {}},
      {"Ia meraih gelar Sarjana Hukum dari Universitas Gadjah Mada.", {}},
      {"Ia mendapat gelar Magister Manajemen dari kampus swasta.", {}},
      {"Polisi melakukan gelar perkara atas kasus itu.", {}},
      // Award nouns without a name.
      {"Sepanjang 2021, Pemkot Pontianak Bukukan 20 Penghargaan.", {}},
      {"Ia mengaku bangga atas penghargaan yang diberikan kepadanya.", {}},
      {"Pemerintah memberikan penghargaan kepada para relawan.", {}},
      {"Mudah-mudahan kita tetap memberikan yang terbaik bagi masyarakat.", {}},
      {"Kota Bandung mendapat predikat A dalam penilaian itu.", {}},
      {"Penghargaan-penghargaan ini memotivasi saya untuk bekerja lebih baik.", {}},
      // Family names that are not the award.
      {"Rapat digelar di gedung Adipura, Kota Tegal.", {}},
      {"Kota itu masuk zona hijau penyebaran Covid-19.", {}},
      {"Konsep smart city diterapkan di banyak kota.", {}},
  };
  CheckNames(cases, std::size(cases));
}

// One attribute of one award, as text ("" for none).
std::string Attr(const Award& w, const std::string& field) {
  auto num = [](const std::optional<int>& v) { return v ? std::to_string(*v) : ""; };
  if (field == "year") return num(w.year);
  if (field == "rank") return num(w.rank);
  if (field == "streak") return num(w.streak);
  if (field == "score") {
    if (!w.score) return "";
    char buf[32];
    std::snprintf(buf, sizeof buf, "%g", *w.score);
    return buf;
  }
  if (field == "grade") return w.grade;
  if (field == "category") return w.category;
  if (field == "acronym") return w.acronym;
  if (field == "giver") return w.giver ? w.giver->name : "";
  if (field == "recipient") return w.recipient ? w.recipient->name : "";
  if (field == "confidence") return ConfidenceName(w.provenance.confidence);
  return "?" + field;
}

struct AttrCase {
  const char* text;
  const char* award;  // the award's name
  const char* field;
  const char* value;
};

void CheckAttrs(const AttrCase* cases, size_t n) {
  for (size_t i = 0; i < n; ++i) {
    const AttrCase& c = cases[i];
    const std::string where = std::string(c.text) + " [" + c.field + "]";
    INFO(where);
    ArticleResult r = testing::Run(c.text);
    const Award* found = nullptr;
    V names;
    for (const Award& w : r.extraction.awards) {
      if (w.name == c.award) found = &w;
      names.push_back(w.name);
    }
    CHECK_MESSAGE(found, "no award named " << c.award << "; found: " << Join(names));
    if (found) CHECK(Attr(*found, c.field) == std::string(c.value));
  }
}

TEST_CASE("award attributes: year, rank, grade, category, streak, acronym") {
  const AttrCase cases[] = {
      {"Kota Cirebon meraih penghargaan Kota Sehat Tahun 2021 peringkat kedua kategori kota.",
       "Kota Sehat", "year", "2021"},
      {"Kota Cirebon meraih penghargaan Kota Sehat Tahun 2021 peringkat kedua kategori kota.",
       "Kota Sehat", "rank", "2"},
      {"Kota Cirebon meraih penghargaan Kota Sehat Tahun 2021 peringkat kedua kategori kota.",
       "Kota Sehat", "category", "kota"},
      {"Pemkab Pati meraih penghargaan Inovasi Daerah 2022 dari Kemendagri.", "Inovasi Daerah",
       "year", "2022"},
      {"Pada tahun 2019, Pemkab Ciamis meraih penghargaan Desa Wisata dari Kemenparekraf.",
       "Desa Wisata", "year", "2019"},
      {"Pemkab Blora meraih penghargaan Desa Digital juara 1 tingkat nasional.", "Desa Digital",
       "rank", "1"},
      {"Pemkab Blora meraih penghargaan Desa Digital juara 1 tingkat nasional.", "Desa Digital",
       "category", "nasional"},
      {"Kota Batu meraih penghargaan Kota Wisata Terbaik peringkat ketiga.", "Kota Wisata Terbaik",
       "rank", "3"},
      {"Kota Batu meraih penghargaan Kota Wisata peringkat ke-4 se-Jawa Timur.", "Kota Wisata",
       "rank", "4"},
      {"Pemkot Tual meraih penghargaan Kota Tangguh juara II dari BNPB.", "Kota Tangguh", "rank",
       "2"},
      {"Pemkab Sinjai meraih penghargaan Kampung Iklim sebagai runner-up.", "Kampung Iklim", "rank",
       "2"},
      {"Kelurahan Tegalrejo meraih juara 1 lomba kelurahan tingkat kota.", "lomba kelurahan",
       "rank", "1"},
      {"Kelurahan Tegalrejo meraih juara 1 lomba kelurahan tingkat kota.", "lomba kelurahan",
       "category", "kota"},
      {"Desa Sukamaju menjadi juara Lomba Desa tingkat provinsi.", "Lomba Desa", "category",
       "provinsi"},
      {"Pemkot Semarang mendapat predikat SAKIP AA dari KemenPAN-RB.",
       "Sistem Akuntabilitas Kinerja Instansi Pemerintah", "grade", "AA"},
      {"Pemkab Kulon Progo menyandang predikat Kabupaten Layak Anak kategori Nindya.",
       "Kabupaten Layak Anak", "grade", "Nindya"},
      {"Pemkot Bitung meraih Anugerah Parahita Ekapraya kategori Madya.",
       "Anugerah Parahita Ekapraya", "grade", "Madya"},
      {"Kabupaten Bantul meraih Adipura Kencana tahun 2019.", "Adipura Kencana", "grade",
       "Kencana"},
      {"Kabupaten Sleman meraih penghargaan Kabupaten Sehat Wistara.", "Kabupaten Sehat Wistara",
       "grade", "Wistara"},
      {"Pemkot Jambi mendapat predikat kepatuhan tinggi dari Ombudsman.", "kepatuhan tinggi",
       "grade", "Kepatuhan Tinggi"},
      {"Pemkot Magelang meraih predikat zona hijau dari Ombudsman RI.", "zona hijau", "grade",
       "Zona Hijau"},
      {"Pemkab Kebumen meraih penghargaan Evaluasi Kinerja dengan predikat BB.", "Evaluasi Kinerja",
       "grade", "BB"},
      {"Pemkab Temanggung meraih penghargaan Kota Sehat Tahun 2022 kategori Kota Besar.",
       "Kota Sehat", "category", "Kota Besar"},
      {"Pemkab Sleman meraih penghargaan Pelayanan Publik untuk kategori kabupaten.",
       "Pelayanan Publik", "category", "kabupaten"},
      {"Kota Probolinggo meraih dua penghargaan kategori Kota Kecil dengan Layanan Terbaik dan "
       "Pengelolaan Sampah Terbaik dari sebuah universitas.",
       "Pengelolaan Sampah Terbaik", "category", "Kota Kecil"},
      {"Pemprov Jambi meraih opini WTP dari BPK untuk 10 tahun berturut-turut.",
       "Opini Wajar Tanpa Pengecualian", "streak", "10"},
      {"Pemkab Sragen meraih opini WTP lima kali berturut-turut.", "Opini Wajar Tanpa Pengecualian",
       "streak", "5"},
      {"Pemkab Karanganyar meraih opini WTP untuk kelima kalinya secara berturut-turut.",
       "Opini Wajar Tanpa Pengecualian", "streak", "5"},
      {"Kota Madiun meraih Adipura tujuh tahun berturut-turut.", "Adipura", "streak", "7"},
      {"Pemkab Klaten meraih penghargaan Opini Wajar Tanpa Pengecualian (WTP) dari BPK.",
       "Opini Wajar Tanpa Pengecualian", "acronym", "WTP"},
      {"Pemprov Jambi kembali menerima opini WTP dari BPK.", "Opini Wajar Tanpa Pengecualian",
       "acronym", "WTP"},
      {"Kota Palu meraih Penghargaan Pelayanan Terpadu Satu Pintu (PTSP) dari BKPM.",
       "Pelayanan Terpadu Satu Pintu", "acronym", "PTSP"},
      {"Kota Solo meraih penghargaan Kota Kreatif Dunia dari UNESCO.", "Kota Kreatif Dunia",
       "confidence", "high"},
      {"Kota Solo dinobatkan sebagai Kota Terbersih se-Jawa Tengah.", "Kota Terbersih",
       "confidence", "medium"},
  };
  CheckAttrs(cases, std::size(cases));
}

TEST_CASE("award attributes: giver and recipient") {
  const AttrCase cases[] = {
      {"Pemkot Dumai meraih penghargaan Kota Layak Huni dari Kementerian PUPR.", "Kota Layak Huni",
       "giver", "Kementerian PUPR"},
      {"Pemkab Nganjuk meraih penghargaan Inovasi Pangan oleh Gubernur Jawa Timur.",
       "Inovasi Pangan", "giver", "Gubernur Jawa Timur"},
      {"Penghargaan Kota Tertib Lalu Lintas diserahkan oleh Menteri Perhubungan kepada Pemkot "
       "Magelang.",
       "Kota Tertib Lalu Lintas", "giver", "Menteri Perhubungan"},
      {"Penghargaan Kota Tertib Lalu Lintas diserahkan oleh Menteri Perhubungan kepada Pemkot "
       "Magelang.",
       "Kota Tertib Lalu Lintas", "recipient", "Pemkot Magelang"},
      {"Ombudsman RI memberikan predikat Kepatuhan Tinggi kepada Pemkab Sleman.",
       "Kepatuhan Tinggi", "giver", "Ombudsman RI"},
      {"Ombudsman RI memberikan predikat Kepatuhan Tinggi kepada Pemkab Sleman.",
       "Kepatuhan Tinggi", "recipient", "Pemkab Sleman"},
      {"Kementerian Kesehatan menganugerahkan penghargaan Swasti Saba Wistara kepada Kota "
       "Pekanbaru.",
       "Swasti Saba Wistara", "giver", "Kementerian Kesehatan"},
      {"Kementerian Kesehatan menganugerahkan penghargaan Swasti Saba Wistara kepada Kota "
       "Pekanbaru.",
       "Swasti Saba Wistara", "recipient", "Kota Pekanbaru"},
      {"Kota Cirebon meraih penghargaan Kota Sehat dari Kemenkes.", "Kota Sehat", "recipient",
       "Kota Cirebon"},
      {"Pemerintah Kabupaten (Pemkab) Sleman kembali meraih penghargaan Kabupaten Sehat.",
       "Kabupaten Sehat", "recipient", "Pemerintah Kabupaten (Pemkab) Sleman"},
      {"Predikat Pemain Terbaik jatuh ke tangan Evan Dimas.", "Pemain Terbaik", "recipient",
       "Evan Dimas"},
      {"Penghargaan Kota Bersih diraih Kabupaten Lumajang tahun ini.", "Kota Bersih", "recipient",
       "Kabupaten Lumajang"},
      {"Penghargaan Inovasi Pelayanan yang diberikan oleh Kemendagri diterima langsung Bupati "
       "Pemalang.",
       "Inovasi Pelayanan", "giver", "Kemendagri"},
      {"Usai meraih penghargaan Desa Mandiri dari Kemendes, warga bersyukur.", "Desa Mandiri",
       "recipient", ""},
      {"Ia menerima penghargaan Guru Teladan dari dinas.", "Guru Teladan", "recipient", ""},
      // Implicit recipients: the article's region, or its head for a personal award.
      {"Kota Pontianak punya banyak prestasi. Sebut saja penghargaan Kota Tertib dari Kemenhub.",
       "Kota Tertib", "recipient", "Kota Pontianak"},
      {"Pemkab Sleman punya banyak prestasi. Sebut saja penghargaan Opini Wajar Tanpa "
       "Pengecualian dari BPK.",
       "Opini Wajar Tanpa Pengecualian", "recipient", "Kabupaten Sleman"},
      {"Kota Pontianak punya banyak prestasi. Sebut saja penghargaan Visionary Leader dari "
       "MNC Group.",
       "Visionary Leader", "recipient", "Wali Kota Pontianak"},
      {"Kota Pontianak punya banyak prestasi. Sebut saja penghargaan Natamukti dari sebuah "
       "lembaga.",
       "Natamukti", "recipient", ""},
      {"Wali Kota menerima Penghargaan Smart Branding dari Kominfo dan Penghargaan sebagai Kota "
       "Terpilih dari Saber Pungli di Kota Pontianak.",
       "Smart Branding", "recipient", "Wali Kota"},
      {"Wali Kota menerima Penghargaan Smart Branding dari Kominfo dan Penghargaan sebagai Kota "
       "Terpilih dari Saber Pungli di Kota Pontianak.",
       "Kota Terpilih", "recipient", "Kota Pontianak"},
      {"Wali Kota menerima Penghargaan Smart Branding dari Kominfo dan Penghargaan sebagai Kota "
       "Terpilih dari Saber Pungli di Kota Pontianak.",
       "Kota Terpilih", "giver", "Saber Pungli"},
      {"Tahun ini Pemkot Tegal meraih penghargaan Kota Sehat dari Kemenkes, Smart City Award "
       "dari ITB, Top Pembina BUMD dari Majalah Top Business.",
       "Smart City Award", "giver", "ITB"},
      {"Tahun ini Pemkot Tegal meraih penghargaan Kota Sehat dari Kemenkes, Smart City Award "
       "dari ITB, Top Pembina BUMD dari Majalah Top Business.",
       "Top Pembina BUMD", "giver", "Majalah Top Business"},
      {"Kota Probolinggo meraih dua penghargaan kategori Kota Kecil dengan Layanan Terbaik dan "
       "Pengelolaan Sampah Terbaik dari Institut Teknologi Bandung (ITB).",
       "Kota Kecil dengan Layanan Terbaik", "giver", "Institut Teknologi Bandung (ITB)"},
      {"Pemkab Tegal meraih tiga penghargaan Inovasi Desa, Desa Mandiri dan Desa Digital dari "
       "Kemendes.",
       "Inovasi Desa", "giver", "Kemendes"},
      // A family's usual giver, when the sentence names it.
      {"Pemkab Wonogiri meraih opini WTP atas laporan keuangan yang diperiksa BPK RI.",
       "Opini Wajar Tanpa Pengecualian", "giver", "BPK RI"},
      {"Pemkab Wonogiri meraih opini WTP untuk ketujuh kalinya.", "Opini Wajar Tanpa Pengecualian",
       "giver", ""},
  };
  CheckAttrs(cases, std::size(cases));
}

TEST_CASE("repeated mentions merge into one frame") {
  const NamesCase cases[] = {
      {"Kota Kudus meraih penghargaan Kota Sehat Tahun 2021. Penghargaan Kota Sehat Tahun 2021 "
       "itu diserahkan menteri.",
       {"Kota Sehat"}},
      {"Pemkab Sleman meraih opini WTP dari BPK. Opini WTP itu yang kesepuluh.",
       {"Opini Wajar Tanpa Pengecualian"}},
      {"Kota Jambi meraih penghargaan Predikat Kepatuhan Tinggi. Meski menyandang predikat "
       "kepatuhan tinggi, pelayanan terus dievaluasi.",
       {"Predikat Kepatuhan Tinggi"}},
      {"Kota Blitar meraih Adipura tahun 2018. Kota Blitar kembali meraih Adipura tahun 2019.",
       {"Adipura", "Adipura"}},
  };
  CheckNames(cases, std::size(cases));
}

TEST_CASE("merged frames keep every mention and fill attributes") {
  ArticleResult r = testing::Run(
      "Kota Kudus meraih penghargaan Kota Sehat Tahun 2021. Selain itu, Kota Kudus juga meraih "
      "penghargaan Kota Sehat dari Kemenkes.");
  REQUIRE(r.extraction.awards.size() == 1);
  const Award& w = r.extraction.awards[0];
  CHECK(w.mentions.size() == 2);
  CHECK(w.year == 2021);
  REQUIRE(w.giver);
  CHECK(w.giver->name == "Kemenkes");
}

TEST_CASE("an award noun with a demonstrative completes the last award") {
  ArticleResult r = testing::Run(
      "Kota Kupang meraih penghargaan Kota Sehat Tahun 2021 peringkat kedua. Penganugerahan dari "
      "Kementerian Kesehatan tersebut diterima Sekda Kota Kupang di Jakarta.");
  REQUIRE(r.extraction.awards.size() == 1);
  const Award& w = r.extraction.awards[0];
  REQUIRE(w.giver);
  CHECK(w.giver->name == "Kementerian Kesehatan");
  CHECK(w.rank == 2);
  CHECK(w.mentions.size() == 1);
}

// ---- linking: the award stage alone, on a context prepared by hand ----

class LinkFixture {
 public:
  LinkFixture() {
    const Pipeline& p = testing::DefaultPipeline();
    BuildContext b{p.lexicons(), p.tokenizer(), &vocab_};
    StatusOr<std::unique_ptr<Extractor>> e = NewAwardExtractor(b);
    REQUIRE(e.ok());
    extractor_ = std::move(*e);
  }

  // Runs the award stage over `text` with `x` as what earlier stages found.
  Extraction Run(const std::string& text, Extraction x) {
    const Pipeline& p = testing::DefaultPipeline();
    Document doc = Document::Clean(text);
    Tokenizer::State st = p.tokenizer().NewState();
    TokenizedText tt;
    p.tokenizer().Tokenize(doc.text(), {}, &st, &tt);
    vocab_.Assign(&tt);
    ArticleContext ctx{doc, tt, x, ""};
    extractor_->Extract(ctx);
    return x;
  }

 private:
  Vocabulary vocab_;
  std::unique_ptr<Extractor> extractor_;
};

// The cleaned-text span of the n-th occurrence of `needle` (texts here are
// already clean: ASCII spaces, no quotes to fold).
Span Find(const std::string& text, const std::string& needle, int nth = 0) {
  size_t at = text.find(needle);
  while (nth-- > 0 && at != std::string::npos) at = text.find(needle, at + 1);
  REQUIRE_MESSAGE(at != std::string::npos, needle);
  return Span{static_cast<uint32_t>(at), static_cast<uint32_t>(at + needle.size())};
}

Agency MakeAgency(const std::string& id, const std::string& name, const std::string& kind,
                  const std::string& jurisdiction, std::vector<Span> mentions) {
  Agency a;
  a.id = id;
  a.name = name;
  a.kind = kind;
  if (!jurisdiction.empty()) a.jurisdiction = Jurisdiction{jurisdiction, "kota", "", false};
  a.mentions = std::move(mentions);
  return a;
}

Official MakeOfficial(const std::string& id, const std::string& name, const std::string& title,
                      const std::string& jurisdiction, std::vector<Span> mentions) {
  Official o;
  o.id = id;
  o.name = name;
  o.title = title;
  if (!jurisdiction.empty()) o.jurisdiction = Jurisdiction{jurisdiction, "kota", "", false};
  o.mentions = std::move(mentions);
  return o;
}

// Sentences modelled on the seed article (written anew), with the agencies,
// officials, score and date the other stages would find.
const char kSeedLike[] =
    "Kota Pontianak kembali meraih penghargaan Predikat Kepatuhan Tinggi Standar Pelayanan "
    "Publik Tahun 2021 peringkat kedua kategori kota dengan skor 98,78. Penganugerahan dari "
    "Ombudsman RI tersebut diterima Sekretaris Daerah Kota Pontianak Mulyadi di Jakarta, Rabu "
    "(29/12).\n"
    "Pemerintah Kota (Pemkot) Pontianak terus berbenah.\n"
    "Sebut saja penghargaan Opini Wajar Tanpa Pengecualian (WTP) untuk 10 tahun berturut-turut, "
    "Indonesia Visionary Leader dari MNC Group, Top Pembina BUMD dari Majalah Top Business. "
    "Kemudian, Wali Kota menerima Penghargaan Smart Branding dari Kementerian Komunikasi dan "
    "Informatika dan Penghargaan sebagai Kota Terpilih Bebas Pungli dari Saber Pungli RI.";

Extraction SeedLikeContext(const std::string& t) {
  Extraction x;
  x.agencies.push_back(
      MakeAgency("A1", "Ombudsman Republik Indonesia", "lembaga", "", {Find(t, "Ombudsman RI")}));
  x.agencies.push_back(MakeAgency("A2", "Pemerintah Kota Pontianak", "pemerintah_daerah",
                                  "Kota Pontianak",
                                  {Find(t, "Pemerintah Kota (Pemkot) Pontianak")}));
  x.agencies.push_back(MakeAgency("A7", "Kementerian Komunikasi dan Informatika", "kementerian", "",
                                  {Find(t, "Kementerian Komunikasi dan Informatika")}));
  x.agencies.push_back(
      MakeAgency("A8", "Saber Pungli RI", "satuan_tugas", "", {Find(t, "Saber Pungli RI")}));
  x.agencies.push_back(MakeAgency("A10", "MNC Group", "organisasi", "", {Find(t, "MNC Group")}));
  x.agencies.push_back(MakeAgency("A11", "Majalah Top Business", "organisasi", "",
                                  {Find(t, "Majalah Top Business")}));
  x.officials.push_back(MakeOfficial("O1", "Mulyadi", "Sekretaris Daerah", "Kota Pontianak",
                                     {Find(t, "Sekretaris Daerah Kota Pontianak Mulyadi")}));
  Span mayor = Find(t, "Wali Kota menerima");
  mayor.end = mayor.begin + 9;  // "Wali Kota"
  x.officials.push_back(
      MakeOfficial("O2", "Edi Rusdi Kamtono", "Wali Kota", "Kota Pontianak", {mayor}));
  Score s;
  s.span = Find(t, "98,78");
  s.value = 98.78;
  s.kind = "skor";
  x.scores.push_back(s);
  DateExpr d;
  d.span = Find(t, "Rabu (29/12)");
  d.type = "date";
  d.value = "2021-12-29";
  x.dates.push_back(d);
  DateExpr y;
  y.span = Find(t, "Tahun 2021");
  y.type = "year";
  y.value = "2021";
  x.dates.push_back(y);
  return x;
}

const Award* ByName(const Extraction& x, const std::string& name) {
  for (const Award& w : x.awards) {
    if (w.name == name) return &w;
  }
  return nullptr;
}

struct LinkCase {
  const char* award;
  const char* field;  // giver_agency, giver_official, recipient_agency,
                      // recipient_official, received_by, score, date
  const char* value;
};

TEST_CASE("award linking to agencies, officials, scores and dates") {
  const std::string t = kSeedLike;
  LinkFixture fx;
  Extraction x = fx.Run(t, SeedLikeContext(t));
  const LinkCase cases[] = {
      {"Predikat Kepatuhan Tinggi Standar Pelayanan Publik", "giver_agency", "A1"},
      {"Predikat Kepatuhan Tinggi Standar Pelayanan Publik", "recipient_agency", "A2"},
      {"Predikat Kepatuhan Tinggi Standar Pelayanan Publik", "received_by", "O1"},
      {"Predikat Kepatuhan Tinggi Standar Pelayanan Publik", "score", "98.78"},
      {"Predikat Kepatuhan Tinggi Standar Pelayanan Publik", "date", "2021-12-29"},
      {"Opini Wajar Tanpa Pengecualian", "recipient_agency", "A2"},
      {"Opini Wajar Tanpa Pengecualian", "giver_agency", ""},
      {"Opini Wajar Tanpa Pengecualian", "score", ""},
      {"Opini Wajar Tanpa Pengecualian", "date", ""},
      {"Indonesia Visionary Leader", "giver_agency", "A10"},
      {"Indonesia Visionary Leader", "recipient_official", "O2"},
      {"Top Pembina BUMD", "giver_agency", "A11"},
      {"Top Pembina BUMD", "recipient_agency", ""},
      {"Smart Branding", "giver_agency", "A7"},
      {"Smart Branding", "recipient_official", "O2"},
      {"Smart Branding", "received_by", "O2"},
      {"Kota Terpilih Bebas Pungli", "giver_agency", "A8"},
      {"Kota Terpilih Bebas Pungli", "recipient_agency", "A2"},
  };
  for (const LinkCase& c : cases) {
    const std::string where = std::string(c.award) + " [" + c.field + "]";
    INFO(where);
    const Award* w = ByName(x, c.award);
    CHECK(w);
    if (!w) continue;
    std::string field = c.field, got;
    if (field == "giver_agency") got = w->giver ? w->giver->agency : "";
    if (field == "recipient_agency") got = w->recipient ? w->recipient->agency : "";
    if (field == "recipient_official") got = w->recipient ? w->recipient->official : "";
    if (field == "received_by") got = w->received_by;
    if (field == "score") got = w->score ? std::to_string(*w->score).substr(0, 5) : "";
    if (field == "date") got = w->date;
    CHECK(got == std::string(c.value));
  }
  REQUIRE(x.scores.size() == 1);
  CHECK(x.scores[0].award == "W1");
}

TEST_CASE("linking: an official handing an award over for a body makes the body the giver") {
  const std::string t =
      "Kabupaten Sleman meraih penghargaan Kota Sehat yang diserahkan oleh Menteri Kesehatan "
      "Budi Santoso.";
  Extraction x;
  x.agencies.push_back(MakeAgency("A1", "Kementerian Kesehatan", "kementerian", "", {}));
  Official o = MakeOfficial("O1", "Budi Santoso", "Menteri Kesehatan", "",
                            {Find(t, "Menteri Kesehatan Budi Santoso")});
  o.agency = "A1";
  x.officials.push_back(o);
  LinkFixture fx;
  x = fx.Run(t, x);
  REQUIRE(x.awards.size() == 1);
  REQUIRE(x.awards[0].giver);
  CHECK(x.awards[0].giver->agency == "A1");
  CHECK(x.awards[0].giver->name == "Kementerian Kesehatan");
}

TEST_CASE("linking: a score in another clause or a partial date is not taken") {
  const std::string t =
      "Kota Bandung meraih penghargaan Kota Kreatif dari UNESCO pada Senin (12/5). Indeks "
      "kepuasan warga mencapai 87,5.";
  Extraction x;
  Score s;
  s.span = Find(t, "87,5");
  s.value = 87.5;
  x.scores.push_back(s);
  DateExpr d;
  d.span = Find(t, "Senin (12/5)");
  d.type = "date";
  d.value = "XXXX-05-12";
  x.dates.push_back(d);
  LinkFixture fx;
  x = fx.Run(t, x);
  REQUIRE(x.awards.size() == 1);
  CHECK(!x.awards[0].score);
  CHECK(x.awards[0].date.empty());
  CHECK(x.scores[0].award.empty());
}

TEST_CASE("unlinked: without other stages givers and recipients keep names only") {
  ArticleResult r = testing::Run(kSeedLike);
  const Award* w = ByName(r.extraction, "Predikat Kepatuhan Tinggi Standar Pelayanan Publik");
  REQUIRE(w);
  REQUIRE(w->giver);
  CHECK(w->giver->name == "Ombudsman RI");
  REQUIRE(w->recipient);
  CHECK(w->recipient->name == "Kota Pontianak");
  CHECK(w->year == 2021);
  CHECK(w->rank == 2);
  CHECK(w->category == "kota");
  CHECK(w->grade == "Kepatuhan Tinggi");
  CHECK(w->id == "W1");
}

TEST_CASE("seed article: ten award frames") {
  ArticleResult r = testing::Run([] {
    std::FILE* f = std::fopen(WARTA_SHARED_DIR "/seeds/000_b0474d4314a72819.txt", "rb");
    std::string s;
    if (!f) return s;
    char buf[4096];
    size_t n;
    while ((n = std::fread(buf, 1, sizeof buf, f)) > 0) s.append(buf, n);
    std::fclose(f);
    return s;
  }());
  const V expected = {"Predikat Kepatuhan Tinggi Standar Pelayanan Publik",
                      "Opini Wajar Tanpa Pengecualian",
                      "Indonesia Visionary Leader",
                      "Top Pembina BUMD",
                      "Natamukti Nindya",
                      "Smart Branding",
                      "Kota Terpilih Unit Pemberantas Pungli (UPP) Bebas Pungli",
                      "B2W Award",
                      "Kota Sedang dengan Kesehatan Cerdas",
                      "Kesiapan Digital Terbaik"};
  V names;
  for (const Award& w : r.extraction.awards) names.push_back(w.name);
  CHECK(Join(names) == Join(expected));
}

// Frames as "name @ recipient", for the frame-count regressions below.
std::string Frames(const std::string& text) {
  ArticleResult r = testing::Run(text);
  V out;
  for (const Award& w : r.extraction.awards) out.push_back(w.name + " @ " + Attr(w, "recipient"));
  return Join(out);
}

struct FramesCase {
  const char* text;
  V frames;  // "name @ recipient"
};

void CheckFrames(const FramesCase* cases, size_t n) {
  for (size_t i = 0; i < n; ++i) {
    INFO(cases[i].text);
    CHECK(Frames(cases[i].text) == Join(cases[i].frames));
  }
}

// Regression (corpus 001, 002, 007): repeated mentions of one family merged
// even when another region won it, losing the second conferral.
TEST_CASE("regression: one award for two regions is two frames") {
  const FramesCase cases[] = {
      {"Kota Tegal meraih Piala Adipura dari KLHK. Selain Tegal, Kota Pekalongan juga membawa "
       "pulang Piala Adipura.",
       {"Adipura @ Kota Tegal", "Adipura @ Kota Pekalongan"}},
      {"Pemerintah Kota Kendari kembali meraih opini WTP dari BPK. Pada kesempatan yang sama, "
       "Pemerintah Kabupaten Konawe juga menerima opini WTP.",
       {"Opini Wajar Tanpa Pengecualian @ Pemerintah Kota Kendari",
        "Opini Wajar Tanpa Pengecualian @ Pemerintah Kabupaten Konawe"}},
      // Same region written two ways: one frame.
      {"Kota Tegal meraih Piala Adipura. Piala Adipura itu kedua bagi Tegal, kata wali kota. "
       "Tegal meraih Adipura berkat kerja warga.",
       {"Adipura @ Kota Tegal"}},
      // Same name, different level: a city and its province are two recipients.
      {"Provinsi Bengkulu meraih penghargaan Kota Layak Anak. Kota Bengkulu juga meraih "
       "penghargaan Kota Layak Anak.",
       {"Kota Layak Anak @ Provinsi Bengkulu", "Kota Layak Anak @ Kota Bengkulu"}},
      // Without a region in either subject, mentions still merge.
      {"SMA Negeri 3 meraih penghargaan Sekolah Sehat tahun ini. Menurut kepala sekolah, "
       "penghargaan Sekolah Sehat diraih berkat siswa.",
       {"Sekolah Sehat @ SMA Negeri 3"}},
  };
  CheckFrames(cases, std::size(cases));
}

// Regression (corpus 007, 043): a later bare grade ("predikat Padapa") became
// a frame of its own instead of a mention of the award with that grade.
TEST_CASE("regression: a bare grade is a mention of the award with that grade") {
  const FramesCase cases[] = {
      {"Kota Bitung meraih Swasti Saba Wistara dan Kabupaten Minahasa meraih Swasti Saba Padapa. "
       "Bupati Minahasa mengatakan pihaknya baru pertama kali meraih predikat Padapa.",
       {"Swasti Saba Wistara @ Kota Bitung", "Swasti Saba Padapa @ Kabupaten Minahasa"}},
      {"Kota Bitung meraih penghargaan Kota Sehat dari Kemenkes. Tahun lalu Bitung baru meraih "
       "predikat Padapa.",
       {"Kota Sehat @ Kota Bitung"}},
  };
  CheckFrames(cases, std::size(cases));
}

// Regression (corpus 007): a family's giver and year, said once, hold for
// its other conferrals in the article; a place after "di" is not a subject.
TEST_CASE("regression: conferrals of one family share giver and year") {
  const AttrCase cases[] = {
      {"Dua daerah di Provinsi Riau meraih penghargaan Kabupaten/Kota Sehat Tahun 2023 dari "
       "Kementerian Kesehatan. Kota Dumai meraih Swasti Saba Wistara, sedangkan Kabupaten Siak "
       "meraih Swasti Saba Padapa.",
       "Swasti Saba Padapa", "giver", "Kementerian Kesehatan"},
      {"Dua daerah di Provinsi Riau meraih penghargaan Kabupaten/Kota Sehat Tahun 2023 dari "
       "Kementerian Kesehatan. Kota Dumai meraih Swasti Saba Wistara, sedangkan Kabupaten Siak "
       "meraih Swasti Saba Padapa.",
       "Swasti Saba Padapa", "year", "2023"},
      {"Dua daerah di Provinsi Riau meraih penghargaan Kabupaten/Kota Sehat Tahun 2023 dari "
       "Kementerian Kesehatan. Kota Dumai meraih Swasti Saba Wistara, sedangkan Kabupaten Siak "
       "meraih Swasti Saba Padapa.",
       "Swasti Saba Padapa", "recipient", "Kabupaten Siak"},
      {"Dua daerah di Provinsi Riau meraih penghargaan Kabupaten/Kota Sehat Tahun 2023 dari "
       "Kementerian Kesehatan. Kota Dumai meraih Swasti Saba Wistara, sedangkan Kabupaten Siak "
       "meraih Swasti Saba Padapa.",
       "Kabupaten/Kota Sehat", "recipient", "Kota Dumai"},
      // Different families do not share.
      {"Kota Dumai meraih Adipura Tahun 2023 dari KLHK. Kota Dumai juga meraih opini WTP.",
       "Opini Wajar Tanpa Pengecualian", "giver", ""},
  };
  CheckAttrs(cases, std::size(cases));
}

// Regression (corpus 001, 004, 014, 053): an award whose tail has no year got
// none, though its sentence dates it or the article is dated.
TEST_CASE("regression: year from the award's sentence, else the article's date") {
  const AttrCase cases[] = {
      {"Kota Tegal meraih Piala Adipura di Jakarta, Selasa (28/2/2023).", "Adipura", "year",
       "2023"},
      {"Pada 2022, Kabupaten Pati meraih penghargaan Kabupaten Sehat dari Kemenkes.",
       "Kabupaten Sehat", "year", "2022"},
      // The tail's own year wins over a date elsewhere in the sentence.
      {"Pada Januari 2024, Kota Tegal menerima Adipura Tahun 2023 dari KLHK.", "Adipura", "year",
       "2023"},
      // Regression (corpus 004): "sejak 2006" starts a span; it is not the award's year.
      {"Penghargaan Kota Layak Anak diberikan setiap tahun sejak 2006 dan Kota Tegal meraih "
       "penghargaan Kota Layak Anak.",
       "Kota Layak Anak", "year", ""},
      // No date anywhere: no year (the test article has no reference date).
      {"Kota Tegal meraih penghargaan Kota Sehat dari Kemenkes.", "Kota Sehat", "year", ""},
  };
  CheckAttrs(cases, std::size(cases));
}

TEST_CASE("regression: an award in a recap paragraph does not guess the reference year") {
  // The seed article's "Sebut saja diantaranya penghargaan ..." list, late in
  // the article and without a dated event: the year stays unknown.
  std::string text = "Wali Kota Hadiri Rapat\n\nRapat digelar Senin (6/3/2023).\n\nSatu.\n\nDua.\n\n"
                     "Tiga.\n\nSebut saja diantaranya penghargaan Kota Sehat dari Kemenkes untuk "
                     "Kota Tegal.";
  ArticleResult r = testing::Run(text);
  REQUIRE(r.extraction.awards.size() == 1);
  CHECK(!r.extraction.awards[0].year);
}

TEST_CASE("regression: an undated award takes the year of the article's reference date") {
  ArticleResult r =
      testing::Run("Kota Tegal meraih penghargaan Kota Sehat dari Kemenkes.", "2023-11-29");
  REQUIRE(r.extraction.awards.size() == 1);
  CHECK(r.extraction.awards[0].year == 2023);
  // A title held by a club is often history: no year from the article's date.
  ArticleResult club =
      testing::Run("Klub itu sudah meraih dua gelar Liga Champions.", "2023-11-29");
  REQUIRE(club.extraction.awards.size() == 1);
  CHECK(!club.extraction.awards[0].year);
}

// Regression (corpus 025, 053, 030, 037): a subject read as its degrees
// ("M.M."), a coordinated subject as one recipient, and two grades of one
// award merged into one frame.
TEST_CASE("regression: subjects with degrees, coordinated regions, two grades") {
  const FramesCase cases[] = {
      {"Bupati Lombok Barat H. Ahmad Zaki, M.M., menerima Satyalancana Wira Karya dari Presiden.",
       {"Satyalancana Wira Karya @ Bupati Lombok Barat H. Ahmad Zaki"}},
      {"Kota Singkawang dan Kota Pontianak meraih Piala Adipura tahun ini.",
       {"Adipura @ Kota Singkawang", "Adipura @ Kota Pontianak"}},
      {"Dua daerah, yakni Kabupaten Bintan dan Kota Batam, meraih UHC Award kategori Utama.",
       {"UHC Award @ Kabupaten Bintan", "UHC Award @ Kota Batam"}},
      // A province after a city describes it.
      {"Pemerintah Kota Palu, Sulawesi Tengah, meraih UHC Award kategori Madya.",
       {"UHC Award @ Pemerintah Kota Palu"}},
      // A body with "dan" in its name is one recipient.
      {"Dinas Pendidikan dan Kebudayaan meraih penghargaan Inovasi Pelayanan Publik.",
       {"Inovasi Pelayanan Publik @ Dinas Pendidikan dan Kebudayaan"}},
      {"Kota Batam meraih UHC Award kategori Utama. Adapun Kabupaten Lingga meraih UHC Award "
       "kategori Madya.",
       {"UHC Award @ Kota Batam", "UHC Award @ Kabupaten Lingga"}},
      {"Kota Batam meraih UHC Award kategori Utama. UHC Award kategori Utama itu diterima wali "
       "kota.",
       {"UHC Award @ Kota Batam"}},
  };
  CheckFrames(cases, std::size(cases));
}

// Regression (corpus 030, 038): "Universal Health Coverage (UHC) Awards" kept
// the acronym inside the name.
TEST_CASE("regression: an acronym before the award suffix is the acronym") {
  const AttrCase cases[] = {
      {"Kota Batam meraih Universal Health Coverage (UHC) Award dari BPJS Kesehatan.",
       "Universal Health Coverage Award", "acronym", "UHC"},
      {"Kota Batam meraih penghargaan Smart Green City (SGC) Awards tahun ini.",
       "Smart Green City Awards", "acronym", "SGC"},
      // An inner acronym followed by more name words stays.
      {"Kota Batam meraih penghargaan Unit Pemberantas Pungli (UPP) Bebas Pungli.",
       "Unit Pemberantas Pungli (UPP) Bebas Pungli", "acronym", ""},
  };
  CheckAttrs(cases, std::size(cases));
}

}  // namespace
}  // namespace warta

namespace warta {
namespace {

// Regression (corpus 001, 004, 008, 013, 037): a score written in a sentence
// after the award ("Palembang memperoleh nilai akhir 78,45") was never linked.
TEST_CASE("regression: a score in a later sentence of the award's region") {
  const AttrCase cases[] = {
      // The region of the score sentence won exactly one award.
      {"Kota Tegal meraih Piala Adipura dari KLHK. Tim penilai memeriksa pasar dan taman. "
       "Menurut dia, Tegal memperoleh nilai akhir 81,25.",
       "Adipura", "score", "81.25"},
      {"Pemerintah Kabupaten Pati meraih penghargaan Kabupaten Sehat dari Kemenkes. Kabupaten "
       "Pati mengantongi nilai 90,5 dalam penilaian itu.",
       "Kabupaten Sehat", "score", "90.5"},
      // Right after a sentence with one award: a score word is enough.
      {"Kota Tegal meraih penghargaan Kota Sehat dari Kemenkes. Nilai yang diraih 88,5.",
       "Kota Sehat", "score", "88.5"},
      {"Kota Tegal meraih Piala Adipura dari KLHK. Hasil penilaian menempatkan Tegal pada nilai "
       "77,5.",
       "Adipura", "score", "77.5"},
      // Right after the award but of neither its region nor won: an indicator.
      {"Kota Tegal meraih Piala Adipura dari KLHK. Indeks kepuasan warga mencapai 87,5.",
       "Adipura", "score", ""},
      // Another region's score is not the award's.
      {"Kota Tegal meraih Piala Adipura dari KLHK. Kota Brebes memperoleh nilai 70,25.",
       "Adipura", "score", ""},
      // Two awards for the region: which one the score is for is not said.
      {"Kota Tegal meraih Piala Adipura dari KLHK. Kota Tegal juga meraih penghargaan Kota "
       "Sehat dari Kemenkes pada 2023. Tim penilai datang dua kali. Tegal memperoleh nilai 81,25.",
       "Adipura", "score", ""},
      // A sentence with an unread award of its own keeps its score.
      {"Kota Tegal meraih Piala Adipura dari KLHK. Tegal meraih predikat BB dengan nilai 71,25.",
       "Adipura", "score", ""},
      // A target is not a score of the award.
      {"Kota Tegal meraih Piala Adipura dari KLHK. Tim penilai datang dua kali. Tegal akan "
       "meraih nilai 90,5 tahun depan.",
       "Adipura", "score", ""},
      // A score far from the award with no region and no verb stays unlinked.
      {"Kota Tegal meraih Piala Adipura dari KLHK. Tim penilai datang dua kali. Nilai rata-rata "
       "daerah 70,5.",
       "Adipura", "score", ""},
  };
  CheckAttrs(cases, std::size(cases));
}

// Regression (corpus 014, 021, 028, 048): "Kota Serang meraih peringkat
// kedua" named no award and was dropped; it is a conferral of the award said
// before it, to its own region, with its own rank.
TEST_CASE("regression: an elliptical rank is a conferral of the award said before") {
  const FramesCase cases[] = {
      {"Kota Tegal meraih Piala Adipura dari KLHK. Selain itu, Kabupaten Brebes meraih peringkat "
       "kedua.",
       {"Adipura @ Kota Tegal", "Adipura @ Kabupaten Brebes"}},
      {"Kabupaten Pati meraih penghargaan Kabupaten Sehat dari Kemenkes. Kabupaten Kudus "
       "menempati peringkat ketiga kategori kabupaten.",
       {"Kabupaten Sehat @ Kabupaten Pati", "Kabupaten Sehat @ Kabupaten Kudus"}},
      // The same region: one frame with the rank.
      {"Kota Tegal meraih Piala Adipura dari KLHK. Dalam penilaian itu, Kota Tegal meraih "
       "peringkat pertama.",
       {"Adipura @ Kota Tegal"}},
      // No award before it, or a subject that is not a region: no frame.
      {"Kabupaten Brebes meraih peringkat kedua.", {}},
      {"Kota Tegal meraih Piala Adipura dari KLHK. Persib menempati peringkat kedua.",
       {"Adipura @ Kota Tegal"}},
      // A position verb before a named rank is a standing, not an award.
      {"Kota Tegal meraih Piala Adipura dari KLHK. Persib Bandung menempati peringkat kedua "
       "Liga Satu.",
       {"Adipura @ Kota Tegal"}},
      {"Persib Bandung menempati peringkat kedua Divisi Utama musim ini.", {}},
      // A plan is not a conferral.
      {"Kota Tegal meraih Piala Adipura dari KLHK. Kabupaten Brebes berharap meraih peringkat "
       "kedua.",
       {"Adipura @ Kota Tegal"}},
  };
  CheckFrames(cases, std::size(cases));
  ArticleResult r = testing::Run(
      "Kota Tegal meraih Piala Adipura dari KLHK. Selain itu, Kabupaten Brebes meraih peringkat "
      "kedua.");
  REQUIRE(r.extraction.awards.size() == 2);
  CHECK(!r.extraction.awards[0].rank);  // the rank is Brebes's alone
  CHECK(r.extraction.awards[1].rank == 2);
  REQUIRE(r.extraction.awards[1].giver);
  CHECK(r.extraction.awards[1].giver->name == "KLHK");
}

// Regression (corpus 014, 028): "predikat Badan Publik Informatif dalam
// Anugerah Keterbukaan Informasi Publik" gave two frames for one award.
TEST_CASE("regression: a level named before 'dalam' its family award is one frame") {
  const FramesCase cases[] = {
      {"Kota Tegal dinobatkan sebagai kota terinovatif dalam ajang IGA 2023 dari Kemendagri.",
       {"Innovative Government Award @ Kota Tegal"}},
      {"Pemkot Tegal meraih predikat Badan Publik Informatif dalam Anugerah Keterbukaan "
       "Informasi Publik 2023.",
       {"Anugerah Keterbukaan Informasi Publik @ Pemkot Tegal"}},
      // Not followed by a family: two awards stay two.
      {"Kota Tegal meraih penghargaan Kota Sehat dalam acara itu dan Piala Adipura dari KLHK.",
       {"Kota Sehat @ Kota Tegal", "Adipura @ Kota Tegal"}},
  };
  CheckFrames(cases, std::size(cases));
}

// Regression (corpus 008): a family's level written in lower case ("predikat
// kepatuhan sedang") lost the family's giver and year.
TEST_CASE("regression: a lower-case family level shares the family's giver and year") {
  const AttrCase cases[] = {
      {"Kota Tegal meraih predikat kepatuhan tinggi dalam penilaian Ombudsman RI tahun 2022. "
       "Kabupaten Brebes masih berada di zona kuning dengan predikat kepatuhan sedang.",
       "kepatuhan sedang", "year", "2022"},
      {"Kota Tegal meraih predikat kepatuhan tinggi dalam penilaian Ombudsman RI tahun 2022. "
       "Kabupaten Brebes masih berada di zona kuning dengan predikat kepatuhan sedang.",
       "kepatuhan sedang", "giver", "Ombudsman RI"},
  };
  CheckAttrs(cases, std::size(cases));
}

// Regression (indosum): "memboyong bus berseragam PPD" (Perum PPD, a bus
// company) was read as Penghargaan Pembangunan Daerah. An all-caps alias of a
// caps_alias=context family needs an award noun, the family in words or its
// giver somewhere in the article.
TEST_CASE("regression: an all-caps family alias needs context in the article") {
  const FramesCase cases[] = {
      {"Komunitas itu memboyong bus berseragam PPD lawas ke pameran.", {}},
      {"Warga Kota Tegal mendapat KKS dari dinas sosial pekan lalu.", {}},
      // An award noun, the long form or the giver confirms it.
      {"Provinsi Jawa Tengah meraih PPD 2023. Penghargaan itu diserahkan di Jakarta.",
       {"Penghargaan Pembangunan Daerah @ Provinsi Jawa Tengah"}},
      {"Provinsi Jawa Tengah meraih PPD dari Bappenas.",
       {"Penghargaan Pembangunan Daerah @ Provinsi Jawa Tengah"}},
      {"Provinsi Jawa Tengah kembali meraih PPD. Pembangunan Daerah di provinsi itu dinilai baik.",
       {"Penghargaan Pembangunan Daerah @ Provinsi Jawa Tengah"}},
      // A caps_alias=any family needs nothing more.
      {"Kabupaten Pati kembali meraih opini WTP dari BPK.",
       {"Opini Wajar Tanpa Pengecualian @ Kabupaten Pati"}},
  };
  CheckFrames(cases, std::size(cases));
}

// Regression (corpus 010): "Kabupaten X menjadi satu-satunya daerah di
// Provinsi Y yang meraih predikat A dalam evaluasi SAKIP" had no subject and
// fell back to the article's main region (the province).
TEST_CASE("regression: a relative 'yang meraih' is said of the sentence's region") {
  const FramesCase cases[] = {
      // The province is named more often: without the rule it was the recipient.
      {"Kabupaten Bangka Tengah menjadi satu-satunya daerah di Provinsi Jambi yang meraih "
       "Piala Adipura dari KLHK. Pemerintah Provinsi Jambi menyambut baik capaian itu.",
       {"Adipura @ Kabupaten Bangka Tengah"}},
      {"TEGAL, KORAN - Kota Tegal menjadi daerah pertama di Jawa Tengah yang meraih Piala "
       "Adipura Kencana.",
       {"Adipura Kencana @ Kota Tegal"}},
  };
  CheckFrames(cases, std::size(cases));
}

}  // namespace
}  // namespace warta
