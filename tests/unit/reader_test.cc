#include <doctest/doctest.h>

#include <string>

#include "warta/input/reader.h"

namespace warta {
namespace {

struct RecordCase {
  std::string line;
  ErrorCode code;
  const char* id;
  const char* text;
  const char* published;
};

TEST_CASE("JSONL records: every shape gets an article or an error") {
  const RecordCase cases[] = {
      {R"({"id":"a","text":"halo"})", ErrorCode::kOk, "a", "halo", ""},
      {R"({"id":7,"text":"halo"})", ErrorCode::kOk, "7", "halo", ""},
      {R"({"id":null,"text":"halo"})", ErrorCode::kOk, "f:1", "halo", ""},
      {R"({"text":"halo","published":"2021-12-29"})", ErrorCode::kOk, "f:1", "halo", "2021-12-29"},
      {R"({"text":"x","published":"2021-12-29T23:30:00+07:00"})", ErrorCode::kOk, "f:1", "x", "2021-12-29"},
      {R"({"text":"x","published":1640799000})", ErrorCode::kOk, "f:1", "x", "2021-12-30"},
      {R"({"text":"x","published":"kemarin"})", ErrorCode::kOk, "f:1", "x", ""},
      {R"({"text":"x","published":"2021-13-01"})", ErrorCode::kOk, "f:1", "x", ""},
      {R"({"text":"\u00ff"})", ErrorCode::kOk, "f:1", "\xc3\xbf", ""},
      {R"({"text":""})", ErrorCode::kOk, "f:1", "", ""},
      {"not json", ErrorCode::kInvalidJson, "f:1", "", ""},
      {R"({"id":"a","text":"unterminated)", ErrorCode::kInvalidJson, "f:1", "", ""},
      {"[1,2,3]", ErrorCode::kNotObject, "f:1", "", ""},
      {"\"just a string\"", ErrorCode::kNotObject, "f:1", "", ""},
      {R"({"id":"b"})", ErrorCode::kMissingText, "b", "", ""},
      {R"({"id":"c","text":42})", ErrorCode::kTextNotString, "c", "", ""},
      {R"({"id":"d","text":["a"]})", ErrorCode::kTextNotString, "d", "", ""},
      {"{\"id\":\"e\",\"text\":\"caf\xc3\"}", ErrorCode::kInvalidUtf8, "e", "", ""},
  };
  InputOptions opts;
  for (const RecordCase& c : cases) {
    std::string shown(c.line);
    CAPTURE(shown);
    Article a;
    ParseJsonRecord(c.line, "f:1", opts, &a);
    CHECK(a.error.code() == c.code);
    CHECK(a.id == c.id);
    CHECK(a.text == c.text);
    CHECK(a.published == c.published);
    if (c.code != ErrorCode::kOk) CHECK_FALSE(a.error.message().empty());
  }
}

TEST_CASE("JSONL records: renamed fields, size limit, UTF-8 replacement") {
  InputOptions opts;
  opts.id_field = "kode";
  opts.text_field = "isi";
  Article a;
  ParseJsonRecord(R"({"kode":"k","isi":"teks","id":"x","text":"y"})", "f:1", opts, &a);
  CHECK(a.id == "k");
  CHECK(a.text == "teks");

  InputOptions small;
  small.max_article_bytes = 3;
  ParseJsonRecord(R"({"id":"big","text":"panjang"})", "f:1", small, &a);
  CHECK(a.error.code() == ErrorCode::kTooLarge);
  CHECK(a.id == "big");

  InputOptions replace;
  replace.invalid_utf8 = InvalidUtf8::kReplace;
  ParseJsonRecord("{\"id\":\"r\",\"text\":\"caf\xc3\"}", "f:1", replace, &a);
  CHECK(a.error.ok());
  CHECK(a.text == "caf\xef\xbf\xbd");
}

TEST_CASE("published dates normalise to ISO or nothing") {
  CHECK(NormalizePublished("2021-12-29") == "2021-12-29");
  CHECK(NormalizePublished("2021-12-29 10:00:00") == "2021-12-29");
  CHECK(NormalizePublished("2021-12-29X") == "");
  CHECK(NormalizePublished("29/12/2021") == "");
  CHECK(NormalizePublished("1490674536") == "2017-03-28");  // 04:15 UTC is 11:15 WIB
  CHECK(NormalizePublished(0LL) == "1970-01-01");
  CHECK(NormalizePublished("") == "");
}

}  // namespace
}  // namespace warta
