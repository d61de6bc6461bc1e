// AgenciesExtractor: the `agencies` of an article (docs/officials-agencies.md).
//
//   registered in extract/registry.cc; reads tokens, fills ctx.result.agencies.
//
// Every body mention found by AgencyParser becomes a mention of one agency:
// mentions with the same canonical name merge ("Pemkot Pontianak" and
// "Pemerintah Kota (Pemkot) Pontianak"), and a bare acronym or short form
// ("BKD", "Dinas BMSDA", "Dinkes") merges into the body written in full whose
// acronym or name it is. Agencies are numbered A1, A2, ... in order of first
// mention; mention spans cover exactly the written mention.
#ifndef WARTA_EXTRACT_AGENCIES_AGENCIES_EXTRACTOR_H_
#define WARTA_EXTRACT_AGENCIES_AGENCIES_EXTRACTOR_H_

#include <memory>

#include "warta/extract/agencies/agency_parser.h"
#include "warta/extract/extractor.h"

namespace warta {

class AgenciesExtractor : public Extractor {
 public:
  // Fails with kLexiconError when a lexicon it reads is invalid.
  static StatusOr<std::unique_ptr<Extractor>> Create(BuildContext& ctx);
  std::string_view name() const override { return "agencies"; }
  void Extract(ArticleContext& ctx) const override;

 private:
  explicit AgenciesExtractor(AgencyParser parser) : parser_(std::move(parser)) {}
  AgencyParser parser_;
};

}  // namespace warta

#endif  // WARTA_EXTRACT_AGENCIES_AGENCIES_EXTRACTOR_H_
