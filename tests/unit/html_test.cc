#include "warta/input/html.h"

#include <doctest/doctest.h>

#include <string>

namespace warta {
namespace {

struct HtmlCase {
  const char* name;
  const char* html;
  const char* title;
  const char* text;
};

TEST_CASE("HtmlToText keeps article text and drops page furniture") {
  const HtmlCase cases[] = {
      {"paragraphs become lines separated by a blank line",
       "<html><body><p>Warga  antusias\n menyambut pasar baru.</p><p>Pasar dibuka pukul 06.00 "
       "WIB.</p></body></html>",
       "", "Warga antusias menyambut pasar baru.\n\nPasar dibuka pukul 06.00 WIB."},
      {"the first h1 is the title and stays in the text",
       "<title>Pasar Baru - Situs Berita</title><h1>Pasar Baru Dibuka</h1><p>Isi berita.</p>",
       "Pasar Baru Dibuka", "Pasar Baru Dibuka\n\nIsi berita."},
      {"without h1 the <title> is the title",
       "<html><head><title> Jembatan  Desa Selesai </title></head><body><p>Teks.</p></body>",
       "Jembatan Desa Selesai", "Teks."},
      {"scripts, styles, navigation, header, footer, aside and forms are dropped",
       "<header><a>Beranda</a></header><nav><ul><li>Politik</li></ul></nav>"
       "<script>var x = '<p>bukan berita</p>';</script><style>p{color:red}</style>"
       "<p>Satu-satunya paragraf.</p><aside>Terpopuler</aside>"
       "<form><input value=cari><button>Cari</button></form><footer>Hak cipta</footer>"
       "<noscript>Aktifkan JavaScript</noscript>",
       "", "Satu-satunya paragraf."},
      {"br breaks lines, two br make a paragraph break",
       "<div>Baris satu<br>Baris dua<br><br>Paragraf baru</div>", "",
       "Baris satu\nBaris dua\n\nParagraf baru"},
      {"inline markup does not break words or lines",
       "<p>Bupati <b>Lembah Hijau</b> hadir di <a href='#'>acara</a> itu.</p>", "",
       "Bupati Lembah Hijau hadir di acara itu."},
      {"character references are decoded",
       "<p>Harga naik 5&nbsp;persen &amp; stok &lt;aman&gt; &#8212; kata pedagang.</p>", "",
       "Harga naik 5\xC2\xA0persen & stok <aman> \xE2\x80\x94 kata pedagang."},
      {"list items are lines", "<ul><li>Beras</li><li>Gula</li></ul><p>Akhir.</p>", "",
       "Beras\nGula\n\nAkhir."},
      {"table cells are separated by a space",
       "<table><tr><td>Tim A</td><td>3</td></tr><tr><td>Tim B</td><td>1</td></tr></table>", "",
       "Tim A 3\nTim B 1"},
      {"an h1 inside a dropped header is not the title",
       "<title>Judul Dokumen</title><header><h1>Nama Situs</h1></header><p>Isi.</p>",
       "Judul Dokumen", "Isi."},
      {"empty and broken documents give empty text", "<p><b>", "", ""},
      {"unclosed tags are repaired", "<p>Satu<p>Dua<div>Tiga", "", "Satu\n\nDua\n\nTiga"},
  };
  for (const HtmlCase& c : cases) {
    INFO(c.name);
    HtmlText page = HtmlToText(c.html);
    CHECK(page.title == c.title);
    CHECK(page.text == c.text);
  }
}

TEST_CASE("HtmlToText survives very deep nesting") {
  std::string html;
  for (int i = 0; i < 5000; ++i) html += "<div>";
  html += "dalam";
  HtmlText page = HtmlToText(html);
  CHECK(page.text == "dalam");
}

struct CharsetCase {
  const char* html;
  const char* charset;
};

TEST_CASE("SniffHtmlCharset reads meta declarations") {
  const CharsetCase cases[] = {
      {"<meta charset=\"windows-1252\"><p>x", "windows-1252"},
      {"<META HTTP-EQUIV=\"Content-Type\" CONTENT=\"text/html; charset=ISO-8859-1\">",
       "iso-8859-1"},
      {"<meta charset='utf-8'>", "utf-8"},
      {"<p>no declaration</p>", ""},
  };
  for (const CharsetCase& c : cases) {
    INFO(c.html);
    CHECK(SniffHtmlCharset(c.html) == c.charset);
  }
}

}  // namespace
}  // namespace warta
