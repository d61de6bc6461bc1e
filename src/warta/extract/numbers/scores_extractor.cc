#include "warta/extract/numbers/scores_extractor.h"

#include <algorithm>
#include <optional>

#include "warta/extract/numbers/number_reader.h"
#include "warta/extract/numbers/word_trie.h"
#include "warta/lexicon/tsv.h"

namespace warta {
namespace {

// How many tokens may separate a trigger from its number ("Indeks Kepuasan
// Masyarakat (IKM) Kota Pontianak mencapai 85,4").
constexpr uint32_t kWindow = 8;
// An achievement percentage may come further on ("Capaian itu lebih baik
// dibanding periode yang sama tahun lalu yang hanya menyentuh 64,2 persen").
constexpr uint32_t kPercentWindow = 16;
// Lowercase words naming what is measured, right before the number ("indeks
// inovasi 94,7"); more and the number is about something else.
constexpr uint32_t kMaxQualifier = 1;

// True when tokens [b, e) overlap a date found earlier.
bool InDate(const ArticleContext& ctx, uint32_t b, uint32_t e) {
  Span s{ctx.tokens.tokens[b].span.begin, ctx.tokens.tokens[e - 1].span.end};
  for (const DateExpr& d : ctx.result.dates) {
    if (d.span.Overlaps(s)) return true;
  }
  return false;
}

bool LooksLikeYear(const NumberMatch& n) {
  return n.digits && !n.scaled && n.kind == NumberMatch::Kind::kPlain && n.end == n.begin + 1 &&
         n.value >= 1900 && n.value <= 2100 && n.value == static_cast<int>(n.value);
}

class ScoresExtractor : public Extractor {
 public:
  enum class Takes { kAny, kPercent, kBefore, kNever, kNotAfter, kNotBefore, kLink, kLevel,
                     kCompare, kBound, kStop };
  struct Trigger {
    std::string kind;
    Takes takes;
    std::string rule;
  };

  ScoresExtractor(NumberReader numbers, WordTrie trie, std::vector<Trigger> triggers)
      : numbers_(std::move(numbers)), trie_(std::move(trie)), triggers_(std::move(triggers)) {
    starters_.Add(trie_);
  }
  std::string_view name() const override { return "scores"; }

  void Extract(ArticleContext& ctx) const override {
    const TokenizedText& tk = ctx.tokens;
    std::string_view text = ctx.doc.text();
    uint32_t taken_until = 0;  // tokens before this are part of a score already
    uint32_t never_until = 0;  // tokens before this are inside a "never" phrase
    for (const Sentence& s : tk.sentences) {
      for (uint32_t k = s.first; k < s.last; ++k) {
        if (!starters_.At(tk, k)) continue;
        const Trigger* after = nullptr;
        const Trigger* before = nullptr;
        uint32_t end = k;
        bool never = false;
        trie_.ForEachAt(tk, k, s.last, [&](uint32_t e, const std::vector<uint32_t>& ps) {
          for (uint32_t p : ps) {
            const Trigger& t = triggers_[p];
            if (t.takes == Takes::kNever) never_until = std::max(never_until, e);
            if (t.takes == Takes::kNever) never = true;
            if (t.takes == Takes::kBefore) {
              if (e == k + 1) before = &t;
            } else if (t.takes == Takes::kAny || t.takes == Takes::kPercent ||
                       t.takes == Takes::kNever) {
              if (e >= end) {
                after = &t;
                end = e;
              }
            }
          }
        });
        if (never || k < never_until) continue;
        if (after && after->takes != Takes::kNever && end > taken_until) {
          bool percent = after->takes == Takes::kPercent;
          uint32_t stop = std::min(s.last, end + (percent ? kPercentWindow : kWindow));
          uint32_t lowercase = 0;  // lowercase words since the trigger or the last link
          for (uint32_t j = end; j < stop; ++j) {
            const Token& t = tk.tokens[j];
            NumberMatch n;
            if (InDate(ctx, j, j + 1) && !t.Has(kHasDigit)) continue;  // "untuk tahun 2023"
            if (!numbers_.ReadAt(tk, text, j, s.last, &n)) {
              // Skip what may stand between a trigger and its number: link
              // words, names and acronyms; a short lowercase name of what is
              // measured ("indeks inovasi 94,7", "nilai evaluasi 92,15").
              uint32_t le;
              if (Link(tk, j, s.last, &le)) {
                j = le - 1;
                lowercase = 0;
              } else if (Starts(tk, j, s.last, Takes::kBound, &le) ||
                         (!percent && Starts(tk, j, s.last, Takes::kStop, &le))) {
                // "nilai maksimal SKD adalah 500": a bound; "poin dari 22
                // laga": a function word ends the search.
                break;
              } else if (t.Has(kCapitalized) && !t.Has(kHasDigit)) {
                lowercase = 0;
              } else if (percent && t.Has(kAlpha)) {
                // Only a percentage can follow: words may stand between.
              } else if (t.Has(kAlpha) && !t.Has(kCapitalized) && after->kind != "poin" &&
                         (++lowercase <= kMaxQualifier || after->kind == "indeks")) {
                // An index may be followed by its lowercase name when a link
                // word comes before the number ("indeks pembangunan manusia
                // daerah itu mencapai 72,9").
              } else {
                break;
              }
              continue;
            }
            // A year or date between trigger and number ("skor MCP untuk tahun
            // 2023 tercatat 68,5"); for an achievement, also an amount ("Rp
            // 224,3 miliar atau 71,8 persen").
            if (LooksLikeYear(n) || InDate(ctx, n.begin, n.end) ||
                (percent && n.kind != NumberMatch::Kind::kPercent)) {
              j = n.end - 1;
              lowercase = 0;
              continue;
            }
            // "79,68 poin (0,27 persen)": a percentage is no point score.
            bool kind_ok = after->kind != "poin" || n.kind != NumberMatch::Kind::kPercent;
            if (lowercase <= kMaxQualifier && kind_ok && Accept(ctx, n, percent) &&
                !(k > s.first && Ends(tk, s.first, k, Takes::kBound))) {
              Add(ctx, n, after->kind, after->rule,
                  j == end ? Confidence::kHigh : Confidence::kMedium);
              taken_until = Compared(ctx, n, after->kind, s.last);
            }
            break;
          }
        }
        if (before && k > s.first && k > taken_until) {
          // "85 poin": read the number that ends right before the trigger.
          for (uint32_t b = k; b-- > s.first && b + 4 > k;) {
            NumberMatch n;
            if (numbers_.ReadAt(tk, text, b, k, &n) && n.end == k && n.digits &&
                n.kind == NumberMatch::Kind::kPlain && Accept(ctx, n, false) &&
                !Matches(tk, b - (b > s.first ? 1 : 0), b, Takes::kNotBefore)) {
              Add(ctx, n, before->kind, before->rule, Confidence::kMedium);
              taken_until = k + 1;
              break;
            }
          }
        }
      }
    }
  }

 private:
  // True when a phrase with `takes` spans exactly tokens [b, e).
  bool Matches(const TokenizedText& tk, uint32_t b, uint32_t e, Takes takes) const {
    if (b >= e) return false;
    bool found = false;
    trie_.ForEachAt(tk, b, e, [&](uint32_t end, const std::vector<uint32_t>& ps) {
      for (uint32_t p : ps) found = found || (end == e && triggers_[p].takes == takes);
    });
    return found;
  }
  bool Link(const TokenizedText& tk, uint32_t j, uint32_t limit, uint32_t* end) const {
    return Starts(tk, j, limit, Takes::kLink, end);
  }
  bool FollowedByQuantity(const TokenizedText& tk, uint32_t e) const {
    bool found = false;
    trie_.ForEachAt(tk, e, static_cast<uint32_t>(tk.tokens.size()),
                    [&](uint32_t, const std::vector<uint32_t>& ps) {
                      for (uint32_t p : ps) found = found || triggers_[p].takes == Takes::kNotAfter;
                    });
    return found;
  }

  // `compared`: the number follows a compare phrase, which may hold a change
  // word ("naik dari 77,45").
  bool Accept(const ArticleContext& ctx, const NumberMatch& n, bool percent_only,
              bool compared = false) const {
    // A number with a scale word ("129 juta") is an amount even without a
    // currency: evaluation scores are small.
    // Scores are written in digits: "dengan satu assist" is a count.
    if (n.kind == NumberMatch::Kind::kMoney || n.vague || n.scaled || !n.digits) return false;
    if (percent_only && n.kind != NumberMatch::Kind::kPercent) return false;
    if (LooksLikeYear(n) || InDate(ctx, n.begin, n.end)) return false;
    if (n.kind == NumberMatch::Kind::kPlain && FollowedByQuantity(ctx.tokens, n.end)) return false;
    // A change right before the number, or before a link word ("turun sebesar 28%").
    // "nilai minimal 85", "di atas 98 persen": a threshold, not a result.
    if (Ends(ctx.tokens, n.begin > 3 ? n.begin - 3 : 0, n.begin, Takes::kBound)) return false;
    // "naik menjadi 73,12" is the new level, not the change.
    if (!compared && !(n.begin > 0 && Matches(ctx.tokens, n.begin - 1, n.begin, Takes::kLevel))) {
      for (uint32_t b = n.begin; b > 0 && b + 2 > n.begin; --b) {
        if (Matches(ctx.tokens, b - 1, b, Takes::kNotBefore)) return false;
      }
    }
    const TokenizedText& tk = ctx.tokens;
    auto folded = [&](uint32_t k) { return tk.Folded(tk.tokens[k]); };
    // A match result ("skor 2 - 1") and an ordinal written apart ("ke - 23").
    if (n.end + 1 < tk.tokens.size() && folded(n.end) == "-" &&
        tk.tokens[n.end + 1].Has(kHasDigit)) {
      return false;
    }
    if (n.begin > 0 && folded(n.begin - 1) == "ke") return false;
    if (n.begin > 1 && folded(n.begin - 1) == "-" && folded(n.begin - 2) == "ke") return false;
    return true;
  }

  // After a score, the values it is compared with in the same sentence are
  // scores of the same measure ("nilai 80,12, naik dari 77,45", "99,12
  // persen, sementara Kota Tanjungpinang 98,47 persen", "dari 29,8 persen
  // pada 2021 menjadi 21,4 persen"): a number of the same form (percentage or
  // not) after a compare phrase. Returns the token after the last score.
  uint32_t Compared(ArticleContext& ctx, const NumberMatch& first, const std::string& kind,
                    uint32_t limit) const {
    const TokenizedText& tk = ctx.tokens;
    bool percent = first.kind == NumberMatch::Kind::kPercent;
    bool compare = false;
    uint32_t last = first.end;
    for (uint32_t j = first.end; j < limit; ++j) {
      uint32_t e;
      if (Starts(tk, j, limit, Takes::kCompare, &e)) {
        compare = true;
        j = e - 1;
        continue;
      }
      NumberMatch n;
      if (!numbers_.MayStartAt(tk, j) || !numbers_.ReadAt(tk, ctx.doc.text(), j, limit, &n)) {
        // Between the compare phrase and its number only names and link
        // words ("sementara Kota Tanjungpinang 98,47 persen").
        uint32_t le;
        if (Link(tk, j, limit, &le)) {
          j = le - 1;
        } else if (!tk.tokens[j].Has(kCapitalized)) {
          compare = false;
        }
        continue;
      }
      j = n.end - 1;
      if (LooksLikeYear(n) || InDate(ctx, n.begin, n.end)) continue;
      if (!compare || (n.kind == NumberMatch::Kind::kPercent) != percent ||
          !Accept(ctx, n, percent, /*compared=*/true)) {
        break;
      }
      Add(ctx, n, kind, "score.compared", Confidence::kMedium);
      last = n.end;
      compare = false;
    }
    return last;
  }

  // True when a phrase with `takes` ends right before token e, starting at
  // or after token b (phrases are at most a few tokens long).
  bool Ends(const TokenizedText& tk, uint32_t b, uint32_t e, Takes takes) const {
    for (uint32_t i = e; i-- > b && i + 3 > e;) {
      if (Matches(tk, i, e, takes)) return true;
    }
    return false;
  }

  // True when a phrase with `takes` starts at token j (its end in *end).
  bool Starts(const TokenizedText& tk, uint32_t j, uint32_t limit, Takes takes,
              uint32_t* end) const {
    bool found = false;
    trie_.ForEachAt(tk, j, limit, [&](uint32_t e, const std::vector<uint32_t>& ps) {
      for (uint32_t p : ps) {
        if (triggers_[p].takes == takes) {
          found = true;
          *end = e;
        }
      }
    });
    return found;
  }

  void Add(ArticleContext& ctx, const NumberMatch& n, const std::string& kind,
           const std::string& rule, Confidence conf) const {
    // The span is the number as written, percent sign or word included.
    const std::vector<Token>& t = ctx.tokens.tokens;
    Score s;
    s.span = Span{t[n.begin].span.begin, t[n.end - 1].span.end};
    s.value = n.value;
    s.kind = kind;
    s.provenance = Provenance{rule, conf};
    ctx.result.scores.push_back(std::move(s));
  }

  NumberReader numbers_;
  WordTrie trie_;
  std::vector<Trigger> triggers_;
  StarterSet starters_;
};

class CountsExtractor : public Extractor {
 public:
  enum class Kind { kCount, kClassifier, kNotAfter };
  struct Unit {
    std::string unit;  // "-" for a classifier that is no count alone
    Kind kind;
    std::string rule;
  };
  CountsExtractor(NumberReader numbers, WordTrie trie, std::vector<Unit> units)
      : numbers_(std::move(numbers)), trie_(std::move(trie)), units_(std::move(units)) {}
  std::string_view name() const override { return "counts"; }

  void Extract(ArticleContext& ctx) const override {
    const TokenizedText& tk = ctx.tokens;
    const std::vector<Token>& t = tk.tokens;
    std::string_view text = ctx.doc.text();
    for (const Sentence& s : tk.sentences) {
      for (uint32_t k = s.first; k < s.last; ++k) {
        if (!numbers_.MayStartAt(tk, k)) continue;
        NumberMatch n;
        if (!numbers_.ReadAt(tk, text, k, s.last, &n)) continue;
        uint32_t next = std::max(n.end, k + 1);
        const Unit* unit = nullptr;
        uint32_t unit_begin = n.end, unit_end = n.end;
        if (Countable(tk, text, n) && FindUnit(tk, n.end, s.last, &unit, &unit_begin, &unit_end) &&
            !NotAfter(tk, k, s.first) && !InName(ctx, n, unit_begin, unit_end, s.first) &&
            !InDate(ctx, k, n.end) && !InScore(ctx, t[k].span)) {
          // "kasus TPPO", "peserta JKN": an acronym right after the noun says
          // which ones, and belongs to the unit.
          std::string name = unit->unit;
          if (unit_end < s.last && unit->kind == Kind::kCount && t[unit_end].Has(kAllCaps) &&
              t[unit_end].Has(kAlpha)) {
            const Span& a = t[unit_end].span;
            name += " ";
            name += text.substr(a.begin, a.end - a.begin);
            ++unit_end;
          }
          Count c;
          c.span = Span{t[k].span.begin, t[unit_end - 1].span.end};
          c.value = n.value;
          c.unit = std::move(name);
          c.provenance = Provenance{unit->rule, n.digits ? Confidence::kHigh : Confidence::kMedium};
          ctx.result.counts.push_back(std::move(c));
          next = unit_end;
        }
        k = next - 1;
      }
    }
  }

 private:
  // A plain cardinal that can count things: digits without a leading zero
  // ("010", "0621" are codes), or number words of two and more ("satu" is
  // mostly "salah satu"); not a year, not vague.
  static bool Countable(const TokenizedText& tk, std::string_view text, const NumberMatch& n) {
    if (n.kind != NumberMatch::Kind::kPlain || n.vague || n.value < 1) return false;
    if (!n.digits) return n.value >= 2;
    const Span& sp = tk.tokens[n.begin].span;
    if (sp.end - sp.begin > 1 && text[sp.begin] == '0') return false;
    return !LooksLikeYear(n);
  }

  // The counted noun at token i: a count phrase, or a classifier followed by
  // one ("12 unit sepeda motor"), or a classifier that counts alone. The
  // longest phrase wins ("unit kerja" over the classifier "unit").
  bool FindUnit(const TokenizedText& tk, uint32_t i, uint32_t limit, const Unit** unit,
                uint32_t* begin, uint32_t* end) const {
    WordTrie::Match m;
    if (i >= limit || !trie_.LongestAt(tk, i, limit, &m)) return false;
    const Unit* count = Pick(*m.payloads, Kind::kCount);
    const Unit* classifier = Pick(*m.payloads, Kind::kClassifier);
    if (count && !classifier) {
      *unit = count;
      *begin = i;
      *end = m.end;
      return true;
    }
    if (!classifier) return false;
    WordTrie::Match after;
    if (m.end < limit && trie_.LongestAt(tk, m.end, limit, &after)) {
      if (const Unit* noun = Pick(*after.payloads, Kind::kCount)) {
        *unit = noun;
        *begin = m.end;
        *end = after.end;
        return true;
      }
    }
    if (classifier->unit == "-") return false;
    *unit = classifier;
    *begin = i;
    *end = m.end;
    return true;
  }

  const Unit* Pick(const std::vector<uint32_t>& payloads, Kind kind) const {
    for (uint32_t p : payloads) {
      if (units_[p].kind == kind) return &units_[p];
    }
    return nullptr;
  }

  // True when the word before token k makes the number a rank, code or part
  // of a name ("juara 1", "lantai 16", "RW 04", "Negeri 1").
  bool NotAfter(const TokenizedText& tk, uint32_t k, uint32_t first) const {
    for (uint32_t b = k; b-- > first && b + 2 >= k;) {
      WordTrie::Match m;
      if (trie_.LongestAt(tk, b, k, &m) && m.end == k && Pick(*m.payloads, Kind::kNotAfter)) {
        return true;
      }
    }
    return false;
  }

  // "Jalan Pembangunan 2 Desa Sekip", "Kodim 0621 Kabupaten Bogor": a
  // capitalized unit followed by a capitalized word after a capitalized word
  // is the head of a place name, not a counted noun. Titles are written in
  // title case, so the rule does not apply there.
  static bool InName(const ArticleContext& ctx, const NumberMatch& n, uint32_t ub, uint32_t ue,
                     uint32_t first) {
    const std::vector<Token>& t = ctx.tokens.tokens;
    if (n.begin == first || ue >= t.size()) return false;
    const std::optional<Span>& title = ctx.result.meta.title_span;
    if (title && title->Overlaps(t[n.begin].span)) return false;
    const Token& before = t[n.begin - 1];
    return before.Has(kCapitalized) && !before.Has(kAllCaps) && t[ub].Has(kCapitalized) &&
           !t[ub].Has(kAllCaps) && t[ue].Has(kCapitalized) && t[ue].Has(kAlpha);
  }

  static bool InScore(const ArticleContext& ctx, Span s) {
    for (const Score& sc : ctx.result.scores) {
      if (sc.span.Overlaps(s)) return true;
    }
    return false;
  }

  NumberReader numbers_;
  WordTrie trie_;
  std::vector<Unit> units_;
};

}  // namespace

StatusOr<std::unique_ptr<Extractor>> NewScoresExtractor(BuildContext& ctx) {
  StatusOr<NumberReader> numbers = NumberReader::Create(ctx.lexicons, ctx.tokenizer);
  if (!numbers.ok()) return numbers.status();
  StatusOr<TsvTable> t = ctx.lexicons.Table("score_triggers", {"phrase", "kind", "takes"});
  if (!t.ok()) return t.status();
  using Takes = ScoresExtractor::Takes;
  static const std::pair<std::string_view, Takes> kTakes[] = {
      {"any", Takes::kAny},           {"percent", Takes::kPercent},
      {"before", Takes::kBefore},     {"never", Takes::kNever},
      {"not_after", Takes::kNotAfter}, {"not_before", Takes::kNotBefore},
      {"link", Takes::kLink},         {"level", Takes::kLevel},
      {"compare", Takes::kCompare},   {"bound", Takes::kBound},
      {"stop", Takes::kStop}};
  static const std::string_view kKinds[] = {"skor", "nilai", "indeks", "poin", "persen"};
  int pc = t->Column("phrase"), kc = t->Column("kind"), tc = t->Column("takes");
  WordTrie trie;
  std::vector<ScoresExtractor::Trigger> triggers;
  for (const TsvRow& row : t->rows()) {
    const Takes* takes = nullptr;
    for (const auto& [name, v] : kTakes) {
      if (row.fields[tc] == name) takes = &v;
    }
    if (!takes) return t->Error(row, "unknown takes '" + row.fields[tc] + "'");
    const std::string& kind = row.fields[kc];
    bool real = *takes == Takes::kAny || *takes == Takes::kPercent || *takes == Takes::kBefore;
    bool known = std::find(std::begin(kKinds), std::end(kKinds), kind) != std::end(kKinds);
    if (real ? !known : kind != "-") {
      return t->Error(row, real ? "kind must be skor, nilai, indeks, poin or persen"
                                : "kind must be '-' for this takes");
    }
    std::vector<std::string> toks = ctx.tokenizer.PhraseTokens(row.fields[pc]);
    if (toks.empty()) return t->Error(row, "empty phrase");
    trie.Add(toks, static_cast<uint32_t>(triggers.size()));
    triggers.push_back({kind, *takes, "score_triggers.tsv:" + std::to_string(row.line)});
  }
  // Word ids instead of hashing token text (the Pipeline assigns them).
  numbers->Intern(ctx.vocabulary);
  trie.Intern(ctx.vocabulary);
  return std::unique_ptr<Extractor>(
      new ScoresExtractor(std::move(*numbers), std::move(trie), std::move(triggers)));
}

StatusOr<std::unique_ptr<Extractor>> NewCountsExtractor(BuildContext& ctx) {
  StatusOr<NumberReader> numbers = NumberReader::Create(ctx.lexicons, ctx.tokenizer);
  if (!numbers.ok()) return numbers.status();
  StatusOr<TsvTable> t = ctx.lexicons.Table("count_units", {"phrase", "unit", "kind"});
  if (!t.ok()) return t.status();
  int pc = t->Column("phrase"), uc = t->Column("unit"), kc = t->Column("kind");
  using Kind = CountsExtractor::Kind;
  static const std::pair<std::string_view, Kind> kKinds[] = {
      {"count", Kind::kCount}, {"classifier", Kind::kClassifier}, {"not_after", Kind::kNotAfter}};
  WordTrie trie;
  std::vector<CountsExtractor::Unit> units;
  for (const TsvRow& row : t->rows()) {
    const Kind* kind = nullptr;
    for (const auto& [name, v] : kKinds) {
      if (row.fields[kc] == name) kind = &v;
    }
    if (!kind) return t->Error(row, "kind must be count, classifier or not_after");
    if (*kind == Kind::kCount && row.fields[uc] == "-") {
      return t->Error(row, "a count needs a unit");
    }
    std::vector<std::string> toks = ctx.tokenizer.PhraseTokens(row.fields[pc]);
    if (toks.empty()) return t->Error(row, "empty phrase");
    trie.Add(toks, static_cast<uint32_t>(units.size()));
    units.push_back({row.fields[uc], *kind, "count_units.tsv:" + std::to_string(row.line)});
  }
  // Word ids instead of hashing token text (the Pipeline assigns them).
  numbers->Intern(ctx.vocabulary);
  trie.Intern(ctx.vocabulary);
  return std::unique_ptr<Extractor>(
      new CountsExtractor(std::move(*numbers), std::move(trie), std::move(units)));
}

}  // namespace warta
