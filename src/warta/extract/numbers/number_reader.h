// Indonesian numbers: numerals ("98,78", "1.234.567", "1.234,5"), number words
// ("dua puluh tiga", "seratus", "setengah"), scales ("1,5 miliar", "500 rb"),
// money ("Rp1,5 miliar", "Rp 13,2 T", "5 juta rupiah") and percentages
// ("95 persen", "95%"), plus ordinals ("kedua", "ke-2", "ke 2").
//
//   std::optional<double> v = ParseNumeral("1.234,5");        // 1234.5
//   StatusOr<NumberReader> reader = NumberReader::Create(lexicons, tokenizer);
//   NumberMatch n;
//   if (reader->ReadAt(tokens, text, i, sentence.last, &n)) {
//     // tokens [n.begin, n.end) read as n.value; n.kind says money/percent/plain
//   }
//   int rank;
//   if (reader->ReadOrdinalAt(tokens, text, i, limit, &n)) rank = int(n.value);
//
// Word lists come from lexicons/number_words.tsv (docs/numbers.md). The reader
// is immutable after Create and safe to share between threads.
#ifndef WARTA_EXTRACT_NUMBERS_NUMBER_READER_H_
#define WARTA_EXTRACT_NUMBERS_NUMBER_READER_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "warta/extract/numbers/word_trie.h"
#include "warta/lexicon/lexicon_set.h"
#include "warta/status.h"
#include "warta/tokenize/tokenizer.h"

namespace warta {

// The value of a numeral written in digits the Indonesian way: '.' groups
// thousands and ',' is the decimal mark ("98,78" = 98.78, "1.234.567" =
// 1234567, "1.234,5" = 1234.5). A single '.' not followed by exactly three
// digits is read as a decimal point ("98.78" = 98.78); several ',' followed by
// three digits each are thousands ("1,234,567"). nullopt for anything else
// (letters, empty groups, "1..2", "09.00.00").
std::optional<double> ParseNumeral(std::string_view s);

// The value of an upper-case Roman numeral I..XXXIX ("III" = 3), else 0.
int ParseRoman(std::string_view s);

struct NumberMatch {
  enum class Kind { kPlain, kPercent, kMoney, kOrdinal };
  uint32_t begin = 0;  // first token
  uint32_t end = 0;    // one past the last token
  double value = 0;    // money in its currency's units (rupiah for IDR)
  Kind kind = Kind::kPlain;
  std::string currency;  // "IDR", "USD" for money, else empty
  bool digits = false;   // written with digits (else with words)
  bool vague = false;    // "beberapa", "puluhan": value unknown (0)
  bool scaled = false;   // a scale word was applied ("1,5 miliar")
};

class NumberReader {
 public:
  // Loads lexicons/number_words.tsv and currencies.tsv. Fails with
  // kLexiconError (file:line).
  static StatusOr<NumberReader> Create(const LexiconSet& lexicons, const Tokenizer& tokenizer);

  // Reads the cardinal, money amount or percentage starting at token i
  // (tokens before `limit` only) into *out. False when token i does not start
  // one. A currency prefix of lexicons/currencies.tsv ("Rp", "Rp.", "US$",
  // also joined: "Rp1,5") starts a money amount, a suffix ("rupiah", "dolar
  // AS", "euro") after it makes one too; "persen"/"%" make a percentage.
  bool ReadAt(const TokenizedText& tokens, std::string_view text, uint32_t i, uint32_t limit,
              NumberMatch* out) const;

  // The first words of number words and currency prefixes (for combined
  // pre-filters of other readers).
  void AddStarters(StarterSet* set) const {
    set->Add(trie_);
    set->Add(prefixes_);
  }
  // After construction and AddStarters calls: looks words up by the
  // Token::word ids of *vocab (see WordTrie::Intern); the tokens passed in
  // must then carry ids assigned by that Vocabulary.
  void Intern(Vocabulary* vocab) {
    trie_.Intern(vocab);
    prefixes_.Intern(vocab);
    suffixes_.Intern(vocab);
    starters_.Intern(vocab);
  }
  // The first words of number words only.
  void AddNumberStarters(StarterSet* set) const { set->Add(trie_); }

  // True when token i may start what ReadAt reads (a digit, a number word or
  // a currency symbol): a cheap test before ReadAt.
  bool MayStartAt(const TokenizedText& tokens, uint32_t i) const {
    return tokens.tokens[i].Has(kHasDigit) || starters_.At(tokens, i);
  }

  // Reads an ordinal at token i: "kedua", "ke-2", "ke 2", "ke-dua". kind is
  // kOrdinal. False when none.
  bool ReadOrdinalAt(const TokenizedText& tokens, std::string_view text, uint32_t i,
                     uint32_t limit, NumberMatch* out) const;

  // The value of a single number word ("tiga" = 3, "sepuluh" = 10), or
  // nullopt. Ordinals, scales and vague words are not plain number words.
  std::optional<double> WordValue(std::string_view folded) const;

 private:
  enum class WordKind { kUnit, kTeen, kTens, kHundreds, kGroup, kScale, kScaled, kMoneyScale,
                        kOrdinal, kFraction, kVague };
  struct Word {
    std::string word;  // as written in the lexicon (for money_scale's exact case)
    double value;
    WordKind kind;
  };
  NumberReader() = default;
  const Word* WordAt(const TokenizedText& tokens, uint32_t i) const;
  // Number words from token i; returns the end token or i when none.
  uint32_t ReadWords(const TokenizedText& tokens, uint32_t i, uint32_t limit, double* value,
                     bool* vague) const;

  std::vector<Word> words_;
  WordTrie trie_;  // folded word -> index in words_
  std::vector<std::string> codes_;  // currency codes
  WordTrie prefixes_, suffixes_;    // currency symbol -> index in codes_
  // Folded prefixes that may be written joined to the number ("rp" in "Rp1,5").
  std::vector<std::pair<std::string, uint32_t>> joined_;
  StarterSet starters_;  // first words of trie_ and prefixes_
};

}  // namespace warta

#endif  // WARTA_EXTRACT_NUMBERS_NUMBER_READER_H_
