#include "warta/extract/registry.h"

namespace warta {

const std::vector<ExtractorFactory>& ExtractorFactories() {
  static const std::vector<ExtractorFactory> factories = {};
  return factories;
}

}  // namespace warta
