// Running the extractor over an annotated corpus directory, for
// `warta eval --corpus DIR`.
//
//   StatusOr<std::unique_ptr<Pipeline>> p = Pipeline::Create(PipelineOptions());
//   StatusOr<CorpusRun> run = RunCorpus("corpus", **p);
//   if (!run.ok()) report(run.status().message());
//   EvalResult r = Evaluate(run->gold, run->pred);
//
// Layout of DIR: articles/<stem>.txt (the article exactly as published, title
// on the first line; offsets count code points of the whole file) and
// gold/<stem>.json (its gold record, "id" = <stem>). See corpus/README.md.
#ifndef WARTA_EVAL_CORPUS_H_
#define WARTA_EVAL_CORPUS_H_

#include <string>
#include <vector>

#include "warta/eval/records.h"
#include "warta/pipeline.h"

namespace warta::eval {

struct CorpusRun {
  RecordSet gold;  // every gold/*.json
  RecordSet pred;  // warta's record for every articles/*.txt, id = stem
  std::vector<std::string> articles_without_gold;  // stems with no gold/<stem>.json
};

// Extracts every DIR/articles/*.txt (name order) with `pipeline` and loads
// DIR/gold. Each prediction is the JSON record `warta extract` would write
// (code point offsets), so that eval scores exactly what users get. Fails
// with kIoError when DIR/articles or DIR/gold cannot be listed, or with the
// gold loader's errors.
StatusOr<CorpusRun> RunCorpus(const std::string& dir, const Pipeline& pipeline);

}  // namespace warta::eval

#endif  // WARTA_EVAL_CORPUS_H_
