#include "warta/extract/awards/award_lexicon.h"

#include <algorithm>
#include <cstdlib>
#include <span>
#include <utility>

namespace warta {
namespace {

// Roles are bits of a uint64_t mask per token.
static_assert(static_cast<int>(AwardRole::kNumRoles) <= 64);

struct RoleName {
  std::string_view name;
  AwardRole role;
};

constexpr RoleName kTriggerRoles[] = {
    {"noun", AwardRole::kNoun},           {"weak_noun", AwardRole::kWeakNoun},
    {"head_noun", AwardRole::kHeadNoun},  {"act_noun", AwardRole::kActNoun},
    {"suffix", AwardRole::kSuffix},       {"receive", AwardRole::kReceive},
    {"give", AwardRole::kGive},           {"receive_by", AwardRole::kReceiveBy},
    {"won_by", AwardRole::kWonBy},        {"given_by", AwardRole::kGivenBy},
    {"predicate", AwardRole::kPredicate},
};

constexpr RoleName kCueRoles[] = {
    {"giver", AwardRole::kGiver},
    {"recipient", AwardRole::kRecipient},
    {"object", AwardRole::kObject},
    {"name_intro", AwardRole::kNameIntro},
    {"rank", AwardRole::kRank},
    {"category", AwardRole::kCategory},
    {"category_value", AwardRole::kCategoryValue},
    {"year", AwardRole::kYear},
    {"streak_unit", AwardRole::kStreakUnit},
    {"streak", AwardRole::kStreak},
    {"score_word", AwardRole::kScoreWord},
    {"negative", AwardRole::kNegative},
    {"modal", AwardRole::kModal},
    {"adverb", AwardRole::kAdverb},
    {"demonstrative", AwardRole::kDemonstrative},
    {"connector", AwardRole::kConnector},
    {"count", AwardRole::kCount},
    {"title_word", AwardRole::kTitleWord},
    {"personal", AwardRole::kPersonal},
    {"region_word", AwardRole::kRegionWord},
    {"region_prefix", AwardRole::kRegionPrefix},
    {"head_title", AwardRole::kHeadTitle},
    {"pronoun", AwardRole::kPronoun},
    {"stop", AwardRole::kStop},
    {"contest", AwardRole::kContest},
    {"clause", AwardRole::kClause},
    {"venue", AwardRole::kVenue},
    {"not_award", AwardRole::kNotAward},
    {"grade_marker", AwardRole::kGradeMarker},
    {"locative", AwardRole::kLocative},
    {"since", AwardRole::kSince},
};

// A phrase written without lower-case letters is an acronym or a letter
// grade: matching it case-insensitively would hit ordinary words ("a", "ape").
bool ExactCase(std::string_view phrase) {
  bool letter = false;
  for (unsigned char c : phrase) {
    if (c >= 'a' && c <= 'z') return false;
    if (c >= 'A' && c <= 'Z') letter = true;
  }
  return letter;
}

std::string Rule(const TsvTable& t, const TsvRow& row) {
  std::string_view src = t.source();
  size_t slash = src.rfind('/');
  if (slash != std::string_view::npos) src.remove_prefix(slash + 1);
  return std::string(src) + ":" + std::to_string(row.line);
}

bool ParseInt(std::string_view s, int* out) {
  if (s.empty() || s.size() > 6) return false;
  int v = 0;
  for (char c : s) {
    if (c < '0' || c > '9') return false;
    v = v * 10 + (c - '0');
  }
  *out = v;
  return true;
}

}  // namespace

bool AwardLexicon::Hits::Find(uint32_t i, AwardRole role, Hit* hit) const {
  if (!Has(i, role)) return false;
  for (uint32_t k = first_[i]; k < first_[i + 1]; ++k) {
    if (lex_->entries_[hits_[k].entry].role == role) {
      if (hit) *hit = hits_[k];
      return true;
    }
  }
  return false;
}

void AwardLexicon::Add(BuildContext& ctx, std::string_view phrase, AwardEntry e) {
  uint32_t id = static_cast<uint32_t>(entries_.size());
  if (!matcher_.Add(ctx.tokenizer, ctx.vocabulary, phrase, ExactCase(phrase), id)) return;
  constexpr uint64_t kAnchors =
      Bit(AwardRole::kNoun) | Bit(AwardRole::kWeakNoun) | Bit(AwardRole::kHeadNoun) |
      Bit(AwardRole::kActNoun) | Bit(AwardRole::kSuffix) | Bit(AwardRole::kFamily) |
      Bit(AwardRole::kPredicate) | Bit(AwardRole::kRank) | Bit(AwardRole::kStandaloneRank);
  int kind = (kAnchors & Bit(e.role))             ? kMayAward
             : e.role == AwardRole::kRegionPrefix ? kMayRegion
                                                  : 0;
  if (kind) {
    uint32_t word = ctx.vocabulary->Intern(ctx.tokenizer.PhraseTokens(phrase).front());
    if (word >= first_words_.size()) first_words_.resize(word + 1);
    first_words_[word] |= kind;
  }
  entries_.push_back(std::move(e));
}

int AwardLexicon::Scan(const TokenizedText& tokens, const Sentence& s) const {
  int kinds = 0;
  for (uint32_t i = s.first; i < s.last; ++i) {
    const Token& t = tokens.tokens[i];
    for (uint32_t w : {t.word, t.base}) {
      if (w < first_words_.size()) kinds |= first_words_[w];
    }
  }
  return kinds;
}

int AwardLexicon::LevelIndex(std::string_view level) {
  for (size_t i = 0; i < levels_.size(); ++i) {
    if (levels_[i] == level) return static_cast<int>(i);
  }
  levels_.emplace_back(level);
  return static_cast<int>(levels_.size() - 1);
}

Status AwardLexicon::AddRoleFile(BuildContext& ctx, std::string_view name) {
  StatusOr<TsvTable> t = ctx.lexicons.Table(name, {"phrase", "role", "value"});
  if (!t.ok()) return t.status();
  const bool triggers = name == "award_triggers";
  int phrase = t->Column("phrase"), role = t->Column("role"), value = t->Column("value");
  for (const TsvRow& row : t->rows()) {
    const std::string& r = row.fields[role];
    const RoleName* found = nullptr;
    for (const RoleName& rn : triggers ? std::span<const RoleName>(kTriggerRoles)
                                       : std::span<const RoleName>(kCueRoles)) {
      if (rn.name == r) found = &rn;
    }
    if (!found) return t->Error(row, "unknown role '" + r + "'");
    AwardEntry e{found->role, 0, "", 0, false, false, false, Rule(*t, row)};
    const std::string& v = row.fields[value];
    switch (found->role) {
      case AwardRole::kCount:
        if (!ParseInt(v, &e.value)) return t->Error(row, "count needs a number value");
        break;
      case AwardRole::kCategoryValue:
        if (v == "-") return t->Error(row, "category_value needs its canonical text");
        e.text = v;
        break;
      case AwardRole::kRegionPrefix:
      case AwardRole::kHeadTitle:
        if (v != "kota" && v != "kabupaten" && v != "provinsi") {
          return t->Error(row, "value must be kota, kabupaten or provinsi");
        }
        e.value = LevelIndex(v);
        e.text = row.fields[phrase];
        if (found->role == AwardRole::kHeadTitle) head_titles_.emplace_back(e.value, e.text);
        break;
      case AwardRole::kPredicate:
        if (v != "-" && v != "champion") return t->Error(row, "value must be - or champion");
        e.champion = v == "champion";
        break;
      case AwardRole::kReceive:
        if (v != "-" && v != "in_person" && v != "no_subject" && v != "position") {
          return t->Error(row, "value must be -, in_person, no_subject or position");
        }
        e.in_person = v == "in_person";
        e.no_subject = v == "no_subject";
        e.position = v == "position";
        break;
      default:
        if (v != "-") return t->Error(row, "value must be '-' for role " + r);
    }
    Add(ctx, row.fields[phrase], std::move(e));
  }
  return Status::Ok();
}

Status AwardLexicon::AddFamilies(BuildContext& ctx) {
  StatusOr<TsvTable> t = ctx.lexicons.Table(
      "award_families",
      {"canonical", "aliases", "acronym", "giver", "giver_aliases", "recipient", "grades",
       "caps_alias"});
  if (!t.ok()) return t.status();
  int canonical = t->Column("canonical"), aliases = t->Column("aliases"),
      acronym = t->Column("acronym"), giver = t->Column("giver"),
      giver_aliases = t->Column("giver_aliases"), recipient = t->Column("recipient"),
      grades = t->Column("grades"), caps_alias = t->Column("caps_alias");
  for (const TsvRow& row : t->rows()) {
    AwardFamily f;
    if (row.fields[caps_alias] != "any" && row.fields[caps_alias] != "context") {
      return t->Error(row, "caps_alias must be any or context");
    }
    f.caps_need_context = row.fields[caps_alias] == "context";
    f.canonical = row.fields[canonical];
    f.acronym = row.fields[acronym] == "-" ? "" : row.fields[acronym];
    f.giver = row.fields[giver] == "-" ? "" : row.fields[giver];
    f.rule = Rule(*t, row);
    if (row.fields[grades] != "-") {
      for (std::string_view g : SplitList(row.fields[grades])) f.grades.emplace_back(g);
    }
    const std::string& r = row.fields[recipient];
    if (r == "region") {
      f.recipient = RecipientKind::kRegion;
    } else if (r == "person") {
      f.recipient = RecipientKind::kPerson;
    } else if (r == "body") {
      f.recipient = RecipientKind::kBody;
    } else if (r != "any") {
      return t->Error(row, "recipient must be region, person, body or any");
    }
    uint32_t id = static_cast<uint32_t>(families_.size());
    families_.push_back(f);
    Add(ctx, f.canonical, AwardEntry{AwardRole::kFamily, 0, "", id, false, false, false, f.rule});
    if (row.fields[aliases] != "-") {
      for (std::string_view a : SplitList(row.fields[aliases])) {
        Add(ctx, a, AwardEntry{AwardRole::kFamily, 0, "", id, false, false, false, f.rule});
      }
    }
    if (row.fields[giver_aliases] != "-") {
      for (std::string_view a : SplitList(row.fields[giver_aliases])) {
        Add(ctx, a,
            AwardEntry{AwardRole::kFamilyGiver, 0, std::string(a), id, false, false, false,
                       f.rule});
      }
    }
  }
  return Status::Ok();
}

Status AwardLexicon::AddGrades(BuildContext& ctx) {
  StatusOr<TsvTable> t = ctx.lexicons.Table("award_grades", {"phrase", "canonical", "marked"});
  if (!t.ok()) return t.status();
  int phrase = t->Column("phrase"), canonical = t->Column("canonical"),
      marked = t->Column("marked");
  for (const TsvRow& row : t->rows()) {
    const std::string& m = row.fields[marked];
    if (m != "yes" && m != "no") return t->Error(row, "marked must be yes or no");
    Add(ctx, row.fields[phrase],
        AwardEntry{m == "yes" ? AwardRole::kMarkedGrade : AwardRole::kGrade, 0,
                   row.fields[canonical], 0, false, false, false, Rule(*t, row)});
  }
  return Status::Ok();
}

Status AwardLexicon::AddRanks(BuildContext& ctx) {
  StatusOr<TsvTable> t = ctx.lexicons.Table("award_ranks", {"phrase", "value", "kind"});
  if (!t.ok()) return t.status();
  int phrase = t->Column("phrase"), value = t->Column("value"), kind = t->Column("kind");
  for (const TsvRow& row : t->rows()) {
    AwardEntry e{AwardRole::kOrdinal, 0, "", 0, false, false, false, Rule(*t, row)};
    if (!ParseInt(row.fields[value], &e.value) || e.value == 0) {
      return t->Error(row, "value must be a positive number");
    }
    const std::string& k = row.fields[kind];
    if (k == "cardinal") {
      e.role = AwardRole::kCardinal;
    } else if (k == "standalone") {
      e.role = AwardRole::kStandaloneRank;
    } else if (k != "ordinal") {
      return t->Error(row, "kind must be ordinal, cardinal or standalone");
    }
    Add(ctx, row.fields[phrase], std::move(e));
  }
  return Status::Ok();
}

Status AwardLexicon::AddRegions(BuildContext& ctx) {
  StatusOr<TsvTable> t = ctx.lexicons.Table("regions", {"level", "name", "aliases"});
  if (!t.ok()) return t.status();
  int level = t->Column("level"), name = t->Column("name"), aliases = t->Column("aliases");
  for (const TsvRow& row : t->rows()) {
    int lv = LevelIndex(row.fields[level]);
    AwardEntry e{AwardRole::kRegionName, lv, row.fields[name], 0, false, false, false,
                 Rule(*t, row)};
    Add(ctx, row.fields[name], e);
    for (std::string_view a : SplitList(row.fields[aliases])) Add(ctx, a, e);
  }
  return Status::Ok();
}

StatusOr<AwardLexicon> AwardLexicon::Load(BuildContext& ctx) {
  AwardLexicon lex;
  for (Status s :
       {lex.AddRoleFile(ctx, "award_triggers"), lex.AddRoleFile(ctx, "award_cues"),
        lex.AddFamilies(ctx), lex.AddGrades(ctx), lex.AddRanks(ctx), lex.AddRegions(ctx)}) {
    if (!s.ok()) return s;
  }
  return lex;
}

std::string AwardLexicon::HeadTitle(int level) const {
  for (const auto& [lv, title] : head_titles_) {
    if (lv == level) return title;
  }
  return "";
}

void AwardLexicon::Index(const TokenizedText& tokens, std::string_view text,
                         const std::vector<bool>& wanted, Hits* out) const {
  const uint32_t n = static_cast<uint32_t>(tokens.tokens.size());
  out->lex_ = this;
  out->first_.assign(n + 1, 0);
  out->hits_.clear();
  out->masks_.assign(n, 0);
  out->all_ = 0;
  std::vector<PhraseMatcher::Match> here;
  uint32_t sentence = 0, limit = 0;
  for (uint32_t i = 0; i < n; ++i) {
    out->first_[i] = static_cast<uint32_t>(out->hits_.size());
    while (sentence < tokens.sentences.size() && tokens.sentences[sentence].last <= i) ++sentence;
    bool in = sentence < tokens.sentences.size() && tokens.sentences[sentence].first <= i &&
              sentence < wanted.size() && wanted[sentence];
    if (!in) continue;
    limit = tokens.sentences[sentence].last;
    here.clear();
    matcher_.MatchesAt(tokens, text, i, limit, &here);
    for (const PhraseMatcher::Match& m : here) {
      out->hits_.push_back(Hit{m.end, m.payload});
      out->masks_[i] |= Bit(entries_[m.payload].role);
    }
    out->all_ |= out->masks_[i];
  }
  out->first_[n] = static_cast<uint32_t>(out->hits_.size());
}

}  // namespace warta
