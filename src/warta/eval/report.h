// Rendering an EvalResult (evaluate.h) for people and machines, and checking
// it against floor thresholds.
//
//   EvalResult r = Evaluate(gold, pred);
//   std::string table = RenderText(r);        // aligned table, attributes, macro F1
//   std::string md = RenderMarkdown(r);       // the tables of docs/evaluation.md
//   std::string json = RenderJson(r, /*with_diff=*/false);  // one JSON object + "\n"
//   std::string diff = RenderDiff(r);         // misses and false hits per article
//
//   StatusOr<std::vector<Threshold>> floors = LoadThresholds("corpus/thresholds.tsv");
//   StatusOr<std::vector<ThresholdFailure>> below = CheckThresholds(r, *floors);
//   for (const ThresholdFailure& f : *below) ...;   // each metric under its floor
//
// All functions return freshly allocated strings; none fails except the two
// threshold functions, which report "file:line: message".
#ifndef WARTA_EVAL_REPORT_H_
#define WARTA_EVAL_REPORT_H_

#include <string>
#include <vector>

#include "warta/eval/evaluate.h"
#include "warta/status.h"

namespace warta::eval {

std::string RenderText(const EvalResult& result);
std::string RenderMarkdown(const EvalResult& result);
// Keys: articles, missing_predictions, unmatched_predictions, macro_f1
// {lenient, strict}, types {<type>: {gold, predicted, lenient {precision,
// recall, f1, tp, fp, fn}, strict {...}, attributes {<name>: {accuracy,
// correct, total}}}}, and with `with_diff` also diff [{id, items [...]}].
std::string RenderJson(const EvalResult& result, bool with_diff);
// Articles with at least one miss, false hit or attribute disagreement.
std::string RenderDiff(const EvalResult& result);
// Every metric as "name<TAB>value" lines (value "n/a" when it has none), in the
// format of corpus/thresholds.tsv.
std::string RenderMetrics(const EvalResult& result);

struct Threshold {
  std::string metric;  // a name from EvalResult::Metrics()
  double floor = 0;    // in [0, 1]
  int line = 0;        // in the thresholds file
};

struct ThresholdFailure {
  std::string metric;
  double floor = 0;
  std::optional<double> value;  // nullopt: the metric had no value (no matched pair)
};

// Reads a thresholds file: a TSV with a "metric<TAB>floor" header and '#'
// comment lines (corpus/thresholds.tsv). Fails with kIoError or kUsage
// ("file:line: floor must be a number in [0, 1]").
StatusOr<std::vector<Threshold>> LoadThresholds(const std::string& path);

// The thresholds that `result` does not reach. A metric without a value fails
// any floor above 0. Fails with kUsage for a metric name that does not exist
// ("corpus/thresholds.tsv:7: unknown metric 'oficials.lenient.f1'"); `source`
// names the file in that message.
StatusOr<std::vector<ThresholdFailure>> CheckThresholds(const EvalResult& result,
                                                        const std::vector<Threshold>& thresholds,
                                                        const std::string& source);

}  // namespace warta::eval

#endif  // WARTA_EVAL_REPORT_H_
