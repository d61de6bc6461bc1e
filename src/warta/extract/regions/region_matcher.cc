#include "warta/extract/regions/region_matcher.h"

#include <cctype>
#include <unordered_set>

namespace warta {
namespace {

bool IsRegionLevel(std::string_view l) {
  return l == "provinsi" || l == "kabupaten" || l == "kota";
}
bool IsLocalLevel(std::string_view l) {
  return l == "kecamatan" || l == "kelurahan" || l == "desa";
}

// "NN" for a province, "NN.NN" below it; kabupaten 01-69, kota 70-99.
bool ValidCode(std::string_view code, std::string_view level) {
  auto digits = [](std::string_view s) {
    for (char c : s) {
      if (!std::isdigit(static_cast<unsigned char>(c))) return false;
    }
    return !s.empty();
  };
  if (level == "provinsi") return code.size() == 2 && digits(code);
  if (code.size() != 5 || code[2] != '.' || !digits(code.substr(0, 2)) || !digits(code.substr(3)))
    return false;
  int sub = (code[3] - '0') * 10 + (code[4] - '0');
  return level == "kota" ? sub >= 70 : (sub >= 1 && sub < 70);
}

std::string Capitalize(std::string_view level) {
  std::string s(level);
  if (!s.empty()) s[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(s[0])));
  return s;
}

}  // namespace

std::string TokenSurface(const TokenizedText& t, std::string_view text, uint32_t begin,
                         uint32_t end) {
  if (end <= begin) return std::string();
  uint32_t b = t.tokens[begin].span.begin, e = t.tokens[end - 1].span.end;
  return std::string(text.substr(b, e - b));
}

bool IsCapitalizedWord(const Token& t) {
  if (!t.Has(kCapitalized) || t.Has(kPunct)) return false;
  return t.Has(kAlpha) || t.Has(kHyphenated) || t.Has(kAllCaps) || t.Has(kAbbrev);
}

bool IsRoman(std::string_view s) {
  if (s.empty() || s.size() > 5) return false;
  for (char c : s) {
    if (c != 'I' && c != 'V' && c != 'X') return false;
  }
  return true;
}

StatusOr<RegionMatcher> RegionMatcher::Create(const BuildContext& ctx) {
  RegionMatcher m;
  StatusOr<TsvTable> regions = ctx.lexicons.Table("regions", {"code", "level", "name", "aliases"});
  if (!regions.ok()) return regions.status();
  int code = regions->Column("code"), level = regions->Column("level"),
      name = regions->Column("name"), aliases = regions->Column("aliases");
  std::unordered_set<std::string> codes;
  for (const TsvRow& row : regions->rows()) {
    const std::string& c = row.fields[code];
    const std::string& l = row.fields[level];
    if (!IsRegionLevel(l)) return regions->Error(row, "level must be provinsi, kabupaten or kota");
    if (!ValidCode(c, l)) return regions->Error(row, "malformed code '" + c + "' for " + l);
    if (!codes.insert(c).second) return regions->Error(row, "duplicate code " + c);
    if (l != "provinsi" && !codes.count(c.substr(0, 2)))
      return regions->Error(row, "code " + c + " before its province");
    uint32_t index = static_cast<uint32_t>(m.regions_.size());
    m.regions_.push_back(Region{c, l, row.fields[name]});
    if (!m.names_.Add(ctx.tokenizer, ctx.vocabulary, row.fields[name], false, index * 2))
      return regions->Error(row, "empty name");
    for (std::string_view alias : SplitList(row.fields[aliases])) {
      m.names_.Add(ctx.tokenizer, ctx.vocabulary, alias, false, index * 2 + 1);
    }
  }

  StatusOr<TsvTable> levels = ctx.lexicons.Table("region_levels", {"phrase", "level"});
  if (!levels.ok()) return levels.status();
  int phrase = levels->Column("phrase"), lvl = levels->Column("level");
  for (const TsvRow& row : levels->rows()) {
    const std::string& l = row.fields[lvl];
    if (!IsRegionLevel(l) && !IsLocalLevel(l))
      return levels->Error(row, "unknown level '" + l + "'");
    uint32_t payload = static_cast<uint32_t>(m.levels_.size());
    m.levels_.push_back(l);
    m.level_words_.Add(ctx.tokenizer, ctx.vocabulary, row.fields[phrase], false, payload);
  }

  StatusOr<TsvTable> places = ctx.lexicons.Table("place_words", {"word", "role"});
  if (!places.ok()) return places.status();
  int word = places->Column("word"), role = places->Column("role");
  for (const TsvRow& row : places->rows()) {
    const std::string& r = row.fields[role];
    if (r != "prefix" && r != "suffix") return places->Error(row, "role must be prefix or suffix");
    std::vector<std::string> t = ctx.tokenizer.PhraseTokens(row.fields[word]);
    if (t.size() != 1) return places->Error(row, OneWordError(row.fields[word], t.size()));
    m.place_words_[ctx.vocabulary->Intern(t[0])] = r == "prefix" ? 'p' : 's';
  }
  return m;
}

std::string RegionMatcher::DisplayName(const Region& r) {
  if (r.level == "provinsi") return r.name;
  return Capitalize(r.level) + " " + r.name;
}

Jurisdiction RegionMatcher::JurisdictionOf(int region) const {
  const Region& r = regions_[region];
  return Jurisdiction{DisplayName(r), r.level, r.code, false};
}

std::string_view RegionMatcher::LevelWordAt(const TokenizedText& tokens, std::string_view text,
                                            uint32_t i, uint32_t limit, uint32_t* end) const {
  PhraseMatcher::Match m;
  if (!level_words_.LongestAt(tokens, text, i, limit, &m)) return {};
  *end = m.end;
  return levels_[m.payload];
}

int RegionMatcher::Resolve(const std::vector<uint32_t>& payloads, std::string_view level_written,
                           std::string_view hint) const {
  // Candidates of the written level only; else prefer the hinted level, then
  // names over aliases ("Yogyakarta" the kota over the province's alias).
  std::vector<uint32_t> c;
  for (uint32_t p : payloads) {
    if (level_written.empty() || regions_[p / 2].level == level_written) c.push_back(p);
  }
  if (c.empty()) return -1;
  auto keep = [&c](auto pred) {
    std::vector<uint32_t> k;
    for (uint32_t p : c) {
      if (pred(p)) k.push_back(p);
    }
    if (!k.empty()) c.swap(k);
  };
  if (IsRegionLevel(hint)) keep([&](uint32_t p) { return regions_[p / 2].level == hint; });
  keep([](uint32_t p) { return p % 2 == 0; });
  // One region may be reached by two of its forms.
  for (uint32_t p : c) {
    if (p / 2 != c[0] / 2) return -2;  // ambiguous
  }
  return static_cast<int>(c[0] / 2);
}

bool RegionMatcher::Match(const TokenizedText& tokens, std::string_view text, uint32_t i,
                          uint32_t limit, std::string_view hint, RegionMatch* out) const {
  if (i >= limit) return false;
  uint32_t start = i;
  std::string_view written;
  uint32_t after_level = 0;
  std::string_view level = LevelWordAt(tokens, text, i, limit, &after_level);
  if (!level.empty()) {
    if (!IsRegionLevel(level)) return false;
    written = level;
    i = after_level;
    if (i >= limit) return false;
  }
  if (!IsCapitalizedWord(tokens.tokens[i])) return false;
  std::vector<PhraseMatcher::Match> matches;
  names_.MatchesAt(tokens, text, i, limit, &matches);
  // Longest first; the longest form that has a region of the written level.
  for (size_t a = 0; a < matches.size();) {
    size_t b = a;
    std::vector<uint32_t> payloads;
    while (b < matches.size() && matches[b].end == matches[a].end)
      payloads.push_back(matches[b++].payload);
    uint32_t end = matches[a].end;
    a = b;
    // A bare name must be capitalised throughout ("Pangkajene dan Kepulauan").
    bool capitalized = true;
    for (uint32_t k = i; k < end; ++k) {
      const Token& t = tokens.tokens[k];
      if (!t.Has(kCapitalized) && !t.Has(kPunct) && TokenText(tokens, text, k) != "dan")
        capitalized = false;
    }
    if (!capitalized) continue;
    int r = Resolve(payloads, written, hint);
    if (r == -1) continue;
    out->begin = start;
    out->end = end;
    out->level_written = !written.empty();
    out->region = r >= 0 ? r : -1;
    if (r >= 0) {
      out->jurisdiction = JurisdictionOf(r);
    } else {
      Span s{tokens.tokens[i].span.begin, tokens.tokens[end - 1].span.end};
      out->jurisdiction = Jurisdiction{std::string(text.substr(s.begin, s.size())), "", "", true};
    }
    return true;
  }
  return false;
}

bool RegionMatcher::MatchLocal(const TokenizedText& tokens, std::string_view text, uint32_t i,
                               uint32_t limit, std::string_view level, RegionMatch* out) const {
  if (i >= limit) return false;
  uint32_t start = i;
  uint32_t after_level = 0;
  std::string_view written = LevelWordAt(tokens, text, i, limit, &after_level);
  if (!written.empty()) {
    if (!IsLocalLevel(written)) return false;
    level = written;
    i = after_level;
  } else if (!IsLocalLevel(level)) {
    return false;
  }
  // The capitalised run that may hold the place (and, without a level word or
  // comma, the person's name after it).
  uint32_t run_end = i;
  while (run_end < limit && run_end - i < 6 && tokens.tokens[run_end].Has(kCapitalized) &&
         (tokens.tokens[run_end].Has(kAlpha) || tokens.tokens[run_end].Has(kHyphenated)) &&
         !tokens.tokens[run_end].Has(kAllCaps)) {
    ++run_end;
  }
  if (run_end == i) return false;
  uint32_t end = i + 1;
  auto role = [&](uint32_t k) -> char {
    auto it = place_words_.find(tokens.tokens[k].word);
    return it == place_words_.end() ? 0 : it->second;
  };
  bool comma_after = run_end < limit && TokenText(tokens, text, run_end) == ",";
  if (!written.empty() || (comma_after && run_end - i <= 4)) {
    end = run_end;
    if (!written.empty() && !comma_after && run_end - i > 1) {
      // "Desa Sukamaju Ahmad": without a comma, the place is one word plus
      // place words, as for a bare place.
      end = i + 1;
      while (end < run_end && (role(end - 1) == 'p' || role(end) == 's')) ++end;
    }
  } else {
    while (end < run_end && (role(end - 1) == 'p' || role(end) == 's')) ++end;
  }
  Span s{tokens.tokens[i].span.begin, tokens.tokens[end - 1].span.end};
  std::string place(text.substr(s.begin, s.size()));
  out->begin = start;
  out->end = end;
  out->level_written = !written.empty();
  out->region = -1;
  out->jurisdiction = Jurisdiction{Capitalize(level) + " " + place, std::string(level), "", false};
  return true;
}

}  // namespace warta
