// The simdjson fast path of ParseJsonRecord must give exactly what the
// nlohmann reference path gives, or decline.
#include <doctest/doctest.h>

#include <string>

#include "warta/input/internal.h"

namespace warta {
namespace {

using input_internal::ParseJsonRecordFast;
using input_internal::ParseJsonRecordReference;

struct JsonCase {
  const char* line;
  bool fast;  // the fast path is expected to handle it
};

TEST_CASE("the JSON fast path agrees with the reference path or declines") {
  const JsonCase cases[] = {
      {R"({"id":"a1","text":"Camat hadir.","title":"Judul","published":"2022-01-04"})", true},
      {R"({"id": 42, "text": "Lurah hadir."})", true},
      {R"({"id": -7, "text": "x"})", true},
      {R"({"id": 18446744073709551615, "text": "x"})", true},
      {R"({"id": 1.5, "text": "x"})", true},
      {R"({"id": "", "text": "x"})", true},
      {R"({"id": null, "text": "x", "title": 3})", true},
      {R"({"text": "x", "published": 1640995200})", true},
      {R"({"text": "x", "published": "2021-12-29T08:00:00+07:00"})", true},
      {R"({"text": "x", "published": "kemarin"})", true},
      {R"({"text": "x", "published": 1.5e9})", true},
      {R"({"text": "x", "published": 99999999999999999999})", false},
      {R"({"text": "pertama", "text": "kedua", "id": "a", "id": "b"})", false},  // duplicate_key
      {R"({"text": "x", "lain": 1, "lain": 2})", true},  // unread keys may repeat
      {R"({"text": "\u00e9\ud83d\ude00 \"kutip\" \\ \n baris"})", true},
      {R"({"text": "x", "lain": [1, {"a": null}, true]})", true},
      {"\xEF\xBB\xBF{\"text\": \"bom\"}", false},
      {R"({"text": "x"} )", true},
      // Errors: the fast path declines, the reference path words them.
      {R"({"text": 5})", false},
      {R"({"id": "a"})", false},
      {R"(["text"])", false},
      {R"({"text": "x",})", false},
      {R"({"text": "x"} {"text": "y"})", false},
      {R"({"text": "x", "n": 01})", false},
      {R"({"text": "x", "b": tru})", false},
      {R"({"text": "\ud800"})", false},
      {"{\"text\": \"Kab\xFF\"}", false},
      {"{\"text\": \"tab\there\"}", false},
      {"", false},
  };
  for (const JsonCase& c : cases) {
    INFO(c.line);
    InputOptions options;
    Article reference, fast;
    ParseJsonRecordReference(c.line, "f:1", options, &reference);
    bool handled = ParseJsonRecordFast(c.line, "f:1", options, &fast);
    CHECK(handled == c.fast);
    if (!handled) continue;
    CHECK(reference.error.ok());
    CHECK(fast.id == reference.id);
    CHECK(fast.text == reference.text);
    CHECK(fast.title == reference.title);
    CHECK(fast.published == reference.published);
  }
}

TEST_CASE("the JSON fast path honours renamed fields and the size limit") {
  InputOptions options;
  options.id_field = "url";
  options.text_field = "isi";
  options.max_article_bytes = 8;
  Article a;
  CHECK(ParseJsonRecordFast(R"({"url":"u","isi":"pendek"})", "f:1", options, &a));
  CHECK(a.id == "u");
  CHECK(a.text == "pendek");
  CHECK_FALSE(ParseJsonRecordFast(R"({"url":"u","isi":"terlalu panjang"})", "f:1", options, &a));
}

}  // namespace
}  // namespace warta
