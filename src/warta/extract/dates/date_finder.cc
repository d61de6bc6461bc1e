#include "warta/extract/dates/date_finder.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <map>

#include "warta/extract/dates/calendar.h"
#include "warta/lexicon/tsv.h"

namespace warta {

enum class WordClass : uint8_t {
  kRelDay,
  kUnit,
  kUnitOne,
  kPast,
  kFuture,
  kAhead,
  kThis,
  kMod,
  kLead,
  kYearWord,
  kMonthWord,
  kDayWord,
  kSet,
  kRangeTo,
  kQuarter,
  kStreak,
  kClock,
  kZone,
  kPeriod,
  kAge,
  kDecade,
  kNoYear,
  kNoYearAfter,
  kFutureTense,
  kPerson,
};

namespace {

struct ClassName {
  std::string_view name;
  WordClass cls;
  bool needs_value;
  bool starts = false;  // an expression may start with this class's phrases
};

constexpr ClassName kClassNames[] = {
    {"rel_day", WordClass::kRelDay, true, true},
    {"unit", WordClass::kUnit, true, true},
    {"unit_one", WordClass::kUnitOne, true, true},
    {"past", WordClass::kPast, false},
    {"future", WordClass::kFuture, false},
    {"ahead", WordClass::kAhead, false},
    {"this", WordClass::kThis, false},
    {"mod", WordClass::kMod, true, true},
    {"lead", WordClass::kLead, false, true},
    {"year_word", WordClass::kYearWord, false, true},
    {"month_word", WordClass::kMonthWord, false, true},
    {"day_word", WordClass::kDayWord, false, true},
    {"set", WordClass::kSet, false, true},
    {"range_to", WordClass::kRangeTo, false},
    {"quarter", WordClass::kQuarter, true, true},
    {"streak", WordClass::kStreak, false},
    {"clock", WordClass::kClock, false, true},
    {"zone", WordClass::kZone, true},
    {"period", WordClass::kPeriod, true},
    {"age", WordClass::kAge, false},
    {"decade", WordClass::kDecade, false, true},
    {"no_year", WordClass::kNoYear, false},
    {"no_year_after", WordClass::kNoYearAfter, false},
    {"future_tense", WordClass::kFutureTense, false},
    {"person", WordClass::kPerson, false},
};

struct DateWord {
  WordClass cls;
  std::string value;
};

enum class Shape { kDay, kMonth, kYear, kDecade, kPart, kWeek, kWeekend, kDuration, kSet, kTime };

struct Point {
  int y = 0, m = 0, d = 0;  // 0: not written
};

// A recognised expression before resolution against the reference date.
struct Draft {
  uint32_t tb = 0, te = 0;  // tokens [tb, te)
  Shape shape = Shape::kDay;
  Point p;
  bool range = false;
  Point p2;               // the range's end
  int weekday = 0;        // the written day name, 1-7
  int dir = 0;            // a year-less date or month: -1 before the reference, +1 after, 0 nearest
  bool relative = false;  // offset * unit from the reference
  int offset = 0;
  // A day name resolved against the reference: -1 strictly before, +1 strictly
  // after, 0 in the same ISO week, -2 on or before, +2 on or after.
  bool weekday_rel = false;
  int wd_mode = 0;
  char part_kind = 0;  // Q H T
  int part = 0;
  std::string literal;  // durations, sets, decades, unanchored weeks
  std::string time;     // "T09:00", "TMO"
  bool time_only = false;
  bool anchored = false;  // a clock time that took the date of an earlier expression
  int year_anchor = 0;    // a relative year counted from this year, not the reference
  std::string mod;
  std::string rule;
  bool heuristic = false;
};

// The longest of several candidate parses at one token (the first on ties).
struct LongestDraft {
  Draft best;
  bool found = false;
  void Consider(bool ok, const Draft& d) {
    if (ok && (!found || d.te > best.te)) {
      best = d;
      found = true;
    }
  }
  bool Take(Draft* out) const {
    if (found) *out = best;
    return found;
  }
};

struct Ref {
  bool ok = false;
  int64_t day = 0;
  CivilDate c;
};

std::string FormatNumber(double v) {
  char buf[32];
  if (std::fabs(v - std::round(v)) < 1e-9) {
    std::snprintf(buf, sizeof buf, "%lld", static_cast<long long>(std::llround(v)));
  } else {
    std::snprintf(buf, sizeof buf, "%g", v);
  }
  return buf;
}

int DigitsValue(std::string_view s) {
  if (s.empty() || s.size() > 4) return -1;
  int v = 0;
  for (char c : s) {
    if (c < '0' || c > '9') return -1;
    v = v * 10 + (c - '0');
  }
  return v;
}

// Splits "29/12/2021" at `sep` into at most 3 numbers; the count, or 0.
int SplitNumbers(std::string_view s, char sep, int out[3], int lens[3]) {
  int n = 0;
  size_t start = 0;
  while (true) {
    if (n == 3) return 0;
    size_t p = s.find(sep, start);
    std::string_view g = s.substr(start, p == s.npos ? s.npos : p - start);
    int v = DigitsValue(g);
    if (v < 0) return 0;
    lens[n] = static_cast<int>(g.size());
    out[n++] = v;
    if (p == s.npos) return n;
    start = p + 1;
  }
}

bool ValidDay(int y, int m, int d) {
  if (m < 1 || m > 12 || d < 1) return false;
  return d <= (y ? DaysInMonth(y, m) : (m == 2 ? 29 : DaysInMonth(2001, m)));
}

int ExpandYear(int v, int len) {
  if (len == 4) return v >= 1800 && v <= 2200 ? v : 0;
  if (len == 2) return v < 70 ? 2000 + v : 1900 + v;
  return 0;
}

}  // namespace

struct DateFinder::Lexicon {
  WordTrie months;
  std::vector<std::pair<int, bool>> month_info;  // month, short form
  WordTrie weekdays;
  std::vector<std::pair<int, bool>> weekday_info;  // iso weekday, ambiguous
  WordTrie words;
  std::vector<DateWord> word_info;
  std::optional<NumberReader> numbers;
  StarterSet starters;                         // first words of all the above
  std::unique_ptr<Vocabulary> own_vocabulary;  // when Create had none
};

namespace {

using Lexicon = DateFinder::Lexicon;

// Recognises the expressions of one sentence.
class Scanner {
 public:
  Scanner(const Lexicon& lex, std::string_view text, const TokenizedText& tokens)
      : lex_(lex), text_(text), tk_(tokens), t_(tokens.tokens), info_(tokens.tokens.size()) {}

  // Appends the expressions of the sentence of tokens [first, last).
  void Run(uint32_t first, uint32_t last, std::vector<Draft>* out) {
    first_ = first;
    last_ = last;
    size_t begin = out->size();
    if (t_[first].Has(kLineStart)) {  // a new paragraph
      carry_.reset();
      last_year_ = 0;
    }
    for (uint32_t k = first_; k < last_;) {
      if (!MayStart(k)) {  // most tokens: no Draft (four strings) to build and destroy
        ++k;
        continue;
      }
      Draft d;
      if (ParseAt(k, &d)) {
        AddPeriod(&d);
        if (d.p.y && !d.relative) last_year_ = d.range ? d.p2.y : d.p.y;
        out->push_back(std::move(d));
        k = out->back().te;
      } else {
        ++k;
      }
    }
    MergeRanges(out, begin);
    // A clock time takes the date of an earlier sentence of its paragraph
    // ("..., Kamis (30/11/2023). Rapat yang dijadwalkan pukul 10.00 WIB ...").
    JoinTimes(out, begin);
    for (size_t i = begin; i < out->size(); ++i) {
      const Draft& d = (*out)[i];
      if (d.shape == Shape::kDay && !d.range && !d.anchored) carry_ = d;
    }
  }

 private:
  std::string_view Raw(uint32_t k) const {
    return text_.substr(t_[k].span.begin, t_[k].span.size());
  }
  std::string_view Folded(uint32_t k) const { return tk_.Folded(t_[k]); }
  bool In(uint32_t k) const { return k >= first_ && k < last_; }
  bool Punct(uint32_t k, std::string_view p) const { return In(k) && Raw(k) == p; }
  bool Cap(uint32_t k) const { return In(k) && t_[k].Has(kCapitalized); }

  // What token k starts, computed once: the parsers ask the same questions
  // about the same tokens many times.
  struct Entry {
    WordClass cls;
    uint32_t end;
    const DateWord* word;
  };
  struct Info {
    bool done = false;
    uint32_t begin = 0, end = 0;  // range of entries_, shortest phrase first
  };
  const Info& InfoAt(uint32_t k) {
    Info& info = info_[k];
    if (info.done) return info;
    info.done = true;
    info.begin = static_cast<uint32_t>(entries_.size());
    lex_.words.ForEachAt(tk_, k, last_, [&](uint32_t e, const std::vector<uint32_t>& ps) {
      for (uint32_t p : ps) entries_.push_back(Entry{lex_.word_info[p].cls, e, &lex_.word_info[p]});
    });
    info.end = static_cast<uint32_t>(entries_.size());
    return info;
  }

  // The longest phrase of class c at token k.
  bool Is(uint32_t k, WordClass c, uint32_t* end = nullptr, const DateWord** w = nullptr) {
    if (!In(k)) return false;
    const Info& info = InfoAt(k);
    bool found = false;
    for (uint32_t i = info.begin; i < info.end; ++i) {
      const Entry& e = entries_[i];
      if (e.cls != c || e.end > last_) continue;
      found = true;
      if (end) *end = e.end;
      if (w) *w = e.word;
    }
    return found;
  }
  int Month(uint32_t k, bool* is_short = nullptr) const {
    WordTrie::Match m;
    if (!In(k) || !lex_.months.WordAt(tk_, k, &m) || t_[k].clitic_len) return 0;
    const auto& info = lex_.month_info[m.payloads->front()];
    if (is_short) *is_short = info.second;
    return info.first;
  }
  int Weekday(uint32_t k, bool* ambiguous) const {
    WordTrie::Match m;
    if (!In(k) || !lex_.weekdays.WordAt(tk_, k, &m) || t_[k].clitic_len) return 0;
    const auto& info = lex_.weekday_info[m.payloads->front()];
    *ambiguous = info.second;
    return info.first;
  }
  int DayNum(uint32_t k) const {
    if (!In(k) || !t_[k].Has(kDigits) || t_[k].span.size() > 2) return 0;
    int v = DigitsValue(Raw(k));
    return v >= 1 && v <= 31 ? v : 0;
  }
  int YearNum(uint32_t k) const {
    if (!In(k) || !t_[k].Has(kDigits) || t_[k].span.size() != 4) return 0;
    int v = DigitsValue(Raw(k));
    return v >= 1800 && v <= 2200 ? v : 0;
  }
  bool FutureTense(uint32_t k) {
    for (uint32_t j = first_; j < k; ++j) {
      if (Is(j, WordClass::kFutureTense)) return true;
    }
    return false;
  }
  // A short month written with its abbreviation dot ("Sept.").
  uint32_t AfterMonth(uint32_t k, bool is_short) {
    if (is_short && Punct(k + 1, ".") && t_[k + 1].span.begin == t_[k].span.end &&
        !(k + 2 >= last_)) {
      return k + 2;
    }
    return k + 1;
  }

  // Year token j numbers a regulation: "Undang-Undang Nomor 35 Tahun 2009",
  // "PP 94 Tahun 2021".
  bool RegulationYear(uint32_t j) {
    return j >= first_ + 3 && Folded(j - 1) == "tahun" && t_[j - 2].Has(kDigits) &&
           (Is(j - 3, WordClass::kNoYear) || t_[j - 3].Has(kAllCaps));
  }

  // Most tokens start no expression: one probe per lexicon rules them out.
  bool MayStart(uint32_t k) const { return t_[k].Has(kHasDigit) || lex_.starters.At(tk_, k); }

  bool ParseAt(uint32_t k, Draft* out) {
    LongestDraft longest;
    Draft d;
    longest.Consider(ParseSet(k, &(d = Draft())), d);
    longest.Consider(ParsePrefixed(k, &(d = Draft())), d);
    longest.Consider(ParseCore(k, &(d = Draft())), d);
    return longest.Take(out);
  }

  bool ParseCore(uint32_t k, Draft* out) {
    LongestDraft longest;
    Draft d;
    // A day or month name starts only its own patterns.
    bool ambiguous;
    if (Weekday(k, &ambiguous)) {
      longest.Consider(ParseWeekday(k, &d), d);
      if (!ambiguous) {
        return longest.Take(out);
      }
    } else if (Month(k)) {
      longest.Consider(ParseMonthLed(k, &d), d);
      return longest.Take(out);
    }
    longest.Consider(ParseDayLed(k, false, &(d = Draft())), d);
    if (!t_[k].Has(kHasDigit)) longest.Consider(ParseMonthLed(k, &(d = Draft())), d);
    longest.Consider(ParseYearLed(k, &(d = Draft())), d);
    if (!t_[k].Has(kHasDigit)) longest.Consider(ParseQuarter(k, &(d = Draft())), d);
    longest.Consider(ParseRelative(k, &(d = Draft())), d);
    longest.Consider(ParseClock(k, &(d = Draft())), d);
    return longest.Take(out);
  }

  // "awal 2021", "penghujung tahun 2021", "sepanjang 2021", "akhir pekan lalu".
  bool ParsePrefixed(uint32_t k, Draft* out) {
    uint32_t e;
    const DateWord* w = nullptr;
    if (Is(k, WordClass::kLead, &e)) {
      uint32_t j = e;
      std::string mod;
      if (Is(j, WordClass::kMod, &e, &w)) {
        mod = w->value;
        j = e;
      }
      Draft core;
      if (!ParseCore(j, &core)) return false;
      if (core.shape != Shape::kYear && core.shape != Shape::kMonth && core.shape != Shape::kPart &&
          core.shape != Shape::kWeek) {
        return false;
      }
      *out = core;
      out->tb = k;
      if (!mod.empty()) out->mod = mod;
      return true;
    }
    if (!Is(k, WordClass::kMod, &e, &w)) return false;
    std::string mod = w->value;
    uint32_t j = e;
    const DateWord* unit = nullptr;
    uint32_t ue;
    if (Is(j, WordClass::kUnit, &ue, &unit) && (unit->value == "W")) {
      // akhir pekan = the weekend; awal pekan = the start of the week.
      Draft d;
      d.tb = k;
      d.shape = mod == "END" ? Shape::kWeekend : Shape::kWeek;
      if (mod != "END") d.mod = mod;
      d.rule = "date.week_part";
      uint32_t e2;
      if (Is(ue, WordClass::kPast, &e2) || Is(ue, WordClass::kFuture, &e2) ||
          Is(ue, WordClass::kThis, &e2)) {
        d.relative = true;
        d.offset = Is(ue, WordClass::kPast) ? -1 : Is(ue, WordClass::kFuture) ? 1 : 0;
        if (Folded(ue) == "lagi") return false;
        d.te = e2;
      } else {
        d.literal = mod == "END" ? "XXXX-WXX-WE" : "XXXX-WXX";
        d.heuristic = true;
        d.te = ue;
      }
      *out = d;
      return true;
    }
    Draft core;
    if (ParseCore(j, &core)) {
      if (core.shape != Shape::kYear && core.shape != Shape::kMonth && core.shape != Shape::kPart &&
          core.shape != Shape::kDecade && core.shape != Shape::kWeek) {
        return false;
      }
      *out = core;
      out->tb = k;
      out->mod = mod;
      return true;
    }
    // "akhir tahun", "awal bulan": the period holding the reference.
    if (unit && (unit->value == "Y" || unit->value == "M") && !Is(ue, WordClass::kPast) &&
        !Is(ue, WordClass::kFuture) && t_[j].clitic_len == 0) {
      Draft d;
      d.tb = k;
      d.te = ue;
      d.shape = unit->value == "Y" ? Shape::kYear : Shape::kMonth;
      d.relative = true;
      d.offset = 0;
      d.mod = mod;
      d.rule = "date.mod_period";
      d.heuristic = true;
      *out = d;
      return true;
    }
    return false;
  }

  // "Rabu (29/12)", "Selasa, 7 Maret 2023", "Senin lalu", "Kamis".
  bool ParseWeekday(uint32_t k, Draft* out) {
    bool ambiguous = false;
    int wd = Weekday(k, &ambiguous);
    if (!wd) return false;
    uint32_t j = k + 1;
    if (Punct(j, ",")) ++j;
    bool paren = Punct(j, "(");
    Draft inner;
    if (ParseDayLed(paren ? j + 1 : j, true, &inner) && inner.shape == Shape::kDay &&
        !inner.relative && (!paren || Punct(inner.te, ")"))) {
      *out = inner;
      out->tb = k;
      out->weekday = wd;
      if (paren) out->te = inner.te + 1;
      out->rule = paren ? "date.weekday_paren" : "date.weekday_date";
      // "Sabtu (28/10) kemarin", "Senin (7/11) lalu": the word only confirms
      // the direction.
      uint32_t e2;
      if (Is(out->te, WordClass::kPast, &e2) && Folded(out->te) != "lagi") {
        out->te = e2;
        if (!out->p.y) out->dir = -1;
      } else if (Is(out->te, WordClass::kThis, &e2)) {
        out->te = e2;
      }
      return true;
    }
    uint32_t e;
    Draft d;
    d.tb = k;
    d.weekday = wd;
    d.weekday_rel = true;
    // "Senin pekan depan", "Kamis minggu lalu": that day of the week named.
    const DateWord* unit = nullptr;
    uint32_t ue;
    if ((!ambiguous || Cap(k)) && Is(k + 1, WordClass::kUnit, &ue, &unit) && unit->value == "W" &&
        (Is(ue, WordClass::kPast, &e) || Is(ue, WordClass::kFuture, &e) ||
         Is(ue, WordClass::kThis, &e)) &&
        Folded(ue) != "lagi" && Folded(ue) != "kemarin") {
      d.wd_mode = 0;
      d.offset = Is(ue, WordClass::kPast) ? -1 : Is(ue, WordClass::kFuture) ? 1 : 0;
      d.te = e;
      d.rule = "date.weekday_week";
      *out = d;
      return true;
    }
    if (Is(k + 1, WordClass::kPast, &e) || Is(k + 1, WordClass::kFuture, &e) ||
        Is(k + 1, WordClass::kThis, &e)) {
      // "Minggu lalu" is last week, not last Sunday.
      if (ambiguous || Folded(k + 1) == "lagi") return false;
      d.wd_mode = Is(k + 1, WordClass::kPast) ? -1 : Is(k + 1, WordClass::kFuture) ? 1 : 0;
      d.te = e;
      d.rule = "date.weekday_relative";
      *out = d;
      return true;
    }
    if (ambiguous) {
      // Capitalized "Minggu" mid-sentence, or after "hari", is Sunday; after a
      // number ("dua minggu") or before a unit word it is a week.
      bool after_hari = k > first_ && Folded(k - 1) == "hari";
      if (!after_hari && (!Cap(k) || k == first_)) return false;
      if (k > first_ && (t_[k - 1].Has(kHasDigit) || lex_.numbers->WordValue(Folded(k - 1)))) {
        return false;
      }
      if (Is(k + 1, WordClass::kUnit) || Is(k + 1, WordClass::kAhead) ||
          (In(k + 1) && Folded(k + 1).substr(0, 3) == "ke-")) {
        return false;
      }
    }
    d.wd_mode = FutureTense(k) ? 2 : -2;
    d.te = k + 1;
    d.rule = "date.weekday";
    d.heuristic = true;
    *out = d;
    return true;
  }

  // "29 Desember 2021", "tanggal 5 Juni", "5-7 Juni 2022", "15 s.d. 20 November",
  // "30/12/2021", "2021-12-30", "29.12.2021"; "29/12" only when allow_dm.
  bool ParseDayLed(uint32_t k, bool allow_dm, Draft* out) {
    uint32_t j = k;
    uint32_t e;
    bool day_word = false;
    if (Is(j, WordClass::kDayWord, &e)) {
      j = e;
      day_word = true;
    }
    if (!In(j)) return false;
    Draft d;
    d.tb = k;
    d.shape = Shape::kDay;
    std::string_view raw = Raw(j);
    int v[3], len[3];
    int n;
    if (t_[j].Has(kHasDigit) && raw.find('/') != raw.npos && (n = SplitNumbers(raw, '/', v, len))) {
      if (n == 3) {
        int y = ExpandYear(v[2], len[2]);
        if (!y || !ValidDay(y, v[1], v[0])) return false;
        d.p = Point{y, v[1], v[0]};
      } else if (n == 2 && (allow_dm || day_word) && len[1] <= 2) {
        if (!ValidDay(0, v[1], v[0])) return false;
        d.p = Point{0, v[1], v[0]};
      } else {
        return false;
      }
      d.te = j + 1;
      d.rule = "date.numeric";
      *out = d;
      return true;
    }
    if (t_[j].Has(kHyphenated) && t_[j].Has(kHasDigit) &&
        (n = SplitNumbers(raw, '-', v, len)) == 3) {
      if (len[0] == 4) {
        if (!ValidDay(v[0], v[1], v[2]) || !ExpandYear(v[0], 4)) return false;
        d.p = Point{v[0], v[1], v[2]};
      } else if (len[2] == 4) {
        if (!ValidDay(v[2], v[1], v[0]) || !ExpandYear(v[2], 4)) return false;
        d.p = Point{v[2], v[1], v[0]};
      } else {
        return false;
      }
      d.te = j + 1;
      d.rule = "date.numeric";
      *out = d;
      return true;
    }
    if (t_[j].Has(kNumber) && (n = SplitNumbers(raw, '.', v, len)) == 3 && len[2] == 4 &&
        len[0] <= 2 && len[1] <= 2) {
      if (!ValidDay(v[2], v[1], v[0]) || !ExpandYear(v[2], 4)) return false;
      d.p = Point{v[2], v[1], v[0]};
      d.te = j + 1;
      d.rule = "date.numeric";
      *out = d;
      return true;
    }
    // A day number (or a day range) and a month name.
    int d1 = DayNum(j), d2 = 0;
    uint32_t m_at = j + 1;
    if (!d1 && t_[j].Has(kHyphenated) && SplitNumbers(raw, '-', v, len) == 2 && len[0] <= 2 &&
        len[1] <= 2 && v[0] >= 1 && v[0] < v[1] && v[1] <= 31) {
      d1 = v[0];
      d2 = v[1];
    } else if (d1 && Is(j + 1, WordClass::kRangeTo, &e) && DayNum(e) > d1 && Month(e + 1)) {
      d2 = DayNum(e);
      m_at = e + 1;
    }
    if (!d1) return false;
    bool is_short = false;
    int m = Month(m_at, &is_short);
    if (!m) return false;
    uint32_t te = AfterMonth(m_at, is_short);
    int y = 0;
    if (int yy = YearNum(te)) {
      y = yy;
      ++te;
    } else if (Punct(te, ",") && YearNum(te + 1)) {
      y = YearNum(te + 1);
      te += 2;
    }
    if (!ValidDay(y, m, d1) || (d2 && !ValidDay(y, m, d2))) return false;
    d.p = Point{y, m, d1};
    if (d2) {
      d.range = true;
      d.p2 = Point{y, m, d2};
    }
    d.rule = d2 ? "date.day_range" : y ? "date.dmy" : "date.dm";
    if (!y) {
      if (Is(te, WordClass::kPast, &e)) {
        d.dir = -1;
        te = e;
        d.rule = "date.dm_relative";
      } else if (Is(te, WordClass::kFuture, &e) && Folded(te) != "lagi") {
        d.dir = 1;
        te = e;
        d.rule = "date.dm_relative";
      }
    }
    d.te = te;
    *out = d;
    return true;
  }

  // "Januari 2022", "bulan Maret", "Desember lalu", "Maret mendatang", "pada Mei".
  bool ParseMonthLed(uint32_t k, Draft* out) {
    uint32_t j = k, e;
    bool month_word = false;
    if (Is(j, WordClass::kMonthWord, &e) && Month(e)) {
      j = e;
      month_word = true;
    }
    bool is_short = false;
    int m = Month(j, &is_short);
    if (!m) return false;
    Draft d;
    d.tb = k;
    d.shape = Shape::kMonth;
    d.p.m = m;
    uint32_t te = AfterMonth(j, is_short);
    if (int y = YearNum(te)) {
      d.p.y = y;
      d.te = te + 1;
      d.rule = "date.month_year";
    } else if (Is(te, WordClass::kYearWord, &e) && YearNum(e)) {
      d.p.y = YearNum(e);
      d.te = e + 1;
      d.rule = "date.month_year";
    } else if (Is(te, WordClass::kPast, &e)) {
      d.dir = -1;
      d.te = e;
      d.rule = "date.month_relative";
    } else if (Is(te, WordClass::kFuture, &e) && Folded(te) != "lagi") {
      d.dir = 1;
      d.te = e;
      d.rule = "date.month_relative";
    } else {
      if (is_short && !month_word) return false;
      // A bare month name between two capitalized words is part of a name
      // ("Juni Sitorus", "Bank Mei").
      if (!month_word) {
        if (!Cap(j)) return false;
        bool prev_name = j > first_ && Cap(j - 1) && !Is(j - 1, WordClass::kMod) &&
                         !Is(j - 1, WordClass::kLead) && !t_[j - 1].Has(kLineStart);
        if (prev_name || (Cap(j + 1) && !Month(j + 1))) return false;
      }
      d.te = te;
      d.rule = "date.month";
      d.heuristic = !month_word;
    }
    *out = d;
    return true;
  }

  // "tahun 2021", "2021", "2019-2024", "2020/2021", "tahun 90-an", "1990-an".
  bool ParseYearLed(uint32_t k, Draft* out) {
    uint32_t j = k, e;
    bool year_word = false, decade_word = false;
    if (Is(j, WordClass::kYearWord, &e)) {
      year_word = true;
      decade_word = true;
      j = e;
    } else if (Is(j, WordClass::kDecade, &e)) {
      decade_word = true;
      j = e;
    }
    if (!In(j) || !t_[j].Has(kHasDigit)) return false;
    Draft d;
    d.tb = k;
    d.te = j + 1;
    std::string_view raw = Raw(j);
    if (int y = YearNum(j)) {
      if (decade_word && !year_word) return false;
      // "Undang-Undang Nomor 35 Tahun 2009", "PP 94 Tahun 2021": the year is
      // part of a regulation's number.
      if (RegulationYear(j)) return false;
      if (!year_word) {
        if (j > first_ && (Is(j - 1, WordClass::kNoYear) || t_[j - 1].Has(kHasDigit) ||
                           Raw(j - 1) == "$" || Raw(j - 1) == ":" || Raw(j - 1) == "/")) {
          return false;
        }
        // After "sepanjang" or "awal" the number is a year whatever follows.
        bool framed = j > first_ && (Is(j - 1, WordClass::kLead) || Is(j - 1, WordClass::kMod));
        if ((!framed && Is(j + 1, WordClass::kNoYearAfter)) || Punct(j + 1, "/") ||
            (In(j + 1) && t_[j + 1].Has(kHasDigit))) {
          return false;
        }
        if (In(j + 1) && Folded(j + 1) == "tahun") return false;
      }
      if (Punct(j + 1, "-") && In(j + 2) && Folded(j + 2) == "an") {
        // "2000 - an" written apart: a decade.
        if (y % 10) return false;
        d.shape = Shape::kDecade;
        d.literal = std::to_string(y / 10) + "X";
        d.te = j + 3;
        d.rule = "date.decade";
        *out = d;
        return true;
      }
      d.shape = Shape::kYear;
      d.p.y = y;
      d.rule = year_word ? "date.year_word" : "date.year";
      d.heuristic = !year_word;
      *out = d;
      return true;
    }
    int v[3], len[3];
    char sep = raw.find('/') != raw.npos ? '/' : '-';
    if (SplitNumbers(raw, sep, v, len) == 2 && len[0] == 4 && len[1] == 4) {
      int y1 = ExpandYear(v[0], 4), y2 = ExpandYear(v[1], 4);
      if (!y1 || !y2 || y2 <= y1 || y2 - y1 > 50) return false;
      if (!year_word && Is(j - 1, WordClass::kNoYear)) return false;
      d.shape = Shape::kYear;
      d.p.y = y1;
      d.range = true;
      d.p2.y = y2;
      d.rule = "date.year_range";
      *out = d;
      return true;
    }
    // Decades: "90-an", "1990-an", "2000-an".
    if (raw.size() >= 5 && raw.substr(raw.size() - 3) == "-an") {
      std::string_view num = raw.substr(0, raw.size() - 3);
      int dv = DigitsValue(num);
      if (dv < 0 || dv % 10 != 0) return false;
      int y = 0;
      if (num.size() == 4 && dv >= 1800 && dv <= 2100) {
        y = dv;
      } else if (num.size() == 2 && (decade_word || (j > first_ && Is(j - 1, WordClass::kMod)))) {
        y = dv >= 30 ? 1900 + dv : 2000 + dv;
      } else {
        return false;
      }
      d.shape = Shape::kDecade;
      d.literal = std::to_string(y / 10) + "X";
      d.rule = "date.decade";
      *out = d;
      return true;
    }
    return false;
  }

  // "triwulan III 2021", "kuartal I/2022", "semester pertama 2022".
  bool ParseQuarter(uint32_t k, Draft* out) {
    uint32_t j = 0, e = 0;
    const DateWord* w = nullptr;
    if (!Is(k, WordClass::kQuarter, &j, &w)) return false;
    if (!In(j)) return false;
    int idx = ParseRoman(Raw(j));
    uint32_t te = j + 1;
    NumberMatch n;
    if (!idx) {
      if (t_[j].Has(kDigits) && t_[j].span.size() == 1) {
        idx = Raw(j)[0] - '0';
      } else if (lex_.numbers->ReadOrdinalAt(tk_, text_, j, last_, &n)) {
        idx = static_cast<int>(n.value);
        te = n.end;
      }
    }
    char kind = w->value.empty() ? 'Q' : w->value[0];
    int max = kind == 'Q' ? 4 : kind == 'H' ? 2 : 3;
    if (idx < 1 || idx > max) return false;
    Draft d;
    d.tb = k;
    d.shape = Shape::kPart;
    d.part_kind = kind;
    d.part = idx;
    d.rule = "date.quarter";
    if (Punct(te, "/") && YearNum(te + 1)) {
      d.p.y = YearNum(te + 1);
      te += 2;
    } else if (YearNum(te)) {
      d.p.y = YearNum(te++);
    } else if (Is(te, WordClass::kYearWord, &e)) {
      uint32_t e2;
      if (YearNum(e)) {
        d.p.y = YearNum(e);
        te = e + 1;
      } else if (Is(e, WordClass::kThis, &e2) || Is(e, WordClass::kPast, &e2) ||
                 Is(e, WordClass::kFuture, &e2)) {
        d.relative = true;
        d.offset = Is(e, WordClass::kPast) ? -1 : Is(e, WordClass::kFuture) ? 1 : 0;
        te = e2;
      }
    }
    d.te = te;
    *out = d;
    return true;
  }

  static Shape UnitShape(char u) {
    return u == 'D'   ? Shape::kDay
           : u == 'W' ? Shape::kWeek
           : u == 'M' ? Shape::kMonth
                      : Shape::kYear;
  }

  static std::string DurationValue(double n, bool vague, const std::string& unit) {
    std::string num = vague ? "X" : FormatNumber(n);
    if (unit == "H" || unit == "MIN" || unit == "S") {
      return "PT" + num + (unit == "MIN" ? "M" : unit);
    }
    return "P" + num + unit;
  }

  // "kemarin", "pekan lalu", "3 hari lalu", "10 tahun berturut-turut", "setahun".
  bool ParseRelative(uint32_t k, Draft* out) {
    uint32_t e;
    const DateWord* w = nullptr;
    Draft d;
    d.tb = k;
    if (Is(k, WordClass::kRelDay, &e, &w)) {
      d.shape = Shape::kDay;
      d.relative = true;
      d.offset = std::atoi(w->value.c_str());
      d.te = e;
      d.rule = "date.relative_day";
      *out = d;
      return true;
    }
    if (Is(k, WordClass::kUnit, &e, &w) &&
        (w->value == "W" || w->value == "M" || w->value == "Y")) {
      uint32_t e2;
      bool past = Is(e, WordClass::kPast, &e2);
      bool future = !past && Is(e, WordClass::kFuture, &e2) && Folded(e) != "lagi";
      bool now = !past && !future && Is(e, WordClass::kThis, &e2);
      // "turun dibanding tahun sebelumnya": the year before the one the
      // paragraph speaks of ("SKI 2023 ... tahun sebelumnya" = 2022), else
      // before the reference year.
      if (w->value == "Y" && In(e) && Folded(e) == "sebelumnya") {
        d.shape = Shape::kYear;
        d.relative = true;
        d.offset = -1;
        d.year_anchor = last_year_;
        d.te = e + 1;
        d.rule = "date.year_before";
        *out = d;
        return true;
      }
      if (past || future || now) {
        d.shape = UnitShape(w->value[0]);
        d.relative = true;
        d.offset = past ? -1 : future ? 1 : 0;
        d.te = e2;
        d.rule = "date.relative_period";
        *out = d;
        return true;
      }
    }
    double n = 1;
    bool vague = false;
    uint32_t u;
    if (Is(k, WordClass::kUnitOne, &e, &w)) {
      u = k;
    } else {
      NumberMatch num;
      if (!lex_.numbers->ReadAt(tk_, text_, k, last_, &num) ||
          num.kind != NumberMatch::Kind::kPlain || (!num.vague && num.value <= 0)) {
        return false;
      }
      n = num.value;
      vague = num.vague;
      u = num.end;
      if (!Is(u, WordClass::kUnit, &e, &w)) return false;
      // Not durations: ages ("berusia 58 tahun", "Budi (58 tahun)") and
      // anniversaries named after the number ("94 Tahun Sumpah Pemuda").
      for (uint32_t b = k; b > first_ && b + 3 > k; --b) {
        if (Is(b - 1, WordClass::kAge)) return false;
      }
      if (k > first_ + 1 && Punct(k - 1, "(") && Punct(e, ")") && Cap(k - 2)) return false;
      // "pemain 28 tahun itu": a person noun right before is an age.
      if (w->value == "Y" && k > first_ && Is(k - 1, WordClass::kPerson)) return false;
      if (Cap(u) && u > first_ && !t_[u].Has(kLineStart) && Cap(e) && !Month(e) &&
          !Is(e, WordClass::kStreak)) {
        return false;
      }
      if (YearNum(e)) return false;  // "dua tahun 2020 dan 2021"
      if (YearNum(k)) return false;  // "IFA 2017 bulan kemarin"
    }
    const std::string& unit = w->value;
    uint32_t e2;
    bool point_unit = unit == "D" || unit == "W" || unit == "M" || unit == "Y";
    bool integral = !vague && std::fabs(n - std::round(n)) < 1e-9;
    if (point_unit && integral && Is(e, WordClass::kPast, &e2) && Folded(e) != "kemarin") {
      d.shape = UnitShape(unit[0]);
      d.relative = true;
      d.offset = -static_cast<int>(n);
      d.te = e2;
      d.rule = "date.ago";
      *out = d;
      return true;
    }
    if (point_unit && integral && Is(e, WordClass::kFuture, &e2) && Folded(e) != "depan") {
      d.shape = UnitShape(unit[0]);
      d.relative = true;
      d.offset = static_cast<int>(n);
      d.te = e2;
      d.rule = "date.later";
      *out = d;
      return true;
    }
    d.shape = Shape::kDuration;
    d.literal = DurationValue(n, vague, unit);
    d.te = e;
    d.rule = "date.duration";
    if (Is(e, WordClass::kStreak, &e2) || Is(e, WordClass::kAhead, &e2)) d.te = e2;
    *out = d;
    return true;
  }

  // "09.00", "9:30", "14.00-16.00" at token k; sets *te and the "T.." value.
  bool ClockAt(uint32_t k, uint32_t* te, std::string* value) const {
    if (!In(k) || !t_[k].Has(kHasDigit)) return false;
    auto hm = [](std::string_view s, int* h, int* m) {
      size_t dot = s.find_first_of(".:");
      std::string_view hs = dot == s.npos ? s : s.substr(0, dot);
      std::string_view ms = dot == s.npos ? std::string_view("00") : s.substr(dot + 1);
      *h = hs.size() <= 2 ? DigitsValue(hs) : -1;
      *m = ms.size() == 2 ? DigitsValue(ms) : -1;
      return *h >= 0 && *h <= 24 && *m >= 0 && *m < 60;
    };
    char buf[32];
    std::string_view raw = Raw(k);
    int h, m, h2, m2;
    size_t dash = raw.find('-');
    if (dash != raw.npos) {
      if (!hm(raw.substr(0, dash), &h, &m) || !hm(raw.substr(dash + 1), &h2, &m2)) return false;
      std::snprintf(buf, sizeof buf, "T%02d:%02d/T%02d:%02d", h, m, h2, m2);
      *te = k + 1;
    } else if (Punct(k + 1, ":") && In(k + 2) && t_[k + 2].Has(kDigits) &&
               t_[k + 1].span.begin == t_[k].span.end &&
               t_[k + 2].span.begin == t_[k + 1].span.end) {
      if (!hm(std::string(raw) + ":" + std::string(Raw(k + 2)), &h, &m)) return false;
      std::snprintf(buf, sizeof buf, "T%02d:%02d", h, m);
      *te = k + 3;
    } else {
      if (!hm(raw, &h, &m)) return false;
      std::snprintf(buf, sizeof buf, "T%02d:%02d", h, m);
      *te = k + 1;
    }
    *value = buf;
    return true;
  }

  // "pukul 09.00 WIB", "10.30 WITA", "pukul 8 malam".
  bool ParseClock(uint32_t k, Draft* out) {
    uint32_t j = k, e;
    bool clock_word = Is(k, WordClass::kClock, &e);
    if (clock_word) j = Punct(e, ".") ? e + 1 : e;  // "pkl. 13.00"
    uint32_t te;
    std::string value;
    if (!ClockAt(j, &te, &value)) return false;
    // "pukul 05.00 hingga 09.00 WIB": a range of clock times.
    uint32_t te2;
    std::string value2;
    if (value.find('/') == value.npos && Is(te, WordClass::kRangeTo, &e) &&
        ClockAt(Is(e, WordClass::kClock, &te2) ? te2 : e, &te2, &value2) &&
        value2.find('/') == value2.npos) {
      value += "/" + value2;
      te = te2;
    }
    const DateWord* w = nullptr;
    bool zone = Is(te, WordClass::kZone, &e);
    if (zone) te = e;
    if (!clock_word && !zone) return false;
    if (!zone && Is(te, WordClass::kPeriod, &e, &w)) {
      // "pukul 8 malam" = 20:00.
      int h = DigitsValue(value.substr(1, 2));
      if ((w->value == "AF" || w->value == "EV" || w->value == "NI") && h >= 1 && h < 12 &&
          value.size() == 6) {
        char buf[16];
        std::snprintf(buf, sizeof buf, "T%02d:%s", h + 12, value.substr(4, 2).c_str());
        value = buf;
      }
      te = e;
      if (Is(te, WordClass::kZone, &e)) te = e;
    }
    Draft d;
    d.tb = k;
    d.te = te;
    d.shape = Shape::kTime;
    d.time = value;
    d.time_only = true;
    d.rule = "date.clock";
    *out = d;
    return true;
  }

  // "setiap tahun", "tiap Senin", "setiap 17 Agustus", "setiap dua tahun".
  bool ParseSet(uint32_t k, Draft* out) {
    uint32_t j, e;
    const DateWord* w = nullptr;
    if (!Is(k, WordClass::kSet, &j)) return false;
    Draft d;
    d.tb = k;
    d.shape = Shape::kSet;
    d.rule = "date.set";
    bool ambiguous;
    uint32_t wj = Folded(j) == "hari" && Weekday(j + 1, &ambiguous) ? j + 1 : j;
    uint32_t mj = Is(j, WordClass::kMonthWord, &e) && Month(e) ? e : j;
    if (int m = mj != j ? Month(mj) : 0) {
      char buf[24];
      std::snprintf(buf, sizeof buf, "XXXX-%02d", m);
      d.literal = buf;
      d.te = mj + 1;
    } else if (int wd = Weekday(wj, &ambiguous)) {
      d.literal = "XXXX-WXX-" + std::to_string(wd);
      d.te = wj + 1;
    } else if (Is(j, WordClass::kPeriod, &e, &w)) {
      d.literal = "XXXX-XX-XXT" + w->value;  // "setiap pagi"
      d.te = e;
    } else if (Is(j, WordClass::kQuarter, &e, &w)) {
      d.literal = w->value == "Q" ? "P3M" : w->value == "H" ? "P6M" : "P4M";  // "tiap triwulan"
      d.te = e;
    } else if (uint32_t me; Is(j, WordClass::kMod, &me) && Is(me, WordClass::kUnit, &e, &w) &&
                            (w->value == "Y" || w->value == "M") && !Month(e)) {
      d.literal = DurationValue(1, false, w->value);  // "setiap akhir tahun"
      d.te = e;
    } else if (Is(j, WordClass::kUnit, &e, &w) || Is(j, WordClass::kUnitOne, &e, &w)) {
      d.literal = DurationValue(1, false, w->value);
      d.te = e;
    } else if (Draft inner; ParseDayLed(j, false, &inner) && !inner.p.y && !inner.range) {
      char buf[24];
      std::snprintf(buf, sizeof buf, "XXXX-%02d-%02d", inner.p.m, inner.p.d);
      d.literal = buf;
      d.te = inner.te;
    } else if (Is(j, WordClass::kDayWord, &e) && DayNum(e)) {
      char buf[24];
      std::snprintf(buf, sizeof buf, "XXXX-XX-%02d", DayNum(e));
      d.literal = buf;
      d.te = e + 1;
    } else if (int m = Month(j)) {
      char buf[24];
      std::snprintf(buf, sizeof buf, "XXXX-%02d", m);
      d.literal = buf;
      d.te = j + 1;
    } else {
      NumberMatch n;
      if (!lex_.numbers->ReadAt(tk_, text_, j, last_, &n) || n.kind != NumberMatch::Kind::kPlain ||
          n.vague || n.value <= 0 || !Is(n.end, WordClass::kUnit, &e, &w)) {
        return false;
      }
      d.literal = DurationValue(n.value, false, w->value);
      d.te = e;
    }
    *out = d;
    return true;
  }

  // "Rabu (29/12) malam" -> a date with its part of the day.
  void AddPeriod(Draft* d) {
    if (d->shape != Shape::kDay || !d->time.empty() || d->range) return;
    uint32_t e;
    const DateWord* w = nullptr;
    if (Is(d->te, WordClass::kPeriod, &e, &w)) {
      d->time = "T" + w->value;
      d->te = e;
    }
  }

  static bool Rangeable(const Draft& d) {
    return !d.relative && !d.weekday_rel && !d.range && d.mod.empty() && d.time.empty() &&
           (d.shape == Shape::kDay || d.shape == Shape::kMonth || d.shape == Shape::kYear);
  }

  // "Januari hingga Maret 2022", "1 Maret sampai 5 April 2022", "2019 - 2024".
  void MergeRanges(std::vector<Draft>* ds, size_t begin) {
    std::vector<Draft>& v = *ds;
    size_t w = begin;
    for (size_t i = begin; i < v.size(); ++i) {
      if (w > begin) {
        Draft& a = v[w - 1];
        const Draft& b = v[i];
        uint32_t e;
        if (Rangeable(a) && Rangeable(b) && a.shape == b.shape &&
            Is(a.te, WordClass::kRangeTo, &e) && e == b.tb) {
          Point p = a.p;
          if (!p.y) p.y = b.p.y;
          if (a.shape == Shape::kDay && !p.m) p.m = b.p.m;
          long long ka = p.y * 10000LL + p.m * 100 + p.d;
          long long kb = b.p.y * 10000LL + b.p.m * 100 + b.p.d;
          if (!p.y == !b.p.y && ka < kb) {
            a.p = p;
            a.range = true;
            a.p2 = b.p;
            a.te = b.te;
            a.rule = "date.range";
            a.heuristic = false;
            continue;
          }
        }
      }
      if (w != i) v[w] = std::move(v[i]);
      ++w;
    }
    v.resize(w);
  }

  // Clock time b with the day of a.
  static Draft Anchored(const Draft& a, const Draft& b) {
    Draft anchored = a;
    anchored.tb = b.tb;
    anchored.te = b.te;
    anchored.time = b.time;
    anchored.anchored = true;
    anchored.mod.clear();
    anchored.rule = b.rule;
    return anchored;
  }

  // A clock time right after a date joins it ("Rabu (29/12) pukul 09.00 WIB");
  // a later one in the sentence takes its date.
  void JoinTimes(std::vector<Draft>* ds, size_t begin) {
    std::vector<Draft>& v = *ds;
    size_t w = begin;
    int last_day = -1;
    bool set_before = false;
    for (size_t i = begin; i < v.size(); ++i) {
      Draft& b = v[i];
      if (b.time_only && last_day >= 0) {
        Draft& a = v[last_day];
        bool adjacent = static_cast<size_t>(last_day) == w - 1;
        for (uint32_t g = a.te; adjacent && g < b.tb; ++g) {
          std::string_view f = Folded(g);
          adjacent = f == "," || f == "sekitar" || f == "mulai" || f == "pada" || f == "sejak";
        }
        if (adjacent && (a.time.empty() || a.time[1] > '9')) {
          a.time = b.time;
          a.te = b.te;
          continue;
        }
        b = Anchored(a, b);
      } else if (b.time_only && carry_ && !set_before) {
        b = Anchored(*carry_, b);
      }
      if (b.shape == Shape::kDay && !b.range) last_day = static_cast<int>(w);
      // "setiap pagi mulai pukul 06.00": the time of a recurrence has no date.
      if (b.shape == Shape::kSet) set_before = true;
      if (w != i) v[w] = std::move(v[i]);
      ++w;
    }
    v.resize(w);
    // A clock time right before a date takes it too: "pukul 17.00 WIB, Sabtu (21/10)".
    w = begin;
    for (size_t i = begin; i < v.size(); ++i) {
      if (w > begin && v[w - 1].time_only && !v[w - 1].anchored && v[i].shape == Shape::kDay &&
          !v[i].range && v[i].time.empty()) {
        bool adjacent = true;
        for (uint32_t g = v[w - 1].te; adjacent && g < v[i].tb; ++g) {
          adjacent = Folded(g) == "," || Folded(g) == "pada";
        }
        if (adjacent) {
          Draft merged = v[i];
          merged.tb = v[w - 1].tb;
          merged.time = v[w - 1].time;
          v[w - 1] = std::move(merged);
          continue;
        }
      }
      if (w != i) v[w] = std::move(v[i]);
      ++w;
    }
    v.resize(w);
  }

  const Lexicon& lex_;
  std::string_view text_;
  const TokenizedText& tk_;
  const std::vector<Token>& t_;
  uint32_t first_ = 0, last_ = 0;
  std::vector<Info> info_;  // per token of the article
  std::vector<Entry> entries_;
  std::optional<Draft> carry_;  // the last day of the paragraph so far
  int last_year_ = 0;           // the last year written in the paragraph so far
};

// Resolution against the reference date.
class Resolver {
 public:
  explicit Resolver(const Ref& ref) : ref_(ref) {}

  DateExpr Resolve(const Draft& d, const std::vector<Token>& tokens) const {
    DateExpr x;
    x.span = Span{tokens[d.tb].span.begin, tokens[d.te - 1].span.end};
    x.mod = d.mod;
    x.provenance.rule = d.rule;
    std::vector<std::string> inferred;
    std::string value;
    switch (d.shape) {
      case Shape::kDay:
        value = DayValue(d, d.p, &inferred, &x.weekday_ok);
        x.type = "date";
        break;
      case Shape::kMonth:
        value = MonthValue(d, d.p, &inferred);
        x.type = "month";
        break;
      case Shape::kYear:
        value = YearValue(d, d.p);
        if (d.relative) inferred.push_back("year");
        x.type = "year";
        break;
      case Shape::kWeek:
      case Shape::kWeekend:
        value = WeekValue(d, &inferred);
        x.type = "week";
        break;
      case Shape::kPart:
        value = PartValue(d, &inferred);
        x.type = d.part_kind == 'Q' ? "quarter" : d.part_kind == 'H' ? "half" : "third";
        break;
      case Shape::kDecade:
        value = d.literal;
        x.type = "decade";
        break;
      case Shape::kDuration:
        value = d.literal;
        x.type = "duration";
        break;
      case Shape::kSet:
        value = d.literal;
        x.type = "set";
        break;
      case Shape::kTime:
        value = "XXXX-XX-XX";
        x.type = "time";
        break;
    }
    if (d.range) {
      std::vector<std::string> inf2;
      std::optional<bool> unused;
      std::string end = d.shape == Shape::kDay     ? DayValue(d, d.p2, &inf2, &unused)
                        : d.shape == Shape::kMonth ? MonthValue(d, d.p2, &inf2)
                                                   : YearValue(d, d.p2);
      value += "/" + end;
      x.type = "range";
    }
    if (!d.time.empty()) {
      if (d.anchored) inferred = {"year", "month", "day"};
      size_t slash = d.time.find('/');
      if (slash != std::string::npos) {
        value = value + d.time.substr(0, slash) + "/" + value + d.time.substr(slash + 1);
      } else {
        value += d.time;
      }
      // A time part, a clock time or a part of the day ("Sabtu (14/10) dini
      // hari" -> 2023-10-14TNI), makes it a TIMEX3 time (docs/annotation.md).
      x.type = slash == std::string::npos ? "time" : "range";
    }
    x.value = value;
    x.inferred = inferred;
    x.provenance.confidence = d.heuristic         ? Confidence::kLow
                              : !inferred.empty() ? Confidence::kMedium
                                                  : Confidence::kHigh;
    return x;
  }

  // The year of month m (day dd, 0 = the month as a whole) nearest the
  // reference, or in direction dir; 0 without a reference.
  int YearFor(int m, int dd, int dir) const {
    if (!ref_.ok) return 0;
    int best = 0;
    int64_t best_dist = 0;
    for (int y = ref_.c.year - 1; y <= ref_.c.year + 1; ++y) {
      int64_t diff;
      if (dd) {
        if (!ValidDay(y, m, dd)) continue;
        diff = DaysFromCivil(y, m, dd) - ref_.day;
        if ((dir < 0 && diff > 0) || (dir > 0 && diff < 0)) continue;
      } else {
        diff = (y * 12LL + m) - (ref_.c.year * 12LL + ref_.c.month);
        if ((dir < 0 && diff >= 0) || (dir > 0 && diff <= 0)) continue;
      }
      int64_t dist = std::llabs(diff);
      // On a tie (six months either way) the coming one: past months are
      // usually written with "lalu".
      if (!best || dist <= best_dist) {
        best = y;
        best_dist = dist;
      }
    }
    return best;
  }

 private:
  std::string DayValue(const Draft& d, const Point& p, std::vector<std::string>* inferred,
                       std::optional<bool>* weekday_ok) const {
    if (d.relative || d.weekday_rel) {
      inferred->assign({"year", "month", "day"});
      if (!ref_.ok) {
        inferred->clear();
        return d.weekday_rel ? "XXXX-WXX-" + std::to_string(d.weekday) : "XXXX-XX-XX";
      }
      int64_t day = ref_.day + d.offset;
      if (d.weekday_rel) {
        int rw = IsoWeekday(ref_.day);
        int back = (rw - d.weekday + 7) % 7, fwd = (d.weekday - rw + 7) % 7;
        switch (d.wd_mode) {
          case -1:
            day = ref_.day - (back ? back : 7);
            break;
          case 1:
            day = ref_.day + (fwd ? fwd : 7);
            break;
          case -2:
            day = ref_.day - back;
            break;
          case 2:
            day = ref_.day + fwd;
            break;
          default:
            day = ref_.day - rw + d.weekday + 7 * d.offset;
            break;
        }
        *weekday_ok = true;
      }
      CivilDate c = CivilFromDays(day);
      return FormatDate(c.year, c.month, c.day);
    }
    int y = p.y;
    if (!y) {
      y = YearFor(p.m, p.d, d.dir);
      if (!y) {
        char buf[16];
        std::snprintf(buf, sizeof buf, "XXXX-%02d-%02d", p.m, p.d);
        return buf;
      }
      if (&p == &d.p) inferred->push_back("year");
    }
    if (d.weekday && &p == &d.p) *weekday_ok = IsoWeekday(DaysFromCivil(y, p.m, p.d)) == d.weekday;
    return FormatDate(y, p.m, p.d);
  }

  std::string MonthValue(const Draft& d, const Point& p, std::vector<std::string>* inferred) const {
    if (d.relative) {
      if (!ref_.ok) return "XXXX-XX";
      inferred->assign({"year", "month"});
      int idx = ref_.c.year * 12 + (ref_.c.month - 1) + d.offset;
      return FormatDate(idx / 12, idx % 12 + 1, 0);
    }
    int y = p.y;
    if (!y) {
      y = YearFor(p.m, 0, d.dir);
      if (!y) {
        char buf[16];
        std::snprintf(buf, sizeof buf, "XXXX-%02d", p.m);
        return buf;
      }
      if (&p == &d.p) inferred->push_back("year");
    }
    return FormatDate(y, p.m, 0);
  }

  std::string YearValue(const Draft& d, const Point& p) const {
    if (d.year_anchor) return std::to_string(d.year_anchor + d.offset);
    if (d.relative) return ref_.ok ? std::to_string(ref_.c.year + d.offset) : "XXXX";
    return std::to_string(p.y);
  }

  std::string WeekValue(const Draft& d, std::vector<std::string>* inferred) const {
    std::string suffix = d.shape == Shape::kWeekend ? "-WE" : "";
    if (!d.relative) return d.literal.empty() ? "XXXX-WXX" + suffix : d.literal;
    if (!ref_.ok) return "XXXX-WXX" + suffix;
    inferred->assign({"year", "week"});
    IsoWeek w = IsoWeekOf(ref_.day + 7 * d.offset);
    char buf[24];
    std::snprintf(buf, sizeof buf, "%04d-W%02d%s", w.year, w.week, suffix.c_str());
    return buf;
  }

  std::string PartValue(const Draft& d, std::vector<std::string>* inferred) const {
    int y = d.p.y;
    if (d.relative) {
      y = ref_.ok ? ref_.c.year + d.offset : 0;
      if (y) inferred->push_back("year");
    } else if (!y && ref_.ok) {
      // "triwulan II" without a year is the reference year's: reports look
      // back over the current year.
      y = ref_.c.year;
      inferred->push_back("year");
    }
    std::string ys = y ? std::to_string(y) : "XXXX";
    return ys + "-" + d.part_kind + std::to_string(d.part);
  }

  const Ref& ref_;
};

bool FullDate(const Draft& d) {
  return d.shape == Shape::kDay && !d.relative && !d.weekday_rel && !d.anchored && d.p.y && d.p.m &&
         d.p.d;
}

Ref MakeRef(const CivilDate& c) {
  Ref r;
  r.ok = true;
  r.c = c;
  r.day = DaysFromCivil(c.year, c.month, c.day);
  return r;
}

// The reference from the text: the most specific full date, else the stated
// year checked against a written weekday with day and month.
Ref RefFromText(const std::vector<Draft>& ds) {
  const Draft* best = nullptr;
  int best_score = 0;
  for (const Draft& d : ds) {
    if (!FullDate(d)) continue;
    int score = 1;
    if (d.weekday) {
      score = IsoWeekday(DaysFromCivil(d.p.y, d.p.m, d.p.d)) == d.weekday ? 3 : 0;
    } else if (!d.time.empty()) {
      score = 2;
    }
    // Among equals the latest: history (a birth date, a founding year) is
    // older than the news.
    if (score > best_score ||
        (score == best_score && best && score > 0 &&
         DaysFromCivil(d.p.y, d.p.m, d.p.d) > DaysFromCivil(best->p.y, best->p.m, best->p.d))) {
      best = &d;
      best_score = score;
    }
  }
  if (best) return MakeRef(CivilDate{best->p.y, best->p.m, best->p.d});
  // The year the article states: its latest year, then its most frequent
  // one (an article mentions history, "sejak 2006", more than the future).
  // Only these two are tried, so that a long list of years cannot fit a
  // weekday by chance.
  std::map<int, int> counts;
  for (const Draft& d : ds) {
    if (d.relative || d.range || !d.p.y) continue;
    if (d.shape != Shape::kYear && d.shape != Shape::kMonth && d.shape != Shape::kPart) continue;
    ++counts[d.p.y];
  }
  if (counts.empty()) return Ref();
  std::vector<int> years = {counts.rbegin()->first};
  int frequent = 0, most = 0;
  for (const auto& [y, c] : counts) {
    if (c >= most) {
      frequent = y;
      most = c;
    }
  }
  if (frequent != years[0]) years.push_back(frequent);
  for (int stated : years) {
    for (int delta : {0, 1, -1}) {
      for (const Draft& d : ds) {
        if (d.shape != Shape::kDay || !d.weekday || d.weekday_rel || d.p.y || !d.p.m) continue;
        int y = stated + delta;
        if (ValidDay(y, d.p.m, d.p.d) && IsoWeekday(DaysFromCivil(y, d.p.m, d.p.d)) == d.weekday) {
          return MakeRef(CivilDate{y, d.p.m, d.p.d});
        }
      }
    }
  }
  return Ref();
}

Status LoadNames(const LexiconSet& lexicons, const Tokenizer& tokenizer, std::string_view name,
                 std::string_view value_col, std::string_view flag_col, int max, WordTrie* trie,
                 std::vector<std::pair<int, bool>>* info,
                 const std::function<bool(const std::string&)>& flag_of,
                 const std::function<bool(const std::string&)>& flag_ok) {
  StatusOr<TsvTable> t = lexicons.Table(name, {"name", value_col, flag_col});
  if (!t.ok()) return t.status();
  int nc = t->Column("name"), vc = t->Column(value_col), fc = t->Column(flag_col);
  for (const TsvRow& row : t->rows()) {
    int v = DigitsValue(row.fields[vc]);
    if (v < 1 || v > max) {
      return t->Error(row, std::string(value_col) + " must be 1-" + std::to_string(max));
    }
    if (!flag_ok(row.fields[fc])) {
      return t->Error(row, "bad " + std::string(flag_col) + " '" + row.fields[fc] + "'");
    }
    std::vector<std::string> toks = tokenizer.PhraseTokens(row.fields[nc]);
    if (toks.size() != 1) return t->Error(row, "a name must be one token");
    trie->Add(toks, static_cast<uint32_t>(info->size()));
    info->emplace_back(v, flag_of(row.fields[fc]));
  }
  return Status::Ok();
}

}  // namespace

DateFinder::DateFinder() : lex_(std::make_unique<Lexicon>()) {}
DateFinder::DateFinder(DateFinder&&) noexcept = default;
DateFinder& DateFinder::operator=(DateFinder&&) noexcept = default;
DateFinder::~DateFinder() = default;

StatusOr<DateFinder> DateFinder::Create(const LexiconSet& lexicons, const Tokenizer& tokenizer,
                                        Vocabulary* vocabulary) {
  DateFinder f;
  Lexicon& lex = *f.lex_;
  Status s = LoadNames(
      lexicons, tokenizer, "months", "month", "form", 12, &lex.months, &lex.month_info,
      [](const std::string& v) { return v == "short"; },
      [](const std::string& v) { return v == "full" || v == "old" || v == "short"; });
  if (!s.ok()) return s;
  s = LoadNames(
      lexicons, tokenizer, "weekdays", "iso", "ambiguous", 7, &lex.weekdays, &lex.weekday_info,
      [](const std::string& v) { return v == "yes"; },
      [](const std::string& v) { return v == "yes" || v == "no"; });
  if (!s.ok()) return s;
  StatusOr<TsvTable> t = lexicons.Table("date_words", {"phrase", "class", "value"});
  if (!t.ok()) return t.status();
  int pc = t->Column("phrase"), cc = t->Column("class"), vc = t->Column("value");
  WordTrie starting;  // the phrases an expression may start with
  for (const TsvRow& row : t->rows()) {
    const ClassName* cls = nullptr;
    for (const ClassName& c : kClassNames) {
      if (c.name == row.fields[cc]) cls = &c;
    }
    if (!cls) return t->Error(row, "unknown class '" + row.fields[cc] + "'");
    const std::string& value = row.fields[vc];
    if (cls->needs_value && value == "-") return t->Error(row, "this class needs a value");
    if (cls->cls == WordClass::kMod && value != "START" && value != "MID" && value != "END") {
      return t->Error(row, "mod value must be START, MID or END");
    }
    if ((cls->cls == WordClass::kUnit || cls->cls == WordClass::kUnitOne) && value != "D" &&
        value != "W" && value != "M" && value != "Y" && value != "DE" && value != "CE" &&
        value != "H" && value != "MIN" && value != "S") {
      return t->Error(row, "unit value must be D W M Y DE CE H MIN or S");
    }
    if (cls->cls == WordClass::kQuarter && value != "Q" && value != "H" && value != "T") {
      return t->Error(row, "quarter value must be Q, H or T");
    }
    std::vector<std::string> toks = tokenizer.PhraseTokens(row.fields[pc]);
    if (toks.empty()) return t->Error(row, "empty phrase");
    lex.words.Add(toks, static_cast<uint32_t>(lex.word_info.size()));
    lex.word_info.push_back(DateWord{cls->cls, value});
    if (cls->starts) starting.Add(toks, 0);
  }
  StatusOr<NumberReader> numbers = NumberReader::Create(lexicons, tokenizer);
  if (!numbers.ok()) return numbers.status();
  lex.numbers.emplace(std::move(*numbers));
  lex.starters.Add(starting);
  lex.starters.Add(lex.months);
  lex.starters.Add(lex.weekdays);
  lex.numbers->AddNumberStarters(&lex.starters);
  // Word ids instead of hashing every token's text.
  if (!vocabulary) {
    lex.own_vocabulary = std::make_unique<Vocabulary>();
    vocabulary = lex.own_vocabulary.get();
  }
  lex.months.Intern(vocabulary);
  lex.weekdays.Intern(vocabulary);
  lex.words.Intern(vocabulary);
  lex.starters.Intern(vocabulary);
  lex.numbers->Intern(vocabulary);
  return f;
}

DateResult DateFinder::Find(std::string_view text, const TokenizedText& tokens_in,
                            const DateContext& ctx) const {
  // Standalone: the tokens carry no ids of our vocabulary yet.
  std::optional<TokenizedText> own;
  if (lex_->own_vocabulary) {
    own = tokens_in;
    lex_->own_vocabulary->Assign(&*own);
  }
  const TokenizedText& tokens = own ? *own : tokens_in;
  DateResult result;
  std::vector<Draft> drafts;
  Scanner scanner(*lex_, text, tokens);
  for (const Sentence& s : tokens.sentences) scanner.Run(s.first, s.last, &drafts);
  Ref ref;
  if (std::optional<CivilDate> c = ParseIsoDate(ctx.published)) {
    ref = MakeRef(*c);
    result.reference_source = "input";
  }
  if (!ref.ok && ctx.dateline) {
    for (const Draft& d : drafts) {
      Span s{tokens.tokens[d.tb].span.begin, tokens.tokens[d.te - 1].span.end};
      if (FullDate(d) && ctx.dateline->Contains(s)) {
        ref = MakeRef(CivilDate{d.p.y, d.p.m, d.p.d});
        result.reference_source = "dateline";
        break;
      }
    }
  }
  if (!ref.ok) {
    if (std::optional<CivilDate> c = ParseIsoDate(ctx.default_published)) {
      ref = MakeRef(*c);
      result.reference_source = "option";
    }
  }
  if (!ref.ok) {
    ref = RefFromText(drafts);
    if (ref.ok) result.reference_source = "text";
  }
  if (ref.ok) result.reference_date = FormatDate(ref.c.year, ref.c.month, ref.c.day);
  Resolver resolver(ref);
  result.dates.reserve(drafts.size());
  for (const Draft& d : drafts) result.dates.push_back(resolver.Resolve(d, tokens.tokens));
  return result;
}

std::vector<DateExpr> FindDates(const Document& doc, const TokenizedText& tokens,
                                const DateContext& ctx) {
  static const DateFinder* finder = []() -> const DateFinder* {
    StatusOr<LexiconSet> lexicons = LexiconSet::Load("");
    if (!lexicons.ok()) return nullptr;
    StatusOr<Tokenizer> tokenizer = Tokenizer::Create(*lexicons);
    if (!tokenizer.ok()) return nullptr;
    StatusOr<DateFinder> f = DateFinder::Create(*lexicons, *tokenizer);
    if (!f.ok()) return nullptr;
    return new DateFinder(std::move(*f));
  }();
  if (!finder) return {};
  return finder->Find(doc.text(), tokens, ctx).dates;
}

}  // namespace warta
