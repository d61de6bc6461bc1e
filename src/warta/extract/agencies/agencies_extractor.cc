#include "warta/extract/agencies/agencies_extractor.h"

#include <cstdio>
#include <string>
#include <unordered_map>

namespace warta {
namespace {

std::string Key(std::string_view prefix, std::string_view s) {
  std::string out(prefix);
  FoldCase(s, &out);
  return out;
}

// The acronym a hit reports: one the text writes, else a national body's
// standard acronym; never one composed from a head ("Pemkot" for "Pemerintah
// Kota Semarang") or a regional kind's usual one ("Dinkes"). The unreported
// acronym still keys later short mentions to the body.
std::string ReportedAcronym(const AgencyHit& h) {
  return h.acronym_written || h.national ? h.acronym : std::string();
}

}  // namespace

StatusOr<std::unique_ptr<Extractor>> AgenciesExtractor::Create(BuildContext& ctx) {
  StatusOr<AgencyParser> parser = AgencyParser::Create(ctx);
  if (!parser.ok()) return parser.status();
  return std::unique_ptr<Extractor>(new AgenciesExtractor(std::move(*parser)));
}

void AgenciesExtractor::Extract(ArticleContext& ctx) const {
  const TokenizedText& tokens = ctx.tokens;
  std::string_view text = ctx.doc.text();
  std::vector<Agency>& agencies = ctx.result.agencies;
  std::vector<bool> from_short;  // per agency: named so far only by a short form
  std::vector<bool> written;     // per agency: its acronym is written in the text
  std::unordered_map<std::string, size_t> keys;
  auto remember = [&](const AgencyHit& h, size_t index) {
    keys.emplace(Key("n:", h.name), index);
    keys.emplace(Key("b:", h.body), index);
    if (!h.acronym.empty()) {
      keys.emplace(Key("a:", h.acronym), index);
      if (!h.head.empty()) keys.emplace(Key("a:", h.head + " " + h.acronym), index);
    }
  };
  auto find = [&](const std::string& key) -> long {
    auto it = keys.find(key);
    return it == keys.end() ? -1 : static_cast<long>(it->second);
  };

  AgencyHit hit;
  for (const Sentence& s : tokens.sentences) {
    for (uint32_t i = s.first; i < s.last;) {
      bool cued = i > s.first && parser_.IsCue(tokens.tokens[i - 1]);
      if (!parser_.ParseAt(tokens, text, i, s.last, cued, &hit) || hit.end <= i) {
        ++i;
        continue;
      }
      i = hit.end;
      Span span{tokens.tokens[hit.begin].span.begin, tokens.tokens[hit.end - 1].span.end};
      long index = find(Key("n:", hit.name));
      if (index < 0 && !hit.jurisdiction) {
        // "BKD", "Dinas BMSDA", "Dinkes": the body written in full elsewhere.
        index = find(Key("a:", hit.base));
        if (index < 0) index = find(Key("b:", hit.body));
        if (index < 0 && !hit.acronym.empty() && hit.short_form)
          index = find(Key("a:", hit.acronym));
      }
      if (index < 0) {
        Agency a;
        a.name = hit.name;
        a.acronym = ReportedAcronym(hit);
        a.kind = hit.kind;
        a.government = hit.government;
        a.jurisdiction = hit.jurisdiction;
        a.provenance = hit.provenance;
        a.mentions.push_back(span);
        agencies.push_back(std::move(a));
        from_short.push_back(hit.short_form);
        written.push_back(hit.acronym_written);
        remember(hit, agencies.size() - 1);
        continue;
      }
      Agency& a = agencies[index];
      a.mentions.push_back(span);
      // A written short form ("Pemko Banda Aceh") beats one derived from the
      // long form ("Pemkot Banda Aceh").
      std::string acronym = ReportedAcronym(hit);
      if (!acronym.empty() && (a.acronym.empty() || (hit.acronym_written && !written[index]))) {
        a.acronym = std::move(acronym);
        written[index] = hit.acronym_written;
      }
      if (!a.jurisdiction && hit.jurisdiction) {
        a.jurisdiction = hit.jurisdiction;
        a.name = hit.name;
      }
      if (from_short[index] && !hit.short_form) {
        // The long form names the body.
        from_short[index] = false;
        if (hit.jurisdiction || !a.jurisdiction) a.name = hit.name;
        a.provenance = hit.provenance;
      }
      remember(hit, static_cast<size_t>(index));
    }
  }
  for (size_t k = 0; k < agencies.size(); ++k) {
    // snprintf, not string concatenation: GCC 12 reports a false -Wrestrict there.
    char id[24];
    std::snprintf(id, sizeof(id), "A%zu", k + 1);
    agencies[k].id = id;
  }
}

}  // namespace warta
