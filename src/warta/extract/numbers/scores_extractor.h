// The "scores" and "counts" pipeline stages (docs/numbers.md).
//
// scores: a number that is the result of an evaluation, after a trigger of
// lexicons/score_triggers.tsv ("dengan skor 98,78", "nilai IKPA 95,2",
// "Indeks Kepuasan Masyarakat (IKM) 85,4", "capaian 97 persen", "85 poin").
// Money, a number followed by a quantity word, changes ("naik 2 poin"),
// years and numbers inside a date are never scores. Score::award is left
// empty: the awards stage, later in the pipeline, fills it.
//
// counts: a number followed by a counted noun of lexicons/count_units.tsv
// ("20 penghargaan", "dua puluh desa"): numbers in digits, or number words of
// ten and more.
//
// Both run after "dates" (registry.cc) and skip numbers inside its spans.
#ifndef WARTA_EXTRACT_NUMBERS_SCORES_EXTRACTOR_H_
#define WARTA_EXTRACT_NUMBERS_SCORES_EXTRACTOR_H_

#include <memory>

#include "warta/extract/extractor.h"

namespace warta {

// Fail with kLexiconError when a lexicon they read does not validate.
StatusOr<std::unique_ptr<Extractor>> NewScoresExtractor(BuildContext& ctx);
StatusOr<std::unique_ptr<Extractor>> NewCountsExtractor(BuildContext& ctx);

}  // namespace warta

#endif  // WARTA_EXTRACT_NUMBERS_SCORES_EXTRACTOR_H_
