// Fuzzes the whole pipeline on arbitrary bytes as an article's text: clean,
// layout, tokenize, every extractor, render. Invalid UTF-8 is replaced first,
// as --invalid-utf8 replace does. Invariants (fuzz_support.h): the article
// never errors (except empty_text when nothing is left after cleaning), the
// record is one line of valid JSON, and every span's text is
// exactly the slice of the text it points at.
#include <cstdint>
#include <string>

#include "fuzz/fuzz_support.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view input(reinterpret_cast<const char*>(data), size);
  warta_fuzz::RunPipeline(warta::ReplaceInvalidUtf8(input), "");
  return 0;
}
