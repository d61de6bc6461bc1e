// Tokenizer: words and sentences of a cleaned text, with ICU plus Indonesian
// rules.
//
//   StatusOr<Tokenizer> tok = Tokenizer::Create(lexicons);  // once, shared
//   Tokenizer::State state = tok->NewState();               // once per thread
//   TokenizedText out;
//   tok->Tokenize(doc.text(), excluded_spans, &state, &out);
//   for (const Token& t : out.tokens) Use(out.Folded(t));
//
// ICU's word BreakIterator gives the base segmentation; then adjacent pieces
// are joined: "berturut-turut", "COVID-19", "ke-71" (hyphen), "29/12",
// "24/4/2024" (slash between numbers), "Kab.", "S.H.", "M.Si." (an
// abbreviation from lexicons/abbreviations.tsv or a letter-dot pattern).
// "98,78", "1.234.567" and "Rp1,5" are single ICU tokens already. Sentences
// come from ICU's sentence BreakIterator, with breaks after the abbreviations
// suppressed, and every line break also ends a sentence. Tokens inside
// `excluded` spans (boilerplate) are dropped and end the sentence.
#ifndef WARTA_TOKENIZE_TOKENIZER_H_
#define WARTA_TOKENIZE_TOKENIZER_H_

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "warta/lexicon/lexicon_set.h"
#include "warta/span.h"
#include "warta/status.h"

#include <unicode/uversion.h>

U_NAMESPACE_BEGIN
class BreakIterator;
U_NAMESPACE_END

namespace warta {

enum TokenFlag : uint16_t {
  kCapitalized = 1 << 0,  // first letter upper case: "Pontianak", "BKD"
  kAllCaps = 1 << 1,      // two or more letters, all upper case: "BKD"
  kDigits = 1 << 2,       // only digits: "2021"
  kHasDigit = 1 << 3,     // some digit: "98,78", "ke-71", "B2W"
  kPunct = 1 << 4,        // no letter or digit: ",", "(", "\""
  kAlpha = 1 << 5,        // only letters (and inner dots of abbreviations)
  kHyphenated = 1 << 6,   // joined with '-': "berturut-turut"
  kAbbrev = 1 << 7,       // ends with '.', joined: "Kab.", "S.H."
  kSpaceBefore = 1 << 8,  // preceded by whitespace (or text start)
  kLineStart = 1 << 9,    // first token of a line
  kNumber = 1 << 10,      // an Indonesian number form: "98,78", "1.234.567"
};

constexpr uint32_t kNoWord = 0xFFFFFFFF;

struct Token {
  Span span;                // cleaned-text bytes
  uint32_t fold_begin = 0;  // the folded (lower-cased) form in TokenizedText::folded
  uint16_t fold_len = 0;
  uint16_t flags = 0;
  uint16_t clitic_len = 0;  // bytes of a trailing -nya/-lah/-kah/-pun, else 0
  uint32_t word = kNoWord;  // Vocabulary id of the folded form
  uint32_t base = kNoWord;  // Vocabulary id without the clitic

  bool Has(TokenFlag f) const { return (flags & f) != 0; }
};

struct Sentence {
  uint32_t first = 0;  // index of the first token
  uint32_t last = 0;   // one past the last token
  Span span;
};

struct TokenizedText {
  std::vector<Token> tokens;
  std::vector<Sentence> sentences;
  std::string folded;  // arena of folded token forms

  std::string_view Folded(const Token& t) const {
    return std::string_view(folded).substr(t.fold_begin, t.fold_len);
  }
  // Index of the sentence holding token i.
  uint32_t SentenceOf(uint32_t token) const;
  void Clear();
};

class Tokenizer {
 public:
  // Per-thread clones of the ICU iterators; not shareable between threads.
  class State {
   public:
    State();
    State(State&&) noexcept;
    State& operator=(State&&) noexcept;
    ~State();

   private:
    friend class Tokenizer;
    struct Buffers;  // per-article scratch reused across calls (no per-article allocation)
    std::unique_ptr<icu::BreakIterator> words_;
    std::unique_ptr<icu::BreakIterator> sentences_;
    std::unique_ptr<Buffers> buffers_;
  };

  // Builds the tokenizer with lexicons/abbreviations.tsv. Fails with
  // kLexiconError on a bad lexicon, kInternal when ICU has no break rules.
  static StatusOr<Tokenizer> Create(const LexiconSet& lexicons);
  Tokenizer(Tokenizer&&) noexcept;
  Tokenizer& operator=(Tokenizer&&) noexcept;
  ~Tokenizer();

  State NewState() const;

  // Tokenizes `text` (valid UTF-8) into *out (cleared first). Never fails.
  void Tokenize(std::string_view text, const std::vector<Span>& excluded, State* state,
                TokenizedText* out) const;

  // Folded forms of the tokens of a lexicon phrase, e.g. "Kab. Bogor" ->
  // {"kab.", "bogor"}. Uses a temporary state; for construction time only.
  std::vector<std::string> PhraseTokens(std::string_view phrase) const;

 private:
  Tokenizer() = default;
  std::unique_ptr<icu::BreakIterator> words_;
  std::unique_ptr<icu::BreakIterator> sentences_;
  std::unordered_set<std::string> abbreviations_;  // folded, with the final '.'
};

// The validation message for a lexicon entry that must be one token but is
// `tokens` tokens: it names the usual cause, a final period that
// abbreviations.tsv does not list.
std::string OneWordError(std::string_view word, size_t tokens);

// Appends the lower-case (simple case folding) form of `s` to *out.
void FoldCase(std::string_view s, std::string* out);

}  // namespace warta

#endif  // WARTA_TOKENIZE_TOKENIZER_H_
