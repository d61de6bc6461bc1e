#include "warta/eval/report.h"

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <sstream>

#include "warta/lexicon/tsv.h"

namespace warta::eval {
namespace {

std::string Fixed(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.3f", v);
  return buf;
}

std::string Fixed(const std::optional<double>& v) { return v ? Fixed(*v) : "n/a"; }

std::string Pad(std::string s, size_t width, bool right = false) {
  if (s.size() >= width) return s;
  std::string fill(width - s.size(), ' ');
  return right ? fill + s : s + fill;
}

std::string TriCounts(const Counts& c) {
  return std::to_string(c.tp) + "/" + std::to_string(c.fp) + "/" + std::to_string(c.fn);
}

std::string MacroTypes() {
  std::string out;
  for (EntityType t : kAllTypes) {
    if (!InMacro(t)) continue;
    if (!out.empty()) out += ", ";
    out += TypeName(t);
  }
  return out;
}

Json CountsJson(const Counts& c) {
  Json j = Json::object();
  j["precision"] = c.precision();
  j["recall"] = c.recall();
  j["f1"] = c.f1();
  j["tp"] = c.tp;
  j["fp"] = c.fp;
  j["fn"] = c.fn;
  return j;
}

const char* KindName(DiffItem::Kind k) {
  switch (k) {
    case DiffItem::Kind::kMiss:
      return "miss";
    case DiffItem::Kind::kFalseHit:
      return "false_hit";
    case DiffItem::Kind::kAttribute:
      return "attribute";
  }
  return "?";
}

}  // namespace

std::string RenderText(const EvalResult& r) {
  std::ostringstream out;
  out << "warta eval: " << r.articles << " articles";
  if (!r.missing_predictions.empty()) {
    out << " (" << r.missing_predictions.size() << " without a prediction)";
  }
  out << "\n\n";
  out << Pad("", 27) << Pad("lenient (overlap, name rules)", 39)
      << "strict (exact span, exact name)\n";
  out << Pad("type", 10) << Pad("gold", 7, true) << Pad("pred", 7, true) << "   "
      << "P      R      F1     tp/fp/fn          P      R      F1     tp/fp/fn\n";
  for (const TypeScore& t : r.types) {
    out << Pad(TypeName(t.type), 10) << Pad(std::to_string(t.gold), 7, true)
        << Pad(std::to_string(t.predicted), 7, true) << "   ";
    for (const Counts* c : {&t.lenient, &t.strict}) {
      out << Fixed(c->precision()) << "  " << Fixed(c->recall()) << "  " << Fixed(c->f1()) << "  "
          << (c == &t.lenient ? Pad(TriCounts(*c), 18) : TriCounts(*c));
    }
    out << "\n";
  }
  out << "macro F1 (" << MacroTypes() << "): lenient " << Fixed(r.MacroF1(Rule::kLenient))
      << ", strict " << Fixed(r.MacroF1(Rule::kStrict)) << "\n\n";
  out << "attribute accuracy (on lenient pairs)\n";
  for (const TypeScore& t : r.types) {
    out << Pad(TypeName(t.type), 10);
    for (const AttributeScore& a : t.attributes) {
      out << "  " << a.name << " " << Fixed(a.accuracy()) << " (" << a.correct << "/" << a.total
          << ")";
    }
    out << "\n";
  }
  if (!r.unmatched_predictions.empty()) {
    out << "\n" << r.unmatched_predictions.size() << " predictions without gold (ignored)\n";
  }
  return out.str();
}

std::string RenderMarkdown(const EvalResult& r) {
  std::ostringstream out;
  out << "Scored on " << r.articles << " articles.\n\n";
  out << "| type | gold | predicted | P | R | F1 | tp/fp/fn | strict P | strict R | strict F1 |\n"
      << "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n";
  for (const TypeScore& t : r.types) {
    out << "| " << TypeName(t.type) << " | " << t.gold << " | " << t.predicted << " | "
        << Fixed(t.lenient.precision()) << " | " << Fixed(t.lenient.recall()) << " | "
        << Fixed(t.lenient.f1()) << " | " << TriCounts(t.lenient) << " | "
        << Fixed(t.strict.precision()) << " | " << Fixed(t.strict.recall()) << " | "
        << Fixed(t.strict.f1()) << " |\n";
  }
  out << "| **macro** (" << MacroTypes() << ") | | | | | **" << Fixed(r.MacroF1(Rule::kLenient))
      << "** | | | | **" << Fixed(r.MacroF1(Rule::kStrict)) << "** |\n\n";
  out << "| type | attribute | accuracy | correct / matched pairs |\n"
      << "|---|---|---:|---:|\n";
  for (const TypeScore& t : r.types) {
    for (const AttributeScore& a : t.attributes) {
      out << "| " << TypeName(t.type) << " | " << a.name << " | " << Fixed(a.accuracy()) << " | "
          << a.correct << " / " << a.total << " |\n";
    }
  }
  return out.str();
}

std::string RenderJson(const EvalResult& r, bool with_diff) {
  Json j = Json::object();
  j["articles"] = r.articles;
  j["missing_predictions"] = r.missing_predictions;
  j["unmatched_predictions"] = r.unmatched_predictions;
  j["macro_f1"] = {{"lenient", r.MacroF1(Rule::kLenient)}, {"strict", r.MacroF1(Rule::kStrict)}};
  Json types = Json::object();
  for (const TypeScore& t : r.types) {
    Json tj = Json::object();
    tj["gold"] = t.gold;
    tj["predicted"] = t.predicted;
    tj["in_macro"] = InMacro(t.type);
    tj["lenient"] = CountsJson(t.lenient);
    tj["strict"] = CountsJson(t.strict);
    Json attrs = Json::object();
    for (const AttributeScore& a : t.attributes) {
      Json aj = Json::object();
      std::optional<double> acc = a.accuracy();
      aj["accuracy"] = acc ? Json(*acc) : Json(nullptr);
      aj["correct"] = a.correct;
      aj["total"] = a.total;
      attrs[a.name] = std::move(aj);
    }
    tj["attributes"] = std::move(attrs);
    types[TypeName(t.type)] = std::move(tj);
  }
  j["types"] = std::move(types);
  if (with_diff) {
    Json diff = Json::array();
    for (const ArticleScore& a : r.per_article) {
      Json items = Json::array();
      for (const DiffItem& d : a.diff) {
        Json item = Json::object();
        item["kind"] = KindName(d.kind);
        item["type"] = TypeName(d.type);
        item["gold"] = d.gold.empty() ? Json(nullptr) : Json(d.gold);
        item["pred"] = d.pred.empty() ? Json(nullptr) : Json(d.pred);
        if (d.kind == DiffItem::Kind::kAttribute) {
          item["attribute"] = d.attribute;
          item["gold_value"] = d.gold_value;
          item["pred_value"] = d.pred_value;
        }
        items.push_back(std::move(item));
      }
      diff.push_back({{"id", a.id}, {"has_prediction", a.has_prediction}, {"items", items}});
    }
    j["diff"] = std::move(diff);
  }
  return j.dump(-1, ' ', false, nlohmann::detail::error_handler_t::replace) + "\n";
}

std::string RenderDiff(const EvalResult& r) {
  std::ostringstream out;
  int shown = 0;
  for (const ArticleScore& a : r.per_article) {
    if (a.diff.empty() && a.has_prediction) continue;
    ++shown;
    out << "== " << a.id << (a.has_prediction ? "" : "  (no prediction)");
    for (const TypeScore& t : a.types) {
      if (t.lenient.fp + t.lenient.fn == 0) continue;
      out << "  " << TypeName(t.type) << " " << TriCounts(t.lenient);
    }
    out << "\n";
    for (const DiffItem& d : a.diff) {
      out << "  " << Pad(TypeName(d.type), 10) << " ";
      switch (d.kind) {
        case DiffItem::Kind::kMiss:
          out << "miss       " << d.gold << "\n";
          break;
        case DiffItem::Kind::kFalseHit:
          out << "false hit  " << d.pred << "\n";
          break;
        case DiffItem::Kind::kAttribute:
          out << Pad(d.attribute, 10) << " " << d.gold << ": gold " << d.gold_value << ", pred "
              << d.pred_value << "\n";
          break;
      }
    }
  }
  out << shown << " of " << r.articles << " articles differ (per type: tp/fp/fn, lenient)\n";
  return out.str();
}

std::string RenderMetrics(const EvalResult& r) {
  std::string out = "metric\tvalue\n";
  for (const EvalResult::Metric& m : r.Metrics()) {
    out += m.name + "\t" + (m.value ? Fixed(*m.value) : "n/a") + "\n";
  }
  return out;
}

StatusOr<std::vector<Threshold>> LoadThresholds(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status(ErrorCode::kIoError, path + ": cannot open");
  std::ostringstream ss;
  ss << in.rdbuf();
  StatusOr<TsvTable> table = TsvTable::Parse(path, ss.str(), {"metric", "floor"});
  if (!table.ok()) return Status(ErrorCode::kUsage, table.status().message());
  int metric = table->Column("metric"), floor = table->Column("floor");
  std::vector<Threshold> out;
  for (const TsvRow& row : table->rows()) {
    const std::string& f = row.fields[floor];
    char* end = nullptr;
    double v = std::strtod(f.c_str(), &end);
    if (f.empty() || end != f.c_str() + f.size() || !(v >= 0 && v <= 1)) {
      return Status(
          ErrorCode::kUsage,
          table->Error(row, "floor must be a number in [0, 1], got '" + f + "'").message());
    }
    out.push_back({row.fields[metric], v, row.line});
  }
  return out;
}

StatusOr<std::vector<ThresholdFailure>> CheckThresholds(const EvalResult& result,
                                                        const std::vector<Threshold>& thresholds,
                                                        const std::string& source) {
  std::vector<EvalResult::Metric> metrics = result.Metrics();
  std::vector<ThresholdFailure> out;
  for (const Threshold& t : thresholds) {
    const EvalResult::Metric* m = nullptr;
    for (const EvalResult::Metric& x : metrics) {
      if (x.name == t.metric) m = &x;
    }
    if (!m) {
      return Status(ErrorCode::kUsage,
                    source + ":" + std::to_string(t.line) + ": unknown metric '" + t.metric + "'");
    }
    // A small tolerance: a floor copied from a printed value ("0.857") must
    // pass for the value it was printed from (0.8571...).
    bool ok = m->value ? *m->value + 5e-4 >= t.floor : t.floor <= 0;
    if (!ok) out.push_back({t.metric, t.floor, m->value});
  }
  return out;
}

}  // namespace warta::eval
