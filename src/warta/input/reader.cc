#include "warta/input/reader.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cerrno>
#include <cmath>
#include <cstring>
#include <ctime>

#include "warta/normalize/utf8.h"

namespace warta {
namespace {

size_t MaxArticleBytes(const InputOptions& o) {
  return std::min(o.max_article_bytes, kMaxArticleBytesLimit);
}

bool EndsWith(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

// Checks UTF-8 per the policy; false (and sets out->error) when rejected.
bool CheckUtf8(std::string* bytes, InvalidUtf8 policy, Article* out) {
  size_t bad = FirstInvalidUtf8(*bytes);
  if (bad == bytes->size()) return true;
  if (policy == InvalidUtf8::kReplace) {
    *bytes = ReplaceInvalidUtf8(*bytes);
    return true;
  }
  out->error = Status(ErrorCode::kInvalidUtf8,
                      "invalid UTF-8 at byte " + std::to_string(bad));
  return false;
}

// Reads lines from a FILE* with a fixed buffer; lines longer than a limit are
// skipped to their end without being stored.
class LineReader {
 public:
  explicit LineReader(FILE* f) : f_(f), buf_(1 << 20) {}
  // Reads one line without its '\n' (and '\r'). *too_long is set when the line
  // exceeded `max` bytes (its content is then not kept). False at EOF.
  bool ReadLine(std::string* line, size_t max, bool* too_long, bool* io_error) {
    line->clear();
    *too_long = false;
    bool any = false;
    while (true) {
      if (pos_ == end_) {
        if (eof_) break;
        end_ = std::fread(buf_.data(), 1, buf_.size(), f_);
        pos_ = 0;
        if (end_ == 0) {
          eof_ = true;
          if (std::ferror(f_)) *io_error = true;
          break;
        }
      }
      any = true;
      const char* start = buf_.data() + pos_;
      const char* nl = static_cast<const char*>(std::memchr(start, '\n', end_ - pos_));
      size_t n = nl ? static_cast<size_t>(nl - start) : end_ - pos_;
      bytes_ += n + (nl ? 1 : 0);
      if (!*too_long) {
        if (line->size() + n > max) {
          *too_long = true;
          line->clear();
          line->shrink_to_fit();
        } else {
          line->append(start, n);
        }
      }
      pos_ += n + (nl ? 1 : 0);
      if (nl) break;
    }
    if (!line->empty() && line->back() == '\r') line->pop_back();
    return any;
  }
  uint64_t bytes() const { return bytes_; }

 private:
  FILE* f_;
  std::vector<char> buf_;
  size_t pos_ = 0, end_ = 0;
  bool eof_ = false;
  uint64_t bytes_ = 0;
};

struct FileCloser {
  void operator()(FILE* f) const {
    if (f && f != stdin) std::fclose(f);
  }
};
using FilePtr = std::unique_ptr<FILE, FileCloser>;

class JsonlReader : public ArticleReader {
 public:
  JsonlReader(FilePtr f, std::string name, const InputOptions& opts)
      : file_(std::move(f)), lines_(file_.get()), name_(std::move(name)), opts_(opts) {}

  bool Next(Article* out) override {
    std::string& line = line_;
    while (true) {
      bool too_long = false, io_error = false;
      if (!lines_.ReadLine(&line, MaxArticleBytes(opts_) + 4096, &too_long, &io_error)) {
        if (io_error && !reported_io_) {
          reported_io_ = true;
          *out = Article{};
          out->id = name_ + ":" + std::to_string(line_no_ + 1);
          out->error = Status(ErrorCode::kIoError, name_ + ": read error: " + std::strerror(errno));
          return true;
        }
        return false;
      }
      ++line_no_;
      std::string fallback = name_ + ":" + std::to_string(line_no_);
      if (too_long) {
        *out = Article{};
        out->id = fallback;
        out->error = Status(ErrorCode::kTooLarge,
                            "record larger than --max-article-bytes (" +
                                std::to_string(MaxArticleBytes(opts_)) + ")");
        return true;
      }
      if (line.find_first_not_of(" \t\r") == std::string::npos) continue;  // blank line
      ParseJsonRecord(line, fallback, opts_, out);
      return true;
    }
  }
  uint64_t bytes_read() const override { return lines_.bytes(); }

 private:
  FilePtr file_;
  LineReader lines_;
  std::string name_;
  InputOptions opts_;
  std::string line_;
  uint64_t line_no_ = 0;
  bool reported_io_ = false;
};

class TextReader : public ArticleReader {
 public:
  TextReader(FilePtr f, std::string name, const InputOptions& opts)
      : file_(std::move(f)), name_(std::move(name)), opts_(opts) {}

  bool Next(Article* out) override {
    if (done_) return false;
    done_ = true;
    *out = Article{};
    out->id = name_;
    std::string text;
    char buf[1 << 16];
    bool too_large = false;
    size_t n;
    while ((n = std::fread(buf, 1, sizeof buf, file_.get())) > 0) {
      bytes_ += n;
      if (!too_large && text.size() + n > MaxArticleBytes(opts_)) {
        too_large = true;
        text.clear();
        text.shrink_to_fit();
      }
      if (!too_large) text.append(buf, n);
    }
    if (std::ferror(file_.get())) {
      out->error = Status(ErrorCode::kIoError, name_ + ": read error");
      return true;
    }
    if (too_large) {
      out->error = Status(ErrorCode::kTooLarge, "article larger than --max-article-bytes (" +
                                                    std::to_string(MaxArticleBytes(opts_)) + ")");
      return true;
    }
    if (!CheckUtf8(&text, opts_.invalid_utf8, out)) return true;
    out->text = std::move(text);
    return true;
  }
  uint64_t bytes_read() const override { return bytes_; }

 private:
  FilePtr file_;
  std::string name_;
  InputOptions opts_;
  bool done_ = false;
  uint64_t bytes_ = 0;
};

std::string IdString(const nlohmann::json& v) {
  if (v.is_string()) return v.get<std::string>();
  if (v.is_number_integer() || v.is_number_unsigned()) return v.dump();
  return {};
}

bool IsDigits(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

}  // namespace

std::string NormalizePublished(long long unix_seconds) {
  // Years 1..9999 only; also keeps the WIB shift below from overflowing.
  if (unix_seconds < -62135596800LL || unix_seconds > 253402300799LL) return {};
  std::time_t t = static_cast<std::time_t>(unix_seconds + 7 * 3600);
  std::tm tm{};
  if (!gmtime_r(&t, &tm)) return {};
  char buf[32];
  if (tm.tm_year + 1900 < 1 || tm.tm_year + 1900 > 9999) return {};
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday);
  return buf;
}

std::string NormalizePublished(std::string_view v) {
  if (v.size() >= 10 && IsDigits(v.substr(0, 4)) && v[4] == '-' && IsDigits(v.substr(5, 2)) &&
      v[7] == '-' && IsDigits(v.substr(8, 2)) && (v.size() == 10 || v[10] == 'T' || v[10] == ' ')) {
    int month = std::stoi(std::string(v.substr(5, 2)));
    int day = std::stoi(std::string(v.substr(8, 2)));
    if (month >= 1 && month <= 12 && day >= 1 && day <= 31) return std::string(v.substr(0, 10));
    return {};
  }
  if (IsDigits(v) && v.size() <= 12) return NormalizePublished(std::stoll(std::string(v)));
  return {};
}

namespace {

// "invalid JSON at byte 22: syntax error while parsing value - ...", short.
std::string JsonErrorMessage(const nlohmann::json::parse_error& e) {
  std::string what = e.what();
  size_t column = what.find("column ");
  size_t colon = column == what.npos ? what.npos : what.find(": ", column);
  std::string detail = colon == what.npos ? what : what.substr(colon + 2);
  if (detail.size() > 200) {
    size_t cut = 200;
    while (cut > 0 && (static_cast<unsigned char>(detail[cut]) & 0xC0) == 0x80) --cut;
    detail.resize(cut);
    detail += "...";
  }
  return "invalid JSON at byte " + std::to_string(e.byte) + ": " + detail;
}

void ParseJsonRecordOrThrow(std::string_view line, const std::string& fallback_id,
                            const InputOptions& options, Article* out) {
  using Json = nlohmann::json;
  *out = Article{};
  out->id = fallback_id;
  std::string bytes(line);
  if (!CheckUtf8(&bytes, options.invalid_utf8, out)) {
    // Rejected, but the error record should still carry the record's own id
    // when the id itself is intact: read it from a repaired copy.
    Json repaired = Json::parse(ReplaceInvalidUtf8(bytes), nullptr, /*allow_exceptions=*/false);
    if (repaired.is_object()) {
      auto id = repaired.find(options.id_field);
      std::string s = id == repaired.end() ? std::string() : IdString(*id);
      if (!s.empty() && s.find("\xEF\xBF\xBD") == s.npos && line.find(s) != line.npos) {
        out->id = std::move(s);
      }
    }
    return;
  }
  // nlohmann takes a NUL byte for the end of input, which would accept
  // `{...}\0garbage`; JSON allows NUL nowhere unescaped.
  if (size_t nul = bytes.find('\0'); nul != bytes.npos) {
    out->error = Status(ErrorCode::kInvalidJson, "invalid JSON at byte " + std::to_string(nul + 1) +
                                                     ": raw NUL byte (JSON needs \\u0000)");
    return;
  }
  // Counts the top-level keys warta reads: a second "text" would otherwise
  // silently replace the first (RFC 8259 leaves duplicates undefined).
  const std::string* read_keys[] = {&options.id_field, &options.text_field, &options.title_field,
                                    &options.date_field};
  int seen[4] = {0, 0, 0, 0};
  std::string duplicate;
  auto on_event = [&](int depth, Json::parse_event_t event, Json& parsed) {
    if (event == Json::parse_event_t::key && depth == 1 && duplicate.empty()) {
      const std::string& key = parsed.get_ref<const std::string&>();
      for (int i = 0; i < 4; ++i) {
        if (key == *read_keys[i] && ++seen[i] == 2) duplicate = key;
      }
    }
    return true;
  };
  Json j;
  try {
    j = Json::parse(bytes, on_event);
  } catch (const Json::parse_error& e) {
    out->error = Status(ErrorCode::kInvalidJson, JsonErrorMessage(e));
    return;
  } catch (const Json::out_of_range& e) {  // a number beyond double range: 1e400
    std::string what = e.what();
    out->error =
        Status(ErrorCode::kInvalidJson,
               "invalid JSON: " + what.substr(std::min(what.find("] "), what.size() - 2) + 2));
    return;
  }
  if (!j.is_object()) {
    out->error = Status(ErrorCode::kNotObject,
                        "record is a JSON " + std::string(j.type_name()) + ", not an object");
    return;
  }
  auto id = j.find(options.id_field);
  if (id != j.end() && duplicate != options.id_field) {
    std::string s = IdString(*id);
    if (!s.empty()) out->id = std::move(s);
  }
  if (!duplicate.empty()) {
    out->error = Status(ErrorCode::kDuplicateKey, "key \"" + duplicate + "\" appears twice");
    return;
  }
  auto text = j.find(options.text_field);
  if (text == j.end()) {
    out->error = Status(ErrorCode::kMissingText, "no \"" + options.text_field + "\" field");
    return;
  }
  if (!text->is_string()) {
    out->error = Status(ErrorCode::kTextNotString,
                        "\"" + options.text_field + "\" is " + std::string(text->type_name()) +
                            ", not a string");
    return;
  }
  out->text = std::move(text->get_ref<std::string&>());
  if (out->text.size() > MaxArticleBytes(options)) {
    out->text.clear();
    out->error = Status(ErrorCode::kTooLarge, "article larger than --max-article-bytes (" +
                                                  std::to_string(MaxArticleBytes(options)) + ")");
    return;
  }
  auto title = j.find(options.title_field);
  if (title != j.end() && title->is_string()) out->title = title->get<std::string>();
  auto date = j.find(options.date_field);
  if (date != j.end()) {
    if (date->is_string()) {
      out->published = NormalizePublished(date->get<std::string>());
    } else if (date->is_number_integer() &&
               !(date->is_number_unsigned() && date->get<uint64_t>() > INT64_MAX)) {
      // (a uint64 beyond int64 would wrap to a negative time, e.g. -1 = 1970)
      out->published = NormalizePublished(date->get<long long>());
    }
  }
}

}  // namespace

void ParseJsonRecord(std::string_view line, const std::string& fallback_id,
                     const InputOptions& options, Article* out) {
  // nlohmann reports parse errors without exceptions here, but allocation
  // failures still throw: they must not cross the library boundary.
  try {
    ParseJsonRecordOrThrow(line, fallback_id, options, out);
  } catch (const std::exception& e) {
    *out = Article{};
    out->id = fallback_id;
    out->error = Status(ErrorCode::kInternal, std::string("reading record: ") + e.what());
  }
}

StatusOr<std::unique_ptr<ArticleReader>> OpenInput(const std::string& path,
                                                   const InputOptions& options) {
  FilePtr f;
  std::string name = path;
  if (path == "-") {
    f.reset(stdin);
    name = "-";
  } else {
    f.reset(std::fopen(path.c_str(), "rb"));
    if (!f) return Status(ErrorCode::kIoError, path + ": " + std::strerror(errno));
  }
  InputFormat format = options.format;
  if (format == InputFormat::kAuto) {
    format = (path != "-" && EndsWith(path, ".txt")) ? InputFormat::kText : InputFormat::kJsonl;
  }
  if (format == InputFormat::kText) {
    return std::unique_ptr<ArticleReader>(new TextReader(std::move(f), name, options));
  }
  return std::unique_ptr<ArticleReader>(new JsonlReader(std::move(f), name, options));
}

}  // namespace warta
