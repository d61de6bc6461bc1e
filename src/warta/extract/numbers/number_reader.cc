#include "warta/extract/numbers/number_reader.h"

#include <cmath>
#include <cstdlib>

#include "warta/lexicon/tsv.h"

namespace warta {
namespace {

bool AllDigits(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s) {
    if (c < '0' || c > '9') return false;
  }
  return true;
}

double DigitsValue(std::string_view s) {
  double v = 0;
  for (char c : s) v = v * 10 + (c - '0');
  return v;
}

// Splits s at `sep`; true when every group after the first has exactly three
// digits and the first has one to three: a thousands grouping.
bool IsGrouped(std::string_view s, char sep) {
  size_t start = 0;
  bool first = true;
  while (true) {
    size_t p = s.find(sep, start);
    std::string_view g = s.substr(start, p == s.npos ? s.npos : p - start);
    if (!AllDigits(g)) return false;
    if (first ? g.size() > 3 : g.size() != 3) return false;
    first = false;
    if (p == s.npos) return true;
    start = p + 1;
  }
}

double Ungrouped(std::string_view s, char sep) {
  double v = 0;
  for (char c : s) {
    if (c != sep) v = v * 10 + (c - '0');
  }
  return v;
}

double WithFraction(double whole, std::string_view frac) {
  return whole + DigitsValue(frac) / std::pow(10.0, static_cast<double>(frac.size()));
}

}  // namespace

std::optional<double> ParseNumeral(std::string_view s) {
  if (s.empty() || s.size() > 40) return std::nullopt;
  size_t comma = s.find(',');
  size_t dot = s.find('.');
  if (comma == s.npos && dot == s.npos) {
    if (!AllDigits(s)) return std::nullopt;
    return DigitsValue(s);
  }
  if (comma != s.npos && s.find(',', comma + 1) == s.npos) {
    // One comma: the decimal mark, with an optional dot-grouped whole part.
    std::string_view whole = s.substr(0, comma), frac = s.substr(comma + 1);
    if (!AllDigits(frac)) return std::nullopt;
    if (AllDigits(whole)) return WithFraction(DigitsValue(whole), frac);
    if (IsGrouped(whole, '.')) return WithFraction(Ungrouped(whole, '.'), frac);
    return std::nullopt;
  }
  if (comma != s.npos) {
    // Several commas: English thousands ("1,234,567"), optionally ".5".
    std::string_view whole = s, frac;
    if (dot != s.npos) {
      if (dot < comma || s.find('.', dot + 1) != s.npos) return std::nullopt;
      whole = s.substr(0, dot);
      frac = s.substr(dot + 1);
      if (!AllDigits(frac)) return std::nullopt;
    }
    if (!IsGrouped(whole, ',')) return std::nullopt;
    return frac.empty() ? Ungrouped(whole, ',') : WithFraction(Ungrouped(whole, ','), frac);
  }
  // Dots only.
  if (IsGrouped(s, '.')) return Ungrouped(s, '.');
  if (s.find('.', dot + 1) == s.npos) {
    std::string_view whole = s.substr(0, dot), frac = s.substr(dot + 1);
    if (AllDigits(whole) && AllDigits(frac)) return WithFraction(DigitsValue(whole), frac);
  }
  return std::nullopt;
}

int ParseRoman(std::string_view s) {
  if (s.empty() || s.size() > 7) return 0;
  auto val = [](char c) {
    switch (c) {
      case 'I': return 1;
      case 'V': return 5;
      case 'X': return 10;
      case 'L': return 50;
      default: return 0;
    }
  };
  int total = 0;
  for (size_t i = 0; i < s.size(); ++i) {
    int v = val(s[i]);
    if (!v) return 0;
    int next = i + 1 < s.size() ? val(s[i + 1]) : 0;
    total += next > v ? -v : v;
  }
  if (total <= 0 || total >= 40) return 0;
  // Reject non-canonical spellings ("IIII", "VX") by writing the value back.
  static const char* const kTens[] = {"", "X", "XX", "XXX"};
  static const char* const kOnes[] = {"", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX"};
  std::string canon = std::string(kTens[total / 10]) + kOnes[total % 10];
  return canon == s ? total : 0;
}

StatusOr<NumberReader> NumberReader::Create(const LexiconSet& lexicons,
                                            const Tokenizer& tokenizer) {
  StatusOr<TsvTable> table = lexicons.Table("number_words", {"word", "value", "kind"});
  if (!table.ok()) return table.status();
  static const std::pair<std::string_view, WordKind> kKinds[] = {
      {"unit", WordKind::kUnit},         {"teen", WordKind::kTeen},
      {"tens", WordKind::kTens},         {"hundreds", WordKind::kHundreds},
      {"group", WordKind::kGroup},       {"scale", WordKind::kScale},
      {"scaled", WordKind::kScaled},     {"money_scale", WordKind::kMoneyScale},
      {"ordinal", WordKind::kOrdinal},   {"fraction", WordKind::kFraction},
      {"vague", WordKind::kVague}};
  NumberReader r;
  int wc = table->Column("word"), vc = table->Column("value"), kc = table->Column("kind");
  for (const TsvRow& row : table->rows()) {
    const std::string& kind = row.fields[kc];
    const WordKind* k = nullptr;
    for (const auto& [name, wk] : kKinds) {
      if (kind == name) k = &wk;
    }
    if (!k) return table->Error(row, "unknown kind '" + kind + "'");
    const std::string& v = row.fields[vc];
    char* end = nullptr;
    double value = std::strtod(v.c_str(), &end);
    if (v.empty() || *end != '\0') return table->Error(row, "value is not a number: '" + v + "'");
    std::vector<std::string> toks = tokenizer.PhraseTokens(row.fields[wc]);
    if (toks.size() != 1) return table->Error(row, "a number word must be one token");
    r.trie_.Add(toks, static_cast<uint32_t>(r.words_.size()));
    r.words_.push_back(Word{row.fields[wc], value, *k});
  }
  StatusOr<TsvTable> cur = lexicons.Table("currencies", {"symbol", "code", "position"});
  if (!cur.ok()) return cur.status();
  int sc = cur->Column("symbol"), cc = cur->Column("code"), pc = cur->Column("position");
  for (const TsvRow& row : cur->rows()) {
    const std::string& pos = row.fields[pc];
    if (pos != "prefix" && pos != "suffix" && pos != "both") {
      return cur->Error(row, "position must be prefix, suffix or both");
    }
    std::vector<std::string> toks = tokenizer.PhraseTokens(row.fields[sc]);
    if (toks.empty()) return cur->Error(row, "empty symbol");
    uint32_t id = static_cast<uint32_t>(r.codes_.size());
    r.codes_.push_back(row.fields[cc]);
    if (pos != "suffix") {
      r.prefixes_.Add(toks, id);
      std::string folded;
      FoldCase(row.fields[sc], &folded);
      bool letters = !folded.empty() && folded[0] >= 'a' && folded[0] <= 'z';
      if (toks.size() == 1 && letters) {
        if (folded.back() == '.') folded.pop_back();
        r.joined_.emplace_back(folded, id);
      }
    }
    if (pos != "prefix") r.suffixes_.Add(toks, id);
  }
  r.AddStarters(&r.starters_);
  return r;
}

const NumberReader::Word* NumberReader::WordAt(const TokenizedText& tokens, uint32_t i) const {
  WordTrie::Match m;
  if (!trie_.WordAt(tokens, i, &m) || m.end != i + 1) return nullptr;
  // A clitic form ("duanya") is not a number word.
  if (tokens.tokens[i].clitic_len && tokens.Folded(tokens.tokens[i]).size() !=
                                         words_[m.payloads->front()].word.size()) {
    return nullptr;
  }
  return &words_[m.payloads->front()];
}

std::optional<double> NumberReader::WordValue(std::string_view folded) const {
  for (const Word& w : words_) {
    if ((w.kind == WordKind::kUnit || w.kind == WordKind::kGroup || w.kind == WordKind::kScaled) &&
        w.word.size() == folded.size()) {
      std::string f;
      FoldCase(w.word, &f);
      if (f == folded) return w.value;
    }
  }
  return std::nullopt;
}

uint32_t NumberReader::ReadWords(const TokenizedText& tokens, uint32_t i, uint32_t limit,
                                 double* value, bool* vague) const {
  double total = 0, group = 0, unit = 0;
  bool have_unit = false;
  uint32_t end = i;
  *vague = false;
  for (uint32_t k = i; k < limit; ++k) {
    const Word* w = WordAt(tokens, k);
    if (!w) break;
    bool stop = false, last = false;
    switch (w->kind) {
      case WordKind::kUnit:
        if (have_unit) {
          stop = true;
        } else {
          unit = w->value;
          have_unit = true;
        }
        break;
      case WordKind::kTeen:
      case WordKind::kTens:
      case WordKind::kHundreds:
        if (!have_unit || unit >= 10) {
          stop = true;
          break;
        }
        group += w->kind == WordKind::kTeen ? unit + w->value : unit * w->value;
        unit = 0;
        have_unit = false;
        break;
      case WordKind::kGroup:
        if (group > 0 || have_unit) stop = true;
        else group = w->value;
        break;
      case WordKind::kScale:
        if (group == 0 && !have_unit) {
          stop = true;
          break;
        }
        total += (group + unit) * w->value;
        group = unit = 0;
        have_unit = false;
        break;
      case WordKind::kScaled:
        if (group > 0 || have_unit || total > 0) stop = true;
        else total = w->value;
        break;
      case WordKind::kFraction:
        unit += w->value;
        have_unit = true;
        last = true;
        break;
      case WordKind::kVague:
        if (k != i) {
          stop = true;
        } else {
          *vague = true;
          last = true;
        }
        break;
      case WordKind::kOrdinal:
      case WordKind::kMoneyScale:
        stop = true;
        break;
    }
    if (stop) break;
    end = k + 1;
    if (last) break;
  }
  *value = total + group + unit;
  return end;
}

bool NumberReader::ReadAt(const TokenizedText& tokens, std::string_view text, uint32_t i,
                          uint32_t limit, NumberMatch* out) const {
  const std::vector<Token>& t = tokens.tokens;
  limit = std::min<uint32_t>(limit, static_cast<uint32_t>(t.size()));
  if (i >= limit) return false;
  auto raw = [&](uint32_t k) { return text.substr(t[k].span.begin, t[k].span.size()); };
  auto folded = [&](uint32_t k) { return tokens.Folded(t[k]); };
  NumberMatch m;
  m.begin = i;
  uint32_t k = i;
  bool have = false;
  WordTrie::Match cm;
  if (prefixes_.LongestAt(tokens, k, limit, &cm)) {
    m.currency = codes_[cm.payloads->front()];
    k = cm.end;
  } else if (t[k].Has(kHasDigit)) {
    // A symbol written joined to the number: "Rp1,5", "Rp.500", "RM10".
    std::string_view f = folded(k);
    for (const auto& [sym, id] : joined_) {
      if (f.size() > sym.size() && f.substr(0, sym.size()) == sym) {
        std::string_view rest = raw(k).substr(sym.size());
        if (!rest.empty() && rest.front() == '.') rest.remove_prefix(1);
        std::optional<double> v = ParseNumeral(rest);
        if (!v) return false;
        m.currency = codes_[id];
        m.value = *v;
        m.digits = have = true;
        ++k;
        break;
      }
    }
  }
  if (!have) {
    if (k >= limit) return false;
    if (t[k].Has(kNumber) || t[k].Has(kDigits)) {
      std::optional<double> v = ParseNumeral(raw(k));
      if (!v) return false;
      m.value = *v;
      m.digits = true;
      ++k;
    } else {
      uint32_t e = ReadWords(tokens, k, limit, &m.value, &m.vague);
      if (e == k) return false;
      k = e;
    }
  }
  if (m.digits && k < limit) {
    if (const Word* w = WordAt(tokens, k)) {
      if (w->kind == WordKind::kScale ||
          (w->kind == WordKind::kMoneyScale && !m.currency.empty() && raw(k) == w->word)) {
        m.value *= w->value;
        m.scaled = true;
        ++k;
      }
    }
  }
  if (k < limit && (folded(k) == "persen" || folded(k) == "%") && m.currency.empty()) {
    m.kind = NumberMatch::Kind::kPercent;
    ++k;
  } else if (suffixes_.LongestAt(tokens, k, limit, &cm)) {
    m.currency = codes_[cm.payloads->front()];
    k = cm.end;
  }
  if (!m.currency.empty()) m.kind = NumberMatch::Kind::kMoney;
  m.end = k;
  *out = m;
  return true;
}

bool NumberReader::ReadOrdinalAt(const TokenizedText& tokens, std::string_view text, uint32_t i,
                                 uint32_t limit, NumberMatch* out) const {
  const std::vector<Token>& t = tokens.tokens;
  limit = std::min<uint32_t>(limit, static_cast<uint32_t>(t.size()));
  if (i >= limit) return false;
  NumberMatch m;
  m.begin = i;
  m.kind = NumberMatch::Kind::kOrdinal;
  std::string_view f = tokens.Folded(t[i]);
  if (const Word* w = WordAt(tokens, i); w && w->kind == WordKind::kOrdinal) {
    m.value = w->value;
    m.end = i + 1;
  } else if (f.size() > 3 && f.substr(0, 3) == "ke-") {
    std::string_view rest = f.substr(3);
    if (AllDigits(rest) && rest.size() <= 4) {
      m.value = DigitsValue(rest);
      m.digits = true;
    } else if (std::optional<double> v = WordValue(rest)) {
      m.value = *v;
    } else {
      return false;
    }
    m.end = i + 1;
  } else if (f == "ke" && i + 1 < limit && t[i + 1].Has(kDigits) && t[i + 1].span.size() <= 4) {
    m.value = DigitsValue(text.substr(t[i + 1].span.begin, t[i + 1].span.size()));
    m.digits = true;
    m.end = i + 2;
  } else {
    return false;
  }
  *out = m;
  return true;
}

}  // namespace warta
