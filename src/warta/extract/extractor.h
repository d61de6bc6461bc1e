// Extractor: one extraction stage. The pipeline runs its extractors in a
// fixed order over one article; each reads the document, the tokens and what
// earlier stages found, and adds its own results.
//
//   class MyExtractor : public Extractor {
//    public:
//     std::string_view name() const override { return "my"; }
//     void Extract(ArticleContext& ctx) const override {
//       for (const Sentence& s : ctx.tokens.sentences) ...;
//       ctx.result.dates.push_back(...);
//     }
//   };
//
// Extractors are built once (BuildContext gives the lexicons, the tokenizer
// and the vocabulary to intern phrases into) and are then immutable: Extract
// is const and runs concurrently on many articles. Per-article state lives in
// ArticleContext only.
#ifndef WARTA_EXTRACT_EXTRACTOR_H_
#define WARTA_EXTRACT_EXTRACTOR_H_

#include <memory>
#include <string_view>

#include "warta/lexicon/lexicon_set.h"
#include "warta/lexicon/phrase_matcher.h"
#include "warta/model.h"
#include "warta/normalize/document.h"
#include "warta/status.h"
#include "warta/tokenize/tokenizer.h"

namespace warta {

// What an extractor may use while it is built.
struct BuildContext {
  const LexiconSet& lexicons;
  const Tokenizer& tokenizer;
  Vocabulary* vocabulary;  // intern every phrase a PhraseMatcher will need
};

// One article being processed.
struct ArticleContext {
  const Document& doc;
  const TokenizedText& tokens;
  Extraction& result;
  std::string_view default_published;  // --published, ISO date or empty
};

class Extractor {
 public:
  virtual ~Extractor() = default;
  // A short stable name, used in rule names and timing breakdowns.
  virtual std::string_view name() const = 0;
  // Adds what this stage finds to ctx.result. Never fails: an article that
  // yields nothing gets empty arrays.
  virtual void Extract(ArticleContext& ctx) const = 0;
};

}  // namespace warta

#endif  // WARTA_EXTRACT_EXTRACTOR_H_
