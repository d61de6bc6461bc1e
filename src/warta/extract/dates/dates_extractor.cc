#include "warta/extract/dates/dates_extractor.h"

#include "warta/extract/dates/date_finder.h"

namespace warta {
namespace {

class DatesExtractor : public Extractor {
 public:
  explicit DatesExtractor(DateFinder finder) : finder_(std::move(finder)) {}
  std::string_view name() const override { return "dates"; }

  void Extract(ArticleContext& ctx) const override {
    Meta& meta = ctx.result.meta;
    DateContext dc;
    dc.published = meta.published;
    dc.dateline = meta.dateline_span;
    dc.default_published = std::string(ctx.default_published);
    DateResult r = finder_.Find(ctx.doc.text(), ctx.tokens, dc);
    ctx.result.dates = std::move(r.dates);
    meta.reference_date = std::move(r.reference_date);
    meta.reference_source = std::move(r.reference_source);
  }

 private:
  DateFinder finder_;
};

}  // namespace

StatusOr<std::unique_ptr<Extractor>> NewDatesExtractor(BuildContext& ctx) {
  StatusOr<DateFinder> finder = DateFinder::Create(ctx.lexicons, ctx.tokenizer, ctx.vocabulary);
  if (!finder.ok()) return finder.status();
  return std::unique_ptr<Extractor>(new DatesExtractor(std::move(*finder)));
}

}  // namespace warta
