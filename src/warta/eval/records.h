// Loading the records that `warta eval` compares: gold files written by hand
// (docs/annotation.md) and warta's JSON Lines output.
//
//   StatusOr<RecordSet> gold = LoadGold("corpus/gold");        // dir, .json or .jsonl
//   StatusOr<RecordSet> pred = LoadPredictions("out.jsonl");   // "-" reads stdin
//   if (!gold.ok()) report(gold.status().message());           // "corpus/gold/x.json: ..."
//   const Json* p = pred->Find("002_banda_aceh_wtp");          // nullptr when absent
//
// Records are JSON objects keyed by their "id". As in score.py, a later record
// with an id already seen replaces the earlier one but keeps its place.
#ifndef WARTA_EVAL_RECORDS_H_
#define WARTA_EVAL_RECORDS_H_

#include <string>
#include <unordered_map>
#include <vector>

#include "warta/eval/match.h"
#include "warta/status.h"

namespace warta::eval {

class RecordSet {
 public:
  // Adds `record` under its id (a string); replaces an earlier record with the
  // same id in place.
  void Add(std::string id, Json record);
  // The record with `id`, or nullptr. The pointer stays valid until the next Add.
  const Json* Find(const std::string& id) const;
  // Ids in first-seen order.
  const std::vector<std::string>& ids() const { return ids_; }
  size_t size() const { return ids_.size(); }

 private:
  std::vector<std::string> ids_;
  std::vector<Json> records_;
  std::unordered_map<std::string, size_t> index_;
};

// Gold from a directory (every *.json file in it, in name order, one record
// each), a .jsonl file (one record per non-blank line) or any other file (one
// JSON record). Fails with kIoError for an unreadable path, kInvalidJson naming
// file (and line) for bad JSON, kNotObject for a record that is not an object
// or has no string "id".
StatusOr<RecordSet> LoadGold(const std::string& path);

// warta's JSONL output ("-" is stdin): one record per non-blank line, matched to
// gold by "id". Same failures as LoadGold.
StatusOr<RecordSet> LoadPredictions(const std::string& path);

// Parses one JSON record; `where` ("file:line") names it in errors.
StatusOr<Json> ParseRecord(std::string_view text, const std::string& where);

}  // namespace warta::eval

#endif  // WARTA_EVAL_RECORDS_H_
