// QuotesExtractor: direct quotations and the official they are attributed to.
//
//   registered in extract/registry.cc after OfficialsExtractor, whose mentions
//   (ctx.result.officials) it reads.
//
// A quotation is a pair of '"' on one line (the cleaner folds curly quotes to
// '"'). It is reported when a speech verb from lexicons/quote_verbs.tsv
// attributes it:
//   "...," ujarnya / tuturnya / katanya   -> the last official mentioned before
//   "...," kata Edi / ujar Wali Kota      -> the official that mention belongs to
//   "...," kata dia                       -> the last official mentioned before
//   Edi mengatakan, "..." / menurut Edi, "..." / Edi: "..."
// A quotation attributed to someone who is not an official keeps an empty
// speaker; unattributed quoted words (scare quotes, titles) are not reported.
#ifndef WARTA_EXTRACT_QUOTES_QUOTES_EXTRACTOR_H_
#define WARTA_EXTRACT_QUOTES_QUOTES_EXTRACTOR_H_

#include <memory>
#include <vector>

#include "warta/extract/extractor.h"

namespace warta {

class QuotesExtractor : public Extractor {
 public:
  // Fails with kLexiconError when quote_verbs.tsv is invalid.
  static StatusOr<std::unique_ptr<Extractor>> Create(BuildContext& ctx);
  std::string_view name() const override { return "quotes"; }
  void Extract(ArticleContext& ctx) const override;

 private:
  struct Verb {
    char position;  // 'a' after, 'b' before, 'x' both, 'p' pronoun
    std::string line;
  };
  QuotesExtractor() = default;
  PhraseMatcher verbs_;  // payload: verbs_info_ index
  std::vector<Verb> verbs_info_;
};

}  // namespace warta

#endif  // WARTA_EXTRACT_QUOTES_QUOTES_EXTRACTOR_H_
