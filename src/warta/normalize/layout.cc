#include "warta/normalize/layout.h"

#include <re2/re2.h>

#include <algorithm>
#include <cstring>

#include "warta/tokenize/tokenizer.h"

namespace warta {
namespace {

char AsciiLower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c; }

bool IEquals(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i) {
    if (AsciiLower(a[i]) != AsciiLower(b[i])) return false;
  }
  return true;
}

bool IsWordChar(char c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
         static_cast<unsigned char>(c) >= 0x80;
}

// Position of `needle` in `hay` (ASCII case-insensitive) at word boundaries.
// Candidates are found with memchr on both cases of the first byte (a profile
// hot spot: every line meets every inline pattern); each memchr result is
// kept until passed, so the scan stays linear.
size_t IFindWord(std::string_view hay, std::string_view needle, size_t from) {
  if (needle.empty() || needle.size() > hay.size()) return hay.npos;
  const char lower = AsciiLower(needle.front());
  const char upper = lower >= 'a' && lower <= 'z' ? static_cast<char>(lower - 32) : lower;
  const size_t limit = hay.size() - needle.size() + 1;  // candidates are < limit
  auto next = [&](char c, size_t at) {
    if (at >= limit) return hay.npos;
    const void* p = std::memchr(hay.data() + at, c, limit - at);
    return p ? static_cast<size_t>(static_cast<const char*>(p) - hay.data()) : hay.npos;
  };
  size_t next_lower = next(lower, from);
  size_t next_upper = upper == lower ? hay.npos : next(upper, from);
  while (true) {
    size_t i = std::min(next_lower, next_upper);
    if (i == hay.npos) return hay.npos;
    if (i == next_lower) next_lower = next(lower, i + 1);
    if (i == next_upper) next_upper = next(upper, i + 1);
    if (!IEquals(hay.substr(i, needle.size()), needle)) continue;
    bool left = i == 0 || !IsWordChar(hay[i - 1]) || !IsWordChar(needle.front());
    size_t e = i + needle.size();
    bool right = e == hay.size() || !IsWordChar(hay[e]) || !IsWordChar(needle.back());
    if (left && right) return i;
  }
}

std::string Folded(std::string_view s) {
  std::string out;
  FoldCase(s, &out);
  return out;
}

// "PONTIANAK" -> "Pontianak", "BANDAR LAMPUNG" -> "Bandar Lampung"; other
// casings are kept as written.
std::string PlaceCase(std::string_view s) {
  bool has_lower = std::any_of(s.begin(), s.end(), [](char c) { return c >= 'a' && c <= 'z'; });
  std::string out(s);
  if (has_lower) return out;
  bool start = true;
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z' && !start) c = static_cast<char>(c + 32);
    start = c == ' ' || c == '-';
  }
  return out;
}

bool LooksLikeSiteName(std::string_view s) {
  std::string f = Folded(s);
  for (std::string_view tld : {".com", ".co", ".id", ".net"}) {
    if (f.find(tld) != std::string::npos) return true;
  }
  for (std::string_view tail : {"online", "news", "post", "pos", "times", "media"}) {
    if (f.size() > tail.size() && f.compare(f.size() - tail.size(), tail.size(), tail) == 0) {
      return true;
    }
  }
  // CamelCase inside one word: "KalbarOnline", "SuaraMerdeka".
  for (size_t i = 1; i + 1 < s.size(); ++i) {
    if (s[i] >= 'A' && s[i] <= 'Z' && s[i - 1] >= 'a' && s[i - 1] <= 'z') return true;
  }
  return false;
}

}  // namespace

LayoutAnalyzer::LayoutAnalyzer() = default;
LayoutAnalyzer::LayoutAnalyzer(LayoutAnalyzer&&) noexcept = default;
LayoutAnalyzer& LayoutAnalyzer::operator=(LayoutAnalyzer&&) noexcept = default;
LayoutAnalyzer::~LayoutAnalyzer() = default;

StatusOr<LayoutAnalyzer> LayoutAnalyzer::Create(const LexiconSet& lexicons) {
  LayoutAnalyzer a;
  StatusOr<TsvTable> bp = lexicons.Table("boilerplate", {"pattern", "kind", "match"});
  if (!bp.ok()) return bp.status();
  int pat = bp->Column("pattern"), kind = bp->Column("kind"), match = bp->Column("match");
  for (const TsvRow& row : bp->rows()) {
    Rule r;
    r.pattern = row.fields[pat];
    r.kind = row.fields[kind];
    r.rule = "boilerplate.tsv:" + std::to_string(row.line);
    const std::string& m = row.fields[match];
    if (r.pattern.empty()) return bp->Error(row, "empty pattern");
    if (r.kind.empty()) return bp->Error(row, "empty kind");
    if (m == "line") {
      r.match = MatchKind::kLine;
    } else if (m == "prefix") {
      r.match = MatchKind::kPrefix;
    } else if (m == "label") {
      r.match = MatchKind::kLabel;
    } else if (m == "inline") {
      r.match = MatchKind::kInline;
    } else if (m == "regex") {
      r.match = MatchKind::kRegex;
      RE2::Options opt;
      opt.set_log_errors(false);
      r.regex = std::make_unique<RE2>(r.pattern, opt);
      if (!r.regex->ok()) return bp->Error(row, "bad RE2 pattern: " + r.regex->error());
    } else {
      return bp->Error(row, "match must be line, prefix, label, inline or regex, got '" + m + "'");
    }
    a.rules_.push_back(std::move(r));
  }

  StatusOr<TsvTable> outlets = lexicons.Table("outlets", {"name", "canonical"});
  if (!outlets.ok()) return outlets.status();
  int name = outlets->Column("name"), canonical = outlets->Column("canonical");
  for (const TsvRow& row : outlets->rows()) {
    if (row.fields[name].empty() || row.fields[canonical].empty()) {
      return outlets->Error(row, "name and canonical must not be empty");
    }
    a.outlets_[Folded(row.fields[name])] = row.fields[canonical];
  }

  StatusOr<TsvTable> regions = lexicons.Table("regions", {"name", "aliases"});
  if (!regions.ok()) return regions.status();
  int rname = regions->Column("name"), aliases = regions->Column("aliases");
  for (const TsvRow& row : regions->rows()) {
    a.places_.insert(Folded(row.fields[rname]));
    for (std::string_view alias : SplitList(row.fields[aliases])) a.places_.insert(Folded(alias));
  }

  // PLACE [, PLACE-OR-OUTLET] [(OUTLET)] - ; the dash is '-' or '--' after
  // cleaning (en and em dashes fold to '-').
  a.dateline_ = std::make_unique<RE2>(
      R"(^([^\s,()-][^,()\n-]{0,40}?)(?:\s*,\s*([^,()\n-]{2,40}?))?(?:\s*\(([^()\n]{2,30})\))?\s*-{1,2}\s)");
  if (!a.dateline_->ok()) return Status(ErrorCode::kInternal, "dateline pattern");
  return a;
}

void LayoutAnalyzer::MatchLine(std::string_view line, uint32_t offset,
                               std::vector<Boilerplate>* out) const {
  // Whole-line rules first: a line that is boilerplate as a whole is reported
  // once, not also for the phrases inside it.
  for (bool whole_line : {true, false}) {
    for (const Rule& r : rules_) {
      bool rule_is_whole = r.match == MatchKind::kLine || r.match == MatchKind::kPrefix ||
                           r.match == MatchKind::kLabel;
      if (rule_is_whole != whole_line) continue;
      if (MatchRule(r, line, offset, out) && whole_line) return;
    }
  }
}

bool LayoutAnalyzer::MatchRule(const Rule& r, std::string_view line, uint32_t offset,
                               std::vector<Boilerplate>* out) const {
  size_t before = out->size();
  {
    switch (r.match) {
      case MatchKind::kLine:
        if (IEquals(line, r.pattern)) {
          out->push_back({Span{offset, offset + static_cast<uint32_t>(line.size())}, r.kind,
                          {r.rule, Confidence::kHigh}});
          return true;
        }
        break;
      case MatchKind::kPrefix:
        if (line.size() >= r.pattern.size() && IEquals(line.substr(0, r.pattern.size()), r.pattern) &&
            (line.size() == r.pattern.size() || !IsWordChar(line[r.pattern.size()]))) {
          out->push_back({Span{offset, offset + static_cast<uint32_t>(line.size())}, r.kind,
                          {r.rule, Confidence::kHigh}});
          return true;
        }
        break;
      case MatchKind::kLabel: {
        if (line.size() < r.pattern.size() || !IEquals(line.substr(0, r.pattern.size()), r.pattern)) {
          break;
        }
        size_t k = r.pattern.size();
        while (k < line.size() && line[k] == ' ') ++k;
        if (k < line.size() && line[k] == ':') {
          out->push_back({Span{offset, offset + static_cast<uint32_t>(line.size())}, r.kind,
                          {r.rule, Confidence::kHigh}});
          return true;
        }
        break;
      }
      case MatchKind::kInline:
        for (size_t p = IFindWord(line, r.pattern, 0); p != line.npos;
             p = IFindWord(line, r.pattern, p + r.pattern.size())) {
          uint32_t b = offset + static_cast<uint32_t>(p);
          out->push_back({Span{b, b + static_cast<uint32_t>(r.pattern.size())}, r.kind,
                          {r.rule, Confidence::kHigh}});
        }
        break;
      case MatchKind::kRegex: {
        // Each search is linear, but one can scan to the line's end before
        // settling on a short match ("a.*z|a" on "aaaa..."), so unbounded
        // repeated searches would be quadratic in the line: cap them.
        constexpr int kMaxMatchesPerLine = 16;
        re2::StringPiece input(line.data(), line.size());
        re2::StringPiece m;
        size_t pos = 0;
        int matches = 0;
        while (pos <= line.size() && matches++ < kMaxMatchesPerLine &&
               r.regex->Match(input, pos, line.size(), RE2::UNANCHORED, &m, 1)) {
          size_t b = m.data() - line.data();
          if (m.empty()) break;
          out->push_back({Span{offset + static_cast<uint32_t>(b),
                               offset + static_cast<uint32_t>(b + m.size())},
                          r.kind, {r.rule, Confidence::kMedium}});
          pos = b + m.size();
        }
        break;
      }
    }
  }
  return out->size() > before;
}

void LayoutAnalyzer::Analyze(const Document& doc, std::string_view record_title, Meta* meta,
                             std::vector<Boilerplate>* boilerplate) const {
  std::string_view text = doc.text();
  std::vector<Span> lines;
  for (size_t pos = 0; pos < text.size();) {
    size_t nl = text.find('\n', pos);
    if (nl == text.npos) nl = text.size();
    if (nl > pos) lines.push_back(Span{static_cast<uint32_t>(pos), static_cast<uint32_t>(nl)});
    pos = nl + 1;
  }

  // Title.
  size_t body_first = 0;
  if (!record_title.empty()) {
    meta->title = std::string(record_title);
  } else if (lines.size() >= 2) {
    std::string_view first = doc.Slice(lines[0]);
    bool headline = first.size() <= 250 && first.find(' ') != first.npos &&
                    std::string_view(".:;,").find(first.back()) == std::string_view::npos;
    if (headline) {
      meta->title = std::string(first);
      meta->title_span = lines[0];
      body_first = 1;
    }
  }
  if (!meta->title_span && !meta->title.empty() && !lines.empty() &&
      IEquals(doc.Slice(lines[0]), meta->title)) {
    meta->title_span = lines[0];
    body_first = 1;
  }

  // Boilerplate, line by line.
  std::string_view title = meta->title;
  std::vector<bool> is_boilerplate(lines.size(), false);
  for (size_t i = body_first; i < lines.size(); ++i) {
    std::string_view line = doc.Slice(lines[i]);
    size_t before = boilerplate->size();
    if (!title.empty() && line.size() >= title.size() &&
        IEquals(line.substr(0, title.size()), title)) {
      std::string_view rest = line.substr(title.size());
      if (rest.empty()) {
        boilerplate->push_back({lines[i], "repeated_title", {"layout.repeated_title", Confidence::kHigh}});
      } else if (rest.size() <= 4 && rest[0] == ' ' &&
                 std::all_of(rest.begin() + 1, rest.end(), [](char c) { return c >= '0' && c <= '9'; }) &&
                 rest.size() > 1) {
        boilerplate->push_back({lines[i], "caption", {"layout.caption", Confidence::kHigh}});
      }
    }
    if (boilerplate->size() == before) MatchLine(line, lines[i].begin, boilerplate);
    for (size_t k = before; k < boilerplate->size(); ++k) {
      if ((*boilerplate)[k].span == lines[i]) is_boilerplate[i] = true;
    }
  }
  std::sort(boilerplate->begin(), boilerplate->end(),
            [](const Boilerplate& a, const Boilerplate& b) { return a.span < b.span; });

  // Dateline: the first body line that is not boilerplate, or one of the next two.
  std::vector<Span> candidates;
  for (size_t i = body_first; i < lines.size() && candidates.size() < 3; ++i) {
    if (!is_boilerplate[i]) candidates.push_back(lines[i]);
  }
  FindDateline(doc, candidates, meta);
}

void LayoutAnalyzer::FindDateline(const Document& doc, const std::vector<Span>& lines,
                                  Meta* meta) const {
  for (const Span& line_span : lines) {
    std::string_view line = doc.Slice(line_span);
    // A dateline opens the first paragraph; a subtitle (short, unpunctuated)
    // may come before it, a paragraph of body text may not.
    bool subtitle = line.size() <= 150 && std::string_view(".!?\"").find(line.back()) == line.npos;
    re2::StringPiece input(line.data(), line.size());
    re2::StringPiece m[4];
    if (!dateline_->Match(input, 0, line.size(), RE2::ANCHOR_START, m, 4)) {
      if (subtitle) continue;
      return;
    }
    std::vector<std::string_view> parts;
    for (int g = 1; g <= 3; ++g) {
      if (!m[g].empty()) parts.emplace_back(m[g].data(), m[g].size());
    }
    // A dateline's parts are names: capitalised words, a site name or a date.
    auto is_outlet = [&](std::string_view p) {
      return outlets_.count(Folded(p)) > 0 || LooksLikeSiteName(p);
    };
    auto is_date = [](std::string_view p) {
      return std::any_of(p.begin(), p.end(), [](char c) { return c >= '0' && c <= '9'; });
    };
    bool names_only = true;
    for (std::string_view p : parts) {
      if (is_date(p)) continue;
      size_t words = std::count(p.begin(), p.end(), ' ') + 1;
      if (words > 4) names_only = false;
      for (size_t i = 0; i < p.size(); ++i) {
        bool word_start = i == 0 || p[i - 1] == ' ';
        if (word_start && p[i] >= 'a' && p[i] <= 'z' && !outlets_.count(Folded(p))) {
          names_only = false;
        }
      }
    }
    if (!names_only) continue;
    std::string_view outlet, place;
    if (!m[3].empty()) {
      // "Sukabumi, Jawa Barat (ANTARA News) -": the parenthesis names the outlet.
      outlet = std::string_view(m[3].data(), m[3].size());
      place = std::string_view(m[1].data(), m[1].size());
    }
    for (std::string_view p : parts) {
      if (!m[3].empty()) break;
      if (is_date(p)) continue;
      if (outlet.empty() && is_outlet(p) && !(places_.count(Folded(p)) && !outlets_.count(Folded(p)))) {
        outlet = p;
      } else if (place.empty()) {
        place = p;
      } else if (outlet.empty()) {
        outlet = p;
      }
    }
    if (outlet.empty() && place.empty()) continue;
    // Without an outlet, "X - " is a dateline only when X is a known place or
    // written in capitals ("SAMARINDA - "): "Baru - baru ini" is not one.
    if (outlet.empty()) {
      bool caps = std::none_of(place.begin(), place.end(), [](char c) { return c >= 'a' && c <= 'z'; });
      if (!caps && !places_.count(Folded(place))) continue;
    }
    if (!outlet.empty()) {
      auto it = outlets_.find(Folded(outlet));
      meta->outlet = it != outlets_.end() ? it->second : std::string(outlet);
    }
    if (!place.empty()) meta->dateline_place = PlaceCase(place);
    meta->dateline_span = Span{line_span.begin, line_span.begin + static_cast<uint32_t>(m[0].size())};
    return;
  }
}

}  // namespace warta
