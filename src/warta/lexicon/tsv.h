// TsvTable: one validated lexicon file.
//
//   StatusOr<TsvTable> t = TsvTable::Parse("lexicons/titles.tsv", content,
//                                          {"phrase", "canonical"});
//   if (!t.ok()) return t.status();  // "lexicons/titles.tsv:42: expected 3 columns, got 2"
//   int canonical = t->Column("canonical");
//   for (const TsvRow& row : t->rows()) Use(row.fields[canonical], row.line);
//
// Format (lexicons/README.md): UTF-8, one record per line, fields separated by
// one TAB; lines starting with '#' and blank lines are ignored; the first other
// line is the header naming the columns. Every row has exactly as many fields as
// the header. Leading and trailing spaces of a field are an error, because they
// would silently never match.
#ifndef WARTA_LEXICON_TSV_H_
#define WARTA_LEXICON_TSV_H_

#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

#include "warta/status.h"

namespace warta {

struct TsvRow {
  int line = 0;  // 1-based line number in the source file
  std::vector<std::string> fields;
};

class TsvTable {
 public:
  // Parses `content`; `source` names it in error messages. Every column of
  // `required` must be in the header. Fails with kLexiconError.
  static StatusOr<TsvTable> Parse(std::string_view source, std::string_view content,
                                  std::initializer_list<std::string_view> required);

  const std::string& source() const { return source_; }
  const std::vector<std::string>& header() const { return header_; }
  const std::vector<TsvRow>& rows() const { return rows_; }
  // The index of `name` in the header, or -1.
  int Column(std::string_view name) const;
  // "source:line: message", for validation errors found by the table's user.
  Status Error(const TsvRow& row, std::string_view message) const;

 private:
  std::string source_;
  std::vector<std::string> header_;
  std::vector<TsvRow> rows_;
};

// Splits a list field "a|b|c" into its non-empty parts.
std::vector<std::string_view> SplitList(std::string_view field);

}  // namespace warta

#endif  // WARTA_LEXICON_TSV_H_
