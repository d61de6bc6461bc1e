// LayoutAnalyzer: what of an article is not article text, and its header.
//
//   StatusOr<LayoutAnalyzer> layout = LayoutAnalyzer::Create(lexicons);
//   Meta meta;
//   std::vector<Boilerplate> boilerplate;
//   layout->Analyze(doc, record_title, &meta, &boilerplate);
//
// Finds, on the cleaned text's lines:
// - the title: the record's title, else the first line when it looks like a
//   headline (short, no final period, followed by more text);
// - boilerplate (lexicons/boilerplate.tsv): "Baca Juga:" lines, widgets
//   ("SCROLL TO CONTINUE WITH CONTENT", "Comment"), credit lines, the title
//   repeated in the body and image captions (title + number);
// - the dateline at the start of the first body paragraph ("KalbarOnline,
//   Pontianak -", "PONTIANAK (ANTARA) -", "Jakarta, CNN Indonesia --"), split
//   into outlet (lexicons/outlets.tsv, or the shape of a site name) and place.
#ifndef WARTA_NORMALIZE_LAYOUT_H_
#define WARTA_NORMALIZE_LAYOUT_H_

#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "warta/lexicon/lexicon_set.h"
#include "warta/model.h"
#include "warta/normalize/document.h"
#include "warta/status.h"

namespace re2 {
class RE2;
}

namespace warta {

class LayoutAnalyzer {
 public:
  // Fails with kLexiconError on a bad boilerplate, outlets or regions lexicon
  // (including an RE2 pattern that does not compile).
  static StatusOr<LayoutAnalyzer> Create(const LexiconSet& lexicons);
  LayoutAnalyzer(LayoutAnalyzer&&) noexcept;
  LayoutAnalyzer& operator=(LayoutAnalyzer&&) noexcept;
  ~LayoutAnalyzer();

  // Fills meta->title/title_span/outlet/dateline_place/dateline_span and
  // appends boilerplate spans (sorted). Never fails.
  void Analyze(const Document& doc, std::string_view record_title, Meta* meta,
               std::vector<Boilerplate>* boilerplate) const;

 private:
  LayoutAnalyzer();
  enum class MatchKind { kLine, kPrefix, kLabel, kInline, kRegex };
  struct Rule {
    std::string pattern;
    std::string kind;
    MatchKind match;
    std::string rule;  // "boilerplate.tsv:LINE"
    std::unique_ptr<re2::RE2> regex;
  };
  void MatchLine(std::string_view line, uint32_t offset, std::vector<Boilerplate>* out) const;
  // Applies one rule to a line; true when it added a span.
  bool MatchRule(const Rule& r, std::string_view line, uint32_t offset,
                 std::vector<Boilerplate>* out) const;
  void FindDateline(const Document& doc, const std::vector<Span>& lines, Meta* meta) const;

  std::vector<Rule> rules_;
  std::unordered_map<std::string, std::string> outlets_;  // folded -> canonical
  std::unordered_set<std::string> places_;                // folded region names
  std::unique_ptr<re2::RE2> dateline_;
};

}  // namespace warta

#endif  // WARTA_NORMALIZE_LAYOUT_H_
