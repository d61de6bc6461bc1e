// Rendering results as JSON Lines (docs/output.md, docs/schema/).
//
//   OutputOptions opts;            // opts.pretty = true; opts.offsets = OffsetUnit::kUtf8Bytes;
//   std::string line = RenderArticle(result, opts);   // ends with '\n'
//   fwrite(line.data(), 1, line.size(), stdout);
//
// Keys come in a fixed order, every array is present, absent values are
// null, and the same result always renders to the same bytes. Spans are
// mapped from cleaned text back to the original: `start`/`end` count Unicode
// code points (or UTF-8 bytes) of the text as given, and `text` is that slice.
#ifndef WARTA_OUTPUT_JSON_WRITER_H_
#define WARTA_OUTPUT_JSON_WRITER_H_

#include <string>

#include "warta/pipeline.h"

namespace warta {

enum class OffsetUnit { kCodePoints, kUtf8Bytes };

struct OutputOptions {
  bool pretty = false;  // indented, several lines per record
  OffsetUnit offsets = OffsetUnit::kCodePoints;
};

// The record for one article: results, or an error record when
// !result.status.ok(). Never fails.
std::string RenderArticle(const ArticleResult& result, const OutputOptions& options);

// The schema version written in docs/output.md.
inline constexpr const char* kSchemaVersion = "1";

}  // namespace warta

#endif  // WARTA_OUTPUT_JSON_WRITER_H_
