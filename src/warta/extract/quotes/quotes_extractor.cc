#include "warta/extract/quotes/quotes_extractor.h"

#include <algorithm>
#include <unordered_map>

#include "warta/extract/regions/region_matcher.h"

namespace warta {

StatusOr<std::unique_ptr<Extractor>> QuotesExtractor::Create(BuildContext& ctx) {
  std::unique_ptr<QuotesExtractor> e(new QuotesExtractor());
  StatusOr<TsvTable> verbs = ctx.lexicons.Table("quote_verbs", {"verb", "position"});
  if (!verbs.ok()) return verbs.status();
  int verb = verbs->Column("verb"), position = verbs->Column("position");
  for (const TsvRow& row : verbs->rows()) {
    const std::string& p = row.fields[position];
    char c = p == "after"     ? 'a'
             : p == "before"  ? 'b'
             : p == "both"    ? 'x'
             : p == "pronoun" ? 'p'
                              : 0;
    if (c == 0) return verbs->Error(row, "position must be after, before, both or pronoun");
    uint32_t index = static_cast<uint32_t>(e->verbs_info_.size());
    e->verbs_info_.push_back(Verb{c, verbs->source() + ":" + std::to_string(row.line)});
    if (!e->verbs_.Add(ctx.tokenizer, ctx.vocabulary, row.fields[verb], false, index))
      return verbs->Error(row, "empty verb");
  }
  return std::unique_ptr<Extractor>(std::move(e));
}

void QuotesExtractor::Extract(ArticleContext& ctx) const {
  const TokenizedText& tokens = ctx.tokens;
  std::string_view text = ctx.doc.text();
  const uint32_t n = static_cast<uint32_t>(tokens.tokens.size());
  if (n == 0) return;

  // Official mentions by position.
  struct Mention {
    Span span;
    size_t official;
  };
  std::vector<Mention> mentions;
  for (size_t o = 0; o < ctx.result.officials.size(); ++o) {
    for (const Span& s : ctx.result.officials[o].mentions) mentions.push_back(Mention{s, o});
  }
  std::sort(mentions.begin(), mentions.end(),
            [](const Mention& x, const Mention& y) { return x.span < y.span; });
  std::unordered_map<uint32_t, size_t> starts_at, ends_at;  // byte offset -> official
  for (const Mention& m : mentions) {
    starts_at.emplace(m.span.begin, m.official);
    ends_at[m.span.end] = m.official;
  }
  // The last mention ending at or before a byte: mentions sorted by end, one
  // binary search per quotation.
  std::vector<Mention> by_end = mentions;
  std::stable_sort(by_end.begin(), by_end.end(),
                   [](const Mention& x, const Mention& y) { return x.span.end < y.span.end; });
  auto last_before = [&](uint32_t byte) -> long {
    auto it = std::upper_bound(by_end.begin(), by_end.end(), byte,
                               [](uint32_t b, const Mention& m) { return b < m.span.end; });
    return it == by_end.begin() ? -1 : static_cast<long>(std::prev(it)->official);
  };
  auto verb_at = [&](uint32_t k, uint32_t limit, PhraseMatcher::Match* m) {
    return k < limit && verbs_.LongestAt(tokens, text, k, limit, m);
  };
  auto is_text = [&](uint32_t k, std::string_view s) {
    return k < n && TokenText(tokens, text, k) == s;
  };

  // Officials by the words of their names ("Hendra" for Hendra Kusnadi);
  // -2 when two officials share the word.
  std::unordered_map<std::string, long> name_words;
  auto add_words = [&](std::string_view name, long o) {
    size_t b = 0;
    while (b < name.size()) {
      size_t e = name.find(' ', b);
      if (e == std::string_view::npos) e = name.size();
      if (e - b > 2) {
        std::string w;
        FoldCase(name.substr(b, e - b), &w);
        auto [it, fresh] = name_words.emplace(w, o);
        if (!fresh && it->second != o) it->second = -2;
      }
      b = e + 1;
    }
  };
  for (size_t o = 0; o < ctx.result.officials.size(); ++o) {
    add_words(ctx.result.officials[o].name, static_cast<long>(o));
  }
  // Nicknames the article ties to the official ("Jokowi"): one-word mentions.
  for (const Mention& m : mentions) {
    std::string_view w = ctx.doc.Slice(m.span);
    if (w.find(' ') == std::string_view::npos) add_words(w, static_cast<long>(m.official));
  }
  // The subject of the nearest speaking verb before a quotation that a
  // pronoun verb ("ujarnya") closes, in its paragraph or the one before:
  // "Warga X, Siti (58), mengatakan ...", "Hendra, yang juga Ketua RT,
  // menjelaskan ...". Returns false when there is none or it is a pronoun;
  // else *who is the official, or -1 for a person who is none (a resident,
  // a company's staff).
  auto subject_before = [&](uint32_t open, long* who) {
    int lines = 0;
    for (uint32_t k = open; k-- > 0;) {
      const Token& t = tokens.tokens[k];
      if (is_text(k, "\"")) return false;
      // An official named after the subject's verb is the nearer speaker.
      if (ends_at.count(t.span.end)) return false;
      PhraseMatcher::Match v;
      if (!t.Has(kCapitalized) && !t.Has(kLineStart) && k > 0 && verb_at(k, n, &v) &&
          (verbs_info_[v.payload].position == 'b' || verbs_info_[v.payload].position == 'x')) {
        // An official named in the verb's clause is its subject ("Gubernur
        // Bengkulu Rohidin di Bengkulu, Selasa, menyebutkan").
        for (uint32_t c = k; c-- > 0 && k - c <= 60;) {
          auto o = ends_at.find(tokens.tokens[c].span.end);
          if (o != ends_at.end()) {
            *who = static_cast<long>(o->second);
            return true;
          }
          if (is_text(c, ".") || is_text(c, "\"") || tokens.tokens[c].Has(kLineStart)) break;
        }
        uint32_t s = k - 1;
        if (is_text(s, ",")) {
          // An apposition between commas: the name inside it, or, for a
          // relative clause ("yang juga Ketua RT"), the name before it.
          uint32_t c = s;
          while (c > 0 && s - c < 14 && !is_text(c - 1, ",") && !is_text(c - 1, ".") &&
                 !tokens.tokens[c].Has(kLineStart))
            --c;
          if (c == 0 || !is_text(c - 1, ",")) return false;
          s = is_text(c, "yang") && c >= 2 ? c - 2 : k - 2;
        }
        if (is_text(s, ")")) {
          while (s > 0 && !is_text(s, "(")) --s;
          if (s == 0) return false;
          --s;
        }
        auto it = ends_at.find(tokens.tokens[s].span.end);
        if (it != ends_at.end()) {
          *who = static_cast<long>(it->second);
          return true;
        }
        PhraseMatcher::Match pr;
        // "Ia menyebut ...": a pronoun subject points back further.
        if (!IsCapitalizedWord(tokens.tokens[s]) ||
            (verb_at(s, s + 1, &pr) && verbs_info_[pr.payload].position == 'p'))
          return false;
        std::string w;
        FoldCase(TokenText(tokens, text, s), &w);
        auto nw = name_words.find(w);
        if (nw != name_words.end() && nw->second == -2) return false;
        *who = nw == name_words.end() ? -1 : nw->second;
        return true;
      }
      if (t.Has(kLineStart) && ++lines == 2) return false;
    }
    return false;
  };

  auto attribute = [&](uint32_t open, uint32_t close, std::string* speaker, std::string* rule) {
    uint32_t quote_begin = tokens.tokens[open].span.begin;
    PhraseMatcher::Match m;
    // After the quotation: '"...," ujarnya' / '"...," kata Edi'.
    uint32_t k = close + 1;
    if (is_text(k, ",")) ++k;
    if (verb_at(k, n, &m) && verbs_info_[m.payload].position != 'b' &&
        verbs_info_[m.payload].position != 'p') {
      *rule = verbs_info_[m.payload].line;
      const Token& last = tokens.tokens[m.end - 1];
      std::string_view f = tokens.Folded(last);
      bool nya = last.clitic_len > 0 || (f.size() > 3 && f.substr(f.size() - 3) == "nya");
      long who = -1;
      PhraseMatcher::Match p;
      if (nya || (verb_at(m.end, n, &p) && verbs_info_[p.payload].position == 'p')) {
        if (!subject_before(open, &who)) who = last_before(quote_begin);
      } else if (m.end < n) {
        auto it = starts_at.find(tokens.tokens[m.end].span.begin);
        if (it != starts_at.end()) who = static_cast<long>(it->second);
      }
      if (who >= 0) *speaker = ctx.result.officials[who].id;
      return true;
    }
    // Before it: 'Edi mengatakan, "..."', 'menurut Edi, "..."', 'Edi: "..."'.
    if (open == 0) return false;
    bool colon = is_text(open - 1, ":");
    uint32_t q = (colon || is_text(open - 1, ",")) ? open - 1 : open;
    if (q == 0) return false;
    uint32_t w = q - 1;  // the last word before the quotation
    auto before_verb = [&](uint32_t at, uint32_t end, PhraseMatcher::Match* v) {
      return verb_at(at, end, v) && v->end == end && verbs_info_[v->payload].position != 'a' &&
             verbs_info_[v->payload].position != 'p';
    };
    long who = -1;
    if (before_verb(w, q, &m)) {
      // "Edi mengatakan," / "dia menegaskan,": the speaker before the verb.
      *rule = verbs_info_[m.payload].line;
      if (w > 0) {
        auto it = ends_at.find(tokens.tokens[w - 1].span.end);
        PhraseMatcher::Match pr;
        if (it != ends_at.end()) {
          who = static_cast<long>(it->second);
        } else if (verb_at(w - 1, w, &pr) && verbs_info_[pr.payload].position == 'p') {
          who = last_before(quote_begin);
        }
      }
      if (who >= 0) *speaker = ctx.result.officials[who].id;
      return true;
    }
    auto it = ends_at.find(tokens.tokens[w].span.end);
    if (it == ends_at.end()) return false;
    // "menurut Edi," / "Edi:": the verb before the mention, or a colon.
    uint32_t mention_begin = tokens.tokens[w].span.begin;
    auto same_end = std::lower_bound(by_end.begin(), by_end.end(), tokens.tokens[w].span.end,
                                     [](const Mention& m, uint32_t e) { return m.span.end < e; });
    for (; same_end != by_end.end() && same_end->span.end == tokens.tokens[w].span.end;
         ++same_end) {
      if (same_end->official == it->second)
        mention_begin = std::min(mention_begin, same_end->span.begin);
    }
    uint32_t t = w;
    while (t > 0 && tokens.tokens[t].span.begin > mention_begin) --t;
    bool menurut = t > 0 && before_verb(t - 1, t, &m);
    if (!menurut && !colon) return false;
    *rule = menurut ? verbs_info_[m.payload].line : std::string("quote.colon");
    *speaker = ctx.result.officials[it->second].id;
    return true;
  };

  long open = -1;
  for (uint32_t k = 0; k < n; ++k) {
    const Token& t = tokens.tokens[k];
    if (t.Has(kLineStart)) open = -1;  // a quotation does not cross a line
    if (TokenText(tokens, text, k) != "\"") continue;
    if (open < 0) {
      open = k;
      continue;
    }
    uint32_t o = static_cast<uint32_t>(open);
    open = -1;
    if (k - o < 3) continue;  // a quoted word or two
    std::string speaker, rule;
    if (!attribute(o, k, &speaker, &rule)) continue;
    Quote q;
    q.span = Span{tokens.tokens[o].span.begin, t.span.end};
    q.speaker = speaker;
    q.provenance = Provenance{rule, speaker.empty() ? Confidence::kMedium : Confidence::kHigh};
    ctx.result.quotes.push_back(std::move(q));
  }
}

}  // namespace warta
