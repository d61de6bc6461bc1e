// Scoring predictions against gold: per-type precision, recall and F1 under
// lenient and strict matching, attribute accuracy on matched pairs, and a
// per-article diff. docs/evaluation.md explains every number.
//
//   StatusOr<RecordSet> gold = LoadGold("corpus/gold");
//   StatusOr<RecordSet> pred = LoadPredictions("out.jsonl");
//   EvalResult r = Evaluate(*gold, *pred);
//   std::fputs(RenderText(r).c_str(), stdout);                 // report.h
//   std::optional<double> f1 = r.Metric("officials.lenient.f1");
//
// Articles are the gold records; a gold article without a prediction is
// scored against nothing (all misses) and listed in missing_predictions, as in
// score.py. Predictions without gold are ignored but listed.
#ifndef WARTA_EVAL_EVALUATE_H_
#define WARTA_EVAL_EVALUATE_H_

#include <optional>
#include <string>
#include <vector>

#include "warta/eval/match.h"
#include "warta/eval/records.h"

namespace warta::eval {

// True positives, false positives and false negatives of one matching rule.
struct Counts {
  int tp = 0;
  int fp = 0;
  int fn = 0;
  // 0 when the denominator is 0, as score.py.
  double precision() const;
  double recall() const;
  double f1() const;
  void Add(const Counts& o) { tp += o.tp, fp += o.fp, fn += o.fn; }
};

struct AttributeScore {
  std::string name;  // "title"
  int correct = 0;
  int total = 0;  // matched (lenient) pairs
  // correct / total; nullopt when no pair was matched.
  std::optional<double> accuracy() const;
};

struct TypeScore {
  EntityType type = EntityType::kOfficials;
  int gold = 0;       // scored gold entities
  int predicted = 0;  // scored predicted entities
  Counts lenient;
  Counts strict;
  std::vector<AttributeScore> attributes;
};

// One line of an article's diff.
struct DiffItem {
  enum class Kind { kMiss, kFalseHit, kAttribute };
  Kind kind = Kind::kMiss;
  EntityType type = EntityType::kOfficials;
  std::string gold;        // description of the gold entity (Describe), empty for false hits
  std::string pred;        // description of the predicted entity, empty for misses
  std::string attribute;   // kAttribute: its name
  std::string gold_value;  // kAttribute: the values that disagree
  std::string pred_value;
};

struct ArticleScore {
  std::string id;
  bool has_prediction = true;
  std::vector<TypeScore> types;  // per-type counts of this article (no attributes)
  std::vector<DiffItem> diff;    // misses, false hits, attribute disagreements
};

struct EvalResult {
  int articles = 0;
  std::vector<std::string> missing_predictions;    // gold ids without a prediction
  std::vector<std::string> unmatched_predictions;  // predicted ids without gold
  std::vector<TypeScore> types;                    // in kAllTypes order
  std::vector<ArticleScore> per_article;           // in gold order

  // Mean F1 over score.py's five types (officials, agencies, awards, dates, scores).
  double MacroF1(Rule rule) const;
  const TypeScore* Type(EntityType type) const;

  // Every metric by name, for thresholds and --metrics:
  //   <type>.<lenient|strict>.<precision|recall|f1>, <type>.attr.<attribute>,
  //   macro.<lenient|strict>.f1
  // The value is nullopt for an attribute with no matched pair.
  struct Metric {
    std::string name;
    std::optional<double> value;
  };
  std::vector<Metric> Metrics() const;
  // One metric by name; nullopt when unknown or without a value.
  std::optional<double> MetricValue(const std::string& name) const;
};

// Scores `pred` against `gold`. Never fails: malformed entities simply do not
// match.
EvalResult Evaluate(const RecordSet& gold, const RecordSet& pred);

}  // namespace warta::eval

#endif  // WARTA_EVAL_EVALUATE_H_
