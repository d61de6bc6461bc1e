#include "warta/pipeline.h"

#include <algorithm>
#include <functional>

#include "warta/extract/registry.h"

namespace warta {
namespace {

class StageTimer {
 public:
  StageTimer(bool on, std::vector<std::pair<std::string, double>>* timings)
      : on_(on), timings_(timings), last_(on ? Clock::now() : Clock::time_point()) {}
  void Mark(std::string_view stage) {
    if (!on_) return;
    Clock::time_point now = Clock::now();
    double ns = std::chrono::duration<double, std::nano>(now - last_).count();
    last_ = now;
    for (auto& [name, total] : *timings_) {
      if (name == stage) {
        total += ns;
        return;
      }
    }
    timings_->emplace_back(std::string(stage), ns);
  }

 private:
  using Clock = std::chrono::steady_clock;
  bool on_;
  std::vector<std::pair<std::string, double>>* timings_;
  Clock::time_point last_;
};

}  // namespace

Pipeline::Pipeline(LexiconSet lexicons, Tokenizer tokenizer, LayoutAnalyzer layout)
    : lexicons_(std::move(lexicons)), tokenizer_(std::move(tokenizer)), layout_(std::move(layout)) {}

Pipeline::~Pipeline() = default;

StatusOr<std::unique_ptr<Pipeline>> Pipeline::Create(const PipelineOptions& options) {
  if (!options.default_published.empty() &&
      NormalizePublished(options.default_published) != options.default_published) {
    return Status(ErrorCode::kUsage,
                  "--published: expected YYYY-MM-DD, got '" + options.default_published + "'");
  }
  StatusOr<LexiconSet> lexicons = LexiconSet::Load(options.lexicon_dir);
  if (!lexicons.ok()) return lexicons.status();
  StatusOr<Tokenizer> tokenizer = Tokenizer::Create(*lexicons);
  if (!tokenizer.ok()) return tokenizer.status();
  StatusOr<LayoutAnalyzer> layout = LayoutAnalyzer::Create(*lexicons);
  if (!layout.ok()) return layout.status();
  std::unique_ptr<Pipeline> p(
      new Pipeline(std::move(*lexicons), std::move(*tokenizer), std::move(*layout)));
  p->options_ = options;
  // ICU builds its normalizer data on first use; do it here, once, before
  // any worker thread exists (and out of the first article's time).
  static_cast<void>(Document::Clean(std::string("\xC3\xA9")));
  BuildContext ctx{p->lexicons_, p->tokenizer_, &p->vocabulary_};
  for (const ExtractorFactory& factory : ExtractorFactories()) {
    StatusOr<std::unique_ptr<Extractor>> e = factory(ctx);
    if (!e.ok()) return e.status();
    p->extractors_.push_back(std::move(*e));
  }
  return p;
}

Pipeline::Workspace Pipeline::NewWorkspace() const {
  Workspace ws;
  ws.tokenizer = tokenizer_.NewState();
  return ws;
}

void Pipeline::Process(Article article, Workspace* ws, ArticleResult* out) const {
  out->id = std::move(article.id);
  out->status = std::move(article.error);
  out->extraction = Extraction();
  if (!out->status.ok()) {
    out->doc = Document::Clean(std::string());
    return;
  }
  StageTimer timer(ws->timing_, &ws->timings_);
  out->doc = Document::Clean(std::move(article.text));
  timer.Mark("clean");
  if (out->doc.text().empty()) {
    // Nothing but whitespace and invisible characters: almost always a
    // scraping failure, which the user wants counted, not an empty success.
    out->status = Status(ErrorCode::kEmptyText, "text is empty or only whitespace");
    return;
  }
  Extraction& x = out->extraction;
  x.meta.published = article.published;
  layout_.Analyze(out->doc, article.title, &x.meta, &x.boilerplate);
  timer.Mark("layout");
  std::vector<Span> excluded;
  excluded.reserve(x.boilerplate.size());
  for (const Boilerplate& b : x.boilerplate) excluded.push_back(b.span);
  tokenizer_.Tokenize(out->doc.text(), excluded, &ws->tokenizer, &ws->tokens);
  vocabulary_.Assign(&ws->tokens);
  timer.Mark("tokenize");
  if (!x.meta.published.empty()) {
    x.meta.reference_date = x.meta.published;
    x.meta.reference_source = "input";
  }
  ArticleContext ctx{out->doc, ws->tokens, x, options_.default_published};
  for (const auto& e : extractors_) {
    e->Extract(ctx);
    timer.Mark(e->name());
  }
  if (x.meta.reference_date.empty() && !options_.default_published.empty()) {
    x.meta.reference_date = options_.default_published;
    x.meta.reference_source = "option";
  }
}

}  // namespace warta
