// Fuzzes date handling. Input: "PUBLISHED\nTEXT" — the first line becomes the
// article's publication date (through NormalizePublished, as the reader does)
// and the rest its text, so relative dates ("kemarin", "Senin (27/12)") are
// resolved against arbitrary reference dates. Seeds in fuzz/corpus/dates/ are
// date-dense.
// TODO(after merging the dates branch): call the date normaliser in
// src/warta/extract/dates/ directly as well, with its own invariants
// (value is an ISO date/range, span inside the text).
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
  warta_fuzz::RunPipeline(std::move(text), std::move(published));
  return 0;
}
