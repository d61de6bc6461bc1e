#include "warta/extract/registry.h"

#include "warta/extract/agencies/agencies_extractor.h"
#include "warta/extract/officials/officials_extractor.h"
#include "warta/extract/quotes/quotes_extractor.h"

namespace warta {

const std::vector<ExtractorFactory>& ExtractorFactories() {
  // Officials read the agencies (title -> body links); quotes read the
  // officials' mentions; awards (later) link to both by span.
  static const std::vector<ExtractorFactory> factories = {
      AgenciesExtractor::Create,
      OfficialsExtractor::Create,
      QuotesExtractor::Create,
  };
  return factories;
}

}  // namespace warta
