#include "warta/lexicon/lexicon_set.h"

#include <filesystem>
#include <fstream>
#include <sstream>

#include "warta/lexicon/embedded.h"

namespace warta {
namespace fs = std::filesystem;

StatusOr<LexiconSet> LexiconSet::Load(const std::string& override_dir) {
  LexiconSet set;
  for (const EmbeddedFile& f : EmbeddedLexicons()) {
    File file;
    file.source = "lexicons/" + std::string(f.name);
    file.embedded = f.content;
    set.files_.emplace(std::string(f.name), std::move(file));
  }
  if (override_dir.empty()) return set;

  std::error_code ec;
  if (!fs::is_directory(override_dir, ec)) {
    return Status(ErrorCode::kLexiconError, override_dir + ": not a directory");
  }
  fs::directory_iterator it(override_dir, ec);
  if (ec) return Status(ErrorCode::kLexiconError, override_dir + ": " + ec.message());
  for (; it != fs::directory_iterator(); it.increment(ec)) {
    if (ec) return Status(ErrorCode::kLexiconError, override_dir + ": " + ec.message());
    const fs::path& path = it->path();
    if (path.extension() != ".tsv") continue;
    std::string name = path.filename().string();
    auto existing = set.files_.find(name);
    if (existing == set.files_.end()) {
      return Status(ErrorCode::kLexiconError,
                    path.string() + ": unknown lexicon (no embedded " + name + " to override)");
    }
    std::ifstream in(path, std::ios::binary);
    std::ostringstream buf;
    buf << in.rdbuf();
    if (!in.good() && !in.eof()) {
      return Status(ErrorCode::kLexiconError, path.string() + ": cannot read");
    }
    File& file = existing->second;
    file.source = path.string();
    file.overridden = true;
    file.content = buf.str();
  }
  return set;
}

StatusOr<TsvTable> LexiconSet::Table(std::string_view name,
                                     std::initializer_list<std::string_view> required) const {
  std::string file_name = std::string(name) + ".tsv";
  auto it = files_.find(file_name);
  if (it == files_.end()) {
    return Status(ErrorCode::kLexiconError, "lexicons/" + file_name + ": no such lexicon");
  }
  return TsvTable::Parse(it->second.source, it->second.view(), required);
}

std::vector<std::string> LexiconSet::Names() const {
  std::vector<std::string> names;
  for (const auto& [name, file] : files_) names.push_back(name);
  return names;
}

}  // namespace warta
