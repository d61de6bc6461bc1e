// Fuzzes date handling. Input: "PUBLISHED\nTEXT" — the first line becomes the
// article's publication date (through NormalizePublished, as the reader does)
// and the rest its text, so relative dates ("kemarin", "Senin (27/12)") are
// resolved against arbitrary reference dates. Seeds in fuzz/corpus/dates/ are
// date-dense.
// The dates extractor runs inside the pipeline; besides the pipeline's
// invariants, every date must have a non-empty span, a known type and a value
// whose calendar part is TIMEX3-shaped.
#include <algorithm>
#include <cstdint>
#include <string>

#include "fuzz/fuzz_support.h"
#include "warta/input/reader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string input =
      warta::ReplaceInvalidUtf8(std::string_view(reinterpret_cast<const char*>(data), size));
  size_t nl = input.find('\n');
  std::string published, text = input;
  if (nl != std::string::npos) {
    published = warta::NormalizePublished(std::string_view(input).substr(0, nl));
    text = input.substr(nl + 1);
  }
  warta_fuzz::Check(published.empty() || published.size() == 10, "bad normalised date");
  warta::ArticleResult r = warta_fuzz::RunPipeline(std::move(text), std::move(published));
  static const std::string kTypes[] = {"date",  "month",    "year", "week", "quarter", "half",
                                       "decade", "range", "duration", "time", "datetime", "set"};
  for (const warta::DateExpr& d : r.extraction.dates) {
    warta_fuzz::Check(!d.span.empty() && d.span.end <= r.doc.text().size(), "date span");
    warta_fuzz::Check(std::find(std::begin(kTypes), std::end(kTypes), d.type) != std::end(kTypes),
                      "unknown date type " + d.type);
    warta_fuzz::Check(!d.value.empty(), "empty date value");
    bool duration = d.value[0] == 'P';
    bool calendar = d.value.size() >= 4 && d.value.find_first_not_of("0123456789X") >= 4;
    bool time_only = d.value[0] == 'T';
    warta_fuzz::Check(duration || calendar || time_only, "date value shape: " + d.value);
  }
  return 0;
}
