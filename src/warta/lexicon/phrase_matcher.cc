#include "warta/lexicon/phrase_matcher.h"

namespace warta {

uint32_t Vocabulary::Intern(std::string_view folded) {
  auto it = ids_.find(folded);
  if (it != ids_.end()) return it->second;
  uint32_t id = static_cast<uint32_t>(ids_.size());
  ids_.emplace(std::string(folded), id);
  return id;
}

uint32_t Vocabulary::Find(std::string_view folded) const {
  auto it = ids_.find(folded);
  return it == ids_.end() ? kNoWord : it->second;
}

void Vocabulary::Assign(TokenizedText* text) const {
  for (Token& t : text->tokens) {
    std::string_view f = text->Folded(t);
    t.word = Find(f);
    t.base = t.clitic_len ? Find(f.substr(0, f.size() - t.clitic_len)) : kNoWord;
  }
}

bool PhraseMatcher::Add(const Tokenizer& tokenizer, Vocabulary* vocab, std::string_view phrase,
                        bool exact_case, uint32_t payload) {
  std::vector<std::string> words = tokenizer.PhraseTokens(phrase);
  if (words.empty()) return false;
  uint32_t node = 0;
  for (const std::string& w : words) {
    uint32_t id = vocab->Intern(w);
    auto [it, inserted] = edges_.emplace(Key(node, id), static_cast<uint32_t>(nodes_.size()));
    if (inserted) nodes_.emplace_back();
    node = it->second;
  }
  Terminal term{payload, {}};
  if (exact_case) {
    // The phrase's own tokens, in its case: re-tokenize without folding.
    {
      Tokenizer::State state = tokenizer.NewState();
      TokenizedText t;
      tokenizer.Tokenize(phrase, {}, &state, &t);
      for (const Token& tok : t.tokens) {
        term.exact.emplace_back(phrase.substr(tok.span.begin, tok.span.size()));
      }
    }
  }
  nodes_[node].terminals.push_back(std::move(term));
  ++entries_;
  return true;
}

uint32_t PhraseMatcher::Next(uint32_t node, uint32_t word) const {
  if (word == kNoWord) return 0;
  auto it = edges_.find(Key(node, word));
  return it == edges_.end() ? 0 : it->second;
}

void PhraseMatcher::MatchesAt(const TokenizedText& tokens, std::string_view text, uint32_t i,
                              uint32_t limit, std::vector<Match>* out) const {
  size_t first_out = out->size();
  uint32_t node = 0;
  for (uint32_t k = i; k < limit && k < tokens.tokens.size(); ++k) {
    const Token& t = tokens.tokens[k];
    uint32_t plain = Next(node, t.word);
    // A clitic form ends a phrase: "ujarnya" matches an entry "ujar".
    uint32_t with_clitic = Next(node, t.base);
    if (with_clitic == plain) with_clitic = 0;
    for (uint32_t candidate : {with_clitic, plain}) {
      if (candidate == 0) continue;
      for (const Terminal& term : nodes_[candidate].terminals) {
        if (!term.exact.empty()) {
          bool same = term.exact.size() == k + 1 - i;
          for (size_t j = 0; same && j < term.exact.size(); ++j) {
            const Span& s = tokens.tokens[i + j].span;
            same = text.substr(s.begin, s.size()) == term.exact[j];
          }
          if (!same) continue;
        }
        out->push_back(Match{i, k + 1, term.payload});
      }
    }
    if (plain == 0) break;
    node = plain;
  }
  // Longest first.
  for (size_t a = first_out, b = out->size(); a + 1 < b; ++a, --b) std::swap((*out)[a], (*out)[b - 1]);
}

bool PhraseMatcher::LongestAt(const TokenizedText& tokens, std::string_view text, uint32_t i,
                              uint32_t limit, Match* out) const {
  std::vector<Match> all;
  MatchesAt(tokens, text, i, limit, &all);
  if (all.empty()) return false;
  *out = all.front();
  return true;
}

std::vector<PhraseMatcher::Match> PhraseMatcher::FindAll(const TokenizedText& tokens,
                                                         std::string_view text, uint32_t first,
                                                         uint32_t last) const {
  std::vector<Match> out;
  std::vector<Match> here;
  for (uint32_t i = first; i < last;) {
    here.clear();
    MatchesAt(tokens, text, i, last, &here);
    if (here.empty()) {
      ++i;
      continue;
    }
    uint32_t end = here.front().end;
    for (const Match& m : here) {
      if (m.end == end) out.push_back(m);
    }
    i = end;
  }
  return out;
}

}  // namespace warta
