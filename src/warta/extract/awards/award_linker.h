// Award linking: turns the award frames found in the text (names plus the
// token spans of their giver, recipient and receiver) into model Awards whose
// references point at the article's agencies, officials, scores and dates.
//
//   std::vector<AwardFrame> frames = ...;          // from the award finder
//   AwardSubject subject = ...;                    // the article's main region
//   LinkAwards(ctx.doc.text(), subject, &frames, &ctx.result);
//   // ctx.result.awards now holds W1.., Score.award is set for linked scores.
//
// Linking rules (docs/awards.md#linking):
// - a giver/recipient span links to the agency with a mention overlapping it,
//   else to the official with such a mention (an official handing an award
//   over for a body that is their agency makes that body the giver), else to
//   the regional government whose jurisdiction the span names ("Kota
//   Pontianak" -> Pemerintah Kota Pontianak); otherwise only its name is kept;
// - received_by: the official overlapping the receiver span, or the official
//   who is the in-person subject ("Wali Kota menerima ...");
// - score: the first unclaimed Score inside one of the frame's clauses, else
//   the first unclaimed one of its later_scores;
// - date: a DateExpr of type "date" with a full YYYY-MM-DD value inside one of
//   the frame's sentences.
// Nothing here fails; a frame that links to nothing keeps plain names.
#ifndef WARTA_EXTRACT_AWARDS_AWARD_LINKER_H_
#define WARTA_EXTRACT_AWARDS_AWARD_LINKER_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "warta/model.h"
#include "warta/span.h"

namespace warta {

// Who the award is for when the text does not say it outright.
enum class RecipientHint : uint8_t { kNone, kRegion, kPerson };

struct AwardFrame {
  Award award;      // name, acronym, year, rank, grade, category, streak, mentions
  std::string key;  // merge key: folded name without award nouns
  int family = -1;  // award_families.tsv index, or -1
  std::optional<Span> giver;
  std::optional<Span> recipient;    // explicit: "kepada X", "diraih X"
  std::optional<Span> subject;      // subject of a receive verb
  bool subject_in_person = false;   // "X menerima": X took it in person
  bool region_override = false;     // the name says a region got it ("Kota Terpilih")
  std::optional<Span> received_by;  // "diterima Sekda X"
  RecipientHint hint = RecipientHint::kNone;
  std::vector<Span> clauses;    // where its score may be written
  // Scores written after the award's sentences that speak of it ("Palembang
  // memperoleh nilai akhir 78,45"): linked only when no clause has a score.
  std::vector<Span> later_scores;
  std::vector<Span> sentences;  // where its date may be written
  // The region named in the recipient or subject ("Kota Prabumulih" ->
  // "Prabumulih"), or empty: frames of one award for two regions stay apart.
  std::string who;
  bool grade_only = false;
  // A rank without a name ("Kota Serang meraih peringkat kedua"): takes the
  // name of the award said before it, or is dropped.
  bool elliptical = false;
  std::vector<Span> not_year;  // "sejak 2006": dates here never give the year  // the name is only
                               // a grade ("predikat Padapa")
};

// The region an article is about, for recipients left implicit.
struct AwardSubject {
  std::string region;      // "Kota Pontianak"; empty when none was found
  std::string head_title;  // "Wali Kota"
  std::string head_name;   // "Wali Kota Pontianak"
  std::string key;         // "kota:Pontianak", as AwardFrame::who
};

// Appends one Award per frame to x->awards (ids W1..), in frame order, and sets
// Score::award for the scores it links. `text` is the cleaned text.
void LinkAwards(std::string_view text, const AwardSubject& subject, std::vector<AwardFrame>* frames,
                Extraction* x);

}  // namespace warta

#endif  // WARTA_EXTRACT_AWARDS_AWARD_LINKER_H_
