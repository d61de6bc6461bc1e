#include "warta/extract/registry.h"

#include "warta/extract/agencies/agencies_extractor.h"
#include "warta/extract/awards/award_extractor.h"
#include "warta/extract/dates/dates_extractor.h"
#include "warta/extract/numbers/scores_extractor.h"
#include "warta/extract/officials/officials_extractor.h"
#include "warta/extract/quotes/quotes_extractor.h"

namespace warta {

const std::vector<ExtractorFactory>& ExtractorFactories() {
  // Dates first: later stages read resolved dates and the reference date;
  // scores and counts next. Officials read the agencies (title -> body
  // links); quotes read the officials' mentions; awards link to all of them
  // by span.
  static const std::vector<ExtractorFactory> factories = {
      NewDatesExtractor,
      NewScoresExtractor,
      NewCountsExtractor,
      AgenciesExtractor::Create,
      OfficialsExtractor::Create,
      QuotesExtractor::Create,
      NewAwardExtractor,
  };
  return factories;
}

}  // namespace warta
