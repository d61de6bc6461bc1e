// AwardLexicon: the award stage's word lists (lexicons/award_*.tsv plus the
// region names of regions.tsv), compiled into one token trie.
//
//   StatusOr<AwardLexicon> lex = AwardLexicon::Load(build_ctx);  // once
//   AwardLexicon::Hits hits;
//   lex->Index(ctx.tokens, ctx.doc.text(), &hits);                // per article
//   AwardLexicon::Hit h;
//   if (hits.Find(i, AwardRole::kNoun, &h)) Use(lex->entry(h.entry), h.end);
//
// Every phrase of every file becomes one Entry with its role; a phrase may
// have several roles ("juara" is a rank word and part of "menjadi juara").
// Phrases with no lower-case letter ("WTP", "A", "II") match only upper-case
// text; all others match case-insensitively. Load fails with kLexiconError
// ("lexicons/award_cues.tsv:12: unknown role 'x'") on an invalid file.
#ifndef WARTA_EXTRACT_AWARDS_AWARD_LEXICON_H_
#define WARTA_EXTRACT_AWARDS_AWARD_LEXICON_H_

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "warta/extract/extractor.h"
#include "warta/lexicon/phrase_matcher.h"
#include "warta/status.h"
#include "warta/tokenize/tokenizer.h"

namespace warta {

// What a phrase does for an award. The first group comes from
// award_triggers.tsv, the second from award_cues.tsv (see the files' headers).
enum class AwardRole : uint8_t {
  kNoun,
  kWeakNoun,
  kHeadNoun,
  kActNoun,
  kSuffix,
  kReceive,
  kGive,
  kReceiveBy,
  kWonBy,
  kGivenBy,
  kPredicate,
  kGiver,
  kRecipient,
  kObject,
  kNameIntro,
  kRank,
  kCategory,
  kCategoryValue,
  kYear,
  kStreakUnit,
  kStreak,
  kScoreWord,
  kNegative,
  kModal,
  kAdverb,
  kDemonstrative,
  kConnector,
  kCount,
  kTitleWord,
  kPersonal,
  kRegionWord,
  kRegionPrefix,
  kHeadTitle,
  kPronoun,
  kStop,
  kContest,
  kClause,
  kVenue,
  kNotAward,
  kGradeMarker,
  kLocative,
  kSince,   // "sejak": the date after it starts a span, it is not the award's year     // "di",
            // "asal": a capitalised run after it is a place, not a subject
  kFamily,  // award_families.tsv: a family name or alias
  kFamilyGiver,  // award_families.tsv: a spelling of a family's usual giver
  kGrade,        // award_grades.tsv, marked=no
  kMarkedGrade,  // award_grades.tsv, marked=yes (only after a marker)
  kOrdinal,
  kCardinal,
  kStandaloneRank,  // award_ranks.tsv
  kRegionName,      // regions.tsv: a bare region name or alias
  kNumRoles
};

// Who an award family is usually for (award_families.tsv `recipient`).
enum class RecipientKind : uint8_t { kAny, kRegion, kPerson, kBody };

struct AwardEntry {
  AwardRole role;
  int value = 0;            // rank/number value, count, or region level index
  std::string text;         // canonical text (grade, category, level, ...) or empty
  uint32_t family = 0;      // family index for kFamily/kFamilyGiver
  bool in_person = false;   // receive verbs whose subject takes it in person
  bool no_subject = false;  // receive nouns ("peraih") without a subject
  bool champion = false;    // predicates that confer first place ("menjuarai")
  std::string rule;         // "award_triggers.tsv:12"
  // Receive verbs of a position ("menempati", "berada di"): evidence only for
  // a rank without a name, a family or a grade, never for "menempati
  // peringkat kedua Liga X" (standings).
  bool position = false;
};

struct AwardFamily {
  std::string canonical;
  std::string acronym;
  std::string giver;
  RecipientKind recipient = RecipientKind::kAny;
  std::vector<std::string> grades;  // canonical grades of its levels ("Padapa")
  // An award named only by an all-caps alias ("PPD") needs an award noun or
  // the family in words elsewhere in the article (caps_alias=context).
  bool caps_need_context = false;
  std::string rule;
};

class AwardLexicon {
 public:
  struct Hit {
    uint32_t end = 0;    // one past the phrase's last token
    uint32_t entry = 0;  // index for entry()
  };

  // Which phrases start at each token of one article (longest first).
  class Hits {
   public:
    // The longest phrase with `role` starting at token i; false when none.
    bool Find(uint32_t i, AwardRole role, Hit* hit = nullptr) const;
    // Every phrase starting at token i, longest first.
    std::span<const Hit> At(uint32_t i) const {
      if (i + 1 >= first_.size()) return {};
      return std::span<const Hit>(hits_).subspan(first_[i], first_[i + 1] - first_[i]);
    }
    // Bit mask (AwardLexicon::Bit) of the roles of the phrases starting at i.
    uint64_t Mask(uint32_t i) const { return i < masks_.size() ? masks_[i] : 0; }
    bool Has(uint32_t i, AwardRole role) const {
      return i < masks_.size() && (masks_[i] >> static_cast<int>(role) & 1) != 0;
    }
    // True when any token carries one of `roles` (a bit mask of AwardRole).
    bool Any(uint64_t roles) const { return (all_ & roles) != 0; }

   private:
    friend class AwardLexicon;
    const AwardLexicon* lex_ = nullptr;
    std::vector<uint32_t> first_;  // first_[i]..first_[i+1]: hits at token i
    std::vector<Hit> hits_;
    std::vector<uint64_t> masks_;
    uint64_t all_ = 0;
  };

  static StatusOr<AwardLexicon> Load(BuildContext& ctx);

  // What sentence `s` may hold, from its words alone: kMayAward when a word
  // can start an award phrase (a noun, family, suffix, predicate or rank
  // word), kMayRegion when one can start a region name ("Kota", "Pemkab").
  // A sentence with neither needs no Index.
  static constexpr int kMayAward = 1, kMayRegion = 2;
  int Scan(const TokenizedText& tokens, const Sentence& s) const;

  // Indexes the tokens of the sentences marked in `wanted` (by sentence
  // index); other tokens get no hits. *out is reused between articles.
  void Index(const TokenizedText& tokens, std::string_view text, const std::vector<bool>& wanted,
             Hits* out) const;

  const AwardEntry& entry(uint32_t i) const { return entries_[i]; }
  const AwardFamily& family(uint32_t i) const { return families_[i]; }
  // Level names of regions ("kota", "kabupaten", "provinsi"), by kRegionName value.
  const std::string& level(int i) const { return levels_[i]; }
  // The head of a region of level index i ("Wali Kota" for kota), or "".
  std::string HeadTitle(int level) const;

  static constexpr uint64_t Bit(AwardRole r) { return uint64_t{1} << static_cast<int>(r); }

 private:
  Status AddRoleFile(BuildContext& ctx, std::string_view name);
  Status AddFamilies(BuildContext& ctx);
  Status AddGrades(BuildContext& ctx);
  Status AddRanks(BuildContext& ctx);
  Status AddRegions(BuildContext& ctx);
  void Add(BuildContext& ctx, std::string_view phrase, AwardEntry e);
  int LevelIndex(std::string_view level);

  PhraseMatcher matcher_;
  std::vector<AwardEntry> entries_;
  std::vector<AwardFamily> families_;
  std::vector<std::string> levels_;
  std::vector<std::pair<int, std::string>> head_titles_;  // (level, title)
  std::vector<uint8_t> first_words_;  // by Vocabulary id: kMayAward | kMayRegion
};

}  // namespace warta

#endif  // WARTA_EXTRACT_AWARDS_AWARD_LEXICON_H_
