// AgencyParser: the named body whose mention starts at a token.
//
//   StatusOr<AgencyParser> parser = AgencyParser::Create(build_context);
//   AgencyHit hit;
//   if (parser->ParseAt(tokens, text, i, sentence.last, /*cued=*/false, &hit)) {
//     Use(hit.name, hit.acronym, hit.jurisdiction);  // mention = tokens [hit.begin, hit.end)
//   }
//
// Three ways a body is written (docs/officials-agencies.md):
// - a form of a body in lexicons/agencies.tsv ("Kominfo", "Ombudsman RI",
//   "Badan Keuangan Daerah"), optionally followed by "(ACRONYM)", "RI" and a
//   region: "Badan Keuangan Daerah (BKD) Kota Pontianak";
// - a head from lexicons/agency_heads.tsv and what its form requires:
//   "Dinas Penanaman Modal, Tenaga Kerja dan Pelayanan Terpadu Satu Pintu
//   (DPMTK-PTSP) Kota Pontianak", "Pemerintah Kota (Pemkot) Pontianak",
//   "Polres Bogor", "Kodim 1207/BS", "Universitas Tanjungpura";
// - after a cue word (lexicons/agency_words.tsv, `cued`), a capitalised name
//   with an organisation head: "MNC Group", "Majalah Top Business".
// Generic words ("dinas terkait", "pemerintah daerah", "OPD") never match: a
// head needs a capitalised name or a region. Immutable and thread-safe.
#ifndef WARTA_EXTRACT_AGENCIES_AGENCY_PARSER_H_
#define WARTA_EXTRACT_AGENCIES_AGENCY_PARSER_H_

#include <optional>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "warta/extract/extractor.h"
#include "warta/extract/regions/region_matcher.h"

namespace warta {

struct AgencyHit {
  uint32_t begin = 0;     // first token of the mention
  uint32_t end = 0;       // one past the last token (after "(ACR)" and the region)
  uint32_t name_end = 0;  // one past the body's own name (before "(ACR)" and the region)
  std::string name;       // canonical, with the region: "Dinas Kesehatan Kota Pontianak"
  std::string base;       // the body as written, without "(ACR)" and region: "Dinas Kesehatan"
  std::string body;       // canonical name without the region: "Badan Keuangan Daerah"
  std::string acronym;
  // The acronym is written in the text ("(BKD)", "Pemko Banda Aceh", "Dinkes"),
  // not derived from a lexicon or the head ("Pemkot" for "Pemerintah Kota").
  bool acronym_written = false;
  // A national body from agencies.tsv: its standard acronym ("Kemenkes",
  // "ORI") is reported even when the text writes only the long form; every
  // other acronym is reported only when written (docs/annotation.md).
  bool national = false;
  // A numbered unit (a school: "SMPN 2 Kramatwatu"); its head is no public office.
  bool numbered = false;
  std::string kind;
  bool government = true;
  std::optional<Jurisdiction> jurisdiction;
  // A lexicon acronym or short form ("BKD", "Dinkes"), possibly naming a body
  // written in full elsewhere in the article.
  bool short_form = false;
  std::string head;  // canonical head for head-based bodies ("Dinas"), else empty
  int entry = -1;    // agencies.tsv entry for lexicon bodies, else -1
  Provenance provenance;
};

class AgencyParser {
 public:
  // Loads agencies.tsv, agency_heads.tsv, agency_words.tsv, name_stopwords.tsv,
  // titles.tsv (phrases only) and the region lexicons. Fails with kLexiconError naming file and
  // line.
  static StatusOr<AgencyParser> Create(const BuildContext& ctx);

  // The body mentioned at token i (not past `limit`); `cued` when the token
  // before i is a cue word. Returns false when none starts at i.
  bool ParseAt(const TokenizedText& tokens, std::string_view text, uint32_t i, uint32_t limit,
               bool cued, AgencyHit* out) const;

  // Whether token t is a cue word ("dari", "oleh").
  bool IsCue(const Token& t) const { return cues_.count(t.word) > 0; }

  const RegionMatcher& regions() const { return regions_; }

 private:
  struct Entry {  // a row of agencies.tsv
    std::string name, acronym, kind, line;
    bool government = true;
    bool national = true;
  };
  struct Head {  // a row of agency_heads.tsv
    std::string canonical, short_form, kind, form, level, line;
    bool government = true;
    bool cue = false;
    bool level_in_name = false;  // "DPRD Kabupaten Kubu Raya", not "DPRD Kubu Raya"
  };
  explicit AgencyParser(RegionMatcher regions) : regions_(std::move(regions)) {}

  bool ParseLexicon(const TokenizedText& tokens, std::string_view text, uint32_t i, uint32_t limit,
                    AgencyHit* out) const;
  bool ParseHead(const TokenizedText& tokens, std::string_view text, uint32_t i, uint32_t limit,
                 bool cued, AgencyHit* out) const;
  bool ParseSuffixOrg(const TokenizedText& tokens, std::string_view text, uint32_t i,
                      uint32_t limit, AgencyHit* out) const;
  // Name words from token i; returns the end (== i when none).
  // *inner: the first word that is itself a head ("Institut" in "Pusat
  // Inovasi ... Institut Teknologi Bandung"), or the end.
  uint32_t NameWords(const TokenizedText& tokens, std::string_view text, uint32_t i, uint32_t limit,
                     bool places_in_name, std::string* kind, uint32_t* inner) const;
  // "(ACRONYM)" at token i; returns its end, or i.
  uint32_t Parenthesized(const TokenizedText& tokens, std::string_view text, uint32_t i,
                         uint32_t limit, std::string* acronym) const;
  // "RI" / "Republik Indonesia" at i; returns its end, or i.
  uint32_t NationalSuffix(const TokenizedText& tokens, std::string_view text, uint32_t i,
                          uint32_t limit) const;
  // The region as the canonical name writes it after head h.
  std::string RegionInName(const Head& h, const RegionMatch& r, const TokenizedText& tokens,
                           std::string_view text) const;
  // "Perwakilan"/"Cabang" and a region after a national body at i ("BPK
  // Perwakilan Provinsi Aceh"); returns the end, or i.
  uint32_t BranchOffice(const TokenizedText& tokens, std::string_view text, uint32_t i,
                        uint32_t limit, RegionMatch* r) const;
  bool HeadAt(const TokenizedText& tokens, std::string_view text, uint32_t i, uint32_t limit,
              PhraseMatcher::Match* m) const;

  RegionMatcher regions_;
  std::vector<Entry> entries_;
  std::vector<Head> heads_;
  PhraseMatcher lexicon_;        // payload: entry index
  PhraseMatcher heads_matcher_;  // payload: head index
  // titles.tsv phrases, payload: what the title is. "dan Wali Kota" and a
  // rank end a body's name.
  enum : uint32_t { kTitleComplete, kTitleRank, kTitleOther };
  PhraseMatcher titles_;
  std::unordered_set<uint32_t> stop_words_;  // name_stopwords.tsv words that end a name
  std::unordered_set<uint32_t> cues_;
  std::unordered_set<uint32_t> connectors_;  // "dan", "&", "for", "of", ... inside names
};

}  // namespace warta

#endif  // WARTA_EXTRACT_AGENCIES_AGENCY_PARSER_H_
