#include "warta/extract/registry.h"

#include "warta/extract/dates/dates_extractor.h"
#include "warta/extract/numbers/scores_extractor.h"

namespace warta {

const std::vector<ExtractorFactory>& ExtractorFactories() {
  // Dates first: later stages read resolved dates and the reference date;
  // scores and counts next, before the entity stages.
  static const std::vector<ExtractorFactory> factories = {
      NewDatesExtractor,
      NewScoresExtractor,
      NewCountsExtractor,
  };
  return factories;
}

}  // namespace warta
