#include "warta/lexicon/tsv.h"

#include <algorithm>
#include <cstdio>

#include "warta/normalize/utf8.h"

namespace warta {
namespace {

Status LineError(std::string_view source, int line, std::string_view message) {
  return Status(ErrorCode::kLexiconError,
                std::string(source) + ":" + std::to_string(line) + ": " + std::string(message));
}

std::vector<std::string> SplitTabs(std::string_view line) {
  std::vector<std::string> out;
  size_t start = 0;
  while (true) {
    size_t tab = line.find('\t', start);
    out.emplace_back(line.substr(start, tab == std::string_view::npos ? line.npos : tab - start));
    if (tab == std::string_view::npos) break;
    start = tab + 1;
  }
  return out;
}

}  // namespace

StatusOr<TsvTable> TsvTable::Parse(std::string_view source, std::string_view content,
                                   std::initializer_list<std::string_view> required) {
  TsvTable table;
  table.source_ = std::string(source);
  if (size_t bad = FirstInvalidUtf8(content); bad != content.size()) {
    size_t line_start = content.rfind('\n', bad == 0 ? 0 : bad - 1);
    line_start = (line_start == content.npos || bad == 0) ? 0 : line_start + 1;
    int line = 1 + static_cast<int>(std::count(content.begin(), content.begin() + bad, '\n'));
    return LineError(source, line,
                     "invalid UTF-8 at column " + std::to_string(bad - line_start + 1));
  }
  int line_no = 0;
  size_t pos = 0;
  while (pos < content.size()) {
    size_t nl = content.find('\n', pos);
    std::string_view line = content.substr(pos, nl == content.npos ? content.npos : nl - pos);
    pos = nl == content.npos ? content.size() : nl + 1;
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty() || line[0] == '#') continue;
    if (line.find_first_not_of(" \t") == line.npos) continue;
    // A control character (NUL, a lone CR, ...) is corruption, never data.
    if (auto c = std::find_if(
            line.begin(), line.end(),
            [](char ch) { return (ch >= 0 && ch < 0x20 && ch != '\t') || ch == 0x7F; });
        c != line.end()) {
      char code[8];
      std::snprintf(code, sizeof code, "%04X", static_cast<unsigned>(*c));
      return LineError(source, line_no,
                       "control character U+" + std::string(code) + " at column " +
                           std::to_string(c - line.begin() + 1));
    }
    std::vector<std::string> fields = SplitTabs(line);
    for (size_t i = 0; i < fields.size(); ++i) {
      const std::string& f = fields[i];
      if (!f.empty() && (f.front() == ' ' || f.back() == ' ')) {
        return LineError(source, line_no,
                         "field " + std::to_string(i + 1) + " has leading or trailing spaces");
      }
    }
    if (table.header_.empty()) {
      for (const std::string& name : fields) {
        if (name.empty()) return LineError(source, line_no, "empty column name in header");
        if (std::count(fields.begin(), fields.end(), name) > 1) {
          return LineError(source, line_no, "duplicate column '" + name + "' in header");
        }
      }
      table.header_ = std::move(fields);
      for (std::string_view col : required) {
        if (table.Column(col) < 0) {
          return LineError(source, line_no,
                           "header lacks required column '" + std::string(col) + "'");
        }
      }
      continue;
    }
    if (fields.size() != table.header_.size()) {
      return LineError(source, line_no,
                       "expected " + std::to_string(table.header_.size()) + " columns, got " +
                           std::to_string(fields.size()));
    }
    table.rows_.push_back(TsvRow{line_no, std::move(fields)});
  }
  if (table.header_.empty()) {
    return LineError(source, std::max(line_no, 1),
                     line_no == 0 ? "empty file (expected a header line)" : "no header line");
  }
  return table;
}

int TsvTable::Column(std::string_view name) const {
  for (size_t i = 0; i < header_.size(); ++i) {
    if (header_[i] == name) return static_cast<int>(i);
  }
  return -1;
}

Status TsvTable::Error(const TsvRow& row, std::string_view message) const {
  return LineError(source_, row.line, message);
}

std::vector<std::string_view> SplitList(std::string_view field) {
  std::vector<std::string_view> out;
  size_t start = 0;
  while (start <= field.size()) {
    size_t bar = field.find('|', start);
    std::string_view part = field.substr(start, bar == field.npos ? field.npos : bar - start);
    if (!part.empty()) out.push_back(part);
    if (bar == field.npos) break;
    start = bar + 1;
  }
  return out;
}

}  // namespace warta
