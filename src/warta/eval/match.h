// Matching rules of the evaluation: when a predicted entity is "the same" as a
// gold entity, and when one of its attributes is right.
//
//   using nlohmann::json;
//   json gold = {{"name", "Edi Rusdi Kamtono"}, {"mentions", ...}};
//   json pred = {{"name", "H. Edi Rusdi Kamtono, S.T."}};
//   SameEntity(EntityType::kOfficials, Rule::kLenient, gold, pred);  // true
//   std::vector<MatchedPair> pairs = MatchEntities(type, Rule::kLenient, golds, preds);
//
// The lenient rules are those of ../shared/tools/score.py, reproduced exactly
// (including its string folding, which is Python's NFKC + lower() + `[^\w\s]`
// -> space), so that `warta eval` and score.py agree on the same files:
//   officials  same name tokens (honorifics and degrees dropped), or one name's
//              tokens contain the other's (two tokens at least), else a mention
//              of one overlaps a mention of the other by half of the shorter
//   agencies   a mention overlap by half, else the same folded name, else the
//              same folded acronym
//   awards     any mention overlap, else names sharing half their tokens
//   dates, scores, counts, quotes  overlapping spans
// The strict rules ask for the exact form: the same folded name for officials,
// agencies and awards (an unnamed one: also a mention with the same span), the
// same [start, end) for span types.
//
// Every function here is pure and thread-safe; entities are JSON objects in the
// shape of docs/output.md, and anything missing or of the wrong JSON type simply
// does not match (nothing throws).
#ifndef WARTA_EVAL_MATCH_H_
#define WARTA_EVAL_MATCH_H_

#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <vector>

namespace warta::eval {

using Json = nlohmann::ordered_json;

// The entity arrays that are scored. The first five are score.py's types and
// make up the macro F1; counts and quotes are scored too but kept out of it.
enum class EntityType { kOfficials, kAgencies, kAwards, kDates, kScores, kCounts, kQuotes };
inline constexpr EntityType kAllTypes[] = {
    EntityType::kOfficials, EntityType::kAgencies, EntityType::kAwards, EntityType::kDates,
    EntityType::kScores,    EntityType::kCounts,   EntityType::kQuotes};

// "officials", "agencies", ...: the array's key in a record.
const char* TypeName(EntityType type);
// True for the five types of score.py's macro F1.
bool InMacro(EntityType type);

enum class Rule { kLenient, kStrict };

// Python's fold() of score.py: NFKC, lower-case, every character that is
// neither a word character nor white space becomes a space, runs of white space
// become one space. "Wali  Kota (Wako)" -> "wali kota wako".
std::string Fold(std::string_view s);

// score.py's name_tokens(): the part before the first comma (degrees), split
// on white space, honorifics ("H.", "Dr.", "Bapak", ...) dropped, each token
// folded. "H. Edi Rusdi Kamtono, S.T., M.T." -> {"edi", "rusdi", "kamtono"}.
std::vector<std::string> NameTokens(std::string_view name);

// Whether `pred` is the same entity as `gold` under `rule`.
bool SameEntity(EntityType type, Rule rule, const Json& gold, const Json& pred);

// The entities of `type` in a record that take part in scoring: objects only;
// officials without a name and (in gold) dates without a value are left out,
// as in score.py. `is_gold` selects the gold-only filters.
std::vector<const Json*> ScoredEntities(EntityType type, const Json& record, bool is_gold);

struct MatchedPair {
  size_t gold = 0;  // index into the gold list
  size_t pred = 0;  // index into the predicted list
};

// One-to-one greedy matching, as score.py: each gold entity in order takes the
// first unused predicted entity that is the same. Pairs come in gold order.
std::vector<MatchedPair> MatchEntities(EntityType type, Rule rule,
                                       const std::vector<const Json*>& gold,
                                       const std::vector<const Json*>& pred);

// An attribute scored on matched pairs: its name ("title") and whether the
// predicted value agrees with the gold one. `gold_record`/`pred_record` are
// the whole article records, for attributes that refer to other entities
// (a quote's speaker is an official id).
struct AttributeRule {
  const char* name;
  bool (*agrees)(const Json& gold, const Json& pred, const Json& gold_record,
                 const Json& pred_record);
  // The value shown in diffs, e.g. the title string or the speaker's name.
  std::string (*show)(const Json& entity, const Json& record);
};

// The attributes scored for `type`, in report order. score.py's attributes
// come first with its exact comparison (loose token-subset equality for
// strings, numeric equality within 1e-6, JSON equality for rank/year/value).
const std::vector<AttributeRule>& Attributes(EntityType type);

// A one-line description of an entity for diffs: its name or text, the start
// of its first span and that span's text.
std::string Describe(EntityType type, const Json& entity);

}  // namespace warta::eval

#endif  // WARTA_EVAL_MATCH_H_
