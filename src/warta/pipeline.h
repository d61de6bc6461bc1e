// Pipeline: the loaded, immutable extraction pipeline.
//
//   PipelineOptions options;                  // options.lexicon_dir = "my_lexicons";
//   StatusOr<std::unique_ptr<Pipeline>> p = Pipeline::Create(options);
//   if (!p.ok()) { report p.status().message(); }   // kLexiconError: "file:line: ..."
//   Pipeline::Workspace ws = (*p)->NewWorkspace();  // one per thread
//   ArticleResult result;
//   (*p)->Process(std::move(article), &ws, &result);
//   std::string line = RenderArticle(result, OutputOptions());
//
// Stages: clean (Document) -> layout (title, boilerplate, dateline) ->
// tokenize (ICU + Indonesian joins, sentences) -> extractors in order (see
// docs/architecture.md). The Pipeline is shared read-only between threads;
// everything that changes per article lives in the Workspace and the result.
#ifndef WARTA_PIPELINE_H_
#define WARTA_PIPELINE_H_

#include <array>
#include <chrono>
#include <memory>
#include <string>
#include <vector>

#include "warta/extract/extractor.h"
#include "warta/input/reader.h"
#include "warta/lexicon/phrase_matcher.h"
#include "warta/model.h"
#include "warta/normalize/document.h"
#include "warta/normalize/layout.h"
#include "warta/status.h"
#include "warta/tokenize/tokenizer.h"

namespace warta {

struct PipelineOptions {
  std::string lexicon_dir;        // overrides for lexicons/*.tsv; empty: embedded only
  std::string default_published;  // ISO date for articles that carry none
};

struct ArticleResult {
  std::string id;
  Status status;  // not ok: an error record is written instead of results
  Document doc;
  Extraction extraction;
};

class Pipeline {
 public:
  // Per-thread scratch state (ICU iterators, token buffers, stage timings).
  class Workspace {
   public:
    // Nanoseconds spent per stage name, accumulated over articles.
    const std::vector<std::pair<std::string, double>>& timings() const { return timings_; }
    void set_timing(bool on) { timing_ = on; }

   private:
    friend class Pipeline;
    Tokenizer::State tokenizer;
    TokenizedText tokens;
    bool timing_ = false;
    std::vector<std::pair<std::string, double>> timings_;
  };

  // Loads lexicons and builds every stage. Fails with kLexiconError naming the
  // file and line, or kUsage for a bad default_published.
  static StatusOr<std::unique_ptr<Pipeline>> Create(const PipelineOptions& options);
  ~Pipeline();

  Workspace NewWorkspace() const;

  // Processes one article into *out. An article with a reader error becomes
  // an error result, and so does one whose text is empty after cleaning
  // (kEmptyText: only whitespace, control or zero-width characters); never
  // fails otherwise. Thread-safe with one Workspace per
  // thread.
  void Process(Article article, Workspace* ws, ArticleResult* out) const;

  const LexiconSet& lexicons() const { return lexicons_; }
  const Tokenizer& tokenizer() const { return tokenizer_; }
  const Vocabulary& vocabulary() const { return vocabulary_; }

 private:
  Pipeline(LexiconSet lexicons, Tokenizer tokenizer, LayoutAnalyzer layout);
  PipelineOptions options_;
  LexiconSet lexicons_;
  Tokenizer tokenizer_;
  LayoutAnalyzer layout_;
  Vocabulary vocabulary_;
  std::vector<std::unique_ptr<Extractor>> extractors_;
};

}  // namespace warta

#endif  // WARTA_PIPELINE_H_
