// DateFinder: Indonesian temporal expressions of a tokenized article,
// normalised to TIMEX3-style values (docs/dates.md lists every form).
//
//   // Once (lexicons/months.tsv, weekdays.tsv, date_words.tsv, number_words.tsv):
//   StatusOr<DateFinder> finder = DateFinder::Create(lexicons, tokenizer);
//   // Per article, any thread:
//   DateContext ctx;
//   ctx.published = "2021-12-30";           // or leave empty and let the text decide
//   DateResult r = finder->Find(doc.text(), tokens, ctx);
//   for (const DateExpr& d : r.dates) Use(d.span, d.value);  // "2021-12-29", "P10Y", ...
//   Use(r.reference_date, r.reference_source);               // "2021-12-29", "input"
//
// Or, without building anything (embedded lexicons, built on first use):
//   std::vector<DateExpr> dates = FindDates(doc, tokens, ctx);
//
// The reference date that relative and year-less expressions are resolved
// against is, in order: ctx.published ("input"), a full date inside
// ctx.dateline ("dateline"), ctx.default_published ("option"), else derived
// from the text ("text": the most specific full date; else the year the
// article states, checked against a written weekday + day/month), else none.
// Without a reference, unresolvable parts are X ("XXXX-12-29"), never guessed.
//
// Spans are byte ranges of the text the tokens were made from. Find never
// fails; an article without temporal expressions gives an empty list.
#ifndef WARTA_EXTRACT_DATES_DATE_FINDER_H_
#define WARTA_EXTRACT_DATES_DATE_FINDER_H_

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "warta/extract/numbers/number_reader.h"
#include "warta/extract/numbers/word_trie.h"
#include "warta/lexicon/lexicon_set.h"
#include "warta/model.h"
#include "warta/normalize/document.h"
#include "warta/span.h"
#include "warta/status.h"
#include "warta/tokenize/tokenizer.h"

namespace warta {

struct DateContext {
  std::string published;          // the input record's date, ISO, or empty
  std::optional<Span> dateline;   // the dateline's span (Meta::dateline_span)
  std::string default_published;  // --published, ISO, or empty
};

struct DateResult {
  std::vector<DateExpr> dates;         // in text order, non-overlapping
  std::string reference_date;          // ISO date or empty
  std::string reference_source = "none";  // input, dateline, option, text, none
};

class DateFinder {
 public:
  // Loads and validates the date lexicons. Fails with kLexiconError naming
  // the file and line. With a `vocabulary` (a Pipeline's, BuildContext::
  // vocabulary; not owned, must outlive nothing: the words are interned
  // here), Find looks words up by the tokens' Token::word ids, which must be
  // assigned by that Vocabulary (the Pipeline does). Without one, the finder
  // keeps its own and assigns ids to a copy of the tokens in each Find.
  static StatusOr<DateFinder> Create(const LexiconSet& lexicons, const Tokenizer& tokenizer,
                                     Vocabulary* vocabulary = nullptr);
  DateFinder(DateFinder&&) noexcept;
  DateFinder& operator=(DateFinder&&) noexcept;
  ~DateFinder();

  // Finds and resolves the temporal expressions of `tokens` (made from
  // `text`). Thread-safe. Never fails.
  DateResult Find(std::string_view text, const TokenizedText& tokens,
                  const DateContext& ctx) const;

  struct Lexicon;  // the loaded word lists (date_finder.cc)

 private:
  DateFinder();
  std::unique_ptr<Lexicon> lex_;
};

// FindDates with a DateFinder built once from the embedded lexicons. Returns
// an empty list if the embedded lexicons do not load (a build defect).
std::vector<DateExpr> FindDates(const Document& doc, const TokenizedText& tokens,
                                const DateContext& ctx);

}  // namespace warta

#endif  // WARTA_EXTRACT_DATES_DATE_FINDER_H_
