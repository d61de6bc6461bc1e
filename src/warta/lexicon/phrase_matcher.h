// Vocabulary and PhraseMatcher: lexicon lookup over tokens with a token trie.
//
// At construction time (single-threaded):
//   Vocabulary vocab;
//   PhraseMatcher titles;
//   titles.Add(tokenizer, &vocab, "Wali Kota", /*exact_case=*/false, /*payload=*/7);
// Per article (any thread; both are read-only now):
//   vocab.Assign(&tokenized);                 // once, sets Token::word/base
//   for (auto m : titles.FindAll(tokenized, doc.text(), 0, n)) Use(m.payload);
//
// Matching is over folded tokens (case-insensitive) unless the entry was
// added with exact_case, then the text must match the phrase's case too. A
// phrase's last token also matches a word with a clitic ("ujar" matches
// "ujarnya"). Lookup cost is one hash probe per token step: never a regex per
// entry.
#ifndef WARTA_LEXICON_PHRASE_MATCHER_H_
#define WARTA_LEXICON_PHRASE_MATCHER_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "warta/tokenize/tokenizer.h"

namespace warta {

class Vocabulary {
 public:
  // The id of `folded`, adding it when new. Construction time only.
  uint32_t Intern(std::string_view folded);
  // The id of `folded`, or kNoWord.
  uint32_t Find(std::string_view folded) const;
  // Sets Token::word and Token::base for every token of *text.
  void Assign(TokenizedText* text) const;
  size_t size() const { return ids_.size(); }

 private:
  struct Hash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>()(s); }
  };
  std::unordered_map<std::string, uint32_t, Hash, std::equal_to<>> ids_;
};

class PhraseMatcher {
 public:
  struct Match {
    uint32_t begin = 0;  // first token
    uint32_t end = 0;    // one past the last token
    uint32_t payload = 0;
  };

  // Adds `phrase`; returns false (and adds nothing) when it has no tokens.
  // Several entries may share a phrase: all their payloads are returned.
  bool Add(const Tokenizer& tokenizer, Vocabulary* vocab, std::string_view phrase,
           bool exact_case, uint32_t payload);

  // Every entry matching at token `i` (not past token `limit`), longest first.
  void MatchesAt(const TokenizedText& tokens, std::string_view text, uint32_t i, uint32_t limit,
                 std::vector<Match>* out) const;
  // The longest match at token i; false when none.
  bool LongestAt(const TokenizedText& tokens, std::string_view text, uint32_t i, uint32_t limit,
                 Match* out) const;
  // Leftmost-longest, non-overlapping matches in tokens [first, last); for a
  // phrase with several entries, one Match per entry.
  std::vector<Match> FindAll(const TokenizedText& tokens, std::string_view text, uint32_t first,
                             uint32_t last) const;
  size_t size() const { return entries_; }

 private:
  struct Terminal {
    uint32_t payload;
    std::vector<std::string> exact;  // the phrase's tokens as written, if exact_case
  };
  struct Node {
    std::vector<Terminal> terminals;
  };
  static uint64_t Key(uint32_t node, uint32_t word) { return (uint64_t{node} << 32) | word; }
  uint32_t Next(uint32_t node, uint32_t word) const;

  std::vector<Node> nodes_ = std::vector<Node>(1);
  std::unordered_map<uint64_t, uint32_t> edges_;
  size_t entries_ = 0;
};

}  // namespace warta

#endif  // WARTA_LEXICON_PHRASE_MATCHER_H_
