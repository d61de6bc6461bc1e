#include "warta/lexicon/lexicon_set.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>

#include "warta/lexicon/embedded.h"

namespace warta {
namespace fs = std::filesystem;

namespace {

// Lexicons are small; a bigger file is a mistake (or /dev/zero), not data.
constexpr uintmax_t kMaxLexiconBytes = uintmax_t{64} << 20;

// Reads a regular file whole. A FIFO or device would block or never end, so
// only regular files (symlinks to them included) are read.
Status ReadLexiconFile(const fs::path& path, std::string* out) {
  std::error_code ec;
  fs::file_status st = fs::status(path, ec);
  if (ec) return Status(ErrorCode::kLexiconError, path.string() + ": cannot read: " + ec.message());
  if (!fs::is_regular_file(st)) {
    return Status(ErrorCode::kLexiconError, path.string() + ": not a regular file");
  }
  if (fs::file_size(path, ec) > kMaxLexiconBytes) {
    return Status(ErrorCode::kLexiconError, path.string() + ": larger than 64 MiB");
  }
  FILE* f = std::fopen(path.c_str(), "rb");
  if (!f) {
    return Status(ErrorCode::kLexiconError,
                  path.string() + ": cannot read: " + std::strerror(errno));
  }
  out->clear();
  char buf[1 << 16];
  size_t n;
  while ((n = std::fread(buf, 1, sizeof buf, f)) > 0 && out->size() <= kMaxLexiconBytes) {
    out->append(buf, n);
  }
  bool failed = std::ferror(f);
  int err = errno;
  std::fclose(f);
  if (failed) {
    return Status(ErrorCode::kLexiconError, path.string() + ": cannot read: " + std::strerror(err));
  }
  if (out->size() > kMaxLexiconBytes) {
    return Status(ErrorCode::kLexiconError, path.string() + ": larger than 64 MiB");
  }
  return Status::Ok();
}

}  // namespace

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
    return Status(ErrorCode::kLexiconError,
                  override_dir +
                      (fs::exists(override_dir, ec) ? ": not a directory" : ": no such directory"));
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
    File& file = existing->second;
    Status read = ReadLexiconFile(path, &file.content);
    if (!read.ok()) return read;
    file.source = path.string();
    file.overridden = true;
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
