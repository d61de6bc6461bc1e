// OfficialsExtractor: the `officials` of an article (docs/officials-agencies.md,
// ../shared/spec/annotation.md).
//
//   registered in extract/registry.cc after AgenciesExtractor, whose
//   ctx.result.agencies it reads to link "Kepala Dinas Kesehatan Kota
//   Pontianak X" to the agency "Dinas Kesehatan Kota Pontianak".
//
// A mention is
//   [Plt./Pj./Plh.] TITLE [BODY | UNIT] [REGION] [,] [HONORIFICS/RANKS] NAME [, DEGREES]
// or, inverted, "NAME, TITLE ..." / "NAME selaku TITLE ..." (titles.tsv,
// honorifics.tsv, degrees.tsv, name_stopwords.tsv). Mentions of one person
// merge by name; then, within the article, short names and surnames ("Edi")
// and bare titles that name a single holder ("Wali Kota") become mentions of
// that person. A title without a named holder yields no official. Officials
// are numbered O1, O2, ... in order of first mention.
#ifndef WARTA_EXTRACT_OFFICIALS_OFFICIALS_EXTRACTOR_H_
#define WARTA_EXTRACT_OFFICIALS_OFFICIALS_EXTRACTOR_H_

#include <memory>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "warta/extract/agencies/agency_parser.h"
#include "warta/extract/extractor.h"

namespace warta {

class OfficialsExtractor : public Extractor {
 public:
  // Fails with kLexiconError when a lexicon it reads is invalid.
  static StatusOr<std::unique_ptr<Extractor>> Create(BuildContext& ctx);
  std::string_view name() const override { return "officials"; }
  void Extract(ArticleContext& ctx) const override;

  // One written mention of an office (public for the implementation's helpers).
  struct Candidate {
    uint32_t begin = 0, end = 0;            // mention tokens (name included)
    uint32_t scan_end = 0;                  // where scanning resumes (after degrees)
    uint32_t name_begin = 0, name_end = 0;  // empty range: a bare title
    std::string title, acting;
    std::optional<Jurisdiction> jurisdiction;
    long agency = -1;  // index into result.agencies
    std::vector<std::string> honorifics, degrees;
    int row = -1;  // titles.tsv row
    bool rank_only = false;
    Confidence confidence = Confidence::kHigh;
  };

 private:
  struct TitleRow {
    std::string canonical, then, level, line;
    // police | military: a contracted post ("Dandim", "Kasat Lantas") whose
    // unit or body is linked, not written into the title.
    bool contracted_post = false;
  };
  struct Article;  // per-article lookups (agency starts, covered tokens)

  explicit OfficialsExtractor(AgencyParser agencies) : agencies_(std::move(agencies)) {}
  bool ParseAt(const Article& a, uint32_t i, uint32_t limit, Candidate* out) const;
  bool Inverted(const Article& a, uint32_t first, Candidate* c) const;
  uint32_t NameRun(const Article& a, uint32_t i, uint32_t limit) const;
  bool IsNameWord(const Article& a, uint32_t k) const;
  uint32_t Unit(const Article& a, uint32_t i, uint32_t limit, bool military) const;
  std::string DotlessFold(const Article& a, uint32_t k) const;
  bool TitleAt(const Article& a, uint32_t i, uint32_t limit, bool acting,
               PhraseMatcher::Match* m) const;

  AgencyParser agencies_;
  std::vector<TitleRow> titles_;
  PhraseMatcher titles_matcher_;                             // payload: titles_ index
  std::unordered_map<std::string, std::string> honorifics_;  // dotless folded -> canonical
  std::unordered_set<std::string> degrees_;                  // dotless folded
  std::unordered_map<uint32_t, std::string> stopwords_;      // word id -> kind
};

}  // namespace warta

#endif  // WARTA_EXTRACT_OFFICIALS_OFFICIALS_EXTRACTOR_H_
