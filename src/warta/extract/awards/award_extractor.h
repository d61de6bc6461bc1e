// AwardExtractor: award events ("Kota Pontianak kembali meraih penghargaan
// Predikat Kepatuhan Tinggi ... Tahun 2021 peringkat kedua kategori kota")
// as frames: name, acronym, year, rank, grade, category, streak, giver,
// recipient, received_by, score and date. See docs/awards.md.
//
//   StatusOr<std::unique_ptr<Extractor>> e = NewAwardExtractor(build_ctx);
//   if (!e.ok()) return e.status();      // kLexiconError: "lexicons/award_...:LINE: ..."
//   (*e)->Extract(article_ctx);          // appends to article_ctx.result.awards
//
// Finding works on tokens and lexicons only (award_triggers.tsv,
// award_cues.tsv, award_families.tsv, award_grades.tsv, award_ranks.tsv,
// regions.tsv); then the frames are linked to what earlier stages put in
// ctx.result (agencies, officials, scores, dates; see award_linker.h). With
// none of those present, givers and recipients keep their names only.
// The extractor is immutable after construction; Extract is thread-safe.
#ifndef WARTA_EXTRACT_AWARDS_AWARD_EXTRACTOR_H_
#define WARTA_EXTRACT_AWARDS_AWARD_EXTRACTOR_H_

#include <memory>

#include "warta/extract/extractor.h"
#include "warta/status.h"

namespace warta {

// Builds the award stage. Fails with kLexiconError when an award lexicon or
// regions.tsv does not validate. The caller owns the result.
StatusOr<std::unique_ptr<Extractor>> NewAwardExtractor(BuildContext& ctx);

}  // namespace warta

#endif  // WARTA_EXTRACT_AWARDS_AWARD_EXTRACTOR_H_
