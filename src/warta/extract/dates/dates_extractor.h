// The "dates" pipeline stage: fills Extraction::dates and the reference date
// (meta.reference_date / meta.reference_source) with a DateFinder. Runs first,
// so that later stages (awards, quotes) can read resolved dates.
//
//   registry.cc: NewDatesExtractor
#ifndef WARTA_EXTRACT_DATES_DATES_EXTRACTOR_H_
#define WARTA_EXTRACT_DATES_DATES_EXTRACTOR_H_

#include <memory>

#include "warta/extract/extractor.h"

namespace warta {

// Fails with kLexiconError when a date lexicon does not validate.
StatusOr<std::unique_ptr<Extractor>> NewDatesExtractor(BuildContext& ctx);

}  // namespace warta

#endif  // WARTA_EXTRACT_DATES_DATES_EXTRACTOR_H_
