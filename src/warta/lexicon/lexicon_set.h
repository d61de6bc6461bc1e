// LexiconSet: the lexicon files a pipeline is built from.
//
//   StatusOr<LexiconSet> set = LexiconSet::Load("");          // embedded only
//   StatusOr<LexiconSet> set = LexiconSet::Load("my_lexicons"); // DIR overrides
//   StatusOr<TsvTable> titles = set->Table("titles", {"phrase", "canonical"});
//
// The embedded files (lexicons/*.tsv at build time) are the defaults. A file
// DIR/NAME.tsv replaces the embedded NAME.tsv whole; a .tsv in DIR with no
// embedded counterpart is an error (a typo would otherwise be ignored).
#ifndef WARTA_LEXICON_LEXICON_SET_H_
#define WARTA_LEXICON_LEXICON_SET_H_

#include <initializer_list>
#include <map>
#include <string>
#include <string_view>

#include "warta/lexicon/tsv.h"
#include "warta/status.h"

namespace warta {

class LexiconSet {
 public:
  // Loads the embedded files, then DIR's (if DIR is not empty). Fails with
  // kLexiconError naming the file when DIR cannot be read.
  static StatusOr<LexiconSet> Load(const std::string& override_dir);

  // Parses lexicon NAME (without ".tsv"). Fails with kLexiconError
  // ("lexicons/NAME.tsv:LINE: ...") when it is missing or invalid.
  StatusOr<TsvTable> Table(std::string_view name,
                           std::initializer_list<std::string_view> required) const;

  // Names of every file, for `warta lexicons` listings and tests.
  std::vector<std::string> Names() const;

 private:
  struct File {
    std::string source;   // "lexicons/titles.tsv" or "DIR/titles.tsv"
    bool overridden = false;
    std::string content;          // the override's bytes
    std::string_view embedded;    // the embedded bytes (static storage)
    std::string_view view() const { return overridden ? std::string_view(content) : embedded; }
  };
  std::map<std::string, File, std::less<>> files_;
};

}  // namespace warta

#endif  // WARTA_LEXICON_LEXICON_SET_H_
