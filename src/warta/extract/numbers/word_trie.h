// WordTrie: multi-token lexicon phrases looked up by their folded token text,
// for stages that must also run outside a Pipeline (the pure date and number
// readers, fuzz targets), where Token::word ids from a shared Vocabulary are
// not available.
//
//   WordTrie trie;
//   trie.Add(tokenizer.PhraseTokens("kemarin lusa"), /*payload=*/3);  // build time
//   WordTrie::Match m;
//   if (trie.LongestAt(tokens, i, sentence.last, &m)) Use(m.payloads, m.end);
//
// One hash probe per token step; case-insensitive (folded forms). A phrase's
// last token also matches a word carrying a clitic ("tahun" matches
// "tahunnya"). Immutable after construction, safe to share between threads.
#ifndef WARTA_EXTRACT_NUMBERS_WORD_TRIE_H_
#define WARTA_EXTRACT_NUMBERS_WORD_TRIE_H_

#include <algorithm>
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "warta/lexicon/phrase_matcher.h"
#include "warta/tokenize/tokenizer.h"

namespace warta {

class WordTrie {
 public:
  struct Match {
    uint32_t end = 0;                       // one past the last token
    const std::vector<uint32_t>* payloads;  // every entry of the phrase, in Add order
  };

  // Adds a phrase given as folded tokens; returns false when it has none.
  bool Add(const std::vector<std::string>& folded_tokens, uint32_t payload);

  // After the last Add: interns every word into *vocab and from then on
  // steps by Token::word / Token::base ids (set by vocab->Assign, as the
  // Pipeline does) instead of hashing the token text. Lookups on tokens
  // whose ids come from another Vocabulary, or were never assigned, find
  // nothing.
  void Intern(Vocabulary* vocab);

  // The longest phrase starting at token i, ending at or before `limit`.
  bool LongestAt(const TokenizedText& tokens, uint32_t i, uint32_t limit, Match* out) const;

  // True when some phrase is exactly token i alone (payloads in *out).
  bool WordAt(const TokenizedText& tokens, uint32_t i, Match* out) const {
    return LongestAt(tokens, i, i + 1, out);
  }

  // Calls f(end, payloads) for every phrase starting at token i and ending at
  // or before `limit`, shortest first.
  template <typename F>
  void ForEachAt(const TokenizedText& tokens, uint32_t i, uint32_t limit, F&& f) const {
    uint32_t node = 0;
    for (uint32_t k = i; k < limit && k < tokens.tokens.size(); ++k) {
      const Token& t = tokens.tokens[k];
      if (t.clitic_len) {
        uint32_t base = StepToken(node, tokens, t, true);
        if (base && !nodes_[base].payloads.empty()) f(k + 1, nodes_[base].payloads);
      }
      node = StepToken(node, tokens, t, false);
      if (!node) return;
      if (!nodes_[node].payloads.empty()) f(k + 1, nodes_[node].payloads);
    }
  }

  // True when some phrase starts with token i: one hash probe, for skipping
  // the many tokens that start nothing.
  bool StartsAt(const TokenizedText& tokens, uint32_t i) const {
    const Token& t = tokens.tokens[i];
    if (StepToken(0, tokens, t, false)) return true;
    return t.clitic_len && StepToken(0, tokens, t, true);
  }

  // The child of `node` for token t (its base form without the clitic when
  // `base`), or 0.
  uint32_t StepToken(uint32_t node, const TokenizedText& tokens, const Token& t, bool base) const {
    if (by_id_) return StepId(node, base ? t.base : t.word);
    std::string_view w = tokens.Folded(t);
    return Step(node, base ? w.substr(0, w.size() - t.clitic_len) : w);
  }
  bool by_id() const { return by_id_; }

  size_t size() const { return entries_; }

  // The folded first tokens of every phrase, for building a combined
  // StarterSet over several tries.
  std::vector<std::string> FirstWords() const {
    std::vector<std::string> out;
    for (const auto& [w, node] : nodes_[0].next) out.push_back(w);
    return out;
  }

 private:
  struct Hash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>()(s); }
  };
  struct Node {
    std::unordered_map<std::string, uint32_t, Hash, std::equal_to<>> next;
    std::vector<uint32_t> payloads;
  };
  uint32_t Step(uint32_t node, std::string_view word) const;
  uint32_t StepId(uint32_t node, uint32_t id) const {
    if (node == 0) return id < root_ids_.size() ? root_ids_[id] : 0;
    for (const auto& [word, child] : id_next_[node]) {
      if (word == id) return child;
    }
    return 0;
  }

  std::vector<Node> nodes_ = std::vector<Node>(1);
  size_t entries_ = 0;
  bool by_id_ = false;
  std::vector<uint32_t> root_ids_;  // word id -> child of the root, 0 = none
  std::vector<std::vector<std::pair<uint32_t, uint32_t>>> id_next_;  // other nodes: few children
};

// StarterSet: the first words of several tries in one set, so that a token
// that starts no phrase of any of them costs a few instructions: a table of
// (first byte, length) and a 64 Kbit filter on an FNV-1a hash answer most
// tokens without touching the hash set.
class StarterSet {
 public:
  void Add(const WordTrie& trie) {
    for (std::string& w : trie.FirstWords()) {
      if (w.empty()) continue;
      shapes_[static_cast<unsigned char>(w[0])] |= ShapeBit(w.size());
      uint32_t h = Fnv(w);
      bits_[(h >> 6) & 1023] |= uint64_t{1} << (h & 63);
      words_.insert(std::move(w));
    }
  }
  // After the last Add: interns the words and answers At by Token::word /
  // Token::base ids (see WordTrie::Intern).
  void Intern(Vocabulary* vocab) {
    for (const std::string& w : words_) {
      uint32_t id = vocab->Intern(w);
      if (id >= id_bits_.size()) id_bits_.resize(id + 1);
      id_bits_[id] = true;
    }
    by_id_ = true;
  }
  // True when token i (or its form without a clitic) is a first word.
  bool At(const TokenizedText& tokens, uint32_t i) const {
    const Token& t = tokens.tokens[i];
    if (by_id_) {
      return (t.word < id_bits_.size() && id_bits_[t.word]) ||
             (t.clitic_len && t.base < id_bits_.size() && id_bits_[t.base]);
    }
    std::string_view w = tokens.Folded(t);
    if (Has(w)) return true;
    return t.clitic_len && Has(w.substr(0, w.size() - t.clitic_len));
  }

 private:
  static uint32_t Fnv(std::string_view s) {
    uint32_t h = 2166136261u;
    for (char c : s) h = (h ^ static_cast<unsigned char>(c)) * 16777619u;
    return h;
  }
  static uint32_t ShapeBit(size_t len) { return uint32_t{1} << std::min<size_t>(len, 31); }
  bool Has(std::string_view w) const {
    // First byte and length, then the hash filter, then the set.
    if (w.empty() || !(shapes_[static_cast<unsigned char>(w[0])] & ShapeBit(w.size()))) {
      return false;
    }
    uint32_t h = Fnv(w);
    if (!(bits_[(h >> 6) & 1023] & (uint64_t{1} << (h & 63)))) return false;
    return words_.find(w) != words_.end();
  }
  struct Hash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>()(s); }
  };
  bool by_id_ = false;
  std::vector<bool> id_bits_;  // by word id, after Intern
  uint32_t shapes_[256] = {};  // by first byte: a bit per length
  uint64_t bits_[1024] = {};
  std::unordered_set<std::string, Hash, std::equal_to<>> words_;
};

}  // namespace warta

#endif  // WARTA_EXTRACT_NUMBERS_WORD_TRIE_H_
