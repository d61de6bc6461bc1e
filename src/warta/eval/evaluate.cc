#include "warta/eval/evaluate.h"

namespace warta::eval {
namespace {

const char* RuleName(Rule rule) { return rule == Rule::kStrict ? "strict" : "lenient"; }

Counts CountPairs(size_t pairs, size_t gold, size_t pred) {
  Counts c;
  c.tp = static_cast<int>(pairs);
  c.fn = static_cast<int>(gold - pairs);
  c.fp = static_cast<int>(pred - pairs);
  return c;
}

// Scores one type of one article into *article (counts, diff) and *total.
void ScoreType(EntityType type, const Json& gold_record, const Json& pred_record,
               ArticleScore* article, TypeScore* total) {
  std::vector<const Json*> gl = ScoredEntities(type, gold_record, /*is_gold=*/true);
  std::vector<const Json*> pl = ScoredEntities(type, pred_record, /*is_gold=*/false);
  std::vector<MatchedPair> lenient = MatchEntities(type, Rule::kLenient, gl, pl);
  std::vector<MatchedPair> strict = MatchEntities(type, Rule::kStrict, gl, pl);

  TypeScore here;
  here.type = type;
  here.gold = static_cast<int>(gl.size());
  here.predicted = static_cast<int>(pl.size());
  here.lenient = CountPairs(lenient.size(), gl.size(), pl.size());
  here.strict = CountPairs(strict.size(), gl.size(), pl.size());
  article->types.push_back(here);

  total->gold += here.gold;
  total->predicted += here.predicted;
  total->lenient.Add(here.lenient);
  total->strict.Add(here.strict);

  std::vector<bool> gold_hit(gl.size(), false), pred_hit(pl.size(), false);
  const std::vector<AttributeRule>& rules = Attributes(type);
  for (const MatchedPair& m : lenient) {
    gold_hit[m.gold] = pred_hit[m.pred] = true;
    for (size_t a = 0; a < rules.size(); ++a) {
      const Json& g = *gl[m.gold];
      const Json& p = *pl[m.pred];
      bool ok = rules[a].agrees(g, p, gold_record, pred_record);
      ++total->attributes[a].total;
      if (ok) {
        ++total->attributes[a].correct;
        continue;
      }
      DiffItem d;
      d.kind = DiffItem::Kind::kAttribute;
      d.type = type;
      d.gold = Describe(type, g);
      d.pred = Describe(type, p);
      d.attribute = rules[a].name;
      d.gold_value = rules[a].show(g, gold_record);
      d.pred_value = rules[a].show(p, pred_record);
      article->diff.push_back(std::move(d));
    }
  }
  // Whatever stayed unmatched: gold entities are misses, predictions false hits.
  auto unmatched = [&](DiffItem::Kind kind, const std::vector<const Json*>& list,
                       const std::vector<bool>& hit) {
    for (size_t i = 0; i < list.size(); ++i) {
      if (hit[i]) continue;
      DiffItem d;
      d.kind = kind;
      d.type = type;
      (kind == DiffItem::Kind::kMiss ? d.gold : d.pred) = Describe(type, *list[i]);
      article->diff.push_back(std::move(d));
    }
  };
  unmatched(DiffItem::Kind::kMiss, gl, gold_hit);
  unmatched(DiffItem::Kind::kFalseHit, pl, pred_hit);
}

}  // namespace

double Counts::precision() const { return tp + fp ? static_cast<double>(tp) / (tp + fp) : 0.0; }
double Counts::recall() const { return tp + fn ? static_cast<double>(tp) / (tp + fn) : 0.0; }
double Counts::f1() const {
  double p = precision(), r = recall();
  return p + r > 0 ? 2 * p * r / (p + r) : 0.0;
}

std::optional<double> AttributeScore::accuracy() const {
  if (total == 0) return std::nullopt;
  return static_cast<double>(correct) / total;
}

double EvalResult::MacroF1(Rule rule) const {
  double sum = 0;
  int n = 0;
  for (const TypeScore& t : types) {
    if (!InMacro(t.type)) continue;
    sum += (rule == Rule::kStrict ? t.strict : t.lenient).f1();
    ++n;
  }
  return n ? sum / n : 0.0;
}

const TypeScore* EvalResult::Type(EntityType type) const {
  for (const TypeScore& t : types) {
    if (t.type == type) return &t;
  }
  return nullptr;
}

std::vector<EvalResult::Metric> EvalResult::Metrics() const {
  std::vector<Metric> out;
  for (Rule rule : {Rule::kLenient, Rule::kStrict}) {
    out.push_back({std::string("macro.") + RuleName(rule) + ".f1", MacroF1(rule)});
  }
  for (const TypeScore& t : types) {
    std::string prefix = TypeName(t.type);
    for (Rule rule : {Rule::kLenient, Rule::kStrict}) {
      const Counts& c = rule == Rule::kStrict ? t.strict : t.lenient;
      std::string p = prefix + "." + RuleName(rule) + ".";
      out.push_back({p + "precision", c.precision()});
      out.push_back({p + "recall", c.recall()});
      out.push_back({p + "f1", c.f1()});
    }
    for (const AttributeScore& a : t.attributes) {
      out.push_back({prefix + ".attr." + a.name, a.accuracy()});
    }
  }
  return out;
}

std::optional<double> EvalResult::MetricValue(const std::string& name) const {
  for (const Metric& m : Metrics()) {
    if (m.name == name) return m.value;
  }
  return std::nullopt;
}

EvalResult Evaluate(const RecordSet& gold, const RecordSet& pred) {
  EvalResult r;
  r.articles = static_cast<int>(gold.size());
  for (EntityType type : kAllTypes) {
    TypeScore t;
    t.type = type;
    for (const AttributeRule& a : Attributes(type)) t.attributes.push_back({a.name, 0, 0});
    r.types.push_back(std::move(t));
  }
  static const Json* kEmpty = new Json(Json::object());
  for (const std::string& id : gold.ids()) {
    const Json& g = *gold.Find(id);
    const Json* p = pred.Find(id);
    ArticleScore article;
    article.id = id;
    article.has_prediction = p != nullptr;
    if (!p) r.missing_predictions.push_back(id);
    for (size_t i = 0; i < r.types.size(); ++i) {
      ScoreType(r.types[i].type, g, p ? *p : *kEmpty, &article, &r.types[i]);
    }
    r.per_article.push_back(std::move(article));
  }
  for (const std::string& id : pred.ids()) {
    if (!gold.Find(id)) r.unmatched_predictions.push_back(id);
  }
  return r;
}

}  // namespace warta::eval
