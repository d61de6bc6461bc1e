#include "warta/extract/numbers/word_trie.h"

namespace warta {

bool WordTrie::Add(const std::vector<std::string>& folded_tokens, uint32_t payload) {
  if (folded_tokens.empty()) return false;
  uint32_t node = 0;
  for (const std::string& w : folded_tokens) {
    auto it = nodes_[node].next.find(w);
    if (it == nodes_[node].next.end()) {
      uint32_t id = static_cast<uint32_t>(nodes_.size());
      nodes_[node].next.emplace(w, id);
      nodes_.emplace_back();
      node = id;
    } else {
      node = it->second;
    }
  }
  nodes_[node].payloads.push_back(payload);
  ++entries_;
  return true;
}

void WordTrie::Intern(Vocabulary* vocab) {
  id_next_.assign(nodes_.size(), {});
  root_ids_.clear();
  for (uint32_t n = 0; n < nodes_.size(); ++n) {
    for (const auto& [w, child] : nodes_[n].next) {
      uint32_t id = vocab->Intern(w);
      if (n == 0) {
        if (id >= root_ids_.size()) root_ids_.resize(id + 1, 0);
        root_ids_[id] = child;
      } else {
        id_next_[n].emplace_back(id, child);
      }
    }
  }
  by_id_ = true;
}

uint32_t WordTrie::Step(uint32_t node, std::string_view word) const {
  auto it = nodes_[node].next.find(word);
  return it == nodes_[node].next.end() ? 0 : it->second;
}

bool WordTrie::LongestAt(const TokenizedText& tokens, uint32_t i, uint32_t limit,
                         Match* out) const {
  uint32_t node = 0;
  bool found = false;
  for (uint32_t k = i; k < limit && k < tokens.tokens.size(); ++k) {
    const Token& t = tokens.tokens[k];
    if (t.clitic_len) {
      // The base form may end a phrase: "tahunnya" ends "setiap tahun".
      uint32_t base = StepToken(node, tokens, t, true);
      if (base && !nodes_[base].payloads.empty()) {
        out->end = k + 1;
        out->payloads = &nodes_[base].payloads;
        found = true;
      }
    }
    node = StepToken(node, tokens, t, false);
    if (!node) break;
    if (!nodes_[node].payloads.empty()) {
      out->end = k + 1;
      out->payloads = &nodes_[node].payloads;
      found = true;
    }
  }
  return found;
}

}  // namespace warta
