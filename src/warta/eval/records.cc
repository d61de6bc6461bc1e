#include "warta/eval/records.h"

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>

namespace warta::eval {
namespace {

namespace fs = std::filesystem;

bool EndsWith(const std::string& s, const std::string& suffix) {
  return s.size() >= suffix.size() &&
         s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

StatusOr<std::string> ReadAll(const std::string& path) {
  if (path == "-") {
    std::ostringstream ss;
    ss << std::cin.rdbuf();
    return ss.str();
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status(ErrorCode::kIoError, path + ": cannot open");
  std::ostringstream ss;
  ss << in.rdbuf();
  if (in.bad()) return Status(ErrorCode::kIoError, path + ": read error");
  return ss.str();
}

Status AddRecord(StatusOr<Json> parsed, const std::string& where, RecordSet* out) {
  if (!parsed.ok()) return parsed.status();
  Json& r = *parsed;
  auto id = r.find("id");
  if (id == r.end() || !id->is_string()) {
    return Status(ErrorCode::kNotObject, where + ": record has no string \"id\"");
  }
  std::string key = id->get<std::string>();
  out->Add(std::move(key), std::move(r));
  return Status::Ok();
}

Status AddLines(const std::string& content, const std::string& path, RecordSet* out) {
  size_t pos = 0;
  int line_no = 0;
  while (pos < content.size()) {
    size_t nl = content.find('\n', pos);
    std::string_view line(content.data() + pos,
                          (nl == std::string::npos ? content.size() : nl) - pos);
    pos = nl == std::string::npos ? content.size() : nl + 1;
    ++line_no;
    if (line.find_first_not_of(" \t\r") == std::string_view::npos) continue;
    std::string where = path + ":" + std::to_string(line_no);
    Status s = AddRecord(ParseRecord(line, where), where, out);
    if (!s.ok()) return s;
  }
  return Status::Ok();
}

}  // namespace

void RecordSet::Add(std::string id, Json record) {
  auto it = index_.find(id);
  if (it != index_.end()) {
    records_[it->second] = std::move(record);
    return;
  }
  index_.emplace(id, records_.size());
  ids_.push_back(std::move(id));
  records_.push_back(std::move(record));
}

const Json* RecordSet::Find(const std::string& id) const {
  auto it = index_.find(id);
  return it == index_.end() ? nullptr : &records_[it->second];
}

StatusOr<Json> ParseRecord(std::string_view text, const std::string& where) {
  Json j = Json::parse(text.begin(), text.end(), nullptr, /*allow_exceptions=*/false);
  if (j.is_discarded()) return Status(ErrorCode::kInvalidJson, where + ": not valid JSON");
  if (!j.is_object()) return Status(ErrorCode::kNotObject, where + ": not a JSON object");
  return j;
}

StatusOr<RecordSet> LoadGold(const std::string& path) {
  RecordSet out;
  std::error_code ec;
  if (fs::is_directory(path, ec)) {
    std::vector<std::string> files;
    for (const auto& entry : fs::directory_iterator(path, ec)) {
      std::string name = entry.path().filename().string();
      if (EndsWith(name, ".json")) files.push_back(name);
    }
    if (ec) return Status(ErrorCode::kIoError, path + ": cannot list: " + ec.message());
    std::sort(files.begin(), files.end());  // byte order = code point order, as Python's sorted()
    for (const std::string& name : files) {
      std::string file = (fs::path(path) / name).string();
      StatusOr<std::string> content = ReadAll(file);
      if (!content.ok()) return content.status();
      Status s = AddRecord(ParseRecord(*content, file), file, &out);
      if (!s.ok()) return s;
    }
    return out;
  }
  StatusOr<std::string> content = ReadAll(path);
  if (!content.ok()) return content.status();
  if (EndsWith(path, ".jsonl")) {
    Status s = AddLines(*content, path, &out);
    if (!s.ok()) return s;
    return out;
  }
  Status s = AddRecord(ParseRecord(*content, path), path, &out);
  if (!s.ok()) return s;
  return out;
}

StatusOr<RecordSet> LoadPredictions(const std::string& path) {
  StatusOr<std::string> content = ReadAll(path);
  if (!content.ok()) return content.status();
  RecordSet out;
  Status s = AddLines(*content, path == "-" ? "<stdin>" : path, &out);
  if (!s.ok()) return s;
  return out;
}

}  // namespace warta::eval
