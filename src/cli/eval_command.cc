#include <cstdio>
#include <string>
#include <vector>

#include "cli/commands.h"
#include "cli/flags.h"
#include "warta/eval/corpus.h"
#include "warta/eval/evaluate.h"
#include "warta/eval/report.h"
#include "warta/pipeline.h"

namespace warta_cli {
namespace {

constexpr const char kHelp[] =
    "usage: warta eval [OPTIONS] GOLD PRED\n"
    "       warta eval [OPTIONS] --corpus DIR\n"
    "\n"
    "Scores extractions against hand-written gold (docs/evaluation.md): per type\n"
    "precision, recall and F1 under lenient and strict matching, and attribute\n"
    "accuracy on matched pairs.\n"
    "GOLD is a gold .json file, a .jsonl of gold records or a directory of .json\n"
    "files; PRED is warta's JSONL output ('-' for stdin); records pair by id.\n"
    "--corpus DIR runs extraction itself over DIR/articles/*.txt (id = file\n"
    "stem) and pairs each with DIR/gold/<stem>.json.\n"
    "Exit status: 0 scored (and every floor met), 1 some metric below its floor,\n"
    "2 usage or input error.\n"
    "\n"
    "options:\n"
    "  --corpus DIR        extract DIR/articles and score against DIR/gold\n"
    "  --json              one JSON object (with --diff: per-article diffs inside)\n"
    "  --diff              misses, false hits and wrong attributes per article\n"
    "  --markdown          the tables of docs/evaluation.md\n"
    "  --metrics           every metric as 'name<TAB>value' (thresholds format)\n"
    "  --thresholds FILE   check floors (corpus/thresholds.tsv); exit 1 naming each\n"
    "                      metric below its floor\n"
    "  --lexicons DIR      with --corpus: use DIR/NAME.tsv over the embedded lexicons\n"
    "  -h, --help          show this help\n";

}  // namespace

int RunEval(const std::vector<std::string>& args) {
  std::string corpus, thresholds_path;
  bool json = false, diff = false, markdown = false, metrics = false;
  warta::PipelineOptions popts;
  std::vector<std::string> positional;
  Flags flags(args);
  std::string value;
  while (flags.More()) {
    if (flags.Bool("-h") || flags.Bool("--help")) {
      std::fputs(kHelp, stdout);
      return 0;
    } else if (flags.Bool("--json")) {
      json = true;
    } else if (flags.Bool("--diff")) {
      diff = true;
    } else if (flags.Bool("--markdown")) {
      markdown = true;
    } else if (flags.Bool("--metrics")) {
      metrics = true;
    } else if (flags.Value("--corpus", &corpus) || flags.Value("--thresholds", &thresholds_path) ||
               flags.Value("--lexicons", &popts.lexicon_dir)) {
    } else if (flags.Positional(&value)) {
      positional.push_back(value);
    } else {
      return Usage(flags.error());
    }
  }
  if (json + markdown + metrics > 1)
    return Usage("eval: choose one of --json, --markdown, --metrics");
  if (corpus.empty() ? positional.size() != 2 : !positional.empty()) {
    return Usage("eval: expected GOLD PRED, or --corpus DIR alone");
  }

  // Thresholds are read first so that a typo in the file fails before a long run.
  std::vector<warta::eval::Threshold> thresholds;
  if (!thresholds_path.empty()) {
    auto loaded = warta::eval::LoadThresholds(thresholds_path);
    if (!loaded.ok()) {
      std::fprintf(stderr, "warta: %s\n", loaded.status().message().c_str());
      return 2;
    }
    thresholds = std::move(*loaded);
  }

  warta::eval::RecordSet gold, pred;
  if (!corpus.empty()) {
    auto pipeline = warta::Pipeline::Create(popts);
    if (!pipeline.ok()) {
      std::fprintf(stderr, "warta: %s\n", pipeline.status().message().c_str());
      return 2;
    }
    auto run = warta::eval::RunCorpus(corpus, **pipeline);
    if (!run.ok()) {
      std::fprintf(stderr, "warta: %s\n", run.status().message().c_str());
      return 2;
    }
    for (const std::string& stem : run->articles_without_gold) {
      std::fprintf(stderr, "warta: %s/articles/%s.txt has no gold file; not scored\n",
                   corpus.c_str(), stem.c_str());
    }
    gold = std::move(run->gold);
    pred = std::move(run->pred);
  } else {
    auto g = warta::eval::LoadGold(positional[0]);
    if (!g.ok()) {
      std::fprintf(stderr, "warta: %s\n", g.status().message().c_str());
      return 2;
    }
    auto p = warta::eval::LoadPredictions(positional[1]);
    if (!p.ok()) {
      std::fprintf(stderr, "warta: %s\n", p.status().message().c_str());
      return 2;
    }
    gold = std::move(*g);
    pred = std::move(*p);
  }
  if (gold.size() == 0) {
    std::fprintf(stderr, "warta: no gold records in %s\n",
                 corpus.empty() ? positional[0].c_str() : corpus.c_str());
    return 2;
  }

  warta::eval::EvalResult result = warta::eval::Evaluate(gold, pred);
  std::string out;
  if (json) {
    out = warta::eval::RenderJson(result, diff);
  } else if (markdown) {
    out = warta::eval::RenderMarkdown(result);
  } else if (metrics) {
    out = warta::eval::RenderMetrics(result);
  } else {
    out = (diff ? warta::eval::RenderDiff(result) + "\n" : "") + warta::eval::RenderText(result);
  }
  std::fwrite(out.data(), 1, out.size(), stdout);
  std::fflush(stdout);

  if (thresholds.empty()) return 0;
  auto below = warta::eval::CheckThresholds(result, thresholds, thresholds_path);
  if (!below.ok()) {
    std::fprintf(stderr, "warta: %s\n", below.status().message().c_str());
    return 2;
  }
  for (const warta::eval::ThresholdFailure& f : *below) {
    std::fprintf(stderr, "warta: below floor: %s = %s < %.3f\n", f.metric.c_str(),
                 f.value ? std::to_string(*f.value).c_str() : "n/a", f.floor);
  }
  if (!below->empty()) {
    std::fprintf(stderr, "warta: %zu of %zu metrics below their floor in %s\n", below->size(),
                 thresholds.size(), thresholds_path.c_str());
    return 1;
  }
  return 0;
}

}  // namespace warta_cli
