// The fast path of ParseJsonRecord, with simdjson's DOM parser: it validates
// the whole record (structure, numbers, UTF-8) an order of magnitude faster
// than nlohmann (docs/performance.md). It only ever handles the common case,
// a well-formed object whose text is a string; everything else returns
// false and goes through the nlohmann path, which keeps its exact error codes
// and messages. tests/unit/json_fast_test.cc checks that both agree.
#include <simdjson.h>

#include "warta/input/internal.h"

namespace warta {
namespace input_internal {

bool ParseJsonRecordFast(std::string_view line, const std::string& fallback_id,
                         const InputOptions& options, Article* out) {
  // A parser owns its buffers and is reused across records; one per thread.
  thread_local simdjson::dom::parser parser;
  simdjson::dom::element doc;
  if (parser.parse(line.data(), line.size()).get(doc) != simdjson::SUCCESS) return false;
  simdjson::dom::object object;
  if (doc.get_object().get(object) != simdjson::SUCCESS) return false;
  // A field warta reads that appears twice is a duplicate_key error: the
  // reference path words it.
  simdjson::dom::element id, text, title, date;
  bool has_id = false, has_text = false, has_title = false, has_date = false;
  for (simdjson::dom::key_value_pair field : object) {
    bool* seen = field.key == options.id_field      ? &has_id
                 : field.key == options.text_field  ? &has_text
                 : field.key == options.title_field ? &has_title
                 : field.key == options.date_field  ? &has_date
                                                    : nullptr;
    if (seen == nullptr) continue;
    if (*seen) return false;
    *seen = true;
    if (seen == &has_id) id = field.value;
    if (seen == &has_text) text = field.value;
    if (seen == &has_title) title = field.value;
    if (seen == &has_date) date = field.value;
  }
  std::string_view text_value;
  if (!has_text || text.get_string().get(text_value) != simdjson::SUCCESS ||
      text_value.size() > options.article_limit()) {
    return false;  // an error record: the reference path words it
  }
  *out = Article{};
  out->id = fallback_id;
  if (has_id) {
    std::string_view s;
    int64_t i;
    uint64_t u;
    if (id.get_string().get(s) == simdjson::SUCCESS) {
      if (!s.empty()) out->id = std::string(s);
    } else if (id.get_int64().get(i) == simdjson::SUCCESS) {
      out->id = std::to_string(i);
    } else if (id.get_uint64().get(u) == simdjson::SUCCESS) {
      out->id = std::to_string(u);
    }  // other types: the fallback id, as in the reference path
  }
  out->text = std::string(text_value);
  std::string_view s;
  if (has_title && title.get_string().get(s) == simdjson::SUCCESS) out->title = std::string(s);
  if (has_date) {
    int64_t i;
    if (date.get_string().get(s) == simdjson::SUCCESS) {
      out->published = NormalizePublished(s);
    } else if (date.get_int64().get(i) == simdjson::SUCCESS) {
      out->published = NormalizePublished(static_cast<long long>(i));
    } else if (date.is_uint64()) {
      return false;  // beyond int64: leave the conversion to the reference path
    }
  }
  return true;
}

}  // namespace input_internal
}  // namespace warta
