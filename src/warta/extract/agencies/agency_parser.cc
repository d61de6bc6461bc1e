#include "warta/extract/agencies/agency_parser.h"

#include <cctype>

namespace warta {
namespace {

// "Provinsi Aceh", "Kota Medan", "Kabupaten Bogor".
std::string LeveledName(const Region& r) {
  return r.level == "provinsi" ? "Provinsi " + r.name : RegionMatcher::DisplayName(r);
}

bool SameLetters(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i) {
    if (std::tolower(static_cast<unsigned char>(a[i])) !=
        std::tolower(static_cast<unsigned char>(b[i])))
      return false;
  }
  return true;
}

bool HasLower(std::string_view s) {
  for (char c : s) {
    if (std::islower(static_cast<unsigned char>(c))) return true;
  }
  return false;
}

// Upper-case letters of an acronym: "DPMTK-PTSP" -> "DPMTKPTSP".
std::string AcronymLetters(std::string_view s) {
  std::string out;
  for (char c : s) {
    if (std::isupper(static_cast<unsigned char>(c))) out += c;
  }
  return out;
}

Status YesNo(const TsvTable& t, const TsvRow& row, int column, bool* out) {
  const std::string& v = row.fields[column];
  if (v != "yes" && v != "no") return t.Error(row, "expected yes or no, got '" + v + "'");
  *out = v == "yes";
  return Status::Ok();
}

}  // namespace

StatusOr<AgencyParser> AgencyParser::Create(const BuildContext& ctx) {
  StatusOr<RegionMatcher> regions = RegionMatcher::Create(ctx);
  if (!regions.ok()) return regions.status();
  AgencyParser p(std::move(*regions));

  StatusOr<TsvTable> lex =
      ctx.lexicons.Table("agencies", {"name", "acronym", "aliases", "kind", "government", "scope"});
  if (!lex.ok()) return lex.status();
  {
    int name = lex->Column("name"), acronym = lex->Column("acronym"),
        aliases = lex->Column("aliases"), kind = lex->Column("kind"),
        gov = lex->Column("government"), scope = lex->Column("scope");
    for (const TsvRow& row : lex->rows()) {
      Entry e;
      e.name = row.fields[name];
      e.acronym = row.fields[acronym];
      e.kind = row.fields[kind];
      e.line = lex->source() + ":" + std::to_string(row.line);
      if (e.name.empty() || e.kind.empty()) return lex->Error(row, "name and kind are required");
      Status st = YesNo(*lex, row, gov, &e.government);
      if (!st.ok()) return st;
      const std::string& sc = row.fields[scope];
      if (sc != "national" && sc != "regional")
        return lex->Error(row, "scope must be national or regional");
      e.national = sc == "national";
      uint32_t index = static_cast<uint32_t>(p.entries_.size());
      p.entries_.push_back(e);
      auto add = [&](std::string_view form, uint32_t which) {
        // Forms written without lower case ("BPS", "MA") must match their case.
        p.lexicon_.Add(ctx.tokenizer, ctx.vocabulary, form, !HasLower(form), index * 4 + which);
      };
      add(e.name, 0);
      if (!e.acronym.empty()) add(e.acronym, 1);
      for (std::string_view a : SplitList(row.fields[aliases])) add(a, 2);
    }
  }

  StatusOr<TsvTable> heads = ctx.lexicons.Table(
      "agency_heads",
      {"phrase", "canonical", "short", "kind", "government", "form", "level", "cue", "name_level"});
  if (!heads.ok()) return heads.status();
  {
    int phrase = heads->Column("phrase"), canonical = heads->Column("canonical"),
        short_form = heads->Column("short"), kind = heads->Column("kind"),
        gov = heads->Column("government"), form = heads->Column("form"),
        level = heads->Column("level"), cue = heads->Column("cue"),
        name_level = heads->Column("name_level");
    for (const TsvRow& row : heads->rows()) {
      Head h;
      h.canonical = row.fields[canonical];
      h.short_form = row.fields[short_form];
      h.kind = row.fields[kind];
      h.form = row.fields[form];
      h.level = row.fields[level];
      h.line = heads->source() + ":" + std::to_string(row.line);
      Status st = YesNo(*heads, row, gov, &h.government);
      if (st.ok()) st = YesNo(*heads, row, cue, &h.cue);
      if (st.ok()) st = YesNo(*heads, row, name_level, &h.level_in_name);
      if (!st.ok()) return st;
      if (h.form != "name" && h.form != "numbered" && h.form != "region" &&
          h.form != "region?" && h.form != "unit" && h.form != "suffix")
        return heads->Error(row, "form must be name, numbered, region, region?, unit or suffix");
      if (h.level != "-" && h.level != "region" && h.level != "provinsi" &&
          h.level != "kabupaten" && h.level != "kota" && h.level != "kecamatan")
        return heads->Error(row, "unknown level '" + h.level + "'");
      if ((h.form == "region" || h.form == "region?") && h.level == "-")
        return heads->Error(row, "a region form needs a level");
      uint32_t index = static_cast<uint32_t>(p.heads_.size());
      p.heads_.push_back(h);
      if (!p.heads_matcher_.Add(ctx.tokenizer, ctx.vocabulary, row.fields[phrase], false, index))
        return heads->Error(row, "empty phrase");
    }
  }

  StatusOr<TsvTable> words = ctx.lexicons.Table("agency_words", {"word", "role"});
  if (!words.ok()) return words.status();
  for (const TsvRow& row : words->rows()) {
    const std::string& role = row.fields[words->Column("role")];
    std::vector<std::string> t = ctx.tokenizer.PhraseTokens(row.fields[words->Column("word")]);
    if (t.size() != 1) return words->Error(row, OneWordError(row.fields[words->Column("word")], t.size()));
    uint32_t id = ctx.vocabulary->Intern(t[0]);
    if (role == "cue") {
      p.cues_.insert(id);
    } else if (role == "connector") {
      p.connectors_.insert(id);
    } else {
      return words->Error(row, "role must be cue or connector");
    }
  }

  StatusOr<TsvTable> stop = ctx.lexicons.Table("name_stopwords", {"word", "kind"});
  if (!stop.ok()) return stop.status();
  for (const TsvRow& row : stop->rows()) {
    const std::string& kind = row.fields[stop->Column("kind")];
    // Place and party words do occur inside bodies' names ("Pusat Inovasi Kota").
    if (kind != "function" && kind != "verb" && kind != "day" && kind != "month") continue;
    std::vector<std::string> t = ctx.tokenizer.PhraseTokens(row.fields[stop->Column("word")]);
    if (t.size() == 1) p.stop_words_.insert(ctx.vocabulary->Intern(t[0]));
  }

  StatusOr<TsvTable> titles = ctx.lexicons.Table("titles", {"phrase", "then"});
  if (!titles.ok()) return titles.status();
  for (const TsvRow& row : titles->rows()) {
    const std::string& then = row.fields[titles->Column("then")];
    uint32_t kind = then == "none" ? kTitleComplete : then == "name" ? kTitleRank : kTitleOther;
    p.titles_.Add(ctx.tokenizer, ctx.vocabulary, row.fields[titles->Column("phrase")], false, kind);
  }
  return p;
}

bool AgencyParser::HeadAt(const TokenizedText& tokens, std::string_view text, uint32_t i,
                          uint32_t limit, PhraseMatcher::Match* m) const {
  return i < limit && IsCapitalizedWord(tokens.tokens[i]) &&
         heads_matcher_.LongestAt(tokens, text, i, limit, m);
}

uint32_t AgencyParser::Parenthesized(const TokenizedText& tokens, std::string_view text, uint32_t i,
                                     uint32_t limit, std::string* acronym) const {
  acronym->clear();
  if (i + 2 >= limit || TokenText(tokens, text, i) != "(") return i;
  uint32_t k = i + 1;
  while (k < limit && k - i <= 3 && TokenText(tokens, text, k) != ")") {
    const Token& t = tokens.tokens[k];
    if (!t.Has(kCapitalized) && !(t.Has(kPunct) && k > i + 1)) return i;
    ++k;
  }
  if (k >= limit || k == i + 1 || TokenText(tokens, text, k) != ")") return i;
  std::string inner = TokenSurface(tokens, text, i + 1, k);
  PhraseMatcher::Match tm;
  // "(Persero)" is a legal form; "(Kapolri)" a title, not the body's acronym.
  if (inner == "Persero" || (titles_.LongestAt(tokens, text, i + 1, k, &tm) && tm.end == k))
    return i;
  *acronym = inner;
  return k + 1;
}

uint32_t AgencyParser::NationalSuffix(const TokenizedText& tokens, std::string_view text,
                                      uint32_t i, uint32_t limit) const {
  if (i < limit && TokenText(tokens, text, i) == "RI") return i + 1;
  if (i + 1 < limit && TokenText(tokens, text, i) == "Republik" &&
      TokenText(tokens, text, i + 1) == "Indonesia")
    return i + 2;
  return i;
}

uint32_t AgencyParser::NameWords(const TokenizedText& tokens, std::string_view text, uint32_t i,
                                 uint32_t limit, bool places_in_name, std::string* kind,
                                 uint32_t* inner) const {
  uint32_t k = i, end = i;
  uint32_t comma = 0, connector_after_comma = 0, connectors = 0;
  bool has_comma = false;
  *inner = limit;
  PhraseMatcher::Match m;
  RegionMatch r;
  while (k < limit) {
    const Token& t = tokens.tokens[k];
    bool word = IsCapitalizedWord(t) || (k > i && t.Has(kHasDigit) && !t.Has(kPunct));
    if (word) {
      if (stop_words_.count(t.word)) break;
      std::vector<PhraseMatcher::Match> body;
      if (k > i) lexicon_.MatchesAt(tokens, text, k, limit, &body);
      if (!body.empty() && entries_[body.front().payload / 4].kind == "perguruan_tinggi") {
        // "... Cerdas Institut Teknologi Bandung": a unit of a university.
        *kind = "perguruan_tinggi";
        places_in_name = true;
        if (*inner == limit) *inner = k;
      } else if (!body.empty() && !places_in_name) {
        // "Komisi V DPR", "Biro Humas Kementerian Keuangan": the body it
        // belongs to ends the name (a person may follow).
        end = k = body.front().end;
        break;
      }
      PhraseMatcher::Match tm;
      if (k > i && titles_.LongestAt(tokens, text, k, limit, &tm)) {
        // "... Divisi Humas Polri Komisaris Besar Martinus": a rank starts the
        // person; "Sekretariat Presiden Bey Machmudin": a name follows the office.
        if (tm.payload == kTitleRank) break;
        if (tm.payload == kTitleComplete && !places_in_name) {
          end = k = tm.end;
          break;
        }
      }
      if (k > i && !places_in_name && regions_.Match(tokens, text, k, limit, "", &r)) break;
      if (k > i && HeadAt(tokens, text, k, limit, &m) &&
          heads_[m.payload].kind == "perguruan_tinggi") {
        // "Pusat Inovasi ... Institut Teknologi Bandung": a unit of a
        // university is reported as the university's kind.
        *kind = heads_[m.payload].kind;
        places_in_name = true;
        if (*inner == limit) *inner = k;
      }
      ++k;
      end = k;
      continue;
    }
    bool next_word = k + 1 < limit && IsCapitalizedWord(tokens.tokens[k + 1]) &&
                     !stop_words_.count(tokens.tokens[k + 1].word);
    if (end > i && connectors_.count(t.word) && next_word && connectors < 2) {
      // "dan Wali Kota", "dan Dinas Pendidikan": a second person or body.
      PhraseMatcher::Match tm;
      if (titles_.LongestAt(tokens, text, k + 1, limit, &tm)) break;
      if (HeadAt(tokens, text, k + 1, limit, &m)) break;
      ++connectors;
      if (has_comma) connector_after_comma = k;
      ++k;
      continue;
    }
    if (end > i && !has_comma && TokenText(tokens, text, k) == "," && next_word &&
        !HeadAt(tokens, text, k + 1, limit, &m) &&
        !regions_.Match(tokens, text, k + 1, limit, "", &r)) {
      has_comma = true;
      comma = k;
      ++k;
      continue;
    }
    break;
  }
  // A comma belongs to the name only in a list closed by "dan": "Penanaman
  // Modal, Tenaga Kerja dan Pelayanan Terpadu Satu Pintu".
  if (has_comma && (connector_after_comma == 0 || connector_after_comma > end)) {
    end = comma;
    if (*inner >= end) *inner = limit;
  }
  return end;
}

uint32_t AgencyParser::BranchOffice(const TokenizedText& tokens, std::string_view text, uint32_t i,
                                    uint32_t limit, RegionMatch* r) const {
  if (i + 1 >= limit) return i;
  std::string_view w = TokenText(tokens, text, i);
  if (w != "Perwakilan" && w != "Cabang" && w != "Kantor Perwakilan") return i;
  return regions_.Match(tokens, text, i + 1, limit, "", r) ? r->end : i;
}

bool AgencyParser::ParseLexicon(const TokenizedText& tokens, std::string_view text, uint32_t i,
                                uint32_t limit, AgencyHit* out) const {
  std::vector<PhraseMatcher::Match> matches;
  lexicon_.MatchesAt(tokens, text, i, limit, &matches);
  if (matches.empty()) return false;
  const PhraseMatcher::Match& m = matches.front();
  const Entry& e = entries_[m.payload / 4];
  uint32_t which = m.payload % 4;
  uint32_t k = m.end;
  std::string written_acronym = which == 1 ? TokenSurface(tokens, text, i, m.end) : std::string();
  std::string paren;
  uint32_t after = Parenthesized(tokens, text, k, limit, &paren);
  if (after != k) {
    written_acronym = paren;
    k = after;
  }
  if (e.national) k = NationalSuffix(tokens, text, k, limit);
  RegionMatch r;
  std::optional<Jurisdiction> jur;
  std::string region_text;
  uint32_t branch = e.national ? BranchOffice(tokens, text, k, limit, &r) : k;
  if (branch != k) {
    // "BPK Perwakilan Provinsi Aceh", "BPJS Kesehatan Cabang Tanjungpinang".
    jur = r.jurisdiction;
    region_text =
        TokenSurface(tokens, text, k, r.begin) + " " +
        (r.region < 0                             ? TokenSurface(tokens, text, r.begin, r.end)
         : TokenText(tokens, text, k) == "Cabang" ? regions_.regions()[r.region].name
                                                  : LeveledName(regions_.regions()[r.region]));
    k = branch;
  } else if (e.kind != "kementerian" && e.kind != "dpr" &&
             regions_.Match(tokens, text, k, limit, "", &r)) {
    jur = r.jurisdiction;
    // A national body's office in a region: "Badan Pusat Statistik Provinsi
    // Papua Barat" for "BPS Papua Barat".
    // The regional kinds too: "Dinas Kesehatan Banyuwangi" and "Dinas
    // Kesehatan Kabupaten Banyuwangi" are one body with one name.
    region_text = r.region >= 0 ? LeveledName(regions_.regions()[r.region])
                                : TokenSurface(tokens, text, r.begin, r.end);
    k = r.end;
  }
  out->begin = i;
  out->end = k;
  out->name_end = m.end;
  out->base = TokenSurface(tokens, text, i, m.end);
  out->body = e.name;
  out->name = e.name + (jur ? " " + region_text : "");
  // National bodies and the regional kinds of body alike report their usual
  // acronym ("Dinkes" for "Dinas Kesehatan Kota X"); a written one wins.
  out->acronym = written_acronym.empty() ? e.acronym : written_acronym;
  out->acronym_written = !written_acronym.empty();
  out->national = e.national;
  out->numbered = false;
  out->kind = e.kind;
  out->government = e.government;
  out->jurisdiction = jur;
  out->short_form = which != 0;
  out->entry = static_cast<int>(m.payload / 4);
  out->head.clear();
  out->provenance = Provenance{e.line, Confidence::kHigh};
  return true;
}

std::string AgencyParser::RegionInName(const Head& h, const RegionMatch& r,
                                       const TokenizedText& tokens, std::string_view text) const {
  if (r.region < 0) return TokenSurface(tokens, text, r.begin, r.end);  // ambiguous or local
  const Region& region = regions_.regions()[r.region];
  // "Dewan Perwakilan Rakyat Daerah Kabupaten Kubu Raya" always names its
  // level; "Kejaksaan Negeri Kabupaten Malang" only when the text does; the
  // level of "Pemerintah Kota" is in the head.
  if (h.level_in_name || (r.level_written && h.level == "region"))
    return RegionMatcher::DisplayName(region);
  return region.name;
}

bool AgencyParser::ParseHead(const TokenizedText& tokens, std::string_view text, uint32_t i,
                             uint32_t limit, bool cued, AgencyHit* out) const {
  PhraseMatcher::Match hm;
  if (!HeadAt(tokens, text, i, limit, &hm)) return false;
  const Head& h = heads_[hm.payload];
  if (h.form == "suffix") return false;
  uint32_t j = hm.end;
  out->begin = i;
  out->entry = -1;
  out->head = h.canonical;
  out->kind = h.kind;
  out->government = h.government;
  out->short_form = false;
  out->national = false;
  out->numbered = h.form == "numbered";
  out->acronym.clear();
  out->acronym_written = false;
  out->jurisdiction.reset();
  out->provenance = Provenance{h.line, Confidence::kMedium};

  if (h.form == "name" || h.form == "numbered") {
    std::string kind = h.kind;
    uint32_t inner = limit;
    // "SMP Negeri 7 Kota Ternate": a numbered unit names its place itself.
    bool numbered = h.form == "numbered";
    bool places_in_name = h.kind == "perguruan_tinggi" || !h.government || numbered;
    // "Badan Usaha Milik Desa (BUMDes) Karya Makmur": the head's acronym
    // before the name.
    std::string head_acronym;
    uint32_t head_end = j;
    j = Parenthesized(tokens, text, j, limit, &head_acronym);
    uint32_t name_end = j;
    if (numbered && j < limit && tokens.tokens[j].Has(kDigits)) ++name_end;
    name_end = NameWords(tokens, text, name_end, limit, places_in_name, &kind, &inner);
    if (name_end == j) return false;
    uint32_t k = name_end;
    std::string acronym;
    uint32_t after = Parenthesized(tokens, text, k, limit, &acronym);
    if (after != k) {
      // "(ITB)" after "... Institut Teknologi Bandung" names the inner body.
      std::string initials;
      for (uint32_t w = inner; w < name_end; ++w) {
        std::string_view s = TokenText(tokens, text, w);
        if (tokens.tokens[w].Has(kCapitalized)) initials += s[0];
      }
      if (inner < name_end && initials == AcronymLetters(acronym)) acronym.clear();
      k = after;
    }
    bool persero = false;
    if (k < limit && TokenText(tokens, text, k) == "Persero") {
      persero = true;
      ++k;
    } else if (k + 2 < limit && TokenText(tokens, text, k) == "(" &&
               TokenText(tokens, text, k + 1) == "Persero" &&
               TokenText(tokens, text, k + 2) == ")") {
      persero = true;
      k += 3;
    }
    if (k < limit && (TokenText(tokens, text, k) == "Tbk" || TokenText(tokens, text, k) == "Tbk."))
      ++k;
    if (persero) {
      kind = "bumn";
      out->government = true;
    } else if (h.cue && !cued) {
      return false;
    }
    RegionMatch r;
    std::string region_text;
    if (!places_in_name && kind != "perguruan_tinggi" &&
        regions_.Match(tokens, text, k, limit, "", &r)) {
      out->jurisdiction = r.jurisdiction;
      region_text = " " + TokenSurface(tokens, text, r.begin, r.end);
      k = r.end;
    }
    out->end = k;
    out->name_end = name_end;
    out->kind = kind;
    if (acronym.empty()) acronym = head_acronym;
    if (acronym.empty() && !h.short_form.empty() &&
        SameLetters(TokenSurface(tokens, text, i, head_end), h.short_form)) {
      // "SMPN 2 Kramatwatu": the short head written with the name.
      acronym = TokenSurface(tokens, text, i, name_end);
    }
    out->acronym = acronym;
    out->acronym_written = !acronym.empty();
    out->base = TokenSurface(tokens, text, i, name_end);
    if (head_end != j)
      out->base =
          TokenSurface(tokens, text, i, head_end) + " " + TokenSurface(tokens, text, j, name_end);
    out->body = h.canonical + " " + TokenSurface(tokens, text, j, name_end);
    out->name = out->body + region_text;
    return true;
  }

  if (h.form == "region" || h.form == "region?") {
    if (h.cue && !cued) return false;
    uint32_t k = j;
    std::string paren;
    k = Parenthesized(tokens, text, k, limit, &paren);  // "Pemerintah Kota (Pemkot) Pontianak"
    if (k == j && k + 2 < limit && TokenText(tokens, text, k) == "(" &&
        TokenText(tokens, text, k + 2) == ")") {
      // "Kejaksaan Tinggi (Kajati) Jawa Timur": the office's title in
      // parentheses is no acronym of the body, but the region still follows.
      k += 3;
    }
    RegionMatch r;
    bool found =
        h.level == "kecamatan"
            ? regions_.MatchLocal(tokens, text, k, limit, "kecamatan", &r)
            : regions_.Match(tokens, text, k, limit, h.level == "region" ? "" : h.level, &r);
    out->base = TokenSurface(tokens, text, i, j);
    out->name_end = j;
    // The short form as written ("Polres", "(Pemko)"), else the head's usual one.
    bool head_is_short = !h.short_form.empty() && SameLetters(out->base, h.short_form);
    std::string short_form = !paren.empty() ? paren : h.short_form;
    out->acronym_written = !paren.empty() || head_is_short;
    if (!found) {
      if (h.form == "region") return false;
      out->end = k;
      out->name = out->body = h.canonical;
      out->acronym = short_form;
      return true;
    }
    out->jurisdiction = r.jurisdiction;
    out->end = r.end;
    out->body = h.canonical;
    out->name = h.canonical + " " + RegionInName(h, r, tokens, text);
    // "Polda NTT", "Pemkot Tangsel", "Pemko Banda Aceh": the short form with
    // the region as written.
    if (!short_form.empty())
      out->acronym = short_form + " " + TokenSurface(tokens, text, r.begin, r.end);
    out->provenance.confidence = Confidence::kHigh;
    return true;
  }

  // unit: "Kodam XII/Tanjungpura", "Komando Distrik Militer (Kodim) 1207/BS", "Lanud Supadio".
  if (h.cue && !cued) return false;
  std::string paren;
  uint32_t k = Parenthesized(tokens, text, j, limit, &paren);
  uint32_t unit = k;
  if (k < limit) {
    const Token& t = tokens.tokens[k];
    std::string_view s = TokenText(tokens, text, k);
    if ((t.Has(kHasDigit) && !t.Has(kPunct)) || IsRoman(s)) {
      ++k;
      if (k + 1 < limit && TokenText(tokens, text, k) == "/" &&
          (IsCapitalizedWord(tokens.tokens[k + 1]) || tokens.tokens[k + 1].Has(kHasDigit))) {
        k += 2;
      }
    } else if (IsCapitalizedWord(t) && !stop_words_.count(t.word)) {
      ++k;
    }
  }
  if (k == unit) return false;
  std::string unit_text = TokenSurface(tokens, text, unit, k);
  out->end = k;
  out->name_end = k;
  out->base = TokenSurface(tokens, text, i, k);
  out->name = out->body = h.canonical + " " + unit_text;
  std::string short_form = !paren.empty() ? paren : h.short_form;
  if (!short_form.empty()) out->acronym = short_form + " " + unit_text;
  out->acronym_written =
      !paren.empty() || SameLetters(TokenSurface(tokens, text, i, j), h.short_form);
  return true;
}

bool AgencyParser::ParseSuffixOrg(const TokenizedText& tokens, std::string_view text, uint32_t i,
                                  uint32_t limit, AgencyHit* out) const {
  uint32_t k = i, end = i, words = 0;
  const Head* suffix = nullptr;
  PhraseMatcher::Match m;
  while (k < limit && k - i < 8) {
    const Token& t = tokens.tokens[k];
    if (IsCapitalizedWord(t) || (k > i && t.Has(kHasDigit) && !t.Has(kPunct))) {
      if (stop_words_.count(t.word)) break;
      if (HeadAt(tokens, text, k, limit, &m) && heads_[m.payload].form == "suffix") {
        suffix = &heads_[m.payload];
      }
      ++k;
      ++words;
      end = k;
      continue;
    }
    // "for", "of" join one name; "dan" joins two ("Kotaku dan Anime News Network").
    if (end > i && connectors_.count(t.word) && TokenText(tokens, text, k) != "dan" &&
        k + 1 < limit && IsCapitalizedWord(tokens.tokens[k + 1])) {
      ++k;
      continue;
    }
    break;
  }
  if (suffix == nullptr || words < 2) return false;
  std::string acronym;
  uint32_t after = Parenthesized(tokens, text, end, limit, &acronym);
  out->begin = i;
  out->end = after;
  out->name_end = end;
  out->base = TokenSurface(tokens, text, i, end);
  out->name = out->body = out->base;
  out->acronym = acronym;
  out->acronym_written = !acronym.empty();
  out->kind = suffix->kind;
  out->government = suffix->government;
  out->jurisdiction.reset();
  out->short_form = false;
  out->national = false;
  out->numbered = false;
  out->head.clear();
  out->entry = -1;
  out->provenance = Provenance{suffix->line, Confidence::kMedium};
  return true;
}

bool AgencyParser::ParseAt(const TokenizedText& tokens, std::string_view text, uint32_t i,
                           uint32_t limit, bool cued, AgencyHit* out) const {
  if (i >= limit || !IsCapitalizedWord(tokens.tokens[i])) return false;
  AgencyHit lex;
  bool has_lex = ParseLexicon(tokens, text, i, limit, &lex);
  if (has_lex) {
    // Prefer a head-based reading only when the written name of a regional
    // kind of body goes on past the lexicon form: "Dinas Kesehatan,
    // Pengendalian Penduduk dan KB". National bodies' names are complete
    // ("Kementerian Komunikasi dan Informatika dan Penghargaan ...").
    uint32_t base_end = lex.name_end;
    bool continues = lex.short_form == false && !entries_[lex.entry].national && base_end < limit &&
                     (connectors_.count(tokens.tokens[base_end].word) ||
                      TokenText(tokens, text, base_end) == ",");
    AgencyHit head;
    if (continues && ParseHead(tokens, text, i, limit, cued, &head) && head.end > lex.end) {
      *out = std::move(head);
      return true;
    }
    *out = std::move(lex);
    return true;
  }
  if (ParseHead(tokens, text, i, limit, cued, out)) return true;
  return cued && ParseSuffixOrg(tokens, text, i, limit, out);
}

}  // namespace warta
