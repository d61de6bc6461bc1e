#include <doctest/doctest.h>

#include <string>

#include "warta/normalize/document.h"
#include "warta/normalize/offset_map.h"
#include "warta/normalize/utf8.h"

namespace warta {
namespace {

struct CleanCase {
  const char* original;
  const char* clean;
};

TEST_CASE("cleaning folds what varies between outlets") {
  const CleanCase cases[] = {
      {"Wali  Kota\tPontianak", "Wali Kota Pontianak"},
      {"Baca Juga :\u00a0 Melalui", "Baca Juga : Melalui"},
      {"\u201cMudah-mudahan,\u201d ujarnya", "\"Mudah-mudahan,\" ujarnya"},
      {"\u2018kata\u2019", "'kata'"},
      {"KalbarOnline, Pontianak \u2013 Kota", "KalbarOnline, Pontianak - Kota"},
      {"a \u2014 b", "a - b"},
      {"tunggu\u2026", "tunggu..."},
      {"baris\r\nkedua", "baris\nkedua"},
      {"baris\rkedua", "baris\nkedua"},
      {"satu\n\n\n\ndua", "satu\n\ndua"},
      {"satu  \n  dua  ", "satu\ndua"},
      {"  awal", "awal"},
      {"lebar\u200bnol", "lebarnol"},
      {"\ufeffBOM di depan", "BOM di depan"},
      {"nul\x01kontrol", "nul kontrol"},
      {"e\u0301", "\u00e9"},  // NFC
      {"Kafe\u0301 di Bandung", "Kaf\u00e9 di Bandung"},
      {"", ""},
      {"   \n\n  ", ""},
  };
  for (const CleanCase& c : cases) {
    std::string shown(c.original);
    CAPTURE(shown);
    Document doc = Document::Clean(c.original);
    CHECK(doc.text() == c.clean);
  }
}

// Every cleaned token maps back to an original span whose cleaned form is the
// token itself.
TEST_CASE("cleaned spans map back to the original text") {
  struct MapCase {
    const char* original;
    const char* clean_word;
    const char* original_word;
  };
  const MapCase cases[] = {
      {"Baca Juga :\u00a0 Melalui Lomba", "Melalui", "Melalui"},
      {"\u201cMudah,\u201d ujarnya", "\"Mudah,\"", "\u201cMudah,\u201d"},
      {"a  \t b", "a b", "a  \t b"},
      {"Kafe\u0301 di Bandung", "Kaf\u00e9", "Kafe\u0301"},
      {"Kafe\u0301 di Bandung", "Bandung", "Bandung"},
      {"x\r\n\r\n\r\ny", "y", "y"},
      {"\ufeffBOM", "BOM", "BOM"},
      {"tunggu\u2026 lagi", "...", "\u2026"},
      {"tunggu\u2026 lagi", "lagi", "lagi"},
  };
  for (const MapCase& c : cases) {
    std::string shown(c.original);
    CAPTURE(shown);
    Document doc = Document::Clean(c.original);
    size_t at = doc.text().find(c.clean_word);
    REQUIRE(at != std::string::npos);
    Span clean{static_cast<uint32_t>(at), static_cast<uint32_t>(at + std::string(c.clean_word).size())};
    Span orig = doc.ToOriginal(clean);
    CHECK(doc.original().substr(orig.begin, orig.size()) == c.original_word);
  }
}

TEST_CASE("offset map segments") {
  OffsetMap m;
  m.Copy(0, 5);
  m.Replace(5, 3, 1);
  m.Copy(8, 10);
  m.Finish(18);
  CHECK(m.Begin(0) == 0);
  CHECK(m.Begin(5) == 5);
  CHECK(m.End(6) == 8);
  CHECK(m.Begin(6) == 8);
  CHECK(m.End(16) == 18);
  CHECK(m.Begin(16) == 18);
  CHECK_FALSE(m.identity());
  OffsetMap id;
  id.Copy(0, 4);
  id.Finish(4);
  CHECK(id.identity());
}

TEST_CASE("UTF-8 validation and repair") {
  struct Utf8Case {
    std::string bytes;
    bool valid;
    std::string repaired;
  };
  const Utf8Case cases[] = {
      {"abc", true, "abc"},
      {"caf\xc3\xa9", true, "caf\xc3\xa9"},
      {"caf\xc3", false, "caf\xef\xbf\xbd"},
      {"\xc0\xaf", false, "\xef\xbf\xbd\xef\xbf\xbd"},              // overlong '/'
      {"\xed\xa0\x80", false, "\xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbd"},  // surrogate
      {"\xf4\x90\x80\x80", false, "\xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbd"},
      {"\xe2\x82", false, "\xef\xbf\xbd"},  // truncated 3-byte
      {"a\xffz", false, "a\xef\xbf\xbdz"},
      {"\xf0\x9f\x98\x80", true, "\xf0\x9f\x98\x80"},
      {std::string("nul\0byte", 8), true, std::string("nul\0byte", 8)},
  };
  for (const Utf8Case& c : cases) {
    std::string shown(c.bytes);
    CAPTURE(shown);
    CHECK(IsValidUtf8(c.bytes) == c.valid);
    CHECK(ReplaceInvalidUtf8(c.bytes) == c.repaired);
    CHECK(IsValidUtf8(ReplaceInvalidUtf8(c.bytes)));
  }
}

TEST_CASE("code point index counts like Python's len") {
  std::string text;
  for (int i = 0; i < 300; ++i) text += "a\xc3\xa9\xf0\x9f\x98\x80";  // 3 code points, 7 bytes
  CodePointIndex index(text);
  CHECK(index.CodePoints(0) == 0);
  CHECK(index.CodePoints(1) == 1);
  CHECK(index.CodePoints(3) == 2);
  CHECK(index.CodePoints(7) == 3);
  CHECK(index.CodePoints(7 * 200) == 600);
  CHECK(index.CodePoints(text.size()) == 900);
}

}  // namespace
}  // namespace warta
