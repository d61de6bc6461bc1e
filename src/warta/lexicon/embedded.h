// The lexicons/*.tsv files compiled into the binary (cmake/EmbedLexicons.cmake).
#ifndef WARTA_LEXICON_EMBEDDED_H_
#define WARTA_LEXICON_EMBEDDED_H_

#include <span>
#include <string_view>

namespace warta {

struct EmbeddedFile {
  std::string_view name;     // "titles.tsv"
  std::string_view content;  // the file's bytes
};

// Every embedded lexicon file, sorted by name. Static storage; never fails.
std::span<const EmbeddedFile> EmbeddedLexicons();

}  // namespace warta

#endif  // WARTA_LEXICON_EMBEDDED_H_
