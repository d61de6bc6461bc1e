// Reliability (docs/reliability.md): reader and pipeline behaviour on bad
// records, and a regression test for each bug the fault-class test, the
// pathological-time test and the fuzzers found.
#include <doctest/doctest.h>

#include <chrono>
#include <climits>
#include <string>

#include "unit/test_support.h"
#include "warta/input/reader.h"
#include "warta/lexicon/tsv.h"
#include "warta/normalize/document.h"

namespace warta {
namespace {

struct RecordCase {
  const char* name;
  std::string line;
  ErrorCode code;
  const char* id;       // expected id ("f:1" is the fallback)
  const char* message;  // a substring of the error message, or ""
};

Article Parse(const std::string& line, InvalidUtf8 policy = InvalidUtf8::kError,
              size_t max_bytes = 8u << 20) {
  InputOptions opts;
  opts.invalid_utf8 = policy;
  opts.max_article_bytes = max_bytes;
  Article a;
  ParseJsonRecord(line, "f:1", opts, &a);
  return a;
}

TEST_CASE("ParseJsonRecord: one error code per fault class") {
  const RecordCase cases[] = {
      {"good", R"({"id":"a","text":"Pasar ramai."})", ErrorCode::kOk, "a", ""},
      {"bom at line start", "\xEF\xBB\xBF{\"id\":\"a\",\"text\":\"x\"}", ErrorCode::kOk, "a", ""},
      {"overlong keeps the id", "{\"id\":\"a\",\"text\":\"x\xC0\xAF\"}", ErrorCode::kInvalidUtf8,
       "a", "byte 19"},
      {"surrogate", "{\"id\":\"a\",\"text\":\"\xED\xA0\x80\"}", ErrorCode::kInvalidUtf8, "a", ""},
      {"bad byte in the id", "{\"id\":\"\xFF\",\"text\":\"x\"}", ErrorCode::kInvalidUtf8, "f:1",
       ""},
      {"truncated json", R"({"id":"a","text":"x)", ErrorCode::kInvalidJson, "f:1",
       "invalid JSON at byte"},
      {"raw CR in a string", "{\"id\":\"a\",\"text\":\"x\ry\"}", ErrorCode::kInvalidJson, "f:1",
       "U+000D"},
      {"not an object", "[1,2]", ErrorCode::kNotObject, "f:1", "array"},
      {"missing text", R"({"id":"a"})", ErrorCode::kMissingText, "a", "\"text\""},
      {"text not a string", R"({"id":"a","text":null})", ErrorCode::kTextNotString, "a", "null"},
      {"duplicate text", R"({"id":"a","text":"x","text":"y"})", ErrorCode::kDuplicateKey, "a",
       "\"text\""},
      {"duplicate id", R"({"id":"a","id":"b","text":"x"})", ErrorCode::kDuplicateKey, "f:1",
       "\"id\""},
      {"duplicate other key", R"({"id":"a","k":1,"k":2,"text":"x"})", ErrorCode::kOk, "a", ""},
      {"duplicate nested text", R"({"id":"a","text":"x","m":{"text":1,"text":2}})", ErrorCode::kOk,
       "a", ""},
      {"id beyond 64 bits", R"({"id":123456789012345678901234567890,"text":"x"})", ErrorCode::kOk,
       "f:1", ""},
      {"integer id", R"({"id":-42,"text":"x"})", ErrorCode::kOk, "-42", ""},
      {"deep nesting", std::string(100000, '['), ErrorCode::kInvalidJson, "f:1", ""},
      {"deep complete nesting", std::string(100000, '[') + std::string(100000, ']'),
       ErrorCode::kNotObject, "f:1", ""},
      // Regression: nlohmann's lexer reads NUL as end of input, so trailing
      // garbage after a NUL was accepted as a good record.
      {"regression_trailing_nul_accepted", std::string("{\"id\":\"a\",\"text\":\"x\"}\0junk", 27),
       ErrorCode::kInvalidJson, "f:1", "NUL"},
      {"raw NUL in a string", std::string("{\"id\":\"a\",\"text\":\"x\0\"}", 22),
       ErrorCode::kInvalidJson, "f:1", "NUL"},
      // Regression: a number beyond double range was reported as "internal"
      // (nlohmann throws out_of_range, not parse_error).
      {"regression_number_overflow_internal", R"({"id":"a","text":"x","v":1e400})",
       ErrorCode::kInvalidJson, "f:1", "overflow"},
  };
  for (const RecordCase& c : cases) {
    CAPTURE(c.name);
    Article a = Parse(c.line);
    CHECK(a.error.code() == c.code);
    CHECK(a.id == c.id);
    CHECK(a.error.message().find(c.message) != std::string::npos);
    if (!a.error.ok()) CHECK(a.text.empty());
  }
}

TEST_CASE("ParseJsonRecord: published dates out of range are ignored") {
  struct {
    const char* value;
    const char* published;
  } cases[] = {
      {"1641186000", "2022-01-03"},
      {"\"2021-12-29T08:00:00+07:00\"", "2021-12-29"},
      {"1e300", ""},
      {"-1", "1970-01-01"},
      {"253402214399", "9999-12-31"},
      {"253402300800", ""},
      // Regression: LLONG_MAX + the WIB shift overflowed (UBSan).
      {"9223372036854775807", ""},
      {"-9223372036854775808", ""},
      // Regression: a uint64 beyond int64 wrapped to -1, i.e. 1970-01-01.
      {"18446744073709551615", ""},
  };
  for (const auto& c : cases) {
    CAPTURE(std::string(c.value));
    Article a = Parse(std::string(R"({"id":"a","text":"x","published":)") + c.value + "}");
    REQUIRE(a.error.ok());
    CHECK(a.published == c.published);
  }
  CHECK(NormalizePublished(LLONG_MAX) == "");
  CHECK(NormalizePublished(LLONG_MIN) == "");
}

TEST_CASE("ParseJsonRecord: replace policy and size limit") {
  Article a = Parse("{\"id\":\"a\",\"text\":\"x\xC0\xAFy\xE2\x82\"}", InvalidUtf8::kReplace);
  REQUIRE(a.error.ok());
  CHECK(a.text == "x\xEF\xBF\xBD\xEF\xBF\xBDy\xEF\xBF\xBD");
  CHECK(Parse(R"({"id":"a","text":"12345"})", InvalidUtf8::kError, 5).error.ok());
  CHECK(Parse(R"({"id":"a","text":"123456"})", InvalidUtf8::kError, 5).error.code() ==
        ErrorCode::kTooLarge);
  // Escapes count decoded: 6 bytes of JSON, 2 of text.
  CHECK(Parse(R"({"id":"a","text":"\u00e9"})", InvalidUtf8::kError, 2).error.ok());
  // Limits beyond 1 GiB are clamped (spans are 32-bit).
  InputOptions opts;
  opts.max_article_bytes = size_t{1} << 40;
  Article big;
  ParseJsonRecord(R"({"text":"x"})", "f:1", opts, &big);
  CHECK(big.error.ok());
}

TEST_CASE("Pipeline: empty and whitespace-only texts are empty_text errors") {
  const char* texts[] = {
      "", " ", "\n\n", "\t\r\n", "\xC2\xA0\xE2\x80\x83", "\xE2\x80\x8B\xEF\xBB\xBF"};
  for (const char* t : texts) {
    CAPTURE(t);
    ArticleResult r = testing::Run(t);
    CHECK(r.status.code() == ErrorCode::kEmptyText);
  }
  CHECK(testing::Run(std::string("\0\x01", 2)).status.code() == ErrorCode::kEmptyText);
  CHECK(testing::Run("A").status.ok());
}

TEST_CASE("TsvTable::Parse: errors name the file, the line and the column") {
  struct {
    const char* name;
    std::string content;
    const char* message;  // "" = valid
  } cases[] = {
      {"valid", "# c\nphrase\tkind\nKab.\tx\n", ""},
      {"header only", "phrase\tkind\n", ""},
      {"crlf", "phrase\tkind\r\nKab.\tx\r\n", ""},
      // Regression: an empty file was reported at line 0.
      {"regression_empty_file_line_0", "", "f.tsv:1: empty file (expected a header line)"},
      {"comments only", "# a\n\n", "f.tsv:2: no header line"},
      // Regression: bad UTF-8 was always reported at line 1, whatever its line.
      {"regression_bad_utf8_line_1", "phrase\tkind\nKab.\tx\xC0\xAF\n",
       "f.tsv:2: invalid UTF-8 at column 7"},
      {"bad utf8 on the first line", "\xFFphrase\n", "f.tsv:1: invalid UTF-8 at column 1"},
      // Regression: NUL bytes and lone CRs were accepted inside fields.
      {"regression_nul_in_field", std::string("phrase\tkind\nK\0b.\tx\n", 20),
       "f.tsv:2: control character U+0000 at column 2"},
      {"lone cr", "phrase\tkind\nKab.\rx\tx\n", "f.tsv:2: control character U+000D at column 5"},
      {"ragged", "phrase\tkind\nKab.\n", "f.tsv:2: expected 2 columns, got 1"},
      {"missing column", "kind\n", "f.tsv:1: header lacks required column 'phrase'"},
  };
  for (const auto& c : cases) {
    CAPTURE(std::string(c.name));
    StatusOr<TsvTable> t = TsvTable::Parse("f.tsv", c.content, {"phrase"});
    if (*c.message == '\0') {
      CHECK(t.ok());
    } else {
      REQUIRE(!t.ok());
      CHECK(t.status().code() == ErrorCode::kLexiconError);
      CHECK(t.status().message() == c.message);
    }
  }
}

// Regression: NFC's canonical reordering (and ICU's isNormalized check) is
// quadratic in a run of combining marks of alternating classes; a 1 MiB
// "Zalgo" article took ~2 minutes. Runs are now cut every 30 marks (UAX #15).
TEST_CASE("regression_nfc_quadratic_on_combining_run") {
  std::string zalgo = "e";
  for (int i = 0; i < 100000; ++i) zalgo += "\xCC\x81\xCC\x96";  // U+0301 (230), U+0316 (220)
  auto start = std::chrono::steady_clock::now();
  Document doc = Document::Clean(zalgo);
  double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  CHECK(seconds < 2.0);
  CHECK(doc.text().size() == zalgo.size() - 1);  // e + U+0301 composed to U+00E9
  Span all{0, static_cast<uint32_t>(doc.text().size())};
  CHECK(doc.ToOriginal(all).end == zalgo.size());
  // Ordinary text still composes and maps back exactly.
  Document cafe = Document::Clean("Kafe\xCC\x81 baru");  // "Kafe" + U+0301
  CHECK(cafe.text() == "Kaf\xC3\xA9 baru");
  Span word{0, 5};
  CHECK(cafe.ToOriginal(word).end == 6);
}

}  // namespace
}  // namespace warta
