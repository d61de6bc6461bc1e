// Agencies: bodies from the lexicon, from heads, from cues; merging of long
// forms, acronyms and short forms; generic words that are not bodies.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "unit/test_support.h"

namespace warta {
namespace {

using testing::Run;

struct AgencyCase {
  const char* text;
  const char* name;  // first agency's name; "" = no agency expected
  const char* acronym;
  const char* kind;
  const char* code;  // jurisdiction code, "" = none
  size_t mentions;   // mentions of the first agency
};

TEST_CASE("agencies: one entity per body, with kind, acronym and region") {
  const AgencyCase cases[] = {
      {"Badan Keuangan Daerah (BKD) Kota Pontianak melayani pajak. BKD membuka loket baru.",
       "Badan Keuangan Daerah Kota Pontianak", "BKD", "badan", "61.71", 2},
      {"Pemkot Pontianak bekerja keras. Pemerintah Kota (Pemkot) Pontianak meraih penghargaan.",
       "Pemerintah Kota Pontianak", "Pemkot Pontianak", "pemerintah_daerah", "61.71", 2},
      {"Pemkab Bogor menggelar vaksinasi massal.", "Pemerintah Kabupaten Bogor", "Pemkab Bogor",
       "pemerintah_daerah", "32.01", 1},
      {"Pemkot Bogor menggelar vaksinasi massal.", "Pemerintah Kota Bogor", "Pemkot Bogor",
       "pemerintah_daerah", "32.71", 1},
      {"Pemprov Kalbar menyiapkan anggaran.", "Pemerintah Provinsi Kalimantan Barat",
       "Pemprov Kalbar", "pemerintah_daerah", "61", 1},
      {"Pemerintah Provinsi Jawa Barat menyiapkan anggaran.", "Pemerintah Provinsi Jawa Barat",
       "", "pemerintah_daerah", "32", 1},
      {"Penghargaan diberikan Kementerian Komunikasi dan Informatika dan lembaga lain.",
       "Kementerian Komunikasi dan Informatika", "Kominfo", "kementerian", "", 1},
      {"Kominfo memblokir situs itu. Kementerian Komunikasi dan Informatika menjelaskan alasannya.",
       "Kementerian Komunikasi dan Informatika", "Kominfo", "kementerian", "", 2},
      {"Ombudsman RI menilai kepatuhan. Ombudsman lalu mengumumkan hasilnya.",
       "Ombudsman Republik Indonesia", "ORI", "lembaga", "", 2},
      {"Dinas Penanaman Modal, Tenaga Kerja dan Pelayanan Terpadu Satu Pintu (DPMTK-PTSP) Kota "
       "Pontianak membuka layanan.",
       "Dinas Penanaman Modal, Tenaga Kerja dan Pelayanan Terpadu Satu Pintu Kota Pontianak",
       "DPMTK-PTSP", "dinas", "61.71", 1},
      {"Dinas Kependudukan dan Pencatatan Sipil Kota Pontianak membuka loket.",
       "Dinas Kependudukan dan Pencatatan Sipil Kota Pontianak", "", "dinas", "61.71",
       1},
      {"Dinas Bina Marga dan Sumber Daya Air (BMSDA) Kota Medan memperbaiki jalan. Dinas BMSDA "
       "menambal lubang.",
       "Dinas Bina Marga dan Sumber Daya Air Kota Medan", "BMSDA", "dinas", "12.71", 2},
      {"Dinas Kesehatan Kabupaten Sambas menggelar vaksinasi. Dinkes menyiapkan vaksin.",
       "Dinas Kesehatan Kabupaten Sambas", "Dinkes", "dinas", "61.01", 2},
      {"Badan Pusat Statistik mencatat inflasi. BPS juga mencatat ekspor.", "Badan Pusat Statistik",
       "BPS", "badan", "", 2},
      {"BPS Kalbar merilis angka kemiskinan.", "Badan Pusat Statistik Provinsi Kalimantan Barat",
       "BPS", "badan", "61", 1},
      {"KPK menahan tersangka. Komisi Pemberantasan Korupsi (KPK) menyita dokumen.",
       "Komisi Pemberantasan Korupsi", "KPK", "lembaga", "", 2},
      {"KemenPAN-RB menilai birokrasi daerah.",
       "Kementerian Pendayagunaan Aparatur Negara dan Reformasi Birokrasi", "KemenPAN-RB",
       "kementerian", "", 1},
      {"Bappenas menyusun rencana pembangunan.",
       "Kementerian Perencanaan Pembangunan Nasional/Bappenas", "Bappenas", "kementerian", "", 1},
      {"BPJS Kesehatan menaikkan iuran.", "Badan Penyelenggara Jaminan Sosial Kesehatan",
       "BPJS Kesehatan", "badan", "", 1},
      {"Saber Pungli RI memberi penghargaan.", "Saber Pungli RI", "Saber Pungli", "satuan_tugas",
       "", 1},
      {"DPRD Kota Pontianak mengesahkan perda.", "Dewan Perwakilan Rakyat Daerah Kota Pontianak",
       "DPRD Kota Pontianak", "dprd", "61.71", 1},
      {"DPRD Kalbar menggelar paripurna.", "Dewan Perwakilan Rakyat Daerah Kalimantan Barat",
       "DPRD Kalbar", "dprd", "61", 1},
      {"Polda Kalbar menangkap pelaku.", "Kepolisian Daerah Kalimantan Barat", "Polda Kalbar",
       "polri", "61", 1},
      {"Polres Bogor menangkap pelaku.", "Kepolisian Resor Bogor", "Polres Bogor", "polri", "32.01",
       1},
      {"Polresta Bogor Kota menangkap pelaku.", "Kepolisian Resor Kota Bogor", "Polresta Bogor",
       "polri", "32.71", 1},
      {"Polsek Sungai Raya menangkap pelaku.", "Kepolisian Sektor Sungai Raya",
       "Polsek Sungai Raya", "polri", "", 1},
      {"Kodam XII/Tanjungpura menggelar latihan.", "Komando Daerah Militer XII/Tanjungpura",
       "Kodam XII/Tanjungpura", "tni", "", 1},
      {"Kodim 1207/BS menggelar bakti sosial.", "Komando Distrik Militer 1207/BS", "Kodim 1207/BS",
       "tni", "", 1},
      {"Kejati Kalbar menahan tersangka.", "Kejaksaan Tinggi Kalimantan Barat", "Kejati Kalbar",
       "kejaksaan", "61", 1},
      {"Kejari Sanggau menahan tersangka.", "Kejaksaan Negeri Sanggau", "Kejari Sanggau",
       "kejaksaan", "61.03", 1},
      {"Pengadilan Negeri Pontianak menjatuhkan vonis.", "Pengadilan Negeri Pontianak",
       "", "pengadilan", "61.71", 1},
      {"PT Adhi Karya (Persero) Tbk membangun jembatan.", "PT Adhi Karya", "", "bumn", "", 1},
      {"Universitas Tanjungpura membuka jurusan baru.", "Universitas Tanjungpura", "",
       "perguruan_tinggi", "", 1},
      {"Pusat Inovasi Kota dan Komunitas Cerdas Institut Teknologi Bandung (ITB) menilai kota.",
       "Pusat Inovasi Kota dan Komunitas Cerdas Institut Teknologi Bandung", "", "perguruan_tinggi",
       "", 1},
      {"Penghargaan itu datang dari MNC Group tahun lalu.", "MNC Group", "", "organisasi", "", 1},
      {"Ia menerima trofi dari Majalah Top Business di Jakarta.", "Majalah Top Business", "",
       "organisasi", "", 1},
      {"Gelar itu diberikan oleh International Council for Small Business (ICSB) kemarin.",
       "International Council for Small Business", "ICSB", "organisasi", "", 1},
      {"Kerja sama dengan Yayasan Bina Sejahtera berjalan baik.", "Yayasan Bina Sejahtera", "",
       "organisasi", "", 1},
      {"Satpol PP Kota Makassar menertibkan pedagang.", "Satuan Polisi Pamong Praja Kota Makassar",
       "Satpol PP", "lembaga", "73.71", 1},
      // Short forms of region and unit heads: the long name, and the short
      // form with the region as written as the acronym.
      {"Polda NTT menangkap enam perekrut.", "Kepolisian Daerah Nusa Tenggara Timur", "Polda NTT",
       "polri", "53", 1},
      {"Polres Kotim menggelar operasi.", "Kepolisian Resor Kotawaringin Timur", "Polres Kotim",
       "polri", "62.02", 1},
      {"Kepolisian Resor Kota (Polresta) Samarinda membuka posko.",
       "Kepolisian Resor Kota Samarinda", "Polresta Samarinda", "polri", "64.72", 1},
      {"Kejari Kabupaten Malang menahan kepala desa.", "Kejaksaan Negeri Kabupaten Malang",
       "Kejari Kabupaten Malang", "kejaksaan", "35.07", 1},
      {"Komando Distrik Militer (Kodim) 0912/Malinau menanam pohon.",
       "Komando Distrik Militer 0912/Malinau", "Kodim 0912/Malinau", "tni", "", 1},
      {"DPRD Sintang menggelar rapat paripurna. DPRD lalu menutup sidang.",
       "Dewan Perwakilan Rakyat Daerah Kabupaten Sintang", "DPRD Sintang", "dprd", "61.05", 2},
      {"Pengadilan Agama Sambas menerima perkara.", "Pengadilan Agama Sambas", "", "pengadilan",
       "61.01", 1},
      // regression (acronym_derived_over_written): a short form written later
      // beats the one derived from the long form.
      {"Pemerintah Kota Pekanbaru menyiapkan dana. Pemko Pekanbaru juga membuka posko.",
       "Pemerintah Kota Pekanbaru", "Pemko Pekanbaru", "pemerintah_daerah", "14.71", 2},
      {"Pemerintah Kota (Pemko) Banjarbaru meraih predikat itu.", "Pemerintah Kota Banjarbaru",
       "Pemko Banjarbaru", "pemerintah_daerah", "63.72", 1},
      {"Pemkab Kukar menyalurkan bantuan.", "Pemerintah Kabupaten Kutai Kartanegara",
       "Pemkab Kukar", "pemerintah_daerah", "64.02", 1},
      // Offices of national bodies in a region.
      {"BPK Perwakilan Provinsi Jambi menyerahkan laporan.",
       "Badan Pemeriksa Keuangan Perwakilan Provinsi Jambi", "BPK", "lembaga", "15", 1},
      {"Ombudsman RI Perwakilan Sulsel menilai kepatuhan.",
       "Ombudsman Republik Indonesia Perwakilan Provinsi Sulawesi Selatan", "ORI", "lembaga", "73",
       1},
      // regression (regional_acronym_missing): a regional kind of body reports
      // its usual acronym; a body with none reports none.
      {"Dinas Pariwisata Kabupaten Gianyar mencatat kunjungan.",
       "Dinas Pariwisata Kabupaten Gianyar", "", "dinas", "51.04", 1},
      {"Inspektorat Kabupaten Sambas memeriksa laporan.", "Inspektorat Kabupaten Sambas", "",
       "lembaga", "61.01", 1},
      {"Badan Usaha Milik Desa (BUMDes) Karya Makmur mengelola wisata.",
       "Badan Usaha Milik Desa Karya Makmur", "BUMDes", "bumd", "", 1},
      // regression: a person after the parent body was read into the name.
      {"Komisi V DPR Fraksi Hanura Budi Santoso bertanya.", "Komisi V DPR", "", "lembaga", "", 1},
      {"Biro Humas Kementerian Keuangan Ahmad Fauzi menjelaskan.",
       "Biro Humas Kementerian Keuangan", "", "lembaga", "", 1},
      // regression: "dan" joined two organisations into one.
      {"Kabar itu datang dari Kotaku dan Anime News Network pekan lalu.", "", "", "", "", 0},
      {"Badan Penanggulangan Bencana Daerah (BPBD) Kabupaten Sintang siaga. BPBD membuka posko.",
       "Badan Penanggulangan Bencana Daerah Kabupaten Sintang", "BPBD", "badan", "61.05", 2},
  };
  for (const AgencyCase& c : cases) {
    const std::string text = c.text;
    CAPTURE(text);
    ArticleResult r = Run(c.text);
    const std::vector<Agency>& ags = r.extraction.agencies;
    if (c.mentions == 0) {
      CHECK(ags.empty());
      continue;
    }
    REQUIRE(!ags.empty());
    const Agency& a = ags[0];
    CHECK(a.id == "A1");
    CHECK(a.name == std::string(c.name));
    CHECK(a.acronym == std::string(c.acronym));
    CHECK(a.kind == std::string(c.kind));
    CHECK((a.jurisdiction ? a.jurisdiction->code : "") == std::string(c.code));
    CHECK(a.mentions.size() == c.mentions);
  }
}

// Regression (acronym_composed_not_written): the acronym is a short form the
// text writes, else a national body's standard acronym, never one composed
// from the head or a regional kind of body (docs/annotation.md).
TEST_CASE("agencies: acronym_composed_not_written") {
  struct Case {
    const char* text;
    const char* name;
    const char* acronym;
  };
  const Case cases[] = {
      {"Pemerintah Kabupaten Sekadau menyalurkan beras murah.", "Pemerintah Kabupaten Sekadau", ""},
      {"Pemerintah Kota (Pemko) Dumai menyalurkan beras murah.", "Pemerintah Kota Dumai",
       "Pemko Dumai"},
      {"Pemkab Sekadau menyalurkan beras murah.", "Pemerintah Kabupaten Sekadau", "Pemkab Sekadau"},
      {"Dinas Kesehatan Kota Singkawang membuka posko.", "Dinas Kesehatan Kota Singkawang", ""},
      {"Dinas Kesehatan (Dinkes) Kota Singkawang membuka posko.",
       "Dinas Kesehatan Kota Singkawang", "Dinkes"},
      {"Kejaksaan Negeri Ketapang menahan dua orang.", "Kejaksaan Negeri Ketapang", ""},
      {"Kejari Ketapang menahan dua orang.", "Kejaksaan Negeri Ketapang", "Kejari Ketapang"},
      // National bodies keep their standard acronym.
      {"Kementerian Kesehatan mengirim vaksin ke desa.", "Kementerian Kesehatan", "Kemenkes"},
  };
  for (const Case& c : cases) {
    const std::string text = c.text;
    CAPTURE(text);
    ArticleResult r = Run(c.text);
    REQUIRE(!r.extraction.agencies.empty());
    const Agency& a = r.extraction.agencies[0];
    CHECK(a.name == std::string(c.name));
    CHECK(a.acronym == std::string(c.acronym));
  }
}

// Regression (regional_body_name_and_numbered_units): a regional body's
// name writes the region's level whether the text does or not, so both
// mentions are one entity; numbered units (schools) and TP PKK are bodies.
TEST_CASE("agencies: regional_body_name_and_numbered_units") {
  struct Case {
    const char* text;
    const char* name;
    const char* acronym;
    size_t entities;
  };
  const Case cases[] = {
      {"Dinas Kesehatan Kapuas Hulu membuka posko. Dinas Kesehatan Kabupaten Kapuas Hulu siaga.",
       "Dinas Kesehatan Kabupaten Kapuas Hulu", "", 1},
      {"TP PKK Sambas menggelar lomba. Ketua TP PKK Kabupaten Sambas Ani Lestari hadir.",
       "Tim Penggerak Pemberdayaan Kesejahteraan Keluarga Kabupaten Sambas", "TP PKK", 1},
      {"SMPN 4 Singkawang Raih Adiwiyata. Siswa SMP Negeri 4 Singkawang menanam pohon.",
       "SMP Negeri 4 Singkawang", "SMPN 4 Singkawang", 1},
      {"SD Negeri Sungai Pinyuh 2 menanam pohon.", "SD Negeri Sungai Pinyuh 2", "", 1},
  };
  for (const Case& c : cases) {
    const std::string text = c.text;
    CAPTURE(text);
    ArticleResult r = Run(c.text);
    REQUIRE(r.extraction.agencies.size() == c.entities);
    const Agency& a = r.extraction.agencies[0];
    CHECK(a.name == std::string(c.name));
    CHECK(a.acronym == std::string(c.acronym));
  }
}

TEST_CASE("agencies: generic words and unnamed bodies are not agencies") {
  const char* cases[] = {
      "Seluruh OPD diminta meningkatkan pelayanan.",
      "Organisasi Perangkat Daerah (OPD) diminta bekerja keras.",
      "Dinas terkait akan menindaklanjuti laporan itu.",
      "Pemerintah daerah menyiapkan anggaran bantuan.",
      "Kementerian/lembaga wajib melapor setiap bulan.",
      "Instansi pemerintah diminta hemat energi.",
      "Laporan Keuangan Pemerintah Daerah (LKPD) diperiksa tiap tahun.",
      "Unit Pemberantas Pungli (UPP) dibentuk di kota itu.",
      "Ia menginap di Hotel Grand Sahid Jaya Jakarta.",
      "Rapat digelar di Ruang Pontive Center.",
      "Pemkot akan menambah armada bus.",
      "Badan jalan rusak parah akibat hujan.",
      "PT Sinar Jaya Abadi membuka cabang baru.",
      "Bank Sejahtera Bersama menaikkan bunga.",
      "Media sosial ramai membahas kejadian itu.",
      "Warga Kota Pontianak antusias menonton.",
  };
  for (const char* c : cases) {
    const std::string text = c;
    CAPTURE(text);
    ArticleResult r = Run(c);
    CHECK(r.extraction.agencies.empty());
    if (!r.extraction.agencies.empty()) CHECK(r.extraction.agencies[0].name == "");
  }
}

TEST_CASE("agencies: ids follow first mention; spans are the written mentions") {
  ArticleResult r = Run(
      "Sepanjang 2021, Pemkot Pontianak meraih penghargaan dari Ombudsman RI. Dinas Kesehatan Kota "
      "Pontianak dan Pemerintah Kota (Pemkot) Pontianak menerimanya.");
  const std::vector<Agency>& ags = r.extraction.agencies;
  REQUIRE(ags.size() == 3);
  CHECK(ags[0].id == "A1");
  CHECK(ags[0].name == "Pemerintah Kota Pontianak");
  CHECK(ags[1].name == "Ombudsman Republik Indonesia");
  CHECK(ags[2].name == "Dinas Kesehatan Kota Pontianak");
  REQUIRE(ags[0].mentions.size() == 2);
  CHECK(r.doc.Slice(ags[0].mentions[0]) == "Pemkot Pontianak");
  CHECK(r.doc.Slice(ags[0].mentions[1]) == "Pemerintah Kota (Pemkot) Pontianak");
  CHECK(r.doc.Slice(ags[1].mentions[0]) == "Ombudsman RI");
  CHECK(ags[1].provenance.rule.rfind("lexicons/agencies.tsv:", 0) == 0);
}

}  // namespace
}  // namespace warta
