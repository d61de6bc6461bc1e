// The result model: what warta extracts from one article. Spans are in
// cleaned-text bytes (Document::text()); the output stage maps them back to
// the original text. Field meanings are documented in docs/output.md.
#ifndef WARTA_MODEL_H_
#define WARTA_MODEL_H_

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "warta/span.h"

namespace warta {

// How specific the evidence for an item is (docs/output.md#confidence):
// high = a lexicon entry or a complete pattern with its anchors;
// medium = a pattern with one inferred part; low = a heuristic guess.
enum class Confidence { kHigh, kMedium, kLow };
const char* ConfidenceName(Confidence c);

struct Provenance {
  std::string rule;  // the rule or lexicon entry, e.g. "titles.tsv:12" or "date.dmy"
  Confidence confidence = Confidence::kHigh;
};

struct Jurisdiction {
  std::string name;   // "Kota Pontianak", "Kalimantan Barat"
  std::string level;  // provinsi, kabupaten, kota, kecamatan, desa, nasional
  std::string code;   // Kemendagri code "61.71"; empty when none
  bool ambiguous = false;
};

struct Official {
  std::string id;  // "O1"
  std::string name;
  std::string title;   // canonical: "Wali Kota"
  std::string acting;  // "Plt", "Pj", "Plh" or empty
  std::optional<Jurisdiction> jurisdiction;
  std::vector<std::string> honorifics;
  std::vector<std::string> degrees;
  std::string agency;  // agency id, e.g. "A4", when the title names a body
  std::vector<Span> mentions;
  Provenance provenance;
};

struct Agency {
  std::string id;  // "A1"
  std::string name;
  std::string acronym;
  std::string kind;  // kementerian, badan, dinas, lembaga, pemerintah_daerah, ...
  bool government = true;
  std::optional<Jurisdiction> jurisdiction;
  std::vector<Span> mentions;
  Provenance provenance;
};

// A reference from an award to who gave or got it.
struct EntityRef {
  std::string name;
  std::string agency;    // agency id or empty
  std::string official;  // official id or empty
};

struct Award {
  std::string id;  // "W1"
  std::string name;
  std::string acronym;
  std::optional<int> year;
  std::optional<int> rank;
  std::string grade;
  std::string category;
  std::optional<EntityRef> giver;
  std::optional<EntityRef> recipient;
  std::optional<double> score;
  std::string date;         // ISO date or empty
  std::string received_by;  // official id or empty
  std::optional<int> streak;
  std::vector<Span> mentions;
  Provenance provenance;
};

struct Score {
  Span span;
  double value = 0;
  std::string kind;   // skor, nilai, indeks, poin, persen
  std::string award;  // award id or empty
  Provenance provenance;
};

struct DateExpr {
  Span span;
  std::string type;   // date, month, year, range, duration, time, set, ...
  std::string value;  // TIMEX3 style
  std::vector<std::string> inferred;
  std::string mod;    // START, MID, END or empty
  std::optional<bool> weekday_ok;
  Provenance provenance;
};

struct Count {
  Span span;
  double value = 0;
  std::string unit;
  Provenance provenance;
};

struct Quote {
  Span span;
  std::string speaker;  // official id or empty
  Provenance provenance;
};

struct Boilerplate {
  Span span;
  std::string kind;  // read_also, widget, repeated_title, caption, credit, ...
  Provenance provenance;
};

struct Meta {
  std::string title;
  std::optional<Span> title_span;  // when the title is the text's first line
  std::string outlet;
  std::string dateline_place;
  std::optional<Span> dateline_span;
  std::string published;       // from the input record, ISO date
  std::string reference_date;  // ISO date or empty
  std::string reference_source = "none";  // input, dateline, option, text, none
};

struct Extraction {
  Meta meta;
  std::vector<Official> officials;
  std::vector<Agency> agencies;
  std::vector<Award> awards;
  std::vector<Score> scores;
  std::vector<DateExpr> dates;
  std::vector<Count> counts;
  std::vector<Quote> quotes;
  std::vector<Boilerplate> boilerplate;
};

}  // namespace warta

#endif  // WARTA_MODEL_H_
