// RegionMatcher: Indonesian administrative regions written in a text, with
// their Kemendagri codes (lexicons/regions.tsv, lexicons/region_levels.tsv,
// lexicons/place_words.tsv).
//
//   StatusOr<RegionMatcher> regions = RegionMatcher::Create(build_context);
//   RegionMatch m;
//   // "Kota Pontianak", "Kab. Bogor", "Provinsi Kalbar", "Kalbar", "Bogor"
//   if (regions->Match(tokens, text, i, sentence.last, "kota", &m)) {
//     Use(m.jurisdiction);  // {"Kota Pontianak", "kota", "61.71"}; m.end = next token
//   }
//   // "Kecamatan Pontianak Kota", or the bare place after "Camat"
//   regions->MatchLocal(tokens, text, i, limit, "kecamatan", &m);
//
// A bare name that several regions share (Bogor: kota and kabupaten) is
// resolved by the level hint the caller takes from the title or agency word
// before it (Wali Kota/Pemkot -> kota, Bupati/Pemkab -> kabupaten); without a
// usable hint the result is marked ambiguous, with an empty level and code.
// Bare names and aliases must be capitalised in the text. The matcher is
// immutable after Create and safe to share between threads.
#ifndef WARTA_EXTRACT_REGIONS_REGION_MATCHER_H_
#define WARTA_EXTRACT_REGIONS_REGION_MATCHER_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "warta/extract/extractor.h"
#include "warta/lexicon/phrase_matcher.h"
#include "warta/model.h"

namespace warta {

// One row of lexicons/regions.tsv.
struct Region {
  std::string code;   // "61.71"
  std::string level;  // provinsi | kabupaten | kota
  std::string name;   // bare: "Pontianak"
};

struct RegionMatch {
  uint32_t begin = 0;  // first token
  uint32_t end = 0;    // one past the last token
  Jurisdiction jurisdiction;
  bool level_written = false;  // "Kota Pontianak", not bare "Pontianak"
  int region = -1;             // index into regions(), -1 when ambiguous or local
};

class RegionMatcher {
 public:
  // Loads the three lexicons. Fails with kLexiconError ("file:line: ...") on a
  // bad row: unknown level, malformed or duplicate code.
  static StatusOr<RegionMatcher> Create(const BuildContext& ctx);

  // A province, kabupaten or kota written at token i (not past `limit`).
  // `hint` is provinsi, kabupaten or kota to prefer that level for a shared
  // bare name, or empty. Returns false when no region starts at i.
  bool Match(const TokenizedText& tokens, std::string_view text, uint32_t i, uint32_t limit,
             std::string_view hint, RegionMatch* out) const;

  // A kecamatan, kelurahan or desa at token i: with its level word
  // ("Kecamatan Sungai Raya", "Desa Sukamaju") or, when `level` is given, the
  // bare place a title names ("Camat Sungai Raya Ahmad" -> "Sungai Raya"; a
  // comma ends the place: "Lurah Sungai Jawi Dalam, Ahmad"). Codes are empty:
  // regions.tsv stops at kabupaten/kota. Returns false when none.
  bool MatchLocal(const TokenizedText& tokens, std::string_view text, uint32_t i, uint32_t limit,
                  std::string_view level, RegionMatch* out) const;

  // The level a level word at token i names ("Kab." -> kabupaten), else empty.
  std::string_view LevelWordAt(const TokenizedText& tokens, std::string_view text, uint32_t i,
                               uint32_t limit, uint32_t* end) const;

  const std::vector<Region>& regions() const { return regions_; }
  // "Kota Pontianak", "Kabupaten Bogor", "Kalimantan Barat".
  static std::string DisplayName(const Region& r);
  Jurisdiction JurisdictionOf(int region) const;

 private:
  RegionMatcher() = default;
  int Resolve(const std::vector<uint32_t>& payloads, std::string_view level_written,
              std::string_view hint) const;

  std::vector<Region> regions_;
  std::vector<std::string> levels_;  // payloads of level_words_
  PhraseMatcher names_;              // payload: region index * 2 + (1 when an alias)
  PhraseMatcher level_words_;
  std::unordered_map<uint32_t, char> place_words_;  // word id -> 'p' prefix | 's' suffix
};

// Token helpers shared by the officials, agencies and quotes extractors.
inline std::string_view TokenText(const TokenizedText& t, std::string_view text, uint32_t i) {
  const Span& s = t.tokens[i].span;
  return text.substr(s.begin, s.size());
}
// The text from the start of token `begin` to the end of token end-1 ("" when
// end <= begin).
std::string TokenSurface(const TokenizedText& t, std::string_view text, uint32_t begin,
                         uint32_t end);
// A capitalised word: "Pontianak", "BKD", "Muh.", "Abdul-Rahman"; not "(" or "2021".
bool IsCapitalizedWord(const Token& t);
// Upper-case Roman numeral: "I", "XII".
bool IsRoman(std::string_view s);

}  // namespace warta

#endif  // WARTA_EXTRACT_REGIONS_REGION_MATCHER_H_
