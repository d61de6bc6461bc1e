#include "warta/eval/match.h"

#include <unicode/locid.h>
#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <set>

namespace warta::eval {
namespace {

// score.py's HONORIFICS: dropped from names before comparing them.
const std::set<std::string, std::less<>>& Honorifics() {
  static const auto* kSet = new std::set<std::string, std::less<>>{
      "bapak",  "bpk", "pak",   "ibu",   "bu",     "h",   "hj",    "dr",
      "drs",    "dra", "ir",    "prof",  "kh",     "sdr", "sdri",  "tuan",
      "nyonya", "ny",  "habib", "ustaz", "ustadz", "drg", "dr(hc)"};
  return *kSet;
}

// Python's str.isspace(): category Zs or bidi class WS, B or S.
bool IsPySpace(UChar32 c) {
  if (u_charType(c) == U_SPACE_SEPARATOR) return true;
  UCharDirection d = u_charDirection(c);
  return d == U_WHITE_SPACE_NEUTRAL || d == U_BLOCK_SEPARATOR || d == U_SEGMENT_SEPARATOR;
}

// Python's `\w` for str patterns: alphabetic, any numeric type, or '_'.
bool IsPyWord(UChar32 c) {
  return c == '_' || u_isalpha(c) || u_getIntPropertyValue(c, UCHAR_NUMERIC_TYPE) != U_NT_NONE;
}

icu::UnicodeString Nfkc(std::string_view s) {
  icu::UnicodeString u =
      icu::UnicodeString::fromUTF8(icu::StringPiece(s.data(), static_cast<int32_t>(s.size())));
  UErrorCode ec = U_ZERO_ERROR;
  const icu::Normalizer2* nfkc = icu::Normalizer2::getNFKCInstance(ec);
  if (U_FAILURE(ec)) return u;  // ICU data missing: compare unnormalised
  icu::UnicodeString out = nfkc->normalize(u, ec);
  return U_FAILURE(ec) ? u : out;
}

std::string ToUtf8(const icu::UnicodeString& u) {
  std::string out;
  u.toUTF8String(out);
  return out;
}

// Python's s.split() on an already folded string.
std::vector<std::string> SplitSpaces(const std::string& s) {
  std::vector<std::string> out;
  size_t i = 0;
  while (i < s.size()) {
    size_t j = s.find(' ', i);
    if (j == std::string::npos) j = s.size();
    if (j > i) out.push_back(s.substr(i, j - i));
    i = j + 1;
  }
  return out;
}

// Splits on Python white space (before folding, which would also drop it).
std::vector<icu::UnicodeString> SplitPySpace(const icu::UnicodeString& u) {
  std::vector<icu::UnicodeString> out;
  icu::UnicodeString cur;
  for (int32_t i = 0; i < u.length(); i = u.moveIndex32(i, 1)) {
    UChar32 c = u.char32At(i);
    if (IsPySpace(c)) {
      if (!cur.isEmpty()) out.push_back(cur);
      cur.remove();
    } else {
      cur.append(c);
    }
  }
  if (!cur.isEmpty()) out.push_back(cur);
  return out;
}

const Json& Null() {
  static const Json* kNull = new Json(nullptr);
  return *kNull;
}

// e.get(key) with missing = null.
const Json& Get(const Json& e, const char* key) {
  if (!e.is_object()) return Null();
  auto it = e.find(key);
  return it == e.end() ? Null() : *it;
}

std::string Str(const Json& v) { return v.is_string() ? v.get<std::string>() : std::string(); }

// Python truthiness of a JSON value.
bool Truthy(const Json& v) {
  if (v.is_null()) return false;
  if (v.is_boolean()) return v.get<bool>();
  if (v.is_number()) return v.get<double>() != 0;
  // json::empty() is false for every string, so strings are measured.
  if (v.is_string()) return !v.get_ref<const std::string&>().empty();
  if (v.is_array() || v.is_object()) return !v.empty();
  return true;
}

// Python's str(x) for a JSON value, as far as folding can tell the difference.
std::string PyStr(const Json& v) {
  if (v.is_string()) return v.get<std::string>();
  if (v.is_boolean()) return v.get<bool>() ? "True" : "False";
  return v.dump();
}

struct IntSpan {
  long long start, end;
};

bool IsInt(const Json& v) { return v.is_number_integer(); }

std::vector<IntSpan> Spans(const Json& e) {
  std::vector<IntSpan> out;
  const Json& ms = Get(e, "mentions");
  if (!ms.is_array()) return out;
  for (const Json& m : ms) {
    const Json& s = Get(m, "start");
    const Json& t = Get(m, "end");
    if (IsInt(s) && IsInt(t)) out.push_back({s.get<long long>(), t.get<long long>()});
  }
  return out;
}

bool Overlap(IntSpan a, IntSpan b, bool half) {
  long long lo = std::max(a.start, b.start), hi = std::min(a.end, b.end);
  if (hi <= lo) return false;
  if (!half) return true;
  return (hi - lo) * 2 >= std::min(a.end - a.start, b.end - b.start);
}

bool AnyOverlap(const std::vector<IntSpan>& a, const std::vector<IntSpan>& b, bool half) {
  for (IntSpan x : a) {
    for (IntSpan y : b) {
      if (Overlap(x, y, half)) return true;
    }
  }
  return false;
}

bool SameNonEmptyFold(const Json& a, const Json& b) {
  std::string fa = Fold(Str(a));
  return !fa.empty() && fa == Fold(Str(b));
}

bool SameMentionExactly(const Json& g, const Json& p) {
  for (IntSpan a : Spans(g)) {
    for (IntSpan b : Spans(p)) {
      if (a.start == b.start && a.end == b.end) return true;
    }
  }
  return false;
}

// The strict rule of the named types: the same folded name; an entity whose
// gold name is empty (an award the text never names) needs the same folded
// (empty) name and a mention with exactly the same span.
bool SameNameStrictly(const Json& g, const Json& p) {
  std::string fg = Fold(Str(Get(g, "name")));
  if (fg != Fold(Str(Get(p, "name")))) return false;
  return !fg.empty() || SameMentionExactly(g, p);
}

// score.py's name test: equal token lists, or the shorter list (two tokens at
// least) contained in the longer.
bool SameNameTokens(const std::vector<std::string>& gt, const std::vector<std::string>& pt) {
  if (gt.empty() || pt.empty()) return false;
  if (gt == pt) return true;
  const auto& small = gt.size() <= pt.size() ? gt : pt;
  const auto& big = gt.size() <= pt.size() ? pt : gt;
  if (small.size() < 2) return false;
  for (const std::string& t : small) {
    if (std::find(big.begin(), big.end(), t) == big.end()) return false;
  }
  return true;
}

bool SameOfficial(Rule rule, const Json& g, const Json& p) {
  if (rule == Rule::kStrict) return SameNameStrictly(g, p);
  if (SameNameTokens(NameTokens(Str(Get(g, "name"))), NameTokens(Str(Get(p, "name"))))) {
    return true;
  }
  return AnyOverlap(Spans(g), Spans(p), /*half=*/true);
}

bool SameAgency(Rule rule, const Json& g, const Json& p) {
  if (rule == Rule::kStrict) return SameNameStrictly(g, p);
  if (AnyOverlap(Spans(g), Spans(p), /*half=*/true)) return true;
  if (SameNonEmptyFold(Get(g, "name"), Get(p, "name"))) return true;
  return SameNonEmptyFold(Get(g, "acronym"), Get(p, "acronym"));
}

std::set<std::string> WordSet(const Json& v) {
  std::vector<std::string> words = SplitSpaces(Fold(Str(v)));
  return std::set<std::string>(words.begin(), words.end());
}

bool SameAward(Rule rule, const Json& g, const Json& p) {
  if (rule == Rule::kStrict) return SameNameStrictly(g, p);
  if (AnyOverlap(Spans(g), Spans(p), /*half=*/false)) return true;
  std::set<std::string> gt = WordSet(Get(g, "name")), pt = WordSet(Get(p, "name"));
  if (gt.empty() || pt.empty()) return false;
  size_t common = 0;
  for (const std::string& t : gt) common += pt.count(t);
  return common * 2 >= std::max(gt.size(), pt.size());
}

bool SameSpan(Rule rule, const Json& g, const Json& p) {
  for (const Json* x : {&g, &p}) {
    if (!IsInt(Get(*x, "start")) || !IsInt(Get(*x, "end"))) return false;
  }
  IntSpan a{Get(g, "start").get<long long>(), Get(g, "end").get<long long>()};
  IntSpan b{Get(p, "start").get<long long>(), Get(p, "end").get<long long>()};
  if (rule == Rule::kStrict) return a.start == b.start && a.end == b.end;
  return Overlap(a, b, /*half=*/false);
}

// --- attribute comparisons, as score.py ---

bool LooseEq(const Json& a, const Json& b) {
  std::string fa = a.is_null() ? "" : Fold(PyStr(a));
  std::string fb = b.is_null() ? "" : Fold(PyStr(b));
  if (fa.empty() && fb.empty()) return true;
  if (fa.empty() || fb.empty()) return false;
  if (fa == fb) return true;
  std::vector<std::string> wa = SplitSpaces(fa), wb = SplitSpaces(fb);
  std::set<std::string> ta(wa.begin(), wa.end()), tb(wb.begin(), wb.end());
  return std::includes(tb.begin(), tb.end(), ta.begin(), ta.end()) ||
         std::includes(ta.begin(), ta.end(), tb.begin(), tb.end());
}

// Python's float(x): numbers, booleans and numeric strings.
bool PyFloat(const Json& v, double* out) {
  if (v.is_number()) {
    *out = v.get<double>();
    return true;
  }
  if (v.is_boolean()) {
    *out = v.get<bool>() ? 1 : 0;
    return true;
  }
  if (!v.is_string()) return false;
  std::string s = v.get<std::string>();
  size_t b = s.find_first_not_of(" \t\n\r\f\v"), e = s.find_last_not_of(" \t\n\r\f\v");
  if (b == std::string::npos) return false;
  s = s.substr(b, e - b + 1);
  if (s.find_first_of("xX") != std::string::npos) return false;  // strtod's hex floats
  char* end = nullptr;
  *out = std::strtod(s.c_str(), &end);
  return end == s.c_str() + s.size();
}

bool NumEq(const Json& a, const Json& b) {
  if (a.is_null() || b.is_null()) return a.is_null() && b.is_null();
  double x, y;
  if (!PyFloat(a, &x) || !PyFloat(b, &y)) return false;
  return std::fabs(x - y) < 1e-6;
}

// score.py's ref_name(): a {name, ...} reference or a bare value.
const Json& RefName(const Json& x) { return x.is_object() ? Get(x, "name") : x; }

// score.py's jur(): a jurisdiction's name; national offices may say
// "Indonesia" or nothing, which all count as none.
Json Jur(const Json& x) {
  const Json& name = x.is_object() ? Get(x, "name") : x;
  if (Truthy(name)) {
    std::string f = Fold(PyStr(name));
    if (f == "indonesia" || f == "republik indonesia" || f == "ri" || f == "nasional") {
      return nullptr;
    }
  }
  return name;
}

// The name of the official a quote is attributed to ("O2" -> "Edi Rusdi
// Kamtono"); the speaker value itself when it is no official id.
std::string SpeakerName(const Json& quote, const Json& record) {
  const Json& speaker = Get(quote, "speaker");
  if (speaker.is_object()) return Str(Get(speaker, "name"));
  if (!speaker.is_string()) return "";
  const Json& officials = Get(record, "officials");
  if (officials.is_array()) {
    for (const Json& o : officials) {
      if (Get(o, "id") == speaker) return Str(Get(o, "name"));
    }
  }
  return speaker.get<std::string>();
}

std::string Show(const Json& v) {
  if (v.is_null()) return "null";
  return v.dump(-1, ' ', false, nlohmann::detail::error_handler_t::replace);
}

template <const char* kKey>
std::string ShowKey(const Json& e, const Json&) {
  return Show(Get(e, kKey));
}
template <const char* kKey>
std::string ShowRef(const Json& e, const Json&) {
  return Show(RefName(Get(e, kKey)));
}
template <const char* kKey>
bool LooseKey(const Json& g, const Json& p, const Json&, const Json&) {
  return LooseEq(Get(g, kKey), Get(p, kKey));
}
template <const char* kKey>
bool NumKey(const Json& g, const Json& p, const Json&, const Json&) {
  return NumEq(Get(g, kKey), Get(p, kKey));
}
template <const char* kKey>
bool EqKey(const Json& g, const Json& p, const Json&, const Json&) {
  return Get(g, kKey) == Get(p, kKey);
}
template <const char* kKey>
bool RefKey(const Json& g, const Json& p, const Json&, const Json&) {
  return LooseEq(RefName(Get(g, kKey)), RefName(Get(p, kKey)));
}

bool JurisdictionAgrees(const Json& g, const Json& p, const Json&, const Json&) {
  return LooseEq(Jur(Get(g, "jurisdiction")), Jur(Get(p, "jurisdiction")));
}

bool SpeakerAgrees(const Json& g, const Json& p, const Json& grec, const Json& prec) {
  std::string gs = SpeakerName(g, grec), ps = SpeakerName(p, prec);
  if (gs.empty() || ps.empty()) return gs.empty() && ps.empty();
  return SameNameTokens(NameTokens(gs), NameTokens(ps));
}

std::string ShowSpeaker(const Json& q, const Json& record) {
  std::string name = SpeakerName(q, record);
  return name.empty() ? "null" : Show(Json(name));
}

constexpr char kTitle[] = "title", kJurisdiction[] = "jurisdiction", kActing[] = "acting",
               kAcronym[] = "acronym", kKind[] = "kind", kGiver[] = "giver",
               kRecipient[] = "recipient", kRank[] = "rank", kYear[] = "year", kScore[] = "score",
               kValue[] = "value", kType[] = "type", kUnit[] = "unit";

std::string ShowJurisdiction(const Json& e, const Json&) {
  const Json& j = Get(e, "jurisdiction");
  return Show(j.is_object() ? Get(j, "name") : j);
}

}  // namespace

const char* TypeName(EntityType type) {
  switch (type) {
    case EntityType::kOfficials:
      return "officials";
    case EntityType::kAgencies:
      return "agencies";
    case EntityType::kAwards:
      return "awards";
    case EntityType::kDates:
      return "dates";
    case EntityType::kScores:
      return "scores";
    case EntityType::kCounts:
      return "counts";
    case EntityType::kQuotes:
      return "quotes";
  }
  return "?";
}

bool InMacro(EntityType type) { return type != EntityType::kCounts && type != EntityType::kQuotes; }

std::string Fold(std::string_view s) {
  icu::UnicodeString u = Nfkc(s);
  u.toLower(icu::Locale::getRoot());
  std::string out;
  bool pending_space = false;
  for (int32_t i = 0; i < u.length(); i = u.moveIndex32(i, 1)) {
    UChar32 c = u.char32At(i);
    if (IsPyWord(c)) {
      if (pending_space && !out.empty()) out += ' ';
      pending_space = false;
      icu::UnicodeString one(c);
      one.toUTF8String(out);
    } else {
      pending_space = true;  // white space and punctuation alike separate words
    }
  }
  return out;
}

std::vector<std::string> NameTokens(std::string_view name) {
  icu::UnicodeString u = Nfkc(name);
  int32_t comma = u.indexOf(static_cast<char16_t>(u','));
  if (comma >= 0) u.truncate(comma);
  std::vector<std::string> out;
  for (icu::UnicodeString tok : SplitPySpace(u)) {
    tok.toLower(icu::Locale::getRoot());
    int32_t b = 0, e = tok.length();
    while (b < e && tok.charAt(b) == u'.') ++b;
    while (e > b && tok.charAt(e - 1) == u'.') --e;
    std::string t = ToUtf8(tok.tempSubStringBetween(b, e));
    if (Honorifics().count(t)) continue;
    t = Fold(t);
    if (!t.empty()) out.push_back(std::move(t));
  }
  return out;
}

bool SameEntity(EntityType type, Rule rule, const Json& gold, const Json& pred) {
  switch (type) {
    case EntityType::kOfficials:
      return SameOfficial(rule, gold, pred);
    case EntityType::kAgencies:
      return SameAgency(rule, gold, pred);
    case EntityType::kAwards:
      return SameAward(rule, gold, pred);
    case EntityType::kDates:
    case EntityType::kScores:
    case EntityType::kCounts:
    case EntityType::kQuotes:
      return SameSpan(rule, gold, pred);
  }
  return false;
}

std::vector<const Json*> ScoredEntities(EntityType type, const Json& record, bool is_gold) {
  std::vector<const Json*> out;
  const Json& list = Get(record, TypeName(type));
  if (!list.is_array()) return out;
  for (const Json& e : list) {
    if (!e.is_object()) continue;
    if (type == EntityType::kOfficials && !Truthy(Get(e, "name"))) continue;
    if (is_gold && type == EntityType::kDates && Get(e, "value").is_null()) continue;
    out.push_back(&e);
  }
  return out;
}

std::vector<MatchedPair> MatchEntities(EntityType type, Rule rule,
                                       const std::vector<const Json*>& gold,
                                       const std::vector<const Json*>& pred) {
  std::vector<MatchedPair> pairs;
  std::vector<bool> used(pred.size(), false);
  for (size_t i = 0; i < gold.size(); ++i) {
    for (size_t j = 0; j < pred.size(); ++j) {
      if (!used[j] && SameEntity(type, rule, *gold[i], *pred[j])) {
        used[j] = true;
        pairs.push_back({i, j});
        break;
      }
    }
  }
  return pairs;
}

const std::vector<AttributeRule>& Attributes(EntityType type) {
  static const auto* kOfficials =
      new std::vector<AttributeRule>{{"title", LooseKey<kTitle>, ShowKey<kTitle>},
                                     {kJurisdiction, JurisdictionAgrees, ShowJurisdiction},
                                     {"acting", LooseKey<kActing>, ShowKey<kActing>}};
  static const auto* kAgencies =
      new std::vector<AttributeRule>{{"acronym", LooseKey<kAcronym>, ShowKey<kAcronym>},
                                     {"kind", LooseKey<kKind>, ShowKey<kKind>}};
  static const auto* kAwards =
      new std::vector<AttributeRule>{{"giver", RefKey<kGiver>, ShowRef<kGiver>},
                                     {"recipient", RefKey<kRecipient>, ShowRef<kRecipient>},
                                     {"rank", EqKey<kRank>, ShowKey<kRank>},
                                     {"year", EqKey<kYear>, ShowKey<kYear>},
                                     {"score", NumKey<kScore>, ShowKey<kScore>}};
  static const auto* kDates = new std::vector<AttributeRule>{
      {"value", EqKey<kValue>, ShowKey<kValue>}, {"type", LooseKey<kType>, ShowKey<kType>}};
  static const auto* kScores =
      new std::vector<AttributeRule>{{"value", NumKey<kValue>, ShowKey<kValue>}};
  static const auto* kCounts = new std::vector<AttributeRule>{
      {"value", NumKey<kValue>, ShowKey<kValue>}, {"unit", LooseKey<kUnit>, ShowKey<kUnit>}};
  static const auto* kQuotes =
      new std::vector<AttributeRule>{{"speaker", SpeakerAgrees, ShowSpeaker}};
  switch (type) {
    case EntityType::kOfficials:
      return *kOfficials;
    case EntityType::kAgencies:
      return *kAgencies;
    case EntityType::kAwards:
      return *kAwards;
    case EntityType::kDates:
      return *kDates;
    case EntityType::kScores:
      return *kScores;
    case EntityType::kCounts:
      return *kCounts;
    case EntityType::kQuotes:
      return *kQuotes;
  }
  return *kScores;
}

std::string Describe(EntityType type, const Json& entity) {
  std::string out;
  bool has_name = type == EntityType::kOfficials || type == EntityType::kAgencies ||
                  type == EntityType::kAwards;
  if (has_name) {
    out = Show(Get(entity, "name"));
    std::vector<IntSpan> spans = Spans(entity);
    const Json* first = nullptr;
    const Json& ms = Get(entity, "mentions");
    if (ms.is_array()) {
      for (const Json& m : ms) {
        if (!IsInt(Get(m, "start"))) continue;
        if (!first || Get(m, "start").get<long long>() < Get(*first, "start").get<long long>()) {
          first = &m;
        }
      }
    }
    if (first) {
      out += " @" + std::to_string(Get(*first, "start").get<long long>()) + " " +
             Show(Get(*first, "text"));
    }
    if (spans.size() > 1) out += " (+" + std::to_string(spans.size() - 1) + " mentions)";
    return out;
  }
  out = Show(Get(entity, "text"));
  if (IsInt(Get(entity, "start")))
    out += " @" + std::to_string(Get(entity, "start").get<long long>());
  if (type != EntityType::kQuotes) out += " value=" + Show(Get(entity, "value"));
  return out;
}

}  // namespace warta::eval
