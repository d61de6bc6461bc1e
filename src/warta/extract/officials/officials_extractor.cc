#include "warta/extract/officials/officials_extractor.h"

#include <algorithm>

namespace warta {
namespace {

bool IsRegionLevelName(std::string_view l) {
  return l == "provinsi" || l == "kabupaten" || l == "kota" || l == "region";
}
bool IsLocalLevelName(std::string_view l) {
  return l == "kecamatan" || l == "kelurahan" || l == "desa";
}

// A body as part of a title, without its legal form: "PT Pertamina (Persero)"
// -> "PT Pertamina".
std::string TitleBody(std::string base) {
  for (std::string_view form : {" (Persero)", " Tbk.", " Tbk"}) {
    size_t at = base.find(form);
    if (at != std::string::npos) base.erase(at, form.size());
  }
  return base;
}

// The body as an official's title writes it (docs/annotation.md, "Officials'
// titles"): a legislature or a national body keeps its standard acronym
// ("Ketua DPRD", "Kepala BPS", "Kepala Perwakilan BKKBN"); a regional unit is
// spelled out ("Kepala Kejaksaan Negeri" for "Kepala Kejari", "Kepala Dinas
// Komunikasi dan Informatika" for "Kepala Diskominfo"); companies as written.
std::string BodyInTitle(const AgencyHit& hit) {
  if (hit.kind == "dprd" || hit.kind == "dpr" || hit.kind == "bumn" || hit.kind == "bumd" ||
      !hit.government)
    return TitleBody(hit.base);
  if (hit.national) {
    if (hit.short_form) return TitleBody(hit.base);
    return hit.acronym.empty() ? hit.body : hit.acronym;
  }
  return hit.body.empty() ? TitleBody(hit.base) : hit.body;
}

std::string DotlessFolded(std::string_view s) {
  std::string f;
  FoldCase(s, &f);
  f.erase(std::remove(f.begin(), f.end(), '.'), f.end());
  return f;
}

// The token whose span starts at byte `begin`, or tokens.size().
uint32_t TokenStartingAt(const TokenizedText& tokens, uint32_t begin) {
  auto it = std::lower_bound(tokens.tokens.begin(), tokens.tokens.end(), begin,
                             [](const Token& t, uint32_t b) { return t.span.begin < b; });
  if (it == tokens.tokens.end() || it->span.begin != begin) return tokens.tokens.size();
  return static_cast<uint32_t>(it - tokens.tokens.begin());
}

}  // namespace

struct OfficialsExtractor::Article {
  const TokenizedText& tokens;
  std::string_view text;
  const std::vector<Agency>& agencies;
  std::unordered_map<uint32_t, long> agency_at;       // first token of a mention -> agency index
  std::unordered_map<uint32_t, uint32_t> agency_end;  // first token -> one past its last
  std::vector<bool> inside_agency;                    // tokens after the first of a mention
  std::string_view Text(uint32_t k) const { return TokenText(tokens, text, k); }
};

StatusOr<std::unique_ptr<Extractor>> OfficialsExtractor::Create(BuildContext& ctx) {
  StatusOr<AgencyParser> parser = AgencyParser::Create(ctx);
  if (!parser.ok()) return parser.status();
  std::unique_ptr<OfficialsExtractor> e(new OfficialsExtractor(std::move(*parser)));

  StatusOr<TsvTable> titles =
      ctx.lexicons.Table("titles", {"phrase", "canonical", "then", "level", "family"});
  if (!titles.ok()) return titles.status();
  int phrase = titles->Column("phrase"), canonical = titles->Column("canonical"),
      then = titles->Column("then"), level = titles->Column("level"),
      family = titles->Column("family");
  for (const TsvRow& row : titles->rows()) {
    TitleRow t{row.fields[canonical], row.fields[then], row.fields[level],
               titles->source() + ":" + std::to_string(row.line),
               row.fields[family] == "police" || row.fields[family] == "military"};
    if (t.then != "none" && t.then != "agency" && t.then != "unit" && t.then != "name" &&
        t.then != "acting")
      return titles->Error(row, "then must be none, agency, unit, name or acting");
    if (t.level != "-" && t.level != "national" && !IsRegionLevelName(t.level) &&
        !IsLocalLevelName(t.level))
      return titles->Error(row, "unknown level '" + t.level + "'");
    if (t.canonical.empty()) return titles->Error(row, "empty canonical title");
    uint32_t index = static_cast<uint32_t>(e->titles_.size());
    e->titles_.push_back(std::move(t));
    if (!e->titles_matcher_.Add(ctx.tokenizer, ctx.vocabulary, row.fields[phrase], false, index))
      return titles->Error(row, "empty phrase");
  }

  StatusOr<TsvTable> honorifics = ctx.lexicons.Table("honorifics", {"phrase", "canonical"});
  if (!honorifics.ok()) return honorifics.status();
  for (const TsvRow& row : honorifics->rows()) {
    std::string key = DotlessFolded(row.fields[honorifics->Column("phrase")]);
    if (key.empty()) return honorifics->Error(row, "empty phrase");
    e->honorifics_.emplace(key, row.fields[honorifics->Column("canonical")]);
  }

  StatusOr<TsvTable> degrees = ctx.lexicons.Table("degrees", {"degree"});
  if (!degrees.ok()) return degrees.status();
  for (const TsvRow& row : degrees->rows()) {
    std::string key = DotlessFolded(row.fields[degrees->Column("degree")]);
    if (key.empty()) return degrees->Error(row, "empty degree");
    e->degrees_.insert(key);
  }

  StatusOr<TsvTable> stop = ctx.lexicons.Table("name_stopwords", {"word", "kind"});
  if (!stop.ok()) return stop.status();
  for (const TsvRow& row : stop->rows()) {
    const std::string& kind = row.fields[stop->Column("kind")];
    static const char* kKinds[] = {"function", "verb",       "day",         "month",
                                   "place",    "party",      "noun",        "document",
                                   "particle", "apposition", "name_initial"};
    if (std::none_of(std::begin(kKinds), std::end(kKinds),
                     [&](const char* k) { return kind == k; }))
      return stop->Error(row, "unknown kind '" + kind + "'");
    std::vector<std::string> t = ctx.tokenizer.PhraseTokens(row.fields[stop->Column("word")]);
    if (t.size() != 1) return stop->Error(row, OneWordError(row.fields[stop->Column("word")], t.size()));
    e->stopwords_.emplace(ctx.vocabulary->Intern(t[0]), kind);
  }
  return std::unique_ptr<Extractor>(std::move(e));
}

std::string OfficialsExtractor::DotlessFold(const Article& a, uint32_t k) const {
  return DotlessFolded(a.Text(k));
}

bool OfficialsExtractor::TitleAt(const Article& a, uint32_t i, uint32_t limit, bool acting,
                                 PhraseMatcher::Match* m) const {
  if (i >= limit || !a.tokens.tokens[i].Has(kCapitalized)) return false;
  std::vector<PhraseMatcher::Match> all;
  titles_matcher_.MatchesAt(a.tokens, a.text, i, limit, &all);
  for (const PhraseMatcher::Match& x : all) {
    if ((titles_[x.payload].then == "acting") == acting) {
      *m = x;
      return true;
    }
  }
  return false;
}

bool OfficialsExtractor::IsNameWord(const Article& a, uint32_t k) const {
  const Token& t = a.tokens.tokens[k];
  if (!t.Has(kCapitalized) || t.Has(kPunct) || t.Has(kHasDigit) || t.Has(kAllCaps)) return false;
  if (!t.Has(kAlpha) && !t.Has(kHyphenated) && !t.Has(kAbbrev) &&
      a.Text(k).find('\'') == std::string_view::npos)  // "Ma'ruf"
    return false;
  auto stop = stopwords_.find(t.word);
  if ((stop != stopwords_.end() && stop->second != "particle") || a.agency_at.count(k))
    return false;
  std::string_view s = a.Text(k);
  // "Tentunya", "Sebelumnya": adverbs, not names; "ASEAN.Melanjutkan": a glued sentence.
  if (s.size() > 6 && s.substr(s.size() - 3) == "nya") return false;
  if (s.find('.') != std::string_view::npos && (!t.Has(kAbbrev) || s.size() > 5)) return false;
  std::string key = DotlessFold(a, k);
  if (honorifics_.count(key)) return false;
  if (t.Has(kAbbrev) && degrees_.count(key)) return false;
  PhraseMatcher::Match m;
  if (TitleAt(a, k, a.tokens.tokens.size(), true, &m)) return false;
  // "Agus Setiawan Hakim": a title that needs a body after it ("Hakim PN
  // Kupang") is a surname when no body follows.
  if (TitleAt(a, k, a.tokens.tokens.size(), false, &m))
    return titles_[m.payload].then == "agency" && !a.agency_at.count(m.end);
  return true;
}

uint32_t OfficialsExtractor::NameRun(const Article& a, uint32_t i, uint32_t limit) const {
  uint32_t k = i, words = 0;
  while (k < limit && words < 6) {
    // "Ma'ruf": an apostrophe inside a word.
    if (words > 0 && k + 1 < limit && a.Text(k) == "'" && !a.tokens.tokens[k].Has(kSpaceBefore) &&
        !a.tokens.tokens[k + 1].Has(kSpaceBefore) && a.tokens.tokens[k + 1].Has(kAlpha)) {
      k += 2;
      continue;
    }
    if (IsNameWord(a, k)) {
      ++k;
      ++words;
      continue;
    }
    auto it = stopwords_.find(a.tokens.tokens[k].word);
    if (words > 0 && it != stopwords_.end() && it->second == "particle" && k + 1 < limit &&
        IsNameWord(a, k + 1)) {
      ++k;
      continue;
    }
    // "Gubernur NTB Lalu Hamdi": a Sasak name-initial word, elsewhere an
    // adverb, opens a name when capitalised before another name word.
    if (words == 0 && it != stopwords_.end() && it->second == "name_initial" &&
        a.tokens.tokens[k].Has(kCapitalized) && k + 1 < limit && IsNameWord(a, k + 1)) {
      ++k;
      ++words;
      continue;
    }
    break;
  }
  return k;
}

uint32_t OfficialsExtractor::Unit(const Article& a, uint32_t i, uint32_t limit,
                                  bool military) const {
  uint32_t k = i;
  bool separated = false;
  PhraseMatcher::Match m;
  RegionMatch r;
  while (k < limit && k - i < 6) {
    const Token& t = a.tokens.tokens[k];
    std::string_view s = a.Text(k);
    if (k > i && (a.agency_at.count(k) ||
                  (!military && agencies_.regions().Match(a.tokens, a.text, k, limit, "", &r)))) {
      separated = true;
      break;
    }
    if (s == "," || honorifics_.count(DotlessFold(a, k)) || TitleAt(a, k, limit, false, &m)) {
      separated = true;
      break;
    }
    auto stop = stopwords_.find(t.word);
    bool ends_unit =
        stop != stopwords_.end() && (stop->second == "function" || stop->second == "verb" ||
                                     stop->second == "day" || stop->second == "month");
    if (IsCapitalizedWord(t) && !ends_unit) {
      ++k;
      continue;
    }
    if (military && ((t.Has(kHasDigit) && !t.Has(kPunct)) || s == "/")) {
      ++k;
      continue;
    }
    if (k > i && s == "dan" && k + 1 < limit && IsCapitalizedWord(a.tokens.tokens[k + 1])) {
      ++k;
      continue;
    }
    break;  // a lower-case word: nothing marks where the unit ends
  }
  // "Dirjen Pajak Suryo Utomo": with nothing to mark where the unit ends, the
  // unit is one word and the rest is the name; a run too long to tell is no
  // title at all.
  if (!separated && k - i >= 6) return i;
  if (!separated && !military && k - i > 1) {
    k = i + 1;
    // "Deputi Bidang Kelembagaan X": "Bidang" needs its subject.
    auto stop = stopwords_.find(a.tokens.tokens[i].word);
    if (stop != stopwords_.end() && stop->second == "noun" && k + 1 < limit) ++k;
  }
  return k;
}

bool OfficialsExtractor::ParseAt(const Article& a, uint32_t i, uint32_t limit,
                                 Candidate* out) const {
  Candidate c;
  c.begin = i;
  uint32_t j = i;
  PhraseMatcher::Match m;
  if (TitleAt(a, j, limit, true, &m)) {
    c.acting = titles_[m.payload].canonical;
    j = m.end;
  }
  if (!TitleAt(a, j, limit, false, &m)) return false;
  {
    // "Kepala Pusat Data dan Informasi BNPB": "Kepala" + the body written
    // after it beats a longer title that cuts into the body.
    // A police or military post ("Komandan Kodim") names its unit itself.
    std::vector<PhraseMatcher::Match> all;
    if (!titles_[m.payload].contracted_post)
      titles_matcher_.MatchesAt(a.tokens, a.text, j, limit, &all);
    for (const PhraseMatcher::Match& x : all) {
      auto body = a.agency_end.find(x.end);
      // A body that is no public office ("TP PKK") leaves the longer title
      // ("Ketua TP PKK") alone.
      if (x.end < m.end && titles_[x.payload].then == "agency" && body != a.agency_end.end() &&
          a.agencies[a.agency_at.at(x.end)].government &&
          body->second > m.end) {
        m = x;
        break;
      }
    }
  }
  const TitleRow& row = titles_[m.payload];
  c.row = static_cast<int>(m.payload);
  c.title = row.canonical;
  uint32_t title_end = m.end;
  j = m.end;

  AgencyHit hit;
  auto link = [&](uint32_t k) {
    auto it = a.agency_at.find(k);
    if (it == a.agency_at.end() || !agencies_.ParseAt(a.tokens, a.text, k, limit, true, &hit))
      return false;
    c.agency = it->second;
    c.jurisdiction = hit.jurisdiction ? hit.jurisdiction : a.agencies[it->second].jurisdiction;
    return true;
  };
  auto region = [&](std::string_view level) {
    RegionMatch r;
    if (IsRegionLevelName(level)) {
      if (agencies_.regions().Match(a.tokens, a.text, j, limit, level == "region" ? "" : level,
                                    &r)) {
        c.jurisdiction = r.jurisdiction;
        j = r.end;
      }
    } else if (IsLocalLevelName(level)) {
      if (agencies_.regions().MatchLocal(a.tokens, a.text, j, limit, level, &r)) {
        c.jurisdiction = r.jurisdiction;
        j = r.end;
      }
    } else if (level == "national") {
      if (j < limit && a.Text(j) == "RI") {
        ++j;
      } else if (j + 1 < limit && a.Text(j) == "Republik" && a.Text(j + 1) == "Indonesia") {
        j += 2;
      }
    }
  };

  if (row.then == "agency") {
    if (!link(j)) return false;
    // Company staff, party posts and school heads are not public offices.
    if (!a.agencies[c.agency].government || hit.numbered) return false;
    if (hit.end < limit) {
      auto it = stopwords_.find(a.tokens.tokens[hit.end].word);
      if (it != stopwords_.end() && it->second == "party") return false;
    }
    c.title = row.contracted_post ? row.canonical : row.canonical + " " + BodyInTitle(hit);
    j = hit.end;
  } else if (row.then == "unit") {
    bool military = row.level == "-";
    if (link(j)) {
      c.title = row.contracted_post ? row.canonical : row.canonical + " " + BodyInTitle(hit);
      j = hit.end;
    } else {
      uint32_t u = Unit(a, j, limit, military);
      if (u == j) return false;
      c.title = row.contracted_post ? row.canonical
                                    : row.canonical + " " + TokenSurface(a.tokens, a.text, j, u);
      j = u;
      if (link(j)) j = hit.end;
    }
    if (!c.jurisdiction) region(row.level);
  } else if (row.then == "name") {
    c.rank_only = true;
  } else {
    region(row.level);
  }
  if (c.agency < 0) {
    // "Ketua DPRD Kota Pontianak": the body starts inside the title.
    for (uint32_t k = i + 1; k < title_end; ++k) {
      auto it = a.agency_at.find(k);
      if (it == a.agency_at.end()) continue;
      c.agency = it->second;
      if (!c.jurisdiction) c.jurisdiction = a.agencies[it->second].jurisdiction;
      break;
    }
  }
  c.end = j;
  c.scan_end = j;

  auto honorifics = [&](uint32_t k, std::vector<std::string>* h) {
    PhraseMatcher::Match rank;
    while (k < limit) {
      if (!h->empty() && a.Text(k) == "(" && k + 2 < limit && a.Text(k + 2) == ")" &&
          (DotlessFold(a, k + 1) == "purn" ||
           (a.tokens.tokens[k + 1].Has(kCapitalized) && a.Text(k + 1).size() <= 2))) {
        // "Kolonel Laut (P)", "Jenderal (Purn)": a suffix of the rank.
        h->push_back(TokenSurface(a.tokens, a.text, k, k + 3));
        k += 3;
        continue;
      }
      auto it = honorifics_.find(DotlessFold(a, k));
      if (it != honorifics_.end() && a.tokens.tokens[k].flags & (kCapitalized | kAbbrev)) {
        h->emplace_back(a.Text(k));  // as written: "dr." (physician) is not "Dr."
        ++k;
        continue;
      }
      if (TitleAt(a, k, limit, false, &rank) && titles_[rank.payload].then == "name") {
        h->push_back(TokenSurface(a.tokens, a.text, k, rank.end));
        k = rank.end;
        continue;
      }
      break;
    }
    return k;
  };

  uint32_t k = j;
  if (k < limit && a.Text(k) == ",") ++k;
  {
    // "Bupati Jombang, Jawa Timur, Nyono": the province of the region.
    RegionMatch r;
    if (c.jurisdiction && agencies_.regions().Match(a.tokens, a.text, k, limit, "provinsi", &r) &&
        r.jurisdiction.level == "provinsi") {
      k = r.end;
      if (k < limit && a.Text(k) == ",") ++k;
    }
  }
  k = honorifics(k, &c.honorifics);
  uint32_t name_end = NameRun(a, k, limit);
  if (name_end > k) {
    // "Kapolda Metro Jaya Irjen Fadil Imran": a unit or place before the rank.
    std::vector<std::string> more;
    uint32_t k2 = honorifics(name_end, &more);
    uint32_t end2 = k2 > name_end ? NameRun(a, k2, limit) : k2;
    if (end2 > k2) {
      c.honorifics.insert(c.honorifics.end(), more.begin(), more.end());
      k = k2;
      name_end = end2;
      c.confidence = Confidence::kMedium;
    }
  }
  if (name_end > k && name_end < limit && a.tokens.tokens[name_end].Has(kCapitalized)) {
    // "Presiden Central Japan Railway": the words run on into an organisation.
    auto stop = stopwords_.find(a.tokens.tokens[name_end].word);
    if (stop != stopwords_.end() && stop->second == "noun") name_end = k;
  }
  RegionMatch place;
  if (name_end > k && agencies_.regions().Match(a.tokens, a.text, k, name_end, "", &place) &&
      place.end == name_end) {
    name_end = k;  // "Gubernur, Jawa Timur": a place, not a name
  }
  if (name_end == k) {
    if (c.rank_only) return false;
    c.honorifics.clear();
    *out = std::move(c);
    return true;
  }
  c.name_begin = k;
  c.name_end = name_end;
  c.end = name_end;
  uint32_t d = name_end;
  while (d < limit) {
    if (a.Text(d) == "," && d + 1 < limit && degrees_.count(DotlessFold(a, d + 1))) {
      c.degrees.emplace_back(a.Text(d + 1));
      d += 2;
    } else if (a.tokens.tokens[d].Has(kAbbrev) && degrees_.count(DotlessFold(a, d))) {
      c.degrees.emplace_back(a.Text(d));
      ++d;
    } else {
      break;
    }
  }
  c.scan_end = d;
  if (c.rank_only) c.confidence = Confidence::kMedium;
  *out = std::move(c);
  return true;
}

bool OfficialsExtractor::Inverted(const Article& a, uint32_t first, Candidate* c) const {
  if (c->begin <= first + 1) return false;
  uint32_t p = c->begin - 1;
  auto it = stopwords_.find(a.tokens.tokens[p].word);
  bool apposition = it != stopwords_.end() && it->second == "apposition";
  if (a.Text(p) != "," && !apposition) return false;
  uint32_t b = p;
  while (b > first && p - b < 5 && IsNameWord(a, b - 1)) --b;
  if (b == p) return false;
  // The whole capitalised run, not the tail of a longer name or a place.
  if (b > first && IsCapitalizedWord(a.tokens.tokens[b - 1])) return false;
  // "Sebelumnya, Presiden ...": one capitalised word opening a sentence is
  // more often an adverb or a place than a name.
  if (p - b == 1 && a.tokens.sentences[a.tokens.SentenceOf(b)].first == b) return false;
  RegionMatch r;
  if (agencies_.regions().Match(a.tokens, a.text, b, p, "", &r) && r.end == p) return false;
  c->name_begin = b;
  c->name_end = p;
  c->begin = b;
  c->confidence = Confidence::kMedium;
  return true;
}

void OfficialsExtractor::Extract(ArticleContext& ctx) const {
  const TokenizedText& tokens = ctx.tokens;
  Article a{tokens, ctx.doc.text(), ctx.result.agencies, {}, {}, {}};
  a.inside_agency.assign(tokens.tokens.size(), false);
  for (size_t x = 0; x < a.agencies.size(); ++x) {
    for (const Span& s : a.agencies[x].mentions) {
      uint32_t t = TokenStartingAt(tokens, s.begin);
      if (t >= tokens.tokens.size()) continue;
      a.agency_at.emplace(t, static_cast<long>(x));
      uint32_t k = t + 1;
      for (; k < tokens.tokens.size() && tokens.tokens[k].span.end <= s.end; ++k)
        a.inside_agency[k] = true;
      a.agency_end.emplace(t, k);
    }
  }

  std::vector<Candidate> cands;
  for (const Sentence& s : tokens.sentences) {
    uint32_t first = s.first;
    for (uint32_t i = s.first; i < s.last;) {
      Candidate c;
      // "Jalan Jenderal Sudirman", "Gedung Wali Kota": a title inside a place name.
      auto before = i > s.first ? stopwords_.find(tokens.tokens[i - 1].word) : stopwords_.end();
      bool in_place = before != stopwords_.end() &&
                      (before->second == "place" || before->second == "document") &&
                      tokens.tokens[i - 1].Has(kCapitalized);
      if (a.inside_agency[i] || in_place || !ParseAt(a, i, s.last, &c)) {
        ++i;
        continue;
      }
      if (c.name_end == c.name_begin) Inverted(a, first, &c);
      i = std::max(c.scan_end, i + 1);
      first = i;
      cands.push_back(std::move(c));
    }
  }

  // Mentions of one person merge by name.
  struct Person {
    std::vector<std::string> toks;
    Candidate info;  // the mention that gives title, region and agency
    std::string name;
    std::vector<Span> mentions;
  };
  std::vector<Person> people;
  std::unordered_map<std::string, std::vector<size_t>> by_token;
  std::vector<bool> covered(tokens.tokens.size(), false);
  auto span_of = [&](uint32_t b, uint32_t e) {
    return Span{tokens.tokens[b].span.begin, tokens.tokens[e - 1].span.end};
  };
  auto name_tokens = [&](uint32_t b, uint32_t e) {
    std::vector<std::string> out;
    for (uint32_t k = b; k < e; ++k) {
      auto it = stopwords_.find(tokens.tokens[k].word);
      if (it != stopwords_.end() && it->second == "particle") continue;
      out.push_back(DotlessFold(a, k));
    }
    return out;
  };
  auto contains = [](const std::vector<std::string>& big, const std::vector<std::string>& small) {
    return std::all_of(small.begin(), small.end(), [&](const std::string& t) {
      return std::find(big.begin(), big.end(), t) != big.end();
    });
  };
  for (Candidate& c : cands) {
    if (c.name_end == c.name_begin) continue;
    for (uint32_t k = c.begin; k < c.end; ++k) covered[k] = true;
    std::vector<std::string> toks = name_tokens(c.name_begin, c.name_end);
    long found = -1;
    for (const std::string& t : toks) {
      auto it = by_token.find(t);
      if (it == by_token.end()) continue;
      for (size_t p : it->second) {
        const Person& q = people[p];
        const auto& small = toks.size() <= q.toks.size() ? toks : q.toks;
        const auto& big = toks.size() <= q.toks.size() ? q.toks : toks;
        if (!contains(big, small)) continue;
        if (small.size() >= 2 || q.info.title == c.title || q.info.rank_only || c.rank_only) {
          found = static_cast<long>(p);
          break;
        }
      }
      if (found >= 0) break;
    }
    Span span = span_of(c.begin, c.end);
    std::string name = TokenSurface(tokens, a.text, c.name_begin, c.name_end);
    if (found < 0) {
      Person p;
      p.toks = toks;
      p.name = name;
      p.mentions.push_back(span);
      p.info = c;
      for (const std::string& t : toks) by_token[t].push_back(people.size());
      people.push_back(std::move(p));
      continue;
    }
    Person& p = people[found];
    p.mentions.push_back(span);
    if (toks.size() > p.toks.size()) {
      p.toks = toks;
      p.name = name;
      for (const std::string& t : toks) by_token[t].push_back(found);
    }
    Candidate& info = p.info;
    if (info.rank_only && !c.rank_only) {
      std::vector<std::string> h = info.honorifics;
      info = c;
      for (const std::string& x : h) {
        if (std::find(info.honorifics.begin(), info.honorifics.end(), x) == info.honorifics.end())
          info.honorifics.push_back(x);
      }
    } else {
      if (!info.jurisdiction && c.jurisdiction && info.title == c.title)
        info.jurisdiction = c.jurisdiction;
      if (info.acting.empty() && info.title == c.title) info.acting = c.acting;
      for (const std::string& x : c.honorifics) {
        if (std::find(info.honorifics.begin(), info.honorifics.end(), x) == info.honorifics.end())
          info.honorifics.push_back(x);
      }
    }
    for (const std::string& x : c.degrees) {
      if (std::find(info.degrees.begin(), info.degrees.end(), x) == info.degrees.end())
        info.degrees.push_back(x);
    }
  }

  // Bare titles that name one holder: "Wali Kota" after "Wali Kota Pontianak Edi".
  std::unordered_map<std::string, std::vector<size_t>> by_title;
  for (size_t p = 0; p < people.size(); ++p) by_title[people[p].info.title].push_back(p);
  for (const Candidate& c : cands) {
    if (c.name_end != c.name_begin) continue;
    auto holders = by_title.find(c.title);
    if (holders == by_title.end()) continue;
    long holder = -1;
    for (size_t p : holders->second) {
      const Candidate& info = people[p].info;
      if (info.rank_only) continue;
      if (c.jurisdiction && (!info.jurisdiction || info.jurisdiction->name != c.jurisdiction->name))
        continue;
      holder = holder < 0 ? static_cast<long>(p) : -2;
    }
    if (holder < 0) continue;
    people[holder].mentions.push_back(span_of(c.begin, c.end));
    for (uint32_t k = c.begin; k < c.end; ++k) covered[k] = true;
  }

  // Short names and surnames: a capitalised run whose words all belong to one
  // person's name ("Edi", "Kamtono", "Edi Rusdi").
  std::unordered_map<std::string, long> owner;
  for (size_t p = 0; p < people.size(); ++p) {
    for (const std::string& t : people[p].toks) {
      if (t.size() < 3) continue;
      auto [it, inserted] = owner.emplace(t, static_cast<long>(p));
      if (!inserted && it->second != static_cast<long>(p)) it->second = -1;
    }
  }
  for (const Agency& ag : a.agencies) {
    for (const Span& s : ag.mentions) {
      for (uint32_t k = TokenStartingAt(tokens, s.begin);
           k < tokens.tokens.size() && tokens.tokens[k].span.end <= s.end; ++k)
        covered[k] = true;
    }
  }
  if (!owner.empty()) {
    for (const Sentence& s : tokens.sentences) {
      for (uint32_t k = s.first; k < s.last;) {
        if (covered[k] || !IsNameWord(a, k)) {
          ++k;
          continue;
        }
        uint32_t e = k;
        while (e < s.last && e - k < 6 && !covered[e] && IsNameWord(a, e)) ++e;
        long who = -2;
        for (uint32_t x = k; x < e && who != -1; ++x) {
          auto it = owner.find(DotlessFold(a, x));
          long o = it == owner.end() ? -1 : it->second;
          who = (who == -2 || who == o) ? o : -1;
        }
        if (who >= 0) people[who].mentions.push_back(span_of(k, e));
        k = e;
      }
    }
  }

  for (Person& p : people) std::sort(p.mentions.begin(), p.mentions.end());
  std::sort(people.begin(), people.end(), [](const Person& x, const Person& y) {
    return x.mentions.front() < y.mentions.front();
  });
  for (size_t n = 0; n < people.size(); ++n) {
    Person& p = people[n];
    Official o;
    o.id = "O" + std::to_string(n + 1);
    o.name = p.name;
    o.title = p.info.title;
    o.acting = p.info.acting;
    o.jurisdiction = p.info.jurisdiction;
    o.honorifics = p.info.honorifics;
    o.degrees = p.info.degrees;
    if (p.info.agency >= 0) o.agency = a.agencies[p.info.agency].id;
    o.mentions = std::move(p.mentions);
    o.provenance = Provenance{titles_[p.info.row].line, p.info.confidence};
    ctx.result.officials.push_back(std::move(o));
  }
}

}  // namespace warta
