#include "warta/extract/registry.h"

#include "warta/extract/awards/award_extractor.h"

namespace warta {

const std::vector<ExtractorFactory>& ExtractorFactories() {
  static const std::vector<ExtractorFactory> factories = {
      // Awards link to the agencies, officials, scores and dates found before.
      NewAwardExtractor,
  };
  return factories;
}

}  // namespace warta
