// Dates: recognition, normalisation and the reference date. Every sentence is
// original, written for these tests. Reference 2021-12-29 is a Wednesday in
// ISO week 2021-W52.
#include <doctest/doctest.h>

#include <cstring>
#include <string>
#include <vector>

#include "unit/test_support.h"
#include "warta/extract/dates/calendar.h"
#include "warta/extract/dates/date_finder.h"

namespace warta {
namespace {

using testing::Run;

constexpr const char* kRef = "2021-12-29";

struct DateCase {
  const char* text;
  const char* published;  // the reference date, or "" to let the text decide
  const char* span;       // the expression as written
  const char* value;      // its TIMEX3 value
};

const DateExpr* FindSpan(const ArticleResult& r, const std::string& span) {
  for (const DateExpr& d : r.extraction.dates) {
    if (r.doc.Slice(d.span) == span) return &d;
  }
  return nullptr;
}

std::string AllDates(const ArticleResult& r) {
  std::string s;
  for (const DateExpr& d : r.extraction.dates) {
    s.append("[").append(r.doc.Slice(d.span)).append(" = ").append(d.value).append("] ");
  }
  return s;
}

void CheckCases(const std::vector<DateCase>& cases) {
  for (const DateCase& c : cases) {
    CAPTURE(std::string(c.text));
    ArticleResult r = Run(c.text, c.published);
    const DateExpr* d = FindSpan(r, c.span);
    CAPTURE(AllDates(r));
    REQUIRE_MESSAGE(d != nullptr, "no date spanning '" << c.span << "'");
    CHECK(d->value == c.value);
  }
}

TEST_CASE("full dates in every written form") {
  CheckCases({
      {"Acara itu digelar pada 29 Desember 2021 di Pontianak.", "", "29 Desember 2021",
       "2021-12-29"},
      {"Sidang berlanjut Selasa, 7 Maret 2023 di pengadilan.", "", "Selasa, 7 Maret 2023",
       "2023-03-07"},
      {"Surat itu bertanggal 30/12/2021.", "", "30/12/2021", "2021-12-30"},
      {"Data diperbarui 30-12-2021 oleh dinas.", "", "30-12-2021", "2021-12-30"},
      {"Laporan terbit 2021-12-30 di laman resmi.", "", "2021-12-30", "2021-12-30"},
      {"Ia dilantik pada 10 Nopember 2020 di gedung dewan.", "", "10 Nopember 2020", "2020-11-10"},
      {"Rapat dijadwalkan 3 Pebruari 2022.", "", "3 Pebruari 2022", "2022-02-03"},
      {"Kontrak diteken 17 Agt 2021.", "", "17 Agt 2021", "2021-08-17"},
      {"Festival dibuka 5 Sept. 2021 di alun-alun.", "", "5 Sept. 2021", "2021-09-05"},
      {"Pendaftaran ditutup 24 Des 2021 malam.", "", "24 Des 2021 malam", "2021-12-24TNI"},
      {"Audit dimulai 3 Jan 2022 di kantor itu.", "", "3 Jan 2022", "2022-01-03"},
      {"Perda itu disahkan 1 Oktober 2019.", "", "1 Oktober 2019", "2019-10-01"},
      {"Dokumen tertanggal 29.12.2021 itu hilang.", "", "29.12.2021", "2021-12-29"},
      {"Kegiatan berlangsung tanggal 12 Juni 2022.", "", "tanggal 12 Juni 2022", "2022-06-12"},
      {"Peresmian dilakukan Kamis, 2 September 2021.", "", "Kamis, 2 September 2021", "2021-09-02"},
      {"Proklamasi dibacakan pada 17 Agustus 1945 di Jakarta.", "", "17 Agustus 1945",
       "1945-08-17"},
      {"Putusan dibacakan Jumat (24/4/2020) sore.", "", "Jumat (24/4/2020) sore", "2020-04-24TAF"},
      {"Kunjungan dilakukan Sabtu, 27/11/2021.", "", "Sabtu, 27/11/2021", "2021-11-27"},
      {"Musda digelar 4 Mei 2019 di aula.", "", "4 Mei 2019", "2019-05-04"},
      {"Banjir besar terjadi 1 Januari 2020.", "", "1 Januari 2020", "2020-01-01"},
      {"Gempa mengguncang pada 28 September 2018.", "", "28 September 2018", "2018-09-28"},
      {"Pelantikan berlangsung Senin, 20 Oktober 2014.", "", "Senin, 20 Oktober 2014",
       "2014-10-20"},
      {"Izin itu berlaku sejak 2 Apr 2021.", "", "2 Apr 2021", "2021-04-02"},
      {"Tenggat pelaporan 31 Mar 2022.", "", "31 Mar 2022", "2022-03-31"},
      {"Kantor itu dibuka 15 Okt 2020.", "", "15 Okt 2020", "2020-10-15"},
      {"Kesepakatan diteken 9 Nov 2021 di Bali.", "", "9 Nov 2021", "2021-11-09"},
      {"Sertifikat terbit tgl. 8 Juli 2021.", "", "tgl. 8 Juli 2021", "2021-07-08"},
  });
}

TEST_CASE("news style weekday with day/month, year from the reference") {
  CheckCases({
      {"Bupati meninjau lokasi banjir, Rabu (29/12).", "2021-12-30", "Rabu (29/12)", "2021-12-29"},
      {"Kapolres memimpin apel, Senin (27/3/2017).", "", "Senin (27/3/2017)", "2017-03-27"},
      {"Warga berkumpul di balai desa, Senin (11/11/24).", "", "Senin (11/11/24)", "2024-11-11"},
      {"Gubernur meresmikan jembatan, Kamis (11/4).", "2024-04-12", "Kamis (11/4)", "2024-04-11"},
      {"Tim tiba di lokasi, Ahad (2/1).", "2022-01-03", "Ahad (2/1)", "2022-01-02"},
      {"Pawai digelar Minggu (26/12) pagi.", kRef, "Minggu (26/12) pagi", "2021-12-26TMO"},
      {"Kepala dinas hadir, Jumat (31/12).", "2022-01-03", "Jumat (31/12)", "2021-12-31"},
      {"Rapat berlangsung Senin (3/1).", kRef, "Senin (3/1)", "2022-01-03"},
      {"Sekda menerima tamu pada Rabu (29/12) kemarin.", "2021-12-30", "Rabu (29/12) kemarin",
       "2021-12-29"},
      {"Camat membuka lomba, Selasa (1/6).", "2021-06-02", "Selasa (1/6)", "2021-06-01"},
      {"Petugas berjaga hingga Sabtu (25/12) malam.", kRef, "Sabtu (25/12) malam", "2021-12-25TNI"},
      {"Jumat (5/11) dini hari, hujan deras turun.", "2021-11-06", "Jumat (5/11) dini hari",
       "2021-11-05TNI"},
      {"Wali kota menyerahkan bantuan, Kamis (30/12/2021).", "", "Kamis (30/12/2021)",
       "2021-12-30"},
      {"Operasi pasar digelar Selasa (4/1).", kRef, "Selasa (4/1)", "2022-01-04"},
      {"Anggota dewan reses, Senin (5/7).", "2021-12-01", "Senin (5/7)", "2021-07-05"},
      {"Anggota dewan reses, Selasa (5/7).", "2022-02-01", "Selasa (5/7)", "2022-07-05"},
  });
}

TEST_CASE("months, years, decades and parts of a year") {
  CheckCases({
      {"Harga naik sejak Januari 2022.", "", "Januari 2022", "2022-01"},
      {"Program ini berjalan pada tahun 2021.", "", "tahun 2021", "2021"},
      {"Sepanjang 2021, dinas menerima banyak laporan.", "", "Sepanjang 2021", "2021"},
      {"Musik itu populer pada tahun 90-an.", "", "tahun 90-an", "199X"},
      {"Gedung itu dibangun era 1980-an.", "", "era 1980-an", "198X"},
      {"Mereka berjaya pada 2000 - an.", "", "2000 - an", "200X"},
      {"Pertumbuhan melambat pada triwulan III 2021.", "", "triwulan III 2021", "2021-Q3"},
      {"Target dicapai pada semester pertama 2022.", "", "semester pertama 2022", "2022-H1"},
      {"Laba naik di kuartal I/2022.", "", "kuartal I/2022", "2022-Q1"},
      {"Ekspor turun pada kuartal kedua tahun ini.", kRef, "kuartal kedua tahun ini", "2021-Q2"},
      {"Harga stabil sampai bulan Maret.", kRef, "bulan Maret", "2022-03"},
      {"Pada tahun 2020/2021 jumlah siswa bertambah.", "", "tahun 2020/2021", "2020/2021"},
      {"Ia menjabat periode 2019-2024.", "", "2019-2024", "2019/2024"},
      {"Angka itu tercatat pada 2019.", "", "2019", "2019"},
      {"Pada semester II 2021 serapan anggaran naik.", "", "semester II 2021", "2021-H2"},
      {"Triwulan IV 2020 menjadi titik terendah.", "", "Triwulan IV 2020", "2020-Q4"},
      {"Panen raya jatuh pada April 2022.", "", "April 2022", "2022-04"},
      {"Pameran diadakan pada bulan Agustus 2021.", "", "bulan Agustus 2021", "2021-08"},
      {"Warga mengungsi sejak Oktober.", kRef, "Oktober", "2021-10"},
      {"Pajak daerah naik pada Tahun 2022.", "", "Tahun 2022", "2022"},
      {"Penghargaan itu diraih sepanjang tahun 2021.", "", "sepanjang tahun 2021", "2021"},
      {"Produksi turun pada kuartal ketiga 2020.", "", "kuartal ketiga 2020", "2020-Q3"},
      {"Evaluasi semester 1 2022 sudah selesai.", "", "semester 1 2022", "2022-H1"},
      {"Penerimaan pajak triwulan II naik.", kRef, "triwulan II", "2021-Q2"},
      {"Data Desember 2020 menunjukkan kenaikan.", "", "Desember 2020", "2020-12"},
      {"APBD 2022 telah disahkan.", "", "2022", "2022"},
      {"Kota itu berdiri sejak 1871.", "", "1871", "1871"},
  });
}

TEST_CASE("modifiers set mod") {
  struct ModCase {
    const char* text;
    const char* span;
    const char* value;
    const char* mod;
  };
  const ModCase cases[] = {
      {"Proyek itu rampung pada awal 2022.", "awal 2022", "2022", "START"},
      {"Jalan itu diperbaiki pertengahan tahun 2021.", "pertengahan tahun 2021", "2021", "MID"},
      {"Harga cabai naik medio Juni 2021.", "medio Juni 2021", "2021-06", "MID"},
      {"Dana cair akhir Desember 2021.", "akhir Desember 2021", "2021-12", "END"},
      {"Di penghujung tahun 2021, kota itu meraih penghargaan.", "penghujung tahun 2021", "2021",
       "END"},
      {"Rencana itu dibahas akhir tahun ini.", "akhir tahun ini", "2021", "END"},
      {"Lelang dibuka awal bulan depan.", "awal bulan depan", "2022-01", "START"},
      {"Jembatan selesai akhir tahun.", "akhir tahun", "2021", "END"},
      {"Hujan turun sejak awal Desember.", "awal Desember", "2021-12", "START"},
      {"Anggaran cair pertengahan bulan ini.", "pertengahan bulan ini", "2021-12", "MID"},
      {"Gedung itu dibangun pada akhir 90-an.", "akhir 90-an", "199X", "END"},
      {"Sepanjang awal 2021 kasus menurun.", "Sepanjang awal 2021", "2021", "START"},
  };
  for (const ModCase& c : cases) {
    CAPTURE(std::string(c.text));
    ArticleResult r = Run(c.text, kRef);
    const DateExpr* d = FindSpan(r, c.span);
    CAPTURE(AllDates(r));
    REQUIRE(d != nullptr);
    CHECK(d->value == c.value);
    CHECK(d->mod == c.mod);
  }
}

TEST_CASE("relative expressions resolve against the reference date") {
  CheckCases({
      {"Hari ini warga antre di kantor camat.", kRef, "Hari ini", "2021-12-29"},
      {"Kemarin petugas menyisir sungai.", kRef, "Kemarin", "2021-12-28"},
      {"Besok bantuan akan disalurkan.", kRef, "Besok", "2021-12-30"},
      {"Rapat lanjutan digelar lusa.", kRef, "lusa", "2021-12-31"},
      {"Banjir melanda kemarin lusa.", kRef, "kemarin lusa", "2021-12-27"},
      {"Kasus itu dilaporkan tiga hari lalu.", kRef, "tiga hari lalu", "2021-12-26"},
      {"Ia pindah dua minggu lalu.", kRef, "dua minggu lalu", "2021-W50"},
      {"Jalan itu diaspal 2 pekan lalu.", kRef, "2 pekan lalu", "2021-W50"},
      {"Toko itu tutup tiga bulan lalu.", kRef, "tiga bulan lalu", "2021-09"},
      {"Perusahaan itu bangkrut 4 tahun lalu.", kRef, "4 tahun lalu", "2017"},
      {"Sidang ditunda pekan lalu.", kRef, "pekan lalu", "2021-W51"},
      {"Aturan baru berlaku bulan depan.", kRef, "bulan depan", "2022-01"},
      {"Anggaran itu dipangkas tahun lalu.", kRef, "tahun lalu", "2020"},
      {"Ia datang Senin lalu.", kRef, "Senin lalu", "2021-12-27"},
      {"Pelantikan digelar Jumat mendatang.", kRef, "Jumat mendatang", "2021-12-31"},
      {"Harga naik sejak Desember lalu.", kRef, "Desember lalu", "2020-12"},
      {"Pemilihan berlangsung 20 Januari mendatang.", kRef, "20 Januari mendatang", "2022-01-20"},
      {"Kebijakan berubah sejak sepuluh tahun lalu.", kRef, "sepuluh tahun lalu", "2011"},
      {"Warga mengungsi sejak sebulan lalu.", kRef, "sebulan lalu", "2021-11"},
      {"Pertandingan dilanjutkan pekan depan.", kRef, "pekan depan", "2022-W01"},
      {"Pameran dibuka minggu ini.", kRef, "minggu ini", "2021-W52"},
      {"Kantor itu pindah bulan ini.", kRef, "bulan ini", "2021-12"},
      {"Ia kembali dua hari lagi.", kRef, "dua hari lagi", "2021-12-31"},
      {"Tahun depan pajak naik.", kRef, "Tahun depan", "2022"},
      {"Kamis ini tim akan berangkat.", kRef, "Kamis ini", "2021-12-30"},
      {"Gubernur akan meninjau lokasi pada Jumat.", kRef, "Jumat", "2021-12-31"},
      {"Bupati meninjau lokasi pada Senin.", kRef, "Senin", "2021-12-27"},
      {"Minggu lalu harga beras turun.", kRef, "Minggu lalu", "2021-W51"},
      {"Pasar ramai pada hari Minggu.", kRef, "Minggu", "2021-12-26"},
      {"Acara puncak digelar kemarin sore.", kRef, "kemarin sore", "2021-12-28TAF"},
      {"Tahun lalu panen gagal.", kRef, "Tahun lalu", "2020"},
      {"Dua puluh tahun lalu desa itu terisolasi.", kRef, "Dua puluh tahun lalu", "2001"},
      {"Jalan rusak sejak lima bulan lalu.", kRef, "lima bulan lalu", "2021-07"},
      {"Mei lalu harga naik.", kRef, "Mei lalu", "2021-05"},
      {"Festival digelar Maret mendatang.", kRef, "Maret mendatang", "2022-03"},
      {"Dia datang 5 Desember lalu.", kRef, "5 Desember lalu", "2021-12-05"},
      {"Vaksinasi dimulai 3 Januari lalu.", kRef, "3 Januari lalu", "2021-01-03"},
      {"Tim kembali minggu depan.", kRef, "minggu depan", "2022-W01"},
      {"Pekan ini rapat digelar dua kali.", kRef, "Pekan ini", "2021-W52"},
      {"Esok hari warga kerja bakti.", kRef, "Esok hari", "2021-12-30"},
      {"Ia tiba Selasa kemarin.", kRef, "Selasa kemarin", "2021-12-28"},
      {"Tahun kemarin hasil panen menurun.", kRef, "Tahun kemarin", "2020"},
      {"Gedung itu dibangun setahun lalu.", kRef, "setahun lalu", "2020"},
      {"Ahad lalu warga kerja bakti.", kRef, "Ahad lalu", "2021-12-26"},
      {"Tim juri menilai pada akhir pekan lalu.", kRef, "akhir pekan lalu", "2021-W51-WE"},
      {"Pemeriksaan berlanjut awal pekan depan.", kRef, "awal pekan depan", "2022-W01"},
      {"Seminggu lagi hasilnya diumumkan.", kRef, "Seminggu lagi", "2022-W01"},
      {"Program itu berakhir tiga tahun mendatang.", kRef, "tiga tahun mendatang", "2024"},
  });
}

TEST_CASE("ranges") {
  CheckCases({
      {"Pameran digelar 5-7 Juni 2022 di Jakarta.", "", "5-7 Juni 2022", "2022-06-05/2022-06-07"},
      {"Pendaftaran dibuka 15 s.d. 20 November 2021.", "", "15 s.d. 20 November 2021",
       "2021-11-15/2021-11-20"},
      {"Survei dilakukan Januari hingga Maret 2022.", "", "Januari hingga Maret 2022",
       "2022-01/2022-03"},
      {"Ia menjabat 2014 hingga 2019.", "", "2014 hingga 2019", "2014/2019"},
      {"Bazar berlangsung 1 Maret sampai 5 April 2022.", "", "1 Maret sampai 5 April 2022",
       "2022-03-01/2022-04-05"},
      {"Lomba digelar 10 sampai 12 Oktober 2021.", "", "10 sampai 12 Oktober 2021",
       "2021-10-10/2021-10-12"},
      {"Pelatihan berjalan 3-5 Mei.", kRef, "3-5 Mei", "2022-05-03/2022-05-05"},
      {"Program berjalan Juli sampai Desember 2021.", "", "Juli sampai Desember 2021",
       "2021-07/2021-12"},
      {"Ujian digelar 6 hingga 8 Desember 2021.", "", "6 hingga 8 Desember 2021",
       "2021-12-06/2021-12-08"},
      {"Data tahun 2015 sampai 2020 dikumpulkan.", "", "tahun 2015 sampai 2020", "2015/2020"},
      {"Pendaftaran 1 s/d 10 Januari 2022.", "", "1 s/d 10 Januari 2022", "2022-01-01/2022-01-10"},
      {"Bencana itu terjadi 2004 - 2005.", "", "2004 - 2005", "2004/2005"},
  });
}

TEST_CASE("durations") {
  CheckCases({
      {"Ia bekerja selama 10 tahun di desa itu.", "", "10 tahun", "P10Y"},
      {"Perbaikan memakan waktu tiga bulan.", "", "tiga bulan", "P3M"},
      {"Kota itu meraih WTP dua tahun berturut-turut.", "", "dua tahun berturut-turut", "P2Y"},
      {"Pemadaman berlangsung 5 jam.", "", "5 jam", "PT5H"},
      {"Ia menunggu setahun untuk izin itu.", "", "setahun", "P1Y"},
      {"Proyek itu tertunda sepekan.", "", "sepekan", "P1W"},
      {"Banjir surut setelah dua minggu.", "", "dua minggu", "P2W"},
      {"Rencana itu disusun untuk lima tahun ke depan.", "", "lima tahun ke depan", "P5Y"},
      {"Ia dipenjara 1,5 tahun.", "", "1,5 tahun", "P1.5Y"},
      {"Sudah beberapa tahun jalan itu rusak.", "", "beberapa tahun", "PXY"},
      {"Masa kerja diperpanjang satu dekade.", "", "satu dekade", "P1DE"},
      {"Jam malam berlaku 30 hari.", "", "30 hari", "P30D"},
      {"Ia menempuh perjalanan 45 menit.", "", "45 menit", "PT45M"},
      {"Pembangunan selesai dalam sebelas bulan.", "", "sebelas bulan", "P11M"},
      {"Kerja sama itu berlangsung dua puluh lima tahun.", "", "dua puluh lima tahun", "P25Y"},
      {"Ia menunggu dua Minggu untuk hasilnya.", "", "dua Minggu", "P2W"},
      {"Penyelidikan butuh 90 detik saja.", "", "90 detik", "PT90S"},
      {"Tradisi itu bertahan satu abad.", "", "satu abad", "P1CE"},
      {"Kontrak berlaku tiga tahun.", "", "tiga tahun", "P3Y"},
      {"Pemain itu dikontrak 3 tahun oleh klubnya.", "", "3 tahun", "P3Y"},
      {"Gangguan terjadi sehari penuh.", "", "sehari", "P1D"},
  });
}

TEST_CASE("sets") {
  CheckCases({
      {"Festival itu digelar setiap tahun.", "", "setiap tahun", "P1Y"},
      {"Pasar murah dibuka setiap Senin.", "", "setiap Senin", "XXXX-WXX-1"},
      {"Warga bergotong royong tiap bulan.", "", "tiap bulan", "P1M"},
      {"Upacara diadakan setiap 17 Agustus.", "", "setiap 17 Agustus", "XXXX-08-17"},
      {"Posyandu buka setiap tanggal 5.", "", "setiap tanggal 5", "XXXX-XX-05"},
      {"Laporan dikirim setiap hari Jumat.", "", "setiap hari Jumat", "XXXX-WXX-5"},
      {"Jumlah wisatawan naik setiap tahunnya.", "", "setiap tahunnya", "P1Y"},
      {"Evaluasi dilakukan setiap dua tahun.", "", "setiap dua tahun", "P2Y"},
      {"Pengajian digelar tiap pekan.", "", "tiap pekan", "P1W"},
      {"Bus berangkat setiap 15 menit.", "", "setiap 15 menit", "PT15M"},
      {"Bazar digelar setiap bulan Maret.", "", "setiap bulan Maret", "XXXX-03"},
      {"Ronda malam dilakukan setiap hari.", "", "setiap hari", "P1D"},
  });
}

TEST_CASE("clock times, joined to their date") {
  CheckCases({
      {"Rapat dimulai pukul 09.00 WIB di aula.", kRef, "pukul 09.00 WIB", "XXXX-XX-XXT09:00"},
      {"Pesawat mendarat 10.30 WITA.", kRef, "10.30 WITA", "XXXX-XX-XXT10:30"},
      {"Apel digelar Rabu (29/12) pukul 07.30 WIB.", "2021-12-30", "Rabu (29/12) pukul 07.30 WIB",
       "2021-12-29T07:30"},
      {"Banjir datang Senin (27/12) sekitar pukul 02.00 WIB.", kRef,
       "Senin (27/12) sekitar pukul 02.00 WIB", "2021-12-27T02:00"},
      {"Kebakaran terjadi pukul 8 malam.", kRef, "pukul 8 malam", "XXXX-XX-XXT20:00"},
      {"Layanan dibuka pukul 08.00-15.00 WIB.", kRef, "pukul 08.00-15.00 WIB",
       "XXXX-XX-XXT08:00/XXXX-XX-XXT15:00"},
      {"Kereta berangkat pukul 16:45 WIT.", kRef, "pukul 16:45 WIT", "XXXX-XX-XXT16:45"},
      {"Pada 3 Januari 2022 pukul 10.00 WIB, tim berangkat.", "", "3 Januari 2022 pukul 10.00 WIB",
       "2022-01-03T10:00"},
      {"Pukul 14.00 WIB, Kamis (30/12), hujan turun.", kRef, "Pukul 14.00 WIB, Kamis (30/12)",
       "2021-12-30T14:00"},
      {"Rabu (29/12) di balai kota, rapat dimulai pukul 10.00 WIB.", "2021-12-30",
       "pukul 10.00 WIB", "2021-12-29T10:00"},
      {"Kemarin pukul 15.00 WIB sirene berbunyi.", kRef, "Kemarin pukul 15.00 WIB",
       "2021-12-28T15:00"},
      {"Sidang dibuka pkl 13.00 WIB.", kRef, "pkl 13.00 WIB", "XXXX-XX-XXT13:00"},
  });
}

struct NoDateCase {
  const char* text;
  const char* not_span;  // no date may overlap this text
};

TEST_CASE("not dates: anniversaries, ages, amounts, names, ordinals") {
  const NoDateCase cases[] = {
      {"Pemkot menggelar HUT ke-71 Kota Pontianak.", "ke-71"},
      {"Pria itu berusia 58 tahun.", "58 tahun"},
      {"Korban, Budi (45 tahun), dirawat di rumah sakit.", "45 tahun"},
      {"Harga tiket Rp 2000 per orang.", "2000"},
      {"Atlet itu bertanding di PON XX Papua.", "PON XX"},
      {"Siswa memperingati 94 Tahun Sumpah Pemuda di sekolah.", "94 Tahun"},
      {"Warga memperingati 76 tahun kemerdekaan.", "76 tahun"},
      {"Desa itu dihuni 2021 orang.", "2021"},
      {"Nomor 2019 pada daftar itu dicoret.", "2019"},
      {"Ia tinggal di Jalan Merdeka No. 1945.", "1945"},
      {"Skor akhir 98,78 diumumkan.", "98,78"},
      {"Sebanyak 2000 orang hadir.", "2000"},
      {"Juni Sitorus memimpin rapat.", "Juni"},
      {"Ia membeli 1/2 kilogram gula.", "1/2"},
      {"Usia pohon itu 100 tahun.", "100 tahun"},
      {"Tim meraih peringkat ke-2 nasional.", "ke-2"},
      {"Gaji naik 5 persen.", "5 persen"},
      {"Timnas menang 3-1 atas lawannya.", "3-1"},
      {"Bus berkapasitas 40 kursi tiba.", "40"},
      {"April Jones hadir di acara itu.", "April"},
      {"Covid-19 masih menyebar di kota itu.", "Covid-19"},
      {"Volume air mencapai 1.500 meter kubik.", "1.500"},
      {"Sekolah itu menampung 1995 siswa.", "1995"},
      {"Mobil itu melaju 120 km per jam.", "per jam"},
      {"Ia menjadi presiden ke-7 Indonesia.", "ke-7"},
      {"Sebanyak 20 penghargaan diraih kota itu.", "20 penghargaan"},
      {"Dana Rp1,5 miliar disalurkan ke desa.", "Rp1,5 miliar"},
      {"Anak berumur 7 tahun itu selamat.", "7 tahun"},
      {"Dirgahayu 76 tahun Republik Indonesia.", "76 tahun"},
      {"Satu dari lima warga setuju.", "Satu"},
      {"Pada akhirnya warga menerima keputusan itu.", "akhirnya"},
      {"Tahap awal proyek itu selesai.", "awal"},
      {"Bank Mei Jaya membuka cabang.", "Mei"},
      {"Skor pertandingan 2 - 1 untuk tuan rumah.", "2 - 1"},
      {"Ia menulis 24/7 di blognya.", "24/7"},
      {"Pemain 28 tahun itu pindah ke klub baru.", "28 tahun"},
      {"Kata pria 56 tahun tersebut kepada wartawan.", "56 tahun"},
  };
  for (const NoDateCase& c : cases) {
    CAPTURE(std::string(c.text));
    ArticleResult r = Run(c.text, kRef);
    std::string text = r.doc.text();
    size_t at = text.find(c.not_span);
    REQUIRE(at != std::string::npos);
    Span bad{static_cast<uint32_t>(at), static_cast<uint32_t>(at + std::string(c.not_span).size())};
    CAPTURE(AllDates(r));
    for (const DateExpr& d : r.extraction.dates) CHECK_FALSE(d.span.Overlaps(bad));
  }
}

TEST_CASE("inferred parts, weekday_ok and type") {
  struct AttrCase {
    const char* text;
    const char* published;
    const char* span;
    const char* type;
    std::vector<std::string> inferred;
    int weekday_ok;  // -1 null, 0 false, 1 true
  };
  const AttrCase cases[] = {
      {"Bupati hadir, Rabu (29/12).", "2021-12-30", "Rabu (29/12)", "date", {"year"}, 1},
      {"Bupati hadir, Selasa (29/12).", "2021-12-30", "Selasa (29/12)", "date", {"year"}, 0},
      {"Acara ditutup penghujung tahun 2021.", "", "penghujung tahun 2021", "year", {}, -1},
      {"Pameran digelar 5-7 Juni 2022.", "", "5-7 Juni 2022", "range", {}, -1},
      {"Lagu itu hits tahun 90-an.", "", "tahun 90-an", "decade", {}, -1},
      {"Kemarin hujan turun.", kRef, "Kemarin", "date", {"year", "month", "day"}, -1},
      {"Gubernur tiba Kamis (11/4).", "", "Kamis (11/4)", "date", {}, -1},
      {"Selasa, 7 Maret 2023 sidang dibuka.", "", "Selasa, 7 Maret 2023", "date", {}, 1},
      {"Senin, 7 Maret 2023 sidang dibuka.", "", "Senin, 7 Maret 2023", "date", {}, 0},
      {"Ia bekerja 10 tahun.", "", "10 tahun", "duration", {}, -1},
      {"Posko dibuka setiap hari.", "", "setiap hari", "set", {}, -1},
      {"Apel pukul 07.00 WIB.", "", "pukul 07.00 WIB", "time", {}, -1},
      {"Laba naik triwulan III 2021.", "", "triwulan III 2021", "quarter", {}, -1},
      {"Ia tiba pekan lalu.", kRef, "pekan lalu", "week", {"year", "week"}, -1},
      {"Harga naik Januari 2022.", "", "Januari 2022", "month", {}, -1},
      {"Harga naik sejak Maret.", kRef, "Maret", "month", {"year"}, -1},
  };
  for (const AttrCase& c : cases) {
    CAPTURE(std::string(c.text));
    ArticleResult r = Run(c.text, c.published);
    const DateExpr* d = FindSpan(r, c.span);
    CAPTURE(AllDates(r));
    REQUIRE(d != nullptr);
    CHECK(d->type == c.type);
    CHECK(d->inferred == c.inferred);
    if (c.weekday_ok < 0) {
      CHECK_FALSE(d->weekday_ok.has_value());
    } else {
      REQUIRE(d->weekday_ok.has_value());
      CHECK(*d->weekday_ok == (c.weekday_ok == 1));
    }
  }
}

TEST_CASE("unresolvable parts stay X without a reference") {
  CheckCases({
      {"Gubernur tiba Kamis (11/4).", "", "Kamis (11/4)", "XXXX-04-11"},
      {"Kemarin hujan turun.", "", "Kemarin", "XXXX-XX-XX"},
      {"Ia datang pekan lalu.", "", "pekan lalu", "XXXX-WXX"},
      {"Harga naik tahun lalu.", "", "tahun lalu", "XXXX"},
      {"Pajak naik bulan depan.", "", "bulan depan", "XXXX-XX"},
      {"Ia datang Senin lalu.", "", "Senin lalu", "XXXX-WXX-1"},
      {"Harga naik sejak Maret.", "", "Maret", "XXXX-03"},
  });
}

TEST_CASE("reference date: input, text, year checked against a weekday, none") {
  struct RefCase {
    const char* text;
    const char* published;
    const char* reference;
    const char* source;
  };
  const RefCase cases[] = {
      {"Sepanjang 2021, kota itu meraih 20 penghargaan. Piagam diterima Rabu (29/12).", "",
       "2021-12-29", "text"},
      {"Kemarin hujan turun.", "2021-05-04", "2021-05-04", "input"},
      {"Acara digelar Jumat, 5 November 2021. Kemarin panitia bersiap.", "", "2021-11-05", "text"},
      {"Kemarin hujan turun. Rabu (29/12) warga mengungsi.", "", "", "none"},
      {"Tahun 2021 ditutup dengan pesta. Acara digelar Senin (3/1).", "", "2022-01-03", "text"},
      {"Tahun 2021 ditutup dengan pesta. Acara digelar Jumat (29/12).", "", "", "none"},
      {"Sejak 2006 pasar itu ramai. Pada 2021 pasar direnovasi, Rabu (29/12).", "", "2021-12-29",
       "text"},
      {"Rapat 3 Maret 2020 dan Kamis, 5 Maret 2020 membahas anggaran.", "", "2020-03-05", "text"},
      {"Gedung yang dibangun 1 Juni 1977 itu dipugar 2 Mei 2019. Maret lalu atapnya bocor.", "",
       "2019-05-02", "text"},
  };
  for (const RefCase& c : cases) {
    CAPTURE(std::string(c.text));
    ArticleResult r = Run(c.text, c.published);
    CHECK(r.extraction.meta.reference_date == c.reference);
    CHECK(r.extraction.meta.reference_source == c.source);
  }
  // The text's own reference resolves its relative expressions.
  ArticleResult r = Run("Acara digelar Jumat, 5 November 2021. Kemarin panitia bersiap.");
  const DateExpr* d = FindSpan(r, "Kemarin");
  REQUIRE(d != nullptr);
  CHECK(d->value == "2021-11-04");
}

TEST_CASE("DateFinder API: dateline and --published option") {
  const Pipeline& p = testing::DefaultPipeline();
  StatusOr<DateFinder> finder = DateFinder::Create(p.lexicons(), p.tokenizer());
  REQUIRE(finder.ok());
  Tokenizer::State st = p.tokenizer().NewState();
  TokenizedText tokens;
  std::string text = "JAKARTA, 12/3/2021 - Kemarin warga mengungsi. Rapat digelar 1 Maret 2021.";
  p.tokenizer().Tokenize(text, {}, &st, &tokens);

  DateContext dateline;
  dateline.dateline = Span{0, 21};
  DateResult r = finder->Find(text, tokens, dateline);
  CHECK(r.reference_date == "2021-03-12");
  CHECK(r.reference_source == "dateline");

  DateContext option;
  option.default_published = "2021-06-01";
  r = finder->Find(text, tokens, option);
  CHECK(r.reference_date == "2021-06-01");
  CHECK(r.reference_source == "option");
  bool found = false;
  for (const DateExpr& d : r.dates) {
    if (text.substr(d.span.begin, d.span.size()) == "Kemarin") {
      CHECK(d.value == "2021-05-31");
      found = true;
    }
  }
  CHECK(found);

  DateContext input;
  input.published = "2021-07-01";
  input.default_published = "2021-06-01";
  r = finder->Find(text, tokens, input);
  CHECK(r.reference_source == "input");

  // The free function needs no setup.
  Document doc = Document::Clean(text);
  CHECK_FALSE(FindDates(doc, tokens, option).empty());
}

TEST_CASE("calendar arithmetic") {
  CHECK(IsoWeekday(DaysFromCivil(2021, 12, 29)) == 3);
  CHECK(IsoWeekday(DaysFromCivil(2024, 11, 11)) == 1);
  CHECK(IsoWeekOf(DaysFromCivil(2021, 1, 1)).year == 2020);
  CHECK(IsoWeekOf(DaysFromCivil(2021, 1, 1)).week == 53);
  CHECK(IsoWeekOf(DaysFromCivil(2022, 1, 2)).week == 52);
  CHECK(IsoWeekOf(DaysFromCivil(2022, 1, 3)).week == 1);
  CivilDate c = CivilFromDays(DaysFromCivil(2020, 2, 29) + 1);
  CHECK((c.year == 2020 && c.month == 3 && c.day == 1));
  CHECK(DaysInMonth(2024, 2) == 29);
  CHECK(DaysInMonth(1900, 2) == 28);
  CHECK(ParseIsoDate("2021-02-29") == std::nullopt);
  CHECK(ParseIsoDate("2021-12-29").has_value());
  CHECK(FormatDate(2021, 7, 0) == "2021-07");
}

// Regressions found on the evaluation corpus (branch dates3); each table is
// one class of error, with original sentences.
TEST_CASE("regression: part of the day after a date keeps type date") {
  struct TypeCase {
    const char* text;
    const char* published;
    const char* span;
    const char* value;
    const char* type;
  };
  const TypeCase cases[] = {
      {"Petugas menyisir gang di Tembung, Sabtu (14/10/2023) dini hari.", "",
       "Sabtu (14/10/2023) dini hari", "2023-10-14TNI", "time"},
      {"Rombongan bupati tiba di pelabuhan Senin pagi.", "2024-01-08", "Senin pagi",
       "2024-01-08TMO", "time"},
      {"Air mulai surut kemarin sore.", "2024-03-04", "kemarin sore", "2024-03-03TAF", "time"},
      {"Apel dimulai Rabu (29/12) pukul 07.30 WIB.", "2021-12-30", "Rabu (29/12) pukul 07.30 WIB",
       "2021-12-29T07:30", "time"},
      {"Pasar malam buka pukul 18.00 hingga 23.00 WIB.", "", "pukul 18.00 hingga 23.00 WIB",
       "XXXX-XX-XXT18:00/XXXX-XX-XXT23:00", "range"},
  };
  for (const TypeCase& c : cases) {
    CAPTURE(std::string(c.text));
    ArticleResult r = Run(c.text, c.published);
    const DateExpr* d = FindSpan(r, c.span);
    CAPTURE(AllDates(r));
    REQUIRE(d != nullptr);
    CHECK(d->value == c.value);
    CHECK(d->type == c.type);
  }
}

TEST_CASE("regression: clock time takes the date of an earlier sentence of its paragraph") {
  CheckCases({
      {"Sidang digelar Kamis (30/11/2023). Sidang yang dijadwalkan pukul 10.00 WIB itu molor.", "",
       "pukul 10.00 WIB", "2023-11-30T10:00"},
      {"Gempa terjadi Senin (27/11) dini hari. Getaran terasa sekitar pukul 02.17 WITA.",
       "2023-11-28", "pukul 02.17 WITA", "2023-11-27T02:17"},
      // A new paragraph does not inherit the date.
      {"Gempa terjadi Senin (27/11).\n\nPosko dibuka pukul 08.00 WITA.", "2023-11-28",
       "pukul 08.00 WITA", "XXXX-XX-XXT08:00"},
      // The time of a recurrence has no date.
      {"Kapal tiba Selasa (13/2/2024). Setiap pagi mulai pukul 06.00 WIT logistik dibongkar.", "",
       "pukul 06.00 WIT", "XXXX-XX-XXT06:00"},
      {"Jalan ditutup pukul 19.00 hingga 21.00 WIB, Senin (8/4).", "2024-04-09",
       "pukul 19.00 hingga 21.00 WIB, Senin (8/4)", "2024-04-08T19:00/2024-04-08T21:00"},
  });
}

TEST_CASE("regression: sets of parts of the day, quarters and period ends") {
  CheckCases({
      {"Petugas berpatroli setiap malam di pasar.", "", "setiap malam", "XXXX-XX-XXTNI"},
      {"Warga senam setiap pagi di alun-alun.", "", "setiap pagi", "XXXX-XX-XXTMO"},
      {"Laporan dikirim setiap triwulan ke provinsi.", "", "setiap triwulan", "P3M"},
      {"Evaluasi dilakukan setiap akhir tahun.", "", "setiap akhir tahun", "P1Y"},
      {"Festival digelar setiap pertengahan bulan April.", "2023-06-01", "pertengahan bulan April",
       "2023-04"},
  });
}

TEST_CASE("regression: tahun sebelumnya is the year before the one the paragraph names") {
  CheckCases({
      {"Menurut survei 2023, angka stunting turun dibanding tahun sebelumnya.", "2024-02-01",
       "tahun sebelumnya", "2022"},
      {"Nilai ekspor turun dibanding tahun sebelumnya.", "2024-02-01", "tahun sebelumnya", "2023"},
  });
}

TEST_CASE("regression: a day name with pekan lalu/depan is that day of that week") {
  CheckCases({
      // 2023-07-05 is a Wednesday of ISO week 27.
      {"Pelantikan digelar Senin pekan depan di aula.", "2023-07-05", "Senin pekan depan",
       "2023-07-10"},
      {"Piagam diserahkan Kamis pekan lalu di Jakarta.", "2023-07-05", "Kamis pekan lalu",
       "2023-06-29"},
      {"Rapat diadakan Jumat minggu ini.", "2023-07-05", "Jumat minggu ini", "2023-07-07"},
  });
}

TEST_CASE("regression: the year of a regulation's number is not a date") {
  const NoDateCase cases[] = {
      {"Ia dijerat Undang-Undang Nomor 35 Tahun 2009 tentang Narkotika.", "2009"},
      {"Aturan itu tercantum dalam PP 94 Tahun 2021 tentang disiplin.", "2021"},
      {"Pelaku dijerat UU No. 21 Tahun 2007 tentang TPPO.", "2007"},
  };
  for (const NoDateCase& c : cases) {
    CAPTURE(std::string(c.text));
    ArticleResult r = Run(c.text, "");
    CAPTURE(AllDates(r));
    std::string_view text(c.text);
    size_t at = text.find(c.not_span);
    for (const DateExpr& d : r.extraction.dates) {
      CHECK_FALSE((d.span.begin < at + std::strlen(c.not_span) && d.span.end > at));
    }
  }
}

}  // namespace
}  // namespace warta
