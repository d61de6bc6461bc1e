// Officials: the structures of docs/officials-agencies.md, one table per
// structure, original sentences. An empty `name` means: no official at all.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "unit/test_support.h"

namespace warta {
namespace {

using testing::Run;

struct OfficialCase {
  const char* text;
  const char* name;  // "" = no official expected
  const char* title;
  const char* jurisdiction;  // jurisdiction name, "" = none
  const char* code;          // Kemendagri code, "" = none
};

std::string Joined(const std::vector<std::string>& v) {
  std::string out;
  for (const std::string& s : v) out += (out.empty() ? "" : "|") + s;
  return out;
}

void CheckOfficials(const OfficialCase* cases, size_t n) {
  for (size_t k = 0; k < n; ++k) {
    const OfficialCase& c = cases[k];
    const std::string text = c.text;
    CAPTURE(text);
    ArticleResult r = Run(c.text);
    const std::vector<Official>& offs = r.extraction.officials;
    if (std::string(c.name).empty()) {
      CHECK(offs.empty());
      if (!offs.empty()) CAPTURE(offs[0].name);
      continue;
    }
    REQUIRE(!offs.empty());
    CHECK(offs[0].name == std::string(c.name));
    CHECK(offs[0].title == std::string(c.title));
    std::string jur = offs[0].jurisdiction ? offs[0].jurisdiction->name : "";
    std::string code = offs[0].jurisdiction ? offs[0].jurisdiction->code : "";
    CHECK(jur == std::string(c.jurisdiction));
    CHECK(code == std::string(c.code));
  }
}

// Regression (title_body_not_per_convention): a regional unit in a title is
// spelled out, a national body or legislature keeps its acronym, a police or
// military post keeps its contracted title without the unit.
TEST_CASE("officials: title_body_not_per_convention") {
  const OfficialCase cases[] = {
      {"Kepala Kejari Sintang Bayu Pramesti menahan tersangka.", "Bayu Pramesti",
       "Kepala Kejaksaan Negeri", "Kabupaten Sintang", "61.05"},
      {"Kepala Dinkes Kabupaten Sambas Fatah Maryunani memantau posyandu.", "Fatah Maryunani",
       "Kepala Dinas Kesehatan", "Kabupaten Sambas", "61.01"},
      {"Kepala Badan Pusat Statistik (BPS) Kalbar Moh Wahyu Yulianto merilis data.",
       "Moh Wahyu Yulianto", "Kepala BPS", "Kalimantan Barat", "61"},
      {"Ketua DPRD Kota Singkawang Sujianto membuka sidang.", "Sujianto", "Ketua DPRD",
       "Kota Singkawang", "61.72"},
      {"Kasat Lantas Polres Sanggau AKP Rudi Hartono mengatur arus.", "Rudi Hartono",
       "Kasat Lantas", "Kabupaten Sanggau", "61.03"},
      {"Komandan Kodim 1207/BS Letkol Inf Yudi Prasetyo memimpin apel.", "Yudi Prasetyo", "Dandim",
       "", ""},
  };
  CheckOfficials(cases, sizeof(cases) / sizeof(cases[0]));
}

// Regression (school_head_taken_as_official): a school's head is no public
// office; "Ketua TP PKK" stays a title although TP PKK is a body.
TEST_CASE("officials: school_head_taken_as_official") {
  const OfficialCase cases[] = {
      {"Kepala SMPN 4 Singkawang, Rudi Antoni, mengatakan siswa menanam pohon.", "", "", "", ""},
      {"Ketua TP PKK Kabupaten Sambas Ani Lestari membuka lomba.", "Ani Lestari", "Ketua TP PKK",
       "Kabupaten Sambas", "61.01"},
  };
  CheckOfficials(cases, sizeof(cases) / sizeof(cases[0]));
}

TEST_CASE("officials: regional heads with their region and code") {
  const OfficialCase cases[] = {
      {"Wali Kota Pontianak Edi Rusdi Kamtono membuka acara itu.", "Edi Rusdi Kamtono", "Wali Kota",
       "Kota Pontianak", "61.71"},
      {"Walikota Samarinda Andi Harun meninjau banjir.", "Andi Harun", "Wali Kota",
       "Kota Samarinda", "64.72"},
      {"Wako Padang Hendri Septa menyerahkan bantuan.", "Hendri Septa", "Wali Kota", "Kota Padang",
       "13.71"},
      {"Bupati Muara Enim Ahmad Usmarwi hadir di lokasi.", "Ahmad Usmarwi", "Bupati",
       "Kabupaten Muara Enim", "16.03"},
      {"Bupati Kabupaten Kubu Raya Muda Mahendrawan memimpin rapat.", "Muda Mahendrawan", "Bupati",
       "Kabupaten Kubu Raya", "61.12"},
      {"Gubernur Kalbar Sutarmidji menegaskan hal itu.", "Sutarmidji", "Gubernur",
       "Kalimantan Barat", "61"},
      {"Gubernur Jawa Tengah Ganjar Pranowo meninjau pasar.", "Ganjar Pranowo", "Gubernur",
       "Jawa Tengah", "33"},
      {"Gubernur DKI Jakarta Anies Baswedan meresmikan taman.", "Anies Baswedan", "Gubernur",
       "DKI Jakarta", "31"},
      {"Wakil Gubernur Sumsel Mawardi Yahya menerima tamu.", "Mawardi Yahya", "Wakil Gubernur",
       "Sumatera Selatan", "16"},
      {"Wagub Jabar Uu Ruzhanul Ulum berkunjung.", "Uu Ruzhanul Ulum", "Wakil Gubernur",
       "Jawa Barat", "32"},
      {"Wakil Bupati Sanggau Yohanes Ontot membuka lomba.", "Yohanes Ontot", "Wakil Bupati",
       "Kabupaten Sanggau", "61.03"},
      {"Wabup Kapuas Hulu Wahyudi Hidayat menanam pohon.", "Wahyudi Hidayat", "Wakil Bupati",
       "Kabupaten Kapuas Hulu", "61.06"},
      {"Wakil Wali Kota Singkawang Irwan hadir.", "Irwan", "Wakil Wali Kota", "Kota Singkawang",
       "61.72"},
      {"Wawako Bukittinggi Marfendi menyapa warga.", "Marfendi", "Wakil Wali Kota",
       "Kota Bukittinggi", "13.75"},
      {"Sekretaris Daerah Kota Pontianak Mulyadi menerima piagam.", "Mulyadi", "Sekretaris Daerah",
       "Kota Pontianak", "61.71"},
      {"Sekda Kalbar Harisson memimpin apel.", "Harisson", "Sekretaris Daerah", "Kalimantan Barat",
       "61"},
      {"Gubernur Sulawesi Selatan Andi Sudirman Sulaiman berpidato.", "Andi Sudirman Sulaiman",
       "Gubernur", "Sulawesi Selatan", "73"},
      {"Bupati Kutai Kartanegara Edi Damansyah meninjau jalan.", "Edi Damansyah", "Bupati",
       "Kabupaten Kutai Kartanegara", "64.02"},
      {"Wali Kota Jakarta Selatan Munjirin meninjau lokasi.", "Munjirin", "Wali Kota",
       "Kota Jakarta Selatan", "31.74"},
      {"Bupati Pangkajene dan Kepulauan Yusran Lalogau hadir.", "Yusran Lalogau", "Bupati",
       "Kabupaten Pangkajene dan Kepulauan", "73.10"},
      {"Wali Kota Tangsel Benyamin Davnie menyambut tamu.", "Benyamin Davnie", "Wali Kota",
       "Kota Tangerang Selatan", "36.74"},
      {"Bupati Tapteng Bakhtiar Ahmad Sibarani menjawab.", "Bakhtiar Ahmad Sibarani", "Bupati",
       "Kabupaten Tapanuli Tengah", "12.01"},
      {"Gubernur Papua Barat Daya Ali Baham hadir.", "Ali Baham", "Gubernur", "Papua Barat Daya",
       "96"},
      {"Bupati Jombang, Jawa Timur, Mundjidah Wahab menjawab.", "Mundjidah Wahab", "Bupati",
       "Kabupaten Jombang", "35.17"},
  };
  CheckOfficials(cases, std::size(cases));
}

TEST_CASE("officials: ambiguous region names resolved by the title") {
  const OfficialCase cases[] = {
      {"Wali Kota Bogor Bima Arya meninjau lokasi.", "Bima Arya", "Wali Kota", "Kota Bogor",
       "32.71"},
      {"Bupati Bogor Ade Yasin meninjau lokasi.", "Ade Yasin", "Bupati", "Kabupaten Bogor",
       "32.01"},
      {"Wali Kota Malang Sutiaji berbicara.", "Sutiaji", "Wali Kota", "Kota Malang", "35.73"},
      {"Bupati Malang Sanusi berbicara.", "Sanusi", "Bupati", "Kabupaten Malang", "35.07"},
      {"Wali Kota Bekasi Rahmat Effendi hadir.", "Rahmat Effendi", "Wali Kota", "Kota Bekasi",
       "32.75"},
      {"Bupati Bekasi Eka Supria Atmaja hadir.", "Eka Supria Atmaja", "Bupati", "Kabupaten Bekasi",
       "32.16"},
      {"Gubernur Jambi Al Haris membuka acara.", "Al Haris", "Gubernur", "Jambi", "15"},
      {"Wali Kota Jambi Syarif Fasha membuka acara.", "Syarif Fasha", "Wali Kota", "Kota Jambi",
       "15.71"},
      {"Gubernur Gorontalo Rusli Habibie hadir.", "Rusli Habibie", "Gubernur", "Gorontalo", "75"},
      {"Bupati Gorontalo Nelson Pomalingo hadir.", "Nelson Pomalingo", "Bupati",
       "Kabupaten Gorontalo", "75.01"},
      {"Wali Kota Yogyakarta Haryadi Suyuti membuka acara.", "Haryadi Suyuti", "Wali Kota",
       "Kota Yogyakarta", "34.71"},
      {"Bupati Kab. Bogor Ade Yasin meninjau lokasi.", "Ade Yasin", "Bupati", "Kabupaten Bogor",
       "32.01"},
      {"Sekretaris Daerah Bogor Syarifah Sofiah hadir.", "Syarifah Sofiah", "Sekretaris Daerah",
       "Bogor", ""},
  };
  CheckOfficials(cases, std::size(cases));
}

TEST_CASE("officials: national offices") {
  const OfficialCase cases[] = {
      {"Presiden Joko Widodo meresmikan bendungan.", "Joko Widodo", "Presiden", "", ""},
      {"Presiden RI Joko Widodo meresmikan bendungan.", "Joko Widodo", "Presiden", "", ""},
      {"Wakil Presiden Ma'ruf Amin membuka kongres.", "Ma'ruf Amin", "Wakil Presiden", "", ""},
      {"Wapres Jusuf Kalla menerima tamu.", "Jusuf Kalla", "Wakil Presiden", "", ""},
      {"Menteri Dalam Negeri Tito Karnavian memberi arahan.", "Tito Karnavian",
       "Menteri Dalam Negeri", "", ""},
      {"Mendagri Tito Karnavian memberi arahan.", "Tito Karnavian", "Menteri Dalam Negeri", "", ""},
      {"Menkeu Sri Mulyani Indrawati menjelaskan APBN.", "Sri Mulyani Indrawati",
       "Menteri Keuangan", "", ""},
      {"Menpora Dito Ariotedjo menonton laga.", "Dito Ariotedjo", "Menteri Pemuda dan Olahraga", "",
       ""},
      {"MenPAN-RB Abdullah Azwar Anas menyerahkan penghargaan.", "Abdullah Azwar Anas",
       "Menteri PANRB", "", ""},
      {"Menko Polhukam Mahfud MD berbicara.", "Mahfud", "Menko Polhukam", "", ""},
      {"Menteri Koordinator Bidang Perekonomian Airlangga Hartarto hadir.", "Airlangga Hartarto",
       "Menko Perekonomian", "", ""},
      {"Wamenkeu Suahasil Nazara menjelaskan.", "Suahasil Nazara", "Wakil Menteri Keuangan", "",
       ""},
      {"Dirjen Pajak Suryo Utomo menyampaikan data.", "Suryo Utomo", "Direktur Jenderal Pajak", "",
       ""},
      {"Direktur Jenderal Bina Marga Kementerian PUPR, Hedy Rahadian, meninjau jalan.",
       "Hedy Rahadian", "Direktur Jenderal Bina Marga", "", ""},
      {"Jaksa Agung Sanitiar Burhanuddin melantik pejabat.", "Sanitiar Burhanuddin", "Jaksa Agung",
       "", ""},
      {"Jamintel Amir Yanto memberikan keterangan.", "Amir Yanto", "Jaksa Agung Muda Intelijen", "",
       ""},
      {"Ketua MA Muhammad Syarifuddin melantik hakim.", "Muhammad Syarifuddin",
       "Ketua Mahkamah Agung", "", ""},
      {"Ketua MK Anwar Usman membacakan putusan.", "Anwar Usman", "Ketua Mahkamah Konstitusi", "",
       ""},
      {"Gubernur BI Perry Warjiyo menahan suku bunga.", "Perry Warjiyo", "Gubernur Bank Indonesia",
       "", ""},
      {"Gubernur Bank Indonesia Perry Warjiyo menahan suku bunga.", "Perry Warjiyo",
       "Gubernur Bank Indonesia", "", ""},
      {"Ketua KPK Firli Bahuri memberi keterangan.", "Firli Bahuri", "Ketua KPK", "", ""},
      {"Kepala BPS Margo Yuwono merilis data inflasi.", "Margo Yuwono", "Kepala BPS", "", ""},
      {"Kepala BPS Kalbar Moh. Wahyu Yulianto merilis data.", "Moh. Wahyu Yulianto", "Kepala BPS",
       "Kalimantan Barat", "61"},
      {"Ketua DPR Puan Maharani membuka sidang.", "Puan Maharani", "Ketua DPR", "", ""},
      {"Anggota DPR RI Rieke Diah Pitaloka bertanya.", "Rieke Diah Pitaloka", "Anggota DPR RI", "",
       ""},
      {"Ketua MPR Bambang Soesatyo menerima tamu.", "Bambang Soesatyo", "Ketua MPR", "", ""},
      {"Panglima TNI Andika Perkasa meninjau pasukan.", "Andika Perkasa", "Panglima TNI", "", ""},
      {"Kapolri Jenderal Listyo Sigit Prabowo memberi arahan.", "Listyo Sigit Prabowo", "Kapolri",
       "", ""},
      {"Kepala Staf Kepresidenan Moeldoko menerima petani.", "Moeldoko", "Kepala Staf Kepresidenan",
       "", ""},
  };
  CheckOfficials(cases, std::size(cases));
}

TEST_CASE("officials: heads of bodies link the title to the body") {
  const OfficialCase cases[] = {
      {"Kepala Dinas Kesehatan Kota Pontianak Sidiq Handanu memantau vaksinasi.", "Sidiq Handanu",
       "Kepala Dinas Kesehatan", "Kota Pontianak", "61.71"},
      {"Kepala Dinas Pendidikan Provinsi Kalimantan Barat Rita Hastarita meninjau sekolah.",
       "Rita Hastarita", "Kepala Dinas Pendidikan", "Kalimantan Barat", "61"},
      {"Kepala Badan Keuangan Daerah (BKD) Kota Pontianak Amirullah menjelaskan pajak.",
       "Amirullah", "Kepala Badan Keuangan Daerah", "Kota Pontianak", "61.71"},
      {"Kepala BPBD Kabupaten Sintang Bernhard Saragih memantau banjir.", "Bernhard Saragih",
       "Kepala Badan Penanggulangan Bencana Daerah", "Kabupaten Sintang", "61.05"},
      {"Kepala Dinas PUPR Kota Samarinda Hero Mardanus meninjau parit.", "Hero Mardanus",
       "Kepala Dinas Pekerjaan Umum dan Penataan Ruang", "Kota Samarinda", "64.72"},
      {"Ketua DPRD Kota Pontianak Satarudin menerima aspirasi.", "Satarudin", "Ketua DPRD",
       "Kota Pontianak", "61.71"},
      {"Wakil Ketua DPRD Kalbar Suriansyah memimpin rapat.", "Suriansyah", "Wakil Ketua DPRD",
       "Kalimantan Barat", "61"},
      {"Anggota DPRD Kabupaten Ketapang Ahmad Sholeh menyerap aspirasi.", "Ahmad Sholeh",
       "Anggota DPRD", "Kabupaten Ketapang", "61.04"},
      {"Sekretaris Dinas Sosial Kota Bandung Yorisa Sativa membagikan beras.", "Yorisa Sativa",
       "Sekretaris Dinas Sosial", "Kota Bandung", "32.73"},
      {"Kepala Disdukcapil Kota Medan Zulkarnain hadir.", "Zulkarnain", "Kepala Dinas Kependudukan dan Pencatatan Sipil",
       "Kota Medan", "12.71"},
      {"Direktur Utama PT Pertamina (Persero) Nicke Widyawati meninjau kilang.", "Nicke Widyawati",
       "Direktur Utama PT Pertamina", "", ""},
      {"Dirut PLN Darmawan Prasodjo menjelaskan tarif.", "Darmawan Prasodjo", "Direktur Utama PLN",
       "", ""},
      {"Rektor Universitas Tanjungpura, Garuda Wiko, melantik dekan.", "Garuda Wiko",
       "Rektor Universitas Tanjungpura", "", ""},
      {"Kepala Bidang Pelayanan Dinas Kesehatan Kota Bogor Rina Kusuma menjelaskan.", "Rina Kusuma",
       "Kepala Bidang Pelayanan", "Kota Bogor", "32.71"},
      {"Kabid Humas Polda Kalbar Kombes Pol Donny Charles Go membenarkan kejadian itu.",
       "Donny Charles Go", "Kepala Bidang Hubungan Masyarakat", "Kalimantan Barat", "61"},
      {"Ketua KPU Kota Pontianak Deni Nur menyerahkan berkas.", "Deni Nur", "Ketua KPU",
       "Kota Pontianak", "61.71"},
      {"Ketua TP PKK Kota Pontianak Yanieta Arbiastutie membuka lomba.", "Yanieta Arbiastutie",
       "Ketua TP PKK", "Kota Pontianak", "61.71"},
      {"Kepala Satpol PP Kota Makassar Iman Hud menertibkan pedagang.", "Iman Hud",
       "Kepala Satuan Polisi Pamong Praja", "Kota Makassar", "73.71"},
      {"Kadis Kesehatan Tegar Harapan menjawab pertanyaan wartawan.", "Tegar Harapan",
       "Kepala Dinas Kesehatan", "", ""},
      {"Sekjen Kemendagri Suhajar Diantoro membuka rapat.", "Suhajar Diantoro",
       "Sekretaris Jenderal Kemendagri", "", ""},
  };
  CheckOfficials(cases, std::size(cases));
}

TEST_CASE("officials: police, military, prosecutors and sub-district heads") {
  const OfficialCase cases[] = {
      {"Kapolda Kalbar Irjen Pol Suryanbodo Asmoro meninjau pos.", "Suryanbodo Asmoro", "Kapolda",
       "Kalimantan Barat", "61"},
      {"Kapolres Kubu Raya AKBP Jerrold Kumontoy memimpin patroli.", "Jerrold Kumontoy", "Kapolres",
       "Kabupaten Kubu Raya", "61.12"},
      {"Kapolresta Pontianak Kombes Andi Herindra memeriksa senjata.", "Andi Herindra",
       "Kapolresta", "Kota Pontianak", "61.71"},
      {"Kapolsek Sungai Raya AKP Hasiholan Saragih menangkap pelaku.", "Hasiholan Saragih",
       "Kapolsek", "Kecamatan Sungai Raya", ""},
      {"Kapolda Metro Jaya Irjen Fadil Imran memberi keterangan.", "Fadil Imran",
       "Kapolda Metro Jaya", "", ""},
      {"AKBP Sugeng Riyadi memimpin penggerebekan.", "Sugeng Riyadi", "AKBP", "", ""},
      {"Kombes Pol Hendra Gunawan menjelaskan kronologi.", "Hendra Gunawan", "Komisaris Besar", "",
       ""},
      {"Pangdam XII/Tanjungpura Mayjen TNI Sulaiman Agusto meninjau perbatasan.", "Sulaiman Agusto",
       "Pangdam", "", ""},
      {"Dandim 1207/BS Letkol Inf Jonathan Pakpahan memimpin upacara.", "Jonathan Pakpahan",
       "Dandim", "", ""},
      {"Danrem 121/ABW Brigjen TNI Ronny menerima kunjungan.", "Ronny", "Danrem", "", ""},
      {"Kajati Kalbar Masyhudi menahan tersangka.", "Masyhudi", "Kepala Kejaksaan Tinggi",
       "Kalimantan Barat", "61"},
      {"Kajari Sanggau Anton Rahmanto menerima pengembalian kerugian negara.", "Anton Rahmanto",
       "Kepala Kejaksaan Negeri", "Kabupaten Sanggau", "61.03"},
      {"Camat Pontianak Kota, Bambang Sumantri, meninjau posyandu.", "Bambang Sumantri", "Camat",
       "Kecamatan Pontianak Kota", ""},
      {"Camat Sungai Raya Ahmad Yani mengunjungi warga.", "Ahmad Yani", "Camat",
       "Kecamatan Sungai Raya", ""},
      {"Lurah Sungai Jawi Dalam, Rudi Hartono, membagikan masker.", "Rudi Hartono", "Lurah",
       "Kelurahan Sungai Jawi Dalam", ""},
      {"Kepala Desa Sukamaju Sarmin menyambut rombongan.", "Sarmin", "Kepala Desa", "Desa Sukamaju",
       ""},
      {"Kades Sukamaju, Sarmin, menyambut rombongan.", "Sarmin", "Kepala Desa", "Desa Sukamaju",
       ""},
      {"Kepala Desa Desa Mekar Jaya Suparno membuka musyawarah.", "Suparno", "Kepala Desa",
       "Desa Mekar Jaya", ""},
  };
  CheckOfficials(cases, std::size(cases));
}

TEST_CASE("officials: inverted forms NAME, TITLE and NAME selaku TITLE") {
  const OfficialCase cases[] = {
      {"Hal itu disampaikan Edi Rusdi Kamtono, Wali Kota Pontianak, kemarin.", "Edi Rusdi Kamtono",
       "Wali Kota", "Kota Pontianak", "61.71"},
      {"Menurut warga, Sutarmidji selaku Gubernur Kalbar sudah berjanji.", "Sutarmidji", "Gubernur",
       "Kalimantan Barat", "61"},
      {"Acara dibuka oleh Ahmad Fauzi, Kepala Dinas Kesehatan Kota Bogor.", "Ahmad Fauzi",
       "Kepala Dinas Kesehatan", "Kota Bogor", "32.71"},
      {"Rombongan disambut Budi Santoso selaku Camat Sungai Kakap.", "Budi Santoso", "Camat",
       "Kecamatan Sungai Kakap", ""},
      {"Sebelumnya, Presiden berpidato di depan mahasiswa.", "", "", "", ""},
      {"Di Jakarta, Gubernur berpidato.", "", "", "", ""},
  };
  CheckOfficials(cases, std::size(cases));
}

TEST_CASE("officials: people who hold no public office are not officials") {
  const OfficialCase cases[] = {
      {"Warga Sukamaju, Ahmad Yani, mengeluhkan jalan rusak.", "", "", "", ""},
      {"Pebulu tangkis Anthony Ginting menang dua gim.", "", "", "", ""},
      {"Atlet angkat besi Eko Yuli Irawan meraih emas.", "", "", "", ""},
      {"Direktur PT Maju Jaya Abadi, Hendra Wijaya, membantah tuduhan.", "", "", "", ""},
      {"Manajer pemasaran Budi Hartono menjelaskan produk baru.", "", "", "", ""},
      {"Ketua RT 05 Slamet Riyadi mendata warga.", "", "", "", ""},
      {"Ketua Umum Partai Maju Joko Santoso berpidato.", "", "", "", ""},
      {"Ketua DPD Partai Golkar Kalbar Maman Suratman berpidato.", "", "", "", ""},
      {"Ketua panitia Rina Marlina membuka lomba.", "", "", "", ""},
      {"Mahasiswa bernama Dewi Lestari menyampaikan orasi.", "", "", "", ""},
      {"Jalan Jenderal Sudirman macet total pagi ini.", "", "", "", ""},
      {"Peraturan Presiden Nomor 12 Tahun 2021 mengatur hal itu.", "", "", "", ""},
      {"Gedung Wali Kota Lama direnovasi tahun ini.", "", "", "", ""},
      {"Bupati Sanggau menghadiri acara itu.", "", "", "", ""},
      {"Gubernur meminta warga tetap tenang.", "", "", "", ""},
      {"Presiden Real Madrid menyambut pemain baru.", "", "", "", ""},
      {"Kapten tim Budi Prasetyo mengangkat piala.", "", "", "", ""},
      {"Kepala sekolah Siti Aminah menerima murid baru.", "", "", "", ""},
      {"Dinas terkait akan menindaklanjuti laporan warga.", "", "", "", ""},
      {"Ketua Koperasi Sejahtera Bambang Irawan membagikan sisa hasil usaha.", "", "", "", ""},
  };
  CheckOfficials(cases, std::size(cases));
}

struct FieldCase {
  const char* text;
  const char* name;
  const char* acting;
  const char* honorifics;  // "|"-joined
  const char* degrees;     // "|"-joined
};

TEST_CASE("officials: acting prefixes, honorifics and degrees go to their own fields") {
  const FieldCase cases[] = {
      {"Plt. Wali Kota Medan Akhyar Nasution meninjau pasar.", "Akhyar Nasution", "Plt", "", ""},
      {"Plt Bupati Sidoarjo Nur Ahmad Syaifuddin membuka acara.", "Nur Ahmad Syaifuddin", "Plt", "",
       ""},
      {"Pj. Gubernur Kalbar Harisson memimpin apel.", "Harisson", "Pj", "", ""},
      {"Penjabat Bupati Kapuas Hulu Mohd Zaini hadir.", "Mohd Zaini", "Pj", "", ""},
      {"Plh. Sekda Kota Bogor Hanafi menerima tamu.", "Hanafi", "Plh", "", ""},
      {"Pelaksana Tugas Kepala Dinas Sosial Kota Medan Khoiruddin membagikan bantuan.",
       "Khoiruddin", "Plt", "", ""},
      {"Wali Kota Pontianak H. Edi Rusdi Kamtono, S.T., M.T. menyerahkan bantuan.",
       "Edi Rusdi Kamtono", "", "H.", "S.T.|M.T."},
      {"Bupati Sambas Hj. Satono, S.Sos.I., M.Si hadir.", "Satono", "", "Hj.", ""},
      {"Kepala Dinas Kesehatan Kota Pontianak dr. Sidiq Handanu, M.Kes. memantau vaksinasi.",
       "Sidiq Handanu", "", "dr.", "M.Kes."},
      {"Rektor Universitas Tanjungpura, Prof. Dr. H. Garuda Wiko, S.H., M.Si. melantik dekan.",
       "Garuda Wiko", "", "Prof.|Dr.|H.", "S.H.|M.Si."},
      {"Gubernur Kalbar Drs. H. Sutarmidji, S.H., M.Hum. menerima tamu.", "Sutarmidji", "",
       "Drs.|H.", "S.H.|M.Hum."},
      {"Menteri Agama KH Yaqut Cholil Qoumas berpidato.", "Yaqut Cholil Qoumas", "", "KH", ""},
      {"Kepala Bappeda Kota Bogor Ir. Rudy Mashudi, MT menjelaskan rencana.", "Rudy Mashudi", "",
       "Ir.", "MT"},
      {"Kapolres Sanggau AKBP Ade Kuncoro Ridwan, S.I.K. memberi arahan.", "Ade Kuncoro Ridwan", "",
       "AKBP", ""},
      {"Kapolda Kalbar Irjen Pol Suryanbodo Asmoro memberi arahan.", "Suryanbodo Asmoro", "",
       "Irjen|Pol", ""},
      {"Danlantamal XII Laksma TNI Yoos Suryono Hadi memeriksa kapal.", "Yoos Suryono Hadi", "",
       "Laksma|TNI", ""},
      {"Wali Kota Pontianak, Bapak Edi Kamtono, menyapa warga.", "Edi Kamtono", "", "Bapak", ""},
      {"Bupati Bantul Abdul Halim Muslih bin Ahmad hadir.", "Abdul Halim Muslih bin Ahmad", "", "",
       ""},
  };
  for (const FieldCase& c : cases) {
    const std::string text = c.text;
    CAPTURE(text);
    ArticleResult r = Run(c.text);
    REQUIRE(!r.extraction.officials.empty());
    const Official& o = r.extraction.officials[0];
    CHECK(o.name == std::string(c.name));
    CHECK(o.acting == std::string(c.acting));
    CHECK(Joined(o.honorifics) == std::string(c.honorifics));
    if (std::string(c.degrees).size() > 0) CHECK(Joined(o.degrees) == std::string(c.degrees));
  }
}

struct CorefCase {
  const char* text;
  size_t officials;
  const char* name;
  std::vector<std::string> mentions;  // texts of the first official's mentions, in order
};

TEST_CASE("officials: coreference within the article") {
  const CorefCase cases[] = {
      {"Wali Kota Pontianak Edi Rusdi Kamtono hadir. Edi menyerahkan bantuan. Kemudian Wali Kota "
       "menanam pohon.",
       1,
       "Edi Rusdi Kamtono",
       {"Wali Kota Pontianak Edi Rusdi Kamtono", "Edi", "Wali Kota"}},
      {"Menurut Kamtono, program berjalan. Wali Kota Pontianak Edi Rusdi Kamtono lalu pergi.",
       1,
       "Edi Rusdi Kamtono",
       {"Kamtono", "Wali Kota Pontianak Edi Rusdi Kamtono"}},
      {"Presiden Joko Widodo tiba. Presiden lalu meninjau pasar. Jokowi tersenyum.",
       1,
       "Joko Widodo",
       {"Presiden Joko Widodo", "Presiden"}},
      {"Menteri Dalam Negeri Tito Karnavian hadir. Tito meminta kepala daerah siaga. Mendagri "
       "Tito Karnavian lalu pulang.",
       1,
       "Tito Karnavian",
       {"Menteri Dalam Negeri Tito Karnavian", "Tito", "Mendagri Tito Karnavian"}},
      {"Gubernur Kalbar Sutarmidji dan Wali Kota Pontianak Edi Kamtono hadir. Gubernur memberi "
       "sambutan.",
       2,
       "Sutarmidji",
       {"Gubernur Kalbar Sutarmidji", "Gubernur"}},
      {"AKBP Budi Santoso memimpin razia. Kapolres Sanggau AKBP Budi Santoso menjelaskan hasilnya.",
       1,
       "Budi Santoso",
       {"AKBP Budi Santoso", "Kapolres Sanggau AKBP Budi Santoso"}},
      {"Bupati Sambas Satono dan Wakil Bupati Sambas Fahrur Rofi hadir. Satono memukul gong.",
       2,
       "Satono",
       {"Bupati Sambas Satono", "Satono"}},
      {"Wali Kota Bogor Bima Arya hadir. Wali Kota Bogor kemudian berpidato.",
       1,
       "Bima Arya",
       {"Wali Kota Bogor Bima Arya", "Wali Kota Bogor"}},
      {"Kepala Dinas Kesehatan Kota Bogor Sri Nowo Retno hadir. Retno menjelaskan. Edi Santoso, "
       "warga, bertanya.",
       1,
       "Sri Nowo Retno",
       {"Kepala Dinas Kesehatan Kota Bogor Sri Nowo Retno", "Retno"}},
  };
  for (const CorefCase& c : cases) {
    const std::string text = c.text;
    CAPTURE(text);
    ArticleResult r = Run(c.text);
    CHECK(r.extraction.officials.size() == c.officials);
    REQUIRE(!r.extraction.officials.empty());
    const Official& o = r.extraction.officials[0];
    CHECK(o.name == std::string(c.name));
    std::vector<std::string> got;
    for (const Span& s : o.mentions) got.emplace_back(r.doc.Slice(s));
    CHECK(got == c.mentions);
  }
}

// Regressions from the indosum review, named after the bug.
TEST_CASE("officials: regression cases from indosum") {
  const OfficialCase cases[] = {
      // bug: a one-word unit cut "Bidang" from its subject.
      {"Deputi Bidang Kelembagaan Kemenpar Ahmad Saleh hadir.", "Ahmad Saleh",
       "Deputi Bidang Kelembagaan", "", ""},
      // bug: a company's president read as the head of state.
      {"Presiden Central Japan Railway tiba di Jakarta.", "", "", "", ""},
      {"Presiden Federacion Panamena de Futbol berbicara.", "", "", "", ""},
      // bug: "Tentunya" and glued sentences read as names.
      {"Kepala Kejaksaan Negeri Sanggau Tentunya sudah tahu.", "", "", "", ""},
      // bug: "Jenderal Purnawirawan" read as a name.
      {"Jenderal Purnawirawan Budi Santoso hadir.", "Budi Santoso", "Jenderal", "", ""},
      // bug: "Marsekal Madya" split into a rank and the name "Madya".
      {"Marsekal Madya Hadi Tjahjanto memimpin upacara.", "Hadi Tjahjanto", "Marsekal Madya", "",
       ""},
      // bug: the province after a kabupaten read as a name.
      {"Bupati Jombang, Jawa Timur, menghadiri acara.", "", "", "", ""},
  };
  CheckOfficials(cases, std::size(cases));
}

TEST_CASE("officials: regression cases from the evaluation corpus") {
  const OfficialCase cases[] = {
      // bug (name_initial_word): Sasak "Lalu" and the name "Hari" read as
      // function words, so the name after the title was empty.
      {"Pj Gubernur NTB Lalu Muhammad Fauzan meninjau posyandu.", "Lalu Muhammad Fauzan",
       "Gubernur", "Nusa Tenggara Barat", "52"},
      {"Bupati Lombok Barat, H. Lalu Ahmad Zaini, S.H. membuka acara.", "Lalu Ahmad Zaini",
       "Bupati", "Kabupaten Lombok Barat", "52.01"},
      {"Kajati Kalbar Hari Wibowo meresmikan posko.", "Hari Wibowo", "Kepala Kejaksaan Tinggi",
       "Kalimantan Barat", "61"},
      {"Lalu Wali Kota Pontianak pergi ke pasar.", "", "", "", ""},
      // bug (title_word_in_surname): "Hakim" as a surname cut from the name.
      {"Ketua KI Provinsi Jambi, Rudi Hakim, membuka sidang.", "Rudi Hakim", "Ketua Komisi Informasi", "Jambi",
       "15"},
      // bug (title_in_parentheses): "(Kajati)" inside the body hid the region.
      {"Kepala Kejaksaan Tinggi (Kajati) Sumatera Barat, Dr. Andi Saputra hadir.", "Andi Saputra",
       "Kepala Kejaksaan Tinggi", "Sumatera Barat", "13"},
      // Regional forms of titles (classes of office missing from the lexicon).
      {"Kapolres Metro Jakarta Barat Kombes Pol Dedi Kurnia memimpin apel.", "Dedi Kurnia",
       "Kapolres", "Kota Jakarta Barat", "31.73"},
      {"Sekretaris Kota Kupang Rudi Lakalena memimpin rapat.", "Rudi Lakalena", "Sekretaris Daerah",
       "Kota Kupang", "53.71"},
      {"Kepala Distrik Muting Yohanes Gebze menerima bantuan.", "Yohanes Gebze", "Kepala Distrik",
       "Kecamatan Muting", ""},
      {"Perbekel Desa Tegallalang, I Made Sudarma, hadir.", "I Made Sudarma", "Perbekel",
       "Desa Tegallalang", ""},
      {"Ketua Majelis Hakim Rina Situmorang membacakan vonis.", "Rina Situmorang",
       "Ketua Majelis Hakim", "", ""},
      {"Aspidsus Kejati Sulsel Andi Irfan menjelaskan kerugian negara.", "Andi Irfan",
       "Asisten Tindak Pidana Khusus Kejaksaan Tinggi", "Sulawesi Selatan", "73"},
      {"Kepala BKKBN Kalbar, Siti Aminah, menyerahkan penghargaan.", "Siti Aminah", "Kepala BKKBN",
       "Kalimantan Barat", "61"},
  };
  CheckOfficials(cases, std::size(cases));
}

TEST_CASE("officials: ids follow first mention and titles link to agencies") {
  ArticleResult r = Run(
      "Kepala Dinas Kesehatan Kota Pontianak Sidiq Handanu hadir bersama Wali Kota Pontianak Edi "
      "Kamtono.");
  REQUIRE(r.extraction.officials.size() == 2);
  CHECK(r.extraction.officials[0].id == "O1");
  CHECK(r.extraction.officials[0].name == "Sidiq Handanu");
  CHECK(r.extraction.officials[1].id == "O2");
  REQUIRE(!r.extraction.agencies.empty());
  CHECK(r.extraction.officials[0].agency == r.extraction.agencies[0].id);
  CHECK(r.extraction.agencies[0].name == "Dinas Kesehatan Kota Pontianak");
  CHECK(r.extraction.officials[1].agency.empty());
  CHECK(r.extraction.officials[0].provenance.rule.rfind("lexicons/titles.tsv:", 0) == 0);
}

}  // namespace
}  // namespace warta
