// The extractors a pipeline runs, in order. Adding an extraction stage means
// adding its factory here; nothing else in the core changes.
#ifndef WARTA_EXTRACT_REGISTRY_H_
#define WARTA_EXTRACT_REGISTRY_H_

#include <functional>
#include <memory>
#include <vector>

#include "warta/extract/extractor.h"

namespace warta {

using ExtractorFactory = std::function<StatusOr<std::unique_ptr<Extractor>>(BuildContext&)>;

// Factories in pipeline order: later stages may read what earlier ones found.
const std::vector<ExtractorFactory>& ExtractorFactories();

}  // namespace warta

#endif  // WARTA_EXTRACT_REGISTRY_H_
